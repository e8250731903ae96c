"""News items on membership, the chairship and statements.

Where the sources give only the month, the date is the first of that month (marked).
"""

from datetime import date

NEWS_ITEMS = [
    {
        "slug": "republic-of-korea-becomes-38th-member",
        "title": {
            "en": "The Republic of Korea becomes the 38th member",
            "fr": "La République de Corée devient le 38e membre",
            "es": "La República de Corea se convierte en el 38.º miembro",
            "ar": "جمهورية كوريا تصبح العضو الثامن والثلاثين",
        },
        "date": date(2023, 8, 29),
        "summary": "The Republic of Korea joined the coalition on 29 August 2023.",
        "body": "With the Republic of Korea, the coalition has 38 members. It joins Australia, Japan, Mongolia, New Zealand and the Maldives among the members from the Asia-Pacific region.",
        "member_states": ["KR"],
    },
    {
        "slug": "members-agree-responsible-government-practices-for-ai",
        "title": {
            "en": "Members agree on responsible government practices for AI",
            "fr": "Les membres s’accordent sur des pratiques gouvernementales responsables en matière d’IA",
            "es": "Los miembros acuerdan prácticas gubernamentales responsables en materia de IA",
            "ar": "الأعضاء يتفقون على ممارسات حكومية مسؤولة في مجال الذكاء الاصطناعي",
        },
        "date": date(2024, 9, 1),  # UN General Assembly week; day unknown
        "summary": "Forty members endorsed a joint statement on how governments should use AI technologies responsibly.",
        "body": "The statement was issued during the high-level week of the UN General Assembly in New York. The coalition’s Task Force on AI and Human Rights works on the same questions.",
        "sub_entities": ["tfair"],
    },
    {
        "slug": "colombia-becomes-41st-member",
        "title": {
            "en": "Colombia becomes the 41st member of the Freedom Online Coalition",
            "fr": "La Colombie devient le 41e membre de la Coalition pour la liberté en ligne",
            "es": "Colombia se convierte en el 41.º miembro de la Coalición para la Libertad en Línea",
            "ar": "كولومبيا تصبح العضو الحادي والأربعين في ائتلاف الحرية على الإنترنت",
        },
        "date": date(2024, 9, 1),  # day unknown
        "summary": "Colombia has joined the coalition, the third new member of 2024.",
        "body": "Colombia follows Cabo Verde and Slovenia, which joined earlier in 2024. It joins Argentina, Chile, Costa Rica and Mexico among the coalition’s members from Latin America.",
        "member_states": ["CO"],
    },
    {
        "slug": "joint-statement-un-convention-against-cybercrime",
        "title": {
            "en": "All 42 members endorse a statement on the UN Convention against Cybercrime",
            "fr": "Les 42 membres approuvent une déclaration sur la Convention des Nations Unies contre la cybercriminalité",
            "es": "Los 42 miembros respaldan una declaración sobre la Convención de las Naciones Unidas contra la Ciberdelincuencia",
            "ar": "الأعضاء الاثنان والأربعون يؤيدون بياناً بشأن اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        },
        "date": date(2025, 1, 1),  # day unknown
        "summary": "Every member endorsed the joint statement on the adoption of the UN Convention against Cybercrime.",
        "body": "The Netherlands led the work on the statement, which sets out the members’ shared position on the new convention.",
        "member_states": ["NL"],
    },
    {
        "slug": "switzerland-takes-up-2026-chairship",
        "title": {
            "en": "Switzerland takes up the 2026 chairship",
            "fr": "La Suisse assume la présidence pour 2026",
            "es": "Suiza asume la Presidencia de 2026",
            "ar": "سويسرا تتولى رئاسة الائتلاف لعام 2026",
        },
        "date": date(2026, 1, 1),
        "summary": "Switzerland, the coalition’s 31st member, succeeds Estonia as Chair.",
        "body": "The handover was marked at receptions in Geneva on 8 December and in New York on 15 December 2025. Switzerland joined the coalition in 2019.",
        "member_states": ["CH", "EE"],
    },
    {
        "slug": "united-states-withdraws",
        "title": {
            "en": "The United States withdraws from the Freedom Online Coalition",
            "fr": "Les États-Unis se retirent de la Coalition pour la liberté en ligne",
            "es": "Estados Unidos se retira de la Coalición para la Libertad en Línea",
            "ar": "الولايات المتحدة تنسحب من ائتلاف الحرية على الإنترنت",
        },
        "date": date(2026, 2, 12),
        "summary": "The United States, a founding member and the 2023 Chair, has left the coalition.",
        "body": "A presidential memorandum of 7 January 2026 named the coalition among 66 organisations the United States would leave. The withdrawal letter reached the Swiss Chair on 10 February, and the coalition issued a statement two days later. Under the Terms of Reference, any member or observer may withdraw by writing to the Chair and the Support Unit.",
        "member_states": ["US", "CH"],
    },
]

"""News items on membership, the chairship and statements.

Where the sources give only the month, the date is the first of that month, with its precision
(shown as "January 2025", never as a made-up first of January).
"""

from datetime import date

from coalition.models import DatePrecision

NEWS_ITEMS = [
    {
        "slug": "republic-of-korea-becomes-38th-member",
        "title": {
            "en": "The Republic of Korea becomes the 38th member",
            "fr": "La République de Corée devient le 38ᵉ membre",
            "es": "La República de Corea se convierte en el 38.º miembro",
            "ar": "جمهورية كوريا تصبح العضو الثامن والثلاثين",
        },
        "date": date(2023, 8, 29),
        "summary": {
            "en": "The Republic of Korea joined the coalition on 29 August 2023.",
            "fr": "La République de Corée a rejoint la coalition le 29 août 2023.",
            "es": "La República de Corea se adhirió a la coalición el 29 de agosto de 2023.",
            "ar": "انضمت جمهورية كوريا إلى الائتلاف في 29 أغسطس 2023.",
        },
        "body": {
            "en": "With the Republic of Korea, the coalition has 38 members. It joins Australia, Japan, Mongolia, New Zealand and the Maldives among the members from the Asia-Pacific region.",
            "fr": "Avec la République de Corée, la coalition compte 38 membres. Ce pays rejoint l’Australie, le Japon, la Mongolie, la Nouvelle-Zélande et les Maldives parmi les membres de la région Asie-Pacifique.",
            "es": "Con la República de Corea, la coalición cuenta con 38 miembros. Este país se suma a Australia, Japón, Mongolia, Nueva Zelandia y Maldivas entre los miembros de la región de Asia y el Pacífico.",
            "ar": "بانضمام جمهورية كوريا، أصبح الائتلاف يضم 38 عضوًا. وهي تنضم إلى أستراليا واليابان ومنغوليا ونيوزيلندا وملديف في صفوف الأعضاء من منطقة آسيا والمحيط الهادئ.",
        },
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
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "Forty members endorsed a joint statement on how governments should use AI technologies responsibly.",
            "fr": "Quarante membres ont approuvé une déclaration conjointe sur la manière dont les gouvernements devraient utiliser les technologies d’IA de façon responsable.",
            "es": "Cuarenta miembros respaldaron una declaración conjunta sobre cómo deben utilizar los gobiernos las tecnologías de IA de manera responsable.",
            "ar": "أيّد أربعون عضوًا بيانًا مشتركًا بشأن الكيفية التي ينبغي أن تستخدم بها الحكومات تكنولوجيات الذكاء الاصطناعي على نحو مسؤول.",
        },
        "body": {
            "en": "The statement was issued during the high-level week of the UN General Assembly in New York. The coalition’s Task Force on AI and Human Rights works on the same questions.",
            "fr": "La déclaration a été publiée pendant la semaine de haut niveau de l’Assemblée générale des Nations Unies, à New York. Au sein de la coalition, l’Équipe spéciale sur l’intelligence artificielle et les droits humains travaille sur les mêmes questions.",
            "es": "La declaración se emitió durante la semana de alto nivel de la Asamblea General de las Naciones Unidas en Nueva York. El Equipo de Tareas sobre Inteligencia Artificial y Derechos Humanos de la coalición trabaja en las mismas cuestiones.",
            "ar": "صدر البيان خلال الأسبوع الرفيع المستوى للجمعية العامة للأمم المتحدة في نيويورك. وتعمل فرقة العمل المعنية بالذكاء الاصطناعي وحقوق الإنسان التابعة للائتلاف على المسائل نفسها.",
        },
        "sub_entities": ["tfair"],
    },
    {
        "slug": "colombia-becomes-41st-member",
        "title": {
            "en": "Colombia becomes the 41st member of the Freedom Online Coalition",
            "fr": "La Colombie devient le 41ᵉ membre de la Coalition pour la liberté en ligne",
            "es": "Colombia se convierte en el 41.º miembro de la Coalición para la Libertad en Línea",
            "ar": "كولومبيا تصبح العضو الحادي والأربعين في ائتلاف الحرية على الإنترنت",
        },
        "date": date(2024, 9, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "Colombia has joined the coalition, the third new member of 2024.",
            "fr": "La Colombie a rejoint la coalition, dont elle est le troisième nouveau membre en 2024.",
            "es": "Colombia se ha adherido a la coalición y es el tercer nuevo miembro de 2024.",
            "ar": "انضمت كولومبيا إلى الائتلاف، لتكون العضو الجديد الثالث في عام 2024.",
        },
        "body": {
            "en": "Colombia follows Cabo Verde and Slovenia, which joined earlier in 2024. It joins Argentina, Chile, Costa Rica and Mexico among the coalition’s members from Latin America.",
            "fr": "La Colombie succède à Cabo Verde et à la Slovénie, qui ont adhéré plus tôt en 2024. Elle rejoint l’Argentine, le Chili, le Costa Rica et le Mexique parmi les membres de la coalition issus d’Amérique latine.",
            "es": "Colombia llega después de Cabo Verde y Eslovenia, que se adhirieron anteriormente en 2024. Se suma a Argentina, Chile, Costa Rica y México entre los miembros de la coalición procedentes de América Latina.",
            "ar": "تأتي كولومبيا بعد كابو فيردي وسلوفينيا، اللتين انضمتا في وقت سابق من عام 2024. وهي تنضم إلى الأرجنتين وشيلي وكوستاريكا والمكسيك في صفوف أعضاء الائتلاف من أمريكا اللاتينية.",
        },
        "member_states": ["CO"],
    },
    {
        "slug": "joint-statement-un-convention-against-cybercrime",
        "title": {
            "en": "Every member endorses a statement on the UN Convention against Cybercrime",
            "fr": "Tous les membres approuvent une déclaration sur la Convention des Nations Unies contre la cybercriminalité",
            "es": "Todos los miembros respaldan una declaración sobre la Convención de las Naciones Unidas contra la Ciberdelincuencia",
            "ar": "جميع الأعضاء يؤيدون بياناً بشأن اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        },
        "date": date(2025, 1, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "Every member endorsed the joint statement on the adoption of the UN Convention against Cybercrime.",
            "fr": "Tous les membres ont approuvé la déclaration conjointe sur l’adoption de la Convention des Nations Unies contre la cybercriminalité.",
            "es": "Todos los miembros respaldaron la declaración conjunta sobre la aprobación de la Convención de las Naciones Unidas contra la Ciberdelincuencia.",
            "ar": "أيّد جميع الأعضاء البيان المشترك بشأن اعتماد اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية.",
        },
        "body": {
            "en": "The Netherlands led the work on the statement, which sets out the members’ shared position on the new convention.",
            "fr": "Les Pays-Bas ont conduit les travaux sur la déclaration, qui expose la position que partagent les membres sur la nouvelle convention.",
            "es": "Los Países Bajos dirigieron los trabajos sobre la declaración, que expone la posición común de los miembros sobre la nueva convención.",
            "ar": "قادت هولندا العمل على البيان، الذي يعرض الموقف المشترك للأعضاء من الاتفاقية الجديدة.",
        },
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
        "summary": {
            "en": "Switzerland, the coalition’s 31st member, succeeds Estonia as Chair.",
            "fr": "La Suisse, 31ᵉ membre de la coalition, succède à l’Estonie à la présidence.",
            "es": "Suiza, 31.º miembro de la coalición, sucede a Estonia en la presidencia.",
            "ar": "تخلف سويسرا، العضو الحادي والثلاثون في الائتلاف، إستونيا في الرئاسة.",
        },
        "body": {
            "en": "The handover was marked at receptions in Geneva on 8 December and in New York on 15 December 2025. Switzerland joined the coalition in 2019.",
            "fr": "La passation a été marquée par des réceptions à Genève, le 8 décembre, et à New York, le 15 décembre 2025. La Suisse a rejoint la coalition en 2019.",
            "es": "El traspaso se celebró con recepciones en Ginebra, el 8 de diciembre, y en Nueva York, el 15 de diciembre de 2025. Suiza se adhirió a la coalición en 2019.",
            "ar": "جرى الاحتفاء بتسليم الرئاسة في حفلَي استقبال أُقيما في جنيف في 8 ديسمبر وفي نيويورك في 15 ديسمبر 2025. وكانت سويسرا قد انضمت إلى الائتلاف في عام 2019.",
        },
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
        "summary": {
            "en": "The United States, a founding member and the 2023 Chair, has left the coalition.",
            "fr": "Les États-Unis, membre fondateur qui a assuré la présidence en 2023, ont quitté la coalition.",
            "es": "Estados Unidos, miembro fundador que ejerció la presidencia en 2023, ha abandonado la coalición.",
            "ar": "انسحبت الولايات المتحدة، وهي عضو مؤسس تولّت الرئاسة في عام 2023، من الائتلاف.",
        },
        "body": {
            "en": "A presidential memorandum of 7 January 2026 named the coalition among 66 organisations the United States would leave. The withdrawal letter reached the Swiss Chair on 10 February, and the coalition issued a statement two days later. Under the Terms of Reference, any member or observer may withdraw by writing to the Chair and the Support Unit.",
            "fr": "Un mémorandum présidentiel du 7 janvier 2026 citait la coalition parmi 66 organisations que les États-Unis allaient quitter. La lettre de retrait est parvenue à la présidence suisse le 10 février, et la coalition a publié une déclaration deux jours plus tard. En vertu des termes de référence, tout membre ou observateur peut se retirer en le notifiant par écrit à la présidence et à l’Unité d’appui.",
            "es": "Un memorando presidencial del 7 de enero de 2026 incluía a la coalición entre 66 organizaciones que Estados Unidos abandonaría. La carta de retirada llegó a la presidencia suiza el 10 de febrero, y la coalición publicó una declaración dos días después. Según los términos de referencia, cualquier miembro u observador puede retirarse comunicándolo por escrito a la presidencia y a la Unidad de Apoyo.",
            "ar": "أدرجت مذكرة رئاسية مؤرخة 7 يناير 2026 الائتلاف ضمن 66 منظمة ستنسحب منها الولايات المتحدة. ووصلت رسالة الانسحاب إلى الرئاسة السويسرية في 10 فبراير، وأصدر الائتلاف بيانًا بعد ذلك بيومين. وبموجب الاختصاصات، يجوز لأي عضو أو مراقب الانسحاب بتوجيه إشعار كتابي إلى الرئاسة ووحدة الدعم.",
        },
        "member_states": ["US", "CH"],
    },
]

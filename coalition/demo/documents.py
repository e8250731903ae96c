"""The document library: foundational texts, programmes of action, statements and reports.

Where the sources give only a month or a year, the date is the first day of that month or
year (marked "day unknown" or "month unknown", and with its date_precision). Texts adopted at a conference whose day is
not recorded take the conference's first day. The loader gives every document a generated
placeholder PDF; no official files or links are invented.
"""

from datetime import date

from coalition.models import DatePrecision, DocumentKind

DOCUMENTS = [
    # Foundational and governance documents.
    {
        "slug": "hague-declaration",
        "kind": DocumentKind.DECLARATION,
        "title": {
            "en": "Founding Declaration (The Hague Declaration)",
            "fr": "Déclaration fondatrice (Déclaration de La Haye)",
            "es": "Declaración fundacional (Declaración de La Haya)",
            "ar": "الإعلان التأسيسي (إعلان لاهاي)",
        },
        "date": date(2011, 12, 8),  # adopted at the first conference; day not recorded
        "summary": "The declaration “Freedom Online: Joint Action for Free Expression on the Internet”, with which the founding governments set up the coalition and committed to work together for Internet freedom.",
        "conference": 1,
        "lead_states": ["NL"],
    },
    {
        "slug": "nairobi-terms-of-reference",
        "kind": DocumentKind.TERMS_OF_REFERENCE,
        "title": {
            "en": "Nairobi Terms of Reference",
            "fr": "Termes de référence de Nairobi",
            "es": "Términos de referencia de Nairobi",
            "ar": "اختصاصات نيروبي",
        },
        "date": date(2012, 9, 6),
        "summary": "The coalition’s first terms of reference, including how new members are admitted.",
        "conference": 2,
    },
    {
        "slug": "tallinn-agenda",
        "kind": DocumentKind.AGENDA,
        "title": {
            "en": "Tallinn Agenda: Recommendations for Freedom Online",
            "fr": "Agenda de Tallinn : recommandations pour la liberté en ligne",
            "es": "Agenda de Tallin: recomendaciones para la libertad en línea",
            "ar": "أجندة تالين: توصيات من أجل الحرية على الإنترنت",
        },
        "date": date(2014, 4, 28),
        "summary": "Recommendations for a free and secure Internet, adopted in Tallinn by the 23 governments that were members at the time.",
        "conference": 4,
    },
    {
        "slug": "working-definition-of-cybersecurity",
        "kind": DocumentKind.REPORT,
        "title": {
            "en": "Working Definition of Cybersecurity",
            "fr": "Définition de travail de la cybersécurité",
            "es": "Definición de trabajo de la ciberseguridad",
            "ar": "تعريف عملي للأمن السيبراني",
        },
        "date": date(2014, 12, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "Working Group 1’s definition of cybersecurity that puts the protection of human rights at its centre; it was updated in September 2015.",
        "sub_entity": "working-group-1",
    },
    {
        "slug": "looking-back-to-move-ahead",
        "kind": DocumentKind.REPORT,
        "title": {
            "en": "Looking Back to Move Ahead: Final Report of the Strategic Review",
            "fr": "Regarder en arrière pour aller de l’avant : rapport final de l’examen stratégique",
            "es": "Mirar atrás para avanzar: informe final de la revisión estratégica",
            "ar": "النظر إلى الوراء للمضي قدماً: التقرير النهائي للاستعراض الاستراتيجي",
        },
        "date": date(2016, 10, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "The Strategic Review Working Group’s assessment of the coalition’s work so far, with proposals for its future that fed the San José Statement.",
        "sub_entity": "strategic-review-working-group",
    },
    {
        "slug": "san-jose-statement",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "San José Statement and Work Plan",
            "fr": "Déclaration et plan de travail de San José",
            "es": "Declaración y Plan de Trabajo de San José",
            "ar": "بيان سان خوسيه وخطة العمل",
        },
        "date": date(2016, 10, 17),  # adopted at the sixth conference; day not recorded
        "summary": "The members’ statement and work plan after the strategic review, adopted at the sixth conference in Costa Rica.",
        "conference": 6,
    },
    {
        "slug": "stockholm-terms-of-reference",
        "kind": DocumentKind.TERMS_OF_REFERENCE,
        "title": {
            "en": "Stockholm Terms of Reference",
            "fr": "Termes de référence de Stockholm",
            "es": "Términos de referencia de Estocolmo",
            "ar": "اختصاصات ستوكهولم",
        },
        "date": date(2017, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The revised rules of the coalition. They created the Advisory Network and set out how states apply for membership and how observer status is granted.",
    },
    {
        "slug": "helsinki-declaration",
        "kind": DocumentKind.DECLARATION,
        "title": {
            "en": "FOC 10th Anniversary Helsinki Declaration",
            "fr": "Déclaration d’Helsinki du 10e anniversaire de la FOC",
            "es": "Declaración de Helsinki del 10.º aniversario de la FOC",
            "ar": "إعلان هلسنكي في الذكرى العاشرة لائتلاف الحرية على الإنترنت",
        },
        "date": date(2021, 12, 3),
        "summary": "Adopted by ministers at the close of the tenth-anniversary conference, the declaration renews the members’ commitment to human rights online and to a rules-based, democratic and digitally inclusive world.",
        "conference": 9,
        "lead_states": ["FI"],
    },
    {
        "slug": "foc-ottawa-agenda",
        "kind": DocumentKind.AGENDA,
        "title": {
            "en": "FOC Ottawa Agenda",
            "fr": "Agenda d’Ottawa de la FOC",
            "es": "Agenda de Ottawa de la FOC",
            "ar": "أجندة أوتاوا لائتلاف الحرية على الإنترنت",
        },
        "date": date(2022, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "Updated high-level principles for the coalition’s work, prepared under Canada’s chairship with input from six regional consultations.",
        "lead_states": ["CA"],
    },
    {
        "slug": "program-of-action-2024",
        "kind": DocumentKind.PROGRAM_OF_ACTION,
        "title": {
            "en": "Program of Action 2024",
            "fr": "Programme d’action 2024",
            "es": "Programa de Acción 2024",
            "ar": "برنامج العمل لعام 2024",
        },
        "date": date(2024, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The priorities that the Netherlands set for its 2024 chairship.",
        "lead_states": ["NL"],
    },
    {
        "slug": "program-of-action-2025",
        "kind": DocumentKind.PROGRAM_OF_ACTION,
        "title": {
            "en": "Program of Action 2025",
            "fr": "Programme d’action 2025",
            "es": "Programa de Acción 2025",
            "ar": "برنامج العمل لعام 2025",
        },
        "date": date(2025, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The priorities that Estonia set for its 2025 chairship.",
        "lead_states": ["EE"],
    },
    {
        "slug": "program-of-action-2026",
        "kind": DocumentKind.PROGRAM_OF_ACTION,
        "title": {
            "en": "Program of Action 2026",
            "fr": "Programme d’action 2026",
            "es": "Programa de Acción 2026",
            "ar": "برنامج العمل لعام 2026",
        },
        "date": date(2026, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The priorities that Switzerland set for its 2026 chairship.",
        "lead_states": ["CH"],
    },
    # Joint statements and other outputs.
    {
        "slug": "joint-statement-vietnam-decree-72",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Viet Nam’s Decree 72",
            "fr": "Déclaration commune sur le décret 72 du Viet Nam",
            "es": "Declaración conjunta sobre el Decreto 72 de Viet Nam",
            "ar": "بيان مشترك بشأن المرسوم 72 في فيت نام",
        },
        "date": date(2013, 8, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "The members’ response to Viet Nam’s Decree 72 on the management of Internet services and online information.",
    },
    {
        "slug": "joint-statement-state-sponsored-network-disruptions",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement and Good Practices on State-Sponsored Network Disruptions",
            "fr": "Déclaration commune et bonnes pratiques sur les perturbations de réseau commanditées par des États",
            "es": "Declaración conjunta y buenas prácticas sobre las interrupciones de red patrocinadas por Estados",
            "ar": "بيان مشترك وممارسات جيدة بشأن تعطيل الشبكات الذي ترعاه الدول",
        },
        "date": date(2017, 1, 1),  # launched at RightsCon 2017; month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "A statement against government-ordered disruptions of networks, with good practices for governments and companies.",
    },
    {
        "slug": "fgn-statement-hrc-38",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "FOC Geneva Network Statement at the 38th Session of the Human Rights Council",
            "fr": "Déclaration du réseau de Genève de la FOC à la 38e session du Conseil des droits de l’homme",
            "es": "Declaración de la red de Ginebra de la FOC en el 38.º período de sesiones del Consejo de Derechos Humanos",
            "ar": "بيان شبكة جنيف لائتلاف الحرية على الإنترنت في الدورة الثامنة والثلاثين لمجلس حقوق الإنسان",
        },
        "date": date(2018, 6, 25),
        "summary": "A statement by the coalition’s Geneva diplomatic network, delivered by Australia.",
        "lead_states": ["AU"],
    },
    {
        "slug": "joint-statement-internet-censorship",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Internet Censorship",
            "fr": "Déclaration commune sur la censure d’Internet",
            "es": "Declaración conjunta sobre la censura en Internet",
            "ar": "بيان مشترك بشأن الرقابة على الإنترنت",
        },
        "date": date(2018, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The members’ position against censorship of the Internet, agreed under the German chairship.",
        "lead_states": ["DE"],
    },
    {
        "slug": "statement-itu-plenipotentiary-2018",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Statement on the 2018 ITU Plenipotentiary Conference",
            "fr": "Déclaration sur la Conférence de plénipotentiaires de l’UIT de 2018",
            "es": "Declaración sobre la Conferencia de Plenipotenciarios de la UIT de 2018",
            "ar": "بيان بشأن مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات لعام 2018",
        },
        "date": date(2018, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The members’ message to the International Telecommunication Union’s Plenipotentiary Conference, issued under the German chairship.",
        "lead_states": ["DE"],
    },
    {
        "slug": "joint-statement-disinformation",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Disinformation",
            "fr": "Déclaration commune sur la désinformation",
            "es": "Declaración conjunta sobre la desinformación",
            "ar": "بيان مشترك بشأن التضليل الإعلامي",
        },
        "date": date(2019, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The members’ joint position on disinformation online.",
    },
    {
        "slug": "joint-statement-civic-space-online",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Defending Civic Space Online",
            "fr": "Déclaration commune sur la défense de l’espace civique en ligne",
            "es": "Declaración conjunta sobre la defensa del espacio cívico en línea",
            "ar": "بيان مشترك بشأن الدفاع عن الفضاء المدني على الإنترنت",
        },
        "date": date(2019, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "A statement, led by Canada, on protecting the online space in which civil society organises and speaks.",
        "lead_states": ["CA"],
    },
    {
        "slug": "joint-statement-digital-inclusion",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Digital Inclusion",
            "fr": "Déclaration commune sur l’inclusion numérique",
            "es": "Declaración conjunta sobre la inclusión digital",
            "ar": "بيان مشترك بشأن الشمول الرقمي",
        },
        "date": date(2020, 2, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "The members’ commitment to closing digital divides, later taken forward by the Task Force on Digital Equality.",
    },
    {
        "slug": "joint-statement-ai-and-human-rights",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Artificial Intelligence and Human Rights",
            "fr": "Déclaration commune sur l’intelligence artificielle et les droits humains",
            "es": "Declaración conjunta sobre inteligencia artificial y derechos humanos",
            "ar": "بيان مشترك بشأن الذكاء الاصطناعي وحقوق الإنسان",
        },
        "date": date(2020, 11, 1),  # launched at the Internet Governance Forum; day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "A call for artificial intelligence to be designed and used in ways that respect human rights, drafted by the Task Force on AI and Human Rights.",
        "sub_entity": "tfair",
    },
    {
        "slug": "joint-statement-internet-shutdowns-iran",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Internet Shutdowns in Iran",
            "fr": "Déclaration commune sur les coupures d’Internet en Iran",
            "es": "Declaración conjunta sobre los cortes de Internet en Irán",
            "ar": "بيان مشترك بشأن قطع الإنترنت في إيران",
        },
        "date": date(2022, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The members’ concern about the shutting down of Internet access in Iran.",
    },
    {
        "slug": "guiding-principles-government-use-of-surveillance-technologies",
        "kind": DocumentKind.PRINCIPLES,
        "title": {
            "en": "Guiding Principles on Government Use of Surveillance Technologies",
            "fr": "Principes directeurs sur l’utilisation des technologies de surveillance par les gouvernements",
            "es": "Principios rectores sobre el uso gubernamental de tecnologías de vigilancia",
            "ar": "المبادئ التوجيهية بشأن استخدام الحكومات لتكنولوجيات المراقبة",
        },
        "date": date(2023, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "Principles on how governments use surveillance technologies in line with human rights.",
    },
    {
        "slug": "joint-statement-internet-shutdowns-and-elections",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Internet Shutdowns and Elections",
            "fr": "Déclaration commune sur les coupures d’Internet et les élections",
            "es": "Declaración conjunta sobre los cortes de Internet y las elecciones",
            "ar": "بيان مشترك بشأن قطع الإنترنت والانتخابات",
        },
        "date": date(2023, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "The Task Force on Internet Shutdowns’ statement on keeping the Internet on around elections.",
        "sub_entity": "tfis",
    },
    {
        "slug": "donor-principles-human-rights-digital-age",
        "kind": DocumentKind.PRINCIPLES,
        "title": {
            "en": "Donor Principles for Human Rights in the Digital Age",
            "fr": "Principes des donateurs pour les droits humains à l’ère numérique",
            "es": "Principios de los donantes para los derechos humanos en la era digital",
            "ar": "مبادئ المانحين لحقوق الإنسان في العصر الرقمي",
        },
        "date": date(2023, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "Principles for donors that fund digital programmes, prepared through the Funding Coordination Group.",
        "sub_entity": "funding-coordination-group",
    },
    {
        "slug": "safeguarding-trustworthy-global-information-ecosystem",
        "kind": DocumentKind.PRINCIPLES,
        "title": {
            "en": "Safeguarding a Trustworthy Global Information Ecosystem",
            "fr": "Préserver un écosystème mondial de l’information digne de confiance",
            "es": "Salvaguardar un ecosistema mundial de información fiable",
            "ar": "صون منظومة معلومات عالمية جديرة بالثقة",
        },
        "date": date(2023, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": "Principles from the Task Force on Trustworthy Information Online for an information environment that people can rely on.",
        "sub_entity": "tftio",
    },
    {
        "slug": "joint-statement-responsible-government-practices-ai",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Responsible Government Practices for AI Technologies",
            "fr": "Déclaration commune sur les pratiques gouvernementales responsables en matière de technologies d’IA",
            "es": "Declaración conjunta sobre prácticas gubernamentales responsables en materia de tecnologías de IA",
            "ar": "بيان مشترك بشأن الممارسات الحكومية المسؤولة في مجال تكنولوجيات الذكاء الاصطناعي",
        },
        "date": date(2024, 9, 1),  # issued during the UN General Assembly week; day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "Forty members describe responsible practices for governments’ own use of AI technologies.",
    },
    {
        "slug": "joint-statement-un-convention-against-cybercrime",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on the Adoption of the UN Convention against Cybercrime",
            "fr": "Déclaration commune sur l’adoption de la Convention des Nations Unies contre la cybercriminalité",
            "es": "Declaración conjunta sobre la aprobación de la Convención de las Naciones Unidas contra la Ciberdelincuencia",
            "ar": "بيان مشترك بشأن اعتماد اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        },
        "date": date(2025, 1, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "The members’ joint position on the adoption of the UN Convention against Cybercrime, led by the Netherlands and endorsed by all 42 members of the time.",
        "lead_states": ["NL"],
    },
    {
        "slug": "joint-statement-hrc-58",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement at the 58th Session of the Human Rights Council",
            "fr": "Déclaration commune à la 58e session du Conseil des droits de l’homme",
            "es": "Declaración conjunta en el 58.º período de sesiones del Consejo de Derechos Humanos",
            "ar": "بيان مشترك في الدورة الثامنة والخمسين لمجلس حقوق الإنسان",
        },
        "date": date(2025, 3, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": "The coalition’s statement to the UN Human Rights Council in Geneva.",
    },
]

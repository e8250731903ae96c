"""Task forces, working groups and other sub-entities, with their lead states and partners.

Whether one is current or previous follows from its years: those without an end year are
current. Partners from the Advisory Network who are named among a task force's leads are
recorded as co-chairs.
"""

from coalition.models import Role, SubEntityKind

SUB_ENTITIES = [
    {
        "slug": "tfair",
        "kind": SubEntityKind.TASK_FORCE,
        "name": {
            "en": "Task Force on Artificial Intelligence and Human Rights",
            "fr": "Équipe spéciale sur l’intelligence artificielle et les droits humains",
            "es": "Equipo de Tareas sobre Inteligencia Artificial y Derechos Humanos",
            "ar": "فرقة العمل المعنية بالذكاء الاصطناعي وحقوق الإنسان",
        },
        "abbreviation": {
            "en": "TFAIR",
            "fr": "TFAIR",
            "es": "TFAIR",
            "ar": "TFAIR",
        },
        "start_year": 2020,
        "mandate": {
            "en": "Promotes respect for human rights in how artificial intelligence is designed, developed and used, and coordinates the members’ positions on the subject.",
            "fr": "Promeut le respect des droits humains dans la conception, le développement et l’utilisation de l’intelligence artificielle, et coordonne les positions des membres en la matière.",
            "es": "Promueve el respeto de los derechos humanos en el diseño, el desarrollo y el uso de la inteligencia artificial, y coordina las posiciones de los miembros al respecto.",
            "ar": "تعزز احترام حقوق الإنسان في تصميم الذكاء الاصطناعي وتطويره واستخدامه، وتنسق مواقف الأعضاء بشأن هذه المسألة.",
        },
        "outputs": {
            "en": "Drafted the Joint Statement on Artificial Intelligence and Human Rights, launched at the Internet Governance Forum in November 2020. Canada chaired the task force in its first year.",
            "fr": "A rédigé la Déclaration conjointe sur l’intelligence artificielle et les droits humains, lancée au Forum sur la gouvernance de l’Internet en novembre 2020. Le Canada a présidé l’équipe spéciale au cours de sa première année.",
            "es": "Redactó la Declaración conjunta sobre inteligencia artificial y derechos humanos, presentada en el Foro para la Gobernanza de Internet en noviembre de 2020. Canadá presidió el equipo de tareas durante su primer año.",
            "ar": "صاغت البيان المشترك بشأن الذكاء الاصطناعي وحقوق الإنسان، الذي أُطلق في منتدى إدارة الإنترنت في نوفمبر 2020. وترأست كندا فرقة العمل في سنتها الأولى.",
        },
        "states": [("NL", Role.CO_CHAIR), ("DE", Role.CO_CHAIR)],
        "network": [("icnl", Role.CO_CHAIR)],
    },
    {
        "slug": "tfis",
        "kind": SubEntityKind.TASK_FORCE,
        "name": {
            "en": "Task Force on Internet Shutdowns",
            "fr": "Équipe spéciale sur les coupures d’Internet",
            "es": "Equipo de Tareas sobre los Cortes de Internet",
            "ar": "فرقة العمل المعنية بقطع الإنترنت",
        },
        "abbreviation": {
            "en": "TFIS",
            "fr": "TFIS",
            "es": "TFIS",
            "ar": "TFIS",
        },
        "start_year": 2021,
        # Its first mandate ran to December 2023, but it was still at work at the 2024
        # Internet Governance Forum, so it is treated as ongoing.
        "end_year": None,
        "mandate": {
            "en": "Works to prevent and end government-ordered Internet shutdowns, building on the coalition’s 2017 statement on network disruptions and its 2022 statement on Iran.",
            "fr": "S’emploie à prévenir les coupures d’Internet ordonnées par les gouvernements et à y mettre fin, en s’appuyant sur la déclaration de 2017 de la coalition sur les perturbations de réseau et sur sa déclaration de 2022 sur l’Iran.",
            "es": "Trabaja para prevenir los cortes de Internet ordenados por los gobiernos y ponerles fin, sobre la base de la declaración de la coalición de 2017 sobre las interrupciones de red y de su declaración de 2022 sobre Irán.",
            "ar": "تعمل على منع حالات قطع الإنترنت التي تأمر بها الحكومات وإنهائها، استنادًا إلى بيان الائتلاف لعام 2017 بشأن تعطيل الشبكات وبيانه لعام 2022 بشأن إيران.",
        },
        "outputs": {
            "en": "The Joint Statement on Internet Shutdowns and Elections (2023).",
            "fr": "La Déclaration conjointe sur les coupures d’Internet et les élections (2023).",
            "es": "La Declaración conjunta sobre los cortes de Internet y las elecciones (2023).",
            "ar": "البيان المشترك بشأن قطع الإنترنت والانتخابات (2023).",
        },
        "states": [("GB", Role.CHAIR)],
        "network": [("access-now", Role.CO_CHAIR), ("global-network-initiative", Role.CO_CHAIR)],
    },
    {
        "slug": "tfde",
        "kind": SubEntityKind.TASK_FORCE,
        "name": {
            "en": "Task Force on Digital Equality",
            "fr": "Équipe spéciale sur l’égalité numérique",
            "es": "Equipo de Tareas sobre Igualdad Digital",
            "ar": "فرقة العمل المعنية بالمساواة الرقمية",
        },
        "abbreviation": {
            "en": "TFDE",
            "fr": "TFDE",
            "es": "TFDE",
            "ar": "TFDE",
        },
        # Known to be at work in 2022; it may have started in 2021.
        "start_year": 2022,
        "mandate": {
            "en": "Takes forward the 2020 Joint Statement on Digital Inclusion, working to narrow digital divides within and between countries.",
            "fr": "Donne suite à la Déclaration conjointe de 2020 sur l’inclusion numérique, en s’employant à réduire les fractures numériques au sein des pays et entre eux.",
            "es": "Da seguimiento a la Declaración conjunta de 2020 sobre la inclusión digital y trabaja para reducir las brechas digitales dentro de los países y entre ellos.",
            "ar": "تمضي قدمًا في تنفيذ البيان المشترك لعام 2020 بشأن الشمول الرقمي، وتعمل على تضييق الفجوات الرقمية داخل البلدان وفيما بينها.",
        },
        "outputs": {
            "en": "Research on digital inclusion with Duke University’s Applied Ethics+ programme (2023).",
            "fr": "Des recherches sur l’inclusion numérique menées avec le programme Applied Ethics+ de l’Université Duke (2023).",
            "es": "Una investigación sobre la inclusión digital con el programa Applied Ethics+ de la Universidad de Duke (2023).",
            "ar": "بحوث بشأن الشمول الرقمي بالاشتراك مع برنامج Applied Ethics+ في جامعة ديوك (2023).",
        },
        "states": [("GH", Role.CO_CHAIR)],
        "network": [
            ("association-for-progressive-communications", Role.CO_CHAIR),
            ("media-rights-agenda", Role.CO_CHAIR),
            ("business-and-human-rights-group", Role.CO_CHAIR),
        ],
    },
    {
        "slug": "tftio",
        "kind": SubEntityKind.TASK_FORCE,
        "name": {
            "en": "Task Force on Trustworthy Information Online",
            "fr": "Équipe spéciale sur l’information fiable en ligne",
            "es": "Equipo de Tareas sobre Información Fiable en Línea",
            "ar": "فرقة العمل المعنية بالمعلومات الموثوقة على الإنترنت",
        },
        "abbreviation": {
            "en": "TFTIO",
            "fr": "TFTIO",
            "es": "TFTIO",
            "ar": "TFTIO",
        },
        "start_year": 2023,
        "mandate": {
            "en": "Works for a healthy online information environment that respects human rights. It carries on the action coalition on trustworthy information that Denmark started under its Tech for Democracy initiative.",
            "fr": "Œuvre en faveur d’un environnement informationnel en ligne sain et respectueux des droits humains. Elle prolonge la coalition d’action sur l’information fiable que le Danemark a lancée dans le cadre de son initiative Tech for Democracy.",
            "es": "Trabaja por un entorno de información en línea saludable y respetuoso de los derechos humanos. Da continuidad a la coalición de acción sobre información fiable que Dinamarca puso en marcha en el marco de su iniciativa Tech for Democracy.",
            "ar": "تعمل من أجل بيئة معلومات سليمة على الإنترنت تحترم حقوق الإنسان. وهي تواصل عمل ائتلاف العمل المعني بالمعلومات الموثوقة الذي أطلقته الدانمرك في إطار مبادرتها Tech for Democracy.",
        },
        "outputs": {
            "en": "The principles on safeguarding a trustworthy global information ecosystem (2023).",
            "fr": "Les principes relatifs à la préservation d’un écosystème mondial de l’information digne de confiance (2023).",
            "es": "Los principios para salvaguardar un ecosistema mundial de información fiable (2023).",
            "ar": "المبادئ المتعلقة بصون منظومة معلومات عالمية جديرة بالثقة (2023).",
        },
        "states": [("DK", Role.CO_CHAIR)],
        "network": [("wikimedia-foundation", Role.CO_CHAIR)],
    },
    {
        "slug": "funding-coordination-group",
        "kind": SubEntityKind.OTHER,
        "name": {
            "en": "Funding Coordination Group",
            "fr": "Groupe de coordination des financements",
            "es": "Grupo de Coordinación de la Financiación",
            "ar": "فريق تنسيق التمويل",
        },
        # Revived in 2023; its earlier history is not known.
        "start_year": 2023,
        "mandate": {
            "en": "Lets governments and other donors that fund digital rights work compare plans and coordinate their support. Canada’s IDRC and USAID took part in reviving it.",
            "fr": "Permet aux gouvernements et aux autres donateurs qui financent des travaux en faveur des droits numériques de comparer leurs projets et de coordonner leur soutien. Le CRDI du Canada et l’USAID ont participé à sa relance.",
            "es": "Permite a los gobiernos y a otros donantes que financian la labor en materia de derechos digitales comparar sus planes y coordinar su apoyo. El IDRC de Canadá y la USAID participaron en su reactivación.",
            "ar": "يتيح للحكومات وغيرها من الجهات المانحة التي تموّل العمل في مجال الحقوق الرقمية مقارنة خططها وتنسيق دعمها. وشارك في إحيائه مركز بحوث التنمية الدولية الكندي (IDRC) والوكالة الأمريكية للتنمية الدولية (USAID).",
        },
        "outputs": {
            "en": "The Donor Principles for Human Rights in the Digital Age (2023).",
            "fr": "Les Principes des donateurs pour les droits humains à l’ère numérique (2023).",
            "es": "Los Principios de los donantes para los derechos humanos en la era digital (2023).",
            "ar": "مبادئ المانحين لحقوق الإنسان في العصر الرقمي (2023).",
        },
    },
    {
        "slug": "working-group-1",
        "kind": SubEntityKind.WORKING_GROUP,
        "name": {
            "en": "Working Group 1: An Internet Free and Secure",
            "fr": "Groupe de travail 1 : Un Internet libre et sûr",
            "es": "Grupo de Trabajo 1: Un Internet libre y seguro",
            "ar": "الفريق العامل 1: إنترنت حر وآمن",
        },
        "abbreviation": {
            "en": "WG1",
            "fr": "WG1",
            "es": "WG1",
            "ar": "WG1",
        },
        "start_year": 2013,
        "end_year": 2017,
        "mandate": {
            "en": "Looked at how the Internet can be both free and secure, and argued for an approach to cybersecurity grounded in human rights. Its mandate ended in May 2017.",
            "fr": "A examiné comment Internet peut être à la fois libre et sûr, et a plaidé pour une approche de la cybersécurité fondée sur les droits humains. Son mandat a pris fin en mai 2017.",
            "es": "Examinó cómo Internet puede ser a la vez libre y seguro, y abogó por un enfoque de la ciberseguridad basado en los derechos humanos. Su mandato concluyó en mayo de 2017.",
            "ar": "بحث في السبل الكفيلة بأن يكون الإنترنت حرًا وآمنًا في آن واحد، ودعا إلى نهج للأمن السيبراني قائم على حقوق الإنسان. وانتهت ولايته في مايو 2017.",
        },
        "outputs": {
            "en": "A working definition of cybersecurity (December 2014, updated in September 2015) and recommendations for cybersecurity policy that respects human rights.",
            "fr": "Une définition de travail de la cybersécurité (décembre 2014, mise à jour en septembre 2015) et des recommandations pour une politique de cybersécurité respectueuse des droits humains.",
            "es": "Una definición de trabajo de la ciberseguridad (diciembre de 2014, actualizada en septiembre de 2015) y recomendaciones para una política de ciberseguridad respetuosa de los derechos humanos.",
            "ar": "تعريف عملي للأمن السيبراني (ديسمبر 2014، حُدِّث في سبتمبر 2015) وتوصيات بشأن سياسات للأمن السيبراني تحترم حقوق الإنسان.",
        },
        "states": [("NL", Role.CO_CHAIR)],
    },
    {
        "slug": "working-group-2",
        "kind": SubEntityKind.WORKING_GROUP,
        "name": {
            "en": "Working Group 2: Digital Development and Openness",
            "fr": "Groupe de travail 2 : Développement numérique et ouverture",
            "es": "Grupo de Trabajo 2: Desarrollo digital y apertura",
            "ar": "الفريق العامل 2: التنمية الرقمية والانفتاح",
        },
        "abbreviation": {
            "en": "WG2",
            "fr": "WG2",
            "es": "WG2",
            "ar": "WG2",
        },
        "start_year": 2013,
        "end_year": 2017,
        "mandate": {
            "en": "Worked on digital development and an open Internet, turning to the rule of law online from the end of 2014. Its mandate ended in May 2017.",
            "fr": "A travaillé sur le développement numérique et un Internet ouvert, avant de se consacrer à l’état de droit en ligne à partir de la fin de 2014. Son mandat a pris fin en mai 2017.",
            "es": "Trabajó en el desarrollo digital y un Internet abierto, y a partir de finales de 2014 se centró en el estado de derecho en línea. Su mandato concluyó en mayo de 2017.",
            "ar": "عمل على التنمية الرقمية والإنترنت المفتوح، ثم اتجه اعتبارًا من نهاية عام 2014 إلى سيادة القانون على الإنترنت. وانتهت ولايته في مايو 2017.",
        },
        "states": [("SE", Role.CO_CHAIR)],
    },
    {
        "slug": "working-group-3",
        "kind": SubEntityKind.WORKING_GROUP,
        "name": {
            "en": "Working Group 3: Privacy and Transparency Online",
            "fr": "Groupe de travail 3 : Vie privée et transparence en ligne",
            "es": "Grupo de Trabajo 3: Privacidad y transparencia en línea",
            "ar": "الفريق العامل 3: الخصوصية والشفافية على الإنترنت",
        },
        "abbreviation": {
            "en": "WG3",
            "fr": "WG3",
            "es": "WG3",
            "ar": "WG3",
        },
        "start_year": 2013,
        "end_year": 2017,
        "mandate": {
            "en": "Examined privacy and transparency online. Its mandate ended in May 2017.",
            "fr": "A examiné la vie privée et la transparence en ligne. Son mandat a pris fin en mai 2017.",
            "es": "Examinó la privacidad y la transparencia en línea. Su mandato concluyó en mayo de 2017.",
            "ar": "تناول الخصوصية والشفافية على الإنترنت. وانتهت ولايته في مايو 2017.",
        },
        "outputs": {
            "en": "A draft executive summary presented in Ulaanbaatar in May 2015, and a report in November 2015 on transparency about the requests that governments make to ICT companies.",
            "fr": "Un projet de résumé analytique présenté à Oulan-Bator en mai 2015 et, en novembre 2015, un rapport sur la transparence concernant les demandes que les gouvernements adressent aux entreprises du secteur des TIC.",
            "es": "Un proyecto de resumen ejecutivo presentado en Ulán Bator en mayo de 2015 y, en noviembre de 2015, un informe sobre la transparencia respecto de las solicitudes que los gobiernos dirigen a las empresas de TIC.",
            "ar": "مشروع موجز تنفيذي قُدِّم في أولان باتور في مايو 2015، وتقرير صدر في نوفمبر 2015 بشأن الشفافية في الطلبات التي توجهها الحكومات إلى شركات تكنولوجيا المعلومات والاتصالات.",
        },
    },
    {
        "slug": "strategic-review-working-group",
        "kind": SubEntityKind.WORKING_GROUP,
        "name": {
            "en": "Strategic Review Working Group",
            "fr": "Groupe de travail sur l’examen stratégique",
            "es": "Grupo de Trabajo sobre la Revisión Estratégica",
            "ar": "الفريق العامل المعني بالاستعراض الاستراتيجي",
        },
        "start_year": 2015,
        "end_year": 2016,
        "mandate": {
            "en": "Reviewed the coalition’s first years of work and proposed how it should work from then on.",
            "fr": "A dressé le bilan des premières années de travail de la coalition et proposé la manière dont elle devrait fonctionner par la suite.",
            "es": "Examinó los primeros años de trabajo de la coalición y propuso cómo debía funcionar en adelante.",
            "ar": "استعرض السنوات الأولى من عمل الائتلاف واقترح الطريقة التي ينبغي أن يعمل بها من ذلك الحين فصاعدًا.",
        },
        "outputs": {
            "en": "The final report “Looking Back to Move Ahead”, and the San José Statement and Work Plan adopted in 2016.",
            "fr": "Le rapport final « Regarder en arrière pour aller de l’avant », ainsi que la Déclaration et le plan de travail de San José adoptés en 2016.",
            "es": "El informe final «Mirar atrás para avanzar», así como la Declaración y Plan de Trabajo de San José aprobados en 2016.",
            "ar": "التقرير النهائي «النظر إلى الوراء للمضي قدمًا»، وبيان سان خوسيه وخطة العمل المعتمدان في عام 2016.",
        },
    },
]

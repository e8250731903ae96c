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
        "abbreviation": "TFAIR",
        "start_year": 2020,
        "mandate": "Promotes respect for human rights in how artificial intelligence is designed, developed and used, and coordinates the members’ positions on the subject.",
        "outputs": "Drafted the Joint Statement on Artificial Intelligence and Human Rights, launched at the Internet Governance Forum in November 2020. Canada chaired the task force in its first year.",
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
        "abbreviation": "TFIS",
        "start_year": 2021,
        # Its first mandate ran to December 2023, but it was still at work at the 2024
        # Internet Governance Forum, so it is treated as ongoing.
        "end_year": None,
        "mandate": "Works to prevent and end government-ordered Internet shutdowns, building on the coalition’s 2017 statement on network disruptions and its 2022 statement on Iran.",
        "outputs": "The Joint Statement on Internet Shutdowns and Elections (2023).",
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
        "abbreviation": "TFDE",
        # Known to be at work in 2022; it may have started in 2021.
        "start_year": 2022,
        "mandate": "Takes forward the 2020 Joint Statement on Digital Inclusion, working to narrow digital divides within and between countries.",
        "outputs": "Research on digital inclusion with Duke University’s Applied Ethics+ programme (2023).",
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
        "abbreviation": "TFTIO",
        "start_year": 2023,
        "mandate": "Works for a healthy online information environment that respects human rights. It carries on the action coalition on trustworthy information that Denmark started under its Tech for Democracy initiative.",
        "outputs": "The principles on safeguarding a trustworthy global information ecosystem (2023).",
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
        "mandate": "Lets governments and other donors that fund digital rights work compare plans and coordinate their support. Canada’s IDRC and USAID took part in reviving it.",
        "outputs": "The Donor Principles for Human Rights in the Digital Age (2023).",
    },
    {
        "slug": "working-group-1",
        "kind": SubEntityKind.WORKING_GROUP,
        "name": {
            "en": "Working Group 1: An Internet Free and Secure",
            "fr": "Groupe de travail 1 : Un Internet libre et sûr",
            "es": "Grupo de Trabajo 1: Un Internet libre y seguro",
            "ar": "الفريق العامل 1: إنترنت حر وآمن",
        },
        "abbreviation": "WG1",
        "start_year": 2013,
        "end_year": 2017,
        "mandate": "Looked at how the Internet can be both free and secure, and argued for an approach to cybersecurity grounded in human rights. Its mandate ended in May 2017.",
        "outputs": "A working definition of cybersecurity (December 2014, updated in September 2015) and recommendations for cybersecurity policy that respects human rights.",
        "states": [("NL", Role.CO_CHAIR)],
    },
    {
        "slug": "working-group-2",
        "kind": SubEntityKind.WORKING_GROUP,
        "name": {
            "en": "Working Group 2: Digital Development and Openness",
            "fr": "Groupe de travail 2 : Développement numérique et ouverture",
            "es": "Grupo de Trabajo 2: Desarrollo digital y apertura",
            "ar": "الفريق العامل 2: التنمية الرقمية والانفتاح",
        },
        "abbreviation": "WG2",
        "start_year": 2013,
        "end_year": 2017,
        "mandate": "Worked on digital development and an open Internet, turning to the rule of law online from the end of 2014. Its mandate ended in May 2017.",
        "states": [("SE", Role.CO_CHAIR)],
    },
    {
        "slug": "working-group-3",
        "kind": SubEntityKind.WORKING_GROUP,
        "name": {
            "en": "Working Group 3: Privacy and Transparency Online",
            "fr": "Groupe de travail 3 : Vie privée et transparence en ligne",
            "es": "Grupo de Trabajo 3: Privacidad y transparencia en línea",
            "ar": "الفريق العامل 3: الخصوصية والشفافية على الإنترنت",
        },
        "abbreviation": "WG3",
        "start_year": 2013,
        "end_year": 2017,
        "mandate": "Examined privacy and transparency online. Its mandate ended in May 2017.",
        "outputs": "A draft executive summary presented in Ulaanbaatar in May 2015, and a report in November 2015 on transparency about the requests that governments make to ICT companies.",
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
        "mandate": "Reviewed the coalition’s first years of work and proposed how it should work from then on.",
        "outputs": "The final report “Looking Back to Move Ahead”, and the San José Statement and Work Plan adopted in 2016.",
    },
]

"""The Advisory Network: its cohorts, member organisations and co-chair terms.

Only organisations are listed; the network's individual experts are left out of the demo.
A member's cohorts are those in which a dated source places it, so most lists are partial.
"""

from coalition.models import Sector

CIVIL_SOCIETY = Sector.CIVIL_SOCIETY
ACADEMIA = Sector.ACADEMIA
PRIVATE_SECTOR = Sector.PRIVATE_SECTOR
TECHNICAL_COMMUNITY = Sector.TECHNICAL_COMMUNITY


def same_in_every_language(name):
    """An organisation's name, which stays as it is (in Latin script) in every language."""
    return {"en": name, "fr": name, "es": name, "ar": name}


COHORTS = [
    {
        "start_year": 2018,
        "end_year": 2020,
        "note": {
            "en": "The first cohort, chosen when the network was set up.",
            "fr": "La première cohorte, choisie lors de la création du réseau.",
            "es": "La primera cohorte, seleccionada al crearse la red.",
            "ar": "الدفعة الأولى، التي اختيرت عند إنشاء الشبكة.",
        },
    },
    {
        "start_year": 2020,
        "end_year": 2022,
    },
    {
        "start_year": 2022,
        "end_year": 2024,
        "note": {
            "en": "New members, chosen through an open call, joined the continuing ones in March 2022.",
            "fr": "En mars 2022, de nouveaux membres, choisis par un appel ouvert, ont rejoint les membres reconduits.",
            "es": "En marzo de 2022, nuevos miembros, elegidos mediante una convocatoria abierta, se sumaron a los que continuaban.",
            "ar": "انضم أعضاء جدد، اختيروا عبر دعوة مفتوحة، إلى الأعضاء الذين استمرت عضويتهم في مارس 2022.",
        },
    },
    {
        "start_year": 2024,
        "end_year": 2026,
        "note": {
            "en": "New members, chosen through an open call, joined the continuing ones in May 2024.",
            "fr": "En mai 2024, de nouveaux membres, choisis par un appel ouvert, ont rejoint les membres reconduits.",
            "es": "En mayo de 2024, nuevos miembros, elegidos mediante una convocatoria abierta, se sumaron a los que continuaban.",
            "ar": "انضم أعضاء جدد، اختيروا عبر دعوة مفتوحة، إلى الأعضاء الذين استمرت عضويتهم في مايو 2024.",
        },
    },
]

ADVISORY_MEMBERS = [
    {
        "slug": "media-rights-agenda",
        "name": same_in_every_language("Media Rights Agenda"),
        "sector": CIVIL_SOCIETY,
        "country": "NG",
        "website": "https://mediarightsagenda.org/",
        "bio": {
            "en": "A Nigerian non-governmental organisation working for press freedom and the public’s right to information.",
            "fr": "Organisation non gouvernementale nigériane qui œuvre en faveur de la liberté de la presse et du droit du public à l’information.",
            "es": "Organización no gubernamental nigeriana que trabaja por la libertad de prensa y el derecho del público a la información.",
            "ar": "منظمة غير حكومية نيجيرية تعمل من أجل حرية الصحافة وحق الجمهور في الحصول على المعلومات.",
        },
        "cohorts": [2018, 2022, 2024],
    },
    {
        "slug": "center-for-democracy-and-technology",
        "name": same_in_every_language("Center for Democracy & Technology (CDT)"),
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://cdt.org/",
        "bio": {
            "en": "A non-profit organisation that works on civil rights and civil liberties in technology policy.",
            "fr": "Organisation à but non lucratif qui travaille sur les droits civils et les libertés civiles dans le domaine des politiques technologiques.",
            "es": "Organización sin fines de lucro que trabaja sobre los derechos civiles y las libertades civiles en las políticas tecnológicas.",
            "ar": "منظمة غير ربحية تعمل على قضايا الحقوق المدنية والحريات المدنية في السياسات التكنولوجية.",
        },
        "cohorts": [2018],
    },
    {
        "slug": "airbnb",
        "name": same_in_every_language("Airbnb"),
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.airbnb.com/",
        "bio": {
            "en": "An online marketplace for short-term stays, a member of the network’s first cohort.",
            "fr": "Plateforme de location en ligne pour des séjours de courte durée, membre de la première cohorte du réseau.",
            "es": "Mercado en línea de estancias de corta duración, miembro de la primera cohorte de la red.",
            "ar": "سوق إلكترونية للإقامات القصيرة الأجل، وعضو في الدفعة الأولى من الشبكة.",
        },
        "cohorts": [2018],
    },
    {
        "slug": "microsoft",
        "name": same_in_every_language("Microsoft"),
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.microsoft.com/",
        "bio": {
            "en": "A technology company whose representative co-chaired the network in 2019–2020.",
            "fr": "Entreprise technologique dont le représentant a assuré la coprésidence du réseau en 2019–2020.",
            "es": "Empresa tecnológica cuyo representante ejerció la copresidencia de la red en 2019–2020.",
            "ar": "شركة تكنولوجيا تولى ممثلها الرئاسة المشتركة للشبكة في الفترة 2019–2020.",
        },
        "cohorts": [2018],
    },
    {
        # Low confidence: named only once, as a speaker at a 2019 coalition session.
        "slug": "centre-for-internet-and-society",
        "name": same_in_every_language("Centre for Internet and Society"),
        "sector": CIVIL_SOCIETY,
        "country": "IN",
        "website": "https://cis-india.org/",
        "bio": {
            "en": "An Indian research organisation working on Internet and digital technology policy.",
            "fr": "Organisme de recherche indien qui travaille sur les politiques relatives à Internet et aux technologies numériques.",
            "es": "Organización de investigación india que trabaja sobre las políticas de Internet y de tecnologías digitales.",
            "ar": "منظمة بحثية هندية تعمل في مجال سياسات الإنترنت والتكنولوجيا الرقمية.",
        },
        "cohorts": [2018],
    },
    {
        "slug": "freedom-house",
        "name": same_in_every_language("Freedom House"),
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://freedomhouse.org/",
        "bio": {
            "en": "A non-profit organisation that researches and defends democracy and human rights, including freedom on the Internet.",
            "fr": "Organisation à but non lucratif qui étudie et défend la démocratie et les droits humains, y compris la liberté sur Internet.",
            "es": "Organización sin fines de lucro que investiga y defiende la democracia y los derechos humanos, incluida la libertad en Internet.",
            "ar": "منظمة غير ربحية تجري البحوث بشأن الديمقراطية وحقوق الإنسان وتدافع عنهما، بما في ذلك حرية الإنترنت.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "internews",
        "name": same_in_every_language("Internews"),
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://internews.org/",
        "bio": {
            "en": "An international non-profit that supports independent media and access to information.",
            "fr": "Organisation internationale à but non lucratif qui soutient les médias indépendants et l’accès à l’information.",
            "es": "Organización internacional sin fines de lucro que apoya a los medios de comunicación independientes y el acceso a la información.",
            "ar": "منظمة دولية غير ربحية تدعم وسائل الإعلام المستقلة والوصول إلى المعلومات.",
        },
        "cohorts": [2022, 2024],
    },
    {
        "slug": "amazon",
        "name": same_in_every_language("Amazon"),
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.amazon.com/",
        "bio": {
            "en": "A technology and online retail company.",
            "fr": "Entreprise technologique et de commerce de détail en ligne.",
            "es": "Empresa de tecnología y de comercio minorista en línea.",
            "ar": "شركة للتكنولوجيا والبيع بالتجزئة على الإنترنت.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "global-cyber-security-capacity-centre",
        "name": same_in_every_language(
            "Global Cyber Security Capacity Centre (GCSCC), University of Oxford"
        ),
        "sector": ACADEMIA,
        "country": "GB",
        "bio": {
            "en": "A research centre at the University of Oxford that studies how countries build their cybersecurity capacity.",
            "fr": "Centre de recherche de l’Université d’Oxford qui étudie la manière dont les pays renforcent leurs capacités en matière de cybersécurité.",
            "es": "Centro de investigación de la Universidad de Oxford que estudia cómo los países desarrollan su capacidad en materia de ciberseguridad.",
            "ar": "مركز بحثي في جامعة أكسفورد يدرس كيفية بناء البلدان لقدراتها في مجال الأمن السيبراني.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "article-19",
        "name": same_in_every_language("ARTICLE 19"),
        "sector": CIVIL_SOCIETY,
        "country": "GB",
        "website": "https://www.article19.org/",
        "bio": {
            "en": "An international organisation that defends freedom of expression and of information.",
            "fr": "Organisation internationale qui défend la liberté d’expression et d’information.",
            "es": "Organización internacional que defiende la libertad de expresión y de información.",
            "ar": "منظمة دولية تدافع عن حرية التعبير وحرية المعلومات.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "access-now",
        "name": same_in_every_language("Access Now"),
        "sector": CIVIL_SOCIETY,
        "website": "https://www.accessnow.org/",
        "bio": {
            "en": "An international organisation that defends the digital rights of people at risk and campaigns against Internet shutdowns.",
            "fr": "Organisation internationale qui défend les droits numériques des personnes en danger et fait campagne contre les coupures d’Internet.",
            "es": "Organización internacional que defiende los derechos digitales de las personas en situación de riesgo y hace campaña contra los cortes de Internet.",
            "ar": "منظمة دولية تدافع عن الحقوق الرقمية للأشخاص المعرضين للخطر وتقود حملات لمناهضة قطع الإنترنت.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "global-network-initiative",
        "name": same_in_every_language("Global Network Initiative (GNI)"),
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://globalnetworkinitiative.org/",
        "bio": {
            "en": "A multistakeholder initiative of companies, civil society, investors and academics on freedom of expression and privacy in the technology sector.",
            "fr": "Initiative multipartite réunissant des entreprises, la société civile, des investisseurs et des universitaires autour de la liberté d’expression et de la vie privée dans le secteur technologique.",
            "es": "Iniciativa de múltiples partes interesadas que reúne a empresas, sociedad civil, inversores y académicos en torno a la libertad de expresión y la privacidad en el sector tecnológico.",
            "ar": "مبادرة متعددة أصحاب المصلحة تضم الشركات والمجتمع المدني والمستثمرين والأكاديميين، وتُعنى بحرية التعبير والخصوصية في قطاع التكنولوجيا.",
        },
        "cohorts": [2022, 2024],
    },
    {
        "slug": "icnl",
        "name": same_in_every_language("International Center for Not-for-Profit Law (ICNL)"),
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://www.icnl.org/",
        "bio": {
            "en": "An organisation that works on the legal environment for civil society and civic freedoms, including online.",
            "fr": "Organisation qui travaille sur le cadre juridique dans lequel s’inscrivent la société civile et les libertés civiques, y compris en ligne.",
            "es": "Organización que trabaja sobre el entorno jurídico de la sociedad civil y las libertades cívicas, también en línea.",
            "ar": "منظمة تعمل على البيئة القانونية للمجتمع المدني والحريات المدنية، بما في ذلك على الإنترنت.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "association-for-progressive-communications",
        "name": same_in_every_language("Association for Progressive Communications (APC)"),
        "sector": CIVIL_SOCIETY,
        "country": "ZA",
        "website": "https://www.apc.org/",
        "bio": {
            "en": "An international network of civil society organisations working for an Internet that serves human rights and social justice.",
            "fr": "Réseau international d’organisations de la société civile qui œuvrent pour un Internet au service des droits humains et de la justice sociale.",
            "es": "Red internacional de organizaciones de la sociedad civil que trabajan por un Internet al servicio de los derechos humanos y la justicia social.",
            "ar": "شبكة دولية من منظمات المجتمع المدني تعمل من أجل إنترنت يخدم حقوق الإنسان والعدالة الاجتماعية.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "business-and-human-rights-group",
        "name": same_in_every_language("The Business and Human Rights Group"),
        "sector": CIVIL_SOCIETY,
        "bio": {
            "en": "An organisation working on business and human rights, and a partner in the Task Force on Digital Equality.",
            "fr": "Organisation qui travaille sur la question des entreprises et des droits humains, et partenaire de l’Équipe spéciale sur l’égalité numérique.",
            "es": "Organización que trabaja en el ámbito de las empresas y los derechos humanos, y entidad asociada del Equipo de Tareas sobre Igualdad Digital.",
            "ar": "منظمة تعمل في مجال الأعمال التجارية وحقوق الإنسان، وشريكة في فرقة العمل المعنية بالمساواة الرقمية.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "wikimedia-foundation",
        "name": same_in_every_language("Wikimedia Foundation"),
        "sector": TECHNICAL_COMMUNITY,
        "country": "US",
        "website": "https://wikimediafoundation.org/",
        "bio": {
            "en": "The non-profit that hosts Wikipedia and other free knowledge projects.",
            "fr": "L’organisation à but non lucratif qui héberge Wikipédia et d’autres projets de connaissance libre.",
            "es": "La organización sin fines de lucro que aloja Wikipedia y otros proyectos de conocimiento libre.",
            "ar": "المنظمة غير الربحية التي تستضيف ويكيبيديا وغيرها من مشاريع المعرفة الحرة.",
        },
        "cohorts": [2022, 2024],
    },
    {
        "slug": "meta",
        "name": same_in_every_language("Meta"),
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.meta.com/",
        "bio": {
            "en": "A technology company that runs social media and messaging services.",
            "fr": "Entreprise technologique qui exploite des réseaux sociaux et des services de messagerie.",
            "es": "Empresa tecnológica que gestiona redes sociales y servicios de mensajería.",
            "ar": "شركة تكنولوجيا تدير خدمات للتواصل الاجتماعي والمراسلة.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "international-press-institute",
        "name": same_in_every_language("International Press Institute (IPI)"),
        "sector": CIVIL_SOCIETY,
        "country": "AT",
        "website": "https://ipi.media/",
        "bio": {
            "en": "A global network of editors, journalists and media executives that defends press freedom.",
            "fr": "Réseau mondial de rédacteurs en chef, de journalistes et de dirigeants de médias qui défend la liberté de la presse.",
            "es": "Red mundial de editores, periodistas y directivos de medios de comunicación que defiende la libertad de prensa.",
            "ar": "شبكة عالمية من المحررين والصحفيين والمديرين التنفيذيين لوسائل الإعلام تدافع عن حرية الصحافة.",
        },
        "cohorts": [2022],
    },
    {
        "slug": "salesforce",
        "name": same_in_every_language("Salesforce"),
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.salesforce.com/",
        "bio": {
            "en": "A software company, one of the new members of the 2024–2026 cohort.",
            "fr": "Éditeur de logiciels, l’un des nouveaux membres de la cohorte 2024–2026.",
            "es": "Empresa de software, uno de los nuevos miembros de la cohorte 2024–2026.",
            "ar": "شركة برمجيات، وأحد الأعضاء الجدد في دفعة 2024–2026.",
        },
        "cohorts": [2024],
    },
    {
        "slug": "tech-global-institute",
        "name": same_in_every_language("Tech Global Institute"),
        "sector": CIVIL_SOCIETY,
        "bio": {
            "en": "A technology policy organisation, one of the new members of the 2024–2026 cohort.",
            "fr": "Organisation spécialisée dans les politiques technologiques, l’un des nouveaux membres de la cohorte 2024–2026.",
            "es": "Organización especializada en políticas tecnológicas, uno de los nuevos miembros de la cohorte 2024–2026.",
            "ar": "منظمة معنية بسياسات التكنولوجيا، وأحد الأعضاء الجدد في دفعة 2024–2026.",
        },
        "cohorts": [2024],
    },
    {
        "slug": "dfrlab",
        "name": same_in_every_language("Atlantic Council Digital Forensic Research Lab (DFRLab)"),
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://dfrlab.org/",
        "bio": {
            "en": "A research lab of the Atlantic Council that studies disinformation and digital threats to democracy.",
            "fr": "Laboratoire de recherche de l’Atlantic Council qui étudie la désinformation et les menaces numériques pesant sur la démocratie.",
            "es": "Laboratorio de investigación del Atlantic Council que estudia la desinformación y las amenazas digitales a la democracia.",
            "ar": "مختبر بحثي تابع للمجلس الأطلسي يدرس التضليل الإعلامي والتهديدات الرقمية للديمقراطية.",
        },
        "cohorts": [2024],
    },
    {
        "slug": "google",
        "name": same_in_every_language("Google"),
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.google.com/",
        "bio": {
            "en": "A technology company known for its search engine and the Android operating system.",
            "fr": "Entreprise technologique connue pour son moteur de recherche et le système d’exploitation Android.",
            "es": "Empresa tecnológica conocida por su motor de búsqueda y el sistema operativo Android.",
            "ar": "شركة تكنولوجيا معروفة بمحرك البحث التابع لها وبنظام التشغيل أندرويد.",
        },
        "cohorts": [2024],
    },
]

# Terms are recorded only where the source names the organisation, not just the person.
CO_CHAIR_TERMS = [
    {"member": "airbnb", "start_year": 2018, "end_year": 2018},
    {"member": "center-for-democracy-and-technology", "start_year": 2018, "end_year": 2018},
    {"member": "microsoft", "start_year": 2019, "end_year": 2020},
    # Seen in 2025; when the term ends is not known.
    {"member": "global-network-initiative", "start_year": 2025, "end_year": None},
]

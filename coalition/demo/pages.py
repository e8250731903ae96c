"""Content pages: the client's "Multistakeholder Collaboration" page, About, How to join,
Contact, and the accessibility statement and privacy notice."""

from coalition.models import HeadingLevel, LiveList

# The client's copy for the Multistakeholder Collaboration page, word for word (only the
# trailing spaces of two paragraphs are dropped). The last paragraph ends with a colon: the
# page links to the partnership right after it.
MULTISTAKEHOLDER_TITLE = "Multistakeholder Collaboration"
MULTISTAKEHOLDER_INTRO = [
    "The Coalition’s Member States are committed to inclusive and open multistakeholder governance of digital technologies, including the Internet, and to foster sustained dialogue with external stakeholders to share knowledge and expertise.",
    "To facilitate engagement with external stakeholders, the Coalition identified the development of a strong mechanism for ongoing multistakeholder engagement as a priority during the 6th Freedom Online Conference in Costa Rica. In 2018, the FOC Advisory Network (FOC-AN) was established to play that role through regular engagement with FOC governments.",
    "In addition to engaging with the FOC-AN, the Coalition has welcomed input from external stakeholders including those from civil society, academia, industry, media, and the technical community through various activities and events. These include the periodic Freedom Online Conference, and through regional consultations, which were most recently held with stakeholders in the Asia-Pacific, Europe, Latin America, North America, Sub-Saharan Africa, and Middle East and North Africa regions during 2022 to support the development of the FOC Ottawa Agenda.",
]
ADVISORY_NETWORK_TEXT = "The FOC Advisory Network (FOC-AN) is an independent multistakeholder group composed of civil society, academia and private sector representatives who provide advice on aims, objectives and activities, as well as support the FOC’s mission of advancing Internet freedom and human rights online through its working methods."
SUB_ENTITIES_TEXT = "The FOC’s Task Forces & Working Groups provide a mechanism for focused and issue-based engagement, supporting the implementation of FOC statements, other outputs, and recommendations. Task Forces and Working Groups are led by FOC Member States, often in collaboration with Advisory Network Members, and facilitate capacity building, coordination on key policy issues, and are a channel for regular communication, enabling tangible outcomes."
DIGITAL_DEFENDERS_TEXT = "Through the Digital Defenders Partnership (DDP), several Coalition countries support efforts to respond to digital threats and to create resilient and sustainable networks of support to human rights defenders. DDP is managed by the Dutch NGO Hivos. Further information can be found by visiting:"

# The translations of the client's copy, paragraph for paragraph (locale/GLOSSARY.md). The
# English constants above stay as they are; the page below pairs each with its translations.
MULTISTAKEHOLDER_INTRO_FR = [
    "Les États membres de la coalition sont attachés à une gouvernance multipartite inclusive et ouverte des technologies numériques, y compris Internet, et à favoriser un dialogue suivi avec les parties prenantes extérieures afin de partager connaissances et savoir-faire.",
    "Afin de faciliter les échanges avec les parties prenantes extérieures, la coalition a défini comme prioritaire, lors de la 6ᵉ Conférence pour la liberté en ligne au Costa Rica, la mise en place d’un mécanisme solide de dialogue multipartite continu. En 2018, le Réseau consultatif de la FOC (FOC-AN) a été créé pour jouer ce rôle grâce à des échanges réguliers avec les gouvernements de la FOC.",
    "Outre ses échanges avec le FOC-AN, la coalition a accueilli les contributions de parties prenantes extérieures, notamment de la société civile, des milieux universitaires, de l’industrie, des médias et de la communauté technique, dans le cadre de diverses activités et manifestations. Parmi celles-ci figurent la Conférence pour la liberté en ligne, organisée périodiquement, ainsi que des consultations régionales, dont les plus récentes ont été menées en 2022 auprès de parties prenantes des régions Asie-Pacifique, Europe, Amérique latine, Amérique du Nord, Afrique subsaharienne, et Moyen-Orient et Afrique du Nord, afin d’appuyer l’élaboration de l’Agenda d’Ottawa de la FOC.",
]
MULTISTAKEHOLDER_INTRO_ES = [
    "Los Estados miembros de la coalición están comprometidos con una gobernanza de múltiples partes interesadas inclusiva y abierta de las tecnologías digitales, incluida Internet, y con el fomento de un diálogo sostenido con las partes interesadas externas para compartir conocimientos y experiencia.",
    "Para facilitar la interacción con las partes interesadas externas, la coalición definió como prioridad, durante la 6.ª Conferencia para la Libertad en Línea, en Costa Rica, la creación de un mecanismo sólido de participación continua de múltiples partes interesadas. En 2018 se estableció la Red Consultiva de la FOC (FOC-AN) para desempeñar esa función mediante una interacción periódica con los gobiernos de la FOC.",
    "Además de interactuar con la FOC-AN, la coalición ha acogido con satisfacción las aportaciones de partes interesadas externas, entre ellas las de la sociedad civil, el mundo académico, la industria, los medios de comunicación y la comunidad técnica, a través de diversas actividades y eventos. Entre ellos figuran la Conferencia para la Libertad en Línea, de carácter periódico, y las consultas regionales, las más recientes de las cuales se celebraron en 2022 con partes interesadas de las regiones de Asia y el Pacífico, Europa, América Latina, América del Norte, África Subsahariana, y Oriente Medio y Norte de África, en apoyo de la elaboración de la Agenda de Ottawa de la FOC.",
]
MULTISTAKEHOLDER_INTRO_AR = [
    "تلتزم الدول الأعضاء في الائتلاف بحوكمة شاملة ومفتوحة ومتعددة أصحاب المصلحة للتكنولوجيات الرقمية، بما فيها الإنترنت، وبتعزيز حوار متواصل مع أصحاب المصلحة الخارجيين من أجل تبادل المعارف والخبرات.",
    "ولتيسير التواصل مع أصحاب المصلحة الخارجيين، حدد الائتلاف، خلال الدورة السادسة لمؤتمر الحرية على الإنترنت في كوستاريكا، إنشاء آلية قوية للمشاركة المستمرة لأصحاب المصلحة المتعددين بوصفه أولوية. وفي عام 2018، أُنشئت الشبكة الاستشارية لائتلاف الحرية على الإنترنت (FOC-AN) للاضطلاع بهذا الدور من خلال التواصل المنتظم مع حكومات الائتلاف.",
    "وإلى جانب التواصل مع الشبكة الاستشارية (FOC-AN)، رحب الائتلاف بإسهامات أصحاب المصلحة الخارجيين، بمن فيهم أصحاب المصلحة من المجتمع المدني والأوساط الأكاديمية وقطاع الصناعة ووسائل الإعلام والمجتمع التقني، من خلال أنشطة وفعاليات متنوعة. ومن بينها مؤتمر الحرية على الإنترنت الذي يُعقد دوريًا، والمشاورات الإقليمية التي عُقد أحدثها في عام 2022 مع أصحاب المصلحة في مناطق آسيا والمحيط الهادئ وأوروبا وأمريكا اللاتينية وأمريكا الشمالية وأفريقيا جنوب الصحراء الكبرى والشرق الأوسط وشمال أفريقيا، دعمًا لإعداد أجندة أوتاوا لائتلاف الحرية على الإنترنت.",
]
ADVISORY_NETWORK_TEXT_FR = "Le Réseau consultatif de la FOC (FOC-AN) est un groupe multipartite indépendant composé de représentants de la société civile, des milieux universitaires et du secteur privé, qui formulent des avis sur les buts, les objectifs et les activités et qui, par ses méthodes de travail, appuient la mission de la FOC : faire progresser la liberté sur Internet et les droits humains en ligne."
ADVISORY_NETWORK_TEXT_ES = "La Red Consultiva de la FOC (FOC-AN) es un grupo independiente de múltiples partes interesadas integrado por representantes de la sociedad civil, el mundo académico y el sector privado, que asesoran sobre los fines, los objetivos y las actividades y, mediante sus métodos de trabajo, apoyan la misión de la FOC de promover la libertad en Internet y los derechos humanos en línea."
ADVISORY_NETWORK_TEXT_AR = "الشبكة الاستشارية لائتلاف الحرية على الإنترنت (FOC-AN) مجموعة مستقلة متعددة أصحاب المصلحة، تتألف من ممثلين عن المجتمع المدني والأوساط الأكاديمية والقطاع الخاص، يقدمون المشورة بشأن الغايات والأهداف والأنشطة، ويدعمون، من خلال أساليب عملها، رسالة الائتلاف المتمثلة في تعزيز حرية الإنترنت وحقوق الإنسان على الإنترنت."
SUB_ENTITIES_TEXT_FR = "Les équipes spéciales et les groupes de travail de la FOC offrent un mécanisme d’action ciblée et axée sur des questions précises, qui contribue à la mise en œuvre des déclarations de la FOC, de ses autres travaux et de ses recommandations. Les équipes spéciales et les groupes de travail sont dirigés par des États membres de la FOC, souvent en collaboration avec des membres du Réseau consultatif ; ils facilitent le renforcement des capacités et la coordination sur les grandes questions de politique, et constituent un canal de communication régulière, qui permet d’obtenir des résultats concrets."
SUB_ENTITIES_TEXT_ES = "Los equipos de tareas y grupos de trabajo de la FOC ofrecen un mecanismo de participación específica y centrada en temas concretos, que apoya la aplicación de las declaraciones, otros productos y recomendaciones de la FOC. Los equipos de tareas y grupos de trabajo están dirigidos por Estados miembros de la FOC, a menudo en colaboración con miembros de la Red Consultiva; facilitan el fomento de la capacidad y la coordinación sobre cuestiones normativas clave, y constituyen un canal de comunicación periódica que permite obtener resultados tangibles."
SUB_ENTITIES_TEXT_AR = "توفر فرق العمل والأفرقة العاملة التابعة لائتلاف الحرية على الإنترنت آلية للمشاركة المركّزة القائمة على القضايا، دعمًا لتنفيذ بيانات الائتلاف ونواتجه الأخرى وتوصياته. وتتولى قيادة فرق العمل والأفرقة العاملة دول أعضاء في الائتلاف، بالتعاون في أحيان كثيرة مع أعضاء الشبكة الاستشارية، وهي تيسّر بناء القدرات والتنسيق بشأن قضايا السياسات الرئيسية، وتشكل قناة للتواصل المنتظم، بما يتيح تحقيق نتائج ملموسة."
DIGITAL_DEFENDERS_TEXT_FR = "Par l’intermédiaire du Digital Defenders Partnership (DDP), plusieurs pays de la coalition soutiennent les efforts visant à répondre aux menaces numériques et à créer des réseaux de soutien résilients et durables au service des défenseurs des droits humains. Le DDP est géré par l’ONG néerlandaise Hivos. Pour de plus amples informations, veuillez consulter :"
DIGITAL_DEFENDERS_TEXT_ES = "A través de la Digital Defenders Partnership (DDP), varios países de la coalición apoyan las iniciativas para responder a las amenazas digitales y crear redes de apoyo resilientes y sostenibles para los defensores de los derechos humanos. La DDP está gestionada por la ONG neerlandesa Hivos. Para más información, visite:"
DIGITAL_DEFENDERS_TEXT_AR = "من خلال مبادرة Digital Defenders Partnership (DDP)، يدعم عدد من بلدان الائتلاف الجهود الرامية إلى التصدي للتهديدات الرقمية وإنشاء شبكات دعم قادرة على الصمود ومستدامة للمدافعين عن حقوق الإنسان. وتتولى إدارة DDP المنظمة غير الحكومية الهولندية Hivos. ولمزيد من المعلومات، يُرجى زيارة:"

PAGES = [
    {
        "slug": "about",
        "title": {
            "en": "About the coalition",
            "fr": "À propos de la coalition",
            "es": "Acerca de la coalición",
            "ar": "عن الائتلاف",
        },
        "summary": {
            "en": "The Freedom Online Coalition is a partnership of governments working together for Internet freedom and human rights online.",
            "fr": "La Coalition pour la liberté en ligne est un partenariat de gouvernements qui œuvrent ensemble en faveur de la liberté sur Internet et des droits humains en ligne.",
            "es": "La Coalición para la Libertad en Línea es una alianza de gobiernos que trabajan juntos en favor de la libertad en Internet y los derechos humanos en línea.",
            "ar": "ائتلاف الحرية على الإنترنت شراكة بين حكومات تعمل معًا من أجل حرية الإنترنت وحقوق الإنسان على الإنترنت.",
        },
        "intro": {
            "en": "The Freedom Online Coalition is a group of governments that work together to advance Internet freedom and human rights online. Founded in 2011, it coordinates its members’ diplomacy, issues joint statements and works with civil society, academia and companies.",
            "fr": "La Coalition pour la liberté en ligne est un groupe de gouvernements qui œuvrent ensemble à faire progresser la liberté sur Internet et les droits humains en ligne. Fondée en 2011, elle coordonne l’action diplomatique de ses membres, publie des déclarations conjointes et collabore avec la société civile, les milieux universitaires et les entreprises.",
            "es": "La Coalición para la Libertad en Línea es un grupo de gobiernos que trabajan juntos para promover la libertad en Internet y los derechos humanos en línea. Fundada en 2011, coordina la diplomacia de sus miembros, emite declaraciones conjuntas y colabora con la sociedad civil, el mundo académico y las empresas.",
            "ar": "ائتلاف الحرية على الإنترنت مجموعة من الحكومات تعمل معًا على تعزيز حرية الإنترنت وحقوق الإنسان على الإنترنت. ويتولى الائتلاف، الذي أُسس في عام 2011، تنسيق العمل الدبلوماسي لأعضائه، ويصدر بيانات مشتركة، ويعمل مع المجتمع المدني والأوساط الأكاديمية والشركات.",
        },
        "order": 10,
        "show_in_navigation": True,
        "sections": [
            {
                "heading": {"en": "History", "fr": "Histoire", "es": "Historia", "ar": "التاريخ"},
                "body": {
                    "en": '<p>Fifteen governments launched the coalition at a conference in The Hague in December 2011, at the initiative of the Netherlands. Membership doubled in its first five years and has kept growing since; the United States withdrew in 2026. The <a href="item:list:member-states">members page</a> lists every member state and the year it joined.</p><p>Until 2021 the members met at the Freedom Online Conference, held nine times from The Hague and Nairobi to Accra and, online, Helsinki. Today they meet at strategy and coordination meetings and at high-level events during the UN General Assembly.</p>',
                    "fr": '<p>Quinze gouvernements ont lancé la coalition lors d’une conférence tenue à La Haye en décembre 2011, à l’initiative des Pays-Bas. Le nombre de membres a doublé en cinq ans et n’a cessé de croître depuis ; les États-Unis se sont retirés en 2026. La <a href="item:list:member-states">page des membres</a> présente chaque État membre et l’année de son adhésion.</p><p>Jusqu’en 2021, les membres se réunissaient à la Conférence pour la liberté en ligne, tenue à neuf reprises, de La Haye et de Nairobi à Accra et, en ligne, à Helsinki. Aujourd’hui, ils se retrouvent lors de réunions de stratégie et de coordination ainsi que de manifestations de haut niveau pendant l’Assemblée générale des Nations Unies.</p>',
                    "es": '<p>Quince gobiernos pusieron en marcha la coalición en una conferencia celebrada en La Haya en diciembre de 2011, por iniciativa de los Países Bajos. El número de miembros se duplicó en cinco años y no ha dejado de crecer desde entonces; los Estados Unidos se retiraron en 2026. La <a href="item:list:member-states">página de miembros</a> presenta cada Estado miembro y el año de su adhesión.</p><p>Hasta 2021, los miembros se reunían en la Conferencia para la Libertad en Línea, celebrada nueve veces, desde La Haya y Nairobi hasta Acra y, en línea, Helsinki. Hoy se dan cita en reuniones de estrategia y coordinación y en eventos de alto nivel durante la Asamblea General de las Naciones Unidas.</p>',
                    "ar": '<p>أطلقت خمس عشرة حكومة الائتلاف في مؤتمر عُقد في لاهاي في ديسمبر 2011، بمبادرة من هولندا. وتضاعف عدد الأعضاء في السنوات الخمس الأولى وواصل الازدياد منذ ذلك الحين؛ وانسحبت الولايات المتحدة في عام 2026. وتعرض <a href="item:list:member-states">صفحة الأعضاء</a> كل دولة عضو وسنة انضمامها.</p><p>وحتى عام 2021، كان الأعضاء يجتمعون في مؤتمر الحرية على الإنترنت، الذي عُقد تسع مرات، من لاهاي ونيروبي إلى أكرا، وهلسنكي عبر الإنترنت. واليوم يلتقون في اجتماعات الاستراتيجية والتنسيق وفي فعاليات رفيعة المستوى خلال انعقاد الجمعية العامة للأمم المتحدة.</p>',
                },
            },
            {
                "heading": {
                    "en": "How the coalition works",
                    "fr": "Fonctionnement de la coalition",
                    "es": "Cómo funciona la coalición",
                    "ar": "كيف يعمل الائتلاف",
                },
                "body": {
                    "en": "The chairship passes from one member to another each year, and each Chair sets out the year’s priorities in a Program of Action. A Steering Committee, once called the Friends of the Chair, supports the Chair, and a Support Unit has served as secretariat since 2014.\n\nTask forces and working groups take particular issues forward, and the Advisory Network brings in advice from outside government. Members also work together through diplomatic networks in Geneva, Paris and New York.",
                    "fr": "La présidence passe chaque année d’un membre à un autre, et chaque présidence expose les priorités de l’année dans un programme d’action. Un Comité directeur, autrefois appelé « Amis de la présidence », soutient la présidence, et une Unité d’appui fait office de secrétariat depuis 2014.\n\nLes équipes spéciales et les groupes de travail font avancer des questions particulières, et le Réseau consultatif apporte des avis extérieurs à la sphère gouvernementale. Les membres collaborent également au sein de réseaux diplomatiques à Genève, à Paris et à New York.",
                    "es": "La presidencia pasa cada año de un miembro a otro, y cada presidencia expone las prioridades del año en un programa de acción. Un Comité Directivo, antes denominado «Amigos de la Presidencia», respalda a la presidencia, y una Unidad de Apoyo ejerce de secretaría desde 2014.\n\nLos equipos de tareas y los grupos de trabajo impulsan cuestiones concretas, y la Red Consultiva aporta asesoramiento externo al ámbito gubernamental. Los miembros también colaboran a través de redes diplomáticas en Ginebra, París y Nueva York.",
                    "ar": "تنتقل الرئاسة كل عام من عضو إلى آخر، وتحدد كل رئاسة أولويات العام في برنامج عمل. وتتلقى الرئاسة الدعم من اللجنة التوجيهية، التي كانت تُعرف سابقًا باسم «أصدقاء الرئيس»، وتضطلع وحدة الدعم بمهام الأمانة منذ عام 2014.\n\nوتتولى فرق العمل والأفرقة العاملة المضي قدمًا في قضايا بعينها، وتقدم الشبكة الاستشارية المشورة من خارج الأوساط الحكومية. ويعمل الأعضاء معًا أيضًا من خلال شبكات دبلوماسية في جنيف وباريس ونيويورك.",
                },
            },
            {
                "heading": {
                    "en": "Joining the coalition",
                    "fr": "Adhérer à la coalition",
                    "es": "Unirse a la coalición",
                    "ar": "الانضمام إلى الائتلاف",
                },
                "body": {
                    "en": '<p>A government that wishes to join contacts the <a href="item:list:contact">Support Unit</a> or the Chair, or is put forward by a member. Applications are weighed on the country’s record on human rights online at home, its votes in international forums and the place of Internet freedom in its foreign policy, with an eye to geographic balance. The procedure is set out in the coalition’s <a href="demo:document:stockholm-terms-of-reference">Terms of Reference</a>.</p><p>The Steering Committee may also grant observer status to states and other entities.</p>',
                    "fr": '<p>Un gouvernement qui souhaite adhérer prend contact avec l’<a href="item:list:contact">Unité d’appui</a> ou la présidence, ou est proposé par un membre. Les candidatures sont examinées au regard du bilan du pays en matière de droits humains en ligne sur son territoire, de ses votes dans les enceintes internationales et de la place de la liberté sur Internet dans sa politique étrangère, en tenant compte de l’équilibre géographique. La procédure est exposée dans les <a href="demo:document:stockholm-terms-of-reference">termes de référence</a> de la coalition.</p><p>Le Comité directeur peut également accorder le statut d’observateur à des États et à d’autres entités.</p>',
                    "es": '<p>Un gobierno que desee adherirse se pone en contacto con la <a href="item:list:contact">Unidad de Apoyo</a> o con la presidencia, o bien es propuesto por un miembro. Las solicitudes se evalúan en función de la trayectoria del país en materia de derechos humanos en línea en su propio territorio, sus votos en los foros internacionales y el lugar que ocupa la libertad en Internet en su política exterior, teniendo en cuenta el equilibrio geográfico. El procedimiento se describe en los <a href="demo:document:stockholm-terms-of-reference">términos de referencia</a> de la coalición.</p><p>El Comité Directivo también puede conceder la condición de observador a Estados y otras entidades.</p>',
                    "ar": '<p>تتواصل الحكومة الراغبة في الانضمام مع <a href="item:list:contact">وحدة الدعم</a> أو مع الرئاسة، أو يرشحها أحد الأعضاء. وتُقيَّم الطلبات على أساس سجل البلد في مجال حقوق الإنسان على الإنترنت داخل حدوده، وتصويته في المحافل الدولية، ومكانة حرية الإنترنت في سياسته الخارجية، مع مراعاة التوازن الجغرافي. ويرد الإجراء في <a href="demo:document:stockholm-terms-of-reference">اختصاصات الائتلاف</a>.</p><p>ويجوز للجنة التوجيهية أيضًا منح صفة المراقب للدول ولكيانات أخرى.</p>',
                },
            },
        ],
    },
    {
        "slug": "multistakeholder-collaboration",
        "title": {
            "en": MULTISTAKEHOLDER_TITLE,
            "fr": "Collaboration multipartite",
            "es": "Colaboración entre múltiples partes interesadas",
            "ar": "التعاون بين أصحاب المصلحة المتعددين",
        },
        "summary": {
            "en": "How the coalition works with civil society, academia, industry and the technical community: the Advisory Network, task forces and working groups, and partnerships.",
            "fr": "Comment la coalition collabore avec la société civile, les milieux universitaires, l’industrie et la communauté technique : le Réseau consultatif, les équipes spéciales et les groupes de travail, ainsi que les partenariats.",
            "es": "Cómo colabora la coalición con la sociedad civil, el mundo académico, la industria y la comunidad técnica: la Red Consultiva, los equipos de tareas y grupos de trabajo, y las alianzas.",
            "ar": "كيف يعمل الائتلاف مع المجتمع المدني والأوساط الأكاديمية وقطاع الصناعة والمجتمع التقني: الشبكة الاستشارية، وفرق العمل والأفرقة العاملة، والشراكات.",
        },
        "intro": {
            "en": "\n\n".join(MULTISTAKEHOLDER_INTRO),
            "fr": "\n\n".join(MULTISTAKEHOLDER_INTRO_FR),
            "es": "\n\n".join(MULTISTAKEHOLDER_INTRO_ES),
            "ar": "\n\n".join(MULTISTAKEHOLDER_INTRO_AR),
        },
        "order": 20,
        "show_in_navigation": True,
        "sections": [
            {
                "heading": {
                    "en": "FOC Advisory Network",
                    "fr": "Réseau consultatif de la FOC",
                    "es": "Red Consultiva de la FOC",
                    "ar": "الشبكة الاستشارية لائتلاف الحرية على الإنترنت",
                },
                "body": {
                    "en": ADVISORY_NETWORK_TEXT,
                    "fr": ADVISORY_NETWORK_TEXT_FR,
                    "es": ADVISORY_NETWORK_TEXT_ES,
                    "ar": ADVISORY_NETWORK_TEXT_AR,
                },
            },
            {
                "heading": {
                    "en": "FOC Sub-Entities",
                    "fr": "Sous-entités de la FOC",
                    "es": "Subentidades de la FOC",
                    "ar": "الكيانات الفرعية لائتلاف الحرية على الإنترنت",
                },
                "body": {
                    "en": SUB_ENTITIES_TEXT,
                    "fr": SUB_ENTITIES_TEXT_FR,
                    "es": SUB_ENTITIES_TEXT_ES,
                    "ar": SUB_ENTITIES_TEXT_AR,
                },
            },
            {
                "heading": {
                    "en": "Current FOC Sub-Entities",
                    "fr": "Sous-entités actuelles de la FOC",
                    "es": "Subentidades actuales de la FOC",
                    "ar": "الكيانات الفرعية الحالية لائتلاف الحرية على الإنترنت",
                },
                "heading_level": HeadingLevel.SUBSECTION,
                "live_list": LiveList.CURRENT_SUB_ENTITIES,
            },
            {
                "heading": {
                    "en": "Previous FOC Sub-Entities",
                    "fr": "Anciennes sous-entités de la FOC",
                    "es": "Subentidades anteriores de la FOC",
                    "ar": "الكيانات الفرعية السابقة لائتلاف الحرية على الإنترنت",
                },
                "heading_level": HeadingLevel.SUBSECTION,
                "live_list": LiveList.PREVIOUS_SUB_ENTITIES,
            },
            {
                "heading": {
                    "en": "Digital Defenders Partnership",
                    "fr": "Digital Defenders Partnership",
                    "es": "Digital Defenders Partnership",
                    "ar": "Digital Defenders Partnership",
                },
                "body": {
                    "en": DIGITAL_DEFENDERS_TEXT,
                    "fr": DIGITAL_DEFENDERS_TEXT_FR,
                    "es": DIGITAL_DEFENDERS_TEXT_ES,
                    "ar": DIGITAL_DEFENDERS_TEXT_AR,
                },
                "partnership": "digital-defenders-partnership",
            },
        ],
    },
    # How to join, Contact, the accessibility statement and the privacy notice, in the project's
    # own words. About and Contact are in the main navigation; the footer links to the others.
    {
        "slug": "how-to-join",
        "title": {
            "en": "How to join",
            "fr": "Comment adhérer",
            "es": "Cómo adherirse",
            "ar": "كيفية الانضمام",
        },
        "summary": {
            "en": "How a government applies to join the Freedom Online Coalition, how its application is weighed, and how observers take part.",
            "fr": "Comment un gouvernement présente sa candidature à la Coalition pour la liberté en ligne, comment celle-ci est examinée et comment les observateurs y prennent part.",
            "es": "Cómo solicita un gobierno su adhesión a la Coalición para la Libertad en Línea, cómo se evalúa su solicitud y cómo participan los observadores.",
            "ar": "كيف تتقدم الحكومة بطلب الانضمام إلى ائتلاف الحرية على الإنترنت، وكيف يُقيَّم طلبها، وكيف يشارك المراقبون.",
        },
        "intro": {
            "en": '<p>Membership of the Freedom Online Coalition is open to governments that share its commitment to human rights online and are ready to defend them at home and abroad. Since fifteen governments founded it in 2011, <a href="item:list:member-states">governments from every region</a> have joined.</p>',
            "fr": '<p>L’adhésion à la Coalition pour la liberté en ligne est ouverte aux gouvernements qui partagent son engagement en faveur des droits humains en ligne et sont prêts à les défendre sur leur territoire comme à l’étranger. Depuis sa fondation par quinze gouvernements en 2011, <a href="item:list:member-states">des gouvernements de toutes les régions</a> l’ont rejointe.</p>',
            "es": '<p>La adhesión a la Coalición para la Libertad en Línea está abierta a los gobiernos que comparten su compromiso con los derechos humanos en línea y están dispuestos a defenderlos dentro y fuera de sus fronteras. Desde que quince gobiernos la fundaron en 2011, se han sumado <a href="item:list:member-states">gobiernos de todas las regiones</a>.</p>',
            "ar": '<p>العضوية في ائتلاف الحرية على الإنترنت مفتوحة للحكومات التي تشاركه التزامه بحقوق الإنسان على الإنترنت وهي مستعدة للدفاع عنها داخل حدودها وخارجها. ومنذ أن أسّسته خمس عشرة حكومة في عام 2011، انضمت إليه <a href="item:list:member-states">حكومات من جميع المناطق</a>.</p>',
        },
        "order": 30,
        "show_in_navigation": False,
        "sections": [
            {
                "heading": {
                    "en": "How to apply",
                    "fr": "Comment présenter une candidature",
                    "es": "Cómo presentar una solicitud",
                    "ar": "كيفية تقديم الطلب",
                },
                "body": {
                    "en": '<p>A government that wishes to become a member gets in touch with the coalition’s <a href="item:list:contact">Support Unit</a>, with the Chair of the year, or with both. A government can also be put forward by a country that is already a member.</p><p>The steps of the procedure are set out in the coalition’s <a href="demo:document:stockholm-terms-of-reference">Terms of Reference</a>, in the section on membership.</p>',
                    "fr": '<p>Un gouvernement qui souhaite devenir membre prend contact avec l’<a href="item:list:contact">Unité d’appui</a> de la coalition, avec la présidence en exercice, ou avec les deux. Un gouvernement peut également être proposé par un pays déjà membre.</p><p>Les étapes de la procédure sont exposées dans les <a href="demo:document:stockholm-terms-of-reference">termes de référence</a> de la coalition, dans la section consacrée à l’adhésion.</p>',
                    "es": '<p>Un gobierno que desee ser miembro se pone en contacto con la <a href="item:list:contact">Unidad de Apoyo</a> de la coalición, con la presidencia en ejercicio o con ambas. Un gobierno también puede ser propuesto por un país que ya sea miembro.</p><p>Los pasos del procedimiento se describen en los <a href="demo:document:stockholm-terms-of-reference">términos de referencia</a> de la coalición, en la sección relativa a la adhesión.</p>',
                    "ar": '<p>تتواصل الحكومة الراغبة في أن تصبح عضوًا مع <a href="item:list:contact">وحدة الدعم</a> التابعة للائتلاف، أو مع الرئاسة الحالية، أو مع كلتيهما. ويمكن أيضًا أن يرشح الحكومةَ بلدٌ عضو بالفعل.</p><p>وترد خطوات الإجراء في <a href="demo:document:stockholm-terms-of-reference">اختصاصات الائتلاف</a>، في الفرع المتعلق بالعضوية.</p>',
                },
            },
            {
                "heading": {
                    "en": "What the coalition looks at",
                    "fr": "Critères d’examen",
                    "es": "Qué examina la coalición",
                    "ar": "المعايير التي ينظر فيها الائتلاف",
                },
                "body": {
                    "en": "<p>Each application is weighed on three things:</p><ul><li>how the applicant respects human rights online within its own borders;</li><li>how it votes on these questions in international forums;</li><li>how far Internet freedom has a place in its foreign policy.</li></ul><p>The coalition also keeps an eye on geographic balance, so that its members speak for every region of the world.</p>",
                    "fr": "<p>Chaque candidature est examinée au regard de trois éléments :</p><ul><li>la manière dont le candidat respecte les droits humains en ligne à l’intérieur de ses frontières ;</li><li>la manière dont il vote sur ces questions dans les enceintes internationales ;</li><li>la mesure dans laquelle la liberté sur Internet trouve sa place dans sa politique étrangère.</li></ul><p>La coalition veille également à l’équilibre géographique, afin que ses membres représentent toutes les régions du monde.</p>",
                    "es": "<p>Cada solicitud se evalúa en función de tres aspectos:</p><ul><li>cómo respeta el solicitante los derechos humanos en línea dentro de sus fronteras;</li><li>cómo vota sobre estas cuestiones en los foros internacionales;</li><li>en qué medida la libertad en Internet ocupa un lugar en su política exterior.</li></ul><p>La coalición también vela por el equilibrio geográfico, de modo que sus miembros representen a todas las regiones del mundo.</p>",
                    "ar": "<p>يُقيَّم كل طلب على أساس ثلاثة أمور:</p><ul><li>كيفية احترام مقدم الطلب لحقوق الإنسان على الإنترنت داخل حدوده؛</li><li>طريقة تصويته بشأن هذه المسائل في المحافل الدولية؛</li><li>مدى المكانة التي تحتلها حرية الإنترنت في سياسته الخارجية.</li></ul><p>ويراعي الائتلاف أيضًا التوازن الجغرافي، حتى يمثل أعضاؤه جميع مناطق العالم.</p>",
                },
            },
            {
                "heading": {
                    "en": "Observers",
                    "fr": "Observateurs",
                    "es": "Observadores",
                    "ar": "المراقبون",
                },
                "body": {
                    "en": "The Steering Committee may grant observer status, to states and to other entities alike. Observers follow the coalition’s work without being members of it.",
                    "fr": "Le Comité directeur peut accorder le statut d’observateur, aussi bien à des États qu’à d’autres entités. Les observateurs suivent les travaux de la coalition sans en être membres.",
                    "es": "El Comité Directivo puede conceder la condición de observador tanto a Estados como a otras entidades. Los observadores siguen la labor de la coalición sin ser miembros de ella.",
                    "ar": "يجوز للجنة التوجيهية منح صفة المراقب للدول وللكيانات الأخرى على حد سواء. ويتابع المراقبون أعمال الائتلاف دون أن يكونوا أعضاء فيه.",
                },
            },
            {
                "heading": {
                    "en": "Leaving the coalition",
                    "fr": "Quitter la coalition",
                    "es": "Retirarse de la coalición",
                    "ar": "الانسحاب من الائتلاف",
                },
                "body": {
                    "en": "A member or an observer may withdraw at any time by writing to the Chair and to the Support Unit.",
                    "fr": "Un membre ou un observateur peut se retirer à tout moment en écrivant à la présidence et à l’Unité d’appui.",
                    "es": "Un miembro o un observador puede retirarse en cualquier momento mediante una comunicación escrita dirigida a la presidencia y a la Unidad de Apoyo.",
                    "ar": "يجوز للعضو أو المراقب الانسحاب في أي وقت بتوجيه رسالة مكتوبة إلى الرئاسة وإلى وحدة الدعم.",
                },
            },
        ],
    },
    {
        "slug": "contact",
        "title": {"en": "Contact", "fr": "Contact", "es": "Contacto", "ar": "اتصل بنا"},
        "summary": {
            "en": "Write to the Support Unit of the Freedom Online Coalition about the coalition’s work, its statements, membership or events.",
            "fr": "Écrivez à l’Unité d’appui de la Coalition pour la liberté en ligne au sujet des travaux de la coalition, de ses déclarations, de l’adhésion ou des manifestations.",
            "es": "Escriba a la Unidad de Apoyo de la Coalición para la Libertad en Línea sobre la labor de la coalición, sus declaraciones, la adhesión o los eventos.",
            "ar": "راسل وحدة الدعم التابعة لائتلاف الحرية على الإنترنت بشأن أعمال الائتلاف أو بياناته أو العضوية فيه أو فعالياته.",
        },
        "intro": {
            "en": "Questions about the coalition’s work, its statements, membership or events are welcome. Write to us with the form on this page.",
            "fr": "Vos questions sur les travaux de la coalition, ses déclarations, l’adhésion ou les manifestations sont les bienvenues. Écrivez-nous au moyen du formulaire figurant sur cette page.",
            "es": "Son bienvenidas las preguntas sobre la labor de la coalición, sus declaraciones, la adhesión o los eventos. Escríbanos mediante el formulario de esta página.",
            "ar": "نرحب بالأسئلة المتعلقة بأعمال الائتلاف أو بياناته أو العضوية فيه أو فعالياته. راسلنا باستخدام النموذج الوارد في هذه الصفحة.",
        },
        "order": 90,
        "show_in_navigation": True,
        "sections": [
            {
                "heading": {
                    "en": "Who answers",
                    "fr": "Qui vous répond",
                    "es": "Quién responde",
                    "ar": "من يجيب",
                },
                "body": {
                    "en": "Messages go to the coalition’s Support Unit, which has served as its secretariat since 2014. Where a question is for a member government, the Chair, a task force or the Advisory Network, the Support Unit passes it on.",
                    "fr": "Les messages parviennent à l’Unité d’appui de la coalition, qui en assure le secrétariat depuis 2014. Lorsqu’une question s’adresse à un gouvernement membre, à la présidence, à une équipe spéciale ou au Réseau consultatif, l’Unité d’appui la fait suivre.",
                    "es": "Los mensajes llegan a la Unidad de Apoyo de la coalición, que ejerce como su secretaría desde 2014. Cuando una pregunta está dirigida a un gobierno miembro, a la presidencia, a un equipo de tareas o a la Red Consultiva, la Unidad de Apoyo se la transmite.",
                    "ar": "تصل الرسائل إلى وحدة الدعم التابعة للائتلاف، التي تضطلع بمهام أمانته منذ عام 2014. وإذا كان السؤال موجهًا إلى حكومة عضو أو إلى الرئاسة أو إلى فرقة عمل أو إلى الشبكة الاستشارية، تتولى وحدة الدعم إحالته إليها.",
                },
            },
            {
                "heading": {
                    "en": "What to expect",
                    "fr": "À quoi vous attendre",
                    "es": "Qué puede esperar",
                    "ar": "ما يمكنك توقعه",
                },
                "body": {
                    "en": "Every message is read. The Support Unit replies by e-mail when an answer is needed, usually within a few working days, and may take longer during the coalition’s major meetings.\n\nYou may write in English, French, Spanish or Arabic; replies are most often in English.\n\nPlease do not send confidential or sensitive information through this form. The privacy notice explains what is kept and for how long.",
                    "fr": "Chaque message est lu. L’Unité d’appui répond par courriel lorsqu’une réponse est nécessaire, généralement dans un délai de quelques jours ouvrables, et ce délai peut être plus long pendant les grandes réunions de la coalition.\n\nVous pouvez écrire en anglais, en français, en espagnol ou en arabe ; les réponses sont le plus souvent rédigées en anglais.\n\nVeuillez ne pas transmettre d’informations confidentielles ou sensibles au moyen de ce formulaire. La politique de confidentialité précise ce qui est conservé et pendant combien de temps.",
                    "es": "Todos los mensajes se leen. La Unidad de Apoyo responde por correo electrónico cuando se requiere una respuesta, normalmente en unos pocos días hábiles, y puede tardar más durante las reuniones principales de la coalición.\n\nPuede escribir en inglés, francés, español o árabe; las respuestas suelen ser en inglés.\n\nLe rogamos que no envíe información confidencial o delicada a través de este formulario. El aviso de privacidad explica qué se conserva y durante cuánto tiempo.",
                    "ar": "تُقرأ كل رسالة. وترد وحدة الدعم بالبريد الإلكتروني عندما يلزم الرد، وعادةً في غضون بضعة أيام عمل، وقد يستغرق الرد وقتًا أطول خلال الاجتماعات الرئيسية للائتلاف.\n\nيمكنك الكتابة بالإنجليزية أو الفرنسية أو الإسبانية أو العربية؛ وتكون الردود في أغلب الأحيان بالإنجليزية.\n\nيُرجى عدم إرسال معلومات سرية أو حساسة عبر هذا النموذج. ويوضح إشعار الخصوصية ما يُحفظ ومدة الاحتفاظ به.",
                },
            },
        ],
    },
    {
        "slug": "accessibility",
        "title": {
            "en": "Accessibility statement",
            "fr": "Déclaration d’accessibilité",
            "es": "Declaración de accesibilidad",
            "ar": "بيان إمكانية الوصول",
        },
        "summary": {
            "en": "How accessible this website is, how it was tested, what is known not to work yet, and how to tell us about a problem.",
            "fr": "Dans quelle mesure ce site est accessible, comment il a été testé, ce qui, à notre connaissance, ne fonctionne pas encore, et comment nous signaler un problème.",
            "es": "En qué medida es accesible este sitio web, cómo se ha probado, qué se sabe que todavía no funciona y cómo comunicarnos un problema.",
            "ar": "مدى إمكانية الوصول إلى هذا الموقع، وكيف اختُبر، وما نعلم أنه لا يعمل بعد، وكيف تبلغنا عن مشكلة.",
        },
        "intro": {
            "en": "The Freedom Online Coalition wants everyone to be able to use this website: people who use a keyboard, a screen reader, a magnifier or voice control, people on small screens and slow connections, and readers of English, French, Spanish and Arabic.",
            "fr": "La Coalition pour la liberté en ligne souhaite que chacun puisse utiliser ce site : les personnes qui se servent d’un clavier, d’un lecteur d’écran, d’une loupe ou de la commande vocale, celles qui naviguent sur de petits écrans et avec des connexions lentes, ainsi que les lecteurs anglophones, francophones, hispanophones et arabophones.",
            "es": "La Coalición para la Libertad en Línea quiere que todas las personas puedan utilizar este sitio web: quienes usan un teclado, un lector de pantalla, una lupa o el control por voz, quienes navegan con pantallas pequeñas y conexiones lentas, y quienes leen en inglés, francés, español y árabe.",
            "ar": "يريد ائتلاف الحرية على الإنترنت أن يتمكن الجميع من استخدام هذا الموقع: من يستخدمون لوحة المفاتيح أو قارئ الشاشة أو مكبّر الشاشة أو التحكم الصوتي، ومن يتصفحون عبر شاشات صغيرة واتصالات بطيئة، وقراء الإنجليزية والفرنسية والإسبانية والعربية.",
        },
        "order": 100,
        "show_in_navigation": False,
        "sections": [
            {
                "heading": {
                    "en": "Our target",
                    "fr": "Notre objectif",
                    "es": "Nuestro objetivo",
                    "ar": "هدفنا",
                },
                "body": {
                    "en": "The site aims to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2. Pages are built from plain HTML that works without JavaScript, so that the content does not depend on scripts loading.",
                    "fr": "Le site vise à satisfaire au niveau AA des Règles pour l’accessibilité des contenus Web (WCAG) 2.2. Les pages sont construites en HTML simple, qui fonctionne sans JavaScript, de sorte que le contenu ne dépend pas du chargement de scripts.",
                    "es": "El sitio aspira a cumplir el nivel AA de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2. Las páginas se construyen con HTML sencillo que funciona sin JavaScript, de modo que el contenido no depende de la carga de scripts.",
                    "ar": "يهدف الموقع إلى استيفاء المستوى AA من إرشادات الوصول إلى محتوى الويب (WCAG) 2.2. وتُبنى الصفحات بلغة HTML بسيطة تعمل دون JavaScript، بحيث لا يتوقف المحتوى على تحميل النصوص البرمجية.",
                },
            },
            {
                "heading": {
                    "en": "How we tested the site",
                    "fr": "Comment nous avons testé le site",
                    "es": "Cómo probamos el sitio",
                    "ar": "كيف اختبرنا الموقع",
                },
                "body": {
                    "en": "Every kind of page was used with the keyboard alone: a skip link leads to the main content, every link and form field can be reached, and the focus is always visible.\n\nWe checked the page structure that screen readers rely on: the language of each page, headings in order, and landmarks for the header, navigation, main content and footer. Text that is shown in English because a translation is missing is marked as English, so that screen readers pronounce it correctly.\n\nEach kind of page is checked automatically with the axe-core accessibility engine, in English and in Arabic, each time the site changes. The Arabic pages were checked for right-to-left reading order and layout.",
                    "fr": "Chaque type de page a été utilisé au seul clavier : un lien d’évitement mène au contenu principal, chaque lien et chaque champ de formulaire peut être atteint, et le focus est toujours visible.\n\nNous avons vérifié la structure de page sur laquelle s’appuient les lecteurs d’écran : la langue de chaque page, des titres correctement ordonnés et des repères pour l’en-tête, la navigation, le contenu principal et le pied de page. Le texte affiché en anglais faute de traduction est signalé comme étant en anglais, afin que les lecteurs d’écran le prononcent correctement.\n\nChaque type de page est vérifié automatiquement à l’aide du moteur d’accessibilité axe-core, en anglais et en arabe, à chaque modification du site. Les pages en arabe ont été vérifiées quant à l’ordre de lecture et à la mise en page de droite à gauche.",
                    "es": "Cada tipo de página se utilizó solo con el teclado: un enlace de salto lleva al contenido principal, se puede llegar a todos los enlaces y campos de formulario, y el foco está siempre visible.\n\nComprobamos la estructura de página en la que se apoyan los lectores de pantalla: el idioma de cada página, el orden de los títulos y las regiones de referencia de la cabecera, la navegación, el contenido principal y el pie de página. El texto que se muestra en inglés porque falta la traducción está marcado como inglés, para que los lectores de pantalla lo pronuncien correctamente.\n\nCada tipo de página se comprueba automáticamente con el motor de accesibilidad axe-core, en inglés y en árabe, cada vez que se modifica el sitio. En las páginas en árabe se comprobaron el orden de lectura y la disposición de derecha a izquierda.",
                    "ar": "استُخدم كل نوع من الصفحات بلوحة المفاتيح وحدها: يؤدي رابط التخطي إلى المحتوى الرئيسي، ويمكن الوصول إلى كل رابط وكل حقل في النماذج، ويكون مؤشر التركيز مرئيًا دائمًا.\n\nوتحققنا من بنية الصفحة التي تعتمد عليها برامج قراءة الشاشة: لغة كل صفحة، وتسلسل العناوين، والمعالم الخاصة بالترويسة والتنقل والمحتوى الرئيسي والتذييل. ويوسَم النص المعروض بالإنجليزية لعدم توفر ترجمته على أنه بالإنجليزية، حتى تنطقه برامج قراءة الشاشة نطقًا صحيحًا.\n\nويُفحص كل نوع من الصفحات آليًا باستخدام محرك إمكانية الوصول axe-core، بالإنجليزية والعربية، في كل مرة يتغير فيها الموقع. وفُحصت الصفحات العربية للتأكد من سلامة ترتيب القراءة والتخطيط من اليمين إلى اليسار.",
                },
            },
            {
                "heading": {
                    "en": "Known limitations",
                    "fr": "Limites connues",
                    "es": "Limitaciones conocidas",
                    "ar": "القيود المعروفة",
                },
                "body": {
                    "en": "Not every page has been translated into French, Spanish and Arabic yet; where a translation is missing, the English text is shown.\n\nMany documents are PDF files published over many years, and some of them may not be fully accessible. If you need a document in another format, ask us through the contact page.\n\nAutomated tests find only part of the problems a person can meet, and we have not yet tested the site with every screen reader and browser.",
                    "fr": "Toutes les pages n’ont pas encore été traduites en français, en espagnol et en arabe ; lorsqu’une traduction manque, le texte anglais s’affiche.\n\nDe nombreux documents sont des fichiers PDF publiés au fil de nombreuses années, et certains d’entre eux peuvent ne pas être entièrement accessibles. Si vous avez besoin d’un document dans un autre format, faites-nous-en la demande au moyen de la page de contact.\n\nLes tests automatisés ne détectent qu’une partie des problèmes qu’une personne peut rencontrer, et nous n’avons pas encore testé le site avec tous les lecteurs d’écran et tous les navigateurs.",
                    "es": "Todavía no se han traducido todas las páginas al francés, el español y el árabe; cuando falta una traducción, se muestra el texto en inglés.\n\nMuchos documentos son archivos PDF publicados a lo largo de muchos años, y es posible que algunos no sean totalmente accesibles. Si necesita un documento en otro formato, solicítelo a través de la página de contacto.\n\nLas pruebas automatizadas solo detectan una parte de los problemas que puede encontrar una persona, y aún no hemos probado el sitio con todos los lectores de pantalla y navegadores.",
                    "ar": "لم تُترجم جميع الصفحات بعد إلى الفرنسية والإسبانية والعربية؛ وحيثما لا تتوفر ترجمة، يُعرض النص الإنجليزي.\n\nوكثير من الوثائق ملفات PDF نُشرت على مدى سنوات عديدة، وقد لا تتوفر في بعضها إمكانية الوصول الكاملة. وإذا احتجت إلى وثيقة بصيغة أخرى، فاطلبها منا عبر صفحة التواصل.\n\nولا تكشف الاختبارات الآلية إلا عن جزء من المشكلات التي قد يواجهها الشخص، ولم نختبر الموقع بعد بجميع برامج قراءة الشاشة والمتصفحات.",
                },
            },
            {
                "heading": {
                    "en": "Reporting a problem",
                    "fr": "Signaler un problème",
                    "es": "Informar de un problema",
                    "ar": "الإبلاغ عن مشكلة",
                },
                "body": {
                    "en": "If something on this site is hard or impossible for you to use, please tell us through the contact page, which is in the main navigation. Say which page it was, what you were trying to do and, if you like, which device and assistive technology you use. The Support Unit will reply and tell you what will be done.",
                    "fr": "Si un élément de ce site vous est difficile ou impossible à utiliser, veuillez nous le signaler au moyen de la page de contact, qui figure dans la navigation principale. Précisez de quelle page il s’agit, ce que vous cherchiez à faire et, si vous le souhaitez, l’appareil et la technologie d’assistance que vous utilisez. L’Unité d’appui vous répondra et vous indiquera les mesures qui seront prises.",
                    "es": "Si algún elemento de este sitio le resulta difícil o imposible de utilizar, le rogamos que nos lo comunique a través de la página de contacto, que figura en la navegación principal. Indique de qué página se trata, qué intentaba hacer y, si lo desea, qué dispositivo y tecnología de asistencia utiliza. La Unidad de Apoyo le responderá y le indicará qué medidas se adoptarán.",
                    "ar": "إذا وجدت صعوبة في استخدام أي شيء في هذا الموقع أو تعذر عليك استخدامه، فيُرجى إبلاغنا بذلك عبر صفحة التواصل الموجودة في قائمة التنقل الرئيسية. واذكر الصفحة المعنية، وما كنت تحاول القيام به، وإن شئت، الجهاز والتكنولوجيا المساعدة التي تستخدمها. وسترد عليك وحدة الدعم وتُطلعك على ما سيُتخذ من إجراءات.",
                },
            },
        ],
    },
    {
        "slug": "privacy",
        "title": {
            "en": "Privacy notice",
            "fr": "Politique de confidentialité",
            "es": "Aviso de privacidad",
            "ar": "إشعار الخصوصية",
        },
        "summary": {
            "en": "What this website stores about you (only what you send through the contact form), for how long, and what it never does: no tracking and no third-party services.",
            "fr": "Ce que ce site conserve à votre sujet (uniquement ce que vous envoyez au moyen du formulaire de contact), pendant combien de temps, et ce qu’il ne fait jamais : aucun suivi et aucun service tiers.",
            "es": "Qué almacena este sitio web sobre usted (solo lo que envía a través del formulario de contacto), durante cuánto tiempo y qué no hace nunca: ni rastreo ni servicios de terceros.",
            "ar": "ما يخزنه هذا الموقع عنك (ما ترسله عبر نموذج التواصل فقط)، ومدة تخزينه، وما لا يفعله أبدًا: لا تتبّع ولا خدمات من أطراف ثالثة.",
        },
        "intro": {
            "en": "This website is built to collect as little as possible about the people who visit it. This notice explains what it keeps, why, and for how long.",
            "fr": "Ce site est conçu pour recueillir le moins d’informations possible sur les personnes qui le consultent. La présente politique de confidentialité explique ce qu’il conserve, pourquoi et pendant combien de temps.",
            "es": "Este sitio web está diseñado para recopilar la menor cantidad posible de información sobre las personas que lo visitan. Este aviso explica qué conserva, por qué y durante cuánto tiempo.",
            "ar": "صُمم هذا الموقع لجمع أقل قدر ممكن من المعلومات عن زواره. ويوضح هذا الإشعار ما يحتفظ به، وسبب ذلك، ومدة الاحتفاظ به.",
        },
        "order": 110,
        "show_in_navigation": False,
        "sections": [
            {
                "heading": {
                    "en": "Who is responsible",
                    "fr": "Responsable du traitement",
                    "es": "Responsable del tratamiento",
                    "ar": "الجهة المسؤولة",
                },
                "body": {
                    "en": "The Support Unit of the Freedom Online Coalition runs this website and is the data controller for the personal data described here. You can reach it through the contact page.",
                    "fr": "L’Unité d’appui de la Coalition pour la liberté en ligne gère ce site et est responsable du traitement des données à caractère personnel décrites ici. Vous pouvez la joindre au moyen de la page de contact.",
                    "es": "La Unidad de Apoyo de la Coalición para la Libertad en Línea gestiona este sitio web y es la responsable del tratamiento de los datos personales aquí descritos. Puede ponerse en contacto con ella a través de la página de contacto.",
                    "ar": "تتولى وحدة الدعم التابعة لائتلاف الحرية على الإنترنت تشغيل هذا الموقع، وهي الجهة المتحكمة في البيانات الشخصية المبيّنة هنا. ويمكنك التواصل معها عبر صفحة التواصل.",
                },
            },
            {
                "heading": {
                    "en": "What the contact form keeps",
                    "fr": "Ce que conserve le formulaire de contact",
                    "es": "Qué guarda el formulario de contacto",
                    "ar": "ما يحفظه نموذج التواصل",
                },
                "body": {
                    "en": "When you send a message, the site stores your name, your e-mail address, the subject and text of your message, the language of the page you wrote from and the time it arrived. The message is also sent by e-mail to the Support Unit.\n\nThese details are used only to read and answer your message. They are not shared for any other purpose, and they are never used for a mailing list.\n\nTo keep the form from being misused, the site also stores a coded form of the network address your message came from, which does not reveal the address itself. It is used only to limit how many messages can be sent in an hour, and is erased within a day.",
                    "fr": "Lorsque vous envoyez un message, le site enregistre votre nom, votre adresse électronique, l’objet et le texte de votre message, la langue de la page depuis laquelle vous avez écrit et l’heure de réception. Le message est également envoyé par courriel à l’Unité d’appui.\n\nCes informations servent uniquement à lire votre message et à y répondre. Elles ne sont communiquées à aucune autre fin et ne sont jamais utilisées pour une liste de diffusion.\n\nAfin d’éviter tout usage abusif du formulaire, le site conserve également une forme codée de l’adresse réseau d’où provient votre message, qui ne permet pas de retrouver l’adresse elle-même. Elle sert uniquement à limiter le nombre de messages pouvant être envoyés en une heure et est effacée dans un délai d’un jour.",
                    "es": "Cuando usted envía un mensaje, el sitio almacena su nombre, su dirección de correo electrónico, el asunto y el texto de su mensaje, el idioma de la página desde la que escribió y la hora de recepción. El mensaje también se envía por correo electrónico a la Unidad de Apoyo.\n\nEstos datos se utilizan únicamente para leer y responder a su mensaje. No se comparten con ningún otro fin y nunca se utilizan para una lista de distribución.\n\nPara evitar el uso indebido del formulario, el sitio también almacena una forma codificada de la dirección de red desde la que se envió su mensaje, que no permite conocer la dirección en sí. Solo se utiliza para limitar el número de mensajes que pueden enviarse en una hora y se borra en el plazo de un día.",
                    "ar": "عندما ترسل رسالة، يخزن الموقع اسمك وعنوان بريدك الإلكتروني وموضوع رسالتك ونصها ولغة الصفحة التي كتبت منها ووقت وصولها. وتُرسل الرسالة أيضًا بالبريد الإلكتروني إلى وحدة الدعم.\n\nولا تُستخدم هذه البيانات إلا لقراءة رسالتك والرد عليها. ولا يُفصح عنها لأي غرض آخر، ولا تُستخدم أبدًا في قائمة بريدية.\n\nولمنع إساءة استخدام النموذج، يخزن الموقع أيضًا صيغة مرمّزة لعنوان الشبكة الذي أُرسلت منه رسالتك، لا تكشف العنوان نفسه. ولا تُستخدم هذه الصيغة إلا للحد من عدد الرسائل التي يمكن إرسالها في الساعة الواحدة، وتُمحى في غضون يوم واحد.",
                },
            },
            {
                "heading": {
                    "en": "How long we keep it",
                    "fr": "Durée de conservation",
                    "es": "Cuánto tiempo lo conservamos",
                    "ar": "مدة الاحتفاظ بالبيانات",
                },
                "body": {
                    "en": "Messages are deleted once they are no longer needed to answer you, and at the latest twelve months after they arrived.",
                    "fr": "Les messages sont supprimés dès qu’ils ne sont plus nécessaires pour vous répondre, et au plus tard douze mois après leur réception.",
                    "es": "Los mensajes se eliminan en cuanto dejan de ser necesarios para responderle y, a más tardar, doce meses después de su recepción.",
                    "ar": "تُحذف الرسائل بمجرد انتفاء الحاجة إليها للرد عليك، وفي موعد أقصاه اثنا عشر شهرًا من تاريخ وصولها.",
                },
            },
            {
                "heading": {
                    "en": "No tracking, no third parties",
                    "fr": "Aucun suivi, aucun tiers",
                    "es": "Sin rastreo ni terceros",
                    "ar": "لا تتبّع ولا أطراف ثالثة",
                },
                "body": {
                    "en": "The site uses no analytics and no advertising, and it does not follow you from page to page. It loads no scripts, fonts or other content from other companies’ servers: everything comes from this website, so visiting it tells no one else that you were here.\n\nLike every web server, ours records technical details of requests, such as the address of the computer that made them, to keep the site running and secure.",
                    "fr": "Le site n’utilise aucun outil de mesure d’audience ni aucune publicité, et il ne vous suit pas d’une page à l’autre. Il ne charge aucun script, aucune police de caractères ni aucun autre contenu depuis les serveurs d’autres entreprises : tout provient de ce site, de sorte que votre visite ne révèle votre passage à personne d’autre.\n\nComme tout serveur web, le nôtre enregistre des informations techniques sur les requêtes, telles que l’adresse de l’ordinateur qui les a envoyées, afin d’assurer le fonctionnement et la sécurité du site.",
                    "es": "El sitio no utiliza herramientas de analítica ni publicidad, y no le sigue de una página a otra. No carga scripts, fuentes ni otros contenidos desde servidores de otras empresas: todo procede de este sitio web, de modo que visitarlo no revela a nadie más que usted estuvo aquí.\n\nComo todo servidor web, el nuestro registra datos técnicos de las solicitudes, como la dirección del equipo que las realizó, para mantener el sitio en funcionamiento y seguro.",
                    "ar": "لا يستخدم الموقع أي أدوات لتحليل الزيارات ولا أي إعلانات، ولا يتتبعك من صفحة إلى أخرى. ولا يحمّل أي نصوص برمجية أو خطوط أو محتوى آخر من خوادم شركات أخرى: فكل شيء يأتي من هذا الموقع، ولذلك فإن زيارتك له لا تُعلم أي جهة أخرى بأنك كنت هنا.\n\nوعلى غرار كل خادم ويب، يسجل خادمنا تفاصيل تقنية عن الطلبات، مثل عنوان الحاسوب الذي أرسلها، من أجل الحفاظ على تشغيل الموقع وأمنه.",
                },
            },
            {
                "heading": {
                    "en": "Cookies",
                    "fr": "Cookies",
                    "es": "Cookies",
                    "ar": "ملفات تعريف الارتباط",
                },
                "body": {
                    "en": "The public pages set no cookies for tracking. The contact page sets a security cookie that protects the form against forged submissions; it holds no information about you. If you choose a language, a cookie may remember that choice. Staff who sign in to edit the site get a login cookie.",
                    "fr": "Les pages publiques ne déposent aucun cookie de suivi. La page de contact dépose un cookie de sécurité qui protège le formulaire contre les envois falsifiés ; il ne contient aucune information vous concernant. Si vous choisissez une langue, un cookie peut mémoriser ce choix. Les membres du personnel qui se connectent pour modifier le site reçoivent un cookie de connexion.",
                    "es": "Las páginas públicas no instalan cookies de rastreo. La página de contacto instala una cookie de seguridad que protege el formulario contra envíos falsificados; no contiene ninguna información sobre usted. Si elige un idioma, una cookie puede recordar esa elección. El personal que inicia sesión para editar el sitio recibe una cookie de inicio de sesión.",
                    "ar": "لا تضع الصفحات العامة أي ملفات تعريف ارتباط لأغراض التتبع. وتضع صفحة التواصل ملف تعريف ارتباط أمنيًا يحمي النموذج من عمليات الإرسال المزورة؛ ولا يتضمن أي معلومات عنك. وإذا اخترت لغة، فقد يتذكر ملف تعريف ارتباط هذا الاختيار. ويحصل الموظفون الذين يسجلون الدخول لتحرير الموقع على ملف تعريف ارتباط لتسجيل الدخول.",
                },
            },
            {
                "heading": {
                    "en": "Your rights",
                    "fr": "Vos droits",
                    "es": "Sus derechos",
                    "ar": "حقوقك",
                },
                "body": {
                    "en": "You may ask to see the personal data we hold about you, to have it corrected or to have it deleted. Write to us through the contact page.",
                    "fr": "Vous pouvez demander à consulter les données à caractère personnel que nous détenons à votre sujet, à les faire rectifier ou à les faire supprimer. Écrivez-nous au moyen de la page de contact.",
                    "es": "Puede solicitar el acceso a los datos personales que conservamos sobre usted, su rectificación o su supresión. Escríbanos a través de la página de contacto.",
                    "ar": "يمكنك أن تطلب الاطلاع على البيانات الشخصية التي نحتفظ بها عنك، أو تصحيحها، أو حذفها. راسلنا عبر صفحة التواصل.",
                },
            },
        ],
    },
]

"""Content pages: the client's "Multistakeholder Collaboration" page and an About page."""

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

PAGES = [
    {
        "slug": "about",
        "title": {
            "en": "About the coalition",
            "fr": "À propos de la coalition",
            "es": "Acerca de la coalición",
            "ar": "عن الائتلاف",
        },
        "summary": "The Freedom Online Coalition is a partnership of governments working together for Internet freedom and human rights online.",
        "intro": "The Freedom Online Coalition is a group of governments that work together to advance Internet freedom and human rights online. Founded in 2011, it coordinates its members’ diplomacy, issues joint statements and works with civil society, academia and companies.",
        "order": 10,
        "show_in_navigation": True,
        "sections": [
            {
                "heading": {"en": "History", "fr": "Histoire", "es": "Historia", "ar": "التاريخ"},
                "body": "Fifteen governments launched the coalition at a conference in The Hague in December 2011, at the initiative of the Netherlands. Membership grew to 30 by 2016 and to 42 by early 2025; the United States withdrew in 2026.\n\nUntil 2021 the members met at the Freedom Online Conference, held nine times from The Hague and Nairobi to Accra and, online, Helsinki. Today they meet at strategy and coordination meetings and at high-level events during the UN General Assembly.",
            },
            {
                "heading": {
                    "en": "How the coalition works",
                    "fr": "Fonctionnement de la coalition",
                    "es": "Cómo funciona la coalición",
                    "ar": "كيف يعمل الائتلاف",
                },
                "body": "The chairship passes from one member to another each year, and each Chair sets out the year’s priorities in a Program of Action. A Steering Committee, once called the Friends of the Chair, supports the Chair, and a Support Unit has served as secretariat since 2014.\n\nTask forces and working groups take particular issues forward, and the Advisory Network brings in advice from outside government. Members also work together through diplomatic networks in Geneva, Paris and New York.",
            },
            {
                "heading": {
                    "en": "Joining the coalition",
                    "fr": "Adhérer à la coalition",
                    "es": "Unirse a la coalición",
                    "ar": "الانضمام إلى الائتلاف",
                },
                "body": "A government that wishes to join contacts the Support Unit or the Chair, or is put forward by a member. Applications are weighed on the country’s record on human rights online at home, its votes in international forums and the place of Internet freedom in its foreign policy, with an eye to geographic balance.\n\nThe Steering Committee may also grant observer status to states and other entities.",
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
        "summary": "How the coalition works with civil society, academia, industry and the technical community: the Advisory Network, task forces and working groups, and partnerships.",
        "intro": "\n\n".join(MULTISTAKEHOLDER_INTRO),
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
                "body": ADVISORY_NETWORK_TEXT,
            },
            {
                "heading": {
                    "en": "FOC Sub-Entities",
                    "fr": "Sous-entités de la FOC",
                    "es": "Subentidades de la FOC",
                    "ar": "الكيانات الفرعية لائتلاف الحرية على الإنترنت",
                },
                "body": SUB_ENTITIES_TEXT,
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
                    "fr": "Partenariat pour les défenseurs numériques",
                    "es": "Alianza para Defensores Digitales",
                    "ar": "شراكة المدافعين الرقميين",
                },
                "body": DIGITAL_DEFENDERS_TEXT,
                "partnership": "digital-defenders-partnership",
            },
        ],
    },
]

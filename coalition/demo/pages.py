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
        "summary": "How a government applies to join the Freedom Online Coalition, how its application is weighed, and how observers take part.",
        "intro": "Membership of the Freedom Online Coalition is open to governments that share its commitment to human rights online and are ready to defend them at home and abroad. The coalition has grown from fifteen founding governments in 2011 to more than forty.",
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
                "body": "A government that wishes to become a member gets in touch with the coalition’s Support Unit, with the Chair of the year, or with both. A government can also be put forward by a country that is already a member.\n\nThe steps of the procedure are set out in the coalition’s Terms of Reference, in the section on membership.",
            },
            {
                "heading": {
                    "en": "What the coalition looks at",
                    "fr": "Critères d’examen",
                    "es": "Qué examina la coalición",
                    "ar": "المعايير التي ينظر فيها الائتلاف",
                },
                "body": "Each application is weighed on three things: how the applicant respects human rights online within its own borders, how it votes on these questions in international forums, and how far Internet freedom has a place in its foreign policy.\n\nThe coalition also keeps an eye on geographic balance, so that its members speak for every region of the world.",
            },
            {
                "heading": {
                    "en": "Observers",
                    "fr": "Observateurs",
                    "es": "Observadores",
                    "ar": "المراقبون",
                },
                "body": "The Steering Committee may grant observer status, to states and to other entities alike. Observers follow the coalition’s work without being members of it.",
            },
            {
                "heading": {
                    "en": "Leaving the coalition",
                    "fr": "Quitter la coalition",
                    "es": "Retirarse de la coalición",
                    "ar": "الانسحاب من الائتلاف",
                },
                "body": "A member or an observer may withdraw at any time by writing to the Chair and to the Support Unit.",
            },
        ],
    },
    {
        "slug": "contact",
        "title": {"en": "Contact", "fr": "Contact", "es": "Contacto", "ar": "اتصل بنا"},
        "summary": "Write to the Support Unit of the Freedom Online Coalition about the coalition’s work, its statements, membership or events.",
        "intro": "Questions about the coalition’s work, its statements, membership or events are welcome. Write to us with the form on this page.",
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
                "body": "Messages go to the coalition’s Support Unit, which has served as its secretariat since 2014. Where a question is for a member government, the Chair, a task force or the Advisory Network, the Support Unit passes it on.",
            },
            {
                "heading": {
                    "en": "What to expect",
                    "fr": "À quoi vous attendre",
                    "es": "Qué puede esperar",
                    "ar": "ما يمكنك توقعه",
                },
                "body": "Every message is read. The Support Unit replies by e-mail when an answer is needed, usually within a few working days, and may take longer during the coalition’s major meetings.\n\nYou may write in English, French, Spanish or Arabic; replies are most often in English.\n\nPlease do not send confidential or sensitive information through this form. The privacy notice explains what is kept and for how long.",
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
        "summary": "How accessible this website is, how it was tested, what is known not to work yet, and how to tell us about a problem.",
        "intro": "The Freedom Online Coalition wants everyone to be able to use this website: people who use a keyboard, a screen reader, a magnifier or voice control, people on small screens and slow connections, and readers of English, French, Spanish and Arabic.",
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
                "body": "The site aims to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.2. Pages are built from plain HTML that works without JavaScript, so that the content does not depend on scripts loading.",
            },
            {
                "heading": {
                    "en": "How we tested the site",
                    "fr": "Comment nous avons testé le site",
                    "es": "Cómo probamos el sitio",
                    "ar": "كيف اختبرنا الموقع",
                },
                "body": "Every kind of page was used with the keyboard alone: a skip link leads to the main content, every link and form field can be reached, and the focus is always visible.\n\nWe checked the page structure that screen readers rely on: the language of each page, headings in order, and landmarks for the header, navigation, main content and footer. Text that is shown in English because a translation is missing is marked as English, so that screen readers pronounce it correctly.\n\nEach kind of page is checked automatically with the axe-core accessibility engine, in English and in Arabic, each time the site changes. The Arabic pages were checked for right-to-left reading order and layout.",
            },
            {
                "heading": {
                    "en": "Known limitations",
                    "fr": "Limites connues",
                    "es": "Limitaciones conocidas",
                    "ar": "القيود المعروفة",
                },
                "body": "Not every page has been translated into French, Spanish and Arabic yet; where a translation is missing, the English text is shown.\n\nMany documents are PDF files published over many years, and some of them may not be fully accessible. If you need a document in another format, ask us through the contact page.\n\nAutomated tests find only part of the problems a person can meet, and we have not yet tested the site with every screen reader and browser.",
            },
            {
                "heading": {
                    "en": "Reporting a problem",
                    "fr": "Signaler un problème",
                    "es": "Informar de un problema",
                    "ar": "الإبلاغ عن مشكلة",
                },
                "body": "If something on this site is hard or impossible for you to use, please tell us through the contact page, which is in the main navigation. Say which page it was, what you were trying to do and, if you like, which device and assistive technology you use. The Support Unit will reply and tell you what will be done.",
            },
        ],
    },
    {
        "slug": "privacy",
        "title": {
            "en": "Privacy notice",
            "fr": "Avis de confidentialité",
            "es": "Aviso de privacidad",
            "ar": "إشعار الخصوصية",
        },
        "summary": "What this website stores about you (only what you send through the contact form), for how long, and what it never does: no tracking and no third-party services.",
        "intro": "This website is built to collect as little as possible about the people who visit it. This notice explains what it keeps, why, and for how long.",
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
                "body": "The Support Unit of the Freedom Online Coalition runs this website and is the data controller for the personal data described here. You can reach it through the contact page.",
            },
            {
                "heading": {
                    "en": "What the contact form keeps",
                    "fr": "Ce que conserve le formulaire de contact",
                    "es": "Qué guarda el formulario de contacto",
                    "ar": "ما يحفظه نموذج الاتصال",
                },
                "body": "When you send a message, the site stores your name, your e-mail address, the subject and text of your message, the language of the page you wrote from and the time it arrived. The message is also sent by e-mail to the Support Unit.\n\nThese details are used only to read and answer your message. They are not shared for any other purpose, and they are never used for a mailing list.",
            },
            {
                "heading": {
                    "en": "How long we keep it",
                    "fr": "Durée de conservation",
                    "es": "Cuánto tiempo lo conservamos",
                    "ar": "مدة الاحتفاظ بالبيانات",
                },
                "body": "Messages are deleted once they are no longer needed to answer you, and at the latest twelve months after they arrived.",
            },
            {
                "heading": {
                    "en": "No tracking, no third parties",
                    "fr": "Aucun suivi, aucun tiers",
                    "es": "Sin rastreo ni terceros",
                    "ar": "لا تتبّع ولا أطراف ثالثة",
                },
                "body": "The site uses no analytics and no advertising, and it does not follow you from page to page. It loads no scripts, fonts or other content from other companies’ servers: everything comes from this website, so visiting it tells no one else that you were here.\n\nLike every web server, ours records technical details of requests, such as the address of the computer that made them, to keep the site running and secure.",
            },
            {
                "heading": {
                    "en": "Cookies",
                    "fr": "Cookies",
                    "es": "Cookies",
                    "ar": "ملفات تعريف الارتباط",
                },
                "body": "The public pages set no cookies for tracking. The contact page sets a security cookie that protects the form against forged submissions; it holds no information about you. If you choose a language, a cookie may remember that choice. Staff who sign in to edit the site get a login cookie.",
            },
            {
                "heading": {
                    "en": "Your rights",
                    "fr": "Vos droits",
                    "es": "Sus derechos",
                    "ar": "حقوقك",
                },
                "body": "You may ask to see the personal data we hold about you, to have it corrected or to have it deleted. Write to us through the contact page.",
            },
        ],
    },
]

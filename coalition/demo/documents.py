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
        "summary": {
            "en": "The declaration “Freedom Online: Joint Action for Free Expression on the Internet”, with which the founding governments set up the coalition and committed to work together for Internet freedom.",
            "fr": "La déclaration « Liberté en ligne : action conjointe pour la liberté d’expression sur Internet », par laquelle les gouvernements fondateurs ont créé la coalition et se sont engagés à œuvrer ensemble en faveur de la liberté sur Internet.",
            "es": "La declaración «Libertad en línea: acción conjunta para la libertad de expresión en Internet», con la que los gobiernos fundadores crearon la coalición y se comprometieron a trabajar juntos en favor de la libertad en Internet.",
            "ar": "إعلان «الحرية على الإنترنت: عمل مشترك من أجل حرية التعبير على الإنترنت»، الذي أنشأت به الحكومات المؤسِّسة الائتلاف والتزمت فيه بالعمل معًا من أجل حرية الإنترنت.",
        },
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
        "summary": {
            "en": "The coalition’s first terms of reference, including how new members are admitted.",
            "fr": "Les premiers termes de référence de la coalition, qui fixent notamment les modalités d’admission des nouveaux membres.",
            "es": "Los primeros términos de referencia de la coalición, que incluyen el procedimiento de admisión de nuevos miembros.",
            "ar": "الاختصاصات الأولى للائتلاف، بما في ذلك كيفية قبول الأعضاء الجدد.",
        },
        "conference": 2,
    },
    {
        "slug": "tallinn-agenda",
        "kind": DocumentKind.AGENDA,
        "title": {
            "en": "Tallinn Agenda: Recommendations for Freedom Online",
            "fr": "Agenda de Tallinn : recommandations pour la liberté en ligne",
            "es": "Agenda de Tallin: recomendaciones para la libertad en línea",
            "ar": "أجندة تالين: توصيات من أجل الحرية على الإنترنت",
        },
        "date": date(2014, 4, 28),
        "summary": {
            "en": "Recommendations for a free and secure Internet, adopted in Tallinn by the 23 governments that were members at the time.",
            "fr": "Des recommandations pour un Internet libre et sûr, adoptées à Tallinn par les 23 gouvernements alors membres.",
            "es": "Recomendaciones para un Internet libre y seguro, aprobadas en Tallin por los 23 gobiernos que eran miembros en ese momento.",
            "ar": "توصيات من أجل إنترنت حر وآمن، اعتمدتها في تالين الحكومات الـ23 التي كانت أعضاء آنذاك.",
        },
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
        "summary": {
            "en": "Working Group 1’s definition of cybersecurity that puts the protection of human rights at its centre; it was updated in September 2015.",
            "fr": "La définition de la cybersécurité établie par le Groupe de travail 1, qui place la protection des droits humains en son centre ; elle a été mise à jour en septembre 2015.",
            "es": "La definición de ciberseguridad del Grupo de Trabajo 1, que sitúa en su centro la protección de los derechos humanos; se actualizó en septiembre de 2015.",
            "ar": "تعريف الفريق العامل 1 للأمن السيبراني، الذي يضع حماية حقوق الإنسان في صميمه؛ وقد حُدِّث في سبتمبر 2015.",
        },
        "sub_entity": "working-group-1",
    },
    {
        "slug": "looking-back-to-move-ahead",
        "kind": DocumentKind.REPORT,
        "title": {
            "en": "Looking Back to Move Ahead: Final Report of the Strategic Review",
            "fr": "Regarder en arrière pour aller de l’avant : rapport final de l’examen stratégique",
            "es": "Mirar atrás para avanzar: informe final de la revisión estratégica",
            "ar": "النظر إلى الوراء للمضي قدماً: التقرير النهائي للاستعراض الاستراتيجي",
        },
        "date": date(2016, 10, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "The Strategic Review Working Group’s assessment of the coalition’s work so far, with proposals for its future that fed the San José Statement.",
            "fr": "L’évaluation, par le Groupe de travail sur l’examen stratégique, des travaux menés jusqu’alors par la coalition, assortie de propositions pour son avenir qui ont nourri la Déclaration de San José.",
            "es": "La evaluación que hizo el Grupo de Trabajo sobre la Revisión Estratégica de la labor realizada hasta entonces por la coalición, con propuestas para su futuro que nutrieron la Declaración de San José.",
            "ar": "تقييم الفريق العامل المعني بالاستعراض الاستراتيجي لعمل الائتلاف حتى ذلك الحين، مع مقترحات بشأن مستقبله أسهمت في إعداد بيان سان خوسيه.",
        },
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
        "summary": {
            "en": "The members’ statement and work plan after the strategic review, adopted at the sixth conference in Costa Rica.",
            "fr": "La déclaration et le plan de travail des membres à l’issue de l’examen stratégique, adoptés lors de la sixième conférence, au Costa Rica.",
            "es": "La declaración y el plan de trabajo de los miembros tras la revisión estratégica, aprobados en la sexta conferencia, en Costa Rica.",
            "ar": "بيان الأعضاء وخطة عملهم في أعقاب الاستعراض الاستراتيجي، اللذان اعتُمدا في المؤتمر السادس في كوستاريكا.",
        },
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
        "summary": {
            "en": "The revised rules of the coalition. They created the Advisory Network and set out how states apply for membership and how observer status is granted.",
            "fr": "Les règles révisées de la coalition. Elles ont créé le Réseau consultatif et défini la manière dont les États demandent leur adhésion et dont le statut d’observateur est accordé.",
            "es": "Las normas revisadas de la coalición. Crearon la Red Consultiva y establecieron cómo solicitan los Estados la adhesión y cómo se concede la condición de observador.",
            "ar": "القواعد المنقحة للائتلاف. وقد أنشأت الشبكة الاستشارية وحددت كيفية تقديم الدول طلبات العضوية وكيفية منح صفة المراقب.",
        },
    },
    {
        "slug": "helsinki-declaration",
        "kind": DocumentKind.DECLARATION,
        "title": {
            "en": "FOC 10th Anniversary Helsinki Declaration",
            "fr": "Déclaration d’Helsinki du 10ᵉ anniversaire de la FOC",
            "es": "Declaración de Helsinki del 10.º aniversario de la FOC",
            "ar": "إعلان هلسنكي في الذكرى العاشرة لائتلاف الحرية على الإنترنت",
        },
        "date": date(2021, 12, 3),
        "summary": {
            "en": "Adopted by ministers at the close of the tenth-anniversary conference, the declaration renews the members’ commitment to human rights online and to a rules-based, democratic and digitally inclusive world.",
            "fr": "Adoptée par les ministres à la clôture de la conférence du dixième anniversaire, la déclaration renouvelle l’engagement des membres en faveur des droits humains en ligne et d’un monde fondé sur des règles, démocratique et inclusif sur le plan numérique.",
            "es": "Aprobada por los ministros al término de la conferencia del décimo aniversario, la declaración renueva el compromiso de los miembros con los derechos humanos en línea y con un mundo basado en normas, democrático y digitalmente inclusivo.",
            "ar": "اعتمد الوزراء هذا الإعلان في ختام مؤتمر الذكرى العاشرة، وهو يجدد التزام الأعضاء بحقوق الإنسان على الإنترنت وبعالم قائم على القواعد وديمقراطي وشامل رقميًا.",
        },
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
        "summary": {
            "en": "Updated high-level principles for the coalition’s work, prepared under Canada’s chairship with input from six regional consultations.",
            "fr": "Des principes de haut niveau actualisés pour les travaux de la coalition, élaborés sous la présidence du Canada à partir des contributions de six consultations régionales.",
            "es": "Principios de alto nivel actualizados para la labor de la coalición, elaborados bajo la presidencia de Canadá con aportaciones de seis consultas regionales.",
            "ar": "مبادئ رفيعة المستوى محدَّثة لعمل الائتلاف، أُعدت في ظل رئاسة كندا بالاستناد إلى مساهمات ست مشاورات إقليمية.",
        },
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
        "summary": {
            "en": "The priorities that the Netherlands set for its 2024 chairship.",
            "fr": "Les priorités fixées par les Pays-Bas pour leur présidence de 2024.",
            "es": "Las prioridades que los Países Bajos fijaron para su presidencia de 2024.",
            "ar": "الأولويات التي حددتها هولندا لرئاستها لعام 2024.",
        },
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
        "summary": {
            "en": "The priorities that Estonia set for its 2025 chairship.",
            "fr": "Les priorités fixées par l’Estonie pour sa présidence de 2025.",
            "es": "Las prioridades que Estonia fijó para su presidencia de 2025.",
            "ar": "الأولويات التي حددتها إستونيا لرئاستها لعام 2025.",
        },
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
        "summary": {
            "en": "The priorities that Switzerland set for its 2026 chairship.",
            "fr": "Les priorités fixées par la Suisse pour sa présidence de 2026.",
            "es": "Las prioridades que Suiza fijó para su presidencia de 2026.",
            "ar": "الأولويات التي حددتها سويسرا لرئاستها لعام 2026.",
        },
        "lead_states": ["CH"],
    },
    # Joint statements and other outputs.
    {
        "slug": "joint-statement-vietnam-decree-72",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Viet Nam’s Decree 72",
            "fr": "Déclaration conjointe sur le décret 72 du Viet Nam",
            "es": "Declaración conjunta sobre el Decreto 72 de Viet Nam",
            "ar": "بيان مشترك بشأن المرسوم 72 في فيت نام",
        },
        "date": date(2013, 8, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "The members’ response to Viet Nam’s Decree 72 on the management of Internet services and online information.",
            "fr": "La réponse des membres au décret 72 du Viet Nam relatif à la gestion des services Internet et des informations en ligne.",
            "es": "La respuesta de los miembros al Decreto 72 de Viet Nam sobre la gestión de los servicios de Internet y la información en línea.",
            "ar": "رد الأعضاء على المرسوم 72 في فيت نام بشأن إدارة خدمات الإنترنت والمعلومات على الإنترنت.",
        },
    },
    {
        "slug": "joint-statement-state-sponsored-network-disruptions",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement and Good Practices on State-Sponsored Network Disruptions",
            "fr": "Déclaration conjointe et bonnes pratiques sur les perturbations de réseau commanditées par des États",
            "es": "Declaración conjunta y buenas prácticas sobre las interrupciones de red patrocinadas por Estados",
            "ar": "بيان مشترك وممارسات جيدة بشأن تعطيل الشبكات الذي ترعاه الدول",
        },
        "date": date(2017, 1, 1),  # launched at RightsCon 2017; month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": {
            "en": "A statement against government-ordered disruptions of networks, with good practices for governments and companies.",
            "fr": "Une déclaration contre les perturbations de réseau ordonnées par les gouvernements, assortie de bonnes pratiques à l’intention des gouvernements et des entreprises.",
            "es": "Una declaración contra las interrupciones de red ordenadas por los gobiernos, con buenas prácticas para gobiernos y empresas.",
            "ar": "بيان ضد تعطيل الشبكات الذي تأمر به الحكومات، مع ممارسات جيدة موجهة إلى الحكومات والشركات.",
        },
    },
    {
        "slug": "fgn-statement-hrc-38",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "FOC Geneva Network Statement at the 38th Session of the Human Rights Council",
            "fr": "Déclaration du réseau de Genève de la FOC à la 38ᵉ session du Conseil des droits de l’homme",
            "es": "Declaración de la red de Ginebra de la FOC en el 38.º período de sesiones del Consejo de Derechos Humanos",
            "ar": "بيان شبكة جنيف لائتلاف الحرية على الإنترنت في الدورة الثامنة والثلاثين لمجلس حقوق الإنسان",
        },
        "date": date(2018, 6, 25),
        "summary": {
            "en": "A statement by the coalition’s Geneva diplomatic network, delivered by Australia.",
            "fr": "Une déclaration du réseau diplomatique de la coalition à Genève, prononcée par l’Australie.",
            "es": "Una declaración de la red diplomática de la coalición en Ginebra, pronunciada por Australia.",
            "ar": "بيان صادر عن شبكة الائتلاف الدبلوماسية في جنيف، ألقته أستراليا.",
        },
        "lead_states": ["AU"],
    },
    {
        "slug": "joint-statement-internet-censorship",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Internet Censorship",
            "fr": "Déclaration conjointe sur la censure d’Internet",
            "es": "Declaración conjunta sobre la censura en Internet",
            "ar": "بيان مشترك بشأن الرقابة على الإنترنت",
        },
        "date": date(2018, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": {
            "en": "The members’ position against censorship of the Internet, agreed under the German chairship.",
            "fr": "La position des membres contre la censure d’Internet, arrêtée sous la présidence allemande.",
            "es": "La posición de los miembros contra la censura en Internet, acordada bajo la presidencia alemana.",
            "ar": "موقف الأعضاء المناهض للرقابة على الإنترنت، الذي اتُّفق عليه في ظل الرئاسة الألمانية.",
        },
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
        "summary": {
            "en": "The members’ message to the International Telecommunication Union’s Plenipotentiary Conference, issued under the German chairship.",
            "fr": "Le message des membres à la Conférence de plénipotentiaires de l’Union internationale des télécommunications, publié sous la présidence allemande.",
            "es": "El mensaje de los miembros a la Conferencia de Plenipotenciarios de la Unión Internacional de Telecomunicaciones, emitido bajo la presidencia alemana.",
            "ar": "رسالة الأعضاء إلى مؤتمر المندوبين المفوضين للاتحاد الدولي للاتصالات، الصادرة في ظل الرئاسة الألمانية.",
        },
        "lead_states": ["DE"],
    },
    {
        "slug": "joint-statement-disinformation",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Disinformation",
            "fr": "Déclaration conjointe sur la désinformation",
            "es": "Declaración conjunta sobre la desinformación",
            "ar": "بيان مشترك بشأن التضليل الإعلامي",
        },
        "date": date(2019, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": {
            "en": "The members’ joint position on disinformation online.",
            "fr": "La position conjointe des membres sur la désinformation en ligne.",
            "es": "La posición conjunta de los miembros sobre la desinformación en línea.",
            "ar": "الموقف المشترك للأعضاء بشأن التضليل الإعلامي على الإنترنت.",
        },
    },
    {
        "slug": "joint-statement-civic-space-online",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Defending Civic Space Online",
            "fr": "Déclaration conjointe sur la défense de l’espace civique en ligne",
            "es": "Declaración conjunta sobre la defensa del espacio cívico en línea",
            "ar": "بيان مشترك بشأن الدفاع عن الفضاء المدني على الإنترنت",
        },
        "date": date(2019, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": {
            "en": "A statement, led by Canada, on protecting the online space in which civil society organises and speaks.",
            "fr": "Une déclaration, portée par le Canada, sur la protection de l’espace en ligne dans lequel la société civile s’organise et s’exprime.",
            "es": "Una declaración, promovida por Canadá, sobre la protección del espacio en línea en el que la sociedad civil se organiza y se expresa.",
            "ar": "بيان، بقيادة كندا، بشأن حماية الفضاء على الإنترنت الذي ينظّم فيه المجتمع المدني صفوفه ويعبّر فيه عن آرائه.",
        },
        "lead_states": ["CA"],
    },
    {
        "slug": "joint-statement-digital-inclusion",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Digital Inclusion",
            "fr": "Déclaration conjointe sur l’inclusion numérique",
            "es": "Declaración conjunta sobre la inclusión digital",
            "ar": "بيان مشترك بشأن الشمول الرقمي",
        },
        "date": date(2020, 2, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "The members’ commitment to closing digital divides, later taken forward by the Task Force on Digital Equality.",
            "fr": "L’engagement des membres à combler les fractures numériques, que l’Équipe spéciale sur l’égalité numérique a ensuite fait progresser.",
            "es": "El compromiso de los miembros de cerrar las brechas digitales, que más tarde impulsó el Equipo de Tareas sobre Igualdad Digital.",
            "ar": "التزام الأعضاء بسد الفجوات الرقمية، الذي مضت به فرقة العمل المعنية بالمساواة الرقمية قدمًا في وقت لاحق.",
        },
    },
    {
        "slug": "joint-statement-ai-and-human-rights",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Artificial Intelligence and Human Rights",
            "fr": "Déclaration conjointe sur l’intelligence artificielle et les droits humains",
            "es": "Declaración conjunta sobre inteligencia artificial y derechos humanos",
            "ar": "بيان مشترك بشأن الذكاء الاصطناعي وحقوق الإنسان",
        },
        "date": date(2020, 11, 1),  # launched at the Internet Governance Forum; day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "A call for artificial intelligence to be designed and used in ways that respect human rights, drafted by the Task Force on AI and Human Rights.",
            "fr": "Un appel à concevoir et à utiliser l’intelligence artificielle de manière respectueuse des droits humains, rédigé par l’Équipe spéciale sur l’intelligence artificielle et les droits humains.",
            "es": "Un llamamiento a que la inteligencia artificial se diseñe y utilice de manera que respete los derechos humanos, redactado por el Equipo de Tareas sobre Inteligencia Artificial y Derechos Humanos.",
            "ar": "دعوة إلى تصميم الذكاء الاصطناعي واستخدامه بطرق تحترم حقوق الإنسان، صاغتها فرقة العمل المعنية بالذكاء الاصطناعي وحقوق الإنسان.",
        },
        "sub_entity": "tfair",
    },
    {
        "slug": "joint-statement-internet-shutdowns-iran",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Internet Shutdowns in Iran",
            "fr": "Déclaration conjointe sur les coupures d’Internet en Iran",
            "es": "Declaración conjunta sobre los cortes de Internet en Irán",
            "ar": "بيان مشترك بشأن قطع الإنترنت في إيران",
        },
        "date": date(2022, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": {
            "en": "The members’ concern about the shutting down of Internet access in Iran.",
            "fr": "La préoccupation des membres face à la coupure de l’accès à Internet en Iran.",
            "es": "La preocupación de los miembros por el corte del acceso a Internet en Irán.",
            "ar": "قلق الأعضاء إزاء قطع الوصول إلى الإنترنت في إيران.",
        },
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
        "summary": {
            "en": "Principles on how governments use surveillance technologies in line with human rights.",
            "fr": "Des principes sur l’utilisation des technologies de surveillance par les gouvernements dans le respect des droits humains.",
            "es": "Principios sobre el uso que hacen los gobiernos de las tecnologías de vigilancia de conformidad con los derechos humanos.",
            "ar": "مبادئ بشأن استخدام الحكومات لتكنولوجيات المراقبة بما يتوافق مع حقوق الإنسان.",
        },
    },
    {
        "slug": "joint-statement-internet-shutdowns-and-elections",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Internet Shutdowns and Elections",
            "fr": "Déclaration conjointe sur les coupures d’Internet et les élections",
            "es": "Declaración conjunta sobre los cortes de Internet y las elecciones",
            "ar": "بيان مشترك بشأن قطع الإنترنت والانتخابات",
        },
        "date": date(2023, 1, 1),  # month unknown
        "date_precision": DatePrecision.YEAR,
        "summary": {
            "en": "The Task Force on Internet Shutdowns’ statement on keeping the Internet on around elections.",
            "fr": "La déclaration de l’Équipe spéciale sur les coupures d’Internet relative au maintien de l’accès à Internet en période électorale.",
            "es": "La declaración del Equipo de Tareas sobre los Cortes de Internet sobre cómo mantener Internet en funcionamiento en los periodos electorales.",
            "ar": "بيان فرقة العمل المعنية بقطع الإنترنت بشأن إبقاء الإنترنت متاحًا في فترات الانتخابات.",
        },
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
        "summary": {
            "en": "Principles for donors that fund digital programmes, prepared through the Funding Coordination Group.",
            "fr": "Des principes à l’intention des donateurs qui financent des programmes numériques, élaborés dans le cadre du Groupe de coordination des financements.",
            "es": "Principios para los donantes que financian programas digitales, elaborados en el marco del Grupo de Coordinación de la Financiación.",
            "ar": "مبادئ للمانحين الذين يموّلون البرامج الرقمية، أُعدت من خلال فريق تنسيق التمويل.",
        },
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
        "summary": {
            "en": "Principles from the Task Force on Trustworthy Information Online for an information environment that people can rely on.",
            "fr": "Des principes de l’Équipe spéciale sur l’information fiable en ligne pour un environnement de l’information auquel chacun puisse se fier.",
            "es": "Principios del Equipo de Tareas sobre Información Fiable en Línea para un entorno informativo en el que las personas puedan confiar.",
            "ar": "مبادئ وضعتها فرقة العمل المعنية بالمعلومات الموثوقة على الإنترنت من أجل بيئة معلومات يمكن للناس الاعتماد عليها.",
        },
        "sub_entity": "tftio",
    },
    {
        "slug": "joint-statement-responsible-government-practices-ai",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on Responsible Government Practices for AI Technologies",
            "fr": "Déclaration conjointe sur les pratiques gouvernementales responsables en matière de technologies d’IA",
            "es": "Declaración conjunta sobre prácticas gubernamentales responsables en materia de tecnologías de IA",
            "ar": "بيان مشترك بشأن الممارسات الحكومية المسؤولة في مجال تكنولوجيات الذكاء الاصطناعي",
        },
        "date": date(2024, 9, 1),  # issued during the UN General Assembly week; day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "Forty members describe responsible practices for governments’ own use of AI technologies.",
            "fr": "Quarante membres décrivent des pratiques responsables pour l’utilisation des technologies d’IA par les gouvernements eux-mêmes.",
            "es": "Cuarenta miembros describen prácticas responsables para el uso que los propios gobiernos hacen de las tecnologías de IA.",
            "ar": "أربعون عضوًا يصفون ممارسات مسؤولة لاستخدام الحكومات ذاتها لتكنولوجيات الذكاء الاصطناعي.",
        },
    },
    {
        "slug": "joint-statement-un-convention-against-cybercrime",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement on the Adoption of the UN Convention against Cybercrime",
            "fr": "Déclaration conjointe sur l’adoption de la Convention des Nations Unies contre la cybercriminalité",
            "es": "Declaración conjunta sobre la aprobación de la Convención de las Naciones Unidas contra la Ciberdelincuencia",
            "ar": "بيان مشترك بشأن اعتماد اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        },
        "date": date(2025, 1, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "The members’ joint position on the adoption of the UN Convention against Cybercrime, led by the Netherlands and endorsed by every member of the time.",
            "fr": "La position conjointe des membres sur l’adoption de la Convention des Nations Unies contre la cybercriminalité, portée par les Pays-Bas et approuvée par l’ensemble des membres de l’époque.",
            "es": "La posición conjunta de los miembros sobre la aprobación de la Convención de las Naciones Unidas contra la Ciberdelincuencia, promovida por los Países Bajos y respaldada por la totalidad de los miembros de entonces.",
            "ar": "الموقف المشترك للأعضاء بشأن اعتماد اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية، الذي قادته هولندا وأيده جميع الأعضاء في ذلك الوقت.",
        },
        "lead_states": ["NL"],
    },
    {
        "slug": "joint-statement-hrc-58",
        "kind": DocumentKind.JOINT_STATEMENT,
        "title": {
            "en": "Joint Statement at the 58th Session of the Human Rights Council",
            "fr": "Déclaration conjointe à la 58ᵉ session du Conseil des droits de l’homme",
            "es": "Declaración conjunta en el 58.º período de sesiones del Consejo de Derechos Humanos",
            "ar": "بيان مشترك في الدورة الثامنة والخمسين لمجلس حقوق الإنسان",
        },
        "date": date(2025, 3, 1),  # day unknown
        "date_precision": DatePrecision.MONTH,
        "summary": {
            "en": "The coalition’s statement to the UN Human Rights Council in Geneva.",
            "fr": "La déclaration de la coalition devant le Conseil des droits de l’homme des Nations Unies, à Genève.",
            "es": "La declaración de la coalición ante el Consejo de Derechos Humanos de las Naciones Unidas en Ginebra.",
            "ar": "بيان الائتلاف أمام مجلس حقوق الإنسان التابع للأمم المتحدة في جنيف.",
        },
    },
]

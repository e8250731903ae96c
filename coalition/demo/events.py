"""The Freedom Online Conferences and the 2022 regional consultations."""

from datetime import date

from coalition.models import ConferenceFormat, Region


def conference_title(year):
    return {
        "en": f"Freedom Online Conference {year}",
        "fr": f"Conférence pour la liberté en ligne {year}",
        "es": f"Conferencia para la Libertad en Línea {year}",
        "ar": f"مؤتمر الحرية على الإنترنت {year}",
    }


CONFERENCES = [
    {
        "edition": 1,
        "slug": "freedom-online-conference-2011",
        "title": conference_title(2011),
        "start_date": date(2011, 12, 8),
        "end_date": date(2011, 12, 9),
        "city": {"en": "The Hague", "fr": "La Haye", "es": "La Haya", "ar": "لاهاي"},
        "host": "NL",
        "summary": {
            "en": "The first conference launched the coalition. Its founding governments adopted the Hague Declaration there, and US Secretary of State Hillary Clinton gave a keynote.",
            "fr": "La première conférence a marqué le lancement de la coalition. Ses gouvernements fondateurs y ont adopté la Déclaration de La Haye, et la secrétaire d’État des États-Unis, Hillary Clinton, y a prononcé un discours liminaire.",
            "es": "La primera conferencia marcó el lanzamiento de la coalición. Sus gobiernos fundadores aprobaron allí la Declaración de La Haya, y la secretaria de Estado de Estados Unidos, Hillary Clinton, pronunció un discurso principal.",
            "ar": "شهد المؤتمر الأول إطلاق الائتلاف. واعتمدت فيه حكوماته المؤسِّسة إعلان لاهاي، وألقت فيه وزيرة خارجية الولايات المتحدة، هيلاري كلينتون، كلمة رئيسية.",
        },
    },
    {
        "edition": 2,
        "slug": "freedom-online-conference-2012",
        "title": conference_title(2012),
        "start_date": date(2012, 9, 6),
        "end_date": date(2012, 9, 7),
        "city": {"en": "Nairobi", "fr": "Nairobi", "es": "Nairobi", "ar": "نيروبي"},
        "host": "KE",
        "summary": {
            "en": "In Nairobi the members agreed the Terms of Reference that set out how the coalition works, and launched the Digital Defenders Partnership.",
            "fr": "À Nairobi, les membres ont arrêté les termes de référence qui définissent le fonctionnement de la coalition et ont lancé le Digital Defenders Partnership.",
            "es": "En Nairobi, los miembros acordaron los términos de referencia que establecen el funcionamiento de la coalición y pusieron en marcha la Digital Defenders Partnership.",
            "ar": "في نيروبي، اتفق الأعضاء على الاختصاصات التي تحدد طريقة عمل الائتلاف، وأطلقوا مبادرة Digital Defenders Partnership.",
        },
    },
    {
        "edition": 3,
        "slug": "freedom-online-conference-2013",
        "title": conference_title(2013),
        "start_date": date(2013, 6, 17),
        "end_date": date(2013, 6, 18),
        "city": {"en": "Tunis", "fr": "Tunis", "es": "Túnez", "ar": "تونس"},
        "host": "TN",
        "summary": {
            "en": "The third conference set up three working groups open to governments, civil society, academia and companies: on a free and secure Internet, on digital development and openness, and on privacy and transparency.",
            "fr": "La troisième conférence a créé trois groupes de travail ouverts aux gouvernements, à la société civile, aux milieux universitaires et aux entreprises : sur un Internet libre et sûr, sur le développement numérique et l’ouverture, et sur la vie privée et la transparence.",
            "es": "La tercera conferencia creó tres grupos de trabajo abiertos a los gobiernos, la sociedad civil, el mundo académico y las empresas: sobre un Internet libre y seguro, sobre el desarrollo digital y la apertura, y sobre la privacidad y la transparencia.",
            "ar": "أنشأ المؤتمر الثالث ثلاثة أفرقة عاملة مفتوحة للحكومات والمجتمع المدني والأوساط الأكاديمية والشركات: فريق معني بإنترنت حر وآمن، وآخر بالتنمية الرقمية والانفتاح، وثالث بالخصوصية والشفافية.",
        },
    },
    {
        "edition": 4,
        "slug": "freedom-online-conference-2014",
        "title": conference_title(2014),
        "start_date": date(2014, 4, 28),
        "end_date": date(2014, 4, 29),
        "city": {"en": "Tallinn", "fr": "Tallinn", "es": "Tallin", "ar": "تالين"},
        "host": "EE",
        "theme": {
            "en": "Free and Secure Internet for All",
            "fr": "Un Internet libre et sûr pour tous",
            "es": "Un Internet libre y seguro para todos",
            "ar": "إنترنت حر وآمن للجميع",
        },
        "summary": {
            "en": "About 400 delegates from more than 60 countries came to Tallinn, where the 23 members of the time adopted the Tallinn Agenda. The coalition’s website went live during the conference.",
            "fr": "Environ 400 délégués venus de plus de 60 pays se sont rendus à Tallinn, où les 23 membres que comptait alors la coalition ont adopté l’Agenda de Tallinn. Le site Web de la coalition a été mis en ligne pendant la conférence.",
            "es": "Unos 400 delegados de más de 60 países acudieron a Tallin, donde los 23 miembros que entonces tenía la coalición aprobaron la Agenda de Tallin. El sitio web de la coalición entró en funcionamiento durante la conferencia.",
            "ar": "توافد نحو 400 مندوب من أكثر من 60 بلدًا إلى تالين، حيث اعتمد أعضاء الائتلاف، البالغ عددهم آنذاك 23 عضوًا، أجندة تالين. وأُطلق الموقع الإلكتروني للائتلاف خلال المؤتمر.",
        },
    },
    {
        "edition": 5,
        "slug": "freedom-online-conference-2015",
        "title": conference_title(2015),
        "start_date": date(2015, 5, 4),
        "end_date": date(2015, 5, 5),
        "city": {"en": "Ulaanbaatar", "fr": "Oulan-Bator", "es": "Ulán Bator", "ar": "أولان باتور"},
        "host": "MN",
        "theme": {
            "en": "Internet Policy Making – Best Practices for Promoting Online Freedom",
            "fr": "L’élaboration des politiques relatives à Internet – bonnes pratiques pour promouvoir la liberté en ligne",
            "es": "La formulación de políticas de Internet – buenas prácticas para promover la libertad en línea",
            "ar": "صنع سياسات الإنترنت – أفضل الممارسات لتعزيز الحرية على الإنترنت",
        },
        "summary": {
            "en": "Mongolia hosted the fifth conference, on policy making that protects freedom online. Working Group 3 presented a draft of its report on privacy and transparency there.",
            "fr": "La Mongolie a accueilli la cinquième conférence, consacrée à l’élaboration de politiques qui protègent la liberté en ligne. Le Groupe de travail 3 y a présenté un projet de son rapport sur la vie privée et la transparence.",
            "es": "Mongolia acogió la quinta conferencia, dedicada a la formulación de políticas que protejan la libertad en línea. El Grupo de Trabajo 3 presentó allí un proyecto de su informe sobre privacidad y transparencia.",
            "ar": "استضافت منغوليا المؤتمر الخامس الذي تناول صنع السياسات التي تحمي الحرية على الإنترنت. وقدّم فيه الفريق العامل 3 مشروع تقريره بشأن الخصوصية والشفافية.",
        },
    },
    {
        "edition": 6,
        "slug": "freedom-online-conference-2016",
        "title": conference_title(2016),
        "start_date": date(2016, 10, 17),
        "end_date": date(2016, 10, 18),
        "city": {"en": "San José", "fr": "San José", "es": "San José", "ar": "سان خوسيه"},
        "host": "CR",
        "summary": {
            "en": "More than 200 participants from 48 countries met in San José. Following a strategic review, the members adopted the San José Statement and a work plan, and asked for a lasting way to involve other stakeholders, which led to the Advisory Network.",
            "fr": "Plus de 200 participants venus de 48 pays se sont réunis à San José. À l’issue d’un examen stratégique, les membres ont adopté la Déclaration de San José et un plan de travail, et ont demandé un moyen durable d’associer les autres parties prenantes, ce qui a donné naissance au Réseau consultatif.",
            "es": "Más de 200 participantes de 48 países se reunieron en San José. Tras una revisión estratégica, los miembros aprobaron la Declaración de San José y un plan de trabajo, y pidieron una vía duradera para implicar a otras partes interesadas, lo que dio origen a la Red Consultiva.",
            "ar": "اجتمع أكثر من 200 مشارك من 48 بلدًا في سان خوسيه. وفي أعقاب استعراض استراتيجي، اعتمد الأعضاء بيان سان خوسيه وخطة عمل، وطالبوا بآلية دائمة لإشراك أصحاب المصلحة الآخرين، وهو ما أفضى إلى إنشاء الشبكة الاستشارية.",
        },
    },
    {
        "edition": 7,
        "slug": "freedom-online-conference-2018",
        "title": conference_title(2018),
        "start_date": date(2018, 11, 28),
        "end_date": date(2018, 11, 30),
        "city": {"en": "Berlin", "fr": "Berlin", "es": "Berlín", "ar": "برلين"},
        "venue": {
            "en": "Federal Foreign Office",
            "fr": "Ministère fédéral des Affaires étrangères",
            "es": "Ministerio Federal de Relaciones Exteriores",
            "ar": "وزارة الخارجية الاتحادية",
        },
        "host": "DE",
        "theme": {
            "en": "Internet Freedom at a Crossroads – Common Paths towards Strengthening Human Rights Online",
            "fr": "La liberté sur Internet à la croisée des chemins – des voies communes pour renforcer les droits humains en ligne",
            "es": "La libertad en Internet en una encrucijada – caminos comunes para fortalecer los derechos humanos en línea",
            "ar": "حرية الإنترنت على مفترق طرق – مسارات مشتركة نحو تعزيز حقوق الإنسان على الإنترنت",
        },
        "summary": {
            "en": "Around 300 experts from some 50 countries met at Germany’s Federal Foreign Office to look for common ways of strengthening human rights online.",
            "fr": "Environ 300 experts venus d’une cinquantaine de pays se sont réunis au ministère fédéral allemand des Affaires étrangères pour rechercher des moyens communs de renforcer les droits humains en ligne.",
            "es": "Alrededor de 300 expertos de unos 50 países se reunieron en el Ministerio Federal de Relaciones Exteriores de Alemania para buscar vías comunes de fortalecer los derechos humanos en línea.",
            "ar": "اجتمع نحو 300 خبير من قرابة 50 بلدًا في وزارة الخارجية الاتحادية الألمانية للبحث عن سبل مشتركة لتعزيز حقوق الإنسان على الإنترنت.",
        },
    },
    {
        "edition": 8,
        "slug": "freedom-online-conference-2020",
        "title": conference_title(2020),
        "start_date": date(2020, 2, 6),
        "end_date": date(2020, 2, 7),
        "city": {"en": "Accra", "fr": "Accra", "es": "Acra", "ar": "أكرا"},
        "venue": {
            "en": "Kofi Annan International Peacekeeping Training Centre",
            "fr": "Centre international Kofi Annan de formation au maintien de la paix",
            "es": "Centro Internacional Kofi Annan de Capacitación para el Mantenimiento de la Paz",
            "ar": "مركز كوفي عنان الدولي للتدريب على حفظ السلام",
        },
        "host": "GH",
        "theme": {
            "en": "Achieving a Common Vision for Internet Freedom",
            "fr": "Parvenir à une vision commune de la liberté sur Internet",
            "es": "Lograr una visión común de la libertad en Internet",
            "ar": "تحقيق رؤية مشتركة لحرية الإنترنت",
        },
        "summary": {
            "en": "Ghana welcomed more than 150 delegates to Accra. During the conference Finland was chosen to chair the coalition in 2021.",
            "fr": "Le Ghana a accueilli plus de 150 délégués à Accra. Au cours de la conférence, la Finlande a été désignée pour assurer la présidence de la coalition en 2021.",
            "es": "Ghana recibió a más de 150 delegados en Acra. Durante la conferencia, Finlandia fue elegida para ejercer la presidencia de la coalición en 2021.",
            "ar": "استقبلت غانا أكثر من 150 مندوبًا في أكرا. وخلال المؤتمر، اختيرت فنلندا لتتولى رئاسة الائتلاف في عام 2021.",
        },
    },
    {
        # The sources do not number this edition; it is the ninth in the series.
        "edition": 9,
        "slug": "freedom-online-conference-2021",
        "title": conference_title(2021),
        "start_date": date(2021, 11, 30),
        "end_date": date(2021, 12, 3),
        "city": {"en": "Helsinki", "fr": "Helsinki", "es": "Helsinki", "ar": "هلسنكي"},
        "host": "FI",
        "theme": {
            "en": "Openness, accessibility and inclusion – Human Rights Online in the 2020s",
            "fr": "Ouverture, accessibilité et inclusion – les droits humains en ligne dans les années 2020",
            "es": "Apertura, accesibilidad e inclusión – los derechos humanos en línea en la década de 2020",
            "ar": "الانفتاح وإمكانية الوصول والشمول – حقوق الإنسان على الإنترنت في عشرينيات القرن الحادي والعشرين",
        },
        "format": ConferenceFormat.VIRTUAL,
        "summary": {
            "en": "Hosted online by Finland in the coalition’s tenth year. It closed with a ministerial meeting on 3 December that adopted the Helsinki Declaration.",
            "fr": "Conférence organisée en ligne par la Finlande, la dixième année d’existence de la coalition. Elle s’est achevée le 3 décembre par une réunion ministérielle qui a adopté la Déclaration d’Helsinki.",
            "es": "Conferencia organizada en línea por Finlandia en el décimo año de la coalición. Concluyó el 3 de diciembre con una reunión ministerial que aprobó la Declaración de Helsinki.",
            "ar": "استضافتها فنلندا افتراضيًا في السنة العاشرة من عمر الائتلاف. واختُتمت في 3 ديسمبر باجتماع وزاري اعتمد إعلان هلسنكي.",
        },
    },
]

OTTAWA_AGENDA = {
    "en": "FOC Ottawa Agenda",
    "fr": "Agenda d’Ottawa de la FOC",
    "es": "Agenda de Ottawa de la FOC",
    "ar": "أجندة أوتاوا لائتلاف الحرية على الإنترنت",
}

OTTAWA_AGENDA_CONSULTATIONS = [
    (
        Region.ASIA_PACIFIC,
        {
            "en": "Stakeholders from Asia and the Pacific",
            "fr": "Des parties prenantes d’Asie et du Pacifique",
            "es": "Diversas partes interesadas de Asia y el Pacífico",
            "ar": "أصحاب مصلحة من آسيا والمحيط الهادئ",
        },
    ),
    (
        Region.EUROPE,
        {
            "en": "Stakeholders from across Europe",
            "fr": "Des parties prenantes de toute l’Europe",
            "es": "Diversas partes interesadas de toda Europa",
            "ar": "أصحاب مصلحة من جميع أنحاء أوروبا",
        },
    ),
    (
        Region.LATIN_AMERICA,
        {
            "en": "Stakeholders from Latin America",
            "fr": "Des parties prenantes d’Amérique latine",
            "es": "Diversas partes interesadas de América Latina",
            "ar": "أصحاب مصلحة من أمريكا اللاتينية",
        },
    ),
    (
        Region.NORTH_AMERICA,
        {
            "en": "Stakeholders from North America",
            "fr": "Des parties prenantes d’Amérique du Nord",
            "es": "Diversas partes interesadas de América del Norte",
            "ar": "أصحاب مصلحة من أمريكا الشمالية",
        },
    ),
    (
        Region.SUB_SAHARAN_AFRICA,
        {
            "en": "Stakeholders from Sub-Saharan Africa",
            "fr": "Des parties prenantes d’Afrique subsaharienne",
            "es": "Diversas partes interesadas de África Subsahariana",
            "ar": "أصحاب مصلحة من أفريقيا جنوب الصحراء الكبرى",
        },
    ),
    (
        Region.MIDDLE_EAST_NORTH_AFRICA,
        {
            "en": "Stakeholders from the Middle East and North Africa",
            "fr": "Des parties prenantes du Moyen-Orient et d’Afrique du Nord",
            "es": "Diversas partes interesadas de Oriente Medio y el Norte de África",
            "ar": "أصحاب مصلحة من الشرق الأوسط وشمال أفريقيا",
        },
    ),
]


def consultation_summary(who):
    """The summary of one regional consultation, in every language; `who` is a dict too."""
    return {
        "en": f"{who['en']} gave their views on the coalition’s priorities, as input to the FOC Ottawa Agenda drafted under Canada’s chairship.",
        "fr": f"{who['fr']} ont donné leur avis sur les priorités de la coalition, afin d’alimenter l’Agenda d’Ottawa de la FOC, élaboré sous la présidence du Canada.",
        "es": f"{who['es']} expresaron sus opiniones sobre las prioridades de la coalición como aportación a la Agenda de Ottawa de la FOC, elaborada bajo la presidencia de Canadá.",
        "ar": f"أبدى {who['ar']} آراءهم بشأن أولويات الائتلاف، إسهامًا في أجندة أوتاوا لائتلاف الحرية على الإنترنت التي صيغت في ظل رئاسة كندا.",
    }


# The dates of the individual consultations are not known, only the year.
REGIONAL_CONSULTATIONS = [
    {
        "region": region,
        "year": 2022,
        "process": OTTAWA_AGENDA,
        "summary": consultation_summary(who),
        "outcome_document": "foc-ottawa-agenda",
    }
    for region, who in OTTAWA_AGENDA_CONSULTATIONS
]

"""Member states, the observer, and the chairship by year."""

from datetime import date

from coalition.models import MembershipStatus, Region

EUROPE = Region.EUROPE
ASIA_PACIFIC = Region.ASIA_PACIFIC
LATIN_AMERICA = Region.LATIN_AMERICA
AFRICA = Region.SUB_SAHARAN_AFRICA
MENA = Region.MIDDLE_EAST_NORTH_AFRICA
NORTH_AMERICA = Region.NORTH_AMERICA

# "join_order" is given only where a source names the position ("the 31st member");
# the fifteen founders and most early members have none.
MEMBER_STATES = [
    # The founders, The Hague, December 2011.
    {
        "country": "AT",
        "slug": "austria",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "Austria is one of the fifteen governments that launched the coalition in The Hague in December 2011.",
    },
    {
        "country": "CA",
        "slug": "canada",
        "year_joined": 2011,
        "region": NORTH_AMERICA,
        "profile": "A founding member, Canada chaired the coalition in 2022, a year centred on digital inclusion in which the FOC Ottawa Agenda took shape. It also led the Task Force on AI and Human Rights in its first year.",
    },
    {
        "country": "CZ",
        "slug": "czechia",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "Czechia has belonged to the coalition since its founding in 2011.",
    },
    {
        "country": "EE",
        "slug": "estonia",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "A founding member, Estonia hosted the 2014 conference in Tallinn, where the Tallinn Agenda was adopted. It chaired the coalition in 2013–2014 and again in 2025.",
    },
    {
        "country": "FR",
        "slug": "france",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "France is one of the founding governments that set up the coalition in 2011.",
    },
    {
        "country": "GH",
        "slug": "ghana",
        "year_joined": 2011,
        "region": AFRICA,
        "profile": "A founding member, Ghana held the chairship from March 2019 to March 2020 and hosted the 2020 conference in Accra. It leads the Task Force on Digital Equality.",
    },
    {
        "country": "IE",
        "slug": "ireland",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "Ireland joined the coalition as one of its founders in 2011.",
    },
    {
        "country": "KE",
        "slug": "kenya",
        "year_joined": 2011,
        "region": AFRICA,
        "profile": "A founding member, Kenya chaired the coalition in 2012 and hosted that year’s conference in Nairobi, where the first Terms of Reference were agreed.",
    },
    {
        "country": "MV",
        "slug": "maldives",
        "year_joined": 2011,
        "region": ASIA_PACIFIC,
        "profile": "The Maldives has been part of the coalition since it was founded in 2011.",
    },
    {
        "country": "MX",
        "slug": "mexico",
        "year_joined": 2011,
        "region": LATIN_AMERICA,
        "profile": "Mexico is one of the coalition’s fifteen founding governments.",
    },
    {
        "country": "MN",
        "slug": "mongolia",
        "year_joined": 2011,
        "region": ASIA_PACIFIC,
        "profile": "A founding member, Mongolia chaired the coalition in 2014–2015 and hosted the 2015 conference in Ulaanbaatar.",
    },
    {
        "country": "NL",
        "slug": "netherlands",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "The Netherlands initiated the coalition and hosted its launch in The Hague in 2011. It chaired the coalition in 2011 and 2024 and co-chairs the Task Force on AI and Human Rights.",
    },
    {
        "country": "SE",
        "slug": "sweden",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "A founding member, Sweden co-chaired the former working group on digital development and openness.",
    },
    {
        "country": "GB",
        "slug": "united-kingdom",
        "year_joined": 2011,
        "region": EUROPE,
        "profile": "A founding member, the United Kingdom chairs the Task Force on Internet Shutdowns and was one of the first funders of the Digital Defenders Partnership.",
    },
    {
        "country": "US",
        "slug": "united-states",
        "status_in_coalition": MembershipStatus.WITHDRAWN,
        "year_joined": 2011,
        "year_left": 2026,
        "region": NORTH_AMERICA,
        "profile": "A founding member, the United States held the chairship for the first time in 2023. It left the coalition in February 2026 with a letter to the Swiss Chair.",
    },
    # Later members, in the order they joined.
    {
        "country": "CR",
        "slug": "costa-rica",
        "year_joined": 2012,
        "region": LATIN_AMERICA,
        "profile": "Costa Rica joined in 2012, chaired the coalition in 2016 and hosted that year’s conference in San José.",
    },
    {
        "country": "FI",
        "slug": "finland",
        "year_joined": 2012,
        "region": EUROPE,
        "profile": "Finland joined in 2012 and chaired the coalition in its tenth-anniversary year, 2021, which closed with the Helsinki Declaration. It has helped fund the Digital Defenders Partnership.",
    },
    {
        "country": "LV",
        "slug": "latvia",
        "year_joined": 2012,
        "joined_on": date(2012, 12, 7),
        "region": EUROPE,
        "profile": "Latvia joined the coalition on 7 December 2012.",
    },
    {
        "country": "TN",
        "slug": "tunisia",
        "year_joined": 2012,
        "region": MENA,
        "profile": "Tunisia joined in 2012, chaired the coalition in 2012–2013 and hosted the third conference in Tunis.",
    },
    {
        "country": "GE",
        "slug": "georgia",
        "year_joined": 2013,
        "region": EUROPE,
        "profile": "Georgia has been a member of the coalition since 2013.",
    },
    {
        "country": "DE",
        "slug": "germany",
        "year_joined": 2013,
        "region": EUROPE,
        "profile": "Germany joined in 2013, chaired the coalition in 2018 and hosted that year’s conference in Berlin. It co-chairs the Task Force on AI and Human Rights.",
    },
    {
        "country": "JP",
        "slug": "japan",
        "year_joined": 2014,
        "region": ASIA_PACIFIC,
        "profile": "Japan joined in 2014 and was welcomed as a new member at the Tallinn conference that April.",
    },
    {
        "country": "LT",
        "slug": "lithuania",
        "year_joined": 2014,
        "region": EUROPE,
        "profile": "Lithuania joined the coalition in 2014.",
    },
    {
        "country": "MD",
        "slug": "moldova",
        "year_joined": 2014,
        "region": EUROPE,
        "profile": "Moldova joined at the beginning of 2014.",
    },
    {
        "country": "AU",
        "slug": "australia",
        "year_joined": 2015,
        "region": ASIA_PACIFIC,
        "profile": "Australia joined in 2015. In June 2018 it delivered the statement of the coalition’s Geneva network at the Human Rights Council.",
    },
    {
        "country": "NZ",
        "slug": "new-zealand",
        "year_joined": 2015,
        "region": ASIA_PACIFIC,
        "profile": "New Zealand joined the coalition in 2015.",
    },
    {
        "country": "NO",
        "slug": "norway",
        "year_joined": 2015,
        "region": EUROPE,
        "profile": "Norway joined the coalition in 2015.",
    },
    {
        "country": "PL",
        "slug": "poland",
        "year_joined": 2015,
        "joined_on": date(2015, 7, 2),
        "join_order": 27,
        "region": EUROPE,
        "profile": "Poland became the coalition’s 27th member on 2 July 2015.",
    },
    {
        "country": "ES",
        "slug": "spain",
        "year_joined": 2015,
        "region": EUROPE,
        "profile": "Spain joined the coalition in 2015.",
    },
    {
        "country": "AR",
        "slug": "argentina",
        "year_joined": 2016,
        "join_order": 30,
        "region": LATIN_AMERICA,
        "profile": "Argentina joined in 2016 as the coalition’s 30th member.",
    },
    {
        "country": "CH",
        "slug": "switzerland",
        "year_joined": 2019,
        "join_order": 31,
        "region": EUROPE,
        "profile": "Switzerland became the 31st member in 2019 and holds the chairship in 2026.",
    },
    {
        "country": "DK",
        "slug": "denmark",
        # The sources place Denmark's accession between November 2019 and August 2021.
        "year_joined": 2020,
        "join_order": 32,
        "region": EUROPE,
        "profile": "Denmark is the coalition’s 32nd member. It leads the Task Force on Trustworthy Information Online together with the Wikimedia Foundation.",
    },
    {
        "country": "IT",
        "slug": "italy",
        "year_joined": 2021,
        "join_order": 33,
        "region": EUROPE,
        "profile": "Italy joined in August 2021 as the 33rd member.",
    },
    {
        "country": "LU",
        "slug": "luxembourg",
        "year_joined": 2021,
        "join_order": 34,
        "region": EUROPE,
        "profile": "Luxembourg is the coalition’s 34th member.",
    },
    {
        "country": "CL",
        "slug": "chile",
        # Inferred: Chile is the only 2024 member not otherwise placed between #34 and #36.
        "year_joined": 2022,
        "join_order": 35,
        "region": LATIN_AMERICA,
        "profile": "Chile is one of the coalition’s Latin American members.",
    },
    {
        "country": "SK",
        "slug": "slovakia",
        # Late 2022 or early 2023; the membership count reached 36 by April 2023.
        "year_joined": 2023,
        "join_order": 36,
        "region": EUROPE,
        "profile": "Slovakia is the coalition’s 36th member.",
    },
    {
        "country": "IS",
        "slug": "iceland",
        "year_joined": 2023,
        "join_order": 37,
        "region": EUROPE,
        "profile": "Iceland joined in 2023 as the 37th member.",
    },
    {
        "country": "KR",
        "slug": "republic-of-korea",
        "year_joined": 2023,
        "joined_on": date(2023, 8, 29),
        "join_order": 38,
        "region": ASIA_PACIFIC,
        "profile": "The Republic of Korea became the 38th member on 29 August 2023.",
    },
    {
        "country": "CV",
        "slug": "cabo-verde",
        "year_joined": 2024,
        "join_order": 39,
        "region": AFRICA,
        "profile": "Cabo Verde joined in 2024 as the 39th member and the first Portuguese-speaking country in the coalition.",
    },
    {
        "country": "SI",
        "slug": "slovenia",
        "year_joined": 2024,
        "join_order": 40,
        "region": EUROPE,
        "profile": "Slovenia joined in 2024 as the 40th member.",
    },
    {
        "country": "CO",
        "slug": "colombia",
        "year_joined": 2024,
        "join_order": 41,
        "region": LATIN_AMERICA,
        "profile": "Colombia joined in 2024 as the 41st member.",
    },
    # The 42nd member (between September 2024 and January 2025) is not known, so it is left out.
    {
        "country": "TW",
        "slug": "taiwan",
        "status_in_coalition": MembershipStatus.OBSERVER,
        # Low confidence: the sources date the observer status only to 2023–2024.
        "year_joined": 2024,
        "region": ASIA_PACIFIC,
        "profile": "Taiwan takes part in the coalition’s work as an observer, a status that the Steering Committee may grant to states and other entities.",
    },
]

# One row per year, by the year a term mostly fell in. 2020 is left out: after Ghana's term
# ended on 1 March 2020 the sources do not say who held the chair.
CHAIRSHIPS = [
    {
        "year": 2011,
        "chairs": ["NL"],
        "note": {
            "en": "The founder and host of the first conference.",
            "fr": "État fondateur et hôte de la première conférence.",
            "es": "Estado fundador y anfitrión de la primera conferencia.",
            "ar": "الدولة المؤسِّسة والمضيفة للمؤتمر الأول.",
        },
    },
    {"year": 2012, "chairs": ["KE"]},
    {
        "year": 2013,
        "chairs": ["TN"],
        "note": {
            "en": "The term ran across 2012 and 2013.",
            "fr": "Le mandat s’est étendu sur 2012 et 2013.",
            "es": "El mandato abarcó 2012 y 2013.",
            "ar": "امتدت ولاية الرئاسة على عامي 2012 و2013.",
        },
    },
    {
        "year": 2014,
        "chairs": ["EE"],
        "note": {
            "en": "The term ran across 2013 and 2014.",
            "fr": "Le mandat s’est étendu sur 2013 et 2014.",
            "es": "El mandato abarcó 2013 y 2014.",
            "ar": "امتدت ولاية الرئاسة على عامي 2013 و2014.",
        },
    },
    {
        "year": 2015,
        "chairs": ["MN"],
        "note": {
            "en": "The term ran across 2014 and 2015.",
            "fr": "Le mandat s’est étendu sur 2014 et 2015.",
            "es": "El mandato abarcó 2014 y 2015.",
            "ar": "امتدت ولاية الرئاسة على عامي 2014 و2015.",
        },
    },
    {
        "year": 2016,
        "chairs": ["CR"],
        "note": {
            "en": "The term ended at the conference in San José in October 2016.",
            "fr": "Le mandat a pris fin lors de la conférence de San José, en octobre 2016.",
            "es": "El mandato concluyó en la conferencia de San José, en octubre de 2016.",
            "ar": "انتهت ولاية الرئاسة في مؤتمر سان خوسيه في أكتوبر 2016.",
        },
    },
    {
        "year": 2017,
        "chairs": [],
        "group_name": {
            "en": "Friends of the Chair",
            "fr": "Amis de la présidence",
            "es": "Amigos de la Presidencia",
            "ar": "أصدقاء الرئيس",
        },
        "note": {
            "en": "No state held the chair this year; the Friends of the Chair group served as interim Chair.",
            "fr": "Aucun État n’a assuré la présidence cette année-là ; le groupe des Amis de la présidence a exercé la présidence par intérim.",
            "es": "Ningún Estado ejerció la presidencia ese año; el grupo de Amigos de la Presidencia asumió la presidencia interina.",
            "ar": "لم تتولَّ أي دولة الرئاسة في هذا العام؛ وتولى فريق أصدقاء الرئيس الرئاسة المؤقتة.",
        },
    },
    {"year": 2018, "chairs": ["DE"]},
    {
        "year": 2019,
        "chairs": ["GH"],
        "note": {
            "en": "The term ran from 1 March 2019 to 1 March 2020.",
            "fr": "Le mandat a couru du 1ᵉʳ mars 2019 au 1ᵉʳ mars 2020.",
            "es": "El mandato se extendió del 1 de marzo de 2019 al 1 de marzo de 2020.",
            "ar": "امتدت ولاية الرئاسة من 1 مارس 2019 إلى 1 مارس 2020.",
        },
    },
    {"year": 2021, "chairs": ["FI"]},
    {
        "year": 2022,
        "chairs": ["CA"],
        "note": {
            "en": "The chairship focused on digital inclusion.",
            "fr": "La présidence a été axée sur l’inclusion numérique.",
            "es": "La presidencia se centró en la inclusión digital.",
            "ar": "ركزت الرئاسة على الشمول الرقمي.",
        },
    },
    {
        "year": 2023,
        "chairs": ["US"],
        "note": {
            "en": "The first chairship of the United States.",
            "fr": "La première présidence assurée par les États-Unis.",
            "es": "La primera presidencia ejercida por Estados Unidos.",
            "ar": "أول رئاسة تتولاها الولايات المتحدة.",
        },
    },
    {"year": 2024, "chairs": ["NL"]},
    {"year": 2025, "chairs": ["EE"]},
    {"year": 2026, "chairs": ["CH"]},
]

"""The Advisory Network: its cohorts, member organisations and co-chair terms.

Only organisations are listed; the network's individual experts are left out of the demo.
A member's cohorts are those in which a dated source places it, so most lists are partial.
"""

from coalition.models import Sector

CIVIL_SOCIETY = Sector.CIVIL_SOCIETY
ACADEMIA = Sector.ACADEMIA
PRIVATE_SECTOR = Sector.PRIVATE_SECTOR
TECHNICAL_COMMUNITY = Sector.TECHNICAL_COMMUNITY

COHORTS = [
    {
        "start_year": 2018,
        "end_year": 2020,
        "note": "The first cohort, of about 30 members, chosen when the network was set up.",
    },
    {
        "start_year": 2020,
        "end_year": 2022,
        "note": "Inferred from the two-year terms; no source describes this cohort.",
    },
    {
        "start_year": 2022,
        "end_year": 2024,
        "note": "Seven new members joined 23 continuing ones in March 2022.",
    },
    {
        "start_year": 2024,
        "end_year": 2026,
        "note": "Six new members joined 24 continuing ones in May 2024.",
    },
]

ADVISORY_MEMBERS = [
    {
        "slug": "media-rights-agenda",
        "name": "Media Rights Agenda",
        "sector": CIVIL_SOCIETY,
        "country": "NG",
        "website": "https://mediarightsagenda.org/",
        "bio": "A Nigerian non-governmental organisation working for press freedom and the public’s right to information.",
        "cohorts": [2018, 2022, 2024],
    },
    {
        "slug": "center-for-democracy-and-technology",
        "name": "Center for Democracy & Technology (CDT)",
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://cdt.org/",
        "bio": "A non-profit organisation that works on civil rights and civil liberties in technology policy.",
        "cohorts": [2018],
    },
    {
        "slug": "airbnb",
        "name": "Airbnb",
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.airbnb.com/",
        "bio": "An online marketplace for short-term stays, a member of the network’s first cohort.",
        "cohorts": [2018],
    },
    {
        "slug": "microsoft",
        "name": "Microsoft",
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.microsoft.com/",
        "bio": "A technology company whose representative co-chaired the network in 2019–2020.",
        "cohorts": [2018],
    },
    {
        # Low confidence: named only once, as a speaker at a 2019 coalition session.
        "slug": "centre-for-internet-and-society",
        "name": "Centre for Internet and Society",
        "sector": CIVIL_SOCIETY,
        "country": "IN",
        "website": "https://cis-india.org/",
        "bio": "An Indian research organisation working on Internet and digital technology policy.",
        "cohorts": [2018],
    },
    {
        "slug": "freedom-house",
        "name": "Freedom House",
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://freedomhouse.org/",
        "bio": "A non-profit organisation that researches and defends democracy and human rights, including freedom on the Internet.",
        "cohorts": [2022],
    },
    {
        "slug": "internews",
        "name": "Internews",
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://internews.org/",
        "bio": "An international non-profit that supports independent media and access to information.",
        "cohorts": [2022, 2024],
    },
    {
        "slug": "amazon",
        "name": "Amazon",
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.amazon.com/",
        "bio": "A technology and online retail company.",
        "cohorts": [2022],
    },
    {
        "slug": "global-cyber-security-capacity-centre",
        "name": "Global Cyber Security Capacity Centre (GCSCC), University of Oxford",
        "sector": ACADEMIA,
        "country": "GB",
        "bio": "A research centre at the University of Oxford that studies how countries build their cybersecurity capacity.",
        "cohorts": [2022],
    },
    {
        "slug": "article-19",
        "name": "ARTICLE 19",
        "sector": CIVIL_SOCIETY,
        "country": "GB",
        "website": "https://www.article19.org/",
        "bio": "An international organisation that defends freedom of expression and of information.",
        "cohorts": [2022],
    },
    {
        "slug": "access-now",
        "name": "Access Now",
        "sector": CIVIL_SOCIETY,
        "website": "https://www.accessnow.org/",
        "bio": "An international organisation that defends the digital rights of people at risk and campaigns against Internet shutdowns.",
        "cohorts": [2022],
    },
    {
        "slug": "global-network-initiative",
        "name": "Global Network Initiative (GNI)",
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://globalnetworkinitiative.org/",
        "bio": "A multistakeholder initiative of companies, civil society, investors and academics on freedom of expression and privacy in the technology sector.",
        "cohorts": [2022, 2024],
    },
    {
        "slug": "icnl",
        "name": "International Center for Not-for-Profit Law (ICNL)",
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://www.icnl.org/",
        "bio": "An organisation that works on the legal environment for civil society and civic freedoms, including online.",
        "cohorts": [2022],
    },
    {
        "slug": "association-for-progressive-communications",
        "name": "Association for Progressive Communications (APC)",
        "sector": CIVIL_SOCIETY,
        "country": "ZA",
        "website": "https://www.apc.org/",
        "bio": "An international network of civil society organisations working for an Internet that serves human rights and social justice.",
        "cohorts": [2022],
    },
    {
        "slug": "business-and-human-rights-group",
        "name": "The Business and Human Rights Group",
        "sector": CIVIL_SOCIETY,
        "bio": "An organisation working on business and human rights, and a partner in the Task Force on Digital Equality.",
        "cohorts": [2022],
    },
    {
        "slug": "wikimedia-foundation",
        "name": "Wikimedia Foundation",
        "sector": TECHNICAL_COMMUNITY,
        "country": "US",
        "website": "https://wikimediafoundation.org/",
        "bio": "The non-profit that hosts Wikipedia and other free knowledge projects.",
        "cohorts": [2022, 2024],
    },
    {
        "slug": "meta",
        "name": "Meta",
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.meta.com/",
        "bio": "A technology company that runs social media and messaging services.",
        "cohorts": [2022],
    },
    {
        "slug": "international-press-institute",
        "name": "International Press Institute (IPI)",
        "sector": CIVIL_SOCIETY,
        "country": "AT",
        "website": "https://ipi.media/",
        "bio": "A global network of editors, journalists and media executives that defends press freedom.",
        "cohorts": [2022],
    },
    {
        "slug": "salesforce",
        "name": "Salesforce",
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.salesforce.com/",
        "bio": "A software company, one of the new members of the 2024–2026 cohort.",
        "cohorts": [2024],
    },
    {
        "slug": "tech-global-institute",
        "name": "Tech Global Institute",
        "sector": CIVIL_SOCIETY,
        "bio": "A technology policy organisation, one of the new members of the 2024–2026 cohort.",
        "cohorts": [2024],
    },
    {
        "slug": "dfrlab",
        "name": "Atlantic Council Digital Forensic Research Lab (DFRLab)",
        "sector": CIVIL_SOCIETY,
        "country": "US",
        "website": "https://dfrlab.org/",
        "bio": "A research lab of the Atlantic Council that studies disinformation and digital threats to democracy.",
        "cohorts": [2024],
    },
    {
        "slug": "google",
        "name": "Google",
        "sector": PRIVATE_SECTOR,
        "country": "US",
        "website": "https://www.google.com/",
        "bio": "A technology company known for its search engine and the Android operating system.",
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

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
        "summary": "The first conference launched the coalition. Its founding governments adopted the Hague Declaration there, and US Secretary of State Hillary Clinton gave a keynote.",
    },
    {
        "edition": 2,
        "slug": "freedom-online-conference-2012",
        "title": conference_title(2012),
        "start_date": date(2012, 9, 6),
        "end_date": date(2012, 9, 7),
        "city": {"en": "Nairobi", "fr": "Nairobi", "es": "Nairobi", "ar": "نيروبي"},
        "host": "KE",
        "summary": "In Nairobi the members agreed the Terms of Reference that set out how the coalition works, and launched the Digital Defenders Partnership.",
    },
    {
        "edition": 3,
        "slug": "freedom-online-conference-2013",
        "title": conference_title(2013),
        "start_date": date(2013, 6, 17),
        "end_date": date(2013, 6, 18),
        "city": {"en": "Tunis", "fr": "Tunis", "es": "Túnez", "ar": "تونس"},
        "host": "TN",
        "summary": "The third conference set up three working groups open to governments, civil society, academia and companies: on a free and secure Internet, on digital development and openness, and on privacy and transparency.",
    },
    {
        "edition": 4,
        "slug": "freedom-online-conference-2014",
        "title": conference_title(2014),
        "start_date": date(2014, 4, 28),
        "end_date": date(2014, 4, 29),
        "city": {"en": "Tallinn", "fr": "Tallinn", "es": "Tallin", "ar": "تالين"},
        "host": "EE",
        "theme": "Free and Secure Internet for All",
        "summary": "About 400 delegates from more than 60 countries came to Tallinn, where the 23 members of the time adopted the Tallinn Agenda. The coalition’s website went live during the conference.",
    },
    {
        "edition": 5,
        "slug": "freedom-online-conference-2015",
        "title": conference_title(2015),
        "start_date": date(2015, 5, 4),
        "end_date": date(2015, 5, 5),
        "city": {"en": "Ulaanbaatar", "fr": "Oulan-Bator", "es": "Ulán Bator", "ar": "أولان باتور"},
        "host": "MN",
        "theme": "Internet Policy Making – Best Practices for Promoting Online Freedom",
        "summary": "Mongolia hosted the fifth conference, on policy making that protects freedom online. Working Group 3 presented a draft of its report on privacy and transparency there.",
    },
    {
        "edition": 6,
        "slug": "freedom-online-conference-2016",
        "title": conference_title(2016),
        "start_date": date(2016, 10, 17),
        "end_date": date(2016, 10, 18),
        "city": {"en": "San José", "fr": "San José", "es": "San José", "ar": "سان خوسيه"},
        "host": "CR",
        "summary": "More than 200 participants from 48 countries met in San José. Following a strategic review, the members adopted the San José Statement and a work plan, and asked for a lasting way to involve other stakeholders, which led to the Advisory Network.",
    },
    {
        "edition": 7,
        "slug": "freedom-online-conference-2018",
        "title": conference_title(2018),
        "start_date": date(2018, 11, 28),
        "end_date": date(2018, 11, 30),
        "city": {"en": "Berlin", "fr": "Berlin", "es": "Berlín", "ar": "برلين"},
        "venue": "Federal Foreign Office",
        "host": "DE",
        "theme": "Internet Freedom at a Crossroads – Common Paths towards Strengthening Human Rights Online",
        "summary": "Around 300 experts from some 50 countries met at Germany’s Federal Foreign Office to look for common ways of strengthening human rights online.",
    },
    {
        "edition": 8,
        "slug": "freedom-online-conference-2020",
        "title": conference_title(2020),
        "start_date": date(2020, 2, 6),
        "end_date": date(2020, 2, 7),
        "city": {"en": "Accra", "fr": "Accra", "es": "Acra", "ar": "أكرا"},
        "venue": "Kofi Annan International Peacekeeping Training Centre",
        "host": "GH",
        "theme": "Achieving a Common Vision for Internet Freedom",
        "summary": "Ghana welcomed more than 150 delegates to Accra. During the conference Finland was chosen to chair the coalition in 2021.",
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
        "theme": "Openness, accessibility and inclusion – Human Rights Online in the 2020s",
        "format": ConferenceFormat.VIRTUAL,
        "summary": "Hosted online by Finland in the coalition’s tenth year. It closed with a ministerial meeting on 3 December that adopted the Helsinki Declaration.",
    },
]

OTTAWA_AGENDA_CONSULTATIONS = [
    (Region.ASIA_PACIFIC, "Stakeholders from Asia and the Pacific"),
    (Region.EUROPE, "Stakeholders from across Europe"),
    (Region.LATIN_AMERICA, "Stakeholders from Latin America"),
    (Region.NORTH_AMERICA, "Stakeholders from North America"),
    (Region.SUB_SAHARAN_AFRICA, "Stakeholders from Sub-Saharan Africa"),
    (Region.MIDDLE_EAST_NORTH_AFRICA, "Stakeholders from the Middle East and North Africa"),
]

# The dates of the individual consultations are not known, only the year.
REGIONAL_CONSULTATIONS = [
    {
        "region": region,
        "year": 2022,
        "process": "FOC Ottawa Agenda",
        "summary": f"{who} gave their views on the coalition’s priorities, as input to the FOC Ottawa Agenda drafted under Canada’s chairship.",
        "outcome_document": "foc-ottawa-agenda",
    }
    for region, who in OTTAWA_AGENDA_CONSULTATIONS
]

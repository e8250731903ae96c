"""One truth in four languages: what the demo site states agrees with its own data, and
nothing written for editors reaches visitors.

Every public page (the sitemap's, in English, French, Spanish and Arabic) is read as a
visitor would read it, its text only."""

import html
import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from modeltranslation.translator import translator

from coalition.charts import membership_rows
from coalition.models import AdvisoryMember, MemberState
from coalition.models.common import current_year

pytestmark = pytest.mark.django_db

# A count of members, in each language: "38 members", "42 membres", "los 42 miembros",
# "38 عضوًا". Ranks ("the 38th member", "38e membre", "38.º miembro") are not counts.
COUNT = re.compile(
    r"(?<![\d.])(\d{1,3})(?![\d.,ºª]|e\b|er\b|th\b|st\b|nd\b|rd\b)\s+"
    r"(?:founding\s+|continuing\s+)?"
    r"(?:members?\b|member states|governments|membres|États membres|gouvernements"
    r"|miembros|Estados miembros|gobiernos|عضو|دولة|حكومة|الأعضاء)"
    # …of member states: not the Advisory Network's current or former members.
    r"(?!\S*\s+(?:actuels?|anciens?|actuales|antiguos|حالي|سابق))",
    re.IGNORECASE,
)
# Counts in words that no data can back: "more than forty", "plus de quarante"…
VAGUE = re.compile(
    r"(more than|over|nearly|almost|plus de|près de|más de|casi|أكثر من|نحو)\s+"
    r"(thirty|forty|fifty|trente|quarante|cinquante|treinta|cuarenta|cincuenta"
    r"|ثلاثين|أربعين|خمسين)",
    re.IGNORECASE,
)
# What an editor writes for another editor, in the demo's four languages.
EDITORS_NOTES = re.compile(
    r"inferred|no source|not found|placeholder|to be confirmed|(?-i:\bTODO\b|\bTBC\b|\bL: )"
    r"|déduite?|aucune source|à confirmer|deducid[oa]|ninguna fuente|por confirmar"
    r"|استُنتج|لا يصف أي مصدر",
    re.IGNORECASE,
)


def visible_text(response):
    body = response.content.decode()
    body = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.fixture
def demo_pages():
    call_command("load_demo_content", stdout=StringIO())
    client = Client()
    sitemap = client.get("/sitemap.xml").content.decode()
    urls = sorted(set(re.findall(r"<loc>http://testserver(.*?)</loc>", sitemap)))
    assert len(urls) > 400  # every page, in four languages
    return {url: visible_text(client.get(url)) for url in urls}


def test_no_note_to_editors_reaches_visitors(demo_pages):
    found = {url: EDITORS_NOTES.findall(text) for url, text in demo_pages.items()}
    assert {url: notes for url, notes in found.items() if notes} == {}


def test_every_count_of_members_agrees_with_the_data(demo_pages):
    """A count is the current one, or the one of a year the page speaks of (the data's
    growth from the end of the year before to the end of that year)."""
    states = list(MemberState.objects.published())
    by_year = {row["year"]: row["count"] for row in membership_rows(states)}
    current = MemberState.objects.published().members().count()
    wrong = []
    for url, text in demo_pages.items():
        years = {int(year) for year in re.findall(r"\b(20[0-4]\d)\b", text)}
        allowed = {current}
        for year in years & set(by_year):
            low, high = sorted((by_year.get(year - 1, 0), by_year[year]))
            allowed |= set(range(low, high + 1))
        for match in COUNT.finditer(text):
            if int(match.group(1)) not in allowed:
                wrong.append((url, match.group(0)))
        wrong += [(url, match.group(0)) for match in VAGUE.finditer(text)]
    assert wrong == []


def test_the_figures_are_the_datas():
    call_command("load_demo_content", stdout=StringIO())
    year = current_year()
    members = MemberState.objects.published().members().count()
    current = AdvisoryMember.objects.published().current(year).count()
    former = AdvisoryMember.objects.published().former(year).count()
    assert (members, current) == (40, 8)
    assert current + former == AdvisoryMember.objects.published().count()
    client = Client()
    home = visible_text(client.get("/en/"))
    assert f"{members} member states" in home
    assert f"{current} current Advisory Network members" in home
    assert f"The coalition has {members} member states" in visible_text(client.get("/en/members/"))
    network = visible_text(client.get("/en/advisory-network/"))
    assert f"The network has {current} current members" in network
    assert f"{former} former members served in earlier cohorts" in network
    assert f"{current} membres actuels" in visible_text(client.get("/fr/"))


def test_dates_are_shown_as_precisely_as_they_are_known():
    call_command("load_demo_content", stdout=StringIO())
    client = Client()
    page = client.get("/en/news/joint-statement-un-convention-against-cybercrime/")
    assert "January 2025" in visible_text(page)
    assert "1 January 2025" not in visible_text(page)
    assert '<time datetime="2025-01">' in page.text
    french = visible_text(client.get("/fr/news/"))
    assert "janvier 2025" in french
    assert "1er janvier 2025" not in french
    assert "1 janvier 2025" not in french
    # A date known to the day is shown to the day.
    assert "1 January 2026" in visible_text(client.get("/en/news/"))


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("fr", "Ce texte n’est pas encore disponible dans cette langue"),
        ("es", "Este texto aún no está disponible en este idioma"),
        ("ar", "هذا النص غير متوفر بهذه اللغة بعد"),
    ],
)
def test_a_text_in_english_on_another_languages_page_says_why(language, note):
    call_command("load_demo_content", stdout=StringIO())
    state = MemberState.objects.get(country="EE")
    assert not getattr(state, f"profile_{language}")  # the demo leaves profiles in English
    response = Client().get(f"/{language}/members/{state.slug}/")
    text = response.text
    assert note in text
    assert text.index(note) < text.index('<div lang="en"')
    # A translated text needs no such note.
    about = Client().get(f"/{language}/about/").text
    assert note not in about


def test_demo_content_fields_hold_no_editors_notes():
    """The same check on the stored content, every translated field in every language, so
    that a note in a field no page shows yet is caught too."""
    call_command("load_demo_content", stdout=StringIO())
    found = []
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).all_fields
        for obj in model._base_manager.all():
            for columns in fields.values():
                for column in columns:
                    value = getattr(obj, column.name, "") or ""
                    if isinstance(value, str) and EDITORS_NOTES.search(value):
                        found.append((model.__name__, obj.pk, column.name, value[:80]))
    assert found == []

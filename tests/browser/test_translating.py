"""A translator at work in a real browser: a news item translated side by side in French and
in Arabic in the admin, then a .po file exported and imported from the admin; axe-core on
the change form's language tabs and on the translation pages, in English and in Arabic."""

import polib
import pytest
from axe_playwright_python.sync_playwright import Axe

from coalition import staff_groups
from coalition.models import TranslationState
from tests import factories
from tests.browser import signed_in_session
from tests.browser.test_accessibility import AXE_OPTIONS, describe

pytestmark = pytest.mark.browser


@pytest.fixture
def translator_page(new_context, live_server):
    """A page signed in as a member of the Translator group (second factor included)."""
    staff_groups.sync()
    session = signed_in_session("amina", "Translator")
    context = new_context(session, viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.base = live_server.url
    return page


# Django's own breadcrumbs are the admin-wide accessibility work's, not this feature's.
OWN_PARTS = {"exclude": [[".breadcrumbs"]]}


def no_violations(page, where):
    violations = Axe().run(page, context=OWN_PARTS, options=AXE_OPTIONS).response["violations"]
    assert not violations, f"axe-core violations on {where}:\n" + describe(violations)


def open_tab(page, field, language):
    """Click the language tab of one field's group (static/admin/js/language_tabs.js; a
    translator's English is read-only, above the tabs)."""
    tabs = page.locator(".language-tabs").filter(has=page.locator(f"#id_{field}_fr"))
    tabs.locator(f'[role=tab][data-language="{language}"]').click()


def test_a_translator_translates_side_by_side_then_through_a_po_file(
    translator_page, screenshot_dir
):
    page = translator_page
    news = factories.NewsItemFactory(
        slug="annual-meeting",
        title_en="Annual meeting of the coalition",
        summary_en="The members met in Tallinn <and agreed>.",
    )
    change = f"{page.base}/admin/coalition/newsitem/{news.pk}/change/"
    page.goto(change)
    page.wait_for_selector(".language-tabs [role=tablist]")
    no_violations(page, "the change form (English admin)")

    # French: the English source is shown beside the French input, read-only.
    open_tab(page, "title", "fr")
    french = page.locator("#id_title_fr")
    assert french.is_visible()
    pair = page.locator(".side-by-side").filter(has=french)
    source = pair.locator(".english-source-text")
    assert source.is_visible()
    assert source.inner_text() == "Annual meeting of the coalition"
    assert source.get_attribute("lang") == "en"
    french.fill("Réunion annuelle de la coalition")
    no_violations(page, "the change form's French tab")
    page.screenshot(path=screenshot_dir / "admin-side-by-side-fr.png", full_page=True)

    # Arabic: the input is right to left, the English source beside it left to right.
    open_tab(page, "title", "ar")
    arabic = page.locator("#id_title_ar")
    assert arabic.get_attribute("dir") == "rtl"
    arabic_source = page.locator(".side-by-side").filter(has=arabic).locator(".english-source")
    assert arabic_source.is_visible()
    arabic.fill("الاجتماع السنوي للتحالف")
    page.locator("input[name=_continue]").click()
    page.wait_for_selector(".messagelist .success")
    news.refresh_from_db()
    assert news.title_fr == "Réunion annuelle de la coalition"
    assert news.title_ar == "الاجتماع السنوي للتحالف"
    assert (
        TranslationState.objects.get(
            model="coalition.newsitem", object_id=news.pk, field="title", language="ar"
        ).status
        == "current"
    )

    # The overview, then the French file downloaded from it.
    page.goto(f"{page.base}/admin/translations/overview/")
    no_violations(page, "the translation overview")
    page.screenshot(path=screenshot_dir / "admin-translations-en.png", full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download every field in French (.po)").click()
    path = download.value.path()
    catalogue = polib.pofile(str(path))
    entry = catalogue.find("coalition.newsitem:annual-meeting:summary", by="msgctxt")
    assert entry.msgid == "The members met in Tallinn <and agreed>."
    entry.msgstr = "Les membres se sont réunis à Tallinn <et se sont accordés>."
    catalogue.save(str(path))

    # Imported from the admin: a preview first, that changes nothing, then apply.
    page.goto(f"{page.base}/admin/translations/import/")
    no_violations(page, "the import form")
    page.get_by_label("Language of the file").select_option("fr")
    page.get_by_label(".po file").set_input_files(str(path))
    page.get_by_role("button", name="Preview the import").click()
    page.wait_for_selector(".translation-changes")
    assert "réunis à Tallinn &lt;et" in page.content()
    news.refresh_from_db()
    assert not news.summary_fr  # the preview changed nothing
    no_violations(page, "the import preview")
    page.screenshot(path=screenshot_dir / "admin-import-preview.png", full_page=True)
    page.get_by_role("button", name="Apply the import").click()
    page.wait_for_selector(".messagelist .success")
    news.refresh_from_db()
    assert news.summary_fr == "Les membres se sont réunis à Tallinn <et se sont accordés>."


def test_the_admin_in_arabic_is_right_to_left_and_accessible(translator_page, screenshot_dir):
    page = translator_page
    news = factories.NewsItemFactory(title_en="Annual meeting", title_fr="Réunion annuelle")
    page.goto(f"{page.base}/admin/translations/overview/")
    page.locator('.admin-language button[value="ar"]').click()
    page.wait_for_load_state("load")
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ar", "rtl")
    no_violations(page, "the translation overview in Arabic")
    page.screenshot(path=screenshot_dir / "admin-translations-ar.png", full_page=True)

    page.goto(f"{page.base}/admin/coalition/newsitem/{news.pk}/change/")
    page.wait_for_selector(".language-tabs [role=tablist]")
    assert page.locator("html").get_attribute("dir") == "rtl"
    no_violations(page, "the change form in Arabic")
    arabic = page.locator("#id_title_ar")
    page.locator(".language-tabs").filter(has=arabic).locator('[data-language="ar"]').click()
    assert arabic.is_visible()
    pair = page.locator(".side-by-side").filter(has=arabic)
    assert pair.locator(".english-source-text").is_visible()
    # Right to left: the English source (first in the grid) is on the right.
    source_box = pair.locator(".english-source").bounding_box()
    input_box = arabic.bounding_box()
    assert source_box["x"] > input_box["x"]
    no_violations(page, "the change form's Arabic tab in Arabic")
    page.screenshot(path=screenshot_dir / "admin-side-by-side-ar.png", full_page=True)

    page.goto(f"{page.base}/admin/translations/import/")
    no_violations(page, "the import form in Arabic")

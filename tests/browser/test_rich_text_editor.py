"""The admin's rich-text editor in a real browser: a Secretariat member writes a page's text
with a link to a document and a list, in English and in Arabic, and sees it on the public
page; adds a news item with a photo; axe-core finds nothing wrong with the editor or with
the pages, and the Content-Security-Policy is never broken."""

import io
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from PIL import Image

from coalition.models import Document, NewsItem, Page, Status
from tests.browser import signed_in_session
from tests.browser.test_accessibility import AXE_OPTIONS, describe
from tests.browser.test_security_policy import RECORD_VIOLATIONS

pytestmark = pytest.mark.browser


@pytest.fixture
def secretariat_session(site_content):
    return signed_in_session("secretariat", "Secretariat")


@pytest.fixture
def admin_page(new_context, live_server, secretariat_session):
    def open_(path, language):
        context = new_context(secretariat_session, language)
        context.add_init_script(RECORD_VIOLATIONS)
        page = context.new_page()
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        return page

    return open_


def axe_violations(page, context=None):
    return Axe().run(page, context=context, options=AXE_OPTIONS).response["violations"]


# On the admin's change form, what this feature adds: the editors (toolbar, text area) and
# the pickers of internal links. (The rest of the form is Django's and modeltranslation's.)
EDITORS = {"include": [[".prose-editor"], [".rich-text-links"]]}


def word_position(editor, words, word):
    """Where `word` is inside the paragraph that holds `words`, for a click on it."""
    box = editor.evaluate(
        """(root, [words, word]) => {
            const node = [...root.querySelectorAll("p")].find(p => p.textContent === words).firstChild;
            const range = document.createRange();
            const start = words.indexOf(word);
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            const rect = range.getBoundingClientRect();
            const outer = node.parentElement.getBoundingClientRect();
            return {x: rect.x - outer.x + rect.width / 2, y: rect.y - outer.y + rect.height / 2};
        }""",
        [words, word],
    )
    return box


def editor_of(page, field):
    return page.locator(f".prose-editor:has(#id_{field}) .ProseMirror[role=textbox]")


@pytest.mark.parametrize(
    ("language", "words", "linked", "item"),
    [
        ("en", "Read the terms", "terms", ("First point", "Second point")),
        ("ar", "اقرأ الاختصاصات", "الاختصاصات", ("النقطة الأولى", "النقطة الثانية")),
    ],
)
def test_a_page_text_with_a_link_and_a_list(admin_page, live_server, language, words, linked, item):
    document = Document.objects.get(slug="stockholm-terms-of-reference")
    page_obj = Page.objects.create(
        title_en="Editor test",
        slug="editor-test",
        status=Status.PUBLISHED,
        published_at=timezone.now(),
    )
    page = admin_page(f"/admin/coalition/page/{page_obj.pk}/change/", language)
    field = f"intro_{language}"
    page.wait_for_selector(".language-tabs [role=tablist]", timeout=10000)
    tabs = page.locator(".language-tabs").filter(has=page.locator(f"#id_{field}"))
    tabs.locator(f'[role=tab][data-language="{language}"]').first.click()
    editor = editor_of(page, field)
    editor.wait_for(timeout=10000)
    # The editor has a name, and the field's language and direction.
    assert editor.get_attribute("role") == "textbox"
    assert editor.get_attribute("aria-label")
    assert editor.get_attribute("lang") == language
    assert editor.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert page.locator(".rich-text-links").count() >= 4  # one per language at least
    found = axe_violations(page, EDITORS)
    assert found == [], describe(found)

    editor.click()
    page.keyboard.type(words)
    page.keyboard.press("Enter")
    page.keyboard.type("- " + item[0])
    page.keyboard.press("Enter")
    page.keyboard.type(item[1])
    # Select the word to link (a double click), choose the document, link it.
    editor.get_by_text(words).dblclick(position=word_position(editor, words, linked))
    reference = f"item:document:{document.pk}"
    page.wait_for_selector(f'#id_{field}-link option[value="{reference}"]', state="attached")
    page.locator(f"#id_{field}-link").select_option(reference)
    page.locator(f"#id_{field}-link ~ button").click()
    assert f'<a href="{reference}">{linked}</a>' in page.locator(f"#id_{field}").input_value()
    with page.expect_navigation():
        page.locator('input[name="_continue"]').click()
    assert page.evaluate("window.__violations") == []

    page_obj.refresh_from_db()
    stored = getattr(page_obj, field)
    assert f'<a href="{reference}">{linked}</a>' in stored
    assert f"<ul><li><p>{item[0]}</p></li><li><p>{item[1]}</p></li></ul>" in stored

    public = admin_page(f"/{language}/editor-test/", language)
    html = public.content()
    assert re.search(
        rf'<a href="/{language}/documents/stockholm-terms-of-reference/">(<bdi>)?{linked}', html
    )
    assert public.locator(".rich-text ul li").count() == 2
    found = axe_violations(public)
    assert found == [], describe(found)


def test_a_news_item_with_a_photo(admin_page, live_server, tmp_path):
    page = admin_page("/admin/coalition/newsitem/add/", "en")
    page.fill("#id_title_en", "A photographed meeting")
    page.fill("#id_date", "2024-05-02")
    photo = io.BytesIO()
    Image.new("RGB", (900, 600), "teal").save(photo, "JPEG")
    path = tmp_path / "meeting.jpg"
    path.write_bytes(photo.getvalue())
    page.set_input_files("#id_photo", str(path))
    page.fill("#id_photo_alt_en", "Delegates around a table")
    page.select_option("#id_status", "published")
    body = editor_of(page, "body_en")
    body.click()
    page.keyboard.type("What was said.")
    with page.expect_navigation():
        page.locator('input[name="_save"]').click()
    assert page.locator(".errorlist, .errornote").all_text_contents() == [], page.url
    item = NewsItem.objects.get(slug="a-photographed-meeting")
    assert (item.photo_width, item.photo_height) == (900, 600)
    assert item.body_en == "<p>What was said.</p>"

    for language in ("en", "ar"):
        public = admin_page(f"/{language}/news/a-photographed-meeting/", language)
        img = public.locator("img.news-photo")
        assert img.get_attribute("alt") == "Delegates around a table"
        assert img.get_attribute("width") == "900"
        assert public.evaluate("document.querySelector('img.news-photo').naturalWidth") > 0
        found = axe_violations(public)
        assert found == [], describe(found)
        listing = admin_page(f"/{language}/news/", language)
        assert listing.locator("img.item__photo").count() >= 1
        found = axe_violations(listing)
        assert found == [], describe(found)

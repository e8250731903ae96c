"""Review in a real browser, in English and in Arabic: an editor sends a change to a
published news item for review, a publisher approves it from the home page, then orders a
page's sections with the keyboard. axe-core finds nothing on the home and review pages."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from coalition import models
from tests import factories
from tests.browser import signed_in_session
from tests.browser.test_accessibility import AXE_OPTIONS, describe

pytestmark = pytest.mark.browser


@pytest.fixture
def as_staff(new_context):
    """as_staff(session, language) -> a page in a browser signed in with that session."""
    return lambda session, language: new_context(session, language).new_page()


def assert_accessible(page, context=None):
    """No violation on the page, or in `context` (a selector) where the rest is Django's."""
    violations = Axe().run(page, context=context, options=AXE_OPTIONS).response["violations"]
    assert not violations, "axe-core violations:\n" + describe(violations)


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_send_approve_and_reorder(as_staff, live_server, screenshot_dir, language, direction):
    news = factories.NewsItemFactory(title_en="Chair's statement", slug="chairs-statement")
    page_item = factories.PageFactory(title_en="About", slug="about")
    for order, heading in enumerate(["Mandate", "Members", "History"], start=1):
        models.PageSection.objects.create(page=page_item, heading_en=heading, order=order)
    editor = as_staff(signed_in_session("amina", "Secretariat editor"), language)
    publisher = as_staff(signed_in_session("pierre", "Publisher"), language)

    # The editor changes the published item and sends it for review.
    editor.goto(f"{live_server.url}/admin/coalition/newsitem/{news.pk}/change/")
    assert editor.locator("html").get_attribute("dir") == direction
    assert editor.locator("input[name=_save]").count() == 0
    # The language tabs open on the staff member's language.
    field = f"title_{language}"
    editor.fill(f"#id_{field}", "Chair's statement on AI")
    editor.select_option(
        "#id_review_reviewer", label=editor.locator("#id_review_reviewer option").first.inner_text()
    )
    editor.fill("#id_review_note", "Title made clearer.")
    editor.screenshot(path=screenshot_dir / f"admin-send-for-review-{language}.png", full_page=True)
    editor.click("input[name=_send_for_review]")
    editor.wait_for_load_state("load")
    news.refresh_from_db()
    assert news.title_en == "Chair's statement"
    assert models.PendingChange.objects.get().proposed == {field: "Chair's statement on AI"}

    # The publisher finds it on the home page, and approves it.
    publisher.goto(f"{live_server.url}/admin/")
    assert publisher.locator("html").get_attribute("dir") == direction
    assert publisher.locator("#to-review a").count() == 1
    assert_accessible(publisher)
    publisher.screenshot(path=screenshot_dir / f"admin-dashboard-{language}.png", full_page=True)
    publisher.click("#to-review a")
    publisher.wait_for_selector(".review-diff")
    assert "Chair's statement on AI" in publisher.locator(".review-diff").inner_text()
    assert_accessible(publisher)
    publisher.screenshot(path=screenshot_dir / f"admin-review-{language}.png", full_page=True)
    publisher.click("button[value=approve]")
    publisher.wait_for_load_state("load")
    news.refresh_from_db()
    assert getattr(news, field) == "Chair's statement on AI"
    assert publisher.locator("#to-review").count() == 0

    # The publisher moves the first section down with the keyboard, and saves.
    publisher.goto(f"{live_server.url}/admin/coalition/page/{page_item.pk}/change/")
    down = publisher.locator("#sections-0 .order-down")
    down.focus()
    publisher.keyboard.press("Enter")
    status = publisher.locator("#admin-tools-status")
    expect(status).to_have_text(re.compile("2.*3"))
    orders = publisher.locator(".inline-related:not(.empty-form) [data-order-field]")
    expect(orders.first).to_have_value("1")  # the second section now comes first
    expect(publisher.locator("#sections-0 [data-order-field]")).to_have_value("2")
    expect(publisher.locator("#sections-0 .order-down")).to_be_focused()
    publisher.keyboard.press("ArrowDown")  # on to the last place
    expect(status).to_have_text(re.compile("3.*3"))
    expect(publisher.locator("#sections-0 [data-order-field]")).to_have_value("3")
    publisher.click("input[name=_save]")
    publisher.wait_for_load_state("load")
    headings = list(page_item.sections.values_list("heading_en", flat=True))
    assert headings == ["Members", "History", "Mandate"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_copy_and_revoke_a_share_link(as_staff, live_server, language):
    draft = factories.NewsItemFactory(status=models.Status.DRAFT, title_en="Draft news")
    page = as_staff(signed_in_session("amina", "Secretariat editor"), language)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{live_server.url}/admin/coalition/newsitem/{draft.pk}/change/")
    page.click("#share-links form button[type=submit]")
    page.wait_for_selector(".share-link-url")
    link = models.ShareLink.objects.get()
    url = page.locator(".share-link-url").inner_text()
    assert url.endswith(f"/shared/{link.token}/")
    copy = page.locator("button.copy-link")
    expect(copy).to_be_visible()
    copy.click()
    expect(page.locator("#admin-tools-status")).not_to_be_empty()
    assert page.evaluate("navigator.clipboard.readText()") == url
    # Django's own change form has unlabelled widgets (select2, split date and time).
    assert_accessible(page, "#share-links")

    page.click("button.revoke-link")
    page.wait_for_load_state("load")
    assert page.locator(".share-link-url").count() == 0
    response = page.goto(url)
    assert response.status == 410
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_reorder_pages_in_their_list_with_the_keyboard(as_staff, live_server):
    for order, title in enumerate(["Alpha", "Beta", "Gamma"], start=1):
        factories.PageFactory(title_en=title, slug=title.lower(), order=order)
    # The Secretariat: published pages are reordered from the list by those who may publish.
    page = as_staff(signed_in_session("amina", "Secretariat"), "en")
    page.goto(f"{live_server.url}/admin/coalition/page/")
    rows = page.locator("#result_list tbody tr")
    up = rows.nth(2).locator(".order-up")
    up.focus()
    page.keyboard.press("ArrowUp")
    expect(page.locator("#admin-tools-status")).to_have_text("Moved to position 2 of 3.")
    page.keyboard.press("Enter")  # the button itself: up once more, to the top
    expect(page.locator("#admin-tools-status")).to_have_text("Moved to position 1 of 3.")
    expect(rows.first).to_contain_text("Gamma")
    page.click("input[name=_save]")
    page.wait_for_load_state("load")
    titles = list(models.Page.objects.order_by("order").values_list("title_en", flat=True))
    assert titles == ["Gamma", "Alpha", "Beta"]

"""The admin in a real browser: every page staff use (tests/admin_pages.py), in English and
in Arabic, has no axe-core violation (WCAG 2.2 AA, target size included) and no horizontal
scrolling at 1280 CSS pixels; the document list fits 1024 px too and stays usable at 390.

The pages are walked in groups (a test each, so that test processes share the walk), in
one browser context a group: one after the other, with the session and the admin language
set as cookies, and each reported failure collected before one assert.
"""

from collections import Counter
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

from tests.admin_pages import (
    ADMIN_LANGUAGES,
    ADMIN_PAGES,
    ANONYMOUS,
    SECRETARIAT,
    admin_objects,
    admin_users,
    session_key,
)
from tests.browser import load_site_content
from tests.browser.test_accessibility import AXE_OPTIONS, describe

pytestmark = pytest.mark.browser

# Pages photographed for a person to look at (test-results/screenshots/admin-*.png).
PHOTOGRAPHED = {"login", "index", "document-list", "document-change", "page-change", "user-list"}
# Pages checked at narrower widths too: (width, no horizontal scrolling required).
NARROW = {"document-list": [(1024, True), (390, False)], "page-change": [(390, False)]}


def scroll_width(page):
    """How wide the page's content is; a list's table that scrolls inside its box counts."""
    return page.evaluate(
        """() => Math.max(
            document.scrollingElement.scrollWidth,
            ...Array.from(document.querySelectorAll("#changelist .results"), results =>
                window.innerWidth + results.scrollWidth - results.clientWidth),
        )"""
    )


@pytest.fixture
def admin_browser(browser, live_server):
    """A function that opens every admin page in one language: {page name: failures}."""

    def visit_all(language, screenshot_dir, admin_pages):
        load_site_content()
        users = admin_users()
        objects = admin_objects(users)
        sessions = {who: session_key(who, user) for who, user in users.items()}
        host = urlsplit(live_server.url).hostname
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.route(
            "**/*",
            lambda route: (
                route.continue_() if urlsplit(route.request.url).hostname == host else route.abort()
            ),
        )
        axe = Axe()
        failures, counts = {}, Counter()
        try:
            for admin_page in admin_pages:
                context.clear_cookies()
                cookies = [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language}]
                if admin_page.who != ANONYMOUS:
                    cookies.append(
                        {"name": settings.SESSION_COOKIE_NAME, "value": sessions[admin_page.who]}
                    )
                context.add_cookies([{**c, "domain": host, "path": "/"} for c in cookies])
                page.set_viewport_size({"width": 1280, "height": 900})
                path = admin_page.path(objects)
                response = page.goto(live_server.url + path)
                problems = []
                if response.status != admin_page.status:
                    problems.append(f"status {response.status} at {page.url}")
                if page.locator("html").get_attribute("lang") != language:
                    problems.append("the page is not in the language asked for")
                violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
                for violation in violations:
                    counts[violation["id"]] += len(violation["nodes"])
                if violations:
                    problems.append(describe(violations))
                if (width := scroll_width(page)) > 1280:
                    problems.append(f"{width} px of content in a 1280 px window")
                name = f"admin-{admin_page.name}-{language}"
                if admin_page.name in PHOTOGRAPHED:
                    page.screenshot(path=screenshot_dir / f"{name}-1280.png", full_page=True)
                for narrow, must_fit in NARROW.get(admin_page.name, []):
                    page.set_viewport_size({"width": narrow, "height": 900})
                    page.screenshot(path=screenshot_dir / f"{name}-{narrow}.png", full_page=True)
                    if must_fit and (width := scroll_width(page)) > narrow:
                        problems.append(f"{width} px of content in a {narrow} px window")
                if problems:
                    failures[f"{admin_page.name} ({path})"] = problems
        finally:
            context.close()
        return failures, counts

    return visit_all


GROUPS = 4
WALKS = [
    pytest.param(language, ADMIN_PAGES[group::GROUPS], id=f"{language}-{group + 1}-of-{GROUPS}")
    for language in ADMIN_LANGUAGES
    for group in range(GROUPS)
]


@pytest.mark.parametrize(("language", "admin_pages"), WALKS)
def test_every_admin_page_passes_axe_and_fits(admin_browser, screenshot_dir, language, admin_pages):
    failures, counts = admin_browser(language, screenshot_dir, admin_pages)
    report = "\n".join(f"== {name}\n" + "\n".join(problems) for name, problems in failures.items())
    assert not failures, f"axe-core nodes by rule: {dict(counts)}\n{report}"


@pytest.mark.parametrize(("language", "forward"), [("en", "ArrowRight"), ("ar", "ArrowLeft")])
def test_language_tabs_follow_the_tabs_pattern_and_the_keyboard(
    browser, live_server, screenshot_dir, language, forward
):
    """Each translated field: a tablist of tabs (buttons) and their panels, no interactive
    element inside another; arrows (mirrored right to left), Home and End move between the
    languages, and the language chosen shows in every translated field of the page."""
    load_site_content()
    users = admin_users()
    objects = admin_objects(users)
    host = urlsplit(live_server.url).hostname
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [
            {"name": name, "value": value, "domain": host, "path": "/"}
            for name, value in [
                (settings.SESSION_COOKIE_NAME, session_key(SECRETARIAT, users[SECRETARIAT])),
                (settings.LANGUAGE_COOKIE_NAME, language),
            ]
        ]
    )
    try:
        page = context.new_page()
        document = objects["document"]
        page.goto(f"{live_server.url}/admin/coalition/document/{document.pk}/change/")
        page.wait_for_selector(".language-tabs [role=tablist]")
        assert page.locator(".ui-tabs, .ui-tabs-nav").count() == 0
        tablists = page.locator(".language-tabs > [role=tablist]")
        assert tablists.count() >= 2  # the title and the summary
        tabs = tablists.first.locator("[role=tab]")
        assert [tabs.nth(i).get_attribute("lang") for i in range(4)] == ["en", "fr", "es", "ar"]
        assert tablists.first.get_attribute("aria-label")
        # The page's language is chosen first.
        chosen = tablists.first.locator("[aria-selected=true]")
        assert chosen.get_attribute("lang") == language
        for i in range(tabs.count()):
            tab = tabs.nth(i)
            assert tab.evaluate("e => e.tagName") == "BUTTON"
            panel = page.locator(f"#{tab.get_attribute('aria-controls')}")
            assert panel.get_attribute("role") == "tabpanel"
            assert panel.get_attribute("aria-labelledby") == tab.get_attribute("id")
            assert panel.is_visible() == (tab.get_attribute("aria-selected") == "true")
            assert (tab.get_attribute("tabindex") == "0") == (
                tab.get_attribute("aria-selected") == "true"
            )
        # The field's label still says its language, to screen readers.
        title_en = page.locator("#id_title_en")
        label = page.locator("label[for=id_title_en]").inner_text()
        assert "(" in label
        assert "[en]" not in label

        tabs.first.click()
        assert title_en.is_visible()
        page.keyboard.press(forward)
        focused = page.evaluate("document.activeElement.getAttribute('lang')")
        assert focused == "fr"
        assert page.locator("#id_title_fr").is_visible()
        assert not title_en.is_visible()
        # Every translated field now shows French (the summary's textarea is behind its
        # rich-text editor: its panel is what shows).
        summary_fr = page.locator("[role=tabpanel]").filter(has=page.locator("#id_summary_fr"))
        assert summary_fr.is_visible()
        assert (
            not page.locator("[role=tabpanel]")
            .filter(has=page.locator("#id_summary_en"))
            .is_visible()
        )
        page.keyboard.press("End")
        assert page.evaluate("document.activeElement.getAttribute('lang')") == "ar"
        assert page.locator("#id_title_ar").is_visible()
        page.keyboard.press("Home")
        assert page.evaluate("document.activeElement.getAttribute('lang')") == "en"
        page.screenshot(path=screenshot_dir / f"admin-language-tabs-{language}.png")
    finally:
        context.close()

"""The layout at every width a visitor has, in every language: one page of each type, loaded
once per language and measured at 320, 390, 768, 1024, 1280 and 1440 CSS pixels.

At every width: nothing scrolls sideways, and the page's start (the brand, the breadcrumbs,
the heading) is one line. Below 64em (1024 px) the menu is closed, and the header is one row
(the brand and the Menu button). From 1024 px the sections are one row, in line with the
page, no item of the header sits alone on a row of its own, and the search box is on the
brand's row. Then the menu by keyboard at phone width, with JavaScript and without.
"""

import pytest

from tests.browser import PAGE_TYPES, load_site_content, page_path

pytestmark = pytest.mark.browser

WIDTHS = [320, 390, 768, 1024, 1280, 1440]
WIDE = 1024  # 64em: the menu is laid out in the header from here

# Everything measured in one round trip: boxes as [left, top, right, bottom].
MEASURE = """() => {
    const box = el => {
        if (!el || !el.checkVisibility({visibilityProperty: true})) return null;
        const r = el.getBoundingClientRect();
        return r.width || r.height ? [r.left, r.top, r.right, r.bottom] : null;
    };
    const boxes = selector => [...document.querySelectorAll(selector)].map(box);
    const firstLink = document.querySelector(".site-nav a");
    let navText = null;
    if (firstLink && box(firstLink)) {
        const range = document.createRange();
        range.selectNodeContents(firstLink);
        const r = range.getBoundingClientRect();
        navText = [r.left, r.top, r.right, r.bottom];
    }
    return {
        scrollWidth: document.scrollingElement.scrollWidth,
        rtl: getComputedStyle(document.documentElement).direction === "rtl",
        brand: box(document.querySelector(".brand")),
        toggle: box(document.querySelector(".menu__toggle")),
        search: box(document.querySelector(".site-search input")),
        menuOpen: document.querySelector("details.menu").open,
        navText: navText,
        rows: {
            sections: boxes(".site-nav li"),
            pages: boxes(".utility-nav li"),
            languages: boxes(".language-switcher li"),
        },
        crumbs: box(document.querySelector(".breadcrumbs li")),
        heading: box(document.querySelector("main h1")),
    };
}"""


def rows(item_boxes):
    """The items' boxes grouped by the row they sit on (their tops within 4 px)."""
    grouped = []
    for item in sorted((b for b in item_boxes if b), key=lambda b: b[1]):
        if grouped and abs(grouped[-1][0][1] - item[1]) <= 4:
            grouped[-1].append(item)
        else:
            grouped.append([item])
    return grouped


def start(box, rtl):
    return box[2] if rtl else box[0]


def check(m, width):
    """What is wrong with the layout measured as `m` at `width`, as a list of sentences."""
    problems = []
    if m["scrollWidth"] > width:
        problems.append(f"scrolls sideways: {m['scrollWidth']} px of content")
    rtl = m["rtl"]
    brand = m["brand"]
    if m["heading"] and abs(start(m["heading"], rtl) - start(brand, rtl)) > 1:
        problems.append("the heading does not start in line with the brand")
    if m["crumbs"] and abs(start(m["crumbs"], rtl) - start(brand, rtl)) > 1:
        problems.append("the breadcrumbs do not start in line with the brand")
    if width < WIDE:
        if m["menuOpen"] or any(
            m["rows"][name] != [] and any(m["rows"][name]) for name in m["rows"]
        ):
            problems.append("the menu is not closed")
        toggle = m["toggle"]
        if not toggle:
            problems.append("no Menu button")
        elif not (toggle[1] < brand[3] and toggle[3] > brand[1]):
            problems.append("the Menu button is not on the brand's row")
        return problems
    if m["toggle"]:
        problems.append("a Menu button on a wide screen")
    for name, item_boxes in m["rows"].items():
        if not any(item_boxes):
            problems.append(f"the header's {name} are not shown")
            continue
        lines = rows(item_boxes)
        if name == "sections" and len(lines) > 1:
            problems.append(f"the sections take {len(lines)} rows")
        if len(item_boxes) > 1 and any(len(line) == 1 for line in lines):
            problems.append(f"one of the header's {name} sits alone on a row")
    search = m["search"]
    if not search or not (search[1] < brand[3] and search[3] > brand[1]):
        problems.append("the search box is not on the brand's row")
    if m["navText"] and abs(start(m["navText"], rtl) - start(brand, rtl)) > 1:
        problems.append("the first section does not start in line with the brand")
    return problems


@pytest.fixture
def context(browser, live_server):
    load_site_content()
    contexts = []

    def make(javascript=True, width=1280):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, java_script_enabled=javascript
        )
        contexts.append(context)
        return context

    yield make
    for made in contexts:
        made.close()


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_every_page_fits_every_width(context, live_server, language):
    page = context().new_page()
    problems = []
    for name in PAGE_TYPES:
        page.set_viewport_size({"width": 1280, "height": 900})
        response = page.goto(live_server.url + page_path(name, language))
        assert response.status == 200, name
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            problems += [f"{name} at {width} px: {p}" for p in check(page.evaluate(MEASURE), width)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
@pytest.mark.parametrize("language", ["en", "ar"])
def test_menu_opens_and_closes_by_keyboard_at_phone_width(
    context, live_server, language, javascript
):
    page = context(javascript=javascript, width=390).new_page()
    page.goto(live_server.url + page_path("documents", language))
    first_section = page.locator(".site-nav a").first
    assert not first_section.is_visible()

    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Tab")  # the brand
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('menu__toggle')")
    assert not page.evaluate("document.querySelector('details.menu').open")
    page.keyboard.press("Enter")
    assert first_section.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.site-nav') !== null")
    box = first_section.bounding_box()
    assert box["y"] >= 0, "the first section is on screen"
    assert box["y"] + box["height"] <= 900, "the first section is on screen"

    if javascript:
        page.keyboard.press("Escape")
        assert not first_section.is_visible()
        assert page.evaluate("document.activeElement.classList.contains('menu__toggle')")
        page.keyboard.press("Enter")
        assert first_section.is_visible()
        page.evaluate("document.querySelector('main').click()")  # a click outside the menu
        assert not first_section.is_visible()
    else:
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
        assert not first_section.is_visible()

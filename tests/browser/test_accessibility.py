"""What a browser shows: axe-core's WCAG 2.2 AA rules, keyboard use, right-to-left, reflow."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser import COLLABORATION, PAGES

pytestmark = pytest.mark.browser

AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            summary = node["failureSummary"].replace("\n", "\n      ")
            lines.append(f"  - {node['target']}: {summary}")
    return "\n".join(lines)


# Pages photographed at phone and desktop widths too, for a person to look at.
PHOTOGRAPHED = {"home", "members", COLLABORATION, "document", "sub-entities"}


@pytest.mark.parametrize(("name", "language", "status"), PAGES)
def test_page_in_a_real_browser(open_page, screenshot_dir, name, language, status):
    """axe-core finds no violation, nothing is fetched from elsewhere, and the page reflows
    at 320 CSS pixels without horizontal scrolling (WCAG 1.4.10), in one page load."""
    page, response = open_page(name, language)
    assert response.status == status
    violations = Axe().run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, "axe-core violations:\n" + describe(violations)
    assert page.foreign_requests == []

    widths = (1280, 390, 320) if name in PHOTOGRAPHED else (320,)
    for width in widths:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=screenshot_dir / f"{name}-{language}-{width}.png", full_page=True)
    scroll_width = page.evaluate("document.scrollingElement.scrollWidth")
    assert scroll_width <= 320, f"{scroll_width} px of content in a 320 px viewport"


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_skip_link_is_the_first_stop_and_moves_focus_to_main(
    open_page, screenshot_dir, language, direction
):
    page, _response = open_page("home", language)
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == (language, direction)

    page.keyboard.press("Tab")
    focused = page.evaluate(
        """() => {
            const element = document.activeElement, style = getComputedStyle(element);
            const box = element.getBoundingClientRect();
            return {
                className: element.className, outline: style.outlineStyle,
                boxShadow: style.boxShadow, top: box.top, left: box.left, right: box.right,
            };
        }"""
    )
    assert focused["className"] == "skip-link"
    assert focused["outline"] != "none" or focused["boxShadow"] != "none", "focus is invisible"
    # Shown on the page while focused, at the start of the line: left in English, right in Arabic.
    middle = page.viewport_size["width"] / 2
    assert focused["top"] >= 0
    assert focused["left"] < middle if direction == "ltr" else focused["right"] > middle
    page.screenshot(path=screenshot_dir / f"skip-link-{language}.png")

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

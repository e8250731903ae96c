"""The world map in the keyboard order, and the flags as a browser gets them."""

import pytest

pytestmark = pytest.mark.browser

# What the focused element is: its tag, its address, and whether it sits inside the map.
FOCUSED = """() => {
    const element = document.activeElement;
    return {
        tag: element.tagName.toLowerCase(),
        href: element.getAttribute("href"),
        inMap: element.closest(".world-map svg") !== null,
    };
}"""


def tab_until(page, is_target, limit=80):
    """Press Tab until `is_target(focused)`; every focused element on the way, in order."""
    stops = []
    for _press in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        stops.append(focused)
        if is_target(focused):
            return stops
    raise AssertionError(f"not reached in {limit} tab stops: {stops[-5:]}")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_map_is_no_tab_stop_and_its_caption_leads_to_the_list(open_page, language):
    page, _response = open_page("members", language)
    stops = tab_until(page, lambda focused: focused["href"] == "#by-region")
    assert not any(stop["inMap"] for stop in stops)
    # Following the caption's link, the next stops are the list's (its sort links, then the
    # states), after the list's heading.
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate(
        "document.getElementById('by-region').compareDocumentPosition(document.activeElement)"
        " & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    member = f"/{language}/members/"
    tab_until(page, lambda focused: (focused["href"] or "").startswith(member), limit=4)


def test_from_the_home_page_the_keyboard_reaches_the_news_without_the_map(open_page):
    page, _response = open_page("home", "en")

    def a_news_item(focused):  # /en/news/<slug>/, not the list in the main navigation
        href = focused["href"] or ""
        return href.startswith("/en/news/") and href != "/en/news/"

    stops = tab_until(page, a_news_item)
    assert not any(stop["inMap"] for stop in stops)
    assert len(stops) < 45  # was about 80, with the map's forty states


def test_a_mouse_still_follows_a_state_on_the_map(open_page, live_server):
    page, _response = open_page("members", "en")
    page.locator('.world-map svg a[href="/en/members/germany/"]').click()
    page.wait_for_url(f"{live_server.url}/en/members/germany/")


def test_flags_are_crisp_svgs_from_the_site(open_page, live_server):
    page, _response = open_page("member", "en")
    flag = page.locator("h1 img.flag")
    assert flag.get_attribute("src") == "/static/flags/nl.svg"
    assert flag.evaluate("image => image.complete && image.naturalWidth > 0")
    response = page.request.get(f"{live_server.url}/static/flags/nl.svg")
    assert response.status == 200
    assert response.headers["content-type"].startswith("image/svg+xml")

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from playwright.sync_api import sync_playwright

from tests.browser import load_site_content, page_path

# Playwright's sync API keeps an event loop running in the test thread; without this,
# Django refuses the database calls that fixtures and the live server make.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results" / "screenshots"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium package"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}. CI must run the browser tests, never skip them.")
        pytest.skip(reason)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def new_context(browser, live_server):
    """new_context(session=None, language=None, **options) -> a browser context, closed
    after the test: signed in with the session key if one is given, asking for the language
    if one is given (its locale and Accept-Language)."""
    contexts = []
    host = urlsplit(live_server.url).hostname

    def new(session=None, language=None, **options):
        if language:
            options.update(locale=language, extra_http_headers={"Accept-Language": language})
        context = browser.new_context(**options)
        contexts.append(context)
        if session:
            context.add_cookies(
                [
                    {
                        "name": settings.SESSION_COOKIE_NAME,
                        "value": session,
                        "domain": host,
                        "path": "/",
                    }
                ]
            )
        return context

    yield new
    for context in contexts:
        context.close()


@pytest.fixture
def site_content(transactional_db):
    """The demo content, loaded before anything that the test adds (load_site_content)."""
    load_site_content()


@pytest.fixture
def open_page(browser, live_server):
    """open_page(name, language, width, height) -> (page, response) on the live server.

    Requests to any other host are aborted and recorded in page.foreign_requests: the
    site must work without third parties, and tests never touch the network.
    """
    load_site_content()
    origin = urlsplit(live_server.url).netloc
    contexts = []

    def open_(name, language, width=1280, height=900):
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        page.foreign_requests = []

        def only_local(route):
            if urlsplit(route.request.url).netloc == origin:
                route.continue_()
            else:
                page.foreign_requests.append(route.request.url)
                route.abort()

        page.route("**/*", only_local)
        response = page.goto(live_server.url + page_path(name, language))
        return page, response

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS

"""The Content-Security-Policy in a real browser: no page, public or admin, needs anything it
forbids (no inline script or style, nothing from elsewhere), and the admin's scripts (the
language tabs) still work."""

import pytest

from coalition.models import Document
from tests.browser import load_site_content, page_path, signed_in_session

pytestmark = pytest.mark.browser

# Every violation the browser reports, collected before any of the page's own code runs.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", event => {
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def browse(new_context, live_server):
    """browse(path, session=None) -> page, with violations recorded in window.__violations."""

    def open_(path, session=None):
        context = new_context(session)
        context.add_init_script(RECORD_VIOLATIONS)
        page = context.new_page()
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        page.wait_for_load_state("load")
        return page

    return open_


def violations(page):
    return page.evaluate("window.__violations")


@pytest.mark.parametrize(
    ("name", "language"),
    [("home", "en"), ("home", "ar"), ("members", "fr"), ("document", "es"), ("contact", "en")],
)
def test_public_pages_break_no_rule(browse, name, language):
    load_site_content()
    page = browse(page_path(name, language))
    assert page.evaluate("document.styleSheets.length") >= 1, "the style sheet is applied"
    assert violations(page) == []


def test_the_policy_is_enforced(browse):
    """The control: what the policy forbids is blocked and reported."""
    load_site_content()
    page = browse(page_path("home", "en"))
    page.evaluate(
        """() => {
            document.body.insertAdjacentHTML("beforeend", '<p style="color: red">x</p>');
            const script = document.createElement("script");
            script.textContent = "window.__ran = true";
            document.body.append(script);
        }"""
    )
    page.wait_for_function("window.__violations.length >= 2")
    assert page.evaluate("window.__ran") is None
    assert {v.split()[0] for v in violations(page)} >= {"style-src-attr", "script-src-elem"}


@pytest.fixture
def staff_session(site_content):
    """A superuser signed in with a second factor, as the admin requires: its session key."""
    return signed_in_session("csp-admin", superuser=True)


def test_admin_pages_break_no_rule_and_their_scripts_run(browse, staff_session):
    document = Document.objects.get(slug="tallinn-agenda")
    for path in ("/admin/", "/admin/coalition/document/"):
        page = browse(path, session=staff_session)
        assert violations(page) == [], path
    page = browse(f"/admin/coalition/document/{document.pk}/change/", session=staff_session)
    # The language tabs of translated fields are drawn by the site's own script.
    page.wait_for_selector(".language-tabs [role=tablist]", timeout=5000)
    assert page.locator(".language-tabs [role=tablist]").count() >= 1
    assert violations(page) == []

"""Browser tests (Playwright on Debian's Chromium, axe-core), and the public pages that they
and tests/test_html_validity.py check: home and a content page in English and Arabic
(right-to-left), and the page-not-found page."""

from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

COLLABORATION = "multistakeholder-collaboration"

# (name, language, status): one page per template, in a left-to-right and a right-to-left language.
PAGES = [
    ("home", "en", 200),
    ("home", "ar", 200),
    (COLLABORATION, "en", 200),
    (COLLABORATION, "ar", 200),
    ("not-found", "en", 404),
    ("not-found", "ar", 404),
]


def page_path(name, language):
    with translation.override(language):
        if name == "home":
            return reverse("coalition:home")
        if name == "not-found":
            return f"/{language}/no-such-page/"
        return reverse("coalition:page", kwargs={"slug": name})


def load_site_content():
    """The demo content that `make run` shows, in all four languages."""
    call_command("load_demo_content", verbosity=0)

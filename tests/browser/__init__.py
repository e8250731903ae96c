"""Browser tests (Playwright on Debian's Chromium, axe-core), and the public pages that they
and tests/test_html_validity.py check: one page of every type, in English and in Arabic
(right-to-left), with the demo content."""

from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

COLLABORATION = "multistakeholder-collaboration"

# Page type -> (URL name, its arguments): one page per template, with a slug from the demo.
PAGE_TYPES = {
    "home": ("coalition:home", {}),
    COLLABORATION: ("coalition:page", {"slug": COLLABORATION}),
    "members": ("coalition:member_list", {}),
    "member": ("coalition:member_detail", {"slug": "netherlands"}),
    "network": ("coalition:network_list", {}),
    "network-member": ("coalition:network_member_detail", {"slug": "access-now"}),
    "sub-entities": ("coalition:sub_entity_list", {}),
    "sub-entity": ("coalition:sub_entity_detail", {"slug": "tfis"}),
    "conferences": ("coalition:conference_list", {}),
    "conference": ("coalition:conference_detail", {"slug": "freedom-online-conference-2014"}),
    "partnerships": ("coalition:partnership_list", {}),
    "partnership": ("coalition:partnership_detail", {"slug": "digital-defenders-partnership"}),
    "documents": ("coalition:document_list", {}),
    "document": ("coalition:document_detail", {"slug": "tallinn-agenda"}),
    "news": ("coalition:news_list", {}),
    "news-item": ("coalition:news_detail", {"slug": "united-states-withdraws"}),
    "contact": ("coalition:contact", {}),
    "search": ("coalition:search", {}),
}
LANGUAGES = ["en", "ar"]

# (name, language, status)
PAGES = [(name, language, 200) for name in PAGE_TYPES for language in LANGUAGES] + [
    ("not-found", language, 404) for language in LANGUAGES
]


def page_path(name, language):
    if name == "not-found":
        return f"/{language}/no-such-page/"
    url_name, kwargs = PAGE_TYPES[name]
    with translation.override(language):
        return reverse(url_name, kwargs=kwargs)


def load_site_content():
    """The demo content that `make run` shows, in all four languages."""
    call_command("load_demo_content", verbosity=0)

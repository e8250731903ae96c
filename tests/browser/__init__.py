"""Browser tests (Playwright on Debian's Chromium, axe-core), and the public pages that they
and tests/test_html_validity.py check: one page of every type, in English and in Arabic
(right-to-left), with the demo content."""

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import translation

from tests.admin_pages import SECRETARIAT, session_key

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


def _holds_rows():
    """Whether the database holds any row but those that Django's post-migrate signal
    writes again after each flush (content types, permissions, the staff groups)."""
    remade = {ContentType, Permission, Group}
    return any(
        model._default_manager.exists() for model in apps.get_models() if model not in remade
    )


def signed_in_session(username, *groups, superuser=False):
    """The session key of a new staff member of `groups` (or a superuser), signed in with
    a second factor as the admin requires."""
    User = get_user_model()
    if superuser:
        user = User.objects.create_superuser(username, password="a long enough password")
    else:
        user = User.objects.create_user(username, password="a long enough password", is_staff=True)
        user.groups.add(*(Group.objects.get(name=group) for group in groups))
    return session_key(SECRETARIAT, user)


# The demo content as first loaded in this test process (SQLite in memory only).
_loaded = {}


def load_site_content():
    """The demo content that `make run` shows, in all four languages.

    On SQLite in memory (where the browser tests run), outside a transaction, the first
    load in a test process is kept: a copy of the database and of the files it made. Each later test gets that copy
    back in milliseconds, where loading again takes seconds; its files go to the test's own
    MEDIA_ROOT, and the content-type cache is emptied, the copy's rows having their own
    keys."""
    copied = connection.vendor == "sqlite" and connection.is_in_memory_db()
    # A copy of a transaction would be unsafe; one over rows the test made would lose them.
    if not copied or connection.in_atomic_block or _holds_rows():
        call_command("load_demo_content", verbosity=0)
        return
    connection.ensure_connection()
    if not _loaded:
        call_command("load_demo_content", verbosity=0)
        _loaded["database"] = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(_loaded["database"])
        _loaded["media"] = Path(tempfile.mkdtemp(prefix="demo-media-"))
        atexit.register(shutil.rmtree, _loaded["media"], ignore_errors=True)
        shutil.copytree(settings.MEDIA_ROOT, _loaded["media"], dirs_exist_ok=True)
        return
    _loaded["database"].backup(connection.connection)
    shutil.copytree(_loaded["media"], settings.MEDIA_ROOT, dirs_exist_ok=True)
    ContentType.objects.clear_cache()

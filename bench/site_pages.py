"""The site's page types as the browser tests name them (tests/browser/__init__.py), with
their addresses, for the scripts in bench/ (Lighthouse, screenshots)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def page_paths(languages, names=None, *, language_first=False, not_found=False):
    """(name, language, path) of each page type named (default: all, and the 404 page if
    `not_found`), page by page, or language by language if `language_first`."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "focsite.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
    import django

    django.setup()
    from tests.browser import PAGE_TYPES, page_path

    names = names or [*PAGE_TYPES, *(["not-found"] if not_found else [])]
    if language_first:
        pairs = [(name, language) for language in languages for name in names]
    else:
        pairs = [(name, language) for name in names for language in languages]
    for name, language in pairs:
        yield name, language, page_path(name, language)

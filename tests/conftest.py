import os
import shutil
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from coalition import outage

User = get_user_model()


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    """Tests render templates without running collectstatic first."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Tests make and sign in many accounts: a hasher that costs nothing (production's costs
    about half a second a password, by design, and is not what the tests test)."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    """Uploaded and generated files go to a temporary folder, never into var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _a_cache_of_its_own(settings, request):
    """Each test sees an empty cache (local memory, or Redis when REDIS_URL is set), without
    clearing what other test processes keep there: its keys get a prefix of their own."""
    settings.CACHES = {
        alias: {**options, "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
        for alias, options in settings.CACHES.items()
    }


@pytest.fixture(autouse=True)
def _a_beacon_of_its_own(settings, tmp_path):
    """Each test has its own content-version beacon (coalition/beacon.py): its own file,
    or, with Redis, a key under the test's own prefix."""
    settings.CONTENT_VERSION_FILE = tmp_path / "content-version.json"


@pytest.fixture(autouse=True)
def _backends_answer():
    """Each test starts with the database and the cache taken to be up (coalition/outage.py
    keeps what it learnt of them per process)."""
    yield
    outage.database.close()
    outage.cache.close()


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English, whatever language an earlier request activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def otp_login():
    """Sign a test client in as a user verified with a second factor, as the admin requires
    with DEBUG off (coalition/admin/signin.py): `otp_login(client, user)` returns the client."""

    def login(client, user):
        client.force_login(user)
        device = TOTPDevice.objects.create(user=user, name="Test app")
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return login


@pytest.fixture
def staff(client, otp_login):
    """Sign a staff member of the given groups in, second factor too, on the test client:
    `staff("Translator")` returns the client; `username` names the account."""

    def sign_in(*groups, username="staff"):
        user = User.objects.create_user(username, password="a long enough password", is_staff=True)
        user.groups.add(*Group.objects.filter(name__in=groups))
        return otp_login(client, user)

    return sign_in


@pytest.fixture
def colleague(otp_login):
    """A second member of staff on a client of their own, beside `staff`'s:
    `colleague("omar", "Translator")` returns their client."""

    def sign_in(username, *groups):
        user = User.objects.create_user(username, is_staff=True)
        user.groups.add(*Group.objects.filter(name__in=groups))
        return otp_login(Client(), user)

    return sign_in


@pytest.fixture
def secretariat_client(staff):
    """The test client, signed in as a member of the Secretariat group ("editor")."""
    return staff("Secretariat", username="editor")


@pytest.fixture
def admin_client(admin_user, otp_login):
    """pytest-django's admin_client (its own client, a superuser), with a second factor."""
    return otp_login(Client(), admin_user)


@pytest.fixture
def java():
    """The java command, which the Nu HTML Checker (vnu.jar) needs: CI must have it."""
    java = shutil.which("java")
    if java is None:
        reason = (
            "Java is missing: the Nu HTML Checker needs it (apt-get install default-jre-headless)"
        )
        if os.environ.get("CI"):
            pytest.fail(f"{reason}. CI must run this test, never skip it.")
        pytest.skip(reason)
    return java

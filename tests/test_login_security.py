"""Staff sign-in: a second factor for the admin, recovery codes, lock-out, and the log.

The suite runs with DEBUG off, as production does: the admin needs the second factor.
"""

import logging
import os
import re
import subprocess
import sys
from base64 import b32encode
from datetime import timedelta
from pathlib import Path

import pytest
from axes.exceptions import AxesBackendRequestParameterRequired
from axes.models import AccessAttempt
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from coalition.views.accounts import CodeForm, new_recovery_codes
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough password"
LOGIN = "/admin/login/"
BANNER = "Two-factor login is off because DEBUG is on: never run production like this."


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """These tests sign in often; the hasher's cost is not what they test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def editor():
    user = User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="Secretariat"))
    return user


@pytest.fixture
def enrolled(editor):
    """The editor with an authenticator app set up and recovery codes."""
    TOTPDevice.objects.create(user=editor, name="Authenticator app")
    editor.recovery_codes = new_recovery_codes(editor)
    return editor


def sign_in(client, username="editor", password=PASSWORD, **extra):
    """The password step, through the admin's login form."""
    data = {"username": username, "password": password, "next": "/admin/"}
    return client.post(LOGIN, data, **extra)


def code_for(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def enter(client, code, url="/admin/two-factor/", **extra):
    return client.post(url, {"code": code, "next": "/admin/"}, **extra)


def admin_urls():
    document = factories.DocumentFactory()
    return [
        "/admin/",
        "/admin/coalition/",
        reverse("admin:coalition_document_changelist"),
        reverse("admin:coalition_document_add"),
        reverse("admin:coalition_document_change", args=[document.pk]),
        reverse("admin:coalition_document_delete", args=[document.pk]),
        reverse("admin:coalition_document_history", args=[document.pk]),
        reverse("admin:auth_user_changelist"),
        reverse("admin:axes_accessattempt_changelist"),
        reverse("admin:otp_totp_totpdevice_changelist"),
        reverse("admin:password_change"),
        reverse("admin:password_change_done"),
        reverse("admin:jsi18n"),
        reverse("admin:autocomplete"),
        "/admin/no/such/page/",
    ]


class TestTheSecondFactorIsRequired:
    @pytest.mark.parametrize("superuser", [False, True])
    def test_a_password_alone_opens_no_admin_page(self, client, editor, superuser):
        editor.is_superuser = superuser
        editor.save()
        assert sign_in(client).status_code == 302
        for url in admin_urls():
            response = client.get(url)
            assert response.status_code == 302, url
            assert response.url.startswith(LOGIN), url
        # The login page sends a staff member who gave the password on to the second step.
        assert client.get(LOGIN).url.startswith("/admin/two-factor/setup/")

    def test_a_posted_change_is_refused_too(self, client, editor):
        document = factories.DocumentFactory(title_en="Untouched")
        client.force_login(editor)
        url = reverse("admin:coalition_document_change", args=[document.pk])
        assert client.post(url, {"title_en": "Changed"}).status_code == 302
        document.refresh_from_db()
        assert document.title_en == "Untouched"

    def test_strangers_are_sent_to_the_login(self, client):
        response = client.get("/admin/coalition/")
        assert response.status_code == 302
        assert response.url.startswith(LOGIN)

    def test_no_banner_with_debug_off(self, client):
        assert BANNER not in client.get(LOGIN).text


class TestEnrolment:
    def test_password_then_app_then_recovery_codes_then_the_admin(self, client, editor):
        response = sign_in(client)
        assert response.status_code == 302
        assert response.url == "/admin/two-factor/setup/?next=%2Fadmin%2F"

        page = client.get(response.url)
        assert page.status_code == 200
        assert "no-store" in page["Cache-Control"]
        device = TOTPDevice.objects.get(user=editor, confirmed=False)
        html = page.text
        # A QR code drawn here as inline SVG, no outside service; the key in text too.
        assert re.search(r'<div role="img" aria-label="[^"]+"><svg ', html)
        assert "<img" not in html
        key = b32encode(device.bin_key).decode()
        assert " ".join(key[i : i + 4] for i in range(0, 32, 4)) in html
        field = re.search(r"<input[^>]*name=\"code\"[^>]*>", html).group(0)
        assert 'autocomplete="one-time-code"' in field
        assert 'inputmode="numeric"' in field
        assert 'id="id_code"' in field
        assert '<label for="id_code"' in html
        assert 'aria-describedby="id_code_helptext"' in field
        assert "onpaste" not in html
        # Reloading the page keeps the same key.
        client.get(response.url)
        assert TOTPDevice.objects.filter(user=editor).count() == 1

        code = code_for(device)
        response = enter(client, f"{code[:3]} {code[3:]}", url="/admin/two-factor/setup/")
        assert response.status_code == 200
        codes = response.context["codes"]
        assert len(codes) == len(set(codes)) == 10
        assert all(re.fullmatch(r"\d{10}", code) for code in codes)
        assert f"{codes[0][:5]} {codes[0][5:]}" in response.text
        assert "They are shown only this once." in response.text
        assert set(StaticToken.objects.values_list("token", flat=True)) == set(codes)
        device.refresh_from_db()
        assert device.confirmed

        assert client.get("/admin/").status_code == 200
        assert client.get(reverse("admin:coalition_document_changelist")).status_code == 200
        # The set-up page is not there to show the codes again.
        assert client.get("/admin/two-factor/setup/").status_code == 302

    def test_a_wrong_first_code_sets_nothing_up(self, client, editor):
        sign_in(client)
        client.get("/admin/two-factor/setup/")
        device = TOTPDevice.objects.get(user=editor)
        wrong = f"{(int(code_for(device)) + 500000) % 1000000:06d}"
        response = enter(client, wrong, url="/admin/two-factor/setup/")
        assert response.status_code == 200
        assert "That code is not right, or it was used already." in response.text
        assert 'aria-invalid="true"' in response.text
        device.refresh_from_db()
        assert not device.confirmed
        assert not StaticToken.objects.exists()
        assert client.get("/admin/").status_code == 302

    def test_a_staff_member_with_a_device_is_asked_for_a_code_not_a_new_one(self, client, enrolled):
        response = sign_in(client)
        assert response.url == "/admin/two-factor/?next=%2Fadmin%2F"
        assert client.get("/admin/two-factor/setup/").url.startswith("/admin/two-factor/?")


class TestTheCode:
    def test_a_code_from_the_app_lets_in(self, client, enrolled):
        sign_in(client)
        page = client.get("/admin/two-factor/")
        field = re.search(r"<input[^>]*name=\"code\"[^>]*>", page.text).group(0)
        assert 'autocomplete="one-time-code"' in field
        assert 'inputmode="numeric"' in field
        response = enter(client, code_for(enrolled.totpdevice_set.get()))
        assert response.status_code == 302
        assert response.url == "/admin/"
        assert client.get("/admin/").status_code == 200

    def test_a_right_code_just_after_a_wrong_one_lets_in(self, client, enrolled):
        device = enrolled.totpdevice_set.get()
        sign_in(client)
        right = code_for(device)
        wrong = f"{(int(right) + 500000) % 1000000:06d}"
        response = enter(client, wrong)
        assert response.status_code == 200
        assert "That code is not right, or it was used already." in response.text
        assert client.get("/admin/").status_code == 302
        # At once, without waiting: the right code is read and accepted.
        response = enter(client, right)
        assert response.status_code == 302
        assert response.url == "/admin/"
        assert client.get("/admin/").status_code == 200

    def test_a_code_refused_unread_is_no_failure(self, client, enrolled, settings):
        """Were django-otp's wait after a wrong code turned on again, a code that it refuses
        without reading it would not count as a wrong one."""
        settings.OTP_TOTP_THROTTLE_FACTOR = 60
        device = enrolled.totpdevice_set.get()
        sign_in(client)
        right = code_for(device)
        enter(client, f"{(int(right) + 500000) % 1000000:06d}")
        response = enter(client, right)
        assert "Too many wrong codes: wait a minute, then enter a new one." in response.text
        assert AccessAttempt.objects.get().failures_since_start == 1

    def test_a_recovery_code_works_once(self, client, enrolled):
        first, second = enrolled.recovery_codes[:2]
        sign_in(client)
        response = enter(client, f"{first[:5]} {first[5:]}")
        assert response.url == "/admin/"
        assert client.get("/admin/").status_code == 200
        assert StaticToken.objects.count() == 9

        client.post(reverse("admin:logout"))
        sign_in(client)
        response = enter(client, first)
        assert response.status_code == 200
        assert "That code is not right, or it was used already." in response.text
        assert enter(client, second).url == "/admin/"

    def test_digits_of_any_script_and_spaces_are_read(self):
        form = CodeForm({"code": "١٢٣ ٤٥٦"}, help_text="")
        assert form.is_valid()
        assert form.cleaned_data["code"] == "123456"
        assert not CodeForm({"code": "12a456"}, help_text="").is_valid()

    def test_one_can_give_up_and_sign_out_at_the_second_step(self, client, enrolled):
        sign_in(client)
        assert client.post(reverse("admin:logout")).status_code == 200
        assert client.get("/admin/two-factor/").url == "/admin/"
        assert "_auth_user_id" not in client.session

    def test_no_redirect_to_another_site(self, client, enrolled):
        sign_in(client)
        response = client.post(
            "/admin/two-factor/",
            {"code": code_for(enrolled.totpdevice_set.get()), "next": "https://evil.example/"},
        )
        assert response.url == "/admin/"


def test_with_debug_on_the_password_is_enough_and_every_admin_page_says_so(
    client, editor, settings
):
    settings.DEBUG = True
    assert BANNER in client.get(LOGIN).text
    assert sign_in(client).url == "/admin/"
    for url in ("/admin/", reverse("admin:coalition_document_changelist")):
        response = client.get(url)
        assert response.status_code == 200
        assert BANNER in response.text


class TestLockOut:
    def fail(self, client, times, **extra):
        return [sign_in(client, password="wrong", **extra).status_code for _ in range(times)]

    def test_five_wrong_passwords_lock_the_name_at_that_address(self, client, editor, caplog):
        assert self.fail(client, 5) == [200, 200, 200, 200, 429]
        assert "Login locked: 'editor' from 127.0.0.1, after too many failures" in caplog.text
        response = sign_in(client)
        assert response.status_code == 429
        assert "You can try again 30 minutes after the last failed attempt." in response.text
        assert "tell a colleague who administers" in response.text
        assert "_auth_user_id" not in client.session
        # Another address with the same name is not locked: the lock is for name and address.
        assert sign_in(client, REMOTE_ADDR="192.0.2.44").status_code == 302

    def test_the_page_is_in_the_visitors_language(self, client, editor):
        self.fail(client, 5)
        response = sign_in(client, HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 429
        assert '<html lang="fr"' in response.text
        # The site's name comes from the French catalogue (this page's own sentences are new).
        assert "Coalition pour la liberté en ligne\u00a0: administration" in response.text

    def test_the_lock_lifts_after_30_minutes(self, client, editor):
        self.fail(client, 5)
        assert sign_in(client).status_code == 429
        AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=29))
        assert sign_in(client).status_code == 429
        # A try while locked out does not start the 30 minutes again.
        assert AccessAttempt.objects.get().attempt_time < timezone.now() - timedelta(minutes=28)
        AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
        assert sign_in(client).status_code == 302

    def test_wrong_codes_count_like_wrong_passwords(self, client, enrolled):
        sign_in(client)
        device = enrolled.totpdevice_set.get()
        wrong = f"{(int(code_for(device)) + 500000) % 1000000:06d}"
        assert [enter(client, wrong).status_code for _ in range(5)] == [200, 200, 200, 200, 429]
        # Signed out, and the password does not open the door either for now.
        assert "_auth_user_id" not in client.session
        assert sign_in(client).status_code == 429

    def test_a_right_password_does_not_wipe_out_wrong_codes(self, client, enrolled):
        self.fail(client, 3)
        sign_in(client)
        device = enrolled.totpdevice_set.get()
        wrong = f"{(int(code_for(device)) + 500000) % 1000000:06d}"
        assert [enter(client, wrong).status_code for _ in range(2)] == [200, 429]


class TestManyUserNamesFromOneAddress:
    def guess(self, client, names, **extra):
        return [
            sign_in(client, username=name, password="wrong", **extra).status_code for name in names
        ]

    def test_twenty_failures_from_one_address_lock_it_for_every_name(self, client, editor):
        names = [f"guess{number}" for number in range(40)]
        statuses = self.guess(client, names)
        assert statuses[:20] == [200] * 19 + [429]
        assert set(statuses[20:]) == {429}
        # Tries while locked out are not counted: the 30 minutes run from the 20th.
        assert sum(AccessAttempt.objects.values_list("failures_since_start", flat=True)) == 20
        response = sign_in(client)  # the right password, from that address
        assert response.status_code == 429
        assert "There were 20 failed attempts to sign in from your address" in response.text
        assert "You can try again 30 minutes after the last failed attempt." in response.text
        assert "_auth_user_id" not in client.session
        # Another address is not locked.
        assert sign_in(client, REMOTE_ADDR="192.0.2.44").status_code == 302

    def test_the_lock_lifts_after_30_minutes(self, client, editor):
        self.guess(client, [f"guess{number}" for number in range(20)])
        AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
        assert sign_in(client).status_code == 302

    def test_an_office_with_a_few_typos_each_is_not_locked(self, client, editor):
        # Four colleagues behind one address, four typos each: nobody is locked out.
        for colleague in ("ana", "bo", "chen", "dina"):
            User.objects.create_user(colleague, password=PASSWORD, is_staff=True)
            assert self.guess(client, [colleague] * 4) == [200] * 4
        assert sign_in(client, username="ana").status_code == 302

    def test_the_limit_is_a_setting(self, client, editor, settings):
        settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS = 8
        assert self.guess(client, [f"guess{number}" for number in range(8)]) == [200] * 7 + [429]

    def test_one_user_name_is_still_locked_after_5(self, client, editor):
        assert self.guess(client, ["editor"] * 5) == [200] * 4 + [429]
        response = sign_in(client)
        assert "with this user name from your address" in response.text
        assert self.guess(client, ["other"]) == [200]


class TestAGoodSignInClearsTheFailuresBeforeIt:
    def fail(self, client, times, **extra):
        return [sign_in(client, password="wrong", **extra).status_code for _ in range(times)]

    def test_password_and_code_clear_the_failures(self, client, enrolled):
        self.fail(client, 2)
        self.fail(client, 2, REMOTE_ADDR="192.0.2.44")  # at home, say
        sign_in(client)
        enter(client, wrong_code_for(enrolled))
        enter(client, f"{int(enrolled.recovery_codes[0]) ^ 1:010d}")
        assert enter(client, code_for(enrolled.totpdevice_set.get())).url == "/admin/"
        assert not AccessAttempt.objects.filter(username="editor").exists()
        assert set(
            enrolled.staticdevice_set.values_list("throttling_failure_count", flat=True)
        ) == {0}
        client.post(reverse("admin:logout"))
        # A typo tomorrow starts from nothing: 5 again before the lock.
        assert self.fail(client, 5) == [200, 200, 200, 200, 429]

    def test_a_recovery_code_clears_them_too(self, client, enrolled):
        self.fail(client, 4)
        sign_in(client)
        assert enter(client, enrolled.recovery_codes[0]).url == "/admin/"
        assert not AccessAttempt.objects.exists()

    def test_other_user_names_keep_their_failures(self, client, enrolled):
        sign_in(client, username="someone", password="wrong")
        sign_in(client)
        enter(client, code_for(enrolled.totpdevice_set.get()))
        assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["someone"]

    def test_with_debug_on_the_right_password_clears_them(self, client, editor, settings):
        settings.DEBUG = True
        self.fail(client, 4)
        assert sign_in(client).url == "/admin/"
        assert not AccessAttempt.objects.exists()


def wrong_code_for(user):
    right = code_for(user.totpdevice_set.get())
    return f"{(int(right) + 500000) % 1000000:06d}"


class TestWrongCodesForOneAccount:
    """Only someone with the password reaches the code: wrong codes are counted for the
    account from every address, so that many addresses cannot guess codes for long."""

    def test_ten_wrong_codes_from_several_addresses_lock_the_code_step(self, enrolled):
        wrong = wrong_code_for(enrolled)
        statuses = []
        for number in range(1, 6):
            client = Client(REMOTE_ADDR=f"192.0.2.{number}")
            sign_in(client)
            statuses += [enter(client, wrong).status_code for _ in range(2)]
        assert statuses == [200] * 9 + [429]
        assert "_auth_user_id" not in client.session

        # From yet another address the right password gets as far as the code, and no further.
        client = Client(REMOTE_ADDR="198.51.100.7")
        assert sign_in(client).url.startswith("/admin/two-factor/")
        response = client.get("/admin/two-factor/")
        assert response.status_code == 429
        assert "There were 10 wrong codes for your account" in response.text
        assert "You can try again 30 minutes after the last failed attempt." in response.text
        assert "have your password changed" in response.text
        assert "_auth_user_id" not in client.session

    def test_the_lock_lifts_after_30_minutes(self, enrolled):
        wrong = wrong_code_for(enrolled)
        for number in range(1, 6):
            client = Client(REMOTE_ADDR=f"192.0.2.{number}")
            sign_in(client)
            for _ in range(2):
                enter(client, wrong)
        TOTPDevice.objects.update(
            throttling_failure_timestamp=timezone.now() - timedelta(minutes=31)
        )
        client = Client(REMOTE_ADDR="198.51.100.7")
        sign_in(client)
        # The old wrong codes are forgotten, not added to the next one.
        for _ in range(2):
            enter(client, wrong)
        response = enter(client, code_for(enrolled.totpdevice_set.get()))
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200

    def test_wrong_passwords_from_many_addresses_lock_nobody_out(self, client, enrolled):
        for number in range(30):
            stranger = Client(REMOTE_ADDR=f"198.51.100.{number}")
            assert sign_in(stranger, password="wrong").status_code == 200
        assert sign_in(client).status_code == 302
        assert enter(client, code_for(enrolled.totpdevice_set.get())).url == "/admin/"


class TestClientAddress:
    def test_without_proxies_x_forwarded_for_is_ignored(self, client, editor):
        sign_in(client, password="wrong", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4")
        assert AccessAttempt.objects.get().ip_address == "10.0.0.1"

    def test_behind_one_proxy_the_address_it_saw(self, client, editor, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        proxy = {"REMOTE_ADDR": "10.0.0.1"}
        # The client made up the first address; the proxy appended the one it saw.
        sign_in(client, password="w", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9", **proxy)
        assert AccessAttempt.objects.get().ip_address == "203.0.113.9"
        for _ in range(4):
            sign_in(client, password="w", HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy)
        assert sign_in(client, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code == 429
        # Someone else behind the same proxy is not locked out.
        assert sign_in(client, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 302

    def test_the_count_comes_from_the_environment(self):
        def trusted_proxy_count(value):
            return subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import django; django.setup(); from django.conf import settings; "
                    "print(settings.TRUSTED_PROXY_COUNT)",
                ],
                cwd=Path(__file__).resolve().parent.parent,
                env={
                    **os.environ,
                    "DJANGO_SETTINGS_MODULE": "focsite.settings",
                    "TRUSTED_PROXY_COUNT": value,
                },
                capture_output=True,
                text=True,
                check=False,
            )

        assert trusted_proxy_count("2").stdout.strip() == "2"
        assert trusted_proxy_count("").stdout.strip() == "0"
        result = trusted_proxy_count("one")
        assert result.returncode != 0
        assert "TRUSTED_PROXY_COUNT must be a whole number" in result.stderr


def test_logins_and_failures_are_logged_without_secrets(client, enrolled, caplog):
    caplog.set_level(logging.INFO, logger="coalition.accounts")
    sign_in(client, password="a wrong password")
    sign_in(client)
    code = code_for(enrolled.totpdevice_set.get())
    enter(client, "000000" if code != "000000" else "111111")
    messages = [
        record.getMessage() for record in caplog.records if record.name == "coalition.accounts"
    ]
    assert messages == [
        "Login failed: wrong password for 'editor' from 127.0.0.1",
        "Login: 'editor' signed in from 127.0.0.1",
        "Login failed: wrong code for 'editor' from 127.0.0.1",
    ]
    enter(client, code)
    assert [r.getMessage() for r in caplog.records if r.name == "coalition.accounts"][-1] == (
        "Login: 'editor' verified with Authenticator app from 127.0.0.1"
    )
    assert "a wrong password" not in caplog.text
    assert PASSWORD not in caplog.text
    assert code not in caplog.text


def test_a_password_is_never_checked_without_the_request(editor, rf):
    """Every sign-in must pass its request, so that no code path skips the lock-out."""
    with pytest.raises(AxesBackendRequestParameterRequired):
        authenticate(username="editor", password=PASSWORD)
    request = rf.post("/admin/login/")
    assert authenticate(request, username="editor", password=PASSWORD) == editor

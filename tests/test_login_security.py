"""Staff sign-in: a second factor for the admin, recovery codes, lock-out, and the log.

The suite runs with DEBUG off, as production does: the admin needs the second factor.
"""

import logging
import os
import re
import subprocess
import sys
from base64 import b32encode
from datetime import datetime, timedelta
from io import StringIO
from pathlib import Path

import pytest
from axes.exceptions import AxesBackendRequestParameterRequired
from axes.models import AccessAttempt
from django.contrib.auth import authenticate
from django.contrib.auth.models import Group, Permission, User
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from coalition.admin.two_factor import CodeForm, new_recovery_codes
from coalition.enrolment import enrolment_tokens, make_enrolment_link, reset_second_factor
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough password"
LOGIN = "/admin/login/"
BANNER = "Two-factor login is off because DEBUG is on: never run production like this."


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


def assert_locked_out_here_only(client, says):
    """The right password is refused from this address, with a page that says `says` and
    when to try again; from another address it signs in."""
    response = sign_in(client)
    assert response.status_code == 429
    assert says in response.text
    assert "You can try again 30 minutes after the last failed attempt." in response.text
    assert "_auth_user_id" not in client.session
    assert sign_in(client, REMOTE_ADDR="192.0.2.44").status_code == 302


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
        assert client.get(LOGIN).url.startswith(SETUP)

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


SETUP = "/admin/two-factor/setup/"
NO_LINK = "ask a colleague who administers the site for an enrolment link"


def key_on(html):
    """The TOTP key as the set-up page writes it, or None."""
    match = re.search(r'<code id="totp-key">([A-Z2-7 ]+)</code>', html)
    return match and match.group(1).replace(" ", "")


class TestEnrolment:
    """Setting up the app needs the password and an enrolment link made by an administrator:
    the key shown then is the account's second factor, so a password alone must not show it."""

    def test_link_then_password_then_app_then_recovery_codes_then_the_admin(self, client, editor):
        link = make_enrolment_link(editor)
        response = client.get(link)
        assert response.status_code == 302
        assert response.url == "/admin/login/?next=%2Fadmin%2F"
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
        assert key_on(client.get(response.url).text) == key
        assert TOTPDevice.objects.filter(user=editor).count() == 1

        code = code_for(device)
        response = enter(client, f"{code[:3]} {code[3:]}", url=SETUP)
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
        assert client.get(SETUP).status_code == 302
        # The link worked once.
        response = Client().get(link)
        assert response.status_code == 404
        assert "This enrolment link does not work" in response.text

    def test_the_password_alone_shows_no_key(self, client, editor):
        response = sign_in(client)
        assert response.url == "/admin/two-factor/setup/?next=%2Fadmin%2F"
        page = client.get(response.url)
        assert page.status_code == 403
        assert "no-store" in page["Cache-Control"]
        assert "You have no authenticator app yet, editor." in page.text
        assert NO_LINK in page.text
        assert "QR code" not in page.text
        assert key_on(page.text) is None
        assert not TOTPDevice.objects.exists()
        # Posting a code does not set anything up either.
        assert enter(client, "123456", url=SETUP).status_code == 403
        assert not TOTPDevice.objects.exists()
        assert client.get("/admin/").status_code == 302

    def test_the_link_may_come_after_the_password(self, client, editor):
        sign_in(client)
        assert client.get(SETUP).status_code == 403
        response = client.get(make_enrolment_link(editor), follow=True)
        assert response.redirect_chain[-1][0].startswith(SETUP)
        assert key_on(response.text) == b32encode(TOTPDevice.objects.get().bin_key).decode()

    def test_a_link_made_but_not_opened_in_this_browser_shows_no_key(self, client, editor):
        make_enrolment_link(editor)
        sign_in(client)
        page = client.get(SETUP)
        assert page.status_code == 403
        assert key_on(page.text) is None
        device = TOTPDevice.objects.get(user=editor)
        assert enter(client, code_for(device), url=SETUP).status_code == 403
        device.refresh_from_db()
        assert not device.confirmed

    def test_the_link_alone_shows_no_key(self, client, editor):
        client.get(make_enrolment_link(editor))
        response = client.get(SETUP)
        assert response.status_code == 302
        assert response.url == "/admin/"
        assert client.get("/admin/").url.startswith(LOGIN)

    def test_a_link_for_another_account_does_not_help(self, client, editor):
        other = User.objects.create_user("other", password=PASSWORD, is_staff=True)
        client.get(make_enrolment_link(other))
        sign_in(client)
        page = client.get(SETUP)
        assert page.status_code == 403
        assert key_on(page.text) is None

    def test_a_made_up_link_does_not_work(self, client, editor):
        link = make_enrolment_link(editor)
        for wrong in (link[:-3] + "00/", link.replace(f"/{editor.pk}/", "/99999/")):
            response = client.get(wrong)
            assert response.status_code == 404
            assert "Ask a colleague who administers the site for a new one." in response.text
        sign_in(client)
        assert client.get(SETUP).status_code == 403

    def test_the_link_expires(self, client, editor, settings, monkeypatch):
        settings.ENROLMENT_LINK_DAYS = 3
        link = make_enrolment_link(editor)
        later = datetime.now() + timedelta(days=3, minutes=1)
        assert client.get(link).status_code == 302
        sign_in(client)
        assert client.get(SETUP).status_code == 200
        monkeypatch.setattr(enrolment_tokens, "_now", lambda: later)
        # Opened in time is not enough: the set-up needs the link valid until the app is set up.
        page = client.get(SETUP)
        assert page.status_code == 403
        assert key_on(page.text) is None
        assert Client().get(link).status_code == 404

    def test_a_newer_link_replaces_the_older_one(self, client, editor):
        older = make_enrolment_link(editor)
        client.get(older)
        sign_in(client)
        assert client.get(SETUP).status_code == 200
        newer = make_enrolment_link(editor)
        assert client.get(SETUP).status_code == 403
        assert Client().get(older).status_code == 404
        client.get(newer)
        assert client.get(SETUP).status_code == 200

    def test_a_reset_makes_a_new_link_necessary(self, client, editor):
        link = make_enrolment_link(editor)
        client.get(link)
        sign_in(client)
        client.get(SETUP)
        enter(client, code_for(TOTPDevice.objects.get(user=editor)), url=SETUP)
        client.post(reverse("admin:logout"))

        reset_second_factor(editor)
        assert not TOTPDevice.objects.exists()
        assert not StaticToken.objects.exists()
        assert client.get(link).status_code == 404
        sign_in(client)
        assert client.get(SETUP).status_code == 403

    def test_a_wrong_first_code_sets_nothing_up(self, client, editor):
        client.get(make_enrolment_link(editor))
        sign_in(client)
        client.get(SETUP)
        device = TOTPDevice.objects.get(user=editor)
        wrong = f"{(int(code_for(device)) + 500000) % 1000000:06d}"
        response = enter(client, wrong, url=SETUP)
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
        assert client.get(SETUP).url.startswith("/admin/two-factor/?")

    def test_no_link_is_made_for_an_account_with_an_app(self, enrolled):
        with pytest.raises(ValueError, match="has an authenticator app already"):
            make_enrolment_link(enrolled)


class TestEnrolmentLinksInTheAdmin:
    def change_page(self, user):
        return reverse("admin:auth_user_change", args=[user.pk])

    def test_a_superuser_makes_a_link_that_is_shown_once(self, admin_client, editor, settings):
        settings.ENROLMENT_LINK_DAYS = 3
        page = admin_client.get(self.change_page(editor))
        url = reverse("admin:auth_user_enrolment_link", args=[editor.pk])
        assert f'href="{url}"' in page.text
        assert "Make an enrolment link" in page.text
        assert "Reset the second factor" not in page.text

        confirm = admin_client.get(url)
        assert confirm.status_code == 200
        assert "Any earlier enrolment link for editor stops working." in confirm.text
        assert not TOTPDevice.objects.filter(user=editor).exists()

        response = admin_client.post(url)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]
        link = re.search(r"http://testserver(/admin/two-factor/enrol/[^<\s\"]+)", response.text)
        assert "works once, for 3 days" in response.text
        assert "by another channel than their password" in response.text
        # It is a link that works, and it is not shown again.
        client = Client()
        assert client.get(link.group(1)).status_code == 302
        sign_in(client)
        assert client.get(SETUP).status_code == 200
        assert link.group(1) not in admin_client.get(url).text
        assert link.group(1) not in admin_client.get(self.change_page(editor)).text
        # The admin's history of the account says who made it.
        history = admin_client.get(reverse("admin:auth_user_history", args=[editor.pk]))
        assert "Made an enrolment link." in history.text

    def test_a_superuser_resets_the_second_factor(self, admin_client, enrolled):
        page = admin_client.get(self.change_page(enrolled))
        url = reverse("admin:auth_user_reset_second_factor", args=[enrolled.pk])
        assert f'href="{url}"' in page.text
        assert "Make an enrolment link" not in page.text
        confirm = admin_client.get(url)
        assert confirm.status_code == 200
        assert "Their authenticator app and their recovery codes stop working" in confirm.text
        assert TOTPDevice.objects.filter(user=enrolled).exists()

        response = admin_client.post(url, follow=True)
        assert response.redirect_chain[-1][0] == self.change_page(enrolled)
        assert "The second factor of editor is reset" in response.text
        assert "Make an enrolment link" in response.text
        assert not TOTPDevice.objects.filter(user=enrolled).exists()
        assert not StaticToken.objects.exists()

    def test_no_link_for_an_account_that_has_an_app(self, admin_client, enrolled):
        url = reverse("admin:auth_user_enrolment_link", args=[enrolled.pk])
        response = admin_client.post(url, follow=True)
        assert "The account editor has an authenticator app already" in response.text
        assert not TOTPDevice.objects.filter(user=enrolled, confirmed=False).exists()

    def test_no_link_for_an_account_that_cannot_use_the_admin(self, admin_client):
        visitor = User.objects.create_user("visitor", password=PASSWORD)
        url = reverse("admin:auth_user_enrolment_link", args=[visitor.pk])
        response = admin_client.post(url, follow=True)
        assert "The account visitor cannot sign in to the admin" in response.text
        assert not TOTPDevice.objects.filter(user=visitor).exists()

    def test_only_superusers(self, client, otp_login, editor):
        manager = User.objects.create_user("manager", password=PASSWORD, is_staff=True)
        manager.user_permissions.add(*Permission.objects.filter(content_type__app_label="auth"))
        otp_login(client, manager)
        page = client.get(self.change_page(editor))
        assert page.status_code == 200
        assert "Make an enrolment link" not in page.text
        for name in ("enrolment_link", "reset_second_factor"):
            url = reverse(f"admin:auth_user_{name}", args=[editor.pk])
            assert client.get(url).status_code == 403
            assert client.post(url).status_code == 403
        assert TOTPDevice.objects.filter(user=editor).count() == 0

    def test_the_list_says_who_has_an_app(self, admin_client, enrolled):
        page = admin_client.get(reverse("admin:auth_user_changelist"))
        assert "Authenticator app" in page.text

    def test_django_otps_pages_show_no_key(self, admin_client, enrolled):
        device = enrolled.totpdevice_set.get()
        page = admin_client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
        assert page.status_code == 200
        assert device.key not in page.text
        for name in ("config", "qrcode"):
            url = reverse(f"admin:otp_totp_totpdevice_{name}", args=[device.pk])
            assert admin_client.get(url).status_code == 403
        static = enrolled.staticdevice_set.get()
        page = admin_client.get(reverse("admin:otp_static_staticdevice_change", args=[static.pk]))
        assert enrolled.recovery_codes[0] not in page.text


class TestEnrolmentLinkCommand:
    """`manage.py enrolment_link USERNAME`: for the first administrator of a new site."""

    def run(self, *args):
        out = StringIO()
        call_command("enrolment_link", *args, stdout=out)
        return out.getvalue()

    def test_it_prints_a_link_that_works(self, client, editor, settings):
        settings.ENROLMENT_LINK_DAYS = 3
        out = self.run("editor", "--base-url", "https://foc.example/")
        link = re.search(r"https://foc\.example(/admin/two-factor/enrol/\S+/)", out).group(1)
        assert "It works once, for 3 days" in out
        client.get(link)
        sign_in(client)
        assert client.get(SETUP).status_code == 200

    def test_by_default_the_address_is_the_first_allowed_host(self, editor, settings):
        settings.ALLOWED_HOSTS = [".foc.example", "other.example"]
        assert "https://foc.example/admin/two-factor/enrol/" in self.run("editor")

    def test_an_unknown_or_non_staff_account_gets_none(self, editor):
        with pytest.raises(CommandError, match="No account 'nobody'"):
            self.run("nobody")
        User.objects.create_user("visitor", password=PASSWORD)
        with pytest.raises(CommandError, match="cannot sign in to the admin"):
            self.run("visitor")

    def test_an_account_with_an_app_needs_reset(self, enrolled):
        with pytest.raises(CommandError, match="--reset"):
            self.run("editor")
        assert TOTPDevice.objects.get(user=enrolled).confirmed
        assert "/admin/two-factor/enrol/" in self.run("editor", "--reset")
        assert not TOTPDevice.objects.filter(user=enrolled, confirmed=True).exists()
        assert not StaticToken.objects.exists()


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
        # Another address with the same name is not locked: the lock is for name and address.
        assert_locked_out_here_only(client, "tell a colleague who administers")

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
        assert_locked_out_here_only(
            client, "There were 20 failed attempts to sign in from your address"
        )

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
    caplog.set_level(logging.INFO, logger="coalition.admin.signin")
    sign_in(client, password="a wrong password")
    sign_in(client)
    code = code_for(enrolled.totpdevice_set.get())
    enter(client, "000000" if code != "000000" else "111111")
    messages = [
        record.getMessage() for record in caplog.records if record.name == "coalition.admin.signin"
    ]
    assert messages == [
        "Login failed: wrong password for 'editor' from 127.0.0.1",
        "Login: 'editor' signed in from 127.0.0.1",
        "Login failed: wrong code for 'editor' from 127.0.0.1",
    ]
    enter(client, code)
    assert [r.getMessage() for r in caplog.records if r.name == "coalition.admin.signin"][-1] == (
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

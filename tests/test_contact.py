"""The contact page: the editable "contact" page, its form, spam protection, mail and admin."""

import datetime
import hashlib
import logging
import re
import smtplib
import threading
import time
from io import StringIO
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core import mail as django_mail
from django.core import signing
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

import coalition.forms
import coalition.mail
from coalition.forms import STARTED_SALT, ContactForm, seconds_since, started_token
from coalition.models import ContactMessage, Status
from tests.factories import PageFactory, PageSectionFactory

pytestmark = pytest.mark.django_db

CONTACT_EMAIL = "support-unit@example.org"
NOT_SENT = "Your message has not been sent yet. Check it, then send it again."
TOO_FAST = (
    "Your message has not been sent yet: the form was sent within seconds of opening, as "
    "automated programs do. Check your message, then send it again."
)
ALREADY_SENT = (
    "A message has already been sent with this form. To send another one, check it, then "
    "send it again."
)
TOO_MANY = (
    "Your message has not been sent: several messages have already been sent from your "
    "Internet connection within the hour. Please wait an hour, then send it again."
)


class FailingBackend(BaseEmailBackend):
    """An e-mail backend whose server is down."""

    def send_messages(self, email_messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class HangingBackend(BaseEmailBackend):
    """A mail server that takes the connection, then says nothing until told to answer."""

    called = threading.Event()
    answer = threading.Event()

    def send_messages(self, email_messages):
        self.called.set()
        self.answer.wait(timeout=30)
        django_mail.outbox.extend(email_messages)
        return len(email_messages)


@pytest.fixture(autouse=True)
def _no_mail_left_queued():
    """Each test starts and ends with the mail queue empty."""
    assert coalition.mail.drain(timeout=30)
    yield
    assert coalition.mail.drain(timeout=30)


@pytest.fixture(autouse=True)
def _mail_settings(settings):
    settings.CONTACT_EMAIL = CONTACT_EMAIL
    settings.DEFAULT_FROM_EMAIL = "website@example.org"


@pytest.fixture
def contact_page():
    page = PageFactory(
        slug="contact",
        title_en="Contact",
        title_fr="Nous écrire",
        intro_en="Write to the Support Unit.",
        show_in_navigation=True,
    )
    PageSectionFactory(
        page=page, order=1, heading_en="What to expect", body_en="Every message is read."
    )
    return page


def contact_url(language="en"):
    with translation.override(language):
        return reverse("coalition:contact")


def form_data(**changes):
    """A filled-in form, shown ten seconds ago."""
    data = {
        "name": "Amina Haddad",
        "email": "amina@example.org",
        "subject": "Observer status",
        "message": "How does an organisation become an observer?",
        "website": "",
        "started": started_token(time.time() - 10),
    }
    data.update(changes)
    return data


def tag(html, name):
    """The opening tag of the form field called `name`."""
    return re.search(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', html).group(0)


def cache_directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


class TestThePage:
    def test_shows_the_page_and_the_form_and_is_never_cached(self, client, contact_page):
        response = client.get(contact_url())
        assert response.status_code == 200
        assert "coalition/contact.html" in [t.name for t in response.templates]
        html = response.text
        assert "<h1>Contact</h1>" in html
        assert "Write to the Support Unit." in html
        assert "What to expect" in html
        assert "Every message is read." in html
        assert '<form method="post" action="/en/contact/" novalidate>' in html
        assert {"private", "no-store"} <= cache_directives(response)
        for code in ("en", "fr", "es", "ar"):
            assert (
                f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/contact/">'
                in html
            )

    def test_fields_are_labelled_marked_and_typed_for_every_script(self, client, contact_page):
        html = client.get(contact_url()).text
        for name in ("name", "email", "subject", "message"):
            assert f'<label for="id_{name}">' in html
            assert 'dir="auto"' in tag(html, name)
            assert "maxlength" not in tag(html, name)
        assert 'autocomplete="name"' in tag(html, "name")
        assert 'autocomplete="email"' in tag(html, "email")
        assert 'type="email"' in tag(html, "email")
        assert html.count("(required)") == 3
        assert html.count("(optional)") == 1
        assert "required" in tag(html, "message")
        assert "required" not in tag(html, "subject")
        assert 'aria-describedby="id_email_helptext"' in tag(html, "email")
        assert 'id="id_email_helptext"' in html
        assert "Up to 5,000 characters." in html

    def test_the_honeypot_is_hidden_from_people_keyboards_and_screen_readers(
        self, client, contact_page
    ):
        html = client.get(contact_url()).text
        trap = re.search(
            r'<div class="visually-hidden form-trap" aria-hidden="true">.*?</div>', html, re.S
        )
        assert trap
        assert "Leave this field empty" in trap.group(0)
        honeypot = tag(trap.group(0), "website")
        assert 'tabindex="-1"' in honeypot
        assert 'autocomplete="off"' in honeypot
        started = tag(html, "started")
        assert 'type="hidden"' in started
        token = re.search(r'value="([^"]+)"', started).group(1)
        assert 0 <= seconds_since(token) < 5

    def test_in_arabic_right_to_left(self, client, contact_page):
        response = client.get(contact_url("ar"))
        assert response.status_code == 200
        assert '<html lang="ar" dir="rtl">' in response.text
        assert 'action="/ar/contact/"' in response.text

    def test_links_to_the_privacy_notice_when_there_is_one(self, client, contact_page):
        assert "privacy notice" not in client.get(contact_url()).text
        PageFactory(slug="privacy", title_en="Privacy notice")
        assert 'the <a href="/en/privacy/">privacy notice</a>' in client.get(contact_url()).text

    @pytest.mark.parametrize("status", [None, Status.DRAFT])
    def test_not_found_unless_the_contact_page_is_published(self, client, status):
        if status:
            PageFactory(slug="contact", status=status)
        assert client.get(contact_url()).status_code == 404
        assert client.post(contact_url(), form_data()).status_code == 404
        assert not ContactMessage.objects.exists()

    def test_the_editable_page_address_leads_to_the_form(self, client, contact_page):
        assert contact_page.get_absolute_url() == contact_url()
        nav = client.get(reverse("coalition:home")).text
        assert 'href="/en/contact/"' in nav

    @pytest.mark.parametrize(
        "headers",
        [
            {"Origin": "https://elsewhere.example"},
            {"Origin": "null"},
            {"Sec-Fetch-Site": "cross-site"},
            {"Sec-Fetch-Site": "same-site", "Origin": "http://testserver"},
        ],
    )
    def test_a_post_from_another_site_is_refused(self, contact_page, headers):
        response = Client(enforce_csrf_checks=True).post(
            contact_url(), form_data(), headers=headers
        )
        assert response.status_code == 403
        assert not ContactMessage.objects.exists()

    def test_a_post_from_the_site_needs_no_cookie(self, contact_page):
        client = Client(enforce_csrf_checks=True)
        page = client.get(contact_url())
        assert not page.cookies
        assert "Cookie" not in page.get("Vary", "")
        response = client.post(
            contact_url(),
            form_data(),
            headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
        )
        assert response.status_code == 302
        assert ContactMessage.objects.count() == 1


class TestSending:
    def test_the_thank_you_replaces_the_form(self, client, contact_page):
        html = client.get(contact_url(), {"sent": "1"}).text
        status = re.search(r'<div class="notice notice--success" role="status"[^>]*>', html)
        assert status
        assert "autofocus" in status.group(0)
        assert "Thank you. Your message has been sent." in html
        assert "contact-form" not in html
        assert 'href="/en/contact/">Send another message</a>' in html
        assert "What to expect" in html  # the page itself is still there

    def test_a_line_break_counts_as_one_character(self, client, contact_page):
        # 100 lines of 49 letters: 4,999 characters as typed, 5,098 as sent (CR LF).
        lines = ["a" * 49] * 100
        response = client.post(contact_url(), form_data(message="\r\n".join(lines)))
        assert response.status_code == 302
        assert ContactMessage.objects.get().message == "\n".join(lines)

    def test_arabic_text_is_kept_as_written(self, client, contact_page):
        client.post(contact_url("ar"), form_data(name="أمينة حداد", message="مرحبا، لدي سؤال."))
        message = ContactMessage.objects.get()
        assert (message.name, message.message, message.language) == (
            "أمينة حداد",
            "مرحبا، لدي سؤال.",
            "ar",
        )


# The mail is sent by a thread of its own, with its own database connection: these tests
# commit what they store, as a request does, so that the thread sees it.
@pytest.mark.django_db(transaction=True)
class TestMailAfterTheResponse:
    def test_a_valid_message_is_stored_mailed_and_thanked(self, client, contact_page, mailoutbox):
        response = client.post(contact_url("fr"), form_data())
        assert response.status_code == 302
        assert response["Location"] == "/fr/contact/?sent=1"
        assert {"private", "no-store"} <= cache_directives(response)
        assert coalition.mail.drain(timeout=10)

        message = ContactMessage.objects.get()
        assert message.mailed_at is not None
        assert (message.name, message.email, message.subject, message.language) == (
            "Amina Haddad",
            "amina@example.org",
            "Observer status",
            "fr",
        )
        assert message.message == "How does an organisation become an observer?"
        assert not message.handled

        (mail,) = mailoutbox
        assert mail.to == [CONTACT_EMAIL]
        assert mail.reply_to == ["amina@example.org"]
        assert mail.from_email == "website@example.org"
        assert mail.subject == "Contact form: Observer status"
        assert "How does an organisation become an observer?" in mail.body
        assert "Amina Haddad <amina@example.org>" in mail.body
        assert "Language of the page: French" in mail.body
        assert f"/admin/coalition/contactmessage/{message.pk}/change/" in mail.body

        thanks = client.get(response["Location"])
        assert thanks.status_code == 200
        assert 'role="status"' in thanks.text
        assert "contact-form" not in thanks.text
        assert {"private", "no-store"} <= cache_directives(thanks)

    def test_without_a_contact_address_the_message_is_only_stored(
        self, client, contact_page, mailoutbox, settings
    ):
        settings.CONTACT_EMAIL = ""
        response = client.post(contact_url(), form_data(subject=""))
        assert response["Location"] == "/en/contact/?sent=1"
        assert coalition.mail.drain(timeout=10)
        message = ContactMessage.objects.get()
        assert message.subject == ""
        assert message.mailed_at is None
        assert mailoutbox == []

    def test_a_mail_failure_loses_nothing(self, client, contact_page, settings, caplog, mailoutbox):
        settings.EMAIL_BACKEND = "tests.test_contact.FailingBackend"
        with caplog.at_level(logging.ERROR, logger="coalition.mail"):
            response = client.post(contact_url(), form_data(), follow=True)
            assert coalition.mail.drain(timeout=10)
        assert response.redirect_chain == [("/en/contact/?sent=1", 302)]
        assert "Thank you. Your message has been sent." in response.text
        message = ContactMessage.objects.get()
        assert message.subject == "Observer status"
        assert message.mailed_at is None
        (record,) = [r for r in caplog.records if r.name == "coalition.mail"]
        assert f"Contact message {message.pk} is stored but could not be e-mailed" in (
            record.getMessage()
        )
        assert record.exc_info[0] is smtplib.SMTPServerDisconnected

        # Once the server is back, the scheduled command sends it.
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
        call_command("send_contact_mail", "--min-age=0", stdout=StringIO())
        (mail,) = mailoutbox
        assert mail.subject == "Contact form: Observer status"
        message.refresh_from_db()
        assert message.mailed_at is not None

    def test_past_the_hourly_limit_messages_are_stored_but_not_emailed(
        self, client, contact_page, settings, mailoutbox, caplog
    ):
        settings.CONTACT_MAX_MAILS_PER_HOUR = 2
        with caplog.at_level(logging.WARNING, logger="coalition.views.contact"):
            for address in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
                response = client.post(contact_url(), form_data(), REMOTE_ADDR=address)
                assert response["Location"] == "/en/contact/?sent=1"  # it reached the admin
                assert coalition.mail.drain(timeout=10)
        assert len(mailoutbox) == 2
        first, second, third = ContactMessage.objects.order_by("pk")
        assert first.mailed_at
        assert second.mailed_at
        assert third.mail_held
        assert third.mailed_at is None
        assert [r.getMessage() for r in caplog.records if r.name == "coalition.views.contact"] == [
            f"2 contact messages within the hour: message {third.pk} is stored, not e-mailed."
        ]
        # Nor is it e-mailed later.
        call_command("send_contact_mail", "--min-age=0", stdout=StringIO())
        assert len(mailoutbox) == 2
        # An hour later, messages are e-mailed again.
        ContactMessage.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=61))
        client.post(contact_url(), form_data(), REMOTE_ADDR="203.0.113.4")
        assert coalition.mail.drain(timeout=10)
        assert len(mailoutbox) == 3

    def test_a_hanging_mail_server_holds_up_no_request(
        self, client, contact_page, settings, mailoutbox
    ):
        settings.EMAIL_BACKEND = "tests.test_contact.HangingBackend"
        HangingBackend.answer.clear()
        HangingBackend.called.clear()
        threads = threading.active_count()
        try:
            for address in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
                started = time.monotonic()
                response = client.post(contact_url(), form_data(), REMOTE_ADDR=address)
                assert response.status_code == 302
                assert time.monotonic() - started < 1
                # The mail thread is now stuck in the server, off the database. (SQLite's
                # in-memory test database refuses, rather than waits, when two connections
                # use it at once.)
                assert HangingBackend.called.wait(timeout=5)
            started = time.monotonic()
            assert client.get(reverse("coalition:home")).status_code == 200
            assert time.monotonic() - started < 1
            # One thread sends the mail, however many messages wait.
            assert threading.active_count() <= threads + 1
            assert not coalition.mail.drain(timeout=0.2)
            assert ContactMessage.objects.filter(mailed_at__isnull=True).count() == 3
        finally:
            HangingBackend.answer.set()
        assert coalition.mail.drain(timeout=10)
        assert len(mailoutbox) == 3
        assert not ContactMessage.objects.filter(mailed_at__isnull=True).exists()

    def test_a_full_queue_leaves_the_message_to_the_command(
        self, client, contact_page, monkeypatch, caplog, mailoutbox
    ):
        monkeypatch.setattr(coalition.mail, "jobs", coalition.mail.MailQueue(size=0))
        with caplog.at_level(logging.WARNING, logger="coalition.mail"):
            response = client.post(contact_url(), form_data())
        assert response.status_code == 302
        message = ContactMessage.objects.get()
        assert [r.getMessage() for r in caplog.records if r.name == "coalition.mail"] == [
            f"The mail queue is full: contact message {message.pk} waits for send_contact_mail."
        ]
        assert mailoutbox == []
        call_command("send_contact_mail", "--min-age=0", stdout=StringIO())
        assert len(mailoutbox) == 1


class TestMistakes:
    @pytest.mark.parametrize(
        ("changes", "field", "error"),
        [
            ({"name": ""}, "name", "Enter your name."),
            ({"email": ""}, "email", "Enter your e-mail address."),
            (
                {"email": "amina.example.org"},
                "email",
                "Enter an e-mail address in the correct format, like name@example.org.",
            ),
            ({"message": "   "}, "message", "Enter your message."),
            (
                {"message": "a" * 5001},
                "message",
                "Your message must be 5000 characters or fewer; it has 5001.",
            ),
            ({"name": "A" * 151}, "name", "Your name must be 150 characters or fewer."),
            (
                {"subject": "Hello\r\nBcc: victim@example.org"},
                "subject",
                "Write the subject on one line.",
            ),
            ({"name": "Amina\nBcc: victim@example.org"}, "name", "Write your name on one line."),
            (
                {"subject": "Hello\u2028Bcc: x@example.org"},
                "subject",
                "Write the subject on one line.",
            ),
        ],
    )
    def test_the_form_comes_back_with_its_errors(
        self, client, contact_page, mailoutbox, changes, field, error
    ):
        data = form_data(**changes)
        response = client.post(contact_url(), data)
        assert response.status_code == 200
        assert {"private", "no-store"} <= cache_directives(response)
        html = response.text
        assert "<title>Error: " in html
        summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
        assert 'aria-labelledby="error-summary-title"' in summary
        assert 'tabindex="-1"' in summary
        assert "There is a problem" in summary
        assert f'<li><a href="#id_{field}">{error}</a></li>' in summary
        assert summary.index("There is a problem") < html.index("<h1>")
        assert f'id="id_{field}_error"' in html
        field_tag = tag(html, field)
        assert 'aria-invalid="true"' in field_tag
        assert f"id_{field}_error" in re.search(r'aria-describedby="([^"]*)"', field_tag).group(1)
        # The other values are kept.
        assert 'value="amina@example.org"' in html or field == "email"
        assert "How does an organisation become an observer?" in html or field == "message"
        assert not ContactMessage.objects.exists()
        assert mailoutbox == []

    def test_every_missing_field_is_listed(self, client, contact_page):
        data = form_data(name="", email="", message="")
        html = client.post(contact_url(), data).text
        summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
        links = re.findall(r'<a href="#(id_\w+)">', summary)
        assert links == ["id_name", "id_email", "id_message"]
        assert 'aria-invalid="true"' not in tag(html, "subject")


class TestSpam:
    @pytest.mark.parametrize(
        ("changes", "reason", "error"),
        [
            (lambda: {"website": "https://cheap-pills.example"}, "honeypot filled in", NOT_SENT),
            (lambda: {"started": started_token()}, "sent too fast", TOO_FAST),
            (lambda: {"started": started_token(time.time() - 2)}, "sent too fast", TOO_FAST),
            (lambda: {"started": started_token(time.time() + 60)}, "sent too fast", TOO_FAST),
            (lambda: {"started": ""}, "missing or forged time stamp", NOT_SENT),
            (
                lambda: {"started": str(int(time.time() - 10))},
                "missing or forged time stamp",
                NOT_SENT,
            ),
            (
                lambda: {"started": signing.dumps(time.time() - 10, salt="another.salt")},
                "missing or forged time stamp",
                NOT_SENT,
            ),
            (
                lambda: {"started": started_token(time.time() - 10)[:-3] + "xyz"},
                "missing or forged time stamp",
                NOT_SENT,
            ),
            (
                lambda: {"started": signing.dumps("soon", salt=STARTED_SALT)},
                "missing or forged time stamp",
                NOT_SENT,
            ),
        ],
        ids=[
            "honeypot",
            "at-once",
            "after-2-seconds",
            "from-the-future",
            "missing",
            "unsigned",
            "other-salt",
            "tampered",
            "not-a-time",
        ],
    )
    def test_comes_back_unsent_with_the_text_kept_and_a_new_time_stamp(
        self, client, contact_page, mailoutbox, caplog, changes, reason, error
    ):
        data = form_data(**changes())
        with caplog.at_level(logging.INFO, logger="coalition.views.contact"):
            response = client.post(contact_url(), data)
        assert response.status_code == 200
        html = response.text
        assert "Thank you" not in html
        assert "has been sent" not in html
        summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
        assert f"<li>{error}</li>" in summary
        assert 'value="Amina Haddad"' in tag(html, "name")
        assert "How does an organisation become an observer?" in html
        # A fresh time stamp, shown now; the hidden field comes back empty.
        token = re.search(r'value="([^"]*)"', tag(html, "started")).group(1)
        assert token != data["started"]
        assert 0 <= seconds_since(token) < 5
        assert 'value="' not in tag(html, "website")
        assert not ContactMessage.objects.exists()
        assert mailoutbox == []
        assert [r.getMessage() for r in caplog.records if r.name == "coalition.views.contact"] == [
            f"Contact form submission refused as likely spam: {reason}."
        ]

    def test_a_person_who_was_too_quick_sends_it_on_the_second_try(
        self, client, contact_page, monkeypatch
    ):
        html = client.post(contact_url(), form_data(started=started_token())).text
        token = re.search(r'value="([^"]*)"', tag(html, "started")).group(1)
        # The person reads the message, then sends the form again, five seconds later.
        later = time.time() + 5
        monkeypatch.setattr(coalition.forms, "time", SimpleNamespace(time=lambda: later))
        response = client.post(contact_url(), form_data(started=token))
        assert response.status_code == 302
        assert response["Location"] == "/en/contact/?sent=1"
        assert ContactMessage.objects.count() == 1

    def test_spam_is_recognised_before_the_form_is_checked(self, client, contact_page):
        response = client.post(contact_url(), form_data(website="x", email="not an address"))
        assert response.status_code == 200
        assert f"<li>{NOT_SENT}</li>" in response.text
        assert not ContactMessage.objects.exists()

    def test_a_form_that_comes_back_keeps_its_first_time_stamp(self, client, contact_page):
        token = started_token(time.time() - 10)
        html = client.post(contact_url(), form_data(started=token, name="")).text
        assert f'value="{token}"' in tag(html, "started")

    def test_the_form_alone(self):
        assert ContactForm(form_data()).spam_reason() is None
        assert ContactForm(form_data(website=" ")).spam_reason() is None
        assert ContactForm(form_data(website="x")).spam_reason() == "honeypot filled in"
        now = time.time()
        token = started_token(now)
        assert ContactForm(form_data(started=token)).spam_reason(now=now + 3) is None
        assert ContactForm(form_data(started=token)).spam_reason(now=now + 86401) is None
        assert not ContactForm(form_data(started=token)).is_expired(now=now + 86400)
        assert ContactForm(form_data(started=token)).is_expired(now=now + 86401)

    def test_a_form_open_for_more_than_a_day_comes_back_with_the_message_kept(
        self, client, contact_page, mailoutbox
    ):
        old = started_token(time.time() - 25 * 60 * 60)
        html = client.post(contact_url(), form_data(started=old)).text
        assert "This form was open for more than a day." in html
        assert "How does an organisation become an observer?" in html
        assert f'value="{old}"' not in tag(html, "started")
        assert not ContactMessage.objects.exists()
        assert mailoutbox == []


class TestLimits:
    def test_a_form_sends_one_message(self, client, contact_page, monkeypatch):
        data = form_data()
        assert client.post(contact_url(), data).status_code == 302
        # The same form again (sent twice, or replayed), with other words.
        response = client.post(contact_url(), {**data, "message": "And one more thing."})
        assert response.status_code == 200
        html = response.text
        summary = re.search(r'<div class="error-summary".*?</div>', html, re.S).group(0)
        assert f"<li>{ALREADY_SENT}</li>" in summary
        assert "And one more thing." in html
        token = re.search(r'value="([^"]*)"', tag(html, "started")).group(1)
        assert token != data["started"]
        assert ContactMessage.objects.count() == 1
        # The new form sends it (a few seconds later, once read).
        later = time.time() + 5
        monkeypatch.setattr(coalition.forms, "time", SimpleNamespace(time=lambda: later))
        response = client.post(contact_url(), form_data(started=token, message="And one more."))
        assert response.status_code == 302
        assert ContactMessage.objects.count() == 2

    def test_the_database_refuses_a_second_message_from_one_form(self):
        ContactMessage.objects.create(name="A", email="a@example.org", message="1", form_key="k")
        with pytest.raises(IntegrityError), transaction.atomic():
            ContactMessage.objects.create(
                name="A", email="a@example.org", message="2", form_key="k"
            )
        # Messages not sent through the form have no key, and as many as need be.
        ContactMessage.objects.create(name="B", email="b@example.org", message="3")
        ContactMessage.objects.create(name="B", email="b@example.org", message="4")

    def test_an_address_sends_a_few_messages_an_hour(self, client, contact_page, settings):
        settings.CONTACT_MAX_PER_ADDRESS_PER_HOUR = 2
        for _ in range(2):
            assert client.post(contact_url(), form_data()).status_code == 302
        response = client.post(contact_url("fr"), form_data(message="A third question."))
        assert response.status_code == 429
        assert {"private", "no-store"} <= cache_directives(response)
        html = response.text
        assert 'action="/fr/contact/"' in html
        assert "A third question." in html
        assert 'value="Amina Haddad"' in tag(html, "name")
        assert ContactMessage.objects.count() == 2

        response = client.post(contact_url(), form_data(message="A third question."))
        assert response.status_code == 429
        summary = re.search(r'<div class="error-summary".*?</div>', response.text, re.S)
        assert f"<li>{TOO_MANY}</li>" in summary.group(0)
        # Another address is not held up.
        other = client.post(contact_url(), form_data(), REMOTE_ADDR="198.51.100.7")
        assert other.status_code == 302
        # An hour later, the first address may write again.
        ContactMessage.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=61))
        assert client.post(contact_url(), form_data()).status_code == 302

    def test_behind_a_proxy_each_client_counts_for_itself(self, client, contact_page, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        settings.CONTACT_MAX_PER_ADDRESS_PER_HOUR = 1

        def post(forwarded_for):
            return client.post(
                contact_url(), form_data(), headers={"X-Forwarded-For": forwarded_for}
            )

        assert post("203.0.113.5").status_code == 302
        assert post("203.0.113.6").status_code == 302
        # An address that the client wrote itself before the proxy's changes nothing.
        assert post("198.51.100.1, 203.0.113.5").status_code == 429
        assert ContactMessage.objects.count() == 2

    def test_an_ipv6_network_counts_as_one_address(self, client, contact_page, settings):
        settings.CONTACT_MAX_PER_ADDRESS_PER_HOUR = 1

        def post(address):
            return client.post(contact_url(), form_data(), REMOTE_ADDR=address)

        assert post("2001:db8:1:2::1").status_code == 302
        # Any address of the same /64: one household or one server can take them all.
        assert post("2001:db8:1:2:ffff::9").status_code == 429
        assert post("2001:db8:1:3::1").status_code == 302
        assert post("::ffff:198.51.100.7").status_code == 302
        assert post("198.51.100.7").status_code == 429

    def test_the_address_is_kept_only_as_a_keyed_hash_and_only_for_an_hour(
        self, client, contact_page, settings
    ):
        client.post(contact_url(), form_data(), REMOTE_ADDR="203.0.113.5")
        message = ContactMessage.objects.get()
        stored = " ".join(str(value) for value in vars(message).values())
        assert "203.0.113.5" not in stored
        assert len(message.client_key) == 64
        assert message.client_key != hashlib.sha256(b"203.0.113.5").hexdigest()
        settings.SECRET_KEY = "another key"
        client.post(contact_url(), form_data(), REMOTE_ADDR="203.0.113.5")
        first, second = ContactMessage.objects.order_by("pk")
        assert first.client_key != second.client_key  # keyed by SECRET_KEY

        # Once an hour has passed, it is no use any more and is forgotten.
        ContactMessage.objects.filter(pk=first.pk).update(
            created_at=timezone.now() - datetime.timedelta(minutes=61)
        )
        client.post(contact_url(), form_data(), REMOTE_ADDR="198.51.100.7")
        first.refresh_from_db()
        second.refresh_from_db()
        assert first.client_key == ""
        assert second.client_key != ""

    def test_the_purge_forgets_addresses_too(self):
        message = ContactMessage.objects.create(
            name="A", email="a@example.org", message="Hello", client_key="f" * 64
        )
        call_command("purge_contact_messages", stdout=StringIO())
        message.refresh_from_db()
        assert message.client_key == "f" * 64
        ContactMessage.objects.update(created_at=timezone.now() - datetime.timedelta(hours=2))
        call_command("purge_contact_messages", stdout=StringIO())
        message.refresh_from_db()
        assert message.client_key == ""


class TestAdmin:
    @pytest.fixture
    def message(self):
        return ContactMessage.objects.create(
            name="Amina Haddad",
            email="amina@example.org",
            subject="Observer status",
            message="How does an organisation become an observer?",
            language="fr",
        )

    def test_the_secretariat_group_may_read_change_and_delete_but_not_add(self):
        codenames = set(
            Group.objects.get(name="Secretariat")
            .permissions.filter(content_type__model="contactmessage")
            .values_list("codename", flat=True)
        )
        assert codenames == {
            "view_contactmessage",
            "change_contactmessage",
            "delete_contactmessage",
        }

    def test_the_list_shows_messages_and_can_be_searched(self, secretariat_client, message):
        url = reverse("admin:coalition_contactmessage_changelist")
        response = secretariat_client.get(url)
        assert response.status_code == 200
        html = response.text
        assert "Amina Haddad" in html
        assert "amina@example.org" in html
        assert "Observer status" in html
        assert "French" in html
        assert "Add contact message" not in html
        assert (
            secretariat_client.get(url, {"q": "organisation become"}).text.count("Amina Haddad")
            == 1
        )
        assert "Amina Haddad" not in secretariat_client.get(url, {"q": "nobody"}).text
        assert "Amina Haddad" in secretariat_client.get(url, {"handled__exact": "0"}).text
        assert "Amina Haddad" in secretariat_client.get(url, {"language__exact": "fr"}).text
        assert "Amina Haddad" not in secretariat_client.get(url, {"language__exact": "ar"}).text

    def test_the_list_says_whether_each_message_was_emailed(self, secretariat_client, message):
        ContactMessage.objects.create(
            name="Mailed",
            email="b@example.org",
            message="Hello",
            language="en",
            mailed_at=datetime.datetime(2026, 3, 2, 9, 30, tzinfo=datetime.UTC),
        )
        url = reverse("admin:coalition_contactmessage_changelist")
        html = secretariat_client.get(url).text
        assert "E-mailed" in html
        rows = {
            name: re.search(rf"<tr>.*?{name}.*?</tr>", html, re.S).group(0)
            for name in ("Amina Haddad", "Mailed")
        }
        assert "Not yet" in rows["Amina Haddad"]
        assert "2026" in rows["Mailed"]
        assert "Not yet" not in rows["Mailed"]
        ContactMessage.objects.filter(pk=message.pk).update(mail_held=True)
        html = secretariat_client.get(url).text
        row = re.search(r"<tr>.*?Amina Haddad.*?</tr>", html, re.S).group(0)
        assert "No: too many messages within the hour" in row
        not_mailed = secretariat_client.get(url, {"mailed_at__isnull": "True"}).text
        assert "Amina Haddad" in not_mailed
        assert ">Mailed<" not in not_mailed
        detail = secretariat_client.get(
            reverse("admin:coalition_contactmessage_change", args=[message.pk])
        ).text
        assert "E-mailed" in detail

    def test_mark_as_handled(self, secretariat_client, message):
        other = ContactMessage.objects.create(
            name="B", email="b@example.org", message="Hello", language="en"
        )
        response = secretariat_client.post(
            reverse("admin:coalition_contactmessage_changelist"),
            {"action": "mark_handled", "_selected_action": [message.pk]},
            follow=True,
        )
        assert "1 message marked as handled." in response.text
        message.refresh_from_db()
        other.refresh_from_db()
        assert message.handled
        assert not other.handled

    def test_no_one_adds_messages_in_the_admin(self, secretariat_client, admin_client):
        url = reverse("admin:coalition_contactmessage_add")
        assert secretariat_client.get(url).status_code == 403
        assert admin_client.get(url).status_code == 403

    def test_the_message_is_read_only_but_handled_can_be_ticked(self, secretariat_client, message):
        url = reverse("admin:coalition_contactmessage_change", args=[message.pk])
        response = secretariat_client.get(url)
        assert "How does an organisation become an observer?" in response.text
        editable = set(response.context["adminform"].form.fields)
        assert editable == {"handled"}
        assert 'name="handled"' in response.text
        secretariat_client.post(
            url, {"handled": "on", "message": "Rewritten", "name": "Someone else"}
        )
        message.refresh_from_db()
        assert message.handled
        assert message.message == "How does an organisation become an observer?"
        assert message.name == "Amina Haddad"

    def test_delete(self, secretariat_client, message):
        url = reverse("admin:coalition_contactmessage_delete", args=[message.pk])
        secretariat_client.post(url, {"post": "yes"})
        assert not ContactMessage.objects.exists()


def test_old_messages_are_purged_as_the_privacy_notice_promises():
    old = ContactMessage.objects.create(name="A", email="a@example.org", message="old")
    recent = ContactMessage.objects.create(name="B", email="b@example.org", message="new")
    ContactMessage.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=366)
    )
    call_command("purge_contact_messages", stdout=StringIO())
    assert list(ContactMessage.objects.all()) == [recent]


class TestMailQueue:
    def test_one_thread_works_through_a_bounded_queue(self):
        jobs = coalition.mail.MailQueue(size=2)
        first_started, answer, done = threading.Event(), threading.Event(), []

        def slow():
            first_started.set()
            answer.wait(timeout=10)
            done.append("slow")

        def broken():
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

        threads = threading.active_count()
        assert jobs.put(slow)
        assert first_started.wait(timeout=5)
        assert jobs.put(broken)
        assert jobs.put(lambda: done.append("next"))
        assert not jobs.put(lambda: done.append("one too many"))  # refused at once
        assert threading.active_count() == threads + 1
        assert not jobs.drain(timeout=0.1)
        answer.set()
        assert jobs.drain(timeout=5)
        # A job that fails does not stop the ones after it.
        assert done == ["slow", "next"]
        assert jobs.put(lambda: done.append("later"))
        assert jobs.drain(timeout=5)
        assert done == ["slow", "next", "later"]
        assert threading.active_count() == threads + 1


class TestSendContactMailCommand:
    def received(self, minutes_ago, **fields):
        message = ContactMessage.objects.create(
            name="Amina Haddad",
            email="amina@example.org",
            subject=f"Received {minutes_ago} minutes ago",
            message="Hello",
            language="fr",
            **fields,
        )
        ContactMessage.objects.filter(pk=message.pk).update(
            created_at=timezone.now() - datetime.timedelta(minutes=minutes_ago)
        )
        return message

    def test_sends_each_message_that_waits_once(self, mailoutbox):
        waiting = self.received(30)
        self.received(60, mailed_at=timezone.now())  # e-mailed already
        self.received(2)  # the web process's queue has it
        self.received(8 * 24 * 60)  # a week old: staff read it in the admin
        out = StringIO()
        call_command("send_contact_mail", "--site-url=https://foc.example", stdout=out)
        (mail,) = mailoutbox
        assert mail.subject == "Contact form: Received 30 minutes ago"
        assert mail.to == [CONTACT_EMAIL]
        assert f"https://foc.example/admin/coalition/contactmessage/{waiting.pk}/change/" in (
            mail.body
        )
        waiting.refresh_from_db()
        assert waiting.mailed_at is not None
        assert out.getvalue() == "E-mailed 1 contact message(s).\n"
        call_command("send_contact_mail", stdout=StringIO())
        assert len(mailoutbox) == 1

    def test_stops_at_the_first_failure_and_says_so(self, settings, mailoutbox):
        settings.EMAIL_BACKEND = "tests.test_contact.FailingBackend"
        self.received(30)
        self.received(20)
        with pytest.raises(CommandError, match="2 contact message"):
            call_command("send_contact_mail", stdout=StringIO())
        assert ContactMessage.objects.filter(mailed_at__isnull=True).count() == 2

    def test_without_a_contact_address_sends_nothing(self, settings, mailoutbox):
        settings.CONTACT_EMAIL = ""
        self.received(30)
        out = StringIO()
        call_command("send_contact_mail", stdout=out)
        assert mailoutbox == []
        assert "CONTACT_EMAIL is empty" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_messages_from_before_the_mail_queue_are_not_emailed_again(mailoutbox):
    """Before migration 0010 each message was e-mailed in its request: after the upgrade,
    the command that sends what waits must not send those a second time."""
    before = [("coalition", "0009_content_version")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    old_apps.get_model("coalition", "ContactMessage").objects.create(
        name="A", email="a@example.org", message="Hello", language="en"
    )
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    message = ContactMessage.objects.get()
    assert message.mailed_at == message.created_at
    ContactMessage.objects.update(created_at=timezone.now() - datetime.timedelta(hours=1))
    call_command("send_contact_mail", stdout=StringIO())
    assert mailoutbox == []

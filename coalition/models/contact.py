"""Messages sent through the contact page, kept for the secretariat (the Support Unit).

Nothing here is translated: a message is stored as the visitor wrote it, with the language
of the page it was sent from. Staff read messages and mark them handled; they never edit them.

Two keyed hashes (HMAC with SECRET_KEY) limit what the form lets anyone send, in the
database so that every worker and host shares the limits: the form it came from (a form
sends one message: unique) and the sender's address (a few messages an hour per address).
The address itself is never stored, and its hash is erased once the hour is over.
"""

import ipaddress

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.crypto import salted_hmac
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

NAME_MAX_LENGTH = 150
SUBJECT_MAX_LENGTH = 150
MESSAGE_MAX_LENGTH = 5000

# Line breaks (and the other characters that end a line) in a value that goes into an
# e-mail header would let a sender add headers of their own.
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def single_line(message):
    return RegexValidator(f"[{LINE_BREAKS}]", message=message, inverse_match=True)


def address_key(address):
    """A keyed hash of a client's address, the same for every address one sender is likely to
    hold: an IPv6 client usually has a whole /64 network, so it counts as that network."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        network = address or ""
    else:
        if ip.version == 6 and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        network = str(ipaddress.ip_network(f"{ip}/64", strict=False) if ip.version == 6 else ip)
    return salted_hmac(
        "coalition.ContactMessage.client_key", network, algorithm="sha256"
    ).hexdigest()


def form_key(token):
    """A keyed hash of the signed time stamp that identifies one form as it was shown."""
    return salted_hmac("coalition.ContactMessage.form_key", token, algorithm="sha256").hexdigest()


class ContactMessageQuerySet(models.QuerySet):
    def to_mail(self):
        """Messages not e-mailed yet (coalition/mail.py), nor held back by the hourly limit."""
        return self.filter(mailed_at__isnull=True, mail_held=False)

    def for_mail_since(self, since):
        """Messages received since a time that were, or are to be, e-mailed."""
        return self.filter(created_at__gte=since, mail_held=False)

    def from_address(self, key, since):
        """Messages sent from the address with this key since a time."""
        return self.filter(client_key=key, created_at__gte=since)

    def forget_addresses(self, received_before):
        """Erase the address hash of messages received before a time: once their hour is
        over it limits nothing, and the less is kept about a sender, the better."""
        return (
            self.filter(created_at__lt=received_before).exclude(client_key="").update(client_key="")
        )


class ContactMessage(models.Model):
    name = models.CharField(
        _("name"),
        max_length=NAME_MAX_LENGTH,
        validators=[single_line(_("Write your name on one line."))],
    )
    email = models.EmailField(_("e-mail address"))
    subject = models.CharField(
        _("subject"),
        max_length=SUBJECT_MAX_LENGTH,
        blank=True,
        validators=[single_line(_("Write the subject on one line."))],
    )
    message = models.TextField(_("message"), max_length=MESSAGE_MAX_LENGTH)
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        help_text=_("The language of the page the message was sent from."),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(
        _("handled"),
        default=False,
        db_index=True,
        help_text=_("Tick once the message has been answered or dealt with."),
    )
    mailed_at = models.DateTimeField(
        _("e-mailed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the message was e-mailed to the Support Unit's address."),
    )
    mail_held = models.BooleanField(
        _("over the hourly e-mail limit"),
        default=False,
        editable=False,
        help_text=_(
            "More messages than the hourly limit of e-mails arrived within the hour: this "
            "one was stored, but not e-mailed."
        ),
    )
    client_key = models.CharField(
        _("sender's network address (keyed hash)"), max_length=64, blank=True, editable=False
    )
    form_key = models.CharField(_("form (keyed hash)"), max_length=64, blank=True, editable=False)

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["client_key", "created_at"], name="contact_by_address")]
        constraints = [
            # A form sends one message; messages from elsewhere (tests, imports) have no key.
            models.UniqueConstraint(
                fields=["form_key"], condition=~Q(form_key=""), name="contact_one_per_form"
            )
        ]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return self.subject or Truncator(self.message).words(8)

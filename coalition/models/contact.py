"""Messages sent through the contact page, kept for the secretariat (the Support Unit).

Nothing here is translated: a message is stored as the visitor wrote it, with the language
of the page it was sent from. Staff read messages and mark them handled; they never edit them.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
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


class ContactMessageQuerySet(models.QuerySet):
    def unhandled(self):
        return self.filter(handled=False)


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

    objects = ContactMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")

    def __str__(self):
        return self.subject or Truncator(self.message).words(8)

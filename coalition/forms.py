"""Public forms: the contact form.

Spam is kept out without a third-party service: a honeypot field that people never see
(and that assistive technology skips), and the signed time at which the form was shown, so
that a submission sent too fast (a script) or long after (a replayed copy) is recognised.
The signed time is also the form's identity: a form sends one message (coalition/views/
contact.py).
"""

import time

from django import forms
from django.core import signing
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from .models import ContactMessage
from .models.contact import MESSAGE_MAX_LENGTH

STARTED_SALT = "coalition.forms.ContactForm.started"
# A person needs more than this to fill in the form...
MIN_SECONDS = 3
# ...and a form shown longer ago than this is a stale or replayed copy.
MAX_SECONDS = 24 * 60 * 60

# Why a submission looks like a script's work (ContactForm.spam_reason), as logged.
HONEYPOT_FILLED = "honeypot filled in"
BAD_TIME_STAMP = "missing or forged time stamp"
TOO_FAST = "sent too fast"


def started_token(at=None):
    """The signed time (now by default) at which the form is shown."""
    return signing.dumps(time.time() if at is None else at, salt=STARTED_SALT)


def seconds_since(token, now=None):
    """Seconds since the time in a signed token; None if it is missing, forged or malformed."""
    try:
        started = signing.loads(token or "", salt=STARTED_SALT)
    except (signing.BadSignature, ValueError):
        return None
    if isinstance(started, bool) or not isinstance(started, int | float):
        return None
    return (time.time() if now is None else now) - started


class MessageField(forms.CharField):
    """Browsers count a line break as one character for maxlength but send two (CR LF):
    count them as the visitor saw them."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")


class ContactForm(forms.ModelForm):
    # The honeypot: hidden from people and from assistive technology, and named so that
    # scripts fill it in. Its label says what to do should a person ever meet it.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput, initial=started_token)

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "subject", "message"]
        field_classes = {"message": MessageField}
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "subject": _("Subject"),
            "message": _("Your message"),
        }
        help_texts = {"email": _("We use it only to reply to you.")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
            "email": forms.EmailInput(
                attrs={"autocomplete": "email", "dir": "auto", "spellcheck": "false"}
            ),
            "subject": forms.TextInput(attrs={"dir": "auto"}),
            "message": forms.Textarea(attrs={"dir": "auto", "rows": 10}),
        }
        error_messages = {
            "name": {
                "required": _("Enter your name."),
                "max_length": _("Your name must be %(limit_value)d characters or fewer."),
            },
            "email": {
                "required": _("Enter your e-mail address."),
                "invalid": _(
                    "Enter an e-mail address in the correct format, like name@example.org."
                ),
                "max_length": _("Your e-mail address must be %(limit_value)d characters or fewer."),
            },
            "subject": {
                "max_length": _("The subject must be %(limit_value)d characters or fewer."),
            },
            "message": {
                "required": _("Enter your message."),
                "max_length": _(
                    "Your message must be %(limit_value)d characters or fewer; "
                    "it has %(show_value)d."
                ),
            },
        }

    field_order = ["name", "email", "subject", "message", "website", "started"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self._meta.fields:
            # No maxlength: browsers cut pasted text short without a word. The limits are
            # checked on the server, which says what is too long.
            self.fields[name].widget.attrs.pop("maxlength", None)
        # Built here, not at import, so that the number is written the page's way.
        self.fields["message"].help_text = _("Up to %(limit)s characters.") % {
            "limit": number_format(MESSAGE_MAX_LENGTH, force_grouping=True)
        }

    @property
    def visitor_fields(self):
        """The fields that people fill in (the honeypot and the time are not among them)."""
        return [self[name] for name in self._meta.fields]

    def spam_reason(self, now=None):
        """Why a bound form looks like a script's work, or None if it does not."""
        if (self["website"].data or "").strip():
            return HONEYPOT_FILLED
        elapsed = seconds_since(self["started"].data, now)
        if elapsed is None:
            return BAD_TIME_STAMP
        if elapsed < MIN_SECONDS:
            return TOO_FAST
        return None

    def is_expired(self, now=None):
        """Opened more than a day ago: likely a person back from a long break, so the
        message is not dropped; the form comes back to be sent again."""
        elapsed = seconds_since(self["started"].data, now)
        return elapsed is not None and elapsed > MAX_SECONDS

"""The contact page: the editable page with the slug "contact", followed by the form.

A message is stored first, then e-mailed to CONTACT_EMAIL (when set) after the response, by
coalition/mail.py: a mail failure never loses it, and a slow mail server never holds up a
request. The page is never cached (the form carries the time it was shown).

"Your message has been sent" is said only of a message that was stored. Everything else
comes back as the form, with the visitor's text kept and a message saying what to do, even
what looks like a script's work (the honeypot filled in, a missing or forged time stamp, a
form sent within MIN_SECONDS of being shown). People meet those too: a browser that fills
in the hidden field, a form opened before SECRET_KEY changed, a quick paste. Thanking them
would lose their message without a word. A script learns nothing it could use: that it
failed, but not why (only "too fast" is explained, as a person needs to know it, and a
script could find it by trying anyway). The real limits on scripts are the form's single
use and the hourly limit per address.

Like every public page, it sets no cookie, so it does not use Django's CSRF token (which
lives in a cookie). A cross-site forgery of this form could only make a visitor's browser
send a message that the forger could send directly, but it is refused anyway: browsers say
where a POST comes from (Sec-Fetch-Site, Origin), and a POST from another site gets 403.
"""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.csrf import csrf_failure
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt

from .. import mail
from ..client import client_ip
from ..forms import TOO_FAST, ContactForm, started_token
from ..models import ContactMessage, Page
from ..models.contact import address_key, form_key
from .pages import PageView

logger = logging.getLogger(__name__)

CONTACT_PAGE_SLUG = "contact"

NOT_SENT = _("Your message has not been sent yet. Check it, then send it again.")
SENT_TOO_FAST = _(
    "Your message has not been sent yet: the form was sent within seconds of opening, as "
    "automated programs do. Check your message, then send it again."
)
ALREADY_SENT = _(
    "A message has already been sent with this form. To send another one, check it, then "
    "send it again."
)
TOO_MANY = _(
    "Your message has not been sent: several messages have already been sent from your "
    "Internet connection within the hour. Please wait an hour, then send it again."
)
EXPIRED = _("This form was open for more than a day. Check your message, then send it again.")


def comes_from_this_site(request):
    """False when the browser says the POST was sent from another site."""
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin is None:  # not a browser that could be forged into posting
        return True
    return origin in (
        f"{request.scheme}://{request.get_host()}",
        *settings.CSRF_TRUSTED_ORIGINS,
    )


@method_decorator(csrf_exempt, name="dispatch")
@method_decorator(cache_control(private=True, no_store=True), name="dispatch")
class ContactView(PageView):
    template_name = "coalition/contact.html"
    http_method_names = ["get", "head", "post", "options"]

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.get_queryset() if queryset is None else queryset, slug=CONTACT_PAGE_SLUG
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if context.get("form") is not None:
            context["privacy_page"] = Page.objects.published().filter(slug="privacy").first()
        return context

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        sent = request.GET.get("sent") == "1"
        return self.render_to_response(
            self.get_context_data(sent=sent, form=None if sent else ContactForm())
        )

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not comes_from_this_site(request):
            logger.info("Contact form POST from another site refused.")
            return csrf_failure(request, reason="The form was sent from another site.")
        form = ContactForm(request.POST)
        reason = form.spam_reason()
        if reason:
            logger.info("Contact form submission refused as likely spam: %s.", reason)
            return self.form_again(SENT_TOO_FAST if reason == TOO_FAST else NOT_SENT)
        if form.is_expired():
            return self.form_again(EXPIRED)
        client_key = address_key(client_ip(request))
        an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
        sent = ContactMessage.objects.from_address(client_key, since=an_hour_ago).count()
        if sent >= settings.CONTACT_MAX_PER_ADDRESS_PER_HOUR:
            logger.info("Contact form: an address has sent %d messages within the hour.", sent)
            return self.form_again(TOO_MANY, status=429)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.instance.language = translation.get_language()
        form.instance.client_key = client_key
        form.instance.form_key = form_key(form["started"].data)
        try:
            with transaction.atomic():
                message = form.save()
        except IntegrityError:  # the form's key is unique: this form has sent its message
            logger.info("Contact form sent a second time: refused.")
            return self.form_again(ALREADY_SENT)
        ContactMessage.objects.forget_addresses(received_before=an_hour_ago)
        if settings.CONTACT_EMAIL:
            self.send_later(message, since=an_hour_ago)
        return self.thank_you()

    def send_later(self, message, since):
        """E-mail the message after the response, unless CONTACT_MAX_MAILS_PER_HOUR messages
        were e-mailed already within the hour: then it is only stored, for staff to read in
        the admin, so that a flood from many addresses cannot fill the Support Unit's
        mailbox. (Concurrent requests may each send one more; it is a cap, not a count.)"""
        mailed = ContactMessage.objects.for_mail_since(since).exclude(pk=message.pk).count()
        if mailed >= settings.CONTACT_MAX_MAILS_PER_HOUR:
            ContactMessage.objects.filter(pk=message.pk).update(mail_held=True)
            logger.warning(
                "%d contact messages within the hour: message %s is stored, not e-mailed.",
                mailed,
                message.pk,
            )
            return
        mail.send_later(message, site_url=self.request.build_absolute_uri("/").rstrip("/"))

    def form_again(self, error, status=200):
        """The form as it was sent, with a fresh time stamp, the honeypot emptied and `error`
        on top: nothing typed is lost, and sending it again later works."""
        data = self.request.POST.copy()
        data["started"] = started_token()
        data["website"] = ""
        form = ContactForm(data)
        form.is_valid()
        form.add_error(None, error)
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def thank_you(self):
        """POST, redirect, GET: a reload does not send the message again."""
        return redirect(f"{reverse('coalition:contact')}?sent=1")

"""The second step of staff sign-in, after the password (see coalition/admin/signin.py).

A staff member without an authenticator app sets one up with their password and an enrolment
link from an administrator (coalition/enrolment.py): a QR code drawn here (SVG, no outside
service, no JavaScript), the key in text for typing instead, and a first code to confirm;
then 10 recovery codes, shown once. Later sign-ins ask for a code: 6 digits from the app, or
a 10-digit recovery code, which then stops working.

Wrong codes are limited by counting them: each is a failed login for django-axes (with the
wrong passwords: 5 for a user name at one address, 20 for an address), and one of the
account's wrong codes from every address (settings.CODE_FAILURE_LIMIT, counted on its devices
by django-otp). django-otp's own wait after a wrong code (1, 2, 4… seconds per device) is off
(OTP_TOTP_THROTTLE_FACTOR and OTP_STATIC_THROTTLE_FACTOR are 0): during the wait a device
refuses any code unread, so a right code typed just after a typo was refused, and counted as
one more failure. The counts stop guessing as well; and since only someone who has the
password reaches this step, the per-account count cannot be used by strangers to lock a
colleague out. Were the wait turned on again, a code it refuses unread counts as no failure.
"""

import secrets
from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django import forms
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model, logout
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ..enrolment import enrolment_tokens, pending_device
from .signin import (
    awaits_second_factor,
    client_ip,
    code_failures,
    forget_failures,
    forget_old_code_failures,
    lockout_page,
    log,
)

ENROLMENT_SESSION_KEY = "coalition_enrolment_link"
RECOVERY_CODES = 10
RECOVERY_CODE_DIGITS = 10
APP_CODE_DIGITS = 6


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
                "autocapitalize": "off",
                "spellcheck": "false",
            }
        ),
    )

    def __init__(self, *args, help_text, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = help_text

    def clean_code(self):
        """Spaces and hyphens do not matter; digits of any script are read as 0-9."""
        code = "".join(self.cleaned_data["code"].split()).replace("-", "")
        if not code.isdecimal():
            raise forms.ValidationError(_("Enter the code in digits only."))
        return "".join(str(int(digit)) for digit in code)


def next_url(request, site):
    url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME)
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse(f"{site.name}:index", current_app=site.name)


def credentials(user):
    return {"username": user.get_username()}


def lockout(request, user, reason=None):
    """Sign a locked-out user out; the lock-out page (django-axes' unless a reason is given)."""
    logout(request)
    if reason:
        return lockout_page(request, reason)
    return get_lockout_response(request, None, credentials(user))


def locked_out(request, user):
    """The lock-out page if the user may not enter a code now, else None."""
    if AxesProxyHandler.is_locked(request, credentials(user)):
        return lockout(request, user)
    if code_failures(user) >= settings.CODE_FAILURE_LIMIT:
        return lockout(request, user, "codes")
    return None


def count_failure(request, user):
    """A wrong code counts as a failed login, with the same lock-out as a wrong password
    (django-axes), and as one of the account's wrong codes (code_failures).

    The lock-out page if that was one too many, else None.
    """
    user_login_failed.send(__name__, credentials=credentials(user), request=request, step="code")
    if getattr(request, "axes_locked_out", False):
        return lockout(request, user)
    return locked_out(request, user)


def check_code(devices, code):
    """The device that accepts the code, or a ValidationError that says why none does.

    Its code is "wrong" when a device read the code and refused it, a failed login; "wait"
    when django-otp refused to read it at all (its wait after a wrong code, off in
    settings.py), which is nobody's failure.
    """
    error = forms.ValidationError(_("That code is not right, or it was used already."), "wrong")
    # No exception inside the transaction: it would undo django-otp's count of wrong codes.
    with transaction.atomic():
        for device in devices.select_for_update():
            if not device.verify_is_allowed()[0]:
                error = forms.ValidationError(
                    _("Too many wrong codes: wait a minute, then enter a new one."), "wait"
                )
            elif device.verify_token(code):
                return device
    raise error


def signed_in(request, device):
    """The second factor is verified: the sign-in is complete."""
    request.session.cycle_key()
    django_otp.login(request, device)
    forget_failures(request.user)
    log.info(
        "Login: %r verified with %s from %s",
        request.user.get_username(),
        device.name,
        client_ip(request),
    )


def second_step(view):
    """Only for a staff member between the password and the second factor."""

    @sensitive_post_parameters("code")
    @never_cache
    def wrapper(request, site):
        user = request.user
        if not awaits_second_factor(user):
            return HttpResponseRedirect(next_url(request, site))
        forget_old_code_failures(user)
        return locked_out(request, user) or view(request, site, user)

    return wrapper


def go_to(request, site, name):
    url = reverse(f"{site.name}:{name}", current_app=site.name)
    return HttpResponseRedirect(
        f"{url}?{urlencode({REDIRECT_FIELD_NAME: next_url(request, site)})}"
    )


@second_step
def verify(request, site, user):
    if not django_otp.user_has_device(user):
        return go_to(request, site, "two_factor_setup")
    form = CodeForm(
        request.POST or None,
        help_text=_("The 6 digits that your authenticator app shows now, or a recovery code."),
    )
    if form.is_valid():
        code = form.cleaned_data["code"]
        model = {APP_CODE_DIGITS: TOTPDevice, RECOVERY_CODE_DIGITS: StaticDevice}.get(len(code))
        try:
            if model is None:
                raise forms.ValidationError(
                    _("That code is not right, or it was used already."), "wrong"
                )
            device = check_code(model.objects.devices_for_user(user, confirmed=True), code)
        except forms.ValidationError as error:
            if error.code == "wrong" and (response := count_failure(request, user)):
                return response
            form.add_error("code", error)
        else:
            signed_in(request, device)
            return HttpResponseRedirect(next_url(request, site))
    context = {
        **site.each_context(request),
        "title": _("Enter your code"),
        "form": form,
        "next": next_url(request, site),
    }
    return render(request, "admin/two_factor/verify.html", context)


@second_step
def setup(request, site, user):
    if django_otp.user_has_device(user):
        return go_to(request, site, "two_factor")
    device = enrolment_device(request, user)
    if device is None:
        return no_enrolment_link(request, site, user)
    key = b32encode(device.bin_key).decode()  # as authenticator apps take it, in groups of 4
    form = CodeForm(request.POST or None, help_text=_("The 6 digits that the app shows now."))
    if form.is_valid():
        try:
            check_code(TOTPDevice.objects.filter(pk=device.pk), form.cleaned_data["code"])
        except forms.ValidationError as error:
            if error.code == "wrong" and (response := count_failure(request, user)):
                return response
            form.add_error("code", error)
        else:
            if not TOTPDevice.objects.filter(pk=device.pk, confirmed=False).update(confirmed=True):
                return no_enrolment_link(request, site, user)  # replaced meanwhile
            del request.session[ENROLMENT_SESSION_KEY]
            codes = new_recovery_codes(user)
            signed_in(request, device)
            context = {
                **site.each_context(request),
                "title": _("Your recovery codes"),
                "codes": codes,
                "next": next_url(request, site),
            }
            return render(request, "admin/two_factor/recovery_codes.html", context)
    context = {
        **site.each_context(request),
        "title": _("Set up your authenticator app"),
        "form": form,
        "next": next_url(request, site),
        "qr_code": qr_code(device.config_url),
        "key": " ".join(key[i : i + 4] for i in range(0, len(key), 4)),
    }
    return render(request, "admin/two_factor/setup.html", context)


def enrolment_device(request, user):
    """The pending authenticator of a valid enrolment link for this user, opened in this
    browser (coalition/enrolment.py), or None: without one, the set-up shows no key."""
    link = request.session.get(ENROLMENT_SESSION_KEY) or {}
    if link.get("user") != user.pk or not enrolment_tokens.check_token(user, link.get("token")):
        return None
    return pending_device(user)


def no_enrolment_link(request, site, user):
    context = {
        **site.each_context(request),
        "title": _("No authenticator app yet"),
        "link_days": settings.ENROLMENT_LINK_DAYS,
    }
    return render(request, "admin/two_factor/no_enrolment_link.html", context, status=403)


@never_cache
def enrol(request, site, user_id, token):
    """An enrolment link: remembered in this browser's session, then on to the password.

    It shows nothing of the account: the set-up page also needs the password step.
    """
    user = get_user_model().objects.filter(pk=user_id).first()
    if not enrolment_tokens.check_token(user, token):
        context = {**site.each_context(request), "title": _("This enrolment link does not work")}
        return render(request, "admin/two_factor/enrolment_link_invalid.html", context, status=404)
    request.session[ENROLMENT_SESSION_KEY] = {"user": user.pk, "token": token}
    index = reverse(f"{site.name}:index", current_app=site.name)
    login = reverse(f"{site.name}:login", current_app=site.name)
    return HttpResponseRedirect(f"{login}?{urlencode({REDIRECT_FIELD_NAME: index})}")


def qr_code(data):
    """An inline SVG image (it holds path data only, nothing from the user as text)."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathFillImage)
    return mark_safe(image.to_string(encoding="unicode"))


def new_recovery_codes(user):
    """10 new codes of 10 digits (about 33 bits each), replacing any earlier ones."""
    device, _created = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [
        f"{secrets.randbelow(10**RECOVERY_CODE_DIGITS):0{RECOVERY_CODE_DIGITS}d}"
        for _number in range(RECOVERY_CODES)
    ]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes

"""Enrolment links: how a staff member comes to set up an authenticator app.

The set-up page shows the key of a new authenticator, and whoever sees it can make codes for
that account. So a password alone must not open it: otherwise whoever first signed in with a
staff member's password would own their second factor. An administrator makes an enrolment
link (the user's page in the admin, or `manage.py enrolment_link USERNAME` for the first one
on a new site) and hands it over by another channel than the password. The set-up page needs
both: the password step for that user, and the link, opened in the same browser.

A link belongs to one pending authenticator, an unconfirmed TOTP device made with it, and its
token's hash covers that device and whether the user has a confirmed one. So a link stops
working once the app is set up (the device is confirmed), when a newer link is made (a new
device replaces the pending one), when an administrator resets the second factor (every
device is deleted), and after settings.ENROLMENT_LINK_DAYS.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.http import base36_to_int
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_DEVICE_NAME = "Authenticator app"


def pending_device(user):
    """The authenticator of the user's enrolment link, not set up yet (or None)."""
    return TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()


class EnrolmentTokenGenerator(PasswordResetTokenGenerator):
    """Django's password reset tokens, for the user's pending authenticator instead."""

    key_salt = "coalition.enrolment.EnrolmentTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        device = pending_device(user)
        pending = f"{device.pk}:{device.key}" if device else ""
        return f"{user.pk}:{timestamp}:{pending}:{user_has_device(user, confirmed=True)}"

    def check_token(self, user, token):
        """As Django's, but a token lasts ENROLMENT_LINK_DAYS, not PASSWORD_RESET_TIMEOUT."""
        if not (user and token):
            return False
        try:
            timestamp = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        age = self._num_seconds(self._now()) - timestamp
        if not 0 <= age <= settings.ENROLMENT_LINK_DAYS * 24 * 3600:
            return False
        return any(
            constant_time_compare(self._make_token_with_timestamp(user, timestamp, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        )


enrolment_tokens = EnrolmentTokenGenerator()


def make_enrolment_link(user):
    """The path of a new enrolment link for a user without an authenticator app.

    Any earlier link for the user stops working: its pending device is replaced.
    """
    with transaction.atomic():
        if user_has_device(user, confirmed=True):
            raise ValueError(f"{user.get_username()} has an authenticator app already.")
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    token = enrolment_tokens.make_token(user)
    return reverse("admin:two_factor_enrol", kwargs={"user_id": user.pk, "token": token})


def link_expiry():
    """When a link made now stops working."""
    return timezone.now() + timedelta(days=settings.ENROLMENT_LINK_DAYS)


def reset_second_factor(user):
    """Delete the user's app, recovery codes and pending link: they need a new link."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()

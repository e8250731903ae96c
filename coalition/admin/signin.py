"""Staff sign-in: the password, then a second factor; lock-out after failures; a log of both.

`admin.site` is a SecureAdminSite (coalition/admin/site.py; coalition/apps.py names it), so every
`admin.site.register` keeps working. With DEBUG off it lets a staff member in only once a
second factor has verified the session: a code from an authenticator app (django-otp's TOTP
device) or a recovery code (its static device; each code works once). The second step and
the first set-up are in coalition/admin/two_factor.py. With DEBUG on (the local demo) the
password is enough, and every admin page says so. Setting up an authenticator app needs an
enrolment link from an administrator as well as the password (coalition/enrolment.py).

Lock-out: django-axes counts wrong passwords and wrong codes alike and locks a user name out
at one address, or an address out for every user name (failure_limit); wrong codes are also
counted for the account from every address (code_failures). A complete sign-in forgets the
failures before it (forget_failures). The limits are in settings.py.
"""

import logging

from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone

from ..client import client_ip

log = logging.getLogger(__name__)


def second_factor_required():
    return not settings.DEBUG


def is_verified(user):
    """Whether a second factor verified this session (set by django-otp's OTPMiddleware)."""
    return getattr(user, "otp_device", None) is not None


def awaits_second_factor(user):
    """A staff member who gave the right password and still owes the second factor."""
    return user.is_active and user.is_staff and second_factor_required() and not is_verified(user)


def log_login(sender, request, user, **kwargs):
    """The password step succeeded (with DEBUG off, the second factor is still owed)."""
    log.info("Login: %r signed in from %s", user.get_username(), request and client_ip(request))


def forget_failures_without_second_factor(sender, request, user, **kwargs):
    """With DEBUG on, the password is the whole sign-in (see forget_failures)."""
    if not second_factor_required():
        forget_failures(user)


def log_login_failure(sender, credentials, request=None, step="password", **kwargs):
    """Django sends this for a wrong password; coalition.admin.two_factor for a wrong code.

    Only the user name is written, never the password (Django masks it anyway) or the code.
    """
    log.warning(
        "Login failed: wrong %s for %r from %s",
        step,
        credentials.get("username"),
        request and client_ip(request),
    )


def log_lockout(sender, request, username, ip_address, **kwargs):
    log.warning("Login locked: %r from %s, after too many failures", username, ip_address)


def code_failures(user):
    """The account's wrong codes in the cool-off time, from every address.

    django-otp counts them on each device (its wait after a wrong code is off, settings.py),
    until a right code; counts whose last wrong code is older than the cool-off time are
    forgotten (forget_old_code_failures), as django-axes forgets old failures.
    """
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return sum(
        model.objects.filter(user=user, throttling_failure_timestamp__gte=since).aggregate(
            count=Sum("throttling_failure_count")
        )["count"]
        or 0
        for model in device_models()
    )


def forget_failures(user):
    """After a complete sign-in, the failures before it were the owner's own: forget them.

    Complete means the password and the second factor (or the password alone with DEBUG on):
    a right password alone forgets nothing (AXES_RESET_ON_SUCCESS is off), or whoever knows
    it could guess codes without end. Every address's failures with this user name go, and
    the wrong codes counted on the account's devices; other user names keep theirs.
    """
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.reset_attempts(username=user.get_username())
    for model in device_models():
        model.objects.filter(user=user).update(
            throttling_failure_count=0, throttling_failure_timestamp=None
        )


def forget_old_code_failures(user):
    """Counts of wrong codes whose last one is older than the cool-off time start again."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    for model in device_models():
        model.objects.filter(user=user, throttling_failure_timestamp__lt=since).update(
            throttling_failure_count=0, throttling_failure_timestamp=None
        )


def device_models():
    """The kinds of second factor (imported late: this module is loaded with the settings)."""
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return [TOTPDevice, StaticDevice]


def lockout_page(request, reason):
    """The lock-out page (status 429), saying which limit was reached.

    reason: "name" (this user name at this address, django-axes), "address" (this address,
    whatever the user names, django-axes) or "codes" (wrong codes for this account from
    every address, code_failures).
    """
    limit = {
        "name": "LOGIN_FAILURE_LIMIT",
        "address": "LOGIN_FAILURE_LIMIT_PER_ADDRESS",
        "codes": "CODE_FAILURE_LIMIT",
    }[reason]
    context = {
        "reason": reason,
        "failure_limit": getattr(settings, limit),
        "minutes": round(settings.AXES_COOLOFF_TIME.total_seconds() / 60),
    }
    return render(request, "admin/locked_out.html", context, status=429)


def failures_of_name_at_address(request, credentials):
    """The failures of this user name at this address in the cool-off time (django-axes)."""
    from axes.attempts import get_cool_off_threshold
    from axes.helpers import get_client_username
    from axes.models import AccessAttempt

    return (
        AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
            attempt_time__gte=get_cool_off_threshold(request),
        ).aggregate(count=Sum("failures_since_start"))["count"]
        or 0
    )


def failure_limit(request, credentials):
    """django-axes' limit (settings.AXES_FAILURE_LIMIT), for two kinds of count.

    django-axes counts the failures for each of AXES_LOCKOUT_PARAMETERS, this user name at
    this address and this address with any name, and locks once the largest count reaches
    one limit. The address's count is always the largest (it holds the name's), so the limit
    says which count is meant: LOGIN_FAILURE_LIMIT once this name failed that often at this
    address, LOGIN_FAILURE_LIMIT_PER_ADDRESS otherwise.
    """
    if failures_of_name_at_address(request, credentials) >= settings.LOGIN_FAILURE_LIMIT:
        return settings.LOGIN_FAILURE_LIMIT
    return settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lock-out response (settings.AXES_LOCKOUT_CALLABLE): which limit?"""
    by_name = failures_of_name_at_address(request, credentials) >= settings.LOGIN_FAILURE_LIMIT
    return lockout_page(request, "name" if by_name else "address")

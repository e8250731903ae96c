"""Staff sign-in: the password, then a second factor; lock-out after failures; a log of both.

`admin.site` is a SecureAdminSite (settings.INSTALLED_APPS names AdminConfig below), so every
`admin.site.register` keeps working. With DEBUG off it lets a staff member in only once a
second factor has verified the session: a code from an authenticator app (django-otp's TOTP
device) or a recovery code (its static device; each code works once). The second step and
the first set-up are in coalition/views/accounts.py. With DEBUG on (the local demo) the
password is enough, and every admin page says so. django-axes counts wrong passwords and
wrong codes alike and locks a user name out at one address (settings.py).
"""

import ipaddress
import logging

from django.conf import settings
from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.http import urlencode

log = logging.getLogger(__name__)


def second_factor_required():
    return not settings.DEBUG


def is_verified(user):
    """Whether a second factor verified this session (set by django-otp's OTPMiddleware)."""
    return getattr(user, "otp_device", None) is not None


def awaits_second_factor(user):
    """A staff member who gave the right password and still owes the second factor."""
    return user.is_active and user.is_staff and second_factor_required() and not is_verified(user)


def client_ip(request):
    """The client's address, for django-axes and the log.

    Behind settings.TRUSTED_PROXY_COUNT reverse proxies that each append the address they
    received the request from to X-Forwarded-For, the client's is the one the outermost proxy
    wrote, that many from the end; anything before it may be made up by the client. Without
    proxies (the default) the header is ignored: anyone can send it.
    """
    count = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if count and len(forwarded) >= count:
        try:
            return str(ipaddress.ip_address(forwarded[-count]))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")


class SecureAdminSite(AdminSite):
    def register(self, model_or_iterable, admin_class=None, **options):
        """Every list in the admin, ours or an app's (axes, django-otp), reads its query
        string strictly: coalition.querystring.StrictChangeListMixin."""
        from django.contrib.admin import ModelAdmin

        from .querystring import StrictChangeListMixin

        admin_class = admin_class or ModelAdmin
        if not issubclass(admin_class, StrictChangeListMixin):
            admin_class = type(
                admin_class.__name__,
                (StrictChangeListMixin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def has_permission(self, request):
        return super().has_permission(request) and (
            not second_factor_required() or is_verified(request.user)
        )

    def each_context(self, request):
        return {**super().each_context(request), "second_factor_off": not second_factor_required()}

    def login(self, request, extra_context=None):
        """The password step: a staff member who passes it goes on to the second step."""
        if request.method == "GET" and awaits_second_factor(request.user):
            return self.second_step(request, request.GET.get(REDIRECT_FIELD_NAME))
        response = super().login(request, extra_context)
        if (
            request.method == "POST"
            and response.status_code == 302
            and awaits_second_factor(request.user)
        ):
            return self.second_step(request, response.url)
        return response

    def second_step(self, request, next_url):
        from django_otp import user_has_device

        name = "two_factor" if user_has_device(request.user) else "two_factor_setup"
        url = reverse(f"{self.name}:{name}", current_app=self.name)
        if next_url:
            url += "?" + urlencode({REDIRECT_FIELD_NAME: next_url})
        return HttpResponseRedirect(url)

    def get_urls(self):
        from .views import accounts

        site = {"site": self}
        return [
            # Without the admin's permission check, so that one can give up at the second step.
            path("logout/", self.logout, name="logout"),
            path("two-factor/", accounts.verify, site, name="two_factor"),
            path("two-factor/setup/", accounts.setup, site, name="two_factor_setup"),
            *super().get_urls(),
        ]


def log_login(sender, request, user, **kwargs):
    """The password step succeeded (with DEBUG off, the second factor is still owed)."""
    log.info("Login: %r signed in from %s", user.get_username(), request and client_ip(request))


def log_login_failure(sender, credentials, request=None, step="password", **kwargs):
    """Django sends this for a wrong password; coalition.views.accounts for a wrong code.

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


class AdminConfig(DjangoAdminConfig):
    default_site = "coalition.accounts.SecureAdminSite"

    def ready(self):
        super().ready()
        user_logged_in.connect(log_login, dispatch_uid="coalition.accounts.log_login")
        user_login_failed.connect(log_login_failure, dispatch_uid="coalition.accounts.failure")
        from axes.signals import user_locked_out

        user_locked_out.connect(log_lockout, dispatch_uid="coalition.accounts.log_lockout")

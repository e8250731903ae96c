"""Staff accounts: Django's user admin with each account's second factor."""

import logging

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from ..enrolment import link_expiry, make_enrolment_link, reset_second_factor

log = logging.getLogger(__name__)

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """Django's user admin, with each account's second factor (coalition/enrolment.py).

    A superuser makes an enrolment link for an account without an authenticator app (shown
    once, to be handed over by another channel than the password), or resets the second
    factor of one who lost their phone and recovery codes, which then needs a new link.
    """

    list_display = [*UserAdmin.list_display, "has_authenticator"]

    def get_queryset(self, request):
        confirmed_app = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(has_app=Exists(confirmed_app))

    @admin.display(boolean=True, description=_("authenticator app"), ordering="has_app")
    def has_authenticator(self, user):
        return user.has_app

    def get_urls(self):
        opts = self.opts
        views = [
            ("enrolment-link", self.enrolment_link_view, "enrolment_link"),
            ("reset-second-factor", self.reset_second_factor_view, "reset_second_factor"),
        ]
        return [
            *(
                path(
                    f"<id>/{address}/",
                    self.admin_site.admin_view(view),
                    name=f"{opts.app_label}_{opts.model_name}_{name}",
                )
                for address, view, name in views
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        user = self.get_object(request, unquote(object_id))
        extra_context = {
            **(extra_context or {}),
            "manages_second_factor": request.user.is_superuser,
            "has_authenticator": user is not None and user_has_device(user),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def account_or_404(self, request, id):
        """The account whose second factor a superuser manages (nobody else may)."""
        if not request.user.is_superuser:
            raise PermissionDenied
        user = self.get_object(request, unquote(id))
        if user is None:
            raise Http404
        return user

    def back_to(self, user):
        opts = self.opts
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[user.pk])
        return HttpResponseRedirect(url)

    def second_factor_page(self, request, user, template, title, **context):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": user,
            "title": title,
            **context,
        }
        return TemplateResponse(request, f"admin/auth/user/{template}", context)

    def no_link_because(self, user):
        """Why no enrolment link can be made for this account, or None."""
        if not (user.is_active and user.is_staff):
            return _(
                "The account %(username)s cannot sign in to the admin: "
                "make it active and staff first."
            )
        if user_has_device(user):
            return _(
                "The account %(username)s has an authenticator app already: "
                "reset its second factor first."
            )
        return None

    @method_decorator(never_cache)
    def enrolment_link_view(self, request, id):
        """A confirmation; once posted, a new link, shown this once."""
        user = self.account_or_404(request, id)
        username = user.get_username()
        refusal = self.no_link_because(user)
        if refusal:
            self.message_user(request, refusal % {"username": username}, messages.ERROR)
            return self.back_to(user)
        title = _("Enrolment link for %(username)s") % {"username": username}
        if request.method != "POST":
            return self.second_factor_page(request, user, "enrolment_link.html", title)
        link = request.build_absolute_uri(make_enrolment_link(user))
        self.log_change(request, user, "Made an enrolment link.")
        log.info("Enrolment link made for %r by %r", username, request.user.get_username())
        return self.second_factor_page(
            request,
            user,
            "enrolment_link.html",
            title,
            link=link,
            expiry=link_expiry(),
            link_days=settings.ENROLMENT_LINK_DAYS,
        )

    @method_decorator(never_cache)
    def reset_second_factor_view(self, request, id):
        """A confirmation; once posted, the account's devices are gone."""
        user = self.account_or_404(request, id)
        username = user.get_username()
        if request.method != "POST":
            title = _("Reset the second factor of %(username)s?") % {"username": username}
            return self.second_factor_page(request, user, "reset_second_factor.html", title)
        reset_second_factor(user)
        self.log_change(request, user, "Reset the second factor.")
        log.info("Second factor of %r reset by %r", username, request.user.get_username())
        self.message_user(
            request,
            _("The second factor of %(username)s is reset: make an enrolment link for them.")
            % {"username": username},
            messages.SUCCESS,
        )
        return self.back_to(user)

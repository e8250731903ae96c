"""The admin site: every page behind the password and, with DEBUG off, a second factor
(coalition/admin/signin.py), every list reading its query string strictly."""

from django.contrib.admin import AdminSite
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from . import review, rich_text, translating, two_factor
from .signin import awaits_second_factor, is_verified, second_factor_required


class SecureAdminSite(AdminSite):
    site_header = _("Freedom Online Coalition: content admin")
    site_title = _("FOC admin")
    index_title = _("Content")

    def register(self, model_or_iterable, admin_class=None, **options):
        """Every list in the admin, ours or an app's (axes, django-otp), reads its query
        string strictly: coalition.querystring.StrictChangeListMixin."""
        from django.contrib.admin import ModelAdmin

        from ..querystring import StrictChangeListMixin

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

    # The home page: each staff member's dashboard; apps named in staff's words
    # (coalition/admin/dashboard.py).
    def index(self, request, extra_context=None):
        from .dashboard import dashboard

        return super().index(request, {**dashboard(request, self), **(extra_context or {})})

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

    def get_app_list(self, request, app_label=None):
        """The content, in staff's words, technical apps for superusers only
        (coalition/admin/dashboard.py), then the translators' pages
        (coalition/admin/translating.py)."""
        from .dashboard import staff_app_list

        app_list = staff_app_list(super().get_app_list(request, app_label), request.user)
        if app_label is None and app_list:
            app_list.append(translating.app_list_entry(self, request))
        return app_list

    def get_urls(self):
        site = {"site": self}
        return [
            *translating.urls(self),
            # Without the admin's permission check, so that one can give up at the second step.
            path("logout/", self.logout, name="logout"),
            path("two-factor/", two_factor.verify, site, name="two_factor"),
            path("two-factor/setup/", two_factor.setup, site, name="two_factor_setup"),
            path(
                "two-factor/enrol/<int:user_id>/<str:token>/",
                two_factor.enrol,
                site,
                name="two_factor_enrol",
            ),
            *review.urls(self),
            # Rich text (coalition/admin/rich_text.py): the items a link may point to.
            path(
                "rich-text/links/",
                self.admin_view(rich_text.internal_links),
                name="rich_text_links",
            ),
            *super().get_urls(),
        ]

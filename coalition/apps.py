from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.utils.translation import gettext_lazy as _


class CoalitionConfig(AppConfig):
    name = "coalition"
    verbose_name = _("Coalition content")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import cache, front_cache, recovery, search_index, staff_groups, translation_state

        cache.connect_signals()
        front_cache.connect_signals()
        recovery.connect_signals()
        search_index.connect_signals()
        translation_state.connect_signals()
        post_migrate.connect(staff_groups.sync, sender=self, dispatch_uid="coalition.staff_groups")


class SecureAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the coalition's site (settings.INSTALLED_APPS names this).

    Here rather than in coalition/admin/, whose package imports the models: an app's
    configuration is imported before the models can be.
    """

    default = False  # "coalition" itself means CoalitionConfig
    default_site = "coalition.admin.site.SecureAdminSite"

    def ready(self):
        super().ready()
        from axes.signals import user_locked_out

        from .admin import content, signin, staff  # noqa: F401 (importing registers them)

        user_logged_in.connect(signin.log_login, dispatch_uid="coalition.signin.log_login")
        user_logged_in.connect(
            signin.forget_failures_without_second_factor, dispatch_uid="coalition.signin.forget"
        )
        user_login_failed.connect(signin.log_login_failure, dispatch_uid="coalition.signin.failure")
        user_locked_out.connect(signin.log_lockout, dispatch_uid="coalition.signin.log_lockout")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoalitionConfig(AppConfig):
    name = "coalition"
    verbose_name = _("Coalition content")

    def ready(self):
        from . import cache, recovery, search_index

        cache.connect_signals()
        recovery.connect_signals()
        search_index.connect_signals()

from django.apps import AppConfig
from django.contrib.staticfiles.apps import StaticFilesConfig as StaticFilesConfig_
from django.utils.translation import gettext_lazy as _


class CoalitionConfig(AppConfig):
    name = "coalition"
    verbose_name = _("Coalition content")


class StaticFilesConfig(StaticFilesConfig_):
    """collectstatic without the parts of jQuery UI that the admin's tabs do not use.

    XStatic-jQuery-UI ships style sheets and themes whose comments name images that are not
    there, which the hashing storage of production refuses; only jquery-ui.min.js is needed.
    """

    ignore_patterns = [
        *StaticFilesConfig_.ignore_patterns,
        "jquery-ui.js",
        "jquery-ui*.css",
        "themes",
        "images",
    ]

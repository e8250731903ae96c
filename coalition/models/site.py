"""What the secretariat says about the site itself, in one row: the public contact address
and the coalition's accounts on social networks, shown in the footer and on the contact page.

One row (pk 1), made by the migration; the admin edits it and never adds or deletes one.
A change is a change of public content like any other (coalition/cache.py): cached pages
and the footer's fragment are then stale at once.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteSettingsQuerySet(models.QuerySet):
    def with_links(self):
        return self.prefetch_related("social_links")


class SiteSettings(models.Model):
    contact_email = models.EmailField(
        _("public contact address"),
        blank=True,
        help_text=_("Shown in every page's footer and on the contact page. Leave empty to hide."),
    )
    postal_address = models.TextField(
        _("postal address"),
        blank=True,
        help_text=_("Shown on the contact page, one line per line of the address."),
    )

    objects = SiteSettingsQuerySet.as_manager()

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        default_permissions = ("change", "view")

    def __str__(self):
        return str(_("Site settings"))

    @classmethod
    def load(cls):
        """The one row with its social links (two queries), or empty settings if the row is
        missing (never created on a GET: the migration makes it)."""
        return cls.objects.with_links().filter(pk=1).first() or cls(pk=1)


def https_only(value):
    """An address that browsers open encrypted. Its code is its own: a form shows its
    field's "Enter a valid URL." for an error coded "invalid"."""
    if not value.lower().startswith("https://"):
        raise ValidationError(_("Enter an address that starts with https://."), code="not_https")


class SocialLink(models.Model):
    settings = models.ForeignKey(
        SiteSettings, on_delete=models.CASCADE, related_name="social_links"
    )
    network = models.CharField(
        _("network"), max_length=60, help_text=_("Its name as people know it, e.g. Mastodon.")
    )
    url = models.URLField(_("address"), validators=[https_only])
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("social network link")
        verbose_name_plural = _("social network links")
        ordering = ["order", "network"]

    def __str__(self):
        return self.network

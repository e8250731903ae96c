"""Initiatives that coalition countries support, such as the Digital Defenders Partnership."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..rich_text import RICH_TEXT_HELP, RichTextField
from ..uploads import image_fields
from .common import ActiveYears, ActiveYearsQuerySet, Publishable
from .members import MemberState


class PartnershipQuerySet(ActiveYearsQuerySet):
    def with_relations(self):
        """The published states that support it: on its page and in the list."""
        return self.prefetch_related(
            models.Prefetch("supporting_states", queryset=MemberState.objects.published())
        )


class Partnership(Publishable, ActiveYears):
    name = models.CharField(_("name"), max_length=200)
    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    managing_organisation = models.CharField(_("managed by"), max_length=200, blank=True)
    supporting_states = models.ManyToManyField(
        MemberState,
        related_name="partnerships",
        verbose_name=_("supporting member states"),
        blank=True,
    )
    description = RichTextField(_("description"), blank=True, help_text=RICH_TEXT_HELP)
    website = models.URLField(_("website"), blank=True)
    logo, logo_width, logo_height = image_fields(
        "logo", _("logo"), "partnerships/", _("JPEG, PNG or WebP.")
    )

    objects = PartnershipQuerySet.as_manager()

    class Meta(ActiveYears.Meta, Publishable.Meta):
        ordering = ["name"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("coalition:partnership_detail", kwargs={"slug": self.slug})

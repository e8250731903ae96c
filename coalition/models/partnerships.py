"""Initiatives that coalition countries support, such as the Digital Defenders Partnership."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .common import (
    FOUNDING_YEAR,
    Publishable,
    PublishableQuerySet,
    ends_after_start,
    sensible_year,
    year_validators,
)
from .members import MemberState


class PartnershipQuerySet(PublishableQuerySet):
    def with_supporters(self):
        return self.prefetch_related(
            models.Prefetch("supporting_states", queryset=MemberState.objects.published())
        )


class Partnership(Publishable):
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
    start_year = models.PositiveSmallIntegerField(
        _("first year"), validators=year_validators(FOUNDING_YEAR)
    )
    end_year = models.PositiveSmallIntegerField(
        _("last year"),
        null=True,
        blank=True,
        validators=year_validators(FOUNDING_YEAR),
        help_text=_("Leave empty while it goes on."),
    )
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="partnerships/", blank=True)

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        constraints = [
            sensible_year("start_year", FOUNDING_YEAR, name="partnership_start_sensible"),
            sensible_year("end_year", FOUNDING_YEAR, name="partnership_end_sensible"),
            ends_after_start(
                "start_year",
                "end_year",
                name="partnership_ends_after_start",
                message=_("The last year cannot come before the first year."),
            ),
        ]

    def __str__(self):
        return self.name

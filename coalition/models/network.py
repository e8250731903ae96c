"""The FOC Advisory Network: its members, cohorts and co-chairs."""

from django.db import models
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from ..rich_text import RICH_TEXT_HELP, RichTextField
from ..uploads import check_photo_description, image_fields, photo_description_fields
from .common import (
    Publishable,
    PublishableQuerySet,
    current_year,
    first_year_field,
    last_year_field,
    year_range,
    year_span_checks,
)

# The Advisory Network was established in 2018.
NETWORK_FOUNDING_YEAR = 2018


class Sector(models.TextChoices):
    CIVIL_SOCIETY = "civil-society", _("Civil society")
    ACADEMIA = "academia", _("Academia")
    PRIVATE_SECTOR = "private-sector", _("Private sector")
    TECHNICAL_COMMUNITY = "technical-community", _("Technical community")


class MemberKind(models.TextChoices):
    ORGANISATION = "organisation", _("Organisation")
    INDIVIDUAL = "individual", pgettext_lazy("a person, not an organisation", "Individual")


class Cohort(models.Model):
    """A term of the Advisory Network, e.g. the 2022–2024 cohort."""

    start_year = first_year_field(NETWORK_FOUNDING_YEAR, unique=True)
    end_year = last_year_field(NETWORK_FOUNDING_YEAR)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["start_year"]
        verbose_name = _("Advisory Network cohort")
        verbose_name_plural = _("Advisory Network cohorts")
        constraints = year_span_checks(
            "cohort", NETWORK_FOUNDING_YEAR, _("A cohort cannot end before it starts.")
        )

    def __str__(self):
        return year_range(self.start_year, self.end_year)


class AdvisoryMemberQuerySet(PublishableQuerySet):
    def with_relations(self):
        """What a member's page shows: cohorts, co-chair terms, and its roles in published
        task forces and working groups."""
        roles = self.model._meta.get_field("sub_entity_roles").related_model
        sub_entities = roles._meta.get_field("sub_entity").related_model
        return self.prefetch_related(
            "cohorts",
            "co_chair_terms",
            models.Prefetch(
                "sub_entity_roles",
                queryset=roles.objects.filter(
                    sub_entity__in=sub_entities.objects.published()
                ).select_related("sub_entity"),
            ),
        )

    def in_sector(self, sector):
        return self.filter(sector=sector)

    def current(self, year):
        """Members of a cohort that serves in `year`."""
        return self.filter(
            Exists(
                Cohort.objects.filter(
                    members=OuterRef("pk"), start_year__lte=year, end_year__gte=year
                )
            )
        )

    def former(self, year):
        """Members who served in earlier cohorts only (or in none that is recorded)."""
        return self.exclude(pk__in=self.current(year).values("pk"))


class AdvisoryMember(Publishable):
    """A member of the Advisory Network: an organisation, or an individual expert."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    kind = models.CharField(
        _("organisation or individual"),
        max_length=12,
        choices=MemberKind.choices,
        default=MemberKind.ORGANISATION,
    )
    organisation = models.CharField(
        _("affiliation"),
        max_length=200,
        blank=True,
        help_text=_("For an individual: the organisation they are affiliated with, if any."),
    )
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    country = CountryField(_("country"), blank=True)
    cohorts = models.ManyToManyField(
        Cohort, verbose_name=_("cohorts"), related_name="members", blank=True
    )
    photo, photo_width, photo_height = image_fields(
        "photo",
        _("photo or logo"),
        "network/",
        _("JPEG, PNG or WebP. Stored without its metadata, such as where it was taken."),
    )
    photo_alt, photo_decorative = photo_description_fields()
    bio = RichTextField(_("short bio"), blank=True, help_text=RICH_TEXT_HELP)
    website = models.URLField(_("link"), blank=True)

    objects = AdvisoryMemberQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["name"]
        verbose_name = _("Advisory Network member")
        verbose_name_plural = _("Advisory Network members")

    def __str__(self):
        return self.name

    @property
    def serves_now(self):
        """In a cohort of this year (from the prefetched cohorts: no query of its own)."""
        year = current_year()
        return any(c.start_year <= year <= c.end_year for c in self.cohorts.all())

    def get_absolute_url(self):
        return reverse("coalition:network_member_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        check_photo_description(self)


class CoChairTerm(models.Model):
    member = models.ForeignKey(
        AdvisoryMember,
        on_delete=models.CASCADE,
        related_name="co_chair_terms",
        verbose_name=_("Advisory Network member"),
    )
    start_year = first_year_field(NETWORK_FOUNDING_YEAR)
    end_year = last_year_field(
        NETWORK_FOUNDING_YEAR,
        null=True,
        blank=True,
        help_text=_("Leave empty while the term goes on."),
    )

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("co-chair term")
        verbose_name_plural = _("co-chair terms")
        constraints = [
            *year_span_checks(
                "cochair",
                NETWORK_FOUNDING_YEAR,
                _("A co-chair term cannot end before it starts."),
            ),
            models.UniqueConstraint(
                fields=["member", "start_year"], name="cochair_one_term_per_start"
            ),
        ]

    def __str__(self):
        return f"{self.member}: {year_range(self.start_year, self.end_year)}"

"""Member states of the coalition and the yearly chairship."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ..rich_text import RICH_TEXT_HELP, RichTextField
from .common import (
    FOUNDING_YEAR,
    Publishable,
    PublishableQuerySet,
    check,
    sensible_year,
    year_span_checks,
    year_validators,
)


class Region(models.TextChoices):
    SUB_SAHARAN_AFRICA = "sub-saharan-africa", _("Sub-Saharan Africa")
    ASIA_PACIFIC = "asia-pacific", _("Asia-Pacific")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA = "latin-america", _("Latin America and the Caribbean")
    MIDDLE_EAST_NORTH_AFRICA = "mena", _("Middle East and North Africa")
    NORTH_AMERICA = "north-america", _("North America")


class MembershipStatus(models.TextChoices):
    MEMBER = "member", pgettext_lazy("membership status", "Member")
    OBSERVER = "observer", pgettext_lazy("membership status", "Observer")
    WITHDRAWN = "withdrawn", pgettext_lazy("membership status", "Withdrawn")


class MemberStateQuerySet(PublishableQuerySet):
    def members(self):
        return self.filter(status_in_coalition=MembershipStatus.MEMBER)

    def observers(self):
        return self.filter(status_in_coalition=MembershipStatus.OBSERVER)

    def withdrawn(self):
        return self.filter(status_in_coalition=MembershipStatus.WITHDRAWN)

    def in_joining_order(self):
        return self.order_by(models.F("join_order").asc(nulls_last=True), "year_joined", "slug")


class MemberState(Publishable):
    country = CountryField(_("country"), unique=True)
    slug = models.SlugField(
        _("address name"), max_length=80, unique=True, help_text=_("Used in the page's address.")
    )
    status_in_coalition = models.CharField(
        _("membership status"),
        max_length=10,
        choices=MembershipStatus.choices,
        default=MembershipStatus.MEMBER,
    )
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"), validators=year_validators(FOUNDING_YEAR)
    )
    joined_on = models.DateField(
        _("date joined"), null=True, blank=True, help_text=_("Only where the exact day is known.")
    )
    join_order = models.PositiveSmallIntegerField(
        _("order of joining"),
        null=True,
        blank=True,
        unique=True,
        help_text=_("31 for the 31st member. Leave empty where the order is not known."),
    )
    year_left = models.PositiveSmallIntegerField(
        _("year left"),
        null=True,
        blank=True,
        validators=year_validators(FOUNDING_YEAR),
        help_text=_("Only for a state that has withdrawn."),
    )
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    profile = RichTextField(_("profile"), blank=True, help_text=RICH_TEXT_HELP)
    website = models.URLField(_("official link"), blank=True)

    objects = MemberStateQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["slug"]
        verbose_name = _("member state")
        verbose_name_plural = _("member states")
        constraints = [
            *year_span_checks(
                "memberstate",
                FOUNDING_YEAR,
                _("A state cannot leave before the year it joined."),
                start="year_joined",
                end="year_left",
                names=("year_joined_sensible", "year_left_sensible", "left_after_joining"),
            ),
            check(
                (
                    models.Q(
                        status_in_coalition=MembershipStatus.WITHDRAWN, year_left__isnull=False
                    )
                    | (
                        ~models.Q(status_in_coalition=MembershipStatus.WITHDRAWN)
                        & models.Q(year_left__isnull=True)
                    )
                ),
                "memberstate_year_left_only_when_withdrawn",
                _("A withdrawn state needs the year it left; other states have none."),
            ),
            check(
                models.Q(join_order__isnull=True) | models.Q(join_order__gte=1),
                "memberstate_join_order_positive",
                _("The order of joining starts at 1."),
            ),
        ]

    def __str__(self):
        return str(self.country.name)

    def get_absolute_url(self):
        return reverse("coalition:member_detail", kwargs={"slug": self.slug})

    @property
    def name(self):
        return self.country.name

    @property
    def is_member(self):
        return self.status_in_coalition == MembershipStatus.MEMBER

    @property
    def name_with_status(self):
        """The name, with the status where the state is not a member: "Taiwan (observer)"."""
        if self.status_in_coalition == MembershipStatus.OBSERVER:
            return gettext("%(name)s (observer)") % {"name": self.name}
        if self.status_in_coalition == MembershipStatus.WITHDRAWN:
            return gettext("%(name)s (former member)") % {"name": self.name}
        return self.name


class ChairshipQuerySet(models.QuerySet):
    def with_chairs(self):
        return self.prefetch_related(
            models.Prefetch("chairs", queryset=MemberState.objects.published())
        )


class Chairship(models.Model):
    """Who chaired the coalition in a year: one state, several, or a named group (2017)."""

    year = models.PositiveSmallIntegerField(
        _("year"), unique=True, validators=year_validators(FOUNDING_YEAR)
    )
    chairs = models.ManyToManyField(
        MemberState,
        verbose_name=_("chair states"),
        related_name="chairships",
        blank=True,
    )
    group_name = models.CharField(
        _("group name"),
        max_length=200,
        blank=True,
        help_text=_("Where a group held the chair, e.g. “Friends of the Chair” in 2017."),
    )
    note = models.TextField(_("note"), blank=True)

    objects = ChairshipQuerySet.as_manager()

    class Meta:
        ordering = ["-year"]
        verbose_name = _("chairship")
        verbose_name_plural = _("chairships")
        constraints = [
            sensible_year("year", FOUNDING_YEAR, name="chairship_year_sensible"),
        ]

    def __str__(self):
        return str(self.year)

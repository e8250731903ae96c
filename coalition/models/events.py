"""The Freedom Online Conference series and the regional consultations."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..rich_text import RICH_TEXT_HELP, RichTextField
from .common import (
    FOUNDING_YEAR,
    Publishable,
    PublishableQuerySet,
    check,
    optional_link,
    sensible_year,
    year_validators,
)
from .members import MemberState, Region


class ConferenceFormat(models.TextChoices):
    IN_PERSON = "in-person", _("In person")
    VIRTUAL = "virtual", _("Virtual")
    HYBRID = "hybrid", _("Hybrid")


class ConferenceQuerySet(PublishableQuerySet):
    def with_relations(self):
        """What a conference's page shows: its host and its published outcome documents."""
        documents = self.model._meta.get_field("outcome_documents").related_model
        return self.with_host().prefetch_related(
            models.Prefetch("outcome_documents", queryset=documents.objects.published())
        )

    def with_host(self):
        return self.select_related("host")

    def next_or_latest(self, today):
        """The next conference (the soonest that has not ended by `today`) or, when none is
        planned, the latest one held; None when there is none. One query."""
        upcoming = models.Q(end_date__gte=today)
        return (
            self.with_host()
            .annotate(is_upcoming=models.ExpressionWrapper(upcoming, models.BooleanField()))
            .order_by(
                "-is_upcoming",
                models.Case(models.When(upcoming, then=models.F("start_date"))).asc(),
                "-start_date",
            )
            .first()
        )


class Conference(Publishable):
    edition = models.PositiveSmallIntegerField(_("edition"), unique=True)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    title = models.CharField(
        _("title"), max_length=200, help_text=_("E.g. “Freedom Online Conference 2014”.")
    )
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    city = models.CharField(_("city"), max_length=100)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    host = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        related_name="hosted_conferences",
        verbose_name=_("host state"),
    )
    theme = models.CharField(_("theme"), max_length=300, blank=True)
    format = models.CharField(
        _("format"),
        max_length=10,
        choices=ConferenceFormat.choices,
        default=ConferenceFormat.IN_PERSON,
    )
    summary = RichTextField(_("summary"), blank=True, help_text=RICH_TEXT_HELP)

    objects = ConferenceQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["-edition"]
        verbose_name = _("Freedom Online Conference")
        verbose_name_plural = _("Freedom Online Conferences")
        constraints = [
            check(
                models.Q(end_date__gte=models.F("start_date")),
                "conference_ends_after_start",
                _("The last day cannot come before the first day."),
            ),
            check(
                models.Q(edition__gte=1),
                "conference_edition_positive",
                _("Editions are numbered from 1."),
            ),
            check(
                models.Q(start_date__year__gte=FOUNDING_YEAR),
                "conference_after_founding",
                _("The first conference was held in 2011."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("coalition:conference_detail", kwargs={"slug": self.slug})

    @property
    def year(self):
        return self.start_date.year

    @property
    def is_in_person(self):
        return self.format == ConferenceFormat.IN_PERSON


class RegionalConsultation(Publishable):
    """A consultation with stakeholders of one region, e.g. those of 2022 for the Ottawa Agenda."""

    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators(FOUNDING_YEAR))
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    process = models.CharField(
        _("process it fed"), max_length=200, help_text=_("E.g. “the FOC Ottawa Agenda”.")
    )
    summary = RichTextField(_("summary"), blank=True, help_text=RICH_TEXT_HELP)
    outcome_document = optional_link(
        "coalition.Document", related_name="consultations", verbose_name=_("document it fed")
    )

    class Meta(Publishable.Meta):
        ordering = ["-year", "region"]
        verbose_name = _("regional consultation")
        verbose_name_plural = _("regional consultations")
        constraints = [
            sensible_year("year", FOUNDING_YEAR, name="consultation_year_sensible"),
            models.UniqueConstraint(
                fields=["region", "year"], name="consultation_once_per_region_and_year"
            ),
            check(
                models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=False, end_date__gte=models.F("start_date")),
                "consultation_ends_after_start",
                _("The last day cannot come before the first day."),
            ),
        ]

    def __str__(self):
        return f"{self.get_region_display()} {self.year}"

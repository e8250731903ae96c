"""What several content models share: years, publication state, and their queryset."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

# The coalition was founded in December 2011; its forerunners' documents may be a little
# older, so the earliest sensible year is 2000. The latest is a generous planning horizon.
EARLIEST_YEAR = 2000
LATEST_YEAR = 2100
FOUNDING_YEAR = 2011


def year_validators(earliest=EARLIEST_YEAR):
    return [MinValueValidator(earliest), MaxValueValidator(LATEST_YEAR)]


def check(condition, name, message):
    """A database check whose failure the admin shows as `message` on the form."""
    return models.CheckConstraint(condition=condition, name=name, violation_error_message=message)


def sensible_year(field, earliest=EARLIEST_YEAR, *, name):
    """A database check that keeps `field` (when set) within the sensible years."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{field}__isnull": True})
        | models.Q(**{f"{field}__gte": earliest, f"{field}__lte": LATEST_YEAR}),
        name=name,
        violation_error_message=format_lazy(
            _("Enter a year between {earliest} and {latest}."),
            earliest=earliest,
            latest=LATEST_YEAR,
        ),
    )


def sensible_date(field, *, name):
    """A database check that keeps a date from EARLIEST_YEAR on."""
    return check(
        models.Q(**{f"{field}__year__gte": EARLIEST_YEAR}),
        name,
        _("Enter a date from the year 2000 on."),  # EARLIEST_YEAR
    )


def ends_after_start(start, end, *, name, message):
    return models.CheckConstraint(
        condition=models.Q(**{f"{end}__isnull": True})
        | models.Q(**{f"{end}__gte": models.F(start)}),
        name=name,
        violation_error_message=message,
    )


def year_span_checks(
    prefix,
    earliest,
    message,
    *,
    start="start_year",
    end="end_year",
    names=("start_sensible", "end_sensible", "ends_after_start"),
):
    """The database checks of a span of years: both years sensible (the last may be
    empty), and the last not before the first. Named `<prefix>_<name>`."""
    start_sensible, end_sensible, ordered = (f"{prefix}_{name}" for name in names)
    return [
        sensible_year(start, earliest, name=start_sensible),
        sensible_year(end, earliest, name=end_sensible),
        ends_after_start(start, end, name=ordered, message=message),
    ]


def first_year_field(earliest=FOUNDING_YEAR, **options):
    return models.PositiveSmallIntegerField(
        _("first year"), validators=year_validators(earliest), **options
    )


def last_year_field(earliest=FOUNDING_YEAR, **options):
    return models.PositiveSmallIntegerField(
        _("last year"), validators=year_validators(earliest), **options
    )


def optional_link(to, *, related_name, verbose_name):
    """A reference that may be empty, and is emptied when what it refers to is deleted."""
    return models.ForeignKey(
        to,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name=related_name,
        verbose_name=verbose_name,
    )


def current_year():
    return timezone.localdate().year


class DatePrecision(models.TextChoices):
    DAY = "day", _("Exact day")
    MONTH = "month", _("Month only")
    YEAR = "year", _("Year only")


# The Django date format that shows a date no more precisely than it is known.
DATE_FORMATS = {
    DatePrecision.DAY: "DATE_FORMAT",
    DatePrecision.MONTH: "YEAR_MONTH_FORMAT",
    DatePrecision.YEAR: "Y",
}
# The same in HTML's <time datetime="…">: a day, a month or a year.
MACHINE_DATE_FORMATS = {
    DatePrecision.DAY: "Y-m-d",
    DatePrecision.MONTH: "Y-m",
    DatePrecision.YEAR: "Y",
}


class KnownToPrecision(models.Model):
    """An item whose `date` may be known only to the month or the year: it is then shown
    so ("January 2025", "2017"), never as a made-up first of January."""

    date_precision = models.CharField(
        _("precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_(
            "Where only the month or the year is known, enter its first day and say so here."
        ),
    )

    class Meta:
        abstract = True

    @property
    def date_format(self):
        """For the `date` filter: {{ item.date|date:item.date_format }}."""
        return DATE_FORMATS[self.date_precision]

    @property
    def machine_date_format(self):
        """For <time datetime="{{ item.date|date:item.machine_date_format }}">."""
        return MACHINE_DATE_FORMATS[self.date_precision]


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self, at=None):
        """What the public may see: published, with a publication time that has come."""
        return self.filter(status=Status.PUBLISHED, published_at__lte=at or timezone.now())


class Publishable(models.Model):
    """Content that staff publish or unpublish. A future time publishes by itself."""

    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text=_("Drafts are never shown to the public."),
    )
    published_at = models.DateTimeField(
        _("publication time"),
        default=timezone.now,
        db_index=True,
        help_text=_("A published item appears on the site from this time on."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        # "publish_<model>": only holders may make an item public (see coalition/admin/base.py).
        # Children keep it by deriving their Meta from this one.
        default_permissions = ("add", "change", "delete", "view", "publish")

    def save(self, *args, **kwargs):
        from .addresses import remember_former_slug

        if hasattr(self, "slug"):
            remember_former_slug(self)
        super().save(*args, **kwargs)

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()


class ActiveYearsQuerySet(PublishableQuerySet):
    """Current and previous, derived from the years: never a flag that staff must flip."""

    def current(self, year=None):
        """Active in `year` (this year by default): started, and not yet ended."""
        year = year or current_year()
        return self.filter(
            models.Q(start_year__lte=year),
            models.Q(end_year__isnull=True) | models.Q(end_year__gte=year),
        )

    def previous(self, year=None):
        """Ended before `year` (this year by default)."""
        return self.filter(end_year__lt=year or current_year())


class ActiveYears(models.Model):
    """Something active from a first year to a last year, or still going on."""

    start_year = first_year_field()
    end_year = last_year_field(
        null=True,
        blank=True,
        help_text=_(
            "The last year it was active. Leave empty while it goes on: it is listed as "
            "current until the end of its last year, then as previous."
        ),
    )

    class Meta:
        abstract = True
        constraints = year_span_checks(
            "%(class)s", FOUNDING_YEAR, _("The last year cannot come before the first year.")
        )

    def is_current(self, year=None):
        year = year or current_year()
        return self.start_year <= year and (self.end_year is None or self.end_year >= year)

    @property
    def years(self):
        return year_range(self.start_year, self.end_year)


def year_range(start, end=None):
    """A span of years in the active language: "2018–2020", "Since 2018", or "2018".

    In Arabic the en dash stays between the two years and the pair is not isolated as
    left-to-right text: the bidirectional algorithm then shows the first year on the right,
    where an Arabic reader starts.
    """
    if end is None:
        return gettext("Since %(start)s") % {"start": start}
    if end == start:
        return str(start)
    return pgettext("a span of years", "%(start)s–%(end)s") % {"start": start, "end": end}

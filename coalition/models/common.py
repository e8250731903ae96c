"""What several content models share: years, publication state, and their queryset."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

# The coalition was founded in December 2011; its forerunners' documents may be a little
# older, so the earliest sensible year is 2000. The latest is a generous planning horizon.
EARLIEST_YEAR = 2000
LATEST_YEAR = 2100
FOUNDING_YEAR = 2011


def year_validators(earliest=EARLIEST_YEAR):
    return [MinValueValidator(earliest), MaxValueValidator(LATEST_YEAR)]


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


def ends_after_start(start, end, *, name, message):
    return models.CheckConstraint(
        condition=models.Q(**{f"{end}__isnull": True})
        | models.Q(**{f"{end}__gte": models.F(start)}),
        name=name,
        violation_error_message=message,
    )


def current_year():
    return timezone.localdate().year


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

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED and self.published_at <= timezone.now()

"""News items: membership, chairship, events and statements."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..rich_text import RICH_TEXT_HELP, RichTextField
from ..uploads import check_photo_description, image_fields, photo_description_fields
from .common import KnownToPrecision, Publishable, PublishableQuerySet, sensible_date
from .members import MemberState
from .subentities import SubEntity


class NewsItemQuerySet(PublishableQuerySet):
    def latest_first(self):
        return self.order_by("-date", "-published_at")

    def with_relations(self):
        """What an item's page shows beside it: the published states and groups it is about."""
        return self.prefetch_related(
            models.Prefetch("member_states", queryset=MemberState.objects.published()),
            models.Prefetch("sub_entities", queryset=SubEntity.objects.published()),
        )


class NewsItem(KnownToPrecision, Publishable):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), blank=True)
    body = RichTextField(_("body"), blank=True, help_text=RICH_TEXT_HELP)
    photo, photo_width, photo_height = image_fields(
        "photo",
        _("photo"),
        "news/",
        _("JPEG, PNG or WebP. Stored without its metadata, such as where it was taken."),
    )
    photo_alt, photo_decorative = photo_description_fields()
    member_states = models.ManyToManyField(
        MemberState, related_name="news_items", verbose_name=_("member states"), blank=True
    )
    sub_entities = models.ManyToManyField(
        SubEntity,
        related_name="news_items",
        verbose_name=_("task forces and working groups"),
        blank=True,
    )

    objects = NewsItemQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["-date", "-published_at"]
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        constraints = [
            sensible_date("date", name="newsitem_date_sensible"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("coalition:news_detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        check_photo_description(self)

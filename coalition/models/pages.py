"""Editable content pages, built from ordered sections.

A section is a heading and rich text (coalition/rich_text.py: paragraphs, lists, links,
subheadings, sanitised); it may also show a list drawn live from the database (current or
previous sub-entities) or link to a partnership. Nothing staff write can break a page or
inject a script.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ..rich_text import RICH_TEXT_HELP, RichTextField
from .common import Publishable, PublishableQuerySet, check, optional_link
from .partnerships import Partnership


class PageQuerySet(PublishableQuerySet):
    def with_relations(self):
        """A page with its sections, and the partnership a section may show."""
        return self.prefetch_related(
            models.Prefetch("sections", queryset=PageSection.objects.select_related("partnership"))
        )

    def in_navigation(self):
        return self.filter(show_in_navigation=True).order_by("order", "pk")


class Page(Publishable):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences, used by search engines and link previews."),
    )
    intro = RichTextField(_("introduction"), blank=True, help_text=RICH_TEXT_HELP)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    show_in_navigation = models.BooleanField(_("show in navigation"), default=False)

    objects = PageQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["order", "title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("coalition:page", kwargs={"slug": self.slug})


class LiveList(models.TextChoices):
    NONE = "", _("None")
    CURRENT_SUB_ENTITIES = "current-sub-entities", _("Current task forces and working groups")
    PREVIOUS_SUB_ENTITIES = "previous-sub-entities", _("Previous task forces and working groups")


class HeadingLevel(models.IntegerChoices):
    SECTION = 2, _("Section")
    SUBSECTION = 3, _("Subsection")


class PageSection(models.Model):
    page = models.ForeignKey(
        Page, on_delete=models.CASCADE, related_name="sections", verbose_name=_("page")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    heading = models.CharField(_("heading"), max_length=200)
    heading_level = models.PositiveSmallIntegerField(
        _("heading level"), choices=HeadingLevel.choices, default=HeadingLevel.SECTION
    )
    body = RichTextField(_("text"), blank=True, help_text=RICH_TEXT_HELP)
    live_list = models.CharField(
        _("list drawn from the database"),
        max_length=30,
        choices=LiveList.choices,
        blank=True,
        default=LiveList.NONE,
    )
    partnership = optional_link(
        Partnership, related_name="page_sections", verbose_name=_("partnership to link to")
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        constraints = [
            check(
                models.Q(heading_level__in=[2, 3]),
                "pagesection_heading_level_valid",
                _("A section heading is of level 2 or 3."),
            ),
        ]

    def __str__(self):
        return self.heading

    @property
    def lists_current_sub_entities(self):
        return self.live_list == LiveList.CURRENT_SUB_ENTITIES

    def clean(self):
        super().clean()
        if self.live_list and self.partnership_id:
            raise ValidationError(
                _("A section shows either a list or a partnership link, not both.")
            )

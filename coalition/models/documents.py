"""The document library: declarations, agendas, statements, reports and more."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..rich_text import RICH_TEXT_HELP, RichTextField
from ..uploads import document_upload_to, validate_document
from .common import (
    KnownToPrecision,
    Publishable,
    PublishableQuerySet,
    check,
    optional_link,
    sensible_date,
)
from .events import Conference
from .members import MemberState
from .subentities import SubEntity


class DocumentKind(models.TextChoices):
    DECLARATION = "declaration", _("Declaration")
    TERMS_OF_REFERENCE = "terms-of-reference", _("Terms of reference")
    # Translators: a policy agenda such as the Tallinn Agenda, not a meeting's list of items.
    AGENDA = "agenda", pgettext_lazy("kind of document", "Agenda")
    JOINT_STATEMENT = "joint-statement", _("Joint statement")
    PRINCIPLES = "principles", _("Principles")
    REPORT = "report", _("Report")
    PROGRAM_OF_ACTION = "program-of-action", _("Program of action")


class DocumentQuerySet(PublishableQuerySet):
    def with_relations(self):
        """What a document's page shows beside it: its conference, sub-entity, and the
        published states that led it."""
        return self.select_related("conference", "sub_entity").prefetch_related(
            models.Prefetch("lead_states", queryset=MemberState.objects.published())
        )

    def latest_statement(self):
        """The most recent joint statement, or None."""
        return self.filter(kind=DocumentKind.JOINT_STATEMENT).order_by("-date", "title").first()


class Document(KnownToPrecision, Publishable):
    kind = models.CharField(_("kind"), max_length=20, choices=DocumentKind.choices)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    date = models.DateField(_("date"))
    summary = RichTextField(_("summary"), blank=True, help_text=RICH_TEXT_HELP)
    file = models.FileField(
        _("file"),
        upload_to=document_upload_to,
        blank=True,
        validators=[validate_document],
        help_text=_("A PDF file."),
    )
    external_url = models.URLField(
        _("external link"), blank=True, help_text=_("Where the document is kept elsewhere.")
    )
    conference = optional_link(
        Conference, related_name="outcome_documents", verbose_name=_("conference")
    )
    sub_entity = optional_link(
        SubEntity, related_name="documents", verbose_name=_("task force or working group")
    )
    lead_states = models.ManyToManyField(
        MemberState, related_name="led_documents", verbose_name=_("lead member states"), blank=True
    )

    objects = DocumentQuerySet.as_manager()

    class Meta(Publishable.Meta):
        ordering = ["-date", "title"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            check(
                ~models.Q(file="") | ~models.Q(external_url=""),
                "document_has_file_or_link",
                _("Give the document a file or an external link."),
            ),
            sensible_date("date", name="document_date_sensible"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("coalition:document_detail", kwargs={"slug": self.slug})

"""Task forces and working groups ("sub-entities").

Whether a sub-entity is current or previous follows from its years, never from a flag:
see SubEntityQuerySet.current() and .previous().
"""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ..rich_text import RICH_TEXT_HELP, RichTextField
from .common import ActiveYears, ActiveYearsQuerySet, Publishable
from .members import MemberState
from .network import AdvisoryMember


class SubEntityKind(models.TextChoices):
    TASK_FORCE = "task-force", _("Task force")
    WORKING_GROUP = "working-group", _("Working group")
    OTHER = "other", pgettext_lazy("kind of sub-entity", "Other")


class Role(models.TextChoices):
    CHAIR = "chair", pgettext_lazy("role in a task force", "Chair")
    CO_CHAIR = "co-chair", pgettext_lazy("role in a task force", "Co-chair")
    MEMBER = "member", pgettext_lazy("role in a task force", "Member")


class SubEntityQuerySet(ActiveYearsQuerySet):
    def with_participants(self):
        """Lead states and partner organisations that the public may see, in role order."""
        return self.prefetch_related(
            models.Prefetch(
                "state_roles",
                queryset=SubEntityState.objects.filter(
                    member_state__in=MemberState.objects.published()
                ).select_related("member_state"),
            ),
            models.Prefetch(
                "network_roles",
                queryset=SubEntityNetworkMember.objects.filter(
                    advisory_member__in=AdvisoryMember.objects.published()
                ).select_related("advisory_member"),
            ),
        )

    def with_relations(self):
        """What its page shows: participants, and its published documents and news."""
        documents = self.model._meta.get_field("documents").related_model
        news = self.model._meta.get_field("news_items").related_model
        return self.with_participants().prefetch_related(
            models.Prefetch("documents", queryset=documents.objects.published()),
            models.Prefetch("news_items", queryset=news.objects.published().latest_first()),
        )


class SubEntity(Publishable, ActiveYears):
    kind = models.CharField(_("kind"), max_length=15, choices=SubEntityKind.choices)
    name = models.CharField(_("name"), max_length=200)
    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    slug = models.SlugField(_("address name"), max_length=100, unique=True)
    mandate = RichTextField(_("mandate"), blank=True, help_text=RICH_TEXT_HELP)
    outputs = RichTextField(_("outputs"), blank=True, help_text=RICH_TEXT_HELP)
    lead_states = models.ManyToManyField(
        MemberState,
        through="SubEntityState",
        related_name="sub_entities",
        verbose_name=_("member states"),
        blank=True,
    )
    network_members = models.ManyToManyField(
        AdvisoryMember,
        through="SubEntityNetworkMember",
        related_name="sub_entities",
        verbose_name=_("Advisory Network members"),
        blank=True,
    )

    objects = SubEntityQuerySet.as_manager()

    class Meta(ActiveYears.Meta, Publishable.Meta):
        ordering = ["-start_year", "name"]
        verbose_name = _("task force or working group")
        verbose_name_plural = _("task forces and working groups")

    def __str__(self):
        if self.abbreviation:
            return f"{self.name} ({self.abbreviation})"
        return self.name

    def get_absolute_url(self):
        return reverse("coalition:sub_entity_detail", kwargs={"slug": self.slug})


def sub_entity_link(related_name):
    return models.ForeignKey(
        SubEntity,
        on_delete=models.CASCADE,
        related_name=related_name,
        verbose_name=_("task force or working group"),
    )


def role_field(default):
    return models.CharField(_("role"), max_length=10, choices=Role.choices, default=default)


class SubEntityRole(models.Model):
    """Who takes part in a task force or working group, in which role, in the order staff
    give. A concrete table names its `sub_entity`, its participant and the default role."""

    participant_field = None
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{getattr(self, self.participant_field)} ({self.get_role_display()})"


def once_per_sub_entity(participant, name):
    return models.UniqueConstraint(fields=["sub_entity", participant], name=name)


class SubEntityState(SubEntityRole):
    participant_field = "member_state"
    sub_entity = sub_entity_link("state_roles")
    member_state = models.ForeignKey(
        MemberState,
        on_delete=models.CASCADE,
        related_name="sub_entity_roles",
        verbose_name=_("member state"),
    )
    role = role_field(Role.CHAIR)

    class Meta(SubEntityRole.Meta):
        verbose_name = _("member state in a task force or working group")
        verbose_name_plural = _("member states")
        constraints = [once_per_sub_entity("member_state", "subentity_state_once")]


class SubEntityNetworkMember(SubEntityRole):
    participant_field = "advisory_member"
    sub_entity = sub_entity_link("network_roles")
    advisory_member = models.ForeignKey(
        AdvisoryMember,
        on_delete=models.CASCADE,
        related_name="sub_entity_roles",
        verbose_name=_("Advisory Network member"),
    )
    role = role_field(Role.MEMBER)

    class Meta(SubEntityRole.Meta):
        verbose_name = _("Advisory Network member in a task force or working group")
        verbose_name_plural = _("Advisory Network members")
        constraints = [once_per_sub_entity("advisory_member", "subentity_network_member_once")]

"""Changes to published items waiting for a publisher, and the share links of previews.

Neither is content: staff groups get no permission on them (coalition/staff_groups.py), they
have no public page, and saving them changes nothing the public sees (coalition/cache.py).
"""

import secrets

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ReviewState(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved and published")
    RETURNED = "returned", _("Sent back")
    WITHDRAWN = "withdrawn", _("Replaced by a later change")


class AboutAnItemQuerySet(models.QuerySet):
    def for_object(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        )


class AboutAnItem(models.Model):
    """A record about one content item of any kind (by content type and key, as reversion's
    Version names it), which no staff group has a permission on."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=191)

    class Meta:
        abstract = True
        default_permissions = ()
        indexes = [models.Index(fields=["content_type", "object_id"])]


class PendingChangeQuerySet(AboutAnItemQuerySet):
    def pending(self):
        return self.filter(state=ReviewState.PENDING)

    def waiting_for(self, user, may_publish):
        """Pending changes asked of `user` by name, or of any publisher of their kind
        (`may_publish`: the content types that the user may publish)."""
        return self.pending().filter(
            models.Q(reviewer=user) | models.Q(reviewer__isnull=True, content_type__in=may_publish)
        )


class PendingChange(AboutAnItem):
    """An editor's change to a published item, kept aside until a publisher approves it.

    `proposed` holds only the fields the editor changed, `original` what those fields were
    when the change was sent: approving applies the one, and compares the other with the
    item as it is then, to warn of what changed since (coalition/review.py).
    """

    object_repr = models.CharField(max_length=300)
    proposed = models.JSONField(encoder=DjangoJSONEncoder)
    original = models.JSONField(encoder=DjangoJSONEncoder)
    # Rows edited on the item's page (a page's sections…): [{"model": "coalition.pagesection",
    # "fk": "page", "pk": 3 or None (new), "delete": bool, "label": …, "proposed": {…},
    # "original": {…}}, …].
    rows = models.JSONField(encoder=DjangoJSONEncoder, default=list, blank=True)
    # The editor's "still right" and "no translation needed" boxes, applied with the change:
    # {"shown": [key, …], "confirm": […], "not_needed": […]} (coalition/admin/translating.py).
    translation_decisions = models.JSONField(default=dict, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="changes_sent_for_review",
        verbose_name=_("sent by"),
    )
    # Empty: any publisher may review it.
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="changes_to_review",
        verbose_name=_("reviewer"),
    )
    note = models.TextField(_("note to the reviewer"), blank=True)
    state = models.CharField(
        _("state"),
        max_length=10,
        choices=ReviewState.choices,
        default=ReviewState.PENDING,
        db_index=True,
    )
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    comment = models.TextField(_("comment from the reviewer"), blank=True)

    objects = PendingChangeQuerySet.as_manager()

    class Meta(AboutAnItem.Meta):
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("change for review")
        verbose_name_plural = _("changes for review")

    def __str__(self):
        return self.object_repr

    def decide(self, state, reviewer, comment=""):
        """Record a publisher's decision: approved, or sent back with a comment."""
        self.state, self.decided_by, self.decided_at = state, reviewer, timezone.now()
        self.comment = comment[:4000]
        self.save(update_fields=["state", "comment", "decided_by", "decided_at"])

    @property
    def model(self):
        return self.content_type.model_class()

    def get_object(self):
        return self.model._default_manager.filter(pk=self.object_id).first()


def new_share_token():
    return secrets.token_urlsafe(24)


class ShareLinkQuerySet(AboutAnItemQuerySet):
    def working(self, at=None):
        return self.filter(revoked_at__isnull=True, expires_at__gt=at or timezone.now())


class ShareLink(AboutAnItem):
    """A link to an item's preview for someone without an account, until it expires or
    staff revoke it (coalition/views/preview.py)."""

    token = models.CharField(max_length=64, unique=True, default=new_share_token)
    creator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("made by"),
    )
    created_at = models.DateTimeField(_("made"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ShareLinkQuerySet.as_manager()

    class Meta(AboutAnItem.Meta):
        ordering = ["-created_at", "-pk"]
        verbose_name = _("share link")
        verbose_name_plural = _("share links")

    def __str__(self):
        return f"share link {self.pk} to {self.content_type.model} {self.object_id}"

    @property
    def works(self):
        return self.revoked_at is None and self.expires_at > timezone.now()

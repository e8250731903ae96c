"""Where each content translation stands: one row per item, translated field and language
(coalition/translation_state.py keeps the rows in step with the content)."""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TranslationStatus(models.TextChoices):
    MISSING = "missing", _("Missing")
    CURRENT = "current", _("Up to date")
    OUTDATED = "outdated", _("English changed since translated")
    NOT_NEEDED = "not_needed", _("No translation needed")
    # The English text is empty: there is nothing to translate, and the field is not counted.
    NO_SOURCE = "no_source", _("No English text")


# What completeness counts as done.
DONE = (TranslationStatus.CURRENT, TranslationStatus.NOT_NEEDED)


class TranslationStateQuerySet(models.QuerySet):
    def counted(self):
        """The fields that have an English text to translate."""
        return self.exclude(status=TranslationStatus.NO_SOURCE)

    def object_ids(self, model, language, status):
        """The ids of the items of `model` with a field in `status` in `language`, for a
        subquery (`pk__in=…`)."""
        return self.filter(model=model._meta.label_lower, language=language, status=status).values(
            "object_id"
        )


class TranslationState(models.Model):
    """One translated field of one item in one language.

    The item is named by its model ("coalition.newsitem") and id, as the search index
    names it: one table serves every kind of content, and a changelist filter is one
    subquery on it. `source_hash` is a digest of the English text the translation was
    written (or confirmed) for: when the English changes, the translation is outdated
    until it is written again or a translator confirms it.
    """

    model = models.CharField(max_length=100)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=60)
    language = models.CharField(max_length=7)
    status = models.CharField(max_length=10, choices=TranslationStatus.choices)
    source_hash = models.CharField(max_length=32, blank=True)
    translation_hash = models.CharField(max_length=32, blank=True)
    # Set by staff for a proper name: English is right in this language too.
    no_translation_needed = models.BooleanField(default=False)
    changed_at = models.DateTimeField(auto_now=True)

    objects = TranslationStateQuerySet.as_manager()

    class Meta:
        default_permissions = ()
        # Not content: the permission to export and import content as .po files in the
        # admin (coalition/staff_groups.py gives it to the Translator and Secretariat groups).
        permissions = [("translate_content", _("Can export and import content translations"))]
        constraints = [
            models.UniqueConstraint(
                fields=["model", "object_id", "field", "language"],
                name="translationstate_once_per_field_and_language",
            )
        ]
        indexes = [models.Index(fields=["model", "language", "status"])]

    def __str__(self):
        return f"{self.model}:{self.object_id}:{self.field} ({self.language}): {self.status}"


def new_import_token():
    return uuid.uuid4().hex


class ContentImportQuerySet(models.QuerySet):
    def stale(self):
        """Uploads whose preview nobody applied within a day."""
        return self.filter(uploaded_at__lt=timezone.now() - datetime.timedelta(days=1))


class ContentImport(models.Model):
    """A content .po file uploaded in the admin, waiting while its uploader reads the preview
    (coalition/admin/translating.py). Kept here rather than in the session, which every
    request would load whole: one a member of staff, gone once applied or after a day."""

    token = models.CharField(max_length=32, unique=True, default=new_import_token)
    uploaded_by = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=7)
    file_name = models.CharField(max_length=200)
    text = models.TextField()
    uploaded_at = models.DateTimeField(default=timezone.now)

    objects = ContentImportQuerySet.as_manager()

    class Meta:
        default_permissions = ()

    def __str__(self):
        return self.file_name

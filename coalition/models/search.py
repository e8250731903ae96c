"""The search index: one row per published item and language (coalition/search_index.py
fills it, coalition/views/search.py reads it)."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone


class WordVectorField(models.TextField):
    """On PostgreSQL a `tsvector`, for full-text matching with a GIN index; elsewhere an
    unused text column, since SQLite matches the words with LIKE."""

    def db_type(self, connection):
        if connection.vendor == "postgresql":
            return "tsvector"
        return super().db_type(connection)


class SearchEntryQuerySet(models.QuerySet):
    def published(self, at=None):
        """Entries of items whose publication time has come (drafts have none)."""
        return self.filter(published_at__lte=at or timezone.now())


class SearchEntry(models.Model):
    """An item as a search in one language finds and lists it, without loading the item.

    Only published items have entries; one whose publication time is still to come has them
    already, and a search keeps to `published_at <= now`, so that it is found from that time
    on without anything being saved.
    """

    kind = models.CharField(max_length=40)  # the results group: "documents", "news"…
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=7)
    published_at = models.DateTimeField()
    # Folded words (coalition/text.py: index_words), space-separated with a space at both
    # ends, so that " word" matches a word's beginning and " word " a whole word: of the
    # title fields alone, and of every field (titles included). Both hold the language's
    # text and, where it is translated, the English text too.
    title_words = models.TextField()
    words = models.TextField()
    # The results list's order among items equally relevant: the model's own order.
    sort_key = models.CharField(max_length=300)
    # The fields the results list shows, in this language and in English (an unsaved item is
    # made from them: coalition/search_index.py, Kind.shown).
    shown = models.JSONField(encoder=DjangoJSONEncoder)
    vector = WordVectorField(null=True, editable=False)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="searchentry_once_per_language"
            )
        ]
        indexes = [models.Index(fields=["language", "published_at"])]

    def __str__(self):
        return f"{self.kind} {self.object_id} ({self.language})"

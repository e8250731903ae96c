"""What deleting an item took from other items, so that recovering it gives it back
(coalition/recovery.py)."""

from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class RemovedLinks(models.Model):
    """The links other items had to one deleted item: kept until it is recovered.

    The item's own fields and rows are in its history (django-reversion); these are not,
    since they belong to the other items, whose history must not be reverted to bring
    them back (that would undo every later edit of theirs).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=191)  # as reversion's Version.object_id
    deleted_at = models.DateTimeField(auto_now_add=True)
    # [{"model": "coalition.document", "field": "sub_entity", "pks": [3, 7]}, …] for
    # foreign keys set to NULL; [{"through": "coalition.newsitem_sub_entities",
    # "rows": [{…}, …]}, …] for the rows of many-to-many links.
    links = models.JSONField(encoder=DjangoJSONEncoder)

    class Meta:
        default_permissions = ()
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"links to {self.content_type.model} {self.object_id}"

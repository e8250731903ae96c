"""What cached pages are checked against: a token that changes whenever public content may
have changed, and the time of the next scheduled publication (coalition/cache.py)."""

import uuid

from django.db import models
from django.utils import timezone


def new_token():
    return uuid.uuid4().hex


class ContentVersion(models.Model):
    """A single row (pk 1), shared by every worker and host through the database."""

    # Random, not a counter: a database that is emptied or restored never gives a token
    # that pages were cached under before.
    token = models.CharField(max_length=32, default=new_token)
    changed_at = models.DateTimeField(default=timezone.now)
    # The earliest publication time still to come, or empty: when it passes, the number
    # changes, so that a scheduled item appears on time although nothing was saved.
    next_publication_at = models.DateTimeField(null=True, blank=True)
    # Counts the changes: the beacon (coalition/beacon.py) only ever moves forward.
    generation = models.BigIntegerField(default=0)

    class Meta:
        default_permissions = ()

    def __str__(self):
        return f"content version {self.token}"

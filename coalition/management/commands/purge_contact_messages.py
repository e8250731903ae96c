"""Delete contact messages older than the retention period that the privacy notice promises.

Run it from a scheduler (a daily cron job or systemd timer): the privacy notice says messages
are deleted at the latest twelve months after they arrived. It also erases the hash of the
sender's address of messages older than an hour, which only the hourly limit needs (the
contact form erases them too, whenever a message arrives).
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from coalition.models import ContactMessage


class Command(BaseCommand):
    help = "Delete contact messages received more than --days days ago (365 by default)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=365)

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _by_model = ContactMessage.objects.filter(created_at__lt=cutoff).delete()
        ContactMessage.objects.forget_addresses(
            received_before=timezone.now() - datetime.timedelta(hours=1)
        )
        self.stdout.write(
            f"Deleted {deleted} contact message(s) received before {cutoff:%Y-%m-%d}."
        )

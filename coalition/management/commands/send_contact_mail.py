"""E-mail the contact messages that are stored but were never e-mailed.

The web processes e-mail each message from a background queue (coalition/mail.py). What
that did not send (the mail server was down, the queue full, a process restarted) waits in
the database; run this from a scheduler every few minutes (cron or a systemd timer) and it
goes out once the server is back. It leaves the newest messages (--min-age minutes) to the
web processes' queues, and the old ones (--days) to the admin, where staff read them anyway:
no mailbox gets a pile of stale messages at once when CONTACT_EMAIL is set late.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from coalition import mail
from coalition.models import ContactMessage


def default_site_url():
    """The site's address, for the admin link in each mail: the first of ALLOWED_HOSTS that
    names one host."""
    hosts = [host for host in settings.ALLOWED_HOSTS if not host.startswith((".", "*"))]
    if not hosts:
        return "http://localhost:8000"
    return f"{'http' if settings.DEBUG else 'https'}://{hosts[0]}"


class Command(BaseCommand):
    help = "E-mail to CONTACT_EMAIL the contact messages that are stored but not e-mailed yet."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url",
            default=None,
            help="The site's address for the admin links (default: https:// and the first "
            "of ALLOWED_HOSTS).",
        )
        parser.add_argument(
            "--min-age",
            type=int,
            default=10,
            help="Leave messages received in the last N minutes to the web processes (10).",
        )
        parser.add_argument(
            "--days",
            type=int,
            default=7,
            help="Leave messages received more than N days ago to the admin (7).",
        )

    def handle(self, *args, site_url, min_age, days, **options):
        if not settings.CONTACT_EMAIL:
            self.stdout.write("CONTACT_EMAIL is empty: messages are only stored.")
            return
        now = timezone.now()
        waiting = list(
            ContactMessage.objects.to_mail()
            .filter(
                created_at__lte=now - datetime.timedelta(minutes=min_age),
                created_at__gte=now - datetime.timedelta(days=days),
            )
            .order_by("created_at", "pk")
            .values_list("pk", flat=True)
        )
        site_url = (site_url or default_site_url()).rstrip("/")
        sent = 0
        for message_id in waiting:
            if mail.send(message_id, site_url):
                sent += 1
            elif ContactMessage.objects.to_mail().filter(pk=message_id).exists():
                # The server failed (logged): the rest would fail too, and wait for the next
                # run. (Not sent, but no longer waiting: someone else sent it meanwhile.)
                left = ContactMessage.objects.to_mail().filter(pk__in=waiting).count()
                raise CommandError(
                    f"The mail server failed (see the log): e-mailed {sent}, "
                    f"{left} contact message(s) still waiting."
                )
        self.stdout.write(f"E-mailed {sent} contact message(s).")

"""E-mailing contact messages to the secretariat, and staff their review notices: after the
response, never during it.

The contact form stores a message first, then puts a job on this process's queue, which one
background thread works through. A slow or dead mail server holds up only that thread:
requests never wait for it, and no more threads are started however many messages come.
The queue is bounded; when it is full (the server has been down a while), a message just
waits in the database.

Whatever the queue does not send (the queue was full, the server failed, the process was
restarted with jobs queued) stays marked as not e-mailed (ContactMessage.mailed_at is null),
and `manage.py send_contact_mail`, run from cron, sends it. A message is marked e-mailed
only once the server has taken it: at worst, a crash in between sends it twice; it is never
lost, and staff read every message in the admin anyway.
"""

import collections
import logging
import threading
from functools import partial

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import connections, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext

from .models import ContactMessage

logger = logging.getLogger(__name__)

# Jobs waiting in one process: far more than the site receives, few enough to mean nothing
# in memory. Beyond them, messages wait for send_contact_mail.
QUEUE_SIZE = 200


def compose(message, site_url):
    """The e-mail to CONTACT_EMAIL for a stored message, with the sender as reply-to.

    In the site's default language (the secretariat's), whatever page it came from.
    """
    admin_url = site_url + reverse("admin:coalition_contactmessage_change", args=[message.pk])
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Contact form: %(subject)s") % {
            "subject": message.subject or Truncator(message.message).words(8)
        }
        body = render_to_string(
            "coalition/email/contact_message.txt", {"message": message, "admin_url": admin_url}
        )
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.CONTACT_EMAIL],
        reply_to=[message.email],
    )


def send(message_id, site_url):
    """E-mail one stored message unless it has been e-mailed already; record when it was.

    Returns whether it was sent; a failure is logged, never raised, and leaves the message
    waiting for the next try.
    """
    message = ContactMessage.objects.to_mail().filter(pk=message_id).first()
    if message is None or not settings.CONTACT_EMAIL:
        return False
    try:
        compose(message, site_url).send()
    except Exception:
        logger.exception("Contact message %s is stored but could not be e-mailed.", message_id)
        return False
    ContactMessage.objects.filter(pk=message_id, mailed_at__isnull=True).update(
        mailed_at=timezone.now()
    )
    return True


class MailQueue:
    """Jobs (callables) run one after another by a single background thread.

    The thread is started with the first job, in the process that serves requests (after
    gunicorn forks), and again should it ever have stopped.
    """

    def __init__(self, size):
        self.size = size
        self._jobs = collections.deque()
        self._running = False
        self._changed = threading.Condition()
        self._thread = None

    def put(self, job):
        """Queue a job; False, at once, if the queue is full."""
        with self._changed:
            if len(self._jobs) >= self.size:
                return False
            self._jobs.append(job)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="mail", daemon=True)
                self._thread.start()
            self._changed.notify_all()
        return True

    def drain(self, timeout=None):
        """Wait until every queued job has run; False if `timeout` seconds passed first."""
        with self._changed:
            return self._changed.wait_for(
                lambda: not self._jobs and not self._running, timeout=timeout
            )

    def _work(self):
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._jobs)
                job = self._jobs.popleft()
                self._running = True
            try:
                job()
            except Exception:
                logger.exception("A mail job failed.")
            finally:
                # This thread's own database connections: none is left open between jobs.
                connections.close_all()
                with self._changed:
                    self._running = False
                    self._changed.notify_all()


jobs = MailQueue(size=QUEUE_SIZE)


def send_later(message, site_url):
    """E-mail a stored message from the background, once the transaction that stored it is
    committed (the thread reads it through a database connection of its own)."""

    def queue():
        if not jobs.put(partial(send, message.pk, site_url)):
            logger.warning(
                "The mail queue is full: contact message %s waits for send_contact_mail.",
                message.pk,
            )

    transaction.on_commit(queue)


def deliver(email, what):
    """Send one composed e-mail; a failure is logged, never raised."""
    try:
        email.send()
    except Exception:
        logger.exception("Could not e-mail %s.", what)


def send_soon(email, what):
    """Send a composed e-mail (an EmailMessage) from the background thread, so that no
    request waits for the mail server. For notices that need no second try: `what` names
    the e-mail in the log, where a failure or a full queue is recorded."""
    if not jobs.put(partial(deliver, email, what)):
        logger.warning("The mail queue is full: %s was not e-mailed.", what)


def drain(timeout=None):
    """Wait until this process has worked through its mail queue (tests, shutdown)."""
    return jobs.drain(timeout)

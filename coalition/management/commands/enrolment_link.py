"""Print an enrolment link, with which a staff member sets up their authenticator app.

For the first administrator of a new site (`createsuperuser`, then this), or one who lost
their phone and recovery codes when no other administrator can reset them (`--reset`).
Afterwards administrators make links in the admin, on the user's page. See
coalition/enrolment.py.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import user_has_device

from coalition.enrolment import link_expiry, make_enrolment_link, reset_second_factor


class Command(BaseCommand):
    help = "Print an enrolment link with which a staff member sets up their authenticator app."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--reset",
            action="store_true",
            help="First remove the account's authenticator app and recovery codes (a lost phone).",
        )
        parser.add_argument(
            "--base-url",
            help="The site's address, e.g. https://foc.example (default: https:// and the "
            "first name in ALLOWED_HOSTS).",
        )

    def handle(self, *args, username, reset, base_url, **options):
        user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username})
        user = user.first()
        if user is None:
            raise CommandError(f"No account {username!r}.")
        if not (user.is_active and user.is_staff):
            raise CommandError(
                f"{username!r} cannot sign in to the admin: not an active staff account."
            )
        if user_has_device(user):
            if not reset:
                raise CommandError(
                    f"{username!r} has an authenticator app already; --reset removes it and "
                    "the recovery codes first (a lost phone)."
                )
            reset_second_factor(user)
            self.stdout.write(
                f"The authenticator app and recovery codes of {username!r} are removed."
            )
        link = (base_url or default_base_url()).rstrip("/") + make_enrolment_link(user)
        expiry = f"{link_expiry():%Y-%m-%d %H:%M} UTC"
        self.stdout.write(
            f"\nEnrolment link for {username!r}:\n\n  {link}\n\n"
            f"It works once, for {settings.ENROLMENT_LINK_DAYS} days (until {expiry}), and "
            f"only with {username!r}'s password: open it, sign in, and set up the app.\n"
            "Hand it over by another channel than the password.\n"
        )


def default_base_url():
    host = next((host.lstrip(".") for host in settings.ALLOWED_HOSTS if host != "*"), "localhost")
    return f"https://{host}"

"""Bring a translated content .po file (from export_content_po) back into the site."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from coalition.content_catalogue import (
    CatalogueError,
    import_catalogue,
    read_catalogue,
    target_languages,
)

User = get_user_model()


class Command(BaseCommand):
    help = (
        "Import the translations of a .po file written by export_content_po. The whole file "
        "is checked first: if anything is wrong (unreadable file, a language other than "
        "--language in its header or in its texts, unknown reference, a value too long) "
        "nothing is changed. Only changed fields are saved, as one revision in the history, "
        "under the name given with --user."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .po file.")
        parser.add_argument(
            "--language",
            required=True,
            choices=target_languages(),
            help="The language the file is in: its header and its texts must agree.",
        )
        parser.add_argument(
            "--user",
            required=True,
            metavar="USERNAME",
            help="Your user name in the admin: the history says who imported the file.",
        )

    def handle(self, *args, file, language, user, **options):
        path = Path(file)
        staff = User.objects.filter(username=user, is_active=True, is_staff=True).first()
        if staff is None:
            raise CommandError(
                f"Nothing was imported: there is no staff member “{user}” (an active admin "
                "account); give your own user name with --user."
            )
        try:
            catalogue = read_catalogue(path)
            result = import_catalogue(catalogue, language, staff, origin=path.name)
        except CatalogueError as error:
            raise CommandError("Nothing was imported:\n  " + "\n  ".join(error.problems)) from error
        for ref in result.stale:
            self.stderr.write(
                f"Skipped {ref}: its English text has changed since the export; "
                "export again to translate the new text."
            )
        self.stdout.write(
            f"{result.language}: {len(result.changed)} field(s) changed, "
            f"{len(result.confirmed)} confirmed for the current English, "
            f"{result.unchanged} unchanged, {result.untranslated} empty or fuzzy (left as they "
            f"were), {len(result.stale)} skipped (English changed)."
        )

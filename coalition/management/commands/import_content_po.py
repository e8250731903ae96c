"""Bring a translated content .po file (from export_content_po) back into the site."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from coalition.content_catalogue import (
    CatalogueError,
    import_catalogue,
    read_catalogue,
    target_languages,
)


class Command(BaseCommand):
    help = (
        "Import the translations of a .po file written by export_content_po. The whole file "
        "is checked first: if anything is wrong (unreadable file, wrong language, unknown "
        "reference, a value too long) nothing is changed. Only changed fields are saved, "
        "as one revision in the history."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .po file.")
        parser.add_argument(
            "--language",
            choices=target_languages(),
            help="Refuse the file unless its Language header says this language.",
        )

    def handle(self, *args, file, language=None, **options):
        path = Path(file)
        try:
            catalogue = read_catalogue(path)
            result = import_catalogue(catalogue, language=language, origin=path.name)
        except CatalogueError as error:
            raise CommandError("Nothing was imported:\n  " + "\n  ".join(error.problems)) from error
        for ref in result.stale:
            self.stderr.write(
                f"Skipped {ref}: its English text has changed since the export; "
                "export again to translate the new text."
            )
        self.stdout.write(
            f"{result.language}: {len(result.changed)} field(s) changed, "
            f"{result.unchanged} unchanged, {result.untranslated} empty or fuzzy (left as they "
            f"were), {len(result.stale)} skipped (English changed)."
        )

"""Write the content's translatable fields for one language as a gettext .po file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from coalition.content_catalogue import export_catalogue, target_languages


class Command(BaseCommand):
    help = (
        "Write a .po file of every translatable content field for one language: the English "
        "text as msgid, the current translation as msgstr, a reference to the object and "
        "field as msgctxt. Translate it in any gettext tool, then run import_content_po."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", required=True, choices=target_languages())
        parser.add_argument(
            "--output",
            "-o",
            help="File to write (default: content-<language>.po in the current folder; "
            "- for standard output).",
        )
        parser.add_argument(
            "--missing-only",
            action="store_true",
            help="Only the fields that have no translation in this language yet.",
        )

    def handle(self, *args, language, output=None, missing_only=False, **options):
        catalogue = export_catalogue(language, only_missing=missing_only)
        if output == "-":
            self.stdout.write(str(catalogue), ending="")
            return
        path = Path(output or f"content-{language}.po")
        try:
            catalogue.save(str(path))
        except OSError as error:
            raise CommandError(f"Cannot write {path}: {error}") from error
        translated = len(catalogue.translated_entries())
        self.stdout.write(
            f"Wrote {path}: {len(catalogue)} field(s), {translated} already translated."
        )

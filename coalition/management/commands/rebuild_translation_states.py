"""Write every item's translation states again (coalition/translation_state.py)."""

from django.core.management.base import BaseCommand

from coalition.translation_state import rebuild


class Command(BaseCommand):
    help = (
        "Bring the translation states (missing, up to date, English changed since translated) "
        "in step with the content, after content was changed without Django's signals "
        "(raw SQL, loaddata of a backup, queryset.update())."
    )

    def handle(self, *args, **options):
        written = rebuild()
        self.stdout.write(f"{written} translation state(s) written.")

"""Write the whole search index again (coalition/search_index.py).

Saving and deleting content keeps the index up to date by itself. Run this once per release
(after `migrate`: a new version may fold or split words differently, or a django-countries
upgrade rename a country), and after changing content without signals: loaddata with raw
rows, SQL, queryset.update() or bulk_create(). It runs in one transaction; searches go on
meanwhile with the old index.
"""

from django.core.management.base import BaseCommand

from coalition.search_index import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index: one entry per published item and language."

    def handle(self, *args, verbosity=1, **options):
        count = rebuild()
        if verbosity:
            self.stdout.write(f"Search index: {count} entries.")

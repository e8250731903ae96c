"""Static files from installed packages, served as our own: the country flags (the npm
package flag-icons)."""

import functools
from pathlib import Path

from django.contrib.staticfiles.finders import BaseFinder
from django.core import checks
from django.core.files.storage import FileSystemStorage

# Country flags ---------------------------------------------------------------------------
# Crisp SVG flags (4:3) from the npm package flag-icons, pinned in package.json and
# installed by `make setup` (npm ci) into node_modules/. Served as static/flags/<code>.svg:
# every country's flag (two-letter ISO 3166 codes only, about 250 small files), not just
# the member states', so that a state or an Advisory Network member added in the admin has
# its flag without a deployment. Without the package (no npm), pages fall back to
# django-countries' small GIFs and `manage.py check` warns.

FLAGS_PREFIX = "flags"
FLAGS_DIR = Path(__file__).resolve().parent.parent / "node_modules" / "flag-icons" / "flags" / "4x3"


def is_country_flag(name):
    """A flag file of a country: "fr.svg", not "gb-eng.svg" or "un.svg"? (un and eu pass
    the shape test: harmless, they are flags too)."""
    stem, _dot, suffix = name.partition(".")
    return suffix == "svg" and len(stem) == 2 and stem.isascii() and stem.isalpha()


@functools.cache
def flag_codes():
    """The lower-case codes of the countries whose SVG flag is installed."""
    if not FLAGS_DIR.is_dir():
        return frozenset()
    return frozenset(entry.name[:2] for entry in FLAGS_DIR.iterdir() if is_country_flag(entry.name))


class FlagFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=FLAGS_DIR)
        self.storage.prefix = FLAGS_PREFIX

    def check(self, **kwargs):
        if flag_codes():
            return []
        return [
            checks.Warning(
                "The SVG country flags are not installed: pages show small GIF flags.",
                hint="Run `make setup` (it runs `npm ci`, which installs flag-icons).",
                id="coalition.W001",
            )
        ]

    def find(self, path, find_all=False, **kwargs):
        directory, _slash, name = path.rpartition("/")
        if directory != FLAGS_PREFIX or name[:2] not in flag_codes() or not is_country_flag(name):
            return []
        match = str(FLAGS_DIR / name)
        return [match] if find_all else match

    def list(self, ignore_patterns):
        for code in sorted(flag_codes()):
            yield f"{code}.svg", self.storage

"""jQuery UI's script for the admin's language tabs, from the pinned XStatic-jQuery-UI package.

Only the one file is served: the package's style sheets name images that it does not ship,
which production's hashing storage refuses, and the admin does not use them.
"""

from pathlib import Path

import xstatic.pkg.jquery_ui
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PREFIX = "vendor/jquery-ui"
FILENAME = "jquery-ui.min.js"


class JQueryUIFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=xstatic.pkg.jquery_ui.BASE_DIR)
        self.storage.prefix = PREFIX

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        if path != f"{PREFIX}/{FILENAME}":
            return [] if find_all else None
        match = str(Path(xstatic.pkg.jquery_ui.BASE_DIR) / FILENAME)
        return [match] if find_all else match

    def list(self, ignore_patterns):
        yield FILENAME, self.storage

"""Uploaded photos and logos, served by the site when no proxy or object storage does it
(settings.SERVE_MEDIA).

Only the image folders are served: document PDFs go through their download view, which
checks that the document is published. Files have random names and are never changed in
place, so browsers may keep them for a year. The headers keep any file from being run as a
page (no sniffing, a sandbox with no permission at all).
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

PUBLIC_FOLDERS = ("network/", "partnerships/")


def serve_media(request, path):
    # The folder is checked on the path as the file system will read it: "network/../
    # documents/…" (or %2e%2e, ..%2f, which arrive decoded) names a document, not a photo.
    # A path that is not already in its plain form is refused outright.
    if posixpath.normpath(path) != path or "\\" in path or not path.startswith(PUBLIC_FOLDERS):
        raise Http404("Not a public file.")
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response

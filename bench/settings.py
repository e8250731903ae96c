"""The site's own settings, plus the benchmark's ceiling view (bench/urls.py)."""

from focsite.settings import *  # noqa: F403
from focsite.settings import PAGE_CACHE_EXCLUDED_PATHS

ROOT_URLCONF = "bench.urls"
# The ceiling is the trivial view itself: it must not go through the page cache.
PAGE_CACHE_EXCLUDED_PATHS = [*PAGE_CACHE_EXCLUDED_PATHS, "/bench/"]

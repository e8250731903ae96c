from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.i18n import set_language

from coalition.feeds import DocumentFeed, NewsFeed
from coalition.sitemaps import SITEMAPS, robots_txt
from coalition.views.errors import not_found_preview
from coalition.views.media import serve_media

handler500 = "coalition.views.errors.server_error"

urlpatterns = [
    path(settings.ADMIN_PATH, admin.site.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# With DEBUG on (make run) an unknown address shows Django's debug page; the designed 404
# page is at /<lang>/errors/404/ (README.md).
debug_only = (
    [path("errors/404/", not_found_preview, name="not_found_preview")] if settings.DEBUG else []
)

urlpatterns += i18n_patterns(
    # The feeds come before the coalition's routes, where news/<slug>/ would take news/feed/.
    path("news/feed/", NewsFeed(), name="news_feed"),
    path("documents/feed/", DocumentFeed(), name="document_feed"),
    *debug_only,
    path("", include("coalition.urls")),
)

if settings.SERVE_MEDIA:
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", serve_media))

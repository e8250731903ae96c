import functools

from django.http import JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.generic import DetailView, TemplateView

from ..charts import world_map
from ..models import (
    AdvisoryMember,
    Chairship,
    Conference,
    Document,
    LiveList,
    MemberState,
    NewsItem,
    Page,
    SubEntity,
)
from ..models.common import current_year
from ..templatetags.coalition import item_name
from .base import PublicPageMixin

# The page the home page's "join" call to action leads to (a page staff edit, demo content:
# coalition/demo/pages.py). Without a published page at this address the button is left out.
JOIN_PAGE_SLUG = "how-to-join"


class HomeView(PublicPageMixin, TemplateView):
    template_name = "coalition/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = current_year()
        # The figures, the chair and the map are cached fragments of the page: computed only
        # when the template renders them (a callable is called, once, by the template).
        context.update(
            member_count=functools.cache(MemberState.objects.published().members().count),
            world_map=SimpleLazyObject(
                lambda: world_map(MemberState.objects.published(), members_as_data=True)
            ),
            network_count=functools.cache(AdvisoryMember.objects.published().current(year).count),
            current_sub_entity_count=functools.cache(
                SubEntity.objects.published().current(year).count
            ),
            chairship=SimpleLazyObject(
                lambda: Chairship.objects.with_chairs().filter(year=year).first()
            ),
            # The calls to action (a cached fragment too): join, the latest statement, the
            # next conference (or the latest, when none is planned).
            join_page=SimpleLazyObject(
                lambda: Page.objects.published().filter(slug=JOIN_PAGE_SLUG).first()
            ),
            latest_statement=SimpleLazyObject(
                lambda: Document.objects.published().latest_statement()
            ),
            conference=SimpleLazyObject(
                lambda: Conference.objects.published().next_or_latest(timezone.localdate())
            ),
            latest_news=NewsItem.objects.published().latest_first()[:3],
            latest_documents=Document.objects.published()[:3],
        )
        return context


def web_app_manifest(request):
    """The web app manifest in the address's language: the coalition's name in it, its home
    page, its direction, and the icons of static/img/icons/ (`manage.py build_brand_images`)."""
    language = translation.get_language()
    icons = [
        {
            "src": static(f"img/icons/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
        }
        for size in (192, 512)
    ]
    icons.append({"src": static("img/icons/mark.svg"), "sizes": "any", "type": "image/svg+xml"})
    manifest = {
        "name": str(_("Freedom Online Coalition")),
        "short_name": str(pgettext("short name of the coalition, under an app icon", "FOC")),
        "description": str(
            _(
                "The Freedom Online Coalition is a group of governments that work together to "
                "advance Internet freedom and human rights online."
            )
        ),
        "lang": language,
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "start_url": reverse("coalition:home"),
        "scope": reverse("coalition:home"),
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#0c2340",
        "icons": icons,
    }
    return JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


class PageView(PublicPageMixin, DetailView):
    template_name = "coalition/page.html"
    context_object_name = "page"

    def get_queryset(self):
        return Page.objects.published().with_relations()

    def get_breadcrumbs(self):
        return [(item_name(self.object, "title"), None)]

    def get_page_title(self):
        return self.object.title

    def get_meta_description(self):
        return self.object.summary or None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        wanted = {section.live_list for section in self.object.sections.all()}
        sub_entities = SubEntity.objects.published().with_participants()
        if LiveList.CURRENT_SUB_ENTITIES in wanted:
            context["current_sub_entities"] = sub_entities.current()
        if LiveList.PREVIOUS_SUB_ENTITIES in wanted:
            context["previous_sub_entities"] = sub_entities.previous()
        return context

from django.conf import settings
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from django.views.generic import DetailView, TemplateView

from .models import (
    AdvisoryMember,
    Chairship,
    Document,
    LiveList,
    MemberState,
    NewsItem,
    Page,
    PageSection,
    SubEntity,
)
from .models.common import current_year


class AlternateLanguagesMixin:
    """Gives a page its own address in every language (language switcher, hreflang)."""

    def get_alternate_urls(self):
        match = self.request.resolver_match
        urls = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
                urls.append((code, translation.get_language_info(code)["name_local"], url))
        return urls

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["alternate_urls"] = self.get_alternate_urls()
        return context


class HomeView(AlternateLanguagesMixin, TemplateView):
    template_name = "coalition/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = current_year()
        context.update(
            member_count=MemberState.objects.published().members().count(),
            network_count=AdvisoryMember.objects.published().count(),
            current_sub_entity_count=SubEntity.objects.published().current(year).count(),
            chairship=Chairship.objects.with_chairs().filter(year=year).first(),
            latest_news=NewsItem.objects.published().latest_first()[:3],
            latest_documents=Document.objects.published()[:3],
        )
        return context


class PageView(AlternateLanguagesMixin, DetailView):
    template_name = "coalition/page.html"
    context_object_name = "page"

    def get_queryset(self):
        return Page.objects.published().prefetch_related(
            Prefetch("sections", queryset=PageSection.objects.select_related("partnership"))
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        wanted = {section.live_list for section in self.object.sections.all()}
        sub_entities = SubEntity.objects.published().with_participants()
        if LiveList.CURRENT_SUB_ENTITIES in wanted:
            context["current_sub_entities"] = sub_entities.current()
        if LiveList.PREVIOUS_SUB_ENTITIES in wanted:
            context["previous_sub_entities"] = sub_entities.previous()
        return context

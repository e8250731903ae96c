import functools

from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, TemplateView

from ..charts import world_map
from ..models import (
    AdvisoryMember,
    Chairship,
    Document,
    LiveList,
    MemberState,
    NewsItem,
    Page,
    SubEntity,
)
from ..models.common import current_year
from .base import PublicPageMixin


class HomeView(PublicPageMixin, TemplateView):
    template_name = "coalition/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = current_year()
        # The figures, the chair and the map are cached fragments of the page: computed only
        # when the template renders them (a callable is called, once, by the template).
        context.update(
            member_count=functools.cache(MemberState.objects.published().members().count),
            world_map=SimpleLazyObject(lambda: world_map(MemberState.objects.published())),
            network_count=functools.cache(AdvisoryMember.objects.published().current(year).count),
            current_sub_entity_count=functools.cache(
                SubEntity.objects.published().current(year).count
            ),
            chairship=SimpleLazyObject(
                lambda: Chairship.objects.with_chairs().filter(year=year).first()
            ),
            latest_news=NewsItem.objects.published().latest_first()[:3],
            latest_documents=Document.objects.published()[:3],
        )
        return context


class PageView(PublicPageMixin, DetailView):
    template_name = "coalition/page.html"
    context_object_name = "page"

    def get_queryset(self):
        return Page.objects.published().with_relations()

    def get_breadcrumbs(self):
        return [(self.object.title, None)]

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

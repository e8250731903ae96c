from django.db.models import Prefetch
from django.views.generic import DetailView, TemplateView

from ..models import Document, NewsItem, SubEntity
from .base import SectionMixin


class SubEntitySection(SectionMixin):
    section_key = "task-forces-and-working-groups"


class SubEntityListView(SubEntitySection, TemplateView):
    template_name = "coalition/sub_entity_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sub_entities = SubEntity.objects.published().with_participants()
        context.update(
            current_sub_entities=sub_entities.current(),
            previous_sub_entities=sub_entities.previous(),
        )
        return context


class SubEntityDetailView(SubEntitySection, DetailView):
    template_name = "coalition/sub_entity_detail.html"
    context_object_name = "sub_entity"

    def get_queryset(self):
        return (
            SubEntity.objects.published()
            .with_participants()
            .prefetch_related(
                Prefetch("documents", queryset=Document.objects.published()),
                Prefetch("news_items", queryset=NewsItem.objects.published().latest_first()),
            )
        )

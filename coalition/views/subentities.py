from django.views.generic import TemplateView

from ..models import SubEntity
from .base import ContentDetailView, SectionMixin


class SubEntityListView(SectionMixin, TemplateView):
    template_name = "coalition/sub_entity_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sub_entities = SubEntity.objects.published().with_participants()
        context.update(
            current_sub_entities=sub_entities.current(),
            previous_sub_entities=sub_entities.previous(),
        )
        return context


class SubEntityDetailView(ContentDetailView):
    template_name = "coalition/sub_entity_detail.html"
    context_object_name = "sub_entity"

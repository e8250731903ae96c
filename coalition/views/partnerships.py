from django.views.generic import ListView

from ..models import Partnership
from .base import SectionMixin


class PartnershipListView(SectionMixin, ListView):
    template_name = "coalition/partnership_list.html"
    context_object_name = "partnerships"

    def get_queryset(self):
        return Partnership.objects.published().with_relations()

from django.views.generic import DetailView, ListView

from ..models import Partnership
from .base import SectionMixin


class PartnershipSection(SectionMixin):
    section_key = "partnerships"

    def get_queryset(self):
        return Partnership.objects.published().with_supporters()


class PartnershipListView(PartnershipSection, ListView):
    template_name = "coalition/partnership_list.html"
    context_object_name = "partnerships"


class PartnershipDetailView(PartnershipSection, DetailView):
    template_name = "coalition/partnership_detail.html"
    context_object_name = "partnership"

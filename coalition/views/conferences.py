from django.views.generic import DetailView, TemplateView

from ..models import Conference, RegionalConsultation
from .base import SectionMixin


class ConferenceSection(SectionMixin):
    section_key = "conferences"


class ConferenceListView(ConferenceSection, TemplateView):
    template_name = "coalition/conference_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            conferences=Conference.objects.published().with_host().order_by("edition"),
            consultations=RegionalConsultation.objects.published()
            .select_related("outcome_document")
            .order_by("-year", "region"),
        )
        return context


class ConferenceDetailView(ConferenceSection, DetailView):
    template_name = "coalition/conference_detail.html"
    context_object_name = "conference"

    def get_queryset(self):
        return Conference.objects.published().with_relations()

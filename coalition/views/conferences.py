from django.views.generic import TemplateView

from ..models import Conference, RegionalConsultation
from .base import SectionMixin


class ConferenceListView(SectionMixin, TemplateView):
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

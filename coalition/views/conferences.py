from django.http import HttpResponse
from django.urls import reverse
from django.views.generic import TemplateView

from .. import calendar
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


def conference_calendar(request):
    """The conferences and consultations as an iCalendar feed (coalition/calendar.py)."""
    body = calendar.calendar(request.build_absolute_uri, reverse("coalition:conference_list"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="conferences.ics"'
    return response

from django.utils.functional import SimpleLazyObject
from django.views.generic import TemplateView

from ..models import AdvisoryMember, CoChairTerm, Cohort, Sector
from .base import ContentDetailView, SectionMixin


class NetworkListView(SectionMixin, TemplateView):
    template_name = "coalition/network_list.html"
    query_parameters = {"sector": Sector.values.__contains__}

    def get_sector(self):
        """The sector to show, from ?sector=; anything unknown shows every sector."""
        sector = self.request.GET.get("sector")
        return sector if sector in Sector.values else None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sector = self.get_sector()
        members = AdvisoryMember.objects.published().prefetch_related("cohorts")
        if sector:
            members = members.in_sector(sector)

        def groups():
            """Per sector: its current members, then those who served in earlier cohorts."""
            found = list(members)
            return [
                {
                    "value": value,
                    "label": label,
                    "current": [m for m in found if m.sector == value and m.serves_now],
                    "former": [m for m in found if m.sector == value and not m.serves_now],
                }
                for value, label in Sector.choices
                if not sector or value == sector
            ]

        def counts():
            found = [member for group in context["groups"] for member in group["current"]]
            everyone = sum(len(g["current"]) + len(g["former"]) for g in context["groups"])
            return {"current": len(found), "former": everyone - len(found)}

        context.update(
            sector=sector,
            sectors=Sector.choices,
            # Lazy: the template keeps the lists as a cached fragment.
            groups=SimpleLazyObject(groups),
            counts=SimpleLazyObject(counts),
            cohorts=Cohort.objects.order_by("-start_year"),
            co_chair_terms=CoChairTerm.objects.filter(
                member__in=AdvisoryMember.objects.published()
            ).select_related("member"),
        )
        return context


class NetworkMemberDetailView(ContentDetailView):
    template_name = "coalition/network_member_detail.html"
    context_object_name = "member"

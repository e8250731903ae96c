from django.db.models import Prefetch, prefetch_related_objects
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, TemplateView

from ..charts import membership_growth, world_map
from ..models import (
    Chairship,
    Conference,
    Document,
    MemberState,
    Partnership,
    Region,
    SubEntity,
    SubEntityState,
)
from ..text import sort_key
from .base import SectionMixin

SORTS = {"name", "year"}
DEFAULT_SORT = "name"  # the list's own address, without ?sort=


def name_key(state):
    """Sort by the country's name as shown in the active language, in that language's
    alphabetical order (coalition.text.sort_key)."""
    return sort_key(state.name)


class MemberListView(SectionMixin, TemplateView):
    template_name = "coalition/member_list.html"
    query_parameters = {"sort": (SORTS - {DEFAULT_SORT}).__contains__}

    def get_sort(self):
        sort = self.request.GET.get("sort")
        return sort if sort in SORTS else DEFAULT_SORT

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sort = self.get_sort()
        context.update(sort=sort, members_page=SimpleLazyObject(lambda: self.members_page(sort)))
        return context

    def members_page(self, sort):
        """Everything the page shows of the states. Lazy: the template keeps it as a cached
        fragment, and a fragment found in the cache needs no query at all."""
        states = list(MemberState.objects.published())
        if sort == "year":
            states.sort(
                key=lambda state: (state.year_joined, state.join_order or 999, name_key(state))
            )
        else:
            states.sort(key=name_key)
        members = [state for state in states if state.status_in_coalition == "member"]
        return {
            "world_map": world_map(states),
            "growth": membership_growth(states),
            "member_count": len(members),
            "regions": [
                (label, [state for state in members if state.region == value])
                for value, label in Region.choices
            ],
            "observers": [state for state in states if state.status_in_coalition == "observer"],
            "withdrawn": [state for state in states if state.status_in_coalition == "withdrawn"],
            "chairships": Chairship.objects.with_chairs().order_by("year"),
        }


class MemberDetailView(SectionMixin, DetailView):
    template_name = "coalition/member_detail.html"
    context_object_name = "state"

    def get_queryset(self):
        return MemberState.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The state with everything it is linked to, fetched only when the template renders
        # the page's body, which it keeps as a cached fragment.
        context["state_details"] = SimpleLazyObject(lambda: self.with_relations(self.object))
        return context

    @staticmethod
    def with_relations(state):
        prefetch_related_objects(
            [state],
            Prefetch("chairships", queryset=Chairship.objects.order_by("year")),
            Prefetch(
                "sub_entity_roles",
                queryset=SubEntityState.objects.filter(
                    sub_entity__in=SubEntity.objects.published()
                ).select_related("sub_entity"),
            ),
            Prefetch("partnerships", queryset=Partnership.objects.published()),
            Prefetch("led_documents", queryset=Document.objects.published()),
            Prefetch("hosted_conferences", queryset=Conference.objects.published()),
        )
        return state

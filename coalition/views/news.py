from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, ListView

from ..models import MemberState, NewsItem, SubEntity
from ..querystring import StrictPageMixin, is_page_number
from .base import SectionMixin


class NewsSection(SectionMixin):
    section_title = _("News")
    section_url_name = "coalition:news_list"


class NewsListView(NewsSection, StrictPageMixin, ListView):
    template_name = "coalition/news_list.html"
    context_object_name = "news_items"
    paginate_by = 10
    query_parameters = {"page": is_page_number}

    def get_queryset(self):
        return NewsItem.objects.published().latest_first()


class NewsDetailView(NewsSection, DetailView):
    template_name = "coalition/news_detail.html"
    context_object_name = "item"

    def get_queryset(self):
        return NewsItem.objects.published().prefetch_related(
            Prefetch("member_states", queryset=MemberState.objects.published()),
            Prefetch("sub_entities", queryset=SubEntity.objects.published()),
        )

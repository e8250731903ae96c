from django.views.generic import DetailView, ListView

from ..models import NewsItem
from ..querystring import StrictPageMixin, is_page_number
from .base import SectionMixin


class NewsSection(SectionMixin):
    section_key = "news"


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
        return NewsItem.objects.published().with_relations()

from django.views.generic import ListView

from ..models import NewsItem
from ..querystring import StrictPageMixin, is_later_page
from .base import ContentDetailView, SectionMixin


class NewsListView(SectionMixin, StrictPageMixin, ListView):
    template_name = "coalition/news_list.html"
    context_object_name = "news_items"
    paginate_by = 10
    query_parameters = {"page": is_later_page}

    def get_queryset(self):
        return NewsItem.objects.published().latest_first()


class NewsDetailView(ContentDetailView):
    template_name = "coalition/news_detail.html"
    context_object_name = "item"

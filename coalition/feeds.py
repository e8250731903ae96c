"""Atom feeds of the latest news and documents, one per language.

The feed's language is the active one (Django's default when `language` is not set).

Titles and summaries are shown in the feed's language, or in English where they are not
translated yet (modeltranslation's fallback). Links are absolute and keep the language prefix.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from .languages import shown_language
from .models import Document, NewsItem
from .rich_text import plain_text

FEED_LENGTH = 20


def start_of(day):
    """A date as the start of that day (the site's time zone): feeds need a time."""
    return datetime.datetime.combine(day, datetime.time.min)


class LanguageMarkedAtomFeed(Atom1Feed):
    """Atom whose entries say their language (xml:lang) where it is not the feed's: an
    entry not translated yet is in English."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language") and item["language"] != self.feed["language"]:
            attributes["xml:lang"] = item["language"]
        return attributes


class CoalitionFeed(Feed):
    feed_type = LanguageMarkedAtomFeed
    author_name = _("Freedom Online Coalition")
    list_url_name = None

    def link(self):
        return reverse(self.list_url_name)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return plain_text(item.summary)  # a document's summary is rich text

    def item_pubdate(self, item):
        return start_of(item.date)

    def item_updateddate(self, item):
        return item.updated_at

    def item_extra_kwargs(self, item):
        return {"language": shown_language(item, "title")}


class NewsFeed(CoalitionFeed):
    title = _("Freedom Online Coalition: news")
    subtitle = _("The latest news from the Freedom Online Coalition.")
    list_url_name = "coalition:news_list"

    def items(self):
        return NewsItem.objects.published().latest_first()[:FEED_LENGTH]


class DocumentFeed(CoalitionFeed):
    title = _("Freedom Online Coalition: documents")
    subtitle = _("Declarations, joint statements, reports and other documents of the coalition.")
    list_url_name = "coalition:document_list"

    def items(self):
        return Document.objects.published()[:FEED_LENGTH]

    def item_categories(self, item):
        return [item.get_kind_display()]

from pathlib import PurePath
from urllib.parse import urlencode

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.generic import ListView

from ..models import Document, DocumentKind
from ..querystring import StrictPageMixin, is_later_page, is_year, query_year
from .base import ContentDetailView, SectionMixin


class DocumentListView(SectionMixin, StrictPageMixin, ListView):
    """The library, filtered by ?kind= and ?year=; values that mean nothing are ignored."""

    template_name = "coalition/document_list.html"
    context_object_name = "documents"
    paginate_by = 20
    query_parameters = {
        "kind": DocumentKind.values.__contains__,
        "year": is_year,
        "page": is_later_page,
    }

    def get_filters(self):
        kind = self.request.GET.get("kind")
        return {
            "kind": kind if kind in DocumentKind.values else None,
            "year": query_year(self.request),
        }

    def get_queryset(self):
        filters = self.get_filters()
        documents = Document.objects.published()
        if filters["kind"]:
            documents = documents.filter(kind=filters["kind"])
        if filters["year"]:
            documents = documents.filter(date__year=filters["year"])
        return documents

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = self.get_filters()
        chosen = {name: value for name, value in filters.items() if value}
        context.update(
            filters=filters,
            query_prefix=f"{urlencode(chosen)}&" if chosen else "",
            kinds=DocumentKind.choices,
            years=[
                day.year for day in Document.objects.published().dates("date", "year", order="DESC")
            ],
        )
        return context


class DocumentDetailView(ContentDetailView):
    def get_download_url(self):
        """Where the file is downloaded from: the public download (a preview links its own)."""
        return reverse("coalition:document_download", args=[self.object.slug])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        file = self.object.file
        if file:
            context["download_url"] = self.get_download_url()
            context["file_format"] = file.name.rsplit(".", 1)[-1].upper()
            try:
                context["file_size"] = file.size
            except OSError:  # the file is missing from storage: show the link without a size
                context["file_size"] = None
        return context


def file_response(document):
    """The document's PDF as an attachment: never shown inline by the browser, never sniffed
    as another type. A document whose file is missing from storage is a 404."""
    try:
        file = document.file.open("rb")
    except OSError:
        raise Http404 from None
    response = FileResponse(
        file,
        as_attachment=True,
        filename=PurePath(document.file.name).name,
        content_type="application/pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def private_file_response(document):
    """A draft's PDF, for staff or a share link: as the public download, and never kept by
    a browser or a proxy."""
    response = file_response(document)
    add_never_cache_headers(response)
    response["Cache-Control"] = "private, no-store"
    return response


def document_download(request, slug):
    """A published document's file."""
    document = get_object_or_404(Document.objects.published().exclude(file=""), slug=slug)
    return file_response(document)

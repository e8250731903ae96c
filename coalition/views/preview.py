"""Drafts seen exactly as they will look: by staff, and by reviewers through expiring links.

A preview renders the item's own public view with the item as it is now, published or not,
under a banner that says so. Previews are never cached and never indexed. Share links are
stored (ShareLink): each works until it expires (PREVIEW_LINK_DAYS) or staff revoke it, and
then says so (410) instead of showing the item.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import render
from django.urls import resolve, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from .. import sections
from ..admin.signin import is_verified, second_factor_required
from ..models import Document, ShareLink
from ..staff_groups import may
from . import documents


def share_path(obj, creator=None):
    """The address of a new share link for `obj` (a stored ShareLink, which staff may
    revoke), in the active language."""
    now = timezone.now()
    link = ShareLink.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        creator=creator,
        created_at=now,
        expires_at=now + timedelta(days=settings.PREVIEW_LINK_DAYS),
    )
    return shared_path(link)


def shared_path(link):
    return reverse("coalition:shared_preview", kwargs={"token": link.token})


def render_preview(request, model_name, pk, *, shared, download_url=None):
    """The item's own public view, found from its address, showing the item as it is."""
    model = sections.content_model(model_name)
    obj = model and model.objects.filter(pk=pk).first()
    if obj is None:
        raise Http404
    match = resolve(obj.get_absolute_url())
    view_class = match.func.view_class

    class Preview(view_class):
        def get_object(self, queryset=None):
            return obj

        def get_download_url(self):
            """A document's file: a draft has no public download."""
            return download_url

        def get_context_data(self, **kwargs):
            context = super().get_context_data(**kwargs)
            context.update(preview=True, shared_preview=shared, public_url=obj.get_absolute_url())
            return context

    response = Preview.as_view(**match.func.view_initkwargs)(request, *match.args, **match.kwargs)
    response.render()
    add_never_cache_headers(response)
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def signed_in_as_staff(user):
    """Signed in to the admin: staff, with the second factor where one is required."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return not second_factor_required() or is_verified(user)


def staff_preview(request, model_name, pk):
    """For signed-in staff who may see the item in the admin.

    Anyone else gets a 404, as if the address did not exist: a redirect to the admin's
    sign-in page would tell them where the admin is (ADMIN_PATH), and staff reach
    previews from the admin, where they are signed in already.
    """
    model = sections.content_model(model_name)
    user = request.user
    if not signed_in_as_staff(user):
        raise Http404
    if model is None or not may(user, "view", model):
        raise Http404
    download_url = None
    if model is Document:
        download_url = reverse("admin:coalition_document_file", args=[pk])
    return render_preview(request, model_name, pk, shared=False, download_url=download_url)


class LinkGone(Exception):
    """A share link that was revoked or has expired."""


def read_share_token(token):
    """(model name, pk) of a share link that works.

    An unknown token is a 404, as if the address did not exist; a link that was revoked
    or has expired raises LinkGone, which the views answer with a page that says so (410).
    """
    link = ShareLink.objects.select_related("content_type").filter(token=token).first()
    if link is None or link.content_type.app_label != "coalition":
        raise Http404("This preview link is not valid.")
    if not link.works:
        raise LinkGone
    return link.content_type.model, link.object_id


def link_gone(request):
    response = render(request, "coalition/share_link_gone.html", status=410)
    add_never_cache_headers(response)
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


def shared_preview(request, token):
    """For a reviewer or translator without an account, until the link expires."""
    try:
        model_name, pk = read_share_token(token)
    except LinkGone:
        return link_gone(request)
    download_url = reverse("coalition:shared_download", kwargs={"token": token})
    return render_preview(request, model_name, pk, shared=True, download_url=download_url)


def shared_download(request, token):
    """The file of a document shared for review, for as long as its share link works.

    A document's text is mostly its PDF: a reviewer asked to read a draft must be able to
    open it. The address is the share link's own, with the same signed and expiring
    token, so it opens exactly what the preview shows, to whoever holds that link, and
    nothing more; it is never cached nor indexed.
    """
    try:
        model_name, pk = read_share_token(token)
    except LinkGone:
        return link_gone(request)
    if model_name != Document._meta.model_name:
        raise Http404
    document = Document.objects.filter(pk=pk).exclude(file="").first()
    if document is None:
        raise Http404
    response = documents.private_file_response(document)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response

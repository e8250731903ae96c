"""Drafts seen exactly as they will look: by staff, and by reviewers through expiring links.

A preview renders the item's own public view with the item as it is now, published or not,
under a banner that says so. Previews are never cached and never indexed.
"""

from django.apps import apps
from django.conf import settings
from django.core import signing
from django.http import Http404
from django.urls import resolve, reverse
from django.utils.cache import add_never_cache_headers

from .. import sections
from ..admin.signin import is_verified, second_factor_required
from ..models import Document
from . import documents

SHARE_SALT = "coalition.preview.share"


def previewable_model(model_name):
    """The model of a kind of content (coalition/sections.py) by its lower-case name."""
    for section in sections.SECTIONS:
        model = apps.get_model("coalition", section.model)
        if model._meta.model_name == model_name:
            return model
    return None


def share_path(obj):
    """The address of an expiring share link for `obj`, in the active language."""
    token = signing.dumps([obj._meta.model_name, obj.pk], salt=SHARE_SALT)
    return reverse("coalition:shared_preview", kwargs={"token": token})


def render_preview(request, model_name, pk, *, shared, download_url=None):
    """The item's own public view, found from its address, showing the item as it is."""
    model = previewable_model(model_name)
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
    model = previewable_model(model_name)
    user = request.user
    if not signed_in_as_staff(user):
        raise Http404
    if model is None or not user.has_perm(f"coalition.view_{model._meta.model_name}"):
        raise Http404
    download_url = None
    if model is Document:
        download_url = reverse("admin:coalition_document_file", args=[pk])
    return render_preview(request, model_name, pk, shared=False, download_url=download_url)


def read_share_token(token):
    """(model name, pk) of a share link that is genuine and has not expired; else a 404."""
    try:
        model_name, pk = signing.loads(
            token, salt=SHARE_SALT, max_age=settings.PREVIEW_LINK_DAYS * 24 * 60 * 60
        )
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise Http404("This preview link is not valid or has expired.") from error
    return model_name, pk


def shared_preview(request, token):
    """For a reviewer or translator without an account, until the link expires."""
    model_name, pk = read_share_token(token)
    download_url = reverse("coalition:shared_download", kwargs={"token": token})
    return render_preview(request, model_name, pk, shared=True, download_url=download_url)


def shared_download(request, token):
    """The file of a document shared for review, for as long as its share link works.

    A document's text is mostly its PDF: a reviewer asked to read a draft must be able to
    open it. The address is the share link's own, with the same signed and expiring
    token, so it opens exactly what the preview shows, to whoever holds that link, and
    nothing more; it is never cached nor indexed.
    """
    model_name, pk = read_share_token(token)
    if model_name != Document._meta.model_name:
        raise Http404
    document = Document.objects.filter(pk=pk).exclude(file="").first()
    if document is None:
        raise Http404
    response = documents.private_file_response(document)
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response

"""Review of changes to published items, and share links of previews.

- ReviewMixin (a base of PublishableAdmin): an editor without the right to publish sends
  a change to a published item for review (with PUBLISHED_CHANGES_NEED_REVIEW, must),
  instead of saving it; the item's page lists its share links, to copy or revoke.
- review_view: a publisher compares, approves or sends back a change (coalition/review.py).
The home page, where reviewers find changes, is dashboard.py.
"""

from functools import partial

import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .. import mail, review, sections
from ..models import PendingChange, ReviewState, ShareLink, Status
from ..staff_groups import may
from . import translating


def admin_url(site, model, name, *args):
    opts = model._meta
    return reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_{name}", args=args)


def review_url(site, change_id):
    """The review page of a change (review_view)."""
    return reverse(f"{site.name}:review_change", args=[change_id])


def absolute_review_url(request, site, change):
    """The review page's full address, for an e-mail."""
    return request.build_absolute_uri(review_url(site, change.pk))


class ReviewMixin:
    """Send for review instead of saving; share links. For PublishableAdmin."""

    def review_applies(self, request, obj):
        """The editor may change this published item (beyond its translations) but not
        publish it."""
        return (
            obj is not None
            and obj.pk is not None
            and obj.status == Status.PUBLISHED
            and not self.has_publish_permission(request)
            and self.has_change_permission(request, obj)
            # Translators change translations only, as before (TranslationOnlyMixin).
            and not self.translation_only(request)
        )

    def has_delete_permission(self, request, obj=None):
        """Deleting a published item takes it off the site: where changes need review, not
        for an editor (from its page or from a list alike)."""
        if obj is not None and review.review_required() and self.review_applies(request, obj):
            return False
        return super().has_delete_permission(request, obj)

    def sending_for_review(self, request):
        return getattr(request, "_sending_for_review", False)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        request._sending_for_review = False
        reverting = getattr(request, "_reverting", False)  # set by EditConflictMixin
        if object_id and request.method == "POST" and not reverting:
            saved = self.get_object(request, unquote(object_id))  # None if no such item
            request._sending_for_review = self.review_applies(request, saved) and (
                review.review_required() or "_send_for_review" in request.POST
            )
        return super().changeform_view(request, object_id, form_url, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Restoring an earlier version of a published item is publishing: where changes
        need review, an editor cannot do it."""
        obj = self.get_object(request, unquote(object_id))
        if review.review_required() and self.review_applies(request, obj):
            self.message_user(
                request,
                _(
                    "Restoring an earlier version of a published item needs the right to "
                    "publish it."
                ),
                messages.ERROR,
            )
            return HttpResponseRedirect(admin_url(self.admin_site, self.model, "history", obj.pk))
        return super().revision_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        if not self.sending_for_review(request):
            return super().save_model(request, obj, form, change)
        reviewer_id = request.POST.get("review_reviewer", "")
        reviewer = (
            review.publishers(self.model).filter(pk=reviewer_id).first()
            if reviewer_id.isdigit()
            else None
        )
        request._review_to = (reviewer, request.POST.get("review_note", "").strip()[:2000])
        return None

    def save_related(self, request, form, formsets, change):
        if not self.sending_for_review(request):
            return super().save_related(request, form, formsets, change)
        # Nothing is saved: the item's fields and its edited rows are kept for review.
        reviewer, note = request._review_to
        decisions = translating.decision_changes(
            form.instance, translating.posted_decisions(request), formsets
        )
        earlier = self.returned_change(request, form.instance)  # waiting or sent back
        if earlier is not None:
            decisions = translating.merged_decisions(earlier.translation_decisions, decisions)
        pending = review.send(
            form.instance, form, request.user, reviewer, note, formsets, decisions
        )
        request._pending_change = pending
        request._decisions_saved = pending is None and bool(decisions)
        if pending is None:
            # Only marks changed: they change no published text, so they need no review.
            translating.save_decisions(form.instance, decisions)
        else:
            transaction.on_commit(partial(notify_reviewers, request, self.admin_site, pending))
        return None

    def construct_change_message(self, request, form, formsets, add=False):
        if self.sending_for_review(request):
            return []
        return super().construct_change_message(request, form, formsets, add)

    def log_change(self, request, obj, message):
        if not self.sending_for_review(request):
            return super().log_change(request, obj, message)
        return None

    def response_change(self, request, obj):
        if not self.sending_for_review(request):
            return super().response_change(request, obj)
        if request._decisions_saved:
            self.message_user(
                request,
                _(
                    "Your translation marks were saved. Nothing else was changed, so nothing "
                    "was sent for review."
                ),
                messages.SUCCESS,
            )
        elif request._pending_change is None:
            self.message_user(
                request, _("Nothing was changed, so nothing was sent for review."), messages.INFO
            )
        else:
            self.message_user(
                request,
                _(
                    "Your change was sent for review. The published version stays on the "
                    "site until a publisher approves it."
                ),
                messages.SUCCESS,
            )
        return HttpResponseRedirect(admin_url(self.admin_site, self.model, "change", obj.pk))

    def returned_change(self, request, obj):
        """The editor's own change to start again from: the one named by ?from_review= (sent
        back), else the one still waiting, so that sending again, which replaces it, keeps
        what it held."""
        if obj is None:
            return None
        own = PendingChange.objects.for_object(obj).filter(author=request.user)
        change_id = request.GET.get("from_review", "")
        if change_id.isdigit():
            return own.filter(pk=change_id).exclude(state=ReviewState.APPROVED).first()
        return own.pending().first()

    def change_to_refill(self, request, obj):
        """The change whose values fill the form shown (not a form posted back, whose
        values are what the editor typed)."""
        if request.method != "GET" or obj is None:
            return None
        if not hasattr(request, "_change_to_refill"):
            request._change_to_refill = self.returned_change(request, obj)
        return request._change_to_refill

    def get_formsets_with_inlines(self, request, obj=None):
        returned = self.change_to_refill(request, obj)
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            yield (review.refilled_formset(formset, returned.rows) if returned else formset), inline

    def get_form(self, request, obj=None, **kwargs):
        # The class is made for this request (modelform_factory), so its methods are wrapped
        # in place: a subclass would build its fields again, losing what the other mixins
        # set on them (the English beside each translation, read-only columns).
        form = super().get_form(request, obj, **kwargs)
        form.clean = self.refusing_new_files_for_review(request, form.clean)
        returned = self.change_to_refill(request, obj)
        if returned:
            values = {
                name: value for name, value in returned.proposed.items() if name in form.base_fields
            }
            form_init = form.__init__

            def __init__(self, *args, **kwargs):
                form_init(self, *args, **kwargs)
                self.initial.update(values)

            form.__init__ = __init__
        return form

    def refusing_new_files_for_review(self, request, form_clean):
        """A new file or photo cannot wait for review (the item is not saved, so the file
        would not be either): the form says so, and keeps everything else typed."""
        sending = self.sending_for_review

        def clean(self):
            data = form_clean(self)
            if sending(request):
                for name in self.changed_data:
                    # A file removed ("Clear") can wait: nothing is stored for it.
                    if isinstance(self.cleaned_data.get(name), UploadedFile):
                        self.add_error(
                            name,
                            _(
                                "A new file cannot be sent for review: ask a publisher to "
                                "upload it, and send your other changes without it."
                            ),
                        )
            return data

        return clean

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and obj.pk is not None:
            context.update(self.review_context(request, obj))
            context.update(self.share_context(request, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def review_context(self, request, obj):
        context = {
            "pending_changes": [
                (change, review_url(self.admin_site, change.pk))
                for change in PendingChange.objects.for_object(obj)
                .pending()
                .select_related("author", "reviewer")
            ],
            # The note on what the form holds: not on a form posted back, which holds what
            # was typed.
            "returned_change": self.change_to_refill(request, obj),
        }
        if self.review_applies(request, obj):
            required = review.review_required()
            context["review"] = {
                "required": required,
                "publishers": review.publishers(self.model),
                # What was typed, shown again when the form comes back with an error.
                "reviewer": request.POST.get("review_reviewer", ""),
                "note": request.POST.get("review_note", ""),
            }
            if required:
                context.update(
                    show_save=False,
                    show_save_and_continue=False,
                    show_save_and_add_another=False,
                    show_save_as_new=False,
                )
        return context

    # Share links --------------------------------------------------------------------------

    def shareable(self):
        return sections.content_model(self.opts.model_name) is not None

    def share_context(self, request, obj):
        if not self.shareable():
            return {}
        from ..views.preview import shared_path

        links = ShareLink.objects.for_object(obj).working().select_related("creator")
        return {
            "share_links": [
                (
                    link,
                    request.build_absolute_uri(shared_path(link)),
                    admin_url(self.admin_site, self.model, "share_revoke", obj.pk, link.pk),
                )
                for link in links
            ],
            "share_create_url": admin_url(self.admin_site, self.model, "share", obj.pk),
            "may_share": self.has_change_permission(request, obj),
        }

    def get_urls(self):
        opts = self.opts
        name = f"{opts.app_label}_{opts.model_name}"
        return [
            path(
                "<path:object_id>/share/",
                self.admin_site.admin_view(self.share_view),
                name=f"{name}_share",
            ),
            path(
                "<path:object_id>/share/<int:link_id>/revoke/",
                self.admin_site.admin_view(self.share_revoke_view),
                name=f"{name}_share_revoke",
            ),
            *super().get_urls(),
        ]

    def shared_object(self, request, object_id):
        if request.method != "POST":
            return None
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.shareable():
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def share_view(self, request, object_id):
        from ..views.preview import share_path

        obj = self.shared_object(request, object_id)
        if obj is None:
            return HttpResponseNotAllowed(["POST"])
        share_path(obj, creator=request.user)
        days = settings.PREVIEW_LINK_DAYS
        self.message_user(
            request,
            ngettext(
                "A share link was made: copy it below. It works for %(days)d day, "
                "unless you revoke it.",
                "A share link was made: copy it below. It works for %(days)d days, "
                "unless you revoke it.",
                days,
            )
            % {"days": days},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(
            admin_url(self.admin_site, self.model, "change", obj.pk) + "#share-links"
        )

    def share_revoke_view(self, request, object_id, link_id):
        obj = self.shared_object(request, object_id)
        if obj is None:
            return HttpResponseNotAllowed(["POST"])
        link = get_object_or_404(ShareLink.objects.for_object(obj), pk=link_id)
        if link.revoked_at is None:
            link.revoked_at = timezone.now()
            link.save(update_fields=["revoked_at"])
        self.message_user(
            request,
            _("The share link was revoked: whoever has it now sees that it no longer works."),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(
            admin_url(self.admin_site, self.model, "change", obj.pk) + "#share-links"
        )


# The list of changes ----------------------------------------------------------------------


def kinds_user_may(user, action):
    """The content types of this app whose items `user` may `action`."""
    return [
        content_type
        for content_type in ContentType.objects.filter(app_label="coalition")
        if content_type.model_class() is not None and may(user, action, content_type.model_class())
    ]


class WaitingForMeFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [("me", _("Waiting for my review"))]

    def queryset(self, request, queryset):
        if self.value() != "me":
            return queryset
        return queryset.waiting_for(request.user, kinds_user_may(request.user, "publish"))


class KindFilter(admin.SimpleListFilter):
    """The kinds of content that changes were sent for, in staff's words."""

    title = _("kind")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        kinds = ContentType.objects.filter(
            pk__in=model_admin.get_queryset(request).values("content_type")
        )
        return sorted(
            (
                (kind.model, kind.model_class()._meta.verbose_name_plural.capitalize())
                for kind in kinds
                if kind.model_class() is not None
            ),
            key=lambda choice: str(choice[1]),
        )

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(content_type__model=self.value())
        return queryset


class PendingChangeAdmin(admin.ModelAdmin):
    """Every change sent for review, as a list beside the home page's: staff see the changes
    to the kinds of content they may view, and their own; a row opens the review page
    (review_view), where changes are decided. Nobody adds, edits or deletes one here."""

    list_display = ["item", "kind", "author", "asked_of", "state", "sent_at", "decided_at"]
    list_display_links = None
    list_filter = [WaitingForMeFilter, "state", KindFilter, "sent_at"]
    list_select_related = ["content_type", "author", "reviewer"]
    search_fields = ["object_repr", "note", "comment"]

    def get_queryset(self, request):
        visible = kinds_user_may(request.user, "view")
        return (
            super()
            .get_queryset(request)
            .filter(Q(author=request.user) | Q(content_type__in=visible))
        )

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.has_module_perms("coalition")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """A change is read and decided on its review page."""
        if not str(object_id).isdigit():
            raise Http404
        return HttpResponseRedirect(review_url(self.admin_site, object_id))

    @admin.display(description=_("item"), ordering="object_repr")
    def item(self, change):
        return format_html(
            '<a href="{}">{}</a>', review_url(self.admin_site, change.pk), change.object_repr
        )

    @admin.display(description=_("kind"), ordering="content_type")
    def kind(self, change):
        model = change.model
        return model._meta.verbose_name if model is not None else change.content_type.model

    @admin.display(description=_("asked of"), ordering="reviewer")
    def asked_of(self, change):
        return change.reviewer or _("any publisher")


# Mail ------------------------------------------------------------------------------------


def mail_configured():
    """The site e-mails staff where it is set up to e-mail the secretariat (CONTACT_EMAIL)."""
    return bool(settings.CONTACT_EMAIL)


def notify_reviewers(request, site, change):
    """Tell whoever is asked to review that a change waits, if the site sends mail."""
    if not mail_configured():
        return
    reviewers = [change.reviewer] if change.reviewer else review.publishers(change.model)
    recipients = sorted({user.email for user in reviewers if user.email})
    if not recipients:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("A change to “%(item)s” waits for your review") % {
            "item": change.object_repr
        }
        body = render_to_string(
            "coalition/email/review_request.txt",
            {"change": change, "review_url": absolute_review_url(request, site, change)},
        )
    mail.send_soon(
        EmailMessage(subject, body, to=recipients),
        f"the review request for change {change.pk}",
    )


def notify_author(request, site, change):
    """Tell the editor what became of their change, if the site sends mail."""
    if not mail_configured() or change.author is None or not change.author.email:
        return
    with translation.override(settings.LANGUAGE_CODE):
        if change.state == ReviewState.APPROVED:
            subject = gettext("Your change to “%(item)s” was approved and published")
        else:
            subject = gettext("Your change to “%(item)s” was sent back")
        body = render_to_string(
            "coalition/email/review_decision.txt",
            {"change": change, "review_url": absolute_review_url(request, site, change)},
        )
    mail.send_soon(
        EmailMessage(subject % {"item": change.object_repr}, body, to=[change.author.email]),
        f"the decision on change {change.pk}",
    )


# The review page -------------------------------------------------------------------------


def record_approval(request, change, obj):
    """Apply the change and its translation marks, in the item's history under the editor's
    and the publisher's names."""
    author = change.author.get_username() if change.author else gettext("a former colleague")
    with translation.override(settings.LANGUAGE_CODE):
        comment = gettext("Change sent by %(author)s, approved by %(reviewer)s.") % {
            "author": author,
            "reviewer": request.user.get_username(),
        }
    with transaction.atomic(), reversion.create_revision():
        review.apply(change, obj)
        not_confirmed = translating.save_decisions(obj, change.translation_decisions)
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=[obj],
            action_flag=CHANGE,
            change_message=comment,
            single_object=True,
        )
        reversion.set_user(request.user)
        reversion.set_comment(comment)
        change.decide(ReviewState.APPROVED, request.user)
    if not_confirmed:
        messages.warning(
            request,
            _(
                "Some “still right” marks were not applied, because the English changed since "
                "the editor saw it: those translations are listed as to be checked."
            ),
        )


def decided(request, site, change, message):
    """After a decision: the editor is told (once it is saved), and the reviewer goes home."""
    transaction.on_commit(partial(notify_author, request, site, change))
    messages.success(request, message % {"item": change.object_repr})
    return HttpResponseRedirect(reverse(f"{site.name}:index"))


def review_view(request, pk, site):
    change = get_object_or_404(
        PendingChange.objects.select_related("content_type", "author", "reviewer", "decided_by"),
        pk=pk,
    )
    model = change.model
    if model is None or model not in site._registry:
        raise Http404
    obj = change.get_object()
    user = request.user
    may_decide = (
        obj is not None and change.state == ReviewState.PENDING and review.may_review(user, change)
    )
    if not (may_decide or change.author_id == user.pk or may(user, "view", model)):
        raise PermissionDenied
    rows = review.comparison(change, obj) if obj is not None else []
    row_changes = review.row_comparison(change, obj) if obj is not None else []
    conflicts = [row for row in (*rows, *row_changes) if row.conflict]
    error = None
    if request.method == "POST" and not may_decide:
        if obj is None or not review.may_review(user, change):
            raise PermissionDenied
        # Decided by a colleague, or replaced by its editor, since the page was opened.
        error = _("This change was decided or replaced since you opened it: nothing was done.")
    elif request.method == "POST":
        action = request.POST.get("action")
        if action == "approve":
            if conflicts and not request.POST.get("confirm_conflicts"):
                error = _(
                    "The published item has changed since this change was sent: compare the "
                    "fields marked below, then tick the box to apply the proposed values anyway."
                )
            else:
                try:
                    record_approval(request, change, obj)
                except ValidationError as invalid:
                    error = _("This change can no longer be applied: %(reasons)s") % {
                        "reasons": " ".join(invalid.messages)
                    }
                else:
                    return decided(
                        request,
                        site,
                        change,
                        _("The change to “%(item)s” is approved and published."),
                    )
        elif action == "return":
            comment = request.POST.get("comment", "").strip()
            if not comment:
                error = _("Say what should change, so that the editor knows what to do.")
            else:
                change.decide(ReviewState.RETURNED, user, comment)
                return decided(
                    request,
                    site,
                    change,
                    _("The change to “%(item)s” was sent back to its editor."),
                )
        else:
            error = _("Choose whether to approve the change or to send it back.")
    context = {
        **site.each_context(request),
        "title": _("Review a change to “%(item)s”") % {"item": change.object_repr},
        "opts": model._meta,
        "change": change,
        "object": obj,
        "rows": rows,
        "row_changes": row_changes,
        "conflicts": conflicts,
        "translation_decisions": (
            translating.described_decisions(obj, change.translation_decisions)
            if obj is not None
            else []
        ),
        "may_decide": may_decide,
        "error": error,
        "comment": request.POST.get("comment", ""),
        "object_url": obj is not None and admin_url(site, model, "change", obj.pk),
        "continue_url": (
            obj is not None
            and change.author_id == user.pk
            and change.state != ReviewState.APPROVED
            and admin_url(site, model, "change", obj.pk) + f"?from_review={change.pk}"
        ),
    }
    return TemplateResponse(
        request, "admin/coalition/review.html", context, status=400 if error else 200
    )


def urls(site):
    return [
        path(
            "review/<int:pk>/",
            site.admin_view(review_view),
            {"site": site},
            name="review_change",
        ),
    ]

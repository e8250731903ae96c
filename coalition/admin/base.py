"""What every content admin shares: a tab per language, translators' limits, history,
and the publish permission."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import models as db_models
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import get_language_info, gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.manager import get_translatable_fields_for_model
from modeltranslation.utils import build_localized_fieldname, get_translation_fields
from reversion.admin import VersionAdmin
from reversion.models import Version

from .. import models, review
from ..recovery import lost_links, revert_item_only
from ..staff_groups import may
from . import translating
from .conflicts import EditConflictMixin
from .review import ReviewMixin

# Staff whose right to change a model comes only from this group may edit its translations
# only (TranslationOnlyMixin).
TRANSLATOR_GROUP = "Translator"
# The languages translators write; English (the default) is the source they translate from.
TRANSLATED_LANGUAGES = [
    code
    for code in settings.MODELTRANSLATION_LANGUAGES
    if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE
]


def translated_search(*fields):
    """Search every language's column of each translated field."""
    return [column for field in fields for column in get_translation_fields(field)]


def blank_as_none(value):
    """An empty translation is empty, whether stored as NULL or as ""."""
    return None if value == "" else value


class LanguageFieldsMixin:
    """Each language's input says its language, so Arabic is typed right to left."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        language = getattr(db_field, "language", None)  # set on modeltranslation's columns
        if field is not None and language:
            field.widget.attrs.update(
                lang=language, dir=(get_language_info(language)["bidi"] and "rtl") or "ltr"
            )
        return field


def beyond_translation(request):
    """The "app.codename" permissions the user holds other than through the Translator group."""
    if not hasattr(request, "_perms_beyond_translation"):
        user = request.user
        others = Group.objects.filter(user=user).exclude(name=TRANSLATOR_GROUP)
        request._perms_beyond_translation = {
            f"{app_label}.{codename}"
            for app_label, codename in Permission.objects.filter(
                Q(user=user) | Q(group__in=others)
            ).values_list("content_type__app_label", "codename")
        }
    return request._perms_beyond_translation


class TranslationOnlyMixin:
    """One who may change this model only as a translator edits its translations only: the
    French, Spanish and Arabic columns of its translated fields.

    Everything else is read-only for them, the English text too: it is the source every
    translation is made from, and what visitors see where a translation is missing.
    Adding and deleting need permissions that the Translator group does not have.
    """

    def translation_only(self, request):
        change = f"{self.opts.app_label}.{get_permission_codename('change', self.opts)}"
        return not request.user.is_superuser and change not in beyond_translation(request)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if self.translation_only(request):
            # modeltranslation reads a translated field's own name ("title") as all of its
            # columns: it is left out, and each column is decided on its own.
            originals = get_translatable_fields_for_model(self.model) or []
            translations = {
                build_localized_fieldname(original, language)
                for original in originals
                for language in TRANSLATED_LANGUAGES
            }
            fields += [
                field.name
                for field in (*self.opts.concrete_fields, *self.opts.many_to_many)
                if field.editable
                and not field.primary_key
                and field.name not in {*originals, *translations}
            ]
        return list(dict.fromkeys(fields))

    def get_prepopulated_fields(self, request, obj=None):
        return (
            {} if self.translation_only(request) else super().get_prepopulated_fields(request, obj)
        )


class TranslationStateMixin:
    """Where each translation stands, on every content admin (coalition/admin/translating.py):
    the list filters "Missing in …" and "English changed since translated (…)", and, on the
    change form, the English source beside each translation's input with its state and the
    "no translation needed" and "still right" boxes."""

    def get_list_filter(self, request):
        return [
            *super().get_list_filter(request),
            translating.MissingTranslationFilter,
            translating.OutdatedTranslationFilter,
        ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None:
            translating.show_sources(form.base_fields, obj)
        return form

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change:
            posted = translating.posted_decisions(request)
            translating.save_decisions(
                form.instance, translating.decision_changes(form.instance, posted)
            )


class TranslationStateInlineMixin:
    """The English source beside each translation of the rows edited inline (a page's
    sections); their boxes are saved with the item (TranslationStateMixin)."""

    def get_formset(self, request, obj=None, **kwargs):
        return translating.with_sources(super().get_formset(request, obj, **kwargs))


def name_row_fields(form, index):
    """A table row's inputs have no <label> of their own (a changelist's editable columns, a
    tabular inline): each is named by its column and its row."""
    if form.instance is not None and form.instance.pk is not None:
        row = str(form.instance)
    elif index is None:
        row = gettext("new row")
    else:
        row = gettext("row %(number)s") % {"number": index + 1}
    for name, field in form.fields.items():
        label = field.label or (gettext("Delete") if name == "DELETE" else name)
        field.widget.attrs.setdefault(
            "aria-label", gettext("%(field)s: %(row)s") % {"field": label, "row": row}
        )


class NamedRowsFormSet(forms.BaseModelFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        name_row_fields(form, index)


class NamedRowsInlineFormSet(forms.BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        name_row_fields(form, index)


class LanguageTabsMixin:
    """modeltranslation's language tabs (jQuery UI, whose tabs nest links in focusable list
    items) give way to our own: static/admin/js/language_tabs.js, the WAI-ARIA tabs pattern;
    their style is in static/admin/css/coalition.css, on every admin page."""

    class Media:
        # Found before modeltranslation's Media by the admins below (MediaDefiningClass).
        pass

    @property
    def media(self):
        media = super().media

        # modeltranslation's files (its tabs, and the jQuery UI they need).
        def kept(path):
            return "modeltranslation/" not in str(path) and "jquery-ui" not in str(path)

        return forms.Media(
            js=[*filter(kept, media._js), "admin/js/language_tabs.js"],
            css={medium: list(filter(kept, paths)) for medium, paths in media._css.items()},
        )


class TranslatedAdmin(
    EditConflictMixin,
    LanguageTabsMixin,
    TranslationStateMixin,
    LanguageFieldsMixin,
    TranslationOnlyMixin,
    VersionAdmin,
    TabbedTranslationAdmin,
):
    """Tabs per language (modeltranslation) and a history to revert or recover (reversion)."""

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # A browser does not keep a chosen file when the form comes back with an error.
        context["files_not_kept"] = bool(request.FILES and context.get("errors"))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_changelist_formset(self, request, **kwargs):
        return super().get_changelist_formset(request, formset=NamedRowsFormSet, **kwargs)

    def get_inline_instances(self, request, obj=None):
        """Tabular inlines' rows name their inputs (name_row_fields)."""
        inlines = super().get_inline_instances(request, obj)
        for inline in inlines:
            if (
                isinstance(inline, admin.TabularInline)
                and inline.formset is forms.BaseInlineFormSet
            ):
                inline.formset = NamedRowsInlineFormSet
        return inlines

    # The delete pages say which other items lose their link to what is deleted, and that
    # recovering it brings the links back (coalition/recovery.py).
    delete_confirmation_template = "admin/coalition/delete_confirmation.html"
    delete_selected_confirmation_template = "admin/coalition/delete_selected_confirmation.html"
    actions = ["delete_selected"]

    def delete_view(self, request, object_id, extra_context=None):
        response = super().delete_view(request, object_id, extra_context)
        context = getattr(response, "context_data", None)
        if context is not None and context.get("object") is not None:
            context["lost_links"] = lost_links([context["object"]])
        return response

    @admin.action(description=django_delete_selected.short_description, permissions=["delete"])
    def delete_selected(self, request, queryset):
        """Django's own action, whose confirmation page also lists the lost links."""
        response = django_delete_selected(self, request, queryset)
        context = getattr(response, "context_data", None)
        if context is not None:
            context["lost_links"] = lost_links(queryset)
        return response

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if self.translation_only(request):
            changelist.list_editable = ()  # e.g. pages' order: not a translation
        return changelist

    object_history_template = "admin/coalition/object_history.html"

    def get_urls(self):
        opts = self.opts
        changes = path(
            "<path:object_id>/history/<int:version_id>/changes/",
            self.admin_site.admin_view(self.changes_view),
            name=f"{opts.app_label}_{opts.model_name}_changes",
        )
        return [changes, *super().get_urls()]

    def history_view(self, request, object_id, extra_context=None):
        """The history, with a link to what each version changed."""
        response = super().history_view(request, object_id, extra_context)
        context = getattr(response, "context_data", None)
        if context is None:  # no such item: Django's redirect to the home page, saying so
            return response
        opts = self.opts
        for action in context["action_list"]:
            version_id = int(action["url"].rstrip("/").rsplit("/", 1)[-1])
            action["changes_url"] = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_changes",
                args=(object_id, version_id),
            )
        return response

    def changes_view(self, request, object_id, version_id):
        """Field by field, in every language: what a version changed from the one before."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        versions = list(
            Version.objects.get_for_object_reference(self.model, unquote(object_id)).order_by("-pk")
        )
        index = next((i for i, v in enumerate(versions) if v.pk == version_id), None)
        if index is None:
            raise Http404
        version = versions[index]
        before = versions[index + 1].field_dict if index + 1 < len(versions) else {}
        after = version.field_dict
        rows = [
            (field.verbose_name, before.get(field.attname), after.get(field.attname))
            for field in (*self.opts.concrete_fields, *self.opts.many_to_many)
            if field.editable
            and field.attname in after
            and blank_as_none(before.get(field.attname)) != blank_as_none(after.get(field.attname))
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("What changed"),
            "object_id": object_id,
            "version": version,
            "is_first": index + 1 == len(versions),
            "rows": rows,
        }
        return TemplateResponse(request, "admin/coalition/version_changes.html", context)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        """Reverting and recovering: only the item itself goes back (coalition/recovery.py)."""
        revert_item_only(version)
        return super()._reversion_revisionform_view(request, version, template_name, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # Reverting may add and delete rows (those edited inline): it needs every right.
        if not (self.has_add_permission(request) and self.has_delete_permission(request)):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)


class PublishableAdmin(ReviewMixin, TranslatedAdmin):
    """Shared by every content model that staff publish or unpublish.

    Only holders of the model's "publish" permission (the Publisher and Secretariat groups)
    may change its status, or the publication time of a published item; others' new items
    are drafts. The fields are read-only for them, so the form ignores what they send.
    Their changes to a published item go for review (ReviewMixin, coalition/admin/review.py).
    """

    actions = ["delete_selected", "publish", "unpublish"]
    readonly_fields = ["created_at", "updated_at"]
    # Staff often paste "www.example.org": read it as https, as Django 6 will.
    formfield_overrides = {db_models.URLField: {"assume_scheme": "https"}}

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        if review.review_required() and not self.has_publish_permission(request):
            # A list saves rows directly: where changes to published items need review, an
            # editor changes them on their own pages, which send them for review.
            changelist.list_editable = ()
        return changelist

    def has_publish_permission(self, request, obj=None):
        return may(request.user, "publish", self.model)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not self.has_publish_permission(request):
            fields.append("status")
            if obj is not None and obj.status == models.Status.PUBLISHED:
                fields.append("published_at")
        return list(dict.fromkeys(fields))

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # A revert restores every column: without the right to publish, the item stays as
        # published or unpublished as it is now.
        if not self.has_publish_permission(request):
            request._keep_publication = (
                self.model.objects.filter(pk=unquote(object_id))
                .values("status", "published_at")
                .first()
            )
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_publish_permission(request):
            request._keep_publication = {"status": models.Status.DRAFT}
        return super().recover_view(request, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        for name, value in (getattr(request, "_keep_publication", None) or {}).items():
            setattr(obj, name, value)
        super().save_model(request, obj, form, change)

    def set_status(self, request, queryset, status):
        """Save each item, so that the change is in its history with who made it."""
        count = 0
        for obj in queryset:
            obj.status = status
            obj.save(update_fields=["status", "updated_at"])
            self.log_change(request, obj, [{"changed": {"fields": ["Status"]}}])
            count += 1
        return count

    @admin.action(description=_("Publish the selected items"), permissions=["publish"])
    def publish(self, request, queryset):
        count = self.set_status(request, queryset, models.Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected items"), permissions=["publish"])
    def unpublish(self, request, queryset):
        count = self.set_status(request, queryset, models.Status.DRAFT)
        self.message_user(
            request,
            ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.display(description=_("on the site"), boolean=True)
    def is_public(self, obj):
        return obj.status == models.Status.PUBLISHED and obj.published_at <= timezone.now()


PUBLICATION_FIELDSET = (
    _("Publication"),
    {"fields": ["status", "published_at", "created_at", "updated_at"]},
)


# Member states and chairships ------------------------------------------------------------

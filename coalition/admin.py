"""The secretariat's admin: every content model, with a tab per language and a history."""

import logging

import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminFileWidget
from django.contrib.auth import get_permission_codename, get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import models as db_models
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.translation import get_language_info, ngettext, pgettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_countries import countries
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from modeltranslation.manager import get_translatable_fields_for_model
from modeltranslation.utils import build_localized_fieldname, get_translation_fields
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import models
from .enrolment import link_expiry, make_enrolment_link, reset_second_factor
from .models.common import current_year
from .querystring import query_year
from .recovery import lost_links, revert_item_only
from .views.documents import private_file_response

log = logging.getLogger(__name__)

# History (django-reversion): every save in the admin stores a version of the object, with
# the rows edited inline on its page, so that reverting or recovering brings those back
# too. Translations are columns of the same row and come along; so do many-to-many links
# (e.g. a document's lead states). A conference does not follow its outcome documents:
# each document has its own history, and reverting a conference must not delete them.
# Contact messages have no history: staff never edit them (they only mark them handled),
# and they are deleted after a year, as the privacy notice promises; a stored version
# would keep the personal data.
for model in (
    models.MemberState,
    models.Chairship,
    models.Cohort,
    models.CoChairTerm,
    models.SubEntityState,
    models.SubEntityNetworkMember,
    models.Conference,
    models.RegionalConsultation,
    models.Partnership,
    models.Document,
    models.NewsItem,
    models.PageSection,
):
    reversion.register(model)
reversion.register(models.AdvisoryMember, follow=["co_chair_terms"])
reversion.register(models.SubEntity, follow=["state_roles", "network_roles"])
reversion.register(models.Page, follow=["sections"])

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


class TranslatedAdmin(
    LanguageFieldsMixin, TranslationOnlyMixin, VersionAdmin, TabbedTranslationAdmin
):
    """Tabs per language (modeltranslation) and a history to revert or recover (reversion)."""

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
        opts = self.opts
        for action in response.context_data["action_list"]:
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


class PublishableAdmin(TranslatedAdmin):
    """Shared by every content model that staff publish or unpublish.

    Only holders of the model's "publish" permission (the Publisher and Secretariat groups)
    may change its status, or the publication time of a published item; others' new items
    are drafts. The fields are read-only for them, so the form ignores what they send.
    """

    actions = ["delete_selected", "publish", "unpublish"]
    readonly_fields = ["created_at", "updated_at"]
    # Staff often paste "www.example.org": read it as https, as Django 6 will.
    formfield_overrides = {db_models.URLField: {"assume_scheme": "https"}}

    def has_publish_permission(self, request, obj=None):
        codename = get_permission_codename("publish", self.opts)
        return request.user.has_perm(f"{self.opts.app_label}.{codename}")

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


@admin.register(models.MemberState)
class MemberStateAdmin(PublishableAdmin):
    list_display = [
        "country_name",
        "status_in_coalition",
        "year_joined",
        "join_order",
        "year_left",
        "region",
        "is_public",
    ]
    list_filter = ["status_in_coalition", "region", "year_joined", "status"]
    search_fields = ["country", "slug", *translated_search("profile")]
    prepopulated_fields = {"slug": ["country"]}
    ordering = ["year_joined", "join_order", "slug"]
    fieldsets = [
        (None, {"fields": ["country", "slug", "region", "website", "profile"]}),
        (
            _("Membership"),
            {
                "fields": [
                    "status_in_coalition",
                    "year_joined",
                    "joined_on",
                    "join_order",
                    "year_left",
                ]
            },
        ),
        PUBLICATION_FIELDSET,
    ]

    @admin.display(description=_("country"), ordering="slug")
    def country_name(self, obj):
        return obj.country.name

    def get_search_results(self, request, queryset, search_term):
        """Country names live in django-countries, not the database: match them too."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = search_term.strip().lower()
        if term:
            codes = [code for code, name in countries if term in str(name).lower()]
            results |= queryset.filter(country__in=codes)
        return results, may_have_duplicates


@admin.register(models.Chairship)
class ChairshipAdmin(TranslatedAdmin):
    list_display = ["year", "chair_names", "group_name"]
    list_filter = ["year"]
    search_fields = ["year", *translated_search("group_name", "note")]
    autocomplete_fields = ["chairs"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("chairs")

    @admin.display(description=_("chair"))
    def chair_names(self, obj):
        return ", ".join(str(state) for state in obj.chairs.all())


# Advisory Network ------------------------------------------------------------------------


@admin.register(models.Cohort)
class CohortAdmin(TranslatedAdmin):
    list_display = ["__str__", "start_year", "end_year", "member_count"]
    search_fields = ["start_year", "end_year"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(number_of_members=Count("members"))

    @admin.display(description=_("members"), ordering="number_of_members")
    def member_count(self, obj):
        return obj.number_of_members


class CoChairTermInline(TranslationOnlyMixin, admin.TabularInline):
    model = models.CoChairTerm
    extra = 0


@admin.register(models.AdvisoryMember)
class AdvisoryMemberAdmin(PublishableAdmin):
    list_display = ["name", "kind", "sector", "country", "cohort_list", "is_public"]
    list_filter = ["sector", "kind", "cohorts", "status"]
    search_fields = ["slug", *translated_search("name", "organisation", "bio")]
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["cohorts"]
    inlines = [CoChairTermInline]
    fieldsets = [
        (
            None,
            {"fields": ["name", "slug", "kind", "organisation", "sector", "country", "website"]},
        ),
        (_("Profile"), {"fields": ["bio", "photo", "photo_alt", "photo_decorative", "cohorts"]}),
        PUBLICATION_FIELDSET,
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("cohorts")

    @admin.display(description=_("cohorts"))
    def cohort_list(self, obj):
        return ", ".join(str(cohort) for cohort in obj.cohorts.all())


# Task forces and working groups ------------------------------------------------------------


class CurrentOrPreviousFilter(admin.SimpleListFilter):
    title = _("current or previous")
    parameter_name = "period"

    def lookups(self, request, model_admin):
        return [
            ("current", pgettext_lazy("period of activity", "Current")),
            ("previous", pgettext_lazy("period of activity", "Previous")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "current":
            return queryset.current()
        if self.value() == "previous":
            return queryset.previous()
        return queryset


class SubEntityStateInline(TranslationOnlyMixin, admin.TabularInline):
    model = models.SubEntityState
    extra = 0
    autocomplete_fields = ["member_state"]


class SubEntityNetworkMemberInline(TranslationOnlyMixin, admin.TabularInline):
    model = models.SubEntityNetworkMember
    extra = 0
    autocomplete_fields = ["advisory_member"]


@admin.register(models.SubEntity)
class SubEntityAdmin(PublishableAdmin):
    list_display = ["name", "abbreviation", "kind", "active_years", "period", "is_public"]
    list_filter = [CurrentOrPreviousFilter, "kind", "start_year", "status"]
    search_fields = ["slug", *translated_search("name", "abbreviation", "mandate")]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [SubEntityStateInline, SubEntityNetworkMemberInline]
    fieldsets = [
        (None, {"fields": ["kind", "name", "abbreviation", "slug", "start_year", "end_year"]}),
        (_("Work"), {"fields": ["mandate", "outputs"]}),
        PUBLICATION_FIELDSET,
    ]

    @admin.display(description=_("years"), ordering="start_year")
    def active_years(self, obj):
        return obj.years

    @admin.display(description=_("current or previous"))
    def period(self, obj):
        year = current_year()
        if obj.is_current(year):
            return pgettext("period of activity", "Current")
        if obj.end_year is not None and obj.end_year < year:
            return pgettext("period of activity", "Previous")
        return pgettext("period of activity", "Not started")


# Conferences -----------------------------------------------------------------------------


class OutcomeDocumentInline(admin.TabularInline):
    model = models.Document
    fk_name = "conference"
    fields = ["title", "kind", "date", "status"]
    readonly_fields = fields
    extra = 0
    show_change_link = True
    can_delete = False
    verbose_name_plural = _("outcome documents")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(models.Conference)
class ConferenceAdmin(PublishableAdmin):
    list_display = ["edition", "title", "city", "host", "start_date", "format", "is_public"]
    list_filter = ["format", "host", "status"]
    list_select_related = ["host"]
    search_fields = ["slug", *translated_search("title", "city", "theme")]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["host"]
    date_hierarchy = "start_date"
    inlines = [OutcomeDocumentInline]
    fieldsets = [
        (None, {"fields": ["edition", "title", "slug", "start_date", "end_date", "format"]}),
        (_("Place"), {"fields": ["host", "city", "venue"]}),
        (_("Content"), {"fields": ["theme", "summary"]}),
        PUBLICATION_FIELDSET,
    ]


@admin.register(models.RegionalConsultation)
class RegionalConsultationAdmin(PublishableAdmin):
    list_display = ["__str__", "region", "year", "process", "outcome_document", "is_public"]
    list_filter = ["region", "year", "status"]
    list_select_related = ["outcome_document"]
    search_fields = translated_search("process", "summary")
    autocomplete_fields = ["outcome_document"]
    fieldsets = [
        (None, {"fields": ["region", "year", "start_date", "end_date"]}),
        (_("Content"), {"fields": ["process", "outcome_document", "summary"]}),
        PUBLICATION_FIELDSET,
    ]


# Partnerships, documents, news, pages ------------------------------------------------------


@admin.register(models.Partnership)
class PartnershipAdmin(PublishableAdmin):
    list_display = ["name", "abbreviation", "managing_organisation", "start_year", "is_public"]
    list_filter = ["status"]
    search_fields = ["slug", *translated_search("name", "abbreviation", "managing_organisation")]
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["supporting_states"]
    fieldsets = [
        (None, {"fields": ["name", "abbreviation", "slug", "managing_organisation", "website"]}),
        (
            _("Content"),
            {"fields": ["start_year", "end_year", "description", "logo", "supporting_states"]},
        ),
        PUBLICATION_FIELDSET,
    ]


class DocumentYearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates("date", "year", order="DESC")
        return [(str(day.year), str(day.year)) for day in years]

    def queryset(self, request, queryset):
        year = query_year(request, self.parameter_name)
        return queryset if year is None else queryset.filter(date__year=year)


class StaffFileLink:
    """A stored file as the admin's file widget shows it: its name, linked to `url`."""

    def __init__(self, file, url):
        self.file, self.url = file, url

    def __str__(self):
        return str(self.file)


class StaffFileWidget(AdminFileWidget):
    """The file input whose "Currently: …" link opens the file through the admin.

    Files are not served from /media/ (documents are downloaded through views that check
    who may see them), so the storage's own address would be a 404. DocumentAdmin.get_form
    sets `download_url` for the item being edited.
    """

    download_url = None

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if context["widget"]["is_initial"] and self.download_url:
            context["widget"]["value"] = StaffFileLink(value, self.download_url)
        return context


@admin.register(models.Document)
class DocumentAdmin(PublishableAdmin):
    list_display = ["title", "kind", "date", "conference", "sub_entity", "has_file", "is_public"]
    list_filter = ["kind", DocumentYearFilter, "status", "conference"]
    list_select_related = ["conference", "sub_entity"]
    search_fields = ["slug", *translated_search("title", "summary")]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["conference", "sub_entity", "lead_states"]
    date_hierarchy = "date"
    formfield_overrides = {
        **PublishableAdmin.formfield_overrides,
        db_models.FileField: {"widget": StaffFileWidget},
    }
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "date", "date_precision", "summary"]}),
        (_("File or link"), {"fields": ["file", "external_url"]}),
        (_("Related to"), {"fields": ["conference", "sub_entity", "lead_states"]}),
        PUBLICATION_FIELDSET,
    ]

    @admin.display(description=_("file"), boolean=True)
    def has_file(self, obj):
        return bool(obj.file)

    def get_urls(self):
        file = path(
            "<path:object_id>/file/",
            self.admin_site.admin_view(self.file_view),
            name="coalition_document_file",
        )
        return [file, *super().get_urls()]

    def file_url(self, obj):
        return reverse(f"{self.admin_site.name}:coalition_document_file", args=[obj.pk])

    def file_view(self, request, object_id):
        """The document's PDF for staff who may see the document, draft or not."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not obj.file:
            raise Http404
        if not self.has_view_permission(request, obj):
            raise PermissionDenied
        return private_file_response(obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and "file" in form.base_fields:
            form.base_fields["file"].widget.download_url = self.file_url(obj)
        return form

    @admin.display(description=_("file"))
    def file_link(self, obj):
        """The file, read-only (for a translator), linked to the staff download."""
        if not obj.file:
            return self.get_empty_value_display()
        return format_html('<a href="{}">{}</a>', self.file_url(obj), obj.file.name)

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "file_link"]

    def get_fieldsets(self, request, obj=None):
        """Where the file is read-only, its link goes to the staff download."""
        fieldsets = super().get_fieldsets(request, obj)
        if "file" not in self.get_readonly_fields(request, obj):
            return fieldsets
        return [
            (
                name,
                {
                    **options,
                    "fields": [
                        "file_link" if field == "file" else field for field in options["fields"]
                    ],
                },
            )
            for name, options in fieldsets
        ]


@admin.register(models.NewsItem)
class NewsItemAdmin(PublishableAdmin):
    list_display = ["title", "date", "status", "published_at", "is_public"]
    list_filter = ["status", "date"]
    search_fields = ["slug", *translated_search("title", "summary", "body")]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["member_states", "sub_entities"]
    date_hierarchy = "date"
    fieldsets = [
        (None, {"fields": ["title", "slug", "date", "summary", "body"]}),
        (_("Related to"), {"fields": ["member_states", "sub_entities"]}),
        PUBLICATION_FIELDSET,
    ]


class PageSectionInline(LanguageFieldsMixin, TranslationOnlyMixin, TranslationStackedInline):
    model = models.PageSection
    extra = 0
    autocomplete_fields = ["partnership"]
    fields = ["order", "heading", "heading_level", "body", "live_list", "partnership"]


@admin.register(models.Page)
class PageAdmin(PublishableAdmin):
    list_display = ["title", "slug", "order", "show_in_navigation", "status", "is_public"]
    list_editable = ["order", "show_in_navigation"]
    list_filter = ["show_in_navigation", "status"]
    search_fields = ["slug", *translated_search("title", "summary", "intro")]
    prepopulated_fields = {"slug": ["title_en"]}
    inlines = [PageSectionInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "intro"]}),
        (_("Navigation"), {"fields": ["order", "show_in_navigation"]}),
        PUBLICATION_FIELDSET,
    ]


admin.site.site_header = _("Freedom Online Coalition: content admin")
admin.site.site_title = _("FOC admin")
admin.site.index_title = _("Content")


# Contact messages --------------------------------------------------------------------------


@admin.register(models.ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    """Messages from the contact page: staff read them and mark them handled, never edit them."""

    list_display = ["created_at", "name", "email", "subject", "language", "emailed", "handled"]
    list_filter = ["handled", "language", "created_at", "mailed_at"]
    search_fields = ["name", "email", "subject", "message"]
    date_hierarchy = "created_at"
    actions = ["mark_handled"]
    fields = [
        "created_at",
        "language",
        "name",
        "email",
        "subject",
        "message",
        "emailed",
        "handled",
    ]
    readonly_fields = ["created_at", "language", "name", "email", "subject", "message", "emailed"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("e-mailed"), ordering="mailed_at")
    def emailed(self, obj):
        """When it was e-mailed to the Support Unit, or that it was not (yet)."""
        if obj.mail_held:
            return _("No: too many messages within the hour")
        return obj.mailed_at or pgettext_lazy("e-mailed", "Not yet")

    @admin.action(description=_("Mark the selected messages as handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        count = queryset.filter(handled=False).update(handled=True)
        self.message_user(
            request,
            ngettext(
                "%(count)d message marked as handled.",
                "%(count)d messages marked as handled.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


# Staff accounts ----------------------------------------------------------------------------

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(UserAdmin):
    """Django's user admin, with each account's second factor (coalition/enrolment.py).

    A superuser makes an enrolment link for an account without an authenticator app (shown
    once, to be handed over by another channel than the password), or resets the second
    factor of one who lost their phone and recovery codes, which then needs a new link.
    """

    list_display = [*UserAdmin.list_display, "has_authenticator"]

    def get_queryset(self, request):
        confirmed_app = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        return super().get_queryset(request).annotate(has_app=Exists(confirmed_app))

    @admin.display(boolean=True, description=_("authenticator app"), ordering="has_app")
    def has_authenticator(self, user):
        return user.has_app

    def get_urls(self):
        opts = self.opts
        views = [
            ("enrolment-link", self.enrolment_link_view, "enrolment_link"),
            ("reset-second-factor", self.reset_second_factor_view, "reset_second_factor"),
        ]
        return [
            *(
                path(
                    f"<id>/{address}/",
                    self.admin_site.admin_view(view),
                    name=f"{opts.app_label}_{opts.model_name}_{name}",
                )
                for address, view, name in views
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        user = self.get_object(request, unquote(object_id))
        extra_context = {
            **(extra_context or {}),
            "manages_second_factor": request.user.is_superuser,
            "has_authenticator": user is not None and user_has_device(user),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def account_or_404(self, request, id):
        """The account whose second factor a superuser manages (nobody else may)."""
        if not request.user.is_superuser:
            raise PermissionDenied
        user = self.get_object(request, unquote(id))
        if user is None:
            raise Http404
        return user

    def back_to(self, user):
        opts = self.opts
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[user.pk])
        return HttpResponseRedirect(url)

    def second_factor_page(self, request, user, template, title, **context):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": user,
            "title": title,
            **context,
        }
        return TemplateResponse(request, f"admin/auth/user/{template}", context)

    def no_link_because(self, user):
        """Why no enrolment link can be made for this account, or None."""
        if not (user.is_active and user.is_staff):
            return _(
                "The account %(username)s cannot sign in to the admin: "
                "make it active and staff first."
            )
        if user_has_device(user):
            return _(
                "The account %(username)s has an authenticator app already: "
                "reset its second factor first."
            )
        return None

    @method_decorator(never_cache)
    def enrolment_link_view(self, request, id):
        """A confirmation; once posted, a new link, shown this once."""
        user = self.account_or_404(request, id)
        username = user.get_username()
        refusal = self.no_link_because(user)
        if refusal:
            self.message_user(request, refusal % {"username": username}, messages.ERROR)
            return self.back_to(user)
        title = _("Enrolment link for %(username)s") % {"username": username}
        if request.method != "POST":
            return self.second_factor_page(request, user, "enrolment_link.html", title)
        link = request.build_absolute_uri(make_enrolment_link(user))
        self.log_change(request, user, "Made an enrolment link.")
        log.info("Enrolment link made for %r by %r", username, request.user.get_username())
        return self.second_factor_page(
            request,
            user,
            "enrolment_link.html",
            title,
            link=link,
            expiry=link_expiry(),
            link_days=settings.ENROLMENT_LINK_DAYS,
        )

    @method_decorator(never_cache)
    def reset_second_factor_view(self, request, id):
        """A confirmation; once posted, the account's devices are gone."""
        user = self.account_or_404(request, id)
        username = user.get_username()
        if request.method != "POST":
            title = _("Reset the second factor of %(username)s?") % {"username": username}
            return self.second_factor_page(request, user, "reset_second_factor.html", title)
        reset_second_factor(user)
        self.log_change(request, user, "Reset the second factor.")
        log.info("Second factor of %r reset by %r", username, request.user.get_username())
        self.message_user(
            request,
            _("The second factor of %(username)s is reset: make an enrolment link for them.")
            % {"username": username},
            messages.SUCCESS,
        )
        return self.back_to(user)

"""The content admins: one per model staff edit, with a tab per language and a history."""

import logging

import reversion
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import PermissionDenied
from django.db import models as db_models
from django.db.models import Count
from django.http import Http404
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext, pgettext_lazy
from django_countries import countries
from modeltranslation.admin import TranslationStackedInline

from .. import models
from ..models.common import current_year
from ..querystring import query_year
from ..views.documents import private_file_response
from .base import (
    PUBLICATION_FIELDSET,
    LanguageFieldsMixin,
    PublishableAdmin,
    TranslatedAdmin,
    TranslationOnlyMixin,
    TranslationStateInlineMixin,
    translated_search,
)
from .ordering import OrderableMixin
from .review import PendingChangeAdmin

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
reversion.register(models.SocialLink)
reversion.register(models.SiteSettings, follow=["social_links"])


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


class SubEntityStateInline(OrderableMixin, TranslationOnlyMixin, admin.TabularInline):
    model = models.SubEntityState
    extra = 0
    autocomplete_fields = ["member_state"]


class SubEntityNetworkMemberInline(OrderableMixin, TranslationOnlyMixin, admin.TabularInline):
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
        # News photo (richtext): as an Advisory Network member's, with its text alternative.
        (_("Photo"), {"fields": ["photo", "photo_alt", "photo_decorative"]}),
        (_("Related to"), {"fields": ["member_states", "sub_entities"]}),
        PUBLICATION_FIELDSET,
    ]


class PageSectionInline(
    OrderableMixin,
    TranslationStateInlineMixin,
    LanguageFieldsMixin,
    TranslationOnlyMixin,
    TranslationStackedInline,
):
    model = models.PageSection
    extra = 0
    autocomplete_fields = ["partnership"]
    fields = ["order", "heading", "heading_level", "body", "live_list", "partnership"]


@admin.register(models.Page)
class PageAdmin(OrderableMixin, PublishableAdmin):
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


# The site's settings ------------------------------------------------------------------------


class SocialLinkInline(admin.TabularInline):
    model = models.SocialLink
    formfield_overrides = {db_models.URLField: {"assume_scheme": "https"}}
    extra = 1
    fields = ["network", "url", "order"]


@admin.register(models.SiteSettings)
class SiteSettingsAdmin(TranslatedAdmin):
    """One row (pk 1, made by the migration): it is never added or deleted. Its history
    keeps the social links with it."""

    actions = []

    fields = ["contact_email", "postal_address"]
    inlines = [SocialLinkInline]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.register(models.PendingChange, PendingChangeAdmin)

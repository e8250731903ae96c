"""The secretariat's admin: every content model, with a tab per language."""

from django.contrib import admin, messages
from django.db import models as db_models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from modeltranslation.utils import get_translation_fields

from . import models
from .models.common import current_year


def translated_search(*fields):
    """Search every language's column of each translated field."""
    return [column for field in fields for column in get_translation_fields(field)]


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


class TranslatedAdmin(LanguageFieldsMixin, TabbedTranslationAdmin):
    pass


class PublishableAdmin(TranslatedAdmin):
    """Shared by every content model that staff publish or unpublish."""

    actions = ["publish", "unpublish"]
    readonly_fields = ["created_at", "updated_at"]
    # Staff often paste "www.example.org": read it as https, as Django 6 will.
    formfield_overrides = {db_models.URLField: {"assume_scheme": "https"}}

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        count = queryset.update(status=models.Status.PUBLISHED)
        self.message_user(
            request,
            ngettext("%(count)d item published.", "%(count)d items published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = queryset.update(status=models.Status.DRAFT)
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


class CoChairTermInline(admin.TabularInline):
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
        (_("Profile"), {"fields": ["bio", "photo", "photo_alt", "cohorts"]}),
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
        return [("current", _("Current")), ("previous", _("Previous"))]

    def queryset(self, request, queryset):
        if self.value() == "current":
            return queryset.current()
        if self.value() == "previous":
            return queryset.previous()
        return queryset


class SubEntityStateInline(admin.TabularInline):
    model = models.SubEntityState
    extra = 0
    autocomplete_fields = ["member_state"]


class SubEntityNetworkMemberInline(admin.TabularInline):
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
            return _("Current")
        if obj.end_year is not None and obj.end_year < year:
            return _("Previous")
        return _("Not started")


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
        value = self.value()
        if value and value.isdigit():
            return queryset.filter(date__year=int(value))
        return queryset


@admin.register(models.Document)
class DocumentAdmin(PublishableAdmin):
    list_display = ["title", "kind", "date", "conference", "sub_entity", "has_file", "is_public"]
    list_filter = ["kind", DocumentYearFilter, "status", "conference"]
    list_select_related = ["conference", "sub_entity"]
    search_fields = ["slug", *translated_search("title", "summary")]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["conference", "sub_entity", "lead_states"]
    date_hierarchy = "date"
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "date", "date_precision", "summary"]}),
        (_("File or link"), {"fields": ["file", "external_url"]}),
        (_("Related to"), {"fields": ["conference", "sub_entity", "lead_states"]}),
        PUBLICATION_FIELDSET,
    ]

    @admin.display(description=_("file"), boolean=True)
    def has_file(self, obj):
        return bool(obj.file)


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


class PageSectionInline(LanguageFieldsMixin, TranslationStackedInline):
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

    list_display = ["created_at", "name", "email", "subject", "language", "handled"]
    list_filter = ["handled", "language", "created_at"]
    search_fields = ["name", "email", "subject", "message"]
    date_hierarchy = "created_at"
    actions = ["mark_handled"]
    fields = ["created_at", "language", "name", "email", "subject", "message", "handled"]
    readonly_fields = ["created_at", "language", "name", "email", "subject", "message"]

    def has_add_permission(self, request):
        return False

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

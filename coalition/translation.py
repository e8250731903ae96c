"""Which content fields are translated (django-modeltranslation).

Only human-readable text: names, titles, summaries and bodies. Slugs, years, codes and
links stay the same in every language.
"""

from modeltranslation.translator import TranslationOptions, register

from . import models


@register(models.MemberState)
class MemberStateTranslation(TranslationOptions):
    fields = ("profile",)


@register(models.Chairship)
class ChairshipTranslation(TranslationOptions):
    fields = ("group_name", "note")


@register(models.Cohort)
class CohortTranslation(TranslationOptions):
    fields = ("note",)


@register(models.AdvisoryMember)
class AdvisoryMemberTranslation(TranslationOptions):
    fields = ("name", "organisation", "photo_alt", "bio")


@register(models.SubEntity)
class SubEntityTranslation(TranslationOptions):
    fields = ("name", "abbreviation", "mandate", "outputs")


@register(models.Conference)
class ConferenceTranslation(TranslationOptions):
    fields = ("title", "city", "venue", "theme", "summary")


@register(models.RegionalConsultation)
class RegionalConsultationTranslation(TranslationOptions):
    fields = ("process", "summary")


@register(models.Partnership)
class PartnershipTranslation(TranslationOptions):
    fields = ("name", "abbreviation", "managing_organisation", "description")


@register(models.Document)
class DocumentTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(models.NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ("title", "summary", "body", "photo_alt")


@register(models.Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "summary", "intro")


@register(models.PageSection)
class PageSectionTranslation(TranslationOptions):
    fields = ("heading", "body")


@register(models.SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ("postal_address",)

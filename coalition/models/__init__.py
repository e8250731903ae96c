"""The coalition's content model, one module per concept."""

from .addresses import FormerSlug
from .common import DatePrecision, Publishable, PublishableQuerySet, Status
from .contact import ContactMessage
from .deletions import RemovedLinks
from .documents import Document, DocumentKind
from .events import Conference, ConferenceFormat, RegionalConsultation
from .freshness import ContentVersion
from .members import Chairship, MembershipStatus, MemberState, Region
from .network import AdvisoryMember, CoChairTerm, Cohort, MemberKind, Sector
from .news import NewsItem
from .pages import HeadingLevel, LiveList, Page, PageSection
from .partnerships import Partnership
from .review import PendingChange, ReviewState, ShareLink
from .search import SearchEntry
from .site import SiteSettings, SocialLink
from .subentities import Role, SubEntity, SubEntityKind, SubEntityNetworkMember, SubEntityState
from .translations import ContentImport, TranslationState, TranslationStatus

__all__ = [
    "AdvisoryMember",
    "Chairship",
    "CoChairTerm",
    "Cohort",
    "Conference",
    "ConferenceFormat",
    "ContactMessage",
    "ContentImport",
    "ContentVersion",
    "DatePrecision",
    "Document",
    "DocumentKind",
    "FormerSlug",
    "HeadingLevel",
    "LiveList",
    "MemberKind",
    "MemberState",
    "MembershipStatus",
    "NewsItem",
    "Page",
    "PageSection",
    "Partnership",
    "PendingChange",
    "Publishable",
    "PublishableQuerySet",
    "Region",
    "RegionalConsultation",
    "RemovedLinks",
    "ReviewState",
    "Role",
    "SearchEntry",
    "Sector",
    "ShareLink",
    "SiteSettings",
    "SocialLink",
    "Status",
    "SubEntity",
    "SubEntityKind",
    "SubEntityNetworkMember",
    "SubEntityState",
    "TranslationState",
    "TranslationStatus",
]

"""Factories for the coalition's content (factory_boy). Everything is published by default."""

import datetime

import factory
from django.utils import timezone

from coalition import models

PAST = timezone.make_aware(datetime.datetime(2020, 1, 1, 12, 0))


class PublishedFactory(factory.django.DjangoModelFactory):
    status = models.Status.PUBLISHED
    published_at = PAST


class MemberStateFactory(PublishedFactory):
    class Meta:
        model = models.MemberState
        django_get_or_create = ["country"]

    country = factory.Iterator(
        ["NL", "CA", "EE", "GH", "DE", "FI", "SE", "FR", "GB", "KE", "JP", "CH"]
    )
    slug = factory.LazyAttribute(lambda state: f"state-{state.country.lower()}")
    year_joined = 2011
    region = models.Region.EUROPE
    profile_en = factory.Faker("sentence")


class ChairshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Chairship

    year = factory.Sequence(lambda n: 2011 + n)


class CohortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Cohort

    start_year = factory.Sequence(lambda n: 2018 + 2 * n)
    end_year = factory.LazyAttribute(lambda cohort: cohort.start_year + 2)


class AdvisoryMemberFactory(PublishedFactory):
    class Meta:
        model = models.AdvisoryMember

    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    sector = models.Sector.CIVIL_SOCIETY


class SubEntityFactory(PublishedFactory):
    class Meta:
        model = models.SubEntity

    kind = models.SubEntityKind.TASK_FORCE
    name_en = factory.Sequence(lambda n: f"Task Force {n}")
    slug = factory.Sequence(lambda n: f"task-force-{n}")
    start_year = 2020
    end_year = None


class PartnershipFactory(PublishedFactory):
    class Meta:
        model = models.Partnership

    name_en = "Digital Defenders Partnership"
    abbreviation_en = "DDP"
    slug = factory.Sequence(lambda n: f"partnership-{n}")
    managing_organisation_en = "Hivos"
    start_year = 2012
    website = "https://www.digitaldefenders.org/"


class ConferenceFactory(PublishedFactory):
    class Meta:
        model = models.Conference

    edition = factory.Sequence(lambda n: n + 1)
    slug = factory.Sequence(lambda n: f"conference-{n + 1}")
    title_en = factory.LazyAttribute(lambda c: f"Freedom Online Conference {c.start_date.year}")
    start_date = datetime.date(2014, 4, 28)
    end_date = datetime.date(2014, 4, 29)
    city_en = "Tallinn"
    host = factory.SubFactory(MemberStateFactory, country="EE", slug="estonia")


class RegionalConsultationFactory(PublishedFactory):
    class Meta:
        model = models.RegionalConsultation

    region = models.Region.EUROPE
    year = 2022
    process_en = "the Ottawa Agenda"


class DocumentFactory(PublishedFactory):
    class Meta:
        model = models.Document

    kind = models.DocumentKind.JOINT_STATEMENT
    title_en = factory.Sequence(lambda n: f"Joint Statement {n}")
    slug = factory.Sequence(lambda n: f"joint-statement-{n}")
    date = datetime.date(2023, 5, 1)
    external_url = "https://example.org/statement"


class NewsItemFactory(PublishedFactory):
    class Meta:
        model = models.NewsItem

    title_en = factory.Sequence(lambda n: f"News {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    date = datetime.date(2024, 9, 1)


class PageFactory(PublishedFactory):
    class Meta:
        model = models.Page

    title_en = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")


class PageSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PageSection

    page = factory.SubFactory(PageFactory)
    heading_en = factory.Sequence(lambda n: f"Section {n}")
    order = factory.Sequence(lambda n: n)

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from coalition.models import (
    Chairship,
    Conference,
    Document,
    MembershipStatus,
    MemberState,
    Status,
    SubEntity,
)
from coalition.models.common import year_range
from tests import factories

pytestmark = pytest.mark.django_db


def on_day(monkeypatch, day):
    """Make 'today' a given date for the code under test."""
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)


class TestCurrentAndPrevious:
    def test_a_sub_entity_ending_in_2025_is_current_on_new_years_eve(self, monkeypatch):
        ending = factories.SubEntityFactory(start_year=2021, end_year=2025)
        on_day(monkeypatch, datetime.date(2025, 12, 31))
        assert list(SubEntity.objects.current()) == [ending]
        assert list(SubEntity.objects.previous()) == []
        assert ending.is_current()

    def test_it_becomes_previous_on_new_years_day(self, monkeypatch):
        ending = factories.SubEntityFactory(start_year=2021, end_year=2025)
        on_day(monkeypatch, datetime.date(2026, 1, 1))
        assert list(SubEntity.objects.current()) == []
        assert list(SubEntity.objects.previous()) == [ending]
        assert not ending.is_current()

    def test_an_open_ended_sub_entity_stays_current(self):
        open_ended = factories.SubEntityFactory(start_year=2020, end_year=None)
        for year in (2020, 2026, 2040):
            assert list(SubEntity.objects.current(year)) == [open_ended]
            assert list(SubEntity.objects.previous(year)) == []

    def test_one_that_has_not_started_is_neither(self):
        factories.SubEntityFactory(start_year=2027, end_year=None)
        assert not SubEntity.objects.current(2026).exists()
        assert not SubEntity.objects.previous(2026).exists()
        assert SubEntity.objects.current(2027).exists()

    def test_a_single_year_sub_entity(self):
        one_year = factories.SubEntityFactory(start_year=2016, end_year=2016)
        assert list(SubEntity.objects.current(2016)) == [one_year]
        assert list(SubEntity.objects.previous(2017)) == [one_year]
        assert one_year.years == "2016"


class TestPublication:
    def test_drafts_and_future_items_are_not_public(self):
        shown = factories.DocumentFactory()
        factories.DocumentFactory(status=Status.DRAFT)
        factories.DocumentFactory(published_at=timezone.now() + datetime.timedelta(hours=1))
        assert list(Document.objects.published()) == [shown]

    def test_a_scheduled_item_publishes_itself_when_its_time_comes(self):
        at = timezone.now() + datetime.timedelta(days=1)
        scheduled = factories.DocumentFactory(published_at=at)
        assert not Document.objects.published().exists()
        assert list(Document.objects.published(at=at)) == [scheduled]

    def test_new_items_start_as_drafts(self):
        assert Document().status == Status.DRAFT


def refused(instance, message):
    """The model's validation names the problem, and the database refuses it too."""
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    assert message in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        instance.save()


class TestConstraints:
    def test_one_chairship_per_year(self):
        factories.ChairshipFactory(year=2024)
        refused(Chairship(year=2024), "Chairship with this Year already exists.")

    def test_sub_entity_cannot_end_before_it_starts(self):
        refused(
            factories.SubEntityFactory.build(start_year=2020, end_year=2019),
            "The last year cannot come before the first year.",
        )

    def test_years_must_be_sensible(self):
        refused(factories.SubEntityFactory.build(start_year=1850), "greater than or equal to 2011")
        refused(Chairship(year=3000), "less than or equal to 2100")

    def test_the_database_refuses_insensible_years_too(self):
        # Bulk writes skip model validation; the check constraint still holds.
        with pytest.raises(IntegrityError), transaction.atomic():
            Chairship.objects.bulk_create([Chairship(year=1990)])

    def test_a_withdrawn_state_needs_the_year_it_left(self):
        refused(
            factories.MemberStateFactory.build(
                country="US", slug="us", status_in_coalition=MembershipStatus.WITHDRAWN
            ),
            "A withdrawn state needs the year it left",
        )

    def test_only_a_withdrawn_state_has_a_year_left(self):
        refused(
            factories.MemberStateFactory.build(country="NO", slug="no", year_left=2020),
            "A withdrawn state needs the year it left",
        )

    def test_a_state_cannot_leave_before_joining(self):
        refused(
            factories.MemberStateFactory.build(
                country="US",
                slug="us",
                year_joined=2015,
                year_left=2013,
                status_in_coalition=MembershipStatus.WITHDRAWN,
            ),
            "A state cannot leave before the year it joined.",
        )

    def test_each_country_is_a_member_once(self):
        factories.MemberStateFactory(country="NL", slug="netherlands")
        refused(
            factories.MemberStateFactory.build(country="NL", slug="nl-again"),
            "Member state with this Country already exists.",
        )

    def test_join_order_is_unique(self):
        factories.MemberStateFactory(country="CH", slug="switzerland", join_order=31)
        refused(
            factories.MemberStateFactory.build(country="DK", slug="denmark", join_order=31),
            "Member state with this Order of joining already exists.",
        )

    def test_conference_cannot_end_before_it_starts(self):
        host = factories.MemberStateFactory(country="EE", slug="estonia")
        refused(
            factories.ConferenceFactory.build(
                host=host,
                start_date=datetime.date(2014, 4, 29),
                end_date=datetime.date(2014, 4, 28),
            ),
            "The last day cannot come before the first day.",
        )

    def test_conference_edition_is_unique(self):
        factories.ConferenceFactory(edition=4)
        duplicate = factories.ConferenceFactory.build(
            edition=4, slug="other", host=Conference.objects.get().host
        )
        refused(duplicate, "Freedom Online Conference with this Edition already exists.")

    def test_a_document_needs_a_file_or_a_link(self):
        refused(
            factories.DocumentFactory.build(external_url=""),
            "Give the document a file or an external link.",
        )

    def test_cohort_cannot_end_before_it_starts(self):
        refused(
            factories.CohortFactory.build(start_year=2024, end_year=2022),
            "A cohort cannot end before it starts.",
        )


class TestMemberStates:
    def test_name_comes_from_the_country_in_the_active_language(self):
        state = factories.MemberStateFactory(country="DE", slug="germany")
        assert str(state) == "Germany"
        with timezone.override("UTC"):
            from django.utils import translation

            with translation.override("fr"):
                assert str(state) == "Allemagne"

    def test_status_querysets(self):
        member = factories.MemberStateFactory(country="NL", slug="netherlands")
        observer = factories.MemberStateFactory(
            country="TW", slug="taiwan", status_in_coalition=MembershipStatus.OBSERVER
        )
        gone = factories.MemberStateFactory(
            country="US",
            slug="united-states",
            status_in_coalition=MembershipStatus.WITHDRAWN,
            year_left=2026,
        )
        assert list(MemberState.objects.members()) == [member]
        assert list(MemberState.objects.observers()) == [observer]
        assert list(MemberState.objects.withdrawn()) == [gone]
        assert str(observer) == "Taiwan"

    def test_joining_order_puts_unknown_orders_last(self):
        late = factories.MemberStateFactory(
            country="CO", slug="colombia", year_joined=2024, join_order=41
        )
        founder = factories.MemberStateFactory(country="NL", slug="netherlands", year_joined=2011)
        swiss = factories.MemberStateFactory(
            country="CH", slug="switzerland", year_joined=2019, join_order=31
        )
        assert list(MemberState.objects.in_joining_order()) == [swiss, late, founder]


class TestDocumentDates:
    @pytest.mark.parametrize(
        ("precision", "shown"),
        [("day", "8 December 2011"), ("month", "December 2011"), ("year", "2011")],
    )
    def test_a_date_is_shown_no_more_precisely_than_it_is_known(self, precision, shown):
        from django.template import Context, Template

        document = factories.DocumentFactory(
            date=datetime.date(2011, 12, 8), date_precision=precision
        )
        rendered = Template("{{ d.date|date:d.date_format }}").render(Context({"d": document}))
        assert rendered == shown


@pytest.mark.parametrize(
    ("language", "start", "end", "expected"),
    [
        ("en", 2018, 2020, "2018–2020"),
        ("en", 2018, None, "Since 2018"),
        ("en", 2019, 2019, "2019"),
        ("fr", 2018, None, "Depuis 2018"),
        ("es", 2018, None, "Desde 2018"),
        # Arabic keeps the dash and lets the bidirectional algorithm put 2018 on the right.
        ("ar", 2018, 2020, "2018–2020"),
        ("ar", 2018, None, "منذ 2018"),
    ],
)
def test_a_span_of_years_in_each_language(language, start, end, expected):
    with translation.override(language):
        assert year_range(start, end) == expected

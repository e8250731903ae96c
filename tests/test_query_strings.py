"""Numbers read from a query string (years, pages) are read strictly: ASCII digits in a sane
range. On a public list anything else is taken out of the address (a 301 to the clean one,
coalition/cache.py: the list unfiltered, or its first page), a NUL is a 400, a page
number past the end a 404; on an admin list a bad value is ignored. No value, on any
public list or admin list, ever gives a 500."""

import pytest
from django.contrib import admin
from django.urls import reverse

from coalition.querystring import strict_int
from tests import factories

pytestmark = pytest.mark.django_db

# Characters that str.isdigit() or int() accept but a person typing a year does not mean:
# superscript, circled and subscript digits, Arabic-Indic, Devanagari and full-width digits,
# underscores, spaces, signs; then numbers no date or database column can hold.
NOT_NUMBERS = ["²", "①", "₂", "٢٠٢٣", "२०२३", "２０２３", "1_0", " 2023", "2023 ", "+2023", "-1"]
OUT_OF_RANGE = ["0", "99999999", "9" * 40]
BAD_VALUES = [*NOT_NUMBERS, *OUT_OF_RANGE, "", "abc", "\x00", "2023\x00"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", 2023),
        ("1", 1),
        ("9999", 9999),
        ("10000", None),
        ("0", None),
        ("07", 7),
        ("00002023", None),
    ]
    + [(value, None) for value in BAD_VALUES]
    + [(None, None), (2023, None)],
)
def test_strict_int_reads_only_plain_digits_in_range(value, expected):
    assert strict_int(value, 1, 9999) == expected


# The public site ---------------------------------------------------------------------


@pytest.fixture
def two_documents():
    return [
        factories.DocumentFactory(title_en="Statement of 2014", date="2014-05-01"),
        factories.DocumentFactory(title_en="Statement of 2023", date="2023-05-01"),
    ]


@pytest.mark.parametrize("year", [value for value in BAD_VALUES if "\x00" not in value])
def test_a_bad_year_leaves_the_library_unfiltered(client, two_documents, year):
    url = reverse("coalition:document_list")
    response = client.get(url, {"year": year}, follow=True)
    assert response.redirect_chain == [(url, 301)]
    assert "Statement of 2014" in response.text
    assert "Statement of 2023" in response.text


@pytest.mark.parametrize("value", ["\x00", "2023\x00"])
def test_a_nul_is_a_bad_request(client, two_documents, value):
    for name in ("year", "page"):
        assert client.get(reverse("coalition:document_list"), {name: value}).status_code == 400


def test_a_good_year_filters_the_library(client, two_documents):
    response = client.get(reverse("coalition:document_list"), {"year": "2023"})
    assert "Statement of 2023" in response.text
    assert "Statement of 2014" not in response.text


@pytest.mark.parametrize("url_name", ["coalition:document_list", "coalition:news_list"])
@pytest.mark.parametrize("page", [*NOT_NUMBERS, *OUT_OF_RANGE, "abc", "٢", "1.0", "last", ""])
def test_a_page_number_that_means_nothing_goes_to_the_first_page(client, url_name, page):
    factories.DocumentFactory()
    factories.NewsItemFactory()
    url = reverse(url_name)
    response = client.get(url, {"page": page}, follow=True)
    assert response.redirect_chain == [(url, 301)]
    assert response.status_code == 200


@pytest.mark.parametrize("url_name", ["coalition:document_list", "coalition:news_list"])
def test_a_page_past_the_end_is_a_404(client, url_name):
    factories.DocumentFactory()
    factories.NewsItemFactory()
    assert client.get(reverse(url_name), {"page": "2"}).status_code == 404


@pytest.mark.parametrize("url_name", ["coalition:document_list", "coalition:news_list"])
def test_real_page_numbers_still_work(client, url_name):
    factories.DocumentFactory.create_batch(21)
    factories.NewsItemFactory.create_batch(21)
    second = client.get(reverse(url_name), {"page": "2"})
    assert second.status_code == 200
    # Page 1 is the list's own address, and the link back to it says so.
    assert f'<a href="{reverse(url_name)}" rel="prev">' in second.text
    response = client.get(reverse(url_name), {"page": "1"}, follow=True)
    assert response.redirect_chain == [(reverse(url_name), 301)]


@pytest.mark.parametrize(
    ("url_name", "parameter"),
    [
        ("coalition:document_list", "kind"),
        ("coalition:document_list", "page"),
        ("coalition:news_list", "page"),
        ("coalition:network_list", "sector"),
        ("coalition:member_list", "sort"),
        ("coalition:search", "q"),
    ],
)
def test_no_query_string_value_breaks_a_public_list(client, two_documents, url_name, parameter):
    for value in BAD_VALUES:
        # 301: to the clean address; 400: a NUL (coalition/bad_requests.py); never a 500.
        assert client.get(reverse(url_name), {parameter: value}).status_code in (200, 301, 400, 404)


# The admin ---------------------------------------------------------------------------


def changelist_parameters(client, model_admin):
    """Every parameter the list's filters, date drill-down, search, ordering and pages read."""
    opts = model_admin.model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    response = client.get(url)
    assert response.status_code == 200, url
    names = {"p", "o", "q"}
    for spec in response.context["cl"].filter_specs:
        names.update(spec.expected_parameters())
    if model_admin.date_hierarchy:
        names.update(f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day"))
    return url, sorted(names)


# One of each kind of bad value, for every parameter of every list: enough to find a 500.
SWEEP = ["²", "0", "9" * 40, "\x00"]


@pytest.mark.parametrize(
    "model_admin",
    list(admin.site._registry.values()),
    ids=lambda model_admin: model_admin.opts.label_lower,
)
def test_no_query_string_value_breaks_an_admin_list(admin_client, model_admin):
    factories.DocumentFactory(date="2023-05-01")
    factories.NewsItemFactory()
    url, names = changelist_parameters(admin_client, model_admin)
    failures = [
        (name, value, status)
        for name in names
        for value in SWEEP
        if (status := admin_client.get(url, {name: value}).status_code) not in (200, 302, 400)
    ]
    assert failures == []


@pytest.mark.parametrize(
    "query",
    [
        {"date__year": "9999"},
        {"date__year": "9999", "date__month": "12"},
        {"date__year": "9999", "date__month": "12", "date__day": "31"},
        {"date__year": "2023", "date__month": "²"},
        {"date__year": "2023", "date__month": "5", "date__day": "٣"},
    ],
)
def test_a_date_drill_down_beyond_the_calendar_is_refused_as_django_refuses_bad_lookups(
    admin_client, query
):
    url = reverse("admin:coalition_document_changelist")
    response = admin_client.get(url, query)
    assert (response.status_code, response["Location"]) == (302, f"{url}?e=1")


@pytest.mark.parametrize("year", [*NOT_NUMBERS, *OUT_OF_RANGE, "", "abc"])
def test_a_bad_year_leaves_the_admin_document_list_unfiltered(admin_client, two_documents, year):
    response = admin_client.get(reverse("admin:coalition_document_changelist"), {"year": year})
    assert response.status_code == 200
    assert set(response.context["cl"].result_list) == set(two_documents)


def test_a_good_year_filters_the_admin_document_list(admin_client, two_documents):
    response = admin_client.get(reverse("admin:coalition_document_changelist"), {"year": "2023"})
    assert list(response.context["cl"].result_list) == [two_documents[1]]

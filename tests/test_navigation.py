"""Ways on and out of a page: flags, the footer's contact and social links and feeds, the
language switcher keeping the query string, the conferences' calendar, structured data,
the map's place in the keyboard order, and the designed 404 page under DEBUG."""

import datetime
import importlib
import json
import os
import re

import icalendar
import pytest
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.views import serve
from django.core.exceptions import ValidationError
from django.urls import NoReverseMatch, clear_url_caches, reverse
from django.utils import translation

from coalition import staticfiles as static_files
from coalition import structured_data
from coalition.models import SiteSettings, SocialLink, Status
from coalition.templatetags.coalition import state_link
from tests import factories

pytestmark = pytest.mark.django_db

# Skipped on a machine without npm; never in CI, which installs it (.ci/run, make setup).
needs_flags = pytest.mark.skipif(
    not static_files.flag_codes() and not os.environ.get("CI"),
    reason="flag-icons is not installed (make setup runs npm ci)",
)


def json_ld(html):
    """Every JSON-LD block of a page, parsed."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def of_type(html, kind):
    found = [block for block in json_ld(html) if block.get("@type") == kind]
    assert len(found) == 1, f"{len(found)} {kind} blocks"
    return found[0]


# Flags -----------------------------------------------------------------------------------


@needs_flags
def test_every_country_flag_is_a_static_svg_and_nothing_else_of_the_package_is():
    assert finders.find("flags/nl.svg").endswith("flag-icons/flags/4x3/nl.svg")
    assert not finders.find("flags/gb-eng.svg")  # regional flags are not collected
    assert not finders.find("flags/../LICENSE")
    listed = [path for path, _storage in static_files.FlagFinder().list([])]
    assert "nl.svg" in listed
    assert "tw.svg" in listed
    assert all(re.fullmatch(r"[a-z]{2}\.svg", path) for path in listed)
    assert 240 < len(listed) < 260


@needs_flags
def test_a_flag_is_served_as_svg(rf):
    response = serve(rf.get("/static/flags/nl.svg"), "flags/nl.svg", insecure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in b"".join(response.streaming_content)


@needs_flags
def test_state_links_and_pages_show_the_svg_flag_with_its_size_and_an_empty_alt(client):
    state = factories.MemberStateFactory(country="NL", slug="netherlands")
    assert state_link(state) == (
        f'<a class="state-link" href="{state.get_absolute_url()}"><img src="/static/flags/nl.svg"'
        ' alt="" width="20" height="15" loading="lazy"> Netherlands</a>'
    )
    html = client.get(state.get_absolute_url()).content.decode()
    assert '<img class="flag" src="/static/flags/nl.svg" alt="" width="40" height="30">' in html
    assert ".gif" not in html


def test_without_the_package_a_flag_falls_back_to_the_gif(monkeypatch):
    monkeypatch.setattr(static_files, "flag_codes", lambda: frozenset())
    monkeypatch.setattr("coalition.templatetags.coalition.flag_codes", lambda: frozenset())
    state = factories.MemberStateFactory(country="NL", slug="netherlands")
    assert 'src="/static/flags/nl.gif"' in state_link(state)
    assert [check.id for check in static_files.FlagFinder().check()] == ["coalition.W001"]


# The footer, the contact page and the site's settings --------------------------------------


@pytest.fixture
def site_settings():
    site = SiteSettings.objects.get(pk=1)  # made by the migration
    site.contact_email = "info@foc.example"
    site.postal_address_en = "Support Unit\nThe Hague"
    site.postal_address_fr = "Unité d’appui\nLa Haye"
    site.save()
    SocialLink.objects.create(
        settings=site, network="Mastodon", url="https://m.example/@foc", order=2
    )
    SocialLink.objects.create(
        settings=site, network="LinkedIn", url="https://l.example/foc", order=1
    )
    return site


def footer(html):
    return html[html.index('<footer class="site-footer">') :]


def test_the_footer_shows_the_contact_address_feeds_calendar_and_social_links(
    client, site_settings
):
    html = footer(client.get("/fr/").content.decode())
    assert '<a href="mailto:info@foc.example">info@foc.example</a>' in html
    assert '<a href="/fr/contact/">' in html
    assert '<a href="/fr/news/feed/" type="application/atom+xml">' in html
    assert '<a href="/fr/documents/feed/" type="application/atom+xml">' in html
    assert '<a href="/fr/conferences/calendar.ics" type="text/calendar">' in html
    social = html[html.index('class="site-footer__social"') :]
    assert re.search(r'aria-label="[^"]+"', social[: social.index(">")])
    assert social.index(">LinkedIn<") < social.index(">Mastodon<")  # in the secretariat's order
    assert '<a href="https://m.example/@foc" rel="me noopener">Mastodon</a>' in social


def test_an_empty_address_and_no_social_links_show_nothing(client):
    html = footer(client.get("/en/").content.decode())
    assert "mailto:" not in html
    assert "site-footer__social" not in html
    assert "/en/news/feed/" in html


def test_a_change_of_the_settings_shows_at_once_on_cached_pages(client, site_settings):
    assert "info@foc.example" in client.get("/en/").content.decode()
    assert client.get("/en/")["X-Cache"] == "hit"
    site_settings.contact_email = "secretariat@foc.example"
    site_settings.save()
    html = client.get("/en/").content.decode()
    assert "secretariat@foc.example" in html
    assert "info@foc.example" not in html
    SocialLink.objects.create(settings=site_settings, network="Bluesky", url="https://b.example")
    assert ">Bluesky<" in client.get("/en/").content.decode()


def test_the_contact_page_shows_the_address_in_the_page_language(client, site_settings):
    factories.PageFactory(slug="contact", title_en="Contact")
    with translation.override("fr"):
        html = client.get(reverse("coalition:contact")).content.decode()
    details = html[html.index('class="wrap contact-details"') :]
    assert 'href="mailto:info@foc.example"' in details
    assert "<address>" in details
    assert "Unité d’appui<br>La Haye" in details


def test_a_social_link_must_be_https():
    link = SocialLink(settings=SiteSettings.objects.get(pk=1), network="X", url="http://x.example")
    with pytest.raises(ValidationError) as error:
        link.full_clean()
    assert "url" in error.value.message_dict


def test_the_secretariat_edits_the_settings_and_their_links_but_never_adds_or_deletes_them(
    secretariat_client,
):
    url = reverse("admin:coalition_sitesettings_change", args=[1])
    page = secretariat_client.get(url)
    assert page.status_code == 200
    form = {
        "contact_email": "info@foc.example",
        "postal_address_en": "The Hague",
        "postal_address_fr": "",
        "postal_address_es": "",
        "postal_address_ar": "",
        "social_links-TOTAL_FORMS": "2",
        "social_links-INITIAL_FORMS": "0",
        "social_links-0-network": "Mastodon",
        "social_links-0-url": "https://m.example/@foc",
        "social_links-0-order": "1",
        "social_links-1-network": "Feed",
        "social_links-1-url": "http://insecure.example",
        "social_links-1-order": "2",
    }
    refused = secretariat_client.post(url, form)
    assert refused.status_code == 200  # the form again, with the error, nothing lost
    assert "Enter an address that starts with https://." in refused.content.decode()
    assert SocialLink.objects.count() == 0
    form["social_links-1-url"] = "https://feed.example"
    assert secretariat_client.post(url, form).status_code == 302
    site = SiteSettings.objects.get(pk=1)
    assert site.contact_email == "info@foc.example"
    assert list(site.social_links.values_list("network", flat=True)) == ["Mastodon", "Feed"]
    assert secretariat_client.get(reverse("admin:coalition_sitesettings_add")).status_code == 403
    delete = reverse("admin:coalition_sitesettings_delete", args=[1])
    assert secretariat_client.get(delete).status_code == 403


def test_other_staff_groups_do_not_see_the_settings(staff):
    client = staff("Secretariat editor", "Publisher", "Translator")
    url = reverse("admin:coalition_sitesettings_change", args=[1])
    assert client.get(url).status_code == 403


# Feeds where readers look for them ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url_name", "feed"),
    [("coalition:news_list", "/en/news/feed/"), ("coalition:document_list", "/en/documents/feed/")],
)
def test_lists_link_their_feed_in_the_head_and_on_the_page(client, url_name, feed):
    html = client.get(reverse(url_name)).content.decode()
    assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in html
    main = html[html.index("<main") : html.index("</main>")]
    assert f'<a href="{feed}" type="application/atom+xml">' in main


# The language switcher ---------------------------------------------------------------------


def switcher(html):
    nav = html[html.index('class="language-switcher"') :]
    nav = nav[: nav.index("</nav>")]
    return {code: url for url, code in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav)}


def test_switching_language_keeps_the_documents_filters_and_page(client):
    for number in range(25):
        factories.DocumentFactory(kind="report", date=datetime.date(2023, 1, 1 + number % 28))
    html = client.get("/en/documents/?kind=report&year=2023&page=2").content.decode()
    assert switcher(html) == {
        code: f"/{code}/documents/?kind=report&amp;year=2023&amp;page=2"
        for code in ("en", "fr", "es", "ar")
    }
    # The hreflang links say the same.
    assert (
        '<link rel="alternate" hreflang="ar" href="http://testserver/ar/documents/'
        '?kind=report&amp;year=2023&amp;page=2">'
    ) in html


def test_switching_language_keeps_the_members_sort_and_the_search(client):
    factories.MemberStateFactory(country="NL", slug="netherlands")
    html = client.get("/fr/members/?sort=year").content.decode()
    assert switcher(html)["es"] == "/es/members/?sort=year"
    html = client.get("/es/search/?q=d%C3%A9claration").content.decode()
    assert switcher(html)["ar"] == "/ar/search/?q=d%C3%A9claration"


def test_an_item_switches_to_the_same_item_without_a_query_string(client):
    item = factories.NewsItemFactory(slug="a-story")
    html = client.get(item.get_absolute_url()).content.decode()
    assert switcher(html) == {code: f"/{code}/news/a-story/" for code in ("en", "fr", "es", "ar")}


# The conferences' calendar -------------------------------------------------------------------


def calendar_of(client, language="en"):
    response = client.get(f"/{language}/conferences/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    lines = response.content.split(b"\r\n")  # content lines end in CRLF
    assert lines[0] == b"BEGIN:VCALENDAR"
    assert lines[-2:] == [b"END:VCALENDAR", b""]
    assert all(len(line) <= 75 for line in lines)  # long lines folded
    return icalendar.Calendar.from_ical(response.content)


def test_the_calendar_lists_conferences_and_dated_consultations_as_all_day_events(client):
    conference = factories.ConferenceFactory(
        title_fr="Conférence de Tallinn", venue_en="Swissôtel", theme_en="Free & open"
    )
    dated = factories.RegionalConsultationFactory(
        region="africa", start_date=datetime.date(2022, 3, 1), end_date=datetime.date(2022, 3, 1)
    )
    factories.RegionalConsultationFactory()  # no dates: not in a calendar
    factories.ConferenceFactory(status=Status.DRAFT)

    feed = calendar_of(client, "fr")
    assert feed["VERSION"] == "2.0"
    assert feed["PRODID"]
    events = {str(event["UID"]): event for event in feed.walk("VEVENT")}
    assert set(events) == {
        f"conference-{conference.pk}@freedomonlinecoalition.com",
        f"consultation-{dated.pk}@freedomonlinecoalition.com",
    }

    event = events[f"conference-{conference.pk}@freedomonlinecoalition.com"]
    assert str(event["SUMMARY"]) == "Conférence de Tallinn"
    assert event["SUMMARY"].params["LANGUAGE"] == "fr"
    assert event["DESCRIPTION"].params["LANGUAGE"] == "en"  # not translated: English, so marked
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == datetime.date(2014, 4, 28)
    assert event.decoded("DTEND") == datetime.date(2014, 4, 30)  # the day after the last
    assert str(event["URL"]) == f"http://testserver/fr/conferences/{conference.slug}/"
    assert str(event["LOCATION"]).startswith("Swissôtel, Tallinn, ")

    for each in events.values():  # what RFC 5545 requires of every event
        assert each.decoded("DTSTAMP").tzinfo is not None

    one_day = events[f"consultation-{dated.pk}@freedomonlinecoalition.com"]
    assert one_day.decoded("DTEND") - one_day.decoded("DTSTART") == datetime.timedelta(days=1)


def test_an_arabic_calendar_lists_a_place_as_arabic_pages_do(client):
    factories.ConferenceFactory(city_en="The Hague", city_ar="لاهاي", venue_en="")
    [event] = calendar_of(client, "ar").walk("VEVENT")
    assert str(event["LOCATION"]).startswith("لاهاي، ")


def test_a_conference_keeps_its_uid_when_edited(client):
    conference = factories.ConferenceFactory()
    before = [str(event["UID"]) for event in calendar_of(client).walk("VEVENT")]
    conference.title_en = "Renamed"
    conference.save()
    after = calendar_of(client).walk("VEVENT")
    assert [str(event["UID"]) for event in after] == before
    assert str(after[0]["SUMMARY"]) == "Renamed"
    # Reached through another of the site's names, the events are the same events.
    other_name = client.get("/en/conferences/calendar.ics", HTTP_HOST="localhost")
    again = icalendar.Calendar.from_ical(other_name.content).walk("VEVENT")
    assert [str(event["UID"]) for event in again] == before


@pytest.mark.parametrize("count", [2, 20])
def test_the_calendar_costs_the_same_queries_whatever_its_length(
    client, count, django_assert_num_queries
):
    for _number in range(count):
        factories.ConferenceFactory()
    # the content version (page cache), the conferences with their hosts, the consultations
    with django_assert_num_queries(3):
        assert client.get("/en/conferences/calendar.ics").status_code == 200


def test_the_conferences_page_links_the_calendar(client):
    html = client.get(reverse("coalition:conference_list")).content.decode()
    assert '<link rel="alternate" type="text/calendar" href="/en/conferences/calendar.ics"' in html
    assert '<a href="/en/conferences/calendar.ics" type="text/calendar">' in html


# Structured data -------------------------------------------------------------------------------


def test_a_news_item_is_a_news_article_and_script_endings_in_it_are_escaped(client):
    item = factories.NewsItemFactory(
        slug="story", title_en="A </script><script>alert(1)</script> & more", summary_en="<b>Hi</b>"
    )
    html = client.get(f"/fr{item.get_absolute_url()[3:]}").content.decode()
    assert "<script>alert(1)" not in html
    article = of_type(html, "NewsArticle")
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "A </script><script>alert(1)</script> & more"
    assert article["url"] == article["mainEntityOfPage"] == "http://testserver/fr/news/story/"
    assert article["datePublished"] == "2024-09-01"
    assert article["inLanguage"] == "en"  # the title is not translated into French
    assert article["publisher"]["url"] == "http://testserver/fr/"
    assert article["description"] == "Hi"


def test_descriptions_are_the_words_of_rich_and_plain_texts(client):
    """A rich text's words without its markup or entities; a plain text as it is written."""
    conference = factories.ConferenceFactory(
        theme_en="", summary_en="<p>Talks &amp; <strong>workshops</strong></p>"
    )
    event = of_type(client.get(f"/en/conferences/{conference.slug}/").content.decode(), "Event")
    assert event["description"] == "Talks & workshops"
    document = factories.DocumentFactory(slug="agenda", summary_en="<p>Rights &amp; duties</p>")
    report = client.get(document.get_absolute_url()).content.decode()
    assert "Rights & duties" in [data.get("description") for data in json_ld(report)]
    item = factories.NewsItemFactory(slug="plain", summary_en="Tallinn <and agreed>.")
    article = of_type(client.get(item.get_absolute_url()).content.decode(), "NewsArticle")
    assert article["description"] == "Tallinn <and agreed>."


def test_a_conference_is_an_event(client):
    conference = factories.ConferenceFactory(venue_en="Swissôtel")
    html = client.get(f"/es/conferences/{conference.slug}/").content.decode()
    event = of_type(html, "Event")
    assert (event["startDate"], event["endDate"]) == ("2014-04-28", "2014-04-29")
    assert event["url"] == f"http://testserver/es/conferences/{conference.slug}/"
    assert event["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Tallinn",
        "addressCountry": "EE",
    }
    assert event["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert event["organizer"]["name"] == "Coalición para la Libertad en Línea"
    assert event["organizer"]["url"] == "http://testserver/es/"


@pytest.mark.parametrize(
    ("kind", "schema_type"), [("report", "Report"), ("declaration", "DigitalDocument")]
)
def test_a_document_is_a_report_or_a_digital_document(client, kind, schema_type):
    document = factories.DocumentFactory(
        kind=kind, slug="doc", date=datetime.date(2017, 1, 1), date_precision="year"
    )
    data = of_type(client.get("/en/documents/doc/").content.decode(), schema_type)
    assert data["name"] == document.title
    assert data["datePublished"] == "2017"  # known to the year only
    assert data["url"] == "http://testserver/en/documents/doc/"
    assert data["sameAs"] == "https://example.org/statement"


def test_a_document_with_a_file_names_its_download(client):
    factories.DocumentFactory(slug="doc", file="documents/x/doc.pdf", external_url="")
    data = of_type(client.get("/fr/documents/doc/").content.decode(), "DigitalDocument")
    assert data["encoding"] == {
        "@type": "MediaObject",
        "contentUrl": "http://testserver/fr/documents/doc/download/",
        "encodingFormat": "application/pdf",
    }
    assert "sameAs" not in data


def test_breadcrumbs_are_a_breadcrumb_list(client):
    factories.NewsItemFactory(slug="story", title_en="Story")
    trail = of_type(client.get("/ar/news/story/").content.decode(), "BreadcrumbList")
    assert [(item["position"], item["item"]) for item in trail["itemListElement"]] == [
        (1, "http://testserver/ar/"),
        (2, "http://testserver/ar/news/"),
        (3, "http://testserver/ar/news/story/"),
    ]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_home_page_describes_the_coalition_with_its_member_states(client, language):
    factories.MemberStateFactory(country="NL", slug="netherlands")
    factories.MemberStateFactory(country="CA", slug="canada", status_in_coalition="observer")
    organization = of_type(client.get(f"/{language}/").content.decode(), "Organization")
    assert organization["url"] == f"http://testserver/{language}/"
    assert organization["member"] == [
        {
            "@type": "GovernmentOrganization",
            "name": "Pays-Bas" if language == "fr" else "Netherlands",
            "url": f"http://testserver/{language}/members/netherlands/",
        }
    ]
    # The members page, the heaviest, lists them as text only.
    members_page = client.get(f"/{language}/members/").content.decode()
    assert [block["@type"] for block in json_ld(members_page)] == ["BreadcrumbList"]


def test_each_of_the_sites_names_gets_its_own_addresses_from_cached_fragments(client):
    """The site answers to several names (ALLOWED_HOSTS): a fragment cached for one does
    not hand its absolute addresses to a page read through another."""
    factories.MemberStateFactory(country="NL", slug="netherlands")
    for host in ("localhost", "testserver"):
        html = client.get("/en/", HTTP_HOST=host).content.decode()
        organization = of_type(html, "Organization")
        assert organization["url"] == f"http://{host}/en/"
        assert organization["member"][0]["url"].startswith(f"http://{host}/")


def test_the_script_escapes_what_could_end_it():
    text = str(structured_data.script({"name": "</script><!-- & >"}))
    assert text.count("</script>") == 1
    assert "<!--" not in text
    inner = text.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(inner) == {"name": "</script><!-- & >"}


# The map and the keyboard ------------------------------------------------------------------------


def test_the_map_links_are_not_tab_stops_and_its_caption_leads_to_the_list(client):
    factories.MemberStateFactory(country="NL", slug="netherlands")
    html = client.get("/en/members/").content.decode()
    start = html.index('<svg class="world-map__svg"')
    svg = html[start : html.index("</svg>", start)]
    links = re.findall(r"<a [^>]*>", svg)
    assert links
    assert all('tabindex="-1"' in link for link in links)
    assert '<a href="#by-region">' in html
    assert 'id="by-region"' in html


# The designed 404 page under DEBUG ---------------------------------------------------------------


@pytest.fixture
def debug_urls(settings):
    import focsite.urls

    def load(debug):
        settings.DEBUG = debug
        importlib.reload(focsite.urls)
        clear_url_caches()

    yield load
    load(False)


def test_under_debug_the_designed_404_page_has_an_address(client, debug_urls):
    debug_urls(True)
    response = client.get("/fr/errors/404/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "404.html" in [template.name for template in response.templates]
    assert 'lang="fr"' in html
    assert "Traceback" not in html
    debug_urls(False)
    with pytest.raises(NoReverseMatch):
        reverse("not_found_preview")

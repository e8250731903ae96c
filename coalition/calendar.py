"""The conferences and regional consultations as an iCalendar feed (RFC 5545), one per
language, at /<lang>/conferences/calendar.ics: calendar applications subscribe to it.

Every event lasts whole days (DTSTART and DTEND as dates, DTEND the day after the last
one, as the standard counts). Its UID is the kind and the database id at the coalition's
domain (UID_DOMAIN, not the address the feed was fetched at, which may be any of the site's
names): the same event keeps it whatever is edited and wherever it is read from, so a
subscriber's copy is updated, never doubled. Texts are in the feed's language, or English where they are not translated yet
(modeltranslation's fallback), each marked with its LANGUAGE. A consultation without dates
is left out: a calendar has no place for it.
"""

import datetime

import icalendar
from django.utils import translation
from django.utils.translation import gettext

from .languages import join_list, shown_language
from .models import Conference, RegionalConsultation

PRODUCT_ID = "-//Freedom Online Coalition//Conferences//EN"
UID_DOMAIN = "freedomonlinecoalition.com"
ONE_DAY = datetime.timedelta(days=1)


def add_text(event, name, obj, field, value=None):
    value = getattr(obj, field) if value is None else value
    if value:
        event.add(name, value, parameters={"LANGUAGE": shown_language(obj, field)})


def new_event(uid, first_day, last_day, changed_at):
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", changed_at)
    event.add("last-modified", changed_at)
    event.add("dtstart", first_day)  # a date: an all-day event (VALUE=DATE)
    event.add("dtend", (last_day or first_day) + ONE_DAY)
    event.add("transp", "TRANSPARENT")
    return event


def conference_event(conference, absolute):
    event = new_event(
        f"conference-{conference.pk}@{UID_DOMAIN}",
        conference.start_date,
        conference.end_date,
        conference.updated_at,
    )
    add_text(event, "summary", conference, "title")
    place = [conference.venue, conference.city, conference.host.name]
    event.add(
        "location",
        join_list(place),
        parameters={"LANGUAGE": shown_language(conference, "city")},
    )
    add_text(event, "description", conference, "theme")
    event.add("url", absolute(conference.get_absolute_url()))
    event.add("categories", [gettext("Freedom Online Conference")])
    return event


def consultation_event(consultation, absolute, list_url):
    event = new_event(
        f"consultation-{consultation.pk}@{UID_DOMAIN}",
        consultation.start_date,
        consultation.end_date,
        consultation.updated_at,
    )
    event.add(
        "summary",
        gettext("Regional consultation: %(region)s")
        % {"region": consultation.get_region_display()},
        parameters={"LANGUAGE": translation.get_language()},
    )
    add_text(event, "description", consultation, "process")
    event.add("url", absolute(list_url))
    event.add("categories", [gettext("Regional consultation")])
    return event


def calendar(absolute, list_url):
    """The feed as bytes. `absolute` makes a path an absolute address."""
    feed = icalendar.Calendar()
    feed.add("prodid", PRODUCT_ID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    feed.add("x-wr-calname", gettext("Freedom Online Coalition: conferences"))
    for conference in Conference.objects.published().with_host().order_by("start_date"):
        feed.add_component(conference_event(conference, absolute))
    consultations = RegionalConsultation.objects.published().filter(start_date__isnull=False)
    for consultation in consultations.order_by("start_date"):
        feed.add_component(consultation_event(consultation, absolute, list_url))
    return feed.to_ical()

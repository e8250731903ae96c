"""Numbers from a query string (a year, a page), read strictly.

Python's int() and str.isdigit() accept far more than the digits a visitor types: "²" passes
isdigit() and then makes int() fail; "٣", "३" and "３" are read as 3, "1_0" as 10, " 7" as 7;
and forty digits make a number that no date and no database column can hold. Every number
taken from a query string goes through strict_int() instead, and a value that is not one is
ignored (or is a 404 where the number names a page), never a 500.
"""

from django.contrib.admin.options import IncorrectLookupParameters
from django.http import Http404

# The years a filter may ask for: well beyond any document's, well inside what dates hold.
FIRST_YEAR, LAST_YEAR = 1900, 2100
# No list has this many pages; the bound only keeps absurd numbers out.
LAST_PAGE = 100_000


def strict_int(value, minimum, maximum):
    """The number `value` spells in ASCII digits, if it lies in [minimum, maximum]; else None.

    A value with more digits than `maximum` has is refused before int() reads it.
    """
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()):
        return None
    if len(value) > len(str(maximum)):
        return None
    number = int(value)
    return number if minimum <= number <= maximum else None


def is_page_number(value):
    """A page number as the site's own links write it: no sign, no leading zero."""
    return value[:1] != "0" and strict_int(value, 1, LAST_PAGE) is not None


def is_later_page(value):
    """A page number after the first: page 1 is the list's own address, without ?page=."""
    return value != "1" and is_page_number(value)


def is_year(value):
    return value[:1] != "0" and strict_int(value, FIRST_YEAR, LAST_YEAR) is not None


def query_year(request, name="year"):
    """The year in `request.GET[name]`, or None when there is none or it is not a year."""
    return strict_int(request.GET.get(name), FIRST_YEAR, LAST_YEAR)


class StrictPageMixin:
    """For a paginated ListView: a ?page= that is not a plain page number is a 404.

    Django's own pagination reads the page with int(), so "٢" would be page 2; an empty
    ?page= stays page 1 and "last" the last page, as Django allows.
    """

    def paginate_queryset(self, queryset, page_size):
        page = self.request.GET.get(self.page_kwarg)
        if page not in (None, "", "last") and strict_int(page, 1, LAST_PAGE) is None:
            raise Http404
        return super().paginate_queryset(queryset, page_size)


# The date drill-down of an admin list: the parts Django turns into a date, and their range.
DATE_PARTS = {"year": (FIRST_YEAR, LAST_YEAR), "month": (1, 12), "day": (1, 31)}


class StrictChangeListMixin:
    """For every ModelAdmin: its list refuses a query string no filter can use.

    Django's date drill-down (date_hierarchy) reads its year with int() and then crashes on
    9999 (the end of the range is 10000) or on a 40-digit year; and PostgreSQL refuses a
    text that holds a NUL character. Such a query string is answered the way Django answers
    any lookup it cannot use (IncorrectLookupParameters): a redirect to the unfiltered list.
    """

    def get_changelist_instance(self, request):
        for name, values in request.GET.lists():
            if "\x00" in name or any("\x00" in value for value in values):
                raise IncorrectLookupParameters("The query string holds a NUL character.")
        if self.date_hierarchy:
            for part, (low, high) in DATE_PARTS.items():
                value = request.GET.get(f"{self.date_hierarchy}__{part}")
                if value is not None and strict_int(value, low, high) is None:
                    raise IncorrectLookupParameters(f"Not a {part}: {value!r}")
        return super().get_changelist_instance(request)

"""What each language writes its own way: its own name, ordinals, dates and lists.

Every page that shows a rank, an edition, a date or a list goes through these functions,
so that a rule of one language (French 1ᵉʳ but 31ᵉ, Spanish 31.º, Arabic ordinals in
words, the Arabic comma) is written once, here, and tested (tests/test_languages.py).
locale/GLOSSARY.md states the same rules for translators.
"""

import re

from django.conf import settings
from django.utils import dateformat, formats
from django.utils.translation import get_language, get_language_info, pgettext

# How each language names itself at the start of a menu item (the language switcher): the
# capital of French and Spanish, and Arabic without the shadda of Django's "العربيّة".
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}

MASCULINE = "masculine"
FEMININE = "feminine"

# The grammatical gender of the noun an ordinal goes with, in each language: "membre",
# "miembro" and عضو are masculine; "édition", "edición" and دورة feminine. None: the
# language writes a plain number there ("Edition 9").
MEMBER = {"en": MASCULINE, "fr": MASCULINE, "es": MASCULINE, "ar": MASCULINE}
EDITION = {"en": None, "fr": FEMININE, "es": FEMININE, "ar": FEMININE}

ENGLISH_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}

# Arabic ordinals, masculine and feminine, in the nominative (the case of a label or of a
# noun phrase standing alone: العضو الحادي والثلاثون، الدورة التاسعة).
ARABIC_UNITS = {
    1: ("الأول", "الأولى"),
    2: ("الثاني", "الثانية"),
    3: ("الثالث", "الثالثة"),
    4: ("الرابع", "الرابعة"),
    5: ("الخامس", "الخامسة"),
    6: ("السادس", "السادسة"),
    7: ("السابع", "السابعة"),
    8: ("الثامن", "الثامنة"),
    9: ("التاسع", "التاسعة"),
    10: ("العاشر", "العاشرة"),
}
# "First" inside a compound ordinal: الحادي عشر (11th), الحادي والعشرون (21st).
ARABIC_COMPOUND_FIRST = ("الحادي", "الحادية")
ARABIC_TEENS = ("عشر", "عشرة")
# The tens have one form for both genders.
ARABIC_TENS = {
    2: "العشرون",
    3: "الثلاثون",
    4: "الأربعون",
    5: "الخمسون",
    6: "الستون",
    7: "السبعون",
    8: "الثمانون",
    9: "التسعون",
}


# Open Graph names a locale as language_TERRITORY (its readers know no bare "fr"): the
# site's English is British (organisation), and Arabic is the form link previews know.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR"}


def active_language():
    """The active language's code ("fr"), English when none is active."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def language_name(code):
    """A language's name as it writes itself, capitalised: Français, Español, العربية."""
    return LANGUAGE_NAMES[code]


def language_name_translated(code):
    """A language's name in the active language: French, français, الفرنسية."""
    return get_language_info(code)["name_translated"]


def ordinal(number, gender=MASCULINE, language=None):
    """`number` as an ordinal in the active language (or `language`), agreeing in gender
    with the noun it goes with: 31st; 1ᵉʳ, 1ʳᵉ, 31ᵉ; 31.º, 31.ª; الحادي والثلاثون.

    Django's humanize `ordinal` cannot be used: it writes 31ᵉʳ in French (it takes the
    last digit for the whole number), 31º without the period in Spanish, and has no
    gender."""
    number = int(number)
    language = language or active_language()
    feminine = gender == FEMININE
    if language == "fr":
        if number == 1:
            return "1ʳᵉ" if feminine else "1ᵉʳ"
        return f"{number}ᵉ"
    if language == "es":
        return f"{number}.ª" if feminine else f"{number}.º"
    if language == "ar":
        return arabic_ordinal(number, feminine)
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{ENGLISH_SUFFIXES.get(number % 10, 'th')}"


def arabic_ordinal(number, feminine=False):
    """An Arabic ordinal in words, as Arabic grammar writes it after its noun: الأول،
    الحادي عشر، الحادي والثلاثون (feminine: الأولى، الحادية عشرة، الحادية والثلاثون).

    From 100 on, where words grow long and usage varies, the number is written in digits
    after رقم ("number"): العضو رقم 101. The site's ranks and editions stay far below it."""
    gender = 1 if feminine else 0
    if not 1 <= number <= 99:
        return f"رقم {number}"
    if number <= 10:
        return ARABIC_UNITS[number][gender]
    tens, unit = divmod(number, 10)
    if unit == 1:
        unit_word = ARABIC_COMPOUND_FIRST[gender]
    elif unit:
        unit_word = ARABIC_UNITS[unit][gender]
    if tens == 1:
        return f"{unit_word} {ARABIC_TEENS[gender]}"
    if unit == 0:
        return ARABIC_TENS[tens]
    return f"{unit_word} و{ARABIC_TENS[tens]}"


def member_rank(number):
    """A member's rank in the order of joining, as it goes into "the coalition's
    %(rank)s member": 31st, 31ᵉ, 31.º, الحادي والثلاثون."""
    return ordinal(number, MEMBER[active_language()])


def edition_number(number):
    """A conference edition's number, as it goes into "Edition %(number)s": 9 in English
    ("Edition 9"), 9ᵉ, 9.ª, التاسعة ("9ᵉ édition", "9.ª edición", "الدورة التاسعة")."""
    gender = EDITION[active_language()]
    return str(number) if gender is None else ordinal(number, gender)


def list_separator():
    """What separates the items of a list: ", ", and "، " (the Arabic comma) in Arabic."""
    return pgettext("separator between the items of a list", ", ")


def join_list(items, to_text=str):
    """The items (empty ones left out) as one list in the active language: "The Hague,
    Netherlands", "لاهاي، هولندا". `to_text` makes an item text (templates escape it)."""
    return list_separator().join(to_text(item) for item in items if item not in (None, ""))


# An unescaped "j" (the day of the month without a leading zero) in a Django date format.
DAY_OF_MONTH = re.compile(r"(?<!\\)j")


def format_date(value, format_name="DATE_FORMAT"):
    """A date as the active language writes it, with the format `format_name` (a setting
    such as "DATE_FORMAT" or a format of its own, as Django's `date` filter takes).

    French writes the first day of a month as an ordinal, 1ᵉʳ janvier, and every other day
    as a number, 2 janvier; Django's formats cannot say so."""
    date_format = formats.get_format(format_name)
    if value.day == 1 and active_language() == "fr":
        escaped = "".join(f"\\{char}" for char in ordinal(1, MASCULINE, "fr"))
        date_format = DAY_OF_MONTH.sub(lambda _match: escaped, date_format)
    return dateformat.format(value, date_format)


def shown_language(obj, field):
    """The language a translated field is shown in: the active one, or English (the
    fallback) where it has no text of its own."""
    language = get_language()
    if language == settings.LANGUAGE_CODE:
        return language
    own = getattr(obj, f"{field}_{language}", None)
    return language if own not in (None, "") else settings.LANGUAGE_CODE

"""Text made comparable: folding for sorting and matching, and the words that search matches.

The search index (coalition/search_index.py) folds and splits the text it stores with the
same functions that fold and split a visitor's query, so that both sides always agree.
"""

import unicodedata
from typing import NamedTuple

# Letters written in more than one way, after accents and Arabic marks are gone (fold()):
# one form each, so that every spelling finds the others.
LETTER_VARIANTS = str.maketrans(
    {
        # Arabic. أ إ آ ؤ ئ are ا ا ا و ي with a hamza or madda mark, which fold() removes;
        # alef wasla has no such decomposition.
        "\u0671": "\u0627",  # ٱ alef wasla → ا alef
        "\u0649": "\u064a",  # ى alef maqsura → ي yeh
        "\u0629": "\u0647",  # ة taa marbuta → ه heh
        "\u0621": None,  # ء standalone hamza: often left out, so always left out
        "\u0640": None,  # ـ tatweel (kashida), a stretch of the line, not a letter
        "\u06a9": "\u0643",  # ک keheh (Persian keyboards) → ك kaf
        "\u06cc": "\u064a",  # ی Farsi yeh → ي yeh
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},  # ٠–٩ → 0–9
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},  # ۰–۹ → 0–9
        # Latin letters that are not a letter plus an accent.
        "œ": "oe",
        "æ": "ae",
        "ø": "o",
        "đ": "d",
        "ł": "l",
        "ı": "i",
        # Typographic apostrophes, quotation marks and dashes → their plain forms.
        **dict.fromkeys("’‘‛ʼ′`", "'"),
        **dict.fromkeys("“”„‟«»″", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)

# Query words shorter than this match whole words only ("AI" is not in "Spain"); longer
# ones also match the beginning of a word ("declar" finds "declaration").
PREFIX_MIN_LENGTH = 3

# Arabic prefixes that are glued to the next word: the article and the prepositions and
# conjunctions before it (والإنترنت, بالإنترنت, للإنترنت: "and/with/for the Internet").
# A word that starts with one is indexed with and without it, longest first.
ARABIC_PREFIXES = ("وبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال")

# The Arabic definite article, written with a bare alef. A name that starts with a hamza on
# the alef (ألبانيا، ألمانيا) starts with a letter of its own, not the article.
ARABIC_ARTICLE = "ال"

# Letters that Arabic alphabetical order does not tell apart from another: alef wasla, alef
# maqsura and taa marbuta sort as alef, yaa and haa; the tatweel (a stretch of the line) is
# no letter at all. The hamza and madda on alef, waw and yaa go with fold()'s marks.
ARABIC_SORT_LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


def fold(text):
    """Lower case, without accents, Arabic vowel marks or hamza forms, with one form of each
    letter written in several ways (LETTER_VARIANTS): for sorting and matching."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return bare.casefold().translate(LETTER_VARIANTS)


def sort_key(name):
    """The key that puts names in alphabetical order in every language of the site.

    Accents are ignored (Écosse among the E), and Arabic names sort as the UN's Arabic lists
    do: without their article (الدانمرك among the د, السويد among the س) and with the alef's
    hamza and madda ignored (أستراليا، إستونيا، آيرلندا among the ا). Every list of states
    sorted by name uses it."""
    text = unicodedata.normalize("NFC", str(name)).strip()
    if text.startswith(ARABIC_ARTICLE) and len(text) > len(ARABIC_ARTICLE):
        text = text[len(ARABIC_ARTICLE) :]
    return fold(text).translate(ARABIC_SORT_LETTERS)


def is_word_character(char):
    """Letters, digits and other symbols (an emoji) make words; punctuation, mathematical
    and currency signs and spaces separate them."""
    category = unicodedata.category(char)
    return category[0] in "LMN" or category == "So"


def parts(chunk):
    """The runs of word characters in `chunk` (folded text without spaces)."""
    found, current = [], []
    for char in chunk:
        if is_word_character(char):
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def without_arabic_prefix(word):
    """The word without a glued article or preposition (ARABIC_PREFIXES), with the article
    kept and without it ("والانترنت" → "الانترنت", "انترنت"); nothing for other words."""
    for prefix in ARABIC_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 2:
            # Every prefix but the article itself holds it (لل is ل + ال, alef unwritten).
            return [rest] if prefix == ARABIC_ARTICLE else [ARABIC_ARTICLE + rest, rest]
    return []


def index_words(text):
    """The words under which `text` is found, folded, in order, repeats kept.

    A run of characters between spaces with punctuation inside ("T.F.A.I.R.", "TF-AIR",
    "l’Internet") gives its parts and the parts joined ("tfair", "linternet"), so that it is
    found however the query writes it. An Arabic word with a glued article or preposition is
    also indexed without it.
    """
    words = []
    for chunk in fold(text).split():
        pieces = parts(chunk)
        words += pieces
        if len(pieces) > 1:
            words.append("".join(pieces))
        for piece in pieces:
            words += without_arabic_prefix(piece)
    return words


class Term(NamedTuple):
    """One word of a query: its `text` (folded, its parts apart) and its `alternatives`,
    each a list of index words that must all be found."""

    text: str
    alternatives: list


def query_terms(query, limit):
    """What a query asks for: a Term per word, at most `limit`.

    "Tallinn" is found as "tallinn". A word with punctuation inside is found as written
    without it, or as its parts, single letters left out: "TF-AIR" as "tfair" or as "tf" and
    "air", "l’Internet" as "linternet" or "internet", "T.F.A.I.R." as "tfair". Words without
    a letter, digit or symbol ("%", "&") ask for nothing.
    """
    terms = []
    for chunk in fold(query).split():
        pieces = parts(chunk)
        if not pieces:
            continue
        alternatives = [["".join(pieces)]]
        longer = [piece for piece in pieces if len(piece) > 1]
        if len(pieces) > 1 and longer:
            alternatives.append(longer)
        # "بالإنترنت" finds "الإنترنت" and "إنترنت", as the index keeps words both ways.
        alternatives += [[word] for word in without_arabic_prefix("".join(pieces))]
        terms.append(Term(" ".join(pieces), alternatives))
        if len(terms) == limit:
            break
    return terms

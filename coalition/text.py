import unicodedata

# The Arabic definite article, written with a bare alef. A name that starts with a hamza on
# the alef (ألبانيا، ألمانيا) starts with a letter of its own, not the article.
ARABIC_ARTICLE = "ال"

# Letters that Arabic alphabetical order does not tell apart from another: alef wasla, alef
# maqsura and taa marbuta sort as alef, yaa and haa; the tatweel (a stretch of the line) is
# no letter at all. The hamza and madda on alef, waw and yaa go with fold()'s marks.
ARABIC_SORT_LETTERS = str.maketrans({"ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


def fold(text):
    """Lower case, without accents or Arabic vowel marks: for sorting and matching in Python."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


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

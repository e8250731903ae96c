import unicodedata


def fold(text):
    """Lower case, without accents or Arabic vowel marks: for sorting and matching in Python."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()

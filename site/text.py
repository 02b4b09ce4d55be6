"""Small pieces of wording that depend on the visitor's language."""

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_bidi

# Arabic separates the items of a list with its own comma (U+060C), not the Latin one.
LIST_SEPARATORS = {"ar": "\u060c "}


def join_list(items, language=None):
    """ "ordinateur, smartphone" in French, "حاسوب، هاتف ذكي" in Arabic."""
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return LIST_SEPARATORS.get(language, ", ").join(str(item) for item in items)


def left_to_right(value):
    """A phone number, postcode, e-mail or web address isolated as left-to-right text, so that it keeps its order
    inside Arabic text ("01 99 00 12 34", not "34 12 00 99 01")."""
    if value in (None, ""):
        return ""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


# Plain text (e-mails) has no <bdi>: Unicode's isolates do the same. Only in right-to-left languages, so that a
# French reader copying an address never copies an invisible character with it.
def left_to_right_text(value):
    """LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE around a web address, a code or a number."""
    return f"\u2066{value}\u2069" if value not in (None, "") and get_language_bidi() else value


def own_direction_text(value):
    """FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: a place's address keeps its own direction."""
    return f"\u2068{value}\u2069" if value not in (None, "") and get_language_bidi() else value

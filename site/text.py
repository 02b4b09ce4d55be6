"""Small pieces of wording that depend on the visitor's language."""

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language

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


# For plain text (e-mails): LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE.
def left_to_right_text(value):
    return f"\u2066{value}\u2069" if value not in (None, "") else ""

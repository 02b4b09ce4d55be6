"""The meta description of place, stop and tour pages (search results, shared links).

What the editor wrote for search engines, else the place's summary, else a sentence built from the facts:
"Lieu d'aide au numérique à Martigues : Aide aux démarches administratives, …", always in the page's language
and at most 160 characters (what search engines show).
"""

from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from proxinum.services import Service

from . import enums

MAX_LENGTH = 160


def shorten(text, limit=MAX_LENGTH):
    """`text` on one line, cut at a word boundary with "…" when longer than `limit` characters."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–-") + "…"


def language_of(page):
    """The page's language code, cached (a locale's code never changes): no query once warm."""

    def lookup():
        return Locale.objects.values_list("language_code", flat=True).get(pk=page.locale_id)

    return cache.get_or_set(f"locale-language-{page.locale_id}", lookup, None)


def meta_description(page, communes):
    """`communes`: where the place is (for a tour, where its stops are)."""
    written = page.search_description or page.summary or page.listing_summary
    if written:
        return shorten(written)
    with translation.override(language_of(page)):
        mobile = not hasattr(page, "itinerance") or enums.Itinerance.MOBILE in page.itinerance
        kind = _("Bus d'aide au numérique") if mobile else _("Lieu d'aide au numérique")
        communes = list(dict.fromkeys(commune for commune in communes if commune))
        if communes:
            kind = _("%(kind)s à %(commune)s") % {"kind": kind, "commune": ", ".join(communes)}
        labels = dict(Service.choices)
        services = ", ".join(str(labels.get(service, service)) for service in page.services)
        text = _("%(kind)s : %(services)s") % {"kind": kind, "services": services} if services else kind
        return shorten(text)

import functools
from urllib.parse import urlencode

import segno
from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from proxinum import text
from proxinum.navigation import ONLY_IN_FRENCH_PARAM, content_version, get_navigation
from proxinum.registry import navigation_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def navigation(context):
    """Main navigation, footer links and language homes for the visitor's language (cached)."""
    request = context.get("request")
    if request is None:
        return {"home_url": "/", "homes": {}, "sections": {}, "footer": []}
    return get_navigation(request)


@register.simple_tag(takes_context=True)
def site_texts(context):
    """What the site says about itself (tagline, postal address, the phone's hours) in the visitor's language."""
    from wagtail.models import Site

    from proxinum.models.settings import SiteTexts, site_texts

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return SiteTexts()
    return site_texts(site, translation.get_language() or settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def language_links(context, nav):
    """One link per language: the current page's translation (a listing keeps the visitor's query); for a page not
    translated into a language, the French page shown with that language's interface (never a silent jump home)."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    if page is not None and getattr(page, "pk", None) and hasattr(page, "get_translations"):
        # (link, absolute URL): the switcher links within the site, the head's alternates need the full address.
        translations = cached_per_page(
            "translation-urls",
            page,
            lambda: {
                translated.locale.language_code: (
                    translated.get_url(request=request),
                    translated.get_full_url(request=request),
                )
                for translated in page.get_translations(inclusive=True).live().select_related("locale")
            },
        )
    query = ""
    if request is not None and getattr(page, "keeps_query_on_language_switch", False):
        params = request.GET.copy()
        for name in ("page", ONLY_IN_FRENCH_PARAM):
            params.pop(name, None)
        query = params.urlencode()
    french = translations.get(settings.LANGUAGE_CODE)
    links = []
    for code, name in settings.LANGUAGES:
        target = code  # the language of the page the link leads to
        if code in translations:
            url, full_url = translations[code]
            url = f"{url}?{query}" if query else url
        elif french:  # not translated: the French page, with the interface and a notice in that language
            url, full_url = f"{french[0]}?{urlencode({ONLY_IN_FRENCH_PARAM: code})}", None
            target = settings.LANGUAGE_CODE
        else:
            url, full_url = nav["homes"].get(code), None
        if url:
            links.append(
                {
                    "code": code,
                    "name": name,
                    "url": url,
                    "full_url": full_url,
                    "current": code == current,
                    "is_translation": code in translations,
                    "hreflang": target,
                    "bidi": code in settings.LANGUAGES_BIDI,
                }
            )
    return links


@register.simple_tag
def alternate_links(languages):
    """[(hreflang, absolute URL)] for the head: the page's translations and x-default (the French one), built as the
    sitemap's alternates (the Wagtail site's root URL); none for a page that exists in one language only."""
    alternates = [(link["code"], link["full_url"]) for link in languages if link["is_translation"] and link["full_url"]]
    if len(alternates) < 2:
        return []
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    return [*alternates, ("x-default", default)] if default else alternates


def cached_per_page(name, page, build):
    """`build()`'s result for `page`, cached until a page is next published, unpublished, moved or deleted."""
    key = f"{name}:{content_version()}:{page.pk}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, settings.NAVIGATION_CACHE_SECONDS)
    return value


@register.simple_tag(takes_context=True)
def breadcrumb(context, page):
    """[(title, url)] of the page's ancestors below the root; the home page's title is None (shown as "Accueil")."""
    request = context.get("request")
    return cached_per_page(
        "breadcrumb",
        page,
        lambda: [
            (None if ancestor.depth == 2 else ancestor.title, ancestor.get_url(request=request))
            for ancestor in page.get_ancestors()[1:]
        ],
    )


def main_menu_sections():
    """The sections the apps declare with a menu label, in their declared order."""
    return [section for section in navigation_sections() if section.menu_label]


@register.simple_tag(takes_context=True)
def main_menu(context, nav):
    """The main navigation entries; `current` is "page" on the section page itself, "true" inside the section."""
    path = getattr(context.get("request"), "path", "")
    entries = []
    for section in main_menu_sections():
        url = nav["sections"].get(section.key)
        if not url:
            continue
        current = "page" if path == url else ("true" if path.startswith(url) else "")
        entries.append({"key": section.key, "label": str(section.menu_label), "url": url, "current": current})
    return entries


@functools.lru_cache(maxsize=512)
def _qr_svg(url):
    """Encoding takes about 5 ms, and a page's short address never changes: each one is encoded once per process."""
    return segno.make(url, error="m").svg_inline(scale=3, border=2, svgclass="qr-code", lineclass=None, omitsize=False)


@register.simple_tag
def qr_code(url, label):
    """An inline SVG QR code of `url` (printed handouts lead back to the page); no image request, no library JS."""
    svg = _qr_svg(url)
    return format_html('<span class="qr" role="img" aria-label="{}">{}</span>', label, mark_safe(svg))  # noqa: S308


@register.filter
def join_list(items):
    """A list in the visitor's language: "a, b" (the Arabic comma in Arabic)."""
    return text.join_list(items or [])


@register.filter
def ltr(value):
    """<bdi dir="ltr">: numbers and addresses keep their order in right-to-left text."""
    return text.left_to_right(value)


@register.filter
def lines(value):
    """Text written line by line (a postal address): each line with its own direction ("13500 Martigues" stays
    left to right in Arabic), separated by line breaks."""
    return format_html_join(
        mark_safe("<br>"), '<span dir="auto">{}</span>', ((line,) for line in str(value).splitlines())
    )


@register.filter
def ltr_text(value):
    """For plain-text e-mails: a web address, code or number isolated left to right (right-to-left languages only)."""
    return text.left_to_right_text(value)


@register.filter
def auto_text(value):
    """For plain-text e-mails: an address that keeps its own direction (right-to-left languages only)."""
    return text.own_direction_text(value)

"""Site-wide links (main navigation, footer, language homes) resolved once per language and cached.

They are needed on every page; computing them costs several queries, so they are cached and the cache is
cleared whenever a page is published, unpublished, moved or deleted, or the site settings change (signals.py).
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import translation
from wagtail.models import Locale, Page, Site

from .registry import navigation_sections

VERSION_KEY = "navigation:version"
# ?interface=ar on a page that exists only in French: the page in French, the interface and a notice in Arabic.
ONLY_IN_FRENCH_PARAM = "interface"  # not "langue": the finder and the library filter by language with it

FOOTER_PAGES = ["contact_page", "legal_notice_page", "privacy_page", "accessibility_page"]


def default_locale():
    """The default language's Locale (French), cached: many pages fall back to it."""
    return cache.get_or_set("default-locale", Locale.get_default, None)


def content_version():
    """A number that changes whenever a page is published, unpublished, moved or deleted: part of cache keys."""
    return cache.get_or_set(VERSION_KEY, 1, None)


def clear_navigation_cache():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def _url(page, request):
    return page.get_url(request=request) if page else None


def _pick(pages_by_language, language):
    """The page in the visitor's language, else in the default language."""
    return pages_by_language.get(language) or pages_by_language.get(settings.LANGUAGE_CODE)


def _section_urls(homes, wanted, language, request):
    """{key: URL} of the sections the apps declare: the child of the visitor's home page of each section's type."""
    sections = navigation_sections()
    keys_by_model = {}
    for section in sections:
        keys_by_model.setdefault(section.model_label, []).append(section.key)
    children_of_homes = Q()
    for home in homes.values():
        if home.locale.language_code in wanted:
            children_of_homes |= Q(path__startswith=home.path, depth=home.depth + 1)
    by_key = {}
    if children_of_homes:
        for page in Page.objects.live().filter(children_of_homes).select_related("locale", "content_type"):
            model_label = f"{page.content_type.app_label}.{page.content_type.model}"
            for key in keys_by_model.get(model_label, ()):
                by_key.setdefault(key, {})[page.locale.language_code] = page
    return {section.key: _url(_pick(by_key.get(section.key, {}), language), request) for section in sections}


def _footer_links(site, wanted, language, request):
    """The footer's pages chosen in the site settings, in the visitor's language (else in French)."""
    from proxinum.models import SiteSettings

    site_settings = SiteSettings.for_site(site)
    footer_keys = {name: getattr(site_settings, f"{name}_id") for name in FOOTER_PAGES}
    source_pages = Page.objects.filter(pk__in=[pk for pk in footer_keys.values() if pk]).only("translation_key")
    translation_keys = {p.pk: p.translation_key for p in source_pages}
    by_key = {}
    for page in (
        Page.objects.live()
        .filter(translation_key__in=translation_keys.values(), locale__language_code__in=wanted)
        .select_related("locale")
    ):
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page
    footer = []
    for name, pk in footer_keys.items():
        page = _pick(by_key.get(translation_keys.get(pk), {}), language)
        if page:
            footer.append({"key": name, "title": page.title, "url": _url(page, request)})
    return footer


def build_navigation(site, language, request=None):
    homes = {
        p.locale.language_code: p
        for p in site.root_page.get_translations(inclusive=True).live().select_related("locale")
    }
    wanted = {language, settings.LANGUAGE_CODE}
    return {
        "home_url": _url(_pick(homes, language), request) or "/",
        "homes": {code: _url(page, request) for code, page in homes.items()},
        "sections": _section_urls(homes, wanted, language, request),
        "footer": _footer_links(site, wanted, language, request),
    }


def get_navigation(request):
    language = translation.get_language() or settings.LANGUAGE_CODE
    site = (
        Site.find_for_request(request) or Site.objects.select_related("root_page").filter(is_default_site=True).first()
    )
    if site is None:
        return {"home_url": "/", "homes": {}, "sections": {}, "footer": []}
    key = f"navigation:{content_version()}:{site.pk}:{language}"
    navigation = cache.get(key)
    if navigation is None:
        navigation = build_navigation(site, language, request)
        cache.set(key, navigation, settings.NAVIGATION_CACHE_SECONDS)
    return navigation


def show_only_in_french(page, request):
    """For a French page asked with ?interface=xx: the translation when there is one live (a redirect), else the
    interface in that language around the French content (`request.only_in_french`). Returns a response or None."""
    from django.shortcuts import redirect

    code = request.GET.get(ONLY_IN_FRENCH_PARAM, "")
    languages = {language for language, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    if code not in languages or page.locale.language_code != settings.LANGUAGE_CODE:
        return None
    translated = page.get_translations().filter(locale__language_code=code).live().first()
    if translated is not None:
        return redirect(translated.get_url(request=request))
    translation.activate(code)
    request.LANGUAGE_CODE = code
    request.only_in_french = code
    return None

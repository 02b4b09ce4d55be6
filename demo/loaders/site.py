"""The starter pages, with what only the demo says: fictitious contact details, the site's texts (postal address,
the phone's hours) and a legal notice section saying which content is demonstration (demo/data/site/)."""

from copy import deepcopy

from wagtail.models import Site

from home.starter import STANDARD_PAGES, create_starter_pages
from proxinum.content import ensure_locales
from proxinum.models import SiteSettings, SiteTexts

from .. import data


def with_section(standard_pages, section):
    """`standard_pages` with the demo's `section` added to the legal notice in every language."""
    pages = deepcopy(standard_pages)
    content = dict(pages)["legal_notice_page"]
    french_body = content[data.SOURCE_LANGUAGE]["body"]
    headings = [i for i, (kind, _text) in enumerate(french_body) if kind == "heading"]
    after = ("heading", section.content["after_section"])
    sections = {data.SOURCE_LANGUAGE: section.content, **section.translations}
    if after not in french_body or set(sections) != set(content):
        raise data.DataError(
            f"{data.display_path(section.folder)}: `after_section` names a heading of the starter legal notice, "
            f"and the section is written in each of its languages ({', '.join(content)})"
        )
    # After the whole section that heading opens: before the next heading, or at the end.
    end = next((i for i in headings if i > french_body.index(after)), len(french_body))
    for code, page in content.items():
        page["body"][end:end] = [next(iter(block.items())) for block in sections[code]["body"]]
    return pages


def load(log=print):
    texts = data.entry("site")
    section = data.entry("site/legal-notice")
    create_starter_pages(log=log, standard_pages=with_section(STANDARD_PAGES, section))

    locales = ensure_locales(data.LANGUAGES)
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    site_settings.contact_phone = texts.content["contact_phone"]
    site_settings.contact_email = texts.content["contact_email"]
    site_settings.save()
    source, _created = SiteTexts.objects.update_or_create(
        site=site, locale=locales[data.SOURCE_LANGUAGE], defaults=_site_texts(texts.content)
    )
    for code, translation in texts.translations.items():
        SiteTexts.objects.update_or_create(
            site=site,
            locale=locales[code],
            defaults={**_site_texts(translation), "translation_key": source.translation_key},
        )


def _site_texts(content):
    return {name: content[name] for name in ("contact_phone_hours", "contact_address")}

"""Helpers for content written by code, re-runnable (the starter pages, the demo, the inspiring cases importer):
create or update pages by slug, translate them through wagtail-localize."""

from wagtail.blocks import StreamValue
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource


def upsert_child(parent, model, slug, **fields):
    """Create `parent`'s child page `slug`, or update it; publish only when something changed.

    Returns (page, changed).
    """
    page = parent.get_children().filter(slug=slug).specific().first()
    if page is not None and not isinstance(page, model):
        raise TypeError(f"{page.url_path} is a {type(page).__name__}, not a {model.__name__}")
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    changed = update_page(page, **fields)
    return page, changed


def update_page(page, **fields):
    """Set the fields that differ and publish; returns whether anything changed."""
    changed = False
    for name, value in fields.items():
        current = getattr(page, name)
        if isinstance(current, StreamValue):
            if _stream_data(current.raw_data) == _stream_data(value):
                continue
        elif current == value:
            continue
        setattr(page, name, value)
        changed = True
    if changed or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
    return changed


def body_stream(blocks):
    """StreamField content from [("heading" | "paragraph", text), ...]."""
    return [
        {"type": "heading", "value": {"text": text, "level": "h2"}}
        if kind == "heading"
        else {"type": "paragraph", "value": f"<p>{text}</p>"}
        for kind, text in blocks
    ]


def _stream_data(blocks):
    """StreamField content without block ids, to compare what a page says with what the demo wants."""
    return [{"type": block["type"], "value": block["value"]} for block in blocks or []]


def ensure_locales(language_codes):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in language_codes}


def _import_strings(obj, locale, strings, force=False):
    """Fill wagtail-localize's translation of `obj` into `locale` with `strings`; returns (translation, imported).

    Nothing is imported when the translation exists and no string changed (re-runs create no revision).
    """
    source, created = TranslationSource.update_or_create_from_instance(obj)
    existing = obj.get_translation_or_none(locale)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    changed = False
    for entry in po:
        wanted = strings.get(entry.msgid, "")
        if wanted and entry.msgstr != wanted:
            entry.msgstr = wanted
            changed = True
    if existing is not None and not (changed or created or force):
        return translation, False
    translation.import_po(po, tool_name="load_demo")
    return translation, True


def translate_page(page, locale, strings, force=False):
    """Translate `page` into `locale` with wagtail-localize, the way an editor would in the admin.

    `strings` maps each French source string (title, slug, paragraphs...) to its translation; a string
    without one keeps the French text. Returns the translated page.
    """
    translation, imported = _import_strings(page, locale, strings, force)
    if imported:
        # Save a draft and publish it here: wagtail-localize defers publishing to the end of the transaction.
        translation.save_target(publish=False)
        page.get_translation(locale).get_latest_revision().publish()
    return page.get_translation(locale)  # fetched again after publishing: live, with the published values


def translate_snippet(obj, locale, strings):
    """Translate a snippet (a translatable model that is not a page) into `locale`, as `translate_page` does."""
    translation, imported = _import_strings(obj, locale, strings)
    if imported:
        translation.save_target(publish=True)
    return obj.get_translation(locale)

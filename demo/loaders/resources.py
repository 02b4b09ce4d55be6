"""Demo content of the resource library: themes, tutorials, guides for aidants, a learning path, and the inspiring
cases (demo/data/resources/).

Written for this project in plain French (short sentences, one action per step), with en/ar/es translations of the
themes, of three tutorials, of the guide « Faire pour ou faire avec ? », of the learning path and of one inspiring
case (the Toulouse mairie bus, from `resources.seed_cases`). The guides follow the support path of the Pau workshop
(seed 001): sensibiliser, détecter, orienter, accompagner (« faire pour » / « faire avec »), former.

Illustrations are drawn by `resources.illustrations` (no photos, no logos); each use of one in a page has its own
alternative text, written in the page's language (`alt`), the image's own description being only the editor's
suggestion. Rich text (a step's `text`, a callout) is a paragraph, or a list of paragraphs and bulleted lists.
"""

import uuid
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile
from wagtail_localize.strings import extract_strings

import resources
from proxinum.content import ensure_locales, translate_page, translate_snippet, upsert_child
from proxinum.image_alt_text import image_use
from proxinum.models import CustomImage
from resources import illustrations
from resources.cases_import import import_cases
from resources.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GuidePage,
    LearningPathPage,
    ResourceIndexPage,
    Theme,
    TutorialPage,
)
from resources.seed_cases import SEED_CASES, load_seed_cases

from .. import data

CALLOUT_KINDS = ("tip", "warning", "info")


# Images ------------------------------------------------------------------------------------------------------


def _image(key, description):
    """The illustration `key`, created once and found again by its title on the next runs."""
    title = f"Illustration : {key}"
    image = CustomImage.objects.filter(title=title).first()
    if image is None:
        png = BytesIO(illustrations.png_bytes(key))
        image = CustomImage(title=title, description=description, file=ImageFile(png, name=f"{key}.png"))
        image.save()
    elif image.description != description:
        image.description = description
        image.save(update_fields=["description"])
    return image


# Stream field content ----------------------------------------------------------------------------------------


def _image_use(images, key, alt_text):
    """An image block's value: the illustration `key` with its alternative text for this use."""
    return image_use(images[key].pk, alt_text)


def _block_id(*parts):
    """A stable id for nested list items, so that a re-run compares equal to what is stored."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "proxinum-demo:" + ":".join(map(str, parts))))


def _html(items):
    """Rich text from a paragraph (a string), or a list of paragraphs (strings) and bulleted lists (lists)."""
    if isinstance(items, str):
        items = [items]
    return "".join(
        f"<p>{item}</p>" if isinstance(item, str) else "<ul>" + "".join(f"<li>{i}</li>" for i in item) + "</ul>"
        for item in items
    )


def _callout(kind, text):
    return {"kind": kind, "text": _html(text)}


def _kind(block, kinds):
    """The kind of a block written as {kind: text, ...}: its one key among `kinds`."""
    return next(key for key in block if key in kinds)


def _steps(tutorial, images):
    stream = []
    for number, step in enumerate(tutorial["steps"], start=1):
        callouts = [
            {"type": "item", "value": _callout(kind, text), "id": _block_id(tutorial["slug"], number, kind)}
            for kind, text in step.items()
            if kind in CALLOUT_KINDS
        ]
        value = {
            "title": step["title"],
            "instruction": _html(step["text"]),
            "image": _image_use(images, step["image"], step["alt"]) if step.get("image") else image_use(None, ""),
            "callouts": callouts,
        }
        stream.append({"type": "step", "value": value})
    if tutorial.get("note"):
        kind = _kind(tutorial["note"], CALLOUT_KINDS)
        stream.append({"type": "callout", "value": _callout(kind, tutorial["note"][kind])})
    return stream


def _easy_read(items, images):
    stream = []
    for item in items:
        if "heading" in item:
            stream.append({"type": "heading", "value": {"text": item["heading"], "level": "h2"}})
        elif "paragraph" in item:
            stream.append({"type": "paragraph", "value": item["paragraph"]})
        else:
            image = _image_use(images, item["image"], item["alt"])
            stream.append({"type": "image", "value": {"image": image, "caption": item["caption"]}})
    return stream


def _body(items):
    stream = []
    for item in items:
        kind = _kind(item, ("h2", "h3", "p", "ul", "quote", *CALLOUT_KINDS))
        if kind in ("h2", "h3"):
            stream.append({"type": "heading", "value": {"text": item[kind], "level": kind}})
        elif kind in ("p", "ul"):
            stream.append({"type": "paragraph", "value": _html(item[kind] if kind == "p" else [item[kind]])})
        elif kind in CALLOUT_KINDS:
            stream.append({"type": "callout", "value": _callout(kind, item[kind])})
        else:
            stream.append({"type": "quote", "value": {"quote": item["quote"], "author": item["author"]}})
    return stream


# Pages -------------------------------------------------------------------------------------------------------


def _library_fields(content):
    """The LibraryPage fields shared by tutorials, guides and the learning path."""
    return {
        "title": content["title"],
        "intro": content["intro"],
        "listing_summary": content["summary"],
        "audience": content["audience"],
        "level": content["level"],
        "devices": content["devices"],
        "last_reviewed": content["reviewed"],
        "featured": content["featured"],
    }


def _sync_relations(page, themes, **children):
    """Give `page` these themes and inline children (lists of field dicts); publish only when they differ."""
    changed = False
    if {theme.pk for theme in page.themes.all()} != {theme.pk for theme in themes}:
        page.themes = themes
        changed = True
    for name, rows in children.items():
        existing = list(getattr(page, name).all())
        if len(existing) != len(rows) or any(
            {field: getattr(child, field) for field in row} != row for child, row in zip(existing, rows, strict=True)
        ):
            model = getattr(type(page), name).rel.related_model
            setattr(page, name, [model(**row) for row in rows])
            changed = True
    if changed:
        page.save_revision().publish()
    return changed


def _load_themes(locales):
    themes = {}
    for theme_data in data.entries("resources/themes", {"theme"}):
        content, slug = theme_data.content, theme_data.slug
        french = locales[data.SOURCE_LANGUAGE]
        theme = Theme.objects.filter(locale=french, slug=slug).first() or Theme(locale=french, slug=slug)
        wanted = (content["name"], content["description"], content["order"])
        if theme.pk is None or (theme.name, theme.description, theme.sort_order) != wanted:
            theme.name, theme.description, theme.sort_order = wanted
            theme.save()
        for code, translation in theme_data.translations.items():
            translate_snippet(theme, locales[code], dict(data.pairs(content, translation)))
        themes[slug] = theme
    return themes


def _load_tutorials(index, tutorials, themes, images):
    pages = {}
    for tutorial in tutorials:
        content = tutorial.content
        fields = _library_fields(content)
        fields.update(
            duration=content["duration"],
            listing_image=images[content["image"]],
            steps=_steps(content, images),
            easy_read=_easy_read(content.get("easy_read", []), images),
        )
        pages[tutorial.slug], _changed = upsert_child(index, TutorialPage, tutorial.slug, **fields)
    for tutorial in tutorials:
        _sync_relations(
            pages[tutorial.slug],
            [themes[slug] for slug in tutorial.content["themes"]],
            prerequisites=[{"tutorial_id": pages[slug].pk} for slug in tutorial.content["requires"]],
        )
    return pages


def _load_guides(index, guides, themes, images, tutorials):
    pages = {}
    for guide in guides:
        content = guide.content
        fields = _library_fields(content)
        fields.update(
            listing_image=images[content["image"]], body=_body(content["body"]), related_services=content["services"]
        )
        page, _changed = upsert_child(index, GuidePage, guide.slug, **fields)
        _sync_relations(
            page,
            [themes[slug] for slug in content["themes"]],
            related_tutorials=[{"tutorial_id": tutorials[slug].pk} for slug in content["tutorials"]],
        )
        pages[guide.slug] = page
    return pages


def _path_steps(path, tutorials, notes):
    return [
        {"tutorial_id": tutorials[step["tutorial"]].pk, "note": note}
        for step, note in zip(path["steps"], notes, strict=True)
    ]


def _load_learning_path(index, path, themes, images, tutorials):
    content = path.content
    fields = _library_fields(content)
    fields["listing_image"] = images[content["image"]]
    page, _changed = upsert_child(index, LearningPathPage, path.slug, **fields)
    notes = [step["note"] for step in content["steps"]]
    _sync_relations(
        page, [themes[slug] for slug in content["themes"]], path_steps=_path_steps(content, tutorials, notes)
    )
    return page


# Translations ------------------------------------------------------------------------------------------------


def _rich_text_segments(html):
    """The strings wagtail-localize extracts from rich text `html`."""
    return [string.data for string, _attrs in extract_strings(html)[1]]


def _segments(text):
    """The strings wagtail-localize extracts from `text` once it is rich text."""
    return _rich_text_segments(_html(text))


def _strings(french, translation):
    """Each French text and each segment of it (as rich text) mapped to its translation."""
    strings = {}
    for source, target in data.pairs(french, translation):
        strings[source] = target
        strings.update(zip(_segments(source), _segments(target), strict=True))
    return strings


def _translate_pages(pages, contents, locales):
    """Translate the demo `pages` (by slug) that have translations; returns how many."""
    translated = 0
    for content in contents:
        for code, translation in content.translations.items():
            translate_page(pages[content.slug], locales[code], _strings(content.content, translation))
        translated += bool(content.translations)
    return translated


def _translate_learning_path(page, path, locales, tutorials):
    """Translate the path; its steps' notes are set on each translation, as wagtail-localize does not translate them.

    Inline rows that are not translatable models are synchronised: each translation gets a copy of the French rows,
    notes included (and again whenever the translation is updated from the French page).
    """
    for code, translation in path.translations.items():
        translated = translate_page(page, locales[code], _strings(path.content, translation))
        notes = [step["note"] for step in translation["steps"]]
        _sync_relations(
            translated, list(translated.themes.all()), path_steps=_path_steps(path.content, tutorials, notes)
        )


def _case_strings(case, page, translation):
    """`strings` for a seed case: its title, its page's slug and the segments of its rich text fields."""
    strings = {case.title: translation["title"], page.slug: translation["slug"]}
    for name, text in translation.items():
        if name not in ("title", "slug"):
            french = _rich_text_segments(getattr(case, name))
            strings.update(zip(french, _segments(text), strict=True))
    return strings


def _translate_cases(case_index, locales):
    by_slug = {case.slug: case for case in SEED_CASES}
    cases = data.entries("resources/cases", {"case"})
    for case_data in cases:
        case = by_slug[case_data.slug]
        page = CaseStudyPage.objects.child_of(case_index).get(import_key=case.import_key).specific
        for code, translation in case_data.translations.items():
            translate_page(page, locales[code], _case_strings(case, page, translation))
    return len(cases)


# Inspiring cases (the PNI 2021 synthesis and the seed cases, which real installations import too) ---------------


def _load_cases(locales, log):
    case_index = CaseStudyIndexPage.objects.get(locale=locales[data.SOURCE_LANGUAGE])

    def count():
        return CaseStudyPage.objects.child_of(case_index).count()

    import_cases(Path(resources.__file__).parent / "data" / "pni-2021-synthese.txt", case_index)
    log(f"  {count()} inspiring cases after the PNI 2021 import")
    load_seed_cases(case_index)
    translated = _translate_cases(case_index, locales)
    log(f"  {count()} inspiring cases after the seed cases ({translated} translated)")


def load(log=print):
    locales = ensure_locales(data.LANGUAGES)
    index = ResourceIndexPage.objects.get(locale=locales[data.SOURCE_LANGUAGE])
    images = {key: _image(key, description) for key, description in data.single("resources/illustrations.yaml").items()}
    themes = _load_themes(locales)
    tutorial_data = data.entries("resources/tutorials", {"tutorial"})
    guide_data = data.entries("resources/guides", {"guide"})
    (path_data,) = data.entries("resources/learning-paths", {"learning-path"})
    tutorials = _load_tutorials(index, tutorial_data, themes, images)
    guides = _load_guides(index, guide_data, themes, images, tutorials)
    path = _load_learning_path(index, path_data, themes, images, tutorials)
    translated = _translate_pages(tutorials, tutorial_data, locales)
    translated_guides = _translate_pages(guides, guide_data, locales)
    _translate_learning_path(path, path_data, locales, tutorials)
    log(
        f"  {len(themes)} themes, {len(tutorials)} tutorials ({translated} translated), {len(guides)} guides "
        f"({translated_guides} translated), 1 learning path (translated), {len(images)} illustrations"
    )
    _load_cases(locales, log)

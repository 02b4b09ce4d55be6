"""The demo content's data files (demo/data/), read and checked before anything is written to the database.

Layout (see demo/data/README.md): one folder per page or snippet, named by its French slug, with one YAML file per
language. `fr.yaml` says what it is (`type`) and holds every field; `en.yaml`, `ar.yaml`, `es.yaml` translate it:
the same shape as the French file, with only the texts. A file that cannot be read, a key that is not expected or a
translation that does not match its French file stops the loading with the file's path.
"""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml
from django.conf import settings

from events.models import EventPage
from places.models import MediationPlacePage, MobileStopPage, MobileTourPage
from resources.models import GuidePage, TutorialPage

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataError(ValueError):
    """A data file that cannot be read or has not the expected shape; the message starts with the file's path."""


class _Invalid(Exception):
    def __init__(self, where, problem):
        super().__init__(f"{where}: {problem}" if where else problem)


def display_path(path):
    """The path from the project's folder (as given when the file is elsewhere)."""
    path = Path(path).resolve()
    return path.relative_to(DATA_DIR.parents[1]).as_posix() if path.is_relative_to(DATA_DIR.parents[1]) else str(path)


def read(path):
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise DataError(f"{display_path(path)}: {error}") from error


# Shapes ---------------------------------------------------------------------------------------------------------
# A shape is a Python type, [shape] (a list of such items), {"key": shape, "optional key?": shape}, or an instance
# of one of the classes below (each checks a value with its `check` method).


def check(value, shape, where=""):
    """Raise _Invalid, saying where, when `value` does not have the `shape`."""
    if isinstance(shape, dict):
        _check_mapping(value, shape, where)
    elif isinstance(shape, list):
        if not isinstance(value, list):
            raise _Invalid(where, "expected a list")
        for number, item in enumerate(value):
            check(item, shape[0], f"{where}[{number}]")
    elif isinstance(shape, type):
        _check_type(value, shape, where)
    else:
        shape.check(value, where)


def _inner(where, key):
    return f"{where}.{key}" if where else str(key)


def _check_mapping(value, shape, where):
    if not isinstance(value, dict):
        raise _Invalid(where, "expected keys and values")
    keys = {key.rstrip("?"): key for key in shape}
    for key, item in value.items():
        if key not in keys:
            raise _Invalid(where, f"unexpected key {key!r} (expected: {', '.join(keys)})")
        check(item, shape[keys[key]], _inner(where, key))
    missing = [key for key, written in keys.items() if not written.endswith("?") and key not in value]
    if missing:
        raise _Invalid(where, f"missing {', '.join(missing)}")


def _check_type(value, shape, where):
    if shape is float:  # an integer is a number too, a boolean is not
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _Invalid(where, f"expected a number, not {value!r}")
    elif isinstance(value, bool) != (shape is bool) or not isinstance(value, shape):
        raise _Invalid(where, f"expected {shape.__name__}, not {value!r}")


class RichText:
    """A paragraph (a string), or a list of paragraphs (strings) and bulleted lists (lists of strings)."""

    def check(self, value, where):
        items = value if isinstance(value, list) else [value]
        for item in items:
            if not (isinstance(item, str) or isinstance(item, list) and all(isinstance(i, str) for i in item)):
                raise _Invalid(where, "expected text: a paragraph, or a list of paragraphs and bulleted lists")


class Time:
    """'HH:MM' in quotes (unquoted, YAML reads 18:00 as a number)."""

    def check(self, value, where):
        if not (isinstance(value, str) and re.fullmatch(r"\d{2}:\d{2}", value)):
            raise _Invalid(where, f"expected a time in quotes, such as '14:00', not {value!r}")


@dataclass(frozen=True)
class Block:
    """One block of a stream: a mapping whose kind is the one key among `kinds` (kind -> the block's own shape)."""

    kinds: dict

    def check(self, value, where):
        kinds = [key for key in value if key in self.kinds] if isinstance(value, dict) else []
        if len(kinds) != 1:
            raise _Invalid(where, f"expected one of: {', '.join(self.kinds)}")
        check(value, self.kinds[kinds[0]], where)


@dataclass(frozen=True)
class OneOf:
    shapes: tuple

    def check(self, value, where):
        problems = []
        for shape in self.shapes:
            try:
                return check(value, shape, where)
            except _Invalid as problem:
                problems.append(str(problem))
        raise _Invalid(where, "none of the expected forms: " + " | ".join(problems))


@dataclass(frozen=True)
class PageFields:
    """The keys of `shape`, and any field of `model`: the page gets them as they are written."""

    model: type
    shape: dict

    def check(self, value, where):
        check(value, dict, where)
        extra = {key for key in value if key not in self.shape and f"{key}?" not in self.shape}
        fields = {field.name for field in self.model._meta.get_fields() if getattr(field, "concrete", False)}
        unknown = sorted(extra - fields)
        if unknown:
            raise _Invalid(where, f"{', '.join(unknown)}: not a field of {self.model.__name__}")
        check({key: item for key, item in value.items() if key not in extra}, self.shape, where)


@dataclass(frozen=True)
class MapOf:
    value: object
    keys: tuple = ()  # when given, exactly these keys

    def check(self, value, where):
        check(value, dict, where)
        if self.keys and set(value) != set(self.keys):
            raise _Invalid(where, f"expected exactly the keys {', '.join(self.keys)}")
        for key, item in value.items():
            check(item, self.value, _inner(where, key))


@dataclass(frozen=True)
class Choice:
    """One of `values`: the values a model field stores, or days of the week."""

    values: tuple

    @classmethod
    def of(cls, model, name):
        return cls(tuple(value for value, _label in model._meta.get_field(name).choices))

    def check(self, value, where):
        if value not in self.values:
            raise _Invalid(where, f"{value!r} is not one of: {', '.join(self.values)}")


RICH_TEXT = RichText()
TIME = Time()


# What each type of data holds -----------------------------------------------------------------------------------

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# A fact left out is unknown, and the page says nothing of it.
_ACCESS_FACTS = {
    f"{key}?": bool
    for key in ("step_free_entrance", "accessible_toilets", "disabled_parking", "hearing_loop", "sign_language")
}
_PLACE = {"type": str, "order": int, "title": str, "latitude": float, "longitude": float}
_LIBRARY = {
    "type": str,
    "order": int,
    "title": str,
    "intro": str,
    "summary": str,
    "themes": [str],
    "audience": Choice.of(TutorialPage, "audience"),
    "level": Choice.of(TutorialPage, "level"),
    "devices": [Choice.of(TutorialPage, "devices")],
    "reviewed": date,
    "featured": bool,
    "image": str,
}
_CALLOUTS = {"tip?": RICH_TEXT, "warning?": RICH_TEXT, "info?": RICH_TEXT}
_CALLOUT = Block({kind: {kind: RICH_TEXT} for kind in ("tip", "warning", "info")})
_STEP = {"title": str, "image?": str, "alt?": str, **_CALLOUTS, "text": RICH_TEXT}
_EASY_READ = Block(
    {"heading": {"heading": str}, "paragraph": {"paragraph": str}, "image": {"image": str, "alt": str, "caption": str}}
)
_GUIDE_BODY = Block(
    {
        "h2": {"h2": str},
        "h3": {"h3": str},
        "p": {"p": RICH_TEXT},
        "ul": {"ul": [str]},
        "quote": {"quote": str, "author": str},
        **{kind: {kind: RICH_TEXT} for kind in ("tip", "warning", "info")},
    }
)
_PLAIN_BODY = Block({"heading": {"heading": str}, "paragraph": {"paragraph": str}})
_ADDRESS = {"venue": str, "address": str, "postcode": str, "commune": str, "latitude": float, "longitude": float}
_WHERE = OneOf(
    (
        {"place": str},
        {"tour": str, "stop": str},
        {"address": _ADDRESS},
        {"online": str},
    )
)
_REGISTRATION = OneOf(
    (
        {"link": str},
        {"capacity": int, "waiting_list": bool, "deadline?": {"days_before": int, "time": TIME}},
    )
)
_PERSON = {"name": str, "email?": str, "phone?": str, "needs?": str, "registered_by?": str}

TYPES = {
    # The site's contact details (site settings) and what it says about itself (site texts).
    "site": {
        "type": str,
        "contact_phone": str,
        "contact_email": str,
        "contact_phone_hours": str,
        "contact_address": str,
    },
    # A section the demo adds to the starter legal notice, after the section whose heading is `after_section`.
    "legal-notice-section": {"type": str, "after_section": str, "body": [_PLAIN_BODY]},
    "place": PageFields(
        MediationPlacePage, {**_PLACE, "address": str, "postcode": str, "commune": str, **_ACCESS_FACTS}
    ),
    "tour": PageFields(MobileTourPage, {"type": str, "order": int, "title": str}),
    "stop": PageFields(MobileStopPage, {**_PLACE, "address": str, "postcode": str, "commune": str}),
    "theme": {"type": str, "order": int, "name": str, "description": str},
    "tutorial": {
        **_LIBRARY,
        "duration": int,
        "requires": [str],
        "steps": [_STEP],
        "note?": _CALLOUT,
        "easy_read?": [_EASY_READ],
    },
    "guide": {
        **_LIBRARY,
        "tutorials": [str],
        "services": [Choice.of(GuidePage, "related_services")],
        "body": [_GUIDE_BODY],
    },
    "learning-path": {**_LIBRARY, "steps": [{"tutorial": str, "note": str}]},
    # The French page is a seed case (resources/seed_cases.py): only its translations are demo data.
    "case": {"type": str},
    "event": {
        "type": str,
        "order": int,
        "title": str,
        "kind": Choice.of(EventPage, "kind"),
        "audience": Choice.of(EventPage, "audience"),
        "intro": str,
        "when": {
            "weekday": Choice(WEEKDAYS),
            "from_today": int,
            "start": TIME,
            "end": TIME,
            "last_day?": int,
            "all_day?": bool,
        },
        "where": _WHERE,
        "registration?": _REGISTRATION,
        "price?": str,
        "accessibility": str,
        "organiser": str,
        "email": str,
        "phone": str,
        "body": [_PLAIN_BODY],
        "challenges?": [{"title": str, "description": str, "brought_by": str}],
        "schedule?": [{"time": str, "activity": str}],
        "jury?": [{"name": str, "role": str}],
        "results?": [{"project": str, "team": str, "prize": str, "description": str, "url": str}],
        "registrations?": [_PERSON],
    },
}
# Translations of these types have their own shape (their French text is not in the data).
TRANSLATION_TYPES = {
    "case": {
        "slug": str,
        "title": str,
        "problem?": RICH_TEXT,
        "context?": RICH_TEXT,
        "solutions?": RICH_TEXT,
        "next_steps?": RICH_TEXT,
    },
}
# Data that is not a page: path under demo/data -> shape.
SINGLE_FILES = {
    "resources/illustrations.yaml": MapOf(str),
    "events/notice.yaml": MapOf(str, keys=tuple(LANGUAGES)),
}


# Pages and their translations -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A page or a snippet: its French content (with its slug, the folder's name) and its translations by language."""

    folder: Path
    content: dict
    translations: dict

    @property
    def slug(self):
        return self.folder.name

    @property
    def type(self):
        return self.content["type"]


def pairs(french, translation, where=""):
    """(French text, translation) pairs, walking a translation and its French content together."""
    if isinstance(translation, (dict, list)):
        for inner, french_item, item in _aligned(french, translation, where):
            yield from pairs(french_item, item, inner)
    elif isinstance(translation, str) and isinstance(french, str):
        yield french, translation
    else:
        raise _Invalid(where, f"expected a text as in the French file, not {translation!r}")


def _aligned(french, translation, where):
    """(where, French item, translated item) for each item of a translation's mapping or list."""
    if isinstance(translation, dict):
        if not isinstance(french, dict):
            raise _Invalid(where, "the French file has no keys here")
        for key, item in translation.items():
            if key not in french:
                raise _Invalid(_inner(where, key), "not in the French file")
            yield _inner(where, key), french[key], item
    else:
        if not isinstance(french, list) or len(french) != len(translation):
            count = len(french) if isinstance(french, list) else "no"
            raise _Invalid(where, f"{len(translation)} items, the French file has {count}")
        for number, (french_item, item) in enumerate(zip(french, translation, strict=True)):
            yield f"{where}[{number}]", french_item, item


def _french(path):
    content = read(path)
    try:
        if not isinstance(content, dict) or content.get("type") not in TYPES:
            raise _Invalid("type", f"expected one of: {', '.join(TYPES)}")
        check(content, TYPES[content["type"]])
    except _Invalid as problem:
        raise DataError(f"{display_path(path)}: {problem}") from None
    return {"slug": path.parent.name, **content}


def _translation(path, french):
    translation = read(path)
    try:
        if french["type"] in TRANSLATION_TYPES:
            check(translation, TRANSLATION_TYPES[french["type"]])
        else:
            check(translation, dict)
            for key in ("type", "order"):
                if key in translation:
                    raise _Invalid(key, "only in the French file")
            list(pairs(french, translation))
    except _Invalid as problem:
        raise DataError(f"{display_path(path)}: {problem}") from None
    return translation


def entry(folder):
    """The page or snippet described in `folder` (its fr.yaml and translations), checked."""
    folder = DATA_DIR / folder
    content = _french(folder / f"{SOURCE_LANGUAGE}.yaml")
    translations = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.stem not in LANGUAGES:
            raise DataError(f"{display_path(path)}: not a language of the site ({', '.join(LANGUAGES)})")
        if path.stem != SOURCE_LANGUAGE:
            translations[path.stem] = _translation(path, content)
    return Entry(folder, content, {code: translations[code] for code in LANGUAGES if code in translations})


def entries(folder, types):
    """The pages or snippets in the subfolders of `folder`, in their `order` (else by slug); each of one of `types`."""
    found = [entry(sub) for sub in sorted((DATA_DIR / folder).iterdir()) if (sub / f"{SOURCE_LANGUAGE}.yaml").exists()]
    for one in found:
        if one.type not in types:
            raise DataError(f"{display_path(one.folder)}/fr.yaml: a {one.type} here, expected: {', '.join(types)}")
    return sorted(found, key=lambda one: one.content.get("order", 0))


def single(name):
    """A data file that is not a page (see SINGLE_FILES), checked."""
    path = DATA_DIR / name
    content = read(path)
    try:
        check(content, SINGLE_FILES[name])
    except _Invalid as problem:
        raise DataError(f"{display_path(path)}: {problem}") from None
    return content


def check_file(path):
    """Check one data file as the loaders will read it; raises DataError."""
    path = Path(path).resolve()
    name = path.relative_to(DATA_DIR).as_posix()
    if name in SINGLE_FILES:
        single(name)
    elif path.suffix == ".yaml" and (path.parent / f"{SOURCE_LANGUAGE}.yaml").exists():
        entry(path.parent)
    else:
        raise DataError(
            f"{display_path(path)}: no loader reads it (a page's files are <language>.yaml in its own folder)"
        )

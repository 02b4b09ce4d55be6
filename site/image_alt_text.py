"""Data migration to per-use alternative text: StreamField images get the text of their use, written on the page.

Before, the content images of StreamFields were an ImageChooserBlock (a bare image id: the step of a tutorial) or a
struct {"image": <id>, "caption": ...} (the image block of bodies and of the easy-to-read version), and their
alternative text was the image's own description, in French on every page. Now they are Wagtail's ImageBlock,
stored as {"image": <id>, "alt_text": ..., "decorative": false}, the figure being {"image": <that>, "caption": ...}.
In both shapes the image sits under the "image" key of a stream child's struct value, so a field is described by the
stream child types holding one: each migration states, frozen, the fields of its app as they were then
({model name: {StreamField name: {stream child types whose struct value has an image under "image"}}}).

The text of each existing use starts as the image's description (or title), on French pages and on their
translations alike: translators then translate it with wagtail-localize (the segment appears once the translation
is synchronised with the French page). The live data, every revision (the editor opens the latest one) and
wagtail-localize's copies of the source pages (`TranslationSource.content_json`) are migrated.

The migrations of `home`, `resources` and `events` call `forwards` and `backwards`; the functions on raw data are
tested on their own (tests/site/test_image_alt_text.py).
"""

import json
from functools import partial

from django.db.models import F, JSONField
from django.db.models.functions import Cast


def image_use(image_id, alt_text, decorative=False):
    """The stored value of an ImageBlock."""
    return {"image": image_id, "alt_text": alt_text if image_id else "", "decorative": decorative}


def to_image_use(value, alt_for):
    """An ImageChooserBlock value (an image id or None) as an ImageBlock value; an ImageBlock value is kept."""
    if isinstance(value, dict):
        return value
    return image_use(value, alt_for(value) if value else "")


def to_image_id(value):
    """An ImageBlock value back to an ImageChooserBlock value (the image id); an id is kept."""
    return value.get("image") if isinstance(value, dict) else value


def convert_stream(stream, child_types, convert):
    """Raw StreamField data (a list, or its JSON text) with `convert` applied to the image of each `child_types` child.

    Returns the new data in the same form (list or text), or None when nothing changed.
    """
    is_text = isinstance(stream, str)
    children = json.loads(stream) if is_text else stream
    if not isinstance(children, list):
        return None
    changed = False
    for child in children:
        value = child.get("value") if isinstance(child, dict) else None
        if child.get("type") not in child_types or not isinstance(value, dict):
            continue
        # A child saved without the key (written by code, not the admin) gets it: wagtail-localize needs it.
        current = value.get("image")
        converted = convert(current)
        if "image" not in value or converted != current:
            value["image"] = converted
            changed = True
    if not changed:
        return None
    return json.dumps(children) if is_text else children


class _AltTexts:
    """The default alternative text of each image (its description, or its title), fetched once per image."""

    def __init__(self, image_model):
        self.image_model = image_model
        self.texts = {}

    def __call__(self, image_id):
        if image_id not in self.texts:
            image = self.image_model.objects.filter(pk=image_id).values("description", "title").first()
            self.texts[image_id] = (image["description"] or image["title"]) if image else ""
        return self.texts[image_id]


def _migrate(apps, app_label, models, convert):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    for model_name, fields in models.items():
        model = apps.get_model(app_label, model_name)
        for field, child_types in fields.items():
            rows = model.objects.annotate(raw=Cast(F(field), JSONField())).values_list("pk", "raw")
            for pk, raw in rows.iterator():
                new = convert_stream(raw, child_types, convert) if raw else None
                if new is not None:
                    model.objects.filter(pk=pk).update(**{field: new})
        content_type = ContentType.objects.filter(app_label=app_label, model=model_name).first()
        if content_type is None:  # a new database: no page of this type yet
            continue
        for revision in Revision.objects.filter(content_type_id=content_type.pk).iterator():
            if _convert_fields(revision.content, fields, convert):
                revision.save(update_fields=["content"])
        for source in TranslationSource.objects.filter(specific_content_type_id=content_type.pk).iterator():
            content = json.loads(source.content_json)
            if _convert_fields(content, fields, convert):
                source.content_json = json.dumps(content)
                source.save(update_fields=["content_json"])


def _convert_fields(content, fields, convert):
    """Convert the StreamFields of serialised page `content` (a dict) in place; returns whether anything changed."""
    changed = False
    for field, child_types in fields.items():
        if content.get(field):
            new = convert_stream(content[field], child_types, convert)
            if new is not None:
                content[field] = new
                changed = True
    return changed


def forwards(app_label, models):
    """RunPython code: every image of the StreamFields `models` names (see above) gets its text of use, from the image."""

    def run(apps, schema_editor):
        alt_for = _AltTexts(apps.get_model("proxinum", "CustomImage"))
        _migrate(apps, app_label, models, partial(to_image_use, alt_for=alt_for))

    return run


def backwards(app_label, models):
    """RunPython reverse code: back to bare image ids (the texts of use are lost)."""

    def run(apps, schema_editor):
        _migrate(apps, app_label, models, to_image_id)

    return run

"""The data migration to per-use alternative text (proxinum.image_alt_text), on raw StreamField data and on pages.

Before: a tutorial step's image was a bare image id, a body's image block {"image": id, "caption": ...}, and the
alternative text was the image's own description. After: Wagtail's ImageBlock value {"image", "alt_text",
"decorative"} in both places, the text starting as the image's description.
"""

import copy
import importlib
import json
import re

import pytest
from django.apps import apps
from wagtail.blocks import StructBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Locale, Revision
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from proxinum.content import translate_page
from proxinum.image_alt_text import backwards, convert_stream, forwards, to_image_id, to_image_use
from resources.models import GuidePage, ResourceIndexPage, TutorialPage
from tests.site.factories import ImageFactory

pytestmark = pytest.mark.django_db

SCREEN = "Dessin d'un écran avec un bouton vert"
PHONE = "Un téléphone posé sur une table"


def old_steps(screen_id):
    return [
        {"type": "step", "id": "s1", "value": {"title": "Ouvrez", "instruction": "<p>a</p>", "image": screen_id}},
        {"type": "step", "id": "s2", "value": {"title": "Tapez", "instruction": "<p>b</p>", "image": None}},
        {"type": "callout", "id": "c1", "value": {"kind": "tip", "text": "<p>c</p>"}},
    ]


def old_body(phone_id):
    return [
        {"type": "paragraph", "id": "p1", "value": "<p>Bonjour.</p>"},
        {"type": "image", "id": "i1", "value": {"image": phone_id, "caption": "Le téléphone."}},
    ]


def test_old_shapes_become_image_blocks_with_the_image_text():
    alt_for = {7: SCREEN, 9: PHONE}.get
    steps = old_steps(7)
    new = convert_stream(copy.deepcopy(steps), {"step"}, lambda value: to_image_use(value, alt_for))
    assert [child["value"].get("image") for child in new] == [
        {"image": 7, "alt_text": SCREEN, "decorative": False},
        {"image": None, "alt_text": "", "decorative": False},
        None,  # a callout has no image
    ]
    assert new[0]["value"]["title"] == "Ouvrez" and new[2] == steps[2]

    body = convert_stream(json.dumps(old_body(9)), {"image"}, lambda value: to_image_use(value, alt_for))
    assert isinstance(body, str)  # revisions and translation sources keep the field as JSON text
    assert json.loads(body)[1]["value"] == {
        "image": {"image": 9, "alt_text": PHONE, "decorative": False},
        "caption": "Le téléphone.",
    }

    # A step written by code without the key gets it too (wagtail-localize fails on a missing image value).
    written_by_code = [{"type": "step", "id": "s3", "value": {"title": "Sans image", "instruction": "<p>c</p>"}}]
    converted = convert_stream(written_by_code, {"step"}, lambda value: to_image_use(value, alt_for))
    assert converted[0]["value"]["image"] == {"image": None, "alt_text": "", "decorative": False}

    # Already migrated: nothing to do (a rerun or a half-migrated database is safe).
    assert convert_stream(new, {"step"}, lambda value: to_image_use(value, alt_for)) is None
    # Backwards: the image ids again.
    assert convert_stream(copy.deepcopy(new), {"step"}, to_image_id) == steps
    assert convert_stream(body, {"image"}, to_image_id) == json.dumps(old_body(9))


MIGRATIONS = {
    "events": "events.migrations.0005_per_use_alt_text",
    "home": "home.migrations.0002_per_use_alt_text",
    "resources": "resources.migrations.0004_per_use_alt_text",
}


def migrated_fields(app_label):
    return importlib.import_module(MIGRATIONS[app_label]).IMAGE_FIELDS


def test_every_streamfield_with_an_image_block_when_the_migrations_were_written_is_migrated():
    """The migrations' frozen maps name every StreamField whose stream holds a struct with an image block.

    A StreamField added later starts in the new shape and needs no migration: add its app's entry below instead.
    """
    added_since = {}
    found = {}
    for model in apps.get_models():
        for field in model._meta.local_fields:
            if not isinstance(field, StreamField):
                continue
            child_types = {
                name
                for name, block in field.stream_block.child_blocks.items()
                if isinstance(block, StructBlock) and isinstance(block.child_blocks.get("image"), ImageBlock)
            }
            if child_types:
                found.setdefault(model._meta.app_label, {}).setdefault(model._meta.model_name, {})[field.name] = (
                    child_types
                )
    for app_label, models in added_since.items():
        for model_name in models:
            found[app_label].pop(model_name)
    assert found == {app_label: migrated_fields(app_label) for app_label in MIGRATIONS}


def set_raw(page, field, data):
    """Store `data` as `page`'s raw `field`, in the page, its revisions and its translation source: the old shape."""
    type(page).objects.filter(pk=page.pk).update(**{field: data})
    for revision in Revision.objects.filter(object_id=str(page.pk), content_type=page.content_type):
        revision.content[field] = json.dumps(data)
        revision.save(update_fields=["content"])
    for source in TranslationSource.objects.filter(object_id=page.translation_key, locale=page.locale):
        content = json.loads(source.content_json)
        content[field] = json.dumps(data)
        source.content_json = json.dumps(content)
        source.save(update_fields=["content_json"])


def stored(page, field):
    """The raw data of `field` in the page's row, its latest revision and its translation source (if any)."""
    row = list(getattr(type(page).objects.get(pk=page.pk), field).raw_data)
    revision = json.loads(Revision.objects.get(pk=page.latest_revision_id).content[field])
    source = TranslationSource.objects.filter(object_id=page.translation_key, locale=page.locale).first()
    return [row, revision] + ([json.loads(json.loads(source.content_json)[field])] if source else [])


def test_the_migration_gives_each_page_revision_and_translation_the_image_text(client):
    library = ResourceIndexPage.objects.get(locale__language_code="fr")
    screen = ImageFactory(description=SCREEN, file__width=800, file__height=500)
    phone = ImageFactory(description="", title=PHONE, file__width=800, file__height=500)  # no description: title
    # Created in today's shape (wagtail-localize cannot read the old one), then stored in the old shape below.
    new_steps = convert_stream(old_steps(screen.pk), {"step"}, lambda value: to_image_use(value, lambda pk: "x"))
    tutorial = TutorialPage(title="Tutoriel d'avant", intro="Avant la migration.", steps=new_steps)
    library.add_child(instance=tutorial)
    tutorial.save_revision().publish()
    english = translate_page(tutorial, Locale.objects.get(language_code="en"), {"Tutoriel d'avant": "Old tutorial"})
    guide = GuidePage(title="Guide d'avant", intro="Avant.", body=old_body(phone.pk))
    library.add_child(instance=guide)
    guide.save_revision().publish()
    for page, field, data in [
        (tutorial, "steps", old_steps(screen.pk)),
        (english, "steps", old_steps(screen.pk)),
        (guide, "body", old_body(phone.pk)),
    ]:
        set_raw(page, field, data)

    forwards("resources", migrated_fields("resources"))(apps, None)

    for page in (tutorial, english):
        page.refresh_from_db()
        for data in stored(page, "steps"):
            assert data[0]["value"]["image"] == {"image": screen.pk, "alt_text": SCREEN, "decorative": False}
            assert data[1]["value"]["image"] == {"image": None, "alt_text": "", "decorative": False}
    guide.refresh_from_db()
    for data in stored(guide, "body"):
        assert data[1]["value"]["image"] == {"image": phone.pk, "alt_text": PHONE, "decorative": False}
    # The editor opens the latest revision in the new shape.
    revision_page = Revision.objects.get(pk=english.latest_revision_id).as_object()
    assert revision_page.steps[0].value["image"].contextual_alt_text == SCREEN

    # Once the translation is synchronised with the French page, translators get the text as a segment.
    source, _created = TranslationSource.update_or_create_from_instance(tutorial)
    segments = [
        segment for segment in extract_segments(source.as_instance()) if isinstance(segment, StringSegmentValue)
    ]
    assert any(segment.path.endswith(".image.alt_text") and segment.render_text() == SCREEN for segment in segments)
    english = translate_page(tutorial, Locale.objects.get(language_code="en"), {SCREEN: "A screen with a green button"})
    img = re.search(r'<figure class="step__image">.*?(<img [^>]+>)', client.get(english.url).content.decode(), re.S)
    assert 'alt="A screen with a green button"' in img.group(1)

    backwards("resources", migrated_fields("resources"))(apps, None)
    guide.refresh_from_db()
    for data in stored(guide, "body"):
        assert data[1]["value"] == {"image": phone.pk, "caption": "Le téléphone."}

"""Editors create library pages and themes in the admin; the forms validate what the public would suffer from."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from resources.blocks import VideoBlock

from .factories import CaseStudyIndexPageFactory, ResourceIndexPageFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("editeur", "editeur@example.org", "un-mot-de-passe-solide")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", ["tutorialpage", "guidepage", "learningpathpage"])
def test_library_page_forms_render(editor_client, model):
    ThemeFactory(name="Courriel")  # the themes are ticked in a list: there must be one
    library = ResourceIndexPageFactory()
    response = editor_client.get(f"/admin/pages/add/resources/{model}/{library.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Classement" in html and 'name="themes"' in html and "Courriel" in html


def test_case_study_form_renders(editor_client):
    index = CaseStudyIndexPageFactory()
    response = editor_client.get(f"/admin/pages/add/resources/casestudypage/{index.pk}/")
    assert response.status_code == 200
    assert 'name="department_code"' in response.content.decode()


def test_library_index_offers_only_library_page_types(editor_client):
    library = ResourceIndexPageFactory()
    html = editor_client.get(f"/admin/pages/{library.pk}/add_subpage/").content.decode()
    for model in ["tutorialpage", "guidepage", "learningpathpage"]:
        assert f"/admin/pages/add/resources/{model}/{library.pk}/" in html
    assert "/admin/pages/add/resources/librarypage/" not in html  # the shared base is not a page type of its own


def test_theme_snippets_are_listed_for_editors(editor_client):
    ThemeFactory(name="Thème visible")
    response = editor_client.get("/admin/snippets/resources/theme/")
    assert response.status_code == 200
    assert "Thème visible" in response.content.decode()


def test_a_video_needs_its_transcript():
    video = Document.objects.create(title="Vidéo", file=ContentFile(b"\x00\x00", name="video.mp4"))
    block = VideoBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"video": video.pk, "captions": None, "transcript": " "}))
    cleaned = block.clean(block.to_python({"video": video.pk, "captions": None, "transcript": "On voit un écran."}))
    assert cleaned["transcript"] == "On voit un écran."
    assert block.clean(block.to_python({"video": None, "captions": None, "transcript": ""}))["video"] is None

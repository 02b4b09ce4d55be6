"""Our image model: alt text compulsory at upload, responsive WebP renditions with dimensions, lazy loading."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.images.tests.utils import get_test_image_file

from tests.site.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_the_project_uses_its_own_image_model():
    assert get_image_model()._meta.label == "proxinum.CustomImage"


def test_upload_form_requires_the_alternative_text():
    ImageForm = get_image_form(get_image_model())
    image_file = get_test_image_file()
    upload = SimpleUploadedFile("photo.png", image_file.file.getvalue(), content_type="image/png")
    form = ImageForm(data={"title": "Photo"}, files={"file": upload})
    assert not form.is_valid()
    assert "description" in form.errors

    upload = SimpleUploadedFile("photo.png", image_file.file.getvalue(), content_type="image/png")
    form = ImageForm(
        data={"title": "Photo", "description": "Un bus numérique garé sur une place"}, files={"file": upload}
    )
    assert form.is_valid(), form.errors


def render_picture(image, **extra):
    template = Template('{% include "includes/picture.html" with image=image sizes="50vw" eager=eager %}')
    return template.render(Context({"image": image, **extra, "eager": extra.get("eager", False)}))


def test_pictures_are_responsive_webp_with_dimensions_and_lazy():
    image = ImageFactory(file__width=1600, file__height=900)
    html = render_picture(image)
    assert re.search(r'<source [^>]*srcset="[^"]+\.webp 360w', html) and 'type="image/webp"' in html
    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert f'alt="{image.description}"' in img
    assert 'sizes="50vw"' in html
    assert len(re.findall(r"\d+w", html)) >= 3


def test_pictures_above_the_fold_are_not_lazy():
    image = ImageFactory(file__width=800, file__height=600)
    assert 'loading="lazy"' not in render_picture(image, eager=True)

"""Every printable page (tutorial, its easy-read version, guide, learning path) is one A4 handout: the print button on
screen, and on paper a footer with the QR code and the short address back to the page (resources/handout_base.html)."""

import re

import pytest

from resources.models import GuidePage, LearningPathPage, TutorialPage

from .factories import GuidePageFactory, LearningPathPageFactory, TutorialPageFactory

pytestmark = pytest.mark.django_db


def handout_parts(html, page_id):
    """What every handout carries, as (found, expected) pairs to compare."""
    body_class = re.search(r'<body class="([^"]*)">', html).group(1)
    footer = re.search(r'<footer class="handout-footer print-only">(.*?)</footer>', html, re.S)
    assert footer, "no handout footer"
    footer = footer.group(1)
    return body_class, {
        "print button": "data-print>Imprimer la fiche</button>" in html,
        "one print button": html.count("data-print") == 1,
        "QR code": "<svg" in footer and 'class="qr" role="img"' in footer,
        "short address": f'<strong class="handout-footer__url"><bdi dir="ltr">http://testserver/r/{page_id}/</bdi></strong>'
        in footer,
        "site name": "Proxinum" in footer,
        "script": html.count('js/resources.js" defer></script>') == 1,
        "inside the handout": re.search(r'<div class="container handout[^"]*">', html) is not None,
    }


@pytest.mark.parametrize(
    "make",
    [
        lambda: TutorialPageFactory(),
        lambda: GuidePageFactory(),
        lambda: LearningPathPageFactory(),
    ],
    ids=["tutorial", "guide", "learning path"],
)
def test_each_printable_page_is_a_handout_with_its_facts_print_button_and_footer(client, make):
    page = make()
    html = client.get(page.url).content.decode()
    body_class, parts = handout_parts(html, page.pk)
    assert body_class == "page-handout"
    assert all(parts.values()), parts
    assert '<dl class="facts">' in html and "<dt>Niveau</dt>" in html


def test_each_handout_fills_its_own_body(client):
    tutorial = TutorialPageFactory(with_easy_read=True)
    guide = GuidePageFactory()
    path = LearningPathPageFactory()
    assert isinstance(tutorial, TutorialPage) and isinstance(guide, GuidePage) and isinstance(path, LearningPathPage)

    html = client.get(tutorial.url).content.decode()
    assert html.count('<section class="step"') == 3
    assert '<script type="application/ld+json">' in html.split("</head>")[0]  # the tutorial's own head
    assert f'href="{tutorial.url}facile/"' in html

    html = client.get(guide.url).content.decode()
    assert "<h2>Écouter d&#x27;abord</h2>" in html and 'id="guide-services"' in html
    assert 'aria-labelledby="need-help-title"' not in html  # a guide is for aidants

    html = client.get(path.url).content.decode()
    assert html.count('class="path__step"') == 2 and 'aria-labelledby="need-help-title"' in html


def test_the_easy_read_version_is_a_handout_with_its_own_header_and_no_facts(client):
    tutorial = TutorialPageFactory(with_easy_read=True)
    html = client.get(f"{tutorial.url}facile/").content.decode()
    body_class, parts = handout_parts(html, tutorial.pk)
    assert body_class == "page-handout page-easy-read"
    assert all(parts.values()), parts
    assert '<div class="container handout easy-read">' in html
    assert "Version facile à lire et à comprendre" in html
    assert '<dl class="facts">' not in html
    assert '<p class="easy-read__line">Je touche la bulle Messages.</p>' in html
    assert html.count('<script type="application/ld+json">') == 0

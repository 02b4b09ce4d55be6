"""axe-core finds no violation at all, of any impact and best practices included (landmark-unique, region,
heading-order...), on every public page type of the demo site, in French and Arabic, on a phone and a desktop (one
page load, checked at both widths: see helpers.violations_at_each_width).

The Arabic page is the one the French page names in its head (`<link rel="alternate" hreflang="ar">`), so that the
test follows the demo content's translated slugs; a page the demo has not translated is skipped in Arabic.
"""

from urllib.parse import urlsplit

import pytest

from .helpers import axe_all_violations, violations_at_each_width

pytestmark = pytest.mark.browser

LANGUAGES = ["fr", "ar"]
# (French path, query string) of one page of each type in the demo content (places/, resources/, events/, home/).
PAGES = [
    pytest.param("/", "", id="home"),
    pytest.param("/lieux/", "", id="finder"),
    pytest.param("/lieux/", "q=13500", id="finder-results"),
    pytest.param("/lieux/mediatheque-louis-aragon-martigues/", "", id="place"),
    pytest.param("/lieux/mairiebus-martigues/", "", id="bus-tour"),
    pytest.param("/lieux/mairiebus-martigues/arret-carro/", "", id="bus-stop"),
    pytest.param("/ressources/", "", id="library"),
    pytest.param("/ressources/creer-une-adresse-e-mail/", "", id="tutorial"),
    pytest.param("/ressources/faire-pour-ou-faire-avec/", "", id="guide"),
    pytest.param("/ressources/premiers-pas-avec-le-smartphone/", "", id="learning-path"),
    pytest.param("/cas-inspirants/", "", id="cases"),
    pytest.param("/cas-inspirants/toulouse-mairie-bus/", "", id="case"),
    pytest.param("/agenda/", "", id="agenda"),
    pytest.param("/agenda/hackathon-des-outils-numeriques-du-territoire/", "", id="event"),
    pytest.param("/recherche/", "q=mail", id="search-results"),
    pytest.param("/mentions-legales/", "", id="standard"),
]

_translated = {}  # French path -> Arabic path (or None), found once per session


def _arabic_path(page, french_path):
    if french_path not in _translated:
        assert page.goto(french_path).status == 200, french_path
        alternate = page.locator("link[rel=alternate][hreflang=ar]")
        # The head's alternates are absolute on the Wagtail site's root URL: keep the path, for the test server.
        _translated[french_path] = urlsplit(alternate.get_attribute("href")).path if alternate.count() else None
    return _translated[french_path]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("path", "query"), PAGES)
def test_no_axe_violation_of_any_kind(new_page, path, query, language):
    page = new_page()
    if language != "fr":
        path = _arabic_path(page, path)
        if path is None:
            pytest.skip("not translated into Arabic in the demo content")
    url = f"{path}?{query}" if query else path
    response = page.goto(url)
    assert response.status == 200, url
    report = violations_at_each_width(page, axe_all_violations)
    assert not report, report


@pytest.mark.parametrize("path", ["/page-qui-n-existe-pas/", "/ar/page-qui-n-existe-pas/"], ids=["fr", "ar"])
def test_not_found_page_has_no_axe_violation_of_any_kind(new_page, path):
    page = new_page()
    assert page.goto(path).status == 404
    report = violations_at_each_width(page, axe_all_violations)
    assert not report, report

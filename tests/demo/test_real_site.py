"""A real installation (the starter pages, without the demo) gets no fictitious content: no contact details, no
site texts, no note on demonstration content. The demo adds them (test_load_demo.py)."""

import pytest

from home.models import StandardPage
from proxinum.models import SiteSettings, SiteTexts

pytestmark = pytest.mark.django_db


def test_the_starter_pages_leave_the_contact_details_to_the_editors(site):
    site_settings = SiteSettings.for_site(site)
    assert (site_settings.contact_phone, site_settings.contact_email) == ("", "")
    assert site_settings.legal_notice_page is not None
    assert not SiteTexts.objects.exists()


def test_the_starter_legal_notice_says_nothing_of_a_demo(site):
    notices = StandardPage.objects.filter(translation_key=SiteSettings.for_site(site).legal_notice_page.translation_key)
    assert notices.count() == 4
    for notice in notices:
        headings = [block.value["text"] for block in notice.body if block.block_type == "heading"]
        assert len(headings) == 2, notice.locale
        assert "démonstration" not in str(notice.body).lower(), notice.locale

"""Factories for the home app's page types: the home page, standard pages and the search page.

They are the starter tree's own page types, made with the site-wide factories (tests/site/factories.py, with the
images and section pages they need); named here too so that every app's factories are in tests/<app>/factories.py.
The home page has no inline rows of its own: what it shows (tutorials, events, cases, bus tours) is made with the
factories of those apps.
"""

from tests.site.factories import HomePageFactory, SearchPageFactory, StandardPageFactory, home_page

__all__ = ["HomePageFactory", "SearchPageFactory", "StandardPageFactory", "home_page"]

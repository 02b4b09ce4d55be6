import cProfile, pstats, io
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.resources.factories import TutorialPageFactory
from tests.events.factories import EventPageFactory

pytestmark = pytest.mark.django_db

def test_prof():
    TutorialPageFactory()
    EventPageFactory()
    for factory in (TutorialPageFactory, EventPageFactory):
        pr = cProfile.Profile()
        with CaptureQueriesContext(connection) as q:
            pr.enable()
            for n in range(5):
                factory()
            pr.disable()
        print(factory.__name__, "queries per page", len(q) / 5)
        s = io.StringIO()
        pstats.Stats(pr, stream=s).sort_stats("cumulative").print_stats(30)
        print(s.getvalue()[:6000])

from .events import EventPage
from .index import EventIndexPage
from .registrations import Registration

__all__ = ["EventIndexPage", "EventPage", "Registration"]

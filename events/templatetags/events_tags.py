from babel.dates import format_date
from django import template
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from proxinum.dates import babel_locale as _babel_locale
from proxinum.dates import format_hour

register = template.Library()


def _day(value, language):
    return format_date(value, "full", locale=_babel_locale(language))


def _day_and_hours(day, hours):
    return _("%(day)s, %(hours)s") % {"day": day, "hours": hours}  # the Arabic comma in Arabic


@register.simple_tag
def event_when(page):
    """ "samedi 14 mars 2026, 9 h 30 – 17 h", or "Du … au …" over several days, in the visitor's language."""
    language = get_language()
    start, end = page.start_local, page.end_local
    if page.is_multi_day:
        if page.all_day:
            first, last = _day(start.date(), language), _day(end.date(), language)
        else:
            first = _day_and_hours(_day(start.date(), language), format_hour(start.time(), language))
            last = _day_and_hours(_day(end.date(), language), format_hour(end.time(), language))
        return _("Du %(start)s au %(end)s") % {"start": first, "end": last}
    day = _day(start.date(), language)
    if page.all_day:
        return day
    return _day_and_hours(day, f"{format_hour(start.time(), language)} – {format_hour(end.time(), language)}")


@register.simple_tag
def events_at(place, limit=5):
    """The next events held at a place (a place page's "Prochains événements ici")."""
    from events.models.events import upcoming_events_at

    return upcoming_events_at(place, limit)

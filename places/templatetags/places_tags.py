from django import template

from places import enums, hours
from proxinum import territories
from proxinum.text import join_list

register = template.Library()


@register.filter
def labels(values, field_name):
    """Translated labels of a multi-valued field's standard values."""
    choices = dict(enums.FIELD_CHOICES[field_name].choices)
    return [str(choices.get(value, value)) for value in values or []]


@register.filter
def short_labels(services):
    """The services in a few words each ("Démarches en ligne"), for cards."""
    return [str(enums.SERVICE_SHORT_LABELS.get(value, value)) for value in services or []]


@register.simple_tag
def choice_labels(values, field_name):
    return join_list(labels(values, field_name))


@register.simple_tag
def place_status(page):
    """Open now / next opening, in the visitor's language; for a bus stop, its next passage."""
    status = hours.status(getattr(page, "opening_hours", ""))
    passage = ""
    if status.is_open is False and status.next_change is not None:
        passage = next_passage(page.opening_hours, status.next_change)
    return {"is_open": status.is_open, "next_change": status.next_change, "text": status.text, "next_passage": passage}


def next_passage(value, opens_at):
    """ "mardi 15 décembre, 14 h – 17 h": the next opening (a bus's next passage), worded as the dated passages."""
    passages = hours.next_passages(value, count=1, now=opens_at)
    return passages[0].text if passages else ""


@register.simple_tag
def week_table(value):
    return hours.week_table(value) if value else []


@register.simple_tag
def dated_schedule(value, count=6):
    """Whether a weekly table tells the truth; if not, the next `count` dated openings (a bus every other week)."""
    if not value or hours.is_weekly(value):
        return {"weekly": True, "passages": []}
    return {"weekly": False, "passages": hours.next_passages(value, count=count)}


@register.filter
def phone_display(number):
    """+33442000000 → 04 42 00 00 00 (French numbers); other numbers unchanged."""
    if number and number.startswith("+33") and len(number) == 12:
        local = "0" + number[3:]
        return " ".join(local[i : i + 2] for i in range(0, 10, 2))
    return number


@register.filter
def department_name(code):
    """ "Gers" for "32" (the code itself if unknown)."""
    return territories.department_name(code) or code


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key, [])


@register.simple_tag
def map_tiles():
    """The configured tile server, for the maps a visitor opens."""
    from django.conf import settings

    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}

"""Dates and hours in the visitor's language, shared by the places' opening hours and the events' dates."""

import functools
from datetime import time

from babel import Locale, UnknownLocaleError
from babel.dates import format_time
from django.conf import settings
from django.utils.translation import get_language, to_locale


def current_language() -> str:
    return get_language() or settings.LANGUAGE_CODE


def is_french(language: str) -> bool:
    return language.split("-")[0].lower() == "fr"


@functools.lru_cache(maxsize=32)
def babel_locale(language: str) -> Locale:
    try:
        return Locale.parse(to_locale(language))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(to_locale(settings.LANGUAGE_CODE))


def format_hour(value: time, language: str | None = None) -> str:
    """ "9 h", "18 h 30" in French (no-break spaces), babel's short format otherwise ("9:00 AM")."""
    language = language or current_language()
    if is_french(language):
        return f"{value.hour}\u00a0h" if not value.minute else f"{value.hour}\u00a0h\u00a0{value.minute:02d}"
    return format_time(value, format="short", locale=babel_locale(language))

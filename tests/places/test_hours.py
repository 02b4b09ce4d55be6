"""Opening hours in OpenStreetMap syntax (places/hours.py): validation, status, holidays, odd/even weeks, nights,
daylight-saving changes, weekend filter, week table and plain-language summary in every language."""

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation

from places import hours

PARIS = ZoneInfo("Europe/Paris")
# Tuesday 10 November 2026 (ISO week 46); Wednesday 11 November is Armistice Day.
TYPICAL = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00; PH off"
# A mobile stop (bus) every other week: even ISO weeks only.
BUS = "week 2-52/2 Tu 14:00-17:00; PH off"


def paris(*args):
    return datetime(*args, tzinfo=PARIS)


def plain(text):
    """French times use no-break spaces ("9\u00a0h"): compare with ordinary ones."""
    return text.replace("\u00a0", " ")


@pytest.fixture(autouse=True)
def french():
    with translation.override("fr"):
        yield


# Validator ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "",
        None,
        "   ",
        "24/7",
        TYPICAL,
        BUS,
        "Fr 20:00-02:00",
        "Mo-Fr 08:00-12:00, 13:30-17:00",
        'Mo-Fr 09:00-12:00 "sur rendez-vous"',
    ],
)
def test_validator_accepts_valid_and_empty_values(value):
    hours.validate_opening_hours(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Mo-Fr 9h-12h", ["caractère 7", "« 9h-12h »", "09:00-12:00"]),
        ("Lu-Ve 09:00-12:00", ["caractère 1", "Mo, Tu, We, Th, Fr, Sa, Su"]),
        ("Mo-Fr 09:00-12:00 14:00-18:00", ["caractère 19", "point-virgule"]),
        ("Mo-Fr 09:00–12:00", ["tiret simple"]),
        ("Mo-Fr 09:00-12:00; PH off;", ["point-virgule final"]),
        ("Mo-Fr 09:00-12:00;;", ["Deux points-virgules"]),
        ("Mo-Fr 09:00-12:00\nSa 10:00-12:00", ["une seule ligne"]),
        ("week 54 Mo 09:00-10:00", ["numéro de semaine entre 1 et 53"]),
        ('Mo-Fr 09:00-12:00 "sur rendez-vous', ["guillemet"]),
        ("n'importe quoi", ["caractère 1"]),
        ("Mo-Fr 09:00-12:00; Sa 10:00-", ["09:00-12:00"]),
        # Otherwise the parser's own hint is quoted.
        ("Mo[6] 10:00-12:00", ["caractère 4", "Indication de l'analyseur : expected nth_entry."]),
    ],
)
def test_validator_rejects_invalid_values_with_a_readable_message(value, expected):
    with pytest.raises(ValidationError) as caught:
        hours.validate_opening_hours(value)
    assert caught.value.code == "invalid_opening_hours"
    (message,) = caught.value.messages
    assert message.startswith("Ces horaires ne sont pas reconnus")
    assert "Exemple : « Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off »." in message
    for fragment in expected:
        assert fragment in message
    # No raw parser output (multi-line, grammar rule names) reaches the editor.
    assert "\n" not in message and "-->" not in message and "rules_modifier" not in message


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("Mo-Fr 09:00-12:00\rSa 10:00-12:00", "une seule ligne"),
        ("Mo-Fr 09:00—12:00", "tiret simple"),
    ],
)
def test_validator_hints_at_slips_of_typing(value, hint):
    with pytest.raises(ValidationError) as caught:
        hours.validate_opening_hours(value)
    assert hint in caught.value.messages[0]


def test_validator_without_a_hint_says_what_is_wrong_and_gives_the_example():
    with pytest.raises(ValidationError) as caught:
        hours.validate_opening_hours("2020-2010")  # a year range backwards: the parser gives no hint
    assert caught.value.messages == [
        "Ces horaires ne sont pas reconnus. Exemple : « Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off »."
    ]


def test_validator_works_in_a_form_field():
    field = forms.CharField(required=False, validators=[hours.validate_opening_hours])
    assert field.clean(TYPICAL) == TYPICAL
    with pytest.raises(ValidationError, match="pas reconnus"):
        field.clean("Mo-Fr 9h-12h")


def test_validator_message_is_translated_lazily():
    with pytest.raises(ValidationError) as caught:
        hours.validate_opening_hours("Mo-Fr 9h-12h")
    error = caught.value
    # The message is built from gettext_lazy strings: it is rendered in the language active when displayed.
    assert "caractère 7" in error.messages[0]
    assert type(error.message).__name__ == "__proxy__"


# Parsing and cache --------------------------------------------------------------------------------------------------


def test_parsed_expressions_are_cached_and_blank_means_no_hours():
    assert hours.parse(TYPICAL) is hours.parse(f"  {TYPICAL} ")
    # The library itself reads a blank string as "24/7": here it means "no hours".
    assert hours.parse("   ") is None
    assert hours.parse(None) is None
    assert hours.parse("Mo-Fr 9h-12h") is None


def test_empty_and_invalid_values_never_raise():
    for value in ["", None, "Mo-Fr 9h-12h"]:
        state = hours.status(value, now=paris(2026, 11, 10, 10))
        assert (state.is_open, state.next_change, state.text) == (None, None, "")
        assert hours.next_opening(value, now=paris(2026, 11, 10, 10)) is None
        assert hours.open_on_weekend(value, now=paris(2026, 11, 10, 10)) is False
        assert hours.week_table(value, now=paris(2026, 11, 10, 10)) == []
    assert hours.readable("") == ""
    assert hours.readable(None) == ""
    assert hours.readable("Mo-Fr 9h-12h") == "Horaires illisibles"


# Status and next opening --------------------------------------------------------------------------------------------


def test_open_now_until_noon():
    state = hours.status(TYPICAL, now=paris(2026, 11, 10, 10, 0))
    assert state.is_open is True
    assert state.next_change == paris(2026, 11, 10, 12, 0)
    assert plain(state.text) == "Ouvert maintenant, jusqu'à 12 h"


def test_open_until_half_past():
    state = hours.status(TYPICAL, now=paris(2026, 11, 10, 15, 0))
    assert plain(state.text) == "Ouvert maintenant, jusqu'à 18 h 30"


def test_closed_now_opens_later_today():
    now = paris(2026, 11, 10, 13, 0)
    state = hours.status(TYPICAL, now=now)
    assert state.is_open is False
    assert state.next_change == paris(2026, 11, 10, 14, 0)
    assert plain(state.text) == "Fermé, ouvre aujourd'hui à 14 h"
    assert hours.next_opening(TYPICAL, now=now) == paris(2026, 11, 10, 14, 0)


def test_closed_now_opens_tomorrow():
    now = paris(2026, 11, 12, 19, 0)  # Thursday evening
    assert hours.next_opening(TYPICAL, now=now) == paris(2026, 11, 13, 9, 0)
    assert plain(hours.status(TYPICAL, now=now).text) == "Fermé, ouvre demain à 9 h"


def test_next_opening_after_a_weekend():
    now = paris(2026, 11, 14, 13, 0)  # Saturday afternoon
    assert hours.next_opening(TYPICAL, now=now) == paris(2026, 11, 16, 9, 0)
    state = hours.status(TYPICAL, now=now)
    assert state.is_open is False
    assert plain(state.text) == "Fermé, ouvre lundi à 9 h"


def test_next_opening_while_open_is_the_one_after_closing():
    assert hours.next_opening(TYPICAL, now=paris(2026, 11, 10, 10, 0)) == paris(2026, 11, 10, 14, 0)


def test_open_all_the_time():
    state = hours.status("24/7", now=paris(2026, 11, 10, 3, 0))
    assert (state.is_open, state.next_change, state.text) == (True, None, "Ouvert 24 h/24")


def test_open_until_midnight():
    state = hours.status("Mo-Fr 08:00-24:00", now=paris(2026, 11, 10, 21, 0))
    assert state.next_change == paris(2026, 11, 11, 0, 0)
    assert state.text == "Ouvert maintenant, jusqu'à minuit"


def test_never_opens_within_two_weeks():
    state = hours.status("Dec 25 09:00-12:00", now=paris(2026, 11, 10, 10, 0))
    assert state.is_open is False
    assert state.next_change is None
    assert state.text == "Fermé, pas d'ouverture prévue dans les 14 prochains jours"


def test_unknown_state_with_a_comment():
    state = hours.status('Mo-Fr 09:00-12:00 unknown "sur rendez-vous"', now=paris(2026, 11, 10, 10, 0))
    assert state.is_open is None
    assert state.comment == "sur rendez-vous"
    assert state.text == "Ouverture à confirmer auprès du lieu"


def test_default_now_is_the_current_time():
    # django.utils.timezone.now() is in UTC (datetime.timezone.utc), which the library alone would refuse.
    with time_machine.travel(paris(2026, 11, 10, 10, 0), tick=False):
        assert hours.status(TYPICAL).is_open is True
        assert hours.next_opening(TYPICAL) == paris(2026, 11, 10, 14, 0)
        assert [day.is_today for day in hours.week_table(TYPICAL)][1] is True


def test_now_in_utc_or_naive_is_read_as_paris_time():
    assert hours.status(TYPICAL, now=datetime(2026, 11, 10, 9, 30, tzinfo=UTC)).is_open is True  # 10:30 in Paris
    assert hours.status(TYPICAL, now=datetime(2026, 11, 10, 11, 30, tzinfo=UTC)).is_open is False  # 12:30
    assert hours.status(TYPICAL, now=datetime(2026, 11, 10, 10, 0)).is_open is True


# Public holidays ----------------------------------------------------------------------------------------------------


def test_armistice_day_is_closed_and_opens_the_day_after():
    now = paris(2026, 11, 11, 10, 0)  # a Wednesday, normally open
    state = hours.status(TYPICAL, now=now)
    assert state.is_open is False
    assert state.next_change == paris(2026, 11, 12, 9, 0)
    assert plain(state.text) == "Fermé, ouvre demain à 9 h"


def test_christmas_is_closed_and_opens_on_saturday():
    now = paris(2026, 12, 24, 19, 0)  # Thursday evening, Christmas is a Friday
    assert hours.status(TYPICAL, now=paris(2026, 12, 25, 10, 0)).is_open is False
    assert hours.next_opening(TYPICAL, now=now) == paris(2026, 12, 26, 9, 0)
    assert plain(hours.status(TYPICAL, now=now).text) == "Fermé, ouvre samedi à 9 h"


def test_public_holiday_calendar():
    assert hours.is_public_holiday(date(2026, 11, 11))
    assert hours.is_public_holiday(date(2026, 12, 25))
    assert hours.is_public_holiday(date(2026, 5, 14))  # Ascension
    assert not hours.is_public_holiday(date(2026, 11, 10))


def test_without_ph_off_a_public_holiday_is_an_ordinary_day():
    assert hours.status("Mo-Fr 09:00-12:00", now=paris(2026, 11, 11, 10, 0)).is_open is True


# Odd and even weeks -------------------------------------------------------------------------------------------------


def test_odd_weeks_only():
    expression = "week 1-53/2 Tu 14:00-17:00"
    assert hours.status(expression, now=paris(2026, 1, 6, 15, 0)).is_open is False  # week 2
    assert hours.status(expression, now=paris(2026, 1, 13, 15, 0)).is_open is True  # week 3
    assert hours.status(expression, now=paris(2026, 1, 20, 15, 0)).is_open is False  # week 4


def test_mobile_stop_every_other_week():
    assert hours.status(BUS, now=paris(2026, 1, 6, 15, 0)).is_open is True  # week 2
    assert hours.status(BUS, now=paris(2026, 1, 13, 15, 0)).is_open is False  # week 3
    now = paris(2026, 1, 6, 18, 0)
    assert hours.next_opening(BUS, now=now) == paris(2026, 1, 20, 14, 0)
    # More than 6 days ahead: the date is given, not only the day name.
    assert plain(hours.status(BUS, now=now).text) == "Fermé, ouvre le mardi 20 janvier à 14 h"


# Past midnight ------------------------------------------------------------------------------------------------------


def test_open_past_midnight():
    expression = "Fr 20:00-02:00"
    assert hours.status(expression, now=paris(2026, 1, 9, 19, 0)).is_open is False  # Friday 19:00
    friday_night = hours.status(expression, now=paris(2026, 1, 9, 21, 0))
    assert friday_night.is_open is True
    assert plain(friday_night.text) == "Ouvert maintenant, jusqu'à demain à 2 h"
    saturday = hours.status(expression, now=paris(2026, 1, 10, 1, 0))
    assert saturday.is_open is True
    assert saturday.next_change == paris(2026, 1, 10, 2, 0)
    assert plain(saturday.text) == "Ouvert maintenant, jusqu'à 2 h"
    assert hours.status(expression, now=paris(2026, 1, 10, 3, 0)).is_open is False


def test_a_night_belongs_to_the_day_it_starts():
    table = hours.week_table("Fr 20:00-02:00", now=paris(2026, 1, 7, 12, 0))
    friday, saturday = table[4], table[5]
    assert [plain(t) for t in friday.hours[0]] == ["20 h", "2 h"]
    assert saturday.is_closed
    assert plain(hours.readable("Fr 20:00-02:00", now=paris(2026, 1, 7, 12, 0))) == "vendredi : 20 h – 2 h"


# Daylight-saving changes --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "offset"),
    [
        (date(2026, 3, 28), timedelta(hours=1)),  # the day before summer time
        (date(2026, 3, 29), timedelta(hours=2)),  # clocks go forward at 2:00
        (date(2026, 10, 25), timedelta(hours=1)),  # clocks go back at 3:00
    ],
)
def test_hours_stay_in_local_time_across_daylight_saving_changes(day, offset):
    expression = "Mo-Su 09:00-18:00"
    y, m, d = day.year, day.month, day.day
    assert hours.status(expression, now=paris(y, m, d, 8, 30)).is_open is False
    open_state = hours.status(expression, now=paris(y, m, d, 9, 30))
    assert open_state.is_open is True
    assert open_state.next_change == paris(y, m, d, 18, 0)
    assert open_state.next_change.utcoffset() == offset
    assert plain(open_state.text) == "Ouvert maintenant, jusqu'à 18 h"
    assert hours.status(expression, now=paris(y, m, d, 18, 30)).is_open is False
    # The same moment given in UTC.
    utc_now = paris(y, m, d, 9, 30).astimezone(UTC)
    assert hours.status(expression, now=utc_now).is_open is True


def test_an_opening_inside_the_skipped_hour_is_not_reported():
    # 2:00-3:00 does not exist on 29 March 2026 in Paris: the next opening is the following Sunday.
    assert hours.next_opening("Su 02:00-03:00", now=paris(2026, 3, 29, 0, 0)) == paris(2026, 4, 5, 2, 0)


def test_week_table_on_the_day_clocks_go_back():
    table = hours.week_table("Mo-Su 09:00-18:00", now=paris(2026, 10, 25, 12, 0))
    sunday = table[6]
    assert sunday.date == date(2026, 10, 25)
    assert sunday.is_today
    assert [plain(t) for t in sunday.hours[0]] == ["9 h", "18 h"]


# Weekend filter -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (TYPICAL, True),
        ("Mo-Fr 09:00-17:00", False),
        ("Su 10:00-12:00", True),
        ("24/7", True),
        ("Fr 20:00-02:00", False),  # a Friday night, not a weekend opening
        ("Sa-Su off; Mo-Fr 09:00-17:00", False),
        ('Sa 10:00-12:00 unknown "sur rendez-vous"', False),
    ],
)
def test_open_on_weekend(expression, expected):
    assert hours.open_on_weekend(expression, now=paris(2026, 11, 10, 10, 0)) is expected


def test_open_on_weekend_looks_only_at_the_coming_weeks():
    expression = "Dec 26 10:00-12:00"  # a Saturday in 2026
    assert hours.open_on_weekend(expression, now=paris(2026, 12, 20, 10, 0)) is True
    assert hours.open_on_weekend(expression, now=paris(2026, 12, 1, 10, 0)) is False
    assert hours.open_on_weekend(expression, weeks=4, now=paris(2026, 12, 1, 10, 0)) is True
    # Once the Saturday opening is over, it no longer counts.
    assert hours.open_on_weekend(expression, now=paris(2026, 12, 26, 13, 0)) is False


def test_weekend_every_other_week():
    expression = "week 2-52/2 Sa 10:00-12:00"
    now = paris(2026, 1, 12, 10, 0)  # Monday of week 3: the next Saturday is odd, the one after even
    assert hours.open_on_weekend(expression, weeks=1, now=now) is False
    assert hours.open_on_weekend(expression, weeks=2, now=now) is True


# Week table ---------------------------------------------------------------------------------------------------------


def test_week_table_marks_today_and_public_holidays():
    table = hours.week_table(TYPICAL, now=paris(2026, 11, 10, 10, 0))
    assert [day.date for day in table] == [date(2026, 11, 9) + timedelta(days=n) for n in range(7)]
    assert [day.name for day in table] == ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    assert [day.is_today for day in table] == [False, True, False, False, False, False, False]

    tuesday, wednesday, saturday, sunday = table[1], table[2], table[5], table[6]
    assert [(plain(a), plain(b)) for a, b in tuesday.hours] == [("9 h", "12 h"), ("14 h", "18 h 30")]
    assert plain(tuesday.text) == "9 h – 12 h, 14 h – 18 h 30"
    assert not tuesday.is_closed and not tuesday.is_holiday

    assert wednesday.is_holiday and wednesday.is_closed
    assert wednesday.closed_reason == "jour férié"
    assert wednesday.hours == ()
    assert wednesday.text == "Fermé (jour férié)"

    assert [(plain(a), plain(b)) for a, b in saturday.hours] == [("9 h", "12 h")]
    assert sunday.is_closed and not sunday.is_holiday and sunday.closed_reason == ""
    assert sunday.text == "Fermé"


def test_week_table_on_a_sunday_starts_on_the_monday_before():
    table = hours.week_table(TYPICAL, now=paris(2026, 11, 15, 23, 30))
    assert table[0].date == date(2026, 11, 9)
    assert table[6].is_today


def test_week_table_holiday_open_without_ph_off():
    wednesday = hours.week_table("Mo-Fr 09:00-12:00", now=paris(2026, 11, 10, 10, 0))[2]
    assert wednesday.is_holiday and not wednesday.is_closed and wednesday.closed_reason == ""


def test_week_table_all_day_and_comments():
    monday = hours.week_table("24/7", now=paris(2026, 11, 10, 10, 0))[0]
    assert monday.all_day and monday.text == "24 h/24"
    tuesday = hours.week_table('Tu 14:00-17:00 "sur rendez-vous"', now=paris(2026, 11, 10, 10, 0))[1]
    assert plain(tuesday.text) == "14 h – 17 h (sur rendez-vous)"
    assert tuesday.notes == ("sur rendez-vous",)


def test_week_table_in_english():
    with translation.override("en"):
        table = hours.week_table(TYPICAL, now=paris(2026, 11, 10, 10, 0))
    assert table[0].name == "Monday"
    assert table[0].hours[0] == ("9:00\u202fAM", "12:00\u202fPM")


# Readable summary ---------------------------------------------------------------------------------------------------


def test_readable_in_french():
    text = hours.readable(TYPICAL, now=paris(2026, 11, 10, 10, 0))
    # The week of 11 November is not mistaken for a week without Wednesday.
    assert plain(text) == (
        "lundi au vendredi : 9 h – 12 h, 14 h – 18 h 30 ; samedi : 9 h – 12 h ; fermé les jours fériés"
    )


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (BUS, "mardi (semaines paires) : 14 h – 17 h ; fermé les jours fériés"),
        ("week 1-53/2 Tu 14:00-17:00", "mardi (semaines impaires) : 14 h – 17 h"),
        (
            "week 1-53/2 Mo-Fr 09:00-12:00; week 2-52/2 Mo-Fr 14:00-17:00",
            "lundi au vendredi (semaines impaires) : 9 h – 12 h ; lundi au vendredi (semaines paires) : 14 h – 17 h",
        ),
        ("Mo-Su 08:00-20:00", "tous les jours : 8 h – 20 h"),
        ("24/7", "ouvert 24 h/24, 7 j/7"),
        ("Mo,Tu 10:00-12:00; Th 10:00-12:00", "lundi et mardi : 10 h – 12 h ; jeudi : 10 h – 12 h"),
        ("Mo-Fr 08:00-24:00", "lundi au vendredi : 8 h – minuit"),
        (
            "PH 10:00-12:00; Mo-Fr 09:00-17:00",
            "lundi au vendredi : 9 h – 17 h ; horaires particuliers les jours fériés",
        ),
        ('Mo-Fr 09:00-12:00 "sur rendez-vous"', "lundi au vendredi : 9 h – 12 h (sur rendez-vous)"),
        ("off", "aucune ouverture prévue dans les prochaines semaines"),
    ],
)
def test_readable_shapes(expression, expected):
    # Whatever the parity of the current week.
    for now in (paris(2026, 11, 10, 10, 0), paris(2026, 11, 17, 10, 0)):
        assert plain(hours.readable(expression, now=now)) == expected


FRENCH_DAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}


@pytest.mark.parametrize(
    ("language", "monday", "saturday"),
    [("en", "Monday", "Saturday"), ("ar", "الاثنين", "السبت"), ("es", "lunes", "sábado")],
)
def test_readable_in_other_languages(language, monday, saturday):
    now = paris(2026, 11, 10, 10, 0)
    with translation.override(language):
        active = hours.readable(TYPICAL, now=now)
    explicit = hours.readable(TYPICAL, language=language, now=now)
    assert active == explicit
    assert monday in active and saturday in active
    assert not FRENCH_DAYS & set(active.split())
    assert not re.search(r"\d h", plain(active))  # babel's time format, not the French "9 h"
    # The `language` argument does not leak into the rest of the request.
    assert translation.get_language() == "fr"


def test_status_in_other_languages_uses_babel_names_and_times():
    with translation.override("es"):
        text = hours.status(TYPICAL, now=paris(2026, 11, 14, 13, 0)).text
    assert "lunes" in text and "9:00" in text


# Weekly or dated --------------------------------------------------------------------------------------------------

ODD_STOP = "week 1-53/2 Tu 09:00-12:00; PH off"  # the demo stop "arret-carro"
EVEN_STOP = "week 2-52/2 Fr 09:00-12:00; PH off"  # the demo stop "arret-lavera"
# Tuesday 24 November 2026, 18 h: ISO week 48 (even). 2026 has 53 ISO weeks: weeks 53 and 1 are both odd.
AFTER_BUS = paris(2026, 11, 24, 18, 0)


@pytest.mark.parametrize(
    "expression",
    [
        TYPICAL,
        "Mo-Fr 09:00-12:00,14:00-17:00",
        "Tu 14:00-17:00; PH off",
        "Fr 20:00-02:00",
        "24/7",
        "week 1-53 Mo 10:00-12:00",
    ],
)
@pytest.mark.parametrize(
    "now",
    [
        paris(2026, 11, 10, 10, 0),  # Armistice Day this week: a holiday is an exception, not a pattern
        AFTER_BUS,  # Christmas and New Year's Day within the weeks compared
        paris(2026, 3, 20, 10, 0),  # clocks go forward within the weeks compared
    ],
)
def test_the_same_hours_every_week_are_weekly(expression, now):
    assert hours.is_weekly(expression, now=now) is True


@pytest.mark.parametrize(
    "expression",
    [
        ODD_STOP,
        EVEN_STOP,
        "week 1-53/2 Tu 09:00-12:00; week 2-52/2 Tu 14:00-17:00",  # both weeks open, at other hours
        "Tu[1] 10:00-12:00",  # the first Tuesday of the month
        "Mo-Fr 09:00-12:00; Dec 24 off",  # a given date
        "Nov-Dec We 10:00-12:00; Jan-Oct Th 10:00-12:00",  # months
        "2027 Mar 03 09:00-12:00",  # nothing within the weeks compared
        "off",
    ],
)
def test_hours_that_change_from_week_to_week_are_not_weekly(expression):
    assert hours.is_weekly(expression, now=AFTER_BUS) is False


def test_without_readable_hours_there_is_nothing_to_date():
    for value in ("", None, "n'importe quoi"):
        assert hours.is_weekly(value, now=AFTER_BUS) is True
        assert hours.next_passages(value, now=AFTER_BUS) == []


def test_next_passages_of_an_odd_week_stop():
    passages = hours.next_passages(ODD_STOP, count=6, now=AFTER_BUS)
    assert [p.start for p in passages] == [
        paris(2026, 12, 1, 9, 0),
        paris(2026, 12, 15, 9, 0),
        paris(2026, 12, 29, 9, 0),  # week 53
        paris(2027, 1, 5, 9, 0),  # week 1: two odd weeks in a row
        paris(2027, 1, 19, 9, 0),
        paris(2027, 2, 2, 9, 0),
    ]
    assert all(p.start.isocalendar().week % 2 for p in passages)
    assert all(p.end - p.start == timedelta(hours=3) for p in passages)
    assert [plain(p.text) for p in passages[:2]] == ["mardi 1 décembre, 9 h – 12 h", "mardi 15 décembre, 9 h – 12 h"]
    assert (plain(passages[0].day), plain(passages[0].hours), passages[0].note) == (
        "mardi 1 décembre",
        "9 h – 12 h",
        "",
    )
    assert passages[0].date == date(2026, 12, 1)
    assert passages[0].start.tzinfo == PARIS


def test_next_passages_of_an_even_week_stop_skip_public_holidays():
    passages = hours.next_passages(EVEN_STOP, count=4, now=AFTER_BUS)
    # Friday 25 December (week 52) is Christmas Day: no bus ("PH off"); week 53 and week 1 are odd.
    assert [p.date for p in passages] == [date(2026, 11, 27), date(2026, 12, 11), date(2027, 1, 15), date(2027, 1, 29)]
    assert all(p.start.isocalendar().week % 2 == 0 for p in passages)


def test_a_passage_under_way_comes_first():
    passages = hours.next_passages(ODD_STOP, count=2, now=paris(2026, 12, 1, 10, 30))
    assert [p.start for p in passages] == [paris(2026, 12, 1, 9, 0), paris(2026, 12, 15, 9, 0)]
    # Once it is over, the next one.
    assert hours.next_passages(ODD_STOP, count=1, now=paris(2026, 12, 1, 12, 0))[0].date == date(2026, 12, 15)


def test_next_passages_are_bounded_by_count_and_days():
    assert len(hours.next_passages(TYPICAL, count=20, now=AFTER_BUS)) == 20
    assert hours.next_passages(ODD_STOP, count=0, now=AFTER_BUS) == []
    within_three_weeks = hours.next_passages(ODD_STOP, count=10, now=AFTER_BUS, days=21)
    assert [p.date for p in within_three_weeks] == [date(2026, 12, 1), date(2026, 12, 15)]
    # The first Tuesday of the month: three within the default horizon of 13 weeks.
    assert [p.date for p in hours.next_passages("Tu[1] 10:00-12:00", count=6, now=AFTER_BUS)] == [
        date(2026, 12, 1),
        date(2027, 1, 5),
        date(2027, 2, 2),
    ]


def test_a_weekday_place_keeps_its_table_and_has_dated_openings_too():
    now = paris(2026, 11, 10, 10, 0)  # Tuesday; Wednesday 11 November is Armistice Day
    assert hours.is_weekly(TYPICAL, now=now)
    passages = hours.next_passages(TYPICAL, count=5, now=now)
    assert [plain(p.text) for p in passages] == [
        "mardi 10 novembre, 9 h – 12 h",
        "mardi 10 novembre, 14 h – 18 h 30",
        "jeudi 12 novembre, 9 h – 12 h",
        "jeudi 12 novembre, 14 h – 18 h 30",
        "vendredi 13 novembre, 9 h – 12 h",
    ]


def test_a_night_is_one_passage_on_the_day_it_starts():
    passages = hours.next_passages("Fr 20:00-02:00", count=2, now=paris(2026, 11, 28, 1, 0))  # Saturday, 1 h
    assert [(p.start, p.end) for p in passages] == [
        (paris(2026, 11, 27, 20, 0), paris(2026, 11, 28, 2, 0)),
        (paris(2026, 12, 4, 20, 0), paris(2026, 12, 5, 2, 0)),
    ]
    assert plain(passages[0].text) == "vendredi 27 novembre, 20 h – 2 h"


def test_passages_with_comments_and_unknown_periods_carry_a_note():
    passages = hours.next_passages('Tu 09:00-12:00 "sur rendez-vous"; Th 14:00-17:00 unknown', count=2, now=AFTER_BUS)
    assert [p.note for p in passages] == ["à confirmer", "sur rendez-vous"]
    assert plain(passages[1].text) == "mardi 1 décembre, 9 h – 12 h (sur rendez-vous)"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Tuesday, December 1, 9:00 AM – 12:00 PM"),
        ("es", "martes, 1 de diciembre, 9:00 – 12:00"),
    ],
)
def test_next_passages_in_other_languages(language, expected):
    with translation.override(language):
        passages = hours.next_passages(ODD_STOP, count=1, now=AFTER_BUS)
    assert passages[0].text.replace("\u202f", " ") == expected


def test_passages_in_arabic_use_arabic_names():
    with translation.override("ar"):
        text = hours.next_passages(ODD_STOP, count=1, now=AFTER_BUS)[0].text
    assert "الثلاثاء" in text and "ديسمبر" in text

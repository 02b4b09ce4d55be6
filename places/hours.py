"""Opening hours written in OpenStreetMap `opening_hours` syntax.

The national open-data standard for digital mediation places stores `horaires` in that syntax
(https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification), e.g.
"Mo-Fr 09:00-12:00,14:00-18:30; Sa 09:00-12:00; PH off" or, for a mobile stop every other week,
"week 2-52/2 Tu 14:00-17:00; PH off".

Parsing and evaluation are left to the `opening-hours-py` package; this module adds:

- `validate_opening_hours`: a Django validator with a plain-French message;
- `status`, `next_opening`, `open_on_weekend`, `week_table`, `readable`: what the pages and the finder show,
  in the active language, always in Paris local time (`PH` is the French calendar of public holidays);
- `is_weekly`, `next_passages`: whether a weekly table tells the truth, and otherwise the dated openings (a bus
  that comes every other week, hours that change on given dates).

Every helper takes an explicit `now` (aware datetime; naive means Paris time) for tests, defaulting to the
current time, and never raises on an empty or invalid expression.

French times are written "9 h", "18 h 30" with a no-break space (U+00A0) so that they never wrap; the other
languages use babel's short time format.
"""

import functools
import re
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import opening_hours
from babel.dates import format_date
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, override, pgettext

from proxinum.dates import babel_locale, current_language, format_hour

__all__ = [
    "DayHours",
    "Passage",
    "Status",
    "format_hour",
    "is_public_holiday",
    "is_weekly",
    "next_opening",
    "next_passages",
    "open_on_weekend",
    "parse",
    "readable",
    "status",
    "validate_opening_hours",
    "week_table",
]

PARIS = ZoneInfo("Europe/Paris")
COUNTRY = "FR"
# How far `status` and `next_opening` look for the next opening.
HORIZON_DAYS = 14
# Changes further away than this are treated as "never" by the library: it bounds the work on expressions whose
# next change is years away ("Feb 29", "2030 Dec 25 ..."). Every helper here looks at most ~5 weeks ahead.
MAX_INTERVAL_DAYS = 60
CACHE_SIZE = 4096
EXAMPLE = "Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off"

OPEN = opening_hours.State.OPEN
CLOSED = opening_hours.State.CLOSED
UNKNOWN = opening_hours.State.UNKNOWN
MIDNIGHT = time(0)
ONE_DAY = timedelta(days=1)


# Parsing ------------------------------------------------------------------------------------------------------------


def _clean(value) -> str:
    # Beware: the library reads a blank expression ("  ") as "24/7"; here blank means "no hours given".
    return str(value).strip() if value is not None else ""


def _build(expression: str) -> opening_hours.OpeningHours:
    return opening_hours.OpeningHours(
        expression,
        timezone=PARIS,
        country=COUNTRY,
        auto_country=False,
        auto_timezone=False,
        max_interval_days=MAX_INTERVAL_DAYS,
    )


@functools.lru_cache(maxsize=CACHE_SIZE)
def _parse_cached(expression: str) -> opening_hours.OpeningHours | None:
    # The parsed object is immutable (no setter, every method takes its time as an argument, each call to
    # `intervals()` returns a fresh iterator) and may be shared between threads. Invalid input is cached as None.
    try:
        return _build(expression)
    except opening_hours.ParserError:
        return None


def parse(value) -> opening_hours.OpeningHours | None:
    """The parsed expression (shared, cached per string), or None when the value is empty or invalid."""
    expression = _clean(value)
    return _parse_cached(expression) if expression else None


@functools.lru_cache(maxsize=1)
def _holidays() -> opening_hours.OpeningHours:
    return _build("PH")


def is_public_holiday(day: date) -> bool:
    """Whether `day` is a French public holiday (the calendar `PH` refers to)."""
    return _holidays().is_open(datetime.combine(day, time(12), PARIS))


def _local_now(now: datetime | None) -> datetime:
    now = now or timezone.now()
    if timezone.is_naive(now):
        now = timezone.make_aware(now, PARIS)
    # The library only accepts zoneinfo time zones: datetime.timezone.utc (Django's `now()`) raises TypeError.
    return now.astimezone(PARIS)


def _wall(moment: datetime) -> datetime:
    """Naive Paris wall time: days and hours stay local across daylight-saving changes."""
    return moment.astimezone(PARIS).replace(tzinfo=None)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, MIDNIGHT, PARIS)


_COMMENTS = re.compile(r'"[^"]*"')
_PH_OFF = re.compile(r"\bPH\b[^;|]*?\b(?:off|closed)\b", re.IGNORECASE)
_PH = re.compile(r"\bPH\b")
_WEEK_STEP_2 = re.compile(r"\bweek\s*\d{1,2}\s*-\s*\d{1,2}\s*/\s*2\b", re.IGNORECASE)


def _rules_text(expression: str) -> str:
    return _COMMENTS.sub("", expression)


def _closed_on_holidays(expression: str) -> bool:
    return bool(_PH_OFF.search(_rules_text(expression)))


# Language and formatting ----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def _day_and_month_pattern(language: str) -> str:
    """ "EEEE d MMMM" in the locale's order ("mardi 17 novembre", "Tuesday, November 17", "martes, 17 de noviembre")."""
    skeletons = babel_locale(language).datetime_skeletons
    for key in ("MMMMEd", "MMMEd"):
        if key in skeletons:
            pattern = skeletons[key].pattern
            # Widen E → EEEE and MMM → MMMM outside quoted literals ('de').
            parts = re.split(r"('[^']*')", pattern)
            for index in range(0, len(parts), 2):
                part = re.sub(r"E+", "EEEE", parts[index])
                parts[index] = re.sub(r"M+", "MMMM", part)
            return "".join(parts)
    return "EEEE d MMMM"


def _day_name(day: date, language: str) -> str:
    return format_date(day, "EEEE", locale=babel_locale(language))


def _day_and_month(day: date, language: str) -> str:
    return format_date(day, _day_and_month_pattern(language), locale=babel_locale(language))


def _end_label(moment: datetime, language: str) -> tuple[date, str]:
    """The day and time to show for the end of an opening: 00:00 is "minuit" of the day before."""
    wall = _wall(moment)
    if wall.time() == MIDNIGHT:
        return wall.date() - ONE_DAY, _("minuit")
    return wall.date(), format_hour(wall.time(), language)


def _join(items: list[str], template: str) -> str:
    result = items[0]
    for item in items[1:]:
        result = template % {"before": result, "after": item}
    return result


# Intervals ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Run:
    start: datetime  # aware, Paris
    end: datetime
    state: opening_hours.State
    comment: str


def _runs(oh: opening_hours.OpeningHours, start: datetime, end: datetime, *, keep_comments: bool) -> list[_Run]:
    """Intervals of `oh` between start and end, without empty ones, consecutive equal ones merged."""
    runs: list[_Run] = []
    for run_start, run_end, state, comment in oh.intervals(start, end):
        if run_start >= run_end:  # e.g. "02:00-03:00" on the night clocks go forward
            continue
        comment = comment if keep_comments else ""
        if runs and runs[-1].state == state and runs[-1].comment == comment and runs[-1].end == run_start:
            runs[-1] = _Run(runs[-1].start, run_end, state, comment)
        else:
            runs.append(_Run(run_start, run_end, state, comment))
    return runs


@dataclass(frozen=True)
class _Piece:
    start: datetime  # naive Paris wall time
    end: datetime
    state: opening_hours.State
    comment: str

    @property
    def all_day(self) -> bool:
        return self.start.time() == MIDNIGHT and self.end == self.start + ONE_DAY


def _day_pieces(oh: opening_hours.OpeningHours, first_day: date, days: int) -> dict[date, list[_Piece]]:
    """Open (or unknown) periods per local day.

    A period shorter than a day belongs to the day it starts on, even when it ends after midnight
    ("Fr 20:00-02:00" is Friday 20 h – 2 h, not Saturday 0 h – 2 h); longer ones (24/7) are cut at midnight.
    """
    pieces: dict[date, list[_Piece]] = {first_day + timedelta(days=n): [] for n in range(days)}
    start, end = _midnight(first_day - ONE_DAY), _midnight(first_day + timedelta(days=days + 1))
    for run in _runs(oh, start, end, keep_comments=True):
        if run.state == CLOSED:
            continue
        run_start, run_end = _wall(run.start), _wall(run.end)
        if run_end <= datetime.combine(run_start.date() + ONE_DAY, MIDNIGHT) or run_end - run_start < ONE_DAY:
            if run_start.date() in pieces:
                pieces[run_start.date()].append(_Piece(run_start, run_end, run.state, run.comment))
            continue
        day = run_start.date()
        while datetime.combine(day, MIDNIGHT) < run_end:
            day_start = datetime.combine(day, MIDNIGHT)
            piece_start, piece_end = max(run_start, day_start), min(run_end, day_start + ONE_DAY)
            if day in pieces and piece_start < piece_end:
                pieces[day].append(_Piece(piece_start, piece_end, run.state, run.comment))
            day += ONE_DAY
    return pieces


def _slot_label(piece: _Piece, language: str) -> str:
    if piece.all_day:
        label = _("24 h/24")
    else:
        label = _("%(start)s – %(end)s") % {
            "start": format_hour(piece.start.time(), language),
            "end": _("minuit") if piece.end.time() == MIDNIGHT else format_hour(piece.end.time(), language),
        }
    note = _piece_note(piece)
    return _("%(hours)s (%(note)s)") % {"hours": label, "note": note} if note else label


def _piece_note(piece: _Piece) -> str:
    if piece.comment:
        return piece.comment
    return _("à confirmer") if piece.state == UNKNOWN else ""


# Validator ------------------------------------------------------------------------------------------------------

_ERROR_POSITION = re.compile(r"-->\s*(\d+):(\d+)")
_ERROR_HINT = re.compile(r"^\s*=\s*(.+?)\s*$", re.MULTILINE)


def _error_offset(text: str, line: int, column: int) -> int:
    lines = text.split("\n")
    return sum(len(previous) + 1 for previous in lines[: line - 1]) + column - 1


def _typing_hint(text: str, parser_hint: str):
    """A hint for a slip of typing the text shows (line breaks, long dashes, a stray semicolon or quote), or None."""
    if "\n" in text or "\r" in text:
        return gettext_lazy(
            "Écrivez les horaires sur une seule ligne, en séparant les règles par un point-virgule « ; »."
        )
    if "–" in text or "—" in text:
        return gettext_lazy("Utilisez un tiret simple « - » entre deux heures ou deux jours, pas un tiret long « – ».")
    if "unexpected EOI" in parser_hint:
        return gettext_lazy(
            "Le texte s'arrête trop tôt : enlevez le point-virgule final ou complétez la dernière règle."
        )
    if "unexpected" in parser_hint and "rule_separator" in parser_hint:
        return gettext_lazy("Deux points-virgules se suivent : enlevez celui en trop.")
    if text.count('"') % 2:
        return gettext_lazy(
            "Un commentaire entre guillemets n'est pas fermé : ajoutez le guillemet droit « \" » manquant."
        )
    return None


def _expected_hint(parser_hint: str):
    """A hint saying what the parser expected where it stopped, in words; None when it said nothing."""
    expected = set(re.findall(r"\w+", parser_hint.removeprefix("expected")))
    if {"timespan", "timespan_plus", "extended_time"} & expected:
        return gettext_lazy("Attendu ici : une plage horaire sur 24 heures, avec les minutes, par exemple 09:00-12:00.")
    if "small_range_selectors" in expected:
        return gettext_lazy(
            "Attendu ici : un jour en abrégé anglais (Mo, Tu, We, Th, Fr, Sa, Su), par exemple Mo-Fr, "
            "ou PH pour les jours fériés."
        )
    if expected and expected <= {"EOI", "any_rule_separator", "rules_modifier", "or"}:
        return gettext_lazy(
            "Attendu ici : un point-virgule « ; » entre deux règles, ou une virgule « , » entre deux plages horaires."
        )
    if parser_hint:
        return gettext_lazy("Indication de l'analyseur : %(hint)s.")
    return None


def _error_hint(text: str, offset: int | None, parser_hint: str):
    """The most telling hint about an invalid expression: a typing slip, a week number, what the parser expected."""
    hint = _typing_hint(text, parser_hint)
    if hint is None and offset is not None and re.search(r"\bweek\s*[\d,/-]*$", text[:offset], re.IGNORECASE):
        hint = gettext_lazy("Attendu ici : un numéro de semaine entre 1 et 53, par exemple week 1-53/2.")
    if hint is None:
        hint = _expected_hint(parser_hint)
    return "" if hint is None else hint


def validate_opening_hours(value) -> None:
    """Django validator: the value must follow the OpenStreetMap `opening_hours` syntax. Empty is valid."""
    text = _clean(value)
    if not text or _parse_cached(text) is not None:
        return
    try:
        _build(text)
    except opening_hours.ParserError as error:
        details = str(error)
    else:  # pragma: no cover - the cached parse failed, so this one fails too
        return
    position = _ERROR_POSITION.search(details)
    hint_match = _ERROR_HINT.search(details)
    parser_hint = hint_match.group(1) if hint_match else ""
    if parser_hint == "unknown parsing error":
        parser_hint = ""
    offset = _error_offset(text, int(position.group(1)), int(position.group(2))) if position else None
    params = {"example": EXAMPLE, "hint": parser_hint}
    if offset is None or offset >= len(text):
        problem = gettext_lazy("Ces horaires ne sont pas reconnus.")
    else:
        excerpt = text[offset : offset + 20].replace("\r", "").replace("\n", " ↵ ").strip()
        params.update(position=offset + 1, excerpt=excerpt + ("…" if len(text) > offset + 20 else ""))
        problem = gettext_lazy(
            "Ces horaires ne sont pas reconnus à partir du caractère %(position)s : « %(excerpt)s »."
        )
    hint = _error_hint(text, offset, parser_hint)
    example = gettext_lazy("Exemple : « %(example)s ».")
    message = format_lazy("{} {} {}", problem, hint, example) if hint else format_lazy("{} {}", problem, example)
    raise ValidationError(message, code="invalid_opening_hours", params=params)


# Status ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    """Where a place stands at a given moment.

    is_open: True / False, or None when unknown (no hours, unreadable hours, "unknown" rule).
    next_change: when it closes (if open) or opens (if closed), within HORIZON_DAYS; None otherwise.
    text: a sentence in the active language ("Ouvert maintenant, jusqu'à 12 h"), "" without hours.
    comment: the expression's comment for the current period, if any ("sur rendez-vous").
    """

    is_open: bool | None
    next_change: datetime | None
    text: str
    comment: str = ""


def _opening_sentence(moment: datetime, today: date, language: str) -> str:
    wall = _wall(moment)
    params = {"time": format_hour(wall.time(), language)}
    days = (wall.date() - today).days
    if days <= 0:
        return _("Fermé, ouvre aujourd'hui à %(time)s") % params
    if days == 1:
        return _("Fermé, ouvre demain à %(time)s") % params
    if days < 7:
        return _("Fermé, ouvre %(day)s à %(time)s") % {**params, "day": _day_name(wall.date(), language)}
    return _("Fermé, ouvre le %(date)s à %(time)s") % {**params, "date": _day_and_month(wall.date(), language)}


def _closing_sentence(moment: datetime, today: date, language: str) -> str:
    day, label = _end_label(moment, language)
    params = {"time": label}
    days = (day - today).days
    if days <= 0:
        return _("Ouvert maintenant, jusqu'à %(time)s") % params
    if days == 1:
        return _("Ouvert maintenant, jusqu'à demain à %(time)s") % params
    if days < 7:
        return _("Ouvert maintenant, jusqu'à %(day)s à %(time)s") % {**params, "day": _day_name(day, language)}
    return _("Ouvert maintenant, jusqu'au %(date)s à %(time)s") % {**params, "date": _day_and_month(day, language)}


def status(value, now: datetime | None = None) -> Status:
    """Open or closed at `now`, until when, as a sentence in the active language."""
    oh = parse(value)
    if oh is None:
        return Status(is_open=None, next_change=None, text="")
    now = _local_now(now)
    horizon = now + timedelta(days=HORIZON_DAYS)
    language = current_language()
    runs = _runs(oh, now, horizon, keep_comments=False)
    if not runs:  # pragma: no cover - the library always yields at least one interval
        return Status(is_open=None, next_change=None, text="")
    current = runs[0]
    comment = oh.state(now)[1]
    if current.state == OPEN:
        if current.end >= horizon:
            return Status(is_open=True, next_change=None, text=_("Ouvert 24 h/24"), comment=comment)
        text = _closing_sentence(current.end, now.date(), language)
        return Status(is_open=True, next_change=current.end, text=text, comment=comment)
    if current.state == UNKNOWN:
        next_change = current.end if current.end < horizon else None
        return Status(
            is_open=None, next_change=next_change, text=_("Ouverture à confirmer auprès du lieu"), comment=comment
        )
    opening = next((run.start for run in runs[1:] if run.state == OPEN), None)
    if opening is None:
        text = _("Fermé, pas d'ouverture prévue dans les 14 prochains jours")
    else:
        text = _opening_sentence(opening, now.date(), language)
    return Status(is_open=False, next_change=opening, text=text, comment=comment)


def next_opening(value, now: datetime | None = None) -> datetime | None:
    """The next moment (aware, Paris time) the place opens, within HORIZON_DAYS; None if it does not.

    When the place is open at `now`, this is the opening after the current period has ended.
    """
    oh = parse(value)
    if oh is None:
        return None
    now = _local_now(now)
    runs = _runs(oh, now, now + timedelta(days=HORIZON_DAYS), keep_comments=False)
    return next((run.start for run in runs[1:] if run.state == OPEN), None)


def open_on_weekend(value, weeks: int = 2, now: datetime | None = None) -> bool:
    """Whether the place opens on a Saturday or a Sunday in the next `weeks` weeks (finder filter).

    A night that starts on Friday ("Fr 20:00-02:00") counts for Friday, as on the hours table.
    """
    oh = parse(value)
    if oh is None:
        return False
    now = _local_now(now)
    wall_now = _wall(now)
    pieces = _day_pieces(oh, now.date(), weeks * 7 + 1)
    return any(
        piece.state == OPEN and piece.end > wall_now
        for day, day_pieces in pieces.items()
        if day.weekday() >= 5
        for piece in day_pieces
    )


# Week table -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DayHours:
    """One line of a place's hours table.

    hours: ((start, end), ...) formatted local times, e.g. (("9 h", "12 h"), ("14 h", "18 h 30")); an end at
    midnight reads "minuit".
    text: the whole line ("9 h – 12 h, 14 h – 18 h 30", "24 h/24", "Fermé", "Fermé (jour férié)").
    closed_reason: "jour férié" when a public holiday closes the place ("PH off"), else "".
    notes: comments of the expression for that day, "à confirmer" for an "unknown" period.
    """

    date: date
    name: str
    hours: tuple[tuple[str, str], ...]
    text: str
    is_today: bool
    is_closed: bool
    is_holiday: bool
    closed_reason: str
    all_day: bool
    notes: tuple[str, ...]


def week_table(value, now: datetime | None = None) -> list[DayHours]:
    """The 7 days of the current week (Monday to Sunday, Paris time); [] without readable hours."""
    oh = parse(value)
    if oh is None:
        return []
    today = _local_now(now).date()
    monday = today - timedelta(days=today.weekday())
    language = current_language()
    closed_on_holidays = _closed_on_holidays(_clean(value))
    table = []
    for day, pieces in _day_pieces(oh, monday, 7).items():
        holiday = is_public_holiday(day)
        is_closed = not pieces
        reason = _("jour férié") if is_closed and holiday and closed_on_holidays else ""
        hours = tuple(
            (
                format_hour(piece.start.time(), language),
                _("minuit") if piece.end.time() == MIDNIGHT else format_hour(piece.end.time(), language),
            )
            for piece in pieces
        )
        if is_closed:
            text = _("Fermé (%(reason)s)") % {"reason": reason} if reason else _("Fermé")
        else:
            text = _join(
                [_slot_label(piece, language) for piece in pieces],
                pgettext("liste de plages horaires", "%(before)s, %(after)s"),
            )
        table.append(
            DayHours(
                date=day,
                name=_day_name(day, language),
                hours=hours,
                text=text,
                is_today=day == today,
                is_closed=is_closed,
                is_holiday=holiday,
                closed_reason=reason,
                all_day=len(pieces) == 1 and pieces[0].all_day,
                notes=tuple(note for note in (_piece_note(piece) for piece in pieces) if note),
            )
        )
    return table


# Readable summary -----------------------------------------------------------------------------------------------

_WEEKS_EXAMINED = 4


def _typical_days(oh, expression: str, today: date, language: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """(weekday, parity, slot labels) for a typical week; parity is "odd"/"even" for days that change every other
    week, None otherwise. Public holidays are skipped so that a 1 May does not make Friday look closed."""
    monday = today - timedelta(days=today.weekday())
    pieces = _day_pieces(oh, monday, 7 * _WEEKS_EXAMINED)
    by_weekday: dict[int, dict[str, tuple[str, ...]]] = {}
    fallback: dict[int, tuple[str, ...]] = {}
    for day, day_pieces in pieces.items():
        labels = tuple(_slot_label(piece, language) for piece in day_pieces)
        fallback.setdefault(day.weekday(), labels)
        if is_public_holiday(day):
            continue
        parity = "odd" if day.isocalendar().week % 2 else "even"
        by_weekday.setdefault(day.weekday(), {}).setdefault(parity, labels)
    alternating = bool(_WEEK_STEP_2.search(_rules_text(expression)))
    days = []
    for weekday in range(7):
        found = by_weekday.get(weekday, {})
        if not found:
            days.append((weekday, None, fallback[weekday]))
        elif alternating and len(found) == 2 and found["odd"] != found["even"]:
            days.extend((weekday, parity, found[parity]) for parity in ("odd", "even") if found[parity])
        else:
            # The first ordinary occurrence of that weekday (this week or the next).
            first = next(iter(found.values()))
            days.append((weekday, None, first))
    return days


def _days_label(first: int, last: int, monday: date, language: str) -> str:
    first_name = _day_name(monday + timedelta(days=first), language)
    if first == last:
        return first_name
    last_name = _day_name(monday + timedelta(days=last), language)
    if last == first + 1:
        return _("%(first)s et %(last)s") % {"first": first_name, "last": last_name}
    return _("%(first)s au %(last)s") % {"first": first_name, "last": last_name}


def readable(value, language: str | None = None, now: datetime | None = None) -> str:
    """Plain-language hours: "lundi au vendredi : 9 h – 12 h, 14 h – 18 h 30 ; samedi : 9 h – 12 h ; fermé les
    jours fériés". In `language` (default: the active one). Built from the computed intervals of the coming
    weeks; never raises: "" without hours, "Horaires illisibles" for an invalid expression."""
    expression = _clean(value)
    if not expression:
        return ""
    with override(language) if language else nullcontext():
        if parse(expression) is None:
            return _("Horaires illisibles")
        today = _local_now(now).date()
        try:
            return _readable(expression, current_language(), today - timedelta(days=today.weekday()))
        except Exception:  # a preview must never break a page
            return _("Horaires illisibles")


@functools.lru_cache(maxsize=CACHE_SIZE)
def _readable(expression: str, language: str, monday: date) -> str:
    # Cached: the summary only depends on the expression, the language and the current week.
    groups = _day_groups(_typical_days(parse(expression), expression, monday, language))
    parts = _group_parts(groups, monday, language)
    if not parts:
        parts.append(_("aucune ouverture prévue dans les prochaines semaines"))
    if _closed_on_holidays(expression):
        parts.append(_("fermé les jours fériés"))
    elif _PH.search(_rules_text(expression)):
        parts.append(_("horaires particuliers les jours fériés"))
    return _join(parts, pgettext("liste de jours et d'horaires", "%(before)s ; %(after)s"))


def _day_groups(days) -> list[list]:
    """Consecutive weekdays with the same parity and the same hours, as [first weekday, last weekday, parity,
    labels]; days without hours are left out."""
    groups: list[list] = []
    for weekday, parity, labels in days:
        if not labels:
            continue
        same = [g for g in groups if g[2] == parity and g[1] == weekday - 1 and g[3] == labels]
        if same:
            same[0][1] = weekday
        else:
            groups.append([weekday, weekday, parity, labels])
    return groups


def _group_parts(groups: list[list], monday: date, language: str) -> list[str]:
    """ "lundi au vendredi : 9 h – 12 h" for each group of days; one phrase when every day has the same hours."""
    slot_separator = pgettext("liste de plages horaires", "%(before)s, %(after)s")
    if len(groups) == 1 and groups[0][:3] == [0, 6, None]:
        labels = groups[0][3]
        if labels == (_("24 h/24"),):
            return [_("ouvert 24 h/24, 7 j/7")]
        return [_("%(days)s : %(hours)s") % {"days": _("tous les jours"), "hours": _join(list(labels), slot_separator)}]
    parts = []
    for first, last, parity, labels in groups:
        days_label = _days_label(first, last, monday, language)
        if parity == "odd":
            days_label = _("%(days)s (semaines impaires)") % {"days": days_label}
        elif parity == "even":
            days_label = _("%(days)s (semaines paires)") % {"days": days_label}
        parts.append(_("%(days)s : %(hours)s") % {"days": days_label, "hours": _join(list(labels), slot_separator)})
    return parts


# Dated passages -------------------------------------------------------------------------------------------------

# How many weeks `is_weekly` compares, and how far `next_passages` looks by default (a stop every other week still
# gets six passages; a stop on the first Tuesday of the month, three).
WEEKS_COMPARED = 9
PASSAGES_DAYS = 13 * 7


def is_weekly(value, now: datetime | None = None) -> bool:
    """Whether the hours are the same every week, so that a table of the current week tells the truth.

    Compares, weekday by weekday, the openings of the WEEKS_COMPARED weeks from the current one (Paris wall times,
    comments and "unknown" periods included). Public holidays are skipped: a closed 11 November is an exception,
    not a pattern. False when the hours depend on the week ("week 1-53/2"), on dates or months ("Dec 24 off",
    "Tu[1]", "Jan-Mar ...") in a way that shows within those weeks, or when nothing opens in those weeks (a table
    of "Fermé" would hide the next dated opening). True without readable hours (there is nothing to date).
    """
    expression = _clean(value)
    if parse(expression) is None:
        return True
    today = _local_now(now).date()
    return _is_weekly(expression, today - timedelta(days=today.weekday()))


@functools.lru_cache(maxsize=CACHE_SIZE)
def _is_weekly(expression: str, monday: date) -> bool:
    # Cached: the answer only depends on the expression and the current week.
    pieces = _day_pieces(parse(expression), monday, 7 * WEEKS_COMPARED)
    pattern: dict[int, tuple] = {}
    opens = False
    for day, day_pieces in pieces.items():
        if is_public_holiday(day):
            continue
        midnight = datetime.combine(day, MIDNIGHT)
        key = tuple((piece.start - midnight, piece.end - midnight, piece.state, piece.comment) for piece in day_pieces)
        opens = opens or bool(key)
        if pattern.setdefault(day.weekday(), key) != key:
            return False
    return opens


@dataclass(frozen=True)
class Passage:
    """One dated opening (a bus's passage at a stop), formatted in the active language.

    start, end: aware datetimes, Paris time.
    day: "mardi 15 décembre"; hours: "9 h – 12 h" (with its note, if any); text: "mardi 15 décembre, 9 h – 12 h".
    note: the expression's comment for that period, "à confirmer" for an "unknown" one, else "".
    """

    start: datetime
    end: datetime
    day: str
    hours: str
    text: str
    note: str

    @property
    def date(self) -> date:
        return self.start.date()


def _aware(wall: datetime) -> datetime:
    return wall.replace(tzinfo=PARIS)


def next_passages(value, count: int = 6, now: datetime | None = None, days: int = PASSAGES_DAYS) -> list[Passage]:
    """The next `count` openings (or fewer) that start within `days` days from `now`, in order; one that has begun
    and not ended yet comes first. A night ("Fr 20:00-02:00") is one passage, on the day it starts. [] without
    hours."""
    oh = parse(value)
    if oh is None or count <= 0:
        return []
    now = _local_now(now)
    wall_now = _wall(now)
    language = current_language()
    separator = _("%(day)s, %(hours)s")
    passages: list[Passage] = []
    limit = wall_now + timedelta(days=days)
    # Two weeks at a time, from yesterday (a night that started yesterday may still be on).
    first, last = now.date() - ONE_DAY, limit.date() + ONE_DAY
    while first < last and len(passages) < count:
        chunk = min(14, (last - first).days)
        for day, day_pieces in _day_pieces(oh, first, chunk).items():
            for piece in day_pieces:
                if piece.end <= wall_now or piece.start >= limit:
                    continue
                day_label = _day_and_month(day, language)
                hours_label = _slot_label(piece, language)
                passages.append(
                    Passage(
                        start=_aware(piece.start),
                        end=_aware(piece.end),
                        day=day_label,
                        hours=hours_label,
                        text=separator % {"day": day_label, "hours": hours_label},
                        note=_piece_note(piece),
                    )
                )
        first += timedelta(days=chunk)
    return passages[:count]

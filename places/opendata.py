"""Mapping between a row of the national open-data standard and a MediationPlacePage.

The standard is the "Schéma de données des lieux de médiation numérique" v1.0.1 (Table Schema, LaMednum / ANCT):
one row per place, multi-valued cells joined by "|". Older v0.1.x files use other column names and ";" between
values; they are mapped to v1 here (`LEGACY_COLUMNS`, `LEGACY_VALUES`), and a v0.1 value that has no v1
equivalent is a row error, never silently dropped.

- `read_table(data, name)`: the rows of a CSV or JSON file (BOM, CRLF, "," or ";" delimiter, stray spaces).
- `validate_row(row, line_number)`: the model values of one row and the list of its errors.
- `page_to_row(page)`: the v1.0.1 row of a page (what the exports publish).
"""

import csv
import io
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from proxinum.fields import SEPARATOR
from proxinum.services import Service

from . import enums
from .hours import validate_opening_hours

LEGACY_SEPARATOR = ";"

# Column of the standard (v1.0.1, in the schema's order) → field of MediationPlacePage.
COLUMN_TO_FIELD = {
    "id": "place_id",
    "pivot": "pivot",
    "nom": "title",
    "commune": "commune",
    "code_postal": "postcode",
    "code_insee": "insee_code",
    "adresse": "address",
    "complement_adresse": "address_complement",
    "latitude": "latitude",
    "longitude": "longitude",
    "typologie": "typology",
    "telephone": "phone",
    "courriels": "emails",
    "site_web": "websites",
    "horaires": "opening_hours",
    "presentation_resume": "summary",
    "presentation_detail": "description",
    "source": "source",
    "itinerance": "itinerance",
    "structure_parente": "parent_structure",
    "date_maj": "updated_on",
    "services": "services",
    "publics_specifiquement_adresses": "publics",
    "prise_en_charge_specifique": "specific_support",
    "frais_a_charge": "fees",
    "dispositif_programmes_nationaux": "national_programmes",
    "formations_labels": "training_labels",
    "autres_formations_labels": "other_training_labels",
    "modalites_acces": "access_modes",
    "modalites_accompagnement": "support_modes",
    "fiche_acces_libre": "accessibility_url",
    "prise_rdv": "booking_url",
}
COLUMNS_V1 = tuple(COLUMN_TO_FIELD)
REQUIRED_COLUMNS = ("id", "pivot", "nom", "commune", "code_postal", "adresse", "date_maj")
NUMBER_COLUMNS = ("latitude", "longitude")

# Closed lists of the standard.
ENUM_COLUMNS = {
    "itinerance": enums.Itinerance,
    "services": Service,
    "publics_specifiquement_adresses": enums.Public,
    "prise_en_charge_specifique": enums.SpecificSupport,
    "frais_a_charge": enums.Fee,
    "dispositif_programmes_nationaux": enums.NationalProgramme,
    "formations_labels": enums.TrainingLabel,
    "modalites_acces": enums.AccessMode,
    "modalites_accompagnement": enums.SupportMode,
}
LIST_COLUMNS = {*ENUM_COLUMNS, "typologie", "courriels", "site_web", "autres_formations_labels"}

# Patterns of the v1.0.1 schema.
PIVOT = re.compile(r"^[a-zA-Z0-9]{9,14}$")
POSTCODE = re.compile(r"^\d{5}$")
INSEE = re.compile(r"^([013-9]\d|2[AB1-9])\d{3}$")
PHONE = re.compile(r"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$")
SUMMARY_MAX_LENGTH = 280

# Lengths of the model's columns (a longer value would fail on PostgreSQL).
MAX_LENGTHS = {
    "id": 100,
    "nom": 255,
    "commune": 120,
    "adresse": 255,
    "complement_adresse": 255,
    "horaires": 500,
    "source": 120,
    "structure_parente": 255,
    "fiche_acces_libre": 200,
    "prise_rdv": 200,
}

# v0.1.x column → the v1 column(s) its values go to. `publics_accueillis` and `labels_nationaux` were split: each
# value goes to one of the new columns (see LEGACY_VALUES); `cle_ban` no longer exists (the address key is not kept).
LEGACY_COLUMNS = {
    "courriel": ("courriels",),
    "publics_accueillis": ("publics_specifiquement_adresses", "prise_en_charge_specifique"),
    "conditions_acces": ("frais_a_charge",),
    "labels_nationaux": ("dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels"),
    "labels_autres": ("autres_formations_labels",),
    "accessibilite": ("fiche_acces_libre",),
    "cle_ban": (),
}
# Other spellings of column names found in real files (compared after `column_key`).
COLUMN_ALIASES = {
    "autres_labels": "labels_autres",
    "conditions_d_acces": "conditions_acces",
    "accessibilite_accueil_handicap": "accessibilite",
    "dispositifs_programmes_nationaux": "dispositif_programmes_nationaux",
    "autres_formations_et_labels": "autres_formations_labels",
    "formations_et_labels": "formations_labels",
    "code_officiel_geographique": "code_insee",
}


@dataclass(frozen=True)
class Removed:
    """A v0.1 value with no v1 equivalent: a row error, with what to write instead."""

    hint: Promise


NO_LONGER_EXISTS = _("Cette valeur de la version 0.1 n'existe plus dans la version 1 du standard.")

# v0.1 value → [(v1 column, v1 value), ...]; [] means "nothing to write" (the v1 default says the same thing);
# Removed(...) means the value has no v1 equivalent and the row is rejected.
S, P, SP, F = Service, enums.Public, enums.SpecificSupport, enums.Fee
NP, TL, SM = enums.NationalProgramme, enums.TrainingLabel, enums.SupportMode
PUBLICS, SUPPORT, PROGRAMMES = (
    "publics_specifiquement_adresses",
    "prise_en_charge_specifique",
    "dispositif_programmes_nationaux",
)
LABELS, OTHER_LABELS = "formations_labels", "autres_formations_labels"
LEGACY_VALUES = {
    # The 15 services of v0.1 condensed into the 9 of v1.
    "services": {
        "Devenir autonome dans les démarches administratives": [("services", S.ADMIN_PROCEDURES)],
        "Réaliser des démarches administratives avec un accompagnement": [("services", S.ADMIN_PROCEDURES)],
        "Accompagner les démarches de santé": [("services", S.ADMIN_PROCEDURES)],
        "Prendre en main un smartphone ou une tablette": [("services", S.EVERYDAY_TOOLS)],
        "Prendre en main un ordinateur": [("services", S.EVERYDAY_TOOLS)],
        "Utiliser le numérique au quotidien": [("services", S.EVERYDAY_TOOLS)],
        "Approfondir ma culture numérique": [("services", S.UNDERSTANDING)],
        "Promouvoir la citoyenneté numérique": [("services", S.UNDERSTANDING)],
        "Favoriser mon insertion professionnelle": [("services", S.EMPLOYMENT)],
        "Créer et développer mon entreprise": [("services", S.EMPLOYMENT)],
        "Accéder à une connexion internet": [("services", S.INTERNET_ACCESS)],
        "Accéder à du matériel": [("services", S.INTERNET_ACCESS)],
        "S'équiper en matériel informatique": [("services", S.EQUIPMENT_PURCHASE)],
        "Créer avec le numérique": [("services", S.LEISURE)],
        "Soutenir la parentalité et l'éducation avec le numérique": [("services", S.PARENTING)],
    },
    "publics_accueillis": {
        "Seniors (+ 65 ans)": [(PUBLICS, P.SENIORS)],
        "Familles/enfants": [(PUBLICS, P.FAMILIES)],
        "Jeunes (16-26 ans)": [(PUBLICS, P.YOUTH)],
        "Uniquement femmes": [(PUBLICS, P.WOMEN)],
        # v1: "par défaut, un lieu d'inclusion numérique est inclusif et peut accueillir tout public".
        "Adultes": [],
        "Tout public": [],
        "Déficience visuelle": [(SUPPORT, SP.VISUAL_IMPAIRMENT)],
        "Surdité": [(SUPPORT, SP.DEAFNESS)],
        "Handicaps mentaux : déficiences limitant les activités d'une personne": [(SUPPORT, SP.MENTAL_DISABILITY)],
        "Personnes en situation d'illettrisme": [(SUPPORT, SP.ILLITERACY)],
        "Public langues étrangères": Removed(
            _("Précisez « Langues étrangères (anglais) » ou « Langues étrangères (autres) ».")
        ),
        "Handicaps psychiques : troubles psychiatriques donnant lieu à des atteintes comportementales": Removed(
            _("Retirez-la, ou choisissez une valeur de prise_en_charge_specifique, par exemple « Handicaps mentaux ».")
        ),
    },
    "conditions_acces": {
        "Gratuit : Je peux accéder gratuitement au lieu et à ses services": [("frais_a_charge", F.FREE)],
        "Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec "
        "un organisme social...)": [("frais_a_charge", F.FREE_UNDER_CONDITIONS)],
        "Payant : L'accès au lieu et/ou à ses services est payant": [("frais_a_charge", F.PAID)],
        "Adhésion : L'accès au lieu et/ou à ses services nécessite d'y adhérer": Removed(
            _("Choisissez « Gratuit », « Gratuit sous condition » ou « Payant ».")
        ),
        "Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu": Removed(
            _("Choisissez « Gratuit », « Gratuit sous condition » ou « Payant ».")
        ),
    },
    "labels_nationaux": {
        "France Services": [(PROGRAMMES, NP.FRANCE_SERVICES)],
        "CNFS": [(PROGRAMMES, NP.CONSEILLERS_NUMERIQUES)],
        "Aidants Connect": [(PROGRAMMES, NP.AIDANTS_CONNECT)],
        "Grandes écoles du numérique": [(PROGRAMMES, NP.GEN)],
        "Point numérique CAF": [(PROGRAMMES, NP.CAF)],
        "Point relais CAF": [(PROGRAMMES, NP.CAF)],
        "Fabriques de Territoire": [(LABELS, TL.FABRIQUES)],
        # National labels of v0.1 that v1 does not list: kept as free labels.
        "APTIC": [(OTHER_LABELS, "APTIC")],
        "Relais pôle emploi": [(OTHER_LABELS, "Relais pôle emploi")],
        "French Tech": [(OTHER_LABELS, "French Tech")],
        "Campus connecté": [(OTHER_LABELS, "Campus connecté")],
    },
    "modalites_accompagnement": {
        "Seul : j'ai accès à du matériel et une connexion": [("modalites_accompagnement", SM.AUTONOMOUS)],
        "Avec de l'aide : je suis accompagné seul dans l'usage du numérique": [
            ("modalites_accompagnement", SM.INDIVIDUAL)
        ],
        "Dans un atelier : j'apprends collectivement à utiliser le numérique": [
            ("modalites_accompagnement", SM.WORKSHOP)
        ],
        "A ma place : une personne habilitée fait les démarches à ma place": Removed(
            _("Choisissez par exemple « Accompagnement individuel ».")
        ),
    },
}

# Real-world spellings of v1 values, beyond enums.ALIASES (compared after `value_key`).
EXTRA_ALIASES = {
    "modalites_accompagnement": {
        "Dans un atelier collectif : j'apprends collectivement à utiliser le numérique": SM.WORKSHOP,
        "À distance (par téléphone ou en visioconférence)": SM.REMOTE,
    },
}

MESSAGES = {
    "required": _("Ce champ est obligatoire."),
    "pivot": _("Le SIRET, RNA ou RIDET doit compter de 9 à 14 lettres ou chiffres, sans espace ni ponctuation."),
    "postcode": _("Le code postal doit avoir 5 chiffres, par exemple 13500."),
    "insee": _("Le code INSEE doit avoir 5 caractères, par exemple 13056 ou 2A004."),
    "phone": _(
        "Numéro de téléphone non reconnu : écrivez-le au format international, par exemple +33442000000, "
        "ou au format français, par exemple 04 42 00 00 00."
    ),
    "one_phone": _("Un seul numéro de téléphone est possible : gardez le numéro principal."),
    "email": _("Adresse électronique non valide."),
    "url": _("Adresse web non valide : elle doit commencer par https:// ou http://."),
    "latitude": _("La latitude doit être un nombre entre -90 et 90, avec un point décimal, par exemple 43.4049."),
    "longitude": _("La longitude doit être un nombre entre -180 et 180, avec un point décimal, par exemple 5.0536."),
    "point": _("Indiquez à la fois la latitude et la longitude, ou aucune des deux."),
    "date": _("La date doit être au format AAAA-MM-JJ, par exemple 2024-04-02."),
    "summary": _("Le résumé fait %(length)d caractères : 280 au plus."),
    "too_long": _("Texte trop long : %(max)d caractères au plus."),
    "choice": _("Valeur inconnue pour ce champ. Valeurs possibles : %(choices)s."),
    "typology": _(
        "Code de typologie inconnu : utilisez un code data·inclusion, par exemple BIB, CCAS, EPN, RFS ou TIERS_LIEUX."
    ),
    "legacy_choice": _(
        "Valeur inconnue pour ce champ de la version 0.1. Écrivez une valeur de la version 0.1 ou de la version 1 "
        "du standard."
    ),
}


@dataclass
class RowError:
    """One problem in one row: where, what and why (in plain French)."""

    row: int
    field: str
    value: str
    message: Promise | str
    params: dict = field(default_factory=dict)

    @property
    def reason(self) -> str:
        text = str(self.message)
        return text % self.params if self.params else text

    def as_dict(self):
        return {"row": self.row, "field": self.field, "value": self.value, "reason": self.reason}


# Normalisation ----------------------------------------------------------------------------------------------------

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})


def clean_text(value) -> str:
    """A cell as text: NFC, no-break spaces as spaces, stripped (free text keeps its typographic apostrophes)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value))
    return text.replace("\u00a0", " ").replace("\u202f", " ").strip()


def one_line(value) -> str:
    return re.sub(r"\s+", " ", clean_text(value))


def _strip_accents(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def value_key(value) -> str:
    """How two spellings of an enumeration value are compared: case, accents, spaces, apostrophes, brackets."""
    text = one_line(value).translate(APOSTROPHES)
    text = re.sub(r"\s*\(\s*", " (", text)
    text = re.sub(r"\s*\)", ")", text)
    text = re.sub(r"«\s*", "« ", text)
    text = re.sub(r"\s*»", " »", text)
    text = re.sub(r"\s*/\s*", "/", text)
    return _strip_accents(text).casefold().strip()


def column_key(name) -> str:
    """A header as a column name: "Code postal " → "code_postal", "\ufeffid" → "id"."""
    text = _strip_accents(clean_text(name).lstrip("\ufeff")).casefold()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


KNOWN_COLUMNS = {*COLUMNS_V1, *LEGACY_COLUMNS}


def canonical_column(name) -> str:
    key = column_key(name)
    return COLUMN_ALIASES.get(key, key)


def _lookup(enum, column):
    table = {}
    for value in enum.values:
        table[value_key(value)] = str(value)
    for alias, value in {**enums.ALIASES, **EXTRA_ALIASES.get(column, {})}.items():
        if str(value) in enum.values:
            table[value_key(alias)] = str(value)
    return table


ENUM_LOOKUP = {column: _lookup(enum, column) for column, enum in ENUM_COLUMNS.items()}
TYPOLOGY_LOOKUP = {value_key(code): code for code in enums.TYPOLOGIES}
assert all(len({value_key(v) for v in e.values}) == len(e.values) for e in ENUM_COLUMNS.values()), "ambiguous keys"


def _legacy_lookup(column):
    table = {}
    for value, target in LEGACY_VALUES[column].items():
        table[value_key(value)] = target
        short = value.split(" : ")[0]
        if short != value:
            table.setdefault(value_key(short), target)
    return table


LEGACY_LOOKUP = {column: _legacy_lookup(column) for column in LEGACY_VALUES}
# The v1 values a v0.1 column also accepts (a producer may already write the new value in the old column).
LEGACY_ACCEPTS = {
    "publics_accueillis": (PUBLICS, SUPPORT),
    "conditions_acces": ("frais_a_charge",),
    "labels_nationaux": (PROGRAMMES, LABELS),
}


def split_cell(value, separators="|") -> list[str]:
    text = clean_text(value)
    if not text:
        return []
    parts = re.split("[" + re.escape(separators) + "]", text)
    return [part.strip() for part in parts if part.strip()]


def split_urls(value) -> list[str]:
    """URLs joined by "|" (v1), ";" or "," (v0.1): split on "," and ";" only before a new address."""
    text = clean_text(value)
    parts = re.split(r"\||[;,]\s*(?=https?://|www\.)", text)
    return [part.strip() for part in parts if part.strip()]


# Overseas numbers written the French way (0590 ..., 0692 ...) take their own country code.
OVERSEAS_PREFIXES = {
    "590": "+590", "690": "+590", "691": "+590",
    "594": "+594", "694": "+594",
    "262": "+262", "263": "+262", "692": "+262", "693": "+262",
    "596": "+596", "696": "+596", "697": "+596",
    "269": "+269", "639": "+269",
}  # fmt: skip


def normalise_phone(value) -> str | None:
    """ "04 42 00 00 00", "+33 (0)4.42.00.00.00", "0033442000000" → "+33442000000"; None when not a phone number."""
    text = clean_text(value).replace("(0)", "")
    text = re.sub(r"[\s.\-/()]", "", text)
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+"):
        match = re.fullmatch(r"\+(33|590|594|262|596|269|687|689|508|681)0?(\d{6,9})", text)
        text = f"+{match.group(1)}{match.group(2)}" if match else text
    elif re.fullmatch(r"0\d{9}", text):
        text = OVERSEAS_PREFIXES.get(text[1:4], "+33") + text[1:]
    return text if PHONE.match(text) else None


_email_validator = EmailValidator()
_url_validator = URLValidator(schemes=["http", "https"])


def normalise_url(value) -> str:
    text = clean_text(value)
    return "https://" + text if text.lower().startswith("www.") else text


def _is_valid(validator, value) -> bool:
    try:
        validator(value)
    except ValidationError:
        return False
    return True


def _unique(values):
    return list(dict.fromkeys(values))


# Rows -> model values ---------------------------------------------------------------------------------------------


def normalise_row(row: dict) -> dict:
    """Column names as the standard writes them (v1 or v0.1), cells as text."""
    result = {}
    for name, value in row.items():
        if name is None:
            continue
        column = canonical_column(name)
        if isinstance(value, list | tuple):
            value = SEPARATOR.join(clean_text(item) for item in value)
        result[column] = clean_text(value)
    return result


def is_legacy(columns) -> bool:
    return any(column in LEGACY_COLUMNS for column in columns)


@dataclass
class RowCheck:
    """One row being checked: its cells (normalised), the model values found so far and the errors."""

    cells: dict
    line_number: int
    legacy: bool = False
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    # The list columns' values, gathered from every column that feeds them (v0.1 columns too), stored last.
    lists: dict = field(default_factory=lambda: {column: [] for column in (*ENUM_COLUMNS, "typologie", OTHER_LABELS)})

    def cell(self, column) -> str:
        return self.cells.get(column, "")

    def error(self, column, value, message, **params):
        self.errors.append(RowError(self.line_number, column, value, message, params))

    def set(self, column, value):
        self.values[COLUMN_TO_FIELD[column]] = value

    def check_length(self, column, text):
        """An error when the text is longer than the model's column allows."""
        if column in MAX_LENGTHS and len(text) > MAX_LENGTHS[column]:
            self.error(column, text, MESSAGES["too_long"], max=MAX_LENGTHS[column])


# Checks: one per kind of column. Each takes the row, the v1 column it fills and the v0.1 columns that feed it too.


def _check_required(row: RowCheck):
    for column in REQUIRED_COLUMNS:
        if not row.cell(column):
            row.error(column, row.cell(column), MESSAGES["required"])


def _text(row: RowCheck, column):
    text = one_line(row.cell(column))
    row.check_length(column, text)
    row.set(column, text)


def _pivot(row: RowCheck, column):
    pivot = re.sub(r"[\s.]", "", row.cell(column))
    if pivot and not PIVOT.match(pivot):
        row.error(column, row.cell(column), MESSAGES["pivot"])
    row.set(column, pivot)


def _restore_leading_zero(code):
    """A spreadsheet drops the leading zero of codes in Ain, Aisne...: "1000" is "01000"."""
    return "0" + code if re.fullmatch(r"\d{4}", code) else code


def _postcode(row: RowCheck, column):
    postcode = _restore_leading_zero(re.sub(r"\s", "", row.cell(column)))
    if postcode and not POSTCODE.match(postcode):
        row.error(column, row.cell(column), MESSAGES["postcode"])
    row.set(column, postcode)


def _insee_code(row: RowCheck, column):
    insee = _restore_leading_zero(re.sub(r"\s", "", row.cell(column)).upper())
    if insee and not INSEE.match(insee):
        row.error(column, row.cell(column), MESSAGES["insee"])
    row.set(column, insee)


COORDINATE_LIMITS = {"latitude": 90, "longitude": 180}


def _coordinate(text, limit) -> float | None:
    """The number of a cell ("43.40", "43,40"), or None when it is not a finite number within ±limit."""
    try:
        number = float(text.replace(",", ".") if re.fullmatch(r"-?\d+,\d+", text) else text)
    except ValueError:
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def _point(row: RowCheck, latitude_column, longitude_column):
    """Latitude and longitude, each a number within its range, and both or neither."""
    point = {}
    for column in (latitude_column, longitude_column):
        text = row.cell(column)
        point[column] = _coordinate(text, COORDINATE_LIMITS[column]) if text else None
        if text and point[column] is None:
            row.error(column, text, MESSAGES[column])
    only_one = (point[latitude_column] is None) != (point[longitude_column] is None)
    if only_one and not any(error.field in NUMBER_COLUMNS for error in row.errors):
        missing = longitude_column if point[longitude_column] is None else latitude_column
        row.error(missing, row.cell(missing), MESSAGES["point"])
    row.set(latitude_column, point[latitude_column])
    row.set(longitude_column, point[longitude_column])


def _phone(row: RowCheck, column):
    phones = split_cell(row.cell(column), "|;")
    row.set(column, "")
    if len(phones) > 1:
        row.error(column, row.cell(column), MESSAGES["one_phone"])
    elif phones:
        phone = normalise_phone(phones[0])
        if phone is None:
            row.error(column, phones[0], MESSAGES["phone"])
        else:
            row.set(column, phone)


def _emails(row: RowCheck, column, *legacy_columns):
    emails = []
    for source in (column, *legacy_columns):
        for item in split_cell(row.cell(source), "|;, "):
            item = item.removeprefix("mailto:")
            if _is_valid(_email_validator, item):
                emails.append(item)
            else:
                row.error(source, item, MESSAGES["email"])
    row.set(column, _unique(emails))


def _websites(row: RowCheck, column):
    websites = []
    for item in split_urls(row.cell(column)):
        url = normalise_url(item)
        if _is_valid(_url_validator, url):
            websites.append(url)
        else:
            row.error(column, item, MESSAGES["url"])
    row.set(column, _unique(websites))


def _url(row: RowCheck, column, *legacy_columns):
    """One address; a v0.1 column's, when given, replaces the v1 column's."""
    row.set(column, "")
    for source in (column, *legacy_columns):
        text = row.cell(source)
        if not text:
            continue
        url = normalise_url(text)
        if not _is_valid(_url_validator, url):
            row.error(source, text, MESSAGES["url"])
        elif len(url) > MAX_LENGTHS[column]:
            row.error(source, text, MESSAGES["too_long"], max=MAX_LENGTHS[column])
        else:
            row.set(column, url)


def _hours(row: RowCheck, column):
    hours = one_line(row.cell(column))
    if hours:
        try:
            validate_opening_hours(hours)
        except ValidationError as exc:
            row.error(column, hours, " ".join(exc.messages))
    row.check_length(column, hours)
    row.set(column, hours)


def _summary(row: RowCheck, column):
    summary = one_line(row.cell(column))
    if len(summary) > SUMMARY_MAX_LENGTH:
        row.error(column, summary, MESSAGES["summary"], length=len(summary))
    row.set(column, summary)


def _description(row: RowCheck, column):
    row.set(column, clean_text(row.cell(column)).replace("\r\n", "\n").replace("\r", "\n"))


_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


def _parse_date(text) -> date | None:
    """The date of "2024-04-02" or "2024-04-02T10:00:00Z"; None when there is none."""
    match = _DATE.fullmatch(text)
    try:
        return date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        return None


def _date(row: RowCheck, column):
    text = row.cell(column)
    updated = _parse_date(text) if text else None
    if text and updated is None:
        row.error(column, text, MESSAGES["date"])
    row.set(column, updated)


def _typology(row: RowCheck, column):
    for item in split_cell(row.cell(column), "|;,"):
        code = TYPOLOGY_LOOKUP.get(value_key(item))
        if code is None:
            row.error(column, item, MESSAGES["typology"])
        else:
            row.lists[column].append(code)


def _choices(row: RowCheck, column):
    """Values of a closed list of the standard; a v0.1 value written in the same column is converted."""
    legacy_table = LEGACY_LOOKUP.get(column, {})
    for item in split_cell(row.cell(column), "|;"):
        key = value_key(item)
        if key in ENUM_LOOKUP[column]:
            row.lists[column].append(ENUM_LOOKUP[column][key])
        elif key in legacy_table:
            _apply_legacy(legacy_table[key], row, column, item)
        else:
            row.error(column, item, MESSAGES["choice"], choices=" | ".join(ENUM_COLUMNS[column].values))


def _legacy_choices(row: RowCheck, column):
    """Values of a v0.1 closed list that v1 split into several columns (LEGACY_ACCEPTS): v0.1 or v1 values."""
    for item in split_cell(row.cell(column), "|;"):
        key = value_key(item)
        if key in LEGACY_LOOKUP[column]:
            _apply_legacy(LEGACY_LOOKUP[column][key], row, column, item)
            continue
        target = next((target for target in LEGACY_ACCEPTS[column] if key in ENUM_LOOKUP[target]), None)
        if target is None:
            row.error(column, item, MESSAGES["legacy_choice"])
        else:
            row.lists[target].append(ENUM_LOOKUP[target][key])


def _free_labels(row: RowCheck, column, *legacy_columns):
    for source in (column, *legacy_columns):
        separators = "|;" if row.legacy or source != column else "|"
        for item in split_cell(row.cell(source), separators):
            # A listed label written in the free column (as v1.0.1 exports do for "Étapes numériques") goes back.
            listed = ENUM_LOOKUP[LABELS].get(value_key(item))
            row.lists[LABELS if listed else column].append(listed or one_line(item))


def _apply_legacy(target, row: RowCheck, column, item):
    if isinstance(target, Removed):
        row.error(column, item, "%(reason)s %(hint)s", reason=NO_LONGER_EXISTS, hint=target.hint)
        return
    for new_column, value in target:
        row.lists[new_column].append(str(value))


# Every column of the standard v1.0.1 with its check, then the v0.1 columns whose cells go to it, in the order the
# errors of a row are listed. Enumerations are gathered in `RowCheck.lists` and stored at the end.
FIELD_CHECKS = (
    (_text, "id"),
    (_text, "nom"),
    (_text, "commune"),
    (_text, "adresse"),
    (_text, "complement_adresse"),
    (_text, "source"),
    (_text, "structure_parente"),
    (_pivot, "pivot"),
    (_postcode, "code_postal"),
    (_insee_code, "code_insee"),
    (_point, "latitude", "longitude"),
    (_phone, "telephone"),
    (_emails, "courriels", "courriel"),
    (_websites, "site_web"),
    (_url, "fiche_acces_libre", "accessibilite"),
    (_url, "prise_rdv"),
    (_hours, "horaires"),
    (_summary, "presentation_resume"),
    (_description, "presentation_detail"),
    (_date, "date_maj"),
    (_typology, "typologie"),
    *((_choices, column) for column in ENUM_COLUMNS),
    *((_legacy_choices, column) for column in LEGACY_ACCEPTS),
    (_free_labels, OTHER_LABELS, "labels_autres"),
)


def validate_row(row: dict, line_number: int) -> tuple[dict, list[RowError]]:
    """The values of one standard row for MediationPlacePage, and its errors (an empty list: the row is valid).

    `row` maps column names (v1.0.x or v0.1.x, any case, stray spaces) to cells; multi-valued cells are joined by
    "|" (";" in v0.1.x files). The values are keyed by model field; latitude and longitude are floats or None.
    """
    cells = normalise_row(row)
    check = RowCheck(cells, line_number, legacy=is_legacy(cells))
    _check_required(check)
    for field_check, *columns in FIELD_CHECKS:
        field_check(check, *columns)
    for column, items in check.lists.items():
        check.set(column, _unique(items))
    check.values["itinerance"] = check.values["itinerance"] or [enums.Itinerance.FIXED.value]
    return check.values, check.errors


# Files -> rows ----------------------------------------------------------------------------------------------------


class TableError(ValueError):
    """The file cannot be read as a table of places."""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); files saved by a spreadsheet in Windows-1252 are read too."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(header_line: str) -> str:
    counts = {delimiter: header_line.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=counts.get) if any(counts.values()) else ","


def read_table(data: bytes, name: str = "") -> tuple[list[str], list[tuple[int, dict]]]:
    """The columns and the (line number, row) pairs of a CSV or JSON file of places.

    The line number is the file's line where the row starts (the header is line 1), or the position of the object
    in a JSON list (1 for the first).
    """
    text = decode(data)
    stripped = text.lstrip()
    if name.lower().endswith(".json") or stripped.startswith(("[", "{")):
        return _read_json(stripped)
    return _read_csv(text)


def _read_json(text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TableError(_("Fichier JSON illisible : %(error)s") % {"error": exc}) from exc
    if isinstance(data, dict):
        data = next((value for value in data.values() if isinstance(value, list)), None)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise TableError(_("Le fichier JSON doit contenir une liste d'objets, un objet par lieu."))
    columns = list(dict.fromkeys(name for item in data for name in item))
    return columns, [(index, item) for index, item in enumerate(data, start=1)]


def _read_csv(text):
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(first_line), skipinitialspace=True)
    try:
        header = next(reader)
    except StopIteration:
        return [], []
    columns = [clean_text(name).lstrip("\ufeff") for name in header]
    rows = []
    line = reader.line_num
    for cells in reader:
        start, line = line + 1, reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        row = dict(zip(columns, cells, strict=False))
        extra = [cell for cell in cells[len(columns) :] if cell.strip()]
        if extra:
            row[None] = extra
        rows.append((start, row))
    return columns, rows


# Page -> row ------------------------------------------------------------------------------------------------------


def _stop_content_type_id():
    from .models import MobileStopPage

    return ContentType.objects.get_for_model(MobileStopPage).id


def page_to_row(page) -> dict:
    """The v1.0.1 row of a place: text cells (values joined by "|"), latitude and longitude as numbers or None."""
    row = {}
    for column, name in COLUMN_TO_FIELD.items():
        value = getattr(page, name)
        if isinstance(value, list):
            value = SEPARATOR.join(value)
        row[column] = "" if value is None else value
    # v1.0.1 does not list "Étapes numériques (La Poste)": it becomes a free label.
    outside = [label for label in page.training_labels if label in enums.NOT_IN_V1_0_1]
    row["formations_labels"] = SEPARATOR.join(label for label in page.training_labels if label not in outside)
    row["autres_formations_labels"] = SEPARATOR.join(_unique([*page.other_training_labels, *outside]))
    row["telephone"] = (normalise_phone(page.phone) or page.phone) if page.phone else ""
    row["date_maj"] = page.updated_on.isoformat() if page.updated_on else ""
    row["latitude"] = page.latitude if page.latitude is not None else None
    row["longitude"] = page.longitude if page.longitude is not None else None
    if page.content_type_id == _stop_content_type_id():
        row["itinerance"] = enums.Itinerance.MOBILE.value
    elif not row["itinerance"]:
        row["itinerance"] = enums.Itinerance.FIXED.value
    return row


def page_values(page) -> dict:
    """The current values of a page, keyed like `validate_row`'s values (to compare before writing)."""
    return {name: getattr(page, name) for name in COLUMN_TO_FIELD.values()}


# Filled from the gazetteer when a row leaves them empty (see LocatedMixin.complete_from_gazetteer).
COMPLETED_FIELDS = ("insee_code", "latitude", "longitude")


def matches_page(page, values: dict) -> bool:
    """True when writing `values` would change nothing on `page` (re-imports are then no-ops)."""
    current = page_values(page)
    wanted = dict(values)
    if not wanted.get("insee_code"):
        wanted["insee_code"] = current.get("insee_code")
    if wanted.get("latitude") is None and wanted.get("longitude") is None:
        wanted["latitude"], wanted["longitude"] = current.get("latitude"), current.get("longitude")
    return current == wanted


def apply_values(page, values: dict) -> None:
    for name, value in values.items():
        if name not in ("latitude", "longitude"):
            setattr(page, name, value)
    page.set_point(values.get("latitude"), values.get("longitude"))

"""The places' public forms: the finder's parameters, and "report an error" (validated, stored, and protected
against spam and flooding)."""

import math
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from proxinum.forms import ProtectedForm
from proxinum.services import Service, url_slug

from . import accessibility, enums, finder


class ErrorReportForm(ProtectedForm):
    token_salt = "place-report"

    message = forms.CharField(
        label=_("Qu'est-ce qui est faux ou manque ?"),
        help_text=_("Par exemple : les horaires ont changé, le lieu a déménagé, le téléphone ne répond pas."),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=5,
        max_length=2000,
    )
    email = forms.EmailField(
        label=_("Votre courriel"),
        help_text=_("Seulement si vous voulez une réponse. Nous l'effaçons une fois le signalement traité."),
        required=False,
        max_length=254,
    )
    rate_group = "place-error-report"
    rate_setting = "PLACE_REPORT_RATE"


# The place finder ---------------------------------------------------------------------------------------------------
# One form reads the finder's URL parameters for the finder page (/lieux/), its embeddable version (/lieux/embed/)
# and the GeoJSON API (/api/places/): each filter's parameter, choices, label and validation are defined here once,
# so that the three accept and refuse the same addresses. What each filter asks of a place is `finder.search`'s.

WHERE_MAX_LENGTH = 100
ON_VALUES = {"1", "on", "true", "oui"}  # what a ticked box sends ("1"), and what people write by hand
OFF_VALUES = {"", "0", "off", "false", "non"}
SHOWN_LENGTH = 40  # a refused value is quoted in its error message, shortened: it may be long or hostile
# Other names accepted for a parameter (the API's documented `radius_km`, and `lon` for `lng`).
ALIASES = {"lng": "lon", "radius": "radius_km"}
WHERE_PARAMS = {"q", "near", "commune", "lat", "lng", "lon"}
RADIUS_PARAMS = {"radius", "radius_km"}


def shown(value):
    return Truncator(str(value)).chars(SHOWN_LENGTH)


def two_numbers(text):
    """(first, second) when the text is two numbers separated by a comma ("43.40,5.05"), else None."""
    parts = text.split(",")
    if len(parts) != 2:
        return None
    try:
        numbers = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    return numbers if all(math.isfinite(number) for number in numbers) else None


def is_point(lat, lon):
    return -90 <= lat <= 90 and -180 <= lon <= 180


class PlaceTextField(forms.CharField):
    """A postcode or a commune as typed: spaces folded, at most 100 characters."""

    def __init__(self, **kwargs):
        super().__init__(required=False, max_length=WHERE_MAX_LENGTH, **kwargs)

    def to_python(self, value):
        return " ".join(super().to_python(value).split())


class CommuneCodeField(forms.CharField):
    """The INSEE code of a commune chosen among several of the same name or postcode (13056, 2A004)."""

    pattern = re.compile(r"[0-9][0-9AB][0-9]{3}")
    default_error_messages = {"invalid": _("« %(value)s » n'est pas un code de commune.")}

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        return super().to_python(value).upper()

    def validate(self, value):
        if value and not self.pattern.fullmatch(value):
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": shown(value)})


class ClosedListField(forms.MultipleChoiceField):
    """Values of a closed list, by the short slugs shared addresses carry (?service=aide-aux-demarches-administratives).

    `model_field` is the place field it filters; several values: places with all of them. `labels` maps each
    standard value to the words shown for it.
    """

    default_error_messages = {"invalid_choice": _("« %(value)s » n'est pas un choix possible.")}

    def __init__(self, model_field, values, labels, **kwargs):
        self.model_field = model_field
        self.values_by_slug = {url_slug(value): value for value in values}
        choices = [(slug, labels[value]) for slug, value in self.values_by_slug.items()]
        super().__init__(choices=choices, required=False, widget=forms.CheckboxSelectMultiple, **kwargs)

    def to_python(self, value):
        # An empty value is no value; a value given twice counts once.
        return list(dict.fromkeys(item for item in super().to_python(value) if item))

    def validate(self, value):
        errors = [
            ValidationError(self.error_messages["invalid_choice"], code="invalid_choice", params={"value": shown(item)})
            for item in value
            if item not in self.values_by_slug
        ]
        if errors:
            raise ValidationError(errors)

    def known(self, slugs):
        return [slug for slug in dict.fromkeys(slugs) if slug in self.values_by_slug]


class FlagField(forms.Field):
    """A yes/no filter: a box that sends 1 when ticked; 0 or nothing leaves it off. `group`: its heading."""

    widget = forms.TextInput  # the raw value, to refuse what is neither yes nor no (a checkbox widget reads anything)
    default_error_messages = {"invalid": _("« %(value)s » n'est pas compris : 1 pour oui, 0 pour non.")}

    def __init__(self, label, group, **kwargs):
        self.group = group
        super().__init__(label=label, required=False, **kwargs)

    def to_python(self, value):
        text = (value or "").strip().lower()
        if text in ON_VALUES or text in OFF_VALUES:
            return text in ON_VALUES
        raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": shown(value)})


WHEN, CONDITIONS, ACCESSIBILITY = _("Quand"), _("Conditions"), _("Accessibilité")
ACCESS_LABELS = dict(accessibility.FINDER_FLAGS)


def _labels(field_name):
    return dict(enums.FIELD_CHOICES[field_name].choices)


class FinderForm(forms.Form):
    """The finder's parameters. A refused value is said (`problems()`) and left out of the search (`query()`)."""

    q = PlaceTextField(label=_("Votre code postal ou votre commune"))
    near = PlaceTextField(label=_("Code postal, commune ou coordonnées"))  # the API's name: text or "lat,lng"
    commune = CommuneCodeField(label=_("Commune"))
    lat = forms.FloatField(label=_("Latitude"), required=False, min_value=-90, max_value=90)
    lng = forms.FloatField(label=_("Longitude"), required=False, min_value=-180, max_value=180)
    radius = forms.IntegerField(label=_("Distance"), required=False, min_value=1, max_value=max(finder.RADIUS_CHOICES))
    page = forms.IntegerField(label=_("Page"), required=False, min_value=1)

    # The lists, in the order of the filters panel. The services are worded as the boxes ticked (short labels).
    service = ClosedListField("services", Service.values, enums.SERVICE_SHORT_LABELS, label=_("Votre besoin"))
    public = ClosedListField("publics", enums.Public.values, _labels("publics"), label=_("Publics"))
    prise_en_charge = ClosedListField(
        "specific_support", enums.SpecificSupport.values, _labels("specific_support"), label=_("Accueil adapté")
    )
    accompagnement = ClosedListField(
        "support_modes", enums.SupportMode.values, _labels("support_modes"), label=_("Façon d'être accompagné")
    )
    programme = ClosedListField(
        "national_programmes",
        enums.NATIONAL_PROGRAMMES_IN_FINDER,
        _labels("national_programmes"),
        label=_("Dispositifs nationaux"),
    )
    langue = ClosedListField(
        "spoken_languages", accessibility.LANGUAGES_IN_FINDER, _labels("spoken_languages"), label=_("Langues parlées")
    )

    # The yes/no filters (finder.FLAGS), grouped as the panel shows them.
    ouvert = FlagField(_("Ouvert maintenant"), WHEN)
    weekend = FlagField(_("Ouvert le week-end"), WHEN)
    gratuit = FlagField(_("Gratuit"), CONDITIONS)
    itinerant = FlagField(_("Bus et lieux itinérants seulement"), CONDITIONS)
    sans_marche = FlagField(ACCESS_LABELS["sans_marche"], ACCESSIBILITY)
    toilettes = FlagField(ACCESS_LABELS["toilettes"], ACCESSIBILITY)
    stationnement = FlagField(ACCESS_LABELS["stationnement"], ACCESSIBILITY)
    boucle = FlagField(ACCESS_LABELS["boucle"], ACCESSIBILITY)
    lsf = FlagField(ACCESS_LABELS["lsf"], ACCESSIBILITY)

    repeated_message = _("Ce paramètre est donné plusieurs fois ; une seule valeur est possible.")
    half_point_message = _("La latitude et la longitude vont ensemble.")
    near_point_message = _("La latitude va de -90 à 90 et la longitude de -180 à 180.")

    def __init__(self, params):
        """`params`: the request's query string (a QueryDict), as it came."""
        self.params = params
        data = params.copy()
        for name, alias in ALIASES.items():
            values = self.values_of(name)
            data.pop(alias, None)
            data.pop(name, None)
            if values:
                data.setlist(name, values)
        super().__init__(data)

    def values_of(self, name):
        """The values given for a parameter under any of its names, empty ones left out."""
        names = [name, ALIASES[name]] if name in ALIASES else [name]
        return [value for key in names for value in self.params.getlist(key) if value]

    def clean(self):
        self._refuse_repeated_values()
        self._check_point()
        return self.cleaned_data

    def _refuse_repeated_values(self):
        for name, field in self.fields.items():
            if len(self.values_of(name)) > 1 and not isinstance(field, ClosedListField):
                self.add_error(name, self.repeated_message)

    def _check_point(self):
        lat, lng = self.cleaned_data.get("lat"), self.cleaned_data.get("lng")
        if (lat is None) != (lng is None) and not (self.has_error("lat") or self.has_error("lng")):
            self.add_error("lng" if lng is None else "lat", self.half_point_message)
        numbers = two_numbers(self.cleaned_data.get("near", ""))
        if numbers and not is_point(*numbers):
            self.add_error("near", self.near_point_message)

    # What the finder searches ---------------------------------------------------------------------------------------

    def query(self):
        """What to search for: the values understood; a refused value is left out (and said by `problems()`)."""
        cleaned = self.understood
        where, lat, lon = self._where_and_point()
        lists = self._chosen_lists()
        return finder.FinderQuery(
            where=where,
            insee=cleaned.get("commune", ""),
            lat=lat,
            lon=lon,
            radius=cleaned.get("radius") or finder.DEFAULT_RADIUS,
            filters={field.model_field: [field.values_by_slug[slug] for slug in slugs] for _n, field, slugs in lists},
            flags={name for name, _field in self.flag_fields() if cleaned.get(name)},
            page=cleaned.get("page") or 1,
        )

    @property
    def understood(self):
        """The values accepted (the form's cleaned_data, once it is cleaned)."""
        self.is_valid()
        return self.cleaned_data

    def _where_and_point(self):
        """(place typed, latitude, longitude): the point is `lat` and `lng`, else `near` when it is one; `near` as
        text stands for `q`."""
        cleaned = self.understood
        where = cleaned.get("q", "")
        lat, lon = cleaned.get("lat"), cleaned.get("lng")
        if lat is None or lon is None:
            near = cleaned.get("near", "")
            numbers = two_numbers(near)
            if not numbers:
                return near or where, None, None
            lat, lon = numbers
        return where, round(lat, 5), round(lon, 5)

    def _chosen_lists(self):
        """[(parameter, field, slugs)] of the lists with a choice; of a list with an unknown value, the known ones."""
        chosen = []
        for name, field in self.closed_lists():
            slugs = self.understood[name] if name in self.understood else field.known(self.values_of(name))
            if slugs:
                chosen.append((name, field, slugs))
        return chosen

    def selected(self):
        """{parameter: [slugs chosen]}: the boxes to tick."""
        return {name: slugs for name, _field, slugs in self._chosen_lists()}

    def closed_lists(self):
        return [(name, field) for name, field in self.fields.items() if isinstance(field, ClosedListField)]

    def flag_fields(self):
        return [(name, field) for name, field in self.fields.items() if isinstance(field, FlagField)]

    def flag_groups(self):
        """[(heading, [(parameter, field)])], in the order of the form."""
        groups = {}
        for name, field in self.flag_fields():
            groups.setdefault(field.group, []).append((name, field))
        return list(groups.items())

    # What was refused ------------------------------------------------------------------------------------------------

    def problems(self):
        """Each refused value, with the name of its field ("Distance : …"), to show or to answer."""
        return [
            _("%(facet)s : %(value)s") % {"facet": self.fields[name].label, "value": message}
            for name, messages in self.errors.items()
            for message in messages
        ]

    def valid_params(self):
        """The request's parameters less the refused values and the page: what the links of the results carry."""
        lists = dict(self.closed_lists())
        params = []
        for key in self.params:
            name = next((name for name, alias in ALIASES.items() if alias == key), key)
            for value in self.params.getlist(key):
                refused = name in self.errors and not (name in lists and lists[name].known([value]))
                if key != "page" and not refused:
                    params.append((key, value))
        return params

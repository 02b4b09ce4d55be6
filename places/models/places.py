"""Digital mediation places (fixed and mobile), with every field of the national open-data standard v1.0.1."""

import re
import uuid

from django.core.validators import EmailValidator, RegexValidator, URLValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from proxinum.fields import PipeListField
from proxinum.models import BasePage
from proxinum.services import Service
from proxinum.widgets import LocalLeafletPanel

from .. import accessibility, enums, hours, meta
from ..hours import validate_opening_hours
from ..panels import OpeningHoursPanel

POINT = re.compile(r"POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)")

pivot_validator = RegexValidator(
    r"^[a-zA-Z0-9]{9,14}$", _("Saisissez un SIRET (14 chiffres), un RNA (W suivi de 9 chiffres) ou un RIDET.")
)
postcode_validator = RegexValidator(r"^\d{5}$", _("Le code postal a 5 chiffres."))
insee_validator = RegexValidator(
    r"^([013-9]\d|2[AB1-9])\d{3}$", _("Le code INSEE a 5 caractères, par exemple 13056 ou 2A004.")
)
phone_validator = RegexValidator(
    r"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$",
    _("Écrivez le numéro au format international sans espace, par exemple +33442000000."),
)


class PlaceServicesMixin(models.Model):
    """What a place offers and how to get it: shared by fixed places and mobile tours."""

    pivot = models.CharField(
        _("SIRET, RNA ou RIDET"),
        max_length=14,
        validators=[pivot_validator],
        help_text=_("Identifiant de la structure. Inconnu : 00000000000000."),
    )
    typology = PipeListField(_("typologie"), choices=enums.TYPOLOGY_CHOICES, help_text=_("Le type de structure."))
    phone = models.CharField(_("téléphone"), max_length=16, blank=True, validators=[phone_validator])
    emails = PipeListField(_("courriels"), item_validators=[EmailValidator()], help_text=_("Une adresse par ligne."))
    websites = PipeListField(_("sites web"), item_validators=[URLValidator()], help_text=_("Une adresse par ligne."))
    summary = models.TextField(
        _("présentation résumée"),
        max_length=280,
        blank=True,
        help_text=_("280 caractères au plus, en mots simples : ce que l'on peut faire ici."),
    )
    description = models.TextField(_("présentation détaillée"), blank=True)
    source = models.CharField(
        _("source"),
        max_length=120,
        blank=True,
        help_text=_("Qui produit ces données (nom de la structure ou du réseau)."),
    )
    parent_structure = models.CharField(_("structure parente"), max_length=255, blank=True)
    services = PipeListField(_("services"), choices=Service.choices)
    publics = PipeListField(_("publics spécifiquement adressés"), choices=enums.Public.choices)
    specific_support = PipeListField(_("prise en charge spécifique"), choices=enums.SpecificSupport.choices)
    fees = PipeListField(_("frais à charge"), choices=enums.Fee.choices)
    national_programmes = PipeListField(
        _("dispositifs et programmes nationaux"), choices=enums.NationalProgramme.choices
    )
    training_labels = PipeListField(_("formations et labels"), choices=enums.TrainingLabel.choices)
    other_training_labels = PipeListField(_("autres formations et labels"), help_text=_("Un libellé par ligne."))
    access_modes = PipeListField(_("modalités d'accès"), choices=enums.AccessMode.choices)
    support_modes = PipeListField(_("modalités d'accompagnement"), choices=enums.SupportMode.choices)
    accessibility_url = models.URLField(
        _("fiche Accès libre"), blank=True, help_text=_("Lien vers la fiche d'accessibilité du lieu sur acceslibre.")
    )
    booking_url = models.URLField(
        _("prise de rendez-vous"), blank=True, help_text=_("Lien pour prendre rendez-vous en ligne.")
    )
    updated_on = models.DateField(
        _("date de mise à jour"),
        default=timezone.localdate,
        help_text=_("Date de la dernière vérification des informations."),
    )
    is_demo = models.BooleanField(
        _("donnée de démonstration"), default=False, help_text=_("Lieu fictif, montré comme exemple.")
    )
    # Accessibility where the service is given (for a bus: the bus itself): see places/accessibility.py.
    step_free_entrance = accessibility.fact_field(
        _("entrée sans marche"), help_text=_("De plain-pied, ou avec une rampe ou un ascenseur.")
    )
    accessible_toilets = accessibility.fact_field(_("toilettes accessibles en fauteuil roulant"))
    hearing_loop = accessibility.fact_field(
        _("boucle magnétique"), help_text=_("Pour les personnes qui portent un appareil auditif.")
    )
    sign_language = accessibility.fact_field(_("accueil en langue des signes française (LSF)"))
    spoken_languages = PipeListField(
        _("langues parlées"),
        choices=accessibility.Language.choices,
        help_text=_("Les langues dans lesquelles l'équipe peut accueillir et aider."),
    )

    class Meta:
        abstract = True

    services_panels = [
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("description")],
            heading=_("Présentation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("services"),
                FieldPanel("publics"),
                FieldPanel("specific_support"),
                FieldPanel("fees"),
                FieldPanel("access_modes"),
                FieldPanel("support_modes"),
            ],
            heading=_("Services et accueil"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("emails"),
                FieldPanel("websites"),
                FieldPanel("booking_url"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("pivot"),
                FieldPanel("typology"),
                FieldPanel("parent_structure"),
                FieldPanel("national_programmes"),
                FieldPanel("training_labels"),
                FieldPanel("other_training_labels"),
                FieldPanel("source"),
                FieldPanel("updated_on"),
                FieldPanel("is_demo"),
            ],
            heading=_("Structure et labels"),
        ),
    ]
    # Tri-state facts: "Je ne sais pas" leaves them unknown, never shown as "Non".
    access_panels = [
        *[
            FieldPanel(name, widget=accessibility.TRI_STATE_WIDGET)
            for name in ("step_free_entrance", "accessible_toilets", "hearing_loop", "sign_language")
        ],
        FieldPanel("spoken_languages"),
        FieldPanel("accessibility_url"),
    ]

    # Facts are synchronised between languages; only the presentation is translated.
    SYNCHRONISED = [
        "pivot", "typology", "phone", "emails", "websites", "source", "parent_structure", "services", "publics",
        "specific_support", "fees", "national_programmes", "training_labels", "other_training_labels",
        "access_modes", "support_modes", "accessibility_url", "booking_url", "updated_on", "is_demo",
        "step_free_entrance", "accessible_toilets", "hearing_loop", "sign_language", "spoken_languages",
    ]  # fmt: skip

    @property
    def access_facts(self):
        return accessibility.known_facts(self)


class LocatedMixin(models.Model):
    """An address and a point on the map."""

    address = models.CharField(
        _("adresse"), max_length=255, help_text=_("Numéro et rue, par exemple : 1 rue de la Mairie.")
    )
    address_complement = models.CharField(_("complément d'adresse"), max_length=255, blank=True)
    postcode = models.CharField(_("code postal"), max_length=5, validators=[postcode_validator], db_index=True)
    commune = models.CharField(_("commune"), max_length=120)
    insee_code = models.CharField(
        _("code INSEE"), max_length=5, blank=True, validators=[insee_validator], db_index=True,
        help_text=_("Sans lui, le lieu n'apparaît pas sur la carte nationale."),
    )  # fmt: skip
    location = models.CharField(
        _("position sur la carte"),
        max_length=250,
        blank=True,
        help_text=_("Cliquez sur la carte ou déplacez le repère à l'entrée du lieu."),
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True, editable=False, db_index=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True, editable=False)
    opening_hours = models.CharField(
        _("horaires"),
        max_length=500,
        blank=True,
        validators=[validate_opening_hours],
        help_text=_(
            "Au format OpenStreetMap, par exemple : Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off. "
            "L'aperçu en clair s'affiche sur la page."
        ),
    )

    # Derived from the hours when the place is saved, so that the finder filters in SQL.
    opens_on_weekend = models.BooleanField(_("ouvert le week-end"), default=False, editable=False, db_index=True)

    # Where the place is (for a bus: where it parks), see places/accessibility.py. The two texts are prose for
    # visitors ("Bus 22, arrêt Mairie, puis 100 m à pied"): translated, the translator keeping the line names.
    disabled_parking = accessibility.fact_field(_("stationnement réservé aux personnes handicapées"))
    public_transport = models.CharField(
        _("venir en transport en commun"),
        max_length=255,
        blank=True,
        help_text=_("La ligne et l'arrêt le plus proche, par exemple : Bus 22, arrêt Mairie, puis 100 m à pied."),
    )
    parking = models.CharField(
        _("stationnement"),
        max_length=255,
        blank=True,
        help_text=_("Où se garer, par exemple : Parking gratuit derrière la mairie, à 50 m."),
    )

    class Meta:
        abstract = True

    location_panels = [
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("address_complement"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("commune"), FieldPanel("insee_code")]),
                LocalLeafletPanel("location", address_field="address"),
            ],
            heading=_("Adresse"),
        ),
        OpeningHoursPanel("opening_hours"),
    ]
    access_panels = [
        FieldPanel("disabled_parking", widget=accessibility.TRI_STATE_WIDGET),
        FieldPanel("public_transport"),
        FieldPanel("parking"),
    ]

    SYNCHRONISED = [
        "address", "address_complement", "postcode", "commune", "insee_code", "location", "latitude", "longitude",
        "opening_hours", "opens_on_weekend", "disabled_parking",
    ]  # fmt: skip

    def set_point(self, latitude, longitude):
        self.latitude, self.longitude = latitude, longitude
        self.location = f"SRID=4326;POINT({longitude} {latitude})" if latitude is not None else ""

    def complete_from_gazetteer(self):
        """Fill a missing INSEE code (the national map drops places without one) and, when no point was placed
        on the map, use the commune's point so that the place can still be found by distance."""
        if self.insee_code and self.has_point:
            return
        from .. import gazetteer

        commune = gazetteer.find(f"{self.commune} {self.postcode}").unique
        if commune is None:
            return
        if not self.insee_code:
            self.insee_code = commune.insee_code
        if not self.has_point:
            self.set_point(commune.latitude, commune.longitude)

    def derive_from_hours(self):
        self.opens_on_weekend = hours.open_on_weekend(self.opening_hours, weeks=4)

    def sync_point_from_location(self):
        match = POINT.search(self.location or "")
        if match:
            self.longitude, self.latitude = float(match.group(1)), float(match.group(2))
        elif not self.location:
            self.latitude = self.longitude = None

    @property
    def has_point(self):
        return self.latitude is not None and self.longitude is not None


class MediationPlacePage(RoutablePageMixin, PlaceServicesMixin, LocatedMixin, BasePage):
    """A place where people get help with digital tools (médiathèque, EPN, France Services...)."""

    place_id = models.CharField(
        _("identifiant"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("Identifiant unique chez la source. Vide : créé automatiquement."),
    )
    itinerance = PipeListField(_("itinérance"), choices=enums.Itinerance.choices)

    content_panels = [
        *Page.content_panels,
        *LocatedMixin.location_panels,
        MultiFieldPanel(
            [*PlaceServicesMixin.access_panels, *LocatedMixin.access_panels],
            heading=_("Accessibilité et accès"),
            help_text=_("Ne répondez « Oui » ou « Non » que si vous le savez : « Je ne sais pas » n'affiche rien."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Lieu")),
            ObjectList(
                PlaceServicesMixin.services_panels + [InlinePanel("photos", label=_("Photos"))], heading=_("Services")
            ),
            ObjectList([FieldPanel("place_id"), FieldPanel("itinerance")], heading=_("Données ouvertes")),
            ObjectList(BasePage.promote_panels, heading=_("Référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("commune", boost=3),
        index.AutocompleteField("commune"),
        index.SearchField("address"),
        index.FilterField("postcode"),
        index.FilterField("insee_code"),
    ]

    override_translatable_fields = [
        *[SynchronizedField(name) for name in PlaceServicesMixin.SYNCHRONISED + LocatedMixin.SYNCHRONISED],
        SynchronizedField("place_id"),
        SynchronizedField("itinerance"),
        SynchronizedField("photos"),
        TranslatableField("summary"),
        TranslatableField("description"),
        TranslatableField("public_transport"),
        TranslatableField("parking"),
    ]

    parent_page_types = ["places.PlaceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lieu de médiation numérique")
        verbose_name_plural = _("lieux de médiation numérique")

    def save(self, *args, **kwargs):
        self.sync_point_from_location()
        self.complete_from_gazetteer()
        self.derive_from_hours()
        if not self.place_id:
            self.place_id = str(uuid.uuid4())
        if not self.itinerance:
            self.itinerance = [enums.Itinerance.FIXED]
        super().save(*args, **kwargs)

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    @cached_property
    def meta_description(self):
        return meta.meta_description(self, [self.commune])

    @property
    def tour(self):
        """The bus tour of a stop (set by the finder when it loads stops as plain places)."""
        return getattr(self, "_tour", None)

    @tour.setter
    def tour(self, value):
        self._tour = value

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tour"] = self.tour
        context["photos"] = list(self.photos.select_related("image").prefetch_related("image__renditions"))
        context["readable_hours"] = hours.readable(self.opening_hours) if self.opening_hours else ""
        return context

    @path("")
    def place_view(self, request):
        return self.render(request)

    @path("signaler/")
    def report_view(self, request):
        """ "Signaler une erreur": stored for editors; honeypot, time token and a per-address rate limit."""
        from django.shortcuts import redirect

        from ..forms import ErrorReportForm
        from .reports import PlaceErrorReport

        form = ErrorReportForm(request.POST or None)
        limited = False
        if request.method == "POST":
            limited = form.rate_limited(request)
            if not limited and form.is_valid():
                PlaceErrorReport.objects.create(
                    place=self, message=form.cleaned_data["message"], email=form.cleaned_data["email"]
                )
                return redirect(self.url + "signaler/?merci=1")
        status = 429 if limited else (400 if form.errors else 200)
        context = self.get_context(request)
        context.update(form=form, limited=limited, thanks=request.GET.get("merci") == "1")
        return TemplateResponse(request, "places/report_form.html", context, status=status)


class PlacePhoto(Orderable):
    page = ParentalKey(MediationPlacePage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "proxinum.CustomImage", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    caption = models.CharField(_("légende"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    def __str__(self):
        return self.caption or str(self.image)


def refresh_place_statistics():
    """Fresh planner statistics after a bulk load, so that the finder keeps using the coordinate indexes."""
    from django.db import connection

    with connection.cursor() as cursor:
        for table in (MediationPlacePage._meta.db_table, Page._meta.db_table):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")

"""Events: hackathons, afterworks, workshops, webinars, network breakfasts... with registration and calendars."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from proxinum.blocks import BodyBlock
from proxinum.models import BasePage
from proxinum.models.pages import json_ld
from proxinum.navigation import default_locale

from .. import enums
from ..blocks import ChallengeBlock, JuryMemberBlock, ResultBlock, ScheduleItemBlock

PLACE_TYPES = ["places.MediationPlacePage", "places.MobileStopPage"]


class EventPage(RoutablePageMixin, BasePage):
    kind = models.CharField(_("type d'événement"), max_length=20, choices=enums.EventKind.choices)
    audience = models.CharField(_("pour qui"), max_length=20, choices=enums.EventAudience.choices, default="tous")
    intro = models.TextField(_("chapeau"), max_length=400, help_text=_("En une ou deux phrases : quoi, pour qui."))
    start = models.DateTimeField(_("début"), help_text=_("Heure de Paris."))
    end = models.DateTimeField(
        _("fin"), help_text=_("Heure de Paris. Pour un événement sur plusieurs jours, le dernier jour.")
    )
    all_day = models.BooleanField(
        _("toute la journée"), default=False, help_text=_("Les heures ne sont pas affichées.")
    )

    where = models.CharField(_("où"), max_length=20, choices=enums.Where.choices, default="lieu")
    place = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("lieu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Un lieu de l'annuaire : son adresse et sa carte sont reprises."),
    )
    venue = models.CharField(_("salle ou précision"), max_length=160, blank=True)
    address = models.CharField(_("adresse"), max_length=255, blank=True)
    postcode = models.CharField(_("code postal"), max_length=5, blank=True)
    commune = models.CharField(_("commune"), max_length=120, blank=True, db_index=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    online_url = models.URLField(_("lien de connexion"), blank=True)
    online_url_private = models.BooleanField(
        _("lien réservé aux inscrits"),
        default=False,
        help_text=_("Le lien n'est pas affiché sur la page : il est envoyé aux personnes inscrites."),
    )

    is_free = models.BooleanField(_("gratuit"), default=True)
    price = models.CharField(
        _("tarif"), max_length=200, blank=True, help_text=_("Si payant : le prix et les réductions.")
    )
    accessibility = models.TextField(
        _("accessibilité"),
        blank=True,
        help_text=_("Accès en fauteuil, boucle magnétique, interprète LSF, documents en FALC…"),
    )
    organiser = models.CharField(_("organisateur"), max_length=160)
    contact_email = models.EmailField(_("courriel de contact"), blank=True)
    contact_phone = models.CharField(_("téléphone de contact"), max_length=20, blank=True)
    image = models.ForeignKey(
        "proxinum.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))

    challenges = StreamField([("challenge", ChallengeBlock())], blank=True, verbose_name=_("défis"))
    schedule = StreamField([("item", ScheduleItemBlock())], blank=True, verbose_name=_("programme"))
    jury = StreamField([("member", JuryMemberBlock())], blank=True, verbose_name=_("jury"))
    results = StreamField(
        [("result", ResultBlock())], blank=True, verbose_name=_("résultats"), help_text=_("Après l'événement.")
    )

    registration = models.CharField(
        _("inscription"), max_length=20, choices=enums.RegistrationMode.choices, default="aucune"
    )
    registration_url = models.URLField(_("lien d'inscription"), blank=True)
    capacity = models.PositiveIntegerField(_("nombre de places"), null=True, blank=True)
    waiting_list = models.BooleanField(_("liste d'attente"), default=True, help_text=_("Quand c'est complet."))
    registration_deadline = models.DateTimeField(
        _("fin des inscriptions"), null=True, blank=True, help_text=_("Vide : jusqu'au début de l'événement.")
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("audience")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")], heading=_("Quand")
        ),
        MultiFieldPanel(
            [
                FieldPanel("where"),
                PageChooserPanel("place", PLACE_TYPES),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("commune")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
                FieldPanel("online_url_private"),
            ],
            heading=_("Où"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waiting_list")]),
                FieldPanel("registration_deadline"),
            ],
            heading=_("Inscription"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("accessibility"),
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Pratique"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("challenges"), FieldPanel("schedule"), FieldPanel("jury"), FieldPanel("results")],
            heading=_("Hackathon"),
            classname="collapsed",
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
        index.SearchField("commune"),
        index.SearchField("organiser"),
        index.SearchField("challenges"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    # Facts are the same in every language; the text is translated.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in [
            "start", "end", "all_day", "where", "place", "address", "postcode", "commune", "latitude", "longitude",
            "online_url", "capacity", "registration_url", "registration_deadline", "contact_email", "contact_phone",
            "organiser",
        ]
    ]  # fmt: skip
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("événement")
        verbose_name_plural = _("événements")
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

    def clean(self):
        super().clean()
        errors = {field: message for field, failed, message in self._consistency_checks() if failed}
        if errors:
            raise ValidationError(errors)

    def _consistency_checks(self):
        """(field, whether the check fails, message) for what the event's own choices require of it."""
        where, registration = self.where, self.registration
        return [
            ("end", bool(self.start and self.end and self.end < self.start), _("La fin doit venir après le début.")),
            (
                "place",
                where == enums.Where.PLACE and not self.place_id,
                _("Choisissez le lieu, ou indiquez une autre adresse."),
            ),
            (
                "address",
                where == enums.Where.ADDRESS and not (self.address and self.commune),
                _("Indiquez l'adresse et la commune."),
            ),
            ("online_url", where == enums.Where.ONLINE and not self.online_url, _("Indiquez le lien de connexion.")),
            (
                "registration_url",
                registration == enums.RegistrationMode.EXTERNAL and not self.registration_url,
                _("Indiquez le lien d'inscription."),
            ),
            (
                "capacity",
                registration == enums.RegistrationMode.FORM and not self.capacity,
                _("Indiquez le nombre de places."),
            ),
            ("price", not self.is_free and not self.price, _("Indiquez le tarif.")),
        ]

    def save(self, *args, **kwargs):
        self.copy_place_facts()
        super().save(*args, **kwargs)

    def copy_place_facts(self):
        """An event in one of our places takes its address and point, so that it is found by commune and mapped."""
        if self.where != enums.Where.PLACE or not self.place_id:
            return
        place = self.place.specific
        for field in ("address", "postcode", "commune", "latitude", "longitude"):
            value = getattr(place, field, None)
            if value not in (None, ""):
                setattr(self, field, value)

    # Dates ---------------------------------------------------------------------------------------------------
    @property
    def start_local(self):
        return timezone.localtime(self.start)

    @property
    def end_local(self):
        return timezone.localtime(self.end)

    @property
    def is_multi_day(self):
        return self.start_local.date() != self.end_local.date()

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    # Registration ---------------------------------------------------------------------------------------------
    @cached_property
    def registration_event(self):
        """Registrations are shared by every language: they belong to the event in the default language."""
        default = default_locale()
        if self.locale_id == default.pk:
            return self
        return self.get_translation_or_none(default) or self

    @cached_property
    def confirmed_count(self):
        if self.registration_event.pk is None:  # previewed before it was first saved: nobody registered yet
            return 0
        return self.registration_event.registrations.filter(status=enums.RegistrationStatus.CONFIRMED).count()

    def registration_state(self, now=None):
        """ "open", "waiting" (full, waiting list open), "full", "closed" or "" (no registration on this site)."""
        # The facts of the French event: a translation holds a copy only as fresh as its last update.
        event = self.registration_event
        if event.registration != enums.RegistrationMode.FORM:
            return ""
        now = now or timezone.now()
        if now >= (event.registration_deadline or event.start):
            return "closed"
        if self.confirmed_count < (event.capacity or 0):
            return "open"
        return "waiting" if event.waiting_list else "full"

    def seats_left(self):
        return max((self.registration_event.capacity or 0) - self.confirmed_count, 0)

    # Display --------------------------------------------------------------------------------------------------
    @property
    def card_summary(self):
        return self.listing_summary or self.intro

    @property
    def address_lines(self):
        """Where the event takes place, line by line: the place's name, the room, the street, the town."""
        if self.where == enums.Where.ONLINE:
            return []
        place = self.place_in_language
        town = " ".join(part for part in [self.postcode, self.commune] if part)
        lines = [place.title if place else "", self.venue, self.address, town]
        return [line for n, line in enumerate(lines) if line and line not in lines[:n]]

    @property
    def where_label(self):
        if self.where == enums.Where.ONLINE:
            return str(_("En ligne"))
        return self.commune or self.address

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context.update(
            is_past=self.is_past(now),
            registration_state=self.registration_state(now),
            place_page=self.place_in_language,
            event_json_ld=self.json_ld(request),
        )
        if context["registration_state"] in ("open", "waiting"):
            from ..forms import RegistrationForm

            context["form"] = RegistrationForm()
        return context

    @cached_property
    def place_in_language(self):
        if self.where != enums.Where.PLACE or not self.place_id:
            return None
        # A plain page is enough (its title and address): the events app does not need to know the places app.
        place = Page.objects.filter(pk=self.place_id).first()
        if place is not None and place.locale_id != self.locale_id:
            place = place.get_translation_or_none(self.locale_id) or place
        return place

    def json_ld(self, request):
        """schema.org Event, for search engines and calendars that read structured data."""
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.intro,
            "startDate": self.start_local.date().isoformat() if self.all_day else self.start_local.isoformat(),
            "endDate": self.end_local.date().isoformat() if self.all_day else self.end_local.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "inLanguage": translation.get_language(),
            "url": request.build_absolute_uri(self.get_url(request)),
            "organizer": {"@type": "Organization", "name": self.organiser},
            "isAccessibleForFree": self.is_free,
        }
        if self.where == enums.Where.ONLINE:
            data["eventAttendanceMode"] = "https://schema.org/OnlineEventAttendanceMode"
            data["location"] = {"@type": "VirtualLocation", "url": data["url"]}
        else:
            data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
            location = {
                "@type": "Place",
                "name": self.venue or (self.place_in_language.title if self.place_in_language else self.commune),
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": self.address,
                    "postalCode": self.postcode,
                    "addressLocality": self.commune,
                    "addressCountry": "FR",
                },
            }
            if self.latitude is not None and self.longitude is not None:
                location["geo"] = {"@type": "GeoCoordinates", "latitude": self.latitude, "longitude": self.longitude}
            data["location"] = location
        if self.image_id:
            data["image"] = request.build_absolute_uri(self.image.get_rendition("width-1200|format-jpeg").url)
        if not self.is_free and self.price:
            data["offers"] = {"@type": "Offer", "description": self.price, "url": data["url"]}
        return json_ld(data)

    # Routes ---------------------------------------------------------------------------------------------------
    @path("")
    def event_view(self, request):
        return self.render(request)

    @path("inscription/")
    def registration_view(self, request):
        from ..views import registration_form

        return registration_form(request, self)

    @path("annuler/")
    def cancel_view(self, request):
        from ..views import cancel_form

        return cancel_form(request, self)

    @path("calendrier/")
    def ics_view(self, request):
        from ..calendar import ics_response

        return ics_response([self], request, filename=f"{self.slug}.ics")


def upcoming_events_at(place, limit=5):
    """The next events held at a place of the directory, each in the place's language when it is translated, else
    in French (events point to the place in the default language).

    Asked by the place pages' template (`events_at`), so that the places app does not depend on this one.
    """
    languages = {place.locale_id, default_locale().pk}
    events = (
        EventPage.objects.live()
        .public()
        .filter(place__translation_key=place.translation_key, end__gte=timezone.now(), locale_id__in=languages)
        .order_by("start")
    )
    chosen = {}
    for event in events[: limit * len(languages)]:
        if event.translation_key not in chosen or event.locale_id == place.locale_id:
            chosen[event.translation_key] = event
    return sorted(chosen.values(), key=lambda event: event.start)[:limit]

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .. import enums
from ..contacts import fold_name, format_code, new_booking_code, normalise_email, normalise_phone

ACTIVE = ~Q(status="annulee")


def new_token():
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    """One person's registration to an event: only what the organiser needs, deleted after the retention period.

    A confirmed registration holds a seat number between 1 and the event's capacity; the database refuses the same
    seat twice for an event, so that two people registering at the same moment cannot both get the last seat.

    The contact is an e-mail address, a phone number or both (many people we serve have no e-mail address). The
    database also refuses a second active registration of the same person: same event, same name once folded
    (`name_key`) and the same e-mail address or the same phone number once normalised (`phone_key`). An aidant who
    registers someone else gives the person's name and their own contact, and is kept in `registered_by`.
    """

    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("événement"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("nom"), max_length=120)
    email = models.EmailField(_("courriel"), max_length=254, blank=True)
    phone = models.CharField(_("téléphone"), max_length=20, blank=True)
    registered_by = models.CharField(
        _("inscrit par"),
        max_length=120,
        blank=True,
        help_text=_(
            "Quand un aidant ou un proche a inscrit la personne : son nom. Le courriel et le téléphone sont alors les siens."
        ),
    )
    needs = models.TextField(_("besoins particuliers"), max_length=500, blank=True)
    language = models.CharField(_("langue"), max_length=8, default="fr")
    status = models.CharField(_("état"), max_length=12, choices=enums.RegistrationStatus.choices)
    seat = models.PositiveIntegerField(_("place n°"), null=True, blank=True, editable=False)
    to_call = models.BooleanField(
        _("à appeler"),
        default=False,
        editable=False,
        help_text=_("Inscrit sans courriel : les messages (place libérée, changement) se font par téléphone."),
    )
    booking_code = models.CharField(
        _("code d'inscription"), max_length=8, unique=True, default=new_booking_code, editable=False
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    name_key = models.CharField(max_length=120, editable=False)
    phone_key = models.CharField(max_length=20, blank=True, editable=False)
    created_at = models.DateTimeField(_("inscrit le"), auto_now_add=True, db_index=True)
    promoted_at = models.DateTimeField(_("sorti de la liste d'attente le"), null=True, blank=True, editable=False)
    cancelled_at = models.DateTimeField(_("annulé le"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "seat"], name="one_registration_per_seat"),
            models.UniqueConstraint(
                fields=["event", "name_key", "email"],
                condition=ACTIVE & ~Q(email=""),
                name="one_active_registration_per_person_and_email",
            ),
            models.UniqueConstraint(
                fields=["event", "name_key", "phone_key"],
                condition=ACTIVE & ~Q(phone_key=""),
                name="one_active_registration_per_person_and_phone",
            ),
            models.CheckConstraint(condition=~Q(email="") | ~Q(phone_key=""), name="registration_has_email_or_phone"),
            models.CheckConstraint(
                condition=Q(status="confirmee", seat__isnull=False) | (~Q(status="confirmee") & Q(seat__isnull=True)),
                name="seat_only_when_confirmed",
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event.title}"

    @property
    def phone_to_call(self):
        """The number the organiser calls, for people registered without an e-mail address (admin list)."""
        return self.phone if self.to_call else ""

    @property
    def code_display(self):
        return format_code(self.booking_code)

    def normalise(self):
        """The keys the database compares, from what was typed (also after an edit in the admin)."""
        self.email = normalise_email(self.email)
        self.name_key = fold_name(self.name)
        self.phone_key = normalise_phone(self.phone)
        self.to_call = not self.email

    def duplicates(self):
        """Other active registrations of the same person (name and e-mail, or name and phone) at this event."""
        self.normalise()
        same_contact = Q(pk__in=[])
        if self.email:
            same_contact |= Q(email=self.email)
        if self.phone_key:
            same_contact |= Q(phone_key=self.phone_key)
        others = Registration.objects.filter(ACTIVE, same_contact, event_id=self.event_id, name_key=self.name_key)
        return others.exclude(pk=self.pk) if self.pk else others

    def clean(self):
        """Edits in the admin: the database rules, said on the fields instead of an error page."""
        super().clean()
        self.normalise()
        if not (self.email or self.phone_key):
            raise ValidationError({"phone": _("Indiquez un téléphone ou un courriel : l'un des deux au moins.")})
        if self.status != enums.RegistrationStatus.CANCELLED and self.event_id and self.duplicates().exists():
            raise ValidationError({"name": _("Cette personne est déjà inscrite à cet événement avec ce contact.")})

    def save(self, *args, **kwargs):
        self.normalise()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "email", "name_key", "phone_key", "to_call"}
        super().save(*args, **kwargs)

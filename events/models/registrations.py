import secrets

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .. import enums


def new_token():
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    """One person's registration to an event: only what the organiser needs, deleted after the retention period.

    A confirmed registration holds a seat number between 1 and the event's capacity; the database refuses the same
    seat twice for an event, so that two people registering at the same moment cannot both get the last seat.
    """

    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("événement"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("nom"), max_length=120)
    email = models.EmailField(_("courriel"), max_length=254)
    phone = models.CharField(_("téléphone"), max_length=20, blank=True)
    needs = models.TextField(_("besoins particuliers"), max_length=500, blank=True)
    language = models.CharField(_("langue"), max_length=8, default="fr")
    status = models.CharField(_("état"), max_length=12, choices=enums.RegistrationStatus.choices)
    seat = models.PositiveIntegerField(_("place n°"), null=True, blank=True, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
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
                fields=["event", "email"],
                condition=~Q(status="annulee"),
                name="one_active_registration_per_email",
            ),
            models.CheckConstraint(
                condition=Q(status="confirmee", seat__isnull=False) | (~Q(status="confirmee") & Q(seat__isnull=True)),
                name="seat_only_when_confirmed",
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event.title}"

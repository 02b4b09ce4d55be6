from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceErrorReport(models.Model):
    """A visitor's report that something is wrong on a place page, for editors to check."""

    place = models.ForeignKey(
        "places.MediationPlacePage", verbose_name=_("lieu"), on_delete=models.CASCADE, related_name="error_reports"
    )
    message = models.TextField(_("message"), max_length=2000)
    email = models.EmailField(
        _("courriel"), blank=True, help_text=_("Facultatif, seulement pour répondre à la personne.")
    )
    created_at = models.DateTimeField(_("reçu le"), auto_now_add=True, db_index=True)
    handled = models.BooleanField(_("traité"), default=False)

    class Meta:
        verbose_name = _("signalement d'erreur")
        verbose_name_plural = _("signalements d'erreur")
        ordering = ["handled", "-created_at"]

    def __str__(self):
        return f"{self.place.title} – {self.created_at:%d/%m/%Y}"

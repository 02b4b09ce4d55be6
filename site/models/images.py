from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """Our image model, from the first migration: the alternative text lives with the image and is compulsory."""

    # Wagtail uses `description` as the image's default alt text: we make it required and say what it is for.
    description = models.CharField(
        _("texte alternatif"),
        max_length=255,
        help_text=_(
            "Décrivez ce que montre l'image pour une personne qui ne la voit pas "
            "(lue par les lecteurs d'écran). Exemple : « Une conseillère aide une dame à remplir un formulaire "
            "sur ordinateur »."
        ),
    )
    credit = models.CharField(
        _("crédit"),
        max_length=255,
        blank=True,
        help_text=_("Auteur ou source de l'image, affiché sous l'image si renseigné."),
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

"""The public "report an error" form: validated, stored, and protected against spam and flooding."""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

MIN_SECONDS = 3  # a person needs more than this to read the form and type a message
MAX_AGE = 60 * 60 * 6


class ErrorReportForm(forms.Form):
    message = forms.CharField(
        label=_("Qu'est-ce qui est faux ou manque ?"),
        help_text=_("Par exemple : les horaires ont changé, le lieu a déménagé, le téléphone ne répond pas."),
        widget=forms.Textarea(attrs={"rows": 5}),
        min_length=5,
        max_length=2000,
    )
    email = forms.EmailField(
        label=_("Votre courriel (facultatif)"),
        help_text=_("Seulement si vous voulez une réponse. Nous l'effaçons une fois le signalement traité."),
        required=False,
        max_length=254,
    )
    # Left empty by people (hidden from them); robots fill it in.
    website = forms.CharField(required=False, label=_("Ne remplissez pas ce champ"))
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["token"] = signing.dumps(time.time(), salt="place-report")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(_("Votre message n'a pas pu être envoyé."), code="spam")
        try:
            started = signing.loads(cleaned.get("token", ""), salt="place-report", max_age=MAX_AGE)
        except signing.BadSignature:
            raise forms.ValidationError(
                _("Le formulaire a expiré. Copiez votre message, rechargez la page et envoyez-le à nouveau."),
                code="expired",
            ) from None
        if time.time() - float(started) < MIN_SECONDS:
            raise forms.ValidationError(_("Votre message n'a pas pu être envoyé. Réessayez."), code="too_fast")
        return cleaned

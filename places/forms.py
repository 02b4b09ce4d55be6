"""The public "report an error" form: validated, stored, and protected against spam and flooding."""

from django import forms
from django.utils.translation import gettext_lazy as _

from proxinum.forms import ProtectedForm


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

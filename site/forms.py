"""What every public form shares: protection against robots without a CAPTCHA (which many of our visitors fail)."""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

MIN_SECONDS = 3  # a person needs more than this to read a form and fill it in
MAX_AGE = 60 * 60 * 6


class ProtectedForm(forms.Form):
    """A honeypot field people never see, and a signed time token: too fast or too old is refused, clearly."""

    token_salt = "proxinum-form"
    spam_message = _("Votre message n'a pas pu être envoyé.")
    too_fast_message = _("Votre message n'a pas pu être envoyé. Réessayez.")
    expired_message = _("Le formulaire a expiré. Copiez votre message, rechargez la page et envoyez-le à nouveau.")

    # Left empty by people (hidden from them); robots fill it in.
    website = forms.CharField(required=False, label=_("Ne remplissez pas ce champ"))
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["token"] = signing.dumps(time.time(), salt=self.token_salt)

    def full_clean(self):
        super().full_clean()
        # Screen readers announce a field's error with its hint (ids as in includes/form_field.html).
        for name in self.errors:
            if name in self.fields:
                field, auto_id = self.fields[name], self[name].auto_id
                described = [f"{auto_id}_helptext"] if field.help_text else []
                field.widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": " ".join([*described, f"{auto_id}_error"])}
                )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(self.spam_message, code="spam")
        try:
            started = signing.loads(cleaned.get("token", ""), salt=self.token_salt, max_age=MAX_AGE)
        except signing.BadSignature:
            raise forms.ValidationError(self.expired_message, code="expired") from None
        if time.time() - float(started) < MIN_SECONDS:
            raise forms.ValidationError(self.too_fast_message, code="too_fast")
        return cleaned

"""What every public form shares: protection against robots without a CAPTCHA (which many of our visitors fail)."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

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

    # Per-address limit of submissions: the django-ratelimit group, and the setting that holds the rate ("5/h").
    rate_group = ""
    rate_setting = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields([name for name in self.fields if name not in ("website", "token")])  # ours come last
        if not self.is_bound:
            self.initial["token"] = signing.dumps(time.time(), salt=self.token_salt)

    def rate_limited(self, request):
        """Counts this POST for the visitor's address; True once the address has sent too many."""
        rate = getattr(settings, self.rate_setting)
        return is_ratelimited(request, group=self.rate_group, key="ip", rate=rate, method="POST", increment=True)

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

"""What every public form shares: protection against robots without a CAPTCHA (which many of our visitors fail)."""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

MAX_AGE = 60 * 60 * 6


class ErrorSummaryMixin:
    """`error_summary()`: the errors listed at the top of a form (each a link to its field), in the fields' order."""

    # Fields never named in the summary (ours, hidden from people), and fields whose message says it all.
    fields_not_summarised = ("website", "token")
    fields_summarised_without_label = ()
    # Non-field errors that are not the person's mistakes (shown apart, see ProtectedForm.retry_message).
    token_error_codes = ()

    def error_summary(self):
        """[(field id or "", label, message)], non-field errors first."""
        items = []
        for error in self.non_field_errors().as_data():
            if error.code not in self.token_error_codes:
                items.extend(("", "", message) for message in error.messages)
        for name in self.fields:
            if name in self.errors and name not in self.fields_not_summarised:
                field = self[name]
                label = "" if name in self.fields_summarised_without_label else field.label
                items.extend((field.id_for_label, label, error) for error in field.errors)
        return items


class ProtectedForm(ErrorSummaryMixin, forms.Form):
    """A honeypot field people never see, and a signed time token: too fast or too old is refused, clearly.

    The token holds the moment the form was served (it is made when the page is rendered). A submission less than
    FORM_MIN_SECONDS later (a setting, 2 s by default: browser autofill can fill a form in and send it within a
    second or two) is refused without being the person's mistake: the form comes back with what was typed and a new
    token (see `retry_message`), and sending it again a moment later works. So does an expired token.
    """

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
    # Errors that come from the time token, not from what the person typed.
    token_error_codes = ("too_fast", "expired")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields([name for name in self.fields if name not in ("website", "token")])  # ours come last
        if not self.is_bound:
            self.initial["token"] = self.new_token()

    def rate_limited(self, request):
        """Counts this POST for the visitor's address; True once the address has sent too many."""
        rate = getattr(settings, self.rate_setting)
        return is_ratelimited(request, group=self.rate_group, key="ip", rate=rate, method="POST", increment=True)

    @classmethod
    def new_token(cls):
        return signing.dumps(time.time(), salt=cls.token_salt)

    @staticmethod
    def min_seconds():
        return float(getattr(settings, "FORM_MIN_SECONDS", 2))

    def renew_token(self):
        """The form comes back with a token of now: sending it again once the delay has passed works."""
        self.data = self.data.copy()
        self.data["token"] = self.new_token()

    @property
    def retry_message(self):
        """The time token's message when that is what stopped the form (too fast, expired), else ""."""
        for error in self.non_field_errors().as_data():
            if error.code in self.token_error_codes:
                return error.messages[0]
        return ""

    @property
    def too_fast(self):
        return self.has_error(NON_FIELD_ERRORS, "too_fast")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise forms.ValidationError(self.spam_message, code="spam")
        try:
            started = signing.loads(cleaned.get("token", ""), salt=self.token_salt, max_age=MAX_AGE)
        except signing.BadSignature:
            self.renew_token()
            raise forms.ValidationError(self.expired_message, code="expired") from None
        if time.time() - float(started) < self.min_seconds():
            self.renew_token()
            raise forms.ValidationError(self.too_fast_message, code="too_fast")
        return cleaned

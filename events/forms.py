from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from proxinum.forms import ProtectedForm

from . import enums


class RegistrationForm(ProtectedForm):
    """Only what the organiser needs to welcome the person (data minimisation)."""

    token_salt = "event-registration"

    name = forms.CharField(
        label=_("Votre nom et prénom"),
        max_length=120,
        min_length=2,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Votre courriel"),
        max_length=254,
        help_text=_("Pour recevoir la confirmation et pouvoir annuler."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.RegexField(
        label=_("Votre téléphone"),
        regex=r"^\+?[0-9 .-]{6,20}$",
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        help_text=_("Seulement pour vous prévenir en cas de changement de dernière minute."),
        error_messages={"invalid": _("Écrivez seulement des chiffres, par exemple 06 12 34 56 78.")},
    )
    needs = forms.CharField(
        label=_("Un besoin particulier ?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Par exemple : accès en fauteuil, interprète en langue des signes, venir avec un enfant."),
    )
    consent = forms.BooleanField(error_messages={"required": _("Cochez cette case pour vous inscrire.")})
    rate_group = "event-registration"
    rate_setting = "EVENT_REGISTRATION_RATE"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "J'accepte que l'organisateur garde ces informations jusqu'à %(days)s jours après l'événement, "
            "puis qu'elles soient effacées."
        ) % {"days": settings.REGISTRATION_RETENTION_DAYS}

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class AgendaFilterForm(forms.Form):
    """The agenda's filters; anything invalid is ignored (and said), never an error page."""

    periode = forms.ChoiceField(
        label=_("Période"),
        choices=[("a-venir", _("À venir")), ("passes", _("Passés"))],
        required=False,
    )
    type = forms.MultipleChoiceField(
        label=_("Type"), choices=enums.EventKind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    public = forms.ChoiceField(
        label=_("Pour qui"), choices=[("", _("Tout le monde")), *enums.EventAudience.choices[:2]], required=False
    )
    commune = forms.ChoiceField(label=_("Commune"), required=False)
    lieu = forms.TypedChoiceField(label=_("Lieu"), required=False, coerce=int, empty_value=None)
    du = forms.DateField(label=_("Du"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    au = forms.DateField(label=_("Au"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, communes=(), places=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].choices = [("", _("Toutes les communes")), *[(name, name) for name in communes]]
        self.fields["lieu"].choices = [("", _("Tous les lieux")), *places]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("du") and cleaned.get("au") and cleaned["au"] < cleaned["du"]:
            self.add_error("au", _("La date de fin doit venir après la date de début."))
        return cleaned

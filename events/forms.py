from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited

from proxinum.forms import ErrorSummaryMixin, ProtectedForm

from . import enums
from .contacts import normalise_code, normalise_email, normalise_phone, phone_problem


class RegistrationForm(ProtectedForm):
    """Only what the organiser needs to welcome the person (data minimisation).

    Every label speaks to the person who fills the form in: their name and their contact. When they register
    someone else (an aidant, a relative), they tick "J'inscris une autre personne" and give that person's name.
    """

    token_salt = "event-registration"
    fields_summarised_without_label = ("consent",)  # its message says it all; its label is long
    too_fast_message = _(
        "Votre inscription n'est pas encore enregistrée. Attendez quelques secondes, puis appuyez à nouveau sur le "
        "bouton d'inscription : ce que vous avez écrit est gardé."
    )
    expired_message = _(
        "Le formulaire a expiré, ce que vous avez écrit est gardé. Vérifiez-le, puis appuyez à nouveau sur le bouton "
        "d'inscription."
    )

    name = forms.CharField(
        label=_("Votre nom et prénom"),
        max_length=120,
        min_length=2,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Écrivez votre nom et votre prénom.")},
    )
    for_someone_else = forms.BooleanField(
        label=_("J'inscris une autre personne"),
        required=False,
        help_text=_("Vous êtes aidant ou proche : écrivez son nom ci-dessous, et vos coordonnées pour vous joindre."),
    )
    other_name = forms.CharField(
        label=_("Nom et prénom de la personne que vous inscrivez"),
        max_length=120,
        min_length=2,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    phone = forms.CharField(
        label=_("Votre téléphone"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        help_text=_("Par exemple 06 12 34 56 78. L'organisateur vous appelle en cas de changement."),
    )
    email = forms.EmailField(
        label=_("Votre courriel"),
        required=False,
        max_length=254,
        help_text=_("Pour recevoir la confirmation et pouvoir annuler."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
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

    def clean_other_name(self):
        return " ".join(self.cleaned_data["other_name"].split())

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def clean_phone(self):
        phone = " ".join(self.cleaned_data["phone"].split())
        problem = phone_problem(phone) if phone else ""
        if problem == "letters":
            raise forms.ValidationError(
                _("Écrivez seulement des chiffres, par exemple 06 12 34 56 78."), code="invalid"
            )
        if problem == "length":
            raise forms.ValidationError(
                _(
                    "Ce numéro n'a pas le bon nombre de chiffres. Un numéro français en a 10, par exemple "
                    "06 12 34 56 78 ; un numéro d'un autre pays commence par + et son indicatif."
                ),
                code="invalid",
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        if self.has_error("phone") or self.has_error("email"):
            pass  # the field says what is wrong
        elif not (cleaned.get("phone") or cleaned.get("email")):
            self.add_error(
                "phone", _("Indiquez un téléphone ou un courriel : l'un des deux au moins, pour vous joindre.")
            )
        if cleaned.get("for_someone_else"):
            if not cleaned.get("other_name") and not self.has_error("other_name"):
                self.add_error("other_name", _("Écrivez le nom et le prénom de la personne que vous inscrivez."))
        else:
            cleaned["other_name"] = ""  # hidden while the box is not ticked: not used
            self.errors.pop("other_name", None)
        return cleaned

    def registration_fields(self):
        """The keyword arguments of registration.register(): the person who comes, and who registered them."""
        data = self.cleaned_data
        someone_else = bool(data.get("for_someone_else") and data.get("other_name"))
        return {
            "name": data["other_name"] if someone_else else data["name"],
            "registered_by": data["name"] if someone_else else "",
            "email": data["email"],
            "phone": data["phone"],
            "needs": data["needs"],
        }

    def contact_rate_limited(self, request, event):
        """Counts this registration for its contact at this event; True once that contact has registered too many
        people within the period of EVENT_REGISTRATION_CONTACT_RATE (an aidant registers a few, a robot many)."""
        data = self.cleaned_data
        keys = [f"e:{data['email']}"] if data["email"] else []
        if data["phone"]:
            keys.append(f"t:{normalise_phone(data['phone'])}")
        limited = False
        for key in keys:
            limited |= is_ratelimited(
                request,
                group="event-registration-contact",
                # Hashed by django-ratelimit into a cache key that expires with the period: no contact is stored.
                key=lambda _group, _request, key=f"{event.pk}:{key}": key,
                rate=settings.EVENT_REGISTRATION_CONTACT_RATE,
                method="POST",
                increment=True,
            )
        return limited


class CancelForm(ErrorSummaryMixin, forms.Form):
    """ "Annuler mon inscription" without an e-mail: the booking code and the phone number (or e-mail address)."""

    code = forms.CharField(
        label=_("Votre code d'inscription"),
        max_length=20,
        help_text=_("8 lettres et chiffres, donnés à l'inscription. Par exemple : K7MP-3XQ9."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        error_messages={"required": _("Écrivez le code donné à l'inscription.")},
    )
    contact = forms.CharField(
        label=_("Votre téléphone"),
        max_length=254,
        help_text=_("Le numéro donné à l'inscription."),  # an e-mail address given then works too
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        error_messages={"required": _("Écrivez le numéro de téléphone donné à l'inscription.")},
    )

    def clean_code(self):
        return normalise_code(self.cleaned_data["code"])

    def matching(self, registrations):
        """Registrations (of one event) this code or this contact could be about, and the one both designate."""
        code, contact = self.cleaned_data["code"], self.cleaned_data["contact"].strip()
        email, phone = (normalise_email(contact), "") if "@" in contact else ("", normalise_phone(contact))
        by_contact = Q(email=email) if email else (Q(phone_key=phone) if phone else Q(pk__in=[]))
        candidates = list(registrations.filter(Q(booking_code=code) | (by_contact & ~Q(status="annulee"))))
        match = next(
            (
                registration
                for registration in candidates
                if registration.booking_code == code
                and ((email and registration.email == email) or (phone and registration.phone_key == phone))
            ),
            None,
        )
        return candidates, match


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

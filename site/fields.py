"""Multi-valued fields, stored as the open-data standard writes them: values joined by "|".

Used by places (services, publics...) and resources (devices, a guide's services). In the database the value is
wrapped in separators ("|Gratuit|Payant|") so that filtering on one value is a plain, portable `contains` lookup
on SQLite and PostgreSQL: see `has_value()`.
"""

from django import forms
from django.core import exceptions
from django.db import models
from django.db.models import Q

SEPARATOR = "|"


def split_values(value):
    if value is None:
        return []
    items = value if isinstance(value, list | tuple) else str(value).split(SEPARATOR)
    return [item.strip() for item in items if item and item.strip()]


def has_value(field_name, value):
    """Q object: the multi-valued field `field_name` contains `value`."""
    return Q(**{f"{field_name}__contains": f"{SEPARATOR}{value}{SEPARATOR}"})


class PipeListField(models.TextField):
    """A list of strings; `choices` (optional) closes the list, `item_validators` check each free value."""

    def __init__(self, *args, item_validators=(), **kwargs):
        self.item_validators = list(item_validators)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("default") is list:
            kwargs.pop("default")
        kwargs.pop("blank", None)
        if self.item_validators:
            kwargs["item_validators"] = self.item_validators
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return split_values(value)

    def to_python(self, value):
        return split_values(value)

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value  # lookups: already a pattern such as "|Gratuit|"
        values = split_values(value)
        return f"{SEPARATOR}{SEPARATOR.join(values)}{SEPARATOR}" if values else ""

    def value_to_string(self, obj):
        return SEPARATOR.join(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.editable:
            return
        if self.choices:
            allowed = {str(choice) for choice, _label in self.flatchoices}
            for item in value:
                if item not in allowed:
                    raise exceptions.ValidationError(
                        self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                    )
        for item in value:
            for validator in self.item_validators:
                validator(item)
        if not self.blank and not value:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        if self.choices:
            defaults = {
                "form_class": forms.TypedMultipleChoiceField,
                "choices": self.choices,
                "widget": forms.CheckboxSelectMultiple,
                "required": not self.blank,
                "label": self.verbose_name,
                "help_text": self.help_text,
            }
            defaults.update(kwargs)
            form_class = defaults.pop("form_class")
            return form_class(**{k: v for k, v in defaults.items() if k != "choices_form_class"})
        return LinesFormField(required=not self.blank, label=self.verbose_name, help_text=self.help_text, **kwargs)


class LinesFormField(forms.CharField):
    """Free values typed one per line in the admin."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        return "\n".join(split_values(value)) if isinstance(value, list | tuple) else value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [line.strip() for line in (value or "").replace(SEPARATOR, "\n").splitlines() if line.strip()]

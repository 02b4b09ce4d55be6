"""Registering with a phone number or an e-mail address: contact keys, booking codes, who registered.

A registration was a duplicate when it had the e-mail address of an active one; it is now one when it has the same
folded name and the same e-mail address or the same phone number (see events/contacts.py). Existing rows get their
keys and a booking code here; the constraints come in 0004, once every row has them.
"""

from django.db import migrations, models


def fill_keys(apps, schema_editor):
    from events.contacts import fold_name, new_booking_code, normalise_email, normalise_phone

    Registration = apps.get_model("events", "Registration")
    codes = set()
    active = {}  # (event, name_key, "e"/"t", value) -> pk of the first active registration with it
    for registration in Registration.objects.order_by("created_at", "pk").iterator():
        registration.email = normalise_email(registration.email)
        registration.name_key = fold_name(registration.name)
        registration.phone_key = normalise_phone(registration.phone)
        registration.to_call = not registration.email
        code = new_booking_code()
        while code in codes:
            code = new_booking_code()
        codes.add(code)
        registration.booking_code = code
        if registration.status != "annulee":
            keys = [("e", registration.email)] if registration.email else []
            keys += [("t", registration.phone_key)] if registration.phone_key else []
            keys = [(registration.event_id, registration.name_key, kind, value) for kind, value in keys]
            if any(key in active for key in keys):
                # Registered twice under the old rule (one e-mail address each, same name and phone): both are kept
                # for the organiser to sort out; the later one stays out of the new rule's comparisons (an edit in
                # the admin says it is a duplicate).
                registration.name_key = f"{registration.name_key} #{registration.pk}"[:120]
            else:
                active.update((key, registration.pk) for key in keys)
        Registration.objects.filter(pk=registration.pk).update(
            email=registration.email,
            name_key=registration.name_key,
            phone_key=registration.phone_key,
            to_call=registration.to_call,
            booking_code=registration.booking_code,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_events_and_registrations"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="registration",
            name="one_active_registration_per_email",
        ),
        migrations.AlterField(
            model_name="registration",
            name="email",
            field=models.EmailField(blank=True, max_length=254, verbose_name="courriel"),
        ),
        migrations.AddField(
            model_name="registration",
            name="registered_by",
            field=models.CharField(
                blank=True,
                help_text="Quand un aidant ou un proche a inscrit la personne : son nom. Le courriel et le téléphone "
                "sont alors les siens.",
                max_length=120,
                verbose_name="inscrit par",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="to_call",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Inscrit sans courriel : les messages (place libérée, changement) se font par téléphone.",
                verbose_name="à appeler",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="name_key",
            field=models.CharField(default="", editable=False, max_length=120),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="registration",
            name="phone_key",
            field=models.CharField(blank=True, editable=False, max_length=20),
        ),
        migrations.AddField(
            model_name="registration",
            name="booking_code",
            field=models.CharField(editable=False, max_length=8, null=True, verbose_name="code d'inscription"),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop, elidable=False),
    ]

from django.db import migrations, models

import events.contacts


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_registration_phone_or_email"),
    ]

    operations = [
        migrations.AlterField(
            model_name="registration",
            name="booking_code",
            field=models.CharField(
                default=events.contacts.new_booking_code,
                editable=False,
                max_length=8,
                unique=True,
                verbose_name="code d'inscription",
            ),
        ),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.UniqueConstraint(
                condition=models.Q(
                    models.Q(("status", "annulee"), _negated=True), models.Q(("email", ""), _negated=True)
                ),
                fields=("event", "name_key", "email"),
                name="one_active_registration_per_person_and_email",
            ),
        ),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.UniqueConstraint(
                condition=models.Q(
                    models.Q(("status", "annulee"), _negated=True), models.Q(("phone_key", ""), _negated=True)
                ),
                fields=("event", "name_key", "phone_key"),
                name="one_active_registration_per_person_and_phone",
            ),
        ),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("email", ""), _negated=True), models.Q(("phone_key", ""), _negated=True), _connector="OR"
                ),
                name="registration_has_email_or_phone",
            ),
        ),
    ]

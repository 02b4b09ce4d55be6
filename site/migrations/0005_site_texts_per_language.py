# Moves the texts that change with the language out of the site settings (one per site, not translatable) into
# a translatable snippet: the French texts are copied, then the settings' fields removed.

import django.db.models.deletion
import uuid
from django.db import migrations, models


def copy_texts_to_the_default_language(apps, schema_editor):
    from django.conf import settings

    SiteSettings = apps.get_model("proxinum", "SiteSettings")
    SiteTexts = apps.get_model("proxinum", "SiteTexts")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None:  # a database without pages yet: nothing to copy
        return
    for site_settings in SiteSettings.objects.all():
        SiteTexts.objects.update_or_create(
            site_id=site_settings.site_id,
            locale=locale,
            defaults={
                "tagline": site_settings.tagline,
                "contact_phone_hours": site_settings.contact_phone_hours,
                "contact_address": site_settings.contact_address,
            },
        )


def copy_texts_back(apps, schema_editor):
    from django.conf import settings

    SiteSettings = apps.get_model("proxinum", "SiteSettings")
    SiteTexts = apps.get_model("proxinum", "SiteTexts")
    for texts in SiteTexts.objects.filter(locale__language_code=settings.LANGUAGE_CODE):
        SiteSettings.objects.filter(site_id=texts.site_id).update(
            tagline=texts.tagline, contact_phone_hours=texts.contact_phone_hours, contact_address=texts.contact_address
        )


class Migration(migrations.Migration):

    dependencies = [
        ('proxinum', '0004_postgresql_french_search'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='SiteTexts',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('tagline', models.CharField(blank=True, help_text="Phrase courte sous le nom du site. Vide : « L'aide au numérique près de chez vous », traduite.", max_length=140, verbose_name='accroche')),
                ('contact_phone_hours', models.CharField(blank=True, help_text='Par exemple : du lundi au vendredi, 9 h – 17 h.', max_length=120, verbose_name='horaires du téléphone')),
                ('contact_address', models.TextField(blank=True, help_text="Le nom du réseau puis l'adresse, une ligne par ligne de l'adresse.", verbose_name='adresse postale')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('site', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.site', verbose_name='site')),
            ],
            options={
                'verbose_name': 'textes du site',
                'verbose_name_plural': 'textes du site',
                'abstract': False,
                'unique_together': {('site', 'locale'), ('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(copy_texts_to_the_default_language, copy_texts_back),
        migrations.RemoveField(
            model_name='sitesettings',
            name='contact_address',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='contact_phone_hours',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='tagline',
        ),
    ]

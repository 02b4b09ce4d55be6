"""Create N realistic synthetic places across France, for scale and speed work (`make bench`).

Places are spread over real communes in proportion to their population, with plausible services, hours and
contacts, and marked as demo data. Pages are written in bulk (a few seconds for 25,000), without revisions:
they are live and behave like imported places in the finder, the API and the exports.
"""

import random
import uuid
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from places import enums, hours
from places.models import Commune, MediationPlacePage, PlaceIndexPage
from places.models.places import refresh_place_statistics
from proxinum.services import Service

KINDS = [
    ("Médiathèque", ["BIB"]),
    ("Espace public numérique", ["EPN"]),
    ("France Services", ["RFS"]),
    ("CCAS", ["CCAS"]),
    ("Centre social", ["CS"]),
    ("Maison de quartier", ["MQ"]),
    ("Tiers-lieu numérique", ["TIERS_LIEUX"]),
    ("Association d'aide numérique", ["ASSO"]),
]
HOURS = [
    "Mo-Fr 09:00-12:00,14:00-17:00; PH off",
    "Mo-Fr 08:30-12:00,13:30-17:00; PH off",
    "Tu-Sa 10:00-18:00; PH off",
    "Tu,Th 14:00-18:00; We,Sa 10:00-12:00,14:00-18:00; PH off",
    "Mo,We,Fr 09:00-12:00; PH off",
    "Mo-Fr 13:30-17:30; Sa 09:00-12:00; PH off",
    "week 1-53/2 Tu 09:00-12:00; PH off",
    "",
]
STREETS = ["rue de la République", "place de la Mairie", "avenue Jean Jaurès", "rue Victor Hugo", "rue de l'Église",
           "boulevard Gambetta", "place du Marché", "rue Pasteur", "allée des Tilleuls", "rue du Stade"]  # fmt: skip


def pick(rng, values, low, high):
    return rng.sample(list(values), rng.randint(low, min(high, len(values))))


class Command(BaseCommand):
    help = "Create N synthetic mediation places spread across France (marked as demo data)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=2026, help="Same seed, same places.")

    def handle(self, *args, count, seed, **options):
        if count < 1:
            raise CommandError("--count must be at least 1")
        parent = PlaceIndexPage.objects.filter(locale__language_code="fr").first()
        if parent is None:
            raise CommandError("No French place finder page: run load_demo first.")
        communes = list(
            Commune.objects.filter(population__gt=0).values_list(
                "name", "insee_code", "latitude", "longitude", "population"
            )
        )
        if not communes:
            raise CommandError("The gazetteer is empty: run load_gazetteer first.")
        postcodes = dict(Commune.objects.filter(postcodes__isnull=False).values_list("insee_code", "postcodes__code"))
        rng = random.Random(seed)
        chosen = rng.choices(communes, weights=[row[4] for row in communes], k=count)
        with transaction.atomic():
            created = self.create(parent, chosen, postcodes, rng)
        refresh_place_statistics()
        self.stdout.write(f"{created} synthetic places created under {parent.url_path}")

    def create(self, parent, chosen, postcodes, rng):
        content_type = MediationPlacePage().cached_content_type
        parent = Page.objects.select_for_update().get(pk=parent.pk)
        last = parent.get_last_child()
        position = Page._str2int(last.path[-Page.steplen :]) if last else 0
        now = timezone.now()
        weekend = {expression: hours.open_on_weekend(expression, weeks=4) for expression in HOURS}
        base_pages, details = [], []
        for name, insee, lat, lon, _population in chosen:
            kind, typology = rng.choice(KINDS)
            title = f"{kind} de {name}"
            token = uuid.uuid4().hex[:8]
            slug = slugify(f"{title}-{token}")[:255]
            position += 1
            path = Page._get_path(parent.path, parent.depth + 1, position)
            base_pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    path=path,
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=content_type,
                    locale_id=parent.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    translation_key=uuid.uuid4(),
                )  # fmt: skip
            )
            expression = rng.choice(HOURS)
            details.append(
                {
                    "place_id": f"synthetique-{token}",
                    "pivot": "00000000000000",
                    "typology": typology,
                    "phone": "+33199001234",
                    "emails": [f"contact-{token}@proxinum.example.org"],
                    "source": "Proxinum (synthétique)",
                    "services": pick(rng, Service.values, 1, 4),
                    "publics": pick(rng, enums.Public.values, 0, 2),
                    "specific_support": pick(rng, enums.SpecificSupport.values, 0, 2),
                    "fees": [
                        rng.choice([enums.Fee.FREE, enums.Fee.FREE, enums.Fee.FREE_UNDER_CONDITIONS, enums.Fee.PAID])
                    ],
                    "national_programmes": pick(rng, enums.NationalProgramme.values, 0, 2),
                    "access_modes": pick(rng, enums.AccessMode.values[:4], 1, 2),
                    "support_modes": pick(rng, enums.SupportMode.values, 1, 2),
                    "itinerance": [enums.Itinerance.FIXED],
                    "summary": f"{kind} : aide pour utiliser un ordinateur, un téléphone et faire ses démarches.",
                    "address": f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
                    "postcode": postcodes.get(insee, "00000"),
                    "commune": name,
                    "insee_code": insee,
                    "opening_hours": expression,
                    "opens_on_weekend": weekend[expression],
                    "updated_on": date(2026, rng.randint(1, 11), rng.randint(1, 28)),
                    "is_demo": True,
                    "lat": round(lat + rng.uniform(-0.02, 0.02), 6),
                    "lon": round(lon + rng.uniform(-0.02, 0.02), 6),
                }
            )
        Page.objects.bulk_create(base_pages, batch_size=1000)
        ids = dict(Page.objects.filter(path__in=[page.path for page in base_pages]).values_list("path", "pk"))
        for page, values in zip(base_pages, details, strict=True):
            lat, lon = values.pop("lat"), values.pop("lon")
            place = MediationPlacePage(page_ptr_id=ids[page.path], **values)
            place.set_point(lat, lon)
            # Only the places table: the page row above is already written.
            place.save_base(raw=True)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(base_pages))
        return len(base_pages)

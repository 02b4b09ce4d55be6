"""Every page type of the project can be created, edited and previewed in the Wagtail admin, as an editor does it.

The page types are discovered (every Page model of the project's own apps), not listed: a new page type fails
`test_every_page_type_has_its_form_data` until `FORM_DATA` below says what an editor would type for it. Each one is
created with « Publier » under a parent of an allowed type, previewed before it was saved, edited (a new title,
published again) and previewed again, with Wagtail's page test assertions and form data helpers.
"""

from datetime import timedelta
from functools import cached_property
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from wagtail.coreutils import get_dummy_request
from wagtail.models import Locale, Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventIndexPage, EventPage
from home.models import HomePage, SearchPage, StandardPage
from places.models import MediationPlacePage, MobileStopPage, MobileTourPage, PlaceIndexPage
from resources.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GuidePage,
    LearningPathPage,
    ResourceIndexPage,
    TutorialPage,
)
from tests.places.factories import MediationPlacePageFactory, MobileTourPageFactory
from tests.resources.factories import ThemeFactory, TutorialPageFactory
from tests.site.factories import HomePageFactory, ImageFactory, home_page

pytestmark = pytest.mark.django_db


def project_page_types():
    """The Page models of the project's own apps (those whose code is in this repository, not in a library)."""
    base = Path(settings.BASE_DIR).resolve()
    own_apps = [
        app
        for app in apps.get_app_configs()
        if Path(app.path).resolve().is_relative_to(base) and ".venv" not in Path(app.path).parts
    ]
    models = [model for app in own_apps for model in app.get_models() if issubclass(model, Page)]
    return sorted(models, key=lambda model: model._meta.label)


PAGE_TYPES = project_page_types()
CREATABLE = [model for model in PAGE_TYPES if model.is_creatable]


def label(model):
    return model._meta.label


# What an editor types ------------------------------------------------------------------------------------------------


class Given:
    """What the forms choose among (an image, a place, a tutorial, a theme), made the first time a form asks."""

    @cached_property
    def image(self):
        return ImageFactory(description="Une conseillère numérique aide une dame à remplir un formulaire en ligne")

    @cached_property
    def place(self):
        return MediationPlacePageFactory(title="Médiathèque Louis-Aragon", address="Quai des Anglais")

    @cached_property
    def tutorial(self):
        return TutorialPageFactory(title="Créer une adresse e-mail")

    @cached_property
    def theme(self):
        return ThemeFactory(name="Courriel", slug="courriel")


def paragraph(html):
    return rich_text(html)


def image_use(image, alt_text):
    return {"image": image.pk, "decorative": "", "alt_text": alt_text}


def page_form(title, slug, **fields):
    """The fields every page form has: the title, the slug, the comments and the « Référencement » tab."""
    return {
        "title": title,
        "slug": slug,
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": f"{title} : l'aide au numérique près de chez vous.",
        "listing_title": "",
        "listing_summary": "",
        **fields,
    }


def home_form(given):
    return nested_form_data(
        page_form(
            "Accueil de Port-de-Bouc",
            "accueil-port-de-bouc",
            hero_title="Trouver de l'aide pour le numérique à Port-de-Bouc",
            hero_text="Des personnes vous accueillent, souvent gratuitement, pour vos démarches en ligne.",
            finder_label="Votre code postal ou votre commune",
            body=streamfield([("paragraph", paragraph("<p>Le réseau compte douze lieux d'accueil.</p>"))]),
        )
    )


def standard_form(given):
    return nested_form_data(
        page_form(
            "Devenir bénévole",
            "devenir-benevole",
            intro="Aider une personne à utiliser son téléphone : une heure par semaine suffit.",
            listing_image=given.image.pk,
            body=streamfield(
                [
                    ("heading", {"text": "Ce que vous ferez", "level": "h2"}),
                    ("paragraph", paragraph("<p>Vous accompagnez une personne <b>sans faire à sa place</b>.</p>")),
                    ("callout", {"kind": "tip", "text": paragraph("<p>Aucune compétence technique n'est demandée.</p>")}),
                    ("quote", {"quote": "J'ai appris autant que la personne que j'aidais.", "author": "Nadia, bénévole"}),
                    ("image", {"image": image_use(given.image, "Une bénévole et une dame devant un ordinateur"), "caption": ""}),
                    ("button", {"label": "Trouver un lieu", "page": given.place.pk, "url": ""}),
                ]
            ),
        )
    )  # fmt: skip


def section_form(title, slug, intro):
    def form(given):
        return nested_form_data(page_form(title, slug, intro=intro))

    return form


def place_index_form(given):
    return nested_form_data(
        page_form(
            "Trouver un lieu",
            "lieux",
            intro="Trouvez près de chez vous un lieu où quelqu'un peut vous aider.",
            map_centre_address="Hôtel de ville, Martigues",
            map_centre="SRID=4326;POINT(5.0548 43.4045)",
            map_zoom="12",
        )
    )


SERVICES = {
    "summary": "Aide pour vos démarches en ligne et ateliers pour débuter sur ordinateur.",
    "description": "Un médiateur numérique vous reçoit sans rendez-vous le matin, sur rendez-vous l'après-midi.",
    "phone": "+33442102030",
    "emails": "contact@epn-martigues.example.org",
    "websites": "https://epn-martigues.example.org",
    "booking_url": "",
    "pivot": "21130056300011",
    "parent_structure": "Ville de Martigues",
    "other_training_labels": "",
    "source": "Ville de Martigues",
    "updated_on": "2026-11-01",
    "accessibility_url": "",
}
SERVICE_LISTS = {
    "services": ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien"],
    "publics": ["Seniors"],
    "fees": ["Gratuit"],
    "access_modes": ["Se présenter", "Téléphoner"],
    "support_modes": ["Accompagnement individuel"],
    "national_programmes": ["Conseillers numériques"],
    "spoken_languages": ["fr", "ar"],
}
ADDRESS = {
    "address": "Avenue Louis Sammut",
    "address_complement": "Rez-de-chaussée, porte B",
    "postcode": "13500",
    "commune": "Martigues",
    "insee_code": "13056",
    "location": "SRID=4326;POINT(5.0592 43.4188)",
    "public_transport": "Bus Ulysse ligne 3, arrêt Paradis Saint-Roch.",
    "parking": "Parking gratuit devant l'entrée.",
    "disabled_parking": "True",
}


def place_form(given):
    data = nested_form_data(
        page_form(
            "Espace public numérique de Paradis Saint-Roch",
            "epn-paradis-saint-roch",
            **ADDRESS,
            **SERVICES,
            opening_hours="Mo-Fr 09:00-12:00,14:00-17:30; PH off",
            step_free_entrance="True",
            accessible_toilets="False",
            hearing_loop="",
            sign_language="",
            place_id="",
            photos=inline_formset([{"image": given.image.pk, "caption": "La salle des ordinateurs"}]),
        )
    )
    return {**data, **SERVICE_LISTS, "typology": ["EPN"], "itinerance": ["Fixe"]}


def tour_form(given):
    data = nested_form_data(
        page_form(
            "MairieBus de Martigues",
            "mairiebus-martigues",
            **SERVICES,
            step_free_entrance="True",
            accessible_toilets="False",
            hearing_loop="",
            sign_language="False",
        )
    )
    return {**data, **SERVICE_LISTS, "typology": ["ENM"]}


def stop_form(given):
    return nested_form_data(
        page_form(
            "Carro – place du port",
            "arret-carro",
            **{**ADDRESS, "address": "Place Joseph Tuffet", "location": "SRID=4326;POINT(5.0404 43.3306)"},
            opening_hours="week 1-53/2 Tu 09:00-12:00; PH off",
            place_id="",
        )
    )


CASE_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def case_form(given):
    return nested_form_data(
        page_form(
            "Un bus numérique pour les villages de la Brenne",
            "bus-numerique-brenne",
            collectivity="Communauté de communes Brenne Val de Creuse",
            department_code="36",
            region_code="",
            theme="inclusion-numerique",
            problem=rich_text("<p>Les habitants des villages sont loin des lieux d'aide.</p>", features=CASE_FEATURES),
            context=rich_text("<p>Vingt-neuf communes rurales, peu de transports.</p>", features=CASE_FEATURES),
            hypotheses=rich_text("", features=CASE_FEATURES),
            investigation=rich_text("", features=CASE_FEATURES),
            solutions=rich_text("<p>Un bus équipé passe chaque semaine dans six villages.</p>", features=CASE_FEATURES),
            next_steps=rich_text("", features=CASE_FEATURES),
            sources=streamfield([("paragraph", paragraph("<p>Enquête de terrain de l'ANCT, 2021.</p>"))]),
            source_name="Enquêtes nationales (ANCT, 2021)",
        )
    )


def library_fields(given):
    return {"audience": "public", "level": "je-decouvre", "last_reviewed": "2026-10-15", "featured": "on"}


def tutorial_form(given):
    step = {
        "title": "Ouvrez l'application Gmail",
        "instruction": paragraph("<p>Touchez l'icône <b>Gmail</b> sur l'écran d'accueil.</p>"),
        "image": image_use(given.image, "L'écran d'accueil du téléphone, l'icône Gmail entourée"),
        "callouts": {"count": "0"},
        "video": {"video": "", "captions": "", "transcript": ""},
    }
    data = nested_form_data(
        page_form(
            "Joindre une photo à un e-mail",
            "joindre-une-photo-a-un-e-mail",
            intro="Vous saurez envoyer une photo de votre téléphone par e-mail.",
            duration="15",
            steps=streamfield(
                [
                    ("step", step),
                    ("callout", {"kind": "warning", "text": paragraph("<p>Vérifiez l'adresse avant d'envoyer.</p>")}),
                ]
            ),
            handouts=streamfield([]),
            easy_read=streamfield([("paragraph", "J'ouvre Gmail.\nJe touche le trombone.")]),
            prerequisites=inline_formset([{"tutorial": given.tutorial.pk}]),
            **library_fields(given),
        )
    )
    return {**data, "themes": [given.theme.pk], "devices": ["smartphone"]}


def guide_form(given):
    data = nested_form_data(
        page_form(
            "Faire pour ou faire avec ?",
            "faire-pour-ou-faire-avec",
            intro="Pour les aidants : laisser la personne faire elle-même, à son rythme.",
            body=streamfield(
                [
                    ("heading", {"text": "Quand faire à la place", "level": "h2"}),
                    ("paragraph", paragraph("<p>Seulement quand la personne le demande et en sait les risques.</p>")),
                ]
            ),
            related_tutorials=inline_formset([{"tutorial": given.tutorial.pk}]),
            **library_fields(given),
        )
    )
    return {**data, "themes": [given.theme.pk], "devices": ["ordinateur", "smartphone"], "related_services": [
        "Aide aux démarches administratives"
    ]}  # fmt: skip


def learning_path_form(given):
    data = nested_form_data(
        page_form(
            "Premiers pas avec le smartphone",
            "premiers-pas-avec-le-smartphone",
            intro="Quatre étapes pour se servir de son téléphone au quotidien.",
            path_steps=inline_formset(
                [{"tutorial": given.tutorial.pk, "note": "Commencez par là : tout le reste en dépend."}], min=1
            ),
            **library_fields(given),
        )
    )
    return {**data, "themes": [given.theme.pk], "devices": ["smartphone"]}


def event_form(given):
    start = (timezone.localtime() + timedelta(days=20)).replace(hour=14, minute=0)
    return nested_form_data(
        page_form(
            "Atelier : bien utiliser son smartphone",
            "atelier-bien-utiliser-son-smartphone",
            intro="Appeler, écrire un message, envoyer une photo : deux heures pour prendre en main son téléphone.",
            kind="atelier",
            audience="public",
            start=start.strftime("%Y-%m-%d %H:%M"),
            end=(start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            where="lieu",
            place=given.place.pk,
            venue="Salle d'animation, premier étage",
            online_url="",
            registration="formulaire",
            registration_url="",
            capacity="12",
            waiting_list="on",
            registration_deadline="",
            is_free="on",
            price="",
            accessibility="Salle accessible en fauteuil roulant, boucle magnétique.",
            organiser="Médiathèque Louis-Aragon",
            contact_email="mediatheque@ville-martigues.example.org",
            contact_phone="04 42 10 20 30",
            image=given.image.pk,
            body=streamfield([("paragraph", paragraph("<p>Venez avec votre téléphone chargé.</p>"))]),
            challenges=streamfield([]),
            schedule=streamfield([("item", {"time": "14 h", "activity": "Accueil et tour de table"})]),
            jury=streamfield([]),
            results=streamfield([]),
        )
    )


# Every creatable page type of the project, with what an editor would type in its form.
FORM_DATA = {
    HomePage: home_form,
    StandardPage: standard_form,
    SearchPage: section_form("Rechercher", "recherche", "Cherchez un tutoriel, un lieu, un événement."),
    PlaceIndexPage: place_index_form,
    MediationPlacePage: place_form,
    MobileTourPage: tour_form,
    MobileStopPage: stop_form,
    ResourceIndexPage: section_form("Ressources", "ressources", "Des tutoriels et des guides pour les aidants."),
    TutorialPage: tutorial_form,
    GuidePage: guide_form,
    LearningPathPage: learning_path_form,
    CaseStudyIndexPage: section_form("Cas inspirants", "cas-inspirants", "Ce que d'autres territoires ont fait."),
    CaseStudyPage: case_form,
    EventIndexPage: section_form("Agenda", "agenda", "Ateliers, permanences et rencontres près de chez vous."),
    EventPage: event_form,
}

# Parents the starter tree does not have room for: a section page under a new home page (one of each per home
# page), a stop under a new tour.
PARENT_FACTORIES = {HomePage: HomePageFactory, MobileTourPage: MobileTourPageFactory}


def parent_for(model):
    """Where an editor adds a page of this type: the first French page of an allowed parent type that accepts one
    more (the tree's root for a home page), else a new one."""
    french = Q(locale=Locale.get_default()) | Q(depth=1)
    for parent_model in model.allowed_parent_page_models():
        for parent in parent_model.objects.filter(french).order_by("path"):
            if model.can_create_at(parent):
                return parent
    for parent_model in model.allowed_parent_page_models():
        if parent_model in PARENT_FACTORIES:
            return PARENT_FACTORIES[parent_model]()
    raise AssertionError(f"No parent for a {label(model)}: add a factory for one of its parent types")


# Wagtail's assertions -----------------------------------------------------------------------------------------------


class PageAssertions(WagtailPageTestCase):
    """Wagtail's page test assertions (WagtailPageTestCase), run with pytest-django's client and database."""

    __test__ = False

    def __init__(self, client):
        super().__init__()
        self.client = client
        self.dummy_request = get_dummy_request()


def assert_preview(client, url, data, title):
    response = client.post(url, data)
    assert response.status_code == 200 and response.json() == {"is_valid": True, "is_available": True}, (
        response.content.decode()[:3000]
    )
    response = client.get(url)
    assert response.status_code == 200 and title in response.content.decode()


def with_saved_rows(data, page):
    """The form data again, its inline rows now pointing to the rows saved (as the edit form sends them)."""
    data = dict(data)
    relations = [key.removesuffix("-TOTAL_FORMS") for key in data if key.endswith("-TOTAL_FORMS")]
    for relation in relations:
        if relation == "comments":
            continue
        rows = list(getattr(page, relation).order_by("sort_order"))
        data[f"{relation}-INITIAL_FORMS"] = str(len(rows))
        for index, row in enumerate(rows):
            data[f"{relation}-{index}-id"] = str(row.pk)
    return data


# The tests ----------------------------------------------------------------------------------------------------------


def test_every_page_type_has_its_form_data():
    assert {label(model) for model in CREATABLE} == {label(model) for model in FORM_DATA}, (
        "Say in FORM_DATA what an editor types to create each page type"
    )
    assert {"home.HomePage", "places.MediationPlacePage", "resources.TutorialPage", "events.EventPage"} <= {
        label(model) for model in PAGE_TYPES
    }


@pytest.mark.parametrize("model", [model for model in PAGE_TYPES if not model.is_creatable], ids=label)
def test_a_page_type_that_is_not_creatable_is_offered_nowhere(admin_client, model):
    for parent_model in model.allowed_parent_page_models():
        parent = parent_model.objects.filter(locale=Locale.get_default()).first()
        url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
        assert admin_client.get(url).status_code == 403
        html = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk])).content.decode()
        assert url not in html


@pytest.mark.parametrize("model", CREATABLE, ids=label)
def test_created_previewed_edited_and_previewed_again_in_the_admin(admin_client, admin_user, model):
    data = FORM_DATA[model](Given())
    parent = parent_for(model)
    app_label, model_name = model._meta.app_label, model._meta.model_name

    # Previewed before it is saved, then created and published.
    assert_preview(
        admin_client,
        reverse("wagtailadmin_pages:preview_on_add", args=[app_label, model_name, parent.pk]),
        data,
        data["title"],
    )
    PageAssertions(admin_client).assertCanCreate(parent, model, dict(data))
    page = model.objects.child_of(parent).get(slug=data["slug"])
    assert page.live and page.title == data["title"] and page.owner == admin_user

    # The edit form opens with what was typed; a new title is published.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = admin_client.get(edit_url)
    assert response.status_code == 200 and not response.context["form"].errors
    edited = {**with_saved_rows(data, page), "title": f"{data['title']} (mis à jour)", "action-publish": "publish"}
    response = admin_client.post(edit_url, edited)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = model.objects.get(pk=page.pk)
    assert page.title == edited["title"] and page.live and not page.has_unpublished_changes
    assert page.revisions.count() == 2

    # And previewed as it is being edited.
    assert_preview(
        admin_client,
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        {**edited, "title": f"{data['title']} (brouillon)"},
        f"{data['title']} (brouillon)",
    )
    if page.url is not None:  # served where visitors find it (a new home page has no site yet)
        assert admin_client.get(page.url).status_code == 200


def test_a_home_page_is_not_offered_a_second_section_page_of_a_kind(admin_client):
    # The section pages are one per home page: under the starter home page, the admin offers none of them again.
    home = home_page()
    html = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=[home.pk])).content.decode()
    for model in CREATABLE:
        if HomePage in model.allowed_parent_page_models() and model.max_count_per_parent == 1:
            assert f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{home.pk}/" not in html

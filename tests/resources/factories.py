"""Factories for the resource library and the inspiring cases: tutorials, guides, learning paths, cases, their
inline rows and the themes (wagtail-factories / factory_boy).

A library page goes under the French library of the starter tree (`language="en"`: the English one), a case under
the French catalogue of cases; each is published as an editor publishes it (the library sorts by publication date).
Inline rows take pages: `TutorialPageFactory(prerequisites=[tutorial])`, `GuidePageFactory(related_tutorials=[...])`,
`LearningPathPageFactory(path_steps=[tutorial, (tutorial, "conseil")])`; themes too: `themes=[theme]`.
"""

import uuid
from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from proxinum import territories
from proxinum.content import body_stream
from proxinum.image_alt_text import image_use
from resources.models import (
    CaseStudyIndexPage,
    CaseStudyPage,
    GuidePage,
    GuideRelatedTutorial,
    LearningPathPage,
    LearningPathStep,
    ResourceIndexPage,
    Theme,
    TutorialPage,
    TutorialPrerequisite,
)
from tests.site.factories import CaseStudyIndexPageFactory, PageFactory, ResourceIndexPageFactory, section_page

__all__ = [
    "CaseStudyIndexPageFactory",
    "CaseStudyPageFactory",
    "GuidePageFactory",
    "GuideRelatedTutorialFactory",
    "LearningPathPageFactory",
    "LearningPathStepFactory",
    "ResourceIndexPageFactory",
    "ThemeFactory",
    "TutorialPageFactory",
    "TutorialPrerequisiteFactory",
    "tutorial_step",
]

THEMES = ["Courriel", "Santé", "Sécurité et arnaques", "Démarches en ligne", "Smartphone", "Emploi"]


def tutorial_step(title, instruction="<p>Faites ceci.</p>", image=None, alt_text=None, decorative=False, callouts=()):
    """A numbered step of a tutorial; its image's alternative text for this use is the image's description unless
    given (or empty for a decorative image)."""
    if alt_text is None:
        alt_text = "" if decorative or image is None else image.description
    return {
        "type": "step",
        "value": {
            "title": title,
            "instruction": instruction,
            "image": image_use(image.pk if image else None, alt_text, decorative),
            "callouts": list(callouts),
        },
    }


class ThemeFactory(factory.django.DjangoModelFactory):
    """A theme of the library, in French. `ThemeFactory(translation_of=theme, language="en", name="Email")`: its
    translation (same slug and order, as wagtail-localize makes it)."""

    name = factory.Sequence(lambda n: THEMES[n % len(THEMES)])
    slug = factory.LazyAttributeSequence(
        lambda theme, n: theme.translation_of.slug if theme.translation_of else f"{slugify(theme.name)}-{n}"
    )
    description = "Des tutoriels et des guides pour s'y retrouver."
    sort_order = factory.LazyAttribute(lambda theme: theme.translation_of.sort_order if theme.translation_of else 0)
    locale = factory.LazyAttribute(lambda theme: Locale.objects.get(language_code=theme.language))
    translation_key = factory.LazyAttribute(
        lambda theme: theme.translation_of.translation_key if theme.translation_of else uuid.uuid4()
    )

    class Params:
        language = "fr"
        translation_of = None

    class Meta:
        model = Theme


def _rows(model, items, **fields):
    """Inline rows from pages (or (page, note) pairs for learning paths), in the order given."""
    rows = []
    for order, item in enumerate(items):
        if isinstance(item, model):
            rows.append(item)
            continue
        tutorial, *note = item if isinstance(item, tuple) else (item,)
        rows.append(model(tutorial=tutorial, sort_order=order, **({"note": note[0]} if note else {}), **fields))
    return rows


class LibraryPageFactory(PageFactory):
    parent = factory.LazyAttribute(lambda page: section_page(ResourceIndexPage, page.language))
    intro = "Ce que vous saurez faire à la fin."
    audience = "public"
    level = "je-decouvre"
    devices = factory.LazyFunction(lambda: ["smartphone"])
    last_reviewed = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))

    class Params:
        language = "fr"

    class Meta:
        abstract = True


class TutorialPageFactory(LibraryPageFactory):
    """A tutorial of three steps for beginners on a smartphone. `with_easy_read=True`: its easy-to-read version;
    `with_handout=True`: a document to download."""

    title = factory.Sequence(lambda n: f"Envoyer une photo par message {n}")
    intro = "Vous saurez envoyer une photo à un proche depuis votre téléphone."
    duration = 10
    steps = factory.LazyFunction(
        lambda: [
            tutorial_step("Ouvrez l'application Messages", "<p>Touchez l'icône en forme de bulle.</p>"),
            tutorial_step("Appuyez sur l'appareil photo", "<p>Il est à gauche de la zone où l'on écrit.</p>"),
            tutorial_step("Choisissez la photo et envoyez-la", "<p>Touchez la flèche pour l'envoyer.</p>"),
        ]
    )

    class Params:
        with_easy_read = factory.Trait(
            easy_read=factory.LazyFunction(
                lambda: [
                    {"type": "paragraph", "value": "J'ouvre mon téléphone."},
                    {"type": "paragraph", "value": "Je touche la bulle Messages."},
                ]
            )
        )
        with_handout = factory.Trait(
            handouts=factory.LazyFunction(
                lambda: [
                    {
                        "type": "document",
                        "value": {
                            "document": wagtail_factories.DocumentFactory(title="Fiche pas à pas").pk,
                            "title": "La fiche à imprimer",
                        },
                    }
                ]
            )
        )

    class Meta:
        model = TutorialPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs["prerequisites"] = _rows(TutorialPrerequisite, kwargs.get("prerequisites", ()))
        return kwargs


class GuidePageFactory(LibraryPageFactory):
    """A guide for aidants that points to the places offering help with online procedures."""

    title = factory.Sequence(lambda n: f"Accompagner sans faire à la place {n}")
    intro = "Pour les aidants : laisser la personne faire elle-même, à son rythme."
    audience = "aidants"
    devices = factory.LazyFunction(lambda: ["ordinateur", "smartphone"])
    body = factory.LazyFunction(
        lambda: body_stream(
            [
                ("heading", "Écouter d'abord"),
                ("paragraph", "Demandez à la personne ce qu'elle veut faire et ce qu'elle sait déjà faire."),
            ]
        )
    )
    related_services = factory.LazyFunction(lambda: ["Aide aux démarches administratives"])

    class Meta:
        model = GuidePage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs["related_tutorials"] = _rows(GuideRelatedTutorial, kwargs.get("related_tutorials", ()))
        return kwargs


class LearningPathPageFactory(LibraryPageFactory):
    """A learning path; without `path_steps`, two new tutorials."""

    title = factory.Sequence(lambda n: f"Premiers pas avec le smartphone {n}")
    intro = "Quatre étapes pour se servir de son téléphone au quotidien."
    path_steps = factory.LazyAttribute(lambda path: [TutorialPageFactory(language=path.language) for _ in range(2)])

    class Meta:
        model = LearningPathPage

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        kwargs["path_steps"] = _rows(LearningPathStep, kwargs.get("path_steps", ()))
        return kwargs


class CaseStudyPageFactory(PageFactory):
    """An inspiring case: a bus that brings help to the villages of a rural community of communes."""

    parent = factory.LazyAttribute(lambda page: section_page(CaseStudyIndexPage, page.language))
    title = factory.Sequence(lambda n: f"Un bus numérique pour les villages {n}")
    collectivity = "Communauté de communes Brenne Val de Creuse"
    department_code = "36"
    region_code = factory.LazyAttribute(lambda case: territories.region_of_department(case.department_code))
    theme = "inclusion-numerique"
    problem = "<p>Les habitants des villages sont loin des lieux où l'on aide pour les démarches en ligne.</p>"
    context = "<p>Vingt-neuf communes rurales, peu de transports en commun.</p>"
    solutions = "<p>Un bus équipé passe chaque semaine sur la place de six villages.</p>"
    next_steps = "<p>Former des bénévoles dans chaque village.</p>"
    source_name = "Enquête de terrain, 2021"

    class Params:
        language = "fr"

    class Meta:
        model = CaseStudyPage


class InlineRowFactory(factory.django.DjangoModelFactory):
    """A row added to a page's inline panel in the admin (the page's relation `_relation`): the page is then
    published again, with it."""

    tutorial = factory.SubFactory(TutorialPageFactory)

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, page, **fields):
        row = model_class(**fields)
        getattr(page, cls._relation).add(row)
        page.save()  # the row gets its id, kept by the revision
        page.save_revision().publish()
        return row


class TutorialPrerequisiteFactory(InlineRowFactory):
    page = factory.SubFactory(TutorialPageFactory)
    _relation = "prerequisites"

    class Meta:
        model = TutorialPrerequisite


class GuideRelatedTutorialFactory(InlineRowFactory):
    page = factory.SubFactory(GuidePageFactory)
    _relation = "related_tutorials"

    class Meta:
        model = GuideRelatedTutorial


class LearningPathStepFactory(InlineRowFactory):
    page = factory.SubFactory(LearningPathPageFactory, path_steps=[])
    note = "Faites-le deux ou trois fois avant de passer à la suite."
    _relation = "path_steps"

    class Meta:
        model = LearningPathStep

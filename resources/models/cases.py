"""Inspiring cases (cas inspirants): the national investigations' sheets and shorter cases from the seeds."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from proxinum import territories
from proxinum.blocks import BodyBlock
from proxinum.models import BasePage

from .. import enums

SECTION_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class CaseStudyPage(BasePage):
    """One case: where (collectivité, département, région), what problem, what was tried, what came of it."""

    collectivity = models.CharField(
        _("collectivité"), max_length=160, help_text=_("Par exemple « Ville de Vichy » ou « CC Brenne Val de Creuse ».")
    )
    department_code = models.CharField(
        _("département (code)"), max_length=3, blank=True, help_text=_("Par exemple 03, 2A ou 974.")
    )
    region_code = models.CharField(
        _("région"),
        max_length=2,
        blank=True,
        choices=territories.region_choices,
        help_text=_("Vide : déduite du département."),
    )
    theme = models.CharField(_("thème"), max_length=40, choices=enums.CaseTheme.choices)
    problem = RichTextField(_("problématique"), features=SECTION_FEATURES)
    context = RichTextField(_("contexte"), features=SECTION_FEATURES, blank=True)
    hypotheses = RichTextField(_("hypothèses de départ"), features=SECTION_FEATURES, blank=True)
    investigation = RichTextField(_("investigation"), features=SECTION_FEATURES, blank=True)
    solutions = RichTextField(_("solutions"), features=SECTION_FEATURES)
    next_steps = RichTextField(_("et maintenant ?"), features=SECTION_FEATURES, blank=True)
    sources = StreamField(
        BodyBlock(), blank=True, verbose_name=_("sources et liens"), help_text=_("Documents, sites, contacts.")
    )
    source_name = models.CharField(
        _("source"), max_length=200, blank=True, help_text=_("D'où vient ce cas, par exemple le document d'origine.")
    )
    import_key = models.CharField(
        _("clé d'import"),
        max_length=120,
        blank=True,
        db_index=True,
        editable=False,
        help_text=_("Identifie le cas importé pour le mettre à jour au lieu de le dupliquer."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("collectivity"), FieldPanel("department_code"), FieldPanel("region_code"), FieldPanel("theme")],
            heading=_("Territoire et thème"),
        ),
        FieldPanel("problem"),
        FieldPanel("context"),
        FieldPanel("hypotheses"),
        FieldPanel("investigation"),
        FieldPanel("solutions"),
        FieldPanel("next_steps"),
        FieldPanel("sources"),
        FieldPanel("source_name"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("collectivity", boost=2),
        index.SearchField("problem", boost=2),
        index.SearchField("context"),
        index.SearchField("solutions"),
        index.SearchField("next_steps"),
        index.FilterField("region_code"),
        index.FilterField("theme"),
    ]
    override_translatable_fields = [
        SynchronizedField("collectivity"),
        SynchronizedField("department_code"),
        SynchronizedField("source_name"),
    ]
    parent_page_types = ["resources.CaseStudyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("cas inspirant")
        verbose_name_plural = _("cas inspirants")

    def clean(self):
        super().clean()
        if self.department_code and self.department_code not in territories.departments():
            raise ValidationError({"department_code": _("Ce code de département n'existe pas.")})
        if self.department_code and not self.region_code:
            self.region_code = territories.region_of_department(self.department_code)

    @property
    def department_name(self):
        return territories.department_name(self.department_code)

    @property
    def region_name(self):
        return territories.regions().get(self.region_code, "")

    @property
    def territory(self):
        """ "Ville de Vichy, Allier (03), Auvergne-Rhône-Alpes": the line shown on cards and at the top of the page."""
        department = f"{self.department_name} ({self.department_code})" if self.department_code else ""
        return ", ".join(part for part in (self.collectivity, department, self.region_name) if part)

    @property
    def card_summary(self):
        return self.listing_summary or strip_tags(self.problem)

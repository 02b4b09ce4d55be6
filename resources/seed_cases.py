"""Short inspiring cases from the project's source documents (Martigues, 2020), written in plain French.

They say only what the documents say, with a few widely known facts about each initiative. Each case has a stable
`import_key` ("seed:<slug>"): `load_seed_cases` creates the pages once and updates them when this file changes.
"""

from dataclasses import dataclass

from proxinum import territories

from .cases_import import write_cases
from .enums import CaseTheme

MAIRIE_BUS_SESSION = "Martigues, séance d'inspiration « Chantier Mairie Bus », décembre 2020"
CAMPUS_SYNTHESIS = "Martigues, synthèse du projet « Campus des innovations », 2020"
PNI_SYNTHESIS = "ANCT, Programme National d'Investigations, synthèse 2021"

# What the Martigues participants kept from the cases shown on 17 December 2020.
MAIRIE_BUS_CONTEXT = (
    "<p>Cas présenté à Martigues lors de la séance d'inspiration du chantier « Mairie Bus, inclusion numérique de "
    "proximité » (17 décembre 2020), où la ville prépare son propre bus.</p>"
)


@dataclass
class SeedCase:
    slug: str
    title: str
    collectivity: str
    theme: str
    problem: str
    solutions: str
    source_name: str
    department_code: str = ""
    context: str = ""
    next_steps: str = ""

    @property
    def import_key(self):
        return f"seed:{self.slug}"

    def page_fields(self):
        return {
            "title": self.title,
            "collectivity": self.collectivity,
            "department_code": self.department_code,
            "region_code": territories.region_of_department(self.department_code) if self.department_code else "",
            "theme": self.theme,
            "problem": self.problem,
            "context": self.context,
            "hypotheses": "",
            "investigation": "",
            "solutions": self.solutions,
            "next_steps": self.next_steps,
            "source_name": self.source_name,
            "import_key": self.import_key,
        }


SEED_CASES = [
    SeedCase(
        slug="emmaus-connect",
        title="Emmaüs Connect : initier, former et équiper les personnes éloignées du numérique",
        collectivity="Emmaüs Connect (association nationale)",
        theme=CaseTheme.DIGITAL_INCLUSION.value,
        problem=(
            "<p>Beaucoup de personnes ont encore du mal à lire, à écrire ou à utiliser un ordinateur. Elles ne "
            "peuvent pas faire seules ce qui se fait maintenant en ligne, et elles n'ont souvent pas le matériel "
            "pour le faire.</p>"
        ),
        context=MAIRIE_BUS_CONTEXT
        + (
            "<p>Les participants en ont retenu :</p><ul><li>des acteurs publics et privés qui agissent "
            "ensemble ;</li><li>des accompagnateurs, qu'il faut former ;</li><li>aller au-devant des personnes, "
            "même de celles que l'on ne connaît pas encore ;</li><li>l'urgence de la situation ;</li><li>le lien "
            "entre les publics.</li></ul>"
        ),
        solutions=(
            "<p>Emmaüs Connect, association du mouvement Emmaüs, aide les personnes en difficulté avec le "
            "numérique :</p><ul><li>des initiations pour découvrir les outils ;</li><li>des formations pour "
            "gagner en autonomie ;</li><li>du matériel informatique fourni aux personnes accompagnées.</li></ul>"
        ),
        source_name=MAIRIE_BUS_SESSION,
    ),
    SeedCase(
        slug="les-bons-clics",
        title="Les Bons Clics (WeTechCare) : des ressources gratuites pour les aidants numériques",
        collectivity="WeTechCare (structure nationale)",
        theme=CaseTheme.DIGITAL_INCLUSION.value,
        problem=(
            "<p>Les aidants numériques et les professionnels qui accompagnent des personnes en situation "
            "d'illectronisme ont besoin de supports simples pour les guider et pour se former eux-mêmes.</p>"
        ),
        context=MAIRIE_BUS_CONTEXT
        + (
            "<p>WeTechCare participait aussi en 2018 au groupe de travail du réseau d'inclusion numérique des "
            "Pyrénées-Atlantiques, à Pau. La synthèse 2021 du Programme National d'Investigations présente "
            "Les Bons Clics avec l'investigation de la ville d'Agen sur ses tiers-lieux numériques.</p>"
        ),
        solutions=(
            "<p>WeTechCare développe des solutions pour l'inclusion numérique, comme <b>Les Bons Clics</b> :</p>"
            "<ul><li>une plateforme gratuite pour guider et former les aidants numériques ;</li><li>des "
            "mini-formations et des ressources par thème, ludiques ;</li><li>un média sur les enjeux d'une société "
            "de plus en plus numérique.</li></ul>"
        ),
        source_name=f"{MAIRIE_BUS_SESSION} ; {PNI_SYNTHESIS}",
    ),
    SeedCase(
        slug="toulouse-mairie-bus",
        title="Toulouse : une mairie bus qui va au-devant des habitants",
        collectivity="Ville de Toulouse",
        department_code="31",
        theme=CaseTheme.PUBLIC_SERVICE.value,
        problem=(
            "<p>Des habitants isolés, éloignés des services ou qui se déplacent difficilement, comme des personnes "
            "âgées, n'arrivent pas jusqu'à la mairie. Et les démarches passent de plus en plus par internet.</p>"
        ),
        context=MAIRIE_BUS_CONTEXT
        + (
            "<p>Les participants en ont retenu : la proximité ; aller au-devant des habitants ; un service qui "
            "complète ceux qui existent, sans les remplacer ; une réponse à l'isolement, à l'éloignement et aux "
            "difficultés pour se déplacer ; le territoire, le numérique et l'institution réunis. Une question est "
            "restée : un seul bus suffit-il pour tout cela ?</p>"
        ),
        solutions=(
            "<p>Un bus aménagé en mairie se rend dans les quartiers :</p><ul><li>le service public est présent là "
            "où il ne l'était pas ;</li><li>les habitants sont accueillis près de chez eux ;</li><li>le bus "
            "complète l'offre de service de la mairie, il ne la remplace pas.</li></ul>"
        ),
        source_name=MAIRIE_BUS_SESSION,
    ),
    SeedCase(
        slug="orne-bus-numerique",
        title="Orne : le bus numérique du département",
        collectivity="Département de l'Orne",
        department_code="61",
        theme=CaseTheme.DIGITAL_INCLUSION.value,
        problem=(
            "<p>Dans un département rural, des habitants vivent loin des lieux où l'on peut se faire aider pour le "
            "numérique, et certains ne peuvent pas se déplacer facilement.</p>"
        ),
        context=MAIRIE_BUS_CONTEXT
        + (
            "<p>Il a été présenté avec la mairie bus de Toulouse : les participants ont retenu la proximité, "
            "l'idée d'aller au-devant des habitants et la réponse à l'isolement et aux difficultés de mobilité.</p>"
        ),
        solutions=(
            "<p>Le conseil départemental de l'Orne fait circuler un bus numérique : il va au-devant des habitants "
            "pour les accompagner et les former aux outils numériques, près de chez eux.</p>"
        ),
        source_name=MAIRIE_BUS_SESSION,
    ),
    SeedCase(
        slug="hyperolds",
        title="Hyperolds : réunir jeunes et seniors autour du numérique",
        collectivity="Hyperolds",
        theme=CaseTheme.DIGITAL_INCLUSION.value,
        problem=(
            "<p>Les seniors et les jeunes se parlent peu et n'ont pas les mêmes usages du numérique : c'est une "
            "fracture entre les générations.</p>"
        ),
        context=(
            "<p>Cas inspirant du chantier « Espace intergénérationnel de Jourde » du projet Campus des innovations "
            "de Martigues (atelier du 1er octobre 2020, 15 participants). Ce chantier veut rassembler les "
            "générations autour de la transmission des savoirs et de la mémoire, avec le numérique comme outil qui "
            "réunit.</p>"
        ),
        solutions=(
            "<p>Hyperolds organise des ateliers qui réunissent des jeunes et des seniors autour des outils "
            "numériques : les générations se rencontrent et partagent leurs savoirs.</p>"
        ),
        next_steps=(
            "<p>À Martigues, la situation idéale serait des actions régulières de partage et de transmission des "
            "savoirs entre seniors et jeunes. L'étape suivante : repérer les projets déjà menés pour les uns et "
            "pour les autres, et tester des actions communes.</p>"
        ),
        source_name=CAMPUS_SYNTHESIS,
    ),
    SeedCase(
        slug="solidarite-numerique",
        title="Solidarité numérique : une aide à distance pour les démarches essentielles",
        collectivity="Solidarité numérique (dispositif national)",
        theme=CaseTheme.DIGITAL_INCLUSION.value,
        problem=(
            "<p>Pendant le confinement, les personnes éloignées du numérique se sont retrouvées seules face à des "
            "démarches qui ne se faisaient plus qu'en ligne.</p>"
        ),
        context=(
            "<p>Cas inspirant du chantier « MairieBus et inclusion numérique de proximité » du projet Campus des "
            "innovations de Martigues (atelier du 1er octobre 2020, 15 participants).</p>"
        ),
        solutions=(
            "<p>Solidarité numérique a été ouvert au printemps 2020, pendant le premier confinement : un site de "
            "tutoriels et une ligne téléphonique nationale, pour aider gratuitement chacun à faire ses démarches "
            "essentielles en ligne.</p>"
        ),
        next_steps=(
            "<p>À Martigues, le chantier MairieBus veut :</p><ul><li>faire connaître le MairieBus, y compris auprès "
            "des personnes qui refusent le numérique ;</li><li>créer un « pass informatique » qui évalue le niveau "
            "de chacun, de façon ludique ;</li><li>repérer les besoins des quartiers les plus éloignés ;</li>"
            "<li>former des agents pour qu'ils deviennent aidants numériques.</li></ul>"
        ),
        source_name=CAMPUS_SYNTHESIS,
    ),
    SeedCase(
        slug="aidants-connect",
        title="Aidants Connect : faire une démarche à la place d'une personne, en toute sécurité",
        collectivity="Aidants Connect (service public numérique national)",
        theme=CaseTheme.PUBLIC_SERVICE.value,
        problem=(
            "<p>Des professionnels font souvent les démarches en ligne à la place des personnes qu'ils aident. "
            "Sans cadre, ils ont accès à des données personnelles (impôts, banque...) et ne savent pas ce qu'ils "
            "risquent en cas d'erreur.</p>"
        ),
        context=(
            "<p>Cas inspirant du chantier « MairieBus et inclusion numérique de proximité » de Martigues (2020). "
            "La question du cadre des aidants qui « font à la place » revenait déjà dans les ateliers de Pau (2018) "
            "et de Strasbourg (2018). À Wimille, l'investigation de 2021 sur l'illectronisme des seniors a proposé "
            "d'y recourir.</p>"
        ),
        solutions=(
            "<p>Aidants Connect est un service public numérique porté par l'Agence nationale de la cohésion des "
            "territoires (ANCT) et son Incubateur des territoires. Il permet à des aidants professionnels de faire "
            "des démarches administratives en ligne à la place d'une personne, avec son accord, par une connexion "
            "sécurisée.</p>"
        ),
        source_name=f"{CAMPUS_SYNTHESIS} ; {PNI_SYNTHESIS}",
    ),
    SeedCase(
        slug="open-badges",
        title="Open Badges : reconnaître les compétences numériques gagnées pas à pas",
        collectivity="Open Badges (standard ouvert)",
        theme=CaseTheme.DIGITAL_INCLUSION.value,
        problem=(
            "<p>Ce que l'on apprend en atelier ou avec un aidant n'est reconnu nulle part. Les personnes n'ont "
            "rien pour montrer leurs progrès, et rien qui les encourage à continuer.</p>"
        ),
        context=(
            "<p>Cas inspirant du chantier « MairieBus et inclusion numérique de proximité » de Martigues (2020), "
            "qui imagine un « pass informatique » : évaluer le niveau de pratique de chacun, l'accompagner vers "
            "l'autonomie et rendre le numérique moins intimidant, de façon ludique.</p>"
        ),
        solutions=(
            "<p>Les Open Badges sont des badges numériques ouverts. Chaque badge décrit une compétence ou un "
            "engagement, dit qui l'a délivré et selon quels critères. La personne le garde et peut le montrer où "
            "elle veut.</p>"
        ),
        source_name=CAMPUS_SYNTHESIS,
    ),
]


def load_seed_cases(index_page):
    """Create or update the seed cases under `index_page`; returns (created, updated)."""
    written = write_cases(index_page, SEED_CASES)
    statuses = [status for _page, status in written]
    return statuses.count("created"), statuses.count("updated")

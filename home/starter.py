"""The starter pages every installation needs: the home page, the section pages (finder, resources, inspiring
cases, agenda, search) and the standard pages (contact, legal notice, personal data, accessibility statement), in
French with en/ar/es translations, linked from the site settings.

Each page is described once per language with the same shape; the translation of every French string is the
string at the same place in the other language. `create_starter_pages` (and `load_demo`, which starts with it)
runs this again and again without duplicating; what an editor changed in these pages is set back.

Nothing here is fictitious: the site's phone, e-mail and postal address are left empty for editors to fill in
(Settings › "Réglages du site" and "Textes du site"; the footer shows only what is filled in). The demo adds its
own contact details and a note on its demonstration content (demo/loaders/site.py).
"""

from django.conf import settings
from wagtail.models import Site

from events.models import EventIndexPage
from places.models import PlaceIndexPage
from proxinum.content import body_stream, ensure_locales, translate_page, update_page, upsert_child
from proxinum.models import SiteSettings
from resources.models import CaseStudyIndexPage, ResourceIndexPage

from .models import HomePage, SearchPage, StandardPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]

HOME = {
    "fr": {
        "title": "Accueil",
        "hero_title": "Trouver de l'aide pour le numérique, près de chez vous",
        "hero_text": "Des personnes vous accueillent, souvent gratuitement, pour vos démarches en ligne, votre téléphone "
        "ou votre ordinateur. Cherchez un lieu, un atelier ou un tutoriel.",
        "search_description": "Lieux d'aide au numérique, tutoriels, guides pour les aidants et agenda des ateliers "
        "près de chez vous.",
    },
    "en": {
        "title": "Home",
        "hero_title": "Find help with digital tools, near you",
        "hero_text": "People welcome you, often free of charge, to help with online procedures, your phone or your "
        "computer. Look for a place, a workshop or a tutorial.",
        "search_description": "Places that help with digital tools, tutorials, guides for helpers and a calendar of "
        "workshops near you.",
    },
    "ar": {
        "title": "الصفحة الرئيسية",
        "hero_title": "اعثر على مساعدة في استعمال الأدوات الرقمية بالقرب منك",
        "hero_text": "يستقبلك أشخاص، مجانًا في أغلب الأحيان، لمساعدتك في الإجراءات عبر الإنترنت أو في استعمال هاتفك "
        "أو حاسوبك. ابحث عن مكان أو ورشة أو درس تطبيقي.",
        "search_description": "أماكن للمساعدة في الأدوات الرقمية، ودروس تطبيقية، وأدلة للمرافقين، وبرنامج الورشات "
        "بالقرب منك.",
    },
    "es": {
        "title": "Inicio",
        "hero_title": "Encuentre ayuda con lo digital, cerca de usted",
        "hero_text": "Personas le reciben, a menudo gratis, para ayudarle con sus trámites en línea, su teléfono o su "
        "ordenador. Busque un lugar, un taller o un tutorial.",
        "search_description": "Lugares de ayuda con lo digital, tutoriales, guías para acompañantes y agenda de "
        "talleres cerca de usted.",
    },
}

# Section pages: (model, {language: {slug, title, intro}}).
SECTIONS = [
    (
        PlaceIndexPage,
        {
            "fr": {
                "slug": "lieux",
                "title": "Trouver un lieu",
                "intro": "Médiathèques, espaces numériques, France Services, bus numériques : trouvez près de chez vous "
                "un lieu où quelqu'un peut vous aider.",
            },
            "en": {
                "slug": "places",
                "title": "Find a place",
                "intro": "Libraries, digital spaces, France Services, digital buses: find a place near you where "
                "someone can help you.",
            },
            "ar": {
                "slug": "amakin",
                "title": "ابحث عن مكان",
                "intro": "مكتبات، فضاءات رقمية، مراكز France Services، حافلات رقمية: اعثر بالقرب منك على مكان يمكن "
                "لشخص فيه أن يساعدك.",
            },
            "es": {
                "slug": "lugares",
                "title": "Encontrar un lugar",
                "intro": "Bibliotecas, espacios digitales, France Services, autobuses digitales: encuentre cerca de "
                "usted un lugar donde alguien pueda ayudarle.",
            },
        },
    ),
    (
        ResourceIndexPage,
        {
            "fr": {
                "slug": "ressources",
                "title": "Ressources",
                "intro": "Des tutoriels pas à pas pour le public et des guides pour les aidants, à suivre à l'écran ou "
                "à imprimer.",
            },
            "en": {
                "slug": "resources",
                "title": "Resources",
                "intro": "Step-by-step tutorials for the public and guides for helpers, to follow on screen or to "
                "print.",
            },
            "ar": {
                "slug": "mawarid",
                "title": "موارد",
                "intro": "دروس تطبيقية خطوة بخطوة للجمهور وأدلة للمرافقين، للمتابعة على الشاشة أو للطباعة.",
            },
            "es": {
                "slug": "recursos",
                "title": "Recursos",
                "intro": "Tutoriales paso a paso para el público y guías para acompañantes, para seguir en pantalla o "
                "imprimir.",
            },
        },
    ),
    (
        CaseStudyIndexPage,
        {
            "fr": {
                "slug": "cas-inspirants",
                "title": "Cas inspirants",
                "intro": "Des actions menées par des collectivités et des associations pour l'inclusion numérique, "
                "pour s'en inspirer.",
            },
            "en": {
                "slug": "inspiring-cases",
                "title": "Inspiring cases",
                "intro": "Digital inclusion projects led by local authorities and associations, to learn from.",
            },
            "ar": {
                "slug": "tajarib-mulhima",
                "title": "تجارب ملهمة",
                "intro": "مبادرات قامت بها جماعات محلية وجمعيات من أجل الإدماج الرقمي، للاستلهام منها.",
            },
            "es": {
                "slug": "casos-inspiradores",
                "title": "Casos inspiradores",
                "intro": "Acciones de inclusión digital llevadas a cabo por ayuntamientos y asociaciones, para "
                "inspirarse.",
            },
        },
    ),
    (
        EventIndexPage,
        {
            "fr": {
                "slug": "agenda",
                "title": "Agenda",
                "intro": "Ateliers, permanences, afterworks, hackathons : les prochains rendez-vous près de chez vous.",
            },
            "en": {
                "slug": "events",
                "title": "Events",
                "intro": "Workshops, drop-in sessions, afterworks, hackathons: what is coming up near you.",
            },
            "ar": {
                "slug": "fa-aliyat",
                "title": "الفعاليات",
                "intro": "ورشات، حصص استقبال، لقاءات مهنية، هاكاثونات: المواعيد القادمة بالقرب منك.",
            },
            "es": {
                "slug": "agenda",
                "title": "Agenda",
                "intro": "Talleres, atenciones, afterworks, hackatones: las próximas citas cerca de usted.",
            },
        },
    ),
    (
        SearchPage,
        {
            "fr": {
                "slug": "recherche",
                "title": "Rechercher",
                "intro": "Cherchez un lieu, un tutoriel, un guide, un cas inspirant ou un événement.",
            },
            "en": {
                "slug": "search",
                "title": "Search",
                "intro": "Look for a place, a tutorial, a guide, an inspiring case or an event.",
            },
            "ar": {
                "slug": "bahth",
                "title": "بحث",
                "intro": "ابحث عن مكان أو درس تطبيقي أو دليل أو تجربة ملهمة أو فعالية.",
            },
            "es": {
                "slug": "buscar",
                "title": "Buscar",
                "intro": "Busque un lugar, un tutorial, una guía, un caso inspirador o un evento.",
            },
        },
    ),
]

# Standard pages: (settings field that points at it, {language: {slug, title, intro, body: [(block, text)]}}).
STANDARD_PAGES = [
    (
        "contact_page",
        {
            "fr": {
                "slug": "contact",
                "title": "Contact",
                "intro": "Une question sur le site ou sur un lieu ? Écrivez-nous ou appelez-nous.",
                "body": [
                    ("heading", "Besoin d'aide pour une démarche ?"),
                    (
                        "paragraph",
                        "Le plus simple est d'aller dans un lieu d'aide au numérique près de chez vous : "
                        "quelqu'un vous accompagnera.",
                    ),
                    ("heading", "Une erreur sur un lieu ?"),
                    (
                        "paragraph",
                        "Utilisez le lien « Signaler une erreur » en bas de la fiche du lieu. Nous corrigeons "
                        "au plus vite.",
                    ),
                ],
            },
            "en": {
                "slug": "contact",
                "title": "Contact",
                "intro": "A question about the website or a place? Write to us or call us.",
                "body": [
                    ("heading", "Need help with a procedure?"),
                    (
                        "paragraph",
                        "The easiest way is to go to a place near you that helps with digital tools: "
                        "someone will guide you.",
                    ),
                    ("heading", "A mistake about a place?"),
                    (
                        "paragraph",
                        "Use the “Report a mistake” link at the bottom of the place's page. We correct it "
                        "as soon as possible.",
                    ),
                ],
            },
            "ar": {
                "slug": "ittisal",
                "title": "اتصل بنا",
                "intro": "هل لديك سؤال عن الموقع أو عن مكان ما؟ راسلنا أو اتصل بنا.",
                "body": [
                    ("heading", "هل تحتاج إلى مساعدة في إجراء ما؟"),
                    ("paragraph", "أسهل طريقة هي التوجه إلى مكان للمساعدة الرقمية بالقرب منك: سيرافقك شخص هناك."),
                    ("heading", "هل وجدت خطأ في معلومات مكان ما؟"),
                    ("paragraph", "استعمل رابط «الإبلاغ عن خطأ» أسفل صفحة المكان. سنصحح الخطأ في أقرب وقت."),
                ],
            },
            "es": {
                "slug": "contacto",
                "title": "Contacto",
                "intro": "¿Una pregunta sobre el sitio o sobre un lugar? Escríbanos o llámenos.",
                "body": [
                    ("heading", "¿Necesita ayuda con un trámite?"),
                    (
                        "paragraph",
                        "Lo más sencillo es ir a un lugar de ayuda con lo digital cerca de usted: alguien "
                        "le acompañará.",
                    ),
                    ("heading", "¿Un error sobre un lugar?"),
                    (
                        "paragraph",
                        "Utilice el enlace «Señalar un error» al final de la ficha del lugar. Lo "
                        "corregiremos lo antes posible.",
                    ),
                ],
            },
        },
    ),
    (
        "legal_notice_page",
        {
            "fr": {
                "slug": "mentions-legales",
                "title": "Mentions légales",
                "intro": "Qui publie ce site et qui l'héberge.",
                "body": [
                    ("heading", "Éditeur"),
                    (
                        "paragraph",
                        "Ce site est publié par le réseau local d'inclusion numérique. Le nom de l'éditeur, "
                        "son adresse et le directeur de la publication se complètent dans l'administration.",
                    ),
                    ("heading", "Données ouvertes"),
                    (
                        "paragraph",
                        "Les données des lieux de médiation numérique sont publiées sous la Licence Ouverte "
                        "Etalab 2.0, au format du schéma national des lieux de médiation numérique.",
                    ),
                ],
            },
            "en": {
                "slug": "legal-notice",
                "title": "Legal notice",
                "intro": "Who publishes this website and who hosts it.",
                "body": [
                    ("heading", "Publisher"),
                    (
                        "paragraph",
                        "This website is published by the local digital inclusion network. The publisher's "
                        "name, address and publishing director are set in the administration.",
                    ),
                    ("heading", "Open data"),
                    (
                        "paragraph",
                        "Data about digital mediation places is published under the Etalab Open Licence 2.0, "
                        "in the format of the national schema for digital mediation places.",
                    ),
                ],
            },
            "ar": {
                "slug": "ishaar-qanuni",
                "title": "الإشعار القانوني",
                "intro": "من ينشر هذا الموقع ومن يستضيفه.",
                "body": [
                    ("heading", "الناشر"),
                    (
                        "paragraph",
                        "ينشر هذا الموقع الشبكةُ المحلية للإدماج الرقمي. يُستكمل اسم الناشر وعنوانه ومدير "
                        "النشر من لوحة الإدارة.",
                    ),
                    ("heading", "البيانات المفتوحة"),
                    (
                        "paragraph",
                        "تُنشر بيانات أماكن الوساطة الرقمية وفق الرخصة المفتوحة Etalab 2.0، بصيغة "
                        "المخطط الوطني لأماكن الوساطة الرقمية.",
                    ),
                ],
            },
            "es": {
                "slug": "aviso-legal",
                "title": "Aviso legal",
                "intro": "Quién publica este sitio y quién lo aloja.",
                "body": [
                    ("heading", "Editor"),
                    (
                        "paragraph",
                        "Este sitio lo publica la red local de inclusión digital. El nombre del editor, su "
                        "dirección y el director de la publicación se completan en la administración.",
                    ),
                    ("heading", "Datos abiertos"),
                    (
                        "paragraph",
                        "Los datos de los lugares de mediación digital se publican con la Licencia Abierta "
                        "Etalab 2.0, en el formato del esquema nacional de lugares de mediación digital.",
                    ),
                ],
            },
        },
    ),
    (
        "privacy_page",
        {
            "fr": {
                "slug": "donnees-personnelles",
                "title": "Données personnelles",
                "intro": "Ce site ne vous suit pas.",
                "body": [
                    ("heading", "Aucun traceur"),
                    (
                        "paragraph",
                        "Pas de cookie de mesure d'audience, pas de publicité, pas de service externe : "
                        "aucune autre entreprise ne sait que vous consultez ce site.",
                    ),
                    ("heading", "Votre position"),
                    (
                        "paragraph",
                        "Si vous cherchez un lieu « autour de moi », votre position sert seulement à classer "
                        "les lieux par distance. Elle n'est jamais enregistrée.",
                    ),
                    ("heading", "Formulaires"),
                    (
                        "paragraph",
                        "Quand vous remplissez un formulaire, nous gardons seulement ce qui est nécessaire, "
                        "et pas plus longtemps que la durée indiquée sur le formulaire.",
                    ),
                    ("heading", "Vos droits"),
                    ("paragraph", "Vous pouvez demander à voir, corriger ou effacer vos données en nous écrivant."),
                ],
            },
            "en": {
                "slug": "privacy",
                "title": "Personal data",
                "intro": "This website does not track you.",
                "body": [
                    ("heading", "No trackers"),
                    (
                        "paragraph",
                        "No audience measurement cookie, no advertising, no outside service: no other company "
                        "knows that you visit this website.",
                    ),
                    ("heading", "Your location"),
                    (
                        "paragraph",
                        "If you look for a place “around me”, your location is only used to sort places by "
                        "distance. It is never stored.",
                    ),
                    ("heading", "Forms"),
                    (
                        "paragraph",
                        "When you fill in a form, we keep only what is needed, and no longer than the period "
                        "stated on the form.",
                    ),
                    ("heading", "Your rights"),
                    ("paragraph", "You can ask to see, correct or delete your data by writing to us."),
                ],
            },
            "ar": {
                "slug": "bayanat-shakhsiya",
                "title": "البيانات الشخصية",
                "intro": "هذا الموقع لا يتتبعك.",
                "body": [
                    ("heading", "لا أدوات تتبع"),
                    (
                        "paragraph",
                        "لا ملفات تعريف ارتباط لقياس الزيارات، ولا إعلانات، ولا خدمات خارجية: لا تعلم "
                        "أي شركة أخرى أنك تزور هذا الموقع.",
                    ),
                    ("heading", "موقعك الجغرافي"),
                    (
                        "paragraph",
                        "إذا بحثت عن مكان «بالقرب مني»، يُستعمل موقعك فقط لترتيب الأماكن حسب المسافة. ولا يُحفظ أبدًا.",
                    ),
                    ("heading", "الاستمارات"),
                    (
                        "paragraph",
                        "عندما تملأ استمارة، نحتفظ فقط بما هو ضروري، ولا نحتفظ به أكثر من المدة المذكورة في الاستمارة.",
                    ),
                    ("heading", "حقوقك"),
                    ("paragraph", "يمكنك أن تطلب الاطلاع على بياناتك أو تصحيحها أو حذفها بمراسلتنا."),
                ],
            },
            "es": {
                "slug": "datos-personales",
                "title": "Datos personales",
                "intro": "Este sitio no le sigue.",
                "body": [
                    ("heading", "Ningún rastreador"),
                    (
                        "paragraph",
                        "Sin cookies de medición de audiencia, sin publicidad, sin servicios externos: "
                        "ninguna otra empresa sabe que usted visita este sitio.",
                    ),
                    ("heading", "Su ubicación"),
                    (
                        "paragraph",
                        "Si busca un lugar «cerca de mí», su ubicación solo sirve para ordenar los lugares "
                        "por distancia. Nunca se guarda.",
                    ),
                    ("heading", "Formularios"),
                    (
                        "paragraph",
                        "Cuando rellena un formulario, guardamos solo lo necesario, y no más tiempo del "
                        "indicado en el formulario.",
                    ),
                    ("heading", "Sus derechos"),
                    ("paragraph", "Puede pedir ver, corregir o borrar sus datos escribiéndonos."),
                ],
            },
        },
    ),
    (
        "accessibility_page",
        {
            "fr": {
                "slug": "accessibilite",
                "title": "Déclaration d'accessibilité",
                "intro": "Ce que nous faisons pour que chacun puisse utiliser ce site.",
                "body": [
                    ("heading", "État de conformité"),
                    (
                        "paragraph",
                        "Ce site est partiellement conforme au référentiel général d'amélioration de "
                        "l'accessibilité (RGAA 4.1). Il est testé automatiquement à chaque modification ; un audit "
                        "complet reste à mener.",
                    ),
                    ("heading", "Retour d'information et contact"),
                    (
                        "paragraph",
                        "Si vous n'arrivez pas à utiliser une page ou un service, écrivez-nous ou appelez-nous : "
                        "nous vous donnerons l'information sous une autre forme.",
                    ),
                    ("heading", "Voies de recours"),
                    (
                        "paragraph",
                        "Si vous n'obtenez pas de réponse, vous pouvez contacter le Défenseur des droits, par "
                        "courrier gratuit sans timbre : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
                    ),
                ],
            },
            "en": {
                "slug": "accessibility",
                "title": "Accessibility statement",
                "intro": "What we do so that everyone can use this website.",
                "body": [
                    ("heading", "Compliance status"),
                    (
                        "paragraph",
                        "This website partially complies with the French accessibility standard (RGAA 4.1). "
                        "It is tested automatically on every change; a full audit is still to be carried out.",
                    ),
                    ("heading", "Feedback and contact"),
                    (
                        "paragraph",
                        "If you cannot use a page or a service, write to us or call us: we will give you the "
                        "information in another form.",
                    ),
                    ("heading", "Remedies"),
                    (
                        "paragraph",
                        "If you get no answer, you can contact the Défenseur des droits (French rights "
                        "ombudsman), by free post without a stamp: Défenseur des droits, Libre réponse 71120, 75342 Paris "
                        "CEDEX 07.",
                    ),
                ],
            },
            "ar": {
                "slug": "imkaniyat-al-wusul",
                "title": "بيان إمكانية الوصول",
                "intro": "ما نقوم به ليتمكن الجميع من استعمال هذا الموقع.",
                "body": [
                    ("heading", "حالة المطابقة"),
                    (
                        "paragraph",
                        "هذا الموقع مطابق جزئيًا للمرجع العام لتحسين إمكانية الوصول (RGAA 4.1). يُختبر "
                        "آليًا عند كل تعديل، ولم يُجرَ بعدُ تدقيق كامل.",
                    ),
                    ("heading", "الملاحظات والتواصل"),
                    (
                        "paragraph",
                        "إذا لم تتمكن من استعمال صفحة أو خدمة، راسلنا أو اتصل بنا: سنقدم لك المعلومة بشكل آخر.",
                    ),
                    ("heading", "سبل الطعن"),
                    (
                        "paragraph",
                        "إذا لم تتلقَّ ردًا، يمكنك التواصل مع المدافع عن الحقوق (Défenseur des droits) "
                        "بالبريد المجاني دون طابع: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
                    ),
                ],
            },
            "es": {
                "slug": "accesibilidad",
                "title": "Declaración de accesibilidad",
                "intro": "Lo que hacemos para que todas las personas puedan usar este sitio.",
                "body": [
                    ("heading", "Estado de conformidad"),
                    (
                        "paragraph",
                        "Este sitio es parcialmente conforme con el referencial francés de accesibilidad "
                        "(RGAA 4.1). Se prueba automáticamente en cada cambio; falta una auditoría completa.",
                    ),
                    ("heading", "Comentarios y contacto"),
                    (
                        "paragraph",
                        "Si no consigue usar una página o un servicio, escríbanos o llámenos: le daremos la "
                        "información de otra forma.",
                    ),
                    ("heading", "Vías de recurso"),
                    (
                        "paragraph",
                        "Si no obtiene respuesta, puede contactar con el Défenseur des droits (defensor de "
                        "los derechos), por correo gratuito sin sello: Défenseur des droits, Libre réponse 71120, 75342 "
                        "Paris CEDEX 07.",
                    ),
                ],
            },
        },
    ),
]


def _strings(french, other):
    """Map each French string to the string at the same place in another language."""
    strings = {}
    for key, value in french.items():
        if key == "body":
            for (_kind, source), (_other_kind, target) in zip(value, other[key], strict=True):
                strings[source] = target
        else:
            strings[value] = other[key]
    return strings


def _translate(page, content, locales, log):
    for code, locale in locales.items():
        if code == "fr":
            continue
        translate_page(page, locale, _strings(content["fr"], content[code]))
    log(f"  {page.title}: {', '.join(LANGUAGES)}")


def create_starter_pages(log=print, standard_pages=STANDARD_PAGES):
    """The starter pages, created or set back; `standard_pages`: the demo's, with what only the demo says."""
    locales = ensure_locales(LANGUAGES)
    site = Site.objects.select_related("root_page").get(is_default_site=True)
    root = site.root_page.get_parent()

    home = site.root_page.specific
    if not isinstance(home, HomePage):
        # A new database has Wagtail's placeholder page: replace it with our home page.
        placeholder = home
        home = HomePage(slug="accueil", locale=locales["fr"], **HOME["fr"])
        root.add_child(instance=home)
        home.save_revision().publish()
        site.root_page = home
        site.site_name = "Proxinum"
        site.save()
        if placeholder.get_children_count() == 0:
            placeholder.delete()
    else:
        update_page(home, **HOME["fr"])
    _translate(home, HOME, locales, log)

    for model, content in SECTIONS:
        french = content["fr"]
        page, _changed = upsert_child(home, model, french["slug"], title=french["title"], intro=french["intro"])
        _translate(page, content, locales, log)

    site_settings = SiteSettings.for_site(site)
    for field, content in standard_pages:
        french = content["fr"]
        page, _changed = upsert_child(
            home,
            StandardPage,
            french["slug"],
            title=french["title"],
            intro=french["intro"],
            body=body_stream(french["body"]),
        )
        _translate(page, content, locales, log)
        setattr(site_settings, field, page)

    site_settings.site_name = "Proxinum"
    site_settings.save()
    return home

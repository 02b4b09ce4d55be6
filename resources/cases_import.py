"""Import the inspiring cases of the ANCT "Programme National d'Investigations" (synthèse 2021).

The synthesis is a PDF converted to markdown: section headings come at any level (sometimes only in bold), most
territory headings were lost, and insets (tool boxes, captions, flyers, tables) sit between and inside the cases.
The parser walks the lines once, region by region, cuts each case into its sections, cleans the insets out, and
finds each case's collectivité among the document's own list of participants.

`parse_cases(text)` only reads; `import_cases(path_or_text, index_page)` creates or updates the pages, keyed on a
stable `import_key`, so that running it again changes nothing.
"""

import html
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from proxinum import territories
from proxinum.content import update_page, upsert_child
from proxinum.search_query import fold as fold_text

from .enums import CaseTheme

SOURCE_NAME = "ANCT, Programme National d'Investigations, synthèse 2021"
KEY_PREFIX = "pni-2021"
TITLE_MAX = 120
SLUG_MAX = 80

# The sections of a case, in the document's order: (field, pattern of the folded heading).
SECTIONS = [
    ("problem", re.compile(r"^problematique(?: (\d+))?$")),
    ("context", re.compile(r"^contexte$")),
    ("hypotheses", re.compile(r"^hypotheses?(?: s)? de depart$")),
    ("investigation", re.compile(r"^investigation$")),
    ("solutions", re.compile(r"^quelles?(?: s)? solutions?(?: s)?$")),
    ("next_steps", re.compile(r"^et maintenant$")),
]
SECTION_ORDER = [name for name, _pattern in SECTIONS]
SECTION_LABELS = {
    "problem": "PROBLÉMATIQUE",
    "context": "CONTEXTE",
    "hypotheses": "HYPOTHÈSE(S) DE DÉPART",
    "investigation": "INVESTIGATION",
    "solutions": "QUELLE(S) SOLUTION(S) ?",
    "next_steps": "ET MAINTENANT ?",
}
MANDATORY = ["problem", "solutions"]

HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*$")
BOLD_LINE_RE = re.compile(r"^\*\*(.+?)\*\*\s*$")
# "# 73 • AGENCE ALPINE DES TERRITOIRES (AGATE)": one of the few territory headings that survived the conversion.
TERRITORY_HEADING_RE = re.compile(r"^#\s+\d{2,3}[AB]?\s*•")
# "La ville des Mureaux a mené deux investigations.": the sentence that introduces a collectivité's cases.
INTRO_SENTENCE_RE = re.compile(
    r"\b(?:deux|trois|quatre|cinq|\d) investigations\b.{0,80}\bmenees\b"
    r"|\b(?:mene|conduit) (?:deux|trois|quatre|cinq|\d) investigations\b"
)
LIST_ENTRY_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<departments>\w{2,3}(?:\s*,\s*\w{2,3})*)\)[\s\\*]*$")
LIST_ITEM_RE = re.compile(r"^(\s*)[-•]\s+(.*)$")
# A tool box: a name in bold capitals that starts the paragraph ("**FLOWBIRD** est une application...") or that the
# paragraph presents ("Créé il y a cinq ans, **BALUDIK** est...", "le projet « **CONSEILLERS NUMÉRIQUES** » a pour").
_BOLD_NAME = r"\*\*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 .'’+\-]{2,}"
TOOL_BOX_RE = re.compile(rf"^{_BOLD_NAME}(?:\*\*|\s)|{_BOLD_NAME}\*\*\s*»?\s*(?:est|a été|a pour)\b")
TERMINAL_PUNCTUATION = tuple('.:;!?»)…"”')

# The document's list of participants gives names with their department(s); the cases call them by other names too.
ALIASES = {
    "Agence Alpine des Territoires": ["AGATE", "Gilly-sur-Isère", "Val Guiers"],
    "Bapaume": ["Sud Artois"],
    "CA Roissy Pays de France": ["Louvres", "Villeparisis", "Mitry-Mory"],
    "CA Sud île de la Réunion": ["CASUD", "Sud de la Réunion", "Sud de l'île de la Réunion", "Sud de l'île de Réunion"],
    "CC Touraine Ouest Val de Loire": ["CCTOVAL"],
    "CC du Pays de Landerneau Daoulas": ["CCPLD"],
    "CC du Grand Pic Saint-Loup": ["CCGPSL"],
    "Guyane": ["CTG"],
    "Saint-Ouen": ["Saint-Ouen-sur-Seine"],
}
# Spelling fixes of the list (accents, capitals) and names that read better in full on the site.
NAME_FIXES = {
    "Epinal": "Épinal",
    "Argelès-sur-mer": "Argelès-sur-Mer",
    "CA Sud île de la Réunion": "CA Sud Île de la Réunion (CASUD)",
    "Agence Alpine des Territoires": "Agence Alpine des Territoires (AGATE)",
}
DISPLAY_NAMES = {
    "Seine-Saint-Denis": "Département de la Seine-Saint-Denis",
    "Lot": "Département du Lot",
    "Bapaume": "Commune de Bapaume et CC du Sud Artois",
    "CCAS Is-sur-Tille": "Commune et CCAS d'Is-sur-Tille",
}
# The name that starts a case's title ("Vichy : redynamiser…"); by default the list's name, spelling fixed.
SHORT_NAMES = {
    "Lot": "Département du Lot",
    "CCAS Is-sur-Tille": "Is-sur-Tille",
    "CA Sud île de la Réunion": "CA Sud Île de la Réunion",
    "Agence Alpine des Territoires": "Agence Alpine des Territoires",
    "Bapaume": "Bapaume et Sud Artois",
}
# How the list's categories name their members ("Villes" → "Ville de Vichy"); the others keep the list's name.
CATEGORY_PREFIXES = {
    "departements": "Département",
    "collectivite territoriale unique": "Collectivité territoriale",
    "villes": "Ville",
    "communes": "Commune",
}

# Theme keywords, matched on the folded problématique (three times the weight) and contexte; the best score wins.
THEME_KEYWORDS = {
    CaseTheme.DIGITAL_INCLUSION: [
        "illectronisme", "fracture numerique", "inclusion numerique", "competences numeriques",
        "moyens numeriques", "aidants numeriques", "conseillers numeriques",
    ],
    CaseTheme.PUBLIC_SERVICE: [
        "accueil", "demarches administratives", "france services", "maison de services", "guichet",
        "rendez vous", "reclamations", "mediation", "satisfaction des usagers", "nouveaux habitants",
        "informations en ligne", "taches a faible valeur ajoutee",
    ],
    CaseTheme.SOCIAL: [
        "cias", "ccas", "action sociale", "aides sociales", "aide alimentaire", "sante", "medecins",
        "violences", "personnes agees", "isolement", "precarite",
    ],
    CaseTheme.LOCAL_ECONOMY: [
        "commerce", "commerces", "commercants", "commerciale", "commerciaux", "artisans", "artisanat",
        "restaurateurs", "restauration", "tissu economique",
    ],
    CaseTheme.MOBILITY: ["voiture", "covoiturage", "mobilite", "transport", "trajets"],
    CaseTheme.ENVIRONMENT: [
        "dechets", "tri", "encombrants", "depots sauvages", "eau potable", "degradations",
        "parcs", "environnementaux",
    ],
    CaseTheme.CULTURE: [
        "culture", "culturelle", "culturelles", "culturel", "sportifs", "associations", "patrimonial",
        "festival",
    ],
    CaseTheme.PARTICIPATION: ["democratie", "vie publique", "conseils de quartier", "participation"],
    CaseTheme.EDUCATION: [
        "ecole", "decrochage", "creches", "centre de loisirs", "enfants", "enseignement", "professeurs",
    ],
    CaseTheme.GOVERNANCE: [
        "agents", "collaboration", "collaboratives", "culture projet", "coordination", "decideurs",
        "evaluation", "objectiver", "decisions politiques", "gestion de crise", "conseils municipaux",
    ],
}  # fmt: skip
FALLBACK_THEME = CaseTheme.GOVERNANCE

# Words a cut title should not end on ("... résoudre l'offre de").
DANGLING_WORDS = {
    "a", "au", "aux", "avec", "ce", "ces", "cette", "d", "dans", "de", "des", "dont", "du", "en", "et", "l", "la",
    "le", "les", "leur", "leurs", "lors", "ne", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "ses", "son",
    "sur", "un", "une", "via",
}  # fmt: skip


class CaseImportError(Exception):
    """Nothing could be imported (unreadable file, no case): `problems` says what the parser found."""

    def __init__(self, message, problems=()):
        super().__init__(message)
        self.problems = list(problems)


@dataclass
class Collectivity:
    name: str  # as in the document's list, e.g. "Epinal"
    category: str
    departments: list
    display: str  # "Ville d'Épinal"
    short: str  # "Épinal", for titles
    key: str  # "epinal", for import keys
    patterns: list = field(default_factory=list)  # folded names to look for

    @property
    def department_code(self):
        return self.departments[0]

    @property
    def region_code(self):
        return territories.region_of_department(self.department_code)


@dataclass
class ParsedCase:
    line: int  # of the PROBLÉMATIQUE heading, from 1
    region_code: str = ""
    number: int | None = None  # "PROBLÉMATIQUE 2" → 2
    collectivity: str = ""
    collectivity_key: str = ""
    department_code: str = ""
    problem: str = ""  # the sections, as simple HTML
    context: str = ""
    hypotheses: str = ""
    investigation: str = ""
    solutions: str = ""
    next_steps: str = ""
    title: str = ""
    theme: str = ""
    import_key: str = ""
    errors: list = field(default_factory=list)

    @property
    def is_valid(self):
        return not self.errors

    def page_fields(self):
        return {
            "title": self.title,
            "collectivity": self.collectivity,
            "department_code": self.department_code,
            "region_code": self.region_code,
            "theme": self.theme,
            "problem": self.problem,
            "context": self.context,
            "hypotheses": self.hypotheses,
            "investigation": self.investigation,
            "solutions": self.solutions,
            "next_steps": self.next_steps,
            "source_name": SOURCE_NAME,
            "import_key": self.import_key,
        }


@dataclass
class ParseReport:
    cases: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @property
    def valid_cases(self):
        return [case for case in self.cases if case.is_valid]


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list = field(default_factory=list)


# Text helpers


def fold(text):
    """The search's folding without punctuation: "Val'Éyrieux" and "VAL EYRIEUX" both give "val eyrieux"."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold_text(text)).split())


def _heading_text(text):
    return fold(text.replace("*", "").replace("\\", ""))


def _is_blank(line):
    return not line.strip()


# The list of participants


def _display_name(name, category):
    if name in DISPLAY_NAMES:
        return DISPLAY_NAMES[name]
    fixed = NAME_FIXES.get(name, name)
    prefix = CATEGORY_PREFIXES.get(fold(category))
    if not prefix:
        return fixed
    article = fixed.split(" ", 1)
    if article[0] in ("Les", "Le") and len(article) > 1:
        return f"{prefix} {'des' if article[0] == 'Les' else 'du'} {article[1]}"
    if fold(fixed[0]) in "aeiouyh":
        return f"{prefix} d'{fixed}"
    return f"{prefix} de {fixed}"


def _patterns(name):
    """Folded names to look for: the list's name, without its "CC du" or "Les", and the known variants."""
    names = {name, *ALIASES.get(name, [])}
    core = re.sub(r"^(?:CC|CA|CIAS|CCAS)\s+(?:du |des |de la |de l'|de |d')?", "", name)
    names.add(core)
    names.add(re.sub(r"^(?:Les|Le|La)\s+", "", core))
    names.add(re.sub(r"\s+Agglo$", "", core))
    return sorted({fold(variant) for variant in names if fold(variant)}, key=len, reverse=True)


def parse_participants(lines):
    """The front matter's "### Villes" / "Vichy (03)" lists, up to the first region heading."""
    participants = []
    category = None
    for line in lines:
        heading = HEADING_RE.match(line)
        if heading:
            text = heading.group(2)
            if _region_of_heading(line):
                break
            # Entries count under a "### Villes" heading; a higher heading ends the list.
            category = text.replace("*", "").strip() if len(heading.group(1)) == 3 else None
            continue
        entry = LIST_ENTRY_RE.match(line.strip())
        if category and entry:
            name = entry.group("name").strip()
            departments = [code.strip() for code in entry.group("departments").split(",")]
            if not all(code in territories.departments() for code in departments):
                continue
            participants.append(
                Collectivity(
                    name=name,
                    category=category,
                    departments=departments,
                    display=_display_name(name, category),
                    short=SHORT_NAMES.get(name, NAME_FIXES.get(name, name)),
                    key=slugify(name),
                    patterns=_patterns(name),
                )
            )
    return participants


def _matches(text, candidates):
    """{candidate: (occurrences, first position)} of the candidates named in `text`."""
    folded = f" {fold(text)} "
    found = {}
    for candidate in candidates:
        positions = []
        for pattern in candidate.patterns:
            positions += [match.start() for match in re.finditer(rf"(?<= ){re.escape(pattern)}(?= )", folded)]
        if positions:
            found[candidate.name] = (len(positions), min(positions), candidate)
    return found


def _best(found):
    if not found:
        return None
    return max(found.values(), key=lambda item: (item[0], -item[1]))[2]


# Regions


@cache
def _region_index():
    index = {}
    for code, name in territories.regions().items():
        folded = fold(name)
        index[folded] = code
        index[re.sub(r"^la ", "", folded)] = code
    return index


def _region_of_heading(line):
    """The region code of "# AUVERGNE-RHÔNE-ALPES" or "# RÉUNION (974)"; "" for any other line."""
    heading = HEADING_RE.match(line)
    if not heading or len(heading.group(1)) != 1:
        return ""
    text = re.sub(r"\(\s*\d+\s*\)", "", heading.group(2))
    return _region_index().get(_heading_text(text), "")


# Markdown to simple HTML


def _inline(text):
    """**bold**, *italic*, links and stray backslashes of one line, as escaped HTML."""
    literals = []

    def keep(match):
        literals.append(match.group(1))
        return f"\x00{len(literals) - 1}\x00"

    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|])", keep, text)
    text = html.escape(text, quote=False)
    text = re.sub(r"&lt;(/?)b&gt;", r"<\1b>", text)
    text = re.sub(r"\[([^\]]+)\]\((https?://[^)\s]+)\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"&lt;(https?://[^\s&]+)&gt;", r'<a href="\1">\1</a>', text)
    text = re.sub(r"\*\*\*(\S(?:.*?\S)?)\*\*\*", r"<b><i>\1</i></b>", text)
    text = re.sub(r"\*\*(\S(?:.*?\S)?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])", r"<i>\1</i>", text)
    text = text.replace("*", "").replace("\\", "")
    text = re.sub(r"\x00(\d+)\x00", lambda match: html.escape(literals[int(match.group(1))], quote=False), text)
    text = re.sub(r"<b>\s*</b>|<i>\s*</i>", "", text)
    return " ".join(text.split())


def _join_lines(lines):
    """The lines of one paragraph or list item: a markdown hard break ("  " at the end) becomes <br>."""
    parts = []
    for index, line in enumerate(lines):
        parts.append(_inline(line))
        if index < len(lines) - 1:
            parts.append("<br>" if line.endswith("  ") else " ")
    return re.sub(r"(?:\s*<br>\s*)+$", "", "".join(parts)).strip()


def _blocks(lines):
    """Paragraphs (lists of lines) separated by blank lines."""
    blocks, current = [], []
    for line in lines:
        if _is_blank(line):
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(line.rstrip("\n"))
    if current:
        blocks.append(current)
    return blocks


def _ends_sentence(text):
    return text.rstrip().rstrip("*").rstrip().endswith(TERMINAL_PUNCTUATION)


def _continues(previous, block):
    """Whether `block` is the end of the paragraph `previous`, cut in two by a page break."""
    first = block[0].strip()
    return first[:1].islower() and not LIST_ITEM_RE.match(block[0]) and not _ends_sentence(previous[-1])


def _join_cut_paragraphs(blocks):
    joined = []
    for block in blocks:
        if joined and _continues(joined[-1], block):
            joined[-1] = [*joined[-1][:-1], f"{joined[-1][-1].rstrip()} {block[0].strip()}", *block[1:]]
        else:
            joined.append(block)
    return joined


def _is_inset(text, block):
    """A table (tabs), a rule or a tool box."""
    return any("\t" in line for line in block) or bool(re.fullmatch(r"[-*_ ]{3,}", text) or TOOL_BOX_RE.search(text))


def _is_caption(text, block):
    """A short line alone, not a sentence, a list item nor a sub-heading: an image caption left by the conversion."""
    if LIST_ITEM_RE.match(block[0]) or BOLD_LINE_RE.match(text):
        return False
    return len(block) == 1 and len(text) < 100 and not _ends_sentence(text)


def _clean_blocks(blocks):
    """Join paragraphs a page break cut in two, and drop insets: tool boxes, tables, rules, orphan captions."""
    kept = []
    for block in _join_cut_paragraphs(blocks):
        text = " ".join(line.strip() for line in block)
        if _is_inset(text, block) or (kept and _is_caption(text, block)):
            continue
        kept.append(block)
    return kept


def _list_html(items):
    """Items are (indentation, lines); a more indented item nests in the previous one."""
    out, stack = [], []  # stack: the indentation of each open <ul>
    for depth, lines in items:
        if not stack or depth > stack[-1]:
            out.append("<ul><li>")
            stack.append(depth)
        else:
            while len(stack) > 1 and depth < stack[-1]:
                out.append("</li></ul>")
                stack.pop()
            out.append("</li><li>")
        out.append(_join_lines(lines))
    out.append("</li></ul>" * len(stack))
    return "".join(out)


def blocks_to_html(blocks):
    """Paragraphs → <p>, "- " items → <ul><li> (nested by indentation), consecutive lists merged."""
    parts, items = [], []
    for block in blocks:
        if LIST_ITEM_RE.match(block[0]):
            for line in block:
                item = LIST_ITEM_RE.match(line)
                if item:
                    items.append((len(item.group(1).expandtabs()), [item.group(2)]))
                else:
                    items[-1][1].append(line.strip())
            continue
        if items:
            parts.append(_list_html(items))
            items = []
        text = _join_lines([re.sub(r"^>\s?", "", line).strip() if line.startswith(">") else line for line in block])
        if text:
            parts.append(f"<p>{text}</p>")
    if items:
        parts.append(_list_html(items))
    return "".join(parts)


def html_to_text(value):
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", value)).split())


# Titles and themes


def make_title(short_name, problem_text):
    """ "Vichy : redynamiser les commerces locaux…": the problématique's first sentence, cut at a word."""
    sentence = re.split(r"(?<=[.!?])\s+", problem_text.strip(), maxsplit=1)[0].strip().rstrip(" .;:!?,")
    if len(sentence) > 1 and sentence[1:2].islower():
        sentence = sentence[0].lower() + sentence[1:]
    title = f"{short_name} : {sentence}" if short_name else sentence[:1].upper() + sentence[1:]
    if len(title) <= TITLE_MAX:
        return title
    cut = title[: TITLE_MAX - 1].rsplit(" ", 1)[0]
    for opening, closing in ("()", "«»"):
        if cut.count(opening) > cut.count(closing):
            cut = cut[: cut.rindex(opening)]  # no parenthesis left open by the cut
    words = cut.split()
    while words and (fold(words[-1]) in DANGLING_WORDS or fold(words[-1].split("'")[-1]) in DANGLING_WORDS):
        words.pop()
    return " ".join(words).rstrip(" .;:!?,«(") + "…"


def classify(problem_text, context_text):
    problem, context = f" {fold(problem_text)} ", f" {fold(context_text)} "
    scores = {}
    for theme, keywords in THEME_KEYWORDS.items():
        score = 0
        for keyword in keywords:
            pattern = f" {keyword} "
            score += 3 * problem.count(pattern) + context.count(pattern)
        scores[theme] = score
    best = max(scores, key=lambda theme: scores[theme])
    return (best if scores[best] else FALLBACK_THEME).value


# The parser


@dataclass
class _RawCase:
    start: int  # line index of the PROBLÉMATIQUE heading (or of the first section if it is missing)
    region_code: str
    region_start: int
    number: int | None
    sections: dict = field(default_factory=dict)  # name → [line indexes]
    order: list = field(default_factory=list)

    @property
    def last_section(self):
        return self.order[-1] if self.order else None


def _section_of(line):
    """(section name, number) if the line is a section heading, in any of the document's forms."""
    heading = HEADING_RE.match(line)
    text = heading.group(2) if heading else None
    if text is None:
        bold = BOLD_LINE_RE.match(line.strip())
        text = bold.group(1) if bold else None
    if text is None:
        return None
    folded = _heading_text(text)
    for name, pattern in SECTIONS:
        match = pattern.match(folded)
        if match:
            return name, int(match.group(1)) if match.lastindex else None
    return None


class _Splitter:
    """Walks the lines into raw cases, region by region (see _split)."""

    def __init__(self):
        self.cases, self.current, self.section = [], None, None
        self.region_code, self.region_start = "", None

    def feed(self, index, line):
        if region := _region_of_heading(line):
            self.region_code, self.region_start, self.current, self.section = region, index, None, None
        elif self.region_start is None:
            return  # front matter
        elif found := _section_of(line):
            self._start_section(index, *found)
        else:
            self._add_line(index, line)

    def _follows_current(self, name):
        """Whether a section heading comes after the current case's sections, in the document's order."""
        if self.current is None:
            return False
        return SECTION_ORDER.index(name) > max(SECTION_ORDER.index(other) for other in self.current.order)

    def _start_section(self, index, name, number):
        follows = self._follows_current(name)
        if name == "problem" or (name != "next_steps" and not follows):
            # A new case; one that starts with CONTEXTE lost its PROBLÉMATIQUE heading (reported later).
            self.current = _RawCase(
                start=index, region_code=self.region_code, region_start=self.region_start, number=number
            )
            self.cases.append(self.current)
        elif not follows:
            self.current, self.section = None, None  # a repeated "ET MAINTENANT ?" after the last case: not a case
            return
        self.section = name
        self.current.sections[name] = []
        self.current.order.append(name)

    def _add_line(self, index, line):
        if self.current is None or self.section is None:
            return
        heading = HEADING_RE.match(line)
        if heading and len(heading.group(1)) <= 2:
            self.section = None  # an inset ("## Part'âge", "# France services"): skipped up to the next section
        else:
            self.current.sections[self.section].append(index)  # a sub-heading inside a section is kept, in bold


def _split(lines):
    """Walk the lines into raw cases; everything before the first region heading is front matter."""
    splitter = _Splitter()
    for index, line in enumerate(lines):
        splitter.feed(index, line)
    return splitter.cases


def _trim_last_section(lines, indexes):
    """The last section runs into what follows the case: stop it at the first gap of two empty lines."""
    kept, started, empty = [], False, 0
    for index in indexes:
        line = lines[index]
        if line == "":
            empty += 1
            if started and empty >= 2:
                break
        else:
            empty = 0
            started = started or bool(line.strip())
        kept.append(index)
    return kept


def _section_lines(lines, indexes):
    out = []
    for index in indexes:
        line = lines[index]
        heading = HEADING_RE.match(line)
        out.append(f"**{heading.group(2).replace('*', '').strip()}**" if heading else line)
    return out


def _intro_text(lines, start, end):
    """Territory headings and "X a mené deux investigations" sentences between two cases."""
    found = []
    for line in lines[start:end]:
        if TERRITORY_HEADING_RE.match(line):
            found.append(line)
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            if INTRO_SENTENCE_RE.search(fold(sentence)):
                found.append(sentence)
    return "\n".join(found)


def _read_sections(lines, raw, case):
    """Set the case's sections (simple HTML) from its lines; return their plain texts and the last section's lines."""
    texts, last_indexes = {}, []
    for name in raw.order:
        indexes = raw.sections[name]
        if name == raw.last_section:
            indexes = last_indexes = _trim_last_section(lines, indexes)
        setattr(case, name, blocks_to_html(_clean_blocks(_blocks(_section_lines(lines, indexes)))))
        texts[name] = html_to_text(getattr(case, name))
    return texts, last_indexes


def _collectivity_of(case, raw, texts, intro, participants, previous_case):
    """The collectivité a case is about, among the region's participants, or None."""
    in_region = [item for item in participants if item.region_code == case.region_code]
    # The first level that names one of the region's participants wins.
    for level in (intro, texts.get("problem", ""), texts.get("context", "")):
        if collectivity := _best(_matches(level, in_region)):
            return collectivity
    collectivity = _inherited_collectivity(case, raw, participants, previous_case)
    return collectivity or _best(_matches("\n".join(texts.values()), in_region))


def _inherited_collectivity(case, raw, participants, previous_case):
    """ "PROBLÉMATIQUE 2" that names no one continues the previous case's collectivité (in the same region)."""
    if not (raw.number and raw.number > 1 and previous_case is not None):
        return None
    if previous_case.region_code != case.region_code:
        return None
    return next((item for item in participants if item.key == previous_case.collectivity_key), None)


def _unknown_collectivity(case, intro, texts, participants):
    """The error of a case whose collectivité is not found in its region, naming the one of another region it cites."""
    elsewhere = _best(_matches("\n".join([intro, *texts.values()]), participants))
    region_name = territories.regions().get(case.region_code, case.region_code)
    if elsewhere:
        return (
            f"collectivité introuvable parmi celles de la région {region_name} "
            f"(le texte cite {elsewhere.display}, d'une autre région)"
        )
    return f"aucune collectivité de la région {region_name} reconnue dans le texte"


def _attach(case, collectivity, texts, per_collectivity):
    """Give the case its collectivité, the import key of its rank among that collectivité's cases, and its title."""
    case.collectivity = collectivity.display
    case.collectivity_key = collectivity.key
    case.department_code = collectivity.department_code
    case.region_code = collectivity.region_code  # the section's region: candidates were taken from it
    number = per_collectivity.get(collectivity.key, 0) + 1
    per_collectivity[collectivity.key] = number
    case.import_key = f"{KEY_PREFIX}:{collectivity.key}:{number}"
    case.title = make_title(collectivity.short, texts.get("problem", ""))


def parse_cases(text):
    """Read the synthesis; return a ParseReport of the cases found and of what could not be read."""
    report = ParseReport()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    participants = parse_participants(lines)
    if not participants:
        report.problems.append(
            "Liste des collectivités participantes introuvable (« ### Villes », « Vichy (03) »...) : "
            "aucune collectivité ne pourra être reconnue."
        )
    previous_end, previous_case, per_collectivity = -1, None, {}
    for raw in _split(lines):
        case = ParsedCase(line=raw.start + 1, region_code=raw.region_code, number=raw.number)
        texts, last_indexes = _read_sections(lines, raw, case)
        intro = _intro_text(lines, max(previous_end + 1, raw.region_start), raw.start)
        previous_end = last_indexes[-1] if last_indexes else raw.start
        case.errors += [f"section {SECTION_LABELS[name]} absente ou vide" for name in MANDATORY if not texts.get(name)]
        collectivity = _collectivity_of(case, raw, texts, intro, participants, previous_case)
        if collectivity is None:
            case.errors.append(_unknown_collectivity(case, intro, texts, participants))
        else:
            _attach(case, collectivity, texts, per_collectivity)
        if not case.title and texts.get("problem"):
            case.title = make_title("", texts["problem"])
        case.theme = classify(texts.get("problem", ""), texts.get("context", ""))
        if case.errors:
            report.problems.append(f"Ligne {case.line} : {' ; '.join(case.errors)} ; cas ignoré.")
        report.cases.append(case)
        previous_case = case
    _drop_copied_sections(report)
    return report


def _drop_copied_sections(report):
    """A section copied word for word from an earlier case is a slip of the document: leave it out, and say so.

    (The 2021 synthesis gives Louvres the INVESTIGATION of Valence Romans Agglo's central kitchen.)
    """
    seen = {}
    for case in report.cases:
        for name in SECTION_ORDER[1:]:
            text = fold(html_to_text(getattr(case, name)))
            if len(text) < 200:
                continue
            first = seen.setdefault((name, text), case)
            if first is not case:
                setattr(case, name, "")
                report.problems.append(
                    f"Ligne {case.line} : la section {SECTION_LABELS[name]} reprend mot pour mot celle du cas "
                    f"de la ligne {first.line} ({first.collectivity}) ; elle est laissée vide."
                )


# The import


def _read(path_or_text):
    """A Path, or a str without a line break, is a file name; any other str is the text itself."""
    if isinstance(path_or_text, str) and "\n" in path_or_text:
        return path_or_text, "le texte"
    path = Path(path_or_text)
    try:
        return path.read_text(encoding="utf-8"), f"« {path} »"
    except FileNotFoundError as error:
        raise CaseImportError(f"Impossible de lire « {path} » : ce fichier n'existe pas.") from error
    except IsADirectoryError as error:
        raise CaseImportError(f"Impossible de lire « {path} » : c'est un dossier, pas un fichier.") from error
    except PermissionError as error:
        raise CaseImportError(f"Impossible de lire « {path} » : accès refusé.") from error
    except UnicodeDecodeError as error:
        raise CaseImportError(f"Impossible de lire « {path} » : ce n'est pas un texte UTF-8.") from error
    except OSError as error:
        raise CaseImportError(f"Impossible de lire « {path} » : {error.strerror or error}.") from error


def _writer(stdout):
    if stdout is None:
        return lambda message: None
    if hasattr(stdout, "write"):
        return lambda message: stdout.write(f"{message}\n")
    return stdout


def unique_slug(title, taken):
    base = slugify(title)[:SLUG_MAX].rstrip("-") or "cas"
    if "-" in base and len(slugify(title)) > SLUG_MAX:
        base = base.rsplit("-", 1)[0]
    slug, suffix = base, 2
    while slug in taken:
        slug = f"{base[: SLUG_MAX - len(str(suffix)) - 1]}-{suffix}"
        suffix += 1
    return slug


def write_cases(index_page, cases):
    """Create or update `cases` (with `import_key`, `title`, `page_fields()`, maybe `slug`) under `index_page`.

    The import key finds the page again, whatever its slug or title became since; a new page gets a slug unique
    among its siblings. A case an editor has unpublished, or holds a draft of, is left as it is.
    Returns [(page, "created" | "updated" | "unchanged")], in the order of `cases`.
    """
    from .models import CaseStudyPage

    existing = {
        page.import_key: page
        for page in CaseStudyPage.objects.child_of(index_page).exclude(import_key="").order_by("path")
    }
    taken = set(index_page.get_children().values_list("slug", flat=True))
    written = []
    with transaction.atomic():
        for case in cases:
            page = existing.get(case.import_key)
            if page is not None and (not page.live or page.has_unpublished_changes):
                # An editor unpublished it, or is revising it: the import must not put it back online, nor publish
                # over the editor's draft.
                written.append((page, "unchanged"))
                continue
            if page is None:
                slug = unique_slug(getattr(case, "slug", "") or case.title, taken)
                taken.add(slug)
                page, _changed = upsert_child(index_page, CaseStudyPage, slug, **case.page_fields())
                existing[case.import_key] = page
                status = "created"
            else:
                status = "updated" if update_page(page, **case.page_fields()) else "unchanged"
            written.append((page, status))
    return written


def import_cases(path_or_text, index_page, stdout=None):
    """Import the synthesis's cases under `index_page` (a CaseStudyIndexPage); safe to run again.

    Writes nothing and raises CaseImportError if the file cannot be read or holds no case. A case without
    problématique, solutions or collectivité is reported in `problems` and skipped; the others are written
    together, in one transaction.
    """
    log = _writer(stdout)
    text, source = _read(path_or_text)
    report = parse_cases(text)
    if not report.cases:
        raise CaseImportError(f"Aucun cas trouvé dans {source} : rien n'a été importé.", report.problems)
    valid = report.valid_cases
    if not valid:
        raise CaseImportError(
            f"Aucun cas complet dans {source} ({len(report.cases)} cas incomplets) : rien n'a été importé.",
            report.problems,
        )
    result = ImportResult(problems=list(report.problems))
    for page, status in write_cases(index_page, valid):
        setattr(result, status, getattr(result, status) + 1)
        if status != "unchanged":
            log(f"{'Créé' if status == 'created' else 'Mis à jour'} : {page.title}")
    return result

"""The project's own lint tools (tools/), each run on a small tree or file of its own."""

import subprocess
import sys
from pathlib import Path

from tools import lint_complexity, lint_imports, lint_templates

PROJECT_DIR = Path(__file__).resolve().parents[2]


# tools/lint_imports.py ----------------------------------------------------------------------------------------


def write_tree(root, files):
    for relative_path, source in files.items():
        path = root / relative_path
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source)


def run_lint_imports(root):
    return subprocess.run(
        [sys.executable, "-m", "tools.lint_imports", str(root)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


ALLOWED_IMPORTS = {
    "site/__init__.py": "",
    "site/urls.py": "from places import views\nimport events.views\n",  # urls mounts every app's views
    "site/navigation.py": "from .registry import navigation_sections\nfrom proxinum import demo\nfrom . import demo\n",
    "site/models/__init__.py": "from ..registry import search_groups\nfrom .. import text\n",
    "places/__init__.py": "",
    "places/models/finder.py": "from .. import finder\nfrom ..fields import has_value\nfrom proxinum.blocks import X\n",
    "places/tests/test_x.py": "import events\nfrom home.models import HomePage\n",  # tests are free
    "home/models.py": "from places.models import MobileTourPage\nfrom events import calendar\n",
    "demo/loaders.py": "import places, resources, events, home\n",
}


def test_lint_imports_accepts_the_allowed_dependencies(tmp_path):
    write_tree(tmp_path, ALLOWED_IMPORTS)
    assert lint_imports.violations(tmp_path) == []
    result = run_lint_imports(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_lint_imports_reports_every_forbidden_import_with_its_file_line_and_rule(tmp_path):
    write_tree(
        tmp_path,
        {
            **ALLOWED_IMPORTS,
            "places/views.py": (
                "import json\n"
                "\n"
                "def events_here(place):\n"
                "    from events.models import EventPage  # inside a function\n"
                "    import resources.models.library\n"
                "    return EventPage\n"
            ),
            "places/starter.py": "from home import starter\nfrom demo.loaders import load\n",
            "resources/__init__.py": "",
            "resources/migrations/0002_library.py": "import places.fields\n",  # migrations count
            "site/search.py": "from django.apps import apps\nfrom resources.models import TutorialPage\n",
            "site/templatetags/tags.py": "import home.models\n",
        },
    )
    result = run_lint_imports(tmp_path)
    assert result.returncode == 1
    content_rule = "a content app imports no other content app"
    composing_rule = "a content app imports neither home nor demo"
    core_rule = "the site-wide code discovers the apps (proxinum.registry), it does not import them"
    assert result.stdout.splitlines()[:-1] == [
        f"places/starter.py:1: places imports home ({composing_rule})",
        f"places/starter.py:2: places imports demo ({composing_rule})",
        f"places/views.py:4: places imports events ({content_rule})",
        f"places/views.py:5: places imports resources ({content_rule})",
        f"resources/migrations/0002_library.py:1: resources imports places ({content_rule})",
        f"site/search.py:2: proxinum imports resources ({core_rule})",
        f"site/templatetags/tags.py:1: proxinum imports home ({core_rule})",
    ]
    assert "7 forbidden import(s)" in result.stdout.splitlines()[-1]


def test_lint_imports_resolves_relative_imports_within_their_own_package(tmp_path):
    files = {
        "site/__init__.py": "",
        "site/models/__init__.py": "",
        "site/models/pages.py": "from ..search import x\nfrom ... import y\nfrom . import z\n",
    }
    write_tree(tmp_path, files)
    tree = lint_imports.ast.parse(files["site/models/pages.py"])
    module = lint_imports.module_name("proxinum", tmp_path / "site", tmp_path / "site/models/pages.py")
    assert module == "proxinum.models.pages"
    # "from ... import y" would leave the top package: Python refuses it, the tool skips it.
    assert list(lint_imports.imported_modules(tree, module, is_package=False)) == [
        (1, "proxinum.search"),
        (3, "proxinum.models"),
    ]
    init = lint_imports.module_name("proxinum", tmp_path / "site", tmp_path / "site/models/__init__.py")
    assert init == "proxinum.models"
    assert list(lint_imports.imported_modules(lint_imports.ast.parse("from . import pages"), init, True)) == [
        (1, "proxinum.models")
    ]
    assert lint_imports.violations(tmp_path) == []


# tools/lint_templates.py --------------------------------------------------------------------------------------


def run_lint_templates(*paths):
    return subprocess.run(
        [sys.executable, "-m", "tools.lint_templates", *map(str, paths)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_lint_templates_reports_each_line_over_160_characters_with_its_path_line_and_length(tmp_path):
    template = tmp_path / "page.html"
    # 160 characters is allowed; Arabic counts in characters, not in UTF-8 bytes.
    lines = ["<p>", "x" * 160, "ع" * 150, "y" * 161, "</p>", "z" * 300]
    template.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_lint_templates(template)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:-1] == [f"{template}:4:161", f"{template}:6:300"]
    assert "2 template line(s) over 160" in result.stdout.splitlines()[-1]


def test_lint_templates_checks_every_file_below_a_folder_and_passes_a_clean_one(tmp_path):
    write_tree(
        tmp_path,
        {
            "templates/base.html": "<html>\n" + "a" * 120 + "\n</html>\n",
            "templates/events/emails/confirmed.txt": "Bonjour,\n" + "b" * 170 + "\n",
            "places/templates/places/admin/panel.html": "c" * 161,  # no final newline
        },
    )
    result = run_lint_templates(tmp_path / "templates", tmp_path / "places/templates")
    assert result.returncode == 1
    assert result.stdout.splitlines()[:-1] == [
        f"{tmp_path}/templates/events/emails/confirmed.txt:2:170",
        f"{tmp_path}/places/templates/places/admin/panel.html:1:161",
    ]
    clean = run_lint_templates(tmp_path / "templates/base.html")
    assert (clean.returncode, clean.stdout) == (0, "")


def test_lint_templates_checks_the_project_template_folders_by_default(tmp_path):
    write_tree(tmp_path, {"templates/a.html": "", "places/templates/places/b.html": "", "places/models.py": ""})
    assert lint_templates.template_folders(tmp_path) == [tmp_path / "templates", tmp_path / "places/templates"]
    assert PROJECT_DIR / "templates" in lint_templates.template_folders()


def test_lint_templates_refuses_a_path_that_does_not_exist(tmp_path):
    result = run_lint_templates(tmp_path / "missing.html")
    assert result.returncode == 2
    assert "missing.html" in result.stderr


def test_the_project_templates_have_no_line_over_160_characters():
    result = run_lint_templates()
    assert result.returncode == 0, result.stdout


# tools/lint_complexity.py -------------------------------------------------------------------------------------


def run_lint_complexity(*paths):
    return subprocess.run(
        [sys.executable, "-m", "tools.lint_complexity", *map(str, paths)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def function_with_branches(name, count, indent=""):
    """A function of cyclomatic complexity count + 1: one `if` per branch."""
    body = "".join(f"{indent}    if x == {n}:\n{indent}        return {n}\n" for n in range(count))
    return f"{indent}def {name}(x):\n{body}{indent}    return -1\n"


def test_lint_complexity_reports_a_function_over_15_and_passes_one_at_15(tmp_path):
    tangled, simple = tmp_path / "tangled.py", tmp_path / "simple.py"
    tangled.write_text("import os\n\n\n" + function_with_branches("tangled", 15))  # 16
    simple.write_text(function_with_branches("plain", 14))  # 15: the limit is allowed
    result = run_lint_complexity(tangled, simple)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:-1] == [f"{tangled}:4 tangled 16"]
    assert "1 function(s) with a cyclomatic complexity over 15" in result.stdout.splitlines()[-1]
    clean = run_lint_complexity(simple)
    assert (clean.returncode, clean.stdout) == (0, "")


def test_lint_complexity_checks_methods_and_nested_functions_once_each(tmp_path):
    source = (
        "class Table:\n"
        + function_with_branches("sort", 16, indent="    ")
        + "\n    class Row:\n"
        + function_with_branches("cell", 15, indent="        ")
        + "\n\ndef outer():\n"
        + function_with_branches("inner", 15, indent="    ")
        + "    return inner\n"
    )
    assert [(name, complexity) for _line, name, complexity in lint_complexity.too_complex(source)] == [
        ("Table.sort", 17),
        ("Table.Row.cell", 16),
        ("outer.inner", 16),
    ]


def test_lint_complexity_skips_tests_migrations_and_installed_packages_in_a_folder(tmp_path):
    tangled = function_with_branches("tangled", 20)
    write_tree(
        tmp_path,
        {
            "places/finder.py": tangled,
            "places/migrations/0002_data.py": tangled,
            "tests/places/test_finder.py": tangled,
            ".venv/lib/python3.11/site-packages/lib.py": tangled,
            "benchmarks/lighthouse/node_modules/x/gen.py": tangled,
        },
    )
    result = run_lint_complexity(tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:-1] == [f"{tmp_path}/places/finder.py:1 tangled 21"]


def test_lint_complexity_refuses_a_missing_path_and_a_file_that_does_not_parse(tmp_path):
    assert run_lint_complexity(tmp_path / "missing.py").returncode == 2
    broken = tmp_path / "broken.py"
    broken.write_text("def broken(:\n")
    result = run_lint_complexity(broken)
    assert result.returncode == 2
    assert "broken.py: cannot be read as Python" in result.stderr


def test_the_project_has_no_function_over_complexity_15():
    result = run_lint_complexity()
    assert result.returncode == 0, result.stdout + result.stderr

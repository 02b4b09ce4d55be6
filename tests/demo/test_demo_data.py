"""Every demo data file parses, says what it is and holds only known fields; a broken one names its path."""

import re

import pytest

from demo import data

FILES = sorted(path for path in data.DATA_DIR.rglob("*") if path.is_file())
YAML_FILES = [path for path in FILES if path.suffix == ".yaml"]


@pytest.mark.parametrize("path", YAML_FILES, ids=[path.relative_to(data.DATA_DIR).as_posix() for path in YAML_FILES])
def test_every_data_file_is_read_by_a_loader_and_has_the_expected_shape(path):
    data.check_file(path)


def test_every_file_is_a_yaml_file_or_the_readme():
    """A misnamed file (fr.yml, en.txt) would be left out without a word."""
    assert [path.name for path in FILES if path.suffix != ".yaml"] == ["README.md"]


def test_every_page_type_has_its_data():
    types = {data.entry(path.parent).type for path in YAML_FILES if path.name == "fr.yaml"}
    assert types == set(data.TYPES)


def _slugs(folder):
    return {one.slug for one in data.entries(folder, set(data.TYPES))}


def test_what_the_pages_refer_to_exists():
    themes, tutorials = _slugs("resources/themes"), _slugs("resources/tutorials")
    illustrations = set(data.single("resources/illustrations.yaml"))
    library = [
        *data.entries("resources/tutorials", {"tutorial"}),
        *data.entries("resources/guides", {"guide"}),
        *data.entries("resources/learning-paths", {"learning-path"}),
    ]
    for page in library:
        content = page.content
        assert set(content["themes"]) <= themes, page.slug
        images = {content["image"], *(step["image"] for step in content.get("steps", []) if "image" in step)}
        images |= {item["image"] for item in content.get("easy_read", []) if "image" in item}
        assert images <= illustrations, page.slug
        linked = content.get("requires", []) + content.get("tutorials", [])
        linked += [step["tutorial"] for step in content.get("steps", []) if "tutorial" in step]
        assert set(linked) <= tutorials, page.slug
    places = {one.slug: one for one in data.entries("places", {"place", "tour"})}
    for event in data.entries("events", {"event"}):
        where = event.content["where"]
        if "place" in where:
            assert places[where["place"]].type == "place", event.slug
        if "tour" in where:
            assert where["stop"] in _slugs(f"places/{where['tour']}/stops"), event.slug


def test_a_file_that_is_not_yaml_fails_with_its_path(tmp_path):
    path = tmp_path / "fr.yaml"
    path.write_text("type: place\ntitle: [unclosed\n", encoding="utf-8")
    with pytest.raises(data.DataError, match=f"^{re.escape(str(path))}: "):
        data.read(path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("type: lieu\n", "type: expected one of: site, "),
        ("type: theme\norder: 1\nname: Santé\n", "missing description"),
        ("type: theme\norder: 1\nname: Santé\ndescription: Soins\ncolour: red\n", "unexpected key 'colour'"),
        ("type: theme\norder: '1'\nname: Santé\ndescription: Soins\n", "order: expected int, not '1'"),
    ],
)
def test_a_page_with_an_unknown_type_or_field_fails_with_its_path(tmp_path, content, problem):
    folder = tmp_path / "sante"
    folder.mkdir()
    (folder / "fr.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(data.DataError) as error:
        data.entry(folder)
    assert str(error.value).startswith(f"{folder / 'fr.yaml'}: {problem}")


def test_a_place_names_only_fields_of_its_page(tmp_path):
    folder = tmp_path / "lieu"
    folder.mkdir()
    place = "type: place\norder: 1\ntitle: Lieu\naddress: 1 rue\npostcode: '13500'\ncommune: Martigues\n"
    (folder / "fr.yaml").write_text(place + "latitude: 43.4\nlongitude: 5.05\nwifi: true\n", encoding="utf-8")
    with pytest.raises(data.DataError, match="wifi: not a field of MediationPlacePage"):
        data.entry(folder)


@pytest.mark.parametrize(
    ("written", "mistake", "problem"),
    [
        ("end: '17:00'", "end: 17:00", r"when\.end: expected a time in quotes, such as '14:00', not 1020"),
        ("weekday: lundi", "weekday: monday", r"when\.weekday: 'monday' is not one of: lundi, "),
        ("kind: formation-aidants", "kind: formation", r"kind: 'formation' is not one of: hackathon, "),
    ],
)
def test_an_event_with_a_value_the_page_cannot_take_fails(tmp_path, written, mistake, problem):
    """An unquoted time would become a number of minutes; a misspelt kind would be refused by the page."""
    folder = tmp_path / "atelier"
    folder.mkdir()
    event = (data.DATA_DIR / "events" / "formation-aidants-connect" / "fr.yaml").read_text(encoding="utf-8")
    assert written in event
    (folder / "fr.yaml").write_text(event.replace(written, mistake), encoding="utf-8")
    with pytest.raises(data.DataError, match=problem):
        data.entry(folder)


@pytest.mark.parametrize(
    ("translation", "problem"),
    [
        ("name: Health\ncolour: red\n", "colour: not in the French file"),
        ("name: [Health]\n", "name: 1 items, the French file has no"),
        ("order: 2\n", "order: only in the French file"),
    ],
)
def test_a_translation_that_does_not_match_its_french_file_fails_with_its_path(tmp_path, translation, problem):
    folder = tmp_path / "sante"
    folder.mkdir()
    (folder / "fr.yaml").write_text("type: theme\norder: 1\nname: Santé\ndescription: Soins\n", encoding="utf-8")
    (folder / "en.yaml").write_text(translation, encoding="utf-8")
    with pytest.raises(data.DataError) as error:
        data.entry(folder)
    assert str(error.value) == f"{folder / 'en.yaml'}: {problem}"

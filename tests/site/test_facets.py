"""Faceted filtering: OR within a facet, AND across facets, counts that ignore their own facet's selection."""

from django.http import QueryDict

from proxinum.facets import Facet, apply_facets

ROWS = [
    {"id": 1, "type": "tutorial", "themes": {"mail", "security"}},
    {"id": 2, "type": "tutorial", "themes": {"mail"}},
    {"id": 3, "type": "guide", "themes": {"security"}},
    {"id": 4, "type": "guide", "themes": set()},
]
FACETS = [
    Facet(
        "type", "Type", lambda row: [row["type"]], [("tutorial", "Tutoriel"), ("guide", "Guide"), ("path", "Parcours")]
    ),
    Facet("theme", "Thème", lambda row: row["themes"], [("mail", "Courriel"), ("security", "Sécurité")]),
]


def facet_counts(result):
    return {
        facet.key: {value: count for value, _label, count, _selected in options} for facet, options in result.facets
    }


def test_no_selection_keeps_every_row_and_counts_them():
    result = apply_facets(ROWS, FACETS, QueryDict(""))
    assert [row["id"] for row in result.rows] == [1, 2, 3, 4]
    # An option without any result is not offered.
    assert facet_counts(result) == {"type": {"tutorial": 2, "guide": 2}, "theme": {"mail": 2, "security": 2}}


def test_values_of_one_facet_are_alternatives():
    result = apply_facets(ROWS, FACETS, QueryDict("theme=mail&theme=security"))
    assert [row["id"] for row in result.rows] == [1, 2, 3]


def test_facets_combine_and_each_count_ignores_its_own_selection():
    result = apply_facets(ROWS, FACETS, QueryDict("type=guide&theme=security"))
    assert [row["id"] for row in result.rows] == [3]
    counts = facet_counts(result)
    # Type counts are among rows about security; theme counts among guides.
    assert counts["type"] == {"tutorial": 1, "guide": 1}
    assert counts["theme"] == {"security": 1}
    selected = {value for facet, options in result.facets for value, _l, _c, chosen in options if chosen}
    assert selected == {"guide", "security"}


def test_unknown_values_are_ignored():
    result = apply_facets(ROWS, FACETS, QueryDict("type=<script>&theme=' OR 1=1"))
    assert len(result.rows) == 4
    assert result.selected == {"type": set(), "theme": set()}


def test_a_selected_value_without_results_stays_visible_so_it_can_be_removed():
    result = apply_facets(ROWS, FACETS, QueryDict("type=path"))
    assert result.rows == []
    type_options = {value: (count, chosen) for value, _l, count, chosen in result.facets[0][1]}
    assert type_options["path"] == (0, True)

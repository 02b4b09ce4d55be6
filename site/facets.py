"""Faceted filtering of small listings (the library, the case catalogue) in Python, with counts.

The rows are plain dicts loaded in one or two queries. Within a facet the chosen values are alternatives (OR);
across facets they all apply (AND). A facet's counts ignore its own selection, so that each count tells how many
results the visitor gets by ticking that box too, as the national place map and most library catalogues do.
"""

from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode


@dataclass
class Facet:
    key: str
    label: str
    values_of: callable  # row -> iterable of values
    options: list = field(default_factory=list)  # [(value, label)] in display order


@dataclass
class FacetedResult:
    rows: list
    facets: list  # [(facet, [(value, label, count, selected)])]
    selected: dict


def apply_facets(rows, facets, querydict):
    allowed = {facet.key: {value for value, _label in facet.options} for facet in facets}
    selected = {
        facet.key: {value for value in querydict.getlist(facet.key) if value in allowed[facet.key]} for facet in facets
    }
    row_values = [{facet.key: set(facet.values_of(row)) for facet in facets} for row in rows]

    def matches(values, skip=None):
        return all(values[key] & chosen for key, chosen in selected.items() if chosen and key != skip)

    counts = {facet.key: Counter() for facet in facets}
    for values in row_values:
        for facet in facets:
            if matches(values, skip=facet.key):
                counts[facet.key].update(values[facet.key])
    matching = [row for row, values in zip(rows, row_values, strict=True) if matches(values)]
    shown = [
        (
            facet,
            [
                (value, label, counts[facet.key][value], value in selected[facet.key])
                for value, label in facet.options
                if counts[facet.key][value] or value in selected[facet.key]
            ],
        )
        for facet in facets
    ]
    return FacetedResult(rows=matching, facets=shown, selected=selected)


def removal_links(request, chosen):
    """The "remove this filter" links above results: [(facet label, value label, query string without that value)].

    `chosen`: (URL parameter, value, facet label, value label) for each filter in force.
    """
    links = []
    for param, value, facet_label, value_label in chosen:
        params = [
            (key, item)
            for key in request.GET
            for item in request.GET.getlist(key)
            if key != "page" and not (key == param and item == value)
        ]
        links.append((facet_label, value_label, urlencode(params)))
    return links


def query_string_without_page(request):
    return urlencode([(key, value) for key in request.GET for value in request.GET.getlist(key) if key != "page"])

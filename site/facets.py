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


def _selection(facets, querydict):
    """{facet key: the values chosen in the query string}, unknown values dropped."""
    selected = {}
    for facet in facets:
        allowed = {value for value, _label in facet.options}
        selected[facet.key] = {value for value in querydict.getlist(facet.key) if value in allowed}
    return selected


def _matches(values, selected, skip=None):
    """Whether a row's values meet every facet's selection (OR within a facet, AND across), but the `skip` one."""
    return all(values[key] & chosen for key, chosen in selected.items() if chosen and key != skip)


def _counts(row_values, facets, selected):
    """{facet key: Counter of values} over the rows that the other facets' selections let through."""
    counts = {facet.key: Counter() for facet in facets}
    for values in row_values:
        for facet in facets:
            if _matches(values, selected, skip=facet.key):
                counts[facet.key].update(values[facet.key])
    return counts


def _shown_options(facet, counts, chosen):
    """[(value, label, count, selected)] of the options worth showing: found in some result, or chosen."""
    return [
        (value, label, counts[value], value in chosen)
        for value, label in facet.options
        if counts[value] or value in chosen
    ]


def apply_facets(rows, facets, querydict):
    """The rows the facets chosen in `querydict` let through, and each facet's options with their counts."""
    selected = _selection(facets, querydict)
    row_values = [{facet.key: set(facet.values_of(row)) for facet in facets} for row in rows]
    counts = _counts(row_values, facets, selected)
    matching = [row for row, values in zip(rows, row_values, strict=True) if _matches(values, selected)]
    shown = [(facet, _shown_options(facet, counts[facet.key], selected[facet.key])) for facet in facets]
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

"""Measures shared by `make bench` and the budget tests."""

import re

STATIC_ASSET = re.compile(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"')


def page_weight(client, url):
    """Bytes of a page's HTML plus the CSS and JS files it links to (content images excluded)."""
    from django.contrib.staticfiles import finders

    html = client.get(url).content
    total = len(html)
    for asset in STATIC_ASSET.findall(html):
        with open(finders.find(asset.decode()), "rb") as handle:
            total += len(handle.read())
    return total


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]

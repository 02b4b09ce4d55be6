"""Small helpers shared by the browser tests."""

import time
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

from .server import FORM_MIN_SECONDS

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_AXE_SCRIPT = Axe().axe_script  # axe-core, as axe-playwright-python ships it


def _axe_run(page, options):
    """axe-core's violations on the page as it is now. axe-core (570 kB) is sent to a page once: a page checked again
    (at another width) reuses it; a new page, even at the same address, has lost it."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_AXE_SCRIPT)
    return page.evaluate("options => axe.run(document, options).then(results => results.violations)", options)


def axe_violations(page):
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) on the loaded page; return the list of violations."""
    return _axe_run(page, {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})


def axe_all_violations(page):
    """Run every rule axe-core enables by default on the loaded page (WCAG 2.0 to 2.2 A/AA and best practices such
    as landmark-unique, region, heading-order, page-has-heading-one), of any impact; return the violations."""
    return _axe_run(page, {"resultTypes": ["violations"]})


def violations_at_each_width(page, run=axe_violations, widths=(375, 1280), height=800):
    """axe-core (`run`: axe_violations or axe_all_violations) on the loaded page at each width in turn, a phone's
    then a desktop's; a readable report of what fails, "" when nothing does. The page is left at the first width.

    One page load serves every width: the layout follows the width through CSS alone (no script of ours reads it),
    so resizing a loaded page shows what loading it at that width would.
    """
    found = []
    for width in widths:
        page.set_viewport_size({"width": width, "height": height})
        violations = run(page)
        if violations:
            found.append(f"{page.url} at {width} px\n{format_violations(violations)}")
    page.set_viewport_size({"width": widths[0], "height": height})
    return "\n\n".join(found)


def format_violations(violations):
    """Readable report: one paragraph per rule, with each failing element and what axe says about it."""
    lines = [f"{len(violations)} axe violation(s):"]
    for violation in violations:
        lines.append(f"\n* {violation['id']} ({violation['impact']}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {', '.join(str(target) for target in node['target'])}")
            lines.append(f"    {node['html'][:300]}")
            for check in node.get("any", []) + node.get("all", []) + node.get("none", []):
                lines.append(f"    > {check['message']}")
    return "\n".join(lines)


# Describes the focused element, with what tells a sighted keyboard user where the focus is.
FOCUSED_ELEMENT = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    href: el.getAttribute("href"),
    id: el.id,
    type: el.getAttribute("type"),
    name: el.getAttribute("name"),
    value: el.getAttribute("value"),
    text: (el.textContent || "").trim().replace(/\\s+/g, " "),
    inFinder: !!el.closest("form.finder"),
    skipLink: el.classList.contains("skip-link"),
    inLanguages: !!el.closest("nav.languages"),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth) || 0,
    boxShadow: style.boxShadow,
    focusVisible: el.matches(":focus-visible"),
  };
}"""


def has_focus_indicator(focused):
    """True if the element described by FOCUSED_ELEMENT shows a visible outline or focus ring."""
    outline = focused["outlineStyle"] != "none" and focused["outlineWidth"] > 0
    shadow = focused["boxShadow"] not in ("", "none")
    return outline or shadow


def is_local(url):
    """True for the test server's own host (and for non-network URLs such as data: or blob:)."""
    parts = urlsplit(url)
    return parts.scheme not in ("http", "https", "ws", "wss") or parts.hostname in ("127.0.0.1", "localhost", "::1")


def abort_foreign_requests(page):
    """Abort every request the page makes to another host (this machine cannot reach them anyway).

    Returns the list, filled as the page runs, of the aborted URLs.
    """
    aborted = []

    def abort(route):
        aborted.append(route.request.url)
        route.abort()

    page.route(lambda url: not is_local(url), abort)
    return aborted


def record_console_errors(page):
    """Collect console errors (CSP violations are reported there) and uncaught exceptions, as they happen.

    Returns a list of (text, url of the failing resource or script) pairs.
    """
    errors = []

    def on_console(message):
        if message.type == "error":
            errors.append((message.text, message.location.get("url", "")))

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append((f"uncaught: {error}", "")))
    return errors


# True once FORM_MIN_SECONDS have passed since the page's response began to arrive, after the server had made the
# form's time token: from then on, the server takes a submission for a person's.
_FORM_DELAY_PASSED = """(seconds) => {
  const navigation = performance.getEntriesByType("navigation")[0];
  return performance.now() - navigation.responseStart >= seconds * 1000;
}"""
_POLL_INTERVAL = 0.02  # seconds
_POLL_TIMEOUT = 10  # seconds


def wait_until_a_person_could_send(page):
    """Wait until the server no longer takes the page's form for a robot's (usually at once: typing took longer).

    Polled from here rather than with page.wait_for_function: a page without JavaScript runs no timers, so
    wait_for_function never looks again there, while page.evaluate still answers.
    """
    deadline = time.monotonic() + _POLL_TIMEOUT
    while not page.evaluate(_FORM_DELAY_PASSED, FORM_MIN_SECONDS):
        assert time.monotonic() < deadline, f"{FORM_MIN_SECONDS} s never passed on {page.url}"
        time.sleep(_POLL_INTERVAL)

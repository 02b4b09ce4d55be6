"""Small helpers shared by the browser tests."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def axe_violations(page):
    """Run axe-core (WCAG 2.0/2.1 A and AA rules) on the loaded page; return the list of violations."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return results.response["violations"]


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

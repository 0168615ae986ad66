"""axe-core in the browser tests (issue 19): inject the pinned npm build, run it, report.

axe-core comes from npm at the version pinned in ``tests/browser/axe/package-lock.json``;
``bin/test`` installs it (``ensure_axe`` in ``bin/lib.sh``: ``npm ci``). It is added to
each page as a Playwright init script: that goes through DevTools, not the page, so the
site's strict Content-Security-Policy neither blocks it nor has to be loosened for it.

Only critical and serious findings fail a test (the issue's bar); the rules are those of
WCAG 2.0/2.1/2.2 A and AA, which is what KWCAG 2.2 follows.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AXE_JS = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
WIDTHS = {"mobile": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
FAILING_IMPACTS = ("critical", "serious")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

RUN = """async (tags) => {
  const result = await window.axe.run(document, {runOnly: {type: "tag", values: tags},
                                                 resultTypes: ["violations"]});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ") + " :: " + (n.failureSummary || "")),
  }));
}"""


def axe_script() -> Path:
    """The installed axe build; missing means ``bin/test`` (npm ci) has not run."""
    if not AXE_JS.exists():
        reason = (f"{AXE_JS} is missing: run bin/test, or `npm ci` in tests/browser/axe "
                  "(axe-core pinned by its lock file)")
        if os.environ.get("MARQUEE_REQUIRE_BROWSER") == "1":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return AXE_JS


def audit(page) -> list[str]:
    """The critical and serious axe findings on the page as it is now, one line each."""
    page.wait_for_load_state("load")
    found = page.evaluate(RUN, TAGS)
    return [f"{page.url} [{v['impact']}] {v['id']}: {v['help']}\n    " + "\n    ".join(v["nodes"])
            for v in found if v["impact"] in FAILING_IMPACTS]


class Auditor:
    """Visits pages in one browser context and collects every failing finding, so that
    one run lists all the problems rather than stopping at the first page."""

    def __init__(self, context):
        context.add_init_script(path=str(axe_script()))
        self.page = context.new_page()
        self.findings: list[str] = []
        self.visited: list[str] = []

    def visit(self, path: str) -> None:
        response = self.page.goto(path)
        assert response is not None and response.status < 500, f"{path}: {response and response.status}"
        self.check(path)

    def check(self, label: str) -> None:
        """Audit the page in its current state (after a form was submitted, say)."""
        self.visited.append(label)
        self.findings.extend(audit(self.page))

    def assert_clean(self) -> None:
        assert self.visited, "no page was audited"
        assert not self.findings, (f"axe: {len(self.findings)} critical/serious findings on "
                                   f"{len(self.visited)} pages:\n" + "\n".join(self.findings))

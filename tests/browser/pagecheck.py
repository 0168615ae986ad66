"""What every storefront page must pass at a phone's and a desktop's width (issue 15).

``check_page`` fails on horizontal overflow of the page, text in a table cell narrower
than two characters per line, an ISO timestamp, an amount without separators or a
coded English value in the visible text; ``screenshot`` writes the page to
``var/screenshots/`` for a reviewer to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from playwright.sync_api import Page

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
SCREENSHOTS = Path(settings.VAR_DIR) / "screenshots"

ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
BARE_AMOUNT = re.compile(r"(?<![\d,])\d{4,}\s?원")
CODED_VALUES = re.compile(r"\b(male|female|domestic|foreign|active|pending_guardian|card|"
                          r"confirmed|cancelled|paid|done)\b")

# Cells narrower than two characters of their own font: a column squeezed by another.
NARROW_CELLS_JS = """
() => Array.from(document.querySelectorAll('td, th'))
  .filter(c => c.offsetParent !== null && c.innerText.trim().length > 1)
  .filter(c => c.getBoundingClientRect().width > 2)  // visually hidden headers
  .filter(c => {
    const style = getComputedStyle(c);
    const font = parseFloat(style.fontSize);
    const inner = c.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const range = document.createRange();
    range.selectNodeContents(c);
    const lines = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size;
    return inner < 2 * font && lines > 1;  // squeezed: short text broken over lines
  })
  .map(c => c.innerText.trim().slice(0, 30))
"""


def overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than the viewport (0 when it fits)."""
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


WIDE_JS = """
() => Array.from(document.querySelectorAll('body *'))
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 5).map(e => e.tagName + '.' + e.className)
"""


def check_page(page: Page) -> None:
    assert overflow(page) <= 0, (f"{page.url} overflows by {overflow(page)} px: "
                                 f"{page.evaluate(WIDE_JS)}")
    narrow = page.evaluate(NARROW_CELLS_JS)
    assert not narrow, f"{page.url}: table cells narrower than two characters: {narrow}"
    text = page.locator("body").inner_text()
    for pattern, what in ((ISO_TIME, "an ISO timestamp"), (BARE_AMOUNT, "an amount without "
                          "separators"), (CODED_VALUES, "a coded value")):
        found = pattern.search(text)
        assert found is None, f"{page.url} shows {what}: {found.group(0)!r}"


def screenshot(page: Page, name: str, width_name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}-{WIDTHS[width_name][0]}.png"
    page.screenshot(path=str(path), full_page=True)
    return path

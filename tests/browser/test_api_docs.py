"""The API reference at /api/docs in Chromium (issue 19): Swagger UI, restyled
(``marquee/api-docs.css``) and configured (``marquee/api.py``) for WCAG 2.1 AA, has no
critical or serious axe finding at either width, folded, with every operation and
model unfolded, and after "Try it out" and "Execute" on a public operation."""

from __future__ import annotations

import pytest

from .accessibility import WIDTHS, Auditor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def unfold_all(page) -> int:
    """Click every operation's and every model's expand control; how many were opened."""
    controls = page.locator(".opblock-summary-control, .model-box-control")
    count = controls.count()
    for index in range(count):
        controls.nth(index).click()
    return count


@pytest.mark.parametrize("width", list(WIDTHS))
def test_i19_api_docs_pass_axe(browser, site, width):
    context = browser.new_context(base_url=site.url, locale="ko-KR", viewport=WIDTHS[width])
    context.set_default_timeout(15_000)
    try:
        audit = Auditor(context)
        page = audit.page
        audit.visit("/api/docs")
        page.locator(".opblock").first.wait_for()
        audit.check("/api/docs (rendered, folded)")
        assert unfold_all(page) > 5
        page.locator(".opblock-body").first.wait_for()
        audit.check("/api/docs (every operation and model open)")
        showtimes = page.locator(".opblock-get").first
        showtimes.get_by_role("button", name="Try it out").click()
        showtimes.get_by_role("button", name="Execute").click()
        showtimes.locator(".live-responses-table").wait_for()
        audit.check("/api/docs (a request tried)")
        audit.assert_clean()
    finally:
        context.close()

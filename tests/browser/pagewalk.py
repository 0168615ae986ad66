"""The browser side of the page check (``test_page_check_browser.py``): visit a list of
(role, width, path) jobs with several Chromium pages at once and report every problem.

Playwright's async API runs in a thread of its own with its own Chromium (the sync
``browser`` fixture cannot be shared across threads): one browser context per role
(its session cookie, axe as an init script), a few worker pages taking jobs from one
queue. While one page waits for the live server, another runs axe or the layout
checks in its own renderer process.

Console errors are those of the page's load and scripts, read before axe runs: axe-core
itself adds ``<style>`` elements while preloading the page's style sheets (its CSSOM
step), which the site's strict Content-Security-Policy rightly blocks; those reports are
the tool's, not the page's."""

from __future__ import annotations

import asyncio
import re
import threading
from dataclasses import dataclass, field

from playwright.async_api import Error as PlaywrightError

from tests.backoffice.korean_labels import ALLOWED, WORD

from .accessibility import FAILING_IMPACTS, RUN, TAGS
from .conftest import CHROMIUM, LAUNCH_ARGS

WIDTHS = {390: {"width": 390, "height": 844}, 1280: {"width": 1280, "height": 900}}
WORKERS = 3
TIMEOUT_MS = 30_000  # several sessions share the machine
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
BARE_AMOUNT = re.compile(r"(?<![\d,])\d{4,}원")
# Besides korean_labels.ALLOWED (compared without case: the logo is set in capitals):
UI_ALLOWED = {w.upper() for w in ALLOWED} | {
    # keys as printed on the keyboard (the seat map's help)
    "TAB", "ENTER", "SPACE", "HOME", "END", "ESC", "SHIFT", "CTRL", "PAGE", "UP", "DOWN",
    # image formats the upload forms accept
    "GIF", "JPG", "JPEG", "PNG", "WEBP",
    # partners' and carriers' brand names as they write them (KCB, KG이니시스, SKT)
    "KCB", "KG", "SKT",
    # standard names with no Korean equivalent (the policy's safeguards, the event draw)
    "GPS", "SSL", "TLS", "HTTPS", "HSTS", "ARS", "DB", "AES", "GCM", "HMAC", "SHA",
    "ARGON",
    # browser brand names as the browsers' own menus write them (the policy's cookie section)
    "CHROME", "EDGE", "SAFARI"}

PAGE_JS = """() => {
  const doc = document.scrollingElement || document.documentElement;
  const narrow = Array.from(document.querySelectorAll('td, th'))
    .filter(c => c.offsetParent !== null && c.innerText.trim().length > 0)
    .filter(c => c.getBoundingClientRect().width > 2)  // visually hidden headers
    .filter(c => c.clientWidth < 2 * parseFloat(getComputedStyle(c).fontSize))
    .map(c => c.innerText.trim().slice(0, 30));
  const wide = Array.from(document.querySelectorAll('body *'))
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 3).map(e => e.tagName + '.' + e.className);
  // The UI's own words: without data (table body cells, the admin's read-only values,
  // form values, code, anything marked translate="no") and without <noscript>, whose
  // content is raw markup when scripts run; the whole text is still read for
  // timestamps and amounts.
  const ui = document.body.cloneNode(true);
  ui.querySelectorAll('tbody td, .readonly, textarea, code, pre, kbd, samp, script, style, noscript, ' +
                      '[hidden], [translate="no"]')
    .forEach(e => e.remove());
  ui.querySelectorAll('*').forEach(e => e.append(' '));  // words of adjacent elements apart
  const words = ui.textContent;
  return {overflow: doc.scrollWidth - window.innerWidth, narrow, wide, words,
          text: document.body.innerText, title: document.title};
}"""


def text_problems(text: str, words: str, data: list[str]) -> list[str]:
    """ISO timestamps and bare amounts anywhere in the text; English words in the UI's
    own words, once the world's data values (``data``) and addresses are taken out."""
    problems = []
    for pattern, what in ((ISO_TIME, "ISO timestamp"), (BARE_AMOUNT, "amount without separators")):
        problems += [f"{what} {m!r}" for m in pattern.findall(text)]
    for value in data:
        words = re.sub(re.escape(value), " ", words, flags=re.IGNORECASE)
    # Addresses are data, not words: e-mail, URLs and the site's own paths ("/support/").
    words = re.sub(r"\S+@\S+|https?://\S+|(?<![\w/])/[a-z0-9_-]+(?:/[a-z0-9_.-]*)*", " ", words)
    # Single letters are seat rows and seat labels (B3), not words.
    english = sorted({w for w in WORD.findall(words) if len(w) > 1 and w.upper() not in UI_ALLOWED})
    if english:
        problems.append(f"English {english[:12]}")
    return problems


@dataclass
class Job:
    who: str
    width: int
    path: str


@dataclass
class Walk:
    """What to visit and with which sessions; filled with the problems found."""
    base_url: str
    axe_js: str
    sessions: dict[str, str]  # role -> session cookie value ("" for the guest)
    cookie_name: str
    data: list[str]
    jobs: list[Job]
    problems: list[str] = field(default_factory=list)
    visited: int = 0

    def run(self) -> None:
        """Walk in a thread of its own (the test thread has Playwright's sync loop)."""
        failure: list[BaseException] = []

        def target():
            try:
                asyncio.run(self._main())
            except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread
                failure.append(exc)
        thread = threading.Thread(target=target, name="page-walk")
        thread.start()
        thread.join()
        if failure:
            raise failure[0]

    async def _main(self) -> None:
        from playwright.async_api import async_playwright

        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=str(CHROMIUM),
                                                       args=LAUNCH_ARGS)
            contexts = {who: await self._context(browser, who, session)
                        for who, session in self.sessions.items()}
            queue: asyncio.Queue[Job] = asyncio.Queue()
            for job in self.jobs:
                queue.put_nowait(job)
            await asyncio.gather(*(self._worker(contexts, queue) for _ in range(WORKERS)))
            await browser.close()

    async def _context(self, browser, who: str, session: str):
        context = await browser.new_context(base_url=self.base_url, locale="ko-KR",
                                            timezone_id="Asia/Seoul", viewport=WIDTHS[390])
        context.set_default_timeout(TIMEOUT_MS)
        await context.add_init_script(script=self.axe_js)
        if session:
            await context.add_cookies([{"name": self.cookie_name, "value": session,
                                        "url": self.base_url}])
        return context

    async def _worker(self, contexts, queue) -> None:
        page, who, errors = None, None, []
        while not queue.empty():
            job = queue.get_nowait()
            if job.who != who:
                if page is not None:
                    await page.close()
                page, who, errors = await contexts[job.who].new_page(), job.who, []
                page.on("console", lambda m, e=errors: e.append(m.text) if m.type == "error" else None)
                page.on("pageerror", lambda exc, e=errors: e.append(str(exc)))
            if page.viewport_size["width"] != job.width:
                await page.set_viewport_size(WIDTHS[job.width])
            errors.clear()
            try:
                found = await self._visit(page, job.path, errors)
            except PlaywrightError as exc:  # a timeout or a crash: reported, the walk goes on
                found = [f"could not be checked: {str(exc).splitlines()[0]}"]
            self.problems += [f"{job.who} {job.width}px {job.path}: {p}" for p in found]
        if page is not None:
            await page.close()

    async def _visit(self, page, path: str, errors: list[str]) -> list[str]:
        self.visited += 1
        response = await page.goto(path, wait_until="load")
        found = []
        if response is None or response.status >= 400:
            found.append(f"answered {response and response.status}")
        state = await page.evaluate(PAGE_JS)
        if state["overflow"] > 1:
            found.append(f"overflows by {state['overflow']} px: {state['wide']}")
        if state["narrow"]:
            found.append(f"table cells narrower than two characters: {state['narrow'][:5]}")
        found += text_problems(state["text"], state["title"] + "\n" + state["words"], self.data)
        found += [f"console error: {e}" for e in errors]  # before axe: see the docstring
        violations = await page.evaluate(RUN, TAGS)
        found += [f"axe [{v['impact']}] {v['id']}: {v['help']}\n    " + "\n    ".join(v["nodes"])
                  for v in violations if v["impact"] in FAILING_IMPACTS]
        return found

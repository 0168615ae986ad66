"""Browser fixtures: Debian's chromium driven by Playwright against pytest-django's live server.

Playwright's sync API runs an asyncio loop in the test thread; Django refuses ORM calls
from a thread with a running loop unless told that this is deliberate. The tests read
the database between browser steps, so it is allowed here (and only in this folder).

The browser is never downloaded: it is the system's /usr/bin/chromium. Without it the
browser tests are skipped with a clear reason, or fail when MARQUEE_REQUIRE_BROWSER=1
(as in CI).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Short enough that a broken flow fails fast, long enough for a loaded machine.
TIMEOUT_MS = 15_000


def _expect_waits_as_long_as_actions() -> None:
    """Playwright's ``expect`` retries for 5 s by default, apart from the context's
    timeouts: on CI's two cores, busy with both database passes at once, a navigation
    after a click can take longer than that, and an assertion failed where the action
    before it would still have been waiting (the policy-history test, stop 23)."""
    try:
        from playwright.sync_api import expect
    except ImportError:  # pragma: no cover - the test extra installs it
        return
    expect.set_options(timeout=TIMEOUT_MS)


_expect_waits_as_long_as_actions()


def _browser_missing(reason: str):
    if os.environ.get("MARQUEE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (MARQUEE_REQUIRE_BROWSER=1 makes the browser tests mandatory)",
                    pytrace=False)
    pytest.skip(reason)


def _serialise_live_server_on_sqlite() -> None:
    """On SQLite the live server's threads share the test database's one connection
    (Django's ``connections_override``), and SQLite refuses concurrent use of a
    connection ("bad parameter or other API misuse"). A page whose images are served by
    views (the storefront's posters) makes the browser fetch them in parallel, so
    requests are served one at a time there; PostgreSQL keeps real concurrency."""
    import threading

    from django.db import connection
    from django.test.testcases import LiveServerThread

    if connection.vendor != "sqlite" or getattr(LiveServerThread, "_marquee_serial", False):
        return
    original = LiveServerThread.__init__
    lock = threading.Lock()

    def __init__(self, host, static_handler, *args, **kwargs):
        def serial_handler(application):
            handler = static_handler(application)

            def serial(environ, start_response):
                with lock:
                    return handler(environ, start_response)
            return serial
        original(self, host, serial_handler, *args, **kwargs)

    LiveServerThread.__init__ = __init__
    LiveServerThread._marquee_serial = True


_serialise_live_server_on_sqlite()


@pytest.fixture(scope="session")
def browser():
    """One headless chromium for the whole session."""
    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        _browser_missing(f"{CHROMIUM} is not installed (apt-get install chromium); "
                         "browser tests need Debian's chromium and never download one")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        _browser_missing("the playwright package is not installed (pip install -e '.[test]')")
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
    except Exception as exc:
        playwright.stop()
        _browser_missing(f"{CHROMIUM} could not be started: {exc}")
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def site(live_server, settings):
    """The live server, with the settings the flows need.

    DEBUG shows the development outbox link on the home page (the page itself needs a
    verified staff session: ``staff_page``); MARQUEE_SITE_URL makes the links
    in stored messages point at this live server. The ``settings`` fixture changes the
    process-wide settings, so the live server thread sees them too.
    """
    settings.DEBUG = True
    settings.MARQUEE_SITE_URL = live_server.url
    settings.MARQUEE_IDENTITY_PROVIDER = "sandbox"
    return live_server


@pytest.fixture
def new_context(browser, site):
    """Make fresh browser contexts (separate cookie jars: another person's phone)."""
    contexts = []
    errors: list[str] = []

    def make():
        context = browser.new_context(base_url=site.url, locale="ko-KR",
                                      timezone_id="Asia/Seoul", accept_downloads=True)
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        context.on("page", lambda p: p.on("pageerror", lambda exc: errors.append(str(exc))))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
    assert not errors, f"JavaScript errors in the pages: {errors}"


@pytest.fixture
def page(new_context):
    """A page in a context of its own, fresh for each test."""
    return new_context().new_page()


@pytest.fixture
def staff_page(new_context, site):
    """A page whose session is a staff member's that passed the second factor (what the
    development outbox, staff only, needs): the session made by the test client, its
    cookie handed to a fresh browser context."""
    from django.conf import settings
    from django.test import Client

    from tests.conftest import create_staff, otp_session

    client = otp_session(Client(), create_staff("developer"))
    context = new_context()
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME,
                          "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                          "url": site.url}])
    return context.new_page()

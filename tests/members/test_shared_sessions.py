"""Sessions through a shared cache (P12.1 session security, performance of every
signed-in request): with ``MARQUEE_REDIS_URL`` a session is read from Redis without a
database query and ended everywhere at logout; without it sessions stay in the database
only (a per-process cache could keep a logged-out session alive in another process)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/0"


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


needs_redis = pytest.mark.skipif(
    not _redis_up() and not os.environ.get("CI"),
    reason="needs Redis on 127.0.0.1:6379 (mandatory under CI)")


def _session_settings(redis_url: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k != "MARQUEE_REDIS_URL"}
    if redis_url:
        env["MARQUEE_REDIS_URL"] = redis_url
    out = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; "
         "print(settings.SESSION_ENGINE); print(settings.CACHES['default']['BACKEND'])"],
        cwd=ROOT, env={**env, "DJANGO_SETTINGS_MODULE": "marquee.settings",
                       "PYTHONPATH": str(ROOT / "src")},
        capture_output=True, text=True, check=True)
    return out.stdout.split()


def test_p12_1_sessions_use_the_shared_cache_only_when_one_is_configured():
    assert _session_settings(None) == ["django.contrib.sessions.backends.db",
                                       "django.core.cache.backends.locmem.LocMemCache"]
    assert _session_settings(REDIS_URL) == ["django.contrib.sessions.backends.cached_db",
                                            "marquee.deployment.rediscache.RedisCache"]


@needs_redis
@pytest.mark.django_db
def test_p12_1_a_signed_in_request_reads_its_session_from_redis_and_logout_ends_it(
        client, member):
    caches = {"default": {"BACKEND": "marquee.deployment.rediscache.RedisCache",
                          "LOCATION": REDIS_URL, "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}}
    with override_settings(CACHES=caches,
                           SESSION_ENGINE="django.contrib.sessions.backends.cached_db"):
        client.force_login(member)
        cookie = client.cookies["sessionid"].value
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/bookings/AAAA-AAAA-AAAA")
        assert response.status_code == 404  # signed in: the member's own booking not found
        assert not [q for q in queries.captured_queries if "django_session" in q["sql"]]

        client.logout()
        other = client.__class__()
        other.cookies["sessionid"] = cookie  # the old cookie, from another browser/process
        assert other.get("/api/bookings/AAAA-AAAA-AAAA").status_code == 401
        from django.contrib.sessions.backends.cached_db import SessionStore

        assert not SessionStore(session_key=cookie).exists(cookie)

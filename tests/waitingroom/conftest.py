"""Real Redis on 127.0.0.1:6379, one key prefix per test (removed afterwards). Skipped
with a reason only when Redis is unreachable outside CI; under CI it is mandatory, as
PostgreSQL is for the PostgreSQL suite."""

from __future__ import annotations

import os
import uuid

import pytest

from tests.members.test_shared_sessions import REDIS_URL
from tests.members.test_shared_sessions import _redis_up as redis_up


@pytest.fixture
def redis_gate(settings):
    """Settings pointing the waiting room at real Redis under a unique prefix."""
    if not redis_up():
        if os.environ.get("CI") or os.environ.get("MARQUEE_REQUIRE_REDIS"):
            pytest.fail("Redis on 127.0.0.1:6379 is required under CI")
        pytest.skip("needs Redis on 127.0.0.1:6379 (mandatory under CI)")
    import redis

    prefix = f"test:wr:{uuid.uuid4().hex}:"
    settings.MARQUEE_REDIS_URL = REDIS_URL
    settings.MARQUEE_WAITINGROOM_PREFIX = prefix
    settings.MARQUEE_WAITINGROOM_AUTO_THRESHOLD = 0
    settings.MARQUEE_WAITINGROOM_INITIAL_RATE = 10
    yield prefix
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=prefix + "*", count=1000))
    if keys:
        client.delete(*keys)

"""A worker pays at start what its first requests would pay (issue 17: the opening
seconds of an on-sale rush, when every worker is cold)."""

from __future__ import annotations

import logging
import uuid

import pytest
from django.core.cache import cache
from django.test import override_settings

from marquee.deployment.warmup import warm_up
from marquee.members import signed_in
from tests.members.test_shared_sessions import REDIS_URL, needs_redis


def _redis_cache(location: str) -> dict:
    return {"default": {"BACKEND": "marquee.deployment.rediscache.RedisCache",
                        "LOCATION": location, "KEY_PREFIX": f"test-{uuid.uuid4().hex}"}}


@needs_redis
@pytest.mark.django_db
def test_the_session_cache_client_and_the_member_statement_are_ready_before_serving():
    signed_in._local.__dict__.clear()  # as in a new worker
    with override_settings(CACHES=_redis_cache(REDIS_URL)):
        assert cache._cache._clients == {}
        warm_up()
        client = cache._cache._clients[0]
        assert client.connection_pool._created_connections == 1  # connected once
        assert "default" in signed_in._local.compiled


@pytest.mark.django_db
def test_a_cache_that_does_not_answer_does_not_stop_the_worker(caplog):
    with override_settings(CACHES=_redis_cache("redis://127.0.0.1:1/0")), \
            caplog.at_level(logging.WARNING, logger="marquee.deployment.warmup"):
        warm_up()
    assert "the shared cache did not answer" in caplog.text

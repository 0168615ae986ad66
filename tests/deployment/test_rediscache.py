"""Django's Redis cache with one client per pool (issue 17: the fixed cost of every
signed-in request, whose session is read from the cache)."""

from __future__ import annotations

import uuid

import pytest

from marquee.deployment.rediscache import RedisCache
from tests.members.test_shared_sessions import REDIS_URL, needs_redis


def _cache(location: str = REDIS_URL) -> RedisCache:
    return RedisCache(location, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})


def test_every_call_shares_one_client_per_pool():
    """Django's own backend builds a ``redis.Redis`` per call (about 170 callbacks
    registered each time); this one builds it once per pool and keeps it."""
    client = _cache()._cache
    assert client.get_client() is client.get_client()
    assert client.get_client(write=True) is client.get_client()
    assert client.get_client().connection_pool is client._pools[0]


def test_reads_use_the_replicas_pools_writes_the_first_servers():
    client = _cache(f"{REDIS_URL};redis://127.0.0.1:6380/0")._cache
    writer, reader = client.get_client(write=True), client.get_client()
    assert reader is not writer and reader is client.get_client()
    assert writer.connection_pool.connection_kwargs["port"] == 6379
    assert reader.connection_pool.connection_kwargs["port"] == 6380


@needs_redis
def test_values_round_trip_through_the_shared_client():
    cache = _cache()
    cache.set("seat-map", {"version": 3}, 30)
    assert cache.get("seat-map") == {"version": 3}
    assert cache.add("seat-map", "other") is False
    cache.delete("seat-map")
    assert cache.get("seat-map", "gone") == "gone"


@pytest.mark.parametrize("write", [False, True])
def test_the_options_reach_the_pool_as_in_djangos_backend(write):
    cache = RedisCache(REDIS_URL, {"OPTIONS": {"socket_timeout": 2}})
    assert cache._cache.get_client(write=write).connection_pool.connection_kwargs[
        "socket_timeout"] == 2

"""Django's Redis cache with one client per connection pool, not one per call.

``django.core.cache.backends.redis.RedisCacheClient.get_client`` builds a new
``redis.Redis`` around the (kept) connection pool for every cache operation. Building
one fills a case-insensitive table of about 170 response callbacks: 60 µs of CPU on the
benchmark machine, paid by every signed-in request at least once (the cached_db session
is read from the cache) and again by each seat-map version look-up. A ``redis.Redis``
holds no per-call state (each command takes a connection from the pool and returns it),
so one client per pool serves every call: that is what redis-py's own documentation
recommends. The pools themselves are Django's, and so are the options, the serializer
and the failure behaviour.

Settings: ``CACHES = {"default": {"BACKEND": "marquee.deployment.rediscache.RedisCache",
...}}`` with the same ``LOCATION`` and ``OPTIONS`` as Django's backend.
"""

from __future__ import annotations

from django.core.cache.backends import redis as django_redis


class PooledRedisCacheClient(django_redis.RedisCacheClient):
    """Django's client, keeping the ``redis.Redis`` it builds for each pool."""

    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._pool_for(index))
        return client

    def _pool_for(self, index: int):
        """The pool of one server (the index Django chose: 0 for writes, a replica for
        reads when there are several), built and kept as Django builds and keeps it."""
        if index not in self._pools:
            self._pools[index] = self._pool_class.from_url(self._servers[index],
                                                           **self._pool_options)
        return self._pools[index]


class RedisCache(django_redis.RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` with the pooled client."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledRedisCacheClient

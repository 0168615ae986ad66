"""What a web worker pays once, at start, instead of in its first requests (issue 17).

An on-sale rush starts with every worker cold, and each worker's first request used to
pay for everything loaded on first use, while 200 members wait in the backlog: on the
loaded benchmark machine a worker's first signed-in seat map took 96–103 ms of its CPU
before this module warmed the cache client and the member's statement, 28–30 ms after
(``bench/request_floor.py``, "first request"; a warm one takes about 6 ms). ``marquee.wsgi`` calls ``warm_up()`` in each worker
before it serves (no preloading: the connections it opens are the worker's own).

Nothing here may stop a worker that could serve: a Redis or database that does not
answer yet is left for the first request to find, as before.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger(__name__)


def _reverse_tables() -> None:
    """Import every view through the URLconf and build reverse()'s tables (about 0.4 s
    with the admin's URLs); the tables are built per language and per namespace."""
    def build(resolver) -> None:
        resolver.reverse_dict  # noqa: B018  (imports the views, builds the table)
        for _prefix, namespace in resolver.namespace_dict.values():
            build(namespace)  # each namespace ("payments:") has its own

    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            build(get_resolver())


def _shared_cache() -> None:
    """The cache client the session is read through: importing redis-py (about 0.2 s)
    and building the client happen at the first cache call; then one connection."""
    try:
        cache.get("marquee:warm-up")
    except Exception as exc:  # noqa: BLE001  (any client error: the first request will see it)
        logger.warning("warm-up: the shared cache did not answer (%s)", exc)


def _signed_in_member() -> None:
    """The signed-in member's statement, compiled once per thread (members.signed_in)."""
    from marquee.members.middleware import describe_agent
    from marquee.members.signed_in import member_with_key

    describe_agent("marquee warm-up")  # matches nothing: every regex gets compiled
    try:
        member_with_key(0)  # no member 0: compiles the statement, reads nothing
    except DatabaseError as exc:
        logger.warning("warm-up: the database did not answer (%s)", exc)


def warm_up() -> None:
    _reverse_tables()
    _shared_cache()
    _signed_in_member()

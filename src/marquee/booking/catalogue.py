"""Per-process snapshots of the catalogue rows that every seat map and hold reads.

A showtime, with its movie, screen, theatre and prices, changes a few times a day, yet
during an on-sale rush it was loaded (three joins and a prices query) on every seat-map
and hold request. A snapshot lives for ``MARQUEE_CATALOGUE_CACHE_SECONDS`` (default 2):
any save or delete of those models in this process drops every snapshot at once (the
signal receivers below), and other processes see the change within that time.

What a snapshot may decide is limited to that window: a manager who stops sales may see
holds accepted for up to two seconds more in other processes. Seats themselves are never
decided from a snapshot (the database constraint does that), and payment re-reads the
booking and its showtime. Snapshots are shared between threads: never modify one.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from .models import Movie, Price, Screen, Seat, Showtime, Theatre

_SNAPSHOTS: dict[int, tuple[float, Showtime]] = {}
_LIMIT = 1024


def ttl() -> float:
    return float(getattr(settings, "MARQUEE_CATALOGUE_CACHE_SECONDS", 2))


def showtime(pk: int) -> Showtime | None:
    """The showtime with movie, screen, theatre and prices loaded, or None."""
    if not 0 < pk < 2**63:  # beyond the column's range the database raises, not finds nothing
        return None
    now = time.monotonic()
    cached = _SNAPSHOTS.get(pk)
    if cached is not None and now - cached[0] < ttl():
        return cached[1]
    found = (Showtime.objects.select_related("movie", "screen__theatre")
             .prefetch_related("prices").filter(pk=pk).first())
    if found is not None and ttl() > 0:
        if len(_SNAPSHOTS) >= _LIMIT:
            _SNAPSHOTS.clear()
        _SNAPSHOTS[pk] = (now, found)
    return found


def forget(**_kwargs) -> None:
    """Drop every snapshot (and the seat indexes): the catalogue changed here."""
    from . import seating

    _SNAPSHOTS.clear()
    seating.forget()


for _model in (Showtime, Movie, Screen, Theatre, Price, Seat):
    post_save.connect(forget, sender=_model, dispatch_uid=f"catalogue-save-{_model.__name__}")
    post_delete.connect(forget, sender=_model, dispatch_uid=f"catalogue-del-{_model.__name__}")

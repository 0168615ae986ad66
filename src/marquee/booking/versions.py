"""Seat-map versions (B2, fewer and cheaper polls in a rush).

``bump`` runs inside the transaction of every change to a showtime's claims (hold,
release, sale, cancellation): one ``UPDATE … RETURNING`` of the showtime's counter and
one INSERT of the changed seat IDs (on PostgreSQL both in one statement). ``tag`` reads the version and the number of holds
that have expired unnoticed (an expired hold frees its seat without any write; the next
writer deletes it and bumps the version), in one query: (version, expired) names one
state of the map, so it serves as the ETag and as the cache key of the rendered map.

Read the tag before the claims: a writer committing in between makes the body newer than
its tag, which only costs the client one more full answer; never the reverse.

Correctness stays with the database: the unique constraint on (showtime, seat) decides
every seat; versions only decide what a client needs to fetch again.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from .models import SeatChange, SeatClaim, SeatMapVersion

KEEP = 1000  # versions of changes kept for ``?since=``; older asks get the whole map
PRUNE_EVERY = 200


@dataclass(frozen=True)
class Tag:
    version: int
    expired: int

    def etag(self, member_pk: int | None) -> str:
        return f'"{self.version}.{self.expired}.{member_pk or 0}"'

    @property
    def key(self) -> str:
        return f"{self.version}.{self.expired}"


def bump(showtime_id: int, seat_ids) -> int:
    """Next version for the showtime, recording ``seat_ids`` as changed (in the caller's
    transaction)."""
    seat_ids = sorted(set(seat_ids))
    if not seat_ids:
        return 0
    if connection.vendor == "postgresql":
        row = _bump_and_record(showtime_id, seat_ids)
        if row is not None:
            version = row[0]
            _prune(showtime_id, version)
            return version
    table = SeatMapVersion._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET version = version + 1 "  # noqa: S608 - model table
                       "WHERE showtime_id = %s RETURNING version", [showtime_id])
        row = cursor.fetchone()
    if row is None:
        try:
            with transaction.atomic():
                SeatMapVersion.objects.create(showtime_id=showtime_id, version=1)
            version = 1
        except IntegrityError:  # a concurrent first writer created it
            return bump(showtime_id, seat_ids)
    else:
        version = row[0]
    SeatChange.objects.bulk_create([SeatChange(showtime_id=showtime_id, version=version,
                                               seat_id=pk) for pk in seat_ids])
    _prune(showtime_id, version)
    return version


def _bump_and_record(showtime_id: int, seat_ids: list[int]):
    """PostgreSQL: the counter's bump and the changed seats in one statement (a
    data-modifying CTE; one round trip less on every hold and sale, issue 17). Returns
    ``(version,)``, or None when the showtime has no counter yet (nothing inserted)."""
    versions_table, changes_table = SeatMapVersion._meta.db_table, SeatChange._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH bumped AS (UPDATE {versions_table} SET version = version + 1 "  # noqa: S608
            "WHERE showtime_id = %s RETURNING version), "
            f"recorded AS (INSERT INTO {changes_table} (showtime_id, version, seat_id) "
            "SELECT %s, bumped.version, seat FROM bumped, unnest(%s::integer[]) AS seat) "
            "SELECT version FROM bumped", [showtime_id, showtime_id, seat_ids])
        return cursor.fetchone()


def _prune(showtime_id: int, version: int) -> None:
    if version % PRUNE_EVERY == 0:
        SeatChange.objects.filter(showtime_id=showtime_id, version__lte=version - KEEP).delete()


def tag(showtime_id: int, now=None) -> Tag:
    now = now or timezone.now()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT version FROM {SeatMapVersion._meta.db_table} "  # noqa: S608
            "WHERE showtime_id = %s), "
            f"(SELECT COUNT(*) FROM {SeatClaim._meta.db_table} "
            "WHERE showtime_id = %s AND expires_at <= %s)",
            [showtime_id, showtime_id, now])
        version, expired = cursor.fetchone()
    return Tag(int(version or 0), int(expired or 0))


def changed_since(showtime_id: int, since: int, current: Tag, now=None) -> set[int] | None:
    """Seat IDs changed after version ``since`` (plus every seat whose hold expired
    unnoticed), or None when ``since`` is too old (or from the future): send the whole map."""
    if since > current.version or since < current.version - KEEP + PRUNE_EVERY:
        return None
    now = now or timezone.now()
    changed = set(SeatChange.objects.filter(showtime_id=showtime_id, version__gt=since)
                  .values_list("seat_id", flat=True))
    if current.expired:
        changed |= set(SeatClaim.objects.filter(showtime_id=showtime_id, expires_at__lte=now)
                       .values_list("seat_id", flat=True))
    return changed

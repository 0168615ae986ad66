"""Signed checkpoints of append-only records, kept in the separate store (P12.11).

A hash chain proves that nothing in the middle of a log was changed, but not that its
newest entries are all there: delete the tail and point the head back, and the shorter
chain is consistent. A checkpoint anchors the head outside the table: which row was the
last, its hash, how many rows there were, when; signed with a keyed HMAC (the key
ring's index key, never in a database) and written to the ``archive`` database. The
app that owns a log takes checkpoints and compares them (``backoffice.checkpoints``);
this module only signs, stores and reads them.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils import timezone

from marquee.privacy.vault import crypto
from marquee.privacy.vault.keyring import keyring

from .models import Checkpoint

SCOPE = "append-only-checkpoint"


@dataclass(frozen=True)
class Anchor:
    """Where a record ends now: the last row's ID and hash, and the number of rows."""

    last_id: int
    last_hash: str
    row_count: int


def _canonical(chain: str, anchor: Anchor, taken_at: datetime, occasion: str) -> str:
    return json.dumps([chain, anchor.last_id, anchor.last_hash, anchor.row_count,
                       taken_at.astimezone(UTC).isoformat(timespec="microseconds"), occasion],
                      separators=(",", ":"))


def sign(chain: str, anchor: Anchor, taken_at: datetime, occasion: str) -> str:
    return crypto.blind_index(keyring().index, SCOPE,
                              _canonical(chain, anchor, taken_at, occasion))


def record(chain: str, anchor: Anchor, *, occasion: str) -> Checkpoint:
    """Write a signed checkpoint to the separate store."""
    taken_at = timezone.now()
    return Checkpoint.objects.create(
        chain=chain, last_id=anchor.last_id, last_hash=anchor.last_hash,
        row_count=anchor.row_count, taken_at=taken_at, occasion=occasion[:40],
        signature=sign(chain, anchor, taken_at, occasion[:40]))


def is_authentic(checkpoint: Checkpoint) -> bool:
    anchor = Anchor(checkpoint.last_id, checkpoint.last_hash, checkpoint.row_count)
    expected = sign(checkpoint.chain, anchor, checkpoint.taken_at, checkpoint.occasion)
    return hmac.compare_digest(expected, checkpoint.signature)


def latest(chain: str) -> Checkpoint | None:
    return Checkpoint.objects.filter(chain=chain).order_by("-taken_at", "-id").first()


def as_dict(checkpoint: Checkpoint) -> dict:
    """A checkpoint as a monthly review keeps it (JSON)."""
    return {"chain": checkpoint.chain, "last_id": checkpoint.last_id,
            "last_hash": checkpoint.last_hash, "row_count": checkpoint.row_count,
            "taken_at": checkpoint.taken_at.isoformat(), "occasion": checkpoint.occasion,
            "signature": checkpoint.signature}


def from_dict(data: dict) -> Checkpoint:
    """A checkpoint copied into a review, back as an (unsaved) model to verify and compare."""
    return Checkpoint(chain=data["chain"], last_id=data["last_id"], last_hash=data["last_hash"],
                      row_count=data["row_count"], occasion=data["occasion"],
                      taken_at=datetime.fromisoformat(data["taken_at"]),
                      signature=data["signature"])

"""The reproducible draw (P1.7): pure functions over a draw record, no database.

1. **Commitment.** When an event is created a 32-byte random secret is made and its
   SHA-256 hex (the *commitment*) is shown on the event page from then on.
2. **Freeze.** When entry closes, the entrant list is the entry IDs in ascending order,
   written one per line in decimal (``canonical``, UTF-8, no trailing newline); its
   SHA-256 hex is the *entrants hash*.
3. **Seed.** ``seed = HMAC-SHA256(key=secret (hex text, UTF-8), msg=entrants hash)`` hex.
   The secret was fixed before anyone entered, the list is fixed before the secret is
   revealed, so neither the operator nor an entrant can steer the seed. Seed, secret and
   list are recorded before any winner is computed.
4. **Order.** Each entry's score is ``HMAC-SHA256(key=seed, msg=str(entry_id))`` hex; the
   entries sorted by (score, id) are the draw order. The first prizes' quantities are
   filled in prize order (position, then id): the first ``q1`` entries win prize 1, the
   next ``q2`` prize 2, and so on.

Anyone with the record (secret, list, prizes and quantities) can recompute the winners:
``manage.py events verify <id>`` and the event's public draw page do exactly that.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass


def canonical(entry_ids) -> str:
    return "\n".join(str(i) for i in sorted(int(i) for i in entry_ids))


def parse_ids(text: str) -> list[int]:
    return [int(line) for line in text.split("\n") if line.strip()]


def entrants_hash(entry_ids) -> str:
    return hashlib.sha256(canonical(entry_ids).encode()).hexdigest()


def commitment(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def seed(secret: str, list_hash: str) -> str:
    return hmac.new(secret.encode(), list_hash.encode(), hashlib.sha256).hexdigest()


def order(seed_hex: str, entry_ids) -> list[int]:
    def score(entry_id: int) -> tuple[str, int]:
        return hmac.new(seed_hex.encode(), str(entry_id).encode(), hashlib.sha256).hexdigest(), \
            entry_id
    return sorted((int(i) for i in entry_ids), key=score)


def rank(seed_hex: str, entry_ids, prizes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Winners as (entry_id, prize_id), in draw order; ``prizes`` are (prize_id, quantity)
    in prize order."""
    drawn = iter(order(seed_hex, entry_ids))
    winners = []
    for prize_id, quantity in prizes:
        for _ in range(quantity):
            entry_id = next(drawn, None)
            if entry_id is None:
                return winners
            winners.append((entry_id, prize_id))
    return winners


def format_winners(winners: list[tuple[int, int]]) -> str:
    return "\n".join(f"{entry_id} {prize_id}" for entry_id, prize_id in winners)


def parse_winners(text: str) -> list[tuple[int, int]]:
    pairs = (line.split() for line in text.split("\n") if line.strip())
    return [(int(a), int(b)) for a, b in pairs]


@dataclass(frozen=True)
class Verification:
    commitment_ok: bool
    list_ok: bool
    seed_ok: bool
    winners_ok: bool
    recomputed: list[tuple[int, int]]

    @property
    def ok(self) -> bool:
        return self.commitment_ok and self.list_ok and self.seed_ok and self.winners_ok


def verify(*, published_commitment: str, secret: str, entrant_ids_text: str,
           recorded_hash: str, recorded_seed: str, recorded_winners: str,
           prizes: list[tuple[int, int]]) -> Verification:
    """Recompute everything from a record and compare with what was recorded."""
    ids = parse_ids(entrant_ids_text)
    recomputed = rank(seed(secret, entrants_hash(ids)), ids, prizes)
    return Verification(
        commitment_ok=hmac.compare_digest(commitment(secret), published_commitment),
        list_ok=entrants_hash(ids) == recorded_hash and canonical(ids) == entrant_ids_text,
        seed_ok=seed(secret, recorded_hash) == recorded_seed,
        winners_ok=recomputed == parse_winners(recorded_winners),
        recomputed=recomputed,
    )

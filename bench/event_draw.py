"""The event draw on a large entrant list (P1.7): hashing the frozen list, the seed, the
HMAC ordering and the winner assignment, and the same again as a verification, for
``--entrants`` entry IDs (default 100,000). Pure computation, no database.

    .venv/bin/python bench/event_draw.py --entrants 100000 --winners 50
"""

from __future__ import annotations

import argparse
import secrets
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from marquee.events import draws  # noqa: E402  (pure module: no Django set-up needed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entrants", type=int, default=100_000)
    parser.add_argument("--winners", type=int, default=50)
    args = parser.parse_args()
    ids = list(range(1, args.entrants + 1))
    secret = secrets.token_hex(32)
    tracemalloc.start()
    started = time.perf_counter()
    list_hash = draws.entrants_hash(ids)
    seed = draws.seed(secret, list_hash)
    winners = draws.rank(seed, ids, [(1, args.winners)])
    drawn = time.perf_counter() - started
    result = draws.verify(published_commitment=draws.commitment(secret), secret=secret,
                          entrant_ids_text=draws.canonical(ids), recorded_hash=list_hash,
                          recorded_seed=seed, recorded_winners=draws.format_winners(winners),
                          prizes=[(1, args.winners)])
    verified = time.perf_counter() - started - drawn
    peak = tracemalloc.get_traced_memory()[1]
    print(f"entrants {args.entrants:,}, winners {len(winners)}: draw {drawn:.2f} s, "
          f"verify {verified:.2f} s, peak memory {peak / 2**20:.1f} MiB, ok={result.ok}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

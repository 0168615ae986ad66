"""Writes bench/pii_data/test16.jsonl, an eleventh outside author's blind set for the post
masker (P11.2): 1,000 posts, 500 clean and 500 personal, most of them written one by one by
hand (t16_hand_*), the rest from frames (t16_frames). Deterministic: run it again and the
file is the same. See TEST16.md for what it holds and how it is labelled."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import t16_frames  # noqa: E402
import t16_hand_c1  # noqa: E402
import t16_hand_c2  # noqa: E402
import t16_hand_c3  # noqa: E402
import t16_hand_p1  # noqa: E402
import t16_hand_p2  # noqa: E402
import t16_hand_p3  # noqa: E402
import t16_hand_p4  # noqa: E402
import t16_markup  # noqa: E402
import t16_pools  # noqa: E402

SIZE = 1000
SEED = 160016


def _hand() -> list[t16_markup.Post]:
    """The posts written one by one, personal and clean."""
    rows = (t16_hand_p1.ROWS + t16_hand_p2.ROWS + t16_hand_p3.ROWS + t16_hand_p4.ROWS
            + t16_hand_c1.ROWS + t16_hand_c2.ROWS + t16_hand_c3.ROWS)
    return t16_markup.parse_all(rows)


def _forbidden(hand: list[t16_markup.Post]) -> set[str]:
    """Strings a generated name must not be: every negative, so no string is both."""
    out = {p.text[s:e] for p in hand for s, e, _ in p.negatives}
    for pool in (t16_pools.ACTORS, t16_pools.DIRECTORS, t16_pools.CHARACTERS, t16_pools.IDOLS,
                 t16_pools.ATHLETES, t16_pools.PUBLIC, t16_pools.NICKS, t16_pools.WORDS,
                 t16_pools.OPERATOR, ("홍길동", "김철수", "이영희")):
        out.update(pool)
    return out


def build() -> list[dict]:
    rng = random.Random(SEED)
    hand = _hand()
    seen = {p.text for p in hand}
    assert len(seen) == len(hand), "two hand-written posts are the same"
    forbidden = _forbidden(hand)
    personal = sum(1 for p in hand if p.spans)
    rows = (t16_frames.framed(rng, "p", SIZE // 2 - personal, seen, forbidden)
            + t16_frames.framed(rng, "c", SIZE // 2 - (len(hand) - personal), seen, forbidden))
    posts = hand + t16_markup.parse_all(rows)
    rng.shuffle(posts)
    return [{"id": f"t16-{i:04d}", "kind": p.kind, "text": p.text, "spans": p.spans,
             "negatives": p.negatives} for i, p in enumerate(posts)]


def dumps(posts: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def main() -> None:
    (HERE / "test16.jsonl").write_text(dumps(build()), encoding="utf-8")


if __name__ == "__main__":
    main()

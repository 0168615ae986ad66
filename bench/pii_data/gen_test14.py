"""test14: an outside author's blind evaluation set for the post masker (P11.2).

About 1,000 posts, exactly half clean. Over 400 were written one by one by hand (modules
``t14_hand_*``, labels inline, see ``t14_markup``); the rest are filled from frames
(``t14_frames``, ``t14_fill``) with a fixed seed. Posts are shuffled with the same seed and
written to ``test14.jsonl``.

    python bench/pii_data/gen_test14.py            # write test14.jsonl
    python bench/pii_data/gen_test14.py --check    # compare with the stored file
    python bench/pii_data/gen_test14.py --stats    # counts per half, style, entity, kind
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import t14_hand_a
import t14_hand_b
import t14_hand_c
import t14_hand_d
import t14_hand_e
import t14_hand_f
import t14_hand_g
import t14_hand_h
import t14_hand_i
from common import Post
from t14_fill import Filler
from t14_frames import CLEAN, CLOSERS, OPENERS, PERSONAL
from t14_markup import parse, split_posts

OUT = Path(__file__).resolve().parent / "test14.jsonl"
SEED = 20261207
TOTAL = 1000
HAND = (t14_hand_a, t14_hand_b, t14_hand_c, t14_hand_d, t14_hand_e, t14_hand_f, t14_hand_g,
        t14_hand_h, t14_hand_i)


def hand_posts() -> list[Post]:
    return [parse(style, text) for m in HAND for style, text in split_posts(m.BLOCK)]


def templated(rng: random.Random, frames: dict, half: str, n: int) -> list[Post]:
    """``n`` posts from ``frames``, the styles in turn and each style's frames in a shuffled
    cycle, with an opener and a closer drawn per post so no two read the same."""
    filler = Filler(rng)
    styles = sorted(frames)
    queues: dict[str, list[str]] = {s: [] for s in styles}
    out = []
    for i in range(n):
        style = styles[i % len(styles)]
        if not queues[style]:
            queues[style] = frames[style][:]
            rng.shuffle(queues[style])
        post = Post(f"{half}:{style}")
        post.add(rng.choice(OPENERS[style]))
        filler.fill(queues[style].pop(), post)
        post.add(rng.choice(CLOSERS))
        post.parts = [p for p in post.parts if p[0]]
        out.append(post)
    return out


def build() -> list[dict]:
    rng = random.Random(SEED)
    hand = hand_posts()
    n_clean = TOTAL // 2 - sum(1 for p in hand if p.kind.startswith("clean:"))
    n_personal = TOTAL // 2 - sum(1 for p in hand if p.kind.startswith("personal:"))
    posts = hand + templated(rng, CLEAN, "clean", n_clean) + templated(rng, PERSONAL, "personal", n_personal)
    rng.shuffle(posts)
    return [p.build(f"t14-{i:04d}") for i, p in enumerate(posts)]


def dumps(posts: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def stats(posts: list[dict]) -> None:
    hand = len(hand_posts())
    print(f"posts {len(posts)}  clean {sum(1 for p in posts if not p['spans'])}  hand-written {hand}")
    print("styles", dict(Counter(p["kind"] for p in posts).most_common()))
    print("spans", dict(Counter(k for p in posts for *_, k in p["spans"]).most_common()))
    negs = Counter(k for p in posts for *_, k in p["negatives"])
    print(f"negatives {sum(negs.values())} in {len(negs)} kinds", dict(negs.most_common()))


def main(argv: list[str]) -> int:
    posts = build()
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dumps(posts)
        print("test14.jsonl is up to date" if same else "test14.jsonl differs from a fresh build")
        return 0 if same else 1
    if "--stats" in argv:
        stats(posts)
        return 0
    OUT.write_text(dumps(posts), encoding="utf-8")
    print(f"wrote {OUT} ({len(posts)} posts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

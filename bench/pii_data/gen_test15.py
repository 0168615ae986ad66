"""Write bench/pii_data/test15.jsonl, a tenth outside author's blind set for the Korean
post masker (P11.2): hand-written posts (t15_hand_*) plus templated ones (t15_frames),
half clean, with more hard negatives than spans. Deterministic (fixed seed).

    python bench/pii_data/gen_test15.py            # write test15.jsonl
    python bench/pii_data/gen_test15.py --check    # compare with the stored file
    python bench/pii_data/gen_test15.py --stats    # counts per entity and negative kind
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import t15_fill
import t15_frames
import t15_hand_clean
import t15_hand_extra
import t15_hand_last
import t15_hand_more
import t15_hand_personal
from t15_markup import parse, parse_all

OUT = Path(__file__).resolve().parent / "test15.jsonl"
SEED = 15_2026
TOTAL = 600


def _hand() -> list:
    return (parse_all(t15_hand_personal.POSTS) + parse_all(t15_hand_clean.POSTS)
            + parse_all(t15_hand_more.POSTS) + parse_all(t15_hand_extra.POSTS)
            + parse_all(t15_hand_last.POSTS))


def _banned(posts: list) -> set[str]:
    """Every string a hand-written post uses as a negative: a templated name never equals one."""
    return {text for p in posts for text, _, neg in p.parts if neg} | set(
        t15_fill.ACTORS + t15_fill.DIRECTORS + t15_fill.CHARACTERS + t15_fill.ATHLETES
        + t15_fill.FORMS + t15_fill.HANDLES)


def _templated(r: random.Random, frames: dict, n: int, banned: set[str]) -> list:
    styles = sorted(frames)
    posts = []
    for i in range(n):
        style = styles[i % len(styles)]
        frame = frames[style][(i // len(styles)) % len(frames[style])]
        posts.append(parse(style, t15_fill.fill(r, frame, banned)))
    return posts


def build() -> list[dict]:
    r = random.Random(SEED)
    hand = _hand()
    banned = _banned(hand)
    n_clean = TOTAL // 2 - sum(1 for p in hand if p.kind.startswith("clean:"))
    n_pers = TOTAL // 2 - sum(1 for p in hand if p.kind.startswith("personal:"))
    posts = hand + _templated(r, t15_frames.PERSONAL, n_pers, banned)
    posts += _templated(r, t15_frames.CLEAN, n_clean, banned)
    r.shuffle(posts)
    return [p.build(f"t15-{i:04d}") for i, p in enumerate(posts)]


def dumps(posts: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def stats(posts: list[dict]) -> str:
    spans = Counter(k for p in posts for _, _, k in p["spans"])
    negs = Counter(k for p in posts for _, _, k in p["negatives"])
    hand = len(t15_hand_personal.POSTS) + len(t15_hand_clean.POSTS) + len(t15_hand_more.POSTS)
    hand += len(t15_hand_extra.POSTS) + len(t15_hand_last.POSTS)
    clean = sum(1 for p in posts if not p["spans"])
    lines = [f"posts {len(posts)}  clean {clean}  hand-written {hand}",
             f"spans {sum(spans.values())}: " + ", ".join(f"{k} {n}" for k, n in spans.most_common()),
             f"negatives {sum(negs.values())} in {len(negs)} kinds: "
             + ", ".join(f"{k} {n}" for k, n in negs.most_common())]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    text = dumps(build())
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("test15.jsonl is up to date" if same else "test15.jsonl differs from a fresh build")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats([json.loads(line) for line in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

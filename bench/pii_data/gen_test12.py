"""Writes test12.jsonl, a blind Korean evaluation set for the post masker (P11.2), by a
seventh outside author who has not read the masker: 1,200 posts of a cinema booking site
in 15 styles, half of them clean, every span and hard negative labelled by construction.

Usage: gen_test12.py [--check] [--stats]  (see TEST12.md)."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import t12_noise  # noqa: E402
from common import Post  # noqa: E402
from t12_render import Ctx, render  # noqa: E402
from t12_styles_a import STYLES_A  # noqa: E402
from t12_styles_b import REPEATS, STYLES_B  # noqa: E402

SEED = 12_2026
PER_STYLE = 40  # posts per style in each half: 15 styles x 40 x 2 = 1,200
STYLES = {**STYLES_A, **STYLES_B}
OUT = Path(__file__).resolve().parent / "test12.jsonl"


def _order(template: str) -> int:
    """Letter heads first, sign-offs last; the rest keeps its drawn order."""
    if template.startswith(("-", "존경", "응모", "회원명", "근무표", "보낸 사람", "보내는 사람",
                            "(우편)")):
        return 0
    return 2 if template.rstrip(")").endswith(("드림", "올림", "mecross.net", "작성:")) else 1


def _templates(r: random.Random, pii: list[str], clean: list[str], personal: bool) -> list[str]:
    if personal:
        k = 1 + (r.random() < 0.45) + (r.random() < 0.12)
        chosen = r.sample(pii, k) + r.sample(clean, r.randint(0, 2))
    else:
        chosen = r.sample(clean, r.randint(2, 4))
    if r.random() < 0.08:  # a long post: a thread pasted in whole
        rest = [t for t in clean if t not in chosen]
        chosen += r.sample(rest, min(len(rest), r.randint(4, 8)))
    r.shuffle(chosen)
    ends = [t for t in chosen if _order(t) == 2]
    if ends:  # one sign-off at most, a personal one if drawn
        keep = next((t for t in ends if t in pii), ends[0])
        chosen = [t for t in chosen if _order(t) != 2 or t is keep]
    if len(chosen) < 2:  # never a bare sign-off or a single short line alone
        chosen.append(r.choice([t for t in clean if _order(t) == 1]))
    return sorted(chosen, key=_order)


def make_post(r: random.Random, style: str, personal: bool) -> Post:
    join, pii, clean = STYLES[style]
    ctx = Ctx(r)
    post = Post(f"{'personal' if personal else 'clean'}:{style}")
    parts: list = []
    for i, template in enumerate(_templates(r, pii, clean, personal)):
        if i:
            parts.append((join, None, None))
        parts.extend(render(template, ctx))
    if personal and "1" in ctx.people and r.random() < 0.3:
        parts.append((join, None, None))
        parts.extend(render(r.choice(REPEATS), ctx))
    if style == "typo" or r.random() < 0.15:
        parts = t12_noise.apply(parts, r, typos=style == "typo")
    for text, entity, negative in parts:
        post.add(text, entity, negative)
    return post


def _check_labels(posts: list[dict]) -> None:
    """Personal posts hold a span, clean ones none, and no string is on both sides."""
    spans, negs = set(), set()
    for p in posts:
        assert bool(p["spans"]) == p["kind"].startswith("personal:"), p["id"]
        spans |= {p["text"][s:e] for s, e, _ in p["spans"]}
        negs |= {p["text"][s:e] for s, e, _ in p["negatives"]}
    assert not spans & negs, sorted(spans & negs)


def build() -> list[dict]:
    r = random.Random(SEED)
    made = [(style, personal) for style in STYLES for personal in (True, False)
            for _ in range(PER_STYLE)]
    r.shuffle(made)
    posts = [make_post(r, style, personal).build(f"t12-{i:04d}")
             for i, (style, personal) in enumerate(made)]
    _check_labels(posts)
    return posts


def dumps(posts: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def stats(posts: list[dict]) -> dict:
    return {"posts": len(posts), "clean": sum(1 for p in posts if not p["spans"]),
            "spans": dict(Counter(k for p in posts for *_, k in p["spans"]).most_common()),
            "span_total": sum(len(p["spans"]) for p in posts),
            "negatives": dict(Counter(k for p in posts for *_, k in p["negatives"]).most_common()),
            "negative_total": sum(len(p["negatives"]) for p in posts),
            "styles": dict(Counter(p["kind"].split(":")[1] for p in posts).most_common()),
            "length": [min(len(p["text"]) for p in posts), max(len(p["text"]) for p in posts)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with the stored file")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    posts = build()
    text = dumps(posts)
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("test12.jsonl is up to date" if same else "test12.jsonl differs from a fresh build")
        return 0 if same else 1
    if args.stats:
        print(json.dumps(stats(posts), ensure_ascii=False, indent=1))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.name}: {len(posts)} posts")
    return 0


if __name__ == "__main__":
    sys.exit(main())

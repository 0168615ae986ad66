"""Generate test11 (P11.2): 1,200 Korean board posts, half of them clean but crowded with
public figures, characters, titles, handles and look-alike numbers, half holding other
people's personal data. Deterministic; ``--check`` compares with the stored file and
``--stats`` prints counts. Written blind to the masker and to the other sets."""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

import t11_clean
import t11_pii
from common import Post
from t11_slots import expand
from t11_styles import STYLES

HERE = Path(__file__).resolve().parent
OUT = HERE / "test11.jsonl"
SEED = 11_2026
N_POSTS, N_CLEAN = 1200, 600
MAX_LEN, MIN_LEN = 800, 15


def _templates(rng: random.Random, clean: bool) -> list[str]:
    """The post's sentence templates: clean ones only, or one to three personal ones mixed
    with up to three clean ones (so a personal post is not recognisable by its frames)."""
    if rng.random() < 0.08:
        return [rng.choice(t11_clean.SHORT if clean else t11_pii.SHORT)]
    extra = rng.randint(8, 16) if rng.random() < 0.12 else 0
    if clean:
        return [rng.choice(t11_clean.ALL) for _ in range(rng.randint(1, 5) + extra)]
    chosen = [rng.choice(t11_pii.ALL) for _ in range(rng.choices([1, 2, 3], [5, 3, 1])[0])]
    chosen += [rng.choice(t11_clean.ALL) for _ in range(rng.randint(0, 3) + extra)]
    rng.shuffle(chosen)
    return chosen


def _drop_one(templates: list[str]) -> list[str]:
    """The templates less the last clean one (a personal post keeps its personal ones)."""
    personal = set(t11_pii.ALL) | set(t11_pii.SHORT)
    for i in range(len(templates) - 1, -1, -1):
        if templates[i] not in personal:
            return templates[:i] + templates[i + 1:]
    return templates[:-1]


def make_post(rng: random.Random, clean: bool, style: str) -> Post:
    templates = _templates(rng, clean)
    while True:
        ctx: dict = {}
        sentences = [expand(t, rng, ctx) for t in templates]
        pieces = STYLES[style](rng, sentences, ctx)
        text = "".join(p[0] for p in pieces)
        if len(text) <= MAX_LEN or len(templates) == 1:
            break
        templates = _drop_one(templates)
    while len(text) < MIN_LEN:
        tail = rng.choice([" ㅎㅎ 다들 좋은 주말!", " (내용 없음)", " 끝까지 읽어주셔서 감사"])
        pieces.append((tail, None, None))
        text += tail
    post = Post(("clean:" if clean else "personal:") + style)
    for text, entity, negative in pieces:
        post.add(text, entity, negative)
    return post


def build() -> list[dict]:
    rng = random.Random(SEED)
    styles = sorted(STYLES)
    flags = [True] * N_CLEAN + [False] * (N_POSTS - N_CLEAN)
    rng.shuffle(flags)
    return [make_post(rng, clean, styles[i % len(styles)] if rng.random() < 0.5
                      else rng.choice(styles)).build(f"t11-{i + 1:04d}")
            for i, clean in enumerate(flags)]


def dumps(posts: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def stats(posts: list[dict]) -> dict:
    return {
        "posts": len(posts),
        "clean": sum(1 for p in posts if not p["spans"]),
        "spans": dict(Counter(s[2] for p in posts for s in p["spans"]).most_common()),
        "negatives": dict(Counter(n[2] for p in posts for n in p["negatives"]).most_common()),
        "negatives_total": sum(len(p["negatives"]) for p in posts),
        "styles": dict(Counter(p["kind"].split(":")[1] for p in posts).most_common()),
        "length": [min(len(p["text"]) for p in posts), max(len(p["text"]) for p in posts)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with the stored file")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args(argv)
    posts = build()
    if args.stats:
        print(json.dumps(stats(posts), ensure_ascii=False, indent=1))
        return 0
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == dumps(posts)
        print("test11.jsonl is up to date" if same else "test11.jsonl differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(dumps(posts), encoding="utf-8")
    print(f"wrote {len(posts)} posts to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

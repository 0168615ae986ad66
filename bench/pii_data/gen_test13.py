"""Build test13, an outside author's blind evaluation set for the post masker (P11.2).

About a third of the posts were written whole by hand (``t13_free_*.py``); the rest come
from style templates (``t13_tpl_a.py``, ``t13_tpl_b.py``) whose personal and clean posts
share one frame. Deterministic: ``--check`` compares with the stored file, ``--stats``
prints the counts."""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

from common import Post
from t13_bits import pieces_to_post
from t13_free import free_posts, label_post
from t13_tpl_a import STYLES_A
from t13_tpl_b import STYLES_B
from t13_tpl_c import STYLES_C
from t13_values import Values

__all__ = ["build", "dumps", "free_posts", "label_post", "main"]

SEED = 132026
TOTAL = 1200
OUT = Path(__file__).resolve().parent / "test13.jsonl"
STYLES = {**STYLES_A, **STYLES_B}


def templated(v: Values, personal: bool, count: int) -> list[dict]:
    names = sorted(STYLES)
    posts = []
    for i in range(count):
        style = names[i % len(names)]
        post = Post(("personal:" if personal else "clean:") + style)
        make = STYLES[style] if v.r.random() < 0.5 else STYLES_C[style]
        pieces_to_post(post, make(v, personal))
        posts.append(post.build("tpl"))
    return posts


def build() -> list[dict]:
    v = Values(random.Random(SEED))
    free = free_posts()
    n_personal = sum(1 for p in free if p["spans"])
    posts = (free + templated(v, True, TOTAL // 2 - n_personal)
             + templated(v, False, TOTAL // 2 - (len(free) - n_personal)))
    v.r.shuffle(posts)
    for i, p in enumerate(posts):
        p["id"] = f"t13-{i:04d}"
    return posts


def dumps(posts: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def stats(posts: list[dict]) -> str:
    spans = Counter(k for p in posts for _, _, k in p["spans"])
    negs = Counter(k for p in posts for _, _, k in p["negatives"])
    styles = Counter(p["kind"] for p in posts)
    free = len(free_posts())
    return "\n".join([
        f"posts {len(posts)}, clean {sum(1 for p in posts if not p['spans'])}, "
        f"free-written {free} ({free / len(posts):.0%})",
        f"spans {sum(spans.values())}: " + ", ".join(f"{k} {n}" for k, n in spans.most_common()),
        f"negatives {sum(negs.values())} in {len(negs)} kinds: "
        + ", ".join(f"{k} {n}" for k, n in negs.most_common()),
        "kinds: " + ", ".join(f"{k} {n}" for k, n in sorted(styles.items())),
        f"lengths {min(len(p['text']) for p in posts)}-{max(len(p['text']) for p in posts)}"])


def main(argv: list[str]) -> int:
    text = dumps(build())
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("test13.jsonl is up to date" if same else "test13.jsonl differs from a fresh build")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats([json.loads(line) for line in text.splitlines()]))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Write bench/pii_data/test7.jsonl: an independent evaluation set for the PII masker (issue 16).

    python bench/pii_data/gen_test7.py [--check]

About 1,200 Korean posts and messages as a cinema booking site receives them (reviews, the free
board, 1:1 inquiries, CS chat logs, event entries, staff notes, messenger copies, formal
letters, table pastes, lists), half with personal data and half without, every line
``{"id", "kind", "text", "spans": [[start, end, ENTITY]], "negatives": [[start, end, KIND]]}``.
The vocabulary and frames are in ``t7_*.py`` and were written for this set alone. The output is
deterministic (fixed seed); ``--check`` regenerates in memory and compares byte for byte.
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import t7_clean  # noqa: E402
import t7_frames  # noqa: E402

SEED = 7_1207
OUT = HERE / "test7.jsonl"
# Posts per kind of text, (with personal data, without).
PLAN = {"review": (70, 110), "board": (70, 70), "inquiry": (90, 60), "cschat": (40, 40),
        "event": (60, 40), "staff": (50, 50), "messenger": (90, 60), "letter": (30, 40),
        "table": (50, 60), "list": (50, 70)}
ENTITIES = {"RRN", "FRN", "PHONE", "EMAIL", "CARD", "ACCOUNT", "PASSPORT", "DRIVER_LICENSE",
            "IP", "PERSON", "ADDRESS"}


def check(post, text: str) -> None:
    """Every label covers exactly the value written for it; labels never cross."""
    for start, end, value in post.values:
        assert text[start:end] == value, (text, start, end, value)
    for start, end, entity in post.spans:
        assert entity in ENTITIES, entity
        assert text[start:end].strip() == text[start:end], (text, start, end)
    for n0, n1, _ in post.negatives:
        for s0, s1, _ in post.spans:
            assert n1 <= s0 or s1 <= n0, (text, n0, n1, s0, s1)


def build() -> list[str]:
    import json

    rng = random.Random(SEED)
    jobs = [(kind, True) for kind, (n, _) in PLAN.items() for _ in range(n)]
    jobs += [(kind, False) for kind, (_, n) in PLAN.items() for _ in range(n)]
    rng.shuffle(jobs)
    lines = []
    for i, (kind, personal) in enumerate(jobs):
        post = (t7_frames if personal else t7_clean).write(kind, rng)
        text = post.text()
        check(post, text)
        assert bool(post.spans) == personal, (kind, text)
        lines.append(json.dumps({"id": f"t7-{i:04d}", "kind": kind, "text": text,
                                 "spans": post.spans, "negatives": post.negatives},
                                ensure_ascii=False))
    return lines


def summary(lines: list[str]) -> None:
    import json

    posts = [json.loads(line) for line in lines]
    spans = Counter(e for p in posts for *_, e in p["spans"])
    negs = Counter(k for p in posts for *_, k in p["negatives"])
    clean = sum(1 for p in posts if not p["spans"])
    print(f"{len(posts)} posts, {clean} clean, {sum(len(p['text']) for p in posts):,} characters")
    print(f"spans {sum(spans.values())}: " + ", ".join(f"{k} {v}" for k, v in spans.most_common()))
    print(f"hard negatives {sum(negs.values())}: "
          + ", ".join(f"{k} {v}" for k, v in negs.most_common()))


def main() -> None:
    data = ("\n".join(build()) + "\n").encode("utf-8")
    again = ("\n".join(build()) + "\n").encode("utf-8")
    assert data == again, "generation is not repeatable"
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_bytes() == data
        print("test7.jsonl matches the generator" if same else "test7.jsonl DIFFERS")
        sys.exit(0 if same else 1)
    OUT.write_bytes(data)
    print(f"wrote {OUT.name} (sha256 {hashlib.sha256(data).hexdigest()[:16]})")
    summary(data.decode("utf-8").splitlines())


if __name__ == "__main__":
    main()

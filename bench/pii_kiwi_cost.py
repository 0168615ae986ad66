"""What Kiwi costs the PII masker per post, against reading every post whole once (P11.2).

    PYTHONPATH=src /tmp/bench-venv-lead/bin/python bench/pii_kiwi_cost.py --sets dev4,dev3

Issue 16 asked whether one Kiwi reading per post, shared by every recogniser, would be
cheaper than the word and clause readings the recognisers ask for. This runs the masker
once per set with cold caches, records each distinct string it sends Kiwi (a word, or a
clause around a candidate name), then times in one process, best of three, Kiwi alone on
(a) those strings and (b) every post whole: CPU µs a post.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _sent(morph, detect, allow, posts: list[str]) -> tuple[list[str], list[str]]:
    """The words and the clauses the masker sends Kiwi on these posts (cold caches)."""
    words, clauses = [], []
    word_cached, clause_cached = morph._analyze_cached, morph._clause_cached
    read = word_cached.__wrapped__

    def record(kind):
        def inner(text):
            kind.append(text)
            return read(text)
        return inner

    morph._analyze_cached = functools.lru_cache(maxsize=65536)(record(words))
    morph._clause_cached = functools.lru_cache(maxsize=8192)(record(clauses))
    try:
        for p in posts:
            detect(p, allow=allow)
    finally:
        morph._analyze_cached, morph._clause_cached = word_cached, clause_cached
    return words, clauses


def _cpu(tokenize, strings: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for s in strings:
            tokenize(s)
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="dev4,dev3,dev2,test3,clean2")
    args = ap.parse_args()
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "pii_data")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marquee.settings")
    import django

    django.setup()
    from common import catalogue
    from pii_eval import load

    from marquee.privacy.pii import AllowList, detect, morph

    allow = AllowList(catalogue())
    morph.warm_up()
    kiwi = morph.get_kiwi()
    print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    for name in args.sets.split(","):
        posts = [p["text"] for p in load(name)]
        words, clauses = _sent(morph, detect, allow, posts)
        n = len(posts)
        asked, whole = _cpu(kiwi.tokenize, words + clauses), _cpu(kiwi.tokenize, posts)
        print(f"{name}: {n} posts, {len(words)} words + {len(clauses)} clauses read: "
              f"{asked / n * 1e6:.0f} µs a post; every post read whole: {whole / n * 1e6:.0f} µs "
              f"a post ({whole / max(asked, 1e-9):.1f}×)", flush=True)


if __name__ == "__main__":
    main()

"""What Kiwi costs the PII masker per post, against reading every post whole once (P11.2).

    PYTHONPATH=src /tmp/bench-venv-lead/bin/python bench/pii_kiwi_cost.py --sets dev4,dev3

Issue 16 asked whether one Kiwi reading per post, shared by every recogniser, would be
cheaper than the word and clause readings the recognisers ask for. This runs the masker
once per set with cold caches, records each distinct string it sends Kiwi (a word, or a
clause around a candidate name), then times in one process, best of three, Kiwi alone on
(a) those strings and (b) every post whole: CPU µs a post.

``--options`` (round 11) then times Kiwi's construction and call options on all the strings
recorded over ``--sets``, each alternating with the default (best of two, CPU µs a string),
and counts the strings the option reads differently (form, tag, offsets, morpheme id).
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


def _cpu(tokenize, strings: list[str], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        for s in strings:
            tokenize(s)
        best = min(best, time.process_time() - t0)
    return best


def _variants(kiwi):
    """(label, a Kiwi, call options): the options issue 16 asked about, one at a time."""
    import warnings

    from kiwipiepy import Kiwi, Match

    def made(**kw):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return Kiwi(num_workers=0, **kw)

    def tuned(**config):
        k = made()
        for key, value in config.items():
            setattr(k.global_config, key, value)
        return k

    joins = Match.URL | Match.EMAIL | Match.HASHTAG | Match.MENTION | Match.SERIAL | Match.EMOJI
    yield from (("oov_handling='rule'", kiwi, {"oov_handling": "rule"}),
                ("oov_handling='chr_freq'", kiwi, {"oov_handling": "chr_freq"}),
                ("z_coda=False", kiwi, {"z_coda": False}), ("normalize_coda=True", kiwi, {"normalize_coda": True}),
                ("split_complex=True", kiwi, {"split_complex": True}), ("saisiot=False", kiwi, {"saisiot": False}),
                ("no URL/e-mail/tag/serial/emoji matchers", kiwi, {"match_options": Match.ALL & ~joins}),
                ("typos='basic'", kiwi, {"typos": "basic"}))
    yield "load_multi_dict=False", made(load_multi_dict=False), {}
    yield "load_typo_dict=False", made(load_typo_dict=False), {}
    yield "load_default_dict=False", made(load_default_dict=False), {}
    for cut in (6.0, 4.0):
        yield f"cutoff_threshold={cut}", tuned(cutoff_threshold=cut), {}
    yield "max_unk_form_size=4", tuned(max_unk_form_size=4), {}


def _options(kiwi, strings: list[str]) -> None:
    def shape(tokens):
        return [(t.form, t.tag, t.start, t.len, t.id) for t in tokens]

    ref = [shape(kiwi.tokenize(s)) for s in strings]
    n = len(strings)
    print(f"| option ({n} strings) | µs a string | default, same run | ratio | read differently |")
    print("|---|---|---|---|---|")
    for label, k, kw in _variants(kiwi):
        base = _cpu(kiwi.tokenize, strings, 2)
        alt = _cpu(functools.partial(k.tokenize, **kw), strings, 2)
        diff = sum(shape(k.tokenize(s, **kw)) != r for s, r in zip(strings, ref, strict=True))
        print(f"| {label} | {alt / n * 1e6:.1f} | {base / n * 1e6:.1f} | {alt / base:.2f} | {diff} |", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="dev4,dev3,dev2,test3,clean2")
    ap.add_argument("--options", action="store_true", help="also time Kiwi's options on the strings read")
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
    sent: list[str] = []
    for name in args.sets.split(","):
        posts = [p["text"] for p in load(name)]
        words, clauses = _sent(morph, detect, allow, posts)
        sent += words + clauses
        n = len(posts)
        asked, whole = _cpu(kiwi.tokenize, words + clauses), _cpu(kiwi.tokenize, posts)
        print(f"{name}: {n} posts, {len(words)} words + {len(clauses)} clauses read: "
              f"{asked / n * 1e6:.0f} µs a post; every post read whole: {whole / n * 1e6:.0f} µs "
              f"a post ({whole / max(asked, 1e-9):.1f}×)", flush=True)
    if args.options:
        _options(kiwi, list(dict.fromkeys(sent)))
        print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()

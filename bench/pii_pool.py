"""Build the PERSON candidate pool of the read sets for the learned decision (P11.2, round 10).

    PYTHONPATH=src .venv/bin/python bench/pii_pool.py --sets dev,heldout,... --out /tmp/pool

Runs the masker on every post with each PERSON recogniser and veto in ``engine`` wrapped, so
every span any recogniser proposed (with its score) and every span a veto removed is kept,
plus the spans no recogniser proposed (``pii_features.extra_spans``). For each candidate it
writes the feature vector, whether it matches a gold PERSON span (``pii_eval``'s rule: same
type, overlap at least half of the longer span), whether the rules masked it, and whether a
policy filter (allow-list, declared contacts, placeholders, handles, slots, public values)
drops it whatever the decision. Prints, per set, the share of gold PERSON spans the pool
covers (the ceiling of recall). test10 is refused: it is the blind judge.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import pii_eval  # noqa: E402
import pii_features as PF  # noqa: E402

from marquee.privacy.pii import engine  # noqa: E402
from marquee.privacy.pii.allowlist import declared_contacts  # noqa: E402

STATE: dict = {"proposed": {}, "vetoed": {}}


def _wrap_recogniser(name):
    inner = getattr(engine, name)

    def wrapped(*a, **kw):
        out = inner(*a, **kw)
        for h in out:
            prev = STATE["proposed"].setdefault((h.start, h.end), {})
            prev[name] = max(prev.get(name, 0.0), float(h.score))
        return out
    setattr(engine, name, wrapped)


def _wrap_veto(name):
    inner = getattr(engine, name)

    def wrapped(text, names, *a, **kw):
        out = inner(text, names, *a, **kw)
        kept = {(h.start, h.end) for h in out}
        for h in names:
            if (h.start, h.end) not in kept:
                STATE["vetoed"].setdefault((h.start, h.end), set()).add(name)
        if name == "veto_cut_words":
            STATE["last_names"] = [(h.start, h.end) for h in out]
        return out
    setattr(engine, name, wrapped)


def _wrap_plumbing():
    normalize, candidates = engine.normalize, engine._candidates

    def norm_wrapped(text):
        n = normalize(text)
        STATE["norm"] = n
        return n

    def cand_wrapped(norm, allow=None):
        out = candidates(norm, allow)
        kept = {(c.start, c.end) for c in out if c.entity == "PERSON"}
        for key in STATE.get("last_names", ()):
            if key not in kept:
                STATE["vetoed"].setdefault(key, set()).add("inner")
        return out
    engine.normalize, engine._candidates = norm_wrapped, cand_wrapped


def _hard_drop(t, s, e, allow, declared, cache) -> bool:
    return bool((allow and allow.covered(t, s, e))
                or (declared is not None and declared.covers("PERSON", t[s:e]))
                or engine.is_placeholder("PERSON", t, s, e) or engine.is_handle("PERSON", t, s, e)
                or engine.named_by_slot(t, "PERSON", s, e, cache) or engine.is_public_value(t, "PERSON", s, e))


def _matches(a0, a1, b0, b1) -> bool:
    ov = max(0, min(a1, b1) - max(a0, b0))
    return bool(ov) and ov >= 0.5 * max(a1 - a0, b1 - b0)


def post_pool(text, allow) -> dict:
    STATE.clear()
    STATE.update(proposed={}, vetoed={})
    spans = engine.detect(text, allow=allow)
    norm = STATE.get("norm")
    out = {"other": [(s.start, s.end, s.entity) for s in spans if s.entity != "PERSON"],
           "rules": [(s.start, s.end) for s in spans if s.entity == "PERSON"], "cands": []}
    if norm is None:
        return out
    t = norm.text
    keys = dict.fromkeys([*STATE["proposed"], *STATE["vetoed"]])
    extra = [k for k in PF.extra_spans(t) if k not in keys]
    counts = Counter(t[s:e] for s, e in [*keys, *extra])
    declared, cache = declared_contacts(), {}
    for s, e in [*keys, *extra]:
        o0, o1 = norm.to_original(s, e)
        if o1 <= o0:
            continue
        f = PF.features(t, s, e, STATE["proposed"].get((s, e), {}), STATE["vetoed"].get((s, e), set()), counts)
        out["cands"].append({"s": o0, "e": o1, "f": f, "extra": (s, e) not in keys,
                             "hard": _hard_drop(t, s, e, allow, declared, cache)})
    return out


_PATCHED = ("normalize", "_candidates", *PF.RECOGNISERS, *PF.VETOES[:-1])


def time_cost(names, allow, passes):
    """CPU time of the masker alone vs the masker with the pool and features (wrapped),
    alternating, best of ``passes``: what the learned decision's inputs would cost."""
    wrapped = {n: getattr(engine, n) for n in _PATCHED}
    for name in names:
        posts = [p["text"] for p in pii_eval.load(name)]
        best = {"rules": 1e9, "pool": 1e9}
        for _ in range(passes):
            for mode in ("rules", "pool"):
                for n in _PATCHED:
                    setattr(engine, n, ORIGINAL[n] if mode == "rules" else wrapped[n])
                from marquee.privacy.pii import morph

                morph._analyze_cached.cache_clear()
                morph._clause_cached.cache_clear()
                t0 = time.process_time()
                for text in posts:
                    post_pool(text, allow) if mode == "pool" else engine.detect(text, allow=allow)
                best[mode] = min(best[mode], time.process_time() - t0)
        print(f"{name}: rules {best['rules']:.2f}s, rules + pool + features {best['pool']:.2f}s, "
              f"ratio {best['rules'] / best['pool']:.2f}", flush=True)


ORIGINAL: dict = {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", required=True)
    ap.add_argument("--out", default="/tmp/piiscorer_pool")
    ap.add_argument("--time", type=int, default=0, help="only time the pool's cost, best of N passes")
    args = ap.parse_args()
    ORIGINAL.update({n: getattr(engine, n) for n in _PATCHED})
    names = args.sets.split(",")
    if any("test10" in n for n in names):
        raise SystemExit("test10 is the blind judge: never pooled")
    for name in (*PF.RECOGNISERS,):
        _wrap_recogniser(name)
    for name in PF.VETOES[:-1]:
        _wrap_veto(name)
    _wrap_plumbing()
    allow = engine.AllowList(pii_eval.catalogue())
    engine.detect("홍길동님 연락처 010-1234-5678", allow=allow)
    if args.time:
        return time_cost(names, allow, args.time)
    Path(args.out).mkdir(parents=True, exist_ok=True)
    for name in names:
        posts = pii_eval.load(name)
        t0 = time.process_time()
        gold_n = in_proposed = in_pool = 0
        with open(Path(args.out) / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for post in posts:
                rec = post_pool(post["text"], allow)
                for c in rec["cands"]:
                    c["y"] = any(ge == "PERSON" and _matches(g0, g1, c["s"], c["e"]) for g0, g1, ge in post["spans"])
                for g0, g1, ge in post["spans"]:
                    if ge != "PERSON":
                        continue
                    gold_n += 1
                    hits = [c for c in rec["cands"] if _matches(g0, g1, c["s"], c["e"])]
                    in_pool += bool(hits)
                    in_proposed += any(not c["extra"] for c in hits)
                rec.update(id=post.get("id"), text=post["text"], spans=post["spans"], negatives=post["negatives"])
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{name}: posts {len(posts)} gold PERSON {gold_n} proposed-or-vetoed {in_proposed / max(gold_n, 1):.3f} "
              f"pool {in_pool / max(gold_n, 1):.3f} cpu {time.process_time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()

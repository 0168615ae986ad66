"""Train and judge the learned PERSON decision by leave-one-set-out (P11.2, round 10).

    PYTHONPATH=src python bench/pii_train.py --pool /tmp/piiscorer_pool \
        [--model gbdt|logreg] [--export /tmp/personmodel.json]

Reads the pools written by ``bench/pii_pool.py`` (run that first, with the masker's venv). For
each read set S it trains on the other sets and decides S's candidates; the held-out decisions
of all sets are then scored against the rules' own output with ``pii_eval``'s matching:
names + addresses F2, PERSON precision and recall, clean posts changed, hard negatives touched.
One threshold serves every fold: the one with the best mean held-out names F2 whose held-out
clean posts changed are no more than the rules'. ``--export`` trains on every set and writes
the trees as JSON for a plain-Python scorer (no sklearn at run time; none is shipped: see bench/PII.md, round 10). Deterministic (fixed seeds,
sets and posts in file order). sklearn is a bench-only dependency (the `bench` extra). test10 is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

SETS = ("dev", "heldout", "dev2", "clean2", "test2", "test3", "dev3", "clean3", "test4", "dev4",
        "clean4", "test5", "test6", "test7", "test8", "test9")


def load_pool(pool: Path) -> dict[str, list[dict]]:
    return {s: [json.loads(x) for x in (pool / f"{s}.jsonl").read_text(encoding="utf-8").splitlines()]
            for s in SETS}


ONLY_PROPOSED = False  # --only-proposed: the decision sees what some recogniser proposed or vetoed


def usable(c) -> bool:
    return not c["hard"] and not (ONLY_PROPOSED and c["extra"])


def matrix(posts):
    rows = [(c["f"], c["y"]) for p in posts for c in p["cands"] if usable(c)]
    if not rows:
        return np.zeros((0, 1)), np.zeros(0)
    return np.array([r[0] for r in rows], dtype=float), np.array([r[1] for r in rows], dtype=int)


def make_model(kind: str):
    if kind == "logreg":
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        return make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=120, max_depth=3, learning_rate=0.1,
                                      subsample=0.5, random_state=0)


def decide(post, probs, threshold):
    """Non-PERSON detections as the rules found them, plus accepted candidates, best first,
    never overlapping one another or a non-PERSON detection."""
    taken = [(s, e) for s, e, _ in post["other"]]
    chosen = []
    order = sorted(range(len(post["cands"])), key=lambda i: (-probs[i], post["cands"][i]["s"]))
    for i in order:
        c = post["cands"][i]
        if not usable(c) or probs[i] < threshold:
            continue
        if any(c["s"] < e and s < c["e"] for s, e in taken):
            continue
        taken.append((c["s"], c["e"]))
        chosen.append((c["s"], c["e"], "PERSON", 1.0))
    return [(s, e, ent, 1.0) for s, e, ent in post["other"]] + chosen


def decide_hybrid(post, probs, lo, hi):
    """The rules' names, minus those the model gives less than ``lo``, plus candidates it
    gives at least ``hi`` (best first, never overlapping what is kept)."""
    prob = {(c["s"], c["e"]): probs[i] for i, c in enumerate(post["cands"]) if usable(c)}
    taken = [(s, e) for s, e, _ in post["other"]]
    kept = [(s, e) for s, e in post["rules"] if prob.get((s, e), 1.0) >= lo]
    taken += kept
    order = sorted(range(len(post["cands"])), key=lambda i: (-probs[i], post["cands"][i]["s"]))
    for i in order:
        c = post["cands"][i]
        if probs[i] < hi:
            break
        if not usable(c):
            continue
        if any(c["s"] < e and s < c["e"] for s, e in taken):
            continue
        taken.append((c["s"], c["e"]))
        kept.append((c["s"], c["e"]))
    return [(s, e, ent, 1.0) for s, e, ent in post["other"]] + [(s, e, "PERSON", 1.0) for s, e in kept]


def rules_preds(post):
    return [(s, e, ent, 1.0) for s, e, ent in post["other"]] + [(s, e, "PERSON", 1.0) for s, e in post["rules"]]


def metrics(posts, preds):
    import pii_eval as E

    tp, fp, fn, neg_total, neg_hit, _ = E.score(posts, preds, 0.0)
    f2 = E.prf(*E.group_counts(tp, fp, fn, E.NAMES_ADDR))[2]
    pp, pr, _ = E.prf(tp["PERSON"], fp["PERSON"], fn["PERSON"])
    n_clean, changed = E.clean_changed(posts, preds, 0.0)
    gold = sum(tp[e] + fn[e] for e in E.NAMES_ADDR)
    return {"f2": f2 if gold else None, "p": pp, "r": pr, "clean": (changed, n_clean),
            "neg": (sum(neg_hit.values()), sum(neg_total.values()))}


def loso(pools, kind):
    """Held-out probabilities of every candidate of every set."""
    out = {}
    for held in SETS:
        train = [p for s in SETS if s != held for p in pools[s]]
        x, y = matrix(train)
        model = make_model(kind).fit(x, y)
        probs = []
        for post in pools[held]:
            if post["cands"]:
                probs.append(model.predict_proba(np.array([c["f"] for c in post["cands"]]))[:, 1])
            else:
                probs.append(np.zeros(0))
        out[held] = probs
        print(f"  fold {held}: trained on {len(y)} candidates", file=sys.stderr, flush=True)
    return out


def table(pools, probs, threshold, lo=None):
    """Per set: (rules, learned) metrics; ``lo`` given: the hybrid decision with hi=threshold."""
    rows = {}
    for s in SETS:
        posts = pools[s]
        if lo is None:
            learned = [decide(p, pr, threshold) for p, pr in zip(posts, probs[s], strict=True)]
        else:
            learned = [decide_hybrid(p, pr, lo, threshold) for p, pr in zip(posts, probs[s], strict=True)]
        rows[s] = (metrics(posts, [rules_preds(p) for p in posts]), metrics(posts, learned))
    return rows


def summary(rows):
    f2 = [(a["f2"], b["f2"]) for a, b in rows.values() if a["f2"] is not None]
    clean = [(a["clean"], b["clean"]) for a, b in rows.values()]
    ca = sum(x[0][0] for x in clean), sum(x[0][1] for x in clean)
    cb = sum(x[1][0] for x in clean), sum(x[1][1] for x in clean)
    return (sum(x[0] for x in f2) / len(f2), sum(x[1] for x in f2) / len(f2), ca, cb)


def export(pools, path: Path, threshold: float, veto_below: float | None):
    import pii_features as PF

    x, y = matrix([p for s in SETS for p in pools[s]])
    model = make_model("gbdt").fit(x, y)
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        trees.append({"f": t.feature.tolist(), "t": [round(v, 6) for v in t.threshold.tolist()],
                      "l": t.children_left.tolist(), "r": t.children_right.tolist(),
                      "v": [round(float(v[0][0]), 6) for v in t.value]})
    prior = float(model.init_.class_prior_[1])
    doc = {"features": PF.feature_names(), "recognisers": list(PF.RECOGNISERS), "vetoes": list(PF.VETOES),
           "init": round(float(np.log(prior / (1 - prior))), 6), "rate": model.learning_rate,
           "threshold": threshold, "veto_below": veto_below, "trees": trees, "trained_on": list(SETS), "candidates": int(len(y))}
    path.write_text(json.dumps(doc, separators=(",", ":")) + "\n", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", default="/tmp/piiscorer_pool")
    ap.add_argument("--model", default="gbdt", choices=("gbdt", "logreg"))
    ap.add_argument("--thresholds", default="0.3,0.4,0.5,0.6,0.7,0.8")
    ap.add_argument("--export", default="")
    ap.add_argument("--only-proposed", action="store_true")
    ap.add_argument("--hybrid", default="", help="comma-separated veto thresholds: rules minus "
                    "names the model gives less, plus candidates at --thresholds or more")
    args = ap.parse_args()
    global ONLY_PROPOSED
    ONLY_PROPOSED = args.only_proposed
    pools = load_pool(Path(args.pool))
    cache = Path(args.pool) / f"loso-{args.model}{'-proposed' if ONLY_PROPOSED else ''}.json"
    if cache.exists():  # the held-out probabilities of a previous run on this pool
        probs = {s: [np.array(v) for v in vs] for s, vs in json.loads(cache.read_text()).items()}
    else:
        probs = loso(pools, args.model)
        cache.write_text(json.dumps({s: [v.tolist() for v in vs] for s, vs in probs.items()}))
    best = fallback = None
    grid = [(float(v), None) for v in args.thresholds.split(",")]
    if args.hybrid:
        grid = [(float(h), float(lo)) for h in args.thresholds.split(",") for lo in args.hybrid.split(",")]
    for t, lo in grid:
        rows = table(pools, probs, t, lo)
        fa, fb, ca, cb = summary(rows)
        ok = cb[0] <= ca[0]
        print(f"threshold {t}{'' if lo is None else f' veto below {lo}'}: mean names F2 rules {fa:.4f} learned {fb:.4f}; clean changed rules "
              f"{ca[0]}/{ca[1]} learned {cb[0]}/{cb[1]}{'' if ok else ' (worse)'}")
        if ok and (best is None or fb > best[1]):
            best = (t, fb, rows, lo)
        if fallback is None or fb > fallback[1]:
            fallback = (t, fb, rows, lo)
    if best is None:
        print("no threshold keeps clean posts changed at the rules' level; the best F2 instead:")
    t, _, rows, lo = best or fallback
    print(f"\nthreshold {t}{'' if lo is None else f', veto below {lo}'}, held-out per set (rules -> learned):")
    print("set | names F2 | PERSON P | PERSON R | clean changed | hard negs touched")
    for s, (a, b) in rows.items():
        f2 = "—" if a["f2"] is None else f"{a['f2']:.3f} → {b['f2']:.3f}"
        print(f"{s} | {f2} | {a['p']:.3f} → {b['p']:.3f} | {a['r']:.3f} → {b['r']:.3f} | "
              f"{a['clean'][0]}/{a['clean'][1]} → {b['clean'][0]} | {a['neg'][0]}/{a['neg'][1]} → {b['neg'][0]}")
    if args.export and best is not None:
        export(pools, Path(args.export), t, lo)
        print(f"wrote {args.export}")


if __name__ == "__main__":
    main()

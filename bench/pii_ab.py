"""Same-process A/B of the PII masker at two source trees, alternating with Presidio (P11.2).

    git archive OLD | tar -x -C /tmp/old
    PYTHONPATH=src /tmp/bench-venv-lead/bin/python bench/pii_ab.py /tmp/old . --sets dev4,dev3

The load on a shared machine moves every figure by ±20 % between runs; within one process,
passes alternating A, B and Presidio share that load. Each tree's ``pii`` package is copied
under its own name (``pii_a``, ``pii_b``: the package imports only itself and Django's
settings), each with its own Kiwi; every pass clears that copy's Kiwi caches first, as
``pii_eval.py`` does. Prints characters per CPU-second, best of ``--passes``, and the ratios.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _packages(a: Path, b: Path) -> dict:
    """Both trees' pii packages, imported as pii_a and pii_b."""
    tmp = Path(tempfile.mkdtemp(prefix="pii_ab_"))
    for tag, src in (("pii_a", a), ("pii_b", b)):
        shutil.copytree(src / "src" / "marquee" / "privacy" / "pii", tmp / tag)
    sys.path.insert(0, str(tmp))
    return {tag: importlib.import_module(tag) for tag in ("pii_a", "pii_b")}


def _best(run, posts: list[str], chars: int, best: float, reset=None) -> float:
    if reset:
        reset()
    t0 = time.process_time()
    for p in posts:
        run(p)
    return max(best, chars / max(time.process_time() - t0, 1e-9))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("a", type=Path, help="source tree A (the one before)")
    ap.add_argument("b", type=Path, help="source tree B (the one after)")
    ap.add_argument("--sets", default="dev4,dev3,dev2,test3")
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "pii_data")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marquee.settings")
    os.environ.setdefault("TLDEXTRACT_CACHE", str(ROOT / "var" / "tldextract"))
    import django

    django.setup()
    import pii_eval
    from common import catalogue

    mods = _packages(args.a.resolve(), args.b.resolve())
    allow = {tag: m.AllowList(catalogue()) for tag, m in mods.items()}
    for m in mods.values():
        m.warm_up()
    presidio = pii_eval.Presidio(catalogue() + pii_eval.operator_contacts())
    presidio.warm()
    print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    for name in args.sets.split(","):
        posts = [p["text"] for p in pii_eval.load(name)]
        chars = sum(map(len, posts))
        best = dict.fromkeys(("pii_a", "pii_b", "Presidio"), 0.0)
        for _ in range(args.passes):
            for tag, m in mods.items():
                caches = (m.morph._analyze_cached, m.morph._clause_cached)
                best[tag] = _best(lambda p, m=m, tag=tag: m.detect(p, allow=allow[tag]), posts, chars,
                                  best[tag], lambda caches=caches: [c.cache_clear() for c in caches])
            best["Presidio"] = _best(presidio.run, posts, chars, best["Presidio"])
        a, b, p = best["pii_a"], best["pii_b"], best["Presidio"]
        print(f"{name}: A {a:,.0f}  B {b:,.0f}  Presidio {p:,.0f} chars/s | A/P {a / p:.2f}x  "
              f"B/P {b / p:.2f}x  B/A {b / a:.3f}", flush=True)
    print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()

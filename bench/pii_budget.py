"""Per-recogniser time budget of the PII masker, per set (P11.2).

    PYTHONPATH=src /tmp/bench-venv-lead/bin/python bench/pii_budget.py --sets dev4,dev3 [--passes 3]

Wraps, for this process only, every recogniser, veto and post-filter that ``engine.py`` calls
(each name ``engine`` imported from a sibling module) in a CPU timer, and times the Kiwi
readings (``morph._analyze_cached``/``_clause_cached`` misses) separately. Nothing here is
committed to the hot path: the wrappers live in this script. Each pass clears Kiwi's caches,
as ``pii_eval.py`` does; the table keeps the best (lowest) pass of each row. Columns: the
share of the whole detection time (inclusive: a recogniser's own Kiwi readings are inside its
figure), the share of that which is Kiwi's, and the share spent in calls that found nothing
(or, for a veto, removed nothing): what a gate could save at most.
"""

from __future__ import annotations

import argparse
import os
import time

from pii_setup import load_masker


class _Timers:
    def __init__(self) -> None:
        self.total: dict[str, float] = {}
        self.kiwi: dict[str, float] = {}
        self.idle: dict[str, float] = {}  # time in calls that found (or vetoed) nothing
        self.stack: list[str] = []

    def wrap(self, name: str, fn):
        def timed(*args, **kwargs):
            self.stack.append(name)
            t0 = time.perf_counter()
            out = None
            try:
                out = fn(*args, **kwargs)
                return out
            finally:
                spent = time.perf_counter() - t0
                self.total[name] = self.total.get(name, 0.0) + spent
                if _idle(name, args, out):
                    self.idle[name] = self.idle.get(name, 0.0) + spent
                self.stack.pop()
        return timed

    def wrap_kiwi(self, fn):
        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                owner = self.stack[-1] if self.stack else "(outside)"
                self.kiwi[owner] = self.kiwi.get(owner, 0.0) + time.perf_counter() - t0
        return timed


def _idle(name: str, args: tuple, out) -> bool:
    """The call changed nothing: no hit, or a veto that kept every name."""
    if name.startswith("veto_"):
        return isinstance(out, list) and len(args) > 1 and len(out) == len(args[1])
    return not out


def _instrument(engine, morph, timers: _Timers) -> None:
    """Wrap the functions engine.py calls from sibling modules, and Kiwi's raw reader."""
    package = engine.__name__.rsplit(".", 1)[0]
    for attr, value in list(vars(engine).items()):
        module = getattr(value, "__module__", "")
        if callable(value) and module.startswith(package + ".") and module != engine.__name__ \
                and not isinstance(value, type):
            setattr(engine, attr, timers.wrap(attr, value))
    reader = morph._read
    morph._read = timers.wrap_kiwi(reader)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="dev,dev2,dev3,dev4,test3,test8")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--top", type=int, default=25, help="rows a set (the rest summed)")
    args = ap.parse_args()
    m = load_masker()
    pii_eval, allow, detect, engine, morph = m.pii_eval, m.allow, m.detect, m.engine, m.morph
    timers = _Timers()
    _instrument(engine, morph, timers)
    print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    for name in args.sets.split(","):
        posts = [p["text"] for p in pii_eval.load(name)]
        best: dict[str, tuple[float, float, float]] = {}
        whole = float("inf")
        for _ in range(args.passes):
            morph._analyze_cached.cache_clear()
            morph._clause_cached.cache_clear()
            timers.total.clear()
            timers.kiwi.clear()
            timers.idle.clear()
            t0 = time.perf_counter()
            for p in posts:
                detect(p, allow=allow)
            whole = min(whole, time.perf_counter() - t0)
            for k, v in timers.total.items():
                if k not in best or v < best[k][0]:
                    best[k] = (v, timers.kiwi.get(k, 0.0), timers.idle.get(k, 0.0))
        _table(name, len(posts), whole, best, args.top)
    print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))


def _table(name: str, n: int, whole: float, best: dict[str, tuple[float, float, float]], top: int) -> None:
    rows = sorted(best.items(), key=lambda kv: -kv[1][0])
    print(f"\n{name}: {n} posts, detection {whole * 1e6 / n:,.0f} µs a post (best pass)")
    print(f"| {'function':<24} | share | µs/post | Kiwi share | idle share |")
    print(f"|{'-' * 26}|------:|--------:|-----------:|-----------:|")
    for k, (t, kw, idle) in rows[:top]:
        print(f"| {k:<24} | {100 * t / whole:4.1f}% | {t * 1e6 / n:7.1f} | {100 * kw / t if t else 0:9.0f}% "
              f"| {100 * idle / t if t else 0:9.0f}% |")
    rest = sum(t for _, (t, *_r) in rows[top:])
    if rest:
        print(f"| {'(the others)':<24} | {100 * rest / whole:4.1f}% | {rest * 1e6 / n:7.1f} |            |")


if __name__ == "__main__":
    main()

"""Upper bounds on what a structural speed change of the PII masker can gain (P11.2, round 11).

    PYTHONPATH=src /tmp/bench-venv-lead/bin/python bench/pii_bounds.py --sets dev4,dev3,clean2

Before building a "first pass that tells each recogniser whether it can fire" or a shared
Kiwi reading, this measures how much such a change could save *at best*, on the real sets,
in one process, alternating (best of ``--passes``, CPU µs a post):

* ``cold``: the masker as ``pii_eval.py`` runs it (Kiwi's caches cleared each pass);
* ``oracle``: the same, but every call ``engine.py`` makes to a sibling module (recogniser,
  veto, per-candidate check) that found or changed nothing *in a recorded run of the same
  post* is skipped and answered with its empty result. No real gate can beat this: it knows
  the answer without looking. The output is the same by construction (checked);
* ``warm`` and ``oracle warm``: both again with every Kiwi answer cached (Kiwi costs nothing);
* ``--each``: for each function alone, what skipping only its idle calls saves (cold): the
  most a gate or first pass for that one recogniser can save;
* ``engine``: every such call skipped (answered empty): what ``engine.py`` itself costs, its
  normalisation, list building and resolution (the output is then not the masker's);
* ``Presidio``: the reference system on the same posts.

Nothing here touches the hot path: the wrappers live in this script.
"""

from __future__ import annotations

import argparse
import os
import time

from pii_setup import load_masker


def _idle(name: str, args: tuple, out) -> bool:
    """The call changed nothing: no hit, a false check, or a veto that kept every name."""
    if name.startswith("veto_"):
        return isinstance(out, list) and len(args) > 1 and len(out) == len(args[1])
    return not out


class _Oracle:
    """Records, per post, which sibling-module calls were idle; replays by skipping them."""

    def __init__(self) -> None:
        self.mode = "off"  # off | record | replay | none (every call skipped)
        self.idle: dict[int, list[bool]] = {}
        self.post = 0
        self.calls: list[bool] = []
        self.at = 0
        self.only: str | None = None  # replay skips the idle calls of this function only

    def start(self, post: int) -> None:
        self.post, self.at = post, 0
        if self.mode == "record":
            self.calls = self.idle.setdefault(post, [])
            self.calls.clear()

    def wrap(self, name: str, fn):
        def call(*args, **kwargs):
            if self.mode in ("replay", "none"):
                i, self.at = self.at, self.at + 1
                if self.mode == "none" or (self.idle[self.post][i] and self.only in (None, name)):
                    if name.startswith("veto_"):
                        return args[1]
                    return [] if name.startswith(("find_", "extend_", "account_", "row_", "contact_",
                                                  "corefer", "site_codes")) else None
            out = fn(*args, **kwargs)
            if self.mode == "record":
                self.calls.append(_idle(name, args, out))
            return out
        return call


def _instrument(engine, oracle: _Oracle) -> None:
    package = engine.__name__.rsplit(".", 1)[0]
    for attr, value in list(vars(engine).items()):
        module = getattr(value, "__module__", "")
        if callable(value) and module.startswith(package + ".") and module != engine.__name__ \
                and not isinstance(value, type) and attr not in ("normalize", "declared_contacts"):
            setattr(engine, attr, oracle.wrap(attr, value))


def _pass(detect, posts, allow, oracle, mode: str, clear) -> tuple[float, list]:
    oracle.mode = mode
    if clear:
        clear()
    outs = []
    t0 = time.process_time()
    for i, p in enumerate(posts):
        oracle.start(i)
        outs.append(detect(p, allow=allow))
    spent = time.process_time() - t0
    oracle.mode = "off"
    return spent, outs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="dev4,dev3,dev2,test3,clean2")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--each", action="store_true", help="also the saving of each function's idle calls alone")
    args = ap.parse_args()
    m = load_masker()
    pii_eval, catalogue, allow, detect, engine, morph = m.pii_eval, m.catalogue, m.allow, m.detect, m.engine, m.morph
    presidio = pii_eval.Presidio(catalogue() + pii_eval.operator_contacts())
    presidio.warm()
    oracle = _Oracle()
    _instrument(engine, oracle)

    def clear() -> None:
        morph._analyze_cached.cache_clear()
        morph._clause_cached.cache_clear()

    print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    print("| set | cold | oracle | warm | oracle warm | engine | Presidio | cold ÷ P | oracle ÷ P | oracle warm ÷ P |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    names = [a for a, v in vars(engine).items() if getattr(v, "__name__", "") == "call"]
    for name in args.sets.split(","):
        posts = [p["text"] for p in pii_eval.load(name)]
        _row(name, posts, detect, allow, oracle, clear, presidio, args.passes)
        if args.each:
            _each(name, posts, detect, allow, oracle, clear, names, args.passes)
    print("load average", " ".join(f"{x:.1f}" for x in os.getloadavg()))


def _row(name, posts, detect, allow, oracle, clear, presidio, passes: int) -> None:
    _, expected = _pass(detect, posts, allow, oracle, "record", clear)
    best = dict.fromkeys(("cold", "oracle", "warm", "oracle warm", "engine", "Presidio"), float("inf"))
    for _ in range(passes):
        for label, mode, cold in (("cold", "off", True), ("warm", "off", False),
                                  ("oracle", "replay", True), ("oracle warm", "replay", False),
                                  ("engine", "none", False)):
            spent, outs = _pass(detect, posts, allow, oracle, mode, clear if cold else None)
            if outs != expected and mode != "none":
                raise SystemExit(f"{name}: {label} changed the output")
            best[label] = min(best[label], spent)
        t0 = time.process_time()
        for p in posts:
            presidio.run(p)
        best["Presidio"] = min(best["Presidio"], time.process_time() - t0)
    us = {k: v * 1e6 / len(posts) for k, v in best.items()}
    ratio = {k: us["Presidio"] / us[k] for k in ("cold", "oracle", "oracle warm")}  # speed ÷ Presidio's
    print(f"| {name} | {us['cold']:.0f} | {us['oracle']:.0f} | {us['warm']:.0f} | {us['oracle warm']:.0f} "
          f"| {us['engine']:.0f} | {us['Presidio']:.0f} | {ratio['cold']:.2f}× | {ratio['oracle']:.2f}× "
          f"| {ratio['oracle warm']:.2f}× |", flush=True)


def _each(name, posts, detect, allow, oracle, clear, functions, passes: int) -> None:
    """µs a post saved by skipping only one function's idle calls, the ten largest."""
    _, expected = _pass(detect, posts, allow, oracle, "record", clear)
    saved = {}
    for fn in functions:
        base = alone = float("inf")
        for _ in range(passes):
            base = min(base, _pass(detect, posts, allow, oracle, "off", clear)[0])
            oracle.only = fn
            spent, outs = _pass(detect, posts, allow, oracle, "replay", clear)
            oracle.only = None
            if outs != expected:
                raise SystemExit(f"{name}: skipping {fn} changed the output")
            alone = min(alone, spent)
        saved[fn] = (base - alone) * 1e6 / len(posts)
    top = sorted(saved.items(), key=lambda kv: -kv[1])[:10]
    print(f"{name}, idle calls of one function skipped, µs a post saved: "
          + ", ".join(f"{fn} {us:.0f}" for fn, us in top), flush=True)


if __name__ == "__main__":
    main()

"""``booking_rush.py --pretix ROOT``: the pretix order-API rush, interleaved with Marquee's.

pretix (installed per ``../shared/bench/pretix/README.md`` under ROOT) and Marquee take
turns on the same machine: pretix, Marquee, pretix, Marquee, ... (``--runs`` of each),
so that the noise of a shared machine falls on both alike. Each pretix run is the
anchor's ``pretix_one.sh SEED order 2`` (its own gunicorn restarted, 200 clients, quota
500, 2 sync workers); each Marquee run is this benchmark's own rush on a database
restored from the snapshot taken after the first set-up. Prints both medians and their
ratio, and every run's figures.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
from pathlib import Path

ANCHOR = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "pretix"
# The environment before Marquee's set-up adds its own (DJANGO_SETTINGS_MODULE,
# PYTHONPATH, DATABASE_URL...), which pretix's gunicorn must not inherit.
CLEAN_ENV = dict(os.environ)


def anchor_dir() -> Path:
    """The anchor's scripts: ``../shared/bench/pretix`` beside the checkout, or
    ``MARQUEE_PRETIX_ANCHOR``."""
    configured = os.environ.get("MARQUEE_PRETIX_ANCHOR")
    for candidate in filter(None, [configured, ANCHOR, "/work/shared/bench/pretix"]):
        if (Path(candidate) / "pretix_one.sh").exists():
            return Path(candidate)
    raise SystemExit("--pretix: pretix_one.sh not found (set MARQUEE_PRETIX_ANCHOR)")


def parse_result(text: str) -> dict:
    """The JSON object rush.py prints (indented) at the end of its output."""
    start = text.find("{\n")
    if start < 0:
        raise ValueError(f"no result in pretix output:\n{text[-2000:]}")
    return json.loads(text[start:text.rindex("}") + 1])


def pretix_once(root: str, seed: int, clients: int, workers: int = 2) -> dict:
    with tempfile.NamedTemporaryFile("r", suffix=".json") as out:
        env = {**CLEAN_ENV, "ROOT": root, "CLIENTS": str(clients)}
        done = subprocess.run(["bash", str(anchor_dir() / "pretix_one.sh"), str(seed), "order",
                               str(workers), out.name], env=env, capture_output=True, text=True)
        text = Path(out.name).read_text()
    if done.returncode != 0 and "{" not in text:
        raise SystemExit(f"pretix_one.sh failed ({done.returncode}):\n{done.stderr[-2000:]}"
                         f"\n{text[-2000:]}")
    return parse_result(text)


def interleaved(args, marquee_once) -> int:
    """Alternate pretix and ``marquee_once(args, run)`` (which returns (exit status,
    figures)); print the medians and the ratio. Exit status 1 if any Marquee run failed
    a correctness check."""
    pretix_runs, marquee_runs, status = [], [], 0
    first_seed = args.seed or 0
    for run in range(args.runs):
        seed = first_seed + run
        print(f"\n--- run {run + 1}/{args.runs}: pretix order API (seed {seed}) ---", flush=True)
        result = pretix_once(args.pretix, seed, args.members)
        pretix_runs.append(result)
        print(f"pretix: {result['tickets_per_s']} tickets/s, oversold {result['oversold']}, "
              f"5xx {result.get('http_5xx')}, sell-out {result.get('t_sellout_s')} s", flush=True)
        print(f"\n--- run {run + 1}/{args.runs}: Marquee full flow (seed {seed}) ---", flush=True)
        args.seed = seed
        rc, figures = marquee_once(args, run)
        status |= rc
        marquee_runs.append(figures)
    pretix_rate = statistics.median(r["tickets_per_s"] for r in pretix_runs)
    marquee_rate = statistics.median(f["seats_per_s"] for f in marquee_runs)
    print(f"\n=== interleaved, {args.runs} runs each, {args.members} buyers, "
          f"{args.seats} seats / quota 500 ===")
    print("pretix order API tickets/s      " + ", ".join(
        f"{r['tickets_per_s']:.1f}" for r in pretix_runs) + f"   median {pretix_rate:.1f}")
    print("Marquee full flow seats/s       " + ", ".join(
        f"{f['seats_per_s']:.1f}" for f in marquee_runs) + f"   median {marquee_rate:.1f}")
    print("Marquee requests per booking    " + ", ".join(
        f"{f['requests_per_booking']:.2f}" for f in marquee_runs))
    print(f"ratio of medians (Marquee / pretix)   {marquee_rate / pretix_rate:.2f}x")
    # pretix's tickets/s end at its last sale's answer (t_sellout_s); Marquee's rush wall
    # ends when a member's map shows everything sold. The same end on both sides:
    to_last_sale = statistics.median(f["seats_per_s_last_sale"] for f in marquee_runs)
    print("Marquee seats/s to last sale    " + ", ".join(
        f"{f['seats_per_s_last_sale']:.1f}" for f in marquee_runs)
        + f"   median {to_last_sale:.1f}   ratio {to_last_sale / pretix_rate:.2f}x"
        " (both ending at the last sale)")
    print("pretix oversold / 5xx           " + ", ".join(
        f"{r['oversold']}/{r.get('http_5xx', 0)}" for r in pretix_runs))
    print("Marquee sold twice / 5xx        " + ", ".join(
        f"{f['doubled']}/{f['server_errors']}" for f in marquee_runs))
    return status

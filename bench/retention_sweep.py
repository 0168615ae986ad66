#!/usr/bin/env python
"""Benchmark: the retention sweep over a large separate store (prints figures; not a test).

    .venv/bin/python bench/retention_sweep.py [--records 1000000] [--batch-size 5000[,20000]]
                                              [--compare 100000] [--repeat 1]
                                              [--tracemalloc] [--profile] [--keep]
                                              [--code ROOT[,ROOT]]

For each row count (``--records``, then ``--compare``) it:

1. creates fresh PostgreSQL databases ``marquee_bench_ret`` (default) and
   ``marquee_bench_ret_archive`` (archive), dropping them first, and migrates both;
2. fills the archive with N *expired* ``ArchivedRecord`` rows spread over four rules
   (contract, payment, complaint, fraud records) and the 24 whole months before now.
   Retention keys are real (``retention_key(rule, expires_at)``: 4 × 24 = 96 DataKeys);
   each payload is sealed through the vault's own path (``EncryptedJSONField.encode`` →
   ``seal_for`` → AES-256-GCM under its month key, AAD bound to the row's ``vault_id``;
   a few rows are read back through the ORM to prove they open) and rows are streamed
   in with COPY. The table is then ``VACUUM ANALYZE``d and both databases are copied to
   template databases, so every measured run starts from the same bytes;
3. runs ``retention.sweep(now=...)`` once in a fresh child process (so its memory is
   not polluted by the fill), timing it and measuring how far the process's peak RSS
   rose above its RSS just before the sweep (/proc VmHWM, reset through clear_refs;
   ``--tracemalloc`` adds tracemalloc's peak), then verifies: no expired row left,
   every expired month key destroyed, destruction records summing to N (per rule);
4. restores the snapshot and times a bare ``DELETE FROM archive_archivedrecord WHERE
   expires_at <= now`` (one statement, one commit): the practical floor;
5. prints both row counts side by side. The fill is not part of any measured figure.

``--repeat K`` measures 3 and 4 K times from the snapshot and reports the best of each
(the machine is shared: single runs are noisy). ``--batch-size 5000,50000`` and
``--code ROOT,ROOT`` (other checkouts whose ``src/`` the sweep is imported from)
measure several variants on the same data, for A/B comparisons of retention.py.

Connection: ``BENCH_PG_URL`` (default ``postgresql://postgres@127.0.0.1:5432``).
Runs with ``DJANGO_DEBUG=0`` as production does (with DEBUG on, Django keeps a log of
every query, which would be measured as sweep memory).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432").rstrip("/")
DB = "marquee_bench_ret"
ARCHIVE_DB = "marquee_bench_ret_archive"
SEED_DB = "marquee_bench_ret_seed"
SEED_ARCHIVE_DB = "marquee_bench_ret_archive_seed"
TABLE = "archive_archivedrecord"
MONTHS = 24
ARCHIVE_CATEGORY = "분리 보관 기록"

# rule → (share of rows, kinds); the rules must exist in the inventory.
MIX = [
    ("contract_records", 0.45, ("booking", "cancellation")),
    ("payment_records", 0.35, ("payment",)),
    ("complaint_records", 0.12, ("complaint",)),
    ("fraud_records", 0.08, ("fraud",)),
]


# --- environment -----------------------------------------------------------------------


def configure_environment(workdir: str) -> None:
    """Everything settings.py reads, before django.setup()."""
    os.environ["DATABASE_URL"] = f"{PG_URL}/{DB}"
    os.environ["ARCHIVE_DATABASE_URL"] = f"{PG_URL}/{ARCHIVE_DB}"
    os.environ["MARQUEE_VAR_DIR"] = workdir
    os.environ["MARQUEE_KEY_FILE"] = str(Path(workdir) / "keys.json")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + uuid.uuid4().hex)
    os.environ["DJANGO_DEBUG"] = "0"
    os.environ["DJANGO_SETTINGS_MODULE"] = "marquee.settings"
    os.environ.pop("MARQUEE_KEYS", None)


def setup_django(root: Path = BASE_DIR) -> None:
    sys.path.insert(0, str(Path(root) / "src"))
    import django

    django.setup()


def admin(*statements: str) -> None:
    """Run statements on the maintenance database (CREATE/DROP DATABASE)."""
    import psycopg

    with psycopg.connect(f"{PG_URL}/postgres", autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


def drop(*names: str) -> None:
    admin(*(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in names))


def close_django_connections() -> None:
    from django.db import connections

    connections.close_all()


def memory_mib() -> dict:
    """This process's resident set now and its high-water mark, from /proc (Linux).

    getrusage's ru_maxrss is not used: after fork+exec it starts at the *parent's*
    size, so a child smaller than the parent would show no growth at all."""
    status = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value, _unit = line.split()
                status[key[:-1]] = int(value) / 1024
    return status


def reset_peak() -> bool:
    """Make VmHWM start again from the current RSS (Linux >= 4.0)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


# --- fill ------------------------------------------------------------------------------


def past_months(now, count: int) -> list[datetime]:
    """The first instant (local time) of each of the ``count`` whole months before now."""
    from django.utils import timezone

    local = timezone.localtime(now)
    year, month = local.year, local.month
    starts = []
    for _ in range(count):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        starts.append(timezone.make_aware(datetime(year, month, 1)))
    return starts


def _payload(kind: str, i: int, rnd: random.Random, trigger_at: datetime) -> dict:
    """Shaped like what members.withdrawal._archive keeps (and alike for the others)."""
    at = trigger_at.isoformat()
    number = f"M{trigger_at:%y%m%d}{i:08d}"
    if kind == "booking":
        seats = [f"{'ABCDEFGHJK'[rnd.randrange(10)]}{rnd.randrange(1, 21)}"
                 for _ in range(rnd.randrange(1, 5))]
        return {"number": number, "movie": rnd.choice(["서울의 봄", "파묘", "범죄도시4", "인사이드 아웃 2"]),
                "theatre": rnd.choice(["마키시네마 강남", "마키시네마 홍대", "마키시네마 부산 서면"]),
                "screen": f"{rnd.randrange(1, 9)}관", "starts_at": (trigger_at + timedelta(days=3)).isoformat(),
                "seats": seats, "seat_count": len(seats), "total": 14000 * len(seats),
                "status": rnd.choice(["paid", "cancelled", "used"]), "created_at": at,
                "cancelled_at": None}
    if kind == "cancellation":
        return {"amount": 14000 * rnd.randrange(1, 5), "route": rnd.choice(["pg", "voucher"]),
                "status": "done", "reason": "고객 요청에 의한 예매 취소", "requested_at": at,
                "completed_at": (trigger_at + timedelta(minutes=3)).isoformat()}
    if kind == "payment":
        amount = 14000 * rnd.randrange(1, 5)
        return {"payment_id": f"pay_{uuid.UUID(int=rnd.getrandbits(128)).hex}",
                "method": rnd.choice(["card", "mobile", "virtual_account"]), "amount": amount,
                "voucher_amount": 0, "cancelled_amount": 0, "status": "paid",
                "card_issuer": rnd.choice(["신한카드", "국민카드", "현대카드", ""]), "paid_at": at}
    if kind == "complaint":
        return {"case": f"C{i:09d}", "channel": rnd.choice(["phone", "email", "board"]),
                "booking": number, "summary": "상영 중 음향 장애로 인한 환불 요청",
                "resolution": "관람권 1매 보상 및 부분 환불", "received_at": at,
                "closed_at": (trigger_at + timedelta(days=2)).isoformat()}
    return {"kind": rnd.choice(["voucher_abuse", "chargeback", "bot_booking"]),
            "detail": "동일 결제수단으로 단시간 다수 예매 후 취소 반복", "ip": f"203.0.113.{rnd.randrange(256)}",
            "recorded_at": at}


COLUMNS = ("vault_id, rule, kind, source, reference, subject_index, payload, "
           "trigger_at, expires_at, key_id, archived_at")


def generate(n: int, now, info: dict, seed: int = 20240601, chunk: int = 20000, pool: int = 512):
    """COPY text for N expired rows, ``chunk`` rows at a time; fills ``info``.

    Each row's payload is sealed on its own (fresh nonce, AAD bound to its own vault_id,
    its month's key). To keep the fill to a few tens of microseconds a row, plaintexts
    and timestamps are drawn from pools made up front (``pool`` per kind and per rule
    and month) rather than built row by row."""
    from marquee.privacy.archive.models import ArchivedRecord
    from marquee.privacy.inventory import inventory
    from marquee.privacy.retention import month_of, retention_key
    from marquee.privacy.vault.fields import blind_index, seal_for

    field = ArchivedRecord._meta.get_field("payload")

    class Sealing:
        """What ``seal_for`` needs of an ArchivedRecord: its _meta, vault_id and key."""

        __slots__ = ("vault_id", "key")
        _meta = ArchivedRecord._meta

        def vault_data_key(self):
            return self.key

    rnd = random.Random(seed)
    starts = past_months(now, MONTHS)
    month_seconds = []
    for start in starts:
        nxt = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
        month_seconds.append(int((nxt - start).total_seconds()))
    keys = {}  # (rule, month index) → DataKey, issued the way keep() issues them
    for rule, _, _ in MIX:
        for m, start in enumerate(starts):
            keys[(rule, m)] = retention_key(rule, start)
            assert month_of(start + timedelta(seconds=month_seconds[m] - 1)) == month_of(start)
    key_ids = {k: str(v.pk) for k, v in keys.items()}
    # (rule, month) → [(expires_at, trigger_at, "yymmdd", trigger), ...]: trigger = expiry − period
    moments = {}
    for rule, _, _ in MIX:
        period = inventory.rules[rule].period
        for m in range(MONTHS):
            slots = []
            for _ in range(pool):
                expires_at = starts[m] + timedelta(seconds=rnd.randrange(month_seconds[m]))
                trigger_at = period.before(expires_at)
                slots.append((expires_at.isoformat(), trigger_at.isoformat(),
                              f"{trigger_at:%y%m%d}", trigger_at))
            moments[(rule, m)] = slots
    plaintexts = {}  # kind → encoded JSON payloads, as EncryptedJSONField encodes them
    for rule, _, kinds in MIX:
        for kind in kinds:
            plaintexts[kind] = [
                field.encode(field.clean_python(_payload(kind, j, rnd, moments[(rule, 0)][j][3])))
                for j in range(pool)]
    cumulative, acc = [], 0.0
    for rule, share, kinds in MIX:
        acc += share
        cumulative.append((acc, rule, kinds))
    cumulative[-1] = (float("inf"), *cumulative[-1][1:])
    archived_at = now.isoformat()
    per_rule = dict.fromkeys((rule for rule, _, _ in MIX), 0)
    row = Sealing()
    subject = ""
    lines = []
    randrange, random_, getrandbits = rnd.randrange, rnd.random, rnd.getrandbits
    for i in range(n):
        r = random_()
        rule, kinds = next((rule, kinds) for bound, rule, kinds in cumulative if r < bound)
        kind = kinds[i % len(kinds)]
        m = randrange(MONTHS)
        expires_iso, trigger_iso, day, _ = moments[(rule, m)][randrange(pool)]
        row.key = keys[(rule, m)]
        row.vault_id = str(uuid.UUID(int=getrandbits(128), version=4))  # AAD uses str()
        sealed = seal_for(row, field, plaintexts[kind][randrange(pool)])
        if i % 7 == 0:  # a former member has several kept records
            subject = blind_index("archive-subject", f"member:{i // 7}")
        lines.append(
            f"{row.vault_id}\t{rule}\t{kind}\t{kind}:{i}\tM{day}{i:08d}\t{subject}\t{sealed}\t"
            f"{trigger_iso}\t{expires_iso}\t{key_ids[(rule, m)]}\t{archived_at}\n")
        per_rule[rule] += 1
        if len(lines) >= chunk:
            yield "".join(lines)
            lines.clear()
    if lines:
        yield "".join(lines)
    info.update(per_rule=per_rule, keys=len(keys))


def fill(n: int, now) -> dict:
    """N expired ArchivedRecord rows, sealed for real, COPYed in. Returns counts."""
    import psycopg

    info: dict = {}
    with psycopg.connect(f"{PG_URL}/{ARCHIVE_DB}") as conn, conn.cursor() as cur:
        with cur.copy(f"COPY {TABLE} ({COLUMNS}) FROM STDIN") as copy:
            for text in generate(n, now, info):
                copy.write(text)
        conn.commit()
    return info


def check_sealed(now, samples: int = 5) -> None:
    """A few rows, read back through the ORM, open under their month key."""
    from marquee.privacy.archive.models import ArchivedRecord

    rows = list(ArchivedRecord.objects.filter(expires_at__lte=now).order_by("?")[:samples])
    for rec in rows:
        assert isinstance(rec.payload, dict) and rec.payload, rec.pk


def vacuum_and_snapshot() -> None:
    """VACUUM ANALYZE the filled table (as autovacuum would have), then copy both
    databases to templates so that every measured run starts from the same bytes."""
    import psycopg

    with psycopg.connect(f"{PG_URL}/{ARCHIVE_DB}", autocommit=True) as conn:
        conn.execute(f"VACUUM (ANALYZE) {TABLE}")
    close_django_connections()
    drop(SEED_DB, SEED_ARCHIVE_DB)
    admin(f'CREATE DATABASE "{SEED_DB}" TEMPLATE "{DB}" STRATEGY FILE_COPY',
          f'CREATE DATABASE "{SEED_ARCHIVE_DB}" TEMPLATE "{ARCHIVE_DB}" STRATEGY FILE_COPY')


def restore_snapshot() -> None:
    close_django_connections()
    drop(DB, ARCHIVE_DB)
    admin(f'CREATE DATABASE "{DB}" TEMPLATE "{SEED_DB}" STRATEGY FILE_COPY',
          f'CREATE DATABASE "{ARCHIVE_DB}" TEMPLATE "{SEED_ARCHIVE_DB}" STRATEGY FILE_COPY',
          "CHECKPOINT")


# --- measured runs ---------------------------------------------------------------------


def child_sweep(args) -> None:
    """Runs in a fresh process: one sweep, figures as JSON on stdout."""
    setup_django(args.code or BASE_DIR)
    from django.db import connections

    from marquee.privacy import retention

    now = datetime.fromisoformat(args.now)
    for alias in ("default", "archive"):
        connections[alias].ensure_connection()
    gc.collect()
    peak_reset = reset_peak()
    before = memory_mib()["VmRSS"]
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    t0 = time.perf_counter()
    run = retention.sweep(now=now, batch_size=int(args.batch_size), operator="bench")
    seconds = time.perf_counter() - t0
    if profiler:
        profiler.disable()
    peak_trace = None
    if args.tracemalloc:
        import tracemalloc

        peak_trace = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    after = memory_mib()["VmHWM"]
    if profiler:
        import io
        import pstats

        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
        sys.stderr.write(out.getvalue())
    print(json.dumps({"run": run.pk, "seconds": seconds, "rss_before": before,
                      "rss_after": after, "trace_peak": peak_trace,
                      "peak_reset": peak_reset}))


def measure_sweep(now, variant: tuple, args) -> dict:
    code, batch_size = variant
    cmd = [sys.executable, __file__, "--child-sweep", "--now", now.isoformat(),
           "--batch-size", str(batch_size), "--code", str(code)]
    if args.tracemalloc:
        cmd.append("--tracemalloc")
    if args.profile:
        cmd.append("--profile")
    done = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def verify_sweep(n: int, now, run_pk: int, fill_info: dict) -> None:
    from marquee.privacy.archive.models import ArchivedRecord
    from marquee.privacy.models import DestructionRecord, RetentionKey

    left = ArchivedRecord.objects.filter(expires_at__lte=now).count()
    assert left == 0, f"{left} expired rows left after the sweep"
    keys = RetentionKey.objects.select_related("data_key")
    live = [(k.rule, k.month) for k in keys if not k.data_key.destroyed or k.data_key.wrapped]
    assert keys.count() == fill_info["keys"] and not live, f"month keys not destroyed: {live}"
    records = DestructionRecord.objects.filter(run_id=run_pk, category=ARCHIVE_CATEGORY)
    by_rule = {r.rule: r.count for r in records}
    assert by_rule == fill_info["per_rule"], (by_rule, fill_info["per_rule"])
    total = sum(DestructionRecord.objects.filter(run_id=run_pk).values_list("count", flat=True))
    assert total == n, f"destruction records sum to {total}, expected {n}"


def measure_bare_delete(n: int, now) -> float:
    import psycopg

    with psycopg.connect(f"{PG_URL}/{ARCHIVE_DB}") as conn:
        t0 = time.perf_counter()
        cur = conn.execute(f"DELETE FROM {TABLE} WHERE expires_at <= %s", (now,))
        conn.commit()
        seconds = time.perf_counter() - t0
    assert cur.rowcount == n, f"bare delete removed {cur.rowcount}, expected {n}"
    return seconds


def run_scale(n: int, args) -> dict:
    from django.core.management import call_command
    from django.utils import timezone

    print(f"\n== {n:,} records ==", flush=True)
    close_django_connections()
    drop(SEED_DB, SEED_ARCHIVE_DB, ARCHIVE_DB, DB)
    admin(f'CREATE DATABASE "{DB}"', f'CREATE DATABASE "{ARCHIVE_DB}"')
    t0 = time.perf_counter()
    call_command("migrate", database="default", verbosity=0)
    call_command("migrate", database="archive", verbosity=0)
    print(f"  migrated both databases in {time.perf_counter() - t0:.1f} s", flush=True)

    now = timezone.now()
    t0 = time.perf_counter()
    info = fill(n, now)
    check_sealed(now)
    fill_s = time.perf_counter() - t0
    vacuum_and_snapshot()
    print(f"  filled {n:,} sealed rows under {info['keys']} month keys in {fill_s:.1f} s "
          f"(+ vacuum/snapshot {time.perf_counter() - t0 - fill_s:.1f} s); not measured",
          flush=True)

    sweeps: dict = {variant: [] for variant in args.variants}
    bares = []
    for _attempt in range(args.repeat):
        for variant in args.variants:
            restore_snapshot()
            sweep = measure_sweep(now, variant, args)
            verify_sweep(n, now, sweep["run"], info)
            sweeps[variant].append(sweep)
            print(f"  sweep ({label(variant, args)}): {sweep['seconds']:.2f} s, verified: 0 expired rows "
                  f"left, {info['keys']} month keys destroyed, destruction records sum to {n:,}; "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
        restore_snapshot()
        bares.append(measure_bare_delete(n, now))
        print(f"  bare DELETE: {bares[-1]:.2f} s; load average {os.getloadavg()[0]:.1f}", flush=True)
    close_django_connections()
    drop(SEED_DB, SEED_ARCHIVE_DB)
    result = {"n": n, "bare": min(bares), "by_variant": {}}
    for variant, runs in sweeps.items():
        best = min(runs, key=lambda s: s["seconds"])
        result["by_variant"][variant] = {
            "sweep": best["seconds"], "rss_base": best["rss_before"],
            "rss": max(s["rss_after"] - s["rss_before"] for s in runs),
            "trace": max((s["trace_peak"] or 0) for s in runs) if args.tracemalloc else None,
            "peak_reset": all(s["peak_reset"] for s in runs)}
    return result


def label(variant: tuple, args) -> str:
    code, batch_size = variant
    where = "this checkout" if Path(code) == BASE_DIR else str(code)
    return f"{where}, batch_size={batch_size}" if len(args.code_roots) > 1 else f"batch_size={batch_size}"


def report(results: list[dict], args) -> None:
    rows = [("records destroyed", lambda r: f"{r['n']:,}"),
            ("bare DELETE seconds", lambda r: f"{r['bare']:.2f}")]
    for variant in args.variants:
        at = lambda r, variant=variant: r["by_variant"][variant]  # noqa: E731
        suffix = f" [{label(variant, args)}]" if len(args.variants) > 1 else ""
        rows += [
            (f"sweep seconds{suffix}", lambda r, at=at: f"{at(r)['sweep']:.2f}"),
            (f"records/second{suffix}", lambda r, at=at: f"{r['n'] / at(r)['sweep']:,.0f}"),
            (f"ratio sweep/bare (goal <= 2.0){suffix}",
             lambda r, at=at: f"{at(r)['sweep'] / r['bare']:.2f}"),
            (f"peak RSS growth during sweep, MiB{suffix}", lambda r, at=at: f"{at(r)['rss']:.1f}"),
        ]
        if args.tracemalloc:
            rows.append((f"tracemalloc peak, MiB{suffix}", lambda r, at=at: f"{at(r)['trace']:.1f}"))
    rows.append(("child RSS just before the sweep, MiB",
                 lambda r: f"{r['by_variant'][args.variants[0]]['rss_base']:.1f}"))
    sizes = ",".join(map(str, args.batch_sizes))
    print(f"\nretention sweep, batch_size={sizes}, best of {args.repeat}, PostgreSQL, "
          f"DJANGO_DEBUG=0, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if not all(v["peak_reset"] for r in results for v in r["by_variant"].values()):
        print("  (could not reset VmHWM: the peak includes the child's start-up)")
    width = max(len(label) for label, _ in rows)
    for text, fmt in rows:
        print(f"  {text:<{width}}  " + "  ".join(f"{fmt(r):>12}" for r in results))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--batch-size", default="5000",
                        help="the sweep's batch_size; a comma-separated list measures each")
    parser.add_argument("--compare", type=int, default=100_000,
                        help="a second, smaller count to show memory stays flat (0: skip)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also report tracemalloc's peak (slows the timed sweep)")
    parser.add_argument("--profile", action="store_true",
                        help="run the sweep under cProfile and print the top functions to stderr")
    parser.add_argument("--repeat", type=int, default=1,
                        help="measure sweep and bare DELETE this many times each (from the same "
                             "snapshot) and report the best; useful on a busy machine")
    parser.add_argument("--code", default="",
                        help="comma-separated project roots whose src/ the sweep is imported from "
                             "(A/B-compare a change to retention.py on the same data; default: "
                             "this checkout). Migrations and checks always use this checkout.")
    parser.add_argument("--keep", action="store_true", help="leave the databases behind")
    parser.add_argument("--child-sweep", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--now", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_sweep:
        child_sweep(args)
        return

    args.batch_sizes = [int(size) for size in str(args.batch_size).split(",")]
    args.code_roots = [Path(c).resolve() for c in args.code.split(",") if c] or [BASE_DIR]
    args.variants = [(code, size) for code in args.code_roots for size in args.batch_sizes]
    workdir = tempfile.mkdtemp(prefix="marquee-bench-ret-")
    configure_environment(workdir)
    setup_django()
    results = []
    try:
        for n in [args.records] + ([args.compare] if args.compare else []):
            results.append(run_scale(n, args))
    finally:
        close_django_connections()
        if not args.keep:
            drop(SEED_DB, SEED_ARCHIVE_DB, ARCHIVE_DB, DB)
        shutil.rmtree(workdir, ignore_errors=True)
    report(results, args)


if __name__ == "__main__":
    main()

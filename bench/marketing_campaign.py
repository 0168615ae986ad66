#!/usr/bin/env python
"""Benchmark: one advertising campaign to 100,000 consented members, built and queued
in bounded memory (prints figures; not a test).

    .venv/bin/python bench/marketing_campaign.py [--members 100000] [--compare 10000]
                                                 [--batch-size 500] [--channel sms]
                                                 [--tracemalloc] [--keep]

For each member count (``--members``, then ``--compare``, a smaller count showing that
memory does not grow with the audience) it:

1. creates fresh SQLite databases (default and archive) in a temporary folder and
   migrates them (``--database-url`` takes a PostgreSQL server URL instead, e.g.
   ``postgres://postgres@127.0.0.1:5432/marquee_bench_mkt``; the archive database gets
   the ``_archive`` suffix; both are dropped and created);
2. fills it with N synthetic active members (real data keys, every personal value sealed
   through the vault's own fields, bulk inserts of 1,000) who agreed to the channel's
   marketing consent; the fill is not measured;
3. in a fresh child process (so that its memory is not the fill's), starts a campaign and
   runs ``sending.send_batch`` until the campaign is done, exactly what the ``marketing
   send`` job does, at 14:00 KST (no night deferral). It prints the wall time, messages
   per second, and how far the process's peak RSS rose above its RSS before the send
   (/proc VmHWM after resetting it through clear_refs; ``--tracemalloc`` adds Python's
   own allocation peak, and slows the run), then checks: one outbox message and one
   delivery row per member, no member twice.

Nothing is sent: the outbox's store backend is used and the relay is not run (the send
job only queues; the relay's pace is its ``--limit``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
FILL_BATCH = 1000


def configure_environment(workdir: str, database_url: str) -> None:
    """Everything settings.py reads, before django.setup()."""
    if database_url:
        os.environ["DATABASE_URL"] = database_url
        os.environ["ARCHIVE_DATABASE_URL"] = database_url + "_archive"
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
        os.environ["ARCHIVE_DATABASE_URL"] = f"sqlite:///{workdir}/bench-archive.sqlite3"
    os.environ["MARQUEE_VAR_DIR"] = workdir
    os.environ["MARQUEE_KEY_FILE"] = str(Path(workdir) / "keys.json")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + uuid.uuid4().hex)
    os.environ["DJANGO_DEBUG"] = "0"  # no query log (it would be measured as memory)
    os.environ["DJANGO_SETTINGS_MODULE"] = "marquee.settings"
    for channel in ("SMS", "EMAIL", "PUSH"):
        os.environ[f"MARQUEE_OUTBOX_{channel}_BACKEND"] = "store"
    os.environ.pop("MARQUEE_KEYS", None)


def setup_django() -> None:
    sys.path.insert(0, str(BASE_DIR / "src"))
    import django

    django.setup()


def recreate_postgres(database_url: str) -> None:
    import psycopg

    server, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        for db in (name, name + "_archive"):
            conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{db}"')


def memory_mib() -> dict:
    """VmRSS and VmHWM (peak) of this process, in MiB, from /proc (Linux)."""
    status = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value, _unit = line.split()
                status[key[:-1]] = int(value) / 1024
    return status


def cpu_seconds() -> float:
    """User + system CPU time of this process: on a busy shared machine, the figure the
    other processes do not inflate (wall time is printed too)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def reset_peak() -> bool:
    """Reset VmHWM to the current RSS (Linux ≥ 4.0); False where not allowed."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


# --- the fill (not measured) -------------------------------------------------------------


def fill(count: int, channel: str) -> None:
    from django.core.management import call_command
    from django.db import transaction

    from marquee.members.models import Member
    from marquee.privacy.api import ConsentRecord, DataKey, consent

    for alias in ("default", "archive"):
        call_command("migrate", database=alias, verbosity=0)
    text = consent.current_text(f"marketing_{channel}")
    for start in range(0, count, FILL_BATCH):
        with transaction.atomic():
            members = []
            for i in range(start, min(count, start + FILL_BATCH)):
                member = Member(login_id=f"bench{i:06d}", name="김벤치",
                                mobile=f"010-{1000 + i // 10000:04d}-{i % 10000:04d}",
                                email=f"bench{i}@example.com", status=Member.Status.ACTIVE,
                                password="!")
                member.data_key = DataKey.issue(Member.vault_scope)
                members.append(member)
            Member.objects.bulk_create(members)
            ConsentRecord.objects.bulk_create(
                [ConsentRecord(member=m, text=text, agreed=True) for m in members])


# --- the measured send (child process) ---------------------------------------------------


def measured_send(count: int, channel: str, batch_size: int, use_tracemalloc: bool) -> dict:
    import gc
    import tracemalloc

    from marquee.marketing import sending
    from marquee.marketing.hours import KST
    from marquee.marketing.models import Campaign, Delivery
    from marquee.outbox.models import Message

    today = datetime.datetime.now(KST).date()
    now = datetime.datetime.combine(today, datetime.time(14, 0), tzinfo=KST)
    campaign = Campaign.objects.create(channel=channel, headline="벤치마크 특가",
                                       text="이번 주말 조조 영화 5,000원!")
    gc.collect()
    before = memory_mib()
    peak_reset = reset_peak()
    if use_tracemalloc:
        tracemalloc.start()
    started, cpu_started = time.perf_counter(), cpu_seconds()
    sending.start(campaign, now=now)
    batches = 0
    while sending.send_batch(campaign.pk, now=now, batch_size=batch_size):
        batches += 1
    elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if use_tracemalloc else None
    after = memory_mib()
    campaign.refresh_from_db()
    messages = Message.objects.filter(kind="marketing_ad").count()
    deliveries = Delivery.objects.filter(campaign=campaign)
    distinct = deliveries.values("member").distinct().count()
    assert campaign.status == Campaign.Status.DONE, campaign.status
    assert messages == deliveries.count() == distinct == campaign.queued == count, (
        messages, deliveries.count(), distinct, campaign.queued, count)
    return {"members": count, "queued": campaign.queued, "batches": batches,
            "seconds": round(elapsed, 1), "per_second": round(count / elapsed),
            "cpu_ms_per_member": round(cpu * 1000 / count, 2),
            "rss_before_mib": round(before["VmRSS"], 1),
            "peak_growth_mib": round(after["VmHWM"] - before["VmRSS"], 1) if peak_reset else None,
            "tracemalloc_peak_mib": round(traced, 1) if traced is not None else None}


def run_one(count: int, args) -> dict:
    workdir = tempfile.mkdtemp(prefix="marquee-bench-mkt-")
    try:
        configure_environment(workdir, args.database_url)
        if args.database_url:
            recreate_postgres(args.database_url)
        t0 = time.perf_counter()
        child = [sys.executable, __file__, "--child", "fill", "--members", str(count),
                 "--channel", args.channel, "--workdir", workdir,
                 "--database-url", args.database_url]
        subprocess.run(child, check=True)
        print(f"  filled {count:,} members in {time.perf_counter() - t0:.0f} s", flush=True)
        child[3] = "send"
        child += ["--batch-size", str(args.batch_size)]
        child += ["--tracemalloc"] if args.tracemalloc else []
        child += ["--profile"] if args.profile else []
        out = subprocess.run(child, check=True, stdout=subprocess.PIPE, text=True).stdout
        return json.loads(out.strip().splitlines()[-1])
    finally:
        if args.keep:
            print(f"  kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--compare", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--channel", choices=["sms", "email", "push"], default="sms")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile of the send (stderr)")
    parser.add_argument("--child", choices=["fill", "send"])
    parser.add_argument("--workdir")
    args = parser.parse_args()
    if args.child:
        configure_environment(args.workdir, args.database_url)
        setup_django()
        if args.child == "fill":
            fill(args.members, args.channel)
        elif args.profile:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            result = profile.runcall(measured_send, args.members, args.channel,
                                     args.batch_size, False)
            pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(25)
            print(json.dumps(result))
        else:
            print(json.dumps(measured_send(args.members, args.channel, args.batch_size,
                                           args.tracemalloc)))
        return
    results = []
    for count in [args.members] + ([args.compare] if args.compare else []):
        print(f"campaign to {count:,} consented members ({args.channel}, "
              f"batches of {args.batch_size}):", flush=True)
        results.append(run_one(count, args))
    print()
    print(f"{'members':>9} {'queued':>9} {'batches':>8} {'seconds':>8} {'msg/s':>7} "
          f"{'CPU ms/member':>14} {'peak +RSS MiB':>14} {'tracemalloc MiB':>16}")
    for r in results:
        print(f"{r['members']:>9,} {r['queued']:>9,} {r['batches']:>8} {r['seconds']:>8} "
              f"{r['per_second']:>7} {r['cpu_ms_per_member']:>14} "
              f"{str(r['peak_growth_mib']):>14} "
              f"{str(r['tracemalloc_peak_mib']):>16}")


if __name__ == "__main__":
    main()

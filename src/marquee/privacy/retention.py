"""The retention engine (P3, P4.2, L4.1).

Rules come from the inventory. Apps say where rows governed by a rule live with
``RETENTION_TARGETS`` in their ``privacy.py``: a model, the field holding the moment
the period starts, and the category to report. One sweep finds everything whose period
has ended and destroys it, in batches, idempotently, writing one destruction record
per rule per run. Records kept in the separate store are destroyed by crypto-shredding
first (their month's retention key) and row deletion second.

Timing: a sweep run daily deletes rows within a day of their period's end (L4.1 asks
for five days). A month's retention key is destroyed once the whole month has
expired, so copies of those rows in backups become unreadable at most a month later.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.db import connections, router, transaction
from django.db.models import Count, QuerySet
from django.utils import timezone

from .archive.models import ArchivedRecord, Block
from .inventory import inventory
from .models import DestructionRecord, DestructionRun

# month_of and retention_key are also found here by their callers (bench, tests).
from .vault.keys import RetentionKey, month_end, month_of, retention_key  # noqa: F401

CRYPTO_SHRED = "암호키 파기(crypto-shredding) 후 행 삭제"
ROW_DELETE = "암호화된 행의 영구 삭제"
KEPT = "분리 보관 기록"  # the category of records kept in the separate store
BLOCKED = "재가입·ID 재사용 제한 값(해시)"  # the category of expired blocks


@dataclass(frozen=True)
class RetentionTarget:
    """Rows of ``model`` governed by ``rule``, counted from ``trigger_field``."""

    rule: str
    model: str  # "app_label.Model"
    trigger_field: str
    category: str
    # f(queryset) -> number destroyed, when a plain delete() is not enough (keys to shred,
    # chains to keep whole); the app passes its own function, the engine never imports it.
    purge: Callable[[QuerySet], int] | None = None
    filters: dict = field(default_factory=dict)

    def model_class(self):
        return apps.get_model(self.model)


def targets() -> list[RetentionTarget]:
    return list(inventory.targets)


# --- the sweep -------------------------------------------------------------------------


@dataclass
class SweepPlan:
    """What a sweep would destroy: (rule, category) → count."""

    counts: dict = field(default_factory=lambda: defaultdict(int))
    keys: list = field(default_factory=list)  # (rule, month) keys to shred

    def total(self) -> int:
        return sum(self.counts.values())


class Progress:
    """A one-line progress bar on a terminal; silent otherwise."""

    def __init__(self, total: int, stream=None):
        self.total, self.done = max(total, 1), 0
        self.stream = stream or sys.stderr
        self.enabled = hasattr(self.stream, "isatty") and self.stream.isatty()

    def advance(self, n: int, label: str) -> None:
        self.done += n
        if self.enabled:
            width = 30
            filled = int(width * min(self.done, self.total) / self.total)
            self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] "
                              f"{self.done:,}/{self.total:,} {label[:40]:40}")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def _expired(target: RetentionTarget, now):
    rule = inventory.rules[target.rule]
    model = target.model_class()
    cutoff = rule.period.before(now)
    return model.objects.filter(**{f"{target.trigger_field}__lte": cutoff}, **target.filters)


def plan(now=None) -> SweepPlan:
    now = now or timezone.now()
    result = SweepPlan()
    for target in targets():
        n = _expired(target, now).count()
        if n:
            result.counts[(target.rule, target.category)] += n
    for rule, n in _archive_counts(ArchivedRecord, now):
        result.counts[(rule, KEPT)] += n
    for rule, n in Block.objects.filter(expires_at__lte=now).values_list("rule").annotate(
            n=_count()).values_list("rule", "n"):
        result.counts[(rule, BLOCKED)] += n
    result.keys = [(k.rule, k.month) for k in _expired_keys(now)]
    return result


def _count():
    return Count("id")


def _archive_counts(model, now):
    return model.objects.filter(expires_at__lte=now).values("rule").annotate(
        n=_count()).values_list("rule", "n")


def _expired_keys(now):
    keys = RetentionKey.objects.select_related("data_key").filter(
        data_key__destroyed_at__isnull=True).order_by("month")
    return [k for k in keys if month_end(k.month) <= now]


def sweep(*, now=None, batch_size: int = 5000, operator: str = "",
          trigger=DestructionRun.Trigger.SCHEDULE, stream=None) -> DestructionRun:
    """Destroy everything whose retention period has ended. Safe to re-run at any point:
    each batch commits on its own, and a re-run picks up what is left."""
    now = now or timezone.now()
    todo = plan(now)
    run = DestructionRun.objects.create(trigger=trigger, operator=operator)
    progress = Progress(todo.total(), stream)
    tally: dict = defaultdict(int)
    methods: dict = {}
    _shred_expired_months(now, methods)
    for target in targets():
        _sweep_target(target, now, batch_size, tally, methods, progress)
    kept_rules = sorted({rule for rule, category in todo.counts if category == KEPT})
    _sweep_kept(kept_rules, now, batch_size, tally, methods, progress)
    _sweep_blocks(now, tally, methods, progress)
    progress.close()
    record_destruction(run, tally, methods)
    return run


def _shred_expired_months(now, methods: dict) -> None:
    """Crypto-shred whole months first: from here on, no copy of them can be read.
    One transaction (one commit) for all of them, not one per key."""
    with transaction.atomic():
        for key in _expired_keys(now):
            key.data_key.destroy(f"보존기간 만료: {key.rule} {key.month}")
            methods[key.rule] = CRYPTO_SHRED


def _sweep_target(target: RetentionTarget, now, batch_size: int, tally: dict, methods: dict,
                  progress: Progress) -> None:
    """Rows of one target in the main database, a batch per transaction."""
    model = target.model_class()
    while True:
        ids = list(_expired(target, now).values_list("pk", flat=True)[:batch_size])
        if not ids:
            break
        with transaction.atomic():
            batch = model.objects.filter(pk__in=ids)
            deleted = (target.purge(batch) if target.purge
                       else batch.delete()[1].get(model._meta.label, 0))
        tally[(target.rule, target.category)] += deleted
        methods.setdefault(target.rule, ROW_DELETE)
        progress.advance(len(ids), target.category)


def _sweep_kept(kept_rules: list[str], now, batch_size: int, tally: dict, methods: dict,
                progress: Progress) -> None:
    """Kept records in the separate store, in id order, a window of ids per transaction."""
    if not kept_rules:
        return
    using = router.db_for_write(ArchivedRecord)
    if connections[using].vendor == "postgresql":
        _sweep_kept_windows(using, now, batch_size, tally, methods, progress)
    else:
        _sweep_kept_portable(kept_rules, now, batch_size, tally, methods, progress)


# One statement per window: the DELETE reports the rule of every row it removed and the
# same statement counts them, so the counts are exact without a row reaching Python.
_DELETE_WINDOW = (
    'WITH gone AS (DELETE FROM "{table}" WHERE "{pk}" > %s AND "{pk}" <= %s AND "{expires}" <= %s'
    ' RETURNING "{rule}") SELECT "{rule}", count(*) FROM gone GROUP BY "{rule}"')


def _sweep_kept_windows(using: str, now, batch_size: int, tally: dict, methods: dict,
                        progress: Progress) -> None:
    """PostgreSQL: fixed id windows of ``batch_size`` from the first expired row, each
    deleted and counted by rule in one statement (one round trip, one commit); an empty
    window jumps to the next expired id, so a sparse table costs no empty windows.
    Going through the table in id order keeps its pages warm (see bench/README.md).

    A window's commit does not wait for its log flush (``synchronous_commit = off``, a
    few milliseconds each); the last commit does, and PostgreSQL flushes its log in
    order, so when this returns every window is durable, before the destruction records
    are written. A server crash before that loses only deletions this run had not
    recorded yet: those rows come back and the next sweep destroys and records them."""
    meta = ArchivedRecord._meta
    sql = _DELETE_WINDOW.format(table=meta.db_table, pk=meta.pk.column,
                                expires=meta.get_field("expires_at").column,
                                rule=meta.get_field("rule").column)
    expired = ArchivedRecord.objects.using(using).filter(expires_at__lte=now).order_by("pk")
    first = expired.values_list("pk", flat=True).first()
    low = None if first is None else first - 1
    while low is not None:
        with transaction.atomic(using=using), connections[using].cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")
            cursor.execute(sql, [low, low + batch_size, now])
            counts = cursor.fetchall()
        for rule, deleted in counts:
            tally[(rule, KEPT)] += deleted
            methods.setdefault(rule, CRYPTO_SHRED)
        progress.advance(sum(n for _, n in counts), KEPT)
        low += batch_size
        if not counts:
            following = expired.filter(pk__gt=low).values_list("pk", flat=True).first()
            low = None if following is None else following - 1
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute("SELECT txid_current()")  # a commit record, waited for: see above


def _sweep_kept_portable(kept_rules: list[str], now, batch_size: int, tally: dict,
                         methods: dict, progress: Progress) -> None:
    """Other databases: a batch is the id range holding the next batch_size expired rows
    (found by one boundary query); it is deleted rule by rule, so each count is exact.
    No ids travel to Python and back, and no batch rescans the rows deleted before it."""
    expired = ArchivedRecord.objects.filter(expires_at__lte=now)
    last = 0
    while True:
        rest = expired.filter(pk__gt=last)
        bound = list(rest.order_by("pk").values_list("pk", flat=True)[batch_size - 1:batch_size])
        window = rest.filter(pk__lte=bound[0]) if bound else rest
        done = 0
        with transaction.atomic(using="archive"):
            for rule in kept_rules:
                deleted = window.filter(rule=rule).delete()[0]
                if deleted:
                    tally[(rule, KEPT)] += deleted
                    methods.setdefault(rule, CRYPTO_SHRED)
                    done += deleted
        progress.advance(done, KEPT)
        if not bound:
            break
        last = bound[0]


def _sweep_blocks(now, tally: dict, methods: dict, progress: Progress) -> None:
    """Expired blocks (keyed hashes)."""
    expired_blocks = list(Block.objects.filter(expires_at__lte=now).values_list("pk", "rule"))
    Block.objects.filter(pk__in=[pk for pk, _ in expired_blocks]).delete()
    for _, rule in expired_blocks:
        tally[(rule, BLOCKED)] += 1
        methods.setdefault(rule, "키 해시 값 삭제")
    progress.advance(len(expired_blocks), "제한 값")


def record_destruction(run: DestructionRun, tally: dict, methods: dict) -> None:
    records = []
    for (rule_key, category), count in sorted(tally.items()):
        if not count:
            continue
        rule = inventory.rules[rule_key]
        records.append(DestructionRecord(
            run=run, rule=rule_key, rule_label=rule.label,
            basis=rule.citation or rule.basis, category=category, count=count,
            method=methods.get(rule_key, ROW_DELETE)))
    DestructionRecord.objects.bulk_create(records)
    run.finished_at = timezone.now()
    run.save(update_fields=["finished_at"])

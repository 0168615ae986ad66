"""The staff access log (L3.3): append, verify, expire.

Each entry's ``hash`` is a keyed HMAC-SHA256 over its own content and the previous
entry's hash. Changing any stored entry, deleting one from the middle or cutting the
tail off all break the chain at a point ``verify()`` names. The key is the vault's
index key (outside the database), so someone with write access to the database alone
cannot recompute a consistent chain after editing it.

Appends are serialised on the ``ChainHead`` row (``select_for_update``): the head is
the lock. It anchors the tail only against someone who cannot write the table; signed
checkpoints in the separate store (``checkpoints``) anchor it against someone who can. The database refuses UPDATE on the log table
(a trigger; on PostgreSQL also DELETE except during the retention purge), and the model
refuses save-over and delete, so ordinary code cannot rewrite history either.

Retention (2 years, 고시 제8조) removes the oldest entries only, as a prefix of the
chain, and records where the chain now starts (``ChainPurge``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC

from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from marquee.privacy.api import crypto, keyring

from . import checkpoints
from .models import AccessSubject, ChainHead, ChainPurge, MonthlyReview, StaffAccessLog

GENESIS = "0" * 64
CHAIN_SCOPE = "staff-access-log-chain"
PURGE_SETTING = "marquee.audit_purge"


def _canonical(entry: StaffAccessLog) -> str:
    return json.dumps([
        entry.seq, entry.at.astimezone(UTC).isoformat(timespec="microseconds"),
        entry.staff_id, entry.roles, entry.source_ip, entry.action, entry.target,
        entry.object_id, entry.fields, entry.reason_code, entry.reason, entry.subjects,
        entry.subject_count, entry.path, entry.prev_hash,
    ], ensure_ascii=False, separators=(",", ":"))


def entry_hash(entry: StaffAccessLog) -> str:
    return crypto.blind_index(keyring().index, CHAIN_SCOPE, _canonical(entry))


def _head_for_update() -> ChainHead:
    head = ChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        try:
            with transaction.atomic():
                ChainHead.objects.create(pk=1)
        except IntegrityError:  # created concurrently
            pass
        head = ChainHead.objects.select_for_update().get(pk=1)
    return head


def _text(value, limit: int | None = None) -> str:
    """NUL characters cannot be stored in PostgreSQL text (a request path may carry one)."""
    text = str(value).replace("\x00", "")
    return text[:limit] if limit else text


def append(*, staff, action: str, target: str, roles: str = "", source_ip: str = "",
           object_id="", fields=(), reason_code: str = "", reason: str = "",
           subjects=(), path: str = "") -> StaffAccessLog:
    """Add one entry at the end of the chain (inside its own transaction)."""
    numbers = sorted({int(n) for n in subjects if n is not None})
    with transaction.atomic():
        head = _head_for_update()
        entry = StaffAccessLog(
            seq=head.seq + 1, at=timezone.now(), staff=staff, roles=_text(roles, 200),
            source_ip=_text(source_ip, 45), action=action, target=_text(target, 60),
            object_id=_text(object_id, 40), fields=_text(",".join(fields), 300),
            reason_code=_text(reason_code, 20), reason=_text(reason),
            subjects=" ".join(str(n) for n in numbers), subject_count=len(numbers),
            path=_text(path, 200), prev_hash=head.hash or GENESIS)
        entry.hash = entry_hash(entry)
        entry.save()
        AccessSubject.objects.bulk_create(
            [AccessSubject(entry_id=entry.seq, member_number=n) for n in numbers])
        head.seq, head.hash, head.updated_at = entry.seq, entry.hash, entry.at
        head.save()
    return entry


# --- verification ------------------------------------------------------------------------


@dataclass
class Problem:
    seq: int
    what: str

    def __str__(self) -> str:
        return f"#{self.seq}: {self.what}"


@dataclass
class Verification:
    checked: int = 0
    start_seq: int = 0
    head_seq: int = 0
    checkpoints: int = 0  # signed checkpoints the tables were compared with
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def verify(*, chunk: int = 2000, max_problems: int = 50) -> Verification:
    """Walk the chain from its start; report every break, the first one first."""
    result = Verification()
    purge = ChainPurge.objects.order_by("-seq").first()
    expected_seq = (purge.seq if purge else 0) + 1
    prev = purge.hash if purge else GENESIS
    result.start_seq = expected_seq

    def problem(seq, what):
        if len(result.problems) < max_problems:
            result.problems.append(Problem(seq, what))

    last_seq = expected_seq - 1
    while True:
        entries = list(StaffAccessLog.objects.filter(seq__gt=last_seq).order_by("seq")[:chunk])
        if not entries:
            break
        index: dict[int, set[int]] = {}
        for seq, number in AccessSubject.objects.filter(
                entry_id__gte=entries[0].seq, entry_id__lte=entries[-1].seq).values_list(
                "entry_id", "member_number"):
            index.setdefault(seq, set()).add(number)
        for entry in entries:
            if entry.seq != expected_seq:
                problem(expected_seq, f"기록 {expected_seq}~{entry.seq - 1}번이 없습니다 (삭제됨)")
            if entry.prev_hash != prev:
                problem(entry.seq, "이전 기록과의 연결(prev_hash)이 맞지 않습니다")
            if entry_hash(entry) != entry.hash:
                problem(entry.seq, "기록 내용이 변경되었습니다 (해시 불일치)")
            if index.get(entry.seq, set()) != set(entry.subject_numbers()):
                problem(entry.seq, "정보주체 색인이 기록과 다릅니다")
            prev, expected_seq = entry.hash, entry.seq + 1
            result.checked += 1
        last_seq = entries[-1].seq
    result.head_seq = last_seq
    head = ChainHead.objects.filter(pk=1).first()
    if head is not None and head.seq > last_seq:
        problem(last_seq + 1, f"기록 {last_seq + 1}~{head.seq}번이 없습니다 (뒷부분 삭제)")
    elif head is not None and head.seq and (head.seq != last_seq or head.hash != prev):
        problem(last_seq, "체인 헤드가 마지막 기록과 다릅니다")
    # Each signed-off review anchors the head it saw: the entry must still match it.
    start = result.start_seq
    for review in MonthlyReview.objects.exclude(head_seq=0).filter(head_seq__gte=start):
        entry = StaffAccessLog.objects.filter(seq=review.head_seq).first()
        if entry is None or entry.hash != review.head_hash:
            problem(review.head_seq, f"{review.month} 점검 시점의 기록과 다릅니다")
    # The head above lives in the same database; the signed checkpoints do not (P12.11).
    result.checkpoints = checkpoints.compare(problem)
    result.problems.sort(key=lambda p: p.seq)
    return result


# --- retention ---------------------------------------------------------------------------


def purge_expired(queryset) -> int:
    """Retention purge (``RetentionTarget.purge``): remove the oldest entries, as a prefix
    of the chain up to the newest expired one, and record where the chain now starts.

    ``at`` is assigned under the chain lock, so it grows with ``seq``; the prefix is the
    expired entries (give or take a clock adjustment at the two-year boundary).
    """
    last = queryset.order_by("-seq").values_list("seq", flat=True).first()
    if last is None:
        return 0
    with transaction.atomic():
        boundary = StaffAccessLog.objects.get(seq=last)
        prefix = StaffAccessLog.objects.filter(seq__lte=last)
        count = prefix.count()
        _allow_purge()
        AccessSubject.objects.filter(entry_id__lte=last).delete()
        prefix._purge()
        ChainPurge.objects.create(seq=last, hash=boundary.hash, count=count)
    return count


def _allow_purge() -> None:
    """On PostgreSQL the DELETE trigger lets rows go only inside a purge transaction."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config(%s, 'on', true)", [PURGE_SETTING])


def purge_rows(queryset) -> int:
    """Retention purge for the other append-only records (reveals, rights history)."""
    return queryset._purge()

"""Checkpoints of the access log and of the reveal records (P12.11).

The access log's chain and ``ChainHead`` live in the same database, so whoever can
delete its newest entries can also point the head back, and the shorter chain verifies.
``take`` writes a signed checkpoint of each record (the last row, its hash, the row
count) to the separate store (``privacy.archive.anchors``): daily from cron
(``manage.py access_log checkpoint``) and with every monthly review, which keeps a copy
in its report. ``compare`` (part of ``audit.verify``) holds the tables to the newest
checkpoint in the store and to the newest review's, and names what is missing.

Reveal rows carry no chain of their own; each one names the REVEAL entry that logged it
(``log_seq``), so with the log anchored, a REVEAL entry without its row is a deleted
reveal, and the reveal checkpoint catches rows cut from the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.db.models import Sum

from marquee.privacy.api import anchors, crypto, keyring

from .models import ChainPurge, MonthlyReview, Reveal, StaffAccessLog

ACCESS_LOG = "backoffice.StaffAccessLog"
REVEALS = "backoffice.Reveal"
REVEAL_SCOPE = "reveal-checkpoint"

Report = Callable[[int, str], None]  # (sequence number, what is wrong)


def reveal_hash(reveal: Reveal) -> str:
    """A keyed hash of a reveal row, so that a checkpoint pins its content too."""
    text = json.dumps([reveal.pk, reveal.staff_id, reveal.target, reveal.object_id,
                       reveal.field, reveal.member_number, reveal.reason_code, reveal.reference,
                       reveal.granted_at.isoformat(), reveal.log_seq], ensure_ascii=False)
    return crypto.blind_index(keyring().index, REVEAL_SCOPE, text)


def anchor(chain: str) -> anchors.Anchor:
    """Where ``chain`` ends now."""
    if chain == ACCESS_LOG:
        last = StaffAccessLog.objects.order_by("-seq").first()
        return anchors.Anchor(last.seq if last else 0, last.hash if last else "",
                              StaffAccessLog.objects.count())
    last = Reveal.objects.order_by("-pk").first()
    return anchors.Anchor(last.pk if last else 0, reveal_hash(last) if last else "",
                          Reveal.objects.count())


def take(occasion: str = "schedule") -> list:
    """Write a signed checkpoint of the access log and of the reveals to the store."""
    return [anchors.record(chain, anchor(chain), occasion=occasion)
            for chain in (ACCESS_LOG, REVEALS)]


def compare(report: Report) -> int:
    """Hold both records to the newest checkpoint in the store and in the newest review;
    returns how many checkpoints were compared."""
    compared = 0
    for checkpoint in _latest_checkpoints():
        if not anchors.is_authentic(checkpoint):
            report(checkpoint.last_id, f"점검점({_when(checkpoint)})의 서명이 맞지 않습니다 (위조)")
        elif checkpoint.chain == ACCESS_LOG:
            _compare_log(checkpoint, report)
        else:
            _compare_reveals(checkpoint, report)
        compared += 1
    _reveal_rows_for_log(report)
    return compared


def _latest_checkpoints() -> list:
    found = [cp for cp in (anchors.latest(ACCESS_LOG), anchors.latest(REVEALS)) if cp]
    review = MonthlyReview.objects.exclude(report__checkpoints=None).order_by("-month").first()
    for data in (review.report.get("checkpoints", []) if review else []):
        found.append(anchors.from_dict(data))
    return found


def _when(checkpoint) -> str:
    from django.utils import timezone

    return f"{checkpoint.occasion} {timezone.localtime(checkpoint.taken_at):%Y-%m-%d %H:%M}"


def _purged_since(checkpoint) -> tuple[int, int]:
    """(rows the retention purge removed after the checkpoint, the purge boundary)."""
    later = ChainPurge.objects.filter(at__gt=checkpoint.taken_at)
    newest = ChainPurge.objects.order_by("-seq").first()
    return later.aggregate(n=Sum("count"))["n"] or 0, newest.seq if newest else 0


def _compare_log(checkpoint, report: Report) -> None:
    purged, boundary = _purged_since(checkpoint)
    if checkpoint.last_id <= boundary:  # (an empty log's checkpoint has last_id 0)
        return  # everything it anchored has expired and been purged since
    last = StaffAccessLog.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    entry = StaffAccessLog.objects.filter(seq=checkpoint.last_id).first()
    if last < checkpoint.last_id:
        report(last + 1, f"기록 {last + 1}~{checkpoint.last_id}번이 없습니다 "
                         f"(점검점 {_when(checkpoint)} 이후 뒷부분 삭제)")
    elif entry is None or entry.hash != checkpoint.last_hash:
        report(checkpoint.last_id, f"점검점 {_when(checkpoint)}의 마지막 기록과 다릅니다")
    expected = checkpoint.row_count - purged
    present = StaffAccessLog.objects.filter(seq__lte=checkpoint.last_id).count()
    if present < expected:
        report(checkpoint.last_id, f"점검점 {_when(checkpoint)} 당시 기록 {expected}건 중 "
                                   f"{expected - present}건이 없습니다")


def _compare_reveals(checkpoint, report: Report) -> None:
    if not checkpoint.last_id:
        return  # there were none
    purged, _boundary = _purged_since(checkpoint)
    rows = Reveal.objects.filter(pk__lte=checkpoint.last_id)
    last = rows.filter(pk=checkpoint.last_id).first()
    if last is None and not purged:
        report(checkpoint.last_id, f"마스킹 해제 기록 #{checkpoint.last_id}이 없습니다 "
                                   f"(점검점 {_when(checkpoint)} 이후 삭제)")
    elif last is not None and reveal_hash(last) != checkpoint.last_hash:
        report(checkpoint.last_id, f"마스킹 해제 기록 #{checkpoint.last_id}이 점검점과 다릅니다")
    missing = checkpoint.row_count - rows.count()
    if missing > 0 and not purged:
        report(checkpoint.last_id, f"점검점 {_when(checkpoint)} 당시 마스킹 해제 기록 "
                                   f"{checkpoint.row_count}건 중 {missing}건이 없습니다")


def _reveal_rows_for_log(report: Report) -> None:
    """Every REVEAL entry still in the log has its reveal row (both expire together)."""
    entries = set(StaffAccessLog.objects.filter(action=StaffAccessLog.Action.REVEAL)
                  .values_list("seq", flat=True))
    rows = set(Reveal.objects.filter(log_seq__in=entries).values_list("log_seq", flat=True))
    for seq in sorted(entries - rows):
        report(seq, "이 열람(마스킹 해제) 기록의 사유 기록이 없습니다 (삭제됨)")

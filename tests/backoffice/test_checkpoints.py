"""The access log's tail cannot be cut unseen (P12.11): signed checkpoints in the separate
store (daily from cron, and in each monthly review) anchor the head outside the table;
verification compares the chain and the reveal records with them and names what is
missing."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from marquee.backoffice import audit, checkpoints, review
from marquee.backoffice.models import ChainHead, Reveal, StaffAccessLog
from marquee.privacy import retention
from marquee.privacy.archive.models import Checkpoint

from .conftest import create_staff
from .test_access_log import entries, run_verify, tamper

pytestmark = pytest.mark.django_db(databases=["default", "archive"])


def cut_tail_and_point_head_back(keep_up_to: StaffAccessLog) -> None:
    """What someone with write access to the database could do to hide their last reads."""
    tamper(f"DELETE FROM {StaffAccessLog._meta.db_table} WHERE seq > %s", [keep_up_to.seq])
    ChainHead.objects.filter(pk=1).update(seq=keep_up_to.seq, hash=keep_up_to.hash)


def reveal_for(entry: StaffAccessLog, staff) -> Reveal:
    return Reveal.objects.create(staff=staff, target="members.Member", object_id="7",
                                 field="mobile", member_number=7, reason_code="inquiry",
                                 reference="Q-1", expires_at=timezone.now(), log_seq=entry.seq)


def revealed(staff, n: int) -> list[Reveal]:
    rows = []
    for _ in range(n):
        entry = audit.append(staff=staff, action="reveal", target="members.Member",
                             subjects=[7], reason_code="inquiry", reason="고객 문의 처리 / Q-1")
        rows.append(reveal_for(entry, staff))
    return rows


def test_p12_11_a_cut_tail_with_the_head_pointed_back_is_found_by_the_checkpoint(capsys):
    staff = create_staff("cs_agent")
    log = entries(staff, 5)
    call_command("access_log", "checkpoint")
    assert Checkpoint.objects.using("archive").filter(
        chain=checkpoints.ACCESS_LOG, last_id=log[-1].seq, row_count=5).exists()

    cut_tail_and_point_head_back(log[2])

    ok, out = run_verify()
    assert not ok
    assert f"#{log[3].seq}" in out.splitlines()[0]
    assert f"기록 {log[3].seq}~{log[4].seq}번이 없습니다" in out and "뒷부분 삭제" in out
    assert "5건 중 2건이 없습니다" in out


def test_p12_11_entries_after_the_last_checkpoint_verify_and_a_new_one_anchors_them():
    staff = create_staff("cs_agent")
    entries(staff, 2)
    checkpoints.take()
    log = entries(staff, 2)
    ok, out = run_verify()
    assert ok and "matches 2 signed checkpoint(s)" in out
    checkpoints.take()
    cut_tail_and_point_head_back(log[0])
    assert audit.verify().first.seq == log[1].seq


def test_p12_11_the_monthly_review_keeps_a_signed_checkpoint_that_verification_uses():
    staff = create_staff("cs_agent")
    KST = datetime.timezone(datetime.timedelta(hours=9))
    with mock.patch("django.utils.timezone.now",
                    return_value=datetime.datetime(2026, 10, 6, 10, tzinfo=KST)):
        log = entries(staff, 4)
    report = review.generate("2026-10", notify=False).report
    kept = {cp["chain"]: cp for cp in report["checkpoints"]}
    assert kept[checkpoints.ACCESS_LOG]["last_id"] == log[-1].seq
    assert Checkpoint.objects.using("archive").filter(occasion="review 2026-10").count() == 2
    # Even with the store's checkpoints gone, the review's signed copy anchors the head.
    Checkpoint.objects.using("archive").all().delete()
    cut_tail_and_point_head_back(log[1])
    result = audit.verify()
    assert not result.ok and "review 2026-10" in " ".join(p.what for p in result.problems)


def test_p12_11_a_forged_checkpoint_is_reported():
    staff = create_staff("cs_agent")
    log = entries(staff, 4)
    checkpoints.take()
    cut_tail_and_point_head_back(log[1])
    # The intruder lowers the checkpoint too, but cannot sign it (the key is not in a database).
    Checkpoint.objects.using("archive").filter(chain=checkpoints.ACCESS_LOG).update(
        last_id=log[1].seq, last_hash=log[1].hash, row_count=2)
    problems = " ".join(p.what for p in audit.verify().problems)
    assert "서명이 맞지 않습니다" in problems


def test_p12_11_reveal_rows_cut_from_the_end_are_found():
    staff = create_staff("cs_agent")
    rows = revealed(staff, 3)
    checkpoints.take()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {Reveal._meta.db_table} WHERE id >= %s", [rows[1].pk])
    problems = " ".join(p.what for p in audit.verify().problems)
    assert f"마스킹 해제 기록 #{rows[-1].pk}이 없습니다" in problems
    assert "마스킹 해제 기록 3건 중 2건이 없습니다" in problems
    assert "사유 기록이 없습니다" in problems  # their REVEAL entries are still in the log


def test_p12_11_a_changed_reveal_row_is_found():
    staff = create_staff("cs_agent")
    rows = revealed(staff, 2)
    checkpoints.take()
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {Reveal._meta.db_table} SET reference = %s WHERE id = %s",
                       ["다른 사유", rows[-1].pk])
    assert "점검점과 다릅니다" in " ".join(p.what for p in audit.verify().problems)


def test_p12_11_the_retention_purge_after_a_checkpoint_is_not_tampering():
    staff = create_staff("cs_agent")
    now = timezone.now()
    with mock.patch("django.utils.timezone.now", return_value=now - datetime.timedelta(days=800)):
        revealed(staff, 2)
        entries(staff, 2)
    entries(staff, 2)
    checkpoints.take()
    retention.sweep(now=now)
    result = audit.verify()
    assert result.ok, result.problems
    assert Checkpoint.objects.using("archive").count() == 2  # the store keeps its own

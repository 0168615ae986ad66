"""The staff access log (L3.3): who, when, from where, whose data, what; append-only,
hash-chained and verified; kept 2 years; reviewed monthly with the CPO's sign-off."""

from __future__ import annotations

import datetime
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from marquee.backoffice import audit, review
from marquee.backoffice.models import (
    AccessSubject,
    AppendOnlyError,
    ChainPurge,
    MonthlyReview,
    Reveal,
    StaffAccessLog,
)
from marquee.outbox.models import Message
from marquee.privacy import retention
from marquee.privacy.inventory import inventory

from .conftest import create_staff, otp_session

KST = datetime.timezone(datetime.timedelta(hours=9))


def entries(staff, n: int, **kwargs) -> list[StaffAccessLog]:
    return [audit.append(staff=staff, roles="cs_agent", source_ip="10.0.0.5", action="read",
                         target="members.Member", object_id=str(i), subjects=[100 + i],
                         **kwargs) for i in range(n)]


def run_verify() -> tuple[bool, str]:
    from io import StringIO

    out = StringIO()
    try:
        call_command("verify_access_log", stdout=out)
    except CommandError:
        return False, out.getvalue()
    return True, out.getvalue()


def tamper(sql: str, params=()) -> None:
    """What someone with direct database access could do (triggers switched off first)."""
    table = StaffAccessLog._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending FK checks
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        else:
            cursor.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")


@pytest.mark.django_db
def test_l3_3_each_staff_read_records_account_time_ip_member_and_action(client, demo_members):
    cs = create_staff("cs_agent")
    otp_session(client, cs)
    fan = demo_members["moviefan"]
    before = timezone.now()
    client.get(f"/admin/members/member/{fan.pk}/change/", REMOTE_ADDR="198.51.100.23")
    entry = StaffAccessLog.objects.get(action="read")
    assert entry.staff == cs and entry.roles == "cs_agent"
    assert entry.source_ip == "198.51.100.23" and entry.at >= before
    assert entry.subject_numbers() == [fan.pk] and entry.target == "members.Member"
    assert set(entry.fields.split(",")) == {"login_id", "name", "mobile", "email"}
    assert list(AccessSubject.objects.filter(entry=entry).values_list("member_number", flat=True)) \
        == [fan.pk]
    client.get("/admin/members/member/")
    listing = StaffAccessLog.objects.get(action="list")
    assert sorted(listing.subject_numbers()) == sorted(m.pk for m in demo_members.values())


@pytest.mark.django_db
def test_l3_3_the_log_is_append_only_in_the_model_and_in_the_database():
    staff = create_staff("cs_agent")
    entry = entries(staff, 1)[0]
    entry.reason = "고쳐 쓰기"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        StaffAccessLog.objects.filter(seq=entry.seq).update(reason="x")
    with pytest.raises(AppendOnlyError):
        StaffAccessLog.objects.all().delete()
    table = StaffAccessLog._meta.db_table
    with pytest.raises(DatabaseError), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET reason = 'x' WHERE seq = %s", [entry.seq])
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {table} WHERE seq = %s", [entry.seq])
    assert StaffAccessLog.objects.get(seq=entry.seq).reason == ""


@pytest.mark.django_db
def test_l3_3_verify_command_names_the_first_entry_edited_in_the_database():
    staff = create_staff("cs_agent")
    log = entries(staff, 6)
    assert run_verify() == (True, f"OK: 6 entries verified (#{log[0].seq}–#{log[-1].seq}), "
                                  "chain intact\n")
    target = log[2]
    tamper(f"UPDATE {StaffAccessLog._meta.db_table} SET subjects = %s WHERE seq = %s",
           ["999", target.seq])
    ok, out = run_verify()
    assert not ok
    assert out.startswith(f"TAMPERED: first bad entry #{target.seq} ")
    assert "해시 불일치" in out
    # Editing a later entry too: the first one is still the one reported first.
    tamper(f"UPDATE {StaffAccessLog._meta.db_table} SET source_ip = %s WHERE seq = %s",
           ["10.9.9.9", log[4].seq])
    ok, out = run_verify()
    assert not ok and f"#{target.seq} " in out.splitlines()[0] and f"#{log[4].seq}" in out


@pytest.mark.django_db
def test_l3_3_recomputing_a_plain_hash_does_not_hide_an_edit():
    """The chain is keyed (HMAC): an attacker without the key cannot re-seal an entry."""
    import hashlib

    staff = create_staff("cs_agent")
    log = entries(staff, 3)
    victim = log[1]
    victim.reason = "숨긴 열람"
    forged = hashlib.sha256(audit._canonical(victim).encode()).hexdigest()
    tamper(f"UPDATE {StaffAccessLog._meta.db_table} SET reason = %s, hash = %s WHERE seq = %s",
           ["숨긴 열람", forged, victim.seq])
    result = audit.verify()
    assert result.first.seq == victim.seq


@pytest.mark.django_db
def test_l3_3_a_deleted_entry_or_a_cut_tail_is_detected():
    staff = create_staff("cs_agent")
    log = entries(staff, 5)
    table = StaffAccessLog._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        cursor.execute(f"DELETE FROM {table} WHERE seq = %s", [log[4].seq])
    result = audit.verify()
    assert not result.ok and result.first.seq == log[4].seq and "없습니다" in result.first.what
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE seq = %s", [log[1].seq])
    assert audit.verify().first.seq == log[1].seq


@pytest.mark.django_db
def test_l3_3_access_logs_are_kept_two_years_then_swept_and_the_chain_still_verifies():
    rule = inventory.rules["staff_access_logs"]
    assert rule.period.years == 2 and "제8조" in rule.citation
    staff = create_staff("cs_agent")
    now = timezone.now()
    with mock.patch("django.utils.timezone.now", return_value=now - datetime.timedelta(days=800)):
        old = entries(staff, 3)
    with mock.patch("django.utils.timezone.now", return_value=now - datetime.timedelta(days=700)):
        kept = entries(staff, 2)
    run = retention.sweep(now=now)
    assert sorted(StaffAccessLog.objects.values_list("seq", flat=True)) == [e.seq for e in kept]
    assert not AccessSubject.objects.filter(entry_id__lte=old[-1].seq).exists()
    assert ChainPurge.objects.get().seq == old[-1].seq
    record = run.records.get(rule="staff_access_logs")
    assert record.count == 3 and "제8조" in record.basis
    assert audit.verify().ok and run_verify()[0]
    entries(staff, 1)
    assert audit.verify().ok


@pytest.mark.django_db
def test_l3_3_monthly_review_lists_unusual_access_and_records_the_cpo_sign_off(client, settings):
    settings.MARQUEE_REVIEW_VOLUME_FLOOR = 50
    cpo = create_staff("cpo")
    cs = create_staff("cs_agent")
    busy = create_staff("cs_agent")

    def at(day, hour):
        return mock.patch("django.utils.timezone.now",
                          return_value=datetime.datetime(2026, 10, day, hour, tzinfo=KST))

    with at(6, 10):  # Tuesday, working hours: routine
        for _ in range(5):
            audit.append(staff=cs, action="read", target="members.Member", subjects=[1])
    with at(7, 14):  # a day touching 300 members
        audit.append(staff=busy, action="list", target="members.Member",
                     subjects=range(1, 301))
    with at(8, 3):  # 03:00 KST
        logged = audit.append(staff=cs, action="reveal", target="members.Member", subjects=[7],
                              reason_code="inquiry", reason="고객 문의 처리 / Q-9")
        Reveal.objects.create(staff=cs, target="members.Member", object_id="7", field="mobile",
                              member_number=7, reason_code="inquiry", reference="Q-9",
                              expires_at=timezone.now(), log_seq=logged.seq)
    with at(11, 11):  # Sunday
        audit.append(staff=cs, action="read", target="members.Member", subjects=[8])
    with at(9, 15):
        audit.append(staff=busy, action="download", target="members.Member", subjects=[1, 2],
                     reason_code="download", reason="열람 요구 회신 자료 작성 후 파기")
    audit.append(staff=cs, action="read", target="members.Member", subjects=[9])  # not October

    report_obj = review.generate("2026-10")
    report = report_obj.report
    assert report_obj.entries == 9
    assert [(r["staff"], r["day"], r["members"]) for r in report["volume"]] == \
        [(busy.pk, "2026-10-07", 300)]
    assert {r["at"] for r in report["off_hours"]} == {"2026-10-08 03:00", "2026-10-11 11:00"}
    assert [r["justification"] for r in report["downloads"]] == ["열람 요구 회신 자료 작성 후 파기"]
    assert report_obj.head_seq == StaffAccessLog.objects.order_by("-seq").first().seq
    ask = Message.objects.get(kind="access_review_sign_off")
    assert "2026-10" in ask.body and ask.data_key_id == cpo.data_key_id

    # Only the CPO signs off, through the back office; the sign-off is recorded.
    otp_session(client, cs)
    assert client.post(f"/admin/backoffice/monthlyreview/{report_obj.pk}/sign-off/",
                       {"note": "확인"}).status_code == 403
    otp_session(client, cpo)
    page = client.get(f"/admin/backoffice/monthlyreview/{report_obj.pk}/change/").content.decode()
    assert "검토 후 확인 서명" in page and "열람 요구 회신 자료 작성 후 파기" in page
    assert "2026-10" in client.get("/admin/").content.decode()
    done = client.post(f"/admin/backoffice/monthlyreview/{report_obj.pk}/sign-off/",
                       {"note": "대량 조회는 정기 점검 업무로 소명 확인. 야간 열람 소명 확인."})
    assert done.status_code == 302
    signed = MonthlyReview.objects.get(pk=report_obj.pk)
    assert signed.signed_off_by == cpo and signed.signed_off_at and "소명" in signed.sign_off_note
    # A signed report is final, and it anchors the chain it reviewed.
    assert review.generate("2026-10").report == report
    assert audit.verify().ok


@pytest.mark.django_db
def test_l3_3_access_review_command_writes_last_months_report():
    from io import StringIO

    out = StringIO()
    call_command("access_review", "--no-notify", stdout=out)
    assert review.previous_month() in out.getvalue() and "awaiting" in out.getvalue()
    assert MonthlyReview.objects.filter(month=review.previous_month()).exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", "archive"])
def test_l3_3_concurrent_staff_actions_keep_one_unbroken_chain():
    import threading

    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: parallel connections with row locks")
    staff = [create_staff("cs_agent") for _ in range(4)]
    barrier, errors = threading.Barrier(len(staff)), []

    def work(member):
        try:
            barrier.wait(timeout=30)
            for i in range(10):
                audit.append(staff=member, action="read", target="members.Member",
                             subjects=[i])
        except Exception as exc:  # recorded and asserted on below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=work, args=(m,)) for m in staff]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    seqs = list(StaffAccessLog.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(seqs[0], seqs[0] + 40))  # no gaps, no duplicates
    assert audit.verify().ok

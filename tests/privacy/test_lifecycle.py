"""Withdrawal, the separate store, retention sweeps and destruction records
(P3, P4.1, P4.2, P5.1, P5.2, L4.1)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

from marquee.booking.models import Booking
from marquee.members import services as member_services
from marquee.members import withdrawal
from marquee.members.models import AccessRecord, Member, Withdrawal
from marquee.outbox.models import Message
from marquee.payments import sandbox
from marquee.payments import services as payments
from marquee.privacy import retention
from marquee.privacy.archive.models import ArchivedRecord, Block
from marquee.privacy.archive.services import is_blocked
from marquee.privacy.models import DataKey, DestructionRecord, RetentionKey
from marquee.privacy.vault import crypto
from marquee.privacy.vault.fields import blind_index
from marquee.privacy.vault.rotation import sealed_fields, sealed_models

from ..booking.conftest import hold, make_showtime
from ..conftest import make_identity, sign_up, signup_data
from ..members.test_demo_data import raw_dump

DBS = ["default", "archive"]
ALLOWED_PAYLOAD = {
    "booking": {"number", "movie", "theatre", "screen", "starts_at", "seats", "seat_count",
                "total", "status", "created_at", "cancelled_at"},
    "payment": {"payment_id", "method", "amount", "voucher_amount", "cancelled_amount",
                "status", "card_issuer", "paid_at"},
    "cancellation": {"amount", "route", "status", "reason", "requested_at", "completed_at"},
}


@pytest.fixture(autouse=True)
def _quiet_sandbox(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


def customer_with_history():
    """A member who watched one film (paid by card) and cancelled another."""
    member = sign_up(pen_name="영화광", landline="02-312-3456")
    for title, cancel in (("지난 영화", False), ("취소한 영화", True)):
        showtime = make_showtime(title=title)
        booking = hold(member, showtime, "C5", "C6")
        start = payments.start_payment(booking, member, "card")
        sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
        payments.complete_payment(start.payment.payment_id, via="return")
        if cancel:
            payments.cancel_booking(booking, member)
        else:  # the show is over
            showtime.starts_at = timezone.now() - timedelta(days=1)
            showtime.save()
    AccessRecord(member=member, ip="203.0.113.9", path="/", method="GET", os="Android 14",
                 browser="Chrome 120", device="Samsung SM-S918N").save()
    return Member.objects.get(pk=member.pk)


PLAINTEXT = ["홍길동", "gildong@example.com", "010-1234-5678", "01012345678", "gildong90",
             "영화광", "02-312-3456", "203.0.113.9"]


def member_rows(member_pk: int) -> dict[str, int]:
    """Rows in the main database that point at the member, table by table."""
    found = {}
    for model in apps.get_models():
        if model._meta.app_label == "archive":
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is Member:
                n = model.objects.filter(**{field.attname: member_pk}).count()
                if n and model is not Withdrawal:
                    found[f"{model._meta.label}.{field.name}"] = n
    return found


def values_sealed_under(key_id) -> list[str]:
    """Every sealed value in the main database still carrying this data key's ID."""
    found = []
    for model in sealed_models():
        if model._meta.app_label == "archive":
            continue
        for row in model.objects.all():
            for f in sealed_fields(model):
                raw = row.__dict__.get(f.attname)
                if raw and crypto.key_id_of(raw) == key_id:
                    found.append(f"{model._meta.label}.{f.name}")
    return found


@pytest.mark.django_db(databases=DBS)
def test_p4_1_p5_2_withdrawal_keeps_only_what_the_law_requires_in_the_archive():
    member = customer_with_history()
    key_id, pk = member.data_key_id, member.pk
    done = withdrawal.withdraw(member)
    assert done.state == Withdrawal.State.DONE and done.kept == {
        "contract_records": 3, "payment_records": 2}
    # Main database: nothing about the member is left anywhere.
    assert not Member.objects.filter(pk=pk).exists()
    assert member_rows(pk) == {}
    assert values_sealed_under(key_id) == []
    assert DataKey.objects.get(pk=key_id).destroyed
    dump = raw_dump("default") + raw_dump("archive")
    assert [v for v in PLAINTEXT if v in dump] == []
    # Archive: only the fields each rule allows.
    records = list(ArchivedRecord.objects.all())
    assert sorted(r.kind for r in records) == ["booking", "booking", "cancellation",
                                                "payment", "payment"]
    for record in records:
        assert set(record.payload) <= ALLOWED_PAYLOAD[record.kind], record.kind
        assert record.rule == ("payment_records" if record.kind == "payment" else "contract_records")
        assert record.expires_at > timezone.now() + timedelta(days=365 * 4)
    assert set(Block.objects.values_list("kind", flat=True)) == {"login_id", "di", "ci"}


@pytest.mark.django_db(databases=DBS)
def test_p5_1_withdrawal_with_an_upcoming_show_is_refused_and_changes_nothing():
    member = sign_up()
    booking = hold(member, make_showtime(), "C5")
    start = payments.start_payment(booking, member, "card")
    sandbox.approve(start.payment.payment_id, method="card", card_number="4242424242424242")
    payments.complete_payment(start.payment.payment_id, via="return")
    with pytest.raises(withdrawal.WithdrawalRefused, match="관람 전인 예매"):
        withdrawal.withdraw(member)
    member.refresh_from_db()
    assert member.status == Member.Status.ACTIVE and not Withdrawal.objects.exists()


@pytest.mark.django_db(databases=DBS)
def test_p3_login_id_is_blocked_for_three_months_then_free():
    member = sign_up()
    withdrawal.withdraw(member)
    assert Member.objects.login_id_taken("gildong90")
    other = make_identity(name="김다른", mobile="010-5656-7878")
    record = member_services.store_verification(other, "signup")
    with pytest.raises(member_services.SignupRefused, match="아이디"):
        member_services.sign_up(record, signup_data(), {"terms": True})
    retention.sweep(now=timezone.now() + timedelta(days=92))
    assert not Member.objects.login_id_taken("gildong90")


@pytest.mark.django_db(databases=DBS)
def test_p3_identity_cannot_rejoin_for_three_days():
    member = sign_up()
    withdrawal.withdraw(member)
    again = member_services.store_verification(make_identity(), "signup")
    with pytest.raises(member_services.SignupRefused, match="3일"):
        member_services.sign_up(again, signup_data(login_id="newname"), {"terms": True})
    retention.sweep(now=timezone.now() + timedelta(days=3, seconds=1))
    assert not is_blocked("di", blind_index("di", make_identity().di))
    rejoined = member_services.sign_up(again, signup_data(login_id="newname"), {"terms": True})
    assert rejoined.name == "홍길동"


@pytest.mark.django_db(databases=DBS)
def test_p3_2_blocks_hold_only_keyed_hashes():
    member = sign_up()
    withdrawal.withdraw(member)
    for value in Block.objects.values_list("value_index", flat=True):
        assert len(value) == 64 and "gildong" not in value


# --- fault injection -------------------------------------------------------------------------


class Crash(Exception):
    pass


def crash_on_call(monkeypatch, target: str, n: int):
    """Make the n-th call to ``target`` raise (to kill an operation mid-way)."""
    module_path, name = target.rsplit(".", 1)
    module = __import__(module_path, fromlist=[name])
    real = getattr(module, name)
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == n:
            raise Crash(target)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)


CRASH_POINTS = [
    ("marquee.privacy.archive.services.keep", 1),
    ("marquee.privacy.archive.services.keep", 3),  # mid-archive
    ("marquee.privacy.archive.services.block", 2),
    ("marquee.members.withdrawal._destroy", 1),
    ("marquee.members.withdrawal.destroy_part", 2),  # between two providers' destroy calls
    ("marquee.members.withdrawal.destroy_part", 6),  # after payments, before bookings
    ("marquee.privacy.models.DataKey.destroy", 1),
    ("marquee.members.withdrawal.record_destruction", 1),
]


@pytest.mark.django_db(databases=DBS)
@pytest.mark.parametrize("target, n", CRASH_POINTS)
def test_p5_2_withdrawal_killed_at_any_step_completes_on_rerun(monkeypatch, target, n):
    member = customer_with_history()
    key_id, pk = member.data_key_id, member.pk
    if target.endswith("DataKey.destroy"):
        real = DataKey.destroy
        calls = {"n": 0}

        def destroy(self, reason):
            calls["n"] += 1
            if calls["n"] == n:
                raise Crash
            return real(self, reason)
        monkeypatch.setattr(DataKey, "destroy", destroy)
    else:
        crash_on_call(monkeypatch, target, n)
    with pytest.raises(Crash):
        withdrawal.withdraw(member)
    # Half-way: the member is either fully present (sealed, readable) or not at all.
    state = Withdrawal.objects.get().state
    assert state in (Withdrawal.State.REQUESTED, Withdrawal.State.ARCHIVED)
    assert Member.objects.get(pk=pk).name == "홍길동"
    monkeypatch.undo()
    call_command("privacy", "sweep")  # the sweep resumes unfinished withdrawals first
    assert Withdrawal.objects.get().state == Withdrawal.State.DONE
    assert member_rows(pk) == {} and values_sealed_under(key_id) == []
    assert sorted(ArchivedRecord.objects.values_list("kind", flat=True)) == [
        "booking", "booking", "cancellation", "payment", "payment"]
    assert Block.objects.count() == 3


# --- the sweep, rule by rule ---------------------------------------------------------------


def sweep_at(moment):
    return retention.sweep(now=moment, batch_size=2)


@pytest.mark.django_db(databases=DBS)
def test_p3_access_logs_live_three_months():
    member = sign_up()
    start = timezone.now()
    for _ in range(3):
        AccessRecord(member=member, ip="198.51.100.7", path="/", method="GET", at=start).save()
    ends = retention.inventory.rules["access_logs"].period.after(start)
    sweep_at(ends - timedelta(seconds=1))
    assert AccessRecord.objects.count() == 3
    run = sweep_at(ends + timedelta(seconds=1))
    assert AccessRecord.objects.count() == 0
    record = run.records.get(category__contains="접속 기록")
    assert (record.rule, record.count) == ("access_logs", 3)
    assert "198.51.100.7" not in str(DestructionRecord.objects.values_list())


@pytest.mark.django_db(databases=DBS)
def test_p3_l7_3_messages_follow_their_own_rule_not_the_log_law():
    member = sign_up()  # the signup sent a consent confirmation
    assert Message.objects.count() == 1
    rule = retention.inventory.rules["message_records"]
    assert "통신비밀보호법" not in rule.basis + rule.citation
    ends = rule.period.after(Message.objects.get().created_at)
    sweep_at(ends - timedelta(seconds=1))
    assert Message.objects.count() == 1
    sweep_at(ends + timedelta(seconds=1))
    assert Message.objects.count() == 0 and Member.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db(databases=DBS)
@pytest.mark.parametrize("rule", ["contract_records", "payment_records"])
def test_p3_p4_2_kept_records_live_five_years_then_are_crypto_shredded(rule):
    member = customer_with_history()
    withdrawal.withdraw(member)
    records = ArchivedRecord.objects.filter(rule=rule)
    latest = max(r.expires_at for r in records)
    sweep_at(latest - timedelta(seconds=1))
    assert ArchivedRecord.objects.filter(rule=rule).exists()
    month_end = retention.month_end(retention.month_of(latest))
    run = sweep_at(month_end + timedelta(seconds=1))
    assert not ArchivedRecord.objects.filter(rule=rule).exists()
    keys = RetentionKey.objects.filter(rule=rule)
    assert keys and all(k.data_key.destroyed for k in keys)
    record = run.records.get(rule=rule)
    assert record.method == retention.CRYPTO_SHRED and record.basis.startswith("전자상거래법")


@pytest.mark.django_db(databases=DBS)
def test_p4_2_a_shredded_month_is_unreadable_even_from_a_backup_copy():
    member = customer_with_history()
    withdrawal.withdraw(member)
    record = ArchivedRecord.objects.filter(rule="payment_records").first()
    backup = dict(record.__dict__)  # a copy of the row, as a backup would hold it
    key = RetentionKey.objects.get(rule="payment_records", month=retention.month_of(record.expires_at))
    sweep_at(retention.month_end(key.month) + timedelta(seconds=1))
    restored = ArchivedRecord(**{k: v for k, v in backup.items() if not k.startswith("_")})
    with pytest.raises(crypto.KeyDestroyed):
        _ = restored.payload


@pytest.mark.django_db(databases=DBS)
def test_p3_5_year_rule_applies_to_active_members_bookings_too():
    member = customer_with_history()
    oldest = Booking.objects.filter(member=member).earliest("created_at").created_at
    ends = retention.inventory.rules["contract_records"].period.after(oldest)
    sweep_at(ends - timedelta(days=1))
    assert Booking.objects.filter(member=member).count() == 2
    sweep_at(ends + timedelta(days=1))
    assert not Booking.objects.filter(member=member).exists()
    assert Member.objects.filter(pk=member.pk).exists()


@pytest.mark.django_db(databases=DBS)
def test_l4_1_sweep_killed_mid_batch_finishes_on_rerun(monkeypatch):
    member = sign_up()
    old = timezone.now() - timedelta(days=200)
    for _ in range(7):
        AccessRecord(member=member, ip="192.0.2.1", path="/", method="GET", at=old).save()
    real_delete = AccessRecord.objects.filter(pk=0).delete.__func__
    calls = {"n": 0}

    def delete_then_crash(self, *args, **kwargs):
        result = real_delete(self, *args, **kwargs)
        if self.model is AccessRecord:
            calls["n"] += 1
            if calls["n"] == 2:
                raise Crash("mid-batch")
        return result

    monkeypatch.setattr(type(AccessRecord.objects.all()), "delete", delete_then_crash)
    with pytest.raises(Crash):
        retention.sweep(batch_size=3)
    remaining = AccessRecord.objects.count()
    assert 0 < remaining < 7  # the first batch stayed committed; the crashed one rolled back
    monkeypatch.undo()
    retention.sweep(batch_size=3)
    assert AccessRecord.objects.count() == 0


@pytest.mark.django_db(databases=DBS)
def test_p4_2_dry_run_lists_per_rule_and_destroys_nothing(capsys):
    member = sign_up()
    AccessRecord(member=member, ip="192.0.2.1", path="/", method="GET",
                 at=timezone.now() - timedelta(days=200)).save()
    call_command("privacy", "sweep", "--dry-run")
    out = capsys.readouterr().out
    assert "access_logs" in out and ": 1" in out
    assert AccessRecord.objects.count() == 1


@pytest.mark.django_db(databases=DBS)
def test_p4_1_the_cpo_can_produce_a_former_members_records():
    member = customer_with_history()
    ci = member.ci
    withdrawal.withdraw(member)
    from marquee.privacy.archive.services import records_for_subject

    found = list(records_for_subject(blind_index("archive-subject", ci)))
    assert len(found) == 5 and {r.payload.get("movie") for r in found if r.kind == "booking"} == {
        "지난 영화", "취소한 영화"}


@pytest.mark.django_db(databases=DBS)
def test_p4_1_archive_tables_exist_only_in_the_archive_database():
    main = connections["default"].introspection.table_names()
    separate = connections["archive"].introspection.table_names()
    assert "archive_archivedrecord" not in main and "archive_block" not in main
    assert "archive_archivedrecord" in separate and "members_member" not in separate


@pytest.mark.django_db(databases=DBS)
def test_rotating_a_retention_key_reseals_the_kept_records():
    from marquee.privacy.vault.rotation import rotate_data_key

    member = customer_with_history()
    withdrawal.withdraw(member)
    record = ArchivedRecord.objects.filter(rule="payment_records").first()
    old = DataKey.objects.get(pk=record.key_id)
    new = rotate_data_key(old)
    fresh = ArchivedRecord.objects.get(pk=record.pk)
    assert fresh.key_id == new.pk and fresh.payload["method"] == "card"
    assert RetentionKey.objects.get(data_key=new).rule == "payment_records"


@pytest.mark.django_db(databases=DBS)
def test_p4_2_the_cpo_exports_destruction_records_without_any_data(client):
    member = customer_with_history()
    withdrawal.withdraw(member)
    # The back office needs a personal staff account in the CPO role and a TOTP second
    # factor (marquee.backoffice; L3.2).
    from ..backoffice.conftest import create_staff, otp_session

    otp_session(client, create_staff("cpo", login_id="cpo_lee"))
    page = client.get("/admin/privacy/destructionrecord/")
    assert page.status_code == 200 and "회원 탈퇴" in page.content.decode()
    ids = list(DestructionRecord.objects.values_list("pk", flat=True))
    export = client.post("/admin/privacy/destructionrecord/",
                         {"action": "export_csv", "_selected_action": ids})
    body = export.content.decode("utf-8-sig")
    assert export["Content-Type"].startswith("text/csv") and "회원정보" in body
    assert [v for v in PLAINTEXT if v in body] == []


P3_TABLE = ("login_id_block", "identity_block", "fraud_records", "ad_records",
            "contract_records", "payment_records", "complaint_records", "access_logs")


@pytest.mark.django_db(databases=DBS)
@pytest.mark.parametrize("rule", ["fraud_records", "ad_records", "contract_records",
                                  "payment_records", "complaint_records", "access_logs"])
def test_p3_each_kept_record_rule_holds_until_its_period_ends_then_is_destroyed(rule):
    """Every P3 row, through the separate store: present one second before its period
    ends, gone after the sweep that follows, its month key shredded."""
    from marquee.privacy.archive.services import keep

    start = timezone.now() - timedelta(days=1)
    record = keep(rule=rule, kind="test", source=f"test:{rule}", reference="",
                  subject_index="x" * 64, payload={"rule": rule}, trigger_at=start)
    period = retention.inventory.rules[rule].period
    assert record.expires_at == period.after(start)
    sweep_at(record.expires_at - timedelta(seconds=1))
    assert ArchivedRecord.objects.filter(pk=record.pk).exists()
    assert ArchivedRecord.objects.get(pk=record.pk).payload == {"rule": rule}
    run = sweep_at(retention.month_end(retention.month_of(record.expires_at)) + timedelta(seconds=1))
    assert not ArchivedRecord.objects.filter(pk=record.pk).exists()
    assert RetentionKey.objects.get(rule=rule).data_key.destroyed
    assert run.records.get(rule=rule).count == 1


def test_p3_the_policy_periods_are_the_declared_ones():
    rules = retention.inventory.rules
    got = {key: rules[key].period.label for key in P3_TABLE}
    assert got == {"login_id_block": "3개월", "identity_block": "3일", "fraud_records": "1년",
                   "ad_records": "6개월", "contract_records": "5년", "payment_records": "5년",
                   "complaint_records": "3년", "access_logs": "3개월"}

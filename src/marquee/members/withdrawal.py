"""Membership withdrawal (P5, P4.1): keep what the law requires in the separate store,
destroy everything else at once, block the login ID and the identity for their periods.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from marquee.booking.models import Booking, FavouriteTheatre
from marquee.errors import ServiceError
from marquee.outbox.models import Message
from marquee.payments.models import Payment, Refund, Voucher
from marquee.privacy.archive import services as archive
from marquee.privacy.inventory import inventory
from marquee.privacy.models import DestructionRun
from marquee.privacy.retention import CRYPTO_SHRED, record_destruction
from marquee.privacy.vault.fields import blind_index

from .models import Member, Withdrawal


class WithdrawalRefused(ServiceError):
    """Something must be settled first; the message says what."""

    status = 409
    code = "withdrawal_refused"


def blockers(member: Member) -> list[str]:
    """Open business that a withdrawal would destroy the means to settle."""
    now = timezone.now()
    reasons = []
    if Booking.objects.filter(member=member, status=Booking.Status.CONFIRMED,
                              showtime__starts_at__gt=now).exists():
        reasons.append("관람 전인 예매가 있습니다. 예매를 취소하거나 관람 후 탈퇴해 주세요.")
    if Payment.objects.filter(member=member, status__in=[Payment.Status.READY,
                                                         Payment.Status.AWAITING_DEPOSIT]).exists():
        reasons.append("진행 중인 결제가 있습니다. 잠시 후 다시 시도해 주세요.")
    if Refund.objects.filter(payment__member=member).exclude(status=Refund.Status.DONE).exists():
        reasons.append("처리 중인 환불이 있습니다. 환불이 끝난 뒤 탈퇴할 수 있습니다.")
    return reasons


def what_is_kept(member: Member) -> list[dict]:
    """What a withdrawal would keep, why and until when (shown before confirming, P8.1);
    ``rule`` names the inventory's retention rule (the rights reply cites its basis)."""
    now = timezone.now()
    rows = []
    for rule_key, label, count in (
        ("contract_records", "계약·청약철회 기록(예매·취소 내역)",
         Booking.objects.filter(member=member).exclude(status=Booking.Status.EXPIRED).count()),
        ("payment_records", "대금결제 기록", Payment.objects.filter(member=member).exclude(
            status__in=[Payment.Status.READY, Payment.Status.FAILED]).count()),
    ):
        if count:
            rule = inventory.rules[rule_key]
            rows.append({"what": label, "count": count, "why": rule.citation or rule.basis,
                         "until": f"각 기록일로부터 {rule.period.label}", "rule": rule_key})
    for rule_key, label in (("staff_access_logs", "직원의 개인정보 처리 기록(회원번호만 포함)"),
                            ("login_id_block", "로그인 ID(해시 값): 같은 ID로 재가입 방지"),
                            ("identity_block", "본인확인값 CI·DI(해시 값): 탈퇴 직후 재가입 방지")):
        rule = inventory.rules[rule_key]
        rows.append({"what": label, "count": 1, "why": rule.basis,
                     "until": timezone.localtime(rule.period.after(now)).strftime("%Y-%m-%d %H:%M"),
                     "rule": rule_key})
    return rows


@transaction.atomic
def request(member: Member, *, channel=Withdrawal.Channel.MYPAGE, handled_by=None,
            verification: str = "") -> Withdrawal:
    """Record the request and lock the account; then ``run`` carries it out."""
    member = Member.objects.select_for_update().get(pk=member.pk)
    existing = Withdrawal.objects.filter(member=member).exclude(state=Withdrawal.State.DONE).first()
    if existing:
        return existing
    reasons = blockers(member)
    if reasons:
        raise WithdrawalRefused(" ".join(reasons))
    member.status = Member.Status.WITHDRAWN
    member.is_active = False
    member.save(update_fields=["status", "is_active"])
    return Withdrawal.objects.create(member=member, member_number=member.pk, channel=channel,
                                     handled_by=handled_by, verification=verification)


def withdraw(member: Member, **kwargs) -> Withdrawal:
    return run(request(member, **kwargs))


def run(withdrawal: Withdrawal) -> Withdrawal:
    """Carry a withdrawal to DONE from whatever state it is in (restartable)."""
    withdrawal = Withdrawal.objects.get(pk=withdrawal.pk)
    if withdrawal.state == Withdrawal.State.REQUESTED:
        kept = _archive(withdrawal)
        Withdrawal.objects.filter(pk=withdrawal.pk, state=Withdrawal.State.REQUESTED).update(
            state=Withdrawal.State.ARCHIVED, archived_at=timezone.now(), kept=kept)
        withdrawal.refresh_from_db()
    if withdrawal.state == Withdrawal.State.ARCHIVED:
        _destroy(withdrawal)
        withdrawal.refresh_from_db()
    return withdrawal


def resume_all() -> int:
    count = 0
    for withdrawal in Withdrawal.objects.exclude(state=Withdrawal.State.DONE):
        run(withdrawal)
        count += 1
    return count


def _subject(member: Member) -> str:
    return blind_index("archive-subject", member.ci or f"member:{member.pk}")


def _archive(withdrawal: Withdrawal) -> dict:
    """Copy the records the law keeps, with only the fields their rules need.
    Idempotent: each record is keyed by its source, so a re-run adds only what is missing."""
    member = Member.objects.select_related("data_key").get(pk=withdrawal.member_id)
    subject = _subject(member)
    kept = {"contract_records": 0, "payment_records": 0}
    bookings = Booking.objects.filter(member=member).exclude(status=Booking.Status.EXPIRED) \
        .select_related("showtime__movie", "showtime__screen__theatre").prefetch_related("claims__seat")
    for booking in bookings:
        archive.keep(
            rule="contract_records", kind="booking", source=f"booking:{booking.pk}",
            reference=booking.number, subject_index=subject, trigger_at=booking.created_at,
            payload={"number": booking.number, "movie": booking.showtime.movie.title,
                     "theatre": booking.showtime.screen.theatre.name,
                     "screen": booking.showtime.screen.name,
                     "starts_at": booking.showtime.starts_at.isoformat(),
                     "seats": [c.seat.label for c in booking.claims.all()],
                     "seat_count": booking.seat_count, "total": booking.total,
                     "status": booking.status, "created_at": booking.created_at.isoformat(),
                     "cancelled_at": booking.cancelled_at.isoformat() if booking.cancelled_at else None})
        kept["contract_records"] += 1
    payments = Payment.objects.filter(member=member).exclude(
        status__in=[Payment.Status.READY, Payment.Status.FAILED]).select_related("booking")
    for payment in payments:
        archive.keep(
            rule="payment_records", kind="payment", source=f"payment:{payment.pk}",
            reference=payment.booking.number, subject_index=subject,
            trigger_at=payment.paid_at or payment.created_at,
            payload={"payment_id": payment.payment_id, "method": payment.method,
                     "amount": payment.amount, "voucher_amount": payment.voucher_amount,
                     "cancelled_amount": payment.cancelled_amount, "status": payment.status,
                     "card_issuer": payment.card_issuer,
                     "paid_at": payment.paid_at.isoformat() if payment.paid_at else None})
        kept["payment_records"] += 1
        for refund in payment.refunds.all():
            archive.keep(
                rule="contract_records", kind="cancellation", source=f"refund:{refund.pk}",
                reference=payment.booking.number, subject_index=subject,
                trigger_at=refund.requested_at,
                payload={"amount": refund.amount, "route": refund.route, "status": refund.status,
                         "reason": refund.reason, "requested_at": refund.requested_at.isoformat(),
                         "completed_at": refund.completed_at.isoformat()
                         if refund.completed_at else None})
            kept["contract_records"] += 1
    since = withdrawal.requested_at
    archive.block("login_id", member.login_id_index, rule="login_id_block", since=since)
    archive.block("di", member.di_index, rule="identity_block", since=since)
    archive.block("ci", member.ci_index, rule="identity_block", since=since)
    return kept


def _destroy(withdrawal: Withdrawal) -> None:
    """Everything else goes, in one transaction; the member's key is shredded."""
    with transaction.atomic():
        locked = Withdrawal.objects.select_for_update().get(pk=withdrawal.pk)
        if locked.state != Withdrawal.State.ARCHIVED:
            return
        member = Member.objects.select_related("data_key").get(pk=locked.member_id)
        key = member.data_key
        counts = {}
        bookings = Booking.objects.filter(member=member)
        counts["refunds"] = Refund.objects.filter(payment__member=member).delete()[0]
        counts["payments"] = Payment.objects.filter(member=member).delete()[0]
        Voucher.objects.filter(booking__in=bookings).update(booking=None)
        counts["bookings"] = bookings.delete()[0]
        counts["favourites"] = FavouriteTheatre.objects.filter(member=member).delete()[0]
        counts["messages"] = Message.objects.filter(Q(data_key=key)).delete()[0]
        counts["access_records"] = member.access_records.all().delete()[0]
        counts["consents"] = member.consent_records.all().delete()[0]
        member.delete()
        key.destroy("회원 탈퇴")
        run = DestructionRun.objects.create(
            trigger=DestructionRun.Trigger.WITHDRAWAL,
            operator=f"staff:{locked.handled_by_id}" if locked.handled_by_id else "member")
        record_destruction(run, {
            ("until_withdrawal", "회원정보(회원 1명의 개인정보 전체)"): 1,
            ("access_logs", "접속 기록·알림 발송 기록"):
                counts["access_records"] + counts["messages"],
            ("contract_records", "분리 보관 후 운영 DB의 예매·결제 원본"):
                counts["bookings"] + counts["payments"] + counts["refunds"],
        }, {"until_withdrawal": CRYPTO_SHRED, "access_logs": CRYPTO_SHRED,
            "contract_records": "분리 DB 이관 후 운영 DB에서 삭제"})
        Withdrawal.objects.filter(pk=locked.pk).update(state=Withdrawal.State.DONE,
                                                       completed_at=timezone.now())

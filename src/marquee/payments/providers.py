"""What payments hold about a member: payments (masked card, gateway token, virtual
account) and refunds (refund account). Kept five years as payment records in the
separate store; vouchers are bearer codes, not personal data, and only lose their link
to the destroyed booking."""

from __future__ import annotations

from django.utils import timezone

from marquee.booking.providers import MOVED, ORIGINALS
from marquee.privacy.api import Destroyed, PersonalDataProvider, archive, inventory


def _iso(moment):
    """ISO 8601 in Korea Standard Time (with its +09:00 offset), as the member reads it."""
    return timezone.localtime(moment).isoformat() if moment else None


def _payments(member):
    from .models import Payment

    return Payment.objects.filter(member=member).select_related("member__data_key", "booking")


def _refunds(member):
    from .models import Refund

    return Refund.objects.filter(payment__member=member).select_related(
        "payment__member__data_key", "payment__booking")


def _kept_payments(member):
    from .models import Payment

    return _payments(member).exclude(status__in=[Payment.Status.READY, Payment.Status.FAILED])


def _payment_row(p) -> dict:
    return {"payment_id": p.payment_id, "booking": p.booking.number,
            "method": p.get_method_display(), "amount": p.amount,
            "status": p.get_status_display(), "card": p.card_masked,
            "card_issuer": p.card_issuer, "billing_key": "등록됨" if p.billing_key else None,
            "virtual_account": p.virtual_account or None, "paid_at": _iso(p.paid_at)}


def _refund_row(r) -> dict:
    return {"booking": r.payment.booking.number, "amount": r.amount, "reason": r.reason,
            "route": r.get_route_display(), "status": r.get_status_display(),
            "bank": r.bank, "account_number": r.account_number,
            "account_holder": r.account_holder, "requested_at": _iso(r.requested_at),
            "completed_at": _iso(r.completed_at)}


def _archived_payment(p) -> dict:
    return {"payment_id": p.payment_id, "method": p.method, "amount": p.amount,
            "voucher_amount": p.voucher_amount, "cancelled_amount": p.cancelled_amount,
            "status": p.status, "card_issuer": p.card_issuer, "paid_at": _iso(p.paid_at)}


def _archived_refund(r) -> dict:
    return {"amount": r.amount, "route": r.route, "status": r.status, "reason": r.reason,
            "requested_at": r.requested_at.isoformat(), "completed_at": _iso(r.completed_at)}


class PaymentProvider(PersonalDataProvider):
    key = "payments"
    label = "결제·환불 내역"
    order = 30
    items = ("payment_details", "refund_account")

    def export(self, member) -> dict:
        return {"payments": [_payment_row(p) for p in _payments(member)],
                "refunds": [_refund_row(r) for r in _refunds(member)]}

    def mypage(self, member) -> dict:
        return {"template": "payments/_mypage_payments.html",
                "payments": [_payment_row(p) for p in _payments(member).order_by("-created_at")[:20]],
                "refunds": [_refund_row(r) for r in _refunds(member).order_by("-requested_at")[:20]]}

    def held(self, member) -> set[str]:
        keys = set()
        if _payments(member).exists():
            keys |= {"payment_details"}
        if _refunds(member).exists():
            keys |= {"refund_account"}
        return keys & set(self.items)

    def blockers(self, member) -> list[str]:
        from .models import Payment, Refund

        reasons = []
        if _payments(member).filter(status__in=[Payment.Status.READY,
                                                Payment.Status.AWAITING_DEPOSIT]).exists():
            reasons.append("진행 중인 결제가 있습니다. 잠시 후 다시 시도해 주세요.")
        if _refunds(member).exclude(status=Refund.Status.DONE).exists():
            reasons.append("처리 중인 환불이 있습니다. 환불이 끝난 뒤 탈퇴할 수 있습니다.")
        return reasons

    def kept(self, member) -> list[dict]:
        count = _kept_payments(member).count()
        if not count:
            return []
        rule = inventory.rules["payment_records"]
        return [{"what": "대금결제 기록", "count": count, "why": rule.citation or rule.basis,
                 "until": f"각 기록일로부터 {rule.period.label}", "rule": "payment_records"}]

    def archive(self, member, *, subject: str, at) -> dict[str, int]:
        kept = {"payment_records": 0, "contract_records": 0}
        for payment in _kept_payments(member).prefetch_related("refunds"):
            number = payment.booking.number
            archive.keep(rule="payment_records", kind="payment", source=f"payment:{payment.pk}",
                         reference=number, subject_index=subject,
                         trigger_at=payment.paid_at or payment.created_at,
                         payload=_archived_payment(payment))
            kept["payment_records"] += 1
            for refund in payment.refunds.all():
                archive.keep(rule="contract_records", kind="cancellation",
                             source=f"refund:{refund.pk}", reference=number,
                             subject_index=subject, trigger_at=refund.requested_at,
                             payload=_archived_refund(refund))
                kept["contract_records"] += 1
        return kept

    def destroy(self, member) -> list[Destroyed]:
        from .models import Payment, Refund, Voucher

        refunds = Refund.objects.filter(payment__member=member).delete()[0]
        payments = Payment.objects.filter(member=member).delete()[0]
        Voucher.objects.filter(booking__member=member).update(booking=None)
        return [Destroyed("contract_records", ORIGINALS, refunds + payments, MOVED)]

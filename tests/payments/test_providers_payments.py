"""Payments' personal-data provider: payments and refunds (P8.1, P5)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.payments import services as payments
from marquee.payments.gateway import RefundAccount
from marquee.payments.models import Payment, Voucher

from ..booking.conftest import hold, make_showtime
from ..providers import destroy, exported, left_behind, provider
from .test_payments import pay


@pytest.fixture
def paid(member):
    """A card payment, and a mobile-billing payment of last month refunded to an account."""
    card = pay(hold(member, make_showtime(title="카드 영화"), "C5"), member, card="5365101234561234")
    booking = hold(member, make_showtime(title="휴대폰 영화"), "C5")
    mobile = pay(booking, member, method="mobile")
    Payment.objects.filter(pk=mobile.pk).update(paid_at=timezone.now() - timedelta(days=40))
    payments.cancel_booking(booking, member,
                            refund_account=RefundAccount("신한은행", "110-123-456789", "홍길동"))
    return member, card


@pytest.mark.django_db
def test_p8_1_payments_provider_exports_payment_details_and_refund_accounts(paid):
    member, card = paid
    text = exported("payments", member)
    assert card.payment_id in text and card.card_masked and card.card_masked in text
    assert "신한은행" in text and "110-123-456789" in text  # refund_account
    section = provider("payments").mypage(member)
    assert section["template"] == "payments/_mypage_payments.html"
    assert len(section["payments"]) == 2 and len(section["refunds"]) == 1


@pytest.mark.django_db
def test_p5_1_payments_provider_blocks_withdrawal_while_a_refund_is_open(paid):
    member, _ = paid
    assert any("환불" in reason for reason in provider("payments").blockers(member))


@pytest.mark.django_db
def test_p5_2_payments_provider_destroy_leaves_no_row_and_no_ciphertext(paid):
    member, _ = paid
    assert left_behind(member, "payments") != []
    [part] = destroy("payments", member)
    assert (part.rule, part.count) == ("contract_records", 3)  # two payments, one refund
    assert left_behind(member, "payments") == []
    assert not Voucher.objects.filter(booking__member=member).exists()

"""Back-office fixtures: staff per role (pledged, with a TOTP device; the helpers live in
``tests/conftest.py``), a client logged in with a verified second factor, and the demo
members with purchases to look at."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.booking.models import Booking
from marquee.members import demo
from marquee.members.models import AccessRecord, Member
from marquee.payments.models import Payment, Refund
from tests.conftest import STAFF_PASSWORD, create_staff, current_token, otp_session

__all__ = ["STAFF_PASSWORD", "create_staff", "current_token", "otp_session"]  # shared helpers

# What the demo data's refund account holds (besides the demo people's own values).
REFUND_ACCOUNT = ("신한은행", "110-482-177310", "홍길동")
DEMO_IP = "203.0.113.77"


@pytest.fixture
def staff_client(db, client):
    """``staff_client("cs_agent")`` → (client logged in with 2FA, staff member)."""

    def make(*roles, **kwargs):
        staff = create_staff(*roles, **kwargs)
        return otp_session(client, staff), staff

    return make


@pytest.fixture
def demo_members(db) -> dict[str, Member]:
    demo.load()
    return {p.login_id: Member.objects.find(login_id=p.login_id).get() for p in demo.PEOPLE}


@pytest.fixture
def demo_purchases(demo_members):
    """A paid and a refunded booking, an access record: every personal model has rows."""
    from tests.booking.conftest import make_showtime

    fan = demo_members["moviefan"]
    showtime = make_showtime(starts_in=timedelta(days=2))
    now = timezone.now()
    booking = Booking.objects.create(number="BK-DEMO-0001", member=fan, showtime=showtime,
                                     status=Booking.Status.CONFIRMED, held_until=now,
                                     confirmed_at=now, total=28000, seat_count=2)
    payment = Payment.objects.create(
        payment_id="pay-demo-0001", booking=booking, member=fan, gateway="sandbox",
        method=Payment.Method.VIRTUAL_ACCOUNT, amount=28000, status=Payment.Status.PAID,
        card_masked="5365-10**-****-4821", card_issuer="신한카드", paid_at=now,
        billing_key="billing-key-secret-0001",
        virtual_account={"bank": "국민은행", "number": "940702-00-123456", "holder": "홍길동"})
    refund = Refund(payment=payment, amount=14000, reason="예매 부분 취소",
                    route=Refund.Route.ACCOUNT, status=Refund.Status.PENDING_TRANSFER)
    refund.bank, refund.account_number, refund.account_holder = REFUND_ACCOUNT
    refund.save()
    AccessRecord(member=fan, ip=DEMO_IP, path="/members/mypage/edit/", method="GET",
                 os="Android 14", browser="Chrome Mobile 131", device="Samsung SM-S928N",
                 carrier="SKT").save()
    return {"booking": booking, "payment": payment, "refund": refund}


def demo_plaintexts() -> list[str]:
    """Every demo member's personal value, in the forms it could appear in a page."""
    values = []
    for person in demo.PEOPLE:
        digits = re.sub(r"\D", "", person.mobile)
        values += [person.name, person.email, person.mobile, digits, digits[3:],
                   person.mobile[-9:], person.login_id]
        if person.guardian:
            g_digits = re.sub(r"\D", "", person.guardian[1])
            values += [person.guardian[0], person.guardian[1], g_digits]
        values += [v for v in (person.pen_name, person.landline) if v]
    for member in Member.objects.filter(is_staff=False).select_related("data_key"):
        if member.birthdate:
            values += [member.birthdate.isoformat(), f"{member.birthdate:%Y년 %-m월 %-d일}"]
        values += [v for v in (member.ci, member.di) if v]
    values += [REFUND_ACCOUNT[1], REFUND_ACCOUNT[1].replace("-", ""), DEMO_IP,
               "940702-00-123456", "billing-key-secret-0001", "/members/mypage/edit/"]
    return sorted(set(values), key=len, reverse=True)


def leaks(html: str, values=None) -> list[str]:
    return [v for v in (values or demo_plaintexts()) if v in html]

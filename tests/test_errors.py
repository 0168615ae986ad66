"""One service-error base class (P12.14): every domain refusal carries its Korean
message, a stable code and its HTTP status, and the API renders them through one
handler."""

from __future__ import annotations

from marquee.booking.services import BookingError, SeatsTaken
from marquee.community.errors import CommunityError
from marquee.compliance.rights.services import RequestRefused
from marquee.errors import ServiceError
from marquee.members.services import SignupRefused
from marquee.payments.gateway import GatewayError
from marquee.payments.services import PaymentError, RefundAccountRequired


def test_p12_14_domain_refusals_share_one_base_class():
    for cls in (BookingError, SeatsTaken, PaymentError, RefundAccountRequired, GatewayError,
                CommunityError, RequestRefused, SignupRefused):
        assert issubclass(cls, ServiceError), cls


def test_p12_14_a_refusal_carries_message_code_status_and_extra_fields():
    exc = SeatsTaken({"C6", "C5"}, unavailable={"C5", "C6", "D1"})
    assert exc.status == 409 and exc.code == "seats_taken"
    assert exc.message == str(exc) == "이미 선택되었거나 판매된 좌석입니다: C5, C6"
    assert exc.body() == {"detail": exc.message, "code": "seats_taken",
                          "seats": ["C5", "C6"], "unavailable": ["C5", "C6", "D1"],
                          "suggestion": []}
    assert BookingError("x").status == 400
    assert RefundAccountRequired("x").code == "refund_account_required"


def test_p12_14_a_gateway_refusal_without_message_has_a_korean_default():
    assert GatewayError().message == "결제 대행사 처리 중 오류가 발생했습니다."
    assert ServiceError("없음", status=404, code="missing").body() == {
        "detail": "없음", "code": "missing"}

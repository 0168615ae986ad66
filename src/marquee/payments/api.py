"""Payment and cancellation endpoints (B4) of the JSON API.

They live in payments, above booking: booking knows nothing of payments, and cancelling
a booking is a payments entry point that refunds, then cancels through booking. Paths
and URL names are those the booking API always had (``/api/bookings/{number}/…``);
``marquee/api.py`` mounts this router next to booking's.
"""

from __future__ import annotations

from typing import Literal

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from marquee.booking.api.bookings import own_booking
from marquee.booking.api.schemas import (
    BookingNumber,
    ErrorOut,
    PaymentStartOut,
    StrictSchema,
    ValidationErrorOut,
    VoucherCode,
    text,
)
from marquee.booking.models import Booking

from . import services
from .gateway import RefundAccount

router = Router()


# --- payment ------------------------------------------------------------------------------


class PaymentIn(StrictSchema):
    method: Literal["card", "mobile", "virtual_account"]
    vouchers: list[VoucherCode] = Field(default_factory=list, max_length=10,
                                        description="예매권 번호 (여러 장 가능)")


@router.post("/bookings/{number}/payments",
             response={201: PaymentStartOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut,
                       409: ErrorOut, 422: ValidationErrorOut},
             tags=["결제"], summary="결제 시작",
             description="선점한 예매의 결제를 시작합니다. 예매권이 금액 전체를 덮으면 바로 예매가 "
                         "완료되고(confirmed=true), 아니면 params로 결제 창을 엽니다.")
def start_payment(request, number: BookingNumber, payload: PaymentIn):
    booking = own_booking(request, number)
    if booking.status == Booking.Status.CONFIRMED:
        raise HttpError(409, "이미 결제가 완료된 예매입니다.")
    start = services.start_payment(booking, request.auth, payload.method, payload.vouchers)
    return Status(201, services.start_answer(start))


# --- cancellation -------------------------------------------------------------------------


class RefundAccountIn(StrictSchema):
    bank: text(30, min_length=1)
    number: text(30, min_length=1, pattern=r"^[0-9][0-9-]*$")
    holder: text(50, min_length=1)


class CancelIn(StrictSchema):
    refund_account: RefundAccountIn | None = Field(
        None, description="가상계좌·지난달 휴대폰 결제처럼 원래 수단으로 환불할 수 없을 때 필요")


class RefundOut(Schema):
    amount: int
    status: str
    route: str


class CancelOut(Schema):
    number: str
    status: str
    refunds: list[RefundOut]


@router.post("/bookings/{number}/cancel",
             response={200: CancelOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut,
                       422: ValidationErrorOut},
             tags=["결제"], summary="예매 취소·환불",
             description="극장 취소 규정에 따라 취소하고 환불합니다. 환불 계좌가 필요하면 400과 "
                         'code "refund_account_required"로 응답합니다.')
def cancel_booking(request, number: BookingNumber, payload: CancelIn | None = None):
    booking = own_booking(request, number)
    account = payload.refund_account if payload else None
    refunds = services.cancel_booking(
        booking, request.auth,
        refund_account=RefundAccount(account.bank, account.number, account.holder)
        if account else None)
    booking.refresh_from_db(fields=["status"])
    return {"number": booking.number, "status": booking.status,
            "refunds": [{"amount": r.amount, "status": r.status, "route": r.route}
                        for r in refunds]}

"""Holds and the member's own bookings (B2, B5): the caller only ever sees their own."""

from __future__ import annotations

import datetime
import time
from typing import Literal

from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from marquee.waitingroom import api as waitingroom

from .. import nearby, paynow, services
from ..models import Booking
from .schemas import (
    NUMBER_RE,
    BookingNumber,
    ErrorOut,
    MovieOut,
    PaymentStartOut,
    SeatLabel,
    SeatsTakenOut,
    ShowtimeId,
    StrictSchema,
    TheatreOut,
    TicketCount,
    ValidationErrorOut,
    local,
    movie_body,
)
from .showtimes import queue_refusal, showtime_or_404

router = Router()


# --- holds --------------------------------------------------------------------------------


PayMethod = Literal[paynow.METHODS]
PAY_FIELD = Field(None, description="결제 수단: 주면 같은 요청에서 결제를 시작하고 답의 payment로 결제 창을 "
                                    "엽니다(POST /bookings/{number}/payments와 같은 답). 선점과 결제 "
                                    "시작은 함께 되거나 함께 취소됩니다")


class HoldIn(StrictSchema):
    seats: list[SeatLabel] = Field(min_length=1, max_length=4 * services.MAX_SEATS,
                                   description='좌석 라벨 (예: ["C5", "C6"]); 커플석은 두 좌석 모두')
    tickets: dict[Literal["adult", "youth", "senior"], TicketCount] = Field(
        description='관람객 유형별 인원 (예: {"adult": 2}); 합계가 좌석 수와 같아야 합니다')
    nearby: bool = Field(False, description="true: 고른 좌석이 이미 나갔으면 가장 가까운 같은 수의 "
                                            "빈 좌석을 대신 선점합니다(답의 requested가 고른 좌석)")
    pay: PayMethod | None = PAY_FIELD


class HoldOut(Schema):
    number: str
    status: str
    held_until: datetime.datetime
    total: int
    seats: list[str]
    requested: list[str] | None = Field(
        None, description="nearby로 다른 좌석을 선점했을 때 처음 고른 좌석; 그 밖에는 null")
    payment: PaymentStartOut | None = Field(None, description="pay를 주었을 때 시작된 결제")


def claims(booking: Booking):
    return booking.claims.select_related("seat").order_by("seat__row_index", "seat__column")


@router.post("/showtimes/{showtime_id}/holds",
             response={201: HoldOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut,
                       409: SeatsTakenOut, 422: ValidationErrorOut},
             tags=["예매"], summary="좌석 선점",
             description="좌석을 선점합니다(기본 10분). 같은 회차의 이전 선점은 새 선점으로 바뀝니다.")
def hold_seats(request, showtime_id: ShowtimeId, payload: HoldIn):
    take = nearby.hold_or_nearby if payload.nearby else services.hold_seats
    return _gated_hold(request, showtime_id, lambda showtime: take(
        request.auth, showtime, services.SeatRequest(tuple(payload.seats), dict(payload.tickets))),
        payload.pay)


def _gated_hold(request, showtime_id: int, take, pay: str | None = None):
    """A hold behind the waiting room's gate (B6), its latency fed to the controller;
    with ``pay``, the payment starts in the same transaction (``paynow``)."""
    showtime = showtime_or_404(showtime_id)
    if gate := waitingroom.must_queue(request, showtime.pk):
        return queue_refusal(request, gate, showtime)
    started = time.perf_counter()
    payment = None
    try:
        if pay:
            booking, payment = paynow.hold_and_pay(lambda: take(showtime), request.auth, pay)
        else:
            booking = take(showtime)
    finally:
        waitingroom.record_hold(request, started)
    return Status(201, {**hold_body(booking), "payment": payment})


class BestHoldIn(StrictSchema):
    tickets: dict[Literal["adult", "youth", "senior"], TicketCount] = Field(
        description='관람객 유형별 인원 (예: {"adult": 2}); 합계만큼의 나란히 붙은 좌석을 고릅니다')
    accessible: bool = Field(False, description="휠체어석(과 동반석)을 포함한 좌석을 원할 때")
    pay: PayMethod | None = PAY_FIELD


@router.post("/showtimes/{showtime_id}/holds/best",
             response={201: HoldOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut,
                       409: SeatsTakenOut, 422: ValidationErrorOut},
             tags=["예매"], summary="최적 좌석 자동 선점",
             description="인원 수만큼 나란히 붙은 가장 좋은 빈 좌석(가운데 줄, 가운데 열 우선)을 "
                         "골라 선점합니다. 커플석은 두 좌석을 함께, 휠체어석은 요청할 때만 고릅니다.")
def hold_best(request, showtime_id: ShowtimeId, payload: BestHoldIn):
    return _gated_hold(request, showtime_id, lambda showtime: services.hold_best(
        request.auth, showtime, dict(payload.tickets), accessible=payload.accessible),
        payload.pay)


def hold_body(booking: Booking) -> dict:
    """A booking ``services.hold_seats`` has just made: it knows its seats (map order)."""
    return {"number": booking.number, "status": booking.status,
            "held_until": local(booking.held_until), "total": booking.total,
            "seats": booking.held_labels, "requested": getattr(booking, "requested", None)}


def own_booking(request, number: str) -> Booking:
    """The caller's booking, or 404 whether it is someone else's or does not exist."""
    number = number.strip().upper()
    booking = None
    if NUMBER_RE.fullmatch(number):
        booking = Booking.objects.select_related("showtime__movie", "showtime__screen__theatre") \
            .filter(number=number, member=request.auth).first()
    if booking is None:
        raise HttpError(404, "예매를 찾을 수 없습니다.")
    return booking


@router.delete("/bookings/{number}/hold", response={204: None, 401: ErrorOut, 404: ErrorOut,
                                                    409: ErrorOut},
               tags=["예매"], summary="선점 해제")
def release_hold(request, number: BookingNumber):
    booking = own_booking(request, number)
    if booking.status in (Booking.Status.CONFIRMED, Booking.Status.CANCELLED):
        raise HttpError(409, "결제가 끝났거나 취소된 예매는 선점을 해제할 수 없습니다.")
    services.release_hold(booking)
    booking.refresh_from_db(fields=["status"])
    if booking.status == Booking.Status.CONFIRMED:  # paid meanwhile
        raise HttpError(409, "결제가 끝났거나 취소된 예매는 선점을 해제할 수 없습니다.")
    return Status(204, None)


# --- booking detail -----------------------------------------------------------------------


class BookedSeatOut(Schema):
    label: str
    ticket_type: str
    price: int
    checked_in: bool


class PaymentOut(Schema):
    method: str
    amount: int
    voucher_amount: int
    status: str
    card_masked: str | None = None
    paid_at: datetime.datetime | None = None


class ShowtimeBriefOut(Schema):
    id: int
    movie: MovieOut
    theatre: TheatreOut
    screen: str
    starts_at: datetime.datetime


class RefundQuoteOut(Schema):
    allowed: bool
    percent: int
    reason: str


class BookingOut(Schema):
    number: str
    status: str
    status_label: str
    showtime: ShowtimeBriefOut
    seats: list[BookedSeatOut]
    seat_count: int
    total: int
    held_until: datetime.datetime | None
    confirmed_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    payments: list[PaymentOut]
    refund: RefundQuoteOut | None = Field(None, description="지금 취소할 때의 환불 규정")
    ticket_token: str | None = Field(None, description="모바일 티켓 QR 코드 내용 (예매 완료 시)")


@router.get("/bookings/{number}", response={200: BookingOut, 401: ErrorOut, 404: ErrorOut},
            tags=["예매"], summary="내 예매 상세")
def booking_detail(request, number: BookingNumber):
    booking = own_booking(request, number)
    showtime = booking.showtime
    confirmed = booking.status == Booking.Status.CONFIRMED
    quote = services.refund_quote(booking) if confirmed else None
    return {
        "number": booking.number,
        "status": booking.status,
        "status_label": booking.get_status_display(),
        "showtime": {"id": showtime.pk, "movie": movie_body(showtime.movie),
                     "theatre": {"code": showtime.screen.theatre.code,
                                 "name": showtime.screen.theatre.name,
                                 "region": showtime.screen.theatre.region},
                     "screen": showtime.screen.name, "starts_at": local(showtime.starts_at)},
        "seats": [{"label": c.seat.label, "ticket_type": c.ticket_type, "price": c.price,
                   "checked_in": c.checked_in_at is not None} for c in claims(booking)],
        "seat_count": booking.seat_count,
        "total": booking.total,
        "held_until": local(booking.held_until) if booking.status == Booking.Status.HELD else None,
        "confirmed_at": local(booking.confirmed_at),
        "cancelled_at": local(booking.cancelled_at),
        "payments": [{"method": p.method, "amount": p.amount, "voucher_amount": p.voucher_amount,
                      "status": p.status, "card_masked": p.card_masked or None,
                      "paid_at": local(p.paid_at)}
                     for p in booking.payments.select_related("member__data_key")
                     .order_by("created_at", "pk")],
        "refund": quote and {"allowed": quote.allowed, "percent": quote.percent,
                             "reason": quote.reason},
        "ticket_token": services.ticket_token(booking) if confirmed else None,
    }

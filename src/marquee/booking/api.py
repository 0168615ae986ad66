"""Booking API: showtimes, seat maps, holds, booking detail, payment, cancellation and
staff check-in (B1–B5). Thin: every rule lives in the services; this module parses,
looks up the caller's own rows, and shapes the answers.

The NinjaAPI instance, its authentication default (member session) and the one
exception handler that turns every ``marquee.errors.ServiceError`` into 4xx JSON live in
``marquee/api.py``.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Annotated, Literal

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.errors import AuthorizationError, HttpError
from ninja.security import SessionAuthIsStaff
from pydantic import AfterValidator, ConfigDict, StrictInt, StrictStr, StringConstraints

from marquee.payments import services as payments
from marquee.payments.gateway import RefundAccount

from . import age, catalogue, seating, services
from .models import Booking, Movie, Seat, SeatClaim, Showtime

router = Router()

# --- authentication -----------------------------------------------------------------------


class StaffSessionAuth(SessionAuthIsStaff):
    """A staff session (ninja's SessionAuthIsStaff, CSRF-checked). A signed-in member who
    is not staff gets 403 rather than 401: logging in again would not help."""

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        if user is None and request.user.is_authenticated:
            raise AuthorizationError(message="직원 계정만 이용할 수 있습니다.")
        return user


staff_auth = StaffSessionAuth()

# --- input types --------------------------------------------------------------------------

MAX_DB_INT = 2**31 - 1  # beyond this, SQLite/PostgreSQL raise instead of finding nothing
NUMBER_RE = re.compile(r"[%s]{4}-[%s]{4}-[%s]{4}" % ((services.NUMBER_ALPHABET,) * 3))


def _plain_text(value: str) -> str:
    """Refuse what cannot be stored or encrypted: control characters and lone surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("사용할 수 없는 문자가 있습니다.") from None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("제어 문자는 사용할 수 없습니다.")
    return value


def _text(max_length: int, *, min_length: int = 0, pattern: str | None = None):
    return Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=min_length,
                                                  max_length=max_length, pattern=pattern),
                     AfterValidator(_plain_text)]


ShowtimeId = Annotated[int, Path(ge=1, le=MAX_DB_INT, description="상영 회차 ID")]
BookingNumber = Annotated[str, Path(max_length=20, description="예매번호 (예: 7KQ2-M9XH-4T3B)")]
SeatLabel = _text(8, min_length=1)
TicketCount = Annotated[StrictInt, Field(ge=0, le=services.MAX_SEATS)]
VoucherCode = _text(40, min_length=1, pattern=r"^[A-Za-z0-9\- ]+$")


class StrictSchema(Schema):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(Schema):
    """The body of every refusal (``marquee.errors.ServiceError.body``)."""

    detail: str = Field(description="사용자에게 보여 줄 한국어 메시지")
    code: str | None = Field(None, description="오류 종류 (예: seats_taken, refund_account_required)")


class SeatsTakenOut(ErrorOut):
    seats: list[str] = Field(description="요청한 좌석 중 이미 선택되었거나 판매된 좌석")
    unavailable: list[str] = Field(
        default_factory=list,
        description="지금 다른 고객이 선점했거나 판매된 이 회차의 모든 좌석 "
                    "(배치도를 다시 받지 않고 좌석 상태를 갱신할 수 있습니다)")


class FieldErrorOut(Schema):
    field: str
    source: str
    message: str
    type: str


class ValidationErrorOut(ErrorOut):
    errors: list[FieldErrorOut]


# --- showtimes ----------------------------------------------------------------------------


class MovieOut(Schema):
    title: str
    rating: str = Field(description="all, 12, 15, 19")
    rating_label: str
    running_minutes: int


class TheatreOut(Schema):
    code: str
    name: str
    region: str


class PricesOut(Schema):
    adult: int | None = None
    youth: int | None = None
    senior: int | None = None


class ShowtimeOut(Schema):
    id: int
    movie: MovieOut
    theatre: TheatreOut
    screen: str
    starts_at: datetime.datetime = Field(description="한국 표준시(+09:00)")
    ends_at: datetime.datetime
    prices: PricesOut
    seats_left: int


class ShowtimeFilter(Schema):
    date: datetime.date | None = Field(None, description="상영일 YYYY-MM-DD (기본: 오늘)")
    theatre: Annotated[str, StringConstraints(max_length=10, pattern=r"^[A-Za-z0-9_-]+$")] | None = (
        Field(None, description="극장 코드"))


def _local(moment: datetime.datetime | None) -> datetime.datetime | None:
    return None if moment is None else timezone.localtime(moment)


def _movie(movie: Movie) -> dict:
    return {"title": movie.title, "rating": movie.rating, "rating_label": movie.get_rating_display(),
            "running_minutes": movie.running_minutes}


@router.get("/showtimes", response=list[ShowtimeOut], auth=None, tags=["상영"],
            summary="상영 회차 목록",
            description="해당 날짜(한국 시간)에 아직 시작하지 않은 판매 중 회차와 남은 좌석 수.")
def list_showtimes(request, filters: Query[ShowtimeFilter]):
    day = filters.date or timezone.localdate()
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    end = start + datetime.timedelta(days=1)
    sellable = Seat.objects.filter(screen=OuterRef("screen")).exclude(kind=Seat.Kind.BLOCKED) \
        .order_by().values("screen").annotate(n=Count("pk")).values("n")
    live = SeatClaim.objects.filter(SeatClaim.live_q(), showtime=OuterRef("pk")) \
        .order_by().values("showtime").annotate(n=Count("pk")).values("n")
    showtimes = (Showtime.objects
                 .filter(starts_at__gte=max(start, timezone.now()), starts_at__lt=end, on_sale=True)
                 .select_related("movie", "screen__theatre").prefetch_related("prices")
                 .annotate(sellable=Coalesce(Subquery(sellable, output_field=IntegerField()),
                                             Value(0)),
                           live=Coalesce(Subquery(live, output_field=IntegerField()), Value(0)))
                 .order_by("starts_at", "pk"))
    if filters.theatre:
        showtimes = showtimes.filter(screen__theatre__code__iexact=filters.theatre)
    return [{
        "id": s.pk,
        "movie": _movie(s.movie),
        "theatre": {"code": s.screen.theatre.code, "name": s.screen.theatre.name,
                    "region": s.screen.theatre.region},
        "screen": s.screen.name,
        "starts_at": _local(s.starts_at),
        "ends_at": _local(s.ends_at),
        "prices": services.showtime_prices(s),
        "seats_left": max(0, s.sellable - s.live),
    } for s in showtimes]


def _showtime(showtime_id: int) -> Showtime:
    showtime = catalogue.showtime(showtime_id)
    if showtime is None:
        raise HttpError(404, "상영 회차를 찾을 수 없습니다.")
    return showtime


# --- seat map -----------------------------------------------------------------------------


class SeatOut(Schema):
    label: str
    column: int = Field(description="0부터 세는 격자 열 (통로 포함)")
    kind: Literal["normal", "couple", "wheelchair", "companion", "blocked"]
    state: Literal["free", "held", "sold", "blocked", "mine"]
    pair: str | None = Field(None, description="커플석 단위 ID: 같은 값의 두 좌석은 함께 선택")


class SeatRowOut(Schema):
    label: str
    seats: list[SeatOut]


class SeatMapOut(Schema):
    showtime_id: int
    rows: list[SeatRowOut]
    width: int
    max_seats: int
    hold_minutes: int
    age_notice: str
    age_allowed: bool = Field(description="로그인한 회원이 이 등급을 예매할 수 있는지")


def _seat_fragments(index: seating.ScreenSeats) -> list[tuple[str, list]]:
    """The seat map's JSON, cut around each seat's state, once per screen layout.

    During an on-sale rush the seat map is the most requested page; validating 500 seat
    objects through the response schema on every request cost more than everything
    else in it. The shape is exactly ``SeatMapOut``'s (a test compares the two).
    """
    rows = []
    for label, places in index.rows.items():
        cells = []
        for place in places:
            seat = place.seat
            if seat is None:
                continue
            head = json.dumps({"label": seat.label, "column": seat.column, "kind": seat.kind},
                              ensure_ascii=False)[:-1] + ', "state": "'
            tail = '", "pair": ' + json.dumps(seat.pair or None) + "}"
            cells.append((place, head, tail))
        rows.append(('{"label": ' + json.dumps(label, ensure_ascii=False) + ', "seats": [',
                     cells))
    return rows


@router.get("/showtimes/{showtime_id}/seats",
            response={200: SeatMapOut, 404: ErrorOut, 422: ValidationErrorOut},
            auth=None, tags=["상영"], summary="좌석 배치도와 좌석 상태",
            description="로그인한 회원에게는 자신이 선점한 좌석이 mine으로 보입니다.")
def seat_map(request, showtime_id: ShowtimeId):
    showtime = _showtime(showtime_id)
    member = request.user if request.user.is_authenticated else None
    states = services.seat_states(showtime, for_member=member)
    if member is not None:
        decision = services.age_check(member, showtime)
    else:
        decision = age.decide(showtime.movie.rating, None, timezone.localdate())
    index = seating.screen_seats(showtime.screen)
    place_state = seating.place_state
    rows = ",".join(
        head + ",".join(seat_head + place_state(place, states) + seat_tail
                        for place, seat_head, seat_tail in cells) + "]}"
        for head, cells in index.derived("api_seat_map", _seat_fragments))
    rest = json.dumps({
        "width": index.width if rows else 0,
        "max_seats": services.MAX_SEATS,
        "hold_minutes": services.hold_minutes(),
        "age_notice": decision.notice,
        "age_allowed": decision.allowed,
    }, ensure_ascii=False)
    body = f'{{"showtime_id": {showtime.pk}, "rows": [{rows}], {rest[1:]}'
    return HttpResponse(body, content_type="application/json; charset=utf-8")


# --- holds --------------------------------------------------------------------------------


class HoldIn(StrictSchema):
    seats: list[SeatLabel] = Field(max_length=4 * services.MAX_SEATS,
                                   description='좌석 라벨 (예: ["C5", "C6"]); 커플석은 두 좌석 모두')
    tickets: dict[Literal["adult", "youth", "senior"], TicketCount] = Field(
        description='관람객 유형별 인원 (예: {"adult": 2}); 합계가 좌석 수와 같아야 합니다')


class HoldOut(Schema):
    number: str
    status: str
    held_until: datetime.datetime
    total: int
    seats: list[str]


def _claims(booking: Booking):
    return booking.claims.select_related("seat").order_by("seat__row_index", "seat__column")


@router.post("/showtimes/{showtime_id}/holds",
             response={201: HoldOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut,
                       409: SeatsTakenOut, 422: ValidationErrorOut},
             tags=["예매"], summary="좌석 선점",
             description="좌석을 선점합니다(기본 10분). 같은 회차의 이전 선점은 새 선점으로 바뀝니다.")
def hold_seats(request, showtime_id: ShowtimeId, payload: HoldIn):
    showtime = _showtime(showtime_id)
    booking = services.hold_seats(request.auth, showtime,
                                  services.SeatRequest(tuple(payload.seats), dict(payload.tickets)))
    return Status(201, {"number": booking.number, "status": booking.status,
                 "held_until": _local(booking.held_until), "total": booking.total,
                 "seats": [c.seat.label for c in _claims(booking)]})


def _own_booking(request, number: str) -> Booking:
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
    booking = _own_booking(request, number)
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
    booking = _own_booking(request, number)
    showtime = booking.showtime
    confirmed = booking.status == Booking.Status.CONFIRMED
    quote = services.refund_quote(booking) if confirmed else None
    return {
        "number": booking.number,
        "status": booking.status,
        "status_label": booking.get_status_display(),
        "showtime": {"id": showtime.pk, "movie": _movie(showtime.movie),
                     "theatre": {"code": showtime.screen.theatre.code,
                                 "name": showtime.screen.theatre.name,
                                 "region": showtime.screen.theatre.region},
                     "screen": showtime.screen.name, "starts_at": _local(showtime.starts_at)},
        "seats": [{"label": c.seat.label, "ticket_type": c.ticket_type, "price": c.price,
                   "checked_in": c.checked_in_at is not None} for c in _claims(booking)],
        "seat_count": booking.seat_count,
        "total": booking.total,
        "held_until": _local(booking.held_until) if booking.status == Booking.Status.HELD else None,
        "confirmed_at": _local(booking.confirmed_at),
        "cancelled_at": _local(booking.cancelled_at),
        "payments": [{"method": p.method, "amount": p.amount, "voucher_amount": p.voucher_amount,
                      "status": p.status, "card_masked": p.card_masked or None,
                      "paid_at": _local(p.paid_at)}
                     for p in booking.payments.select_related("member__data_key")
                     .order_by("created_at", "pk")],
        "refund": quote and {"allowed": quote.allowed, "percent": quote.percent,
                             "reason": quote.reason},
        "ticket_token": services.ticket_token(booking) if confirmed else None,
    }


# --- payment ------------------------------------------------------------------------------


class PaymentIn(StrictSchema):
    method: Literal["card", "mobile", "virtual_account"]
    vouchers: list[VoucherCode] = Field(default_factory=list, max_length=10,
                                        description="예매권 번호 (여러 장 가능)")


class PaymentStartOut(Schema):
    payment_id: str
    amount: int = Field(description="결제 대행사로 결제할 금액 (예매권 사용분 제외)")
    voucher_amount: int
    gateway: str
    params: dict = Field(description="결제 창을 여는 데 필요한 값 (PaymentRequest.params)")
    confirmed: bool = Field(description="예매권으로 전액 결제되어 예매가 완료되었는지")


@router.post("/bookings/{number}/payments",
             response={201: PaymentStartOut, 400: ErrorOut, 401: ErrorOut, 404: ErrorOut,
                       409: ErrorOut, 422: ValidationErrorOut},
             tags=["결제"], summary="결제 시작",
             description="선점한 예매의 결제를 시작합니다. 예매권이 금액 전체를 덮으면 바로 예매가 "
                         "완료되고(confirmed=true), 아니면 params로 결제 창을 엽니다.")
def start_payment(request, number: BookingNumber, payload: PaymentIn):
    booking = _own_booking(request, number)
    if booking.status == Booking.Status.CONFIRMED:
        raise HttpError(409, "이미 결제가 완료된 예매입니다.")
    start = payments.start_payment(booking, request.auth, payload.method, payload.vouchers)
    payment = start.payment
    return Status(201, {"payment_id": payment.payment_id, "amount": payment.amount,
                 "voucher_amount": payment.voucher_amount, "gateway": payment.gateway,
                 "params": dict(start.request.params) if start.request else {},
                 "confirmed": start.request is None})


# --- cancellation -------------------------------------------------------------------------


class RefundAccountIn(StrictSchema):
    bank: _text(30, min_length=1)
    number: _text(30, min_length=1, pattern=r"^[0-9][0-9-]*$")
    holder: _text(50, min_length=1)


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
    booking = _own_booking(request, number)
    account = payload.refund_account if payload else None
    refunds = payments.cancel_booking(
        booking, request.auth,
        refund_account=RefundAccount(account.bank, account.number, account.holder)
        if account else None)
    booking.refresh_from_db(fields=["status"])
    return {"number": booking.number, "status": booking.status,
            "refunds": [{"amount": r.amount, "status": r.status, "route": r.route}
                        for r in refunds]}


# --- check-in (staff) ---------------------------------------------------------------------


class CheckInIn(StrictSchema):
    token: _text(500, min_length=1)


class CheckInOut(Schema):
    number: str
    admitted: int
    already: bool
    seats: list[str]


@router.post("/checkin", auth=staff_auth,
             response={200: CheckInOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut,
                       409: ErrorOut, 422: ValidationErrorOut},
             tags=["입장"], summary="모바일 티켓 입장 확인 (직원)",
             description="QR 코드의 토큰으로 한 번만 입장 처리합니다. 이미 입장한 티켓은 409.")
def check_in(request, payload: CheckInIn):
    result = services.check_in(payload.token)
    if result.already:
        raise HttpError(409, "이미 입장 처리된 티켓입니다.")
    booking = result.booking
    return {"number": booking.number, "admitted": result.admitted, "already": False,
            "seats": [c.seat.label for c in _claims(booking)]}


"""Showtimes and seat maps (B1): public, read-only, and the most requested endpoints
during an on-sale rush."""

from __future__ import annotations

import datetime
import json
from typing import Annotated, Literal

from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import StringConstraints

from marquee.waitingroom import api as waitingroom

from .. import age, catalogue, seating, services
from ..models import Seat, SeatClaim, Showtime
from .schemas import (
    ErrorOut,
    IsoDate,
    MovieOut,
    PricesOut,
    ShowtimeId,
    TheatreOut,
    ValidationErrorOut,
    local,
    movie_body,
)

router = Router()


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
    date: IsoDate | None = Field(None, description="상영일 YYYY-MM-DD (기본: 오늘)")
    theatre: Annotated[str, StringConstraints(max_length=10, pattern=r"^[A-Za-z0-9_-]+$")] | None = (
        Field(None, description="극장 코드"))


@router.get("/showtimes", response={200: list[ShowtimeOut], 422: ValidationErrorOut}, auth=None, tags=["상영"],
            summary="상영 회차 목록",
            description="해당 날짜(한국 시간)에 아직 시작하지 않은 판매 중 회차와 남은 좌석 수.")
def list_showtimes(request, filters: Query[ShowtimeFilter]):
    day = filters.date or timezone.localdate()
    if not 1 < day.year < 9999:  # no showtimes there, and the day's bounds would overflow
        return []
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
        "movie": movie_body(s.movie),
        "theatre": {"code": s.screen.theatre.code, "name": s.screen.theatre.name,
                    "region": s.screen.theatre.region},
        "screen": s.screen.name,
        "starts_at": local(s.starts_at),
        "ends_at": local(s.ends_at),
        "prices": services.showtime_prices(s),
        "seats_left": max(0, s.sellable - s.live),
    } for s in showtimes]


def queue_refusal(gate: str, showtime: Showtime) -> JsonResponse:
    """B6: 409 while the showtime is gated and the caller has no valid pass; the body says
    where to queue (``GET status`` joins and polls; its pass goes in ``X-Marquee-Pass``)."""
    queue = waitingroom.queue_url(gate)
    return JsonResponse({
        "detail": "예매 대기열을 거쳐야 합니다. 대기 순서가 되면 입장권이 발급됩니다.",
        "code": "waiting_room", "seats": [], "unavailable": [], "queue": queue, "status": f"{queue}status",
        "next": reverse("booking:seat_map", args=[showtime.pk])}, status=409)


def showtime_or_404(showtime_id: int) -> Showtime:
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
            response={200: SeatMapOut, 404: ErrorOut, 409: ErrorOut, 422: ValidationErrorOut},
            auth=None, tags=["상영"], summary="좌석 배치도와 좌석 상태",
            description="로그인한 회원에게는 자신이 선점한 좌석이 mine으로 보입니다.")
def seat_map(request, showtime_id: ShowtimeId):
    showtime = showtime_or_404(showtime_id)
    if gate := waitingroom.must_queue(request, showtime.pk, count_demand=True):
        return queue_refusal(gate, showtime)
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

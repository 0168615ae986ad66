"""Showtimes and seat maps (B1): public, read-only, and the most requested endpoints
during an on-sale rush."""

from __future__ import annotations

import datetime
import json
from typing import Annotated, Literal

from django.core.cache import cache
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import HttpResponse, HttpResponseNotModified, JsonResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import StringConstraints

from marquee.waitingroom import answers, identity
from marquee.waitingroom import api as waitingroom

from .. import age, catalogue, seating, selectors, services, versions
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
MAP_CACHE_SECONDS = 60


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


def queue_refusal(request, gate: str, showtime: Showtime) -> JsonResponse:
    """B6: 409 while the showtime is gated and the caller has no valid pass (the same
    answer as the fast path's arrival: ``waitingroom.answers.refusal``); a signed-in
    caller has joined already and gets their queue identity for the next arrival."""
    response = answers.refusal(gate, showtime.pk, waitingroom.queue_ticket(request, gate))
    return identity.remember(request, response)


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
    version: int = Field(description="좌석 배치도 버전 (ETag와 같음; 변경분 요청의 since)")


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


def _states_and_rows(showtime: Showtime, tag: versions.Tag, member_pk: int | None):
    """The map's states and its rows' JSON, built once per seat-map version (Django's
    cache; a member with a live hold here gets their seats as "mine", rendered for them)."""
    key = f"marquee:seatmap:{showtime.pk}:{tag.key}"
    cached = cache.get(key)
    if cached is None:
        states, holders = selectors.public_states(showtime)
        cached = (_render_rows(showtime, states), states, holders)
        cache.set(key, cached, timeout=MAP_CACHE_SECONDS)
    rows, states, holders = cached
    mine = holders.get(member_pk) if member_pk is not None else None
    if mine:
        states = {**states, **dict.fromkeys(mine, "mine")}
        rows = _render_rows(showtime, states)
    return states, rows


def _render_rows(showtime: Showtime, states: dict[int, str]) -> str:
    index = seating.screen_seats(showtime.screen)
    place_state = seating.place_state
    return ",".join(
        head + ",".join(seat_head + place_state(place, states) + seat_tail
                        for place, seat_head, seat_tail in cells) + "]}"
        for head, cells in index.derived("api_seat_map", _seat_fragments))


def _versioned(request, showtime_id: int):
    """(showtime, member, tag, ETag, early answer or None): the waiting room's 409 (B6),
    or 304 when the caller's ETag is current."""
    showtime = showtime_or_404(showtime_id)
    member = request.user if request.user.is_authenticated else None
    if gate := waitingroom.must_queue(request, showtime.pk, count_demand=True):
        return showtime, member, None, "", queue_refusal(request, gate, showtime)
    tag = versions.tag(showtime.pk)
    etag = tag.etag(member.pk if member else None)
    early = None
    if etag in {t.strip() for t in request.headers.get("If-None-Match", "").split(",")}:
        early = identity.remember(request, _version_headers(HttpResponseNotModified(), tag,
                                                            etag))
    return showtime, member, tag, etag, early


def _version_headers(response, tag: versions.Tag, etag: str):
    response["ETag"] = etag
    response["X-Seat-Map-Version"] = str(tag.version)
    response["Cache-Control"] = "private, no-cache"  # revalidate every time: 304 is cheap
    patch_vary_headers(response, ["Cookie"])
    return response


@router.get("/showtimes/{showtime_id}/seats",
            response={200: SeatMapOut, 304: None, 404: ErrorOut, 409: ErrorOut,
                      422: ValidationErrorOut},
            auth=None, tags=["상영"], summary="좌석 배치도와 좌석 상태",
            description="로그인한 회원에게는 자신이 선점한 좌석이 mine으로 보입니다. ETag(좌석 "
                        "배치도 버전)와 If-None-Match로 바뀌지 않았으면 304를 답합니다.")
def seat_map(request, showtime_id: ShowtimeId):
    showtime, member, tag, etag, early = _versioned(request, showtime_id)
    if early is not None:
        return early
    _states, rows = _states_and_rows(showtime, tag, member.pk if member else None)
    if member is not None:
        decision = services.age_check(member, showtime)
    else:
        decision = age.decide(showtime.movie.rating, None, timezone.localdate())
    index = seating.screen_seats(showtime.screen)
    rest = json.dumps({
        "width": index.width if rows else 0,
        "max_seats": services.MAX_SEATS,
        "hold_minutes": services.hold_minutes(),
        "age_notice": decision.notice,
        "age_allowed": decision.allowed,
        "version": tag.version,
    }, ensure_ascii=False)
    body = f'{{"showtime_id": {showtime.pk}, "rows": [{rows}], {rest[1:]}'
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    return identity.remember(request, _version_headers(response, tag, etag))


class SeatChangeOut(Schema):
    label: str
    state: Literal["free", "held", "sold", "blocked", "mine"]


class SeatChangesOut(Schema):
    showtime_id: int
    version: int = Field(description="지금의 좌석 배치도 버전 (다음 요청의 since)")
    full: bool = Field(description="true: since가 너무 오래되어 seats가 모든 좌석입니다")
    seats: list[SeatChangeOut]


class SinceQuery(Schema):
    since: int = Field(ge=0, le=2**62, description="클라이언트가 가진 좌석 배치도 버전")


@router.get("/showtimes/{showtime_id}/seats/changes",
            response={200: SeatChangesOut, 304: None, 404: ErrorOut, 409: ErrorOut,
                      422: ValidationErrorOut},
            auth=None, tags=["상영"], summary="좌석 상태 변경분",
            description="since 버전 이후 상태가 바뀐 좌석만 답합니다(바뀐 것이 없으면 빈 목록, "
                        "If-None-Match가 맞으면 304).")
def seat_changes(request, showtime_id: ShowtimeId, query: Query[SinceQuery]):
    showtime, member, tag, etag, early = _versioned(request, showtime_id)
    if early is not None:
        return early
    states, _rows = _states_and_rows(showtime, tag, member.pk if member else None)
    changed = versions.changed_since(showtime.pk, query.since, tag)
    index = seating.screen_seats(showtime.screen)
    seats = [{"label": place.seat.label, "state": seating.place_state(place, states)}
             for places in index.rows.values() for place in places
             if place.seat is not None and (changed is None or place.seat.pk in changed)]
    response = JsonResponse({"showtime_id": showtime.pk, "version": tag.version,
                             "full": changed is None, "seats": seats})
    return _version_headers(response, tag, etag)

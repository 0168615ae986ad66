"""Booking services: seat maps, holds, confirmation, cancellation policy, check-in.

Transaction boundaries and the concurrency rule live here. A hold is an INSERT of
one ``SeatClaim`` per seat under a unique (showtime, seat) constraint: whoever
inserts first wins, on PostgreSQL under any concurrency and on SQLite, and the loser
gets ``SeatsTaken``. Expired claims are deleted by the next writer inside the same
transaction, so no cleaner needs to run first.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from marquee import compiled
from marquee.errors import ServiceError

from . import age, bestseats, holdhook, holdsql, seating, versions
from .layout import parse_layout
from .models import Booking, FavouriteTheatre, Screen, Seat, SeatClaim, Showtime, TicketType
from .orphans import orphan_seats as find_orphans
from .sale import confirm  # noqa: F401 - the service API's name for a sale

MAX_SEATS = 8
NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I
TICKET_SALT = "marquee.booking.ticket"


def decision_page(key: str) -> str:
    """Where an automated refusal points (L5.2): the declared decision's explanation."""
    return f"{reverse('policy:decisions')}#decision-{key}"


class BookingError(ServiceError):
    """A booking rule refused the request; the message is shown as is."""

    code = "booking_refused"


class SeatsTaken(BookingError):
    """``labels``: the requested seats that are gone; ``unavailable``: every seat of the
    showtime held or sold by someone else right now, so a client can redraw its map
    from the refusal instead of fetching it again."""

    status = 409
    code = "seats_taken"

    def __init__(self, labels, unavailable=(), suggestion=()):
        self.labels = sorted(labels)
        self.unavailable = sorted(unavailable)
        self.suggestion = list(suggestion)
        message = f"이미 선택되었거나 판매된 좌석입니다: {', '.join(self.labels)}"
        if self.suggestion:
            message += f". 가까운 빈 좌석: {', '.join(self.suggestion)}"
        super().__init__(message, seats=self.labels, unavailable=self.unavailable,
                         suggestion=self.suggestion)


class TooManyHolds(BookingError):
    """The member already holds seats in as many other showtimes as allowed (B7). The
    body has the 409 shape of ``SeatsTaken`` (no seat is taken: empty lists)."""

    status = 409
    code = "too_many_holds"

    def __init__(self, limit: int):
        super().__init__(f"좌석 선점은 동시에 {limit}개 회차까지 할 수 있습니다. 다른 회차의 "
                         "선점을 결제하거나 취소한 뒤 다시 선택하세요.", seats=[], unavailable=[])


class NoBlock(BookingError):
    """No block of the asked size is free side by side (B2 best available); the body's
    ``unavailable`` (as ``SeatsTaken``'s) lets the member pick from a map redrawn from it."""

    status = 409
    code = "no_block"

    def __init__(self, count: int, unavailable=()):
        super().__init__(f"나란히 붙은 빈 좌석 {count}석이 없습니다. 좌석을 직접 골라 주세요.",
                         seats=[], unavailable=sorted(unavailable), suggestion=[])


def hold_minutes() -> int:
    return settings.MARQUEE_HOLD_MINUTES


def max_held_showtimes() -> int:
    """How many showtimes one member may hold seats in at a time (B7); a scalper holding
    8 seats in each of 13 showtimes, renewed every 10 minutes, is what this stops."""
    return settings.MARQUEE_MAX_HELD_SHOWTIMES


def _check_hold_cap(member, showtime: Showtime, now) -> list[Booking]:
    """Inside the hold's transaction. The member's row is locked first, so two parallel
    holds by one member are decided one after the other (PostgreSQL row lock; SQLite
    serialises writers anyway); a new selection in a showtime already held replaces
    that hold and does not count. Returns the member's holds in this showtime (live or
    lapsed: the new selection replaces them), found in the same query as the count."""
    here, others = [], set()
    for pk, showtime_id, live in holdsql.lock_member_and_read_holds(member, showtime.pk, now):
        if showtime_id == showtime.pk:
            here.append(Booking(pk=pk, status=Booking.Status.HELD))
        elif live:
            others.add(showtime_id)
    limit = max_held_showtimes()
    if len(others) >= limit:
        raise TooManyHolds(limit)
    return here


def new_booking_number() -> str:
    """60 random bits in groups: ``7KQ2-M9XH-4T3B``. Unguessable, easy to read aloud."""
    raw = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(12))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


# --- catalogue -------------------------------------------------------------------------


@transaction.atomic
def save_screen_layout(screen: Screen, text: str) -> Screen:
    """Parse a pasted layout and materialise its seats (refused if a seat with sales
    would disappear)."""
    layout = parse_layout(text)
    screen.layout = layout.to_json()
    screen.save()
    wanted = {(s.row, s.number): s for s in layout.seats}
    row_index = {label: i for i, label in enumerate(layout.rows)}
    existing = {(s.row, s.number): s for s in screen.seats.all()}
    gone = [s for key, s in existing.items() if key not in wanted]
    if gone and SeatClaim.objects.filter(seat__in=gone).exists():
        raise BookingError("판매·선점 이력이 있는 좌석은 배치도에서 뺄 수 없습니다. 판매 중지(x)로 바꾸세요.")
    Seat.objects.filter(pk__in=[s.pk for s in gone]).delete()
    for key, spec in wanted.items():
        seat = existing.get(key) or Seat(screen=screen, row=spec.row, number=spec.number)
        seat.column, seat.kind, seat.pair = spec.column, spec.kind, spec.pair or ""
        seat.row_index = row_index[spec.row]
        seat.save()
    return screen


def showtime_prices(showtime: Showtime) -> dict[str, int]:
    return {p.ticket_type: p.amount for p in showtime.prices.all()}


# --- holds -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeatRequest:
    labels: tuple[str, ...]
    tickets: dict[str, int]  # ticket type → count; must add up to len(labels)


def _check_sellable(showtime: Showtime, now) -> None:
    if not showtime.on_sale:
        raise BookingError("판매가 중지된 회차입니다.")
    if showtime.starts_at <= now:
        raise BookingError("이미 상영이 시작된 회차는 온라인으로 예매할 수 없습니다.")


def age_check(member, showtime: Showtime) -> age.AgeDecision:
    return age.decide(showtime.movie.rating, member.birthdate, timezone.localdate())


def _resolve_seats(showtime: Showtime, labels) -> list[Seat]:
    labels = [label.strip().upper() for label in labels]
    if not labels:
        raise BookingError("좌석을 선택하세요.")
    if len(set(labels)) != len(labels):
        raise BookingError("같은 좌석을 두 번 선택할 수 없습니다.")
    index = seating.screen_seats(showtime.screen)
    unknown = [label for label in labels if label not in index.by_label]
    if unknown:
        raise BookingError(f"이 상영관에 없는 좌석입니다: {', '.join(unknown)}")
    chosen = [index.by_label[label] for label in labels]
    blocked = [s.label for s in chosen if not s.sellable]
    if blocked:
        raise BookingError(f"판매하지 않는 좌석입니다: {', '.join(blocked)}")
    for pair in {s.pair for s in chosen if s.pair}:
        unit = index.units[pair]
        if not all(s in chosen for s in unit):
            raise BookingError("커플석은 두 좌석을 함께 선택해야 합니다: "
                               + ", ".join(s.label for s in unit))
    if len(chosen) > MAX_SEATS:
        raise BookingError(f"한 번에 최대 {MAX_SEATS}석까지 예매할 수 있습니다.")
    return chosen


def _ticket_plan(tickets: dict[str, int], count: int, prices: dict[str, int]) -> list[str]:
    plan = []
    for ticket_type in TicketType.values:
        n = int(tickets.get(ticket_type, 0) or 0)
        if n < 0 or n > MAX_SEATS:
            raise BookingError("인원 수가 올바르지 않습니다.")
        if n and ticket_type not in prices:
            raise BookingError(f"이 회차에는 {TicketType(ticket_type).label} 요금이 없습니다.")
        plan += [ticket_type] * n
    unknown = set(tickets) - set(TicketType.values)
    if unknown:
        raise BookingError("알 수 없는 관람객 유형입니다.")
    if len(plan) != count:
        raise BookingError(f"선택한 좌석 수({count})와 인원 수({len(plan)})가 다릅니다.")
    return plan


def hold_seats(member, showtime: Showtime, request: SeatRequest) -> Booking:
    """Hold seats for ``hold_minutes()``; raises SeatsTaken if anyone got there first."""
    now = timezone.now()
    _check_sellable(showtime, now)
    decision = age_check(member, showtime)
    if not decision.allowed:
        raise BookingError(decision.notice, decision_url=decision_page("age_gate"))
    # Claims are inserted in one global order (seat ID), so two requests for the same
    # seats listed in different orders wait on each other instead of deadlocking.
    seats = sorted(_resolve_seats(showtime, request.labels), key=lambda s: s.pk)
    prices = showtime_prices(showtime)
    plan = _ticket_plan(request.tickets, len(seats), prices)
    if showtime.screen.orphan_rule:
        _check_orphans(showtime, seats, now)
    # Most refusals in a rush are seats someone else has just taken: answer those from one
    # read, without a write transaction. Races past this read are still decided by the
    # unique constraint below. The member's own hold is about to be replaced, so it does
    # not count. The same read sees the lapsed holds on these seats, if any.
    claims = holdsql.claims_by_others(member.pk, showtime.pk, [s.pk for s in seats], now)
    taken = {pk for pk, live in claims.items() if live}
    if taken:
        raise _refusal(member, showtime, seats, taken, now)
    until = now + timedelta(minutes=hold_minutes())
    claimed = False
    try:
        with transaction.atomic():
            # One live hold per member per showtime: a new selection replaces the old.
            changed = {s.pk for s in seats}
            for old in _check_hold_cap(member, showtime, now):
                changed |= _expire(old)
            # Expired holds on these seats give way (no cleaner needed). Only when the read
            # above saw one (most holds: none, one statement less): a claim written after
            # it expires after ``now``, and should one not, the unique constraint refuses.
            if len(claims) > len(taken):
                SeatClaim.objects.filter(showtime=showtime, seat__in=seats,
                                         expires_at__lte=now).delete()
            booking = Booking(
                number=new_booking_number(), member=member, showtime=showtime,
                held_until=until, total=sum(prices[t] for t in plan), seat_count=len(seats))
            compiled.insert(booking)  # its text built once (issue 17)
            checks = age.gate_checks(plan, member.birthdate, timezone.localdate())
            compiled.insert(*[
                SeatClaim(showtime=showtime, seat=seat, booking=booking, ticket_type=t,
                          price=prices[t], expires_at=until, check_at_gate=check)
                for seat, t, check in zip(seats, plan, checks, strict=True)
            ])
            claimed = True
            versions.bump(showtime.pk, changed)  # its row lock is held until commit
            holdhook.run(booking)  # a hold that pays: the payment's start (paynow)
        # The answer lists the seats in map order; they are known, no need to read them back.
        booking.held_labels = [s.label for s in sorted(seats, key=lambda s: (s.row_index,
                                                                              s.column))]
    except IntegrityError:
        if claimed:  # not a seat: the payment's start or the version's record
            raise
        taken = set(SeatClaim.objects.filter(showtime=showtime, seat__in=seats).filter(
            SeatClaim.live_q()).values_list("seat_id", flat=True))
        raise _refusal(member, showtime, seats, taken or {s.pk for s in seats},
                       timezone.now()) from None
    return booking


def _taken_by_others(member, showtime: Showtime, now) -> set[int]:
    """Seat IDs of the showtime held or sold by anyone but the member's own current hold
    (plain SQL built once: ``holdsql``)."""
    return holdsql.taken_by_others(member.pk, showtime.pk, now)


def _refusal(member, showtime: Showtime, seats: list[Seat], taken: set[int], now) -> SeatsTaken:
    """The 409, with every unavailable seat and the best free block of the same size near
    the picked seats (one click takes it)."""
    index = seating.screen_seats(showtime.screen)
    unavailable = _taken_by_others(member, showtime, now) | taken
    block = bestseats.suggestion(showtime.screen, index, unavailable, seats,
                                 key=bestseats.spread_key(member.pk, showtime.pk))
    return SeatsTaken([s.label for s in seats if s.pk in taken],
                      [index.by_id[pk].label for pk in unavailable if pk in index.by_id],
                      [s.label for s in block or ()])


def hold_best(member, showtime: Showtime, tickets: dict[str, int], *,
              accessible: bool = False, attempts: int | None = None) -> Booking:
    """Hold one of the best free blocks for ``tickets`` (B2) in one request, chosen per
    member (``bestseats``' spreading); a seat taken meanwhile (the unique constraint
    decides): choose again among twice as many, up to ``MARQUEE_BEST_ATTEMPTS`` times."""
    count = sum(int(n or 0) for n in tickets.values())
    if not 1 <= count <= MAX_SEATS:
        raise BookingError(f"인원은 1명부터 {MAX_SEATS}명까지 선택할 수 있습니다.")
    index = seating.screen_seats(showtime.screen)
    for attempt in range(attempts := attempts or settings.MARQUEE_BEST_ATTEMPTS):
        taken = _taken_by_others(member, showtime, timezone.now())
        block = bestseats.best_block(
            showtime.screen, index, taken, count, accessible=accessible,
            spread=settings.MARQUEE_BEST_SPREAD * 2 ** min(attempt, 6),
            key=bestseats.spread_key(member.pk, showtime.pk, attempt))
        if block is None:
            raise NoBlock(count, [index.by_id[pk].label for pk in taken if pk in index.by_id])
        try:
            return hold_seats(member, showtime,
                              SeatRequest(tuple(s.label for s in block), tickets))
        except SeatsTaken:
            if attempt == attempts - 1:
                raise
    raise BookingError("좌석을 선택하세요.")  # attempts < 1


def _check_orphans(showtime: Showtime, seats: list[Seat], now) -> None:
    layout = parse_layout(showtime.screen.layout)
    by_id = seating.screen_seats(showtime.screen).by_id
    taken = {by_id[sid].label for sid in showtime.claims.filter(SeatClaim.live_q(now))
             .values_list("seat_id", flat=True)}
    orphans = find_orphans(layout, taken, {s.label for s in seats})
    if orphans:
        raise BookingError("한 좌석만 남게 되는 선택은 할 수 없습니다(사석 방지): "
                           + ", ".join(sorted(orphans)))


def _expire(booking: Booking) -> set[int]:
    """HELD → EXPIRED as a compare-and-swap: a booking confirmed at this very moment
    (its payment completing) is left alone, and so are its now-sold seats. Returns the
    seats it freed (the caller bumps the seat-map version, last in its transaction)."""
    if not Booking.objects.filter(pk=booking.pk, status=Booking.Status.HELD).update(
            status=Booking.Status.EXPIRED):
        return set()
    claims = SeatClaim.objects.filter(booking_id=booking.pk, expires_at__isnull=False)
    freed = set(claims.values_list("seat_id", flat=True))
    claims.delete()
    booking.status = Booking.Status.EXPIRED
    return freed


@transaction.atomic
def release_hold(booking: Booking) -> None:
    booking = Booking.objects.select_for_update().get(pk=booking.pk)
    if booking.status == Booking.Status.HELD:
        versions.bump(booking.showtime_id, _expire(booking))


# --- cancellation policy ---------------------------------------------------------------


@dataclass(frozen=True)
class RefundQuote:
    allowed: bool
    percent: int
    reason: str


def refund_quote(booking: Booking, now=None) -> RefundQuote:
    """Theatre policy: 100% until the cut-off, ``late_refund_percent`` until the start
    (0 = not online), nothing after the start."""
    now = now or timezone.now()
    if booking.status != Booking.Status.CONFIRMED:
        return RefundQuote(False, 0, "취소할 수 있는 예매가 아닙니다.")
    theatre = booking.showtime.screen.theatre
    start = booking.showtime.starts_at
    cutoff = start - timedelta(minutes=theatre.cancel_cutoff_minutes)
    if now <= cutoff:
        return RefundQuote(True, 100, f"상영 {theatre.cancel_cutoff_minutes}분 전까지 전액 환불됩니다.")
    if now < start and theatre.late_refund_percent:
        return RefundQuote(True, theatre.late_refund_percent,
                           f"상영 {theatre.cancel_cutoff_minutes}분 전이 지나 "
                           f"{theatre.late_refund_percent}%만 환불됩니다.")
    if now < start:
        return RefundQuote(False, 0, f"온라인 취소는 상영 {theatre.cancel_cutoff_minutes}분 전까지 "
                                     "가능합니다. 상영 전까지 극장 매표소에 문의하세요.")
    return RefundQuote(False, 0, "상영이 시작된 후에는 취소·환불할 수 없습니다.")


def mark_cancelled(booking: Booking) -> None:
    """Release the seats of a confirmed booking (inside the caller's transaction)."""
    freed = list(booking.claims.values_list("seat_id", flat=True))
    booking.claims.all().delete()
    versions.bump(booking.showtime_id, freed)
    booking.status = Booking.Status.CANCELLED
    booking.cancelled_at = timezone.now()
    booking.save(update_fields=["status", "cancelled_at"])


# --- tickets and check-in ---------------------------------------------------------------


def ticket_token(booking: Booking) -> str:
    """What the QR code carries: the booking number, signed so it cannot be forged."""
    return signing.dumps(booking.number, salt=TICKET_SALT, compress=False)


@dataclass(frozen=True)
class CheckIn:
    booking: Booking
    admitted: int
    already: bool


def check_in(token: str, *, screen_theatre=None) -> CheckIn:
    """Admit a ticket once: a compare-and-swap on ``checked_in_at``."""
    try:
        number = signing.loads(token, salt=TICKET_SALT)
    except signing.BadSignature:
        raise BookingError("유효하지 않은 티켓입니다.") from None
    booking = Booking.objects.select_related("showtime__movie", "showtime__screen__theatre").filter(
        number=number).first()
    if booking is None or booking.status != Booking.Status.CONFIRMED:
        raise BookingError("유효한 예매가 아닙니다(취소되었거나 존재하지 않음).")
    if screen_theatre is not None and booking.showtime.screen.theatre_id != screen_theatre.pk:
        raise BookingError("다른 극장의 티켓입니다.")
    now = timezone.now()
    if now > booking.showtime.ends_at:
        raise BookingError("상영이 끝난 티켓입니다.")
    admitted = booking.claims.filter(checked_in_at__isnull=True).update(checked_in_at=now)
    return CheckIn(booking=booking, admitted=admitted, already=admitted == 0)


# --- favourite theatres (optional item) --------------------------------------------------


@transaction.atomic
def set_favourites(member, theatres) -> None:
    """Rank up to five favourite theatres; an optional item, kept only with its consent."""
    from marquee.privacy.api import current_consents as current_state

    if not current_state(member).get("optional_profile"):
        raise BookingError("단골 극장은 선택 항목 수집·이용에 동의한 경우에만 등록할 수 있습니다.")
    theatres = list(dict.fromkeys(theatres))
    if len(theatres) > FavouriteTheatre.MAX:
        raise BookingError(f"단골 극장은 최대 {FavouriteTheatre.MAX}곳까지 등록할 수 있습니다.")
    FavouriteTheatre.objects.filter(member=member).delete()
    FavouriteTheatre.objects.bulk_create([
        FavouriteTheatre(member=member, theatre=t, rank=i) for i, t in enumerate(theatres, 1)])

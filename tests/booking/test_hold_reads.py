"""The hold's and the return's reads built once per process (issue 17, B2, B7, B4): the
plain SQL of ``booking.holdsql`` and the compiled ORM statements of ``marquee.compiled``
give what the ORM's queries they replace gave, in the cases that decide a seat; the
INSERTs whose text is built once (``compiled.insert``) store what ``save()`` stores."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from marquee import compiled
from marquee.booking import holdsql
from marquee.booking.models import Booking, Movie, SeatClaim, Showtime
from marquee.compiled import Compiled
from marquee.payments import reads
from marquee.payments.models import Payment
from tests.booking.conftest import hold, make_showtime

pytestmark = pytest.mark.django_db


def orm_others(member, showtime, seat_ids, now):
    """What ``_claims_by_others`` read before: the ORM's join and exclusion."""
    rows = (SeatClaim.objects.filter(showtime=showtime, seat__in=seat_ids)
            .exclude(booking__member=member, booking__status=Booking.Status.HELD)
            .values_list("seat_id", "expires_at"))
    return {seat: expires is None or expires > now for seat, expires in rows}


def orm_taken(member, showtime, now):
    return set(SeatClaim.objects.filter(showtime=showtime).filter(SeatClaim.live_q(now))
               .exclude(booking__member=member, booking__status=Booking.Status.HELD)
               .values_list("seat_id", flat=True))


def test_b2_the_seat_reads_match_the_orms_live_lapsed_sold_and_own(member, rival, showtime):
    own = hold(member, showtime, "C5")
    hold(rival, showtime, "C7", "C8")
    lapsed_owner = make_identity_member("박만료", "010-3030-4040", "lapsed")
    lapsed = hold(lapsed_owner, showtime, "E5")
    SeatClaim.objects.filter(booking=lapsed).update(expires_at=timezone.now() - timedelta(minutes=1))
    sold_owner = make_identity_member("최판매", "010-5050-6060", "sold")
    sold = hold(sold_owner, showtime, "B5")
    SeatClaim.objects.filter(booking=sold).update(expires_at=None)
    seats = {c.seat.label: c.seat_id for c in SeatClaim.objects.select_related("seat")}
    picked = sorted(seats.values())
    now = timezone.now()
    got = holdsql.claims_by_others(member.pk, showtime.pk, picked, now)
    assert got == orm_others(member, showtime, picked, now)
    assert got == {seats["C7"]: True, seats["C8"]: True, seats["E5"]: False, seats["B5"]: True}
    assert holdsql.taken_by_others(member.pk, showtime.pk, now) == orm_taken(member, showtime, now)
    assert holdsql.taken_by_others(member.pk, showtime.pk, now) == {
        seats["C7"], seats["C8"], seats["B5"]}
    # A rival sees the member's own hold as taken.
    assert seats["C5"] in holdsql.taken_by_others(rival.pk, showtime.pk, now)
    assert own.pk not in {b for b, *_ in holdsql.lock_member_and_read_holds(rival, showtime.pk, now)}


def test_b7_the_cap_reads_the_members_holds_here_and_live_ones_elsewhere(member, settings):
    settings.MARQUEE_MAX_HELD_SHOWTIMES = 5
    here, elsewhere, lapsed_elsewhere = (make_showtime(title=t) for t in ("가", "나", "다"))
    mine = hold(member, here, "C5")
    other = hold(member, elsewhere, "C5")
    gone = hold(member, lapsed_elsewhere, "C5")
    Booking.objects.filter(pk=gone.pk).update(held_until=timezone.now() - timedelta(minutes=1))
    Booking.objects.filter(pk=mine.pk).update(held_until=timezone.now() - timedelta(minutes=1))
    now = timezone.now()
    got = sorted(holdsql.lock_member_and_read_holds(member, here.pk, now))
    expected = sorted(
        (pk, showtime_id, until > now) for pk, showtime_id, until in
        Booking.objects.filter(member=member, status=Booking.Status.HELD)
        .filter(Q(showtime=here) | Q(held_until__gt=now))
        .values_list("pk", "showtime_id", "held_until"))
    assert got == expected == sorted([(mine.pk, here.pk, False), (other.pk, elsewhere.pk, True)])


def test_b4_the_compiled_payment_read_is_the_orms_and_only_the_members(member, rival, showtime):
    booking = hold(member, showtime, "C5")
    payment = Payment.objects.create(payment_id="pay_compiled", booking=booking, member=member,
                                     gateway="sandbox", method="card", amount=booking.total)
    got = reads.OWN_PAYMENT.get("pay_compiled", member.pk, booking.number)
    expected = Payment.objects.select_related(*reads.COMPLETION_RELATED).get(pk=payment.pk)
    for field in Payment._meta.concrete_fields:
        assert getattr(got, field.attname) == getattr(expected, field.attname)
    assert got.booking.showtime.screen.theatre.name == expected.booking.showtime.screen.theatre.name
    assert got.booking.showtime.movie.title == "서울의 밤" and not got._state.adding
    # Another member, another booking number, another payment: nothing.
    assert reads.OWN_PAYMENT.get("pay_compiled", rival.pk, booking.number) is None
    assert reads.OWN_PAYMENT.get("pay_compiled", member.pk, "XXXX-XXXX-XXXX") is None
    assert reads.OWN_PAYMENT.get("pay_other", member.pk, booking.number) is None


def test_b4_a_query_the_compiled_form_cannot_repeat_falls_back_to_the_orm(member, showtime):
    """A probe that does not reach the statement as it is (a time, adapted on its way)
    leaves the ORM to run the query; constants of the query stay as compiled."""
    booking = hold(member, showtime, "C5")
    by_time = Compiled(lambda until: Booking.objects.filter(held_until=until),
                       timezone.now() - timedelta(days=999))
    assert [b.pk for b in by_time.all(booking.held_until)] == [booking.pk]
    assert not by_time._plan(None).usable
    held = Compiled(lambda pk: Booking.objects.filter(pk=pk, status=Booking.Status.HELD), -9)
    assert held.get(booking.pk).pk == booking.pk and held._plan(None).usable
    Booking.objects.filter(pk=booking.pk).update(status=Booking.Status.EXPIRED)
    assert held.get(booking.pk) is None


def make_identity_member(name, mobile, login_id):
    from tests.conftest import make_identity, sign_up

    return sign_up(identity=make_identity(name=name, mobile=mobile), login_id=login_id)


def test_b4_p1_2_an_insert_built_once_stores_what_save_stores(member, showtime):
    """``compiled.insert`` against ``save()``: the same columns (defaults, the sealed card
    detail: ciphertext at rest, opened on reading), the key set, the unique constraint
    still deciding (B2)."""
    booking = hold(member, showtime, "C5")
    fast = Payment(payment_id="pay_fast", booking=booking, member=member, gateway="sandbox",
                   method="card", amount=14000, card_masked="4242-42**-****-4242")
    slow = Payment(payment_id="pay_slow", booking=booking, member=member, gateway="sandbox",
                   method="card", amount=14000, card_masked="4242-42**-****-4242")
    compiled.insert(fast)
    slow.save()
    assert fast.pk and not fast._state.adding and fast._state.db == "default"
    stored = {p["payment_id"]: p for p in Payment.objects.values()}
    differ = {"id", "vault_id", "payment_id", "card_masked", "created_at"}
    assert {k: v for k, v in stored["pay_fast"].items() if k not in differ} == {
        k: v for k, v in stored["pay_slow"].items() if k not in differ}
    assert stored["pay_fast"]["card_masked"].startswith("v1.")
    assert Payment.objects.get(pk=fast.pk).card_masked == "4242-42**-****-4242"
    # Several rows in one statement; a seat claimed twice is refused by the constraint.
    seat = booking.claims.get().seat
    claims = [SeatClaim(showtime=showtime, seat=s, booking=booking, price=1)
              for s in showtime.screen.seats.exclude(pk=seat.pk).order_by("pk")[:3]]
    compiled.insert(*claims)
    assert all(c.pk for c in claims) and booking.claims.count() == 4
    with pytest.raises(IntegrityError), transaction.atomic():
        compiled.insert(SeatClaim(showtime=showtime, seat=seat, booking=booking, price=1))


def test_an_insert_falls_back_to_save_for_a_model_with_save_signals(showtime):
    """The catalogue's models tell the per-process snapshot on ``post_save``: they keep
    ``save()``."""
    assert compiled._insert_plan(Showtime, "default") is None
    movie = Movie(title="신작", rating=Movie.Rating.ALL, running_minutes=90)
    compiled.insert(movie)
    assert Movie.objects.filter(pk=movie.pk, title="신작").exists()


def test_b2_the_seat_maps_states_match_the_orms(member, rival, showtime):
    from marquee.booking import selectors

    hold(member, showtime, "C5")
    sold = hold(rival, showtime, "C7", "C8")
    SeatClaim.objects.filter(booking=sold).update(expires_at=None)
    Booking.objects.filter(pk=sold.pk).update(status=Booking.Status.CONFIRMED)
    gone = hold(make_identity_member("박만료", "010-3030-4040", "lapsed"), showtime, "E5")
    SeatClaim.objects.filter(booking=gone).update(expires_at=timezone.now() - timedelta(minutes=1))
    states, holders = selectors.public_states(showtime)
    expected = {}
    for seat, expires, owner, status in (
            SeatClaim.objects.filter(showtime=showtime).filter(SeatClaim.live_q())
            .values_list("seat_id", "expires_at", "booking__member_id", "booking__status")):
        expected[seat] = "sold" if expires is None else "held"
        assert (seat in holders.get(owner, [])) == (status == Booking.Status.HELD)
    assert states == expected and sorted(states.values()) == ["held", "sold", "sold"]
    assert list(holders) == [member.pk]

"""The JSON API (django-ninja) at /api/: showtimes, seat maps, holds, payment,
cancellation and staff check-in (B1–B5). Every refusal is a 4xx JSON body with a
Korean ``detail`` and writes nothing; no input produces a 500."""

from __future__ import annotations

import json
import random
from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.booking import services
from marquee.booking.models import Booking, Movie, Screen, SeatClaim, Theatre
from marquee.members.models import Member
from marquee.payments import sandbox
from marquee.payments import services as payments
from marquee.payments.models import Payment, Refund, Voucher

from ..conftest import create_staff, make_identity, otp_session, sign_up, years_ago
from .conftest import LAYOUT, hold, make_showtime

pytestmark = pytest.mark.django_db(databases=["default", "archive"])  # signup checks archive blocks

CARD = "4111111111111111"  # passes the sandbox's Luhn check


# --- helpers ------------------------------------------------------------------------------


def send(client, method, url, body=None, *, raw=None):
    data = raw if raw is not None else ("" if body is None else json.dumps(body))
    return getattr(client, method)(url, data=data, content_type="application/json")


def post(client, url, body=None, *, raw=None):
    return send(client, "post", url, body, raw=raw)


def assert_error(response, status=None):
    """A 4xx JSON body with a Korean detail."""
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    if status is not None:
        assert response.status_code == status, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["detail"], str) and body["detail"]
    assert any("\uac00" <= ch <= "\ud7a3" for ch in body["detail"]), body["detail"]  # Korean
    return body


def counts():
    return (Booking.objects.count(), SeatClaim.objects.count(), Payment.objects.count(),
            Refund.objects.count())


def holds_url(showtime):
    return f"/api/showtimes/{showtime.pk}/holds"


def api_hold(client, showtime, *seats, tickets=None):
    response = post(client, holds_url(showtime),
                    {"seats": list(seats), "tickets": tickets or {"adult": len(seats)}})
    assert response.status_code == 201, response.content
    return response.json()["number"]


def api_confirm(client, showtime, *seats, method="card"):
    """Hold through the API, pay through the API and the sandbox PG window."""
    number = api_hold(client, showtime, *seats)
    response = post(client, f"/api/bookings/{number}/payments", {"method": method})
    assert response.status_code == 201, response.content
    payment_id = response.json()["payment_id"]
    sandbox.approve(payment_id, method=method, card_number=CARD, bank="국민은행")
    payments.complete_payment(payment_id, via="return")
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED
    return number


@pytest.fixture
def rival(db):
    return sign_up(identity=make_identity(name="김경쟁", mobile="010-2020-3030"), login_id="rival")


@pytest.fixture
def staff(db):
    """An usher: the cinema manager's role holds the check-in permission (P12.8)."""
    return create_staff("cinema_manager", login_id="usher01")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


# --- OpenAPI ------------------------------------------------------------------------------


def test_b1_openapi_json_loads_and_lists_the_paths(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Marquee API"
    assert {
        "/api/showtimes", "/api/showtimes/{showtime_id}/seats",
        "/api/showtimes/{showtime_id}/holds", "/api/bookings/{number}",
        "/api/bookings/{number}/hold", "/api/bookings/{number}/payments",
        "/api/bookings/{number}/cancel", "/api/checkin",
    } <= set(schema["paths"])
    assert "delete" in schema["paths"]["/api/bookings/{number}/hold"]


def test_b1_wrong_method_and_unknown_path_are_json(member_client):
    response = member_client.get("/api/checkin")
    body = assert_error(response, 405)
    assert response["Allow"] == "POST" and "요청 방식" in body["detail"]
    assert_error(member_client.get("/api/nothing/here"), 404)
    assert_error(member_client.post("/api/showtimes"), 405)


def test_b1_docs_page_is_served(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    assert b"openapi.json" in response.content
    # Swagger UI comes from our static files: the page works without the internet.
    assert b"cdn.jsdelivr.net" not in response.content
    assert b"/static/ninja/swagger-ui-bundle.js" in response.content


# --- showtimes ----------------------------------------------------------------------------


def test_b1_showtimes_by_date_and_theatre(client, showtime):
    theatre = Theatre.objects.create(code="BUSAN1", name="마키 서면", region="부산")
    screen = Screen(theatre=theatre, name="1관")
    services.save_screen_layout(screen, LAYOUT)
    other = make_showtime(screen=screen, title="부산행")
    later = make_showtime(starts_in=timedelta(days=3), title="다음 주 영화")
    day = timezone.localtime(showtime.starts_at).date().isoformat()

    listed = client.get(f"/api/showtimes?date={day}").json()
    assert [s["id"] for s in listed] == sorted([showtime.pk, other.pk],
                                               key=lambda pk: (pk != showtime.pk, pk))
    assert later.pk not in [s["id"] for s in listed]

    only_seoul = client.get(f"/api/showtimes?date={day}&theatre=SEOUL1").json()
    assert [s["id"] for s in only_seoul] == [showtime.pk]
    item = only_seoul[0]
    assert item["movie"] == {"title": "서울의 밤", "rating": "12",
                             "rating_label": "12세 이상 관람가", "running_minutes": 120}
    assert item["theatre"]["code"] == "SEOUL1" and item["screen"] == showtime.screen.name
    assert item["starts_at"].endswith("+09:00")
    assert item["prices"] == {"adult": 14000, "youth": 11000, "senior": 7000}
    # 60 seats in the layout, D5/D6 blocked.
    assert item["seats_left"] == 58
    assert client.get(f"/api/showtimes?date={day}&theatre=NOWHERE").json() == []


def test_b1_showtimes_default_to_today(client):
    soon = make_showtime(starts_in=timedelta(minutes=5))
    listed = [s["id"] for s in client.get("/api/showtimes").json()]
    assert (soon.pk in listed) == (timezone.localtime(soon.starts_at).date()
                                   == timezone.localdate())
    started = make_showtime(starts_in=timedelta(minutes=-5))
    day = timezone.localtime(started.starts_at).date().isoformat()
    assert started.pk not in [s["id"] for s in client.get(f"/api/showtimes?date={day}").json()]


def test_b2_seats_left_counts_live_holds_only(client, member, rival, showtime):
    hold(member, showtime, "C5", "C6")
    expired = hold(rival, showtime, "E1")
    SeatClaim.objects.filter(booking=expired).update(expires_at=timezone.now() - timedelta(1))
    day = timezone.localtime(showtime.starts_at).date().isoformat()
    assert client.get(f"/api/showtimes?date={day}").json()[0]["seats_left"] == 56


@pytest.mark.parametrize("query", ["date=2025-13-01", "date=tomorrow", "date=",
                                   "theatre=" + "X" * 50, "theatre=%00", "date=2025-01-01T10:00"])
def test_b1_showtimes_bad_query_is_4xx_json(client, showtime, query):
    body = assert_error(client.get(f"/api/showtimes?{query}"))
    assert body["errors"][0]["field"] in ("date", "theatre")


# --- seat map -----------------------------------------------------------------------------


def test_b1_seat_map_shows_kinds_pairs_and_states(client, member, rival, showtime):
    hold(rival, showtime, "C1")
    sold = hold(rival, showtime.__class__.objects.get(pk=showtime.pk), "E1")  # replaces C1 hold
    services.confirm(sold)
    hold(member, showtime, "C5", "C6")
    client.force_login(member)
    data = client.get(f"/api/showtimes/{showtime.pk}/seats").json()
    assert data["max_seats"] == 8 and data["hold_minutes"] == 10 and data["width"] == 14
    assert "12세" in data["age_notice"] and data["age_allowed"] is True
    rows = {row["label"]: {s["label"]: s for s in row["seats"]} for row in data["rows"]}
    assert list(rows) == ["A", "B", "C", "D", "E", "H"]
    assert rows["A"]["A1"]["kind"] == "wheelchair" and rows["A"]["A2"]["kind"] == "companion"
    assert rows["D"]["D5"]["state"] == "blocked" and rows["D"]["D5"]["kind"] == "blocked"
    assert rows["H"]["H3"]["pair"] == rows["H"]["H4"]["pair"] and rows["H"]["H3"]["pair"]
    assert rows["C"]["C3"]["column"] == 4  # aisles count as columns
    assert rows["C"]["C5"]["state"] == rows["C"]["C6"]["state"] == "mine"
    assert rows["E"]["E1"]["state"] == "sold"
    assert rows["C"]["C1"]["state"] == "free"  # the rival's earlier hold was replaced
    client.force_login(rival)
    rows = {s["label"]: s for row in client.get(f"/api/showtimes/{showtime.pk}/seats")
            .json()["rows"] for s in row["seats"]}
    assert rows["C5"]["state"] == "held"


def test_b1_seat_map_json_is_its_documented_schema_and_matches_the_html_map(
        client, member, rival, showtime):
    """The API seat map is serialised by hand for speed: it must still be exactly the
    documented SeatMapOut, with the same per-seat states as the HTML seat map."""
    from marquee.booking import selectors
    from marquee.booking.api import SeatMapOut

    services.confirm(hold(rival, showtime, "E1"))
    hold(rival, showtime, "H3", "H4")  # a second booking: E1 stays sold
    hold(member, showtime, "C5", "C6")
    client.force_login(member)
    response = client.get(f"/api/showtimes/{showtime.pk}/seats")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    data = response.json()
    assert SeatMapOut.model_validate(data).model_dump(mode="json") == data
    html_states = {cell.label: cell.state
                   for cells in selectors.seat_rows(showtime, for_member=member).values()
                   for cell in cells if cell.seat is not None}
    api_states = {s["label"]: s["state"] for row in data["rows"] for s in row["seats"]}
    assert api_states == html_states
    assert api_states["H3"] == api_states["H4"] == "held" and api_states["E1"] == "sold"
    assert api_states["C5"] == "mine" and api_states["D5"] == "blocked"


def test_b1_seat_map_for_an_anonymous_visitor(client, showtime):
    data = client.get(f"/api/showtimes/{showtime.pk}/seats").json()
    assert all(s["state"] in ("free", "blocked") for row in data["rows"] for s in row["seats"])


def test_b3_seat_map_tells_a_youth_about_an_adult_film(client, db):
    teen = sign_up(identity=make_identity(name="이청소", birthdate=years_ago(16),
                                          mobile="010-3333-4444"), login_id="teen16")
    showtime = make_showtime(rating=Movie.Rating.ADULT)
    client.force_login(teen)
    data = client.get(f"/api/showtimes/{showtime.pk}/seats").json()
    assert data["age_allowed"] is False and "청소년 관람불가" in data["age_notice"]


@pytest.mark.parametrize("path", ["/api/showtimes/999999/seats", "/api/showtimes/0/seats",
                                  "/api/showtimes/abc/seats",
                                  "/api/showtimes/99999999999999999999999/seats"])
def test_b1_unknown_showtime_seat_map_is_4xx_json(client, path):
    assert_error(client.get(path))


def test_b1_unknown_showtime_is_404_json(member_client):
    assert_error(member_client.get("/api/showtimes/424242/seats"), 404)
    before = counts()
    body = assert_error(post(member_client, "/api/showtimes/424242/holds",
                             {"seats": ["C5"], "tickets": {"adult": 1}}), 404)
    assert "상영 회차" in body["detail"]
    assert counts() == before


# --- holds --------------------------------------------------------------------------------


def test_b2_hold_seats(member_client, member, showtime, settings):
    response = post(member_client, holds_url(showtime),
                    {"seats": ["c6", "C5"], "tickets": {"adult": 1, "youth": 1}})
    assert response.status_code == 201, response.content
    data = response.json()
    booking = Booking.objects.get(number=data["number"])
    assert booking.member == member and booking.status == Booking.Status.HELD
    assert data["total"] == 25000 and data["seats"] == ["C5", "C6"]
    assert data["status"] == "held" and data["held_until"].endswith("+09:00")
    held_until = timezone.datetime.fromisoformat(data["held_until"])
    expected = timezone.now() + timedelta(minutes=settings.MARQUEE_HOLD_MINUTES)
    assert abs((held_until - expected).total_seconds()) < 5


def test_b1_couple_unit_held_together(member_client, showtime):
    assert post(member_client, holds_url(showtime),
                {"seats": ["H3", "H4"], "tickets": {"adult": 2}}).status_code == 201


def test_b2_a_taken_seat_is_409_with_the_seats(member_client, rival, showtime):
    hold(rival, showtime, "C6")
    before = counts()
    response = post(member_client, holds_url(showtime),
                    {"seats": ["C5", "C6"], "tickets": {"adult": 2}})
    body = assert_error(response, 409)
    assert body["seats"] == ["C6"] and "C6" in body["detail"]
    assert body["unavailable"] == ["C6"]
    assert counts() == before


def test_b2_a_409_lists_every_unavailable_seat_but_not_the_members_own(
        member, member_client, rival, showtime):
    """A refused hold tells the app every seat held or sold by others right now, so it
    can redraw the map without fetching it again; the member's own hold is not among
    them (a new selection replaces it)."""
    services.confirm(hold(rival, showtime, "E1", "E2"))
    hold(rival, showtime, "C6")
    hold(member, showtime, "B1")
    body = assert_error(post(member_client, holds_url(showtime),
                             {"seats": ["B1", "C6"], "tickets": {"adult": 2}}), 409)
    assert body["seats"] == ["C6"]
    assert body["unavailable"] == ["C6", "E1", "E2"]


def test_b2_hold_needs_a_login(client, showtime):
    before = counts()
    body = assert_error(post(client, holds_url(showtime),
                             {"seats": ["C5"], "tickets": {"adult": 1}}), 401)
    assert "로그인" in body["detail"]
    assert counts() == before


def test_b2_hold_checks_csrf_for_a_session(member, showtime):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    response = post(strict, holds_url(showtime), {"seats": ["C5"], "tickets": {"adult": 1}})
    assert_error(response, 403)
    assert not Booking.objects.exists()


BAD_HOLDS = {
    # P12.14: the document says minItems 1, so the server refuses it as a validation error.
    "empty seat list": ({"seats": [], "tickets": {}}, 422, "seats"),
    "nine seats": ({"seats": [f"C{n}" for n in range(1, 10)], "tickets": {"adult": 8}}, None,
                   None),
    "nine seats nine tickets": ({"seats": [f"C{n}" for n in range(1, 10)],
                                 "tickets": {"adult": 5, "youth": 4}}, None, None),
    "unknown seat": ({"seats": ["Z99"], "tickets": {"adult": 1}}, 400, "없는 좌석"),
    "blocked seat": ({"seats": ["D5"], "tickets": {"adult": 1}}, 400, "판매하지 않는"),
    "couple half": ({"seats": ["H3"], "tickets": {"adult": 1}}, 400, "커플석"),
    "same seat twice": ({"seats": ["C5", "c5"], "tickets": {"adult": 2}}, 400, "두 번"),
    "ticket count mismatch": ({"seats": ["C5", "C6"], "tickets": {"adult": 1}}, 400, "인원 수"),
    "no tickets": ({"seats": ["C5"], "tickets": {}}, 400, "인원 수"),
    "negative ticket count": ({"seats": ["C5", "C6"], "tickets": {"adult": 3, "youth": -1}},
                              422, "tickets.youth"),
    "huge ticket count": ({"seats": ["C5"], "tickets": {"adult": 10**12}}, 422, "tickets.adult"),
    "unknown ticket type": ({"seats": ["C5"], "tickets": {"child": 1}}, 422, "tickets"),
    "seats is a string": ({"seats": "C5", "tickets": {"adult": 1}}, 422, "seats"),
    "seat is a number": ({"seats": [5], "tickets": {"adult": 1}}, 422, "seats.0"),
    "seat is null": ({"seats": [None], "tickets": {"adult": 1}}, 422, "seats.0"),
    "count is a string": ({"seats": ["C5"], "tickets": {"adult": "1"}}, 422, "tickets.adult"),
    "count is a float": ({"seats": ["C5"], "tickets": {"adult": 1.5}}, 422, "tickets.adult"),
    "count is a bool": ({"seats": ["C5"], "tickets": {"adult": True}}, 422, "tickets.adult"),
    "tickets is a list": ({"seats": ["C5"], "tickets": [1]}, 422, "tickets"),
    "missing tickets": ({"seats": ["C5"]}, 422, "tickets"),
    "missing seats": ({"tickets": {"adult": 1}}, 422, "seats"),
    "empty object": ({}, 422, "seats"),
    "unknown field": ({"seats": ["C5"], "tickets": {"adult": 1}, "price": 0}, 422, "price"),
    "long label": ({"seats": ["C" * 50], "tickets": {"adult": 1}}, 422, "seats.0"),
    "blank label": ({"seats": ["  "], "tickets": {"adult": 1}}, 422, "seats.0"),
    "control character": ({"seats": ["C5\x00"], "tickets": {"adult": 1}}, 422, "seats.0"),
    "too many labels": ({"seats": ["C5"] * 1000, "tickets": {"adult": 1}}, 422, "seats"),
    "body is a list": ([{"seats": ["C5"], "tickets": {"adult": 1}}], 422, None),
    "body is null": (None, 422, None),
}


@pytest.mark.parametrize("case", BAD_HOLDS, ids=list(BAD_HOLDS))
def test_b2_bad_hold_input_is_4xx_json_and_writes_nothing(member_client, member, rival, showtime,
                                                         case):
    body, status, hint = BAD_HOLDS[case]
    previous = hold(member, showtime, "E1")  # a refused request must not drop it either
    before = counts()
    raw = "null" if body is None else None
    error = assert_error(post(member_client, holds_url(showtime), body, raw=raw), status)
    if hint:
        haystack = error["detail"] + json.dumps(error.get("errors", []), ensure_ascii=False)
        assert hint in haystack
    if status == 422:
        assert error["errors"] and all(e["field"] and e["message"] for e in error["errors"])
    assert counts() == before
    previous.refresh_from_db()
    assert previous.status == Booking.Status.HELD


def test_b2_nine_seats_is_refused_with_the_limit(member_client, showtime):
    body = assert_error(post(member_client, holds_url(showtime),
                             {"seats": [f"C{n}" for n in range(1, 10)],
                              "tickets": {"adult": 9}}), 422)
    assert "tickets.adult" in body["detail"]
    body = assert_error(post(member_client, holds_url(showtime),
                             {"seats": [f"C{n}" for n in range(1, 10)],
                              "tickets": {"adult": 5, "youth": 4}}), 400)
    assert "최대 8석" in body["detail"]


@pytest.mark.parametrize("raw", ['{"seats": ["C5"], "tickets": {"adult": 1}',
                                 "seats=C5&tickets=1", "{'seats': ['C5']}",
                                 '{"seats": ["C5"], "tickets": {"adult": 1}} trailing'])
def test_b2_malformed_json_is_400(member_client, showtime, raw):
    before = counts()
    body = assert_error(post(member_client, holds_url(showtime), raw=raw), 400)
    assert "JSON" in body["detail"]
    assert counts() == before


def test_b2_empty_body_is_422_naming_the_body(member_client, showtime):
    body = assert_error(post(member_client, holds_url(showtime), raw=""), 422)
    assert body["errors"][0]["type"] == "missing"


def test_b2_hold_on_a_started_or_stopped_showtime(member_client, showtime):
    showtime.on_sale = False
    showtime.save()
    assert "판매가 중지" in assert_error(post(member_client, holds_url(showtime),
                                         {"seats": ["C5"], "tickets": {"adult": 1}}), 400)["detail"]
    started = make_showtime(starts_in=timedelta(minutes=-5))
    assert_error(post(member_client, holds_url(started),
                      {"seats": ["C5"], "tickets": {"adult": 1}}), 400)
    assert not Booking.objects.exists()


def test_b3_adult_film_refused_to_a_youth(client, db):
    teen = sign_up(identity=make_identity(name="이청소", birthdate=years_ago(17),
                                          mobile="010-3333-4444"), login_id="teen17")
    showtime = make_showtime(rating=Movie.Rating.ADULT)
    client.force_login(teen)
    body = assert_error(post(client, holds_url(showtime),
                             {"seats": ["C5"], "tickets": {"youth": 1}}), 400)
    assert "청소년 관람불가" in body["detail"]
    assert not Booking.objects.exists()


# --- releasing a hold ---------------------------------------------------------------------


def test_b2_release_own_hold(member_client, showtime):
    number = api_hold(member_client, showtime, "C5", "C6")
    response = member_client.delete(f"/api/bookings/{number}/hold")
    assert response.status_code == 204 and response.content == b""
    booking = Booking.objects.get(number=number)
    assert booking.status == Booking.Status.EXPIRED and not booking.claims.exists()
    assert member_client.delete(f"/api/bookings/{number}/hold").status_code == 204  # idempotent


def test_b2_release_someone_elses_hold_is_404(member_client, rival, showtime):
    theirs = hold(rival, showtime, "C5")
    assert_error(member_client.delete(f"/api/bookings/{theirs.number}/hold"), 404)
    theirs.refresh_from_db()
    assert theirs.status == Booking.Status.HELD and theirs.claims.count() == 1


def test_b2_release_a_paid_booking_is_409(member_client, showtime):
    number = api_confirm(member_client, showtime, "C5")
    assert_error(member_client.delete(f"/api/bookings/{number}/hold"), 409)
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED


def test_b2_release_needs_a_login(client, member, showtime):
    booking = hold(member, showtime, "C5")
    assert_error(client.delete(f"/api/bookings/{booking.number}/hold"), 401)


# --- booking detail -----------------------------------------------------------------------


def test_b5_booking_detail_of_a_hold(member_client, showtime):
    number = api_hold(member_client, showtime, "C5", "C6")
    data = member_client.get(f"/api/bookings/{number}").json()
    assert data["number"] == number and data["status"] == "held"
    assert data["status_label"] == "좌석 선점"
    assert [s["label"] for s in data["seats"]] == ["C5", "C6"]
    assert data["total"] == 28000 and data["payments"] == [] and data["ticket_token"] is None
    assert data["showtime"]["id"] == showtime.pk
    assert data["showtime"]["starts_at"].endswith("+09:00")


def test_b5_booking_detail_of_a_paid_booking(member_client, showtime):
    number = api_confirm(member_client, showtime, "C5", "C6")
    data = member_client.get(f"/api/bookings/{number.lower()}").json()
    assert data["status"] == "confirmed" and data["held_until"] is None
    [payment] = data["payments"]
    assert payment["method"] == "card" and payment["amount"] == 28000
    assert payment["status"] == "paid" and payment["card_masked"] == "4111-11**-****-1111"
    assert data["refund"] == {"allowed": True, "percent": 100,
                              "reason": "상영 20분 전까지 전액 환불됩니다."}
    assert services.check_in(data["ticket_token"]).admitted == 2  # the QR code's content


@pytest.mark.parametrize("number", ["NOPE", "AAAA-AAAA-AAAA", "x" * 20, "%00", "7KQ2-M9XH-4T3"])
def test_b5_unknown_booking_is_404(member_client, number):
    assert_error(member_client.get(f"/api/bookings/{number}"), 404)


def test_b5_someone_elses_booking_is_404(member_client, rival, showtime):
    theirs = hold(rival, showtime, "C5")
    body = assert_error(member_client.get(f"/api/bookings/{theirs.number}"), 404)
    assert theirs.number not in body["detail"]


def test_b5_booking_detail_needs_a_login(client, member, showtime):
    booking = hold(member, showtime, "C5")
    assert_error(client.get(f"/api/bookings/{booking.number}"), 401)


# --- payment ------------------------------------------------------------------------------


def test_b4_card_payment_returns_the_gateway_request(member_client, showtime):
    number = api_hold(member_client, showtime, "C5", "C6")
    response = post(member_client, f"/api/bookings/{number}/payments", {"method": "card"})
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["amount"] == 28000 and data["voucher_amount"] == 0
    assert data["gateway"] == "sandbox" and data["confirmed"] is False
    assert data["params"]["window_url"].endswith(f"/payments/sandbox/{data['payment_id']}/") \
        or data["payment_id"] in data["params"]["window_url"]
    payment = Payment.objects.get(payment_id=data["payment_id"])
    assert payment.status == Payment.Status.READY and payment.booking.number == number


def test_b4_vouchers_covering_everything_confirm_at_once(member_client, showtime):
    number = api_hold(member_client, showtime, "C5", "C6")
    codes = [payments.issue_voucher(14000), payments.issue_voucher(20000)]
    response = post(member_client, f"/api/bookings/{number}/payments",
                    {"method": "card", "vouchers": codes})
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["confirmed"] is True and data["amount"] == 0
    assert data["voucher_amount"] == 28000 and data["gateway"] == "voucher"
    assert data["params"] == {}
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED
    assert Voucher.objects.filter(redeemed_at__isnull=False).count() == 2


def test_b4_voucher_and_card_combined(member_client, showtime):
    number = api_hold(member_client, showtime, "C5", "C6")
    code = payments.issue_voucher(10000)
    data = post(member_client, f"/api/bookings/{number}/payments",
                {"method": "mobile", "vouchers": [code.lower().replace("-", "")]}).json()
    assert data["amount"] == 18000 and data["voucher_amount"] == 10000
    assert data["confirmed"] is False


def test_b4_a_bad_voucher_is_400_and_writes_nothing(member_client, showtime):
    number = api_hold(member_client, showtime, "C5")
    before = counts()
    body = assert_error(post(member_client, f"/api/bookings/{number}/payments",
                             {"method": "card", "vouchers": ["AAAA-BBBB-CCCC-DDDD"]}), 400)
    assert "예매권" in body["detail"]
    assert counts() == before


def test_b4_payment_after_the_hold_expired_is_400(member_client, showtime):
    number = api_hold(member_client, showtime, "C5")
    Booking.objects.filter(number=number).update(held_until=timezone.now() - timedelta(seconds=1))
    before = counts()
    body = assert_error(post(member_client, f"/api/bookings/{number}/payments",
                             {"method": "card"}), 400)
    assert "선점 시간" in body["detail"]
    assert counts() == before


def test_b4_paying_twice_is_409(member_client, showtime):
    number = api_confirm(member_client, showtime, "C5")
    assert_error(post(member_client, f"/api/bookings/{number}/payments", {"method": "card"}), 409)


@pytest.mark.parametrize("body", [{}, {"method": "voucher"}, {"method": "cash"}, {"method": 1},
                                  {"method": "card", "vouchers": "ABCD"},
                                  {"method": "card", "vouchers": ["<script>"]},
                                  {"method": "card", "vouchers": ["A"] * 11},
                                  {"method": "card", "amount": 0}])
def test_b4_bad_payment_input_is_422(member_client, showtime, body):
    number = api_hold(member_client, showtime, "C5")
    before = counts()
    assert_error(post(member_client, f"/api/bookings/{number}/payments", body), 422)
    assert counts() == before


def test_b4_paying_someone_elses_booking_is_404(member_client, rival, showtime):
    theirs = hold(rival, showtime, "C5")
    before = counts()
    assert_error(post(member_client, f"/api/bookings/{theirs.number}/payments",
                      {"method": "card"}), 404)
    assert counts() == before


def test_b4_payment_needs_a_login(client, member, showtime):
    booking = hold(member, showtime, "C5")
    assert_error(post(client, f"/api/bookings/{booking.number}/payments", {"method": "card"}), 401)


# --- cancellation -------------------------------------------------------------------------


def test_b4_cancel_refunds_the_card_in_full(member_client, showtime):
    number = api_confirm(member_client, showtime, "C5", "C6")
    response = post(member_client, f"/api/bookings/{number}/cancel")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["status"] == "cancelled"
    assert data["refunds"] == [{"amount": 28000, "status": "done", "route": "original"}]
    assert not SeatClaim.objects.exists()


def test_b4_cancel_with_an_empty_object_body(member_client, showtime):
    number = api_confirm(member_client, showtime, "C5")
    assert post(member_client, f"/api/bookings/{number}/cancel", {}).status_code == 200


def test_b4_virtual_account_cancel_needs_a_refund_account(member_client, showtime):
    number = api_confirm(member_client, showtime, "C5", method="virtual_account")
    before = counts()
    body = assert_error(post(member_client, f"/api/bookings/{number}/cancel", {}), 400)
    assert body["code"] == "refund_account_required" and "환불 계좌" in body["detail"]
    assert counts() == before
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED
    response = post(member_client, f"/api/bookings/{number}/cancel", {"refund_account": {
        "bank": "신한은행", "number": "110-123-456789", "holder": "홍길동"}})
    assert response.status_code == 200, response.content
    assert response.json()["refunds"] == [{"amount": 14000, "status": "done",
                                           "route": "original"}]
    refund = Refund.objects.get()
    assert refund.account_number == "110-123-456789"


@pytest.mark.parametrize("account", [
    {"bank": "신한은행", "number": "계좌", "holder": "홍길동"},
    {"bank": "신한은행", "number": "110-123", "holder": ""},
    {"bank": "신한은행", "number": "110-123"},
    {"bank": "신한은행", "number": "110-123", "holder": "홍\ud800"},
    "110-123-456789",
])
def test_b4_bad_refund_account_is_422(member_client, showtime, account):
    number = api_confirm(member_client, showtime, "C5", method="virtual_account")
    before = counts()
    body = assert_error(post(member_client, f"/api/bookings/{number}/cancel",
                             {"refund_account": account}), 422)
    assert body["errors"][0]["field"].startswith("refund_account")
    assert counts() == before


def test_b4_cancel_after_the_cutoff_is_refused(member_client, showtime):
    soon = make_showtime(starts_in=timedelta(minutes=10))
    number = api_confirm(member_client, soon, "C5")
    before = counts()
    body = assert_error(post(member_client, f"/api/bookings/{number}/cancel"), 400)
    assert "20분 전까지" in body["detail"]
    assert counts() == before
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED


def test_b4_cancel_a_hold_is_refused(member_client, showtime):
    number = api_hold(member_client, showtime, "C5")
    assert "취소할 수 있는 예매가 아닙니다" in assert_error(
        post(member_client, f"/api/bookings/{number}/cancel"), 400)["detail"]


def test_b4_cancel_someone_elses_booking_is_404(client, member, rival, showtime):
    client.force_login(rival)
    number = api_confirm(client, showtime, "C5")
    client.force_login(member)
    assert_error(post(client, f"/api/bookings/{number}/cancel"), 404)
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED


def test_b4_cancel_needs_a_login(client, member, showtime):
    booking = hold(member, showtime, "C5")
    assert_error(post(client, f"/api/bookings/{booking.number}/cancel"), 401)


# --- check-in -----------------------------------------------------------------------------


@pytest.fixture
def ticket(client, member, showtime):
    client.force_login(member)
    number = api_confirm(client, showtime, "C5", "C6")
    client.logout()
    return services.ticket_token(Booking.objects.get(number=number)), number


def test_b5_check_in_admits_once(client, staff, ticket):
    token, number = ticket
    otp_session(client, staff)
    response = post(client, "/api/checkin", {"token": token})
    assert response.status_code == 200, response.content
    assert response.json() == {"number": number, "admitted": 2, "already": False,
                               "seats": ["C5", "C6"], "checks": []}
    assert not SeatClaim.objects.filter(checked_in_at__isnull=True).exists()
    body = assert_error(post(client, "/api/checkin", {"token": token}), 409)
    assert body["detail"] == "이미 입장 처리된 티켓입니다."


def test_b5_superuser_may_check_in(client, ticket):
    boss = create_staff(login_id="boss01")
    Member.objects.filter(pk=boss.pk).update(is_superuser=True)
    otp_session(client, boss)
    assert post(client, "/api/checkin", {"token": ticket[0]}).status_code == 200


def test_b5_forged_token_is_400(client, staff, ticket):
    token, number = ticket
    otp_session(client, staff)
    forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    assert "유효하지 않은" in assert_error(post(client, "/api/checkin", {"token": forged}),
                                       400)["detail"]
    from django.core import signing

    other_salt = signing.dumps(number, salt="something.else", compress=False)
    assert_error(post(client, "/api/checkin", {"token": other_salt}), 400)
    assert_error(post(client, "/api/checkin", {"token": "garbage"}), 400)
    assert not SeatClaim.objects.filter(checked_in_at__isnull=False).exists()


def test_b5_cancelled_ticket_is_400(client, member, staff, ticket):
    token, number = ticket
    client.force_login(member)
    assert post(client, f"/api/bookings/{number}/cancel").status_code == 200
    otp_session(client, staff)
    assert "유효한 예매가 아닙니다" in assert_error(post(client, "/api/checkin", {"token": token}),
                                           400)["detail"]


def test_b5_check_in_needs_staff(client, member, ticket):
    token, _ = ticket
    assert_error(post(client, "/api/checkin", {"token": token}), 401)
    client.force_login(member)
    body = assert_error(post(client, "/api/checkin", {"token": token}), 403)
    assert "직원" in body["detail"]
    assert not SeatClaim.objects.filter(checked_in_at__isnull=False).exists()


@pytest.mark.parametrize("body", [{}, {"token": ""}, {"token": 5}, {"token": None},
                                  {"token": "x" * 501}, ["token"]])
def test_b5_bad_check_in_input_is_422(client, staff, body):
    otp_session(client, staff)
    assert_error(post(client, "/api/checkin", body), 422)


# --- fuzz: no input produces a 500 --------------------------------------------------------


def _junk(rng: random.Random, depth: int = 0):
    choices = [
        lambda: None, lambda: rng.choice([True, False]), lambda: rng.randint(-10**20, 10**20),
        lambda: rng.random() * 10**rng.randint(0, 30), lambda: "",
        lambda: "".join(rng.choice("C5H3D5Z9 -+\x00\u00e9한글\ud800'\"{}[]")
                        for _ in range(rng.randint(1, 12))),
        lambda: rng.choice(["adult", "youth", "senior", "card", "seats", "tickets", "C5"]),
    ]
    if depth < 3:
        choices += [
            lambda: [_junk(rng, depth + 1) for _ in range(rng.randint(0, 4))],
            lambda: {rng.choice(["seats", "tickets", "method", "vouchers", "token",
                                 "refund_account", "adult", "bank", "number", "holder", "x"]):
                     _junk(rng, depth + 1) for _ in range(rng.randint(0, 4))},
        ]
    return rng.choice(choices)()


def _junk_bodies():
    rng = random.Random(20240507)
    bodies = [json.dumps(_junk(rng)) for _ in range(25)]
    bodies += ["", "{", "[" * 5000 + "]" * 5000, "\x00", "\xff\xfe", "NaN", "1e999",
               '{"seats": ["C5"], "tickets": {"adult": 1e999}}',
               '{"seats": ["C5"], "tickets": {"adult": NaN}}',
               '{"seats": ["\\ud800"], "tickets": {"adult": 1}}',
               '{"seats": ["C5"], "tickets": {"adult": 1}, "seats": []}',
               '{"method": "card", "vouchers": ["\\ud800"]}',
               '{"refund_account": {"bank": "\\u0000", "number": "1", "holder": "a"}}',
               '{"token": "\\ud800"}']
    return bodies


TARGETS = ["holds", "payments", "cancel", "checkin"]


@pytest.mark.parametrize("body", _junk_bodies())
def test_b2_b4_b5_fuzz_junk_bodies_never_500(client, member, staff, showtime, body):
    held = hold(member, showtime, "E1")
    before = counts()
    urls = {
        "holds": (member, "post", holds_url(showtime)),
        "payments": (member, "post", f"/api/bookings/{held.number}/payments"),
        "cancel": (member, "post", f"/api/bookings/{held.number}/cancel"),
        "checkin": (staff, "post", "/api/checkin"),
    }
    for target in TARGETS:
        user, method, url = urls[target]
        if user.is_staff:
            otp_session(client, user)
        else:
            client.force_login(user)
        response = getattr(client, method)(url, data=body, content_type="application/json")
        assert response.status_code < 500, (target, response.status_code, response.content[:300])
        if response.status_code >= 400:
            assert_error(response)
    assert counts() == before


@pytest.mark.parametrize("path", ["/api/showtimes?date=%ff", "/api/showtimes?theatre=%ED%95%9C",
                                  "/api/showtimes/-1/seats", "/api/showtimes/1e3/seats",
                                  "/api/bookings/%F0%9F%92%A5", "/api/bookings/" + "A" * 300])
def test_b1_b5_fuzz_junk_paths_never_500(member_client, path):
    assert 400 <= member_client.get(path).status_code < 500


# --- vouchers typed twice ----------------------------------------------------------------


def test_b4_the_same_voucher_twice_counts_once(member_client, showtime):
    number = api_hold(member_client, showtime, "C5", "C6")
    code = payments.issue_voucher(10000)
    data = post(member_client, f"/api/bookings/{number}/payments",
                {"method": "card", "vouchers": [code, code.replace("-", "").lower()]}).json()
    assert data["voucher_amount"] == 10000 and data["amount"] == 18000


# --- one service-error base class (P12.14) -------------------------------------------


def test_p12_14_the_api_renders_a_refusal_with_its_code_and_status(
        member_client, rival, showtime):
    hold(rival, showtime, "C6")
    response = post(member_client, holds_url(showtime), {"seats": ["C6"], "tickets": {"adult": 1}})
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "seats_taken" and body["seats"] == ["C6"] and "C6" in body["detail"]
    response = post(member_client, holds_url(showtime), {"seats": ["Z99"], "tickets": {"adult": 1}})
    assert response.status_code == 400
    assert response.json()["code"] == "booking_refused"


def test_p12_14_the_openapi_document_describes_the_error_code(client):
    schema = client.get("/api/openapi.json").json()
    error = schema["components"]["schemas"]["ErrorOut"]
    assert {"detail", "code"} <= set(error["properties"])

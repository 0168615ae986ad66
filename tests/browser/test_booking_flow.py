"""End-to-end booking in a real headless chromium: showtimes, the live seat map, the
sandbox PG window, the mobile ticket with its QR code, and cancellation with a refund.

Webhooks from the sandbox PG are switched off so that only the browser's return to
our site completes a payment: the flow is the same every run.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import transaction
from django.utils import timezone
from playwright.sync_api import Page, expect

from marquee.booking import services
from marquee.booking.models import Booking, SeatClaim
from marquee.payments.models import Payment, Refund, SandboxTransaction
from tests.booking.conftest import hold, make_showtime
from tests.conftest import make_identity, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "Cinema!Seat2024"  # tests.conftest.signup_data's
POLL_WAIT_MS = 8_000  # the seat map polls every 5 s


@pytest.fixture(autouse=True)
def _no_sandbox_webhooks(settings):
    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False


def url(path: str) -> re.Pattern:
    """The page's URL is exactly ``path`` (query string allowed)."""
    return re.compile(rf"^https?://[^/]+{re.escape(path)}(\?.*)?$")


def log_in(page: Page, login_id: str) -> None:
    page.goto("/members/login/")
    page.locator("#id_login_id").fill(login_id)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="로그인").click()
    expect(page).to_have_url(url("/members/mypage/"))


def seat(page: Page, label: str):
    return page.locator(f"#seat-{label}")


def tick_with_keyboard(page: Page, first: str, *more: str) -> None:
    """Focus the first seat and press Space; move to each next seat of the same row with
    the arrow key (the map is one Tab stop: issue 19) and press Space."""
    seat(page, first).focus()
    page.keyboard.press("Space")
    expect(seat(page, first)).to_be_checked()
    for label in more:
        page.keyboard.press("ArrowRight")
        expect(seat(page, label)).to_be_focused()
        page.keyboard.press("Space")
        expect(seat(page, label)).to_be_checked()


def test_b4_b5_member_books_pays_sees_qr_ticket_and_cancels_for_refund(page: Page):
    """B2, B4, B5: pick a showtime, hold two seats by keyboard, pay by card in the PG
    window, get a mobile ticket whose QR code loads, cancel, and get 28,000원 back."""
    member = sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = make_showtime(title="서울의 밤", starts_in=datetime.timedelta(days=1))
    log_in(page, "gildong90")

    # The showtimes page lists the showtime with its rating, theatre, screen and KST time.
    page.locator("header").get_by_role("link", name="예매", exact=True).click()
    expect(page).to_have_url(url("/booking/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("상영 시간표")
    group = page.locator(".movie-group", has_text="서울의 밤")
    expect(group.get_by_role("img", name="12세 이상 관람가")).to_be_visible()
    slot = page.locator(f'a.slot[data-showtime="{showtime.pk}"]')
    expect(slot).to_contain_text(timezone.localtime(showtime.starts_at).strftime("%H:%M"))
    expect(slot).to_contain_text(f"마키 강남 · {showtime.screen.name}")
    slot.click()

    # The seat map: screen, rating notice, legend, seat kinds.
    expect(page).to_have_url(url(f"/booking/showtimes/{showtime.pk}/"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("서울의 밤")
    expect(page.locator("#seat-map .screen")).to_have_text("SCREEN")
    expect(page.locator("#age-notice")).to_contain_text("12세 이상 관람가 영화입니다")
    expect(page.get_by_role("checkbox", name="A1 휠체어석")).to_be_enabled()
    expect(page.get_by_role("checkbox", name="A2 동반석")).to_be_enabled()
    expect(page.get_by_role("checkbox", name="H1·H2 커플석")).to_have_attribute("value", "H1+H2")
    expect(page.locator("#seat-H2")).to_have_count(0)  # one checkbox per couple unit
    expect(page.get_by_role("img", name="D5 판매 중지석")).to_be_visible()
    expect(page.get_by_role("list", name="좌석 범례")).to_contain_text("휠체어석")

    # Two seats by keyboard, two adults.
    tick_with_keyboard(page, "C5", "C6")
    page.locator("#id_tickets_adult").fill("2")
    expect(page.locator("#seat-summary")).to_contain_text("C5, C6 (2석) · 인원 2명")
    page.get_by_role("button", name="좌석 선택 완료").click()

    # Checkout: the hold and its summary.
    expect(page).to_have_url(re.compile(r"/booking/bookings/[\w-]+/checkout/$"))
    number = re.search(r"/bookings/([\w-]+)/checkout/", page.url).group(1)
    booking = Booking.objects.get(number=number)
    assert booking.member_id == member.pk and booking.status == Booking.Status.HELD
    assert sorted(c.seat.label for c in booking.claims.select_related("seat")) == ["C5", "C6"]
    rows = page.locator("#checkout-seats tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("C5")
    expect(rows.first).to_contain_text("성인")
    expect(rows.first).to_contain_text("14,000원")
    expect(page.locator("#checkout-total")).to_have_text("28,000원")
    expect(page.locator("#hold-countdown")).to_have_text(re.compile(r"^\d+분 \d\d초$"))
    page.get_by_label("신용·체크카드").check()
    page.get_by_role("button", name="결제하기").click()

    # The sandbox PG's window.
    expect(page).to_have_url(re.compile(r"/payments/sandbox/pay_[\w-]+/$"))
    expect(page.locator("#sandbox-amount")).to_contain_text("28,000원")
    page.locator("#id_method").select_option("card")
    page.locator("#id_card_number").fill("4242 4242 4242 4242")
    page.locator("#id_card_expiry").fill("12/29")
    page.get_by_role("button", name="결제", exact=True).click()

    # The mobile ticket.
    expect(page).to_have_url(url(f"/booking/bookings/{number}/ticket/"))
    expect(page.get_by_role("status")).to_contain_text("결제가 완료되었습니다")
    expect(page.locator("#booking-number")).to_have_text(number)
    expect(page.locator("#ticket-seats")).to_contain_text("C5")
    expect(page.locator("#ticket-seats")).to_contain_text("C6")
    qr = page.get_by_role("img", name="입장용 QR 코드")
    expect(qr).to_be_visible()
    page.wait_for_function(
        "() => { const img = document.getElementById('ticket-qr');"
        " return img.complete && img.naturalWidth > 0; }")
    response = page.request.get(qr.get_attribute("src"))
    assert response.status == 200 and response.headers["content-type"] == "image/svg+xml"
    payment_row = page.locator("#ticket-payment")
    expect(payment_row).to_contain_text("신용·체크카드")
    expect(payment_row).to_contain_text("4242-42**-****-4242")
    expect(page.locator("#refund-policy")).to_have_text("상영 20분 전까지 전액 환불됩니다.")

    booking.refresh_from_db()
    assert booking.status == Booking.Status.CONFIRMED
    assert list(booking.claims.values_list("expires_at", flat=True)) == [None, None]  # sold
    payment = Payment.objects.get(booking=booking)
    assert (payment.status, payment.amount, payment.method) == (Payment.Status.PAID, 28000, "card")
    assert payment.completed_via == "return"

    # Cancel online before the cut-off: a full refund to the card.
    page.get_by_role("link", name="예매 취소").click()
    expect(page).to_have_url(url(f"/booking/bookings/{number}/cancel/"))
    expect(page.locator("#refund-quote")).to_contain_text("전액 환불")
    expect(page.locator("#cancel-form input[name=account_number]")).to_have_count(0)
    page.get_by_role("button", name="예매 취소").click()
    expect(page).to_have_url(url("/booking/bookings/"))
    expect(page.get_by_role("status")).to_contain_text(
        "예매가 취소되었습니다. 환불 금액: 28,000원")
    expect(page.locator(f'#my-bookings tr[data-booking="{number}"]')).to_contain_text("예매 취소")

    booking.refresh_from_db()
    assert booking.status == Booking.Status.CANCELLED and booking.cancelled_at is not None
    payment.refresh_from_db()
    assert payment.status == Payment.Status.CANCELLED and payment.cancelled_amount == 28000
    refund = Refund.objects.get(payment=payment)
    assert (refund.status, refund.amount) == (Refund.Status.DONE, 28000)
    assert SandboxTransaction.objects.get(payment_id=payment.payment_id).status == "cancelled"
    assert not SeatClaim.objects.filter(showtime=showtime).exists()  # the seats are free


def test_b2_seat_taken_elsewhere_is_disabled_live_on_the_map(page: Page):
    """B2: the map refreshes itself (htmx, every 5 s): a seat someone else holds, then
    buys, turns disabled without a reload, and the member's own ticks survive."""
    sign_up(login_id="gildong90", email="gildong@example.com")
    other = sign_up(identity=make_identity(name="김영희", birthdate=datetime.date(1995, 3, 3),
                                           gender="female", mobile="010-5555-1234"),
                    login_id="younghee95", email="younghee@example.com")
    showtime = make_showtime()
    log_in(page, "gildong90")
    page.goto(f"/booking/showtimes/{showtime.pk}/")
    tick_with_keyboard(page, "C5")
    tick_with_keyboard(page, "C7")
    page.locator("#id_tickets_adult").fill("1")
    expect(seat(page, "E5")).to_be_enabled()

    # Someone else holds C5 (ticked here) and E5, on their own phone.
    other_booking = hold(other, showtime, "C5", "E5")
    expect(seat(page, "E5")).to_be_disabled(timeout=POLL_WAIT_MS)
    expect(seat(page, "E5")).to_have_attribute("aria-label", "E5 선택 불가(다른 고객이 예매 중)")
    expect(seat(page, "C5")).to_be_disabled()
    expect(seat(page, "C5")).not_to_be_checked()
    expect(page.locator("#seat-notice")).to_contain_text("C5")
    expect(seat(page, "C7")).to_be_checked()  # the member's other tick survived
    expect(page.locator("#id_tickets_adult")).to_have_value("1")  # no reload

    # ... and buys them: the next poll shows them sold.
    with transaction.atomic():
        assert services.confirm(other_booking)
    expect(seat(page, "E5")).to_have_attribute("aria-label", "E5 판매됨", timeout=POLL_WAIT_MS)
    expect(page.locator("label[for=seat-E5]")).to_have_class(re.compile(r"\bsold\b"))
    expect(seat(page, "C7")).to_be_checked()

    # The form still works after the swaps: C7 alone is held.
    page.get_by_role("button", name="좌석 선택 완료").click()
    expect(page).to_have_url(re.compile(r"/booking/bookings/[\w-]+/checkout/$"))
    expect(page.locator("#checkout-seats tbody tr")).to_have_count(1)
    expect(page.locator("#checkout-seats")).to_contain_text("C7")


def test_b2_b4_a_method_chosen_on_the_seat_map_goes_straight_to_the_pg_window(page: Page):
    """Issue 17: with a payment method chosen on the seat map, "좌석 선택 완료" holds the
    seats and starts the payment in one request, so the next page is the PG window (no
    checkout step); paying there lands on the ticket."""
    sign_up(login_id="gildong90", email="gildong@example.com")
    showtime = make_showtime()
    log_in(page, "gildong90")
    page.goto(f"/booking/showtimes/{showtime.pk}/")
    methods = page.get_by_role("group", name="결제 수단")
    expect(methods.get_by_role("radio", name="다음 단계에서 선택 (예매권 사용)")).to_be_checked()
    tick_with_keyboard(page, "C5", "C6")
    page.locator("#id_tickets_adult").fill("2")
    methods.get_by_role("radio", name="신용·체크카드").check()
    page.get_by_role("button", name="좌석 선택 완료").click()

    expect(page).to_have_url(re.compile(r"/payments/sandbox/pay_[\w-]+/$"))
    payment = Payment.objects.get()
    assert payment.amount == 28000 and payment.booking.status == Booking.Status.HELD
    expect(page.locator("#sandbox-amount")).to_contain_text("28,000원")
    page.locator("#id_method").select_option("card")
    page.locator("#id_card_number").fill("4242 4242 4242 4242")
    page.locator("#id_card_expiry").fill("12/29")
    page.get_by_role("button", name="결제", exact=True).click()

    number = payment.booking.number
    expect(page).to_have_url(url(f"/booking/bookings/{number}/ticket/"))
    expect(page.get_by_role("status")).to_contain_text("결제가 완료되었습니다")
    expect(page.locator("#ticket-seats")).to_contain_text("C5")
    assert Booking.objects.get(number=number).status == Booking.Status.CONFIRMED

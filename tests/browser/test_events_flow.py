"""Events in a real chromium (P1.3, P1.7, P7.3): a member enters an event and sees it on
My Page; a draw's public record recomputes to the same winners; a winner confirms an
address through the postcode search and the delivery payload holds only the processor's
declared items."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from marquee.events import delivery as carriers
from marquee.events import draws, services
from marquee.events.models import Delivery, DrawRecord, Entry
from marquee.privacy.api import inventory
from tests.conftest import sign_up
from tests.events.conftest import after_close, make_event, members

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MEMBER_PASSWORD = "Cinema!Seat2024"


def _log_in(page: Page, login_id: str, next_path: str) -> None:
    page.goto(f"/members/login/?next={next_path}")
    page.locator("#id_login_id").fill(login_id)
    page.locator("#id_password").fill(MEMBER_PASSWORD)
    page.locator("main").get_by_role("button", name="로그인").click()
    expect(page).to_have_url(re.compile(re.escape(next_path)))


def test_p1_7_a_member_enters_an_event_and_sees_it_on_my_page(page: Page):
    sign_up()
    event = make_event(title="크리스마스 시사회", prizes=(("팝콘 쿠폰", "coupon", 3),))
    page.goto("/")
    page.locator("#home-events").locator("xpath=..").get_by_role(
        "link", name="크리스마스 시사회").click()
    expect(page.locator("h1")).to_have_text("크리스마스 시사회")
    _log_in(page, "gildong90", f"/events/{event.pk}/")
    expect(page.locator("#event-consent")).to_contain_text("거부할 수 있으며")
    page.get_by_label("휴대전화번호(모바일 쿠폰 수신)").fill("010-1234-5678")
    page.get_by_label("위 내용에 동의하고 응모합니다").check()
    page.locator("#enter-button").click()
    expect(page.locator("#my-entry")).to_contain_text("응모 완료")
    page.goto("/members/mypage/")
    expect(page.locator("#mypage-events")).to_contain_text("크리스마스 시사회")
    expect(page.locator("#mypage-events")).to_contain_text("010-1234-5678")
    assert Entry.objects.get(event=event).mobile == "010-1234-5678"


def test_p1_7_the_public_draw_record_recomputes_to_the_same_winners(page: Page):
    event = make_event(prizes=(("굿즈 세트", "goods", 2),))
    for fan in members(5):
        services.enter(fan, event, agreed=True)
    services.freeze(event, now=after_close(event))
    won = services.draw(event, now=after_close(event))
    page.goto(f"/events/{event.pk}/draw/")
    expect(page.locator("#verification")).to_contain_text("발표된 당첨자와 같습니다")
    # Recompute from what the page shows, as anyone could.
    secret = page.locator("#secret").inner_text().strip()
    page.locator("details summary").click()
    ids = draws.parse_ids(page.locator("#entrant-ids").inner_text())
    assert draws.commitment(secret) == page.locator("#commitment").inner_text().strip()
    assert draws.entrants_hash(ids) == page.locator("#entrants-hash").inner_text().strip()
    seed = draws.seed(secret, draws.entrants_hash(ids))
    assert seed == page.locator("#seed").inner_text().strip()
    prize = event.prizes.get()
    assert draws.rank(seed, ids, [(prize.pk, 2)]) == [(e.pk, prize.pk) for e in won]
    assert draws.parse_winners(page.locator("#winners-record").inner_text()) == \
        draws.parse_winners(DrawRecord.objects.get(event=event).winners)


def test_p1_3_p7_3_a_winner_confirms_an_address_through_the_postcode_search(page: Page):
    carriers.SandboxCarrier.SENT.clear()
    event = make_event(prizes=(("굿즈 세트", "goods", 1),))
    (fan,) = members(1)
    services.enter(fan, event, agreed=True)
    services.freeze(event, now=after_close(event))
    services.draw(event, now=after_close(event))
    _log_in(page, fan.login_id, f"/events/{event.pk}/")
    expect(page.locator("#winners")).to_contain_text("김*늘")
    page.locator("#claim-link").click()
    page.get_by_label("도로명, 건물명 또는 지번").fill("세종대로 110")
    page.locator("#postcode-search").click()
    page.locator("#postcode-results").get_by_role("link", name=re.compile("04524")).click()
    expect(page.locator("#id_postcode")).to_have_value("04524")
    page.get_by_role("textbox", name="수령인 이름").fill("김하늘")
    page.get_by_role("textbox", name="수령인 휴대전화번호").fill("010-7000-1000")
    page.get_by_role("textbox", name="상세주소").fill("3층")
    page.locator("#claim-submit").click()
    expect(page.locator("#my-entry")).to_contain_text("배송 요청")
    (payload,) = carriers.SandboxCarrier.SENT
    declared = set(inventory.processors["event_delivery"].items)
    assert {carriers.PAYLOAD_FIELDS[k] for k in payload} - {None} <= declared
    assert payload["postcode"] == "04524" and payload["address_detail"] == "3층"
    assert fan.email not in payload.values()
    assert Delivery.objects.get(member=fan).status == Delivery.Status.REQUESTED
    carriers.SandboxCarrier.SENT.clear()

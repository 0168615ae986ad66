"""Prize delivery (P1.3, P7.3): the postcode search adapter (sandbox and the road-name
address API), the winner's address form, a payload holding only the processor's declared
items, and the delivery status."""

from __future__ import annotations

import json

import httpx
import pytest
import respx

from marquee.events import delivery as carriers
from marquee.events import postcode, services
from marquee.events.models import Delivery
from marquee.privacy.api import UndeclaredDisclosure, Wire, inventory
from marquee.privacy.outbound import WIRES
from tests.events.conftest import after_close, make_event, members


@pytest.fixture
def sent():
    carriers.SandboxCarrier.SENT.clear()
    yield carriers.SandboxCarrier.SENT
    carriers.SandboxCarrier.SENT.clear()


def winning_delivery():
    event = make_event(prizes=(("굿즈 세트", "goods", 1),))
    (fan,) = members(1)
    services.enter(fan, event, agreed=True)
    services.freeze(event, now=after_close(event))
    services.draw(event, now=after_close(event))
    return fan, event, Delivery.objects.get(entry__event=event)


def test_p1_3_the_sandbox_postcode_search_finds_road_name_addresses():
    found = postcode.search("세종대로 110")
    assert [a.postcode for a in found] == ["04524"]
    assert found[0].road_address.startswith("서울특별시 중구 세종대로 110")
    with pytest.raises(postcode.PostcodeError):
        postcode.search("a")


@respx.mock
def test_p1_3_the_juso_backend_calls_the_road_name_address_api(settings):
    route = respx.get(postcode.JUSO_URL).mock(return_value=httpx.Response(200, json={
        "results": {"common": {"errorCode": "0", "errorMessage": "정상", "totalCount": "1"},
                    "juso": [{"roadAddr": "서울특별시 종로구 사직로 161 (세종로)",
                              "jibunAddr": "서울특별시 종로구 세종로 1-1", "zipNo": "03045"}]}}))
    settings.MARQUEE_POSTCODE_BACKEND = "juso"
    settings.MARQUEE_JUSO_API_KEY = "test-key"
    found = postcode.search("사직로 161")
    assert found == [postcode.Address("03045", "서울특별시 종로구 사직로 161 (세종로)",
                                      "서울특별시 종로구 세종로 1-1")]
    params = route.calls.last.request.url.params
    assert params["confmKey"] == "test-key" and params["keyword"] == "사직로 161"
    assert params["resultType"] == "json"


@respx.mock
def test_p1_3_juso_errors_become_a_message_not_a_500(settings):
    settings.MARQUEE_POSTCODE_BACKEND = "juso"
    settings.MARQUEE_JUSO_API_KEY = "bad"
    respx.get(postcode.JUSO_URL).mock(return_value=httpx.Response(200, json={
        "results": {"common": {"errorCode": "E0001", "errorMessage": "승인되지 않은 KEY 입니다."},
                    "juso": None}}))
    with pytest.raises(postcode.PostcodeError, match="승인되지 않은"):
        postcode.search("사직로")
    respx.get(postcode.JUSO_URL).mock(return_value=httpx.Response(503))
    with pytest.raises(postcode.PostcodeError, match="연결하지 못했습니다"):
        postcode.search("사직로")


def test_p7_3_the_delivery_payload_holds_only_the_processors_declared_items(db, sent):
    fan, event, delivery = winning_delivery()
    services.confirm_address(delivery, recipient_name="김하늘", mobile="010-7000-1000",
                             postcode="04524", address="서울특별시 중구 세종대로 110 (태평로1가)",
                             address_detail="3층")
    (payload,) = sent
    declared = set(inventory.processors["event_delivery"].items)
    carried = {carriers.PAYLOAD_FIELDS[k] for k in payload} - {None}
    assert carried <= declared
    assert set(payload) == {"reference", "prize", "recipient_name", "mobile", "postcode",
                            "address", "address_detail"}
    assert fan.email not in payload.values() and fan.login_id not in payload.values()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.REQUESTED and delivery.processor_reference


def test_p7_3_the_guard_refuses_an_undeclared_item():
    with pytest.raises(UndeclaredDisclosure):
        carriers.TASK_WIRE.build({"reference": "MQ-EV-1", "email": "a@b.c"})
    # A known key whose item the processor is not entrusted with: a wire to PortOne
    # carrying the delivery address is refused before anything is sent.
    wire = Wire("portone", {"address": "event_address"})
    try:
        with pytest.raises(UndeclaredDisclosure):
            wire.build({"address": "서울"})
    finally:
        WIRES.remove(wire)  # a wire registers itself for the start-up check (E070)


def test_p7_3_a_carrier_failure_leaves_the_delivery_awaiting(db, monkeypatch, sent):
    """Fault injection: the processor call fails after the address was set; nothing of
    it stays and the winner can try again."""
    _, _, delivery = winning_delivery()

    def down(self, payload):
        raise ConnectionError("carrier down")

    monkeypatch.setattr(carriers.SandboxCarrier, "send", down)
    with pytest.raises(ConnectionError):
        services.confirm_address(delivery, recipient_name="김하늘", mobile="010-7000-1000",
                                 postcode="04524", address="서울특별시 중구 세종대로 110 (태평로1가)",
                                 address_detail="")
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.AWAITING
    assert delivery.address is None and delivery.recipient_name is None


def test_p1_7_delivery_status_is_recorded(db, sent):
    _, _, delivery = winning_delivery()
    with pytest.raises(ValueError):
        services.record_status(delivery, Delivery.Status.SHIPPED)  # nothing requested yet
    services.confirm_address(delivery, recipient_name="김하늘", mobile="010-7000-1000",
                             postcode="04524", address="서울특별시 중구 세종대로 110 (태평로1가)",
                             address_detail="")
    services.record_status(delivery, Delivery.Status.SHIPPED)
    done = services.record_status(delivery, Delivery.Status.DELIVERED)
    assert done.status == Delivery.Status.DELIVERED and done.shipped_at and done.closed_at


def test_p1_3_the_claim_page_searches_picks_and_requests(client, db, sent):
    fan, event, delivery = winning_delivery()
    client.force_login(fan)
    page = client.get(f"/events/{event.pk}/claim/", {"q": "월드컵북로"}).content.decode()
    assert "04100" in page and "월드컵북로 21" in page
    address = "서울특별시 마포구 월드컵북로 21 (서교동)"
    picked = client.get(f"/events/{event.pk}/claim/", {"postcode": "04100", "address": address})
    assert 'value="04100"' in picked.content.decode()
    typed = client.post(f"/events/{event.pk}/claim/", {
        "recipient_name": "김하늘", "mobile": "010-7000-1000", "postcode": "04100",
        "address": "서울특별시 어딘가 1", "address_detail": ""})
    assert typed.status_code == 400 and not sent  # not from the search: refused
    done = client.post(f"/events/{event.pk}/claim/", {
        "recipient_name": "김하늘", "mobile": "010-7000-1000", "postcode": "04100",
        "address": address, "address_detail": "3층"})
    assert done.status_code == 302 and len(sent) == 1
    assert client.get(f"/events/{event.pk + 999}/claim/").status_code == 404


def test_p7_3_the_http_carrier_gets_the_declared_items_with_an_idempotency_key(db, settings):
    settings.MARQUEE_DELIVERY_BACKEND = "http"
    settings.MARQUEE_DELIVERY_API_URL = "https://carrier.example/tasks"
    settings.MARQUEE_DELIVERY_API_KEY = "carrier-key"
    _, _, delivery = winning_delivery()
    with respx.mock(assert_all_called=True) as mock:
        route = mock.post("https://carrier.example/tasks").mock(
            return_value=httpx.Response(201, json={"reference": "CJ-20261207-0001"}))
        services.confirm_address(delivery, recipient_name="김하늘", mobile="010-7000-1000",
                                 postcode="04524", address="서울특별시 중구 세종대로 110",
                                 address_detail="3층")
    request = route.calls.last.request
    body = json.loads(request.content)
    assert set(body) <= set(carriers.TASK_WIRE.carries)
    assert request.headers["Authorization"] == "Bearer carrier-key"
    assert request.headers["Idempotency-Key"] == body["reference"] == f"MQ-EV-{delivery.pk}"
    delivery.refresh_from_db()
    assert delivery.processor_reference == "CJ-20261207-0001"
    assert delivery.status == Delivery.Status.REQUESTED


@pytest.mark.parametrize("answer", [httpx.Response(503), httpx.Response(200, text="<html>"),
                                    httpx.ConnectError("down")])
def test_p7_3_a_carrier_that_fails_is_a_form_error_and_nothing_is_kept(client, db, settings,
                                                                      answer):
    settings.MARQUEE_DELIVERY_BACKEND = "http"
    settings.MARQUEE_DELIVERY_API_URL = "https://carrier.example/tasks"
    fan, event, delivery = winning_delivery()
    client.force_login(fan)
    address = "서울특별시 마포구 월드컵북로 21 (서교동)"
    with respx.mock() as mock:
        route = mock.post("https://carrier.example/tasks")
        if isinstance(answer, Exception):
            route.mock(side_effect=answer)
        else:
            route.mock(return_value=answer)
        response = client.post(f"/events/{event.pk}/claim/", {
            "recipient_name": "김하늘", "mobile": "010-7000-1000", "postcode": "04100",
            "address": address, "address_detail": "3층"})
    assert response.status_code == 503
    assert "배송 요청을 보내지 못했습니다" in response.content.decode()
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.AWAITING and delivery.address is None

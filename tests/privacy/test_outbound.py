"""P7.3: every processor adapter builds its payload through its processor's declared
items (``marquee.privacy.api.Wire``) and refuses an undeclared key before any request."""

from __future__ import annotations

import dataclasses

import httpx
import pytest
import respx

from marquee.members.identity import portone as identity_portone
from marquee.outbox.protocol import Outgoing, PermanentError
from marquee.outbox.sms import MESSAGE_WIRE, HttpSmsBackend, SmsApiConfig, build_payload
from marquee.payments.gateway import RefundAccount
from marquee.payments.portone import CUSTOMER_WIRE, PortOneGateway, cancellations
from marquee.privacy.api import UndeclaredDisclosure, Wire, inventory
from marquee.privacy.outbound import WIRES, check_wires, wire_problems

SMS_URL = "https://sms.example.test/messages/v4/send"


@pytest.fixture
def no_network():
    """Any request at all is recorded; the tests assert none was made."""
    with respx.mock(assert_all_called=False) as mock:
        route = mock.route().mock(return_value=httpx.Response(200, json={}))
        yield route


@pytest.fixture
def gateway(settings):
    settings.PORTONE_API_SECRET = "portone-secret-for-tests"
    settings.PORTONE_STORE_ID = "store-00000000-0000-0000-0000-000000000001"
    settings.PORTONE_CHANNEL_KEYS = {"card": "channel-key-card", "mobile": "channel-key-mobile",
                                     "virtual_account": "channel-key-va"}
    return PortOneGateway()


def outgoing(body="[마키시네마] 예매가 완료되었습니다."):
    return Outgoing(message_id=1, channel="sms", kind="booking_confirmed",
                    recipient="010-2345-6789", subject="", body=body)


def sms_backend():
    config = SmsApiConfig(url=SMS_URL, key="key", secret="secret", sender="1661-9265")
    return HttpSmsBackend(config)


def test_p7_3_an_email_given_to_the_portone_payment_adapter_is_refused_before_any_request(
        gateway, no_network):
    with pytest.raises(UndeclaredDisclosure, match="email"):
        gateway.prepare(payment_id="order-20261206-0001", amount=1000, order_name="팝콘",
                        method="card", customer={"id": "v-1", "email": "a@example.com"})
    assert not no_network.called


def test_p7_3_the_portone_customer_carries_only_declared_items(gateway, no_network):
    request = gateway.prepare(payment_id="order-20261206-0001", amount=1000, order_name="팝콘",
                              method="card", customer={"id": "v-1", "mobile": "01012345678"})
    assert request.params["customer"] == {"customerId": "v-1", "phoneNumber": "01012345678"}
    assert not no_network.called


def test_p7_3_an_item_the_processor_is_not_entrusted_with_is_refused_even_if_wired(monkeypatch):
    """Widening a wire on purpose still needs the inventory to entrust the item."""
    portone = inventory.processors["portone"]
    monkeypatch.setitem(inventory.processors, "portone", dataclasses.replace(
        portone, items=tuple(i for i in portone.items if i != "mobile")))
    with pytest.raises(UndeclaredDisclosure, match="휴대전화"):
        CUSTOMER_WIRE.build({"customerId": "v-1", "phoneNumber": "01012345678"})
    assert CUSTOMER_WIRE.build({"customerId": "v-1"}) == {"customerId": "v-1"}


def test_p7_3_a_refund_account_goes_to_portone_only_because_it_is_declared(monkeypatch):
    account = RefundAccount(bank="SHINHAN", number="110-123-456789", holder="김영희")
    body = cancellations.refund_account_body(account)
    assert (body.bank, body.number, body.holder_name) == ("SHINHAN", "110123456789", "김영희")

    portone = inventory.processors["portone"]
    monkeypatch.setitem(inventory.processors, "portone", dataclasses.replace(
        portone, items=tuple(i for i in portone.items if i != "refund_account")))
    with pytest.raises(UndeclaredDisclosure):
        cancellations.refund_account_body(account)


def test_p7_3_the_identity_request_sends_nothing_about_the_person(settings):
    settings.PORTONE_STORE_ID = "store-1"
    settings.PORTONE_IDENTITY_CHANNEL_KEY = "channel-identity"
    params = identity_portone.new_request("signup")
    assert set(params) == {"storeId", "channelKey", "identityVerificationId", "customData"}
    with pytest.raises(UndeclaredDisclosure):
        identity_portone.REQUEST_WIRE.build({**params, "fullName": "김영희"})


def test_p7_3_an_extra_key_in_an_sms_payload_is_refused():
    assert set(build_payload(outgoing(), "16619265")["message"]) == {"to", "from", "text",
                                                                     "type"}
    with pytest.raises(UndeclaredDisclosure, match="email"):
        build_payload(outgoing(), "16619265", email="a@example.com")


def test_p7_3_the_sms_backend_sends_nothing_when_the_gateway_is_not_entrusted_with_the_number(
        monkeypatch, no_network):
    solapi = inventory.processors["solapi"]
    monkeypatch.setitem(inventory.processors, "solapi",
                        dataclasses.replace(solapi, items=("message_log",)))
    with pytest.raises(PermanentError, match="undeclared_disclosure"):
        sms_backend().send(outgoing())
    assert not no_network.called


def test_p7_3_an_undeclared_processor_is_refused():
    wire = Wire("nobody-we-know", {"to": "mobile"})
    try:
        with pytest.raises(UndeclaredDisclosure, match="등록되지 않은 수탁자"):
            wire.build({"to": "01012345678"})
        assert wire.problems() == ["processor 'nobody-we-know' is not declared"]
    finally:
        WIRES.remove(wire)


def test_p7_3_check_reports_a_wire_carrying_an_undeclared_item():
    """privacy.E070 at start-up, before the first send would refuse."""
    assert wire_problems() == []
    assert {w.processor for w in WIRES} >= {"portone", "solapi"}
    wire = Wire("solapi", {"to": "mobile", "email": "email"})
    try:
        errors = check_wires()
        assert [e.id for e in errors] == ["privacy.E070"]
        assert "'email'" in errors[0].msg
    finally:
        WIRES.remove(wire)
    assert MESSAGE_WIRE in WIRES

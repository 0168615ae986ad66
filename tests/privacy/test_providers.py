"""Personal-data providers: the start-up checks that every item stored outside the
member model has a provider, and that a whole-account deletion has a handler; the
download and My Page as loops over providers (P1.6, P8.1, P5)."""

import json

import pytest
from django.urls import reverse

from marquee.compliance import hooks
from marquee.members import withdrawal
from marquee.members.management.commands.load_demo import demo_modules
from marquee.privacy import providers
from marquee.privacy.inventory import Category, Channel, Item, inventory

ORPHAN = Item("orphan_note", "상담 메모", Category.AUTOMATIC, Channel.CONSULTATION,
              ("booking.Booking.total",), (), ("until_withdrawal",))
ON_MEMBER = Item("member_note", "회원 메모", Category.AUTOMATIC, Channel.CONSULTATION,
                 ("members.Member.pen_name",), (), ("until_withdrawal",))


def test_p1_6_the_declared_project_has_a_provider_for_every_item():
    assert providers.check_providers() == []


def test_p1_6_an_item_stored_outside_the_member_model_without_a_provider_fails_the_check(
        monkeypatch):
    monkeypatch.setitem(inventory.items, ORPHAN.key, ORPHAN)
    monkeypatch.setitem(inventory.items, ON_MEMBER.key, ON_MEMBER)
    errors = providers.check_providers()
    assert [(e.id, "orphan_note" in e.msg, "no provider exports it" in e.msg)
            for e in errors] == [("privacy.E050", True, True)]


def test_p1_6_a_provider_listing_an_undeclared_item_fails_the_check(monkeypatch):
    class Stray(providers.PersonalDataProvider):
        key, items = "stray", ("no_such_item",)

    monkeypatch.setitem(inventory.providers, "stray", Stray())
    assert [e.id for e in providers.check_providers()] == ["privacy.E051"]


def test_p8_6_account_deletion_without_a_registered_handler_fails_the_check():
    from marquee.privacy.hooks import check_hooks

    assert hooks.account_deletion() is withdrawal
    assert "account_deletion" not in str(check_hooks())
    with hooks.account_deletion.override(None):
        errors = [e for e in check_hooks() if "account_deletion" in e.msg]
        assert [e.id for e in errors] == ["privacy.E020"]


@pytest.mark.django_db
def test_p8_1_the_download_has_every_providers_part(client, member):
    client.force_login(member)
    response = client.get(reverse("members:mypage_download"))
    data = json.loads(response.content)
    expected = set()
    for provider in providers.providers():
        expected |= set(provider.export(member))
    assert set(data) == expected
    assert {"items", "consent_history", "access_records", "bookings", "favourite_theatres",
            "payments", "refunds", "community_posts", "staff_access", "provisions",
            "rights_requests", "messages"} <= set(data)


@pytest.mark.django_db
def test_p8_1_my_page_shows_each_providers_section(client, member):
    client.force_login(member)
    page = client.get(reverse("members:mypage")).content.decode()
    for section_id in ("my-bookings", "my-payments", "my-provisions"):
        assert f'id="{section_id}"' in page, section_id


def test_p12_1_demo_data_is_discovered_in_app_order_so_members_names_no_app_above_it():
    assert [m.__name__ for m in demo_modules()] == [
        "marquee.members.demo", "marquee.booking.demo", "marquee.payments.demo",
        "marquee.community.demo", "marquee.events.demo", "marquee.backoffice.demo"]


@pytest.mark.django_db(databases=["default", "archive"])
def test_p4_2_withdrawal_destruction_record_sums_what_each_provider_destroyed(settings):
    from marquee.outbox.models import Message
    from marquee.privacy.models import DestructionRun
    from marquee.privacy.retention import CRYPTO_SHRED

    from .test_lifecycle import customer_with_history

    settings.MARQUEE_SANDBOX_SEND_WEBHOOKS = False
    member = customer_with_history()  # 2 bookings, 2 payments, 1 refund, 1 access record
    messages = Message.objects.filter(data_key=member.data_key).count()
    withdrawal.withdraw(member)
    run = DestructionRun.objects.get(trigger=DestructionRun.Trigger.WITHDRAWAL)
    lines = {(r.rule, r.category): (r.count, r.method) for r in run.records.all()}
    assert lines[("until_withdrawal", "회원정보(회원 1명의 개인정보 전체)")] == (1, CRYPTO_SHRED)
    assert lines[("access_logs", "접속 기록")] == (1, CRYPTO_SHRED)
    assert lines[("message_records", "알림 발송 기록")] == (messages, CRYPTO_SHRED)
    assert lines[("contract_records", "분리 보관 후 운영 DB의 예매·결제 원본")][0] == 5

"""The compliance providers (provision records, rights requests) and the outbox's
(messages sealed under the member's key): export and destroy (P8.1, P5)."""

import pytest

from marquee.compliance.provision import services as provision
from marquee.compliance.provision.models import CorrectionNotice, Provision
from marquee.compliance.rights import services as rights
from marquee.compliance.rights.models import RightsRequest
from marquee.outbox.models import Message

from ..providers import destroy, exported, left_behind
from .conftest import agree
from .test_provision import legal_request, staff  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db


def test_p8_1_provision_provider_exports_what_went_to_whom(member, staff):  # noqa: F811
    provision.provide(members=[member], items=["name", "mobile"],
                      legal_request=legal_request(staff, [member]), by=f"staff:{staff.pk}")
    text = exported("provisions", member)
    assert "서울마포경찰서" in text and "이름, 휴대전화번호" in text  # provision_records


def test_p5_2_provision_provider_destroy_leaves_no_row_for_the_member(member, partner, staff):  # noqa: F811
    agree(member, provision_partner=True)
    provision.provide(members=[member], items=["email"], rule=partner.key, by="staff:1")
    request = rights.submit(member, "correction", items=["email"])
    member.email = "other@example.com"
    member.save()
    rights.decide(request, RightsRequest.Status.ACCEPTED)
    assert CorrectionNotice.objects.count() == 1
    [part] = destroy("provisions", member)
    assert (part.rule, part.count) == ("until_withdrawal", 1)
    assert left_behind(member, "provision") == []
    assert not Provision.objects.exists() and not CorrectionNotice.objects.exists()


def test_p8_1_rights_provider_exports_requests_and_destroy_removes_them(member):
    rights.submit(member, "correction", items=["email"], details="이메일 주소가 바뀌었습니다")
    text = exported("rights_requests", member)
    assert "정정" in text and "이메일" in text  # rights_requests: kind and items
    assert "이메일 주소가 바뀌었습니다" in text  # and what the member wrote
    assert left_behind(member, "rights") != []
    [part] = destroy("rights_requests", member)
    assert (part.rule, part.count) == ("until_withdrawal", 1)
    assert left_behind(member, "rights") == []


def test_p8_1_outbox_provider_exports_messages_and_destroy_removes_the_sealed_ones(member):
    assert Message.objects.filter(data_key=member.data_key).exists()  # signup confirmation
    text = exported("messages", member)
    assert "수신 동의 처리 결과 안내" in text and "010-1234-5678" in text  # message_log
    assert left_behind(member, "outbox") != []
    [part] = destroy("messages", member)
    assert part.rule == "message_records" and part.count >= 1
    assert left_behind(member, "outbox") == []

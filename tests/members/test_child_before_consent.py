"""L1.3 (issue 12.5): a child's signup before the guardian consents. Everything the child
entered is sealed under the child's own data key; if the guardian does not answer within
the declared period the request lapses, the key is destroyed with a destruction record and
nothing readable survives. The guardian's message and page name the child (masked)."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.members.guardian import GUARDIAN_LINK_TTL
from marquee.members.models import GuardianConsent, Member
from marquee.outbox.models import Message
from marquee.privacy.api import KeyDestroyed, inventory
from marquee.privacy.models import DataKey, DestructionRecord
from marquee.privacy.retention import sweep
from tests.members.test_services_members import guardian_token, sign_up_child
from tests.members.test_views_signup import verify

pytestmark = pytest.mark.django_db(databases=["default", "archive"])


def test_l1_3_the_guardians_message_and_page_name_the_child_masked(client, outbox):
    child = sign_up_child()
    [sms] = outbox("guardian_consent_request")
    assert "홍*들(gi********)" in sms.body
    assert "홍아들" not in sms.body and "gildongkid" not in sms.body

    token = guardian_token(outbox)
    client.get(f"/members/guardian/{token}/")
    response = verify(client, "guardian", name="홍길동", birthdate="1990-05-17",
                      mobile="010-1234-5678")
    assert response.status_code == 302
    page = html.unescape(client.get(response["Location"]).content.decode())
    assert '<strong id="guardian-child">홍*들(gi********)</strong>' in page
    assert child.name not in page


def test_l1_3_a_lapsed_request_leaves_nothing_of_the_child_readable(outbox):
    child = sign_up_child()
    key_id = child.data_key_id
    request = GuardianConsent.objects.get(member=child)
    assert abs(request.expires_at - request.requested_at - GUARDIAN_LINK_TTL) < timedelta(seconds=1)
    messages = list(Message.objects.filter(data_key_id=key_id).values_list("pk", flat=True))
    assert messages  # the guardian's SMS, sealed under the child's key

    sweep(now=timezone.now() + GUARDIAN_LINK_TTL + timedelta(seconds=1))

    assert not Member.objects.filter(pk=child.pk).exists()
    assert not GuardianConsent.objects.filter(pk=request.pk).exists()
    assert DataKey.objects.get(pk=key_id).destroyed_at is not None
    record = DestructionRecord.objects.get(rule="until_purpose_end",
                                           category__contains="법정대리인 동의를 받지 못한")
    assert record.count == 1
    # Anything else sealed under the child's key (the guardian's SMS) can no longer be read.
    for message in Message.objects.filter(pk__in=messages).select_related("data_key"):
        with pytest.raises(KeyDestroyed):
            _ = message.body
    assert "until_purpose_end" in {t.rule for t in inventory.targets
                                   if t.model == "members.GuardianConsent"}

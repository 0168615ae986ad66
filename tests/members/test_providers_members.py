"""The members app's personal-data provider (P8.1 download, P5 withdrawal)."""

import pytest

from marquee.members.models import AccessRecord, GuardianConsent, Member
from marquee.privacy.inventory import inventory

from ..compliance.conftest import GUARDIAN, child  # noqa: F401  (fixture)
from ..providers import destroy, exported, left_behind, provider


def with_access_record(member: Member) -> Member:
    AccessRecord(member=member, ip="203.0.113.9", path="/booking/", method="GET",
                 os="Android 14", browser="Chrome 120", device="SM-S918N", carrier="SKT").save()
    return member


@pytest.mark.django_db
def test_p8_1_members_provider_exports_every_item_the_member_holds(member):
    with_access_record(member)
    text = exported("members", member)
    for value in ("gildong90", "홍길동", "1990-05-17", "010-1234-5678", "gildong@example.com",
                  "영화광", "02-312-3456", member.ci, member.di,
                  "203.0.113.9", "/booking/", "Android 14", "Chrome 120", "SM-S918N", "SKT"):
        assert value in text, value
    assert "Cinema!Seat2024" not in text and member.password not in text
    listed = {row["key"] for row in provider("members").export(member)["items"]}
    on_member = {i.key for i in inventory.items.values()
                 if any(f.startswith("members.Member.") for f in i.fields)}
    assert listed == on_member


@pytest.mark.django_db
def test_p8_1_members_provider_exports_the_guardian_of_a_child(child):  # noqa: F811
    text = exported("members", child)
    assert GUARDIAN["name"] in text and GUARDIAN["mobile"] in text  # guardian_contact
    guardian = provider("members").export(child)["guardian"]
    assert guardian["verified_at"]  # guardian_verification: held, and since when
    assert "di" not in guardian and "ci" not in guardian


@pytest.mark.django_db
def test_p5_2_members_provider_destroy_leaves_no_row_and_no_ciphertext(child):  # noqa: F811
    with_access_record(child)
    assert left_behind(child, "members") != []
    parts = destroy("members", child)
    assert {(p.rule, p.count) for p in parts} == {("until_withdrawal", 1), ("access_logs", 1)}
    # Only the member row itself is left: the withdrawal deletes it and shreds its key.
    assert [x for x in left_behind(child, "members") if not x.startswith("members.Member.")] == []
    assert not GuardianConsent.objects.filter(member=child).exists()
    assert not child.consent_records.exists()

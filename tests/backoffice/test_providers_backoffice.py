"""The back office's personal-data provider: staff access to the member's data, told
without naming the staff (P8.1, L3.3), and a staff member's second-factor device."""

import pytest

from marquee.backoffice import audit
from marquee.backoffice.models import SealedTOTPDevice
from marquee.privacy.models import DataKey

from ..providers import destroy, exported, provider
from .conftest import create_staff


@pytest.mark.django_db
def test_p8_1_staff_access_provider_exports_access_to_the_member_without_the_staff(member):
    staff = create_staff("cs_agent", login_id="cs_kim")
    audit.append(staff=staff, roles="cs_agent", source_ip="10.0.0.5", action="read",
                 target="members.Member", object_id=str(member.pk), subjects=[member.pk])
    data = provider("staff_access").export(member)
    assert len(data["staff_access"]) == 1 and data["staff_access"][0]["what"]
    text = exported("staff_access", member)
    assert "cs_kim" not in text and "10.0.0.5" not in text
    assert [row["rule"] for row in provider("staff_access").kept(member)] == ["staff_access_logs"]


@pytest.mark.django_db
def test_p8_1_staff_otp_device_is_exported_without_its_secret_and_destroyed_with_its_key():
    staff = create_staff("cs_agent", login_id="cs_lee")
    device = SealedTOTPDevice.objects.get(user=staff)
    [row] = provider("staff_access").export(staff)["staff_otp_devices"]  # staff_otp_secret
    assert row["name"] == "test" and device.key not in exported("staff_access", staff)
    destroy("staff_access", staff)
    assert not SealedTOTPDevice.objects.filter(user=staff).exists()
    assert DataKey.objects.get(pk=device.data_key_id).destroyed


@pytest.mark.django_db
def test_p8_1_the_withdrawal_page_counts_the_staff_records_it_keeps(member):
    """Issue 12: the count is the number of entries naming the member, not a constant 1;
    a member no staff member ever touched is told nothing is kept of that kind."""
    assert provider("staff_access").kept(member) == []
    staff = create_staff("cs_agent", login_id="cs_park")
    for _ in range(3):
        audit.append(staff=staff, roles="cs_agent", source_ip="10.0.0.5", action="read",
                     target="members.Member", object_id=str(member.pk), subjects=[member.pk])
    [row] = provider("staff_access").kept(member)
    assert row["count"] == 3 and row["until"] == "각 기록일로부터 2년"

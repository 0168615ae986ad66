"""What the back office holds about a member: when staff processed their data (told to
the member without naming the staff, P8.1) and, for staff, the second-factor device.
The access log itself is kept two years with member numbers only (L3.1): a withdrawal
keeps it and says so."""

from __future__ import annotations

from marquee.privacy.api import Destroyed, PersonalDataProvider, inventory


class StaffAccessProvider(PersonalDataProvider):
    key = "staff_access"
    label = "직원의 개인정보 처리 기록·직원 2단계 인증 기기"
    order = 80
    items = ("staff_otp_secret",)

    def export(self, member) -> dict:
        from .models import SealedTOTPDevice
        from .selectors import export_staff_access

        devices = SealedTOTPDevice.objects.filter(user=member)
        return {**export_staff_access(member),
                "staff_otp_devices": [{"name": d.name, "confirmed": d.confirmed,
                                       "secret": "(암호화되어 저장되며 표시하지 않습니다)"}
                                      for d in devices]}

    def mypage(self, member) -> dict:
        from .selectors import mypage_staff_access

        return mypage_staff_access(member)

    def kept(self, member) -> list[dict]:
        """The staff access-log entries that name this member, as many as there are:
        each is kept for its own period from the day it was written (issue 12)."""
        from .selectors import staff_access_count

        count = staff_access_count(member)
        if not count:
            return []
        rule = inventory.rules["staff_access_logs"]
        return [{"what": "직원의 개인정보 처리 기록(회원번호만 포함)", "count": count,
                 "why": rule.basis, "until": f"각 기록일로부터 {rule.period.label}",
                 "rule": "staff_access_logs"}]

    def destroy(self, member) -> list[Destroyed]:
        """A device's own key is shredded by its delete signal."""
        from .models import SealedTOTPDevice

        SealedTOTPDevice.objects.filter(user=member).delete()
        return []

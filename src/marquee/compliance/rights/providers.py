"""What rights requests say about a member: the requests, who made them, the replies
(P8, P8.1). Sealed under the member's data key, so they go with the account."""

from __future__ import annotations

from marquee.privacy.api import CRYPTO_SHRED, Destroyed, PersonalDataProvider


class RightsRequestProvider(PersonalDataProvider):
    key = "rights_requests"
    label = "권리 행사 요구 내역"
    order = 70
    items = ("rights_requests",)

    def export(self, member) -> dict:
        from .selectors import export_rights

        return export_rights(member)

    def mypage(self, member) -> dict:
        from .selectors import mypage_rights

        return mypage_rights(member)

    def destroy(self, member) -> list[Destroyed]:
        from .models import RightsRequest

        requests = RightsRequest.objects.filter(member=member)
        count = requests.count()
        requests.delete()
        return [Destroyed("until_withdrawal", "개인정보 권리 행사 요구 내역", count, CRYPTO_SHRED)]

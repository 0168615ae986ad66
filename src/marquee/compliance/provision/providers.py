"""What provision records say about a member: what was provided to whom and on which
basis, and which corrections were passed on (P6, P8.1, P8.4). Shown with the
processors that handle the member's data for us."""

from __future__ import annotations

from marquee.privacy.api import CRYPTO_SHRED, Destroyed, PersonalDataProvider


class ProvisionProvider(PersonalDataProvider):
    key = "provisions"
    label = "제3자 제공 기록·정정 통지"
    order = 60
    items = ("provision_records",)

    def export(self, member) -> dict:
        from .selectors import export_provisions

        return export_provisions(member)

    def held(self, member) -> set[str]:
        """Provision records exist (the export also lists every processor)."""
        from .models import Provision

        return set(self.items) if Provision.objects.filter(member=member).exists() else set()

    def mypage(self, member) -> dict:
        from .selectors import mypage_provisions

        return mypage_provisions(member)

    def destroy(self, member) -> list[Destroyed]:
        from .models import Provision

        provisions = Provision.objects.filter(member=member)
        count = provisions.count()
        provisions.delete()  # their correction notices with them
        return [Destroyed("until_withdrawal", "개인정보 제3자 제공 기록", count, CRYPTO_SHRED)]

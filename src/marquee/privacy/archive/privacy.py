"""The separated records (P4.1) are themselves personal data with their own rules."""

from marquee.privacy.inventory import Category, Channel, Item, LegalBasis, Purpose

LEGAL_RETENTION = Purpose(
    "legal_retention", "관계 법령에 따른 보존",
    "전자상거래법 등 관계 법령이 정한 기간 동안의 기록 보존(분쟁 해결, 수사기관 요청 대응)",
    LegalBasis.LAW,
)

ITEMS = [
    Item("separated_records", "탈퇴 회원의 법정 보존 기록(계약·청약철회, 대금결제·공급 기록)",
         Category.PURCHASE, Channel.BOOKING, ("archive.ArchivedRecord.payload",),
         (LEGAL_RETENTION,), ("contract_records", "payment_records")),
]

"""The separated records (P4.1) are themselves personal data with their own rules."""

from marquee.privacy.declarations import Statement
from marquee.privacy.inventory import Category, Channel, Item, LegalBasis, Purpose
from marquee.privacy.providers import PersonalDataProvider

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

STATEMENTS = [
    Statement("blocks_hashed", "retention",
              "탈퇴한 회원의 로그인 ID와 본인확인값(CI·DI)은 원래 값이 아닌 비밀키로 만든 해시 "
              "값으로만 보관하며, 같은 ID의 재사용과 탈퇴 직후 재가입을 막는 데에만 사용합니다."),
    Statement("separated_use", "rights",
              "탈퇴나 삭제 요구로 삭제한 개인정보는 3항의 보존 기간 동안 분리 보관하는 기록 외에는 "
              "남기지 않으며, 분리 보관 기록은 보존 목적 외에는 열람하거나 이용할 수 없습니다.",
              order=60),
]


class SeparatedRecordsProvider(PersonalDataProvider):
    """The separated records exist only after an account is closed: they are written by
    the other providers' ``archive`` during a withdrawal and destroyed by the retention
    sweep when their rule's period ends. A live member has none in the separate store
    (a rejoined person is a new member with a new key), and member-facing code never
    reads that store (P4.1), so this provider exports and destroys nothing; it names who
    answers for the item."""

    key = "separated_records"
    label = "탈퇴 회원의 법정 보존 기록"
    order = 95
    items = ("separated_records",)


PROVIDERS = [SeparatedRecordsProvider()]

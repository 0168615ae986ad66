"""Provision records are personal data (who got what about whom); and the facts the
policy states about provision, processors and purpose-bound use, owned here."""

from marquee.privacy.api import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Purpose,
    Safeguard,
    SafeguardKind,
    Statement,
)

from .providers import ProvisionProvider

PROVISION_RECORDS = Purpose(
    "provision_records", "제3자 제공 기록의 보관과 정정 통지",
    "개인정보를 제공받은 자, 제공 근거·항목·일시의 기록, 정정된 정보의 통지",
    LegalBasis.LAW,
)

ITEMS = [
    Item("provision_records", "개인정보 제3자 제공 기록(제공받는 자, 근거, 항목, 일시, 제공 값의 해시)",
         Category.AUTOMATIC, Channel.COOKIES_LOGS,
         ("provision.Provision.value_digests", "provision.CorrectionNotice.value_digests"),
         (PROVISION_RECORDS,), ("until_withdrawal",)),
]

STATEMENTS = [
    Statement("provision_basis", "provision",
              "모든 제공은 근거가 기록된 경우에만 이루어집니다. 동의에 따른 제공은 정보주체의 동의 "
              "기록을, 법령에 따른 제공은 요청 기관, 문서 번호, 근거 법령, 제공 항목, 대상자, 처리 "
              "담당자와 접수 일시를 기록하며, 근거가 없거나 요청 범위를 벗어난 제공은 시스템이 "
              "거부합니다.", order=10),
    Statement("provision_shown", "provision",
              "제공 내역(제공받는 자, 목적, 근거, 항목, 일시)은 기록하여 보관하며, 마이페이지에서 "
              "확인하실 수 있습니다.", order=20),
    Statement("processor_items", "processors",
              "수탁자에게는 위 표에서 위탁 업무별로 정한 항목만 전송하며, 정하지 않은 항목의 전송은 "
              "시스템이 거부합니다.", order=10),
    Statement("purpose_bound", "purposes",
              "마케팅, 제3자 제공, 통계 목적의 개인정보 이용은 위에 밝힌 목적과 정보주체의 동의 "
              "범위 안에서만 이루어지도록 시스템이 이용할 때마다 확인하며, 동의를 철회하면 그 "
              "즉시 이용 대상에서 제외됩니다.", order=10),
    Statement("correction_notice", "rights",
              "잘못된 개인정보를 이미 제3자에게 제공한 경우에는 정정된 내용을 제공받은 자에게 지체 "
              "없이 알려 정정되도록 하며, 그 통지를 기록합니다.", order=50),
]

SAFEGUARDS = [
    Safeguard("provision_records", SafeguardKind.ADMINISTRATIVE,
              "개인정보의 제3자 제공과 정정 통지는 모두 근거와 함께 기록합니다."),
]

# What provision records hold about a member, for My Page, the download and withdrawal.
PROVIDERS = [ProvisionProvider()]

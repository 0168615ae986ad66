"""Payment details: masked card number and gateway token, virtual account, refund
account (P1.4). Kept five years as payment records (전자상거래법, P3)."""

import datetime

from marquee.members.privacy import CONTRACT
from marquee.privacy.api import Category, Channel, Item, Processor, RetentionTarget, ScheduledJob

from .providers import PaymentProvider
from .services import purge_bookings

ITEMS = [
    Item("payment_details", "결제 내역(카드사·마스킹된 카드번호, 결제 토큰, 가상계좌)",
         Category.PURCHASE, Channel.BOOKING,
         ("payments.Payment.card_masked", "payments.Payment.billing_key",
          "payments.Payment.virtual_account"),
         (CONTRACT,), ("payment_records",)),
    Item("refund_account", "환불계좌(은행, 계좌번호, 예금주)", Category.PURCHASE, Channel.BOOKING,
         ("payments.Refund.bank", "payments.Refund.account_number",
          "payments.Refund.account_holder"),
         (CONTRACT,), ("payment_records",)),
]

PROCESSORS = [
    Processor("portone", "(주)코리아포트원", "결제 및 본인확인 중계(PG사·본인확인기관 연동)",
              ("payment_details", "refund_account", "purchase_history", "name", "birthdate",
               "gender", "mobile", "ci", "di"),
              sub_processors=("KG이니시스", "KG모빌리언스", "코리아크레딧뷰로(KCB)", "드림시큐리티")),
    Processor("kg_inicis", "KG이니시스", "신용카드·계좌이체 등 결제 서비스",
              ("payment_details", "purchase_history")),
    Processor("kg_mobilians", "KG모빌리언스", "휴대폰 소액결제 서비스",
              ("payment_details", "purchase_history", "mobile")),
    Processor("paycube", "페이큐브", "결제 서비스", ("payment_details", "purchase_history")),
    Processor("galaxia", "갤럭시아커뮤니케이션즈", "휴대폰 소액결제 서비스",
              ("payment_details", "purchase_history", "mobile")),
]

RETENTION_TARGETS = [
    # Contract records: a booking goes with its payments and refunds (purge_bookings).
    RetentionTarget("contract_records", "booking.Booking", "created_at",
                    "계약·청약철회 및 대금결제 기록(예매·결제·환불)", purge=purge_bookings),
]

SCHEDULED_JOBS = [
    ScheduledJob("payments_reconcile", "결제·환불 미완료 건 정산", "manage.py payments_reconcile",
                 every=datetime.timedelta(minutes=5), alert_after=datetime.timedelta(hours=1)),
]

# What payments hold about a member, for My Page, the download and withdrawal.
PROVIDERS = [PaymentProvider()]

"""Advertising messages (L1.2, P2.2, P3): who was sent which advertisement, kept with
the 표시·광고 기록 for 6 months (전자상거래법 시행령 6), and the send job."""

import datetime

from marquee.members.privacy import MARKETING
from marquee.privacy.api import Category, Channel, Item, RetentionTarget, ScheduledJob

from .providers import AdReceiptProvider

ITEMS = [
    Item("ad_receipts", "광고성 정보 수신 내역(캠페인, 채널, 일시)", Category.AUTOMATIC,
         Channel.COOKIES_LOGS, ("marketing.Delivery.member",), (MARKETING,), ("ad_records",)),
]

RETENTION_TARGETS = [
    RetentionTarget("ad_records", "marketing.AdRecord", "sent_at", "표시·광고 기록"),
    RetentionTarget("ad_records", "marketing.Delivery", "queued_at", "광고 수신 내역"),
]

SCHEDULED_JOBS = [
    ScheduledJob("marketing_send", "광고성 정보 캠페인 발송(일괄·재개 가능)",
                 "manage.py marketing send", every=datetime.timedelta(minutes=1),
                 alert_after=datetime.timedelta(hours=1)),
]

PROVIDERS = [AdReceiptProvider()]

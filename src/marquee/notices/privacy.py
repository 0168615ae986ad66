"""The notices the law asks us to send each member periodically (L1.2, L5.3)."""

import datetime

from marquee.privacy.api import ScheduledJob

SCHEDULED_JOBS = [
    ScheduledJob("usage_notice_yearly", "개인정보 이용내역 연 1회 통지",
                 "manage.py notices usage-yearly", every=datetime.timedelta(days=365),
                 alert_after=datetime.timedelta(days=380)),
    ScheduledJob("consent_reconfirmation", "광고성 정보 수신동의 2년 주기 확인",
                 "manage.py notices reconfirm", every=datetime.timedelta(days=1),
                 alert_after=datetime.timedelta(days=3)),
]

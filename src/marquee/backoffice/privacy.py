"""Retention of the back office's records (L3.1, L3.3).

Staff access logs name the members whose data was processed; they are kept two years
(고시 제8조①: 5만 명 이상의 정보주체 또는 고유식별정보를 처리하는 시스템). Records of
granting, changing and revoking access rights are kept three years (고시 제5조③).
"""

from marquee.privacy.inventory import RetentionRule, Trigger, years
from marquee.privacy.retention import RetentionTarget

RETENTION_RULES = [
    RetentionRule("staff_access_logs", "개인정보처리시스템 접속기록", Trigger.RECORD, years(2),
                  "개인정보처리시스템 접속기록 보관 및 점검",
                  "개인정보의 안전성 확보조치 기준 제8조"),
    RetentionRule("access_rights_history", "개인정보처리시스템 접근권한 부여·변경·말소 내역",
                  Trigger.RECORD, years(3), "접근권한 부여·변경·말소 내역 보관",
                  "개인정보의 안전성 확보조치 기준 제5조"),
]

RETENTION_TARGETS = [
    RetentionTarget("staff_access_logs", "backoffice.StaffAccessLog", "at",
                    "개인정보처리시스템 접속기록(직원의 개인정보 처리 기록)",
                    purge="marquee.backoffice.audit.purge_expired"),
    RetentionTarget("staff_access_logs", "backoffice.Reveal", "granted_at",
                    "마스킹 해제(열람 사유) 기록", purge="marquee.backoffice.audit.purge_rows"),
    RetentionTarget("access_rights_history", "backoffice.AccessRightsChange", "at",
                    "접근권한 부여·변경·말소 기록", purge="marquee.backoffice.audit.purge_rows"),
]

"""Retention of the back office's records (L3.1, L3.3), and the safeguards the back
office applies, for the policy's §12 (P12.3–P12.5, L3.1–L3.3).

Staff access logs name the members whose data was processed; they are kept two years
(고시 제8조①: 5만 명 이상의 정보주체 또는 고유식별정보를 처리하는 시스템). Records of
granting, changing and revoking access rights are kept three years (고시 제5조③).

Each safeguard below states what this app's code does; figures (idle time-out, reveal
time, retention periods, the pledge's renewal) are read from the settings and
declarations that the code itself uses, and the roles from ``roles.py``.
"""

import datetime

from marquee.privacy.api import (
    Category,
    Channel,
    Item,
    LegalBasis,
    Purpose,
    RetentionRule,
    RetentionTarget,
    Safeguard,
    SafeguardKind,
    ScheduledJob,
    Sensitivity,
    Trigger,
    days,
    years,
)

from . import audit
from .providers import StaffAccessProvider

STAFF_ACCESS_CONTROL = Purpose(
    "staff_access_control", "개인정보처리시스템 접근 통제",
    "직원이 개인정보처리시스템(백오피스)에 접속할 때의 2단계 인증",
    LegalBasis.LAW,
)

PURPOSES = [STAFF_ACCESS_CONTROL]

RETENTION_RULES = [
    # The device (and its data key) is deleted when the account is disabled
    # (``services.disable_account``) or its OTP is reset (``services.reset_otp``).
    RetentionRule("until_staff_disabled", "직원 계정 말소 시까지", Trigger.PURPOSE_END, days(0),
                  "직원 계정 말소 또는 2단계 인증 재설정 시 지체 없이 파기"),
    RetentionRule("staff_access_logs", "개인정보처리시스템 접속기록", Trigger.RECORD, years(2),
                  "개인정보처리시스템 접속기록 보관 및 점검",
                  "개인정보의 안전성 확보조치 기준 제8조"),
    RetentionRule("access_rights_history", "개인정보처리시스템 접근권한 부여·변경·말소 내역",
                  Trigger.RECORD, years(3), "접근권한 부여·변경·말소 내역 보관",
                  "개인정보의 안전성 확보조치 기준 제5조"),
]

ITEMS = [
    # The TOTP secret of a staff member's authenticator: sealed at rest (P1.6), never shown
    # after enrolment, destroyed with the device.
    Item("staff_otp_secret", "직원 2단계 인증(OTP) 비밀키", Category.AUTOMATIC,
         Channel.COOKIES_LOGS, ("backoffice.SealedTOTPDevice.key",), (STAFF_ACCESS_CONTROL,),
         ("until_staff_disabled",), Sensitivity.AUTHENTICATION),
]

RETENTION_TARGETS = [
    RetentionTarget("staff_access_logs", "backoffice.StaffAccessLog", "at",
                    "개인정보처리시스템 접속기록(직원의 개인정보 처리 기록)",
                    purge=audit.purge_expired),
    RetentionTarget("staff_access_logs", "backoffice.Reveal", "granted_at",
                    "마스킹 해제(열람 사유) 기록", purge=audit.purge_rows),
    RetentionTarget("access_rights_history", "backoffice.AccessRightsChange", "at",
                    "접근권한 부여·변경·말소 기록", purge=audit.purge_rows),
]


# --- for the rendered policy (§12 개인정보의 안전성 확보 조치) ---------------------------


def _period(rule_key: str) -> str:
    rule = next(r for r in RETENTION_RULES if r.key == rule_key)
    return rule.period.label


def _least_privilege() -> str:
    from .roles import MANAGE_ROLES, ROLES

    handling = [r.name for r in ROLES if r.personal_data]
    without = [r.name for r in ROLES if not r.personal_data]
    granting = [r.name for r in ROLES if MANAGE_ROLES in r.permissions]
    text = ("직원 계정은 한 사람에 하나만 발급하며, 개인정보 접근권한은 "
            f"{', '.join(granting)}가 역할({', '.join(handling)})별로 업무에 필요한 메뉴와 "
            "항목에만 부여합니다.")
    if without:
        text += f" {', '.join(without)}에게는 개인정보 접근권한을 부여하지 않습니다."
    return text


def _two_factor() -> str:
    from .middleware import idle_limit_seconds

    return ("직원이 개인정보처리시스템(백오피스)에 접속할 때에는 비밀번호와 인증 앱의 일회용 인증 "
            "코드로 2단계 인증을 거쳐야 하며, 로그인이나 인증에 반복하여 실패하면 계정을 잠그고, "
            f"{idle_limit_seconds() // 60}분 동안 사용하지 않으면 접속을 자동으로 끊습니다.")


def _masked() -> str:
    from .services import reveal_minutes

    return ("직원 화면의 개인정보는 일부를 가려(마스킹) 표시하며, 가리지 않은 값은 그 항목을 볼 "
            "권한이 있는 직원이 열람 사유와 문의·요청 번호를 기록한 경우에만 한 항목씩 "
            f"{reveal_minutes()}분 동안 볼 수 있습니다. 개인정보를 내려받을 때에도 사유를 기록하며, "
            "내려받는 파일의 개인정보는 가려져 있습니다.")


def _access_log() -> str:
    return ("직원이 개인정보를 조회·열람·정정·내려받기·삭제한 내역은 계정, 일시, 접속지(IP), "
            "대상 정보주체와 수행 업무를 접속기록으로 남겨 위조·변조 여부를 확인할 수 있도록 "
            f"해시 체인으로 연결하여 {_period('staff_access_logs')}간 보관하며, 매월 점검하여 "
            "개인정보 보호책임자가 확인합니다. 회원은 마이페이지에서 직원이 자신의 개인정보에 "
            "접근한 기록을 확인할 수 있습니다.")


def _rights_history() -> str:
    return ("직원의 접근권한 부여·변경·회수(업무 인수인계 포함)는 처리한 사람과 사유를 함께 기록하여 "
            f"{_period('access_rights_history')}간 보관합니다.")


def _pledge() -> str:
    from . import pledges

    every = "매년" if pledges.PLEDGE_VALID_DAYS == 365 else f"{pledges.PLEDGE_VALID_DAYS}일마다"
    return (f"개인정보를 처리하는 직원은 보안 서약서에 서명해야({every} 갱신) 개인정보 화면을 열 수 "
            "있으며, 서약과 개인정보 보호 교육 이수를 직원별로 기록합니다.")


SAFEGUARDS = [
    Safeguard("staff_least_privilege", SafeguardKind.ADMINISTRATIVE, _least_privilege),
    Safeguard("staff_pledge", SafeguardKind.ADMINISTRATIVE, _pledge),
    Safeguard("staff_rights_history", SafeguardKind.ADMINISTRATIVE, _rights_history),
    Safeguard("staff_two_factor", SafeguardKind.TECHNICAL, _two_factor),
    Safeguard("staff_masking", SafeguardKind.TECHNICAL, _masked),
    Safeguard("staff_access_log", SafeguardKind.TECHNICAL, _access_log),
]


SCHEDULED_JOBS = [
    ScheduledJob("access_review", "직원 접근 기록 월간 점검 보고", "manage.py access_review",
                 every=datetime.timedelta(days=31), alert_after=datetime.timedelta(days=33)),
]

# What the back office holds about a member, for My Page, the download and withdrawal.
PROVIDERS = [StaffAccessProvider()]

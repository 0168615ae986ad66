"""The policy-wide retention rules of §3 (P3), shared by every app; and what the engine
and the project settings do that the policy states: the cookies the site sets (§9) and
the engine's safeguards (§12).

Domain apps refer to the rules by key; an app that needs a rule of its own declares it
in its own ``privacy.py``.
"""

import datetime

from django.conf import settings

from .declarations import (
    Cookie,
    CookieCategory,
    Safeguard,
    SafeguardKind,
    ScheduledJob,
    Statement,
)
from .inventory import RetentionRule, Trigger, days, months, years

RETENTION_RULES = [
    RetentionRule("until_withdrawal", "회원 탈퇴 시까지", Trigger.WITHDRAWAL, days(0),
                  "회원 탈퇴 시 지체 없이 파기"),
    RetentionRule("until_purpose_end", "목적 달성 시까지", Trigger.PURPOSE_END, days(0),
                  "수집·이용 목적 달성 시 지체 없이 파기"),
    RetentionRule("login_id_block", "로그인 ID 재사용 방지", Trigger.WITHDRAWAL, months(3),
                  "컨텐츠 이용 ID 중복 방지"),
    RetentionRule("identity_block", "본인인증값 재가입 제한", Trigger.WITHDRAWAL, days(3),
                  "악용 목적에 의한 가입 및 탈퇴 방지"),
    RetentionRule("fraud_records", "부정이용 기록", Trigger.RECORD, years(1), "부정 이용 방지"),
    RetentionRule("ad_records", "표시·광고에 관한 기록", Trigger.RECORD, months(6),
                  "전자상거래 등에서의 소비자보호에 관한 법률",
                  "전자상거래법 제6조, 같은 법 시행령 제6조"),
    RetentionRule("contract_records", "계약 또는 청약철회 등에 관한 기록", Trigger.CONTRACT,
                  years(5), "전자상거래 등에서의 소비자보호에 관한 법률",
                  "전자상거래법 제6조, 같은 법 시행령 제6조"),
    RetentionRule("payment_records", "대금결제 및 재화 등의 공급에 관한 기록", Trigger.PAYMENT,
                  years(5), "전자상거래 등에서의 소비자보호에 관한 법률",
                  "전자상거래법 제6조, 같은 법 시행령 제6조"),
    RetentionRule("complaint_records", "소비자의 불만 또는 분쟁처리에 관한 기록",
                  Trigger.CLOSURE, years(3), "전자상거래 등에서의 소비자보호에 관한 법률",
                  "전자상거래법 제6조, 같은 법 시행령 제6조"),
    RetentionRule("access_logs", "로그기록자료, 접속지의 추적자료", Trigger.RECORD, months(3),
                  "통신비밀보호법", "통신비밀보호법 제15조의2, 같은 법 시행령 제41조"),
]


# --- for the rendered policy (§9, §12): what the engine and the project settings do ----


def _session_lifetime() -> str:
    from django.conf import settings

    hours = settings.SESSION_COOKIE_AGE // 3600
    if settings.SESSION_EXPIRE_AT_BROWSER_CLOSE:
        return f"브라우저를 닫을 때까지(최대 {hours}시간)"
    return f"{hours}시간"


def _csrf_lifetime() -> str:
    from django.conf import settings

    if settings.CSRF_USE_SESSIONS:
        return "세션과 함께"
    days = settings.CSRF_COOKIE_AGE // 86400 if settings.CSRF_COOKIE_AGE else 0
    return f"{days // 365}년" if days and days % 365 == 0 else (f"{days}일" if days else "브라우저를 닫을 때까지")


def _setting(name):
    def read():
        from django.conf import settings

        return getattr(settings, name)
    return read


def _tls_in_force() -> bool:
    from django.conf import settings

    return bool(settings.SECURE_SSL_REDIRECT and settings.SESSION_COOKIE_SECURE
                and settings.SECURE_HSTS_SECONDS)


COOKIES = [
    Cookie("session", _setting("SESSION_COOKIE_NAME"), CookieCategory.NECESSARY,
           "로그인 상태 유지", _session_lifetime),
    Cookie("csrf", _setting("CSRF_COOKIE_NAME"), CookieCategory.NECESSARY,
           "입력 양식의 위조 요청(CSRF) 방지", _csrf_lifetime),
    Cookie("messages", "messages", CookieCategory.NECESSARY,
           "처리 결과 안내 문구를 다음 화면에 한 번 표시", "다음 화면을 표시할 때까지"),
]

def _safeguard_setting(key: str):
    """Text from ``settings.MARQUEE_SAFEGUARDS[key]``; with ``applies`` below, a fact the
    operator has not declared is not claimed."""
    def read() -> str:
        value = getattr(settings, "MARQUEE_SAFEGUARDS", {}).get(key)
        if isinstance(value, dict):  # the internal plan: when, by whom, how reviewed
            adopted = datetime.date.fromisoformat(value["adopted"])
            return (f"개인정보의 안전한 처리를 위하여 내부관리계획을 수립하여 "
                    f"{adopted.year}년 {adopted.month}월 {adopted.day}일 {value['approved_by']}의 "
                    f"승인을 받아 시행하고 있으며, {value['review']}합니다.")
        return value or ""
    return read


def _safeguard_declared(key: str):
    return lambda: bool(getattr(settings, "MARQUEE_SAFEGUARDS", {}).get(key))


SAFEGUARDS = [
    Safeguard("internal_plan", SafeguardKind.ADMINISTRATIVE, _safeguard_setting("internal_plan"),
              applies=_safeguard_declared("internal_plan")),
    Safeguard("training", SafeguardKind.ADMINISTRATIVE, _safeguard_setting("training"),
              applies=_safeguard_declared("training")),
    Safeguard("hosting", SafeguardKind.PHYSICAL, _safeguard_setting("hosting"),
              applies=_safeguard_declared("hosting")),
    Safeguard("media", SafeguardKind.PHYSICAL, _safeguard_setting("media"),
              applies=_safeguard_declared("media")),
    Safeguard("vault", SafeguardKind.TECHNICAL,
              "개인정보는 회원마다 다른 데이터 암호키를 사용하여 AES-256-GCM 방식으로 암호화하여 "
              "저장하며, 데이터 암호키는 별도로 관리하는 키 암호화 키로 다시 암호화하여 보관하고 "
              "교체할 수 있습니다."),
    Safeguard("blind_index", SafeguardKind.TECHNICAL,
              "아이디, 이메일, 휴대전화번호, 본인확인값의 검색에는 원래 값 대신 비밀키로 만든 해시 "
              "값을 사용합니다."),
    Safeguard("declared_only", SafeguardKind.TECHNICAL,
              "개인정보를 저장하는 모든 항목은 이 처리방침의 항목 목록에 등록되어야 하며, 등록되지 "
              "않은 개인정보를 저장하거나 고유식별정보·인증정보를 암호화하지 않고 저장하는 코드는 "
              "시스템 점검에서 실행이 거부됩니다."),
    Safeguard("tls", SafeguardKind.TECHNICAL,
              "모든 통신은 TLS(HTTPS)로 암호화하고 HSTS를 적용하며, 쿠키는 암호화된 연결에서만 "
              "전송합니다.", applies=_tls_in_force),
    Safeguard("records", SafeguardKind.ADMINISTRATIVE,
              "동의와 철회(동의한 문구의 버전, 일시, 경로, 처리자)와 개인정보 파기(대상, 건수, 방법, "
              "일시, 실행자)를 모두 기록합니다."),
]

STATEMENTS = [
    Statement("breach_notice", "safeguards",
              "개인정보가 유출된 사실을 알게 된 때에는 개인정보 보호법 제34조에 따라 72시간 이내에 "
              "정보주체에게 유출된 항목, 시점과 경위, 피해를 줄이기 위해 정보주체가 할 수 있는 방법, "
              "회사의 대응 조치와 피해 구제 절차, 피해 신고·상담 부서와 연락처, 법적 구제 방법을 "
              "알리고, 법령이 정한 경우 개인정보보호위원회 또는 한국인터넷진흥원에 신고합니다."),
    # L7.3: how printed output is destroyed. The system prints no personal data (the
    # printable pages are the policy's); paper comes in with letters (rights requests,
    # withdrawals by post).
    Statement("printed_output", "destruction",
              "회사의 시스템에는 개인정보를 종이로 출력하는 기능이 없으며, 인쇄용 화면(개인정보 "
              "처리방침)에는 개인정보가 담기지 않습니다. 우편 등으로 받은 서면(권리 행사 요구서, "
              "탈퇴 요청서 등)은 처리 결과를 기록한 뒤 분쇄하거나 소각하여 파기합니다."),
]


SCHEDULED_JOBS = [
    ScheduledJob("privacy_sweep", "보유기간 만료 개인정보 파기", "manage.py privacy sweep",
                 every=datetime.timedelta(days=1), alert_after=datetime.timedelta(hours=48)),
]

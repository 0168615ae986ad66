"""The policy-wide retention rules of §3 (P3), shared by every app.

Domain apps refer to these by key; an app that needs a rule of its own declares it
in its own ``privacy.py``.
"""

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

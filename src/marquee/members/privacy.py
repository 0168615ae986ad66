"""What the members app holds about people, why, and for how long (P1.1, P1.2); and
what the policy says about the members app's features (safeguards, statements)."""

from marquee.privacy.api import (
    AutomatedDecision,
    Category,
    Channel,
    ConsentDefinition,
    Item,
    LegalBasis,
    Processor,
    Purpose,
    RetentionRule,
    RetentionTarget,
    Safeguard,
    SafeguardKind,
    Sensitivity,
    Statement,
    Trigger,
    months,
    years,
)

from .providers import MemberProvider

CONTRACT = Purpose(
    "contract", "서비스 제공에 관한 계약 이행 및 요금 정산",
    "콘텐츠 제공, 구매 및 요금 결제, 물품 배송 또는 청구지 발송, 금융거래 본인 인증",
    LegalBasis.CONTRACT,
)
MEMBER_MANAGEMENT = Purpose(
    "member_management", "회원 관리",
    "회원제 서비스 이용에 따른 본인확인, 개인 식별, 부정 이용 방지와 비인가 사용 방지, "
    "가입 의사 확인, 가입 횟수 제한, 연령 확인, 만 14세 미만 아동의 법정대리인 동의 확인, "
    "민원 처리, 고지사항 전달, 탈퇴 의사 확인",
    LegalBasis.CONTRACT,
)
OPTIONAL_PROFILE = Purpose(
    "optional_profile", "선택 정보를 이용한 부가 서비스",
    "게시판 필명 표시, 보조 연락처를 통한 고객 응대",
    LegalBasis.CONSENT,
)
MARKETING = Purpose(
    "marketing", "마케팅 및 광고",
    "이벤트 등 광고성 정보 전송(문자, 이메일, 앱 푸시), 인구통계학적 특성에 따른 서비스 제공 및 "
    "광고 게재, 접속 빈도 파악 및 서비스 이용 통계",
    LegalBasis.CONSENT,
)
# OS, browser, device and carrier are no 통신비밀보호법 record (that law's 로그기록자료 and
# 접속지 추적자료 are the access time, pages and IP): they serve security, on the
# operator's legitimate interest, with their own retention rule (L7.3).
SERVICE_ENVIRONMENT = Purpose(
    "service_environment", "접속 환경 확인 및 보안",
    "이용 기기에 맞는 화면 제공, 비정상 접속과 계정 도용의 탐지",
    LegalBasis.LEGITIMATE_INTEREST,
)
SERVICE_RECORDS = Purpose(
    "service_records", "접속 기록 보관 및 부정 이용 방지",
    "통신비밀보호법에 따른 로그기록자료 보관, 비인가 사용 탐지",
    LegalBasis.LAW,
)

# Declared so that purposes no item names directly (marketing: items come through its
# consents) are in the inventory too, and in the policy (§2).
PURPOSES = [CONTRACT, MEMBER_MANAGEMENT, OPTIONAL_PROFILE, MARKETING, SERVICE_RECORDS,
            SERVICE_ENVIRONMENT]

_MEMBER = (MEMBER_MANAGEMENT, CONTRACT)
_SIGNUP = Channel.SIGNUP


def _f(*names: str) -> tuple[str, ...]:
    return tuple(f"members.{name}" for name in names)


ITEMS = [
    Item("login_id", "로그인 ID", Category.REQUIRED, _SIGNUP, _f("Member.login_id"), _MEMBER,
         ("until_withdrawal", "login_id_block"), Sensitivity.UNIQUE_IDENTIFIER, lookup=True),
    Item("password", "비밀번호", Category.REQUIRED, _SIGNUP, _f("Member.password"), _MEMBER,
         ("until_withdrawal",), Sensitivity.AUTHENTICATION),
    Item("name", "이름", Category.REQUIRED, _SIGNUP, _f("Member.name"), _MEMBER,
         ("until_withdrawal",)),
    Item("birthdate", "생년월일", Category.REQUIRED, _SIGNUP, _f("Member.birthdate"), _MEMBER,
         ("until_withdrawal",)),
    Item("gender", "성별", Category.REQUIRED, _SIGNUP, _f("Member.gender"), _MEMBER,
         ("until_withdrawal",)),
    Item("mobile", "휴대전화번호", Category.REQUIRED, _SIGNUP,
         _f("Member.mobile", "Member.mobile_carrier"), _MEMBER, ("until_withdrawal",),
         lookup=True),
    Item("email", "이메일", Category.REQUIRED, _SIGNUP, _f("Member.email"), _MEMBER,
         ("until_withdrawal",), lookup=True),
    Item("ci", "본인확인기관을 통해 받는 결과값(CI)", Category.REQUIRED, _SIGNUP,
         _f("Member.ci"), _MEMBER, ("until_withdrawal", "identity_block"),
         Sensitivity.UNIQUE_IDENTIFIER, lookup=True),
    Item("di", "중복가입 확인정보(DI)", Category.REQUIRED, _SIGNUP, _f("Member.di"), _MEMBER,
         ("until_withdrawal", "identity_block"), Sensitivity.UNIQUE_IDENTIFIER, lookup=True),
    Item("guardian_contact", "법정대리인 이름 및 휴대전화번호(만 14세 미만)", Category.REQUIRED,
         _SIGNUP, _f("GuardianConsent.guardian_name", "GuardianConsent.guardian_mobile"),
         (MEMBER_MANAGEMENT,), ("until_withdrawal",)),
    Item("guardian_verification", "법정대리인의 본인확인 결과값(CI 등, 만 14세 미만)",
         Category.REQUIRED, _SIGNUP, _f("GuardianConsent.guardian_result"),
         (MEMBER_MANAGEMENT,), ("until_withdrawal",), Sensitivity.UNIQUE_IDENTIFIER),
    Item("identity_verification_result", "본인확인 진행 중 결과값(가입 완료 전 임시 보관)",
         Category.REQUIRED, _SIGNUP, _f("IdentityVerification.result"),
         (MEMBER_MANAGEMENT,), ("until_purpose_end",), Sensitivity.UNIQUE_IDENTIFIER),
    Item("pen_name", "필명", Category.OPTIONAL, _SIGNUP, _f("Member.pen_name"),
         (OPTIONAL_PROFILE,), ("until_withdrawal",)),
    Item("landline", "전화번호(자택 또는 직장)", Category.OPTIONAL, _SIGNUP,
         _f("Member.landline"), (OPTIONAL_PROFILE,), ("until_withdrawal",)),
    Item("access_ip", "IP 주소", Category.AUTOMATIC, Channel.COOKIES_LOGS,
         _f("AccessRecord.ip"), (SERVICE_RECORDS,), ("access_logs",)),
    Item("service_use_record", "서비스 이용 기록, 접속 로그", Category.AUTOMATIC,
         Channel.COOKIES_LOGS, _f("AccessRecord.path"), (SERVICE_RECORDS,), ("access_logs",)),
    Item("device_info", "OS 종류, 브라우저 종류, 단말기 모델명", Category.AUTOMATIC,
         Channel.COOKIES_LOGS, _f("AccessRecord.os", "AccessRecord.browser",
                                  "AccessRecord.device"),
         (SERVICE_ENVIRONMENT,), ("environment_records",)),
    Item("carrier", "이동통신사 정보", Category.AUTOMATIC, Channel.COOKIES_LOGS,
         _f("AccessRecord.carrier"), (SERVICE_ENVIRONMENT,), ("environment_records",)),
]

_WITHDRAWAL = "회원 탈퇴 또는 동의 철회 시까지"
_MARKETING_REFUSAL = (
    "동의를 거부할 수 있으며, 거부하셔도 회원가입과 예매 등 서비스 이용에는 제한이 없습니다. "
    "다만 이벤트·할인 등 광고성 정보를 받으실 수 없습니다."
)

CONSENTS = [
    ConsentDefinition(
        "terms", 1, "마키시네마 이용약관 동의", "회원제 영화 예매 서비스 이용계약 체결",
        (), "회원 탈퇴 시까지",
        "이용약관에 동의하지 않으시면 회원가입을 할 수 없습니다.", required=True),
    ConsentDefinition(
        "optional_profile", 1, "선택 항목 수집·이용 동의", OPTIONAL_PROFILE.description,
        ("pen_name", "landline", "favourite_theatres"), _WITHDRAWAL,
        "동의를 거부할 수 있으며, 거부하셔도 회원가입과 서비스 이용에 제한이 없습니다. "
        "다만 필명 표시와 보조 연락처 안내를 받으실 수 없습니다."),
    ConsentDefinition(
        "marketing_sms", 1, "광고성 정보 문자(SMS) 수신 동의", MARKETING.description,
        ("name", "mobile"), _WITHDRAWAL, _MARKETING_REFUSAL, channel="sms"),
    ConsentDefinition(
        "marketing_email", 1, "광고성 정보 이메일 수신 동의", MARKETING.description,
        ("name", "email"), _WITHDRAWAL, _MARKETING_REFUSAL, channel="email"),
    ConsentDefinition(
        "marketing_push", 1, "광고성 정보 앱 푸시 수신 동의", MARKETING.description,
        ("name",), _WITHDRAWAL, _MARKETING_REFUSAL, channel="push"),
    ConsentDefinition(
        "marketing_night", 1, "야간(21시~다음 날 8시) 광고성 정보 수신 동의",
        "야간 시간대 문자·앱 푸시 광고성 정보 전송 (이메일은 해당 없음)",
        ("mobile",), _WITHDRAWAL,
        "동의를 거부할 수 있으며, 거부하시면 야간에는 광고성 정보를 보내지 않습니다.",
        night=True),
]

MARKETING_CHANNELS = ("marketing_sms", "marketing_email", "marketing_push")
OPTIONAL_CONSENTS = ("optional_profile", *MARKETING_CHANNELS, "marketing_night")

PROCESSORS = [
    Processor("dreamsecurity", "드림시큐리티", "실명 본인인증, 휴대폰 본인확인",
              ("name", "birthdate", "gender", "mobile", "ci", "di")),
    Processor("kcb", "코리아크레딧뷰로(KCB)", "실명 본인인증, 휴대폰 본인확인",
              ("name", "birthdate", "gender", "mobile", "ci", "di")),
]

def _purge_verifications(queryset) -> int:
    """``services`` imports this module (marketing channels), so it is imported late."""
    from .services import purge_verifications

    return purge_verifications(queryset)


def _purge_unconsented_children(queryset) -> int:
    from .services import purge_unconsented_children

    return purge_unconsented_children(queryset)


# The same rows as the access logs: the environment fields go with them, after the same
# three months, under a rule of their own (their basis is not the 통신비밀보호법).
RETENTION_RULES = [
    RetentionRule("environment_records", "접속 환경 기록", Trigger.RECORD, months(3),
                  "부정 이용 방지 및 보안(회사 내부 방침)"),
    # The withdrawal row: member number, channel, handling staff, and the staff's note on
    # how the person was verified, kept masked (issue 12.4).
    RetentionRule("withdrawal_records", "회원 탈퇴 처리 기록", Trigger.RECORD, years(1),
                  "탈퇴 요청의 처리 사실 확인 및 분쟁 대응(회사 내부 방침)"),
]

RETENTION_TARGETS = [
    RetentionTarget("withdrawal_records", "members.Withdrawal", "requested_at",
                    "회원 탈퇴 처리 기록(처리 직원의 본인 확인 메모, 마스킹하여 보관)"),
    RetentionTarget("access_logs", "members.AccessRecord", "at", "로그기록자료·접속지 추적자료(접속 기록)"),
    RetentionTarget("environment_records", "members.AccessRecord", "at",
                    "접속 환경 기록(OS, 브라우저, 기기, 통신사)"),
    RetentionTarget("until_purpose_end", "members.IdentityVerification", "expires_at",
                    "사용되지 않은 본인확인 결과", purge=_purge_verifications),
    RetentionTarget("until_purpose_end", "members.GuardianConsent", "expires_at",
                    "법정대리인 동의를 받지 못한 만 14세 미만 가입 신청",
                    purge=_purge_unconsented_children,
                    filters={"status": "requested", "member__status": "pending_guardian"}),
]


# --- for the rendered policy: what the members app does -------------------------------


def _lockout() -> str:
    from django.conf import settings

    return (f"로그인에 {settings.MARQUEE_LOGIN_MAX_FAILURES}회 연속 실패하면 "
            f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 동안 계정을 잠급니다. "
            "잠금은 실패가 있었던 기기(네트워크)에만 적용되어 다른 곳에서 회원을 잠글 수 없고, "
            "회원은 본인 명의 휴대폰으로 비밀번호를 재설정해 바로 해제할 수 있습니다. "
            f"한 주소에서 하루 {settings.MARQUEE_LOGIN_SOURCE_FREE_FAILURES}회를 넘게 실패하면 "
            "다음 시도까지의 대기 시간이 점점 늘어나며, 비밀번호 재설정 문자 등 회원에게 보내는 "
            "메시지는 한 시간에 보낼 수 있는 수를 제한합니다.")


def _argon2() -> bool:
    from django.conf import settings

    return "Argon2" in settings.PASSWORD_HASHERS[0]


def _guardian_flow() -> str:
    from .guardian import GUARDIAN_LINK_TTL

    return ("만 14세 미만 아동이 가입할 때에는 법정대리인의 동의를 받기 위하여 아동에게서 법정대리인의 "
            "이름과 휴대전화번호만 받으며, 법정대리인이 휴대폰 본인확인을 거쳐 동의해야 가입이 "
            f"완료됩니다. {GUARDIAN_LINK_TTL.days}일 안에 동의를 받지 못하거나 법정대리인이 동의를 "
            "거부하면 아동이 입력한 정보는 모두 파기합니다.")


SAFEGUARDS = [
    Safeguard("password_hash", SafeguardKind.TECHNICAL,
              "비밀번호는 Argon2 방식으로 일방향 암호화하여 저장하므로 누구도 원래 비밀번호를 알 수 "
              "없습니다.", applies=_argon2),
    Safeguard("login_lockout", SafeguardKind.TECHNICAL, _lockout),
    Safeguard("no_rrn", SafeguardKind.TECHNICAL,
              "주민등록번호는 수집하지 않으며, 입력란에 주민등록번호 형태의 값이 입력되면 받지 "
              "않습니다."),
]

STATEMENTS = [
    Statement("children", "items", _guardian_flow),
    Statement("consent_page", "withdrawal",
              "광고성 정보 수신 동의와 선택 항목 동의는 마이페이지 > 수신 동의 관리에서 언제든지 "
              "철회할 수 있고, 철회는 즉시 반영되며 처리 결과를 문자 또는 이메일로 알려 드립니다. "
              "선택 항목 동의를 철회하면 필명과 보조 연락처는 즉시 삭제됩니다.", order=10),
    Statement("membership_withdrawal", "withdrawal",
              "회원 탈퇴는 마이페이지 > 회원 탈퇴에서 비밀번호를 다시 확인한 뒤 직접 하시거나, "
              "개인정보 보호책임자에게 서면, 전화 또는 이메일로 요청하시면 본인 확인을 거쳐 "
              "처리합니다. 관람 전인 예매나 진행 중인 결제·환불이 있으면 이를 마친 뒤 탈퇴할 수 "
              "있습니다.", order=20),
    Statement("self_service", "rights",
              "마이페이지에서 회사가 보유한 본인의 개인정보 전체와 동의 이력, 접속 기록, 예매·결제 "
              "내역을 열람하고 내려받을 수 있습니다. 이메일, 주소, 필명, 보조 연락처는 마이페이지 > "
              "회원정보 수정에서 직접 정정할 수 있으며, 이름·생년월일·성별·휴대전화번호 등 "
              "본인확인기관을 통해 확인한 정보는 본인확인을 다시 거쳐야 변경됩니다.", order=5),
    Statement("download_not_stored", "destruction",
              "마이페이지의 '내 정보 다운로드' 파일은 요청할 때마다 새로 만들어 전송하며 서버에 "
              "저장하지 않습니다."),
]


def _signup_limit() -> str:
    from django.conf import settings

    return (f"같은 본인확인값(CI)으로 가입된 계정이 {settings.MARQUEE_SIGNUPS_PER_CI}개 이상이면 "
            "새 계정을 만들 수 없습니다.")


def _lockout_rule() -> str:
    from django.conf import settings

    return (f"비밀번호를 {settings.MARQUEE_LOGIN_MAX_FAILURES}회 연속 틀리면 "
            f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 동안 로그인할 수 없습니다"
            "(틀린 기기·네트워크에서만; 본인 명의 휴대폰으로 비밀번호를 재설정하면 바로 해제).")


# Decisions made without a person (PIPA 37-2, L5.2): listed in the policy; a member may
# ask for an explanation or a human review, or object (rights requests, 30 days).
DECISIONS = [
    AutomatedDecision(
        "signup_limit", "가입 계정 수 제한", "회원가입(본인확인 직후)", _signup_limit, ("ci",),
        "가입이 거절됩니다. 기존 계정으로 로그인하거나 고객센터에 문의할 수 있습니다."),
    AutomatedDecision(
        "duplicate_member", "중복 가입 확인", "회원가입(본인확인 직후)",
        "같은 중복가입 확인정보(DI)로 가입된 회원이 있으면 새로 가입할 수 없습니다.", ("di",),
        "가입이 거절되고 아이디 찾기로 안내됩니다."),
    AutomatedDecision(
        "rejoin_block", "탈퇴 직후 재가입 제한", "회원가입(본인확인 직후)",
        "탈퇴 후 3일 동안은 탈퇴한 계정의 본인확인값(CI·DI)을 해시한 값과 일치하면 가입할 수 "
        "없습니다.", ("ci", "di"), "3일이 지날 때까지 가입이 거절됩니다."),
    AutomatedDecision(
        "login_lockout", "로그인 잠금", "로그인", _lockout_rule, ("login_id",),
        "잠금 시간이 지나거나 휴대전화 본인확인으로 비밀번호를 재설정하면 다시 로그인할 수 "
        "있습니다."),
    AutomatedDecision(
        "guardian_required", "만 14세 미만 법정대리인 동의 확인", "회원가입(본인확인 직후)",
        "본인확인 결과의 생년월일로 만 14세 미만이면 법정대리인의 본인확인과 동의를 받기 "
        "전까지 가입을 완료하지 않습니다.", ("birthdate", "guardian_contact"),
        "법정대리인이 동의할 때까지 로그인할 수 없습니다.",
        basis="개인정보 보호법 제22조의2"),
]

# What the members app holds about a member, for My Page, the download and withdrawal.
PROVIDERS = [MemberProvider()]

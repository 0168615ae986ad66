"""Staff roles: who may see which models and which personal fields (P12.3, L3.1).

This module is the single source of truth for least privilege in the back office:

* each ``Role`` becomes a Django group with exactly the model permissions its grants
  list (created by a migration, re-synchronised after every ``migrate``);
* each ``ModelGrant`` also says which *personal* fields the role sees (always masked),
  which of those it may unmask with a stated reason, and which it may correct;
* ``docs/roles.md`` is rendered from these declarations (``manage.py roles_matrix``).

Field names are model field names. Fields that are not personal (status, dates, amounts)
are shown to anyone who may view the model; personal fields only when listed here.
A superuser flag grants model permissions but no personal fields: field access comes
from roles only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

VIEW, ADD, CHANGE, DELETE = "view", "add", "change", "delete"

# Member fields, named once.
ACCOUNT = ("login_id",)
CONTACT = ("name", "mobile", "email")
IDENTITY = ("birthdate", "gender", "mobile_carrier")
OPTIONAL = ("pen_name", "landline")
MEMBER_ALL = (*ACCOUNT, *CONTACT, *IDENTITY, *OPTIONAL)
# A privacy handler corrects these on a member's request (P8.2); identity-verified items
# (name, birthdate, mobile…) change only through re-verification by the member.
MEMBER_CORRECTABLE = ("email", *OPTIONAL)

CATALOGUE = ("booking.Theatre", "booking.Screen", "booking.Movie", "booking.Showtime",
             "booking.Price")

# A rights request's personal fields (what was asked, the guardian's name, where the
# reply goes, the reason given in the answer).
RIGHTS_REQUEST = ("details", "requester_name", "reply_to", "reason")
REPLY = "변경 = 처리 결과 회신(요구의 내용은 수정할 수 없음)"
# Registering a request received by phone, letter, e-mail or in person (P8, L5.1).
INTAKE = "추가 = 전화·서면·이메일·방문으로 받은 요구 접수(본인·대리 권한 확인 기록)"
# An inquiry's personal fields (support app, P13.4): shown masked to agents; the
# inquirer's name and contact may be unmasked with a reason (to call back).
INQUIRY = ("member", "guest_name", "contact", "subject", "booking")
INQUIRY_REVEAL = ("guest_name", "contact", "subject")
ANSWER_INQUIRY = "support.answer_inquiry"
# The CS lead's queue oversight: assign and reassign to any agent, the in-time statistics;
# overdue alerts go to the accounts holding the role.
OVERSEE_INQUIRIES = "support.oversee_inquiries"
# An image attached to an inquiry: shown only after unmasking with a reason.
INQUIRY_IMAGE = ("stored_as",)
HANDLE_INCIDENT = "support.handle_incident"


@dataclass(frozen=True)
class ModelGrant:
    model: str  # "app_label.ModelName"
    actions: tuple[str, ...] = (VIEW,)
    fields: tuple[str, ...] = ()  # personal fields shown, masked
    reveal: tuple[str, ...] = ()  # personal fields that may be unmasked with a reason
    edit: tuple[str, ...] = ()  # personal fields that may be corrected
    # Rows limited to members who agreed to a marketing channel; a channel's contact
    # field is shown only where that channel was agreed (P2.2).
    marketing_scope: bool = False
    note: str = ""

    def __post_init__(self):
        assert set(self.reveal) <= set(self.fields), f"{self.model}: reveal ⊄ fields"
        assert set(self.edit) <= set(self.fields), f"{self.model}: edit ⊄ fields"


@dataclass(frozen=True)
class Role:
    key: str
    name: str  # the Django group's name
    duties: str  # why the role exists; shown to members as the reason of routine access
    grants: tuple[ModelGrant, ...]
    permissions: tuple[str, ...] = ()  # extra "app_label.codename" permissions
    personal_data: bool = True  # False: the role sees no personal data at all

    def grant_for(self, model_label: str) -> ModelGrant | None:
        return next((g for g in self.grants if g.model == model_label), None)


# What the CPO and the privacy handlers both read: the engine's records (consents,
# destruction, scheduled runs) and the member's bookings and payments (refund accounts
# revealed with a reason).
_PRIVACY_OFFICE_RECORDS = (
    ModelGrant("privacy.ConsentRecord"),
    ModelGrant("privacy.DestructionRecord"),
    ModelGrant("privacy.JobRun"),
    ModelGrant("booking.Booking", fields=("member",)),
    ModelGrant("payments.Payment", fields=("card_masked", "virtual_account")),
    ModelGrant("payments.Refund", fields=("bank", "account_number", "account_holder"),
               reveal=("account_number", "account_holder")),
)

EXPORT = "backoffice.export_personal_data"
MANAGE_ROLES = "backoffice.manage_staff_roles"
SIGN_OFF = "backoffice.sign_off_review"
# The board moderation pages (/community/moderation/: report queue, removal on a §11
# reason); behind the back office's gate (2FA, pledge) and logged like the admin.
MODERATE = "community.moderate_post"
# Admitting a mobile ticket at the gate (POST /api/checkin): a booking number and seats.
CHECK_IN = "booking.check_in"

# Marketing contact fields and the consent that opens each (members.privacy CONSENTS).
MARKETING_CHANNEL_FIELDS = {"mobile": "marketing_sms", "email": "marketing_email"}

ROLES: tuple[Role, ...] = (
    Role(
        "cpo", "개인정보 보호책임자(CPO)",
        "개인정보 처리 업무 총괄, 접속기록 월간 점검, 접근권한 관리, 법령에 따른 요청 대응",
        grants=(
            ModelGrant("members.Member", fields=MEMBER_ALL, reveal=MEMBER_ALL),
            ModelGrant("members.GuardianConsent", fields=("guardian_name", "guardian_mobile"),
                       reveal=("guardian_name", "guardian_mobile")),
            ModelGrant("members.Withdrawal"),
            ModelGrant("members.AccessRecord",
                       fields=("ip", "path", "os", "browser", "device", "carrier"),
                       reveal=("ip",)),
            *_PRIVACY_OFFICE_RECORDS,
            ModelGrant("backoffice.StaffProfile", actions=(VIEW, ADD)),
            ModelGrant("backoffice.StaffAccessLog"),
            ModelGrant("backoffice.Reveal"),
            ModelGrant("backoffice.AccessRightsChange"),
            ModelGrant("backoffice.PledgeRecord", actions=(VIEW, ADD)),
            ModelGrant("backoffice.MonthlyReview"),
            ModelGrant("rights.RightsRequest", actions=(VIEW, ADD, CHANGE),
                       fields=RIGHTS_REQUEST, reveal=RIGHTS_REQUEST, note=f"{REPLY}; {INTAKE}"),
            # Recorded requests are evidence: added, never changed or deleted (the admin
            # refuses); the "provide" action needs the add permission too.
            ModelGrant("provision.LegalRequest", actions=(VIEW, ADD)),
            ModelGrant("provision.Provision", fields=("member",)),
            ModelGrant("provision.CorrectionNotice"),
            ModelGrant("policy.PolicyVersion"),  # read-only: publish with `manage.py policy`
            ModelGrant("notices.Notice", actions=(VIEW, ADD, CHANGE, DELETE),
                       note="처리방침 변경 공지는 수정·삭제 불가"),
            ModelGrant("support.Inquiry", fields=INQUIRY, reveal=INQUIRY_REVEAL),
            ModelGrant("support.InquiryAttachment", fields=INQUIRY_IMAGE, reveal=INQUIRY_IMAGE),
            ModelGrant("support.Closure", actions=(VIEW, ADD, CHANGE, DELETE)),
            ModelGrant("support.Incident", actions=(VIEW, ADD, CHANGE),
                       note="침해사고 기록, 통지·신고 기록, 종결(미이행 의무가 있으면 불가)"),
        ),
        permissions=(EXPORT, MANAGE_ROLES, SIGN_OFF, HANDLE_INCIDENT, OVERSEE_INQUIRIES),
    ),
    Role(
        "privacy_handler", "개인정보 취급자(권리 행사 처리)",
        "정보주체의 열람·정정·삭제·처리정지 요구와 회원 탈퇴 요청 처리, 파기 기록 관리, "
        "다른 사람의 개인정보가 노출된 게시물 등 게시판 신고 처리",
        grants=(
            ModelGrant("members.Member", actions=(VIEW, CHANGE), fields=MEMBER_ALL,
                       reveal=MEMBER_ALL, edit=MEMBER_CORRECTABLE),
            ModelGrant("members.GuardianConsent", fields=("guardian_name", "guardian_mobile"),
                       reveal=("guardian_name", "guardian_mobile")),
            ModelGrant("members.Withdrawal", actions=(VIEW, ADD)),
            ModelGrant("members.AccessRecord",
                       fields=("ip", "path", "os", "browser", "device", "carrier")),
            *_PRIVACY_OFFICE_RECORDS,
            ModelGrant("rights.RightsRequest", actions=(VIEW, ADD, CHANGE),
                       fields=RIGHTS_REQUEST, reveal=RIGHTS_REQUEST, note=f"{REPLY}; {INTAKE}"),
            # Which recipients hold a member's data: for correction notices (P8.4).
            ModelGrant("provision.Provision", fields=("member",)),
            ModelGrant("provision.CorrectionNotice"),
        ),
        permissions=(EXPORT, MODERATE),
    ),
    Role(
        "cs_agent", "고객상담(CS) 담당자",
        "고객 문의 응대(예매·결제·환불 확인), 전화·서면·이메일 탈퇴 요청 접수 처리, "
        "권리 행사 요구 처리 결과 회신, 게시판 신고 처리와 운영정책에 따른 게시물 삭제 조치",
        grants=(
            ModelGrant("members.Member", fields=(*ACCOUNT, *CONTACT), reveal=CONTACT),
            ModelGrant("members.Withdrawal", actions=(VIEW, ADD)),
            ModelGrant("privacy.ConsentRecord"),
            ModelGrant("booking.Booking", fields=("member",)),
            ModelGrant("payments.Payment", fields=("card_masked",)),
            ModelGrant("payments.Refund", fields=("bank", "account_number", "account_holder")),
            # What was asked, to answer it; not the guardian's name or the reply address
            # (the reply is sent to the recorded contact) nor earlier answers' reasons.
            ModelGrant("rights.RightsRequest", actions=(VIEW, CHANGE), fields=("details",),
                       reveal=("details",), note=f"{REPLY}; 요구 내용만"),
            ModelGrant("support.Inquiry", fields=INQUIRY, reveal=INQUIRY_REVEAL,
                       note="답변·메모·배정·종결은 1:1 문의 처리 화면에서"),
            ModelGrant("support.InquiryAttachment", fields=INQUIRY_IMAGE, reveal=INQUIRY_IMAGE,
                       note="첨부 이미지는 사유를 적고 마스킹 해제한 뒤에만 표시"),
            ModelGrant("support.ReplyTemplate", actions=(VIEW, ADD, CHANGE, DELETE)),
            ModelGrant("support.Closure"),
        ),
        permissions=(MODERATE, ANSWER_INQUIRY),
    ),
    Role(
        "cs_lead", "고객상담(CS) 책임자",
        "1:1 문의 대기열 관리(상담원 배정·재배정), 답변 기한 경과 문의 알림 수신과 조치, "
        "기한 내 답변율 관리, 고객 문의 응대, 고객센터 휴무일·답변 템플릿 관리",
        grants=(
            ModelGrant("members.Member", fields=(*ACCOUNT, *CONTACT), reveal=CONTACT),
            ModelGrant("booking.Booking", fields=("member",)),
            ModelGrant("payments.Payment", fields=("card_masked",)),
            ModelGrant("payments.Refund", fields=("bank", "account_number", "account_holder")),
            ModelGrant("support.Inquiry", fields=INQUIRY, reveal=INQUIRY_REVEAL,
                       note="배정·재배정·통계는 대기열에서, 답변·메모·종결은 처리 화면에서"),
            ModelGrant("support.InquiryAttachment", fields=INQUIRY_IMAGE, reveal=INQUIRY_IMAGE,
                       note="첨부 이미지는 사유를 적고 마스킹 해제한 뒤에만 표시"),
            ModelGrant("support.ReplyTemplate", actions=(VIEW, ADD, CHANGE, DELETE)),
            ModelGrant("support.Closure", actions=(VIEW, ADD, CHANGE, DELETE)),
        ),
        permissions=(ANSWER_INQUIRY, OVERSEE_INQUIRIES),
    ),
    Role(
        "marketing", "마케팅 담당자",
        "광고성 정보 수신에 동의한 회원 대상 캠페인 기획(동의한 채널만), 이벤트 등록과 경품 배송 관리",
        grants=(
            ModelGrant("members.Member", fields=("name", *MARKETING_CHANNEL_FIELDS),
                       marketing_scope=True,
                       note="광고성 정보 수신에 동의한 회원만, 동의한 채널의 연락처만"),
            # Events (P1.7): create events and prizes; entries and deliveries masked.
            ModelGrant("events.Event", actions=(VIEW, ADD, CHANGE)),
            ModelGrant("events.Prize", actions=(VIEW, ADD, CHANGE, DELETE)),
            ModelGrant("events.Entry", fields=("member", "mobile")),
            ModelGrant("events.Delivery", actions=(VIEW, CHANGE),
                       fields=("member", "recipient_name", "mobile", "postcode", "address",
                               "address_detail"),
                       note="변경 = 배송 상태 기록(발송, 배송 완료, 배송 실패)"),
            ModelGrant("marketing.Campaign", actions=(VIEW, ADD, CHANGE),
                       note="발송 대상은 동의한 회원만(목적 제한 조회), 광고 표시·수신거부 자동 포함"),
            ModelGrant("marketing.AdRecord"),
        ),
    ),
    Role(
        "cinema_manager", "극장 운영 관리자",
        "극장·상영관·좌석 배치도·영화·상영 회차·요금 관리",
        grants=(
            ModelGrant("booking.Theatre", actions=(VIEW, CHANGE)),
            ModelGrant("booking.Screen", actions=(VIEW, ADD, CHANGE, DELETE)),
            ModelGrant("booking.Movie", actions=(VIEW, ADD, CHANGE, DELETE)),
            ModelGrant("booking.Showtime", actions=(VIEW, ADD, CHANGE, DELETE)),
            ModelGrant("booking.Price", actions=(VIEW, ADD, CHANGE, DELETE)),
        ),
        permissions=(CHECK_IN,),
        personal_data=False,
    ),
    Role(
        "developer", "개발·운영자",
        "서비스 운영과 장애 대응(개인정보 열람 없음)",
        grants=tuple(ModelGrant(label) for label in CATALOGUE if label != "booking.Price"),
        personal_data=False,
    ),
)

ROLES_BY_KEY = {role.key: role for role in ROLES}
ROLES_BY_GROUP = {role.name: role for role in ROLES}


def role(key: str) -> Role:
    return ROLES_BY_KEY[key]


# --- the effective policy of one staff member -------------------------------------------


@dataclass
class FieldPolicy:
    """What one staff member may do with one model's personal fields (union of roles)."""

    fields: set = field(default_factory=set)
    reveal: set = field(default_factory=set)
    edit: set = field(default_factory=set)
    marketing_scope: bool = True  # narrowed unless some role sees the model unscoped


def roles_of(user) -> list[Role]:
    """The roles a staff member holds now (through their groups)."""
    if not getattr(user, "is_authenticated", False) or not user.is_staff:
        return []
    cached = getattr(user, "_backoffice_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = [r for r in ROLES if r.name in names]
        user._backoffice_roles = cached
    return cached


def field_policy(user, model_label: str) -> FieldPolicy:
    policy = FieldPolicy()
    granted = False
    for r in roles_of(user):
        grant = r.grant_for(model_label)
        if grant is None:
            continue
        granted = True
        policy.fields |= set(grant.fields)
        policy.reveal |= set(grant.reveal)
        policy.edit |= set(grant.edit)
        policy.marketing_scope = policy.marketing_scope and grant.marketing_scope
    if not granted:
        policy.marketing_scope = False
    return policy


def handles_personal_data(user) -> bool:
    return any(r.personal_data for r in roles_of(user))


def permission_codenames(r: Role) -> list[tuple[str, str]]:
    """(app_label, codename) pairs for a role's group."""
    pairs = []
    for grant in r.grants:
        app_label, model = grant.model.split(".")
        pairs += [(app_label, f"{action}_{model.lower()}") for action in grant.actions]
    pairs += [tuple(p.split(".", 1)) for p in r.permissions]
    return pairs


def sync_groups(apps=None, *, verbosity: int = 0) -> list[str]:
    """Make each role's group hold exactly its declared permissions (idempotent).

    ``apps`` is the migration state registry inside a migration, the live one otherwise.
    Permissions for models not installed (yet) are skipped; the next ``migrate`` adds them.
    """
    if apps is None:
        from django.apps import apps as live_apps

        apps = live_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    missing = []
    for r in ROLES:
        group, _ = Group.objects.get_or_create(name=r.name)
        wanted = []
        for app_label, codename in permission_codenames(r):
            perm = Permission.objects.filter(content_type__app_label=app_label,
                                             codename=codename).first()
            if perm is None:
                missing.append(f"{app_label}.{codename}")
            else:
                wanted.append(perm)
        group.permissions.set(wanted)
    return missing


# Korean labels for personal fields whose models give none (used by the admin and docs).
FIELD_LABELS = {
    "login_id": "아이디", "name": "이름", "birthdate": "생년월일", "gender": "성별",
    "mobile": "휴대전화번호", "mobile_carrier": "통신사",
    "email": "이메일", "postcode": "우편번호", "address": "주소", "address_detail": "상세주소",
    "pen_name": "필명", "landline": "전화번호(자택·직장)", "guardian_name": "법정대리인 이름",
    "guardian_mobile": "법정대리인 휴대전화번호", "ip": "IP 주소", "path": "접속 경로",
    "os": "OS", "browser": "브라우저", "device": "단말기", "carrier": "이동통신사",
    "member": "회원", "card_masked": "카드번호", "virtual_account": "가상계좌",
    "bank": "환불 은행", "account_number": "환불 계좌번호", "account_holder": "예금주",
}


def field_label(model, name: str) -> str:
    """The field's own verbose name if it has one, else the label above."""
    verbose = str(model._meta.get_field(name).verbose_name)
    if verbose != name.replace("_", " "):
        return verbose
    return FIELD_LABELS.get(name, verbose)

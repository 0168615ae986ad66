"""Member services: everything that writes member data goes through here.

Views only translate HTTP; these functions hold the rules and the transaction
boundaries (HackSoft style). Each multi-step write runs in one transaction so that a
failure half-way leaves nothing behind.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from marquee.compliance.provision import corrections
from marquee.errors import ServiceError
from marquee.outbox import services as outbox
from marquee.outbox.models import Message
from marquee.privacy import consent
from marquee.privacy.archive import services as archive
from marquee.privacy.inventory import inventory
from marquee.privacy.models import ConsentRecord
from marquee.privacy.vault.fields import blind_index

from .identity.base import VerificationFailed, VerifiedIdentity
from .models import GuardianConsent, IdentityVerification, Member, UsedVerification
from .privacy import MARKETING_CHANNELS

VERIFICATION_TTL = timedelta(minutes=30)
TOMBSTONE_TTL = timedelta(days=1)
GUARDIAN_LINK_TTL = timedelta(days=7)
ADULT_AGE = 19  # 민법 제4조: 19세로 성년
GUARDIAN_CONSENT_AGE = 14  # PIPA 22-2


class SignupRefused(ServiceError):
    """Signup cannot go ahead; the message is shown to the person as is."""

    code = "signup_refused"


def _kst_today() -> datetime.date:
    return timezone.localdate()


# --- verification results --------------------------------------------------------


def store_verification(identity: VerifiedIdentity, purpose: str) -> IdentityVerification:
    """Keep a fresh result until the step that uses it; each result is usable once."""
    index = blind_index("verification-transaction", f"{identity.provider}:{identity.transaction_id}")
    try:
        with transaction.atomic():
            UsedVerification.objects.create(transaction_index=index)
            return IdentityVerification.objects.create(
                provider=identity.provider, transaction_index=index, purpose=purpose,
                result=identity.to_json(), expires_at=timezone.now() + VERIFICATION_TTL)
    except IntegrityError:
        raise VerificationFailed("이미 사용된 본인확인 결과입니다. 다시 인증해 주세요.") from None


def pending_verification(vault_id, purpose: str) -> IdentityVerification:
    record = IdentityVerification.objects.select_related("data_key").filter(
        vault_id=vault_id, purpose=purpose).first()
    if record is None or record.expires_at <= timezone.now():
        raise VerificationFailed("본인확인 정보가 없거나 만료되었습니다. 다시 인증해 주세요.")
    return record


def discard_verification(record: IdentityVerification) -> None:
    """The purpose is achieved: shred the key, then drop the row."""
    key = record.data_key
    record.delete()
    key.destroy("본인확인 결과 사용 완료")


def purge_verifications(queryset) -> int:
    """Retention purge: shred each result's own key, then drop the rows."""
    count = 0
    for record in queryset.select_related("data_key"):
        with transaction.atomic():
            discard_verification(record)
        count += 1
    return count


def purge_unconsented_children(queryset) -> int:
    count = 0
    for request in queryset.select_related("member__data_key"):
        with transaction.atomic():
            child = request.member
            key = child.data_key
            child.delete()
            key.destroy("법정대리인 동의 기한 경과")
        count += 1
    return count


def discard_expired_verifications() -> int:
    """Results nobody used in time: their purpose lapsed, so they go (P3.1)."""
    return purge_verifications(IdentityVerification.objects.filter(expires_at__lte=timezone.now()))


def forget_used_verifications() -> int:
    """Tombstones outlive every result they guard (results expire after minutes)."""
    cutoff = timezone.now() - TOMBSTONE_TTL
    return UsedVerification.objects.filter(used_at__lt=cutoff).delete()[0]


def discard_unconsented_children() -> int:
    """A child whose guardian never answered within the link's life is not a member:
    everything the child typed is destroyed (PIPA 22-2)."""
    return purge_unconsented_children(GuardianConsent.objects.filter(
        status=GuardianConsent.Status.REQUESTED, expires_at__lte=timezone.now(),
        member__status=Member.Status.PENDING_GUARDIAN))


# --- signup ------------------------------------------------------------------------


@dataclass
class SignupData:
    login_id: str
    password: str
    email: str
    postcode: str
    address: str
    address_detail: str
    pen_name: str = ""
    landline: str = ""
    guardian_name: str = ""
    guardian_mobile: str = ""


def check_identity_can_join(identity: VerifiedIdentity) -> None:
    if archive.is_blocked("di", blind_index("di", identity.di)) or archive.is_blocked(
            "ci", blind_index("ci", identity.ci)):
        raise SignupRefused("탈퇴 후 3일 동안은 같은 본인확인 정보로 다시 가입할 수 없습니다.")
    if Member.objects.find(di=identity.di).exists():
        raise SignupRefused("이미 가입된 회원입니다. 아이디 찾기를 이용해 주세요.")
    if Member.objects.find(ci=identity.ci).count() >= settings.MARQUEE_SIGNUPS_PER_CI:
        raise SignupRefused("가입 가능한 계정 수를 초과했습니다. 고객센터로 문의해 주세요.")


def needs_guardian(identity: VerifiedIdentity) -> bool:
    return identity.age_on(_kst_today()) < GUARDIAN_CONSENT_AGE


@transaction.atomic
def sign_up(record: IdentityVerification, data: SignupData, answers: dict[str, bool],
            *, via=ConsentRecord.Via.WEB) -> Member:
    """Create the account from a verified identity, the typed items and the consents.

    A member under 14 is created inactive, and their guardian is asked to consent.
    """
    identity = VerifiedIdentity.from_json(record.result)
    if not answers.get("terms"):
        raise SignupRefused("이용약관에 동의해야 가입할 수 있습니다.")
    check_identity_can_join(identity)
    if Member.objects.login_id_taken(data.login_id):
        raise SignupRefused("이미 사용 중인 아이디입니다.")
    minor = needs_guardian(identity)
    if minor and not (data.guardian_name and data.guardian_mobile):
        raise SignupRefused("만 14세 미만은 법정대리인의 이름과 휴대전화번호가 필요합니다.")
    optional_agreed = answers.get("optional_profile", False)

    member = Member(
        login_id=data.login_id, name=identity.name, birthdate=identity.birthdate,
        gender=identity.gender,
        nationality=Member.Nationality.FOREIGN if identity.is_foreigner else Member.Nationality.DOMESTIC,
        mobile=identity.mobile, mobile_carrier=identity.carrier, ci=identity.ci, di=identity.di,
        email=data.email, postcode=data.postcode, address=data.address,
        address_detail=data.address_detail,
        # Optional items are stored only with their consent (L1.4: never required).
        pen_name=data.pen_name if optional_agreed else "",
        landline=data.landline if optional_agreed else "",
        identity_verified_at=timezone.now(),
        status=Member.Status.PENDING_GUARDIAN if minor else Member.Status.ACTIVE,
        is_active=not minor,
    )
    member.set_password(data.password)
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError:
        raise SignupRefused("이미 가입된 회원이거나 사용 중인 아이디입니다.") from None
    full_answers = {key: bool(answers.get(key, False)) for key in inventory.consents}
    if minor:
        # The child's own answers are not consent (PIPA 22-2); the guardian decides.
        _request_guardian_consent(member, data.guardian_name, data.guardian_mobile)
    else:
        consent.record(member, full_answers, via=via)
        _confirm_marketing(member, {k: full_answers[k] for k in MARKETING_CHANNELS},
                           at=timezone.now())
    discard_verification(record)
    return member


# --- guardians (PIPA 22-2, L1.3) ---------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _request_guardian_consent(member: Member, guardian_name: str, guardian_mobile: str):
    token = secrets.token_urlsafe(32)
    GuardianConsent.objects.create(
        member=member, guardian_name=guardian_name, guardian_mobile=guardian_mobile,
        token_hash=_token_hash(token), expires_at=timezone.now() + GUARDIAN_LINK_TTL)
    link = settings.MARQUEE_SITE_URL + reverse("members:guardian_start", args=[token])
    outbox.queue(
        data_key=member.data_key, channel="sms", kind="guardian_consent_request",
        recipient=guardian_mobile,
        body=(f"[{settings.MARQUEE_SENDER_NAME}] {guardian_name}님, 자녀(만 14세 미만)의 회원가입에 "
              f"법정대리인 동의가 필요합니다. 본인확인 후 동의 여부를 선택해 주세요: {link}"),
    )
    return token


def guardian_contact(member: Member) -> dict | None:
    """The consenting guardian of a child member, for rights requests made on the child's
    behalf (P8.5; the privacy engine's MARQUEE_GUARDIAN_CONTACT hook)."""
    request = GuardianConsent.objects.filter(
        member=member, status=GuardianConsent.Status.CONSENTED).first()
    if request is None:
        return None
    return {"name": request.guardian_name, "mobile": request.guardian_mobile}


def guardian_request(token: str) -> GuardianConsent:
    request = GuardianConsent.objects.select_related("member", "member__data_key").filter(
        token_hash=_token_hash(token)).first()
    if request is None or request.expires_at <= timezone.now():
        raise SignupRefused("동의 요청 링크가 유효하지 않거나 만료되었습니다.")
    if request.status != GuardianConsent.Status.REQUESTED:
        raise SignupRefused("이미 처리된 동의 요청입니다.")
    return request


def _same_mobile(a: str, b: str) -> bool:
    return blind_index("mobile", a, "mobile") == blind_index("mobile", b, "mobile")


@transaction.atomic
def guardian_decides(token: str, record: IdentityVerification, answers: dict[str, bool],
                     *, agree: bool) -> GuardianConsent:
    """The verified guardian consents (activating the child) or refuses."""
    request = guardian_request(token)
    # Lock, then look again: two answers at once must not both be taken.
    request = GuardianConsent.objects.select_for_update().select_related(
        "member", "member__data_key").get(pk=request.pk)
    if request.status != GuardianConsent.Status.REQUESTED:
        raise SignupRefused("이미 처리된 동의 요청입니다.")
    guardian = VerifiedIdentity.from_json(record.result)
    if guardian.age_on(_kst_today()) < ADULT_AGE:
        raise SignupRefused("법정대리인은 만 19세 이상 성인이어야 합니다.")
    if guardian.name.strip() != request.guardian_name.strip() or not _same_mobile(
            guardian.mobile, request.guardian_mobile):
        raise SignupRefused("본인확인 결과가 자녀가 입력한 법정대리인 정보와 일치하지 않습니다.")
    child = request.member
    if guardian.di == child.di:
        raise SignupRefused("자녀 본인은 법정대리인으로 동의할 수 없습니다.")
    now = timezone.now()
    request.guardian_result = {
        "name": guardian.name, "birthdate": guardian.birthdate.isoformat(),
        "mobile": guardian.mobile, "ci": guardian.ci, "di": guardian.di,
        "provider": guardian.provider, "transaction_id": guardian.transaction_id,
        "verified_at": now.isoformat(),
    }
    request.decided_at = now
    request.status = GuardianConsent.Status.CONSENTED if agree else GuardianConsent.Status.REFUSED
    request.save()
    if agree:
        if not answers.get("terms"):
            raise SignupRefused("이용약관에 동의해야 가입을 승인할 수 있습니다.")
        full = {key: bool(answers.get(key, False)) for key in inventory.consents}
        consent.record(child, full, actor=ConsentRecord.Actor.GUARDIAN,
                       actor_reference=f"guardian-consent:{request.pk}")
        child.status = Member.Status.ACTIVE
        child.is_active = True
        child.save(update_fields=["status", "is_active"])
    else:
        # Without the guardian's consent nothing about the child may be kept.
        discard_verification(record)
        key = child.data_key
        child.delete()
        key.destroy("법정대리인 동의 거부")
        return request
    outbox.queue(
        data_key=child.data_key, channel="sms", kind="guardian_consent_result",
        recipient=guardian.mobile,
        body=(f"[{settings.MARQUEE_SENDER_NAME}] 자녀 회원가입 법정대리인 "
              f"{'동의' if agree else '동의 거부'}가 {timezone.localtime(now):%Y-%m-%d %H:%M}에 "
              "처리되었습니다."),
    )
    discard_verification(record)
    return request


# --- consents (L1.2) ----------------------------------------------------------------


def _confirm_marketing(member: Member, changes: dict[str, bool], *, at) -> None:
    """Tell the member what was processed (망법 시행령 62-3: sender, date, result)."""
    if not changes:
        return
    lines = [f"- {inventory.consents[k].title}: {'동의' if v else '거부(철회)'}"
             for k, v in changes.items()]
    body = "\n".join([
        f"[{settings.MARQUEE_SENDER_NAME}] 수신 동의 처리 결과 안내",
        f"처리 일시: {timezone.localtime(at):%Y-%m-%d %H:%M}",
        *lines,
        "변경은 마이페이지 > 수신 동의 관리에서 언제든 하실 수 있습니다.",
    ])
    channel, recipient = ("sms", member.mobile) if member.mobile else ("email", member.email)
    outbox.queue(data_key=member.data_key, channel=channel, kind="consent_confirmation",
                 recipient=recipient, body=body)


@transaction.atomic
def change_consents(member: Member, answers: dict[str, bool], *,
                    via=ConsentRecord.Via.WEB,
                    actor=ConsentRecord.Actor.MEMBER) -> dict[str, bool]:
    """Record the answers that differ from the current state; confirm them (L1.2).
    Also the privacy engine's MARQUEE_CONSENT_CHANGE hook (rights requests)."""
    current = consent.current_state(member)
    changes = {k: bool(v) for k, v in answers.items()
               if k in inventory.consents and not inventory.consents[k].required
               and current.get(k) != bool(v)}
    if not changes:
        return {}
    consent.record(member, changes, via=via, actor=actor)
    if changes.get("optional_profile") is False:
        # Consent withdrawn: the optional items go with it (P3.1).
        member.pen_name = ""
        member.landline = ""
        member.save(update_fields=["pen_name", "landline"])
        member.favourite_theatres.all().delete()
    _confirm_marketing(member, changes, at=timezone.now())
    return changes


# --- My Page corrections (P8.2) ----------------------------------------------------


@transaction.atomic
def update_profile(member: Member, *, email: str, postcode: str, address: str,
                   address_detail: str, pen_name: str = "", landline: str = "") -> Member:
    member.email = email
    member.postcode = postcode
    member.address = address
    member.address_detail = address_detail
    if consent.current_state(member).get("optional_profile"):
        member.pen_name = pen_name
        member.landline = landline
    member.save()
    # P8.4: recipients given an earlier value are sent the corrected one.
    corrections.notify_recipients(member, ["email", "address", "pen_name", "landline"])
    return member


@transaction.atomic
def apply_reverification(member: Member, record: IdentityVerification) -> Member:
    """Identity-verified items change only through a new verification of the same person."""
    identity = VerifiedIdentity.from_json(record.result)
    if identity.di != member.di:
        raise VerificationFailed("회원 본인의 본인확인 결과가 아닙니다.")
    member.name = identity.name
    member.birthdate = identity.birthdate
    member.gender = identity.gender
    member.nationality = (Member.Nationality.FOREIGN if identity.is_foreigner
                          else Member.Nationality.DOMESTIC)
    member.mobile = identity.mobile
    member.mobile_carrier = identity.carrier
    member.ci = identity.ci
    member.identity_verified_at = timezone.now()
    member.save()
    discard_verification(record)
    corrections.notify_recipients(member, ["name", "birthdate", "gender", "nationality",
                                           "mobile", "ci"])
    return member


# --- password reset through the verified mobile -----------------------------------


def request_password_reset(login_id: str, mobile: str) -> bool:
    """Send a reset link to the member's verified mobile if both match.

    The page says the same thing either way, so it cannot be used to test IDs.
    """
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    member = Member.objects.find(login_id=login_id).filter(status=Member.Status.ACTIVE).first()
    if member is None or not member.mobile or not _same_mobile(member.mobile, mobile):
        return False
    uid = urlsafe_base64_encode(force_bytes(member.pk))
    token = default_token_generator.make_token(member)
    link = settings.MARQUEE_SITE_URL + reverse("members:password_reset_confirm",
                                               args=[uid, token])
    with transaction.atomic():
        outbox.queue(data_key=member.data_key, channel="sms", kind="password_reset",
                     recipient=member.mobile,
                     body=f"[{settings.MARQUEE_SENDER_NAME}] 비밀번호 재설정 링크(1시간 유효): {link}")
    return True


# --- My Page data view (P8.1) --------------------------------------------------------


def _contributed_sections(member: Member) -> dict:
    """Other apps add what they hold about the member (bookings, provisions, staff
    access…) by listing a callable ``f(member) -> dict`` in
    ``settings.MARQUEE_PERSONAL_DATA_SECTIONS``; each dict is merged into the export."""
    from django.utils.module_loading import import_string

    sections = {}
    for path in getattr(settings, "MARQUEE_PERSONAL_DATA_SECTIONS", ()):
        sections.update(import_string(path)(member))
    return sections


def mypage_sections(member: Member) -> list[dict]:
    """Extra My Page sections: callables ``f(member) -> {"template": ..., **context}`` in
    ``settings.MARQUEE_MYPAGE_SECTIONS`` (rendered in order, after the built-in ones)."""
    from django.utils.module_loading import import_string

    return [import_string(path)(member) for path in getattr(settings, "MARQUEE_MYPAGE_SECTIONS", ())]


def personal_data(member: Member) -> dict:
    """Every personal item held about the member, by item, with consents and history."""
    items = []
    for item in inventory.items.values():
        values = {}
        for label in item.fields:
            app_label, model_name, field_name = label.split(".")
            if label.startswith("members.Member."):
                value = getattr(member, field_name)
                if field_name == "password":
                    value = "(단방향 암호화되어 저장되며 누구도 볼 수 없습니다)"
                values[field_name] = value
        if values:
            items.append({"key": item.key, "label": item.label, "category": item.category.label,
                          "values": values,
                          "purposes": [p.label for p in item.purposes],
                          "retention": [inventory.rules[r].label + " (" +
                                        inventory.rules[r].period.label + ")"
                                        for r in item.retention]})
    guardian = GuardianConsent.objects.filter(member=member).first()
    return {
        "items": items,
        "guardian": None if guardian is None else {
            "name": guardian.guardian_name, "mobile": guardian.guardian_mobile,
            "status": guardian.get_status_display(),
            "verified_at": (guardian.guardian_result or {}).get("verified_at"),
        },
        "consents": consent.current_state(member),
        "consent_history": [
            {"consent": rec.text.title, "version": rec.text.version,
             "answer": "동의" if rec.agreed else "거부", "at": rec.at.isoformat(),
             "via": rec.get_via_display(), "by": rec.get_actor_display()}
            for rec in consent.history(member)
        ],
        "access_records": [
            {"at": r.at.isoformat(), "ip": r.ip, "path": r.path, "os": r.os,
             "browser": r.browser, "device": r.device, "carrier": r.carrier}
            for r in member.access_records.all()
        ],
        **_contributed_sections(member),
        "messages": [
            {"at": m.created_at.isoformat(), "channel": m.get_channel_display(),
             "recipient": m.recipient, "body": m.body,
             "sent_at": m.sent_at.isoformat() if m.sent_at else None}
            for m in Message.objects.filter(data_key=member.data_key).select_related("data_key")
        ],
    }

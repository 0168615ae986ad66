"""Guardian consent for members under 14 (PIPA 22-2, L1.3): the child gives only the
guardian's name and mobile; the guardian verifies their identity and decides. Without
the guardian's consent nothing about the child is kept."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from marquee.outbox import services as outbox
from marquee.privacy.api import (
    ConsentRecord,
    blind_index,
    consent,
    inventory,
    mask_login_id,
    mask_name,
)

from . import verification
from .errors import SignupRefused
from .identity.base import VerifiedIdentity
from .models import GuardianConsent, IdentityVerification, Member

GUARDIAN_LINK_TTL = timedelta(days=7)
ADULT_AGE = 19  # 민법 제4조: 19세로 성년


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def same_mobile(a: str, b: str) -> bool:
    return blind_index("mobile", a, "mobile") == blind_index("mobile", b, "mobile")


def child_label(child: Member) -> str:
    """The child as the guardian's message and page name them (L1.3): masked name and
    login ID, enough for a parent of two to know who asked, no more."""
    return f"{mask_name(child.name)}({mask_login_id(child.login_id)})"


def request_guardian_consent(member: Member, guardian_name: str, guardian_mobile: str) -> str:
    """Store the request and text the guardian a one-time link; returns the token."""
    token = secrets.token_urlsafe(32)
    GuardianConsent.objects.create(
        member=member, guardian_name=guardian_name, guardian_mobile=guardian_mobile,
        token_hash=_token_hash(token), expires_at=timezone.now() + GUARDIAN_LINK_TTL)
    link = settings.MARQUEE_SITE_URL + reverse("members:guardian_start", args=[token])
    outbox.queue(
        data_key=member.data_key, channel="sms", kind="guardian_consent_request",
        recipient=guardian_mobile,
        body=(f"[{settings.MARQUEE_SENDER_NAME}] {guardian_name}님, 자녀 {child_label(member)}"
              f"(만 14세 미만)의 회원가입에 법정대리인 동의가 필요합니다. 본인확인 후 동의 여부를 "
              f"선택해 주세요: {link}"),
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


def _check_guardian(request: GuardianConsent, guardian: VerifiedIdentity) -> None:
    """The verified person is an adult, is the guardian the child named, and not the child."""
    if guardian.age_on(timezone.localdate()) < ADULT_AGE:
        raise SignupRefused("법정대리인은 만 19세 이상 성인이어야 합니다.")
    if guardian.name.strip() != request.guardian_name.strip() or not same_mobile(
            guardian.mobile, request.guardian_mobile):
        raise SignupRefused("본인확인 결과가 자녀가 입력한 법정대리인 정보와 일치하지 않습니다.")
    if guardian.di == request.member.di:
        raise SignupRefused("자녀 본인은 법정대리인으로 동의할 수 없습니다.")


def _activate(request: GuardianConsent, child: Member, answers: dict[str, bool]) -> None:
    if not answers.get("terms"):
        raise SignupRefused("이용약관에 동의해야 가입을 승인할 수 있습니다.")
    full = {key: bool(answers.get(key, False)) for key in inventory.consents}
    consent.record(child, full, actor=ConsentRecord.Actor.GUARDIAN,
                   actor_reference=f"guardian-consent:{request.pk}")
    child.status = Member.Status.ACTIVE
    child.is_active = True
    child.save(update_fields=["status", "is_active"])


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
    _check_guardian(request, guardian)
    child = request.member
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
    if not agree:
        # Without the guardian's consent nothing about the child may be kept.
        verification.discard_verification(record)
        key = child.data_key
        child.delete()
        key.destroy("법정대리인 동의 거부")
        return request
    _activate(request, child, answers)
    outbox.queue(
        data_key=child.data_key, channel="sms", kind="guardian_consent_result",
        recipient=guardian.mobile,
        body=(f"[{settings.MARQUEE_SENDER_NAME}] 자녀 회원가입 법정대리인 동의가 "
              f"{timezone.localtime(now):%Y-%m-%d %H:%M}에 처리되었습니다."),
    )
    verification.discard_verification(record)
    return request


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


def discard_unconsented_children() -> int:
    """A child whose guardian never answered within the link's life is not a member:
    everything the child typed is destroyed (PIPA 22-2)."""
    return purge_unconsented_children(GuardianConsent.objects.filter(
        status=GuardianConsent.Status.REQUESTED, expires_at__lte=timezone.now(),
        member__status=Member.Status.PENDING_GUARDIAN))

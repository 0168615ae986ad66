"""Signup from a verified identity, the typed items and the consents (P1.1, L1.1, L1.4).
A member under 14 is created inactive and their guardian is asked (guardian.py)."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from marquee.privacy.api import ConsentRecord, archive, blind_index, consent, inventory

from . import verification
from .consents import confirm_marketing
from .errors import SignupRefused
from .guardian import request_guardian_consent
from .identity.base import VerifiedIdentity
from .models import IdentityVerification, Member
from .privacy import MARKETING_CHANNELS

GUARDIAN_CONSENT_AGE = 14  # PIPA 22-2


@dataclass
class SignupData:
    login_id: str
    password: str
    email: str
    pen_name: str = ""
    landline: str = ""
    guardian_name: str = ""
    guardian_mobile: str = ""


def check_identity_can_join(identity: VerifiedIdentity) -> None:
    """The automated signup decisions (L5.2), each refusal naming its declared decision
    so the page can link to it. Run right after identity verification and again at
    signup (the state may change in between)."""
    if archive.is_blocked("di", blind_index("di", identity.di)) or archive.is_blocked(
            "ci", blind_index("ci", identity.ci)):
        raise SignupRefused("탈퇴 후 3일 동안은 같은 본인확인 정보로 다시 가입할 수 없습니다.",
                            decision="rejoin_block")
    if Member.objects.find(di=identity.di).exists():
        raise SignupRefused("이미 가입된 회원입니다. 아이디 찾기를 이용해 주세요.",
                            decision="duplicate_member")
    if Member.objects.find(ci=identity.ci).count() >= settings.MARQUEE_SIGNUPS_PER_CI:
        raise SignupRefused("가입 가능한 계정 수를 초과했습니다. 고객센터로 문의해 주세요.",
                            decision="signup_limit")


def needs_guardian(identity: VerifiedIdentity) -> bool:
    return identity.age_on(timezone.localdate()) < GUARDIAN_CONSENT_AGE


def _new_member(identity: VerifiedIdentity, data: SignupData, *, minor: bool,
                optional_agreed: bool) -> Member:
    member = Member(
        login_id=data.login_id, name=identity.name, birthdate=identity.birthdate,
        gender=identity.gender,
        mobile=identity.mobile, mobile_carrier=identity.carrier, ci=identity.ci, di=identity.di,
        email=data.email,
        # Optional items are stored only with their consent (L1.4: never required).
        pen_name=data.pen_name if optional_agreed else "",
        landline=data.landline if optional_agreed else "",
        identity_verified_at=timezone.now(),
        status=Member.Status.PENDING_GUARDIAN if minor else Member.Status.ACTIVE,
        is_active=not minor,
    )
    member.set_password(data.password)
    return member


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
    member = _new_member(identity, data, minor=minor,
                         optional_agreed=answers.get("optional_profile", False))
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError:
        raise SignupRefused("이미 가입된 회원이거나 사용 중인 아이디입니다.") from None
    full_answers = {key: bool(answers.get(key, False)) for key in inventory.consents}
    if minor:
        # The child's own answers are not consent (PIPA 22-2); the guardian decides.
        request_guardian_consent(member, data.guardian_name, data.guardian_mobile)
    else:
        consent.record(member, full_answers, via=via)
        confirm_marketing(member, {k: full_answers[k] for k in MARKETING_CHANNELS},
                          at=timezone.now(), signup=True)
    verification.discard_verification(record)
    return member

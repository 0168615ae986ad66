"""The member's own changes to their account: corrections from My Page (P8.2), identity
re-verification, and the password reset through the verified mobile."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from marquee.compliance.provision import corrections
from marquee.outbox import services as outbox
from marquee.privacy.api import consent

from . import lockout, throttle, verification
from .guardian import same_mobile
from .identity.base import VerificationFailed, VerifiedIdentity
from .models import IdentityVerification, Member


@transaction.atomic
def update_profile(member: Member, *, email: str, pen_name: str = "",
                   landline: str = "") -> Member:
    member.email = email
    if consent.current_state(member).get("optional_profile"):
        member.pen_name = pen_name
        member.landline = landline
    member.save()
    # P8.4: recipients given an earlier value are sent the corrected one.
    corrections.notify_recipients(member, ["email", "pen_name", "landline"])
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
    member.mobile = identity.mobile
    member.mobile_carrier = identity.carrier
    member.ci = identity.ci
    member.identity_verified_at = timezone.now()
    member.save()
    verification.discard_verification(record)
    corrections.notify_recipients(member, ["name", "birthdate", "gender", "mobile", "ci"])
    return member


def request_password_reset(login_id: str, mobile: str) -> bool:
    """Send a reset link to the member's verified mobile if both match.

    The page says the same thing either way, so it cannot be used to test IDs.
    """
    member = Member.objects.find(login_id=login_id).filter(status=Member.Status.ACTIVE).first()
    if member is None or not member.mobile or not same_mobile(member.mobile, mobile):
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


def passed_verified_mobile(member: Member) -> None:
    """The owner reset the password through the link sent to the verified mobile: the
    lock and every source's failure record on the account end here (P12.9)."""
    lockout.clear_failures(member.pk)
    throttle.forget_account(member.pk)

"""Back-office services: staff accounts and roles, pledges, reveals, reviews.

Everything that changes who may see what goes through here, so that each change is
recorded with who did it and why (L3.1). Group membership changed any other way (the
shell, a script) is still recorded, by a signal, as a change with no known author.
"""

from __future__ import annotations

import contextvars
import uuid
from contextlib import contextmanager
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from marquee.errors import ServiceError
from marquee.http import client_ip
from marquee.privacy.api import mask_staff_text

from . import audit, pledges
from .models import (
    AccessRightsChange,
    MonthlyReview,
    PledgeRecord,
    Reveal,
    SealedTOTPDevice,
    StaffProfile,
)
from .roles import ROLES_BY_GROUP, ROLES_BY_KEY, Role, roles_of

_recording = contextvars.ContextVar("backoffice_rights_recording", default=False)


class StaffError(ServiceError):
    """A staff-administration request that cannot be carried out; the message says why."""

    code = "staff_refused"


@contextmanager
def _recorded():
    """Group changes inside are recorded by the service itself, not by the signal."""
    token = _recording.set(True)
    try:
        yield
    finally:
        _recording.reset(token)


def recording_in_service() -> bool:
    return _recording.get()


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if len(reason) < 4:
        raise StaffError("사유를 구체적으로 적어 주세요.")
    return reason[:300]


# --- accounts (one per person, L3.1) -----------------------------------------------------


@transaction.atomic
def create_staff_account(*, login_id: str, password: str, name: str, email: str,
                         employee_number: str, department: str = "", by=None,
                         reason: str, roles=()) -> AbstractBaseUser:
    """Create a personal staff account; a person (employee number, e-mail) gets one only."""
    reason = _reason(reason)
    employee_number = employee_number.strip()
    if not employee_number:
        raise StaffError("사번이 필요합니다: 직원 계정은 한 사람에 하나입니다.")
    if StaffProfile.objects.filter(employee_number=employee_number).exists():
        raise StaffError("이 사번으로 이미 직원 계정이 있습니다 (1인 1계정).")
    if get_user_model().objects.find(email=email).filter(is_staff=True).exists():
        raise StaffError("이 이메일로 이미 직원 계정이 있습니다 (1인 1계정).")
    if get_user_model().objects.login_id_taken(login_id):
        raise StaffError("이미 사용 중인 아이디입니다.")
    member = get_user_model().objects.create_staff(login_id, password, name, email)
    StaffProfile.objects.create(member=member, employee_number=employee_number,
                                department=department, created_by=by)
    AccessRightsChange.objects.create(staff=member, kind=AccessRightsChange.Kind.ACCOUNT_CREATED,
                                      by=by, reason=reason)
    for key in roles:
        grant_role(member, key, by=by, reason=reason)
    return member


def _staff(member: AbstractBaseUser) -> AbstractBaseUser:
    if not member.is_staff or not StaffProfile.objects.filter(member=member).exists():
        raise StaffError("직원 계정이 아닙니다.")
    return member


@transaction.atomic
def grant_role(staff: AbstractBaseUser, role_key: str, *, by=None, reason: str,
               handover: str = "") -> AccessRightsChange:
    reason = _reason(reason)
    r: Role = ROLES_BY_KEY[role_key]
    _staff(staff)
    if StaffProfile.objects.filter(member=staff, disabled_at__isnull=False).exists():
        raise StaffError("말소된 계정에는 권한을 줄 수 없습니다.")
    group, _ = Group.objects.get_or_create(name=r.name)
    if staff.groups.filter(pk=group.pk).exists():
        raise StaffError(f"이미 '{r.name}' 권한이 있습니다.")
    with _recorded():
        staff.groups.add(group)
    staff.__dict__.pop("_backoffice_roles", None)
    return AccessRightsChange.objects.create(staff=staff, kind=AccessRightsChange.Kind.GRANT,
                                             role=r.key, by=by, reason=reason,
                                             handover=handover)


@transaction.atomic
def revoke_role(staff: AbstractBaseUser, role_key: str, *, by=None, reason: str,
                handover: str = "") -> AccessRightsChange:
    reason = _reason(reason)
    r: Role = ROLES_BY_KEY[role_key]
    group = Group.objects.filter(name=r.name).first()
    if group is None or not staff.groups.filter(pk=group.pk).exists():
        raise StaffError(f"'{r.name}' 권한이 없습니다.")
    with _recorded():
        staff.groups.remove(group)
    staff.__dict__.pop("_backoffice_roles", None)
    # Reveals end with the role that allowed them.
    return AccessRightsChange.objects.create(staff=staff, kind=AccessRightsChange.Kind.REVOKE,
                                             role=r.key, by=by, reason=reason,
                                             handover=handover)


@transaction.atomic
def hand_over(role_key: str, *, from_staff: AbstractBaseUser, to_staff: AbstractBaseUser, by=None,
              reason: str) -> tuple[AccessRightsChange, AccessRightsChange]:
    """Handover of duties (P12.5): an explicit revoke from one and grant to the other."""
    reason = _reason(reason)
    if from_staff.pk == to_staff.pk:
        raise StaffError("같은 직원에게 인수인계할 수 없습니다.")
    reference = f"handover-{uuid.uuid4().hex[:12]}"
    revoked = revoke_role(from_staff, role_key, by=by, handover=reference,
                          reason=f"업무 인계(→ {to_staff.login_id}): {reason}")
    granted = grant_role(to_staff, role_key, by=by, handover=reference,
                         reason=f"업무 인수(← {from_staff.login_id}): {reason}")
    return revoked, granted


@transaction.atomic
def reset_otp(staff: AbstractBaseUser, *, by=None, reason: str) -> int:
    reason = _reason(reason)
    count, _ = SealedTOTPDevice.objects.filter(user=staff).delete()  # keys destroyed too
    AccessRightsChange.objects.create(staff=staff, kind=AccessRightsChange.Kind.OTP_RESET,
                                      by=by, reason=reason)
    return count


@transaction.atomic
def disable_account(staff: AbstractBaseUser, *, by=None, reason: str) -> None:
    """Leaving the company: every role revoked, the account closed (kept for the records)."""
    reason = _reason(reason)
    for r in roles_of(staff):
        revoke_role(staff, r.key, by=by, reason=f"계정 말소: {reason}")
    get_user_model().objects.filter(pk=staff.pk).update(is_active=False)
    StaffProfile.objects.filter(member=staff).update(disabled_at=timezone.now())
    # The OTP secret is kept until the account is disabled (privacy.py), not after.
    SealedTOTPDevice.objects.filter(user=staff).delete()
    AccessRightsChange.objects.create(staff=staff, kind=AccessRightsChange.Kind.ACCOUNT_DISABLED,
                                      by=by, reason=reason)


def record_unattributed_change(staff: AbstractBaseUser, group_names, *, added: bool) -> None:
    """A group change made outside these services: still recorded (author unknown)."""
    for name in group_names:
        r = ROLES_BY_GROUP.get(name)
        AccessRightsChange.objects.create(
            staff=staff, kind=AccessRightsChange.Kind.GRANT if added else
            AccessRightsChange.Kind.REVOKE, role=r.key if r else name[:40],
            reason="서비스 밖에서 직접 변경됨(처리자 미상) — 점검 필요")


# --- pledges and training (P12.4) --------------------------------------------------------


def sign_pledge(staff: AbstractBaseUser) -> PledgeRecord:
    return PledgeRecord.objects.create(staff=staff, kind=PledgeRecord.Kind.PLEDGE,
                                       version=pledges.PLEDGE_VERSION, recorded_by=staff)


def record_training(staff: AbstractBaseUser, *, by, version: str = pledges.TRAINING_VERSION,
                    note: str = "") -> PledgeRecord:
    return PledgeRecord.objects.create(staff=staff, kind=PledgeRecord.Kind.TRAINING,
                                       version=version, recorded_by=by, note=note)


def has_current_pledge(staff: AbstractBaseUser, now=None) -> bool:
    now = now or timezone.now()
    return PledgeRecord.objects.filter(
        staff=staff, kind=PledgeRecord.Kind.PLEDGE, version=pledges.PLEDGE_VERSION,
        at__gt=now - timedelta(days=pledges.PLEDGE_VALID_DAYS)).exists()


def has_current_training(staff: AbstractBaseUser) -> bool:
    return PledgeRecord.objects.filter(staff=staff, kind=PledgeRecord.Kind.TRAINING,
                                       version=pledges.TRAINING_VERSION).exists()


# --- the access log from a request -------------------------------------------------------


# The reason code of a board moderator's removal (``community.views``). Its reason text
# starts with the §11 ground, which is what the post's author is shown on My Page.
MODERATION = "moderation"


def role_keys(user) -> str:
    return ",".join(r.key for r in roles_of(user))


def log(request, action: str, *, target: str, subjects=(), object_id="", fields=(),
        reason_code: str = "", reason: str = ""):
    """Record one staff action from a request (account, time, source IP, subjects)."""
    return audit.append(staff=request.user, roles=role_keys(request.user),
                        source_ip=client_ip(request), action=action, target=target,
                        object_id=object_id, fields=fields, reason_code=reason_code,
                        reason=mask_staff_text(reason), subjects=subjects, path=request.path)


# --- reveal with a reason (P12.3) --------------------------------------------------------


def reveal_minutes() -> int:
    return getattr(settings, "MARQUEE_REVEAL_MINUTES", 10)


def validate_reveal_reason(reason_code: str, reference: str, note: str) -> None:
    if reason_code not in Reveal.Reason.values:
        raise ValidationError("열람 사유를 선택하세요.")
    if len(reference.strip()) < 3:
        raise ValidationError("문의·요청 번호를 적어 주세요 (예: 문의 Q-2026-00123).")
    if reason_code == Reveal.Reason.OTHER and len(note.strip()) < 10:
        raise ValidationError("'기타' 사유는 구체적인 내용을 10자 이상 적어 주세요.")


@transaction.atomic
def reveal(request, *, target: str, object_id, field: str, member_number, reason_code: str,
           reference: str, note: str = "") -> Reveal:
    """Unmask one field of one record for this staff member, for a while, and log it."""
    validate_reveal_reason(reason_code, reference, note)
    label = Reveal.Reason(reason_code).label
    entry = log(request, "reveal", target=target, object_id=object_id, fields=[field],
                subjects=[member_number] if member_number else [], reason_code=reason_code,
                reason=f"{label} / {reference.strip()}" + (f" / {note.strip()}" if note else ""))
    now = timezone.now()
    return Reveal.objects.create(
        staff=request.user, target=target, object_id=str(object_id), field=field,
        member_number=member_number, reason_code=reason_code, reference=reference.strip()[:60],
        note=note.strip()[:300], granted_at=now,
        expires_at=now + timedelta(minutes=reveal_minutes()), log_seq=entry.seq)


def active_reveals(staff: AbstractBaseUser, now=None) -> dict[tuple[str, str, str], Reveal]:
    """(target, object_id, field) → reveal, for this staff member's unexpired reveals.

    A reveal ends early if the staff member no longer holds a role that allows it
    (checked by the caller against the field policy)."""
    now = now or timezone.now()
    return {(r.target, r.object_id, r.field): r
            for r in Reveal.objects.filter(staff=staff, expires_at__gt=now)}


# --- monthly review sign-off (L3.3) ------------------------------------------------------


@transaction.atomic
def sign_off_review(review: MonthlyReview, *, by: AbstractBaseUser, note: str) -> MonthlyReview:
    review = MonthlyReview.objects.select_for_update().get(pk=review.pk)
    if review.signed_off_at:
        raise StaffError("이미 확인 서명된 점검입니다.")
    if len(note.strip()) < 4:
        raise StaffError("확인 의견을 적어 주세요 (예: 이상 접근 소명 확인 완료).")
    review.signed_off_by = by
    review.signed_off_at = timezone.now()
    review.sign_off_note = note.strip()
    review.save(update_fields=["signed_off_by", "signed_off_at", "sign_off_note"])
    return review

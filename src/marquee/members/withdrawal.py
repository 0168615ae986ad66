"""Membership withdrawal (P5, P4.1): keep what the law requires in the separate store,
destroy everything else at once, block the login ID and the identity for their periods.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from marquee.errors import ServiceError
from marquee.privacy.api import (
    ROW_DELETE,
    DestructionRun,
    blind_index,
    mask_staff_text,
    providers,
    record_destruction,
)

from .models import Member, Withdrawal


class WithdrawalRefused(ServiceError):
    """Something must be settled first; the message says what."""

    status = 409
    code = "withdrawal_refused"


def blockers(member: Member) -> list[str]:
    """Open business that a withdrawal would destroy the means to settle (each provider
    names its own: an upcoming show, a payment or refund in progress)."""
    return providers.blockers(member)


def what_is_kept(member: Member) -> list[dict]:
    """What a withdrawal would keep, why and until when (shown before confirming, P8.1);
    ``rule`` names the inventory's retention rule (the rights reply cites its basis)."""
    return providers.kept(member)


@transaction.atomic
def request(member: Member, *, channel=Withdrawal.Channel.MYPAGE, handled_by=None,
            verification: str = "") -> Withdrawal:
    """Record the request and lock the account; then ``run`` carries it out."""
    member = Member.objects.select_for_update().get(pk=member.pk)
    existing = Withdrawal.objects.filter(member=member).exclude(state=Withdrawal.State.DONE).first()
    if existing:
        return existing
    reasons = blockers(member)
    if reasons:
        raise WithdrawalRefused(" ".join(reasons))
    member.status = Member.Status.WITHDRAWN
    member.is_active = False
    member.save(update_fields=["status", "is_active"])
    # Staff free text is kept masked only (issue 12.4): "홍길동 010-1234-5678 통화" would
    # otherwise outlive the member it names.
    return Withdrawal.objects.create(member=member, member_number=member.pk, channel=channel,
                                     handled_by=handled_by,
                                     verification=mask_staff_text(verification, known=_known(member))[:200])


def _known(member: Member) -> tuple[str, ...]:
    """What staff are likely to type about the person: masked even if undetected."""
    return (member.name, member.login_id, member.email, member.mobile,
            member.birthdate.isoformat() if member.birthdate else "")


def withdraw(member: Member, **kwargs) -> Withdrawal:
    return run(request(member, **kwargs))


def run(withdrawal: Withdrawal) -> Withdrawal:
    """Carry a withdrawal to DONE from whatever state it is in (restartable)."""
    withdrawal = Withdrawal.objects.get(pk=withdrawal.pk)
    if withdrawal.state == Withdrawal.State.REQUESTED:
        kept = _archive(withdrawal)
        Withdrawal.objects.filter(pk=withdrawal.pk, state=Withdrawal.State.REQUESTED).update(
            state=Withdrawal.State.ARCHIVED, archived_at=timezone.now(), kept=kept)
        withdrawal.refresh_from_db()
    if withdrawal.state == Withdrawal.State.ARCHIVED:
        _destroy(withdrawal)
        withdrawal.refresh_from_db()
    return withdrawal


def resume_all() -> int:
    count = 0
    for withdrawal in Withdrawal.objects.exclude(state=Withdrawal.State.DONE):
        run(withdrawal)
        count += 1
    return count


def _subject(member: Member) -> str:
    return blind_index("archive-subject", member.ci or f"member:{member.pk}")


def _archive(withdrawal: Withdrawal) -> dict:
    """Each provider copies the records the law keeps, with only the fields their rules
    need. Idempotent: each record is keyed by its source, so a re-run adds only what is
    missing. Returns retention rule -> records kept."""
    member = Member.objects.select_related("data_key").get(pk=withdrawal.member_id)
    subject = _subject(member)
    kept: dict[str, int] = {}
    for provider in providers.providers():
        for rule, count in provider.archive(member, subject=subject,
                                            at=withdrawal.requested_at).items():
            kept[rule] = kept.get(rule, 0) + count
    return kept


def destroy_part(provider, member: Member) -> list:
    """One provider's destruction (a function of its own: the crash tests stop here)."""
    return provider.destroy(member)


def _destroy(withdrawal: Withdrawal) -> None:
    """Everything else goes, in one transaction: each provider's rows, upper apps first
    (a payment before its booking), then the member row; the member's key is shredded."""
    with transaction.atomic():
        locked = Withdrawal.objects.select_for_update().get(pk=withdrawal.pk)
        if locked.state != Withdrawal.State.ARCHIVED:
            return
        member = Member.objects.select_related("data_key").get(pk=locked.member_id)
        key = member.data_key
        tally: dict[tuple[str, str], int] = {}
        methods: dict[str, str] = {}
        for provider in reversed(providers.providers()):
            for part in destroy_part(provider, member):
                tally[(part.rule, part.category)] = tally.get((part.rule, part.category), 0) \
                    + part.count
                methods[part.rule] = part.method or ROW_DELETE
        member.delete()
        key.destroy("회원 탈퇴")
        run = DestructionRun.objects.create(
            trigger=DestructionRun.Trigger.WITHDRAWAL,
            operator=f"staff:{locked.handled_by_id}" if locked.handled_by_id else "member")
        record_destruction(run, tally, methods)
        Withdrawal.objects.filter(pk=locked.pk).update(state=Withdrawal.State.DONE,
                                                       completed_at=timezone.now())

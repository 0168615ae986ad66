"""A crash half-way through a multi-step write leaves nothing half-done (P5.2 spirit,
definition of done): signup, guardian consent, consent change and key rotation."""

import pytest

from marquee.members import services
from marquee.members.models import GuardianConsent, IdentityVerification, Member
from marquee.outbox.models import Message
from marquee.privacy import consent
from marquee.privacy.models import ConsentRecord, DataKey
from marquee.privacy.vault import rotation

from ..conftest import ALL_YES, guardian_token, make_identity, signup_data, years_ago


class Crash(Exception):
    pass


def crash(*args, **kwargs):
    raise Crash


def counts():
    return {model.__name__: model.objects.count()
            for model in (Member, ConsentRecord, GuardianConsent, Message, IdentityVerification)} | {
        "live keys": DataKey.objects.live().count()}


@pytest.mark.django_db
@pytest.mark.parametrize("step", [
    "marquee.privacy.consent.record",
    "marquee.outbox.services.queue",
    "marquee.members.verification.discard_verification",
])
def test_signup_crash_at_any_step_leaves_no_member_and_keeps_the_verification(monkeypatch, step):
    record = services.store_verification(make_identity(), IdentityVerification.Purpose.SIGNUP)
    before = counts()
    monkeypatch.setattr(step, crash)
    with pytest.raises(Crash):
        services.sign_up(record, signup_data(), ALL_YES)
    assert counts() == before
    monkeypatch.undo()
    # The person can simply finish: the verification result is still usable.
    member = services.sign_up(IdentityVerification.objects.get(pk=record.pk), signup_data(), ALL_YES)
    assert member.name == "홍길동"


@pytest.mark.django_db
def test_guardian_consent_crash_leaves_child_pending_and_request_open(monkeypatch):
    record = services.store_verification(
        make_identity(name="정아이", birthdate=years_ago(9), mobile="010-1111-2222"), "signup")
    child = services.sign_up(record, signup_data(login_id="kidjung", guardian_name="정보호",
                                                 guardian_mobile="010-3333-4444"), ALL_YES)
    token = guardian_token(child)
    guardian = services.store_verification(
        make_identity(name="정보호", birthdate=years_ago(40), mobile="010-3333-4444"), "guardian")
    before = counts()
    monkeypatch.setattr("marquee.privacy.consent.record", crash)
    with pytest.raises(Crash):
        services.guardian_decides(token, guardian, ALL_YES, agree=True)
    assert counts() == before
    child.refresh_from_db()
    assert child.status == Member.Status.PENDING_GUARDIAN and not child.is_active
    assert GuardianConsent.objects.get(member=child).status == GuardianConsent.Status.REQUESTED


@pytest.mark.django_db
def test_consent_change_crash_records_nothing_and_sends_nothing(member, monkeypatch):
    before = counts()
    state = consent.current_state(member)
    monkeypatch.setattr("marquee.outbox.services.queue", crash)
    with pytest.raises(Crash):
        services.change_consents(member, {"marketing_sms": False, "optional_profile": False})
    assert counts() == before
    assert consent.current_state(member) == state
    assert Member.objects.get(pk=member.pk).pen_name == "영화광"


@pytest.mark.django_db
def test_data_key_rotation_crash_keeps_every_value_readable(member, monkeypatch):
    old_key = member.data_key
    calls = {"n": 0}
    real_save = Member.save

    def save_then_crash(self, *args, **kwargs):
        real_save(self, *args, **kwargs)
        calls["n"] += 1
        raise Crash

    monkeypatch.setattr(Member, "save", save_then_crash)
    with pytest.raises(Crash):
        rotation.rotate_data_key(old_key)
    monkeypatch.undo()
    assert calls["n"] == 1
    fresh = Member.objects.get(pk=member.pk)
    assert fresh.data_key_id == old_key.id and not DataKey.objects.get(pk=old_key.id).destroyed
    assert (fresh.name, fresh.email) == ("홍길동", "gildong@example.com")

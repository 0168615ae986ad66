"""Member service rules: who may join, what is stored, guardians, consents, log-in
and password reset (P1.1, P3.1, P8.2, P12.1, L1.2, L1.3, L1.4, L3.1)."""

from __future__ import annotations

import dataclasses
import datetime
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import authenticate as django_authenticate
from django.utils import timezone

from marquee import settings as project_settings
from marquee.members import services
from marquee.members.auth import AccountLocked, AwaitingGuardian, MemberBackend
from marquee.members.identity.base import VerificationFailed
from marquee.members.models import GuardianConsent, IdentityVerification, Member
from marquee.outbox.models import Message
from marquee.privacy import consent
from marquee.privacy.inventory import inventory
from marquee.privacy.models import ConsentRecord, DataKey
from marquee.privacy.vault.crypto import KeyDestroyed
from tests.conftest import (
    ALL_YES,
    ONLY_REQUIRED,
    at_run,
    make_identity,
    sign_up,
    signup_data,
    years_ago,
)
from tests.members.test_views_signup import row_counts

PASSWORD = "Cinema!Seat2024"
Purpose = IdentityVerification.Purpose


def verification(identity=None, purpose=Purpose.SIGNUP) -> IdentityVerification:
    return services.store_verification(identity or make_identity(), purpose)


def assert_spent(record: IdentityVerification) -> None:
    """The purpose is achieved: the row is gone and its key shredded (P3.1)."""
    assert not IdentityVerification.objects.filter(pk=record.pk).exists()
    key = DataKey.objects.get(pk=record.data_key_id)
    assert key.destroyed and key.wrapped is None


# --- who may join ------------------------------------------------------------------------


@pytest.mark.django_db
def test_p2_1_duplicate_signup_by_the_same_person_is_refused(member):
    record = verification(make_identity(mobile="010-9999-8888"))  # same person, new phone
    before = row_counts()
    with pytest.raises(services.SignupRefused, match="이미 가입된 회원입니다"):
        services.sign_up(record, signup_data(login_id="another01"), ALL_YES)
    assert row_counts() == before


@pytest.mark.django_db
def test_p2_1_signups_per_ci_are_limited(settings):
    settings.MARQUEE_SIGNUPS_PER_CI = 1
    base = make_identity()
    first = dataclasses.replace(base, di="di-first", transaction_id="tx-first")
    second = dataclasses.replace(base, di="di-second", transaction_id="tx-second")
    sign_up(identity=first, login_id="first001")
    record = verification(second)
    before = row_counts()
    with pytest.raises(services.SignupRefused, match="가입 가능한 계정 수를 초과했습니다"):
        services.sign_up(record, signup_data(login_id="second01"), ALL_YES)
    assert row_counts() == before


@pytest.mark.django_db
def test_p2_1_signups_per_ci_are_allowed_up_to_the_configured_limit():
    limit = settings.MARQUEE_SIGNUPS_PER_CI
    base = make_identity()
    people = [dataclasses.replace(base, di=f"di-{i}", transaction_id=f"tx-{i}")
              for i in range(limit + 1)]
    for i, identity in enumerate(people[:limit]):
        sign_up(identity=identity, login_id=f"member{i:03d}")
    assert Member.objects.find(ci=base.ci).count() == limit
    with pytest.raises(services.SignupRefused, match="가입 가능한 계정 수를 초과했습니다"):
        sign_up(identity=people[limit], login_id="onetoomany")


@pytest.mark.django_db
def test_l1_1_signup_without_the_terms_is_refused():
    record = verification()
    before = row_counts()
    with pytest.raises(services.SignupRefused, match="이용약관에 동의해야"):
        services.sign_up(record, signup_data(), {"optional_profile": True})
    assert row_counts() == before


@pytest.mark.django_db
def test_signup_with_a_taken_login_id_is_refused(member):
    record = verification(make_identity(name="김철수", birthdate=datetime.date(1992, 3, 4)))
    before = row_counts()
    with pytest.raises(services.SignupRefused, match="이미 사용 중인 아이디입니다"):
        services.sign_up(record, signup_data(login_id="GILDONG90"), ALL_YES)
    assert row_counts() == before


# --- what is stored ------------------------------------------------------------------------


@pytest.mark.django_db
def test_l1_4_declining_optional_consents_never_blocks_signup(outbox):
    member = sign_up(answers=ONLY_REQUIRED, pen_name="영화광", landline="02-312-3456")
    assert member.status == Member.Status.ACTIVE and member.is_active
    fresh = Member.objects.get(pk=member.pk)
    # Optional items are not stored without their consent.
    assert (fresh.pen_name, fresh.landline) == ("", "")
    state = consent.current_state(fresh)
    assert state == {key: key == "terms" for key in inventory.consents}
    # Every consent is answered on record, refusals included, against its text version.
    records = ConsentRecord.objects.filter(member=member)
    assert {r.text.key: (r.agreed, r.text.version) for r in records} == {
        key: (key == "terms", d.version) for key, d in inventory.consents.items()}
    assert MemberBackend().authenticate(None, username="gildong90", password=PASSWORD) == member


@pytest.mark.django_db
def test_l1_4_optional_items_are_stored_with_their_consent(member):
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.pen_name, fresh.landline) == ("영화광", "02-312-3456")


@pytest.mark.django_db
def test_p8_2_verified_items_come_from_the_verification_only():
    typed = {f.name for f in dataclasses.fields(services.SignupData)}
    assert typed.isdisjoint({"name", "birthdate", "gender", "mobile", "nationality", "ci", "di"})
    identity = make_identity(name="이영희", birthdate=datetime.date(1988, 2, 29),
                             gender="female", mobile="010-2468-1357", carrier="KT",
                             is_foreigner=True)
    member = Member.objects.get(pk=sign_up(identity=identity).pk)
    assert (member.name, member.birthdate, member.gender, member.mobile, member.mobile_carrier,
            member.ci, member.di) == (
        "이영희", datetime.date(1988, 2, 29), "female", "010-2468-1357", "KT",
        identity.ci, identity.di)
    # Issue 12.6: 내외국인 구분 served no declared purpose, so it is neither taken nor kept.
    assert not hasattr(member, "nationality") and "is_foreigner" not in identity.to_json()
    assert "nationality" not in inventory.items
    assert member.identity_verified_at is not None


@pytest.mark.django_db
def test_p12_1_passwords_are_hashed_with_argon2(member):
    assert member.password.startswith("argon2")
    assert PASSWORD not in member.password
    assert project_settings.PASSWORD_HASHERS[0] == (
        "django.contrib.auth.hashers.Argon2PasswordHasher")


@pytest.mark.django_db
def test_p3_1_a_used_verification_is_deleted_and_its_key_destroyed():
    record = verification()
    sign_up_record = services.sign_up(record, signup_data(), ALL_YES)
    assert sign_up_record.pk
    assert_spent(record)


@pytest.mark.django_db
def test_p3_1_expired_verifications_are_refused_and_discarded():
    record = verification()
    IdentityVerification.objects.filter(pk=record.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(VerificationFailed, match="만료"):
        services.pending_verification(record.vault_id, Purpose.SIGNUP)
    assert services.discard_expired_verifications() == 1
    assert_spent(record)


@pytest.mark.django_db
def test_a_verification_is_only_found_for_its_own_purpose():
    record = verification(purpose=Purpose.SIGNUP)
    with pytest.raises(VerificationFailed):
        services.pending_verification(record.vault_id, Purpose.REVERIFY)


@pytest.mark.django_db
def test_the_same_verification_result_cannot_be_stored_twice():
    identity = make_identity()
    verification(identity)
    with pytest.raises(VerificationFailed, match="이미 사용된 본인확인 결과입니다"):
        verification(identity, Purpose.REVERIFY)
    assert IdentityVerification.objects.count() == 1


# --- re-verification (P8.2) ------------------------------------------------------------------


@pytest.mark.django_db
def test_p8_2_reverification_by_a_different_person_is_refused(member):
    other = verification(make_identity(name="김철수", mobile="010-5555-6666"), Purpose.REVERIFY)
    with pytest.raises(VerificationFailed, match="회원 본인의 본인확인 결과가 아닙니다"):
        services.apply_reverification(member, other)
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.name, fresh.mobile) == ("홍길동", "010-1234-5678")


@pytest.mark.django_db
def test_p8_2_reverification_by_the_same_person_updates_the_mobile(member):
    verified_before = member.identity_verified_at
    record = verification(make_identity(mobile="010-9876-5432", carrier="LG U+"),
                          Purpose.REVERIFY)
    services.apply_reverification(member, record)
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.mobile, fresh.mobile_carrier) == ("010-9876-5432", "LG U+")
    assert fresh.identity_verified_at > verified_before
    assert list(Member.objects.find(mobile="01098765432")) == [fresh]
    assert not Member.objects.find(mobile="010-1234-5678").exists()
    assert_spent(record)


# --- under 14: the guardian (L1.3) ------------------------------------------------------------


GUARDIAN = {"name": "홍길동", "mobile": "010-1234-5678"}


def sign_up_child(**guardian) -> Member:
    child = make_identity(name="홍아들", birthdate=years_ago(10), mobile="010-3333-4444")
    data = {"guardian_name": GUARDIAN["name"], "guardian_mobile": GUARDIAN["mobile"]}
    data.update(guardian)
    return sign_up(identity=child, login_id="gildongkid", **data)


def guardian_token(outbox) -> str:
    [sms] = outbox("guardian_consent_request")
    match = re.search(r"/members/guardian/([^/\s]+)/", sms.body)
    assert match, sms.body
    return match.group(1)


def guardian_verification(name="홍길동", birthdate=datetime.date(1975, 1, 2),
                          mobile="010-1234-5678"):
    return verification(make_identity(name=name, birthdate=birthdate, mobile=mobile),
                        Purpose.GUARDIAN)


@pytest.mark.django_db
def test_l1_3_under_14_signup_waits_for_the_guardian_and_texts_them_a_link(outbox):
    child = sign_up_child()
    assert (child.status, child.is_active) == (Member.Status.PENDING_GUARDIAN, False)
    request = GuardianConsent.objects.get(member=child)
    assert request.status == GuardianConsent.Status.REQUESTED
    assert (request.guardian_name, request.guardian_mobile) == ("홍길동", "010-1234-5678")
    [sms] = outbox()
    assert (sms.kind, sms.channel, sms.recipient) == (
        "guardian_consent_request", "sms", "010-1234-5678")
    assert f"[{settings.MARQUEE_SENDER_NAME}]" in sms.body
    token = guardian_token(outbox)
    assert f"{settings.MARQUEE_SITE_URL}/members/guardian/{token}/" in sms.body
    # The child's own answers are not consent; nothing is recorded until the guardian says.
    assert ConsentRecord.objects.filter(member=child).count() == 0
    with pytest.raises(AwaitingGuardian):
        MemberBackend().authenticate(None, username="gildongkid", password=PASSWORD)
    # Django's own authenticate() turns the refusal into "no user", never a crash.
    assert django_authenticate(None, username="gildongkid", password=PASSWORD) is None


@pytest.mark.django_db
def test_l1_3_under_14_signup_needs_the_guardians_name_and_mobile():
    record = verification(make_identity(name="홍아들", birthdate=years_ago(10)))
    before = row_counts()
    with pytest.raises(services.SignupRefused, match="법정대리인의 이름과 휴대전화번호가 필요합니다"):
        services.sign_up(record, signup_data(guardian_name="홍길동"), ALL_YES)
    assert row_counts() == before


@pytest.mark.django_db
def test_l1_3_the_day_someone_turns_14_no_guardian_is_needed():
    member = sign_up(identity=make_identity(name="홍열넷", birthdate=years_ago(14)))
    assert member.status == Member.Status.ACTIVE
    assert not GuardianConsent.objects.exists()


@pytest.mark.django_db
def test_l1_3_guardian_consent_activates_the_child(outbox):
    child = sign_up_child()
    token = guardian_token(outbox)
    record = guardian_verification()
    services.guardian_decides(token, record, ALL_YES, agree=True)
    child.refresh_from_db()
    assert (child.status, child.is_active) == (Member.Status.ACTIVE, True)
    records = ConsentRecord.objects.filter(member=child)
    assert {r.actor for r in records} == {ConsentRecord.Actor.GUARDIAN}
    assert len(records) == len(inventory.consents)
    assert GuardianConsent.objects.get(member=child).guardian_result["name"] == "홍길동"
    [result] = outbox("guardian_consent_result")
    assert result.recipient == "010-1234-5678" and "동의" in result.body
    assert_spent(record)
    assert MemberBackend().authenticate(None, username="gildongkid", password=PASSWORD) == child


@pytest.mark.django_db
def test_l1_3_guardian_refusal_deletes_the_child_and_destroys_its_data_key(outbox):
    child = sign_up_child()
    child_key = child.data_key_id
    token = guardian_token(outbox)
    record = guardian_verification()
    services.guardian_decides(token, record, {}, agree=False)

    assert not Member.objects.filter(pk=child.pk).exists()
    assert not GuardianConsent.objects.exists()
    key = DataKey.objects.get(pk=child_key)
    assert key.destroyed and key.wrapped is None
    assert_spent(record)
    # What was sent about the child can no longer be read either.
    [sms] = Message.objects.filter(data_key_id=child_key)
    with pytest.raises(KeyDestroyed):
        sms.body  # noqa: B018
    # The link is dead.
    with pytest.raises(services.SignupRefused):
        services.guardian_request(token)


@pytest.mark.django_db
@pytest.mark.parametrize(("guardian", "message"), [
    pytest.param({"birthdate": years_ago(18)}, "만 19세 이상", id="guardian-under-19"),
    pytest.param({"birthdate": lambda: years_ago(19, days=-1)}, "만 19세 이상",
                 id="guardian-19-tomorrow"),
    pytest.param({"mobile": "010-9999-8888"}, "일치하지 않습니다", id="guardian-other-mobile"),
    pytest.param({"name": "김철수"}, "일치하지 않습니다", id="guardian-other-name"),
])
@pytest.mark.parametrize("agree", [True, False], ids=["agree", "refuse"])
def test_l1_3_a_guardian_who_is_a_minor_or_not_the_one_named_is_refused(
        outbox, guardian, message, agree):
    child = sign_up_child()
    token = guardian_token(outbox)
    record = guardian_verification(**{key: at_run(value) for key, value in guardian.items()})
    before = row_counts()
    with pytest.raises(services.SignupRefused, match=message):
        services.guardian_decides(token, record, ALL_YES, agree=agree)
    assert row_counts() == before
    child.refresh_from_db()
    assert (child.status, child.is_active) == (Member.Status.PENDING_GUARDIAN, False)
    assert GuardianConsent.objects.get(member=child).status == GuardianConsent.Status.REQUESTED


@pytest.mark.django_db
def test_l1_3_the_guardians_mobile_matches_whatever_its_formatting(outbox):
    child = sign_up_child(guardian_mobile="01012345678")
    token = guardian_token(outbox)
    services.guardian_decides(token, guardian_verification(mobile="010-1234-5678"), ALL_YES,
                              agree=True)
    child.refresh_from_db()
    assert child.status == Member.Status.ACTIVE


@pytest.mark.django_db
def test_l1_3_guardian_consent_still_needs_the_terms(outbox):
    child = sign_up_child()
    token = guardian_token(outbox)
    record = guardian_verification()
    before = row_counts()
    with pytest.raises(services.SignupRefused, match="이용약관"):
        services.guardian_decides(token, record, {"marketing_sms": True}, agree=True)
    assert row_counts() == before
    child.refresh_from_db()
    assert child.status == Member.Status.PENDING_GUARDIAN


@pytest.mark.django_db
def test_l1_3_an_expired_or_used_guardian_link_is_refused(outbox):
    child = sign_up_child()
    token = guardian_token(outbox)
    GuardianConsent.objects.filter(member=child).update(
        expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(services.SignupRefused, match="유효하지 않거나 만료"):
        services.guardian_decides(token, guardian_verification(), ALL_YES, agree=True)
    with pytest.raises(services.SignupRefused, match="유효하지 않거나 만료"):
        services.guardian_request("not-a-real-token")


# --- consents (L1.2) ------------------------------------------------------------------------


@pytest.mark.django_db
def test_l1_2_each_consent_change_is_recorded_and_confirmed_once(member, outbox):
    before_records = ConsentRecord.objects.filter(member=member).count()
    before_messages = len(outbox("consent_confirmation"))
    changes = services.change_consents(member, {"marketing_sms": False, "marketing_night": True,
                                                "marketing_email": True})
    assert changes == {"marketing_sms": False, "marketing_night": True}

    new = list(ConsentRecord.objects.filter(member=member).order_by("-id")[:2])
    assert ConsentRecord.objects.filter(member=member).count() == before_records + 2
    for record in new:
        assert record.text == consent.current_text(record.text.key)
        assert record.text.version == inventory.consents[record.text.key].version
        assert record.agreed == changes[record.text.key]
        assert record.actor == ConsentRecord.Actor.MEMBER

    confirmations = outbox("consent_confirmation")
    assert len(confirmations) == before_messages + 1
    message = confirmations[-1]
    assert (message.channel, message.recipient) == ("sms", "010-1234-5678")
    body = message.body
    assert f"[{settings.MARQUEE_SENDER_NAME}]" in body
    assert f"처리 일시: {timezone.localdate():%Y-%m-%d}" in body
    assert "광고성 정보 문자(SMS) 수신 동의: 거부(철회)" in body
    assert "야간(21시~다음 날 8시) 광고성 정보 수신 동의: 동의" in body
    assert "이메일 수신 동의" not in body  # unchanged answers are not reported


@pytest.mark.django_db
def test_l1_2_no_change_records_nothing_and_sends_nothing(member, outbox):
    before = row_counts()
    same = {k: v for k, v in ALL_YES.items() if k != "terms"}
    assert services.change_consents(member, same) == {}
    assert services.change_consents(member, {}) == {}
    # The terms cannot be withdrawn here, and unknown keys are ignored.
    assert services.change_consents(member, {"terms": False, "made_up": True}) == {}
    assert row_counts() == before


@pytest.mark.django_db
def test_l1_2_signup_confirms_the_marketing_answers_once(outbox):
    member = sign_up(answers={"terms": True, "marketing_email": True})
    [message] = outbox("consent_confirmation")
    assert message.recipient == member.mobile
    assert "광고성 정보 이메일 수신 동의: 동의" in message.body
    # A box left unticked at signup is not a withdrawal (issue 12.9).
    assert "거부(철회)" not in message.body and "문자(SMS)" not in message.body


@pytest.mark.django_db
def test_l1_2_a_new_consent_text_version_is_what_new_answers_point_to(member, monkeypatch):
    definition = inventory.consents["marketing_sms"]
    monkeypatch.setitem(inventory.consents, "marketing_sms",
                        dataclasses.replace(definition, version=definition.version + 1))
    services.change_consents(member, {"marketing_sms": False})
    latest = ConsentRecord.objects.filter(member=member, text__key="marketing_sms").first()
    assert latest.text.version == definition.version + 1
    first = ConsentRecord.objects.filter(member=member, text__key="marketing_sms").last()
    assert first.text.version == definition.version  # the earlier answer keeps its text


@pytest.mark.django_db
def test_p3_1_withdrawing_the_optional_consent_erases_the_optional_items(member):
    services.change_consents(member, {"optional_profile": False})
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.pen_name, fresh.landline) == ("", "")


# --- log-in lockout (L3.1) --------------------------------------------------------------------


def authenticate(password):
    return MemberBackend().authenticate(None, username="gildong90", password=password)


@pytest.mark.django_db
def test_l3_1_login_locks_after_max_failures_and_unlocks_after_the_lockout(member):
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES - 1):
        assert authenticate("Wrong!Seat2024") is None
    assert not Member.objects.get(pk=member.pk).is_locked
    assert authenticate("Wrong!Seat2024") is None
    locked = Member.objects.get(pk=member.pk)
    assert locked.is_locked
    expected = timezone.now() + timedelta(minutes=settings.MARQUEE_LOGIN_LOCKOUT_MINUTES)
    assert abs((locked.locked_until - expected).total_seconds()) < 60

    with pytest.raises(AccountLocked):
        authenticate(PASSWORD)  # even the right password while locked

    Member.objects.filter(pk=member.pk).update(locked_until=timezone.now() - timedelta(seconds=1))
    assert authenticate(PASSWORD) == member
    assert Member.objects.get(pk=member.pk).failed_logins == 0


@pytest.mark.django_db
def test_l3_1_a_successful_login_resets_the_failure_count(member):
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES - 1):
        authenticate("Wrong!Seat2024")
    assert authenticate(PASSWORD) == member
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.failed_logins, fresh.locked_until) == (0, None)
    assert authenticate("Wrong!Seat2024") is None
    assert not Member.objects.get(pk=member.pk).is_locked


# --- password reset ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(("login_id", "mobile", "sent"), [
    ("gildong90", "010-1234-5678", True),
    ("GILDONG90", "01012345678", True),
    ("gildong90", "010-9999-8888", False),
    ("nobody123", "010-1234-5678", False),
])
def test_password_reset_texts_a_link_only_when_id_and_mobile_match(
        member, outbox, login_id, mobile, sent):
    assert services.request_password_reset(login_id, mobile) is sent
    messages = outbox("password_reset")
    assert len(messages) == int(sent)
    if sent:
        assert messages[0].recipient == "010-1234-5678"
        assert f"{settings.MARQUEE_SITE_URL}/members/password-reset/" in messages[0].body


@pytest.mark.django_db
def test_password_reset_is_not_sent_for_a_child_waiting_for_the_guardian(outbox):
    sign_up_child()
    assert services.request_password_reset("gildongkid", "010-3333-4444") is False
    assert outbox("password_reset") == []


@pytest.mark.django_db
def test_password_reset_link_sets_the_new_password(client, member, outbox):
    services.request_password_reset("gildong90", "010-1234-5678")
    [sms] = outbox("password_reset")
    path = re.search(r"(/members/password-reset/\S+/)", sms.body).group(1)
    response = client.post(path, {"new_password1": "New!Cinema2025",
                                  "new_password2": "New!Cinema2025"})
    assert response.status_code == 302
    assert authenticate("New!Cinema2025") == member
    assert authenticate(PASSWORD) is None
    assert Member.objects.get(pk=member.pk).password.startswith("argon2")

"""Issue 12.9 and L5.2: the automated signup refusals (the 3-day rejoin block, the
signup limit per CI, an existing member) come right after identity verification, before
the signup form, and every automated refusal links to /privacy/decisions/."""

from __future__ import annotations

import html

import pytest

from marquee.members import withdrawal
from marquee.members.models import IdentityVerification
from tests.conftest import make_identity, sign_up
from tests.members.test_views_signup import (
    DETAILS,
    FORM_ALL_YES,
    SIGNUP,
    consent_post,
    verify,
)

pytestmark = pytest.mark.django_db
DECISIONS = "/privacy/decisions/"


def verify_for_signup(client):
    client.post(SIGNUP, consent_post(FORM_ALL_YES))
    return verify(client, "signup")


def assert_refused_with_decision(response, decision: str, message: str) -> None:
    body = html.unescape(response.content.decode())
    assert response.status_code == 403
    assert message in body
    assert f'href="{DECISIONS}#decision-{decision}"' in body
    assert 'name="login_id"' not in body  # no signup form to fill in first


def test_l5_2_the_rejoin_block_is_shown_right_after_identity_verification(client):
    withdrawal.withdraw(sign_up())
    stored = IdentityVerification.objects.count()

    response = verify_for_signup(client)

    assert_refused_with_decision(response, "rejoin_block", "탈퇴 후 3일 동안은")
    assert IdentityVerification.objects.count() == stored  # nothing kept of the attempt
    assert client.get(DETAILS).status_code == 302  # and no way on to the form


def test_l5_2_the_signup_limit_per_ci_is_shown_right_after_identity_verification(
        client, settings):
    settings.MARQUEE_SIGNUPS_PER_CI = 1
    first = sign_up(make_identity(), login_id="firstone")
    first.di = "another-site-di"  # same person (CI), an account not found by this DI
    first.save()

    response = verify_for_signup(client)

    assert_refused_with_decision(response, "signup_limit", "가입 가능한 계정 수를 초과")


def test_l5_2_an_existing_member_is_refused_after_verification_with_the_decision_link(
        client, member):
    response = verify_for_signup(client)
    assert_refused_with_decision(response, "duplicate_member", "이미 가입된 회원입니다")


def test_l5_2_the_login_lockout_links_to_its_decision(client, member, settings):
    for _ in range(settings.MARQUEE_LOGIN_MAX_FAILURES):
        client.post("/members/login/", {"login_id": member.login_id, "password": "wrong!Pass1"})
    response = client.post("/members/login/", {"login_id": member.login_id,
                                                "password": "Cinema!Seat2024"})
    body = html.unescape(response.content.decode())
    assert "잠" in body
    assert f'href="{DECISIONS}#decision-login_lockout"' in body

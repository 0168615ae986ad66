"""What lost its purpose is destroyed (P3.1, L1.3)."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from marquee.members import services
from marquee.members.models import GuardianConsent, IdentityVerification, Member
from marquee.privacy.models import DataKey

from ..conftest import make_identity, sign_up, years_ago


@pytest.mark.django_db
def test_p3_1_unused_verification_results_are_shredded_when_they_expire(capsys):
    used_later = services.store_verification(make_identity(name="김지금"), "signup")
    stale = services.store_verification(make_identity(name="박예전"), "signup")
    IdentityVerification.objects.filter(pk=stale.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1))
    call_command("members_housekeeping")
    assert "expired verification results destroyed: 1" in capsys.readouterr().out
    assert list(IdentityVerification.objects.all()) == [used_later]
    assert DataKey.objects.get(pk=stale.data_key_id).destroyed


@pytest.mark.django_db
def test_l1_3_child_signup_without_guardian_answer_is_destroyed_after_the_link_expires():
    child = sign_up(identity=make_identity(name="최어린", birthdate=years_ago(10),
                                           mobile="010-3333-4444"),
                    login_id="littlechoi", guardian_name="최보호", guardian_mobile="010-5555-6666")
    adult = sign_up()
    assert child.status == Member.Status.PENDING_GUARDIAN
    call_command("members_housekeeping")  # link still valid: nothing happens
    assert Member.objects.filter(pk=child.pk).exists()
    GuardianConsent.objects.filter(member=child).update(
        expires_at=timezone.now() - timedelta(minutes=1))
    call_command("members_housekeeping")
    assert not Member.objects.filter(pk=child.pk).exists()
    assert DataKey.objects.get(pk=child.data_key_id).destroyed
    assert Member.objects.filter(pk=adult.pk).exists()

"""Withdrawal from My Page after re-authentication, and by staff on request (P5.1, P8.1)."""

import pytest
from django.core.management import CommandError, call_command

from marquee.members.models import Member, Withdrawal

from ..conftest import sign_up

PASSWORD = "Cinema!Seat2024"


@pytest.mark.django_db
def test_p8_1_mypage_shows_what_a_withdrawal_would_keep(client, member):
    client.force_login(member)
    html = client.get("/members/mypage/").content.decode()
    assert "탈퇴 시 보관되는 정보" in html and "로그인 ID(해시 값)" in html


@pytest.mark.django_db
def test_p5_1_withdrawal_needs_the_password_again(client, member):
    client.force_login(member)
    page = client.get("/members/mypage/withdraw/")
    assert "분리된 별도 데이터베이스" in page.content.decode()
    wrong = client.post("/members/mypage/withdraw/", {"password": "nope", "confirm": "on"})
    assert wrong.status_code == 400 and "비밀번호가 올바르지 않습니다" in wrong.content.decode()
    unconfirmed = client.post("/members/mypage/withdraw/", {"password": PASSWORD})
    assert unconfirmed.status_code == 400
    assert Member.objects.filter(pk=member.pk).exists() and not Withdrawal.objects.exists()
    done = client.post("/members/mypage/withdraw/", {"password": PASSWORD, "confirm": "on"})
    assert done.status_code == 200 and "탈퇴가 완료" in done.content.decode()
    assert not Member.objects.filter(pk=member.pk).exists()
    withdrawal = Withdrawal.objects.get()
    assert (withdrawal.channel, withdrawal.state) == ("mypage", "done")
    assert client.get("/members/mypage/").status_code == 302  # logged out


@pytest.mark.django_db
def test_p5_1_staff_process_a_phone_request_with_the_verification_recorded(member):
    staff = Member.objects.create_staff("cs_kim", "Staff!Pass2024", "김상담", "cs@marquee.test")
    with pytest.raises(CommandError):
        call_command("withdraw_member", "--login-id", "gildong90", "--channel", "phone",
                     "--staff", "gildong90", "--verification", "휴대폰 본인확인")
    call_command("withdraw_member", "--login-id", "gildong90", "--channel", "phone",
                 "--staff", "cs_kim", "--verification", "휴대폰 본인확인 DI 일치")
    withdrawal = Withdrawal.objects.get()
    assert withdrawal.handled_by == staff and withdrawal.channel == "phone"
    assert withdrawal.verification == "휴대폰 본인확인 DI 일치"
    assert not Member.objects.filter(pk=member.pk).exists()
    from marquee.backoffice.models import StaffAccessLog

    entry = StaffAccessLog.objects.get(action="delete")  # L3.3: the deletion is logged
    assert entry.staff == staff and entry.subject_numbers() == [withdrawal.member_number]


@pytest.mark.django_db
def test_p5_1_withdrawn_member_cannot_log_in(client):
    sign_up()
    member = Member.objects.get()
    client.force_login(member)
    client.post("/members/mypage/withdraw/", {"password": PASSWORD, "confirm": "on"})
    response = client.post("/members/login/", {"login_id": "gildong90", "password": PASSWORD})
    assert "올바르지 않습니다" in response.content.decode()

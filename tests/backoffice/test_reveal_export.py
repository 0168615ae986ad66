"""Reveal with a reason, exact-value search, exports with a justification, corrections and
withdrawals by staff: each logged (P12.3, L3.3, P8.2, P5.1)."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from marquee.backoffice.models import Reveal, StaffAccessLog
from marquee.members.models import Member, Withdrawal

from .conftest import create_staff, leaks, otp_session


def last_entry() -> StaffAccessLog:
    return StaffAccessLog.objects.order_by("-seq").first()


@pytest.mark.django_db
def test_p12_3_reveal_needs_a_reason_is_logged_and_ends_after_the_time_limit(client, settings,
                                                                            demo_members):
    settings.MARQUEE_REVEAL_MINUTES = 10
    cs = create_staff("cs_agent")
    otp_session(client, cs)
    fan = demo_members["moviefan"]
    page = f"/admin/members/member/{fan.pk}/change/"
    reveal_url = f"/admin/members/member/{fan.pk}/reveal/mobile/"
    assert reveal_url in client.get(page).content.decode()
    form = client.get(reveal_url)
    assert form.status_code == 200 and "010-****-7731" in form.content.decode()
    # No reason, or "other" without details: refused, nothing unmasked.
    assert client.post(reveal_url, {"reason_code": "", "reference": ""}).status_code == 200
    refused = client.post(reveal_url, {"reason_code": "other", "reference": "Q-1", "note": "확인"})
    assert refused.status_code == 200 and not Reveal.objects.exists()
    assert "010-4821-7731" not in client.get(page).content.decode()

    done = client.post(reveal_url, {"reason_code": "inquiry", "reference": "Q-2026-00123"})
    assert done.status_code == 302 and done["Location"] == page
    reveal = Reveal.objects.get()
    assert (reveal.staff, reveal.field, reveal.member_number) == (cs, "mobile", fan.pk)
    assert reveal.expires_at - reveal.granted_at == timedelta(minutes=10)
    entry = StaffAccessLog.objects.get(seq=reveal.log_seq)
    assert (entry.action, entry.fields, entry.subjects, entry.reason_code) == \
        ("reveal", "mobile", str(fan.pk), "inquiry")
    assert "Q-2026-00123" in entry.reason and entry.staff == cs and entry.source_ip == "127.0.0.1"

    html = client.get(page).content.decode()
    assert "010-4821-7731" in html  # this one field of this one member, now
    assert "홍길동" not in html and "gildong.hong@example.com" not in html
    other = demo_members["quietviewer"]
    assert "010-5932-1184" not in client.get(f"/admin/members/member/{other.pk}/change/") \
        .content.decode()

    later = timezone.now() + timedelta(minutes=11)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert "010-4821-7731" not in client.get(page).content.decode()


@pytest.mark.django_db
def test_p12_3_a_field_outside_the_role_cannot_be_revealed(client, demo_members):
    fan = demo_members["moviefan"]
    otp_session(client, create_staff("cs_agent"))
    assert client.get(f"/admin/members/member/{fan.pk}/reveal/landline/").status_code == 403
    assert client.post(f"/admin/members/member/{fan.pk}/reveal/ci/",
                       {"reason_code": "inquiry", "reference": "Q-1234"}).status_code == 403
    otp_session(client, create_staff("marketing"))
    assert client.post(f"/admin/members/member/{fan.pk}/reveal/email/",
                       {"reason_code": "inquiry", "reference": "Q-1234"}).status_code == 403
    assert not Reveal.objects.exists()


@pytest.mark.django_db
def test_p12_3_another_staff_members_reveal_does_not_unmask_for_me(client, demo_members):
    fan = demo_members["moviefan"]
    otp_session(client, create_staff("cs_agent"))
    client.post(f"/admin/members/member/{fan.pk}/reveal/email/",
                {"reason_code": "inquiry", "reference": "Q-2026-1"})
    otp_session(client, create_staff("cs_agent"))
    assert "gildong.hong@example.com" not in client.get(
        f"/admin/members/member/{fan.pk}/change/").content.decode()


@pytest.mark.django_db
def test_p12_3_search_finds_exact_values_through_blind_indexes_without_revealing(client,
                                                                                demo_members):
    otp_session(client, create_staff("cs_agent"))
    fan = demo_members["moviefan"]
    for term in ("gildong.hong@example.com", "GILDONG.HONG@example.com", "01048217731",
                 "010-4821-7731", "moviefan", f"#{fan.pk}"):
        response = client.get("/admin/members/member/", {"q": term})
        assert [m.pk for m in response.context_data["cl"].result_list] == [fan.pk], term
        html = response.content.decode()
        # Found, and still masked (the search box echoes only what the staff member typed).
        assert "홍*동" in html and "g***@example.com" in html and "홍길동" not in html
    for partial in ("gildong", "4821", "홍길동", "example.com"):
        response = client.get("/admin/members/member/", {"q": partial})
        assert list(response.context_data["cl"].result_list) == [], partial
    entry = last_entry()
    assert entry.action == "search" and entry.subject_count == 0
    searches = StaffAccessLog.objects.filter(action="search")
    assert all("gildong" not in e.reason + e.path for e in searches)
    assert searches.filter(subjects=str(fan.pk)).count() == 6


@pytest.mark.django_db
def test_l3_3_export_needs_a_written_justification_and_is_logged_as_a_download(client,
                                                                             demo_members):
    handler = create_staff("privacy_handler")
    otp_session(client, handler)
    ids = [str(m.pk) for m in demo_members.values()]
    post = {"action": "export_personal_csv", "_selected_action": ids, "index": "0",
            "select_across": "0"}
    ask = client.post("/admin/members/member/", post)
    assert ask.status_code == 200 and "내려받기 사유" in ask.content.decode()
    short = client.post("/admin/members/member/", {**post, "justification": "필요", "confirm": "on"})
    assert short.status_code == 200 and not StaffAccessLog.objects.filter(action="download").exists()
    why = "개인정보 열람 요구 R-2026-0042 회신 자료 작성, 회신 후 즉시 파기"
    response = client.post("/admin/members/member/", {**post, "justification": why,
                                                       "confirm": "on"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    body = response.content.decode("utf-8-sig")
    assert "홍*동" in body and "g***@example.com" in body and "010-****-7731" in body
    assert leaks(body) == []
    entry = StaffAccessLog.objects.get(action="download")
    assert entry.reason == why and entry.staff == handler
    assert sorted(entry.subject_numbers()) == sorted(int(i) for i in ids)


@pytest.mark.django_db
def test_p12_3_roles_without_export_permission_have_no_export(client, demo_members):
    otp_session(client, create_staff("cs_agent"))
    response = client.get("/admin/members/member/")
    assert "export_personal_csv" not in response.content.decode()
    fan = demo_members["moviefan"]
    refused = client.post("/admin/members/member/", {
        "action": "export_personal_csv", "_selected_action": [fan.pk], "index": "0",
        "justification": "사유를 충분히 길게 적습니다", "confirm": "on"})
    assert not refused.get("Content-Type", "").startswith("text/csv")
    assert not StaffAccessLog.objects.filter(action="download").exists()


@pytest.mark.django_db
def test_p8_2_privacy_handler_corrects_contact_data_without_seeing_it(client, demo_members):
    handler = create_staff("privacy_handler")
    otp_session(client, handler)
    fan = demo_members["moviefan"]
    url = f"/admin/members/member/{fan.pk}/correct/"
    form = client.get(url).content.decode()
    assert "g***@example.com" in form and "gildong.hong@example.com" not in form
    assert 'name="name"' not in form  # identity-verified items change only by re-verification
    done = client.post(url, {"reference": "R-2026-0042", "email": "new.gildong@example.com"})
    assert done.status_code == 302
    fan = Member.objects.get(pk=fan.pk)
    assert fan.email == "new.gildong@example.com" and fan.landline == "02-3153-8800"
    assert Member.objects.find(email="new.gildong@example.com").get() == fan
    entry = last_entry()
    assert (entry.action, entry.fields, entry.subjects) == ("change", "email", str(fan.pk))
    assert "new.gildong" not in entry.reason
    otp_session(client, create_staff("cs_agent"))
    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_p5_1_cs_agent_processes_a_phone_withdrawal_logged_as_a_deletion(client, demo_members):
    cs = create_staff("cs_agent")
    otp_session(client, cs)
    quiet = demo_members["quietviewer"]
    url = f"/admin/members/member/{quiet.pk}/withdraw/"
    page = client.get(url).content.decode()
    assert "분리 보관" in page and "김영희" not in page
    assert client.post(url, {"channel": "phone", "verification": "", "reference": "W-1"}) \
        .status_code == 200
    done = client.post(url, {"channel": "phone", "verification": "휴대폰 본인확인 DI 일치",
                             "reference": "W-2026-0007", "confirm": "on"})
    assert done.status_code == 302
    assert not Member.objects.filter(pk=quiet.pk).exists()
    withdrawal = Withdrawal.objects.get(member_number=quiet.pk)
    assert (withdrawal.channel, withdrawal.handled_by, withdrawal.state) == ("phone", cs, "done")
    entry = last_entry()
    assert (entry.action, entry.subjects) == ("delete", str(quiet.pk))
    assert "W-2026-0007" in entry.reason and "휴대폰 본인확인" in entry.reason
    # The log outlives the member (kept two years): the chain still verifies.
    from marquee.backoffice import audit

    assert audit.verify().ok
    otp_session(client, create_staff("marketing"))
    assert client.get(f"/admin/members/member/{demo_members['moviefan'].pk}/withdraw/") \
        .status_code in (403, 404)


@pytest.mark.django_db
def test_p12_3_exact_search_ignores_terms_that_cannot_match_a_field(client, demo_members):
    otp_session(client, create_staff("cs_agent"))
    for term in ("abc", "\x00", "BK-\x001"):
        response = client.get("/admin/members/withdrawal/", {"q": term})
        assert response.status_code == 200 and list(response.context_data["cl"].result_list) == []
        response = client.get("/admin/booking/booking/", {"q": term})
        assert response.status_code == 200

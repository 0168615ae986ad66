"""A member sees when and why staff accessed their data: the action and the role, never
the staff member's name or account (P8.1, L3.3)."""

from __future__ import annotations

import json

import pytest

from .conftest import create_staff, otp_session


@pytest.mark.django_db
def test_p8_1_mypage_lists_staff_access_by_action_role_and_reason_not_name(client,
                                                                        demo_members):
    fan = demo_members["moviefan"]
    cs = create_staff("cs_agent", login_id="cs_jang")
    otp_session(client, cs)
    client.get(f"/admin/members/member/{fan.pk}/change/")
    client.post(f"/admin/members/member/{fan.pk}/reveal/email/",
                {"reason_code": "inquiry", "reference": "Q-2026-00991"})
    client.logout()
    client.force_login(fan)
    html = client.get("/members/mypage/").content.decode()
    assert "직원의 내 정보 접근 기록" in html
    section = html[html.index('id="my-staff-access"'):]
    section = section[:section.index("</table>")]
    assert "마스킹 해제 열람" in section and "고객 문의 처리" in section
    assert "상세 조회" in section and "고객상담(CS) 담당자" in section
    assert "cs_jang" not in html and cs.name not in html  # no staff identity
    assert "Q-2026-00991" not in html  # internal reference numbers stay internal
    # Another member sees none of it.
    client.force_login(demo_members["quietviewer"])
    other = client.get("/members/mypage/").content.decode()
    assert "직원이 회원님의 개인정보에 접근한 기록이 없습니다" in other


@pytest.mark.django_db
def test_p8_1_the_data_download_includes_staff_access(client, demo_members):
    fan = demo_members["moviefan"]
    otp_session(client, create_staff("privacy_handler"))
    client.get(f"/admin/members/member/{fan.pk}/change/")
    client.force_login(fan)
    data = json.loads(client.get("/members/mypage/download.json").content)
    assert [e["action"] for e in data["staff_access"]] == ["상세 조회"]
    assert data["staff_access"][0]["role"] == "개인정보 취급자(권리 행사 처리)"

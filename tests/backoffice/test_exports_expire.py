"""P4.3: exports the system produces expire. Every export (the member's data download,
the staff's masked CSV, a legal-request provision file) is made on request, streamed
with ``Cache-Control: no-store`` so no browser or proxy keeps a copy, and never stored
on the server: there is nothing left afterwards to expire or leak, and the policy says so."""

from __future__ import annotations

import json

import pytest
from django.apps import apps

from marquee.compliance.policy.sections import render
from tests.conftest import create_staff, otp_session

pytestmark = pytest.mark.django_db
KEPT_FOR_THE_RECORD = {  # the access logs: that a download happened, by whom
    "backoffice.StaffAccessLog", "backoffice.AccessSubject", "backoffice.ChainHead",
    "members.AccessRecord"}


def row_counts() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models()
            if m._meta.app_label not in {"sessions", "contenttypes", "auth", "admin"}
            and not m._meta.label.startswith("otp_")}


def only_records_changed(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return [label for label in after
            if after[label] != before.get(label) and label not in KEPT_FOR_THE_RECORD]


def test_p4_3_the_members_download_is_made_on_request_and_kept_nowhere(client, member):
    client.force_login(member, backend="marquee.members.auth.MemberBackend")
    before = row_counts()
    response = client.get("/members/mypage/download.json")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Disposition"].startswith("attachment;")
    assert json.loads(response.content)
    assert only_records_changed(before, row_counts()) == []


def test_p4_3_the_staff_csv_export_is_not_cached_and_not_stored(client, demo_members):
    otp_session(client, create_staff("privacy_handler"))
    before = row_counts()
    response = client.post("/admin/members/member/", {
        "action": "export_personal_csv", "index": "0", "select_across": "0",
        "_selected_action": [str(m.pk) for m in demo_members.values()], "confirm": "on",
        "justification": "개인정보 열람 요구 R-2026-0042 회신 자료 작성, 회신 후 즉시 파기"})
    assert response["Content-Type"].startswith("text/csv")
    assert "no-store" in response["Cache-Control"].split(", ")
    # Only the access log records that a download happened; the file itself is nowhere.
    assert only_records_changed(before, row_counts()) == []


def test_p4_3_the_policy_states_that_downloads_are_not_kept(settings):
    assert "'내 정보 다운로드' 파일은 요청할 때마다 새로 만들어 전송하며 서버에 저장하지 않습니다" in (
        render().text())

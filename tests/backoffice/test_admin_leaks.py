"""Nothing in the admin shows a member's plaintext personal value without a logged reveal
(P12.3): every change list, change form, history page and back-office form is rendered
for the demo data, for every role, and scanned for the demo members' real values."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.core import checks
from django.urls import reverse
from django.utils import timezone

from marquee.backoffice import review, services
from marquee.backoffice.admin_base import PersonalDataAdmin
from marquee.backoffice.checks import check_admin_masking
from marquee.backoffice.models import StaffAccessLog
from marquee.backoffice.roles import ROLES
from marquee.members import withdrawal
from marquee.members.models import Member

from .conftest import create_staff, demo_plaintexts, leaks, otp_session

OBJECTS_PER_MODEL = 3  # every member, and the first few rows of everything else


def admin_pages(client) -> dict[str, str]:
    """url → HTML of every admin page this staff member can open for the current data."""
    pages = {}

    def fetch(url):
        response = client.get(url)
        if response.status_code == 200:
            pages[url] = response.content.decode()
        return response

    fetch("/admin/")
    for model, model_admin in admin.site._registry.items():
        info = model._meta.app_label, model._meta.model_name
        listing = fetch(reverse("admin:{}_{}_changelist".format(*info)))
        if listing.status_code != 200 or not hasattr(listing, "context_data"):
            continue
        rows = list(listing.context_data["cl"].result_list)
        for i, obj in enumerate(rows if model is Member else rows[:OBJECTS_PER_MODEL]):
            fetch(reverse("admin:{}_{}_change".format(*info), args=[obj.pk]))
            if i:
                continue
            fetch(reverse("admin:{}_{}_history".format(*info), args=[obj.pk]))
            if isinstance(model_admin, PersonalDataAdmin):
                for name in model_admin.personal:
                    fetch(reverse("admin:{}_{}_reveal".format(*info), args=[obj.pk, name]))
        if model is Member:
            for obj in rows:
                fetch(reverse("admin:members_member_correct", args=[obj.pk]))
                fetch(reverse("admin:members_member_withdraw", args=[obj.pk]))
        if model_admin.has_add_permission(_request_of(client)):
            fetch(reverse("admin:{}_{}_add".format(*info)))
    return pages


def _request_of(client):
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = Member.objects.get(pk=client.session["_auth_user_id"])
    return request


def rights_and_provisions(fan, cpo) -> None:
    """A legal request and what was provided under it, a correction request answered (with
    the correction notice it sent the recipient), an open deletion request, and a
    published policy version with its notice: every row the policy admins show."""
    from marquee.compliance.policy import services as policy
    from marquee.compliance.provision import services as provision
    from marquee.compliance.rights import services as rights
    from marquee.compliance.rights.models import RightsRequest

    legal = provision.register_legal_request(
        agency="서울마포경찰서", document_number="마포서 수사과-2026-1234",
        legal_article="형사소송법 제199조제2항", items=("name", "mobile", "email"),
        members=[fan], agency_contact="mapo-cyber@police.example", handler=cpo)
    provision.provide(members=[fan], items=legal.items, legal_request=legal, by=f"staff:{cpo.pk}")
    corrected = rights.submit(fan, "correction", items=["pen_name"],
                              details=f"필명이 {fan.pen_name}(으)로 되어 있는데 "
                                      "철자가 틀렸습니다.")
    fan.pen_name = "영화광홍길동"
    fan.save()
    rights.decide(corrected, RightsRequest.Status.ACCEPTED, by=cpo)
    rights.submit(fan, "deletion", items=["landline"],
                  details=f"보조 연락처 {fan.landline}와 이메일 {fan.email}은 지워 주세요.")
    policy.publish(timezone.localdate(), by="cpo", now=timezone.now())


@pytest.fixture
def full_demo(demo_purchases, demo_members):
    """Demo members and purchases, plus one of every staff record, rights request and
    provision record."""
    rights_and_provisions(demo_members["moviefan"], create_staff("cpo"))
    other = create_staff("cs_agent")
    withdrawal.withdraw(demo_members["springkid"], channel="phone", handled_by=other,
                        verification="보호자 전화 본인확인")
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/", REMOTE_ADDR="10.1.1.1")
    request.user = other
    services.reveal(request, target="members.Member", object_id=demo_members["moviefan"].pk,
                    field="name", member_number=demo_members["moviefan"].pk,
                    reason_code="inquiry", reference="Q-2026-0001")
    review.generate(review.previous_month(), notify=False)
    return demo_members


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.key for r in ROLES] + ["superuser"])
def test_p12_3_no_admin_page_shows_a_demo_members_plaintext(role, client, full_demo):
    staff = create_staff() if role == "superuser" else create_staff(role)
    if role == "superuser":
        Member.objects.filter(pk=staff.pk).update(is_superuser=True)
    otp_session(client, staff)
    values = demo_plaintexts()
    pages = admin_pages(client)
    assert len(pages) > 1
    found = {url: leaks(html, values) for url, html in pages.items()}
    assert {url: hits for url, hits in found.items() if hits} == {}
    # The new grants were exercised, not skipped: each role opened what it may open.
    policy_apps = {"rights", "provision", "policy", "notices"}
    opened = {url.split("/")[2] for url in pages if "/change/" in url} & policy_apps
    expected = {"cpo": policy_apps, "privacy_handler": {"rights", "provision"},
                "cs_agent": {"rights"}, "superuser": policy_apps}
    assert opened == expected.get(role, set())


@pytest.mark.django_db
def test_p12_3_a_plaintext_appears_only_where_a_logged_reveal_allows_it(client, full_demo):
    cpo = create_staff("cpo")
    otp_session(client, cpo)
    fan = full_demo["moviefan"]
    client.post(f"/admin/members/member/{fan.pk}/reveal/mobile/",
                {"reason_code": "legal", "reference": "수사협조 2026-77"})
    entry = StaffAccessLog.objects.get(action="reveal", staff=cpo)
    assert entry.subjects == str(fan.pk) and entry.fields == "mobile"
    allowed = {"010-4821-7731", "4821-7731"}
    pages = admin_pages(client)
    shown = {url: leaks(html) for url, html in pages.items()}
    shown = {url: hits for url, hits in shown.items() if hits}
    # Only the revealed field of the revealed member, only on that member's pages.
    assert shown and all(set(hits) <= allowed for hits in shown.values()), shown
    assert all(f"/members/member/{fan.pk}/" in url or url == "/admin/members/member/"
               for url in shown), shown


def test_p12_3_a_personal_model_registered_without_masking_fails_the_check():
    from marquee.members.models import GuardianConsent

    registered = admin.site._registry.pop(GuardianConsent)
    try:
        admin.site.register(GuardianConsent, admin.ModelAdmin)
        errors = [e for e in check_admin_masking() if e.id == "backoffice.E001"]
    finally:
        admin.site.unregister(GuardianConsent)
        admin.site._registry[GuardianConsent] = registered
    assert len(errors) == 1 and "members.GuardianConsent" in errors[0].msg
    assert isinstance(errors[0], checks.Error)
    assert [e for e in check_admin_masking() if e.id.startswith("backoffice.")] == []

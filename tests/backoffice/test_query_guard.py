"""Staff lists are no oracle (P12.10): URL filters, searches and ordering only on fields
the role sees unmasked, and the access log records each list query with its filters."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import RequestFactory

from marquee.backoffice.models import StaffAccessLog
from marquee.backoffice.query_guard import QueryGuardMixin, guarded, is_personal, is_secret
from marquee.members.models import Member

from .conftest import create_staff

MEMBERS = "/admin/members/member/"
ROLES = ("cpo", "privacy_handler", "cs_agent", "marketing", "cinema_manager", "developer")


def _request(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return request


@pytest.mark.parametrize("role", ["marketing", "cs_agent", "cpo"])
@pytest.mark.parametrize("probe", [
    "password__gte=%24argon2id%24v%3D19", "password__startswith=%24argon2",
    "password=x", "login_id_index=abc", "mobile_index__gte=0", "name__gte=a",
    "mobile__startswith=010", "birthdate__year=1990", "email__isnull=false",
    "data_key__id__gte=1", "groups__name__startswith=a", "is_superuser=1", "failed_logins__gte=1",
])
def test_p12_10_member_list_refuses_probes_on_hidden_fields(staff_client, demo_members,
                                                           role, probe):
    client, _ = staff_client(role)
    response = client.get(f"{MEMBERS}?{probe}")
    assert response.status_code == 400, (role, probe)


def test_p12_10_declared_filters_and_plain_columns_still_work(staff_client, demo_members):
    client, _ = staff_client("cs_agent")
    assert client.get(f"{MEMBERS}?status__exact=active").status_code == 200
    assert client.get(f"{MEMBERS}?date_joined__year=2024").status_code == 200
    bookings = "/admin/booking/booking/"
    assert client.get(f"{bookings}?status__exact=confirmed").status_code == 200
    assert client.get(f"{bookings}?member__id__exact=1").status_code == 200  # 회원 #N is shown
    assert client.get(f"{bookings}?member__password__gte=%24").status_code == 400
    assert client.get(f"{bookings}?member__login_id_index=x").status_code == 400


def test_p12_10_ordering_by_a_column_index_sorts_only_plain_columns(db):
    """An admin listing a personal column as a plain field (what privacy.E014 forbids,
    and what a mistake would do) still cannot be sorted by it: ``?o=0`` would otherwise
    order members by their login ID, one more oracle."""
    probe = guarded(type("ProbeAdmin", (admin.ModelAdmin,),
                         {"list_display": ("login_id", "status"), "actions": None}))
    model_admin = probe(Member, admin.site)
    staff = create_staff("cpo", login_id="sorter")
    Member.objects.filter(pk=staff.pk).update(is_superuser=True)
    request = RequestFactory().get("/admin/members/member/", {"o": "0.1"})
    request.user = Member.objects.get(pk=staff.pk)
    assert model_admin.get_sortable_by(request) == ["status"]
    cl = model_admin.get_changelist_instance(request)
    ordering = [str(o).lstrip("-") for o in cl.get_ordering(request, cl.root_queryset)]
    assert "login_id" not in ordering and "status" in ordering


def test_p12_10_every_admin_is_guarded_and_offers_no_hidden_field_to_any_role(db):
    """Every registered admin, every role: no lookup, search field or sortable column on
    a personal or secret field (a reference shown by number excepted)."""
    staff = create_staff(*ROLES, login_id="everyrole")
    Member.objects.filter(pk=staff.pk).update(is_superuser=True)
    staff = Member.objects.get(pk=staff.pk)
    request = _request(staff)
    checked = 0
    for model, model_admin in admin.site._registry.items():
        assert isinstance(model_admin, QueryGuardMixin), model
        for field in model._meta.get_fields():
            if not getattr(field, "concrete", False):
                continue
            hidden = is_secret(field) or (is_personal(field) and not field.is_relation)
            if hidden:
                checked += 1
                for lookup in (field.name, f"{field.name}__gte", f"{field.name}__startswith"):
                    assert not model_admin.lookup_allowed(lookup, "x", request), (model, lookup)
        for name in model_admin.get_search_fields(request):
            name = name.lstrip("^=@")
            if name != "pk":
                field = model._meta.get_field(name.split("__")[0])
                assert not (is_secret(field) or is_personal(field)), (model, name)
    assert checked > 20


def test_p12_10_each_list_query_is_logged_with_its_filters(staff_client, demo_members):
    client, staff = staff_client("cs_agent")
    assert client.get(f"{MEMBERS}?status__exact=active&o=-1&q=moviefan").status_code == 200
    entry = StaffAccessLog.objects.filter(staff=staff).latest("seq")
    assert entry.action == "search"
    assert "status__exact=active" in entry.reason and "o=-1" in entry.reason
    assert "검색어=m" in entry.reason and "moviefan" not in entry.reason
    client.get(f"{MEMBERS}?status__exact=withdrawn")
    entry = StaffAccessLog.objects.filter(staff=staff).latest("seq")
    assert entry.action == "list" and "조건: status__exact=withdrawn" in entry.reason

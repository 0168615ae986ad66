"""No admin, on any admin site, shows a personal field through Django's plain display
(P1.6, P12.3): ``plain_fields``, ``list_display``, ``search_fields``, ``list_filter``,
``ordering``, ``readonly_fields``, ``fields``, ``date_hierarchy``... fail ``check``."""

import pytest
from django.contrib import admin

from marquee.backoffice.admin_base import PersonalDataAdmin
from marquee.members.models import Member
from marquee.privacy.admin_checks import check_admin_plain_fields, check_model_admin


def _errors(admin_class, model=Member):
    return check_model_admin(model, admin_class(model, admin.AdminSite(name="probe")), "probe")


@pytest.mark.parametrize("option, value", [
    ("list_display", ("login_id", "status")),
    ("list_display_links", ("name",)),
    ("search_fields", ("^email",)),
    ("list_filter", (("birthdate", admin.DateFieldListFilter),)),
    ("ordering", ("-name",)),
    ("readonly_fields", ("mobile",)),
    ("fields", (("status", "pen_name"),)),
    ("fieldsets", ((None, {"fields": ("status", "email")}),)),
    ("date_hierarchy", "birthdate"),
])
def test_p1_6_a_plain_model_admin_listing_a_personal_field_fails(option, value):
    probe = type("ProbeAdmin", (admin.ModelAdmin,), {option: value})
    errors = _errors(probe)
    assert [e.id for e in errors] == ["privacy.E014"] and option in errors[0].msg


@pytest.mark.parametrize("option", ["plain_fields", "list_head", "list_tail", "search_exact"])
def test_p1_6_a_back_office_admin_listing_a_personal_field_in_plain_fails(option):
    probe = type("ProbeAdmin", (PersonalDataAdmin,), {
        "personal": {"mobile": "phone"}, option: ("status", "name")})
    errors = _errors(probe)
    assert [e.id for e in errors] == ["privacy.E014"] and "members.Member.name" in errors[0].msg


def test_p1_6_personal_fields_reached_through_a_relation_count():
    from marquee.members.models import AccessRecord

    probe = type("ProbeAdmin", (admin.ModelAdmin,), {"search_fields": ("member__email",)})
    assert [e.id for e in _errors(probe, AccessRecord)] == ["privacy.E014"]


def test_p1_6_masked_columns_and_plain_fields_that_are_not_personal_pass():
    probe = type("ProbeAdmin", (PersonalDataAdmin,), {
        "personal": {"name": "name", "mobile": "phone"}, "list_personal": ("name",),
        "plain_fields": ("status", "date_joined"), "list_head": ("pk",),
        "search_indexes": ("mobile",), "list_filter": ("status",), "ordering": ("-pk",)})
    assert _errors(probe) == []


def test_p1_6_every_registered_admin_site_is_checked():
    site = admin.AdminSite(name="second_site")
    site.register(Member, type("LeakyAdmin", (admin.ModelAdmin,), {"list_display": ("name",)}))
    try:
        errors = [e for e in check_admin_plain_fields() if "second_site" in e.msg]
    finally:
        site.unregister(Member)
    assert [e.id for e in errors] == ["privacy.E014"]
    assert [e for e in check_admin_plain_fields() if "second_site" in e.msg] == []

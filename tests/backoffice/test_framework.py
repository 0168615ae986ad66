"""The back office is a framework (architecture: "everything may use backoffice's
framework"): it owns the admin site, the masked admin mixins, roles, 2FA and audit;
each app registers its own models' admins on that site; and the back office imports
no app above it (P12.3: one way personal data appears in the admin, whichever app)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from django.contrib import admin

from marquee.backoffice.admin_base import PersonalDataAdmin, ReadOnlyAdminMixin
from marquee.backoffice.sites import BackOfficeSite

ROOT = Path(__file__).resolve().parents[2]
PROJECT_HELPERS = {"errors", "http"}  # project modules that import no app


def _import_graph():
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "bin" / "import_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.graph()


def test_p12_3_the_back_office_imports_only_the_engine_outbox_and_project_helpers():
    edges = _import_graph()
    assert set(edges["backoffice"]) <= {"privacy", "outbox", *PROJECT_HELPERS}, {
        app: sorted(files) for app, files in edges["backoffice"].items()}


def test_b4_booking_pages_api_and_demo_do_not_import_payments():
    files = _import_graph()["booking"].get("payments", set())
    moved = {"src/marquee/booking/api", "src/marquee/booking/views.py",
             "src/marquee/booking/demo.py"}
    assert not {f for f in files if any(f.startswith(m) for m in moved)}


@pytest.mark.parametrize(("label", "module"), [
    ("members.Member", "marquee.members.admin"),
    ("members.GuardianConsent", "marquee.members.admin"),
    ("members.Withdrawal", "marquee.members.admin"),
    ("members.AccessRecord", "marquee.members.admin"),
    ("booking.Booking", "marquee.booking.admin"),
    ("payments.Payment", "marquee.payments.admin"),
    ("payments.Refund", "marquee.payments.admin"),
    ("privacy.ConsentRecord", "marquee.backoffice.engine_admin"),
    ("privacy.DestructionRecord", "marquee.backoffice.engine_admin"),
    ("backoffice.StaffAccessLog", "marquee.backoffice.admin"),
])
def test_p12_3_each_app_registers_its_own_admin_on_the_back_office_site(label, module):
    from django.apps import apps

    model_admin = admin.site._registry[apps.get_model(label)]
    assert type(model_admin).__module__ == module
    assert isinstance(model_admin.admin_site, BackOfficeSite)


def test_p12_3_evidence_and_personal_data_admins_share_one_read_only_mixin(rf):
    from django.apps import apps

    labels = ["privacy.DestructionRecord", "policy.PolicyVersion", "backoffice.StaffAccessLog",
              "backoffice.Reveal", "backoffice.MonthlyReview"]
    read_only = [apps.get_model(label) for label in labels]
    read_only += [m for m, a in admin.site._registry.items() if isinstance(a, PersonalDataAdmin)]
    request = rf.get("/admin/")
    for model in read_only:
        model_admin = admin.site._registry[model]
        assert isinstance(model_admin, ReadOnlyAdminMixin), model
        assert not model_admin.has_change_permission(request), model
        assert not model_admin.has_delete_permission(request), model

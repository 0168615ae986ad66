"""Registries instead of dotted-path settings (issue 18): the layers below call code the
apps above supply, filled in ``AppConfig.ready()`` and checked at start-up."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from marquee.compliance import hooks as compliance
from marquee.members import services as member_services
from marquee.members import withdrawal
from marquee.members.identity.base import get_provider, identity_providers
from marquee.members.identity.sandbox import SandboxProvider
from marquee.notices.services import announce_policy_version
from marquee.payments.gateway import gateways, get_gateway
from marquee.payments.sandbox import SandboxGateway
from marquee.privacy import hooks
from marquee.privacy.inventory import inventory


@pytest.fixture
def declared():
    """Hooks a test declares are forgotten afterwards (the check sees every hook)."""
    before = list(hooks._DECLARED)
    yield
    hooks._DECLARED[:] = before


def messages(errors) -> list[tuple[str, str]]:
    return [(e.id, e.msg) for e in errors]


def test_the_project_fills_every_hook_and_names_known_implementations():
    assert hooks.check_hooks() == []
    assert withdrawal.resume_all in list(hooks.before_sweep)
    assert compliance.guardian_contact.function is member_services.guardian_contact
    assert compliance.consent_change.function is member_services.change_consents
    assert compliance.policy_announcer.function is announce_policy_version
    assert identity_providers.names() == ["portone", "sandbox"]
    assert gateways.names() == ["portone", "sandbox"]


def test_an_empty_required_hook_is_a_start_up_error_naming_it(declared):
    hook = hooks.Hook("membership_card_printer")
    assert messages(hooks.check_hooks()) == [
        ("privacy.E020", "No function is registered for the hook 'membership_card_printer'.")]
    with pytest.raises(hooks.HookNotSet, match="membership_card_printer"):
        hook("anything")
    hook.register(lambda value: value.upper())
    assert hook("ok") == "OK" and hooks.check_hooks() == []


def test_an_empty_hook_list_is_an_error_unless_optional(declared):
    required = hooks.HookList("before_export")
    hooks.HookList("after_export", required=False)
    assert [e.msg for e in hooks.check_hooks()] == [
        "No function is registered for the hook 'before_export'."]
    calls = []
    required.register(calls.append)
    required.register(calls.append)  # ready() may run twice: registered once
    assert required("x") == [None] and calls == ["x"]


def test_an_unset_hook_can_be_overridden_for_a_test_and_is_restored():
    with compliance.guardian_contact.override(lambda member: {"name": "보호자"}):
        assert compliance.guardian_contact(None) == {"name": "보호자"}
    with compliance.guardian_contact.override(None), pytest.raises(hooks.HookNotSet):
        compliance.guardian_contact(None)
    assert compliance.guardian_contact.function is member_services.guardian_contact


@pytest.mark.parametrize(("setting", "registry"), [
    ("MARQUEE_IDENTITY_PROVIDER", identity_providers), ("MARQUEE_PAYMENT_GATEWAY", gateways)])
def test_a_setting_naming_an_unknown_implementation_fails_the_check(settings, setting,
                                                                       registry):
    setattr(settings, setting, "kcp")
    [error] = hooks.check_hooks()
    assert error.id == "privacy.E021"
    assert f"{setting}='kcp'" in error.msg and "registered: portone, sandbox" in error.msg
    with pytest.raises(Exception, match="Unknown .* 'kcp'"):
        registry.get()


def test_the_settings_pick_the_registered_implementation(settings):
    settings.MARQUEE_IDENTITY_PROVIDER = settings.MARQUEE_PAYMENT_GATEWAY = "sandbox"
    assert isinstance(get_provider(), SandboxProvider)
    assert isinstance(get_gateway(), SandboxGateway)


@pytest.mark.django_db  # check also opens the key-ring canary (P12.12)
def test_manage_py_check_reports_a_missing_hook():
    from django.core.management.base import SystemCheckError

    with compliance.policy_announcer.override(None), pytest.raises(
            SystemCheckError, match="policy_announcer"):
        call_command("check")


@pytest.mark.django_db
def test_p4_2_the_sweep_runs_the_registered_before_sweep_hooks_first():
    order = []
    with hooks.before_sweep.override([lambda: order.append("hook")]):
        call_command("privacy", "sweep", stdout=open("/dev/null", "w"))
    assert order == ["hook"]


def test_p4_2_retention_targets_purge_with_callables_declared_by_the_owning_app():
    """No dotted paths: a target's purge is a function; the booking records' purge belongs
    to payments (above booking), which declares the target."""
    from marquee.payments import privacy as payments_privacy
    from marquee.payments.services import purge_bookings

    assert all(t.purge is None or callable(t.purge) for t in inventory.targets)
    [bookings] = [t for t in inventory.targets if t.model == "booking.Booking"]
    assert bookings.purge is purge_bookings and bookings in payments_privacy.RETENTION_TARGETS

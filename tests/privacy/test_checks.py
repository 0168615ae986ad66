"""System checks hold the models to the inventory (P1.6)."""

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from django.db import models
from django.test.utils import isolate_apps

from marquee.privacy import checks
from marquee.privacy.checks import personal
from marquee.privacy.inventory import inventory
from marquee.privacy.vault.fields import EncryptedCharField
from marquee.privacy.vault.models import VaultModel

ROOT = Path(__file__).resolve().parents[2]


def run_check(extra_apps: str = ""):
    env = {**os.environ, "MARQUEE_EXTRA_APPS": extra_apps}
    return subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_p1_6_manage_py_check_passes_on_the_project():
    result = run_check()
    assert result.returncode == 0, result.stderr


def test_p1_6_manage_py_check_fails_on_an_undeclared_personal_field():
    result = run_check("tests.undeclared_app")
    assert result.returncode != 0
    assert "privacy.E001" in result.stderr and "Newsletter.subscriber_email" in result.stderr
    # A plain field whose name says "phone" is caught even though nobody marked it.
    assert "privacy.E006" in result.stderr and "Newsletter.phone" in result.stderr
    # So is free text, by its type.
    assert "privacy.E009" in result.stderr and "Newsletter.notes" in result.stderr
    # The old storage="encrypted" lie: a plain field, now refused for want of a reason.
    assert "privacy.E011" in result.stderr and "Newsletter.referrer" in result.stderr
    # An encrypted field on a model that cannot seal it.
    assert "privacy.E010" in result.stderr and "Coupon.holder" in result.stderr
    # An admin that shows a personal field in plain.
    assert "privacy.E014" in result.stderr and "NewsletterAdmin" in result.stderr


@isolate_apps("marquee.members")
def test_p1_6_unique_identifier_stored_unencrypted_fails():
    class Leaky(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        ci = personal(models.CharField(max_length=100), item="ci")

    original = inventory.items["ci"]
    inventory.items["ci"] = replace(original, fields=(*original.fields, "members.Leaky.ci"))
    try:
        ids = [e.id for e in checks.check_models([Leaky])]
    finally:
        inventory.items["ci"] = original
    assert ids == ["privacy.E004"]


@isolate_apps("marquee.members")
def test_p1_6_password_must_be_hashed_not_plain():
    class PlainPassword(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        password = personal(models.CharField(max_length=128), item="password")

    original = inventory.items["password"]
    inventory.items["password"] = replace(
        original, fields=(*original.fields, "members.PlainPassword.password"))
    try:
        assert [e.id for e in checks.check_models([PlainPassword])] == ["privacy.E004"]
    finally:
        inventory.items["password"] = original


@isolate_apps("marquee.members")
def test_p1_6_field_marked_with_the_wrong_item_fails():
    class Mislabelled(VaultModel):
        Meta = type("Meta", (), {"app_label": "members"})
        phone = EncryptedCharField(item="email")

    assert [e.id for e in checks.check_models([Mislabelled])] == ["privacy.E001"]


@isolate_apps("marquee.members")
def test_p1_6_non_personal_field_with_a_personal_sounding_name_can_be_waived():
    class Theatre(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        name = models.CharField(max_length=50)
        privacy_waivers = {"name": "a cinema's business name, not a person's"}

    class Screen(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        name = models.CharField(max_length=50)

    assert checks.check_models([Theatre]) == []
    assert [e.id for e in checks.check_models([Screen])] == ["privacy.E006"]


@pytest.mark.parametrize("change, error_id", [
    (dict(fields=("members.Member.nonexistent",)), "privacy.E002"),
    (dict(fields=("members.Member.status",)), "privacy.E002"),
    (dict(retention=()), "privacy.E003"),
    (dict(retention=("no_such_rule",)), "privacy.E003"),
    (dict(fields=()), "privacy.E005"),
    (dict(purposes=()), "privacy.E007"),
])
def test_p1_6_broken_declarations_fail(change, error_id):
    original = inventory.items["pen_name"]
    inventory.items["pen_name"] = replace(original, **change)
    try:
        ids = {e.id for e in checks.check_declarations()}
    finally:
        inventory.items["pen_name"] = original
    assert error_id in ids


def test_p3_every_declared_item_has_a_retention_rule_and_a_purpose():
    assert checks.check_declarations() == []
    for item in inventory.items.values():
        assert item.retention and item.purposes, item.key

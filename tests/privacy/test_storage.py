"""Storage is read from the field class, never from a string (P1.6): a field is sealed
only if an Encrypted*Field writes it; a plain personal field needs a reason; a unique
identifier or an authentication item is never plain, whatever the reason."""

from dataclasses import replace

import pytest
from django.db import models
from django.test.utils import isolate_apps

from marquee.members.models import Member
from marquee.privacy import checks
from marquee.privacy.checks import personal
from marquee.privacy.inventory import Storage, inventory
from marquee.privacy.marking import storage_of
from marquee.privacy.vault.fields import (
    BlindIndexField,
    EncryptedCharField,
    KeyedHashField,
    KeyedHashMapField,
    blind_index,
)
from marquee.privacy.vault.models import VaultModel


def _declared(key: str, label: str):
    """Temporarily add ``label`` to item ``key``'s fields; returns a restore function."""
    original = inventory.items[key]
    inventory.items[key] = replace(original, fields=(*original.fields, label))
    return lambda: inventory.items.__setitem__(key, original)


def test_p1_6_storage_is_read_from_the_field_class():
    assert storage_of(Member._meta.get_field("name")) == Storage.ENCRYPTED
    assert storage_of(Member._meta.get_field("login_id_index")) == Storage.HASHED
    assert storage_of(Member._meta.get_field("password")) == Storage.HASHED
    assert storage_of(Member._meta.get_field("status")) == Storage.PLAIN


def test_p1_6_storage_cannot_be_declared_by_a_string():
    with pytest.raises(TypeError):
        personal(models.CharField(max_length=10), item="name", storage="encrypted")
    field = personal(models.CharField(max_length=10), item="name")
    field.storage = "encrypted"  # written by hand: still plain, because it is
    assert storage_of(field) == Storage.PLAIN


@isolate_apps("marquee.members")
def test_p1_6_a_plain_personal_field_needs_a_reason():
    class Unreasoned(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        referrer = personal(models.CharField(max_length=50), item="landline")

    class Reasoned(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        referrer = personal(models.CharField(max_length=50), item="landline",
                            plain_reason="needed in plain for range queries on the showtime")

    restore = _declared("landline", "members.Unreasoned.referrer")
    restore_too = _declared("landline", "members.Reasoned.referrer")
    try:
        assert [e.id for e in checks.check_models([Unreasoned])] == ["privacy.E011"]
        assert checks.check_models([Reasoned]) == []
    finally:
        restore_too()
        restore()


@isolate_apps("marquee.members")
def test_p1_6_no_reason_makes_a_unique_identifier_plain():
    class Excused(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        ci = personal(models.CharField(max_length=100), item="ci",
                      plain_reason="we would like to search it with LIKE")

    restore = _declared("ci", "members.Excused.ci")
    try:
        assert [e.id for e in checks.check_models([Excused])] == ["privacy.E004"]
    finally:
        restore()


@isolate_apps("marquee.members")
def test_p1_6_an_encrypted_field_on_a_model_that_is_not_a_vault_model_fails():
    class Unsealable(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        landline = EncryptedCharField(item="landline", max_length=20)

    class Sealable(VaultModel):
        Meta = type("Meta", (), {"app_label": "members"})
        landline = EncryptedCharField(item="landline", max_length=20)

    restore = _declared("landline", "members.Unsealable.landline")
    restore_too = _declared("landline", "members.Sealable.landline")
    try:
        assert [e.id for e in checks.check_models([Unsealable])] == ["privacy.E010"]
        assert checks.check_models([Sealable]) == []
    finally:
        restore_too()
        restore()


@isolate_apps("marquee.members")
def test_p1_6_hash_fields_hold_keyed_hashes_only():
    class Hashes(models.Model):
        Meta = type("Meta", (), {"app_label": "members"})
        fingerprint = KeyedHashField()
        digests = KeyedHashMapField(default=dict)
        index = BlindIndexField(source="fingerprint")

    digest = blind_index("probe", "홍길동")
    fingerprint = Hashes._meta.get_field("fingerprint")
    digests = Hashes._meta.get_field("digests")
    assert fingerprint.get_prep_value(digest) == digest
    with pytest.raises(TypeError):
        fingerprint.get_prep_value("홍길동 010-1234-5678")
    assert digests.get_prep_value({"name": digest, "mobile": None})
    with pytest.raises(TypeError):
        digests.get_prep_value({"name": "홍길동"})
    assert {storage_of(f) for f in (fingerprint, digests, Hashes._meta.get_field("index"))} == {
        Storage.HASHED}


def test_p1_6_the_inventory_listing_shows_each_fields_storage_and_plain_reason():
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("privacy", "inventory", stdout=out)
    lines = {line.split()[0]: line for line in out.getvalue().splitlines()
             if line.startswith("    ")}
    assert lines["members.AccessRecord.path"].endswith("encrypted")
    assert lines["members.Member.password"].endswith("hashed")
    assert "plain: the reporter's note to moderators" in lines["community.Report.detail"]

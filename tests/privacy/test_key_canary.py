"""The key ring is verified at start-up (P12.12): a canary sealed under it opens, or the
system check stops the server; development keys are never regenerated over sealed data;
rotation re-wraps the canary too."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from marquee.privacy.models import KeyCanary
from marquee.privacy.vault import canary, keyring

pytestmark = pytest.mark.django_db


@pytest.fixture
def restore_keys():
    yield
    keyring.reset_cache()


def use_keys(settings, ring: keyring.KeyRing) -> None:
    settings.MARQUEE_KEYS = ring.to_json()
    keyring.reset_cache()


def errors():
    return [e for e in canary.check_key_ring() if e.id == "privacy.E060"]


def test_p12_12_the_migrated_database_holds_a_canary_that_opens(member):
    assert KeyCanary.objects.count() == 1
    assert errors() == []


def test_p12_12_a_different_key_ring_fails_the_check_and_says_so(member, settings, restore_keys):
    use_keys(settings, keyring.generate())
    found = errors()
    assert found, "a key ring that cannot open the data must stop the server"
    assert any("key-encryption key" in e.msg for e in found)


def test_p12_12_the_right_kek_with_a_wrong_index_key_fails(member, settings, restore_keys):
    right = keyring.keyring()
    use_keys(settings, keyring.KeyRing(current=right.current, keks=right.keks,
                                       index=b"\x01" * 32))
    assert any("blind-index key" in e.msg for e in errors())


def test_p12_12_a_missing_key_file_is_not_regenerated_over_sealed_data(
        member, settings, tmp_path, restore_keys):
    settings.MARQUEE_KEYS = ""
    settings.MARQUEE_KEY_FILE = tmp_path / "keys.json"
    keyring.reset_cache()
    with pytest.raises(ImproperlyConfigured, match="missing but encrypted data exists"):
        keyring.keyring()
    assert not (tmp_path / "keys.json").exists()
    assert any("is missing but encrypted data exists" in e.msg for e in errors())


def test_p12_12_a_database_from_before_the_canary_is_checked_on_its_data_keys(
        member, settings, restore_keys):
    KeyCanary.objects.all().delete()
    assert errors() == []
    use_keys(settings, keyring.generate())
    assert errors(), "without a canary the data keys themselves must be checked"


def test_p12_12_rotate_keys_rewraps_the_canary(member, settings, restore_keys):
    old = keyring.keyring()
    new_id = "k-rotated"
    new_kek = b"\x07" * 32
    use_keys(settings, keyring.KeyRing(current=new_id, keks={**old.keks, new_id: new_kek},
                                       index=old.index))
    call_command("privacy", "rotate-keys")
    assert KeyCanary.objects.get().kek_id == new_id
    # The old KEK retired: the start-up check passes with the new one alone.
    use_keys(settings, keyring.KeyRing(current=new_id, keks={new_id: new_kek},
                                       index=old.index))
    assert errors() == []

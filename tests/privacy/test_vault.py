"""The vault: envelope encryption, row binding, blind indexes, crypto-shredding (P1.6, P12.1)."""

import pytest
from django.core.exceptions import FieldError
from django.db import connection

from marquee.members.models import Member
from marquee.privacy.models import DataKey
from marquee.privacy.vault import crypto, keyring
from marquee.privacy.vault.fields import Ciphertext, blind_index

from ..conftest import make_identity, sign_up


def raw_row(table: str, pk: int) -> dict:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {table} WHERE id = %s", [pk])
        columns = [c[0] for c in cursor.description]
        return dict(zip(columns, cursor.fetchone(), strict=True))


@pytest.mark.django_db
def test_p12_1_values_are_stored_as_aes_gcm_ciphertext(member):
    row = raw_row("members_member", member.pk)
    for column in ("name", "mobile", "email", "ci", "di", "login_id", "pen_name", "birthdate"):
        assert row[column].startswith("v1."), column
    assert "홍길동" not in str(row) and "gildong@example.com" not in str(row)
    assert "1234-5678" not in str(row) and "1990-05-17" not in str(row)
    fresh = Member.objects.get(pk=member.pk)
    assert (fresh.name, fresh.email, str(fresh.birthdate)) == ("홍길동", "gildong@example.com", "1990-05-17")


@pytest.mark.django_db
def test_p12_1_each_member_has_own_wrapped_data_key(member):
    other = sign_up(identity=make_identity(
        name="김영희", mobile="010-9876-5432", gender="female"), login_id="younghee")
    assert member.data_key_id != other.data_key_id
    key = DataKey.objects.get(pk=member.data_key_id)
    assert key.kek_id == keyring.keyring().current
    assert len(bytes(key.wrapped)) == 12 + 32 + 16  # nonce, key, tag: never the bare key


@pytest.mark.django_db
def test_p12_1_ciphertext_moved_to_another_row_does_not_open(member):
    other = sign_up(identity=make_identity(
        name="김영희", mobile="010-9876-5432", gender="female"), login_id="younghee")
    # Same key, different row: copy member's sealed name into other's email column.
    stolen = raw_row("members_member", member.pk)["name"]
    Member.objects.filter(pk=other.pk).update(email=Ciphertext(stolen))
    with pytest.raises(crypto.VaultError):
        _ = Member.objects.get(pk=other.pk).email
    # And across columns of the same row.
    Member.objects.filter(pk=member.pk).update(email=Ciphertext(stolen))
    with pytest.raises(crypto.TamperedValue):
        _ = Member.objects.get(pk=member.pk).email


@pytest.mark.django_db
def test_p4_2_destroying_the_data_key_makes_ciphertext_unreadable(member):
    sealed = raw_row("members_member", member.pk)["name"]
    member.data_key.destroy("test: member withdrawal")
    fresh = Member.objects.get(pk=member.pk)
    with pytest.raises(crypto.KeyDestroyed):
        _ = fresh.name
    stored = DataKey.objects.get(pk=member.data_key_id)
    assert stored.wrapped is None and stored.destroyed_at is not None
    # Even with every KEK at hand the value stays sealed: the data key is gone.
    assert raw_row("members_member", member.pk)["name"] == sealed


@pytest.mark.django_db
def test_p1_6_plaintext_cannot_bypass_the_vault(member):
    with pytest.raises(TypeError):
        Member.objects.filter(pk=member.pk).update(name="평문")
    with pytest.raises(FieldError):
        Member.objects.filter(name="홍길동").exists()
    member.name = "홍길동"
    with pytest.raises(TypeError):
        Member.objects.bulk_update([member], ["name"])


@pytest.mark.django_db
def test_blind_index_finds_exact_values_only(member):
    assert Member.objects.find(email="GilDong@Example.com ").get() == member
    assert Member.objects.find(mobile="+82 10-1234-5678").get() == member
    assert Member.objects.find(mobile="01012345678").get() == member
    assert not Member.objects.find(email="gildong@example.org").exists()
    row = raw_row("members_member", member.pk)
    assert row["email_index"] == blind_index("email", "gildong@example.com", "casefold")
    assert "gildong" not in row["email_index"]
    # Scopes separate: the same text indexes differently as a login ID and an e-mail.
    assert blind_index("login_id", "x@y.kr") != blind_index("email", "x@y.kr")


@pytest.mark.django_db
def test_kek_rotation_rewraps_data_keys_without_touching_values(member, settings, capsys):
    from django.core.management import call_command

    old = keyring.keyring()
    new_id = "k-rotated"
    rotated = keyring.KeyRing(current=new_id, keks={**old.keks, new_id: b"\x07" * 32},
                              index=old.index)
    settings.MARQUEE_KEYS = rotated.to_json()
    keyring.reset_cache()
    try:
        sealed_before = raw_row("members_member", member.pk)["name"]
        call_command("privacy", "rotate-keys")
        assert "1" in capsys.readouterr().out
        key = DataKey.objects.get(pk=member.data_key_id)
        assert key.kek_id == new_id
        # The old KEK can be retired: values open with the new one alone.
        settings.MARQUEE_KEYS = keyring.KeyRing(current=new_id, keks={new_id: b"\x07" * 32},
                                                index=old.index).to_json()
        keyring.reset_cache()
        assert Member.objects.get(pk=member.pk).name == "홍길동"
        assert raw_row("members_member", member.pk)["name"] == sealed_before
    finally:
        keyring.reset_cache()


@pytest.mark.django_db
def test_data_key_rotation_reseals_a_members_values(member, capsys):
    from django.core.management import call_command

    old_key = member.data_key_id
    sealed_before = raw_row("members_member", member.pk)["email"]
    call_command("privacy", "rotate-data-key", str(member.data_key_id))
    fresh = Member.objects.get(pk=member.pk)
    assert fresh.data_key_id != old_key
    assert raw_row("members_member", member.pk)["email"] != sealed_before
    assert fresh.email == "gildong@example.com"
    assert DataKey.objects.get(pk=old_key).destroyed


def test_tampered_key_file_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        keyring.KeyRing.from_json('{"current": "a", "keks": {"a": "c2hvcnQ="}, "index": "eA=="}')


def test_encrypted_field_keeps_an_explicit_not_null_through_migrations():
    from marquee.privacy.vault.fields import EncryptedCharField

    field = EncryptedCharField(item="name", null=False, blank=False)
    _, _, args, kwargs = field.deconstruct()
    rebuilt = EncryptedCharField(*args, **kwargs)
    assert (rebuilt.null, rebuilt.blank) == (False, False)
    default = EncryptedCharField(item="name")
    assert (default.null, default.blank) == (True, True)

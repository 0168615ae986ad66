"""The three-step migration seals rows that already exist (P1.6): access records written
in plain before ``members.0005`` are sealed under their member's data key, a member
whose key is destroyed keeps nothing readable, and the step reverses."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from marquee.members.models import AccessRecord, Member
from marquee.privacy.vault import crypto

BEFORE = [("members", "0004_withdrawal")]
AFTER = [("members", "0005_seal_access_records")]
SEALED = ("path", "os", "browser", "device", "carrier")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def raw(pk) -> dict:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(SEALED)} FROM members_accessrecord WHERE id = %s",
                       [pk])
        return dict(zip(SEALED, cursor.fetchone(), strict=True))


@pytest.mark.django_db(transaction=True)
def test_p1_6_three_step_migration_seals_existing_rows_under_each_members_key():
    kept = Member.objects.create_staff("probe_kept", "Probe!Pass2024", "김보관", "k@example.com")
    gone = Member.objects.create_staff("probe_gone", "Probe!Pass2024", "이파기", "g@example.com")
    old_apps = migrate(BEFORE)
    try:
        old = old_apps.get_model("members", "AccessRecord")
        plain = {"path": "/members/mypage/", "os": "iOS 17", "browser": "Mobile Safari 17",
                 "device": "iPhone", "carrier": "SKT"}
        mine = old.objects.create(member_id=kept.pk, method="GET", **plain).pk
        theirs = old.objects.create(member_id=gone.pk, method="GET", **plain).pk
        assert raw(mine) == plain  # written in plain, as before the change
        gone.data_key.destroy("withdrawal before the migration")
    finally:
        migrate(AFTER)
    stored = raw(mine)
    assert all(value.startswith(crypto.PREFIX) for value in stored.values()), stored
    record = AccessRecord.objects.get(pk=mine)
    assert {name: getattr(record, name) for name in SEALED} == plain
    assert raw(theirs) == dict.fromkeys(SEALED)  # no key, no data: cleared, not kept plain
    migrate(BEFORE)
    try:
        assert raw(mine) == plain  # the step reverses
    finally:
        migrate(AFTER)
    assert AccessRecord.objects.get(pk=mine).path == "/members/mypage/"

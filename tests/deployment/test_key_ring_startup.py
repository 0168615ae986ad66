"""The key ring is verified at start-up in production (P12.12): a migrated database with
its canary, then a server started with other keys or none, refuses to start."""

from __future__ import annotations

import shutil

import pytest

from marquee.privacy.vault.keyring import KeyRing, generate

from .conftest import production_env_in, run, with_var_dir

# Subprocesses on their own throw-away SQLite files: nothing here meets the suite's database.
pytestmark = pytest.mark.settings_only


@pytest.fixture(scope="module")
def migrated_once(tmp_path_factory):
    """A production data directory migrated by a real ``manage.py migrate`` under one key
    ring (which writes the canary). Migrating is the slow part (a fresh database, every
    migration), so it happens once for the module; each test gets its own copy."""
    env = production_env_in(tmp_path_factory.mktemp("migrated"))
    result = run(env, "manage.py", "migrate", "--noinput", timeout=300)
    assert result.returncode == 0, result.stderr
    return env


@pytest.fixture
def migrated(migrated_once, tmp_path):
    """A private copy of the migrated data directory (same keys, same canary), so no test
    sees what another one's process wrote."""
    shutil.copytree(migrated_once["MARQUEE_VAR_DIR"], tmp_path, dirs_exist_ok=True)
    return with_var_dir(migrated_once, tmp_path)


def test_p12_12_the_right_key_ring_starts(migrated):
    result = run(migrated, "-c", "import marquee.wsgi; print('loaded')")
    assert result.returncode == 0, result.stderr


def test_p12_12_a_mismatched_key_ring_stops_check_and_the_wsgi_start(migrated):
    wrong = {**migrated, "MARQUEE_KEYS": generate().to_json()}
    check = run(wrong, "manage.py", "check")
    assert check.returncode != 0
    assert "privacy.E060" in check.stderr and "has no key-encryption key" in check.stderr
    start = run(wrong, "-c", "import marquee.wsgi")
    assert start.returncode != 0
    assert "refuses to start" in start.stderr and "privacy.E060" in start.stderr


def test_p12_12_same_key_id_other_key_material_stops_the_server(migrated):
    right = KeyRing.from_json(migrated["MARQUEE_KEYS"])
    other = KeyRing(current=right.current, keks={right.current: b"\x09" * 32}, index=right.index)
    check = run({**migrated, "MARQUEE_KEYS": other.to_json()}, "manage.py", "check")
    assert check.returncode != 0
    assert "privacy.E060" in check.stderr and "does not open the canary" in check.stderr


def test_p12_12_an_unset_key_ring_stops_the_server(migrated):
    unset = {**migrated, "MARQUEE_KEYS": ""}
    start = run(unset, "-c", "import marquee.wsgi")
    assert start.returncode != 0
    assert "privacy.E060" in start.stderr and "MARQUEE_KEYS must be set" in start.stderr

"""Database files, media and key files are readable by the service account only
(P12.13): 0600 files and 0700 directories, whatever the umask of the process."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from .conftest import ROOT

FIRST_USE = (
    "import django; django.setup()\n"
    "from django.db import connections\n"
    "from marquee.privacy.vault.keyring import keyring\n"
    "keyring()\n"
    "for alias in ('default', 'archive'):\n"
    "    connections[alias].ensure_connection()\n"
    "    connections[alias].cursor().execute('CREATE TABLE t (x int)')\n"
)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.settings_only  # a subprocess on its own data folder, never the suite's database
def test_p12_13_a_fresh_checkout_creates_its_data_and_keys_owner_only(tmp_path):
    var = tmp_path / "var"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MARQUEE_", "DJANGO_", "DATABASE_URL", "ARCHIVE_DATABASE_URL"))}
    env.update({"MARQUEE_VAR_DIR": str(var), "PYTHONPATH": str(ROOT / "src"),
                "DJANGO_SETTINGS_MODULE": "marquee.settings"})
    result = subprocess.run([sys.executable, "-c", FIRST_USE], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120,
                            preexec_fn=lambda: os.umask(0o022))  # a permissive umask
    assert result.returncode == 0, result.stderr
    assert mode(var) == 0o700
    for name in ("marquee.sqlite3", "archive.sqlite3", "keys.json", "django-secret"):
        assert mode(var / name) == 0o600, name


def test_p12_13_existing_group_readable_files_are_tightened(tmp_path):
    from marquee.deployment.files import private_dir, private_file

    loose = tmp_path / "old.sqlite3"
    loose.write_text("")
    loose.chmod(0o644)
    private_file(loose)
    assert mode(loose) == 0o600
    folder = tmp_path / "media"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    assert mode(private_dir(folder)) == 0o700


@pytest.mark.django_db
def test_p12_13_uploaded_media_and_their_folders_are_owner_only(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    old = os.umask(0o022)
    try:
        name = default_storage.save("community/2026/12/sealed.bin", ContentFile(b"v1.x"))
    finally:
        os.umask(old)
    path = tmp_path / "media" / name
    assert mode(path) == 0o600
    for folder in (path.parent, path.parent.parent, tmp_path / "media" / "community"):
        assert mode(folder) == 0o700, folder

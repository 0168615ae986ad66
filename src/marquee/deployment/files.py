"""Owner-only files and directories for data, keys and uploads (P12.13).

The SQLite databases, the development key file, the Django secret and uploaded media
hold personal data or what unlocks it; on a shared machine they must not be readable by
other accounts whatever the umask. Settings call these at start-up; a process-wide umask
would also close the collected static files to the web server, so each path is made
private on its own. SQLite gives its journal files the database file's permissions.
Imports nothing from Django or the apps: settings use it before Django is set up.
"""

from __future__ import annotations

import os
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def _tighten(path: Path, mode: int) -> None:
    """Take group and other access away from a path this account owns."""
    info = path.stat()
    if info.st_uid == os.getuid() and info.st_mode & 0o077:
        path.chmod(mode)


def private_dir(path: Path) -> Path:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty and owner-only if missing (an empty file is a new SQLite
    database), or tighten it; leaves a path in a missing directory alone."""
    if not path.parent.is_dir():
        return path
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        _tighten(path, FILE_MODE)
    return path


def write_private_text(path: Path, text: str) -> None:
    """Write a new owner-only file: the mode is set at creation, not after."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)
    _tighten(path, FILE_MODE)

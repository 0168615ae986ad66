"""Automatic-collection records (P1.2) written in batches, without losing one on a crash.

One INSERT per signed-in request was a fixed cost of every request (issue 17). Instead:

1. The record is sealed at once, under the member's data key, exactly as ``save()``
   would seal it (the spool never holds a plain value), and appended as one JSON line
   to this process's spool file with a single ``write()`` on an ``O_APPEND`` descriptor.
   Once ``write()`` returns, the line is in the kernel's page cache: a process killed
   at any later point (SIGKILL, OOM, a segfault) loses nothing. The flusher thread
   also ``fsync``\\ s the spool a few times per flush period, which bounds what a power
   loss could take to the last fraction of a second; ``MARQUEE_ACCESS_SPOOL_FSYNC``
   fsyncs every line instead (about 8 ms a line on this machine's disk).
2. The pending records go to the database in one bulk INSERT when
   ``MARQUEE_ACCESS_BATCH`` have gathered, when the oldest has waited
   ``MARQUEE_ACCESS_FLUSH_SECONDS`` (a background thread), and when the process exits.
   Then the spool is emptied.
3. Recovery: every live process holds an exclusive ``flock`` on its own spool file;
   the kernel drops it when the process dies, however it dies. A process starting up
   (and each flusher thread, from time to time) takes over every spool file it can
   lock and inserts its lines. A record's ``vault_id`` is unique and travels with it,
   so a batch that was inserted just before a crash and is found again in the spool is
   not inserted twice.

Records of a member deleted in the meantime (a withdrawal deletes the member and, by
cascade, their records) are dropped, not inserted. ``MARQUEE_ACCESS_BATCH = 1`` writes
each record at once with ``save()``, as before (the tests' default).
"""

from __future__ import annotations

import atexit
import datetime
import fcntl
import json
import logging
import os
import threading
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, connections, transaction

from .models import AccessRecord, Member

logger = logging.getLogger(__name__)

SEALED = ("ip", "path", "os", "browser", "device", "carrier")
RECOVER_EVERY = 30  # flusher ticks between looks for orphaned spool files


def record(access: AccessRecord) -> None:
    """Store one access record: at once (batch of 1) or through the spool."""
    if settings.MARQUEE_ACCESS_BATCH <= 1:
        access.save()
    else:
        spool().write(access)


def sealed_line(access: AccessRecord) -> bytes:
    """The record as one spool line, every personal value sealed as ``save()`` seals it."""
    row = {"vault_id": access.vault_id.hex, "member_id": access.member_id,
           "at": access.at.isoformat(), "method": access.method}
    for name in SEALED:
        value = AccessRecord._meta.get_field(name).pre_save(access, True)
        row[name] = None if value is None else str(value)
    return (json.dumps(row, separators=(",", ":")) + "\n").encode()


def from_line(line: bytes) -> AccessRecord | None:
    """A spool line back as an unsaved record; None for a line cut short."""
    try:
        row = json.loads(line)
        sealed = {name: AccessRecord._meta.get_field(name).from_db_value(row[name], None, None)
                  for name in SEALED}
        return AccessRecord(vault_id=uuid.UUID(row["vault_id"]), member_id=row["member_id"],
                            at=datetime.datetime.fromisoformat(row["at"]),
                            method=row["method"], **sealed)
    except (ValueError, KeyError, TypeError):
        logger.warning("access spool: an unreadable line was skipped (%d bytes)", len(line))
        return None


def insert(records: list[AccessRecord]) -> int:
    """One bulk INSERT of the records whose member still exists; repeating it is
    harmless (the ``vault_id`` already there is skipped). Returns how many were kept."""
    for _attempt in range(3):
        members = {r.member_id for r in records}
        live = set(Member._default_manager.filter(pk__in=members).values_list("pk", flat=True))
        kept = [r for r in records if r.member_id in live]
        try:
            with transaction.atomic():
                AccessRecord.objects.bulk_create(kept, ignore_conflicts=True, batch_size=500)
            return len(kept)
        except IntegrityError:  # a member withdrew between the look-up and the INSERT
            continue
    raise IntegrityError("access spool: members kept disappearing during the insert")


def recover(directory: Path, skip: Path | None = None) -> int:
    """Insert the lines of every spool file whose process is gone (its lock is free),
    then delete the file. Returns how many records were read."""
    found = 0
    for path in sorted(directory.glob("*.jsonl")):
        if path == skip:
            continue
        try:
            fd = os.open(path, os.O_RDWR)
        except FileNotFoundError:
            continue  # another process recovered it meanwhile
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live process's spool
            with os.fdopen(os.dup(fd), "rb") as spooled:
                records = [r for r in map(from_line, spooled.read().splitlines()) if r]
            if records:
                insert(records)
            found += len(records)
            path.unlink(missing_ok=True)
        finally:
            os.close(fd)
    if found:
        logger.info("access spool: recovered %d records", found)
    return found


class Spool:
    """This process's spool file and the records written to it but not yet inserted."""

    def __init__(self, directory: Path, batch: int, seconds: float, fsync: bool):
        self.directory, self.batch, self.seconds, self.fsync = directory, batch, seconds, fsync
        self.lock = threading.Lock()
        self.pending: list[AccessRecord] = []
        self.oldest = 0.0
        self.unsynced = False
        self.fd: int | None = None
        self.path: Path | None = None
        self.pid: int | None = None

    def _open(self) -> None:
        """Open (or, in a forked child, re-open) this process's own locked spool file."""
        if self.fd is not None and self.pid == os.getpid():
            return
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.path = self.directory / f"{os.getpid()}-{uuid.uuid4().hex}.jsonl"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)  # held until this process ends, however it ends
        self.fd, self.pid, self.pending = fd, os.getpid(), []
        recover(self.directory, skip=self.path)
        atexit.register(self.flush)
        if self.seconds > 0:
            threading.Thread(target=self._flusher, name="access-spool", daemon=True).start()

    def write(self, access: AccessRecord) -> None:
        line = sealed_line(access)
        with self.lock:
            self._open()
            os.write(self.fd, line)
            if self.fsync:
                os.fsync(self.fd)
            else:
                self.unsynced = True
            if not self.pending:
                self.oldest = time.monotonic()
            self.pending.append(access)
            full = len(self.pending) >= self.batch
        if full:
            self.flush()

    def flush(self) -> int:
        """Insert the pending records, then empty the spool. On a database error the
        records stay pending and in the spool, for the next flush or a recovery."""
        with self.lock:
            if not self.pending or self.fd is None or self.pid != os.getpid():
                return 0
            try:
                insert(self.pending)
            except Exception:  # noqa: BLE001 - the request must not fail for its log
                logger.exception("access spool: %d records wait for the next flush",
                                 len(self.pending))
                return 0
            flushed, self.pending = len(self.pending), []
            os.ftruncate(self.fd, 0)
            return flushed

    def _flusher(self) -> None:
        ticks = 0
        while True:
            time.sleep(self.seconds / 4)
            ticks += 1
            try:
                if self.unsynced and self.fd is not None:
                    self.unsynced = False
                    os.fsync(self.fd)
                if self.pending and time.monotonic() - self.oldest >= self.seconds:
                    self.flush()
                if ticks % RECOVER_EVERY == 0:
                    recover(self.directory, skip=self.path)
            except Exception:  # noqa: BLE001 - keep flushing whatever happens once
                logger.exception("access spool: flusher")
            finally:
                connections.close_all()  # this thread's own connections only


_spool: Spool | None = None
_spool_lock = threading.Lock()


def spool() -> Spool:
    global _spool
    with _spool_lock:
        if _spool is None:
            _spool = Spool(Path(settings.MARQUEE_ACCESS_SPOOL_DIR), settings.MARQUEE_ACCESS_BATCH,
                           settings.MARQUEE_ACCESS_FLUSH_SECONDS,
                           settings.MARQUEE_ACCESS_SPOOL_FSYNC)
        return _spool

"""Malware scanning of uploaded files with ClamAV (P12.2).

Every upload is scanned *before* it is stored, and a file that cannot be scanned is
refused: "the scanner is down" never turns into "stored unscanned". Two backends:

* ``clamscan`` (default): runs ``clamscan`` on the bytes through standard input, with
  ``--database`` from ``MARQUEE_CLAMAV_DATABASE`` when set. Simple and stateless, but
  loading ClamAV's full signature set takes seconds per file;
* ``clamd``: streams the bytes to a running ``clamd`` (``INSTREAM``) over its Unix
  socket or TCP (``MARQUEE_CLAMD_ADDRESS``); the choice for production traffic.

The outcome is a :class:`Verdict`; anything other than a clear "clean" or "infected"
raises :class:`ScannerUnavailable`.
"""

from __future__ import annotations

import logging
import shutil
import socket
import struct
import subprocess
from dataclasses import dataclass

from django.conf import settings

log = logging.getLogger(__name__)


class ScannerUnavailable(Exception):
    """The file could not be scanned (scanner missing, no signatures, timeout, error)."""


@dataclass(frozen=True)
class Verdict:
    clean: bool
    signature: str = ""  # the signature name when infected
    scanner: str = ""  # which scanner gave the verdict, for the record


def scan(data: bytes) -> Verdict:
    """Scan ``data`` with the configured backend; raises ScannerUnavailable."""
    backend = getattr(settings, "MARQUEE_AV_BACKEND", "clamscan")
    if backend == "clamscan":
        return _clamscan(data)
    if backend == "clamd":
        return _clamd(data)
    raise ScannerUnavailable(f"unknown scanner backend {backend!r}")


# --- clamscan ---------------------------------------------------------------------------

def clamscan_command() -> list[str]:
    binary = getattr(settings, "MARQUEE_CLAMSCAN", "clamscan")
    path = shutil.which(binary)
    if path is None:
        raise ScannerUnavailable(f"{binary} is not installed (apt-get install clamav)")
    command = [path, "--no-summary", "--stdout", "--alert-exceeds-max=yes"]
    database = getattr(settings, "MARQUEE_CLAMAV_DATABASE", "")
    if database:
        command.append(f"--database={database}")
    return [*command, "-"]


def _clamscan(data: bytes) -> Verdict:
    command = clamscan_command()
    timeout = getattr(settings, "MARQUEE_AV_TIMEOUT", 60)
    try:
        done = subprocess.run(command, input=data, capture_output=True, timeout=timeout,
                              check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        raise ScannerUnavailable(f"clamscan did not run: {exc}") from exc
    out = done.stdout.decode(errors="replace").strip()
    # Exit codes: 0 no virus, 1 virus found, 2 an error (no database, unreadable input…).
    if done.returncode == 0 and out.endswith("OK"):
        return Verdict(True, scanner="clamscan")
    if done.returncode == 1 and out.endswith("FOUND"):
        return Verdict(False, _signature(out), scanner="clamscan")
    err = done.stderr.decode(errors="replace").strip().splitlines()
    raise ScannerUnavailable(f"clamscan exit {done.returncode}: {(err or [out])[-1][:200]}")


def _signature(line: str) -> str:
    """'stdin: Eicar-Signature FOUND' → 'Eicar-Signature'."""
    line = line.splitlines()[-1]
    return line.split(":", 1)[-1].removesuffix("FOUND").strip()


# --- clamd ------------------------------------------------------------------------------

CHUNK = 64 * 1024


def _connect() -> socket.socket:
    address = getattr(settings, "MARQUEE_CLAMD_ADDRESS", "/run/clamav/clamd.ctl")
    timeout = getattr(settings, "MARQUEE_AV_TIMEOUT", 60)
    try:
        if address.startswith("tcp://"):
            host, _, port = address.removeprefix("tcp://").rpartition(":")
            return socket.create_connection((host, int(port)), timeout=timeout)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        sock.connect(address)
        return sock
    except (OSError, ValueError) as exc:
        raise ScannerUnavailable(f"clamd is not reachable at {address}: {exc}") from exc


def _clamd(data: bytes) -> Verdict:
    try:
        with _connect() as sock:
            sock.sendall(b"zINSTREAM\0")
            for start in range(0, len(data), CHUNK):
                chunk = data[start:start + CHUNK]
                sock.sendall(struct.pack("!L", len(chunk)) + chunk)
            sock.sendall(struct.pack("!L", 0))
            reply = b""
            while not reply.endswith(b"\0"):
                part = sock.recv(4096)
                if not part:
                    break
                reply += part
    except OSError as exc:
        raise ScannerUnavailable(f"clamd scan failed: {exc}") from exc
    answer = reply.rstrip(b"\0").decode(errors="replace").strip()
    if answer.endswith(" OK"):
        return Verdict(True, scanner="clamd")
    if answer.endswith(" FOUND"):
        return Verdict(False, _signature(answer), scanner="clamd")
    raise ScannerUnavailable(f"clamd answered {answer[:200]!r}")

"""The key-encryption keys (KEKs) and the blind-index key.

Data keys live in the database, wrapped (encrypted) by a KEK. KEKs never touch the
database: production passes them in ``MARQUEE_KEYS`` (a JSON document, typically from
a secrets manager); development generates ``var/keys.json`` on first use, and never
again once sealed data exists (``canary``). The document
holds several KEKs by ID so that rotation can re-wrap data keys from an old KEK to the
current one while both are available::

    {"current": "k2", "keks": {"k1": "<base64>", "k2": "<base64>"},
     "index": "<base64>"}
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class KeyRing:
    current: str
    keks: dict[str, bytes]
    index: bytes

    def kek(self, kek_id: str) -> bytes:
        try:
            return self.keks[kek_id]
        except KeyError:
            raise ImproperlyConfigured(f"key-encryption key {kek_id!r} is not configured") from None

    def to_json(self) -> str:
        enc = lambda b: base64.b64encode(b).decode()  # noqa: E731
        return json.dumps(
            {"current": self.current, "keks": {k: enc(v) for k, v in self.keks.items()},
             "index": enc(self.index)},
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> KeyRing:
        doc = json.loads(text)
        keks = {k: base64.b64decode(v) for k, v in doc["keks"].items()}
        ring = cls(current=doc["current"], keks=keks, index=base64.b64decode(doc["index"]))
        if ring.current not in keks or any(len(k) != 32 for k in keks.values()):
            raise ImproperlyConfigured("MARQUEE_KEYS: every KEK must be 32 bytes and 'current' must exist")
        if len(ring.index) < 32:
            raise ImproperlyConfigured("MARQUEE_KEYS: the index key must be at least 32 bytes")
        return ring


def generate() -> KeyRing:
    kek_id = "k" + secrets.token_hex(4)
    return KeyRing(current=kek_id, keks={kek_id: secrets.token_bytes(32)},
                   index=secrets.token_bytes(32))


def write_key_file(ring: KeyRing, path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(ring.to_json())
    tmp.replace(path)


@lru_cache(maxsize=1)
def keyring() -> KeyRing:
    if settings.MARQUEE_KEYS:
        return KeyRing.from_json(settings.MARQUEE_KEYS)
    path = Path(settings.MARQUEE_KEY_FILE)
    if not path.exists():
        if not settings.MARQUEE_GENERATE_DEV_KEYS:
            raise ImproperlyConfigured("MARQUEE_KEYS must be set in production")
        from .canary import sealed_data_exists

        if sealed_data_exists():  # new keys would not open it: never regenerate (P12.12)
            raise ImproperlyConfigured(
                f"The key file {path} is missing but encrypted data exists; restore it.")
        write_key_file(generate(), path)
    return KeyRing.from_json(path.read_text())


def reset_cache() -> None:
    keyring.cache_clear()

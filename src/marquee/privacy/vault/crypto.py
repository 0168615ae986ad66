"""AES-256-GCM primitives and the ciphertext format. Nothing here is home-made
cryptography: it only frames ``cryptography``'s AESGCM.

A sealed value is ``v1.<base64url(key_id[16] | nonce[12] | ciphertext+tag)>``; the
data key's ID travels with the value so that a value can always find its key, and
so that destroying that key makes the value unreadable.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import uuid

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "v1."


class VaultError(Exception):
    """A value could not be opened."""


class KeyDestroyed(VaultError):
    """The data key was destroyed: the value is gone for good (crypto-shredding)."""


class TamperedValue(VaultError):
    """The value fails authentication: altered, or moved to another row or field."""


def seal(key: bytes, key_id: uuid.UUID, plaintext: bytes, aad: bytes) -> str:
    nonce = os.urandom(12)
    body = AESGCM(key).encrypt(nonce, plaintext, aad)
    return PREFIX + base64.urlsafe_b64encode(key_id.bytes + nonce + body).decode()


def key_id_of(sealed: str) -> uuid.UUID:
    raw = _decode(sealed)
    return uuid.UUID(bytes=raw[:16])


def open_sealed(key: bytes, sealed: str, aad: bytes) -> bytes:
    raw = _decode(sealed)
    try:
        return AESGCM(key).decrypt(raw[16:28], raw[28:], aad)
    except InvalidTag:
        raise TamperedValue("sealed value failed authentication") from None


def _decode(sealed: str) -> bytes:
    if not sealed.startswith(PREFIX):
        raise TamperedValue("not a sealed value")
    try:
        raw = base64.urlsafe_b64decode(sealed[len(PREFIX):])
    except ValueError:
        raise TamperedValue("sealed value is not valid base64") from None
    if len(raw) < 16 + 12 + 16:
        raise TamperedValue("sealed value is truncated")
    return raw


def wrap(kek: bytes, key_id: uuid.UUID, data_key: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(kek).encrypt(nonce, data_key, b"datakey:" + key_id.bytes)


def unwrap(kek: bytes, key_id: uuid.UUID, wrapped: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], b"datakey:" + key_id.bytes)
    except InvalidTag:
        raise TamperedValue("wrapped data key failed authentication") from None


def blind_index(index_key: bytes, scope: str, normalized: str) -> str:
    """A keyed HMAC-SHA256: equal values give equal indexes, nothing can be read back."""
    mac = hmac.new(index_key, scope.encode() + b"\x00" + normalized.encode(), hashlib.sha256)
    return mac.hexdigest()

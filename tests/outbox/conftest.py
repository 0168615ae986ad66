"""Fixtures for the relay tests: a data key to seal messages under, a scriptable
backend registered for every channel, a fixed clock and small retry settings."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.outbox import registry
from marquee.outbox import services as outbox
from marquee.privacy.models import DataKey

RECIPIENT = "010-2345-6789"
BODY = "[마키시네마] 비밀번호 재설정 인증번호는 482913입니다."
ALERT_TO = "ops@marquee.test"


class ScriptedBackend:
    """Records every ``Outgoing`` it is handed; raises the next scripted failure, if any
    (``None`` in the script means success)."""

    channels = frozenset({"sms", "email", "push"})
    sent: list = []
    script: list = []
    lock = threading.Lock()

    def send(self, outgoing) -> None:
        with self.lock:
            failure = ScriptedBackend.script.pop(0) if ScriptedBackend.script else None
            if failure is None:
                ScriptedBackend.sent.append(outgoing)
        if failure is not None:
            raise failure


@pytest.fixture
def backend(settings):
    """``ScriptedBackend`` for every channel, with its records reset."""
    registry.register("scripted", ScriptedBackend)
    settings.MARQUEE_OUTBOX_BACKENDS = dict.fromkeys(ScriptedBackend.channels, "scripted")
    ScriptedBackend.sent, ScriptedBackend.script = [], []
    yield ScriptedBackend
    registry.unregister("scripted")


@pytest.fixture(autouse=True)
def _retry_settings(settings):
    settings.MARQUEE_OUTBOX_RETRY = {"base_seconds": 60, "cap_seconds": 600,
                                     "max_attempts": 4, "lease_seconds": 300}
    settings.MARQUEE_OUTBOX_ALERT_EMAIL = ALERT_TO


class Clock:
    def __init__(self, start):
        self.now = start

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    """``timezone.now`` frozen a minute ahead of real time (so rows created with the
    model's default are already due), moved only by ``clock.advance``."""
    fixed = Clock(timezone.now().replace(microsecond=0) + timedelta(minutes=1))
    monkeypatch.setattr(timezone, "now", fixed)
    return fixed


@pytest.fixture
def data_key(db):
    return DataKey.issue("member")


@pytest.fixture
def queue(data_key):
    """Queue a message under ``data_key`` (the on-commit first attempt does not run in
    a test transaction: the relay is what sends it)."""
    def make(channel="sms", kind="password_reset", recipient=RECIPIENT, body=BODY,
             subject=""):
        return outbox.queue(data_key=data_key, channel=channel, kind=kind,
                            recipient=recipient, body=body, subject=subject)
    return make

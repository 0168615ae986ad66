"""Run the project in a subprocess as production would: ``MARQUEE_ENV=production`` with
real secrets and real services configured, each test taking one away (P12.7, P12.12)."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from marquee.privacy.vault.keyring import generate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def production_env(tmp_path):
    """Everything production requires, nothing of development (no stand-in configured).
    Its own data directory and databases, so a check never meets this checkout's data."""
    return production_env_in(tmp_path)


def with_var_dir(env: dict, var_dir: Path) -> dict:
    """``env`` with its data directory and SQLite databases moved to ``var_dir``."""
    return {**env, "MARQUEE_VAR_DIR": str(var_dir),
            "DATABASE_URL": f"sqlite:///{var_dir / 'marquee.sqlite3'}",
            "ARCHIVE_DATABASE_URL": f"sqlite:///{var_dir / 'archive.sqlite3'}"}


def production_env_in(var_dir: Path) -> dict:
    """The production environment with its data directory (and databases) in ``var_dir``.
    The suite's own databases (``DATABASE_URL``...) are never inherited."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MARQUEE_", "DJANGO_", "DATABASE_URL", "ARCHIVE_DATABASE_URL"))}
    env.update({
        "MARQUEE_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "marquee.example",
        "MARQUEE_KEYS": generate().to_json(),
        "MARQUEE_IDENTITY_PROVIDER": "portone",
        "MARQUEE_PAYMENT_GATEWAY": "portone",
        "MARQUEE_POSTCODE_BACKEND": "juso",
        "MARQUEE_JUSO_API_KEY": "test-juso-key",
        "MARQUEE_DELIVERY_BACKEND": "http",
        "MARQUEE_DELIVERY_API_URL": "https://carrier.example/tasks",
        "MARQUEE_DELIVERY_API_KEY": "test-carrier-key",
        "MARQUEE_OUTBOX_SMS_BACKEND": "sms_http",
        "MARQUEE_OUTBOX_EMAIL_BACKEND": "email",
        "MARQUEE_SMS_API_KEY": "test-key",
        "MARQUEE_SMS_API_SECRET": "test-secret",
        "MARQUEE_SMS_SENDER": "15881234",
        # The checkout's sources first; an inherited PYTHONPATH (extra packages) after.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
    })
    return with_var_dir(env, var_dir)


def run(env: dict, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    """``python <args>`` in the checkout with ``env`` (e.g. ``manage.py check``)."""
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)

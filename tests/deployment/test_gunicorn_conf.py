"""Production's gunicorn settings (issue 17): the ones the booking rush benchmark starts,
so that its figures are the production server's."""

from __future__ import annotations

import importlib
import os

from marquee.deployment import gunicorn_conf


def test_sync_workers_two_per_core_plus_one_unless_web_concurrency_says(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    conf = importlib.reload(gunicorn_conf)
    assert conf.worker_class == "sync"
    assert conf.workers == 2 * (os.cpu_count() or 1) + 1
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    assert importlib.reload(gunicorn_conf).workers == 3
    monkeypatch.setenv("WEB_CONCURRENCY", "")  # set but empty: the default
    assert importlib.reload(gunicorn_conf).workers == 2 * (os.cpu_count() or 1) + 1

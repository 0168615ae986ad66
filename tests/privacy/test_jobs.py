"""Promises that depend on cron are watched (L4.1, L5.1): every run of a scheduled job is
recorded; ``privacy status``, the back office, a system check and ``/health/`` say when
the sweep has not completed for 48 hours."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from marquee.privacy import jobs
from marquee.privacy.models import JobRun

pytestmark = pytest.mark.django_db


def _succeeded(job: str, hours_ago: float) -> JobRun:
    at = timezone.now() - datetime.timedelta(hours=hours_ago)
    return JobRun.objects.create(job=job, started_at=at, finished_at=at,
                                 status=JobRun.Status.SUCCEEDED)


def _all_recent(except_for=()):
    for key in jobs.inventory.jobs:
        if key not in except_for:
            _succeeded(key, 0.1)


def test_l4_1_the_sweep_command_records_its_run_with_counts():
    call_command("privacy", "sweep")
    run = JobRun.objects.get(job="privacy_sweep")
    assert run.status == JobRun.Status.SUCCEEDED and run.finished_at is not None
    assert "destroyed" in run.summary


def test_l4_1_a_failing_run_is_recorded_without_its_message(monkeypatch):
    from marquee.privacy import retention

    def broken(**kwargs):
        raise RuntimeError("홍길동 010-1234-5678")  # a message that could quote data

    monkeypatch.setattr(retention, "sweep", broken)
    with pytest.raises(RuntimeError):
        call_command("privacy", "sweep")
    run = JobRun.objects.get(job="privacy_sweep")
    assert (run.status, run.error) == (JobRun.Status.FAILED, "RuntimeError")
    assert "홍길동" not in str(run.summary)


def test_l5_1_the_overdue_alert_and_the_reconciler_are_recorded():
    call_command("rights", "overdue")
    call_command("payments_reconcile")
    assert set(JobRun.objects.values_list("job", flat=True)) == {"rights_overdue",
                                                                  "payments_reconcile"}


def test_l4_1_a_sweep_silent_for_48_hours_fails_the_check_and_health(client):
    _all_recent(except_for=("privacy_sweep",))
    _succeeded("privacy_sweep", 47)
    assert jobs.check_jobs_ran(databases=["default"]) == []
    assert client.get("/health/").status_code == 200
    JobRun.objects.filter(job="privacy_sweep").update(
        finished_at=timezone.now() - datetime.timedelta(hours=49))
    errors = jobs.check_jobs_ran(databases=["default"])
    assert [e.id for e in errors] == ["privacy.E040"] and "privacy_sweep" in errors[0].msg
    response = client.get("/health/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failing"
    assert [j["job"] for j in body["jobs"] if j["overdue"]] == ["privacy_sweep"]


def test_l4_1_a_new_installation_has_48_hours_before_a_never_run_sweep_is_reported(
        monkeypatch):
    _all_recent(except_for=("privacy_sweep",))
    now = timezone.now()
    monkeypatch.setattr(jobs, "installed_at", lambda: now - datetime.timedelta(hours=10))
    assert jobs.stale() == []
    monkeypatch.setattr(jobs, "installed_at", lambda: now - datetime.timedelta(hours=50))
    assert [s.job.key for s in jobs.stale()] == ["privacy_sweep"]


def test_l4_1_privacy_status_lists_each_job_and_exits_non_zero_when_one_is_overdue(
        capsys, monkeypatch):
    _all_recent()
    call_command("privacy", "status")
    out = capsys.readouterr().out
    for key in ("privacy_sweep", "rights_overdue", "payments_reconcile", "access_review"):
        assert key in out
    assert "OVERDUE" not in out
    JobRun.objects.filter(job="privacy_sweep").update(
        finished_at=timezone.now() - datetime.timedelta(days=3))
    with pytest.raises(CommandError, match="1 scheduled job"):
        call_command("privacy", "status")

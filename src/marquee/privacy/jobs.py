"""Scheduled jobs and the record of their runs (L4.1, L5.1, issue: promises that depend
on cron with nobody watching).

Apps declare their scheduled jobs in ``privacy.py`` as ``SCHEDULED_JOBS`` (collected by
the inventory); each job's command runs inside ``recorded(key)``, which writes a
``JobRun``. ``stale()`` names the jobs whose last success is older than they allow: a
system check (``privacy.E040``, database-tagged: ``migrate`` and ``check --database``),
``manage.py privacy status`` and the health endpoint report them.
"""

from __future__ import annotations

import datetime
from contextlib import contextmanager
from dataclasses import dataclass

from django.core import checks
from django.db import DatabaseError
from django.utils import timezone

from .declarations import ScheduledJob
from .inventory import inventory
from .models import JobRun


class Summary(dict):
    """What a run reports (counts only), filled in by the job inside ``recorded``."""


@contextmanager
def recorded(key: str, *, now=None):
    """Record one run of ``key``; the body fills the yielded Summary. A failure is
    recorded with the exception's class (never its message: it may quote data) and
    raised again."""
    run = JobRun.objects.create(job=key, started_at=now or timezone.now())
    summary = Summary()
    try:
        yield summary
    except BaseException as exc:
        JobRun.objects.filter(pk=run.pk).update(
            status=JobRun.Status.FAILED, finished_at=timezone.now(),
            error=type(exc).__name__[:200], summary=dict(summary))
        raise
    JobRun.objects.filter(pk=run.pk).update(
        status=JobRun.Status.SUCCEEDED, finished_at=timezone.now(), summary=dict(summary))


def last_success(key: str) -> JobRun | None:
    return (JobRun.objects.filter(job=key, status=JobRun.Status.SUCCEEDED)
            .order_by("-finished_at").first())


def last_run(key: str) -> JobRun | None:
    return JobRun.objects.filter(job=key).order_by("-started_at").first()


def installed_at() -> datetime.datetime | None:
    """When this database was set up (the engine's first migration), so that a brand-new
    installation is not reported for jobs that have not had time to run yet."""
    from django.db.migrations.recorder import MigrationRecorder

    row = (MigrationRecorder.Migration.objects.filter(app="privacy")
           .order_by("applied").first())
    return row.applied if row else None


@dataclass(frozen=True)
class Status:
    job: ScheduledJob
    last_success: JobRun | None
    last_run: JobRun | None
    stale: bool


def statuses(now=None) -> list[Status]:
    now = now or timezone.now()
    since = installed_at()
    out = []
    for job in inventory.jobs.values():
        success = last_success(job.key)
        reference = success.finished_at if success else since
        stale = reference is not None and now - reference > job.alert_after
        out.append(Status(job, success, last_run(job.key), stale))
    return out


def stale(now=None) -> list[Status]:
    """The jobs overdue now; empty when the tables do not exist yet (before migrate)."""
    try:
        return [s for s in statuses(now) if s.stale]
    except DatabaseError:
        return []


@checks.register("privacy", checks.Tags.database)
def check_jobs_ran(app_configs=None, databases=None, **kwargs):
    """A scheduled job that has not succeeded for longer than it allows is an error:
    the deadlines it keeps (destruction within 5 days, rights answers within 10) are
    being broken while nobody looks."""
    return [checks.Error(
        f"Scheduled job {s.job.key!r} ({s.job.label}) has not completed successfully "
        + (f"since {timezone.localtime(s.last_success.finished_at):%Y-%m-%d %H:%M} KST"
           if s.last_success else "since this installation was set up")
        + f" (allowed: {s.job.alert_after}).",
        hint=f"Run it and check its schedule: {s.job.command}", id="privacy.E040")
        for s in (stale() if databases else ())]  # database checks run only when asked

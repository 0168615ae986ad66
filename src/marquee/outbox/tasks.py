"""The relay as a background task (Django's tasks API, ``django-tasks``).

Enqueue it from cron (``manage.py outbox enqueue-relay``) for the worker
(``manage.py db_worker``), or run ``manage.py outbox relay`` from cron directly.
Arguments and the result are counts, never personal data.
"""

from django_tasks import task


@task()
def relay_task(limit: int = 100) -> dict[str, int]:
    from .relay import deliver_pending

    report = deliver_pending(limit=limit)
    return {"sent": len(report.sent), "retrying": len(report.retrying),
            "failed": len(report.failed)}

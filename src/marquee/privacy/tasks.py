"""The sweep as a background task (Django's tasks API, ``django-tasks``).

Enqueue it from cron (``manage.py privacy enqueue-sweep``) or run the command directly
(``manage.py privacy sweep``); a worker (``manage.py db_worker``) runs enqueued tasks.
Arguments are never personal data.
"""

from django_tasks import task


@task()
def sweep_task(batch_size: int = 5000) -> int:
    from .hooks import before_sweep
    from .jobs import recorded
    from .retention import sweep

    with recorded("privacy_sweep") as summary:
        before_sweep()
        run = sweep(batch_size=batch_size, operator="task")
        summary["destroyed"] = sum(r.count for r in run.records.all())
    return summary["destroyed"]

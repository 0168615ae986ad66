"""``/health/``: for the operator's monitoring. 200 when the database answers and every
scheduled job has succeeded within the time it allows; 503 otherwise, naming the job.
Job names and times only: nothing about any person."""

from __future__ import annotations

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import jobs


@never_cache
@require_GET
def health(request):
    try:
        connection.ensure_connection()
        statuses = jobs.statuses()
    except DatabaseError:
        return JsonResponse({"status": "failing", "database": "unreachable"}, status=503)
    body = {
        "status": "failing" if any(s.stale for s in statuses) else "ok",
        "database": "ok",
        "jobs": [{"job": s.job.key, "overdue": s.stale,
                  "last_success": (timezone.localtime(s.last_success.finished_at).isoformat()
                                   if s.last_success else None)} for s in statuses],
    }
    return JsonResponse(body, status=503 if body["status"] == "failing" else 200)

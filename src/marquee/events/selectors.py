"""Read-only queries for pages outside the app (the home page's current events)."""

from __future__ import annotations

from django.utils import timezone

from .models import Event


def current_events(limit: int | None = 4):
    """Events open for entry now, closing soonest first."""
    now = timezone.now()
    events = Event.objects.filter(status=Event.Status.OPEN, starts_at__lte=now,
                                  ends_at__gt=now).order_by("ends_at")
    return events[:limit] if limit else events

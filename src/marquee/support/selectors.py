"""Reads for the customer centre: the in-time share per period (P13.2)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth, TruncWeek

from .models import Inquiry
from .sla import KST


@dataclass(frozen=True)
class Share:
    period: datetime.date
    total: int
    in_time: int

    @property
    def percent(self) -> int:
        return round(100 * self.in_time / self.total) if self.total else 0


def in_time_share(since: datetime.date, unit: str) -> list[Share]:
    """Per week or month of receipt: inquiries whose answer deadline has passed or that
    were answered, and how many of them were answered by the deadline."""
    trunc = (TruncWeek if unit == "week" else TruncMonth)("due_at", tzinfo=KST)
    rows = (Inquiry.objects.filter(due_at__date__gte=since)
            .filter(Q(answered_at__isnull=False) | Q(due_at__lt=datetime.datetime.now(KST)))
            .annotate(period=trunc).values("period")
            .annotate(total=Count("pk"), in_time=Count("pk", filter=Q(answered_at__lte=F("due_at"))))
            .order_by("period"))
    return [Share(r["period"].date() if hasattr(r["period"], "date") else r["period"],
                  r["total"], r["in_time"]) for r in rows]

"""The customer centre's answer clock (P13.2).

The policy promises an answer within 24 hours to inquiries made by e-mail, fax or post
(and the web form, which reaches the same agents). The centre works 10:00-18:00 KST on
business days, so the clock cannot start while nobody is there: an inquiry received
after 18:00, before 10:00, on a weekend, on a Korean public holiday (substitute holidays
included, from the ``holidays`` package) or on a day the operator closed (``Closure``)
starts its clock at 10:00 on the next business day. The deadline is the start plus 24
hours; when that moment falls on a day the centre is closed, it moves to the same time
of the next business day, since the promise is "by the next business day".

Everything here is pure calendar arithmetic in KST; the closures are passed in, so the
clock is testable without a database (``deadline_for`` reads them).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from functools import lru_cache
from zoneinfo import ZoneInfo

KST = ZoneInfo("Asia/Seoul")
OPENS = datetime.time(10, 0)
CLOSES = datetime.time(18, 0)
ANSWER_WITHIN = datetime.timedelta(hours=24)
# "Due soon" in the agents' queue: less than this left.
DUE_SOON = datetime.timedelta(hours=4)


@lru_cache(maxsize=32)
def _public_holidays(year: int) -> frozenset[datetime.date]:
    """Korean public holidays of ``year``, substitute holidays (대체공휴일) included.

    ``holidays`` is imported here, not at module level: it loads every country's
    calendar, which start-up (and every management command) does not need."""
    import holidays

    return frozenset(holidays.country_holidays("KR", years=year))


def is_business_day(day: datetime.date, closures: Iterable[datetime.date] = ()) -> bool:
    return (day.weekday() < 5 and day not in _public_holidays(day.year)
            and day not in set(closures))


def next_business_day(day: datetime.date, closures: Iterable[datetime.date] = ()) -> datetime.date:
    """The first business day strictly after ``day``."""
    closed = set(closures)
    day += datetime.timedelta(days=1)
    while not is_business_day(day, closed):
        day += datetime.timedelta(days=1)
    return day


def clock_start(received_at: datetime.datetime,
                closures: Iterable[datetime.date] = ()) -> datetime.datetime:
    """When the 24 hours start: at receipt during hours, else 10:00 of the next business day."""
    closed = set(closures)
    local = received_at.astimezone(KST)
    day = local.date()
    if is_business_day(day, closed):
        if local.time() < OPENS:
            return datetime.datetime.combine(day, OPENS, tzinfo=KST)
        if local.time() < CLOSES:
            return local
    return datetime.datetime.combine(next_business_day(day, closed), OPENS, tzinfo=KST)


def due_at(received_at: datetime.datetime,
           closures: Iterable[datetime.date] = ()) -> tuple[datetime.datetime, datetime.datetime]:
    """(clock start, deadline) for an inquiry received at ``received_at``."""
    closed = set(closures)
    start = clock_start(received_at, closed)
    deadline = start + ANSWER_WITHIN
    if not is_business_day(deadline.date(), closed):
        day = next_business_day(deadline.date(), closed)
        deadline = datetime.datetime.combine(day, deadline.timetz())
    return start, deadline


def deadline_for(received_at: datetime.datetime) -> tuple[datetime.datetime, datetime.datetime]:
    """The clock with the operator's calendar of extra closures from the database."""
    from .models import Closure

    local = received_at.astimezone(KST).date()
    closures = Closure.objects.filter(
        day__gte=local, day__lte=local + datetime.timedelta(days=60)).values_list("day", flat=True)
    return due_at(received_at, closures)

"""Korean display formatting for every template: amounts and times (issue 15, P8.1).

One filter per concern, registered as a template builtin in settings, so an amount or a
time reads the same on My Page, the checkout, the ticket and the payment window:
``{{ amount|won }}`` gives ``28,000원`` and ``{{ moment|kst }}`` gives
``2026년 12월 7일 (월) 01:21`` in Korea Standard Time whether ``moment`` is an aware
datetime or an ISO 8601 string (what providers export). This module imports no app, so
every layer may use it.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from django import template

register = template.Library()

KST = ZoneInfo("Asia/Seoul")
WEEKDAYS = "월화수목금토일"


def _moment(value) -> datetime.datetime | datetime.date | None:
    """A datetime or date from a datetime, a date or an ISO 8601 string; else None."""
    if isinstance(value, datetime.datetime | datetime.date):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                return None
    return None


def format_won(value) -> str:
    """``28000`` → ``28,000원``; an empty value stays empty, a non-number is shown as is."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if number == number.to_integral_value():
        return f"{int(number):,}원"
    return f"{number:,.2f}원"


def format_date(value) -> str:
    """A date in Korean: ``2026년 12월 7일 (월)`` (a datetime is taken in KST)."""
    moment = _moment(value)
    if moment is None:
        return "" if value in (None, "") else str(value)
    if isinstance(moment, datetime.datetime):
        moment = _in_kst(moment).date()
    return f"{moment.year}년 {moment.month}월 {moment.day}일 ({WEEKDAYS[moment.weekday()]})"


def _in_kst(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is None:  # naive values in this project are already local time
        return moment
    return moment.astimezone(KST)


def format_kst(value, seconds: bool = False) -> str:
    """A moment in KST with Korean formatting: ``2026년 12월 7일 (월) 01:21``."""
    moment = _moment(value)
    if moment is None:
        return "" if value in (None, "") else str(value)
    if not isinstance(moment, datetime.datetime):
        return format_date(moment)
    local = _in_kst(moment)
    clock = local.strftime("%H:%M:%S" if seconds else "%H:%M")
    return f"{format_date(local)} {clock}"


@register.filter(name="won")
def won(value) -> str:
    return format_won(value)


@register.filter(name="kst")
def kst(value, arg: str = "") -> str:
    """``{{ at|kst }}``; ``{{ at|kst:"date" }}`` for the date only; ``"seconds"`` adds them."""
    if arg == "date":
        return format_date(value)
    return format_kst(value, seconds=arg == "seconds")

"""The answer clock across evenings, weekends, public and substitute holidays (P13.2)."""

from __future__ import annotations

import datetime

import pytest

from marquee.support import sla
from marquee.support.models import Closure

KST = sla.KST


def at(y, m, d, hh=0, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=KST)


def test_p13_2_inside_hours_the_clock_starts_at_receipt():
    start, due = sla.due_at(at(2026, 7, 7, 11, 30))  # Tuesday
    assert start == at(2026, 7, 7, 11, 30)
    assert due == at(2026, 7, 8, 11, 30)


def test_p13_2_after_18_the_clock_starts_next_business_morning():
    start, due = sla.due_at(at(2026, 7, 7, 18, 0))
    assert start == at(2026, 7, 8, 10, 0)
    assert due == at(2026, 7, 9, 10, 0)


def test_p13_2_before_10_the_clock_starts_at_10_the_same_day():
    assert sla.clock_start(at(2026, 7, 7, 7, 45)) == at(2026, 7, 7, 10, 0)


def test_p13_2_friday_evening_waits_for_monday_and_a_friday_deadline_moves_past_the_weekend():
    start, due = sla.due_at(at(2026, 7, 10, 19, 0))  # Friday 19:00
    assert start == at(2026, 7, 13, 10, 0)
    assert due == at(2026, 7, 14, 10, 0)
    _, due = sla.due_at(at(2026, 7, 10, 11, 0))  # Friday 11:00 → Saturday 11:00 → Monday
    assert due == at(2026, 7, 13, 11, 0)


def test_p13_2_friday_19_before_a_substitute_holiday_starts_on_tuesday():
    # 2026-08-15 (광복절) is a Saturday: Monday 17 August is its substitute holiday.
    assert not sla.is_business_day(datetime.date(2026, 8, 17))
    start, due = sla.due_at(at(2026, 8, 14, 19, 0))
    assert start == at(2026, 8, 18, 10, 0)
    assert due == at(2026, 8, 19, 10, 0)


def test_p13_2_lunar_new_year_holidays_are_skipped():
    # 설날 2026: 16–18 February (Mon–Wed).
    start, due = sla.due_at(at(2026, 2, 13, 20, 0))
    assert start == at(2026, 2, 19, 10, 0)
    assert due == at(2026, 2, 20, 10, 0)


def test_p13_2_operator_closures_count_as_closed_days():
    start, _ = sla.due_at(at(2026, 7, 7, 19, 0), closures=[datetime.date(2026, 7, 8)])
    assert start == at(2026, 7, 9, 10, 0)


@pytest.mark.django_db
def test_p13_2_deadline_for_reads_the_operator_calendar():
    Closure.objects.create(day=datetime.date(2026, 7, 8), reason="창립기념일")
    start, due = sla.deadline_for(at(2026, 7, 7, 19, 0))
    assert start == at(2026, 7, 9, 10, 0)
    assert due == at(2026, 7, 10, 10, 0)

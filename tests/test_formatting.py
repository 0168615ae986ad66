"""Korean amounts and KST times, one filter each for every template (issue 15, P8.1)."""

from __future__ import annotations

import datetime

from django.template import Context, Template

from marquee.formatting import format_date, format_kst, format_won

UTC = datetime.UTC


def test_p8_1_won_puts_thousands_separators_and_the_unit():
    assert format_won(28000) == "28,000원"
    assert format_won("1500000") == "1,500,000원"
    assert format_won(0) == "0원"
    assert format_won(None) == "" and format_won("") == ""


def test_p8_1_kst_turns_utc_into_korean_time_and_date():
    moment = datetime.datetime(2026, 12, 6, 16, 21, tzinfo=UTC)  # 01:21 KST on the 7th
    assert format_kst(moment) == "2026년 12월 7일 (월) 01:21"
    assert format_kst(moment.isoformat()) == "2026년 12월 7일 (월) 01:21"
    assert format_kst(moment, seconds=True) == "2026년 12월 7일 (월) 01:21:00"
    assert format_date(moment) == "2026년 12월 7일 (월)"
    assert format_date(datetime.date(1990, 5, 17)) == "1990년 5월 17일 (목)"


def test_p8_1_kst_leaves_words_alone():
    assert format_kst("각 기록일로부터 5년") == "각 기록일로부터 5년"
    assert format_kst(None) == ""


def test_p8_1_filters_are_builtins_in_every_template():
    html = Template("{{ amount|won }} · {{ at|kst }} · {{ at|kst:'date' }}").render(Context({
        "amount": 14000, "at": datetime.datetime(2026, 1, 1, 0, 0, tzinfo=UTC)}))
    assert html == "14,000원 · 2026년 1월 1일 (목) 09:00 · 2026년 1월 1일 (목)"

"""The retention sweep of the separate store (P3, P4.1; issue 17 item 6): on PostgreSQL it
deletes fixed windows of ids, each deleted and counted by rule in one statement, and
jumps over stretches with nothing expired. Whatever the layout, exactly the expired
records go, and the destruction records count them exactly, rule by rule."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.privacy import retention
from marquee.privacy.archive import services as archive
from marquee.privacy.archive.models import ArchivedRecord

DBS = ["default", "archive"]


def kept(n: int, rule: str, trigger_at) -> None:
    archive.keep(rule=rule, kind="booking", source=f"{rule}:{n}", reference=f"R{n}",
                 subject_index="0" * 64, payload={"n": n}, trigger_at=trigger_at)


@pytest.mark.django_db(databases=DBS)
@pytest.mark.parametrize("batch_size", [1, 2, 5, 1000])
def test_p3_sweep_destroys_exactly_the_expired_records_across_gaps(batch_size):
    now = timezone.now()
    long_ago, recently = now - timedelta(days=365 * 7), now - timedelta(days=1)
    # In id order: 3 expired, 7 kept on, 2 expired, 9 kept on, 4 expired (two rules).
    layout = [(3, long_ago), (7, recently), (2, long_ago), (9, recently), (4, long_ago)]
    n = 0
    for count, trigger_at in layout:
        for _ in range(count):
            n += 1
            kept(n, "contract_records" if n % 2 else "payment_records", trigger_at)
    expired = set(ArchivedRecord.objects.filter(expires_at__lte=now).values_list("pk", flat=True))
    assert len(expired) == 9
    run = retention.sweep(now=now, batch_size=batch_size)
    left = set(ArchivedRecord.objects.values_list("pk", flat=True))
    assert len(left) == 16 and not left & expired
    counts = {r.rule: r.count for r in run.records.filter(category=retention.KEPT)}
    assert counts == {"contract_records": 5, "payment_records": 4}
    again = retention.sweep(now=now, batch_size=batch_size)
    assert not again.records.filter(category=retention.KEPT).exists()

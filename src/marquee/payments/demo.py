"""Demo vouchers (예매권), issued with the demo catalogue's first load.

Payments sits above booking, so the demo catalogue (``booking.demo``) knows nothing of
vouchers; ``manage.py load_booking_demo`` (this app's command) loads both.
"""

from __future__ import annotations

from marquee.booking import demo as catalogue

from . import services

VOUCHER_VALUE = 14000


def load() -> list[str]:
    """Load the catalogue; on its first load, issue two vouchers whose codes are shown
    this once (only hashes are kept). Returns the lines to print."""
    report = catalogue.load()
    lines = catalogue.describe(report)
    if report.theatres_created:
        codes = [services.issue_voucher(VOUCHER_VALUE) for _ in range(2)]
        lines.append(f"demo vouchers ({VOUCHER_VALUE:,}원 each, shown only now): "
                     + ", ".join(codes))
    return lines


def run() -> list[str]:
    """The demo loader's hook: runs after booking's (app order), so the catalogue is
    there; two vouchers are issued once, their codes shown only then."""
    from .models import Voucher

    if Voucher.objects.exists():
        return []
    codes = [services.issue_voucher(VOUCHER_VALUE) for _ in range(2)]
    return [f"demo vouchers ({VOUCHER_VALUE:,}원 each, shown only now): " + ", ".join(codes)]

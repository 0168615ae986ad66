"""The masker as the PII benchmarks load it: the repository's sources on the path, Django set up
(the operator's declared contacts are settings), Kiwi loaded, the catalogue as the allow-list.
Shared by ``pii_budget.py`` and ``pii_bounds.py`` so both time the same masker."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent


def load_masker() -> SimpleNamespace:
    """``pii_eval``, ``catalogue``, ``allow``, ``detect``, ``engine`` and ``morph``, Kiwi warm."""
    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench"), str(ROOT / "bench" / "pii_data")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marquee.settings")
    import django

    django.setup()
    import pii_eval
    from common import catalogue

    from marquee.privacy.pii import AllowList, detect, engine, morph, warm_up

    warm_up()
    return SimpleNamespace(pii_eval=pii_eval, catalogue=catalogue, allow=AllowList(catalogue()),
                           detect=detect, engine=engine, morph=morph)

"""Dump the PII masker's output on every readable set, to check that a change kept it (P11.2).

    PYTHONPATH=src /tmp/bench-venv-lead/bin/python bench/pii_dump.py /tmp/before   # old code
    PYTHONPATH=src /tmp/bench-venv-lead/bin/python bench/pii_dump.py /tmp/after    # new code
    diff -r /tmp/before /tmp/after && echo identical

One file per set, one JSON line per post: ``detect()``'s spans (start, end, entity, score),
``mask_text()``'s masked text and its counts, with the catalogue as the allow-list, as
``pii_eval.py`` passes it. A speed change must leave every line as it was; the script prints
each file's MD5 so two runs can be compared at a glance.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "pii_data"))

# Every set that has been read (never a blind one): pii_eval.GENERATORS lists them.
READABLE = ("dev", "heldout", "dev2", "clean2", "test2", "test3", "dev3", "clean3", "test4",
            "dev4", "clean4", "test5", "test6", "test7", "test8", "test9", "test10", "test11",
            "test12", "test13", "test14", "test15", "test16")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="directory for the dumps (created)")
    ap.add_argument("--sets", default=",".join(READABLE))
    args = ap.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marquee.settings")
    import django

    django.setup()  # the operator's declared contacts are read from settings
    from common import catalogue
    from pii_eval import load

    from marquee.privacy.pii import AllowList, detect, mask_text

    allow = AllowList(catalogue())
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets.split(","):
        path = args.out / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for post in load(name):
                text = post["text"]
                spans = [(s.start, s.end, s.entity, s.score) for s in detect(text, allow=allow)]
                masked = mask_text(text, allow=allow)
                f.write(json.dumps({"spans": spans, "masked": masked.text, "counts": masked.counts},
                                   ensure_ascii=False) + "\n")
        print(name, hashlib.md5(path.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()

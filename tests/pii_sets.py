"""Loading the PII masker's evaluation sets and their generators (P11.2), shared by the
tests that keep each set equal to what its generator writes."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

DATA = Path(__file__).resolve().parents[1] / "bench" / "pii_data"


def load_generator(name: str, helper_prefix: str = "") -> ModuleType:
    """``bench/pii_data/gen_<name>.py`` as a module. The folder is on ``sys.path`` only while
    it imports its helpers; with ``helper_prefix`` they leave ``sys.modules`` afterwards, so
    two sets' helpers never meet."""
    sys.path.insert(0, str(DATA))
    try:
        spec = importlib.util.spec_from_file_location(f"gen_{name}", DATA / f"gen_{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(DATA))
        if helper_prefix:
            for loaded in [n for n in sys.modules if n.startswith(helper_prefix)]:
                del sys.modules[loaded]


def read_set(name: str) -> list[dict]:
    """The written ``<name>.jsonl``, one post per line."""
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def assert_labels_in_range_and_disjoint(posts: list[dict]) -> None:
    """Every span and negative lies inside its post, has no space at either end, and no two
    overlap: a label the scorer can match exactly."""
    for p in posts:
        labels = sorted(p["spans"] + p["negatives"])
        for start, end, kind in labels:
            assert 0 <= start < end <= len(p["text"]), (p["id"], kind)
            assert p["text"][start:end] == p["text"][start:end].strip(), (p["id"], kind)
        for (_, end, _), (start, _, _) in zip(labels, labels[1:], strict=False):
            assert end <= start, p["id"]


def assert_no_string_both_span_and_negative(posts: list[dict]) -> None:
    """No string is personal in one post and a hard negative in another: the set does not
    contradict itself."""
    span_texts = {p["text"][s:e] for p in posts for s, e, _ in p["spans"]}
    neg_texts = {p["text"][s:e] for p in posts for s, e, _ in p["negatives"]}
    assert not span_texts & neg_texts

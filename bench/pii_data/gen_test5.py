"""Blind evaluation set test5 for the Korean PII masker (issue 16, P11.2).

    python bench/pii_data/gen_test5.py       # writes test5.jsonl (seeded, deterministic)

About 1,200 posts and messages as people write them on a Korean cinema site, in nine
registers: teen slang, elderly formal letters, messenger exports and notes, customer
complaints, the operator's staff answers and notices, event entries, tables and CSV-like
lists, English-mixed text and community board posts. More than half carry no personal
data at all; those are full of hard negatives (booking, order, coupon, delivery and
tracking numbers, gift PINs, barcodes, membership and business numbers, dates, times,
prices, seats, versions, values already masked, film titles, the catalogue's cast, crew,
characters and theatres, the operator's published contacts, ordinary words that start
with a surname syllable or contain a name-like syllable pair, food, places and brands).

Written by a helper who never saw the masker or the other generators: its own vocabulary
(t5_vocab.py), values (t5_values.py, with the span conventions), negatives
(t5_negatives.py) and frames (t5_frames.py with personal data, t5_clean.py without);
t5_render.py fills the frames. Every person is invented from the name pools in t5_vocab.
Frames are drawn by register; frames with the rarer identifiers weigh more, and an entity
that falls behind its floor (FLOORS) gets the next post with personal data.

The validator at the end asserts, for every post, that each span's text is what was
inserted, that spans and negatives neither overlap nor start or end on whitespace, that
no labelled value (and no name with its inner spaces and invisible characters removed)
occurs outside a span or negative, that no digit run of six or more, no ``@`` and no
dotted quad is left unlabelled, and that no public name (catalogue, operator) and no
ordinary word of the negative lists is labelled PERSON.
The lead scores it once, at the end (`bench/pii_eval.py --sets test5`).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import t5_clean  # noqa: E402
import t5_frames  # noqa: E402
from common import catalogue, write_jsonl  # noqa: E402
from t5_negatives import OPERATOR_OFFICER  # noqa: E402
from t5_render import render  # noqa: E402
from t5_vocab import NAME_STOP, NAMELIKE_WORDS, SURNAME_WORDS  # noqa: E402

SEED = 20261207
TOTAL = 1200
CLEAN_SHARE = 0.56
OUT = Path(__file__).resolve().parent / "test5.jsonl"
INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u2060\\s]")
PUBLIC = (set(catalogue()) | {OPERATOR_OFFICER} | set(SURNAME_WORDS) | set(NAMELIKE_WORDS)
          | set(NAME_STOP))
RARE_KEYS = ("FRN", "PASS", "DL", "ACCT", "CARD", "RRN", "IP", "LOT", "ROAD", "ADDR")
# Floors per entity: when one falls behind during the run, the next post with personal
# data is drawn from the frames that carry it.
ENTITY_KEYS = {"CARD": ("CARD",), "DRIVER_LICENSE": ("DL",), "RRN": ("RRN",), "FRN": ("FRN",),
               "PASSPORT": ("PASS",), "ACCOUNT": ("ACCT",), "IP": ("IP",),
               "EMAIL": ("EMAIL", "XMAIL"), "PHONE": ("PHONE", "XPHONE"),
               "ADDRESS": ("LOT", "ROAD", "ADDR")}
FLOORS = {"CARD": 45, "DRIVER_LICENSE": 35, "RRN": 40, "FRN": 35, "PASSPORT": 45, "ACCOUNT": 45,
          "IP": 45, "EMAIL": 90, "PHONE": 170, "ADDRESS": 180}
STYLE_WEIGHTS = {"teen": 12, "elderly": 9, "messenger": 14, "complaint": 12, "staff": 10,
                 "event": 10, "table": 10, "mixed": 9, "board": 14}


class Invalid(ValueError):
    pass


def _covered(start: int, end: int, intervals) -> bool:
    return any(s <= start and end <= e for s, e in intervals)


def _uncovered(text: str, pattern: str, intervals, literal: bool = True):
    rx = re.compile(re.escape(pattern) if literal else pattern)
    return [m.group() for m in rx.finditer(text) if not _covered(m.start(), m.end(), intervals)]


def validate(rec: dict, pieces: list[tuple[str, str | None, str | None]]) -> None:
    """Raise :class:`Invalid` when the post breaks one of the rules in the docstring."""
    text = rec["text"]
    labelled = [(s, e, ent) for s, e, ent in rec["spans"]] + [(s, e, k) for s, e, k in rec["negatives"]]
    inserted = [chunk for chunk, ent, neg in pieces if ent or neg]
    if [text[s:e] for s, e, _ in sorted(labelled)] != [c for c in inserted]:
        raise Invalid("span text differs from the inserted text")
    intervals = sorted((s, e) for s, e, _ in labelled)
    for (_s0, e0), (s1, _) in zip(intervals, intervals[1:], strict=False):
        if s1 < e0:
            raise Invalid("overlap")
    for s, e, _ in labelled:
        if s >= e or text[s:e] != text[s:e].strip():
            raise Invalid(f"empty or padded: {text[s:e]!r}")
    for s, e, ent in rec["spans"]:
        value = text[s:e]
        if _uncovered(text, value, intervals):
            raise Invalid(f"{ent} value occurs unlabelled: {value!r}")
        if ent == "PERSON":
            compact = INVISIBLE.sub("", value)
            if compact in PUBLIC or any(p in compact for p in PUBLIC if len(p) >= 3):
                raise Invalid(f"public name or word labelled PERSON: {value!r}")
            if compact != value and _uncovered(text, compact, intervals):
                raise Invalid(f"compact name occurs unlabelled: {compact!r}")
    for pattern in (r"\d{6,}", r"@|＠", r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"):
        if _uncovered(text, pattern, intervals, literal=False):
            raise Invalid(f"unlabelled {pattern}")


def _weight(frame) -> int:
    """Frames with the rarer identifiers are drawn more often, so each entity has enough."""
    if callable(frame):
        return 2
    return 2 + 2 * sum(frame.count("{" + k) for k in RARE_KEYS)


def _needed(counts: Counter, progress: float) -> str | None:
    """The entity furthest behind its floor at this point of the run, if any is behind."""
    behind = [(counts[e] / floor, e) for e, floor in FLOORS.items() if counts[e] < floor * progress]
    return min(behind)[1] if behind else None


def _draw(r: random.Random, clean: bool, need: str | None):
    frames = t5_clean.STYLES if clean else t5_frames.STYLES
    if need:
        keys = ["{" + k for k in ENTITY_KEYS[need]]
        fits = [(s, f) for s, pool in frames.items() for f in pool
                if isinstance(f, str) and any(k in f for k in keys)]
        return r.choice(fits)
    style = r.choices(list(STYLE_WEIGHTS), weights=list(STYLE_WEIGHTS.values()))[0]
    pool = frames[style]
    return style, r.choices(pool, weights=[_weight(f) for f in pool])[0]


def make_post(r: random.Random, pid: str, clean: bool, seen: set[str],
              need: str | None = None) -> dict:
    for _ in range(60):
        style, frame = _draw(r, clean, need)
        post = render(style, frame, r)
        rec = post.build(pid)
        try:
            validate(rec, post.parts)
        except Invalid:
            continue
        if clean == bool(rec["spans"]) or rec["text"] in seen:
            continue
        seen.add(rec["text"])
        return rec
    raise AssertionError(f"no valid post for {pid}")


def summary(posts: list[dict]) -> str:
    ents = Counter(e for p in posts for *_, e in p["spans"])
    negs = Counter(k for p in posts for *_, k in p["negatives"])
    clean = sum(1 for p in posts if not p["spans"])
    styles = Counter(p["kind"] for p in posts)
    lines = [f"posts {len(posts)}, clean {clean}, spans {sum(ents.values())}, "
             f"negatives {sum(negs.values())}",
             "spans: " + ", ".join(f"{k} {v}" for k, v in sorted(ents.items())),
             "negatives: " + ", ".join(f"{k} {v}" for k, v in sorted(negs.items())),
             "styles: " + ", ".join(f"{k} {v}" for k, v in sorted(styles.items()))]
    return "\n".join(lines)


def main() -> None:
    r = random.Random(SEED)
    clean_flags = [i < round(TOTAL * CLEAN_SHARE) for i in range(TOTAL)]
    r.shuffle(clean_flags)
    seen: set[str] = set()
    counts: Counter = Counter()
    posts, n_pii, done_pii = [], TOTAL - sum(clean_flags), 0
    for i, clean in enumerate(clean_flags):
        need = None if clean else _needed(counts, done_pii / n_pii)
        post = make_post(r, f"t5-{i:04d}", clean, seen, need)
        counts.update(e for *_, e in post["spans"])
        done_pii += not clean
        posts.append(post)
    n_spans = sum(len(p["spans"]) for p in posts)
    n_negs = sum(len(p["negatives"]) for p in posts)
    assert n_negs >= n_spans, (n_negs, n_spans)
    assert sum(1 for p in posts if not p["spans"]) > TOTAL // 2
    write_jsonl(OUT, posts)
    print(summary(posts))


if __name__ == "__main__":
    main()

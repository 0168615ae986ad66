"""Writes test17.jsonl: a blind evaluation set for the Korean PII masker (P11.2) by a twelfth
outside author who never saw the masker. 1,000 posts, 500 with personal data and 500 clean;
over half are written one by one by hand (t17_hand_*), the rest come from styled templates
(t17_styles, t17_clean). Deterministic: a fixed seed, no clock, no network."""

from __future__ import annotations

import json
import random
from pathlib import Path

import t17_hand_clean_a
import t17_hand_clean_b
import t17_hand_pii_a
import t17_hand_pii_b
from t17_clean import CLEAN_STYLES
from t17_markup import parse
from t17_negatives import pool_strings
from t17_styles import PII_STYLES, Maker

SEED = 17_2026
TOTAL = 1000
HALF = 500
OUT = Path(__file__).resolve().parent / "test17.jsonl"


def hand_posts() -> tuple[list[tuple], list[tuple]]:
    """The hand-written posts, parsed, split into personal and clean."""
    personal = [parse(p) for p in t17_hand_pii_a.POSTS + t17_hand_pii_b.POSTS]
    clean = [parse(p) for p in t17_hand_clean_a.POSTS + t17_hand_clean_b.POSTS]
    for text, spans, _ in personal:
        assert spans, text
    for text, spans, _ in clean:
        assert not spans, text
    return personal, clean


def templated(rng: random.Random, forbidden: set[str], personal: int, clean: int):
    """``personal`` and ``clean`` posts from the style templates, cycling through the styles."""
    made_personal = []
    while len(made_personal) < personal:
        style = PII_STYLES[len(made_personal) % len(PII_STYLES)]
        made_personal.append(parse(style(Maker(rng, forbidden))))
    made_clean = [parse(CLEAN_STYLES[i % len(CLEAN_STYLES)](rng)) for i in range(clean)]
    return made_personal, made_clean


def check(posts: list[tuple]) -> None:
    """No string is both a span and a negative anywhere in the set."""
    span_texts = {t[s:e] for t, spans, _ in posts for s, e, _ in spans}
    neg_texts = {t[s:e] for t, _, negs in posts for s, e, _ in negs}
    both = span_texts & neg_texts
    assert not both, sorted(both)


def build() -> list[dict]:
    rng = random.Random(SEED)
    personal, clean = hand_posts()
    hand_negatives = {t[s:e] for t, _, negs in personal + clean for s, e, _ in negs}
    forbidden = hand_negatives | pool_strings()
    more_personal, more_clean = templated(rng, forbidden, HALF - len(personal), HALF - len(clean))
    posts = personal + more_personal + clean + more_clean
    assert len(posts) == TOTAL
    check(posts)
    rng.shuffle(posts)
    return [{"id": f"t17-{i:04d}", "text": text, "spans": spans, "negatives": negatives}
            for i, (text, spans, negatives) in enumerate(posts)]


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Writes test9.jsonl, a blind evaluation set for the Korean PII masker (issue 16).

Written by an outside author who never saw the masker, its data or the earlier sets, so
it measures how the masker generalises. 1,200 posts from a multiplex's boards, reviews,
customer-centre inquiries and answers, chats, trades, event entries, lost and found and
staff notes; half carry personal data of private people, half are clean but hard.

Styles (``kind``), every one used by posts with and without personal data so the kind
gives little away: cs_inquiry, cs_answer, board, staff_note, review, event_entry, notice,
chat, lost_found, forwarded_mail, english_mixed, trade, table, short, dialect. 74
templates (43 with personal data, 31 clean), over a third of them with two or three
wordings; posts run from 14 to about 700 characters (comment threads, a weekly
newsletter, a three-mail chain, a long formal complaint).

What makes it hard: names with no cue word (chat speakers, lists of coworkers, friends in
a review), given names alone, names repeated later, rare surnames (궉, 즙, 독고, 선우),
two-syllable names, names split by a space or an invisible character, romanised and
foreign names in Hangul and Latin script; phones in Hangul digits and mixed forms, 050x
safe numbers, landlines, +82; obfuscated e-mails ([at], (at), 골뱅이, " at … dot …",
full-width ＠); RRN/FRN with ㅡ, en dash, spaces, none; old Hangul-region driver's
licences; accounts glued to the bank name; road, lot-number, rural and clipped addresses
with complexes and 동/호; IPv6; values glued to particles. Clean posts are full of actors,
directors, singers, athletes, politicians, characters that read like names (김지영, 성기훈,
문동은, 박두만), titles with names and numbers (82년생 김지영, 김씨 표류기, 1987, 범죄도시4),
booking numbers shaped like phones, 16-digit vouchers (half Luhn-valid), tracking numbers
of 12-13 digits, versions shaped like IPs, masked values, form examples, the operator's
and the agencies' contacts (privacy policy 2024-03-07), theatre addresses, and ordinary
words and verb forms that begin with a surname syllable (정말, 이번, 김장, 박진감, 신났다,
정했어요…). Literal text (never a value) is roughened by spacing errors, typos and chat
endings in about two posts of five.

Counts (``--stats``): 1,200 posts, 600 clean; 2,813 spans: PERSON 1,150 (40.9 %), PHONE
514, EMAIL 266, ADDRESS 172, IP 136, CARD 122, ACCOUNT 118, RRN 100, PASSPORT 87, FRN
78, DRIVER_LICENSE 70; 8,189 negatives (TITLE 906, PUBLIC_FIGURE 789, DATE 731, WORD
532, OPERATOR 477, HANDLE 475, THEATRE 473, MASKED 428, PRICE 399, FIGURE 399, SEAT 342,
SCREEN 307, VERSION 298, TIME 271, EXAMPLE 248, CHARACTER 220, PRODUCT 162, AGENCY 144,
BOOKING 119, BUSINESS 88, ORDER 87, REGION 81, VOUCHER 75, TRACKING 59, COUPON 42, QUOTE
19, PIN 18).

Usage: ``python bench/pii_data/gen_test9.py`` writes the file; ``--check`` exits non-zero
when the file differs from a fresh build; ``--stats`` prints the counts.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from t9_build import Post, Writer
from t9_clean_desk import CLEAN_DESK
from t9_clean_more import MORE
from t9_clean_talk import CLEAN_TALK
from t9_noise import roughen
from t9_pii_desk import DESK
from t9_pii_forms import FORMS
from t9_pii_life import LIFE
from t9_pii_talk import TALK
from t9_threads import thread_clean, thread_pii

HERE = Path(__file__).resolve().parent
OUT = HERE / "test9.jsonl"
SEED = 91207
POSTS = 1200
TYPES = ("RRN", "FRN", "PHONE", "EMAIL", "CARD", "ACCOUNT", "PASSPORT", "DRIVER_LICENSE", "IP",
         "PERSON", "ADDRESS")


def _one(r: random.Random, template) -> Post:
    level = r.choice([0.0, 0.0, 0.0, 0.15, 0.35])
    writer = Writer(template.kind, noise=roughen(r, level) if level else None)
    template(r, writer)
    return writer.done()


def build() -> list[tuple[str, Post]]:
    """Every post with its id, in file order (PII and clean posts shuffled together)."""
    r = random.Random(SEED)
    dirty = DESK + TALK + FORMS + LIFE + [thread_pii]
    clean = CLEAN_DESK + CLEAN_TALK + MORE + [thread_clean]
    posts = [_one(r, dirty[i % len(dirty)]) for i in range(POSTS // 2)]
    posts += [_one(r, clean[i % len(clean)]) for i in range(POSTS // 2)]
    r.shuffle(posts)
    return [(f"t9-{i:04d}", post) for i, post in enumerate(posts)]


def render(posts: list[tuple[str, Post]]) -> str:
    return "".join(json.dumps(post.record(ident), ensure_ascii=False) + "\n"
                   for ident, post in posts)


def stats(posts: list[tuple[str, Post]]) -> str:
    spans = Counter(s[2] for _, p in posts for s in p.spans)
    negs = Counter(n[2] for _, p in posts for n in p.negatives)
    kinds = Counter(p.kind for _, p in posts)
    clean_kinds = Counter(p.kind for _, p in posts if not p.spans)
    clean = sum(1 for _, p in posts if not p.spans)
    lengths = sorted(len(p.text) for _, p in posts)
    lines = [f"posts {len(posts)}, clean {clean}, spans {sum(spans.values())}, "
             f"negatives {sum(negs.values())}, text length min {lengths[0]} "
             f"median {lengths[len(lengths) // 2]} max {lengths[-1]}",
             "spans: " + ", ".join(f"{t} {spans[t]}" for t in sorted(TYPES, key=lambda t: -spans[t])),
             "negatives: " + ", ".join(f"{k} {n}" for k, n in negs.most_common()),
             "kinds (clean): " + ", ".join(f"{k} {n} ({clean_kinds[k]})"
                                           for k, n in kinds.most_common())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    posts = build()
    text = render(posts)
    if args.stats:
        print(stats(posts))
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.name} differs from a fresh build; run gen_test9.py", file=sys.stderr)
            return 1
        return 0
    if not args.stats:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT} ({len(posts)} posts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

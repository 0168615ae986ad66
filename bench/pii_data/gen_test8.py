"""Write test8.jsonl: a blind evaluation set for the Korean PII masker (issue 16).

Written by an outside author who has not seen the masker, its rules, its tests or the
earlier sets, so it measures how the masker generalises.  1,200 posts from a Korean
cinema booking site (마키시네마, run by 주식회사 메크로스), 600 of them with no personal
data at all.  Fixed seed; ``--check`` regenerates in memory and fails if the file on
disk differs.

Styles (``kind``): board, review, inquiry, chat, staff_note, event_entry, lost_found,
trade, letter, table, messenger, mixed_en, dialect, youth, typo; each style has
templates with personal data (t8_pii_a..e) and clean ones (t8_clean, t8_clean2,
t8_clean3), filled from the slot table in t8_slots.  Templates holding the rarer identifiers are drawn more
often so every type has 40+ spans.  About 30% of the posts get a header (date, title,
nickname) and a third a trailing remark, both from clean-safe slots, so one template
appears in varied surroundings.

Spans (types RRN FRN PHONE EMAIL CARD ACCOUNT PASSPORT DRIVER_LICENSE IP PERSON
ADDRESS) cover the whole value as written: full names (common, rare and compound
surnames, a space inside, romanised in six orders/casings, foreigners in Hangul or
Latin; support staff named in chats count as private people), phones (dashes, dots,
spaces, none, "ㅡ", +82, brackets, full-width, Hangul digits), e-mails (plain, "at",
"골뱅이", "(at)", full-width @, "[at]...[dot]"), RRN/FRN (mostly valid check digit),
cards (Luhn-valid mostly, Amex 4-6-5), accounts (the number only, bank name outside),
passports (old and 2021 format), driver licences (numeric or region-name prefix), IPv4
and IPv6, road-name and lot-number addresses down to the building or unit (a few
written the English way, unit first).

Negatives (look-alikes that are not personal data), by kind: TITLE (real films, some
holding digits or names: 1987, 82년생 김지영), PUBLIC_FIGURE (real actors, directors,
athletes, singers, historical figures), CHARACTER, THEATRE, HANDLE (nicknames), BOOKING
(some phone-shaped), ORDER (some RRN-shaped), TRACKING, GIFT_PIN (card-shaped), COUPON,
SEAT, DATE, PRICE, VERSION (some IP-shaped), MODEL, MASKED (홍*동, 010-****-1234...),
EXAMPLE (form examples: 홍길동, 010-0000-0000), OPERATOR (the contacts, office address
and CPO printed in the operator's privacy policy), AGENCY (the public agencies' numbers,
e-mail and sites from the same policy), REGION (a district or dong, not an address),
FIGURE (runtimes, audiences, ratings, screens, counts), PRODUCT (EAN-13 barcodes, as
long as an RRN), VOUCHER (12-digit admission vouchers grouped like a card), EXTENSION
(the cinema's internal lines).  Negatives are not exhaustive: an unlabelled stretch is
simply text.  Every post is re-checked when written (t8_doc.check): offsets in range,
labelled text equal to the inserted value, no overlapping spans, no negative inside a
span; clean posts hold no span and every other post at least one.

Counts of the written file (``python bench/pii_data/gen_test8.py --stats``; refresh this
paragraph by hand after a change): 1,200 posts, 600 clean, 95,986 characters,
1,612 spans, 2,635 negatives.
Spans by type:
  PERSON 651, PHONE 287, ADDRESS 161, EMAIL 100, ACCOUNT 69, RRN 69, CARD 62, IP 58,
  PASSPORT 56, DRIVER_LICENSE 51, FRN 48
Negatives by kind:
  TITLE 427, DATE 345, OPERATOR 326, THEATRE 217, PUBLIC_FIGURE 208, SEAT 147,
  MASKED 130, FIGURE 124, PRICE 107, BOOKING 101, HANDLE 85, VERSION 69, MODEL 51,
  ORDER 42, CHARACTER 41, EXAMPLE 34, AGENCY 32, REGION 31, COUPON 30, TRACKING 25,
  GIFT_PIN 24, PRODUCT 18, EXTENSION 12, VOUCHER 9
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from t8_clean import CLEAN, CLEAN_B  # noqa: E402
from t8_clean2 import CLEAN_C  # noqa: E402
from t8_clean3 import CLEAN_D  # noqa: E402
from t8_doc import SLOT, Post  # noqa: E402
from t8_pii_a import PII_A  # noqa: E402
from t8_pii_b import PII_B  # noqa: E402
from t8_pii_c import PII_C  # noqa: E402
from t8_pii_d import PII_D  # noqa: E402
from t8_pii_e import PII_E  # noqa: E402
from t8_slots import CLEAN_SAFE, drawer  # noqa: E402

SEED = 20261207
TOTAL = 1200
CLEAN_SHARE = 600
OUT = Path(__file__).resolve().parent / "test8.jsonl"


def _merge(*pools: dict[str, list[str]]) -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for pool in pools:
        for kind, templates in pool.items():
            merged.setdefault(kind, []).extend(templates)
    return merged


PII = _merge(PII_A, PII_B, PII_C, PII_D, PII_E)
CLEAN_ALL = _merge(CLEAN, CLEAN_B, CLEAN_C, CLEAN_D)

HEADERS = [
    "[{date}] ", "제목: {film} 관련\n", "Re: ", "{handle}: ", "(수정됨) ", "#{film} ", "[{theatre}] ",
]
FORMAL = {"staff_note", "letter", "table", "chat"}
FORMAL_TAILS = ["\n(작성 {date})", "\n\n※ 고객센터 {opphone} / {opmail}", "\n-- 처리일 {date}", "\n[참조: {booking}]"]
TAILS = [
    " 참고로 {film} 강추합니다.", "\n\n※ 고객센터 {opphone} / {opmail}", " {emo}", " {lol}",
    "\n(작성 {date})", " 다음엔 {seat} 앉을 예정.", " PS. {star} 나오는 {film2}도 봐야지",
    "\n-- 모바일에서 작성 ({model}, 앱 {version})", " 예매번호 {booking} 참고요.",
]


def _template_pool(pool: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(kind, template) for kind in sorted(pool) for template in pool[kind]]


def _assert_clean_templates() -> None:
    for kind, template in _template_pool(CLEAN_ALL) + [("tail", t) for t in HEADERS + TAILS + FORMAL_TAILS]:
        for match in SLOT.finditer(template):
            name = match.group(1).rstrip("0123456789")
            assert name in CLEAN_SAFE or not name.isascii(), (kind, template, name)


RARE = {"rrn", "frn", "card", "passport", "dl", "ip", "acct", "bankacct", "addr", "enaddr"}


def _weight(template: str) -> float:
    """Templates holding the rarer identifiers are drawn more often, so every type
    gets enough spans to measure."""
    slots = {m.group(1).rstrip("0123456789") for m in SLOT.finditer(template)}
    return 1.0 + 1.5 * len(slots & RARE)


def make_post(rng: random.Random, clean: bool, pools, weights) -> Post:
    kind, template = rng.choices(pools[clean], weights[clean])[0]
    draw = drawer(rng)
    post = Post(kind)
    if rng.random() < 0.3:
        post.fill(rng.choice(HEADERS), draw)
    post.fill(template, draw)
    if rng.random() < 0.33:
        post.fill(rng.choice(FORMAL_TAILS if kind in FORMAL else TAILS), draw)
    if clean:
        assert not post.spans, (kind, post.text)
    else:
        assert post.spans, (kind, post.text)
    return post


def build() -> list[dict]:
    _assert_clean_templates()
    rng = random.Random(SEED)
    pools = {True: _template_pool(CLEAN_ALL), False: _template_pool(PII)}
    weights = {flag: [_weight(t) for _, t in pool] for flag, pool in pools.items()}
    flags = [True] * CLEAN_SHARE + [False] * (TOTAL - CLEAN_SHARE)
    rng.shuffle(flags)
    return [make_post(rng, clean, pools, weights).record(f"t8-{i:04d}") for i, clean in enumerate(flags)]


def render(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(records: list[dict]) -> dict:
    spans = Counter(label for r in records for *_, label in r["spans"])
    negatives = Counter(kind for r in records for *_, kind in r["negatives"])
    return {
        "posts": len(records), "clean": sum(1 for r in records if not r["spans"]),
        "characters": sum(len(r["text"]) for r in records),
        "spans": sum(spans.values()), "negatives": sum(negatives.values()),
        "spans_by_type": dict(spans.most_common()), "negatives_by_kind": dict(negatives.most_common()),
        "posts_by_kind": dict(Counter(r["kind"] for r in records).most_common()),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if test8.jsonl differs from a fresh build")
    parser.add_argument("--stats", action="store_true", help="print the counts of a fresh build")
    args = parser.parse_args(argv)
    records = build()
    text = render(records)
    if args.stats:
        print(json.dumps(stats(records), ensure_ascii=False, indent=1))
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.name} differs from a fresh build", file=sys.stderr)
            return 1
        print(f"{OUT.name} matches a fresh build ({len(records)} posts)")
        return 0
    if not args.stats:
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT} ({len(records)} posts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

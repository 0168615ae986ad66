"""Build test10.jsonl, a blind evaluation set for the Korean PII masker (issue 16).

Written by an outside author who never saw the masker, its data or the earlier sets, so
the set measures how the masker generalises. 1,200 posts of a multiplex's boards,
reviews, customer-centre letters and answers, chats, event entries, trades, lost and
found and staff notes; exactly half carry no personal data and are made hard on purpose
(actors, directors, characters and historical figures; titles such as "82년생 김지영";
booking, order, coupon and tracking numbers shaped like phones and cards; masked and
example values; the operator's and the agencies' published contacts; ordinary words that
begin with a surname syllable).

Styles (``kind``), with personal data: refund_letter, group_booking, dialect_chat,
forwarded_mail, staff_note, lost_found, rental_desk, trade, event_entry, member_chat,
table, mixed_en, complaint, answer, id_check, security_log, membership_form, no_cue,
formal_letter, obfuscated, family_kids, staff_dm, foreign_member, payment_issue,
bare_contact, qa_thread, kakao_export, essay, sns; clean: review, notice,
masked_history, number_talk, casual_talk, history_trivia, dialect_clean, faq_answer,
list_table, lost_found_clean, trade_clean, staff_clean, formal_letter_clean,
quote_clean, event_clean, name_like_words, public_honorific, answer_unsigned,
kakao_clean, title_names, mixed_en_clean. Casual styles lose some spaces (never inside a
value), a fifth of the posts run on with a second, clean paragraph, and name-heavy
templates are drawn less often.

Counts (``--stats``):
1200 posts, 600 clean, 1653 spans, 3750 negatives, 50 styles.
Spans: PERSON 694, PHONE 285, EMAIL 134, CARD 84, ADDRESS 84, FRN 72, ACCOUNT 67, IP 65,
RRN 58, DRIVER_LICENSE 56, PASSPORT 54 (PERSON 42%).
Negatives: WORD 679, TITLE 509, PUBLIC_FIGURE 335, DATE 280, MASKED 191, THEATRE 185,
TIME 180, SEAT 169, CHARACTER 168, PRICE 158, FIGURE 148, OPERATOR 137, BOOKING 116,
HANDLE 97, VERSION 94, COUPON 67, EXAMPLE 60, REGION 56, TRACKING 47, ORDER 39, BUSINESS
21, AGENCY 14.

Usage: ``python gen_test10.py`` writes the file; ``--check`` rebuilds it in memory and
exits 1 if the stored file differs; ``--stats`` prints the counts.
"""

from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from t10_build import Post, fill  # noqa: E402
from t10_tpl_clean import CLEAN  # noqa: E402
from t10_tpl_pii import PII  # noqa: E402

SEED = 10_2026_1207
POSTS = 1200
OUT = HERE / "test10.jsonl"


NAME_SLOT = re.compile(r"\{(PERSON|NAME|GIVEN|FIRST)")


def _templates(groups):
    return [(kind, template) for kind, items in groups.items() for template in items]


def _weights(pool):
    """Name-heavy templates (chat logs, rosters) come up less often, so names stay near
    two fifths of the spans instead of crowding out the other ten types."""
    return [min(1.0, 3 / len(NAME_SLOT.findall(t))) if NAME_SLOT.search(t) else 1.0
            for _, t in pool]


CASUAL = {"member_chat", "dialect_chat", "trade", "sns", "no_cue", "obfuscated", "casual_talk",
          "review", "dialect_clean", "lost_found"}


def _one(rng, index, pool, tail):
    """One post; some run on with a second, clean paragraph, as long posts do."""
    kind, template = rng.choices(pool[0], weights=pool[1])[0]
    squash = 0.35 if kind in CASUAL and rng.random() < 0.3 else 0.0
    post = fill(Post(rng, squash), template)
    if rng.random() < 0.2:
        post.add(rng.choice(["\n\n", "\n", " ", "\n\nps. ", "\n---\n"]))
        fill(post, rng.choice(tail)[1])
    return {"id": f"t10-{index:04d}", "kind": kind, "text": post.text(),
            "spans": post.spans, "negatives": post.negatives}


def build():
    """Every post, in order; half clean, shuffled so the two halves interleave."""
    rng = random.Random(SEED)
    flags = [True] * (POSTS // 2) + [False] * (POSTS // 2)
    rng.shuffle(flags)
    pii, clean = _templates(PII), _templates(CLEAN)
    pools = {True: (pii, _weights(pii)), False: (clean, _weights(clean))}
    return [_one(rng, i, pools[has_pii], clean) for i, has_pii in enumerate(flags)]


def render(posts):
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)


def stats(posts):
    spans = collections.Counter(s[2] for p in posts for s in p["spans"])
    negs = collections.Counter(n[2] for p in posts for n in p["negatives"])
    kinds = collections.Counter(p["kind"] for p in posts)
    return {"posts": len(posts), "clean": sum(1 for p in posts if not p["spans"]),
            "spans": sum(spans.values()), "negatives": sum(negs.values()),
            "span_types": dict(spans.most_common()), "negative_kinds": dict(negs.most_common()),
            "styles": dict(kinds.most_common())}


def main(argv):
    posts = build()
    text = render(posts)
    if "--check" in argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("test10.jsonl is up to date" if same else "test10.jsonl differs from a fresh build")
        return 0 if same else 1
    if "--stats" in argv:
        print(json.dumps(stats(posts), ensure_ascii=False, indent=1))
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

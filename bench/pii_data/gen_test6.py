"""Write bench/pii_data/test6.jsonl: an independent evaluation set for the PII masker (issue 16).

    python bench/pii_data/gen_test6.py [--check]

About 1,200 Korean posts and messages as a cinema booking site receives them (reviews, free
board, 1:1 inquiries, CS chat logs, event entries, staff notes, messenger copies, formal
letters, tables and lists), half with personal data and half without, and at least as many
hard negatives as labelled spans. Written apart from the masker and from every other set
here: its own frames, vocabulary and name syllables (t6_*.py). Fixed seed: the output is
byte-for-byte the same on every run; ``--check`` regenerates in memory and compares.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from t6_clean import CLEAN  # noqa: E402
from t6_frames import GROUPS  # noqa: E402
from t6_render import Post, render  # noqa: E402

OUT = Path(__file__).resolve().parent / "test6.jsonl"
SEED = 20261207
N_FRAME_PII, N_TABLE, N_LIST, N_CLEAN, N_CLEAN_TABLE, N_MIXED = 450, 40, 50, 520, 40, 100

SWAPS = [("요 ", "여 "), ("습니다", "슴다"), ("해요", "해여"), ("어요", "어용"), ("했", "햇"),
         ("는데", "는뎅"), ("니다.", "니다!!"), ("세요", "새요"), ("ㅋㅋ", "ㅋㅋㅋㅋ")]


def noise(rng, s: str) -> str:
    """Typos, dropped spaces and messenger spellings in the literal text of a frame."""
    if not s or rng.random() < 0.55:
        return s
    for old, new in SWAPS:
        if old in s and rng.random() < 0.35:
            s = s.replace(old, new, 1)
    if " " in s and rng.random() < 0.3:
        cut = rng.choice([i for i, ch in enumerate(s) if ch == " "])
        s = s[:cut] + s[cut + 1:]
    if rng.random() < 0.08:
        s = s + rng.choice(["ㅎㅎ", "ㅠ", "..", " "])
    return s


def frame_post(rng, group: str) -> Post:
    post = Post()
    render(rng, rng.choice(GROUPS[group]), post, noise=noise)
    if rng.random() < 0.35:
        post.text(rng.choice(["\n", " ", "\n\n", " / "]))
        render(rng, rng.choice(CLEAN), post, noise=noise)
    return post


def clean_post(rng) -> Post:
    post = Post()
    render(rng, rng.choice(CLEAN), post, noise=noise)
    if rng.random() < 0.3:
        post.text(rng.choice(["\n", " ", " ㅎㅎ "]))
        render(rng, rng.choice(CLEAN), post, noise=noise)
    return post


def _cell(rng, post: Post, key: str):
    render(rng, "{" + key + "}", post)


def table_post(rng) -> Post:
    """A pasted spreadsheet or CSV: attendee or winner lists with contacts."""
    post = Post()
    sep = rng.choice([",", "\t", " | ", ";"])
    cols = rng.choice([["NAME", "PHONE", "seat"], ["KNAME", "EMAIL", "date"],
                       ["KNAME", "PHONE", "ADDR"], ["RNAME", "PASSPORT", "booking"],
                       ["KNAME", "bank", "ACCT", "price"], ["FNAME", "FRN", "PHONE"],
                       ["KNAME", "LICENCE", "date"], ["member", "IP", "time"]])
    heads = {"NAME": "이름", "KNAME": "성명", "RNAME": "name", "FNAME": "성명", "PHONE": "연락처",
             "EMAIL": "메일", "ADDR": "주소", "PASSPORT": "passport", "ACCT": "계좌",
             "FRN": "외국인등록번호", "seat": "좌석", "date": "관람일", "booking": "예매번호",
             "bank": "은행", "price": "금액", "LICENCE": "면허번호", "member": "회원번호",
             "IP": "접속IP", "time": "시각"}
    if rng.random() < 0.7:
        post.text(sep.join(heads[c] for c in cols) + "\n")
    for i in range(rng.randint(2, 5)):
        if i:
            post.text("\n")
        for j, col in enumerate(cols):
            if j:
                post.text(sep)
            _cell(rng, post, col)
    return post


def list_post(rng) -> Post:
    """Names in a list: numbered, bulleted or run together."""
    post = Post()
    head = rng.choice(["참석자 명단", "오늘 단체관람 인원", "당첨자", "스터디 멤버", "근무표",
                       "[{film} 관람 모임]", "예매 대기 순번"])
    render(rng, head, post)
    style = rng.randrange(3)
    for i in range(rng.randint(3, 7)):
        if style == 0:
            post.text(f"\n{i + 1}. ")
        elif style == 1:
            post.text(rng.choice(["\n- ", "\n• ", "\n· "]))
        else:
            post.text(": " if i == 0 else rng.choice([", ", "/", " ", "·"]))
        key = rng.choice(["KNAME", "KNAME", "KNAME", "KNAME2", "NAME", "SNAME", "FNAME"])
        _cell(rng, post, key)
        if style != 2 and rng.random() < 0.4:
            render(rng, rng.choice([" ({seat})", " {time}", " 010-****-{count}", " 님"]), post)
    return post


def clean_table(rng) -> Post:
    """A pasted timetable or a sales summary: only numbers that are not personal data."""
    post = Post()
    sep = rng.choice([",", "\t", " | "])
    post.text(sep.join(["회차", "상영관", "영화", "좌석", "가격"]) + "\n")
    for i in range(rng.randint(3, 6)):
        if i:
            post.text("\n")
        render(rng, sep.join(["{time}", "{screen}", "{film}", "{seat}", "{price}"]), post)
    return post


def mixed_post(rng) -> Post:
    """A long message where one identifier sits among many numbers that are not."""
    post = Post()
    key = rng.choice(["PHONE", "EMAIL", "CARD", "ACCT", "RRN", "PASSPORT", "LICENCE", "IP",
                      "PHONEX", "EMAILX", "LOT", "ROAD", "FRN"])
    render(rng, "예매 {booking} ({date} {time}, {seat}) / 주문 {order} / 쿠폰 {coupon} / ", post)
    render(rng, "본인 확인용 {" + key + "} / 송장 {delivery} / 결제 {price}", post)
    return post


def build() -> list[dict]:
    rng = random.Random(SEED)
    groups = sorted(GROUPS)
    posts: list[tuple[str, Post]] = []
    for i in range(N_FRAME_PII):
        group = groups[i % len(groups)]
        posts.append((group, frame_post(rng, group)))
    posts += [("table", table_post(rng)) for _ in range(N_TABLE)]
    posts += [("list", list_post(rng)) for _ in range(N_LIST)]
    posts += [("mixed", mixed_post(rng)) for _ in range(N_MIXED)]
    posts += [("clean", clean_post(rng)) for _ in range(N_CLEAN)]
    posts += [("clean-table", clean_table(rng)) for _ in range(N_CLEAN_TABLE)]
    rng.shuffle(posts)
    return [record(i, kind, post) for i, (kind, post) in enumerate(posts)]


def record(i: int, kind: str, post: Post) -> dict:
    text = post.done()
    for (s, e, _), value in zip(post.spans, post.values, strict=True):
        assert text[s:e] == value, (text, s, e, value)
    marks = sorted(post.spans + post.negatives)
    for (_, e0, _), (s1, _, _) in zip(marks, marks[1:], strict=False):
        assert e0 <= s1, ("overlap", text)
    return {"id": f"t6-{i:04d}", "kind": kind, "text": text, "spans": post.spans,
            "negatives": post.negatives}


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main() -> None:
    rows = build()
    out = dump(rows)
    if "--check" in sys.argv:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == out and dump(build()) == out
        print("identical" if same else "DIFFERENT")
        sys.exit(0 if same else 1)
    OUT.write_text(out, encoding="utf-8")
    print(f"{OUT.name}: {len(rows)} posts")


if __name__ == "__main__":
    main()

"""Blind evaluation set test4 for the Korean PII masker (issue 16, P11.2).

    python bench/pii_data/gen_test4.py       # writes test4.jsonl (seeded, deterministic)

About 1,200 posts and messages as people write them on a Korean cinema site: community
board posts and reviews, customer-centre inquiries and the operator's answers, event
entries, messenger chat, formal letters, lists and tables. More than half carry no
personal data at all and are full of hard negatives (booking, order, coupon, delivery and
tracking numbers, gift PINs, barcodes, product codes, dates, prices, seats, film titles,
the catalogue's cast and crew, the operator's own published contacts, ordinary words that
start with a surname syllable, food, places and Latin brand names).

Written apart from the development sets, with its own vocabulary and frames
(t4_vocab.py, t4_values.py, t4_frames.py); every person is invented. The span
conventions are stated in t4_values.py. The validator at the end asserts that every
span's text is what was inserted, that spans and negatives neither overlap nor sit on
whitespace, that no labelled name, digit run, e-mail, IP or passport-like string
occurs outside a span or a hard negative, and that no public name is labelled PERSON.
The lead scores it once, at the end (`bench/pii_eval.py --sets test4`).
"""

from __future__ import annotations

import random
import re
from itertools import pairwise
from pathlib import Path

import t4_values as v
from common import CAST, CHARACTERS, CREW, MOVIES, THEATRES, catalogue, write_jsonl
from t4_frames import CLEAN, POSITIVE
from t4_vocab import (
    BRANDS,
    BUSINESS_PHONES,
    COURIERS,
    DEVICES,
    FOODS,
    FOREIGN_HANGUL,
    FOREIGN_LATIN,
    FOREIGN_TITLES,
    FORMATS,
    GIVEN_FIRST,
    GIVEN_FIXED,
    GIVEN_SECOND,
    NAME_BLACKLIST,
    PLACES,
    RARE_SURNAMES,
    SURNAME_WORDS,
    SURNAMES,
    TWO_SYLLABLE,
)

HERE = Path(__file__).resolve().parent
SEED = 41604
N_POSTS = 1200
N_CLEAN = 640

# The operator's published contacts (settings: MARQUEE_CUSTOMER_CENTRE, MARQUEE_PRIVACY_OFFICER).
OPERATOR = {"phone": "1661-9265", "fax": "070-8290-9005", "help": "help@mecross.net",
            "cpo_mail": "mktlee@mecross.net", "address": "서울시 마포구 동교동 154-23 3층",
            "cpo": "이경수", "company": "주식회사 메크로스"}

Piece = tuple[str, str | None, str | None]  # text, entity, hard-negative kind


def _pick_weighted(r: random.Random, pairs):
    return r.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


class Gen:
    """Slot values for one post at a time; ``names`` keeps a post's people (and the films
    and public names it lists) distinct."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.public = set(catalogue()) | {OPERATOR["cpo"]}
        # no name hides in a frame's words, even across a space ("빌려주신 분이요" and 신분이)
        self.frame_text = re.sub(r"[\s«»|]", "", "".join(t for _, t in POSITIVE + CLEAN))
        self.names: set[str] = set()
        self.clock = 0  # minutes after midnight of a post's last messenger time stamp

    def new_post(self) -> None:
        self.names = set()
        self.clock = self.r.randint(9 * 60, 22 * 60)

    def time_stamp(self) -> str:
        self.clock = min(self.clock + self.r.choice((0, 1, 1, 2, 3, 5, 8, 12)), 23 * 60 + 59)
        h, m = divmod(self.clock, 60)
        return f"{'오전' if h < 12 else '오후'} {h if h <= 12 else h - 12}:{m:02d}"

    # --- people --------------------------------------------------------------------------
    def korean_name(self, rare: bool = False) -> str:
        r = self.r
        while True:
            if not rare and r.random() < 0.07:
                name = r.choice(TWO_SYLLABLE)
            else:
                sur = r.choice(RARE_SURNAMES) if rare or r.random() < 0.1 else _pick_weighted(r, SURNAMES)
                given = (r.choice(GIVEN_FIXED) if r.random() < 0.62
                         else r.choice(GIVEN_FIRST) + r.choice(GIVEN_SECOND))
                name = sur + given
            if (name not in self.names and name not in NAME_BLACKLIST and name[1:] not in NAME_BLACKLIST
                    and name not in self.frame_text and not any(p in name or name in p for p in self.public)):
                self.names.add(name)
                return name

    def render_korean(self, name: str) -> str:
        r, x = self.r, self.r.random()
        cut = 2 if name[:2] in RARE_SURNAMES and len(name) >= 4 else 1
        if x < 0.72 or (len(name) == 2 and x < 0.84):  # "어 담" is not how people write it
            return name
        if x < 0.84:
            return name[:cut] + " " + name[cut:]
        if x < 0.87 and len(name) == 3:
            return " ".join(name)
        return v.zero_width_inside(r, name)

    def distinct(self, pool) -> str:
        while True:
            name = self.r.choice(pool)
            if name not in self.names:
                self.names.add(name)
                return name

    def person(self, kind: str) -> tuple[str, str]:
        """(as written, canonical) for a person of the given kind: N, NR, FN, LN, RN, AN."""
        if kind == "AN":
            kind = _pick_weighted(self.r, [("N", 75), ("FN", 9), ("LN", 8), ("RN", 8)])
        if kind in ("N", "NR"):
            name = self.korean_name(rare=kind == "NR")
            return self.render_korean(name), name
        if kind == "FN":
            name = self.distinct(FOREIGN_HANGUL)
            return (name.replace(" ", "") if self.r.random() < 0.15 else name), name
        if kind == "LN":
            name = self.distinct(FOREIGN_LATIN)
            return (name.upper() if self.r.random() < 0.3 else name), name
        while True:
            name = v.romanised_name(self.r)
            if name not in self.names:
                self.names.add(name)
                return name, name


def _negative_slot(g: Gen, slot: str) -> list[Piece] | None:
    r = g.r
    simple = {
        "BOOK": (v.booking_code, "BOOKING"), "ORD": (v.order_number, "ORDER"),
        "CPN": (v.coupon_code, "COUPON"), "GIFT": (v.gift_pin, "COUPON"), "BAR": (v.barcode, "PRODUCT"),
        "PROD": (v.product_code, "PRODUCT"), "BIZ": (v.business_number, "BIZNO"),
        "VER": (v.version_string, "VERSION"),
    }
    if slot in simple:
        fn, kind = simple[slot]
        return [(fn(r), None, kind)]
    if slot == "TRK":
        return [(r.choice(COURIERS) + " ", None, None), (v.tracking_number(r), None, "TRACKING")]
    if slot == "TS":
        return [("[", None, None), (g.time_stamp(), None, "TIME"), ("]", None, None)]
    if slot == "APPR":
        return [(v.digits(r, 8), None, "PAYMENT")]
    choices = {
        "DATE": ("DATE", lambda: r.choice([f"2024.{r.randint(1, 12)}.{r.randint(1, 28)}", f"{r.randint(1, 12)}월 {r.randint(1, 28)}일",
                                           f"{r.randint(1, 12)}/{r.randint(1, 28)}", f"25.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}",
                                           f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"])),
        "TIME": ("TIME", lambda: r.choice([f"{r.randint(9, 23)}:{r.choice(['00', '10', '20', '30', '40', '50'])}",
                                           f"오후 {r.randint(1, 11)}시 {r.randint(1, 5)}0분", f"밤 {r.randint(9, 11)}시"])),
        "PRICE": ("PRICE", lambda: r.choice([f"{r.randint(7, 30)},{r.choice(['000', '500'])}원", f"₩{r.randint(9, 60)},000",
                                             f"{r.randint(1, 9)}만 {r.randint(1, 9)}천원", f"{r.randint(4, 9)}900원"])),
        "SEAT": ("SEAT", lambda: r.choice([f"{r.choice('ABCDEFGHJK')}{r.randint(1, 24)}", f"{r.choice('DEFGH')}-{r.randint(1, 20)}",
                                           f"{r.choice('EFGHIJ')}열 {r.randint(1, 20)}번", f"{r.choice('FGH')}{r.randint(3, 9)}, {r.choice('FGH')}{r.randint(10, 18)}"])),
        "MOV": ("TITLE", lambda: g.distinct(MOVIES)), "FTITLE": ("TITLE", lambda: g.distinct(FOREIGN_TITLES)),
        "CAST": ("CATALOG", lambda: g.distinct(CAST)), "CREW": ("CATALOG", lambda: g.distinct(CREW)),
        "CHAR": ("CATALOG", lambda: g.distinct(CHARACTERS)), "THEA": ("CATALOG", lambda: r.choice(THEATRES)),
        "DEV": ("BRAND", lambda: r.choice(DEVICES)), "OSV": ("VERSION", lambda: v.os_version(r)),
        "OPP": ("OPERATOR", lambda: OPERATOR["phone"]), "OPF": ("OPERATOR", lambda: OPERATOR["fax"]),
        "OPM": ("OPERATOR", lambda: r.choice([OPERATOR["help"], OPERATOR["help"], OPERATOR["cpo_mail"]])),
        "OPA": ("OPERATOR", lambda: OPERATOR["address"]), "OPN": ("OPERATOR", lambda: OPERATOR["cpo"]),
        "OPC": ("OPERATOR", lambda: OPERATOR["company"]),
        "CSP": ("BUSINESS_PHONE", lambda: r.choice(BUSINESS_PHONES)),
        "FOOD": ("FOOD", lambda: r.choice(FOODS)), "PLACE": ("PLACE", lambda: r.choice(PLACES)),
        "BRAND": ("BRAND", lambda: r.choice(BRANDS)), "FMT": ("BRAND", lambda: g.distinct(FORMATS)),
    }
    if slot in choices:
        kind, fn = choices[slot]
        return [(fn(), None, kind)]
    return None


def _pii_slot(g: Gen, slot: str) -> tuple[list[Piece], str] | None:
    """Pieces for a personal-data slot, and the canonical value a later ``{=key}`` repeats."""
    r = g.r
    if slot in ("N", "NR", "FN", "LN", "RN", "AN"):
        shown, canon = g.person(slot)
        return [(shown, "PERSON", None)], canon
    if slot == "ACC":
        bank, number = v.bank_account(r)
        return [(bank + r.choice([" ", " ", "", " 계좌 "]), None, None), (number, "ACCOUNT", None)], number
    if slot == "FPASS":
        value = v.foreign_passport(r)
        return [(value, "PASSPORT", None)], value
    table = {
        "PH": (v.phone_plain, "PHONE"), "PHO": (v.phone_obfuscated, "PHONE"),
        "EM": (v.email_plain, "EMAIL"), "EMO": (v.email_obfuscated, "EMAIL"),
        "RRN": (v.resident_number, "RRN"), "FRN": (lambda x: v.resident_number(x, foreign=True), "FRN"),
        "CARD": (v.card_number, "CARD"), "PASS": (v.passport, "PASSPORT"),
        "LIC": (v.driver_licence, "DRIVER_LICENSE"), "IP": (v.ip_address, "IP"),
        "ADR": (v.address_road, "ADDRESS"), "ADL": (v.address_lot, "ADDRESS"),
        "ADS": (v.address_short, "ADDRESS"),
    }
    if slot == "PHX":
        slot = "PHO" if r.random() < 0.35 else "PH"
    if slot == "EMX":
        slot = "EMO" if r.random() < 0.4 else "EM"
    if slot == "AD":
        slot = "ADL" if r.random() < 0.5 else "ADR"
    if slot in table:
        fn, entity = table[slot]
        value = fn(r)
        return [(value, entity, None)], value
    return None


_ALT = re.compile(r"«([^«»]*)»")
_TOKEN = re.compile(r"\{([A-Z]+)(?::(\w+))?\}|\{=(\w+)\}|\{J:([^/}]+)/([^}]+)\}")
_DIGIT_READING = "영일이삼사오육칠팔구"


def _batchim(ch: str) -> int:
    """The final consonant index of how ``ch`` is read (0: none, 8: ㄹ), -1 if unknown."""
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28
    if ch.isdigit():
        return _batchim(_DIGIT_READING[int(ch)])
    if ch.isascii() and ch.isalpha():  # as the letter or the word's end is read
        return 0 if ch.lower() in "aeiouy" else (8 if ch.lower() in "lr" else 4)
    return -1


def _josa(prev: str, with_final: str, without: str) -> str:
    tail = prev.rstrip("\u200b\u200c\u200d\ufeff\u2060")
    b = _batchim(tail[-1]) if tail else 0
    if with_final == "으로" and b == 8:
        return without
    return with_final if b > 0 else without


def render(template: str, g: Gen) -> list[Piece]:
    text = template
    while _ALT.search(text):
        text = _ALT.sub(lambda m: g.r.choice(m.group(1).split("|")), text, count=1)
    pieces: list[Piece] = []
    bound: dict[str, tuple[str, str | None]] = {}
    pos = 0
    for m in _TOKEN.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], None, None))
        pos = m.end()
        slot, key, ref = m.group(1), m.group(2), m.group(3)
        if m.group(4):
            prev = pieces[-1][0] if pieces else ""
            pieces.append((_josa(prev, m.group(4), m.group(5)), None, None))
        elif ref:
            canon, entity = bound[ref]
            pieces.append((canon, entity, None))
        elif (got := _pii_slot(g, slot)) is not None:
            out, canon = got
            pieces.extend(out)
            if key:
                bound[key] = (canon, out[-1][1])
        elif (neg := _negative_slot(g, slot)) is not None:
            pieces.extend(neg)
            if key:
                bound[key] = (neg[-1][0], None)
        else:
            raise KeyError(f"unknown slot {slot!r} in {template!r}")
    if pos < len(text):
        pieces.append((text[pos:], None, None))
    return pieces


def build(pid: str, kind: str, pieces: list[Piece]) -> dict:
    text, spans, negs, pos = [], [], [], 0
    inserted = []
    for chunk, entity, negative in pieces:
        if entity:
            spans.append([pos, pos + len(chunk), entity])
            inserted.append(chunk)
        if negative:
            negs.append([pos, pos + len(chunk), negative])
        text.append(chunk)
        pos += len(chunk)
    post = {"id": pid, "kind": kind, "text": "".join(text), "spans": spans, "negatives": negs}
    _tag_words(post)
    post["_inserted"] = inserted
    return post


_WORDS = sorted(set(SURNAME_WORDS), key=lambda w: (-len(w), w))


def _tag_words(post: dict) -> None:
    """Mark ordinary words that start with a surname syllable as WORD hard negatives."""
    taken = [(s, e) for s, e, _ in post["spans"]] + [(s, e) for s, e, _ in post["negatives"]]
    text = post["text"]
    for word in _WORDS:
        for m in re.finditer(re.escape(word), text):
            s, e = m.span()
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            post["negatives"].append([s, e, "WORD"])
    post["negatives"].sort()


def generate(seed: int = SEED) -> list[dict]:
    g = Gen(seed)
    r = g.r
    plan = [True] * N_CLEAN + [False] * (N_POSTS - N_CLEAN)
    r.shuffle(plan)
    clean_cycle: list = []
    positive_cycle: list = []
    posts = []
    for i, clean in enumerate(plan):
        cycle, frames = (clean_cycle, CLEAN) if clean else (positive_cycle, POSITIVE)
        if not cycle:  # every frame is used about equally often, in a shuffled order
            cycle.extend(frames)
            r.shuffle(cycle)
        kind, template = cycle.pop()
        g.new_post()
        posts.append(build(f"test4-{i:05d}", kind, render(template, g)))
    return posts


# --- validation -----------------------------------------------------------------------------

_UNLABELLED = {
    "digits": re.compile(r"\d(?:[ .\-/():~]?\d){8,}"),
    "email": re.compile(r"[A-Za-z0-9._%+-]+\s*(?:@|\uff20|\[at\]|\(at\)|골뱅이|\(골뱅이\))\s*[A-Za-z0-9-]+"),
    "ipv4": re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"),
    "ipv6": re.compile(r"[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){3,}"),
    "passport": re.compile(r"(?<![A-Za-z0-9])[A-Za-z][ -]?\d{3}[ ]?[A-Za-z]?\d{4}"),
    "fullwidth": re.compile(r"[\uff10-\uff19]{3,}"),
    "hangul digits": re.compile(r"[공영일이삼사오육칠팔구]{5,}"),
}
_INVISIBLE = re.compile("[\u200b\u200c\u200d\ufeff\u2060]")


def validate(posts: list[dict]) -> dict:
    names = sorted({_INVISIBLE.sub("", p["text"][s:e]) for p in posts for s, e, t in p["spans"] if t == "PERSON"}
                   | {_INVISIBLE.sub("", p["text"][s:e]).replace(" ", "") for p in posts
                      for s, e, t in p["spans"] if t == "PERSON" and not p["text"][s:e].isascii()}, key=len, reverse=True)
    name_re = re.compile("|".join(re.escape(n) for n in names))
    public = [n for n in catalogue() + MOVIES] + [OPERATOR["cpo"]]
    problems = []
    for post in posts:
        text = post["text"]
        assert [text[s:e] for s, e, _ in post["spans"]] == post["_inserted"], post["id"]
        marks = sorted([(s, e) for s, e, _ in post["spans"]] + [(s, e) for s, e, _ in post["negatives"]])
        for (a0, a1), (b0, b1) in pairwise(marks):
            assert a1 <= b0, f"{post['id']}: overlapping marks {text[a0:a1]!r} {text[b0:b1]!r}"
        for s, e, t in post["spans"] + post["negatives"]:
            assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip(), (post["id"], text[s:e])
            if t == "PERSON":
                assert _INVISIBLE.sub("", text[s:e]).replace(" ", "") not in public, (post["id"], text[s:e])
        blank = list(text)
        for s, e in marks:
            blank[s:e] = "\x00" * (e - s)
        rest = "".join(blank)
        for label, rx in _UNLABELLED.items():
            problems += [(post["id"], label, m.group()) for m in rx.finditer(rest)]
        flat = _INVISIBLE.sub("", rest)
        problems += [(post["id"], "name", m.group()) for m in name_re.finditer(flat)]
        for name in (OPERATOR["help"], OPERATOR["cpo_mail"], OPERATOR["phone"]):
            assert all(name not in text[s:e] for s, e, _ in post["spans"]), post["id"]
    assert not problems, problems[:20]
    clean = sum(1 for p in posts if not p["spans"])
    assert clean * 2 >= len(posts), clean
    return {"posts": len(posts), "clean": clean, "names checked": len(names)}


def main() -> None:
    posts = generate()
    report = validate(posts)
    again = generate()
    assert [p["text"] for p in again] == [p["text"] for p in posts], "not deterministic"
    for p in posts:
        del p["_inserted"]
    write_jsonl(HERE / "test4.jsonl", posts)
    print(f"test4: {report}")


if __name__ == "__main__":
    main()

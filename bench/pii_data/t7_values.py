"""test7 building blocks: a post builder that keeps offsets, and value makers.

``Post`` collects pieces of text; ``pii`` and ``neg`` pieces become labelled spans and hard
negatives with offsets computed from the text actually written, so a label can never drift.
"""

from __future__ import annotations

import random

import t7_pools as P

HANGUL_DIGITS = "공일이삼사오육칠팔구"
ZW = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]


class Post:
    def __init__(self, kind: str, rng: random.Random | None = None):
        self.kind = kind
        self._rng = rng  # when set, plain text gets the slips people make
        self.parts: list[str] = []
        self.spans: list[list] = []
        self.negatives: list[list] = []
        self.values: list[tuple[int, int, str]] = []  # what each label was written as
        self._len = 0

    def t(self, text: str) -> Post:
        if self._rng is not None:
            text = slip(self._rng, text)
        return self._put(text)

    def j(self, after_final: str, after_vowel: str) -> Post:
        """A particle that fits the syllable before it (이랑/랑, 이/가)."""
        last = self.parts[-1][-1:] if self.parts else ""
        final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
        return self._put(after_final if final else after_vowel)

    def _put(self, text: str) -> Post:
        self.parts.append(text)
        self._len += len(text)
        return self

    def _mark(self, store: list, text: str, label: str) -> Post:
        store.append([self._len, self._len + len(text), label])
        self.values.append((self._len, self._len + len(text), text))
        return self._put(text)

    def pii(self, entity: str, text: str) -> Post:
        return self._mark(self.spans, text, entity)

    def neg(self, kind: str, text: str) -> Post:
        return self._mark(self.negatives, text, kind)

    def text(self) -> str:
        return "".join(self.parts)


def slip(rng: random.Random, text: str) -> str:
    """A typo, a chat spelling, a dropped or doubled space, now and then."""
    r = rng.random()
    if r < 0.15:
        for a, b in P.SLIPS:
            if a in text:
                return text.replace(a, b, 1)
    if r < 0.22 and "  " not in text and text.count(" ") >= 2:
        i = text.index(" ", len(text) // 2) if " " in text[len(text) // 2:] else text.index(" ")
        return text[:i] + text[i + 1:] if rng.random() < 0.6 else text[:i] + "  " + text[i + 1:]
    return text


# --- names --------------------------------------------------------------------------------------

class Person:
    """One invented person: Hangul surname and given name, and how they romanise."""

    def __init__(self, rng: random.Random, rare: bool = False, old: bool = False,
                 single: bool = False):
        pool = P.RARE_SURNAMES if rare else P.COMMON_SURNAMES
        self.sur = rng.choice(pool) if rng.random() < 0.9 else rng.choice(list(P.SURNAMES))
        if old:
            self.given = rng.choice(P.OLD_GIVEN)
            self.rom_given = P.OLD_ROMAN[self.given]
        elif single:
            self.given = rng.choice(P.SINGLE_GIVEN)
            self.rom_given = P.GIVEN[self.given]
        else:
            a = rng.choice(P.FIRST_GIVEN)
            b = rng.choice([s for s in P.SECOND_GIVEN if s != a])
            self.given = a + b
            self.rom_given = P.GIVEN[a] + "-" + P.GIVEN[b]
        self.rom_sur = rng.choice(P.SURNAMES[self.sur])

    @property
    def full(self) -> str:
        return self.sur + self.given

    def roman(self, rng: random.Random) -> str:
        """The name in Latin letters, in one of the orders and cases people type."""
        sur, parts = self.rom_sur, self.rom_given.split("-")
        joined, title = "".join(parts), "-".join(x.capitalize() for x in parts)
        shapes = (sur.upper() + " " + joined.capitalize(), joined.capitalize() + " " + sur,
                  sur + " " + title, sur.lower() + " " + joined.lower(),
                  " ".join(x.upper() for x in parts) + " " + sur.upper(), sur + ", " + title,
                  self.rom_given.capitalize() + " " + sur.upper(), (sur + joined).upper())
        return shapes[rng.randrange(len(shapes))]

    def broken(self, rng: random.Random) -> str:
        """Surname and given name split by a space or an invisible character."""
        r = rng.random()
        if r < 0.4:
            return self.sur + " " + self.given
        if r < 0.6 and len(self.given) == 2:
            return f"{self.sur} {self.given[0]} {self.given[1]}"
        mark = rng.choice(ZW)
        if r < 0.85 or len(self.given) < 2:
            return self.sur + mark + self.given
        return self.sur + self.given[0] + mark + self.given[1:]


def foreign_hangul(rng: random.Random) -> str:
    parts = rng.choice(P.FOREIGN_HANGUL)
    sep = rng.choice([" ", " ", "·", " "])
    return sep.join(parts)


def foreign_latin(rng: random.Random) -> str:
    a, b, family_first = rng.choice(P.FOREIGN_LATIN)
    r = rng.random()
    if family_first:
        return f"{a.upper()} {b}" if r < 0.4 else f"{a} {b}"
    if r < 0.35:
        return f"{b.upper()}, {a}"
    if r < 0.55:
        return f"{a.lower()} {b.lower()}"
    return f"{a} {b}"


# --- structured values --------------------------------------------------------------------------

def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    head = rng.choice(["010"] * 8 + ["011", "016", "019"])
    mid = str(rng.randint(2000, 9999))
    tail = digits(rng, 4)
    r = rng.randrange(16)
    forms = [f"{head}-{mid}-{tail}", f"{head} {mid} {tail}", f"{head}.{mid}.{tail}",
             f"{head}{mid}{tail}", f"+82 {head[1:]}-{mid}-{tail}", f"+82-{head[1:]}-{mid}-{tail}",
             f"({head}){mid}-{tail}", f"{head}ㅡ{mid}ㅡ{tail}", f"{head} - {mid} - {tail}"]
    if r < len(forms):
        return forms[r]
    if r == 9:  # letter O for zero
        return f"{head}-{mid}-{tail}".replace("0", rng.choice("Oo"))
    if r == 10:  # Hangul digits mixed in
        h = "".join(HANGUL_DIGITS[int(c)] for c in head)
        return f"{h} {mid} {tail}"
    if r == 11:  # all Hangul head and tail digit words
        return f"{head}-{mid}-" + "".join(HANGUL_DIGITS[int(c)] for c in tail)
    if r == 12:  # landline
        area = rng.choice(["02", "031", "051", "042", "064", "053"])
        return f"{area}-{rng.randint(200, 999)}-{digits(rng, 4)}"
    if r == 13:  # every digit spoken
        return "-".join("".join(HANGUL_DIGITS[int(c)] for c in x) for x in (head, mid, tail))
    if r == 14:  # spaced digit by digit
        return " ".join(head) + " " + " ".join(mid) + " " + " ".join(tail)
    return f"{head[:2]} {head[2]}{mid[:2]} {mid[2:]}{tail[:2]} {tail[2:]}"  # broken rhythm


def email(rng: random.Random, person: Person | None = None) -> str:
    if person is not None and rng.random() < 0.5:
        local = person.rom_sur.lower() + rng.choice(["", ".", "_"]) + \
            person.rom_given.replace("-", "") + rng.choice(["", digits(rng, 2), digits(rng, 4)])
    else:
        local = rng.choice(P.MAIL_WORDS) + rng.choice(["", "_", "."]) + \
            rng.choice(P.MAIL_WORDS) + digits(rng, rng.choice([0, 2, 3]))
    name, tld = rng.choice(P.MAIL_DOMAINS).split(".", 1)
    r = rng.randrange(11)
    if r < 4:
        return f"{local}@{name}.{tld}"
    forms = [f"{local} [at] {name} [dot] {tld}", f"{local} @ {name}.{tld}",
             f"{local} 골뱅이 {name} 닷 {tld.replace('.', ' 닷 ')}",
             f"{local}(골뱅이){name}.{tld}", f"{local} at {name} dot {tld}",
             f"{local}＠{name}.{tld}", f"{local}(at){name}(dot){tld}"]
    return forms[r - 4]


def rrn(rng: random.Random, foreign: bool = False) -> str:
    """A resident (or foreign resident) number whose sex digit fits the birth year and whose
    check digit is right most of the time, as issued numbers before October 2020 are."""
    old = rng.random() < 0.8
    year = rng.randint(45, 99) if old else rng.randint(0, 12)
    pair = ("56" if old else "78") if foreign else ("12" if old else "34")
    front = f"{year:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    body = front + rng.choice(pair) + digits(rng, 5)
    total = sum(int(c) * w for c, w in zip(body, (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), strict=True))
    check = ((13 if foreign else 11) - total % 11) % 10
    if rng.random() < 0.15:
        check = (check + rng.randint(1, 9)) % 10
    sep = rng.choice(["-", "-", "-", " - ", " ", "", "–"])
    return front + sep + body[6:] + str(check)


def _luhn(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    if rng.random() < 0.12:
        n = _luhn("3" + rng.choice("47") + digits(rng, 12))
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    n = _luhn(rng.choice(["4", "5", "9", "6"]) + digits(rng, 14))
    sep = rng.choice(["-", "-", " ", "", "."])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


ACCOUNT_SHAPES = [(6, 2, 6), (3, 3, 6), (4, 3, 6), (3, 6, 5), (3, 4, 4, 2), (4, 2, 7), (4, 4, 4),
                  (3, 6, 2, 3), (6, 2, 6)]


def account(rng: random.Random) -> str:
    shape = rng.choice(ACCOUNT_SHAPES)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return sep.join(digits(rng, n) for n in shape)


def passport(rng: random.Random) -> str:
    letter, eight = rng.choice("MMMMSROD"), digits(rng, 8)
    shapes = (f"{letter}{eight[:3]}{rng.choice('ABCDEFG')}{eight[4:]}",
              f"{letter} {eight[:4]} {eight[4:]}", letter.lower() + eight, letter + eight,
              letter + eight)
    return rng.choice(shapes)


def licence(rng: random.Random) -> str:
    area, rest = f"{rng.randint(11, 28)}", digits(rng, 10)
    year, serial, check = rest[:2], rest[2:8], rest[8:]
    return rng.choice((f"{area} {year} {serial} {check}", f"{area}{year}-{serial}-{check}",
                       f"{area}-{year}-{serial}-{check}", f"{area}-{year}-{serial}-{check}"))


def ip(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return "2001:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(5)) + "::" + \
            f"{rng.randint(1, 65535):x}"
    first = rng.choice([211, 175, 121, 58, 110, 223, 39, 106, 182, 61, 118])
    return ".".join([str(first)] + [str(rng.randint(0, 255)) for _ in range(3)])


def address(rng: random.Random) -> str:
    region = rng.choice(list(P.REGIONS))
    district = rng.choice(P.REGIONS[region])
    head = f"{region} {district}".strip()
    bldg, ho = rng.randint(101, 120), rng.choice([rng.randint(101, 2504), rng.randint(1, 9) * 100
                                                  + rng.randint(1, 8)])
    cx = rng.choice(P.COMPLEXES)
    r = rng.randrange(8)
    if r == 6:  # no region, as neighbours write it
        return f"{district or region} {rng.choice(P.DONGS)} {rng.randint(1, 999)}-{rng.randint(1, 60)} " \
               f"{cx} {bldg}동 {ho}호"
    if r == 7:  # road address with the legal dong only
        return f"{head} {rng.choice(P.ROADS)} {rng.randint(1, 300)}-{rng.randint(1, 9)} " \
               f"({rng.choice(P.DONGS)}) {ho}호"
    if r == 0:
        return f"{head} {rng.choice(P.ROADS)} {rng.randint(1, 399)}"
    if r == 1:
        return f"{head} {rng.choice(P.ROADS)}{rng.randint(2, 88)}번길 {rng.randint(1, 60)}, " \
               f"{bldg}동 {ho}호 ({rng.choice(P.DONGS)}, {cx})"
    if r == 2:
        return f"{head} {rng.choice(P.DONGS)} {rng.randint(1, 1999)}-{rng.randint(1, 99)} " \
               f"({cx}) {bldg}동 {ho}호"
    if r == 3:
        return f"{head} {rng.choice(P.DONGS)} {rng.randint(1, 999)}번지 {cx} {bldg}-{ho}"
    if r == 4:
        return f"{head} {rng.choice(P.ROADS)} {rng.randint(1, 250)} {cx} {bldg}동{ho}호"
    return f"{head} {rng.choice(P.DONGS)} {rng.randint(1, 999)}-{rng.randint(1, 40)} " \
           f"{rng.randint(2, 5)}층"


# --- hard negatives -----------------------------------------------------------------------------

def booking_no(rng: random.Random) -> str:
    """Booking numbers as Marquee's tickets print them, and as other chains' look."""
    d = digits(rng, 14)
    return rng.choice((f"{d[:4]}-{d[4:8]}-{d[8:12]}", "MQ" + d[:8],
                       f"{d[:3]}-{d[3:7]}-{d[7:11]}-{d[11:13]}", d))


def order_no(rng: random.Random) -> str:
    return rng.choice([f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 7)}",
                       f"ORD-{digits(rng, 10)}", digits(rng, 16), f"{digits(rng, 6)}-{digits(rng, 7)}"])


def coupon(rng: random.Random) -> str:
    abc = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(rng.choice(abc) for _ in range(4)) for _ in range(rng.choice([3, 4])))


def parcel(rng: random.Random) -> str:
    return rng.choice([digits(rng, 12), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
                       f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"])


def seat(rng: random.Random) -> str:
    row = rng.choice("ABCDEFGHIJKLM")
    return rng.choice([f"{row}{rng.randint(1, 24)}", f"{row}열 {rng.randint(1, 24)}번",
                       f"{row}-{rng.randint(1, 24)}"])


def showtime(rng: random.Random) -> str:
    h, m = rng.randint(7, 25), rng.choice([0, 5, 10, 20, 30, 35, 40, 50, 55])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h}시 {m}분" if m else f"{h}시"])


def price(rng: random.Random) -> str:
    won = rng.choice([7000, 9000, 11000, 13000, 14000, 15000, 26000, 28000, 4500, 6500, 45500])
    return rng.choice([f"{won:,}원", f"₩{won:,}", f"{won // 1000}천원", f"{won}원"])


def date(rng: random.Random) -> str:
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{mo}/{d}", f"{mo}월 {d}일", f"2026.{mo:02d}.{d:02d}", f"{mo:02d}-{d:02d}"])


def member_no(rng: random.Random) -> str:
    return rng.choice([digits(rng, 9), f"M{digits(rng, 10)}"])


def approval_no(rng: random.Random) -> str:
    return digits(rng, 8)


def biz_no(rng: random.Random) -> str:
    return f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}"


def masked_value(rng: random.Random) -> str:
    p = Person(rng)
    return rng.choice([f"010-****-{digits(rng, 4)}", f"{p.sur}*{p.given[-1]}",
                       f"{p.sur}{'*' * len(p.given)}", f"{digits(rng, 6)}-{rng.choice('12')}******",
                       f"{P.MAIL_WORDS[0][:2]}***@naver.com", f"****-****-****-{digits(rng, 4)}"])


def version(rng: random.Random) -> str:
    """Three-part app versions and four-part firmware builds (shaped like an IP)."""
    parts = [rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9), rng.randint(100, 250)]
    return ".".join(str(x) for x in parts[:rng.choice((3, 3, 4))])


def voucher_pin(rng: random.Random) -> str:
    """A 16-digit gift-ticket PIN grouped like a card number, with a failing Luhn digit."""
    body = _luhn(digits(rng, 15))
    bad = body[:15] + str((int(body[15]) + rng.randint(1, 9)) % 10)
    return " ".join(bad[i:i + 4] for i in range(0, 16, 4))

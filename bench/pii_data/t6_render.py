"""test6: turn a frame into text with exact span offsets."""

from __future__ import annotations

import re

import t6_names as names
import t6_negatives as negs
import t6_places as places
import t6_values as values

BRANCHES = ["마키 홍대점", "마키시네마 판교", "마키 센텀", "마키 동탄", "마키 제주노형", "마키 송도",
            "마키 광교", "마키 청주", "마키 상인", "마키 유성"]
EMOJI = ["😭", "👍", "🍿", "🎬", "❤️", "ㅠㅠ", "ㅋㅋ", "!!", "^^", "🙏", "✨", "😂", ";;", "~~"]
BANKS = sorted(values.BANKS)

PII = {
    "NAME": ("PERSON", names.any_name), "KNAME": ("PERSON", names.korean),
    "KNAME2": ("PERSON", lambda r: names.korean(r, syllables=2)),
    "RNAME": ("PERSON", names.romanised), "FNAME": ("PERSON", names.foreign_hangul),
    "LNAME": ("PERSON", names.latin), "SNAME": ("PERSON", names.spaced),
    "INAME": ("PERSON", names.invisible), "RRN": ("RRN", values.rrn), "FRN": ("FRN", values.frn),
    "PHONE": ("PHONE", values.phone), "PHONEX": ("PHONE", values.phone_obfuscated),
    "EMAIL": ("EMAIL", values.email), "EMAILX": ("EMAIL", values.email_obfuscated),
    "CARD": ("CARD", values.card), "ACCT": ("ACCOUNT", lambda r: values.account(r)[1]),
    "PASSPORT": ("PASSPORT", values.passport), "LICENCE": ("DRIVER_LICENSE", values.licence),
    "IP": ("IP", values.ip), "ADDR": ("ADDRESS", places.address),
    "ROAD": ("ADDRESS", places.road), "LOT": ("ADDRESS", places.lot),
}


def _screen(rng):
    return rng.choice([f"{rng.randint(1, 12)}관", "IMAX관", f"{rng.randint(1, 9)}관(리클라이너)"])


NEG = dict(negs.NEG)
NEG.update({
    "SCREEN": _screen,
    "COUNT": lambda r: str(r.choice([2, 3, 5, 12, 24, 48, 120, 350, 1500, 4200])),
    "RUNTIME": lambda r: f"{r.randint(95, 175)}분",
})
# template key -> (negative kind, generator)
NEG_KEYS = {k.lower(): (k, fn) for k, fn in NEG.items()}
NEG_KEYS.update({"member": ("MEMBER_NO", NEG["MEMBER_NO"]),
                 "opmail": ("OPERATOR", lambda r: r.choice(negs.OPERATOR_MAIL)),
                 "opphone": ("OPERATOR", lambda r: r.choice(negs.OPERATOR_PHONE)),
                 "opaddr": ("OPERATOR", lambda r: r.choice(negs.OPERATOR_ADDR))})
for _key, _pool in negs.EXAMPLE_BY_KIND.items():
    NEG_KEYS[_key] = ("EXAMPLE", lambda r, pool=_pool: r.choice(pool))
FILLER = {
    "bank": lambda r: r.choice(BANKS), "branch": lambda r: r.choice(BRANCHES),
    "e": lambda r: r.choice(EMOJI),
}
# {KEY} or {KEY#tag}; [[word]] is literal text labelled as a WORD negative
TOKEN = re.compile(r"\{([^{}#]+)(?:#(\w+))?\}|\[\[([^\[\]]+)\]\]")


class Post:
    """Text built piece by piece, with PII spans and hard negatives at exact offsets."""

    def __init__(self):
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[list] = []
        self.negatives: list[list] = []
        self.values: list[str] = []

    def text(self, s: str):
        self.parts.append(s)
        self.length += len(s)

    def pii(self, s: str, entity: str):
        self.spans.append([self.length, self.length + len(s), entity])
        self.values.append(s)
        self.text(s)

    def neg(self, s: str, kind: str):
        self.negatives.append([self.length, self.length + len(s), kind])
        self.text(s)

    def done(self) -> str:
        return "".join(self.parts)


def render(rng, frame: str, post: Post, memo: dict | None = None, noise=None):
    """Append ``frame`` to ``post``; ``noise`` rewrites literal text (typos, spacing)."""
    memo = {} if memo is None else memo
    pos = 0
    for m in TOKEN.finditer(frame):
        literal = frame[pos:m.start()]
        post.text(noise(rng, literal) if noise else literal)
        pos = m.end()
        key, tag = m.group(1), m.group(2)
        if m.group(3):
            post.neg(m.group(3), "WORD")
        elif key in PII:
            entity, make = PII[key]
            value = memo.setdefault((key, tag), make(rng)) if tag else make(rng)
            post.pii(value, entity)
        elif key in NEG_KEYS:
            kind, make = NEG_KEYS[key]
            post.neg(make(rng), kind)
        else:
            post.text(FILLER[key](rng))
    tail = frame[pos:]
    post.text(noise(rng, tail) if noise else tail)

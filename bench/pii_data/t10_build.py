"""Fill one test10 template and record where each value landed.

A template is plain text with slots: ``{PHONE}`` inserts an invented value and labels
it, ``{PERSON=a}`` also remembers the person as ``a`` so ``{NAME@a}`` / ``{GIVEN@a}``
can repeat the name or the given name later, ``{~TITLE}`` inserts a look-alike and
labels it as a negative, ``{:BANK}`` inserts filler that is labelled neither way, and ``[[보람]]`` keeps a word
of the template's own text but labels it as a WORD negative (a word that reads like a
given name); ``[[조남주|PUBLIC_FIGURE]]`` does the same with another kind.
A ``|이가``-style suffix appends the particle that fits the inserted word, so names
read naturally. Offsets are taken while the text is assembled, so they cannot drift.
"""

from __future__ import annotations

import re

import t10_address
import t10_values as v
from t10_negs import GENERATORS, LABELS

SLOT = re.compile(r"\{([~:]?)([A-Z_]+)(?:([=@])([a-z]))?(?:\|([^}]+))?\}|\[\[([^\]|]+)\|?([A-Z_]*)\]\]")
SPAN_MAKERS = {
    "RRN": v.rrn, "FRN": v.frn, "PHONE": v.phone, "EMAIL": v.email, "CARD": v.card,
    "ACCOUNT": v.account, "PASSPORT": v.passport, "DRIVER_LICENSE": v.driver_license,
    "IP": v.ip, "ADDRESS": t10_address.address,
}
FILLERS = {
    "BANK": ["국민", "신한은행", "우리은행", "하나", "농협", "카카오뱅크", "토스뱅크", "기업은행",
             "새마을금고", "우체국", "SC제일", "부산은행", "케이뱅크"],
    "FOOD": ["팝콘", "나초", "오징어", "핫도그", "콤보", "콜라"],
    "REL": ["엄마", "아빠", "동생", "친구", "남친", "여친", "와이프", "남편", "조카", "할머니", "직장 동료"],
}
PARTICLES = {"이가": ("이", "가"), "은는": ("은", "는"), "을를": ("을", "를"), "과와": ("과", "와"),
             "아야": ("아", "야"), "이랑": ("이랑", "랑"), "이": ("이", ""), "으로": ("으로", "로"),
             "이에요": ("이에요", "예요"), "이었": ("이었", "였")}


def particle(word, code):
    """The particle form that follows ``word``; Latin or digits count as open syllables."""
    last = word[-1]
    final = (ord(last) - 0xAC00) % 28 if "가" <= last <= "힣" else 0
    closed = final != 0 or last in "013678"  # 영 일 삼 육 칠 팔 end in a consonant
    if code == "으로" and final == 8:  # ㄹ takes 로: 서울로, 일로
        closed = False
    return PARTICLES[code][0 if closed else 1]


class Post:
    """Text under assembly with its spans and negatives."""

    def __init__(self, rng, squash=0.0):
        self.rng = rng
        self.squash = squash
        self.parts = []
        self.length = 0
        self.spans = []
        self.negatives = []
        self.people = {}

    def add(self, text, label=None, negative=False):
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        if label:
            (self.negatives if negative else self.spans).append([start, self.length, label])

    def text(self):
        return "".join(self.parts)


def _value(post, sigil, name, op, key):
    rng = post.rng
    if sigil == "~":
        return GENERATORS[name](rng), LABELS.get(name, name), True
    if sigil == ":":
        return rng.choice(FILLERS[name]), None, False
    if name == "PERSON":
        full, given = v.person(rng)
        if op == "=":
            post.people[key] = (full, given)
        return full, "PERSON", False
    if name in ("NAME", "GIVEN"):
        full, given = post.people[key]
        return (full if name == "NAME" else given), "PERSON", False
    if name == "FIRST":
        return v.given_only(rng), "PERSON", False
    return SPAN_MAKERS[name](rng), name, False


def _literal(post, text):
    """Casual writers drop spaces; only the template's own words lose them, never a value."""
    if post.squash:
        text = "".join(ch for ch in text if ch != " " or post.rng.random() >= post.squash)
    post.add(text)


def fill(post, template):
    """Append ``template`` to ``post`` with every slot filled."""
    pos = 0
    for match in SLOT.finditer(template):
        _literal(post, template[pos:match.start()])
        sigil, name, op, key, code, word, kind = match.groups()
        if word:
            post.add(word, kind or "WORD", negative=True)
            pos = match.end()
            continue
        value, label, negative = _value(post, sigil, name, op, key)
        post.add(value, label, negative)
        if code:
            post.add(particle(value, code))
        pos = match.end()
    _literal(post, template[pos:])
    return post

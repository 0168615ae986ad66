"""Fills the test5 frames: ``{KEY}``, ``{KEY#n}`` (the same value again within one post),
``{KEY|after-consonant|after-vowel}`` (the particle that follows the value) and
``{~KIND:words}`` (words written in the frame, labelled as a hard negative of KIND).

Each key makes a list of (text, entity, negative-kind) pieces; only the labelled pieces
get spans, so a bank name or a title before a number stays plain text.
"""

from __future__ import annotations

import random
import re

import t5_negatives as neg
import t5_values as val
from common import CAST, CHARACTERS, CREW, Post, josa
from t5_vocab import (
    BRANDS,
    FOODS,
    NAMELIKE_WORDS,
    PAY_BRANDS,
    PLACES,
    ROMAN_SYLLABLE,
    SCREENS,
    SURNAME_WORDS,
)

PLACEHOLDER = re.compile(r"\{([A-Z0-9]+)(?:#(\d))?(?:\|([^|}]*)\|([^|}]*))?\}|\{~([A-Z_]+):([^}]+)\}")


def _person(make):
    return lambda r: [(make(r), "PERSON", None)]


def _plain_name(r, rare=False):
    sur, giv = val.korean_name(r, rare)
    return sur + giv


def _two_syllable(r):
    sur = val.surname(r, rare=r.random() < 0.25)
    while len(sur) > 1:
        sur = val.surname(r)
    return sur + r.choice(val.GIVEN_SINGLE)


def _account(r):
    bank, number = val.account(r)
    plain = bank in ("국민", "신한", "우리", "하나", "기업", "농협", "SC제일")
    sep = r.choice([" ", " ", "은행 " if plain else ": ", " 계좌 ", "/"])
    return [(bank + sep, None, None), (number, "ACCOUNT", None)]


def _spaced(r):
    sur, giv = val.korean_name(r)
    return val.spaced_name(r, sur, giv)


def _roman(r):
    sur, giv = val.korean_name(r, rare=r.random() < 0.4)
    while len(giv) < 2 or any(c not in ROMAN_SYLLABLE for c in giv):
        giv = val.given(r)
    return val.roman_name(r, sur, giv)


POSITIVE = {
    "NAME": _person(_plain_name),
    "RNAME": _person(lambda r: _plain_name(r, rare=True)),
    "NAME2": _person(_two_syllable),
    "SNAME": _person(_spaced),
    "ROM": _person(_roman),
    "FHAN": _person(val.foreign_hangul),
    "FLAT": _person(val.latin_foreign),
    "PHONE": lambda r: [(val.phone(r), "PHONE", None)],
    "XPHONE": lambda r: [(val.phone_obfuscated(r), "PHONE", None)],
    "EMAIL": lambda r: [(val.email(r), "EMAIL", None)],
    "XMAIL": lambda r: [(val.email_obfuscated(r), "EMAIL", None)],
    "RRN": lambda r: [(val.rrn(r), "RRN", None)],
    "FRN": lambda r: [(val.rrn(r, foreign=True), "FRN", None)],
    "CARD": lambda r: [(val.card(r), "CARD", None)],
    "ACCT": _account,
    "PASS": lambda r: [(val.passport(r), "PASSPORT", None)],
    "DL": lambda r: [(val.driver_licence(r), "DRIVER_LICENSE", None)],
    "IP": lambda r: [(val.ip(r), "IP", None)],
    "ADDR": lambda r: [(val.address(r), "ADDRESS", None)],
    "LOT": lambda r: [(val.lot_address(r), "ADDRESS", None)],
    "ROAD": lambda r: [(val.road_address(r), "ADDRESS", None)],
}


def _n(kind, make):
    return lambda r: [(make(r), None, kind)]


NEGATIVE = {
    "BOOK": _n("BOOKING", neg.booking), "ORDER": _n("ORDER", neg.order_no),
    "COUPON": _n("COUPON", neg.coupon), "TRACK": _n("TRACKING", neg.tracking),
    "GIFT": _n("GIFT", neg.gift_pin), "BARCODE": _n("BARCODE", neg.barcode),
    "MEMBER": _n("MEMBERSHIP", neg.membership), "BIZNO": _n("BIZNO", neg.business_no),
    "BIZPHONE": _n("BUSINESS_PHONE", neg.business_phone), "DATE": _n("DATE", neg.date),
    "TIME": _n("TIME", neg.time), "CLOCK": _n("TIME", neg.clock), "PRICE": _n("PRICE", neg.price), "SEAT": _n("SEAT", neg.seat),
    "VER": _n("VERSION", neg.version), "MASKED": _n("MASKED", neg.masked),
    "PRODUCT": _n("PRODUCT", neg.product), "OTP": _n("OTP", neg.otp),
    "CAST": _n("CATALOG", neg.cast), "ACTOR": _n("CATALOG", lambda r: r.choice(CAST)),
    "CREW": _n("CATALOG", lambda r: r.choice(CREW)),
    "ROLE": _n("CATALOG", lambda r: r.choice(CHARACTERS)), "THEATRE": _n("CATALOG", neg.theatre),
    "MOVIE": _n("TITLE", neg.movie), "OPMAIL": _n("OPERATOR", neg.op_email),
    "OPPHONE": _n("OPERATOR", neg.op_phone),
    "OPFAX": _n("OPERATOR", lambda r: neg.OPERATOR_PHONES[1]),
    "OPOPTOUT": _n("OPERATOR", lambda r: neg.OPERATOR_PHONES[2]),
    "MASKNAME": _n("MASKED", neg.masked_name),
    "OPADDR": _n("OPERATOR", lambda r: neg.OPERATOR_ADDRESS),
    "OPNAME": _n("OPERATOR", lambda r: neg.OPERATOR_OFFICER),
    "OPCO": _n("OPERATOR", lambda r: neg.OPERATOR_COMPANY),
    "WORD": _n("WORD", lambda r: r.choice(SURNAME_WORDS)),
    "FOOD": _n("FOOD", lambda r: r.choice(FOODS)), "BRAND": _n("BRAND", lambda r: r.choice(BRANDS)),
    "PAY": _n("BRAND", lambda r: r.choice(PAY_BRANDS)),
    "PLACE": _n("PLACE", lambda r: r.choice(PLACES)),
    "SCREEN": _n("SCREEN", lambda r: r.choice(SCREENS)),
    "NWORD": _n("WORD", lambda r: r.choice(NAMELIKE_WORDS)),
}
NEGATIVE |= {key: _n("RATING" if key == "RATE" else "COUNT", make)
             for key, make in neg.COUNTS.items()}
MAKERS = POSITIVE | NEGATIVE


def render(kind: str, template, r: random.Random) -> Post:
    """Fill one frame (a string, or a callable that writes one from ``r``)."""
    text = template(r) if callable(template) else template
    post, memo, pos = Post(kind), {}, 0
    for m in PLACEHOLDER.finditer(text):
        if m.start() > pos:
            post.add(text[pos:m.start()])
        key, ref, after_c, after_v, lit_kind, lit_text = m.groups()
        if lit_kind:
            post.add(lit_text, None, lit_kind)
            pos = m.end()
            continue
        if ref and (key, ref) in memo:
            pieces = memo[(key, ref)]
        else:
            pieces = MAKERS[key](r)
            if ref:
                memo[(key, ref)] = pieces
        for chunk, entity, negative in pieces:
            post.add(chunk, entity, negative)
        if after_c is not None:
            post.add(josa(pieces[-1][0], after_c, after_v))
        pos = m.end()
    if pos < len(text):
        post.add(text[pos:])
    return post

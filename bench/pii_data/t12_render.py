"""test12's template renderer (P11.2): a template is plain Korean with ``{SLOT}`` and
``{SLOT|이/가}`` holes and ``[[word|kind]]`` inline negatives; rendering yields labelled
pieces for :class:`common.Post`, so every span and negative is placed by construction.

Person slots carry a number (``{N1}`` full name, ``{G1}`` the same person's given name,
``{K1}`` a child's given name, ``{A1}`` a Korean adult's full name); the person is drawn at first mention and reused,
so a post can name someone and come back to them later without a cue."""

from __future__ import annotations

import random
import re

import t12_values as v
from common import josa
from t12_lex import (
    ACTOR_GIVEN,
    ACTORS,
    BANKS,
    BRANDS,
    CHARACTERS,
    CINEMA_PHONES,
    CINEMAS,
    DIRECTORS,
    FILMS,
    FOREIGN_STARS,
    HANDLES,
    NAMED_FILMS,
    OPERATOR,
    PLACES,
    SHOPS,
    STAFF_ROLES,
)
from t12_people import address, partial_address, person

TOKEN = re.compile(r"\{([A-Z]+)(\d?)(?:\|([^}]*))?\}|\[\[([^|\]]+)\|([a-z_]+)\]\]")
PERSON_KIND = {"N": "any", "G": "any", "K": "kid", "A": "korean"}

SPAN = {"PHONE": lambda c: v.phone(c.r), "EMAIL": lambda c: v.email(c.r),
        "RRN": lambda c: v.rrn(c.r), "FRN": lambda c: v.rrn(c.r, foreign=True),
        "CARD": lambda c: v.card(c.r), "ACCT": lambda c: v.account(c.r, c.bank),
        "PASS": lambda c: v.passport(c.r), "DL": lambda c: v.driver_license(c.r),
        "IP": lambda c: v.ip(c.r), "ADDR": lambda c: address(c.r),
        "ADDRP": lambda c: partial_address(c.r)}
SPAN_TYPE = {"ACCT": "ACCOUNT", "PASS": "PASSPORT", "DL": "DRIVER_LICENSE", "ADDR": "ADDRESS",
             "ADDRP": "ADDRESS"}
NEG = {  # slot: (maker, negative kind)
    "ACTOR": (lambda c: c.r.choice(ACTORS), "public_figure"),
    "AGIVEN": (lambda c: c.r.choice(ACTOR_GIVEN), "public_figure"),
    "DIRECTOR": (lambda c: c.r.choice(DIRECTORS), "director"),
    "STAR": (lambda c: c.r.choice(FOREIGN_STARS), "foreign_public"),
    "CHAR": (lambda c: c.r.choice(CHARACTERS), "character"),
    "FILM": (lambda c: c.r.choice(FILMS), "film_title"),
    "NFILM": (lambda c: c.r.choice(NAMED_FILMS), "film_title_name"),
    "CINEMA": (lambda c: c.pick_cinema(), "cinema"),
    "CADDR": (lambda c: CINEMAS[c.cinema or c.pick_cinema()], "business_address"),
    "CPHONE": (lambda c: c.r.choice(CINEMA_PHONES), "business_phone"),
    "SHOP": (lambda c: c.pick_shop(), "shop"),
    "SHOPADDR": (lambda c: SHOPS[c.shop or c.pick_shop()], "business_address"),
    "OPPHONE": (lambda c: OPERATOR["phone"], "operator_contact"),
    "OPFAX": (lambda c: OPERATOR["fax"], "operator_contact"),
    "OPMAIL": (lambda c: c.r.choice([OPERATOR["email"], OPERATOR["email"], OPERATOR["cpo_email"]]),
               "operator_contact"),
    "OPADDR": (lambda c: OPERATOR["address"], "business_address"),
    "ORDER": (lambda c: v.order_number(c.r), "order_number"),
    "BOOK": (lambda c: v.booking(c.r), "booking_number"),
    "COUPON": (lambda c: v.coupon(c.r), "coupon_code"),
    "TICKET": (lambda c: v.ticket(c.r), "ticket_number"),
    "GIFT": (lambda c: v.gift_card(c.r), "gift_card_number"),
    "TRACK": (lambda c: v.tracking(c.r), "tracking_number"),
    "BIZNO": (lambda c: v.biz_number(c.r), "business_number"),
    "SEAT": (lambda c: v.seat(c.r), "seat"),
    "DATE": (lambda c: v.date(c.r), "date"),
    "TIME": (lambda c: v.clock(c.r), "time"),
    "PRICE": (lambda c: v.price(c.r), "price"),
    "VER": (lambda c: v.version(c.r), "version"),
    "AUD": (lambda c: v.audience(c.r), "audience_count"),
    "HANDLE": (lambda c: c.pick_handle(), "handle"),
    "BRAND": (lambda c: c.r.choice(BRANDS), "brand"),
    "PLACE": (lambda c: c.r.choice(PLACES), "place"),
    "MASK": (lambda c: v.masked_phone(c.r), "masked_value"),
    "FORM": (lambda c: v.form_example(c.r), "form_example"),
}
PLAIN = {"BANK": lambda c: c.pick_bank(), "ROLE": lambda c: c.r.choice(STAFF_ROLES),
         "NUM": lambda c: str(c.r.randint(2, 9)), "HALL": lambda c: f"{c.r.randint(1, 12)}관"}


class Ctx:
    """One post's draws: its people, its cinema, shop, bank and handles."""

    def __init__(self, r: random.Random):
        self.r, self.people, self.cinema, self.shop, self.bank = r, {}, None, None, "국민"
        self.handles: list[str] = []
        self.kinds: dict[str, str] = {}

    def pick_cinema(self) -> str:
        self.cinema = self.r.choice(sorted(CINEMAS))
        return self.cinema

    def pick_shop(self) -> str:
        self.shop = self.r.choice(sorted(SHOPS))
        return self.shop

    def pick_bank(self) -> str:
        self.bank = self.r.choice(BANKS)
        return self.bank

    def pick_handle(self) -> str:
        h = self.r.choice(HANDLES)
        self.handles.append(h)
        return h

    def who(self, letter: str, index: str):
        """Person ``index``, drawn at first mention; a child asked for where an adult of the
        same number was drawn (or the other way round) is someone else, so two templates
        never make one person both a grandmother and a daughter."""
        key, kind = index or "1", PERSON_KIND[letter]
        drawn = self.kinds.get(key)
        if drawn and kind != "any" and drawn != kind and "kid" in (kind, drawn):
            key += kind
        if key not in self.people:
            self.people[key] = person(self.r, kind)
            self.kinds[key] = kind
        return self.people[key]


def _particle(text: str, spec: str | None) -> str:
    if not spec:
        return ""
    if spec == "ㅇ":  # the hypocoristic 이 after a closed given name: 서윤이, 민지
        return josa(text, "이", "")
    a, b = spec.split("/")
    return josa(text, a, b)


def _slot(ctx: Ctx, name: str, index: str) -> tuple[str, str | None, str | None]:
    if name in ("N", "A"):
        return ctx.who(name, index).full, "PERSON", None
    if name in ("G", "K"):
        return ctx.who(name, index).given, "PERSON", None
    if name in SPAN:
        return SPAN[name](ctx), SPAN_TYPE.get(name, name), None
    if name in NEG:
        maker, kind = NEG[name]
        return maker(ctx), None, kind
    return PLAIN[name](ctx), None, None


def render(template: str, ctx: Ctx) -> list[tuple[str, str | None, str | None]]:
    """The labelled pieces of ``template`` for this post."""
    parts, pos = [], 0
    for m in TOKEN.finditer(template):
        if m.start() > pos:
            parts.append((template[pos:m.start()], None, None))
        if m.group(4):
            parts.append((m.group(4), None, m.group(5)))
        else:
            text, entity, negative = _slot(ctx, m.group(1), m.group(2))
            parts.append((text, entity, negative))
            tail = _particle(text, m.group(3))
            if tail:
                parts.append((tail, None, None))
        pos = m.end()
    if pos < len(template):
        parts.append((template[pos:], None, None))
    return parts

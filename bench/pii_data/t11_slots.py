"""Slots for test11's templates (P11.2). A template is text with ``{slot}`` or
``{slot|은/는}`` (particle after consonant / after vowel); each slot yields labelled pieces
``(text, entity, negative)``. ``ctx`` keeps one post's private people so a name can recur."""

from __future__ import annotations

import random
import re

import t11_lex as L
import t11_values as V
from common import has_batchim

ZW = "\u200b"
SLOT = re.compile(r"\{(\w+)(?:\|(\w*)/(\w*))?\}")


def private_name(rng: random.Random) -> tuple[str, str]:
    """(full name as written, form used when only the given name is called)."""
    way = rng.randrange(12)
    given = rng.choice(L.GIVEN)
    if way <= 3:
        name = rng.choice(L.SURNAMES) + given
        return name, given
    if way == 4:
        return rng.choice(L.RARE_SURNAMES) + given, given
    if way == 5:
        name = rng.choice(L.SURNAMES) + rng.choice(L.GIVEN_ONE)
        return name, name
    if way == 6:
        fam, giv = rng.choice(L.ROMAN_FAMILY), rng.choice(L.ROMAN_GIVEN)
        return rng.choice([f"{fam} {giv}", f"{giv} {fam}", f"{fam.upper()} {giv}"]), giv
    if way == 7:
        name = rng.choice(L.FOREIGN_HANGUL)
        return name, name.split()[0] if " " in name else name
    if way == 8:
        name = rng.choice(L.FOREIGN_LATIN)
        return name, name.split()[0]
    if way == 9:
        return rng.choice(L.SURNAMES) + rng.choice([" ", ZW, ZW, "\u2060", "\u200c"]) + given, given
    if way == 10:
        return given, given
    return rng.choice(L.SURNAMES) + given, given


def _person(ctx: dict, key: str, rng: random.Random) -> tuple[str, str]:
    if key not in ctx:
        ctx[key] = private_name(rng)
    return ctx[key]


def address(rng: random.Random) -> str:
    n, m, b, h = rng.randrange(1, 300), rng.randrange(1, 99), rng.randrange(101, 120), rng.randrange(101, 2304)
    city = rng.choice(["서울시 은평구", "서울특별시 노원구", "경기도 고양시 일산동구", "인천 연수구",
                       "부산광역시 해운대구", "대구 수성구", "광주광역시 북구", "경기 용인시 수지구",
                       "충남 천안시 서북구", "전북 전주시 완산구", "제주특별자치도 제주시"])
    road = rng.choice(["통일로", "중앙대로", "달구벌대로", "새말로", "은하수로", "매봉길", "솔샘로"])
    dong = rng.choice(["불광동", "상계동", "장항동", "송도동", "우동", "범어동", "연동", "풍덕천동"])
    apt = rng.choice(["행복마을", "푸른숲", "한빛", "새솔", "느티마을", "호수공원"])
    return rng.choice([
        f"{city} {road} {n}길 {m}, {b}동 {h}호", f"{city} {dong} {n}-{m}",
        f"{city} {dong} {apt}아파트 {b}동 {h}호", f"{dong} {n}-{m} 2층",
        f"{road} {n}번길 {m} {h}호", f"{city} {road} {n}", f"{dong} {apt} {b}-{h}",
    ])


def _masked_name(rng: random.Random) -> str:
    s, g = rng.choice(L.SURNAMES), rng.choice(L.GIVEN)
    return rng.choice([f"{s}*{g[1]}", f"{s}**", f"{s}O{g[1]}", f"{s}○○", f"{s}*{g}"])


def _op(key: str):
    return lambda rng: rng.choice(L.OPERATOR[key])


NEG = {  # slot -> (kind, value maker)
    "pub": ("public_figure", lambda r: r.choice(L.PUBLIC_KO)[0]),
    "pubg": ("public_given_name", lambda r: r.choice(L.PUBLIC_KO)[1]),
    "publ": ("public_latin", lambda r: r.choice(L.PUBLIC_KO)[2]),
    "dir": ("director", lambda r: r.choice(L.DIRECTORS_KO)[0]),
    "dirl": ("public_latin", lambda r: r.choice(L.DIRECTORS_KO)[1]),
    "fpub": ("foreign_public", lambda r: r.choice(L.PUBLIC_FOREIGN)[0]),
    "fpubg": ("public_given_name", lambda r: r.choice(L.PUBLIC_FOREIGN)[1]),
    "fpubl": ("public_latin", lambda r: r.choice(L.PUBLIC_FOREIGN)[2]),
    "char": ("character", lambda r: r.choice(L.CHARACTERS)),
    "tname": ("title_with_name", lambda r: r.choice(L.TITLES_NAMED)),
    "tnum": ("title_with_number", lambda r: r.choice(L.TITLES_NUMBERED)),
    "handle": ("handle", lambda r: r.choice(L.HANDLES)),
    "sword": ("surname_word", lambda r: r.choice(L.SURNAME_WORDS)),
    "snoun": ("surname_word", lambda r: r.choice(L.SURNAME_NOUNS)),
    "award": ("award", lambda r: r.choice(L.AWARDS)),
    "booking": ("booking_number", V.booking_no), "order": ("order_number", V.order_no),
    "tracking": ("tracking_number", V.tracking_no), "coupon": ("coupon_code", V.coupon),
    "voucher": ("voucher_number", V.voucher), "date": ("date", V.date), "time": ("time", V.time),
    "price": ("price", V.price), "seat": ("seat", V.seat), "ver": ("version", V.version),
    "ipver": ("ip_like_version", V.ip_like_version), "mname": ("masked_name", _masked_name),
    "mphone": ("masked_value", V.masked_phone), "mother": ("masked_value", V.masked_other),
    "opmail": ("operator_contact", _op("email")), "opphone": ("operator_contact", _op("phone")),
    "cpo": ("operator_cpo", _op("cpo")), "opaddr": ("operator_address", _op("address")),
    "agency": ("agency_contact", lambda r: r.choice(L.AGENCIES)),
    "formex": ("form_example", lambda r: r.choice(L.FORM_EXAMPLES)),
    "theatre": ("theatre", lambda r: r.choice(L.THEATRE_ADDRESSES)[0]),
    "taddr": ("theatre_address", lambda r: r.choice(L.THEATRE_ADDRESSES)[1]),
    "biz": ("business", lambda r: r.choice(L.BUSINESSES)), "bizphone": ("business_phone", V.business_phone),
    "count": ("audience_count", V.count), "runtime": ("runtime", V.runtime),
}
SPAN = {  # slot -> (entity, value maker)
    "phone": ("PHONE", V.phone), "phoneodd": ("PHONE", lambda r: V.phone(r, odd=True)),
    "email": ("EMAIL", V.email), "emailodd": ("EMAIL", lambda r: V.email(r, odd=True)),
    "rrn": ("RRN", V.rrn), "rrnodd": ("RRN", lambda r: V.rrn(r, odd=True)),
    "frn": ("FRN", lambda r: V.rrn(r, foreign=True)), "card": ("CARD", V.card),
    "cardodd": ("CARD", lambda r: V.card(r, odd=True)), "account": ("ACCOUNT", V.account),
    "passport": ("PASSPORT", V.passport), "dl": ("DRIVER_LICENSE", V.driver), "ip": ("IP", V.ip),
    "addr": ("ADDRESS", address),
}
PEOPLE = {"pn": ("p1", 0), "pn2": ("p2", 0), "pn3": ("p3", 0), "pg": ("p1", 1), "pg2": ("p2", 1)}
PLAIN = {"bank": lambda r: r.choice(V.BANKS)}


def fill(slot: str, rng: random.Random, ctx: dict) -> tuple[str, str | None, str | None]:
    if slot in PEOPLE:
        key, idx = PEOPLE[slot]
        return _person(ctx, key, rng)[idx], "PERSON", None
    if slot in SPAN:
        ent, make = SPAN[slot]
        return make(rng), ent, None
    if slot in NEG:
        kind, make = NEG[slot]
        return make(rng), None, kind
    return PLAIN[slot](rng), None, None


def expand(template: str, rng: random.Random, ctx: dict) -> list[tuple[str, str | None, str | None]]:
    """The template's pieces with every slot filled and every particle agreeing."""
    pieces, pos = [], 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            pieces.append((template[pos:m.start()], None, None))
        piece = fill(m.group(1), rng, ctx)
        pieces.append(piece)
        if m.group(2) is not None or m.group(3) is not None:
            word = piece[0]
            consonant = has_batchim(word) if "가" <= word[-1] <= "힣" else word[-1] in "lmnLMN"
            pieces.append((m.group(2) if consonant else m.group(3), None, None))
        pos = m.end()
    if pos < len(template):
        pieces.append((template[pos:], None, None))
    return pieces


def slots_of(template: str) -> set[str]:
    return {m.group(1) for m in SLOT.finditer(template)}

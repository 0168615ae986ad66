"""Labelled pieces shared by test13's templates (P11.2): a piece is a plain string or a
``(text, label)`` pair, an upper-case label being a span type and a lower-case one a
negative kind, so templates read like the posts they make."""

from __future__ import annotations

from common import josa
from t13_lex import (
    CHARACTERS,
    CINEMAS,
    DIRECTORS,
    FOREIGN_PUBLIC,
    HANDLES,
    HELPLINES,
    MOVIES,
    OPERATOR_EMAILS,
    OPERATOR_PHONES,
    PUBLIC,
    SHOPS,
    WORDS,
)


def pieces_to_post(post, pieces) -> None:
    for piece in pieces:
        if isinstance(piece, str):
            post.add(piece)
        else:
            text, label = piece
            if label.isupper():
                post.add(text, entity=label)
            else:
                post.add(text, negative=label)


def name_with(name: str, cons: str, vow: str) -> list:
    """A name and its particle, the particle outside the span."""
    return [(name, "PERSON"), josa(name, cons, vow)]


def public(v) -> tuple[str, str]:
    roll = v.r.random()
    if roll < 0.45:
        return v.pick(PUBLIC), "public_figure"
    if roll < 0.65:
        return v.pick(DIRECTORS), "director"
    if roll < 0.8:
        return v.pick(FOREIGN_PUBLIC), "foreign_public"
    return v.pick(CHARACTERS), "character"


def movie(v) -> tuple[str, str]:
    return v.pick(MOVIES), "movie_title"


def word(v) -> tuple[str, str]:
    return v.pick(WORDS), "surname_word"


def handle(v) -> tuple[str, str]:
    return v.pick(HANDLES), "handle"


def cinema_block(v) -> list:
    """A cinema with its published address and phone right after its name."""
    name, addr, phone = v.pick(CINEMAS)
    return [(name, "theatre"), "(", (addr, "business_address"), ", ☎ ", (phone, "business_phone"), ")"]


def shop_block(v) -> list:
    name, addr, phone = v.pick(SHOPS)
    return [(name, "shop"), " ", (addr, "business_address"), " / ", (phone, "business_phone")]


def helpline(v) -> list:
    name, phone = v.pick(HELPLINES)
    return [name, " ", (phone, "helpline")]


def operator(v) -> list:
    if v.r.random() < 0.5:
        return ["고객센터 ", (v.pick(OPERATOR_PHONES), "operator_contact")]
    return ["메일 ", (v.pick(OPERATOR_EMAILS), "operator_contact")]


def lookalike(v) -> list:
    kind = v.pick(["order_number", "booking_number", "coupon_code", "gift_card", "loyalty_card",
                   "seat", "date", "time", "price", "audience_count", "version"])
    label = {"order_number": "주문번호 ", "booking_number": "예매번호 ", "coupon_code": "쿠폰 ",
             "gift_card": "관람권 번호 ", "loyalty_card": "멤버십카드 ", "seat": "좌석 ",
             "date": "", "time": "", "price": "", "audience_count": "", "version": "앱 "}[kind]
    make = {"order_number": v.order_no, "booking_number": v.booking, "coupon_code": v.coupon,
            "gift_card": v.gift_card, "loyalty_card": v.loyalty, "seat": v.seat, "date": v.date,
            "time": v.time, "price": v.price, "audience_count": v.audience,
            "version": v.version}[kind]
    return [label, (make(), kind)]

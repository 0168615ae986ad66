"""test7: small writers shared by the frames (a name in some form, film-talk filler)."""

from __future__ import annotations

import random

import t7_pools as P
import t7_values as V
from t7_values import Person, Post


def name(d: Post, rng: random.Random, person: Person | None = None, form: str = "") -> Person:
    """Write one person's name in a form chosen at random (or the one asked for)."""
    person = person or Person(rng, rare=rng.random() < 0.3, old=rng.random() < 0.07,
                              single=rng.random() < 0.12)
    form = form or rng.choices(["full", "broken", "roman", "foreign", "latin"],
                               weights=[62, 10, 12, 8, 8])[0]
    if form == "full":
        d.pii("PERSON", person.full)
    elif form == "broken":
        d.pii("PERSON", person.broken(rng))
    elif form == "roman":
        d.pii("PERSON", person.roman(rng))
    elif form == "foreign":
        d.pii("PERSON", V.foreign_hangul(rng))
    else:
        d.pii("PERSON", V.foreign_latin(rng))
    return person


def korean_name(d: Post, rng: random.Random, person: Person | None = None) -> Person:
    return name(d, rng, person, rng.choice(["full"] * 6 + ["broken"]))


def film_bit(d: Post, rng: random.Random) -> None:
    """A clause of film talk: public figures and titles are hard negatives."""
    r = rng.randrange(7)
    fig, film = rng.choice(P.PUBLIC_FIGURES), rng.choice(P.FILMS)
    if r == 0:
        d.neg("CATALOG", fig).t(rng.choice([" 연기 미쳤음", " 나오는 장면에서 소름", " 감독님 신작 언제 나와요",
                                            "은 역시 믿고 봄"]))
    elif r == 1:
        d.t("《").neg("CATALOG", film).t("》 ").neg("SHOWTIME", V.showtime(rng)).t(" 회차 봤어요")
    elif r == 2:
        d.neg("CATALOG", film).t(" 재관람 ").t(str(rng.randint(2, 9))).t("회차 ㅋㅋ ")
        d.neg("CATALOG", rng.choice(P.CHARACTERS)).t(" 대사 다 외움")
    elif r == 3:
        d.neg("CATALOG", rng.choice(P.PUBLIC_LATIN)).t(" 내한 GV 언제예요")
    elif r == 4:
        d.neg("THEATRE", rng.choice(P.THEATRES)).t(" ").neg("SEAT", V.seat(rng)).t(" 명당 인정")
    elif r == 5:
        d.t("조조 ").neg("PRICE", V.price(rng)).t("이면 ").neg("WORD", "완전").t(" 혜자")
    else:
        d.neg("WORD", rng.choice(P.NAME_LIKE_WORDS)).t(" ").neg("WORD", rng.choice(P.NAME_LIKE_WORDS))
        d.t(rng.choice(["… 암튼 그랬음", " 얘기는 담에", " ㅋㅋ"]))


def tail(d: Post, rng: random.Random) -> None:
    e = rng.choice(P.EMOJI)
    if e:
        d.t(" " + e)


def booking_bit(d: Post, rng: random.Random) -> None:
    r = rng.randrange(7)
    if r == 6:
        d.t(rng.choice(["관람권 PIN ", "기프티켓 번호 ", "모바일 상품권 "])).neg("VOUCHER", V.voucher_pin(rng))
        return
    if r == 0:
        d.t("예매번호 ").neg("BOOKING", V.booking_no(rng))
    elif r == 1:
        d.t("주문번호: ").neg("ORDER", V.order_no(rng))
    elif r == 2:
        d.t("쿠폰 ").neg("COUPON", V.coupon(rng))
    elif r == 3:
        d.t("송장 ").neg("PARCEL", V.parcel(rng))
    elif r == 4:
        d.t("승인번호 ").neg("APPROVAL", V.approval_no(rng))
    else:
        d.t("회원번호 ").neg("MEMBER_NO", V.member_no(rng))


def operator_bit(d: Post, rng: random.Random) -> None:
    """The operator's own published contacts, as its notices and answers print them."""
    r = rng.randrange(6)
    if r == 0:
        d.t("고객센터 ").neg("OPERATOR", rng.choice(P.OPERATOR["phone"])).t("(평일 10~18시)")
    elif r == 1:
        d.t("문의: ").neg("OPERATOR", P.OPERATOR["email"][0])
    elif r == 2:
        d.t("개인정보 보호책임자 ").neg("OPERATOR", P.OPERATOR["officer"][0]).t(" 대표 (")
        d.neg("OPERATOR", P.OPERATOR["email"][1]).t(")")
    elif r == 3:
        d.t("팩스 ").neg("OPERATOR", P.OPERATOR["fax"][0])
    elif r == 4:
        d.t("수신거부 무료 ").neg("OPERATOR", P.OPERATOR["optout"][0])
    else:
        d.t("분쟁조정 ").neg("OPERATOR", P.OPERATOR["bodies"][0]).t(" / 우리 회사 주소 ")
        d.neg("OPERATOR", P.OPERATOR["address"][0])

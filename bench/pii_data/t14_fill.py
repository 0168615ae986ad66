"""Fills test14's frames: ``{P}`` and the other upper-case slots become labelled personal
values, lower-case slots hard negatives of that kind, ``{이/가}`` the particle that fits the
word before it. A frame is one line; ``|`` in it is a line break."""

from __future__ import annotations

import random
import re

from common import (
    CAST,
    CHARACTERS,
    CREW,
    MOVIES,
    Post,
    booking_number,
    has_batchim,
    voucher_code,
)
from t14_values import Values

SPANS = {"P": ("PERSON", "person"), "G": ("PERSON", "given"), "A": ("ADDRESS", "address"),
         "T": ("PHONE", "phone"), "M": ("EMAIL", "email"), "R": ("RRN", "rrn"), "F": ("FRN", "frn"),
         "C": ("CARD", "card"), "B": ("ACCOUNT", "account"), "PP": ("PASSPORT", "passport"),
         "DL": ("DRIVER_LICENSE", "licence"), "IP": ("IP", "ip")}
ATHLETES = ["손흥민", "김연아", "류현진", "이강인", "안세영", "황선우", "김민재", "박지성", "이대호", "신유빈"]
SINGERS = ["아이유", "임영웅", "태연", "지드래곤", "성시경", "박효신", "이찬원", "악뮤"]
FIGURES = ["백종원", "유재석", "강호동", "손석희", "조수미", "이어령"]
PLACES = ["광화문", "성수동", "해운대", "여의도", "경복궁", "남산타워", "을지로", "익선동", "광안리"]
SHOPS = ["스타벅스 강남R점", "투썸플레이스 홍대점", "맘스터치 판교점", "배스킨라빈스 서면점", "교보문고 광화문점"]
NICKS = ["영화광팬", "팝콘중독", "조조전문", "심야덕후", "무비러버", "극장고양이", "관크싫어", "필름냄새"]
HANDLES = ["@cine_mania", "@popcorn.day", "@reel_talk_kr", "@moviegram_22", "@film.diary"]
OPERATOR = ["1661-9265", "help@mecross.net", "070-8290-9005", "서울시 마포구 동교동 154-23 3층"]
EXAMPLES = ["홍길동", "010-0000-0000", "010-1234-5678", "hong@example.com", "900101-1234567", "OOO"]
BIZ = {"마키 강남": ("02-3452-1180", "서울 강남구 강남대로 438 스타플렉스 5층"),
       "마키 홍대점": ("02-338-1195", "서울 마포구 양화로 147 아트빌딩 7층"),
       "마키 부산서면": ("051-802-7711", "부산 부산진구 중앙대로 692 6층"),
       "마키 대구동성로": ("053-421-3360", "대구 중구 동성로2길 81 6층"),
       "마키 수원광교": ("031-548-2290", "경기 수원시 영통구 광교중앙로 124 4층"),
       "마키 일산": ("031-906-4412", "경기 고양시 일산동구 중앙로 1283 5층"),
       "마키 판교": ("031-8017-3321", "경기 성남시 분당구 판교역로 146번길 20"),
       "마키 제주노형": ("064-711-2290", "제주 제주시 노형로 395 3층"),
       "Marquee 코엑스": ("02-6002-1199", "서울 강남구 영동대로 513 코엑스몰 B1"),
       "마키 용산아이파크몰": ("02-2012-8830", "서울 용산구 한강대로23길 55 아이파크몰 6층")}


class Filler:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.v = Values(rng)
        self.cinema = "마키 강남"

    def negative(self, kind: str) -> tuple[str, str]:
        r = self.r
        if kind == "cinema":
            self.cinema = r.choice(sorted(BIZ))
            return self.cinema, "cinema"
        if kind in ("bizphone", "bizaddr"):
            phone, addr = BIZ[self.cinema]
            return (phone, "business_phone") if kind == "bizphone" else (addr, "business_address")
        table = {"actor": CAST, "director": CREW, "character": CHARACTERS, "film": MOVIES,
                 "athlete": ATHLETES, "singer": SINGERS, "figure": FIGURES, "place": PLACES,
                 "shop": SHOPS, "nick": NICKS, "handle": HANDLES, "op": OPERATOR, "example": EXAMPLES}
        kinds = {"film": "film_title", "figure": "public_figure", "nick": "nickname",
                 "op": "operator_contact", "example": "form_example"}
        if kind in table:
            return r.choice(table[kind]), kinds.get(kind, kind)
        return self._code(kind)

    def _code(self, kind: str) -> tuple[str, str]:
        r = self.r
        makers = {
            "booking": lambda: (booking_number(r), "booking_number"),
            "gift": lambda: (voucher_code(r), "gift_card"),
            "coupon": lambda: (f"CP{r.randint(10, 99)}-{voucher_code(r)[:9]}", "coupon"),
            "tracking": lambda: (f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                                 "tracking_number"),
            "order": lambda: (f"ORD{r.randint(20240101, 20241231)}{r.randint(100, 999)}", "order_number"),
            "date": lambda: (r.choice([f"{r.randint(1, 12)}월 {r.randint(1, 28)}일", f"{r.randint(1, 12)}/{r.randint(1, 28)}",
                                       f"2024.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}"]), "date"),
            "time": lambda: (f"{r.randint(9, 23)}:{r.choice(['00', '10', '20', '30', '40', '50'])}", "time"),
            "price": lambda: (f"{r.randint(5, 30) * 1000:,}원", "price"),
            "seat": lambda: (f"{r.choice('ABCDEFGHJK')}열 {r.randint(1, 20)}번", "seat"),
            "screen": lambda: (f"{r.randint(1, 12)}관", "screen"),
            "masked": lambda: (r.choice([f"010-****-{r.randint(1000, 9999)}", f"{r.choice('김이박최정')}*{r.choice('민서지현')}",
                                         f"{r.randint(70, 99)}0{r.randint(1, 9)}{r.randint(10, 28)}-{r.randint(1, 2)}******"]),
                               "masked_value"),
            "ticket": lambda: (f"T{r.randint(10, 99)}-{r.randint(100000, 999999)}", "ticket_number"),
            "auth": lambda: (f"{r.randint(100000, 999999)}", "auth_code"),
            "points": lambda: (f"{r.randint(1, 30) * 100:,}P", "points"),
        }
        return makers[kind]()

    def fill(self, frame: str, post: Post) -> Post:
        text = frame.replace("|", "\n")
        pos = 0
        for m in re.finditer(r"\{[^{}]+\}", text):
            if m.start() > pos:
                post.add(text[pos:m.start()])
            pos = m.end()
            token = m.group(0)[1:-1]
            if "/" in token:
                prev = post.parts[-1][0] if post.parts else ""
                after_consonant, after_vowel = token.split("/")
                particle = after_consonant if prev and has_batchim(prev) else after_vowel
                if particle:
                    post.add(particle)
            elif token in SPANS:
                entity, maker = SPANS[token]
                post.add(getattr(self.v, maker)(), entity=entity)
            else:
                value, kind = self.negative(token)
                post.add(value, negative=kind)
        if pos < len(text):
            post.add(text[pos:])
        return post

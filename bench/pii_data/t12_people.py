"""test12's private people and places (P11.2): a person drawn once per post and written in
several ways (full name, given name alone, romanised in either order, foreign in Hangul or
Latin, split by a space or an invisible character), and members' addresses (road name,
lot number, apartment 동/호, floors, partial ones)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from t12_lex import (
    ACTORS,
    CHARACTERS,
    DIRECTORS,
    FOREIGN_HANGUL,
    FOREIGN_LATIN,
    GIVEN,
    GIVEN_ADULT,
    GIVEN_OLD,
    GIVEN_YOUNG,
    RARE_SURNAMES,
    RESERVED,
    ROMAN_GIVEN,
    ROMAN_SURNAME,
    SURNAMES,
)
from t12_values import ZW

PUBLIC = set(ACTORS) | set(DIRECTORS) | set(CHARACTERS) | RESERVED
FAMILY_NAME_FIRST = ("응우옌", "쩐", "팜", "왕", "류", "장", "사토", "다카하시",
                     "Nguyen", "Tran", "Wang", "Sato", "Takahashi")


@dataclass
class Person:
    full: str
    given: str


def _korean(r: random.Random, givens: list[str]) -> Person:
    while True:
        sur = r.choice(RARE_SURNAMES) if r.random() < 0.09 else r.choice(SURNAMES)
        given = r.choice(givens)
        if sur + given not in PUBLIC:
            break
    x = r.random()
    if x < 0.05:
        full = sur + r.choice(ZW) + given
    elif x < 0.09:
        full = f"{sur} {given}"
    else:
        full = sur + given
    return Person(full, given)


def _roman(r: random.Random) -> Person:
    sur = r.choice(sorted(ROMAN_SURNAME))
    given = r.choice(sorted(ROMAN_GIVEN))
    s, g = ROMAN_SURNAME[sur], ROMAN_GIVEN[given]
    forms = [f"{s} {g}", f"{g} {s}", f"{s.upper()} {g.replace('-', '')}",
             f"{g.replace('-', '').capitalize()} {s.upper()}", f"{s} {g.replace('-', ' ').title()}"]
    return Person(r.choice(forms), g)


def _foreign(r: random.Random) -> Person:
    full = r.choice(FOREIGN_HANGUL if r.random() < 0.55 else FOREIGN_LATIN)
    parts = full.split()
    if len(parts) == 1:
        return Person(full, full)
    given = parts[-1] if parts[0] in FAMILY_NAME_FIRST else parts[0]
    return Person(full, given if len(given) > 1 else full)


def person(r: random.Random, kind: str = "any") -> Person:
    """``kind``: "any" (mostly Korean), "korean" (adults, old names too), "kid" (young names)."""
    if kind == "kid":
        return _korean(r, GIVEN_YOUNG)
    if kind == "korean":
        return _korean(r, GIVEN_ADULT + GIVEN_OLD)
    x = r.random()
    if x < 0.12:
        return _foreign(r)
    if x < 0.2:
        return _roman(r)
    return _korean(r, GIVEN)


# --- addresses -------------------------------------------------------------------------------

AREAS = [  # (region forms, district, 동 names, road names)
    (("서울", "서울시", "서울특별시"), "마포구", ("망원동", "연남동", "성산동"), ("월드컵로", "성미산로", "동교로")),
    (("서울", "서울시"), "관악구", ("봉천동", "신림동"), ("관악로", "남부순환로")),
    (("서울", "서울특별시"), "노원구", ("상계동", "중계동"), ("동일로", "한글비석로")),
    (("서울",), "강서구", ("화곡동", "등촌동"), ("강서로", "공항대로")),
    (("경기", "경기도"), "성남시 분당구", ("정자동", "서현동"), ("불정로", "황새울로")),
    (("경기", "경기도"), "고양시 일산서구", ("주엽동", "대화동"), ("중앙로", "킨텍스로")),
    (("경기",), "수원시 영통구", ("매탄동", "원천동"), ("매봉로", "광교호수로")),
    (("부산", "부산시", "부산광역시"), "해운대구", ("좌동", "우동"), ("해운대로", "좌동순환로")),
    (("부산",), "사하구", ("하단동", "괴정동"), ("낙동대로", "다대로")),
    (("대구", "대구광역시"), "수성구", ("범어동", "만촌동"), ("달구벌대로", "동대구로")),
    (("인천", "인천시"), "남동구", ("구월동", "논현동"), ("인하로", "예술로")),
    (("광주",), "북구", ("용봉동", "운암동"), ("설죽로", "서하로")),
    (("대전", "대전시"), "유성구", ("봉명동", "노은동"), ("유성대로", "노은로")),
    (("충남",), "천안시 서북구", ("불당동", "쌍용동"), ("불당대로", "쌍용대로")),
    (("전북", "전라북도"), "전주시 덕진구", ("송천동", "인후동"), ("백제대로", "송천중앙로")),
    (("제주", "제주도"), "제주시", ("노형동", "이도이동"), ("노형로", "연북로")),
]
COMPLEXES = ["래미안", "힐스테이트", "푸르지오", "자이", "e편한세상", "롯데캐슬", "아이파크", "주공",
             "현대", "한신", "은하수마을", "꿈에그린", "청솔마을", "한빛", "삼익"]


def _unit(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        apt = r.choice(COMPLEXES) + r.choice(["", "아파트", " 2단지", "3차"])
        return f"{apt} {r.randint(101, 125)}동 {r.randint(1, 25)}{r.randint(1, 8):02d}호"
    if x < 0.6:
        return f"{r.choice(['해오름', '다온', '그린', '태양'])}빌라 {r.randint(1, 4)}0{r.randint(1, 4)}호"
    if x < 0.75:
        return f"{r.randint(2, 12)}층"
    if x < 0.85:
        return f"{r.randint(1, 15)}0{r.randint(1, 9)}호"
    return ""


def address(r: random.Random) -> str:
    regions, district, dongs, roads = r.choice(AREAS)
    head = f"{r.choice(regions)} {district}"
    unit = _unit(r)
    if r.random() < 0.55:
        road = r.choice(roads)
        if r.random() < 0.5:
            road += f"{r.randint(1, 40)}{r.choice(['길', '번길'])}"
        base = f"{head} {road} {r.randint(1, 250)}"
        sep = r.choice([", ", " ", ", "])
    else:
        base = f"{head} {r.choice(dongs)} {r.randint(1, 1500)}-{r.randint(1, 40)}"
        sep = " "
    return base + (sep + unit if unit else "")


def partial_address(r: random.Random) -> str:
    _, district, dongs, roads = r.choice(AREAS)
    dong = r.choice(dongs)
    return r.choice([f"{dong} {r.randint(1, 900)}-{r.randint(1, 30)} {r.randint(2, 5)}층",
                     f"{dong} {r.choice(COMPLEXES)} {r.randint(101, 118)}동",
                     f"{district.split()[-1]} {dong} {r.choice(COMPLEXES)}아파트 {r.randint(101, 118)}동 {r.randint(2, 19)}0{r.randint(1, 6)}호",
                     f"{r.choice(roads)} {r.randint(3, 180)} {r.randint(1, 9)}0{r.randint(1, 5)}호"])


assert not set(GIVEN) & PUBLIC

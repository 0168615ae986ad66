"""Filling test15's frames with marked-up values (bench only): personal slots get fresh
values, look-alike slots get public names, published contacts and order-like numbers."""

from __future__ import annotations

import re

import t15_values as v

ACTORS = ["송강호", "전도연", "마동석", "이병헌", "김혜수", "공유", "배두나", "류준열", "한소희",
          "Tom Cruise", "Zendaya", "티모시 샬라메", "Florence Pugh", "정우성", "이정재"]
FILMS = ["기생충", "범죄도시3", "밀수", "콘크리트 유토피아", "웡카", "탈주",
         "핸섬가이즈", "Oppenheimer", "Barbie", "엘리멘탈", "드라이브", "소년시대", "노량"]
DIRECTORS = ["박찬욱", "이창동", "류승완", "홍상수", "Christopher Nolan", "Greta Gerwig", "나홍진"]
CHARACTERS = ["해리 포터", "헤르미온느", "엘사", "아이언맨", "조커", "기훈", "동은", "우영우"]
ATHLETES = ["김연경", "류현진", "이정후", "김민재", "안세영"]
BRANCHES = [("합정점", "02-3391-4400", "서울 마포구 양화로 45 메세나폴리스 4층"),
            ("수원광교점", "031-8022-7700", "경기 수원시 영통구 광교호수공원로 80 5층"),
            ("해운대점", "051-745-2200", "부산 해운대구 해운대로 620 3층"),
            ("일산점", "031-901-3300", "경기 고양시 일산동구 중앙로 1275 7층"),
            ("대구동성로점", "053-421-9900", "대구 중구 동성로 22 6층")]
OPERATOR = ["1661-9265", "help@mecross.net", "mktlee@mecross.net", "070-8290-9005",
            "080-000-0000", "서울시 마포구 동교동 154-23 3층"]
FORMS = ["홍길동", "010-0000-0000", "010-1234-5678", "example@example.com", "000000-0000000",
         "xxx@xxx.com"]
MASKED = ["김*준", "이**", "010-****-3321", "****-****-****-1234", "ab***@naver.com", "박○○"]
HANDLES = ["무비러버", "@cine_k", "popcornking", "영화덕후99", "밤도깨비", "@hana_movie"]
_SLOT = re.compile(r"\{([A-Z0-9]+)\}")


def _negative(r, slot: str) -> str | None:
    simple = {"ACTOR": ("actor", ACTORS), "FILM": ("film_title", FILMS),
              "DIR": ("director", DIRECTORS), "CHAR": ("character", CHARACTERS),
              "ATH": ("athlete", ATHLETES), "OPC": ("operator_contact", OPERATOR),
              "FORM": ("form_example", FORMS), "MASK": ("masked_value", MASKED),
              "HANDLE": ("handle", HANDLES)}
    if slot in simple:
        kind, pool = simple[slot]
        return v.m(kind, r.choice(pool))
    numbers = {"BOOK": "booking_number", "GIFT": "gift_card", "TRACK": "tracking_number",
               "ORDER": "order_number", "PRICE": "price", "SEAT": "seat", "TIME": "time",
               "DATE": "date", "APPROVAL": "approval_number", "MEMBER": "member_number"}
    if slot in numbers:
        return v.m(numbers[slot], v.negative_value(r, numbers[slot]))
    return None


def _personal(r, slot: str, banned: set[str]) -> str:
    makers = {"PH": ("PHONE", lambda: v.phone(r)), "E": ("EMAIL", lambda: v.email(r)),
              "A": ("ADDRESS", lambda: v.address(r)), "ACC": ("ACCOUNT", lambda: v.account(r)),
              "C": ("CARD", lambda: v.card(r)), "R": ("RRN", lambda: v.rrn(r)),
              "F": ("FRN", lambda: v.rrn(r, foreigner=True)), "PP": ("PASSPORT", lambda: v.passport(r)),
              "DL": ("DRIVER_LICENSE", lambda: v.licence(r)), "IP": ("IP", lambda: v.ip(r)),
              "P": ("PERSON", lambda: v.person(r, banned)), "P2": ("PERSON", lambda: v.person(r, banned))}
    entity, make = makers[slot]
    return v.m(entity, make())


def fill(r, frame: str, banned: set[str]) -> str:
    """``frame`` with every slot replaced; a slot named twice keeps its first value. The
    branch's name, phone and address come from one published record."""
    branch = r.choice(BRANCHES)
    chosen: dict[str, str] = {"BR": v.m("branch", branch[0]), "BP": v.m("business_phone", branch[1]),
                              "BA": v.m("business_address", branch[2])}

    def value(match: re.Match) -> str:
        slot = match.group(1)
        if slot not in chosen:
            chosen[slot] = _negative(r, slot) or _personal(r, slot, banned)
        return chosen[slot]

    return _SLOT.sub(value, frame)

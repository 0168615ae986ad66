"""Invented personal values for test9, each in the shapes people really type them.

Check digits follow the public rules (RRN, FRN, Luhn) most of the time and are broken on
purpose now and then, since post-2020 RRNs and mistyped cards exist too. Every function
takes the generator's ``random.Random`` so the set is the same on every run.
"""

from __future__ import annotations

import calendar

from t9_build import Val, pii
from t9_lexicon import (
    FOREIGN,
    GIVEN,
    GIVEN_ONE,
    PUBLIC_SET,
    ROMAN_GIVEN,
    ROMAN_SURNAME,
    SURNAMES_COMMON,
    SURNAMES_RARE,
)
from t9_places import address_text

HANGUL_DIGITS = "공일이삼사오육칠팔구"
INVISIBLE = ["\u200b", "\u200c", "\u2060", "\ufeff"]


def digits(r, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _birth(r, lo: int, hi: int) -> tuple[int, int, int]:
    year = r.randint(lo, hi)
    month = r.randint(1, 12)
    return year, month, r.randint(1, calendar.monthrange(year, month)[1])


def _id_number(r, foreign: bool, born: tuple[int, int]) -> str:
    year, month, day = _birth(r, *born)
    female = r.random() < 0.5
    base = (5 if foreign else 1) + (2 if year >= 2000 else 0) + int(female)
    front = f"{year % 100:02d}{month:02d}{day:02d}{base}"
    if foreign:
        middle = f"{r.randrange(0, 48) * 2:02d}" + digits(r, 2) + str(r.randint(6, 9))
    else:
        middle = f"{r.randint(0, 95):02d}" + digits(r, 3)
    body = front + middle
    total = sum(w * int(d) for w, d in zip((2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), body, strict=True))
    check = ((13 if foreign else 11) - total % 11) % 10
    if r.random() < 0.1:  # a post-2020 number or a typo: the check digit does not hold
        check = (check + r.randint(1, 9)) % 10
    return body + str(check)


def _sep_id(r, digits: str) -> str:
    sep = r.choices(["-", "", " ", "ㅡ", " - ", "–"], [70, 10, 8, 5, 4, 3])[0]
    return digits[:6] + sep + digits[6:]


ADULT = (1946, 2005)
CHILD = (2010, 2016)


def rrn(r, born: tuple[int, int] = ADULT) -> Val:
    """A resident registration number of someone born in the ``born`` years."""
    return pii(_sep_id(r, _id_number(r, False, born)), "RRN")


def frn(r) -> Val:
    return pii(_sep_id(r, _id_number(r, True, (1960, 2006))), "FRN")


def _phone_parts(r, mobile: bool) -> list[str]:
    kind = "mobile" if mobile else r.choices(["mobile", "old", "land", "voip", "safe"],
                                             [70, 4, 14, 6, 6])[0]
    if kind == "mobile":
        return ["010", str(r.randint(2, 9)) + digits(r, 3), digits(r, 4)]
    if kind == "old":
        return [r.choice(["011", "016", "017", "019"]), str(r.randint(2, 9)) + digits(r, 2),
                digits(r, 4)]
    if kind == "land":
        area = r.choice(["02", "031", "032", "033", "041", "042", "043", "044", "051", "052",
                         "053", "054", "055", "061", "062", "063", "064"])
        return [area, str(r.randint(2, 9)) + digits(r, r.choice([2, 3])), digits(r, 4)]
    if kind == "voip":
        return ["070", str(r.randint(2, 9)) + digits(r, 3), digits(r, 4)]
    return [r.choice(["0502", "0504", "0505", "0507"]), str(r.randint(1, 9)) + digits(r, 3),
            digits(r, 4)]


def _spell(part: str) -> str:
    return "".join(HANGUL_DIGITS[int(d)] for d in part)


def phone(r, mobile: bool = False) -> Val:
    """A phone number; ``mobile`` where the post speaks of text messages."""
    parts = _phone_parts(r, mobile)
    style = r.choices(["dash", "none", "space", "dot", "intl", "hangul", "mixed", "wide"],
                      [50, 12, 10, 7, 6, 5, 5, 5])[0]
    if style == "none":
        text = "".join(parts)
    elif style == "space":
        text = " ".join(parts)
    elif style == "dot":
        text = ".".join(parts)
    elif style == "intl" and parts[0].startswith("0"):
        text = "+82 " + parts[0][1:] + "-" + "-".join(parts[1:])
    elif style == "hangul":
        text = " ".join(_spell(p) for p in parts)
    elif style == "mixed":
        text = parts[0] + "-" + _spell(parts[1]) + "-" + parts[2]
    elif style == "wide":
        text = " - ".join(parts)
    else:
        text = "-".join(parts)
    return pii(text, "PHONE")


EMAIL_DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
                 "hotmail.com", "outlook.kr", "icloud.com", "yahoo.co.kr", "snu.ac.kr",
                 "korea.ac.kr", "samsung.com", "proton.me", "gmx.de", "yandex.ru"]
LOCAL_WORDS = ["movie", "cine", "popcorn", "happy", "sunny", "blue", "star", "dream", "luv",
               "film", "night", "moon", "jjang", "gom", "tiger", "mint"]


def _local(r) -> str:
    sur = r.choice(list(ROMAN_SURNAME.values())).lower()
    given = r.choice(list(ROMAN_GIVEN.values())).lower().replace("-", "")
    shape = r.randrange(5)
    if shape == 0:
        return f"{given}.{sur}"
    if shape == 1:
        return f"{sur}{given}{r.randint(70, 99)}"
    if shape == 2:
        return f"{r.choice(LOCAL_WORDS)}_{given[:3]}{r.randint(1, 999)}"
    if shape == 3:
        return f"{given[0]}{sur}{r.randint(1, 31):02d}{r.randint(1, 12):02d}"
    return f"{r.choice(LOCAL_WORDS)}{r.choice(LOCAL_WORDS)}{r.randint(0, 9)}"


def email(r) -> Val:
    local, domain = _local(r), r.choice(EMAIL_DOMAINS)
    name, _, tld = domain.partition(".")
    style = r.choices(["plain", "at", "paren", "gol", "spaced", "dot", "wide"],
                      [55, 10, 8, 10, 7, 5, 5])[0]
    text = {"plain": f"{local}@{domain}", "at": f"{local} [at] {domain}",
            "paren": f"{local}(at){domain}", "gol": f"{local}골뱅이{domain}",
            "spaced": f"{local} @ {domain}", "dot": f"{local} at {name} dot {tld}",
            "wide": f"{local}＠{domain}"}[style]
    return pii(text, "EMAIL")


def luhn_digit(body: str) -> str:
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def card(r) -> Val:
    prefix, length = r.choice([("4", 16), ("5" + str(r.randint(1, 5)), 16), ("9410", 16),
                               ("9490", 16), ("3" + r.choice("47"), 15), ("35" + str(r.randint(28, 89)), 16),
                               ("62", 16), ("4", 16), ("5", 16)])
    if prefix == "5":
        prefix = "5" + str(r.randint(1, 5))
    body = prefix + digits(r, length - len(prefix) - 1)
    number = body + luhn_digit(body)
    if r.random() < 0.08:
        number = number[:-1] + str((int(number[-1]) + r.randint(1, 9)) % 10)
    groups = [number[:4], number[4:10], number[10:]] if length == 15 else \
        [number[i:i + 4] for i in range(0, 16, 4)]
    sep = r.choices(["-", " ", "", "–"], [60, 25, 10, 5])[0]
    return pii(sep.join(groups), "CARD")


ACCOUNT_SHAPES = {"국민은행": (6, 2, 6), "신한": (3, 3, 6), "우리은행": (4, 3, 6), "하나은행": (3, 6, 5),
                  "농협": (3, 4, 4, 2), "카카오뱅크": (4, 2, 7), "토스뱅크": (4, 4, 4),
                  "기업은행": (3, 6, 2, 3), "새마을금고": (4, 2, 6, 1), "우체국": (6, 2, 6),
                  "SC제일은행": (3, 2, 6), "케이뱅크": (3, 3, 6), "부산은행": (3, 4, 4, 2),
                  "대구은행": (3, 2, 6, 1), "수협": (3, 2, 6)}


def account(r, bank: str) -> Val:
    shape = ACCOUNT_SHAPES[bank]
    parts = [digits(r, n) for n in shape]
    if bank == "카카오뱅크":
        parts[0] = "3333"
    sep = r.choices(["-", "", " "], [75, 18, 7])[0]
    return pii(sep.join(parts), "ACCOUNT")


def passport(r) -> Val:
    letter = r.choice("MMMMSRDO")
    if r.random() < 0.65:
        text = f"{letter}{digits(r, 3)}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(r, 4)}"
    elif r.random() < 0.7:
        text = f"{letter}{digits(r, 8)}"
    else:  # a foreign member's passport (Vietnam, China, Philippines styles)
        text = r.choice([f"C{digits(r, 7)}", f"E{digits(r, 8)}", f"P{digits(r, 7)}A"])
    return pii(text.lower() if r.random() < 0.05 else text, "PASSPORT")


LICENCE_REGIONS = {"서울": 11, "부산": 12, "경기": 13, "강원": 14, "충북": 15, "충남": 16,
                   "전북": 17, "전남": 18, "경북": 19, "경남": 20, "제주": 21, "대구": 22,
                   "인천": 23, "광주": 24, "대전": 25, "울산": 26}


def licence(r) -> Val:
    year, serial, tail = f"{r.randint(80, 124) % 100:02d}", digits(r, 6), digits(r, 2)
    if r.random() < 0.18:
        region = r.choice(list(LICENCE_REGIONS))
        return pii(f"{region} {year}-{serial}-{tail}", "DRIVER_LICENSE")
    code = str(r.choice(list(LICENCE_REGIONS.values()) + [28]))
    sep = r.choices(["-", " ", ""], [75, 12, 13])[0]
    return pii(sep.join([code, year, serial, tail]), "DRIVER_LICENSE")


def ip(r) -> Val:
    if r.random() < 0.12:
        groups = ["2001", "e60", format(r.randrange(1, 0xffff), "x"),
                  format(r.randrange(1, 0xffff), "x"), "", format(r.randrange(1, 0xffff), "x")]
        return pii(":".join(groups), "IP")
    first = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 124, 175,
                      180, 182, 183, 210, 211, 218, 220, 222, 223])
    return pii(f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP")


def surname(r) -> str:
    return r.choice(SURNAMES_RARE) if r.random() < 0.12 else r.choice(SURNAMES_COMMON)


def given(r) -> str:
    return r.choice(GIVEN)


def korean_name(r) -> tuple[str, str]:
    """A (surname, given) pair that is no public figure, character or form example."""
    while True:
        sur = surname(r)
        first = r.choice(GIVEN_ONE) if r.random() < 0.12 else given(r)
        if sur + first not in PUBLIC_SET:
            return sur, first


def person(r, allow_foreign: bool = True) -> Val:
    """A full name as written: usually plain Hangul, sometimes spaced, split by an
    invisible character, romanised, or a foreign name in Hangul or Latin script."""
    roll = r.random()
    if allow_foreign and roll < 0.14:
        hangul, latin = r.choice(FOREIGN)
        return pii(latin if r.random() < 0.45 else hangul, "PERSON")
    sur, first = korean_name(r)
    if roll < 0.22 and sur in ROMAN_SURNAME and first in ROMAN_GIVEN:
        rs, rg = ROMAN_SURNAME[sur], ROMAN_GIVEN[first]
        text = r.choice([f"{rs} {rg}", f"{rg} {rs}", f"{rs.upper()} {rg.upper().replace('-', '')}",
                         f"{rs} {rg.replace('-', '').lower().capitalize()}"])
        return pii(text, "PERSON")
    if roll < 0.27:
        return pii(f"{sur} {first}", "PERSON")
    if roll < 0.31:
        return pii(sur + r.choice(INVISIBLE) + first, "PERSON")
    return pii(sur + first, "PERSON")


def korean_person(r) -> tuple[Val, Val]:
    """A Korean full name and the given name alone (for a later, familiar mention)."""
    while True:
        sur, first = korean_name(r)
        if len(first) == 2:  # a one-syllable given name is not used alone
            return pii(sur + first, "PERSON"), pii(first, "PERSON")


def address(r) -> Val:
    return pii(address_text(r), "ADDRESS")

"""Identifier values for test8 spans, written the many ways people really type them:
dashes, dots, spaces, none, full-width digits, Hangul digits, "at"/"골뱅이" e-mails, +82
phones.  Structured numbers (RRN, FRN, cards) carry valid check digits most of the time,
as real ones do, and sometimes not, as mistyped or post-2020 RRNs do."""

from __future__ import annotations

HANGUL_DIGIT = dict(zip("0123456789", "공일이삼사오육칠팔구", strict=True))
HANGUL_DIGIT_ALT = dict(zip("0123456789", "영일이삼사오육칠팔구", strict=True))


def digits(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def full_width(value: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c == "-" else c for c in value)


def hangul_digits(value: str, rng) -> str:
    table = HANGUL_DIGIT if rng.random() < 0.7 else HANGUL_DIGIT_ALT
    return "".join(table.get(c, c) for c in value)


def join(groups: list[str], rng, seps=("-", "-", "-", " ", ".", "")) -> str:
    return rng.choice(seps).join(groups)


def birth_date(rng) -> tuple[str, bool]:
    """YYMMDD and whether the person was born in the 2000s."""
    year = rng.randint(1938, 2011)
    return f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}", year >= 2000


def _rrn_check(first12: str, offset: int) -> str:
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    total = sum(int(d) * w for d, w in zip(first12, weights, strict=True))
    return str((offset - total % 11) % 10)


def _registration(rng, genders_1900, genders_2000, offset) -> str:
    born, y2k = birth_date(rng)
    gender = rng.choice(genders_2000 if y2k else genders_1900)
    body = born + gender + digits(rng, 5)
    check = _rrn_check(body, offset) if rng.random() < 0.85 else digits(rng, 1)
    full = body + check
    form = rng.random()
    if form < 0.62:
        return f"{full[:6]}-{full[6:]}"
    if form < 0.76:
        return full
    if form < 0.86:
        return f"{full[:6]} - {full[6:]}"
    if form < 0.93:
        return full_width(f"{full[:6]}-{full[6:]}")
    return f"{full[:6]} {full[6:]}"


def rrn(rng) -> str:
    return _registration(rng, "12", "34", 11)


def frn(rng) -> str:
    return _registration(rng, "56", "78", 13)


def _mobile_groups(rng) -> list[str]:
    if rng.random() < 0.1:
        return [rng.choice(["011", "016", "017", "019"]), digits(rng, 3), digits(rng, 4)]
    return ["010", str(rng.randint(2, 9)) + digits(rng, 3), digits(rng, 4)]


def _landline_groups(rng) -> list[str]:
    area = rng.choice(["02", "031", "032", "033", "041", "042", "043", "051", "052", "053",
                       "054", "055", "061", "062", "063", "064", "070"])
    middle = str(rng.randint(2, 9)) + digits(rng, rng.choice([2, 3]))
    return [area, middle, digits(rng, 4)]


def phone(rng) -> str:
    groups = _mobile_groups(rng) if rng.random() < 0.8 else _landline_groups(rng)
    form = rng.random()
    if form < 0.42:
        return "-".join(groups)
    if form < 0.54:
        return "".join(groups)
    if form < 0.61:
        return ".".join(groups)
    if form < 0.68:
        return " ".join(groups)
    if form < 0.73:
        return "ㅡ".join(groups)
    if form < 0.79 and groups[0].startswith("0"):
        sep = rng.choice(["-", " ", ""])
        return f"+82 {groups[0][1:]}{sep}{groups[1]}{sep}{groups[2]}" if sep else "+82" + "".join(groups)[1:]
    if form < 0.84:
        return f"({groups[0]}) {groups[1]}-{groups[2]}" if rng.random() < 0.5 else f"{groups[0]}){groups[1]}-{groups[2]}"
    if form < 0.9:
        return full_width("-".join(groups))
    if form < 0.95:
        return hangul_digits(rng.choice([" ", "-", ""]).join(groups), rng)
    mixed = groups[:2] + [hangul_digits(groups[2], rng)]
    return " ".join(mixed)


EMAIL_DOMAINS = [
    "naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "hotmail.com",
    "icloud.com", "yahoo.co.kr", "korea.ac.kr", "snu.ac.kr", "outlook.com", "proton.me",
    "hanyang-univ.kr", "seoulmedia.co.kr", "NAVER.COM", "Gmail.com", "hanmir.com", "lycos.co.kr",
    "dongnae-clinic.co.kr", "busan.go.kr",
]
LOCAL_WORDS = ["sky", "movie", "blue", "cine", "mint", "luna", "jjang", "bbang", "star", "dreamer", "popcorn"]


def _local_part(rng) -> str:
    sur = rng.choice(["kim", "lee", "park", "choi", "jung", "kang", "yoon", "han", "seo", "namgung"])
    given = rng.choice(["minsu", "seoyeon", "jihoon", "haeun", "doyun", "sujin", "yuna", "jy", "hw", "dh"])
    shape = rng.randrange(6)
    if shape == 0:
        return f"{given}.{sur}"
    if shape == 1:
        return f"{sur}{given}{rng.randint(70, 99)}"
    if shape == 2:
        return f"{rng.choice(LOCAL_WORDS)}_{given}{digits(rng, rng.choice([2, 4]))}"
    if shape == 3:
        return f"{given[0]}{sur}{rng.randint(1, 9999)}"
    if shape == 4:
        return f"{rng.choice(LOCAL_WORDS)}{rng.choice(LOCAL_WORDS)}{rng.randint(1, 99)}"
    return f"{sur}_{given}"


def email(rng) -> str:
    local, domain = _local_part(rng), rng.choice(EMAIL_DOMAINS)
    if rng.random() < 0.1:
        local = local.capitalize()
    form = rng.random()
    if form < 0.74:
        return f"{local}@{domain}"
    if form < 0.8:
        return f"{local} at {domain.replace('.', ' dot ')}"
    if form < 0.86:
        return f"{local}골뱅이{domain}"
    if form < 0.9:
        return f"{local}(at){domain}"
    if form < 0.94:
        return f"{local}＠{domain}"
    if form < 0.97:
        return f"{local} @ {domain}"
    return f"{local}[at]{domain.replace('.', '[dot]')}"


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng) -> str:
    prefix = rng.choice(["4", "4", "51", "53", "55", "9410", "9430", "62", "35", "37"])
    length = 15 if prefix == "37" else 16
    number = _luhn_complete(prefix + digits(rng, length - len(prefix) - 1))
    if rng.random() < 0.1:
        number = number[:-1] + str((int(number[-1]) + 3) % 10)  # a mistyped last digit
    groups = ([number[:4], number[4:10], number[10:]] if length == 15
              else [number[i:i + 4] for i in range(0, 16, 4)])
    form = rng.random()
    if form < 0.5:
        return "-".join(groups)
    if form < 0.78:
        return " ".join(groups)
    if form < 0.9:
        return number
    if form < 0.95:
        return full_width("-".join(groups))
    return ".".join(groups)


# bank -> group lengths of its account numbers, as the banks print them
BANKS = {
    "국민": [6, 2, 6], "KB국민": [6, 2, 6], "신한": [3, 3, 6], "우리": [4, 3, 6], "하나": [3, 6, 5],
    "농협": [3, 4, 4, 2], "NH농협": [3, 4, 4, 2], "기업": [3, 6, 2, 3], "카카오뱅크": [4, 2, 7],
    "토스뱅크": [4, 4, 4], "케이뱅크": [3, 3, 6], "새마을금고": [4, 4, 4, 1], "우체국": [6, 2, 6],
    "SC제일": [3, 2, 6], "부산": [3, 4, 4, 2], "대구": [3, 2, 6, 1], "수협": [4, 4, 4],
}


def account(rng) -> tuple[str, str]:
    """(bank name, account number as written)."""
    bank = rng.choice(sorted(BANKS))
    groups = [digits(rng, n) for n in BANKS[bank]]
    if bank == "카카오뱅크":
        groups[0] = "3333"
    form = rng.random()
    if form < 0.7:
        return bank, "-".join(groups)
    if form < 0.9:
        return bank, "".join(groups)
    return bank, " ".join(groups)


def passport(rng) -> str:
    letter = rng.choice("MMMMMSRGD")
    value = letter + digits(rng, 8)
    if rng.random() < 0.4:
        value = letter + digits(rng, 3) + rng.choice("ABCDEFGHJK") + digits(rng, 4)
    if rng.random() < 0.12:
        value = value.lower()
    return value


DL_REGIONS = ["서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "대구", "인천", "광주", "대전", "울산"]


def driver_license(rng) -> str:
    region = str(rng.randint(11, 28))
    year = f"{rng.randint(0, 26):02d}" if rng.random() < 0.6 else f"{rng.randint(85, 99)}"
    groups = [region, year, digits(rng, 6), digits(rng, 2)]
    form = rng.random()
    if form < 0.55:
        return "-".join(groups)
    if form < 0.7:
        return f"{rng.choice(DL_REGIONS)} {'-'.join(groups[1:])}"
    if form < 0.82:
        return " ".join(groups)
    if form < 0.92:
        return "".join(groups)
    return f"{groups[0]}-{groups[1]}-{groups[2]}{groups[3]}"


def ip_address(rng) -> str:
    if rng.random() < 0.14:
        prefix = rng.choice(["2001:2d8", "2406:5900", "2001:e60", "2404:e800"])
        if rng.random() < 0.5:  # all eight groups
            return prefix + ":" + ":".join(format(rng.randrange(1, 0xFFFF), "x") for _ in range(6))
        tail = ":".join(format(rng.randrange(1, 0xFFFF), "x") for _ in range(rng.randint(1, 4)))
        return f"{prefix}::{tail}"
    first = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 118, 121, 175, 180, 183, 211, 220, 222])
    return ".".join(str(n) for n in [first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)])

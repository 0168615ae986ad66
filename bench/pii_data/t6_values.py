"""test6: structured identifiers and addresses, in the layouts people really type.

Each function returns the value exactly as it appears in the text; the whole string is the
labelled span.
"""

from __future__ import annotations

HANGUL_DIGITS = "공일이삼사오육칠팔구"


def _digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _birth(rng) -> str:
    return f"{rng.randint(40, 99) if rng.random() < 0.8 else rng.randint(0, 9):02d}" \
           f"{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"


def _rrn_check(first12: str) -> str:
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    total = sum(int(d) * w for d, w in zip(first12, weights, strict=True))
    return str((11 - total % 11) % 10)


def _resident(rng, gender_digits: str) -> tuple[str, str]:
    """Birth date, then the sex/century digit that fits it (1-2 or 5-6 before 2000, else 3-4
    or 7-8), five more digits and the check digit (wrong in one number out of seven)."""
    front = _birth(rng)
    pair = gender_digits[:2] if int(front[:2]) > 25 else gender_digits[2:]
    body = rng.choice(pair) + _digits(rng, 5)
    back = body + (_rrn_check(front + body) if rng.random() < 0.85 else _digits(rng, 1))
    return front, back


def _join(rng, front: str, back: str) -> str:
    sep = rng.choice(["-", "-", "-", " - ", "", " ", "–", "ㅡ"])
    return front + sep + back


def rrn(rng) -> str:
    return _join(rng, *_resident(rng, "1234"))


def frn(rng) -> str:
    return _join(rng, *_resident(rng, "5678"))


def _phone_parts(rng) -> list[str]:
    roll = rng.random()
    if roll < 0.75:
        return ["010", _digits(rng, 4), _digits(rng, 4)]
    if roll < 0.85:
        return [rng.choice(["02", "051", "031", "032", "062", "064"]), _digits(rng, 3),
                _digits(rng, 4)]
    return [rng.choice(["011", "016", "019", "070"]), _digits(rng, 3 + rng.randrange(2)),
            _digits(rng, 4)]


def phone(rng) -> str:
    parts = _phone_parts(rng)
    head = "".join(HANGUL_DIGITS[int(d)] for d in parts[0])
    forms = ["-".join(parts)] * 4 + [" ".join(parts), "".join(parts), ".".join(parts),
                                     "-".join(p.replace("0", "O") for p in parts),
                                     head + " " + " ".join(parts[1:]), " - ".join(parts),
                                     "ㅡ".join(parts)]
    if parts[0] == "010":
        forms.append("+82 10-" + "-".join(parts[1:]))
    return rng.choice(forms)


def phone_obfuscated(rng) -> str:
    parts = _phone_parts(rng)
    return rng.choice([
        "".join(HANGUL_DIGITS[int(d)] for d in "".join(parts)),
        parts[0] + " " + "".join(HANGUL_DIGITS[int(d)] for d in parts[1]) + " " + parts[2],
        " ".join("".join(parts)),
        parts[0].replace("0", "o") + "-" + parts[1] + "-" + parts[2].replace("0", "O"),
    ])


LOCAL_A = ["sky", "moon", "cine", "popcorn", "hana", "blue", "jjang", "star", "minty", "happy",
           "sweet", "nabi", "tiger", "gogo", "daily", "lucky", "snow", "byeol", "coffee", "film"]
LOCAL_B = ["lover", "kid", "day", "_92", "0412", "88", "mania", "_zz", ".kr", "_01", "77", "dream"]
DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
           "hotmail.com", "icloud.com", "outlook.kr", "korea.ac.kr", "snu.ac.kr"]


def _local(rng) -> str:
    local = rng.choice(LOCAL_A) + rng.choice(LOCAL_B)
    if rng.random() < 0.3:
        local = local.replace("_", ".") + str(rng.randint(1, 99))
    return local


def email(rng) -> str:
    local, dom = _local(rng), rng.choice(DOMAINS)
    if rng.random() < 0.15:
        return f"{local}＠{dom}"
    return f"{local}@{dom}"


def email_obfuscated(rng) -> str:
    local, dom = _local(rng), rng.choice(DOMAINS)
    name, _, tld = dom.partition(".")
    return rng.choice([f"{local} [at] {name} [dot] {tld}", f"{local} @ {dom}",
                       f"{local}(골뱅이){dom}", f"{local} 골뱅이 {name} 점 {tld}",
                       f"{local}(at){name}(dot){tld}", f"{local} at {name} dot {tld}",
                       f"{local}@ {dom}"])


def _luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng) -> str:
    roll = rng.random()
    if roll < 0.12:
        num = _luhn_complete("3" + rng.choice("47") + _digits(rng, 12))
        groups = [num[:4], num[4:10], num[10:]]
    else:
        prefix = rng.choice(["4", "5" + str(rng.randint(1, 5)), "9410", "6253"])
        num = _luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    sep = rng.choice(["-", "-", " ", "", "  ", "."])
    return sep.join(groups)


BANKS = {"국민": (6, 2, 6), "신한": (3, 3, 6), "우리": (4, 3, 6), "농협": (3, 4, 4, 2),
         "카카오뱅크": (4, 2, 7), "토스뱅크": (4, 4, 4), "하나": (3, 6, 5), "기업": (3, 6, 2, 3),
         "새마을금고": (4, 4, 4, 1), "우체국": (6, 2, 6), "SC제일": (3, 2, 6), "케이뱅크": (3, 3, 6),
         "수협": (4, 4, 4), "부산": (3, 4, 4, 2)}


def account(rng) -> tuple[str, str]:
    """(bank name, account number)."""
    bank = rng.choice(sorted(BANKS))
    groups = [_digits(rng, n) for n in BANKS[bank]]
    sep = "-" if rng.random() < 0.75 else rng.choice(["", " "])
    return bank, sep.join(groups)


def passport(rng) -> str:
    letter, eight = rng.choice("MMMMSRGD"), _digits(rng, 8)
    return rng.choice([letter + eight, letter + eight[:3] + rng.choice("ABCDEFGHJK") + eight[4:],
                       letter.lower() + eight, f"{letter} {eight[:4]} {eight[4:]}",
                       f"{letter}-{eight}", f"{letter}{eight[:3]} {eight[3:]}"])


LICENCE_REGIONS = ["서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남",
                   "제주", "대구", "인천", "광주", "대전", "울산"]


def licence(rng) -> str:
    region = f"{rng.randint(11, 28):02d}"
    year = f"{rng.randint(0, 24):02d}"
    serial, check = _digits(rng, 6), _digits(rng, 2)
    tail = serial + rng.choice(["-", "", " "]) + check
    return rng.choice([f"{region}-{year}-{tail}", f"{region}-{year}-{tail}",
                       f"{rng.choice(LICENCE_REGIONS)} {year}-{tail}",
                       f"{region} {year} {serial} {check}", f"{region}{year}{serial}{check}"])


def ip(rng) -> str:
    if rng.random() < 0.1:
        groups = [f"{rng.randrange(0x2001, 0x2a10):x}", f"{rng.randrange(65536):x}",
                  f"{rng.randrange(65536):x}", "", f"{rng.randrange(65536):x}"]
        return ":".join(groups)
    first = rng.choice([211, 121, 175, 58, 112, 118, 220, 61, 106, 183, 14, 1, 39, 223])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

"""Values for the blind test set test4: people, identifiers and hard negatives, each written
in the several layouts people use. Every function takes the generator's ``random.Random``.

Span conventions (what one labelled span covers):
- PERSON: the name only, without honorifics or particles; the spaces and invisible
  characters people put inside a name are part of it.
- ADDRESS: from the first place word (or the postal code written just before it) to the
  last detail (동/호/층), a complex name in parentheses included.
- ACCOUNT: the number only, not the bank name. DRIVER_LICENSE: the number, with the
  region word when the old ``서울 12-345678-90`` layout makes it part of the number.
- Obfuscated e-mail and phone forms: the whole written form (``abc [at] naver [dot] com``).
"""

from __future__ import annotations

import random

from t4_vocab import (
    BANKS,
    CARD_PREFIXES,
    COMPLEX_BRANDS,
    COMPLEX_STEMS,
    DONG_STEMS,
    EUP_MYEON,
    LICENCE_REGIONS,
    MAIL_DOMAINS,
    MAIL_WORDS,
    REGIONS,
    ROAD_STEMS,
    ROMAN_GIVEN,
    ROMAN_SURNAMES,
    SMALL_BUILDINGS,
)

HANGUL_DIGIT = "공일이삼사오육칠팔구"
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
CODE_CHARS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def one_of(r: random.Random, *forms, weights=None) -> str:
    """Build one of ``forms`` (zero-argument callables): only the chosen one draws numbers."""
    return r.choices(forms, weights=weights)[0]()


def digits(r: random.Random, n: int, lead_nonzero: bool = True) -> str:
    s = "".join(r.choice("0123456789") for _ in range(n))
    return (r.choice("123456789") + s[1:]) if lead_nonzero else s


def split(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_number(r: random.Random, prefix: str, length: int) -> str:
    body = prefix + digits(r, length - len(prefix) - 1, lead_nonzero=False)
    return next(body + c for c in "0123456789" if luhn_ok(body + c))


# --- identifiers ----------------------------------------------------------------------------

def _rrn_body(r: random.Random, foreign: bool) -> str:
    year = r.randint(1950, 2012)
    sex = (5 if year < 2000 else 7) if foreign else (1 if year < 2000 else 3)
    sex += r.randint(0, 1)
    body = f"{year % 100:02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{sex}{digits(r, 5, False)}"
    weights = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    check = ((13 if foreign else 11) - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11) % 10
    if r.random() < 0.4:  # numbers issued since October 2020 carry no checksum
        check = (check + r.randint(1, 9)) % 10
    return body + str(check)


def resident_number(r: random.Random, foreign: bool = False) -> str:
    s = _rrn_body(r, foreign)
    return one_of(r, lambda: f"{s[:6]}-{s[6:]}", lambda: f"{s[:6]} {s[6:]}", lambda: s,
                  lambda: f"{s[:6]} - {s[6:]}", lambda: f"{s[:6]}\u2013{s[6:]}",  # an en dash, as word processors turn it
                  lambda: fullwidth(f"{s[:6]}-{s[6:]}"), weights=(55, 13, 10, 8, 7, 7))


def fullwidth(s: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else {"-": "\uff0d"}.get(c, c) for c in s)


AREA_CODES = ["031", "032", "051", "053", "062", "042", "064", "033", "043", "055"]


def _local(r: random.Random, n: int) -> str:
    """A subscriber number after an area code: it never starts with 0 or 1."""
    return r.choice("23456789") + digits(r, n - 1, lead_nonzero=False)


def _mobile_digits(r: random.Random) -> str:
    return "010" + _local(r, 8)


def phone_plain(r: random.Random) -> str:
    d, sizes = one_of(
        r, lambda: (_mobile_digits(r), (3, 4, 4)),
        lambda: ("02" + _local(r, 7), (2, 3, 4)), lambda: ("02" + _local(r, 8), (2, 4, 4)),
        lambda: (r.choice(AREA_CODES) + _local(r, r.choice((7, 8))), None),
        lambda: ("070" + digits(r, 8), (3, 4, 4)), lambda: (r.choice(["0504", "0505"]) + digits(r, 7), (4, 3, 4)),
        weights=(70, 5, 5, 10, 6, 4))
    sizes = sizes or ((3, 3, 4) if len(d) == 10 else (3, 4, 4))
    forms = [lambda: split(d, sizes, "-"), lambda: d, lambda: split(d, sizes, " "), lambda: split(d, sizes, "."),
             lambda: f"({d[:sizes[0]]}) " + split(d[sizes[0]:], sizes[1:], "-"), lambda: fullwidth(split(d, sizes, "-"))]
    weights = [55, 12, 10, 7, 5, 5]
    if d.startswith("010"):
        forms.append(lambda: "+82 " + split(d[1:], (2, 4, 4), r.choice(["-", " "])))
        weights.append(6)
    return one_of(r, *forms, weights=weights)


def phone_obfuscated(r: random.Random) -> str:
    d = _mobile_digits(r)
    groups = [d[:3], d[3:7], d[7:]]
    hangul = "".join(HANGUL_DIGIT[int(c)] for c in d)
    k = r.randrange(3)
    mixed = [hangul[:3], hangul[3:7], hangul[7:]][k]
    return one_of(
        r,
        lambda: split(d, (3, 4, 4), "-").replace("0", r.choice("Oo")),  # the letter O for zero
        lambda: split(hangul.replace("공", r.choice("공영")), (3, 4, 4), r.choice([" ", "-", ""])),  # all in Hangul
        lambda: r.choice(["-", " "]).join(mixed if i == k else g for i, g in enumerate(groups)),  # one group in Hangul
        lambda: " ".join(d) if r.random() < 0.5 else "  ".join(" ".join(g) for g in groups),  # spaced digits
        lambda: split(d, (3, 4, 4), r.choice(["ㅡ", " ㅡ ", "/", "_", "♡", "~", "*"])),
        lambda: "".join(HANGUL_DIGIT[int(c)] if r.random() < 0.45 else c for c in d),  # digit by digit
        lambda: "공일공 " + split(d[3:], (4, 4), " "),
        lambda: fullwidth(d[:3]) + "-" + d[3:7] + "-" + d[7:])


def _mail_user(r: random.Random) -> str:
    a = r.choice(ROMAN_GIVEN).lower()
    b = r.choice(ROMAN_SURNAMES).lower()
    style = r.randrange(6)
    return [f"{a}{r.randint(1, 99)}", f"{b}.{a}", f"{r.choice(MAIL_WORDS)}_{a}", f"{a[0]}{b}{r.randint(70, 99)}",
            f"{r.choice(MAIL_WORDS)}{r.choice(MAIL_WORDS)}{r.randint(1, 999)}", f"{b}{a}"][style]


def email_plain(r: random.Random) -> str:
    user, dom = _mail_user(r), r.choice(MAIL_DOMAINS)
    if r.random() < 0.1:
        user = user.capitalize()
    return f"{user}@{dom}"


def email_obfuscated(r: random.Random) -> str:
    user, dom = _mail_user(r), r.choice(MAIL_DOMAINS)
    host, _, tld = dom.partition(".")
    style = r.randrange(9)
    return [
        f"{user} @ {dom}",
        f"{user}[at]{host}[dot]{tld}",
        f"{user} [at] {host} [dot] {tld}",
        f"{user}(at){dom}",
        f"{user}(골뱅이){dom}",
        f"{user} 골뱅이 {dom}",
        f"{user}골뱅이{host}점{tld}",
        f"{user}\uff20{dom}",
        f"{user} at {host} dot {tld}",
    ][style]


def card_number(r: random.Random) -> str:
    prefix, length = r.choice(CARD_PREFIXES)
    n = luhn_number(r, prefix, length)
    sizes = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    return one_of(r, lambda: split(n, sizes, "-"), lambda: split(n, sizes, " "), lambda: n, weights=(60, 20, 20))


def bank_account(r: random.Random) -> tuple[str, str]:
    names, sizes = r.choice(BANKS)
    n = digits(r, sum(sizes))
    if names[0] == "카카오뱅크":
        n = "3333" + n[4:]
    elif names[0] == "토스뱅크":
        n = "1000" + n[4:]
    layout = r.random()
    text = split(n, sizes, "-") if layout < 0.65 else (n if layout < 0.85 else split(n, sizes, " "))
    return r.choice(names), text


def passport(r: random.Random) -> str:
    letter = r.choice("MMMMSRG")
    mid = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return one_of(
        r, lambda: f"{letter}{digits(r, 3)}{r.choice(mid)}{digits(r, 4, False)}",  # since December 2021
        lambda: f"{letter}{digits(r, 8, False)}", lambda: f"{letter.lower()}{digits(r, 8, False)}",
        lambda: f"{letter} {digits(r, 4, False)} {digits(r, 4, False)}",
        lambda: f"{letter}{digits(r, 3)} {r.choice(mid)}{digits(r, 4, False)}", lambda: f"{letter}-{digits(r, 8, False)}",
        weights=(2, 1, 1, 1, 1, 1))


def foreign_passport(r: random.Random) -> str:
    """Passports of the foreign residents in this set (Vietnamese, Chinese, US-style)."""
    return one_of(r, lambda: r.choice("CBN") + digits(r, 7, False), lambda: "E" + digits(r, 8, False),
                  lambda: digits(r, 9), weights=(45, 40, 15))


def driver_licence(r: random.Random) -> str:
    name, code = r.choice(LICENCE_REGIONS)
    yy, serial, check = f"{r.randint(0, 24):02d}", digits(r, 6, False), digits(r, 2, False)
    return one_of(r, lambda: f"{code}-{yy}-{serial}-{check}", lambda: f"{name} {yy}-{serial}-{check}",
                  lambda: f"{name}{yy}-{serial}-{check}", lambda: f"{code} {yy} {serial} {check}",
                  lambda: f"{code}{yy}{serial}{check}", weights=(2, 1, 1, 1, 1))


def ip_address(r: random.Random) -> str:
    if r.random() < 0.8:
        first = r.choice([211, 175, 118, 121, 112, 222, 61, 58, 1, 210, 106, 223])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    groups = [r.choice(["2001", "2406", "2404"]), f"{r.randint(0, 0xfff):x}", f"{r.randint(0, 0xffff):x}",
              f"{r.randint(0, 0xffff):x}"]
    return ":".join(groups) + "::" + f"{r.randint(1, 0xff):x}"


# --- addresses ------------------------------------------------------------------------------

def _region(r: random.Random) -> tuple[str, str]:
    names, districts = r.choice(REGIONS)
    return r.choice(names), r.choice(districts)


def _dong(r: random.Random) -> str:
    stem = r.choice(DONG_STEMS)
    return stem if stem.endswith("동") else stem + "동"


def _complex(r: random.Random) -> str:
    if r.random() < 0.5:
        return f"{r.choice(COMPLEX_STEMS)}{r.randint(1, 12)}단지" + r.choice(["", f" {r.choice(COMPLEX_BRANDS)}"])
    return f"{r.choice(COMPLEX_STEMS)}{r.choice(COMPLEX_BRANDS)}" + r.choice(["", "아파트"])


def _unit(r: random.Random) -> str:
    dong, ho = r.randint(101, 125), f"{r.randint(1, 29)}{r.randint(1, 8):02d}"
    return r.choice([f"{dong}동 {ho}호", f"제{dong}동 제{ho}호", f"{dong}동{ho}호", f"{dong}-{ho}",
                     f"{r.choice('ABC')}동 {ho}호"])


def _road(r: random.Random) -> str:
    stem = r.choice(ROAD_STEMS)
    style = r.randrange(4)
    return [f"{stem}로 {r.randint(1, 420)}", f"{stem}로{r.randint(1, 80)}길 {r.randint(1, 60)}",
            f"{stem}로 {r.randint(1, 150)}번길 {r.randint(1, 40)}", f"{stem}대로 {r.randint(100, 999)}"][style]


def _lot(r: random.Random) -> str:
    main = r.randint(1, 1299)
    return r.choice([f"{main}-{r.randint(1, 60)}", f"{main}", f"{main}-{r.randint(1, 9)}번지", f"산{main}-{r.randint(1, 9)}"])


def address_road(r: random.Random) -> str:
    sido, sgg = _region(r)
    road = _road(r)
    return one_of(
        r, lambda: f"{sido} {sgg} {road}, {_unit(r)} ({_dong(r)}, {_complex(r)})",  # the official layout
        lambda: f"{sido} {sgg} {road} {_complex(r)} {_unit(r)}",
        lambda: f"{sgg} {road} {r.choice(SMALL_BUILDINGS)} {r.randint(1, 5)}0{r.randint(1, 4)}호",
        lambda: f"{sido} {sgg} {road}",
        lambda: f"[{r.randint(1, 63):02d}{r.randint(0, 999):03d}] {sido} {sgg} {road} {r.randint(2, 9)}층")


def address_lot(r: random.Random) -> str:
    sido, sgg = _region(r)
    dong = _dong(r)
    eup, ri = r.choice(EUP_MYEON)
    return one_of(
        r, lambda: f"{sido} {sgg} {dong} {r.randint(1, 1299)}-{r.randint(1, 60)} ({_complex(r)}) {_unit(r)}",
        lambda: f"{sido} {sgg} {dong} {_lot(r)} {_complex(r)} {_unit(r)}",
        lambda: f"{sgg} {dong} {_lot(r)} {r.choice(SMALL_BUILDINGS)} {r.randint(1, 4)}층",
        lambda: f"{sido} {sgg} {eup} {ri} {_lot(r)}",
        lambda: f"{sgg} {dong} {r.randint(1, 1299)}-{r.randint(1, 60)}번지 {r.randint(1, 3)}층",
        lambda: f"{sido} {sgg} {dong[:-1]}{r.randint(1, 4)}가 {_lot(r)}")


def address_short(r: random.Random) -> str:
    """A part of an address without region, as people give it to a neighbour."""
    if r.random() < 0.5:
        return f"{_dong(r)} {r.randint(1, 1299)}-{r.randint(1, 60)}" + r.choice(["", f" {_unit(r)}"])
    return f"{r.choice(ROAD_STEMS)}로{r.randint(1, 80)}길 {r.randint(1, 60)}" + r.choice(["", f" {r.randint(1, 4)}0{r.randint(1, 5)}호"])


# --- hard negatives -------------------------------------------------------------------------

def booking_code(r: random.Random) -> str:
    style = r.randrange(4)
    if style <= 1:
        raw = "".join(r.choice(CODE_CHARS) for _ in range(12))
        return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    if style == 2:
        return f"T{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{digits(r, 5)}"
    return f"{digits(r, 4)}-{digits(r, 4, False)}-{digits(r, 4, False)}-{digits(r, 3, False)}"


def order_number(r: random.Random) -> str:
    stamp = f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    style = r.randrange(3)
    if style == 0:
        return stamp + f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}" + digits(r, 6, False)
    if style == 1:
        return f"ORD-{stamp}-{digits(r, 5, False)}"
    return f"{stamp}-{digits(r, 7, False)}"


def coupon_code(r: random.Random) -> str:
    raw = "".join(r.choice(CODE_CHARS) for _ in range(16))
    style = r.randrange(3)
    if style == 0:
        return "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    if style == 1:
        return f"MQ{r.choice(['XMAS', 'NEWYR', 'BDAY', 'VIP'])}{digits(r, 4)}"
    return raw[:10]


def gift_pin(r: random.Random) -> str:
    """A gift-card PIN: 16 digits that fail the Luhn check, or a 12-digit gifticon code."""
    if r.random() < 0.5:
        n = digits(r, 16)
        while luhn_ok(n):
            n = n[:-1] + str((int(n[-1]) + 1) % 10)
        return split(n, (4, 4, 4, 4), "-")
    return split(digits(r, 12), (4, 4, 4), " ")


def tracking_number(r: random.Random) -> str:
    n = digits(r, r.choice((12, 13)))
    return r.choice([n, split(n, (4, 4, len(n) - 8), "-"), split(n, (4, 4, len(n) - 8), " ")])


def barcode(r: random.Random) -> str:
    body = "880" + digits(r, 9, False)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def product_code(r: random.Random) -> str:
    return r.choice([f"MQ-010-{digits(r, 4)}-{digits(r, 4, False)}", f"SM-{r.choice('ARFS')}{r.randint(100, 999)}N",
                     f"P0{digits(r, 2)}-{digits(r, 4)}-{digits(r, 3, False)}", f"GD-{digits(r, 6)}"])


def business_number(r: random.Random) -> str:
    return f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 5, False)}"


def version_string(r: random.Random) -> str:
    """The app's version, as the settings screen shows it."""
    return r.choice([f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}", f"{r.randint(5, 8)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                     f"ver {r.randint(3, 7)}.{r.randint(0, 9)}"])


def os_version(r: random.Random) -> str:
    return r.choice([f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(1, 3)}", f"Android {r.randint(11, 15)}",
                     f"One UI {r.randint(5, 6)}.{r.randint(0, 1)}"])


def romanised_name(r: random.Random) -> str:
    sur, given = r.choice(ROMAN_SURNAMES), r.choice(ROMAN_GIVEN)
    if r.random() < 0.3 and len(given) > 4:
        cut = next((i for i in range(2, len(given) - 1) if given[i] in "bcdghjklmnprstwy" and given[i - 1] in "aeiouy"), 0)
        if cut:
            given = given[:cut] + "-" + given[cut].lower() + given[cut + 1:]
    style = r.randrange(5)
    return [f"{sur.upper()} {given.upper()}", f"{sur} {given}", f"{given} {sur}", f"{sur.upper()} {given}",
            f"{given} {sur.upper()}"][style]


def zero_width_inside(r: random.Random, name: str) -> str:
    cut = r.randint(1, len(name) - 1)
    return name[:cut] + r.choice(ZERO_WIDTH) + name[cut:]

"""Values for the blind test set test5: invented people, identifiers and addresses, each in the
layouts people use. Every function takes the generator's ``random.Random``.

Span conventions (what one labelled span covers), the same as the earlier blind sets:
- PERSON: the name only, without honorifics (님, 씨, 선생님), titles or particles; a space
  or an invisible character people put inside a name is part of it.
- ADDRESS: from the first place word (or a postal code written just before it) to the last
  detail (번지, 동/호/층), a complex name in parentheses included.
- ACCOUNT: the number only, not the bank name. DRIVER_LICENSE: the number, with the region
  word when the old ``서울 12-345678-90`` layout makes it part of the number.
- Obfuscated e-mail and phone forms: the whole written form (``abc [at] naver [dot] com``).
"""

from __future__ import annotations

import random

from common import luhn_complete, rrn_digits
from t5_vocab import (
    ACCOUNT_LAYOUTS,
    BUILDING_WORDS,
    CENTRAL_ASIAN,
    CHINESE_HANGUL,
    CITY_AREAS,
    COMPLEX_BRANDS,
    COMPLEX_PLACES,
    GIVEN_MIDDLE,
    GIVEN_OLDER,
    GIVEN_RARE,
    GIVEN_SINGLE,
    GIVEN_YOUNG,
    LATIN_ASIAN,
    LATIN_FIRST,
    LATIN_LAST,
    LICENCE_REGIONS,
    MAIL_DOMAINS,
    MAIL_WORDS,
    MONGOL_HANGUL,
    NATIVE_GIVEN,
    ROMAN_SURNAME,
    ROMAN_SYLLABLE,
    RURAL_AREAS,
    SURNAMES,
    VIET_FAMILY,
    VIET_GIVEN,
    VIET_MIDDLE,
    WESTERN_HANGUL,
)

INVISIBLE = ["\u200b", "\u200d", "\ufeff", "\u2060", "\u200c"]
HANGUL_NUM = "공일이삼사오육칠팔구"


def num(r: random.Random, n: int, lead: str = "123456789") -> str:
    return r.choice(lead) + "".join(r.choice("0123456789") for _ in range(n - 1))


def chunks(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    return sep.join(out)


# --- Korean names -----------------------------------------------------------------------------

def surname(r: random.Random, rare: bool = False) -> str:
    pool = [s for s, _ in SURNAMES]
    weights = [(3 if (len(s) == 2 or s in "편탁빈어옥간견") else 1) if rare else w
               for s, w in SURNAMES]
    return r.choices(pool, weights=weights)[0]


def given(r: random.Random) -> str:
    pools = [GIVEN_YOUNG, GIVEN_MIDDLE, GIVEN_OLDER, GIVEN_RARE, NATIVE_GIVEN, GIVEN_SINGLE]
    return r.choice(r.choices(pools, weights=[30, 25, 14, 14, 7, 10])[0])


def korean_name(r: random.Random, rare: bool = False) -> tuple[str, str]:
    """A (surname, given name) pair; two-syllable names come out about one time in eight."""
    return surname(r, rare), given(r)


def spaced_name(r: random.Random, sur: str, giv: str) -> str:
    """The name with a space or an invisible character between or inside its parts."""
    if r.random() < 0.5:
        return sur + r.choice([" ", " ", "\u3000"]) + giv
    mark = r.choice(INVISIBLE)
    whole = sur + giv
    cut = r.randint(1, len(whole) - 1)
    return whole[:cut] + mark + whole[cut:]


def roman_name(r: random.Random, sur: str, giv: str) -> str:
    fam = r.choice(ROMAN_SURNAME[sur])
    parts = [ROMAN_SYLLABLE[c] for c in giv]
    style = r.randint(0, 3)
    if style == 0 or len(parts) == 1:
        g = "".join(parts).capitalize()
    elif style == 1:
        g = "-".join(parts).capitalize()
    elif style == 2:
        g = " ".join(p.capitalize() for p in parts)
    else:
        g = "-".join(p.capitalize() for p in parts)
    order = r.randint(0, 5)
    if order == 0:
        return f"{fam.upper()} {g}"
    if order == 1:
        return f"{g} {fam}"
    if order == 2:
        return f"{g} {fam.upper()}"
    if order == 3:
        return f"{fam} {g}".upper()
    if order == 4:
        return f"{fam}, {g}"
    return f"{fam} {g}" if r.random() < 0.6 else f"{fam} {g}".lower()


def foreign_hangul(r: random.Random) -> str:
    kind = r.randint(0, 4)
    if kind == 0:
        mid = r.choice(VIET_MIDDLE)
        return " ".join([r.choice(VIET_FAMILY), mid, r.choice(VIET_GIVEN)])
    if kind == 1:
        fam, giv = r.choice(CHINESE_HANGUL)
        return f"{fam} {giv}" if r.random() < 0.6 else fam + giv
    if kind == 2:
        a, b = r.choice(MONGOL_HANGUL)
        return f"{a} {b}"
    a, b = r.choice(CENTRAL_ASIAN if kind == 3 else WESTERN_HANGUL)
    return f"{a} {b}" if r.random() < 0.8 else f"{a}·{b}"


def latin_foreign(r: random.Random) -> str:
    if r.random() < 0.35:
        fam, mid, giv = r.choice(LATIN_ASIAN)
        parts = [fam, mid, giv] if mid else [fam, giv]
        if r.random() < 0.3:
            parts[0] = parts[0].upper()
        return " ".join(parts)
    first, last = r.choice(LATIN_FIRST), r.choice(LATIN_LAST)
    return r.choice([f"{first} {last}", f"{last.upper()} {first}", f"{last}, {first}",
                     f"{first} {last}".upper()])


# --- contacts ---------------------------------------------------------------------------------

def mobile_digits(r: random.Random) -> str:
    return "010" + num(r, 4, "2345678") + num(r, 4, "0123456789")


def phone(r: random.Random) -> str:
    d = mobile_digits(r)
    roll = r.randint(0, 9)
    if roll <= 3:
        return chunks(d, (3, 4, 4), "-")
    if roll == 4:
        return chunks(d, (3, 4, 4), " ")
    if roll == 5:
        return d
    if roll == 6:
        return chunks(d, (3, 4, 4), ".")
    if roll == 7:
        return "+82 " + chunks(d[1:], (2, 4, 4), "-")
    area = r.choice(["02", "031", "051", "053", "062", "064"])
    return f"{area}-{num(r, r.choice((3, 4)), '2345678')}-{num(r, 4, '0123456789')}"


def phone_obfuscated(r: random.Random) -> str:
    d = mobile_digits(r)
    roll = r.randint(0, 5)
    if roll == 0:  # letter O for zero
        return chunks(d, (3, 4, 4), "-").replace("0", r.choice("Oo"))
    if roll == 1:  # Hangul digits mixed with Arabic ones
        mixed = "".join(HANGUL_NUM[int(c)] if r.random() < 0.5 else c for c in d)
        return chunks(mixed, (3, 4, 4), r.choice(["-", " ", ""]))
    if roll == 2:
        return "공일공 " + chunks(d[3:], (4, 4), " ")
    if roll == 3:  # spaced out digit by digit
        return " ".join(chunks(d, (3, 4, 4), "-"))
    if roll == 4:
        return chunks(d, (3, 4, 4), "ㅡ")
    return "010-" + d[3:7] + "-" + "".join(HANGUL_NUM[int(c)] for c in d[7:])


def mail_local(r: random.Random, hint: str = "") -> str:
    base = hint or r.choice(MAIL_WORDS)
    tail = r.choice(["", str(r.randint(1, 99)), str(r.randint(1975, 2009)), "_" + num(r, 3)])
    sep = r.choice(["", ".", "_", ""])
    return (base + sep + r.choice(MAIL_WORDS) if r.random() < 0.3 else base) + tail


def email(r: random.Random, hint: str = "") -> str:
    return f"{mail_local(r, hint)}@{r.choice(MAIL_DOMAINS)}"


def email_obfuscated(r: random.Random, hint: str = "") -> str:
    local = mail_local(r, hint)
    name, _, tld = r.choice(MAIL_DOMAINS).rpartition(".")
    roll = r.randint(0, 6)
    if roll == 0:
        return f"{local} [at] {name} [dot] {tld}"
    if roll == 1:
        return f"{local} @ {name}.{tld}"
    if roll == 2:
        return f"{local}(골뱅이){name}.{tld}"
    if roll == 3:
        return f"{local} at {name} dot {tld}"
    if roll == 4:
        return f"{local}＠{name}．{tld}"
    if roll == 5:
        return f"{local}(at){name}(dot){tld}"
    return f"{local} 골뱅이 {name} 점 {tld}"


# --- identifiers ------------------------------------------------------------------------------

def rrn(r: random.Random, foreign: bool = False) -> str:
    d = rrn_digits(r, foreigner=foreign)
    return r.choice([d[:6] + "-" + d[6:], d[:6] + "-" + d[6:], d[:6] + " - " + d[6:], d,
                     d[:6] + " " + d[6:]])


def card(r: random.Random) -> str:
    if r.random() < 0.15:
        d = luhn_complete(r.choice(["34", "37"]), 15, r)
        return chunks(d, (4, 6, 5), r.choice(["-", " "]))
    d = luhn_complete(r.choice(["4", "51", "53", "9410", "6243", "3560"]), 16, r)
    return chunks(d, (4, 4, 4, 4), r.choice(["-", "-", " ", ""]))


def account(r: random.Random) -> tuple[str, str]:
    bank, sizes = r.choice(ACCOUNT_LAYOUTS)
    d = num(r, sum(sizes))
    return bank, chunks(d, sizes, "-") if r.random() < 0.75 else d


def passport(r: random.Random) -> str:
    roll = r.randint(0, 6)
    if roll == 0:
        return r.choice("MS") + num(r, 8, "0123456789")
    if roll == 1:  # the 2021 layout: letter, three digits, letter, four digits
        return f"M{num(r, 3)}{r.choice('ABCDEFG')}{num(r, 4, '0123456789')}"
    if roll == 2:
        d = num(r, 8)
        return f"M {d[:4]} {d[4:]}"
    if roll == 3:
        return f"m-{num(r, 8)}"
    if roll == 4:  # Vietnamese: one letter and seven digits
        return r.choice("BCN") + num(r, 7, "0123456789")
    if roll == 5:  # Chinese: E or EA plus digits
        return "E" + num(r, 8) if r.random() < 0.5 else r.choice(["EA", "EB"]) + num(r, 7)
    return r.choice(["PE", "EK", "FA"]) + num(r, 7)


def driver_licence(r: random.Random) -> str:
    code = r.choice(list(LICENCE_REGIONS))
    rest = f"{num(r, 2, '0123456789')}-{num(r, 6, '0123456789')}-{num(r, 2, '0123456789')}"
    roll = r.randint(0, 3)
    if roll == 0:
        return f"{LICENCE_REGIONS[code]} {rest}"
    if roll == 1:
        return (code + rest).replace("-", "")
    return f"{code}-{rest}"


def ip(r: random.Random) -> str:
    if r.random() < 0.15:
        groups = [f"{r.randint(1, 0xFFFF):x}" for _ in range(3)]
        return f"2001:{':'.join(groups)}::{r.randint(1, 255):x}"
    first = r.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 118, 121, 175, 182, 211, 220, 223])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


# --- addresses --------------------------------------------------------------------------------

def complex_name(r: random.Random) -> str:
    place = r.choice(COMPLEX_PLACES)
    roll = r.randint(0, 3)
    if roll == 0:
        return f"{place}{r.randint(1, 12)}단지"
    if roll == 1:
        return f"{place}{r.choice(['', ' '])}{r.choice(COMPLEX_BRANDS)}"
    if roll == 2:
        return f"{r.choice(COMPLEX_BRANDS)} {r.randint(1, 3)}차"
    return f"{place}{r.randint(1, 9)}단지 {r.choice(COMPLEX_BRANDS)}"


def unit(r: random.Random) -> str:
    roll = r.randint(0, 4)
    dong, ho = r.randint(101, 124), r.randint(1, 29) * 100 + r.randint(1, 6)
    if roll == 0:
        return f"{dong}동 {ho}호"
    if roll == 1:
        return f"{dong}-{ho}"
    if roll == 2:
        return f"{r.choice('ABC')}동 {ho}호"
    if roll == 3:
        return f"{r.randint(2, 5)}층 {r.randint(201, 505)}호"
    return f"{ho}호"


def lot_address(r: random.Random) -> str:
    """A 지번 address: region, district, dong, lot number, often a complex and 동/호."""
    if r.random() < 0.15:
        forms, county, town, villages = r.choice(RURAL_AREAS)
        lot = f"{r.choice(['', '산 '])}{r.randint(1, 899)}-{r.randint(1, 12)}"
        return f"{r.choice(forms)} {county} {town} {r.choice(villages)} {lot}"
    forms, district, dongs, _ = r.choice(CITY_AREAS)
    head = f"{r.choice(forms)} {district} " if r.random() < 0.8 else f"{district.split()[-1]} "
    lot = f"{r.randint(1, 1299)}-{r.randint(1, 80)}" if r.random() < 0.8 else f"{r.randint(1, 999)}번지"
    roll = r.randint(0, 3)
    if roll <= 1:
        tail = f" ({complex_name(r)}) {unit(r)}"
    elif roll == 2:
        tail = f" {complex_name(r)} {unit(r)}"
    else:
        tail = f" {r.choice(BUILDING_WORDS)} {unit(r)}" if r.random() < 0.6 else ""
    return f"{head}{r.choice(dongs)} {lot}{tail}"


def road_address(r: random.Random) -> str:
    forms, district, dongs, roads = r.choice(CITY_AREAS)
    road = r.choice(roads)
    if r.random() < 0.4:
        road += f"{r.randint(2, 120)}번길"
    body = f"{r.choice(forms)} {district} {road} {r.randint(1, 480)}"
    if r.random() < 0.2:
        body += f"-{r.randint(1, 30)}"
    roll = r.randint(0, 3)
    if roll == 0:
        body += f", {unit(r)} ({r.choice(dongs)}, {complex_name(r)})"
    elif roll == 1:
        body += f" {unit(r)}"
    elif roll == 2:
        body += f" ({r.choice(dongs)})"
    if r.random() < 0.2:
        body = f"{num(r, 5, '0123456')} {body}"
    return body


def short_address(r: random.Random) -> str:
    """Part of an address without the region, as told to a courier or a neighbour."""
    _, _, dongs, _ = r.choice(CITY_AREAS)
    return f"{r.choice(dongs)} {r.randint(1, 999)}-{r.randint(1, 60)} {complex_name(r)} {unit(r)}"


def address(r: random.Random) -> str:
    return r.choices([lot_address, road_address, short_address], weights=[6, 3, 1])[0](r)

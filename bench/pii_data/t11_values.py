"""Invented values for test11 (P11.2): the structured personal types in normal and unusual
layouts, and the look-alike numbers a cinema site is full of. Nothing here is real."""

from __future__ import annotations

import random

from common import luhn_complete, rrn_digits, to_fullwidth, to_hangul_digits, with_zero_width

DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
           "outlook.kr", "icloud.com", "yahoo.co.kr"]
LOCAL = ["sunny", "jh.park", "minjae_0", "dal.bit", "cine", "hyuna", "blue_whale", "kbs1004",
         "mokpo.cat", "yerin.k", "tteok", "noodle77", "seoyun.lee", "ha.ram", "jjang9"]
BANKS = ["국민", "신한", "우리", "하나", "농협", "기업", "카카오뱅크", "토스뱅크", "새마을금고",
         "우체국", "SC제일", "부산은행"]


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def oddify(rng: random.Random, s: str) -> str:
    """One unusual rendering: Hangul digits, full-width, letter O for zero, or spaced."""
    way = rng.randrange(5)
    if way == 0:
        return to_hangul_digits(s)
    if way == 1:
        return to_fullwidth(s)
    if way == 2 and "0" in s:
        return s.replace("0", "O")
    if way == 3:
        return s.replace("-", " ")
    return with_zero_width(s, rng)


def rrn(rng: random.Random, odd: bool = False, foreign: bool = False) -> str:
    d = rrn_digits(rng, foreigner=foreign)
    s = rng.choice([f"{d[:6]}-{d[6:]}", f"{d[:6]}-{d[6:]}", d, f"{d[:6]} - {d[6:]}"])
    return oddify(rng, s) if odd else s


def phone(rng: random.Random, odd: bool = False) -> str:
    mid, end = _d(rng, 4), _d(rng, 4)
    s = rng.choice([f"010-{mid}-{end}", f"010.{mid}.{end}", f"010{mid}{end}",
                    f"010 {mid} {end}", f"+82 10-{mid}-{end}", f"+82-10-{mid}-{end}",
                    f"031-{_d(rng, 3)}-{end}", f"02-{_d(rng, 4)}-{end}", f"011-{_d(rng, 3)}-{end}",
                    f"010-{mid}{end}"])
    return oddify(rng, s) if odd else s


def email(rng: random.Random, odd: bool = False) -> str:
    local, dom = rng.choice(LOCAL) + rng.choice(["", str(rng.randrange(10, 99))]), rng.choice(DOMAINS)
    if not odd:
        return f"{local}@{dom}"
    name, tld = dom.split(".", 1)
    return rng.choice([f"{local} [at] {name} [dot] {tld}", f"{local}(at){dom}",
                       f"{local} 골뱅이 {dom}", to_fullwidth(f"{local}@{dom}"),
                       f"{local} at {name} dot {tld}", f"{local}@ {dom}"])


def card(rng: random.Random, odd: bool = False) -> str:
    if rng.random() < 0.15:
        d = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        return f"{d[:4]} {d[4:10]} {d[10:]}"
    d = luhn_complete(rng.choice(["4", "5", "9410", "3560", "6250"]), 16, rng)
    sep = rng.choice(["-", " ", "", "-"])
    s = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    return oddify(rng, s) if odd else s


def account(rng: random.Random) -> str:
    return rng.choice([f"{_d(rng, 6)}-{_d(rng, 2)}-{_d(rng, 6)}", f"110-{_d(rng, 3)}-{_d(rng, 6)}",
                       f"3333-{_d(rng, 2)}-{_d(rng, 7)}", f"1002-{_d(rng, 3)}-{_d(rng, 6)}",
                       f"{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}", _d(rng, 13),
                       f"{_d(rng, 3)}-{_d(rng, 6)}-{_d(rng, 5)}"])


def passport(rng: random.Random) -> str:
    return rng.choice([f"M{_d(rng, 8)}", f"M{_d(rng, 3)}{rng.choice('ABCDEFG')}{_d(rng, 4)}",
                       f"S{_d(rng, 8)}", f"m{_d(rng, 8)}", f"M {_d(rng, 4)} {_d(rng, 4)}"])


def driver(rng: random.Random) -> str:
    area = rng.choice(["서울", "경기", "부산", "대구", "11", "12", "13", "28"])
    core = f"{_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}"
    return rng.choice([f"{area} {core}", f"{rng.choice(['11', '13', '26'])}-{core}",
                       f"{area}{core.replace('-', '')}"])


def ip(rng: random.Random) -> str:
    a = rng.choice([211, 175, 121, 59, 112, 58, 223, 1, 106, 39])
    if rng.random() < 0.15:
        return f"2001:{rng.randrange(0x2000, 0xffff):x}:{rng.randrange(0x10, 0xfff):x}::{rng.randrange(1, 0xff):x}"
    return f"{a}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}"


# --- look-alikes that are not personal data -------------------------------------------------

def booking_no(rng: random.Random) -> str:
    return rng.choice([f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", f"T{_d(rng, 10)}",
                       f"MQ{_d(rng, 8)}", f"{_d(rng, 15)}"])


def order_no(rng: random.Random) -> str:
    return rng.choice([f"2024{_d(rng, 4)}-{_d(rng, 6)}", f"ORD-{_d(rng, 8)}", _d(rng, 16),
                       f"24{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}-{_d(rng, 7)}"])


def tracking_no(rng: random.Random) -> str:
    return rng.choice([f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", _d(rng, 12), f"6{_d(rng, 12)}"])


def coupon(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(rng.choice([3, 4])))


def voucher(rng: random.Random) -> str:
    return rng.choice([f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                       f"MKV-{_d(rng, 12)}", f"{_d(rng, 16)}"])


def date(rng: random.Random) -> str:
    y, m, d = rng.choice([2023, 2024, 2025]), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice([f"{y}.{m:02d}.{d:02d}", f"{m}월 {d}일", f"{y}-{m:02d}-{d:02d}",
                       f"{y % 100}/{m:02d}/{d:02d}", f"{y}년 {m}월 {d}일"])


def time(rng: random.Random) -> str:
    h, m = rng.randrange(7, 24), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice([f"{h:02d}:{m:02d}", f"오후 {h % 12 or 12}:{m:02d}", f"{h}시 {m}분"])


def price(rng: random.Random) -> str:
    v = rng.choice([7000, 9000, 11000, 14000, 15000, 18000, 22000, 30000, 45000, 128000])
    return rng.choice([f"{v:,}원", f"{v}원", f"{v // 1000}천원", f"₩{v:,}"])


def seat(rng: random.Random) -> str:
    row, n = rng.choice("ABCDEFGHJKLM"), rng.randrange(1, 24)
    return rng.choice([f"{row}열 {n}번", f"{row}{n}", f"{row}-{n:02d}", f"{row}{n}, {row}{n + 1}"])


def version(rng: random.Random) -> str:
    return rng.choice([f"v{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 9)}",
                       f"iOS {rng.randrange(15, 19)}.{rng.randrange(0, 6)}.{rng.randrange(1, 4)}",
                       f"안드로이드 {rng.randrange(11, 16)}", f"앱 {rng.randrange(3, 7)}.{rng.randrange(0, 40)}.{rng.randrange(0, 9)}"])


def ip_like_version(rng: random.Random) -> str:
    return rng.choice([f"10.0.{rng.randrange(19041, 26100)}.{rng.randrange(100, 5000)}",
                       f"{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 99)}.{rng.randrange(100, 999)}",
                       f"v2.{rng.randrange(0, 9)}.{rng.randrange(0, 20)}.{rng.randrange(1, 300)}"])


def masked_phone(rng: random.Random) -> str:
    return rng.choice([f"010-****-{_d(rng, 4)}", f"010-{_d(rng, 2)}**-**{_d(rng, 2)}",
                       f"010****{_d(rng, 4)}", f"***-****-{_d(rng, 4)}"])


def masked_other(rng: random.Random) -> str:
    return rng.choice([f"{rng.choice(LOCAL)[:3]}***@{rng.choice(DOMAINS)}",
                       f"{_d(rng, 4)}-{_d(rng, 2)}**-****-{_d(rng, 4)}",
                       f"{_d(rng, 6)}-{rng.choice('1234')}******", f"***-**-{_d(rng, 4)}"])


def count(rng: random.Random) -> str:
    return rng.choice([f"{rng.randrange(100, 1400)}만 명", f"{rng.randrange(1, 99):,}만 관객",
                       f"{rng.randrange(100000, 9999999):,}명", f"{rng.randrange(1, 40)}.{rng.randrange(0, 9)}%"])


def runtime(rng: random.Random) -> str:
    return rng.choice([f"{rng.randrange(88, 190)}분", f"러닝타임 {rng.randrange(1, 3)}시간 {rng.randrange(0, 59)}분"])


def business_phone(rng: random.Random) -> str:
    return rng.choice([f"1588-{_d(rng, 4)}", f"1544-{_d(rng, 4)}", f"1600-{_d(rng, 4)}",
                       f"1899-{_d(rng, 4)}"])

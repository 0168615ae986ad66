"""test12's values (P11.2): personal identifiers in ordinary and odd layouts, and the
look-alike numbers a cinema site is full of (order, booking, coupon and ticket numbers,
seats, dates, prices, versions, audience counts). Each maker takes the set's ``Random``."""

from __future__ import annotations

import random

from common import (
    booking_number,
    group,
    luhn_complete,
    random_digits,
    rrn_digits,
    to_fullwidth,
    to_hangul_digits,
    voucher_code,
)

ZW = ("\u200b", "\u200c", "\u2060")


def _odd(r: random.Random, text: str) -> str:
    """One of the unusual layouts for a digit string, or the text as it is."""
    x = r.random()
    if x < 0.08:
        return to_fullwidth(text)
    if x < 0.13:
        return text.replace("0", "O")
    if x < 0.17:
        return "".join(c + (r.choice(ZW) if c.isdigit() and r.random() < 0.25 else "")
                       for c in text[:-1]) + text[-1]
    return text


def phone(r: random.Random) -> str:
    body = "010" + random_digits(r, 8)
    x = r.random()
    if x < 0.08:
        area = r.choice(["02", "031", "051", "053", "064", "070"])
        return group(area + random_digits(r, 7 if area == "02" else 8), (len(area), 3 if area == "02" else 4), "-")
    if x < 0.16:
        return "+82 " + group(body[1:], (2, 4, 4), r.choice(["-", " ", ""]))
    if x < 0.24:
        return to_hangul_digits(group(body, (3, 4, 4), r.choice(["-", " ", ""])))
    if x < 0.30:
        return "공일공-" + group(body[3:], (4, 4), "-")
    if x < 0.36:
        return group(body[:7], (3, 4), "-") + "-\n" + body[7:]
    sep = r.choice(["-", "-", "-", " ", ".", "", " - "])
    return _odd(r, group(body, (3, 4, 4), sep))


USERS = ["sunnyday", "kmj0412", "popcorn.lee", "hyun_jae88", "mong2", "dalbit.s", "jy.park",
         "seoul_cat", "minji.k", "ohsora", "tteok77", "bom.jh", "gogo_yun", "nari1207"]
DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
           "outlook.kr", "icloud.com", "korea.kr"]


def email(r: random.Random) -> str:
    user = r.choice(USERS) + (str(r.randint(1, 99)) if r.random() < 0.4 else "")
    dom = r.choice(DOMAINS)
    name, tld = dom.rsplit(".", 1)
    x = r.random()
    if x < 0.12:
        return f"{user} [at] {name} [dot] {tld}"
    if x < 0.2:
        return f"{user}(at){dom}"
    if x < 0.28:
        return f"{user} 골뱅이 {dom}"
    if x < 0.34:
        return f"{user} at {name} dot {tld}"
    if x < 0.4:
        return f"{user}＠{dom}"
    if x < 0.45:
        return f"{user} @ {dom}"
    return f"{user}@{dom}"


def rrn(r: random.Random, foreign: bool = False) -> str:
    d = rrn_digits(r, foreigner=foreign)
    x = r.random()
    if x < 0.12:
        return d
    if x < 0.22:
        return d[:6] + " - " + d[6:]
    if x < 0.3:
        return d[:6] + " " + d[6:]
    if x < 0.35:
        return to_hangul_digits(d[:6] + "-" + d[6:])
    return _odd(r, d[:6] + "-" + d[6:])


def card(r: random.Random) -> str:
    if r.random() < 0.15:
        d = luhn_complete(r.choice(["34", "37"]), 15, r)
        return group(d, (4, 6, 5), r.choice(["-", " "]))
    d = luhn_complete(r.choice(["4", "5", "9410", "6250", "3569"]), 16, r)
    x = r.random()
    if x < 0.15:
        return d
    if x < 0.22:
        return group(d[:8], (4, 4), "-") + "-\n" + group(d[8:], (4, 4), "-")
    return _odd(r, group(d, (4, 4, 4, 4), r.choice(["-", "-", " ", "."])))


ACCOUNT_SHAPES = {"국민": (6, 2, 6), "신한": (3, 3, 6), "우리": (4, 3, 6), "농협": (3, 4, 4, 2),
                  "카카오뱅크": (4, 2, 7), "하나": (3, 6, 5), "기업": (3, 6, 2, 3),
                  "토스뱅크": (4, 4, 4), "새마을금고": (4, 2, 6, 1)}


def account(r: random.Random, bank: str) -> str:
    shape = ACCOUNT_SHAPES[bank]
    d = random_digits(r, sum(shape))
    x = r.random()
    if x < 0.2:
        return d
    if x < 0.27:
        return to_hangul_digits(group(d, shape, "-"))
    return _odd(r, group(d, shape, r.choice(["-", "-", " "])))


def passport(r: random.Random) -> str:
    lead = r.choice("MMMMS")
    if r.random() < 0.5:
        return lead + random_digits(r, 8, first_nonzero=False)
    letter = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    value = f"{lead}{random_digits(r, 3, False)}{letter}{random_digits(r, 4, False)}"
    return value if r.random() < 0.85 else value[:4] + " " + value[4:]


REGIONS = ["서울", "부산", "경기", "대구", "인천", "광주", "대전", "울산", "강원", "충북", "충남",
           "전북", "전남", "경북", "경남", "제주"]


def driver_license(r: random.Random) -> str:
    body = f"{random_digits(r, 2, False)}-{random_digits(r, 6, False)}-{random_digits(r, 2, False)}"
    if r.random() < 0.45:
        return f"{r.choice(REGIONS)} {body}"
    return f"{r.randint(11, 28)}-{body}"


def ip(r: random.Random) -> str:
    if r.random() < 0.2:
        groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(4)]
        return "2001:db8:" + ":".join(groups) if r.random() < 0.5 else "fe80::" + ":".join(groups[:3])
    first = r.choice([1, 14, 39, 58, 61, 106, 112, 118, 121, 175, 182, 211, 220, 222])
    return ".".join([str(first)] + [str(r.randint(0, 255)) for _ in range(3)])


# --- look-alikes (negatives) ----------------------------------------------------------------

def order_number(r: random.Random) -> str:
    x = r.random()
    if x < 0.3:
        return f"{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{random_digits(r, 7)}"
    if x < 0.6:
        return f"MQ{r.randint(2024, 2026)}{random_digits(r, 8)}"
    return f"ORD-{random_digits(r, 4)}-{random_digits(r, 4)}-{random_digits(r, 3)}"


def booking(r: random.Random) -> str:
    if r.random() < 0.5:
        return booking_number(r)
    return group(random_digits(r, 11), (3, 4, 4), "-")


def coupon(r: random.Random) -> str:
    return voucher_code(r) if r.random() < 0.6 else f"MKPC{random_digits(r, 12, False)}"


def ticket(r: random.Random) -> str:
    return f"T{random_digits(r, 4)}-{random_digits(r, 4)}-{random_digits(r, 4)}"


def gift_card(r: random.Random) -> str:
    d = luhn_complete("9", 16, r)
    d = d[:-1] + str((int(d[-1]) + 1) % 10)  # never Luhn-valid: a gift card, not a bank card
    return group(d, (4, 4, 4, 4), "-")


def tracking(r: random.Random) -> str:
    return group(random_digits(r, 12), (4, 4, 4), r.choice(["", "-", " "]))


def biz_number(r: random.Random) -> str:
    return f"{random_digits(r, 3)}-{random_digits(r, 2)}-{random_digits(r, 5)}"


def seat(r: random.Random) -> str:
    row = r.choice("ABCDEFGHJKLM")
    n = r.randint(1, 24)
    return r.choice([f"{row}열 {n}번", f"{row}{n}", f"{row}-{n}", f"{row}열 {n}, {n + 1}번"])


def date(r: random.Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m}월 {d}일", f"2026.{m:02d}.{d:02d}", f"{m}/{d}", f"2026-{m:02d}-{d:02d}",
                     f"{m}.{d}(토)"])


def clock(r: random.Random) -> str:
    h, m = r.randint(9, 23), r.choice([0, 5, 10, 20, 30, 40, 45, 50])
    return r.choice([f"{h}:{m:02d}", f"오후 {h - 12 if h > 12 else h}:{m:02d}", f"{h}시 {m}분"])


def price(r: random.Random) -> str:
    return r.choice([f"{r.randint(5, 30) * 1000:,}원", f"{r.randint(2, 9)}천원",
                     f"{r.randint(1, 60) * 500:,}원", f"₩{r.randint(8, 25) * 1000:,}"])


def version(r: random.Random) -> str:
    return r.choice([f"v{r.randint(3, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                     f"10.0.{r.randint(19041, 26100)}.{r.randint(100, 5000)}",
                     f"{r.randint(5, 8)}.{r.randint(0, 40)}.{r.randint(0, 99)}"])


def audience(r: random.Random) -> str:
    n = r.randint(12, 1400) * 10_000 + r.randint(0, 9999)
    return r.choice([f"{n:,}명", f"{n // 10_000}만 명", f"{n / 1_000_000:.1f}백만"])


def masked_phone(r: random.Random) -> str:
    return r.choice([f"010-****-{random_digits(r, 4, False)}", f"010-{random_digits(r, 2)}**-**{random_digits(r, 2, False)}",
                     f"{random_digits(r, 6)}-{r.choice('1234')}******"])


def form_example(r: random.Random) -> str:
    return r.choice(["010-0000-0000", "000000-0000000", "example@example.com", "010-XXXX-XXXX",
                     "0000-0000-0000-0000", "홍길동", "abc@도메인.com"])

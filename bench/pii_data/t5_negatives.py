"""Hard negatives for the blind test set test5: numbers and words that look like personal
data and are not (booking, order, coupon, delivery and tracking numbers, gift PINs,
barcodes, dates, prices, seats, versions, business numbers, values already masked), and
the operator's own published contacts, which the policy declares public.
"""

from __future__ import annotations

import random

from common import (
    CAST,
    CHARACTERS,
    CREW,
    MOVIES,
    THEATRES,
    booking_number,
    luhn_complete,
    voucher_code,
)
from t5_values import chunks, num

# The operator's declared contacts (marquee.settings: MARQUEE_PRIVACY_OFFICER,
# MARQUEE_CUSTOMER_CENTRE, MARQUEE_CS_LEAD_EMAIL, MARQUEE_MARKETING, DEFAULT_FROM_EMAIL,
# MARQUEE_COMPLAINT_BODIES). All public: never personal data.
OPERATOR_EMAILS = ["help@mecross.net", "mktlee@mecross.net", "cs-lead@mecross.net",
                   "no-reply@marquee.example"]
OPERATOR_PHONES = ["1661-9265", "070-8290-9005", "080-000-0000", "1833-6972", "02-580-0533"]
OPERATOR_ADDRESS = "서울시 마포구 동교동 154-23 3층"
OPERATOR_OFFICER = "이경수"
OPERATOR_COMPANY = "주식회사 메크로스"


def booking(r: random.Random) -> str:
    return booking_number(r) if r.random() < 0.7 else "MQ" + num(r, 10)


def coupon(r: random.Random) -> str:
    return voucher_code(r) if r.random() < 0.6 else "CP-" + num(r, 4) + "-" + num(r, 4)


def order_no(r: random.Random) -> str:
    day = f"2026{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    roll = r.randint(0, 3)
    if roll == 0:
        return f"{day}-{num(r, 7, '0123456789')}"
    if roll == 1:
        return f"ORD{day}{num(r, 5)}"
    if roll == 2:
        return num(r, 14, "2")
    return f"{day[2:]}{num(r, 6)}"


def tracking(r: random.Random) -> str:
    roll = r.randint(0, 2)
    if roll == 0:
        return chunks(num(r, 12, "56"), (4, 4, 4), r.choice(["-", " ", ""]))
    if roll == 1:
        return num(r, 13, "6")
    return num(r, 10, "3")


def gift_pin(r: random.Random) -> str:
    """A gift-card PIN: 16 digits that fail the Luhn check, or a 12-digit mobile voucher."""
    if r.random() < 0.6:
        d = luhn_complete(r.choice("12789"), 16, r)
        d = d[:-1] + str((int(d[-1]) + r.randint(1, 9)) % 10)
        return chunks(d, (4, 4, 4, 4), r.choice(["-", " "]))
    return chunks(num(r, 12, "9"), (4, 4, 4), " ")


def barcode(r: random.Random) -> str:
    """An EAN-13 with the Korean GS1 prefix 880 and a valid check digit."""
    body = "880" + num(r, 9, "0123456789")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def membership(r: random.Random) -> str:
    return "MQ-" + num(r, 4) + "-" + num(r, 4) if r.random() < 0.5 else "L" + num(r, 9)


def business_no(r: random.Random) -> str:
    return f"{num(r, 3)}-{num(r, 2)}-{num(r, 5)}"


def business_phone(r: random.Random) -> str:
    return f"{r.choice(['1544', '1588', '1600', '1644', '1899', '1566'])}-{num(r, 4, '0123456789')}"


def date(r: random.Random) -> str:
    y, m, d = r.choice([2025, 2026, 2027]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{m}월 {d}일",
                     f"{y % 100}.{m}.{d}", f"{y}년 {m}월 {d}일", f"{m}/{d}", f"{y}{m:02d}{d:02d}"])


def time(r: random.Random) -> str:
    h, mi = r.randint(8, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
    spoken = f"{h % 12 or 12}시" + (f" {mi}분" if mi else "")
    return r.choice([f"{h:02d}:{mi:02d}", spoken, f"오후 {h % 12 or 12}:{mi:02d}",
                     f"{h}:{mi:02d}~{(h + 2) % 24}:{mi:02d}"])


def price(r: random.Random) -> str:
    won = r.randint(3, 180) * 500
    forms = [f"{won:,}원", f"{won}원", f"₩{won:,}", f"{won:,} 원"]
    if won < 10000 and won % 1000 == 0:
        forms.append(f"{won // 1000}천원")
    elif won % 10000 == 0:
        forms.append(f"{won // 10000}만원")
    return r.choice(forms)


def seat(r: random.Random) -> str:
    row, n = r.choice("ABCDEFGHJKLMN"), r.randint(1, 24)
    return r.choice([f"{row}열 {n}번", f"{row}{n}", f"{row}-{n}", f"{row}{n}, {row}{n + 1}",
                     f"{row}열 {n}~{n + 2}번"])


def version(r: random.Random) -> str:
    a, b, c = r.randint(1, 9), r.randint(0, 30), r.randint(0, 40)
    return r.choice([f"v{a}.{b}.{c}", f"{a}.{b}.{c}", f"ver {a}.{b}", f"{a}.{b}.{c} ({num(r, 4)})"])


def masked(r: random.Random) -> str:
    """A value the site already masked: nothing personal is left in it."""
    roll = r.randint(0, 3)
    if roll == 0:
        return f"010-****-{num(r, 4, '0123456789')}"
    if roll == 1:
        return f"{r.choice('김이박최정강조윤')}*{r.choice('수민영진희')}"
    if roll == 2:
        return f"{r.choice(['ab', 'mi', 'su', 'jh'])}****@{r.choice(['naver.com', 'gmail.com'])}"
    return f"{num(r, 4)}-****-****-{num(r, 4, '0123456789')}"


COUNTS = {
    "PPL": lambda r: f"{r.randint(2, 9)}명" if r.random() < 0.6 else f"{r.randint(10, 3000):,}명",
    "TIX": lambda r: r.choice([f"{r.randint(2, 12)}매", f"{r.randint(2, 6)}장"]),
    "ROUND": lambda r: f"{r.randint(1, 12)}회차",
    "FILMS": lambda r: f"{r.randint(2, 60)}편",
    "RATE": lambda r: r.choice([f"{r.randint(1, 4)}.{r.randint(0, 9)}점", f"★{r.randint(1, 4)}.5",
                                 f"{r.randint(6, 9)}.{r.randint(0, 9)}/10"]),
    "AUD": lambda r: r.choice([f"{r.randint(1, 1300)}만 관객", f"누적 {r.randint(100, 999)}만"]),
    "HOURS": lambda r: r.choice([f"{r.randint(2, 4)}시간", f"{r.choice([90, 120, 180])}분"]),
    "AGE": lambda r: r.choice([f"{r.randint(60, 99)}세", "팔순", "칠순", f"{r.randint(60, 99)}번째"]),
    "QTY": lambda r: str(r.randint(1, 9)),
}


def product(r: random.Random) -> str:
    return r.choice(["SKU-", "P", "GD"]) + num(r, 6) + r.choice(["", "-A", "-BK"])


def cast(r: random.Random) -> str:
    return r.choice(CAST + CREW + CHARACTERS)


def theatre(r: random.Random) -> str:
    return r.choice(THEATRES)


def movie(r: random.Random) -> str:
    return r.choice(MOVIES)


def op_email(r: random.Random) -> str:
    return r.choices(OPERATOR_EMAILS, weights=[6, 3, 1, 1])[0]


def clock(r: random.Random) -> str:
    """A messenger timestamp."""
    return f"{r.choice(['오전', '오후'])} {r.randint(1, 12)}:{r.randint(0, 59):02d}"


def op_phone(r: random.Random) -> str:
    """The customer centre's number (the CPO's too)."""
    return OPERATOR_PHONES[0]


def masked_name(r: random.Random) -> str:
    """A name the site already masked (김*수, 박**): nothing personal is left in it."""
    sur = r.choice("김이박최정강조윤장임한오서신권황")
    return sur + r.choice(["*", "**", "○○", "*" + r.choice("수민영진희호")])


def otp(r: random.Random) -> str:
    """A one-time verification code in a text message."""
    return num(r, 6, "0123456789")

"""Hard negatives for test8: values shaped like personal data that are not.

The operator's and the public agencies' contacts are copied exactly as the operator's
privacy policy prints them (privacy-policy-2024-03-07.ko.txt: 마키시네마 / 주식회사 메크로스);
everything else (booking numbers, gift PINs shaped like cards, order numbers shaped like
RRNs, app versions shaped like IPs, masked values, format examples) is made up here."""

from __future__ import annotations

from t8_values import digits, full_width

OPERATOR_PHONES = ["1661-9265", "070-8290-9005"]  # telephone, fax
OPERATOR_EMAILS = ["help@mecross.net", "mktlee@mecross.net"]
OPERATOR_ADDRESS = "서울시 마포구 동교동 154-23 3층"
OPERATOR_PEOPLE = ["이경수"]  # the CPO, named in the published policy
AGENCY_PHONES = ["118", "02-580-0533", "02-3480-3600", "02-392-0330", "02-1336", "02-405-4729"]
AGENCY_EMAILS = ["privacy@kisa.or.kr"]
AGENCY_SITES = ["privacy.kisa.or.kr", "www.eprivacy.or.kr", "www.spo.go.kr", "www.ctrc.go.kr"]
KISA = ["118", "02-1336", "privacy@kisa.or.kr", "privacy.kisa.or.kr"]


def booking(rng) -> str:
    form = rng.randrange(5)
    if form == 0:
        return f"M{rng.randint(2601, 2612)}-{digits(rng, 4)}-{digits(rng, 4)}"
    if form == 1:
        return f"{rng.randint(1201, 1231)}-{digits(rng, 4)}-{digits(rng, 4)}"  # phone-shaped
    if form == 2:
        return "2026" + digits(rng, 9)
    if form == 3:
        return f"T{digits(rng, 4)}-{digits(rng, 5)}"
    return f"MQ{digits(rng, 10)}"


def order(rng) -> str:
    form = rng.randrange(3)
    if form == 0:
        return f"26{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 7)}"  # RRN-shaped
    if form == 1:
        return f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(rng, 6)}"
    return f"ORD-{digits(rng, 4)}-{digits(rng, 6)}"


def tracking(rng) -> str:
    return rng.choice([f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}", digits(rng, 12),
                       f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"])


def gift_pin(rng) -> str:
    groups = [digits(rng, 4) for _ in range(4)]
    return rng.choice(["-", " ", ""]).join(groups)  # card-shaped, a gift-voucher PIN


def coupon(rng) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(rng.choice(alphabet) for _ in range(4)) for _ in range(rng.choice([3, 4])))


def seat(rng) -> str:
    row = rng.choice("ABCDEFGHJKLMN")
    form = rng.randrange(4)
    if form == 0:
        return f"{row}열 {rng.randint(1, 24)}번"
    if form == 1:
        return f"{row}-{rng.randint(1, 24)}"
    if form == 2:
        first = rng.randint(1, 20)
        return f"{row}{first}, {row}{first + 1}"
    return f"{row}{rng.randint(1, 24)}"


def date(rng) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"2026.{month:02d}.{day:02d}", f"2026-{month:02d}-{day:02d}", f"{month}/{day}",
                       f"{month}월 {day}일", f"26.{month}.{day}", f"2026년 {month}월 {day}일",
                       f"{month:02d}.{day:02d} {rng.randint(9, 23)}:{rng.choice(['00', '10', '30', '45'])}"])


def price(rng) -> str:
    won = rng.choice([7000, 9000, 11000, 12000, 14000, 15000, 18000, 22000, 25000, 30000, 45000])
    return rng.choice([f"{won:,}원", f"{won // 1000}천원" if won < 10000 else f"{won / 10000:g}만원",
                       f"{won}원", f"₩{won:,}"])


def version(rng) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{rng.randint(3, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(100, 250)}"  # IP-shaped
    if form == 1:
        return f"v{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    if form == 2:
        return f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}"
    return f"{rng.randint(110, 131)}.0.{rng.randint(5000, 6999)}.{rng.randint(10, 199)}"


def model(rng) -> str:
    return rng.choice([f"SM-S9{rng.randint(10, 38)}N", f"SM-A{rng.randint(15, 56)}6N", f"A{rng.randint(2400, 3300)}",
                       f"LM-V{rng.randint(400, 510)}N", f"iPhone {rng.randint(12, 16)} Pro"])


def _masked_name(rng) -> str:
    if rng.random() < 0.5:
        return rng.choice("김이박최정강조윤") + rng.choice(["*", "○", "x"]) + rng.choice("수영민희준연우")
    return rng.choice("김이박최정한") + rng.choice(["**", "○○", "OO", "모씨", "X X"])


def _masked_phone(rng) -> str:
    return rng.choice([f"010-****-{digits(rng, 4)}", f"010-{digits(rng, 2)}**-**{digits(rng, 2)}",
                       f"010-{digits(rng, 4)}-****", f"***-****-{digits(rng, 4)}"])


MASKERS = {
    "name": _masked_name,
    "phone": _masked_phone,
    "mail": lambda rng: f"{rng.choice(['kim', 'lee', 'park', 'mov'])}***@{rng.choice(['naver.com', 'gmail.com', 'daum.net'])}",
    "rrn": lambda rng: f"{digits(rng, 2)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 4)}******",
    "card": lambda rng: rng.choice([f"****-****-****-{digits(rng, 4)}", f"{digits(rng, 4)}-{digits(rng, 2)}**-****-{digits(rng, 4)}"]),
    "account": lambda rng: f"{digits(rng, 3)}-***-***{digits(rng, 3)}",
    "ip": lambda rng: f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.*.*",
    "address": lambda rng: rng.choice(["서울시 강남구 ***", "경기도 ○○시 ○○동 ***", "부산 해운대구 ****", "***동 ***호"]),
}


def masked(rng, what: str | None = None) -> str:
    """An already-masked value; ``what`` picks its kind, else any (names and phones most)."""
    if what is None:
        what = rng.choice(["name", "name", "phone", "phone", "mail", "rrn", "card", "account", "ip"])
    return MASKERS[what](rng)


EXAMPLES = {
    "phone": ["010-0000-0000", "010-1234-5678", "010-XXXX-XXXX", "01012345678", "000-0000-0000"],
    "rrn": ["000000-0000000", "123456-1234567", "YYMMDD-NNNNNNN"],
    "mail": ["example@email.com", "abc@naver.com", "id@domain.com", "your@email.com"],
    "card": ["0000-0000-0000-0000", "1234-5678-9012-3456"],
    "order": ["20260101-000000", "ORD-0000-000000", "M0000-0000-0000"],
    "ip": ["123.456.789.0", "0.0.0.0", "xxx.xxx.xxx.xxx"],
}


def example(rng, what: str) -> str:
    """A value printed as a format example in a form or a notice."""
    return rng.choice(EXAMPLES[what])


def agency(rng) -> str:
    return rng.choice(AGENCY_PHONES + AGENCY_EMAILS + AGENCY_SITES)


def operator_contact(rng) -> str:
    return rng.choice(OPERATOR_PHONES * 2 + OPERATOR_EMAILS * 2 + [OPERATOR_ADDRESS])


def screen(rng) -> str:
    """An auditorium, as the tickets print it."""
    return rng.choice([f"{rng.randint(1, 12)}관", "IMAX관", "4DX관", "SCREENX관", "리클라이너관",
                       f"{rng.randint(1, 9)}관 {rng.randint(1, 7)}회차", "샤롯데관", "Dolby관"])


def barcode(rng) -> str:
    """A Korean EAN-13 product barcode: 13 digits, as long as an RRN without its dash."""
    body = "880" + digits(rng, 9)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def voucher(rng) -> str:
    """A mobile admission voucher number (12 digits, grouped like a card)."""
    return rng.choice([" ", "-", ""]).join(digits(rng, 4) for _ in range(3))


def runtime(rng) -> str:
    return rng.choice([f"{rng.randint(98, 189)}분", f"{rng.randint(1, 2)}시간 {rng.randint(1, 59)}분"])


def audience(rng) -> str:
    return rng.choice([f"{rng.randint(100, 1400)}만 관객", f"{rng.randint(1000000, 13000000):,}명",
                       f"{rng.randint(100, 1400)}만 명"])


def rating(rng) -> str:
    return rng.choice([f"{rng.randint(6, 9)}.{rng.randint(0, 9)}점", f"{rng.randint(6, 9)}.{rng.randint(0, 9)}/10",
                       f"{rng.randint(3, 5)}/5", "2.39:1 화면비", "1.43:1 IMAX"])


def count(rng) -> str:
    return rng.choice([f"{rng.randint(2, 40)}건", f"{rng.randint(2, 20)}회", full_width(str(rng.randint(2, 40))) + "건"])


def ratio(rng) -> str:
    return rng.choice([f"{rng.randint(2, 300)}:1", f"{rng.randint(2, 300)} 대 1", f"{rng.randint(2, 300)}대1"])

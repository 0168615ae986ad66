"""Values for test15's templated posts, each returned already marked up (bench only).

Personal values come as ``[[ENTITY|text]]``, look-alikes as ``[[kind|text]]`` (see
t15_markup); the layouts vary the way people type them on a phone.
"""

from __future__ import annotations

from common import (
    booking_number,
    group,
    luhn_complete,
    random_digits,
    rrn_digits,
    to_fullwidth,
    to_hangul_digits,
    voucher_code,
    with_zero_width,
)

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈서문"
RARE = ["남궁", "제갈", "선우", "독고", "황보", "사공", "서문"]
GIVEN = ["민준", "서연", "도윤", "하린", "지호", "예은", "시우", "채은", "건우", "소율", "현수",
         "다은", "우진", "지아", "태윤", "수아", "은호", "나연", "재민", "가온", "보람", "한결",
         "슬아", "동희", "혜원", "주원", "승아", "연재", "윤슬", "경민"]
FOREIGN = ["John Miller", "Sarah Kim", "Nguyen Van Hung", "Liu Yang", "Olga Petrova",
           "존 밀러", "응우옌 반 훙", "리우 양", "올가 페트로바", "Ahmed Khan", "아메드 칸",
           "Maria Garcia", "마리아 가르시아", "Tran Thi Mai", "쩐 티 마이"]
CITIES = [("서울", "마포구", "월드컵북로"), ("서울특별시", "송파구", "송파대로"),
          ("경기도", "수원시 영통구", "광교중앙로"), ("부산광역시", "사하구", "낙동남로"),
          ("대전", "유성구", "대학로"), ("경기", "고양시 일산동구", "중앙로"),
          ("인천", "남동구", "구월로"), ("충남", "천안시 서북구", "불당대로"),
          ("울산광역시", "남구", "삼산로"), ("제주특별자치도", "제주시", "연삼로")]
LOTS = [("서울", "관악구", "신림동"), ("경기", "성남시 분당구", "정자동"), ("대구", "달서구", "월성동"),
        ("광주광역시", "서구", "치평동"), ("경남", "창원시 성산구", "상남동"), ("서울시", "은평구", "불광동")]
COMPLEX = ["래미안", "힐스테이트", "e편한세상", "자이", "푸르지오", "롯데캐슬", "주공", "한신"]
BANKS = [("국민", (6, 2, 6)), ("신한", (3, 3, 6)), ("우리", (4, 3, 6)), ("하나", (3, 6, 5)),
         ("농협", (3, 4, 4, 2)), ("기업", (3, 6, 2, 3)), ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4))]


def m(label: str, text: str) -> str:
    return f"[[{label}|{text}]]"


def person(r, banned: set[str]) -> str:
    while True:
        roll = r.random()
        if roll < 0.15:
            name = r.choice(FOREIGN)
        elif roll < 0.25:
            name = r.choice(RARE) + r.choice(GIVEN)
        elif roll < 0.35:
            name = r.choice(GIVEN)  # given name alone
        elif roll < 0.42:
            name = r.choice(SURNAMES) + " " + r.choice(GIVEN)
        elif roll < 0.48:
            name = with_zero_width(r.choice(SURNAMES) + r.choice(GIVEN), r).strip("\u200b")
        else:
            name = r.choice(SURNAMES) + r.choice(GIVEN)
        if name not in banned:
            return name


def phone(r) -> str:
    d = "010" + random_digits(r, 8)
    style = r.randrange(8)
    if style == 0:
        return group(d, (3, 4, 4), "-")
    if style == 1:
        return group(d, (3, 4, 4), ".")
    if style == 2:
        return group(d, (3, 4, 4), " ")
    if style == 3:
        return d
    if style == 4:
        return to_fullwidth(group(d, (3, 4, 4), "-"))
    if style == 5:
        return to_hangul_digits(group(d, (3, 4, 4), "-"))
    if style == 6:
        return "+82 " + group(d[1:], (2, 4, 4), "-")
    return group(d, (3, 4, 4), "ㅡ")


def email(r, name_hint: str = "") -> str:
    user = r.choice(["movie", "jiyu", "hana", "sk", "dream", "blue", "kimj", "leeh", "star"])
    user += r.choice(["", "_", "."]) + random_digits(r, r.randint(2, 4))
    dom = r.choice(["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com"])
    style = r.randrange(5)
    if style == 0:
        return f"{user} 골뱅이 {dom.replace('.', ' 닷 ')}"
    if style == 1:
        return f"{user}(at){dom}"
    if style == 2:
        return f"{user} @ {dom}"
    return f"{user}@{dom}"


def address(r) -> str:
    if r.random() < 0.55:
        city, gu, road = r.choice(CITIES)
        base = f"{city} {gu} {road} {r.randint(1, 399)}"
        if r.random() < 0.3:
            base += f"번길 {r.randint(1, 60)}"
    else:
        city, gu, dong = r.choice(LOTS)
        base = f"{city} {gu} {dong} {r.randint(1, 1999)}-{r.randint(1, 40)}"
    tail = r.randrange(4)
    if tail == 0:
        return f"{base} {r.choice(COMPLEX)}아파트 {r.randint(101, 125)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
    if tail == 1:
        return f"{base} {r.randint(2, 9)}층 {r.randint(201, 905)}호"
    if tail == 2:
        return f"{base}, {r.randint(101, 112)}동 {r.randint(101, 1504)}호"
    return f"{base} {r.randint(1, 5)}층"


def account(r) -> str:
    bank, sizes = r.choice(BANKS)
    d = random_digits(r, sum(sizes))
    return f"{bank}{r.choice(['', ' ', '은행 '])}{group(d, sizes, '-')}"


def card(r) -> str:
    d = luhn_complete(r.choice(["4", "51", "53", "9410", "3560"]), 16, r)
    return group(d, (4, 4, 4, 4), r.choice(["-", " ", ""]))


def rrn(r, foreigner: bool = False) -> str:
    d = rrn_digits(r, foreigner=foreigner)
    return d[:6] + r.choice(["-", "-", " ", ""]) + d[6:]


def passport(r) -> str:
    return r.choice("MSRGD") + random_digits(r, 8, first_nonzero=False)


def licence(r) -> str:
    return f"{r.randint(11, 28)}-{r.randint(10, 24)}-{random_digits(r, 6)}-{random_digits(r, 2, False)}"


def ip(r) -> str:
    return f"{r.choice([211, 175, 223, 121, 59, 118])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"


def negative_value(r, kind: str) -> str:
    """A look-alike of ``kind``: a booking, gift card, tracking or order number, a price, a
    seat or a time, the strings a careless masker takes for personal data."""
    makers = {
        "booking_number": lambda: booking_number(r),
        "gift_card": lambda: voucher_code(r),
        "tracking_number": lambda: random_digits(r, 12),
        "order_number": lambda: f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{random_digits(r, 6, False)}",
        "price": lambda: f"{r.randint(5, 60)},{r.choice(['000', '500'])}원",
        "seat": lambda: f"{r.choice('ABCDEFGHJK')}{r.randint(1, 24)}",
        "time": lambda: f"{r.randint(9, 23)}:{r.choice(['00', '10', '20', '30', '40', '50'])}",
        "date": lambda: f"2024.{r.randint(1, 12):02d}.{r.randint(1, 28):02d}",
        "approval_number": lambda: random_digits(r, 8),
        "member_number": lambda: "M" + random_digits(r, 9, False),
    }
    return makers[kind]()

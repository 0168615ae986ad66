"""Look-alikes for test9: values shaped like personal data that are not (booking and
order numbers, vouchers, versions, masked values, form examples, public names, and the
operator's and agencies' published contacts). Each returns a ``Val`` with its kind."""

from __future__ import annotations

from t9_build import Val, neg
from t9_lexicon import (
    ACTORS_KO,
    CELEBS_KO,
    CHARACTERS,
    NAMELIKE_ADVERBS,
    NAMELIKE_NOUNS,
    NAMELIKE_VERBS,
    PUBLIC_FOREIGN,
    PUBLIC_LATIN,
    REGIONS,
    SCREENS,
    THEATRE_ADDRESSES,
    THEATRES,
    TITLES,
)
from t9_values import digits, luhn_digit

# Contacts the operator publishes (privacy policy 2024-03-07 and settings).
OPERATOR_CONTACTS = ["1661-9265", "070-8290-9005", "help@mecross.net", "mktlee@mecross.net",
                     "cs-lead@mecross.net", "서울시 마포구 동교동 154-23 3층", "이경수"]
# Contacts of the public bodies printed in the same policy (old and current).
AGENCY_CONTACTS = ["02-580-0533~4", "02-3480-3600", "02-392-0330", "02-1336", "02-405-4729",
                   "privacy@kisa.or.kr", "118", "1833-6972", "1301", "182",
                   "http://privacy.kisa.or.kr/kor/main.jsp", "https://www.kopico.go.kr",
                   "http://www.eprivacy.or.kr", "https://ecrm.police.go.kr"]
BUSINESS_NUMBERS = ["1588-1255", "1577-1287", "1588-1300", "1544-1900", "1599-1111",
                    "080-023-5000", "1644-0000", "1661-0070", "1800-3456"]


def public_figure(r) -> Val:
    """An actor or director, Korean or foreign, in Hangul or Latin script."""
    pool = r.choices([ACTORS_KO, PUBLIC_FOREIGN, PUBLIC_LATIN], [70, 18, 12])[0]
    return neg(r.choice(pool), "PUBLIC_FIGURE")


def celebrity(r) -> Val:
    """A singer, athlete or historical person."""
    return neg(r.choice(CELEBS_KO), "PUBLIC_FIGURE")


def _picker(pool: list[str], kind: str):
    """A look-alike drawn from a fixed list, labelled ``kind``."""
    def pick(r) -> Val:
        return neg(r.choice(pool), kind)
    return pick


def theatre(r) -> Val:
    return neg(r.choice(THEATRES) + r.choice(["", "점", ""]), "THEATRE")


title = _picker(TITLES, "TITLE")
character = _picker(CHARACTERS, "CHARACTER")
theatre_address = _picker(THEATRE_ADDRESSES, "THEATRE")
screen = _picker(SCREENS, "SCREEN")
region = _picker(REGIONS, "REGION")
word = _picker(NAMELIKE_ADVERBS, "WORD")  # fits any sentence
noun = _picker(NAMELIKE_NOUNS, "WORD")  # only where a noun goes
verb = _picker(NAMELIKE_VERBS, "WORD")  # closes a sentence
# The operator's phones and e-mails (its address and officer have their own slots).
operator = _picker(OPERATOR_CONTACTS[:5], "OPERATOR")
agency = _picker(AGENCY_CONTACTS, "AGENCY")
business = _picker(BUSINESS_NUMBERS, "BUSINESS")


def booking(r) -> Val:
    shape = r.randrange(5)
    if shape == 0:
        text = f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}"
    elif shape == 1:
        text = f"T{r.randint(23, 24)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{digits(r, 5)}"
    elif shape == 2:
        text = f"0{r.randint(10, 99)}-{digits(r, 4)}-{digits(r, 4)}"  # phone-shaped on purpose
    elif shape == 3:
        text = f"{digits(r, 4)}{digits(r, 4)}{digits(r, 5)}"
    else:
        text = f"MQ{digits(r, 2)}-{digits(r, 6)}-{digits(r, 2)}"
    return neg(text, "BOOKING")


def order(r) -> Val:
    date = f"202{r.randint(3, 4)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    text = r.choice([f"{date}-{digits(r, 7)}", f"ORD{date[2:]}{digits(r, 4)}",
                     f"{date}{digits(r, 5)}", f"P-{digits(r, 6)}-{digits(r, 7)}"])
    return neg(text, "ORDER")


def tracking(r) -> Val:
    text = r.choice([f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}",
                     f"{digits(r, 4)} {digits(r, 4)} {digits(r, 4)}",
                     f"60{digits(r, 11)}", f"{digits(r, 6)}-{digits(r, 7)}"])
    return neg(text, "TRACKING")


def voucher(r) -> Val:
    """A 16-digit voucher or gift-card number, Luhn-valid half the time: card-shaped."""
    body = digits(r, 15)
    number = body + (luhn_digit(body) if r.random() < 0.5 else str(r.randrange(10)))
    sep = " " if r.random() < 0.5 else "-"
    return neg(sep.join(number[i:i + 4] for i in range(0, 16, 4)), "VOUCHER")


def coupon(r) -> Val:
    if r.random() < 0.45:
        return voucher(r)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    blocks = ["".join(r.choice(alnum) for _ in range(4)) for _ in range(r.choice([3, 4]))]
    return neg("-".join(blocks), "COUPON")


def seat(r) -> Val:
    row = r.choice("ABCDEFGHJKLMN")
    return neg(r.choice([f"{row}열 {r.randint(1, 24)}번", f"{row}{r.randint(1, 24)}",
                         f"{row}-{r.randint(1, 24)}", f"{row}{r.randint(1, 20)}, {row}{r.randint(21, 24)}"]),
               "SEAT")


def date(r) -> Val:
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    text = r.choice([f"{y}.{m:02d}.{d:02d}", f"{y % 100:02d}/{m:02d}/{d:02d}", f"{m}월 {d}일",
                     f"{y}-{m:02d}-{d:02d}", f"{y % 100:02d}{m:02d}{d:02d}", f"{y}년 {m}월 {d}일"])
    return neg(text, "DATE")


def time(r) -> Val:
    h, m = r.randint(7, 25), r.choice([0, 10, 20, 25, 30, 40, 45, 50])
    return neg(r.choice([f"{h % 24:02d}:{m:02d}", f"{h}:{m:02d}", f"오후 {h % 12 or 12}시 {m}분"]), "TIME")


def price(r) -> Val:
    won = r.choice([7000, 9000, 11000, 13000, 14000, 15000, 19000, 24000, 28000, 6500, 4900])
    short = f"{won / 10000:g}만원" if won >= 10000 else f"{won // 1000}천원"
    return neg(r.choice([f"{won:,}원", f"₩{won:,}", short, f"{won:,} 원"]), "PRICE")


def version(r) -> Val:
    text = r.choice([f"{r.randint(4, 6)}.{r.randint(0, 15)}.{r.randint(0, 9)}",
                     f"v{r.randint(1, 3)}.{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(100, 999)}",
                     f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                     f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}"])
    return neg(text, "VERSION")


def audience(r) -> Val:
    return neg(r.choice([f"{r.randint(100, 1400):,}만 명", f"{r.randint(1, 99)}만 {r.randint(1, 9)}천 명",
                         f"{r.randint(10000, 990000):,}명"]), "FIGURE")


def runtime(r) -> Val:
    return neg(f"{r.randint(85, 180)}분", "FIGURE")


def rating(r) -> Val:
    return neg(r.choice([f"{r.randint(6, 9)}.{r.randint(10, 99)}", f"{r.randint(3, 5)}점",
                         f"★{r.randint(3, 5)}", f"{r.randint(6, 10)}/10"]), "FIGURE")


def figure(r) -> Val:
    return neg(r.choice([f"{r.randint(100, 1400):,}만 명", f"{r.randint(1, 9)}.{r.randint(10, 99)}점",
                         f"{r.randint(90, 180)}분", f"{r.randint(1, 40)}만 {r.randint(1, 9)}천 명",
                         f"{r.randint(10, 99)}.{r.randint(0, 9)}%"]), "FIGURE")


MASKED_NAMES = ["김*지", "이**", "박○○", "최*우", "홍*동", "정**", "이○현", "J*** K**", "남궁**",
                "Nguyen T** L**", "서*"]
MASKED_PHONES = ["010-****-{4}", "010-{2}**-**{2}", "010****{4}", "02-***-{4}", "010-{4}-****"]
MASKED_OTHER = ["{2}****-1******", "****-****-****-{4}", "{4}-****-****-{4}", "110-***-***{3}",
                "kim***@naver.com", "m****@gmail.com", "서울 강남구 ***", "M12****67", "211.***.**.7",
                "***-**-{5}"]


def _mask(r, pool: list[str]) -> Val:
    text = r.choice(pool)
    for n in (2, 3, 4, 5):
        while "{" + str(n) + "}" in text:
            text = text.replace("{" + str(n) + "}", digits(r, n), 1)
    return neg(text, "MASKED")


def masked_name(r) -> Val:
    return _mask(r, MASKED_NAMES)


def masked_phone(r) -> Val:
    return _mask(r, MASKED_PHONES)


def masked(r) -> Val:
    return _mask(r, MASKED_NAMES + MASKED_PHONES + MASKED_OTHER)


EXAMPLES = ["홍길동", "김철수", "이영희", "010-0000-0000", "010-1234-5678", "example@example.com",
            "user@example.com", "test@test.com", "abc@naver.com", "123456-1234567", "000000-0000000",
            "1234-5678-9012-3456", "0000-0000-0000-0000", "M12345678", "11-00-000000-00",
            "서울시 OO구 OO로 123", "OO동 OO아파트 OOO동 OOO호", "192.168.0.1", "127.0.0.1",
            "123-456-789012", "Hong Gildong", "John Doe"]


def example(r) -> Val:
    return neg(r.choice(EXAMPLES), "EXAMPLE")


HANDLES = ["팝콘러버", "무비덕_92", "@cine_holic", "조조할인요정", "김치볶음밥", "박하사탕좋아",
           "정우성닮은꼴", "강동원아님", "밤샘관객", "영화보는곰", "@mq_reviewer", "나홀로관람러",
           "IMAX순례자", "이과장", "송곳니", "전지적관객시점", "최애는조연", "한줄평장인", "문화의날",
           "윤슬", "baeksu_88"]
PRODUCTS = ["스위트콤보", "더블콤보", "오리지널 팝콘 L", "카라멜 팝콘 M", "나초 세트",
            "마퀴 기프트카드 3만원권", "2인 관람권", "스페셜 포스터 A3", "오티(OT) 굿즈"]
handle = _picker(HANDLES, "HANDLE")
product = _picker(PRODUCTS, "PRODUCT")

"""Random personal values for test17's templated posts, each written in one of the many ways
people really type or say it: spaced, dotted, +82, full-width, Hangul digits, letter O for zero.
Every function takes the generator's ``random.Random`` so the set is reproducible."""

from __future__ import annotations

SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
            "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남",
            "남궁", "제갈", "황보", "선우", "독고", "사공", "서문", "동방", "어", "편", "탁", "빈",
            "온", "추", "도", "마", "봉", "국", "인", "육", "승", "피", "좌", "가", "예", "은", "경"]
GIVEN = ["서윤", "도윤", "하준", "지우", "서진", "예린", "시우", "수빈", "주원", "채윤", "건우",
         "유진", "민결", "다인", "태오", "하윤", "지안", "로운", "아린", "시원", "윤슬", "재윤",
         "소율", "은찬", "가윤", "태린", "서하", "준혁", "다은", "현서", "연우", "우주", "나린",
         "지환", "수호", "예담", "하엘", "이안", "승아", "민채", "정후", "세아", "보민", "규리"]
FOREIGN = ["Nguyen Thi Thu", "Tran Van Long", "Maria Santos", "Olivia Brown", "Liam Walker",
           "Yuki Tanaka", "Haruto Sato", "Zhang Wei", "Liu Yang", "Dmitri Volkov", "Aisha Khan",
           "응우옌 티 투", "마리아 산토스", "올리비아 브라운", "다나카 유키", "장웨이"]
ROMAN = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
         "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh",
         "서": "Seo", "신": "Shin", "권": "Kwon", "남궁": "Namgung", "제갈": "Jegal",
         "황보": "Hwangbo", "선우": "Sunwoo", "독고": "Dokgo"}
ROMAN_GIVEN = {"서윤": "Seoyun", "도윤": "Doyun", "하준": "Hajun", "지우": "Jiwoo",
               "서진": "Seojin", "예린": "Yerin", "시우": "Siwoo", "수빈": "Subin",
               "주원": "Juwon", "채윤": "Chaeyun", "건우": "Geonwoo", "유진": "Yujin"}
INVISIBLE = ["\u200b", "\u200d", "\u2060", "\ufeff"]
HANGUL_DIGITS = "공일이삼사오육칠팔구"
FULL_WIDTH = str.maketrans("0123456789-.@", "０１２３４５６７８９－．＠")


def digits(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def korean_name(rng) -> tuple[str, str, str]:
    """(full name, surname, given name) of a private Korean person."""
    surname = rng.choice(SURNAMES)
    given = rng.choice(GIVEN)
    return surname + given, surname, given


def name_form(rng, surname: str, given: str) -> str:
    """One written form of a name: plain, spaced, invisible-joined or romanised."""
    roll = rng.random()
    if roll < 0.5:
        return surname + given
    if roll < 0.62:
        return " ".join(surname + given) if len(surname) == 1 else f"{surname} {given}"
    if roll < 0.74:
        mark = rng.choice(INVISIBLE)
        return surname + mark + given
    if surname in ROMAN and given in ROMAN_GIVEN:
        first, last = ROMAN_GIVEN[given], ROMAN[surname]
        return rng.choice([f"{last} {first}", f"{first} {last}", f"{last.upper()} {first.upper()}",
                           f"{first.lower()} {last.lower()}", f"{last}, {first}"])
    return surname + given


def spoken(number: str) -> str:
    """Digits as a call-centre transcript writes them (공일공 ...)."""
    return "".join(HANGUL_DIGITS[int(c)] if c.isdigit() else c for c in number)


def mobile(rng) -> str:
    """A mobile number in one of many spellings."""
    mid, end = digits(rng, 4), digits(rng, 4)
    mid = str(rng.randint(2, 9)) + mid[1:]
    style = rng.randrange(10)
    forms = [f"010-{mid}-{end}", f"010 {mid} {end}", f"010.{mid}.{end}", f"010{mid}{end}",
             f"+82 10-{mid}-{end}", f"+82-10-{mid}-{end}",
             f"010-{mid}-{end}".translate(FULL_WIDTH), spoken(f"010 {mid} {end}"),
             f"010-{mid}-{end}".replace("0", "O"), f"010 - {mid} - {end}"]
    return forms[style]


def landline(rng) -> str:
    area = rng.choice(["02", "031", "032", "051", "053", "062", "064"])
    head = str(rng.randint(2, 9)) + digits(rng, 2 if area == "02" and rng.random() < 0.3 else 3)
    return f"{area}-{head}-{digits(rng, 4)}"


def rrn(rng, foreign: bool = False) -> str:
    """A resident (or, with ``foreign``, an alien) registration number."""
    year = rng.randint(0, 99)
    born_2000s = year < 24 and rng.random() < 0.5
    if foreign:
        gender = rng.choice("78" if born_2000s else "56")
    else:
        gender = rng.choice("34" if born_2000s else "12")
    front = f"{year:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    back = gender + digits(rng, 6)
    style = rng.randrange(5)
    return [f"{front}-{back}", f"{front}{back}", f"{front} - {back}", f"{front}-{back}",
            f"{front}-{back}".translate(FULL_WIDTH)][style]


def card(rng) -> str:
    head = rng.choice(["4", "5", "9", "3"])
    if head == "3":
        return f"37{digits(rng, 2)} {digits(rng, 6)} {digits(rng, 5)}"
    groups = [head + digits(rng, 3)] + [digits(rng, 4) for _ in range(3)]
    return rng.choice(["-", " ", ""]).join(groups)


ACCOUNT_SHAPES = [("국민", (6, 2, 6)), ("신한", (3, 3, 6)), ("우리", (4, 3, 6)),
                  ("하나", (3, 6, 5)), ("농협", (3, 4, 4, 2)), ("기업", (3, 6, 2, 3)),
                  ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4)), ("SC제일", (3, 2, 6))]


def account(rng) -> tuple[str, str]:
    """(bank name, account number)."""
    bank, shape = rng.choice(ACCOUNT_SHAPES)
    sep = "" if rng.random() < 0.15 else "-"
    return bank, sep.join(digits(rng, n) for n in shape)


def passport(rng) -> str:
    letter = rng.choice("MSRGD")
    if rng.random() < 0.5:
        return letter + digits(rng, 8)
    return f"{letter}{digits(rng, 3)}{rng.choice('ABCDEFG')}{digits(rng, 4)}"


def driver_license(rng) -> str:
    sep = rng.choice(["-", " "])
    area = rng.choice(["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22",
                       "23", "24", "25", "26", "28"])
    return sep.join([area, f"{rng.randint(0, 24):02d}", digits(rng, 6), digits(rng, 2)])


def ip(rng) -> str:
    if rng.random() < 0.12:
        return f"2001:{rng.randint(0x200, 0xfff):x}:{rng.randint(1, 0xffff):x}::{rng.randint(1, 255):x}"
    first = rng.choice([1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 118, 121, 175, 211, 222])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
           "outlook.com", "icloud.com", "yahoo.co.kr"]
LOCAL_WORDS = ["movie", "sky", "blue", "cat", "star", "moon", "mint", "jjang", "love", "film"]


def email(rng, surname: str, given: str) -> str:
    last = ROMAN.get(surname, "k").lower()
    first = ROMAN_GIVEN.get(given, rng.choice(LOCAL_WORDS))
    local = rng.choice([f"{first.lower()}.{last}", f"{last}{first.lower()}{rng.randint(1, 99)}",
                        f"{rng.choice(LOCAL_WORDS)}_{first.lower()}{digits(rng, 2)}"])
    return f"{local}@{rng.choice(DOMAINS)}"


CITIES = [("서울", ["강서구 화곡로", "노원구 동일로", "송파구 올림픽로", "은평구 통일로",
                   "관악구 남부순환로", "동작구 상도로"]),
          ("부산광역시", ["사하구 낙동대로", "북구 금곡대로", "연제구 중앙대로"]),
          ("경기도", ["수원시 영통구 광교로", "용인시 수지구 풍덕천로", "안산시 단원구 고잔로",
                    "남양주시 다산중앙로"]),
          ("인천", ["부평구 부평대로", "서구 청라대로"]), ("대전광역시", ["서구 둔산로"]),
          ("경북", ["포항시 북구 양학로", "구미시 송정대로"]), ("전남", ["순천시 연향번영길"])]


def address(rng) -> str:
    """A private address from the first region word to the unit."""
    city, roads = rng.choice(CITIES)
    base = f"{city} {rng.choice(roads)} {rng.randint(3, 480)}"
    roll = rng.random()
    if roll < 0.45:
        return f"{base}, {rng.randint(101, 120)}동 {rng.randint(1, 25)}0{rng.randint(1, 4)}호"
    if roll < 0.75:
        return f"{base} {rng.randint(2, 9)}층 {rng.randint(201, 905)}호"
    return base


DONG = ["화곡동", "상계동", "잠실동", "불광동", "신림동", "괴정동", "구서동", "영통동", "풍덕천동",
        "부평동", "둔산동", "양학동", "연향동"]


def partial_address(rng) -> str:
    """A neighbourhood with a lot number, with or without the unit: still a private address."""
    lot = f"{rng.randint(1, 1800)}-{rng.randint(1, 40)}" if rng.random() < 0.7 else str(rng.randint(1, 999))
    unit = rng.choice(["", f" {rng.randint(101, 905)}호", f" {rng.randint(1, 5)}층", " 반지하"])
    return f"{rng.choice(DONG)} {lot}{unit}"

"""Invented personal values for the test10 set.

Every value is made up from a seeded ``random.Random`` so the set rebuilds byte for
byte. Numbers carry valid dates and, mostly, valid check digits, because a masker that
only trusts checksums must still be measured on the numbers people actually type; the
few invalid ones are there on purpose. Each function returns the value exactly as it is
written in the post; the generator labels the whole string.
"""

from __future__ import annotations

SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창"
RARE_SURNAMES = ["제갈", "남궁", "선우", "독고", "황보", "사공", "서문", "어", "편", "탁",
                 "빈", "견", "옹", "묵", "국", "추", "좌", "음", "궉", "즙", "뇌", "십"]
GIVEN = ["민지", "서연", "지훈", "도윤", "하은", "예준", "수아", "시우", "지아", "건우",
         "유나", "현우", "채원", "준서", "다은", "승민", "가윤", "태윤", "나래", "슬기",
         "보람", "한결", "이레", "다솜", "새롬", "아름", "초롱", "별하", "온유", "가람",
         "재석", "영숙", "말순", "점례", "순자", "덕배", "춘식", "봉구", "경자", "옥분",
         "해찬", "윤슬", "라온", "서진", "은호", "지율", "로하", "이안", "시온", "주원",
         "정훈", "미경", "혜진", "상철", "광수", "영미", "명숙", "종팔", "두식", "판석"]
ONE_SYLLABLE = ["혁", "준", "솔", "결", "담", "율", "찬", "훈", "린", "별", "슬", "환"]
FOREIGN_HANGUL = [("응우옌 티 후엉", "후엉"), ("마리아 곤살레스", "마리아"),
                  ("알렉산더 페트로프", "알렉산더"), ("아이샤 칸", "아이샤"),
                  ("다나카 유키", "유키"), ("왕 웨이", "웨이"), ("올리비아 마르탱", "올리비아"),
                  ("무함마드 라힘", "라힘"), ("소피 뮐러", "소피"), ("쩐 반 남", "반 남"),
                  ("바트볼드 간바타르", "바트볼드"), ("프리야 샤르마", "프리야"),
                  ("이고르 스미르노프", "이고르"), ("카를로스 멘도사", "카를로스"),
                  ("사토 하루토", "하루토"), ("린 샤오메이", "샤오메이"),
                  ("아마라 오콘쿼", "아마라"), ("파티마 유수프", "파티마"),
                  ("솜차이 분마", "솜차이"), ("아흐메트 이을드즈", "아흐메트"), ("콰메 멘사", "콰메"),
                  ("주제 다시우바", "주제"), ("장 민", "민"), ("누룰 아이니", "누룰")]
FOREIGN_LATIN = [("Emily Carter", "Emily"), ("Nguyen Thi Lan", "Lan"),
                 ("Jean-Luc Moreau", "Jean-Luc"), ("Tanaka Yuki", "Yuki"),
                 ("Olga Ivanova", "Olga"), ("Diego Fernández", "Diego"),
                 ("Park Ji-hoon", "Ji-hoon"), ("Kim Seo-yeon", "Seo-yeon"),
                 ("Aisha Rahman", "Aisha"), ("Lukas Schmidt", "Lukas"),
                 ("Chen Wei", "Wei"), ("Maria Santos", "Maria"), ("Tom O'Neill", "Tom"),
                 ("Ravi Patel", "Ravi"), ("Anna Kowalska", "Anna"), ("Lee Da-eun", "Da-eun"),
                 ("Somchai Boonma", "Somchai"), ("Ahmet Yıldız", "Ahmet"), ("Kwame Mensah", "Kwame"),
                 ("José da Silva", "José"), ("Zhang Min", "Min"), ("Bat-Erdene Gantulga", "Bat-Erdene"),
                 ("Hwang-bo Sol", "Sol"), ("Siobhan O'Brien", "Siobhan")]

MOBILE = ["010"] * 9 + ["011", "016", "019"]
AREA = ["02", "031", "032", "051", "053", "042", "062", "064", "033", "043", "055", "070"]
DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
           "outlook.com", "yahoo.co.kr", "icloud.com", "korea.ac.kr"]
BANK_LAYOUTS = [(6, 2, 6), (3, 3, 6), (4, 3, 6), (3, 6, 5), (3, 4, 4, 2), (4, 2, 7), (4, 4, 4),
                (3, 2, 6), (3, 6, 2, 3)]


def person(rng):
    """(name as written, the part a friend would repeat later)."""
    roll = rng.random()
    if roll < 0.14:
        return rng.choice(FOREIGN_HANGUL)
    if roll < 0.24:
        return rng.choice(FOREIGN_LATIN)
    given = rng.choice(GIVEN)
    if roll < 0.36:
        surname = rng.choice(RARE_SURNAMES)
    else:
        surname = rng.choice(SURNAMES)
    if roll > 0.92:
        given = rng.choice(ONE_SYLLABLE)
        return surname + given, surname + given
    if 0.86 < roll <= 0.89:
        return f"{surname} {given}", given
    if 0.89 < roll <= 0.92:
        return f"{surname}\u200b{given}", given
    return surname + given, given


def given_only(rng):
    return rng.choice(GIVEN)


def _birth(rng, lo=1950, hi=2012):
    year = rng.randint(lo, hi)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28 if month == 2 else 30)
    return year, f"{year % 100:02d}{month:02d}{day:02d}"


def _check(digits, base):
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return str((base - total % 11) % 10)


def _id_number(rng, foreign):
    year, ymd = _birth(rng)
    if foreign:
        sex = rng.choice("56") if year < 2000 else rng.choice("78")
        middle = "".join(str(rng.randint(0, 9)) for _ in range(5))
        body = ymd + sex + middle
        check = _check(body, 13)
    else:
        sex = rng.choice("12") if year < 2000 else rng.choice("34")
        body = ymd + sex + "".join(str(rng.randint(0, 9)) for _ in range(5))
        check = _check(body, 11)
    if rng.random() < 0.1:
        check = str((int(check) + 3) % 10)
    full = body + check
    sep = rng.choice(["-", "-", "-", "", " ", " - ", "ㅡ"])
    return full[:6] + sep + full[6:]


def rrn(rng):
    return _id_number(rng, foreign=False)


def frn(rng):
    return _id_number(rng, foreign=True)


def _digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng):
    roll = rng.random()
    if roll < 0.72:
        head, mid = rng.choice(MOBILE), _digits(rng, 4)
        mid = str(rng.randint(2, 9)) + mid[1:]
    else:
        head = rng.choice(AREA)
        mid = str(rng.randint(2, 9)) + _digits(rng, rng.choice([2, 3]))
    tail = _digits(rng, 4)
    style = rng.randint(0, 9)
    if style <= 3:
        return f"{head}-{mid}-{tail}"
    if style == 4:
        return f"{head} {mid} {tail}"
    if style == 5:
        return f"{head}.{mid}.{tail}"
    if style == 6:
        return head + mid + tail
    if style == 7 and head.startswith("01"):
        return f"+82 {head[1:]}-{mid}-{tail}"
    if style == 8:
        return f"({head}) {mid}-{tail}" if rng.random() < 0.6 else _spelled(head, mid, tail)
    return f"{head}-{mid} -{tail}" if rng.random() < 0.5 else f"{head} - {mid} - {tail}"


HANGUL_DIGITS = "공일이삼사오육칠팔구"


def _spelled(head, mid, tail):
    """A number half spelled out in Hangul digits, to dodge a board's filter."""
    return f"{''.join(HANGUL_DIGITS[int(d)] for d in head)} {mid} {tail}"


LOCAL_PARTS = ["minji", "sky", "popcorn", "jhpark", "dreamer", "hana", "movie", "cine",
               "sunny", "yujin", "bluebird", "kimsy", "leo", "moon", "tiger", "jjang"]


def email(rng):
    local = rng.choice(LOCAL_PARTS) + rng.choice(["", ".", "_", ""]) + rng.choice(
        ["", str(rng.randint(1, 99)), str(rng.randint(1975, 2010)), rng.choice(LOCAL_PARTS)])
    local = local.rstrip("._") or "user"
    domain = rng.choice(DOMAINS)
    style = rng.randint(0, 11)
    if style <= 5:
        return f"{local}@{domain}"
    if style == 6:
        return f"{local} [at] {domain}"
    if style == 7:
        return f"{local}골뱅이{domain}"
    if style == 8:
        return f"{local} @ {domain}"
    if style == 9:
        return f"{local}(at){domain.replace('.', '(dot)')}"
    if style == 10:
        return f"{local} 골뱅이 {domain.split('.')[0]} 닷컴"
    return f"{local}＠{domain}"


def _luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def card(rng):
    prefix = rng.choice(["4", "5", "9410", "9430", "3", "6"])
    if prefix == "3":
        number = _luhn_complete("37" + _digits(rng, 12))
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    if prefix == "5":
        prefix = "5" + str(rng.randint(1, 5))
    number = _luhn_complete(prefix + _digits(rng, 15 - len(prefix)))
    if rng.random() < 0.08:
        number = number[:-1] + str((int(number[-1]) + 1) % 10)
    sep = rng.choice(["-", "-", " ", "", "-"])
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


def account(rng):
    layout = rng.choice(BANK_LAYOUTS)
    parts = [_digits(rng, n) for n in layout]
    if rng.random() < 0.2:
        return "".join(parts)
    return "-".join(parts)


def passport(rng):
    letter = rng.choice("MMMMSRD")
    if rng.random() < 0.6:
        value = f"{letter}{_digits(rng, 3)}{rng.choice('ABCDEFGHJK')}{_digits(rng, 4)}"
    else:
        value = letter + _digits(rng, 8)
    return value.lower() if rng.random() < 0.08 else value


REGIONS_DL = ["서울", "부산", "경기", "대구", "인천", "광주", "대전", "강원", "충북", "경남", "제주"]


def driver_license(rng):
    region = rng.choice(["11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21",
                         "22", "23", "24", "25", "26", "28"])
    rest = f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 2)}"
    roll = rng.random()
    if roll < 0.55:
        return f"{region}-{rest}"
    if roll < 0.8:
        return f"{rng.choice(REGIONS_DL)} {rest}"
    return f"{region}{rest.replace('-', '')}"


def ip(rng):
    roll = rng.random()
    if roll < 0.15:
        groups = ["2001", "db8" if rng.random() < 0.2 else "e10", f"{rng.randint(1, 65535):x}",
                  "", f"{rng.randint(1, 65535):x}"]
        return ":".join(groups)
    first = rng.choice([58, 61, 112, 121, 175, 211, 220, 1, 39, 106, 192, 10, 172])
    if first == 192:
        return f"192.168.{rng.randint(0, 5)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"

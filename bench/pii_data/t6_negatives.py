"""test6: hard negatives, things that look like personal data and are not.

``NEG[kind](rng)`` returns the string; the caller labels it as a negative of that kind.
"""

from __future__ import annotations

import string


def _d(rng, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def booking(rng) -> str:
    return rng.choice([f"{_d(rng, 4)}-{_d(rng, 3)}-{_d(rng, 5)}", f"MQ{_d(rng, 10)}",
                       f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", f"T{_d(rng, 2)}-{_d(rng, 6)}"])


def order(rng) -> str:
    day = f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return rng.choice([f"{day}{_d(rng, 7)}", f"ORD-{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 7)}"])


def coupon(rng) -> str:
    chars = string.ascii_uppercase + string.digits
    groups = ["".join(rng.choice(chars) for _ in range(4)) for _ in range(rng.choice([3, 4]))]
    if rng.random() < 0.3:
        return _d(rng, 4) + " " + _d(rng, 4) + " " + _d(rng, 4) + " " + _d(rng, 4)
    return "-".join(groups)


def delivery(rng) -> str:
    return rng.choice([_d(rng, 12), f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}",
                       f"{_d(rng, 3)} {_d(rng, 4)} {_d(rng, 4)}"])


def approval(rng) -> str:
    return _d(rng, 8)


def member_no(rng) -> str:
    return rng.choice(["M", "", "MB"]) + _d(rng, rng.choice([8, 9, 10]))


def seat(rng) -> str:
    row, num = rng.choice("ABCDEFGHJKLMN"), rng.randint(1, 24)
    return rng.choice([f"{row}{num}", f"{row}-{num}", f"{row}열 {num}번", f"{row}{num:02d}"])


def showtime(rng) -> str:
    h, m = rng.randint(7, 25), rng.choice([0, 5, 10, 20, 25, 30, 40, 45, 50, 55])
    start = f"{h:02d}:{m:02d}"
    if rng.random() < 0.4:
        e = h * 60 + m + rng.randint(95, 170)
        return f"{start}~{e // 60:02d}:{e % 60:02d}"
    return start


def date(rng) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"2026.{m:02d}.{d:02d}", f"{m}/{d}", f"{m}월 {d}일", f"2026-{m:02d}-{d:02d}",
                       f"{m:02d}.{d:02d}(토)"])


def price(rng) -> str:
    won = rng.choice([7000, 9000, 11000, 13000, 14000, 15000, 22000, 28000, 42000, 6500, 4900])
    return rng.choice([f"{won:,}원", f"₩{won:,}", f"{won // 1000}천원", f"{won:,} 원"])


FILMS = ["기생충", "헤어질 결심", "올드보이", "서울의 봄", "파묘", "범죄도시4", "밀수", "한산",
         "택시운전사", "살인의 추억", "아가씨", "곡성", "부산행", "괴물", "마더", "버닝", "변호인",
         "극한직업", "베테랑", "암살", "듄: 파트2", "오펜하이머", "인사이드 아웃 2", "웡카",
         "존 윅 4", "탑건: 매버릭", "스즈메의 문단속", "너의 이름은.", "엘리멘탈", "콘크리트 유토피아"]
# public figures talked about as film makers and cast (real, public, not personal data here)
PUBLIC = ["봉준호", "박찬욱", "송강호", "전도연", "이병헌", "김혜수", "마동석", "정우성", "최민식",
          "하정우", "윤여정", "나홍진", "류승완", "황정민", "김태리", "손석구", "한효주", "이정재",
          "전지현", "조인성", "유해진", "공유", "박서준", "김고은", "정유미", "이창동", "홍상수",
          "연상호", "김지운", "배두나", "탕웨이", "박해일", "Bong Joon-ho", "Park Chan-wook",
          "티모시 샬라메", "젠데이아", "킬리언 머피", "크리스토퍼 놀란", "드니 빌뇌브", "톰 크루즈",
          "키아누 리브스", "신카이 마코토", "미야자키 하야오"]
# the operator's own published contacts (settings: customer centre, privacy officer, marketing,
# and the complaint bodies the policy lists)
OPERATOR_MAIL = ["help@mecross.net", "mktlee@mecross.net", "cs-lead@mecross.net",
                 "no-reply@marquee.example"]
OPERATOR_PHONE = ["1661-9265", "070-8290-9005", "1833-6972", "02-580-0533"]
OPERATOR_ADDR = ["서울시 마포구 동교동 154-23 3층"]
OPERATOR = OPERATOR_MAIL + OPERATOR_PHONE + OPERATOR_ADDR
EXAMPLE = ["홍길동", "010-0000-0000", "010-1234-5678", "000000-0000000", "example@example.com",
           "abc@domain.com", "010-XXXX-XXXX", "123456-1234567", "xxx@xxxx.com", "YYMMDD-NNNNNNN",
           "1234-5678-9012-3456", "M00000000", "김OO", "이**", "박○○", "test@test.com",
           "0000-0000-0000-0000", "11-00-000000-00"]
# everyday words that contain surname or given-name syllables
WORDS = ["김밥", "이번", "박수", "정말", "최고", "강추", "조조", "윤곽", "한번", "신작", "오늘",
         "유명", "장면", "임시", "전체", "문의", "송금", "홍보", "고민", "양심", "손님", "배우",
         "백번", "허락", "남자", "심야", "노래", "하루", "성인", "차라리", "주말", "우리", "구매",
         "민망", "진짜", "지난", "채팅", "원래", "천천히", "방금", "공지", "현장", "함께", "변경",
         "여기", "추천", "도착", "소리", "석식", "선물", "설마", "마지막", "길게", "연휴", "위치",
         "표값", "명당", "기대", "반납", "왕창", "금요일", "옥수수", "인기", "제일", "모두", "탁월",
         "국내", "어제", "은근", "편하게", "용산", "예매", "경품", "봉투", "사람", "부탁", "황당",
         "서문", "동방"]


def film(rng) -> str:
    return rng.choice(FILMS)


def public(rng) -> str:
    return rng.choice(PUBLIC)


def operator(rng) -> str:
    return rng.choice(OPERATOR)


def example(rng) -> str:
    return rng.choice(EXAMPLE)


EXAMPLE_BY_KIND = {"exname": ["홍길동", "김OO", "이**", "박○○", "최*영", "성명"],
                   "exphone": ["010-0000-0000", "010-1234-5678", "010-XXXX-XXXX", "01012345678"],
                   "exmail": ["example@example.com", "abc@domain.com", "xxx@xxxx.com",
                              "test@test.com", "id@naver.com"],
                   "excard": ["1234-5678-9012-3456", "0000-0000-0000-0000", "XXXX-XXXX-XXXX-XXXX"],
                   "exid": ["000000-0000000", "123456-1234567", "YYMMDD-NNNNNNN", "901231-1******"]}


def word(rng) -> str:
    return rng.choice(WORDS)


def version(rng) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}"


NEG = {"BOOKING": booking, "ORDER": order, "COUPON": coupon, "DELIVERY": delivery,
       "APPROVAL": approval, "MEMBER_NO": member_no, "SEAT": seat, "TIME": showtime, "DATE": date,
       "PRICE": price, "FILM": film, "PUBLIC": public, "OPERATOR": operator, "EXAMPLE": example,
       "WORD": word, "VERSION": version}

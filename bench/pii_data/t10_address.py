"""Invented home addresses for test10, in road-name and lot-number forms.

A span runs from the province/city through the building number and, when present,
the complex name and 동/호 or unit; a bare district or dong is a negative (REGION) in
the templates, never an address, so the set tells a masker apart that masks every
place word.
"""

from __future__ import annotations

CITIES = [("서울", ["강서구", "노원구", "은평구", "관악구", "송파구", "성북구", "중랑구"]),
          ("서울특별시", ["마포구", "동작구", "도봉구", "구로구"]),
          ("부산광역시", ["해운대구", "수영구", "사하구", "동래구"]),
          ("부산", ["금정구", "연제구"]),
          ("대구", ["수성구", "달서구"]),
          ("인천광역시", ["연수구", "부평구", "미추홀구"]),
          ("광주", ["북구", "광산구"]), ("대전", ["유성구", "서구"]),
          ("경기도 성남시", ["분당구", "중원구"]), ("경기 고양시", ["일산동구", "덕양구"]),
          ("경기도 수원시", ["영통구", "팔달구"]), ("경기 용인시", ["수지구", "기흥구"]),
          ("제주특별자치도 제주시", [""]), ("강원도 춘천시", [""]), ("전북 전주시", ["완산구"]),
          ("경남 창원시", ["성산구", "의창구"]), ("충북 청주시", ["흥덕구"])]
ROADS = ["화곡로", "동일로", "통일로", "봉천로", "올림픽로", "정릉로", "망우로", "월드컵북로",
         "해운대로", "광안해변로", "낙동대로", "달구벌대로", "컨벤시아대로", "무등로",
         "대학로", "판교역로", "중앙로", "영통로", "백마로", "연삼로", "공지로", "원이대로"]
DONGS = ["화곡동", "상계동", "불광동", "신림동", "잠실동", "정릉동", "면목동", "망원동",
         "우동", "좌동", "광안동", "범어동", "송도동", "부평동", "수내동", "정자동",
         "매탄동", "풍덕천동", "노형동", "효자동", "상남동", "복대동", "봉명동"]
COMPLEXES = ["래미안", "힐스테이트", "자이", "e편한세상", "푸르지오", "아이파크", "롯데캐슬",
             "주공", "현대", "한신", "대림", "우성", "삼익", "SK뷰", "더샵", "꿈에그린"]
PLACES = ["", "1단지", "2차", "센트럴", "퍼스트", "리버뷰", "파크"]


def _city(rng):
    city, districts = rng.choice(CITIES)
    district = rng.choice(districts)
    return f"{city} {district}".strip()


def _unit(rng):
    roll = rng.random()
    if roll < 0.45:
        name = rng.choice(COMPLEXES) + rng.choice(PLACES)
        dong = rng.choice([101, 102, 103, 105, 107, 201, 203, 301, 502, 1104])
        ho = rng.randint(1, 25) * 100 + rng.randint(1, 8)
        sep = rng.choice([" ", " ", ", ", " "])
        dong_ho = rng.choice([f"{dong}동 {ho}호", f"{dong}-{ho}", f"{dong}동{ho}호"])
        return f"{sep}{name} {dong_ho}"
    if roll < 0.65:
        return rng.choice([f" {rng.randint(2, 5)}층", f", {rng.randint(101, 502)}호",
                           f" 빌라 {rng.randint(101, 302)}호", " 지하1층",
                           f" ({rng.choice(DONGS)}) {rng.randint(2, 4)}층 {rng.randint(201, 405)}호"])
    return ""


def address(rng):
    """A full private address; the unit part is optional, as in real forms."""
    base = _city(rng)
    if rng.random() < 0.55:
        road = rng.choice(ROADS)
        if rng.random() < 0.3:
            road += f"{rng.randint(1, 40)}길"
        number = str(rng.randint(1, 320))
        if rng.random() < 0.3:
            number += f"-{rng.randint(1, 30)}"
        head = f"{base} {road} {number}"
    else:
        lot = str(rng.randint(1, 1500))
        if rng.random() < 0.6:
            lot += f"-{rng.randint(1, 60)}"
        head = f"{base} {rng.choice(DONGS)} {rng.choice(['', '', '산 '])}{lot}"
    return head + _unit(rng)


def region(rng):
    """A district, dong or city alone: where the theatre or the writer is, not an address."""
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(DONGS)
    if roll < 0.7:
        return rng.choice([d for _, ds in CITIES for d in ds if d])
    return rng.choice(["부산 해운대", "대구 수성구", "서울 마포구", "일산", "분당", "송도",
                       "수원 영통", "제주시", "춘천", "전주 한옥마을", "광안리"])

"""Invented home addresses for test10, in road-name and lot-number forms.

A span runs from the province/city through the building number and, when present,
the complex name and 동/호 or unit; a bare district or dong is a negative (REGION) in
the templates, never an address, so the set tells a masker apart that masks every
place word.
"""

from __future__ import annotations

AREAS = [
    ("서울 강서구", "화곡동 등촌동 방화동", "화곡로 강서로 공항대로"),
    ("서울 노원구", "상계동 중계동 하계동", "동일로 노해로 한글비석로"),
    ("서울 은평구", "불광동 응암동 진관동", "통일로 연서로"),
    ("서울특별시 관악구", "신림동 봉천동", "관악로 봉천로 신림로"),
    ("서울 송파구", "잠실동 가락동 문정동", "올림픽로 송파대로 백제고분로"),
    ("서울특별시 마포구", "망원동 합정동 성산동", "월드컵로 망원로"),
    ("부산광역시 해운대구", "우동 좌동 중동", "해운대로 좌동순환로"),
    ("부산 수영구", "광안동 남천동", "광안해변로 수영로"),
    ("대구 수성구", "범어동 만촌동", "달구벌대로 동대구로"),
    ("인천광역시 연수구", "송도동 연수동", "컨벤시아대로 송도과학로"),
    ("경기도 성남시 분당구", "수내동 정자동 서현동", "판교역로 황새울로 불정로"),
    ("경기 고양시 일산동구", "장항동 마두동 백석동", "중앙로 백마로"),
    ("경기도 수원시 영통구", "매탄동 영통동", "영통로 매탄로"),
    ("경기 용인시 수지구", "풍덕천동 상현동", "수지로 풍덕천로"),
    ("제주특별자치도 제주시", "노형동 연동", "연삼로 노형로"),
    ("전북 전주시 완산구", "효자동 중화산동", "효자로 홍산로"),
    ("경남 창원시 성산구", "상남동 중앙동", "원이대로 중앙대로"),
    ("충북 청주시 흥덕구", "복대동 봉명동", "직지대로 2순환로"),
    ("광주 북구", "용봉동 운암동", "무등로 서양로"),
    ("대전 유성구", "봉명동 궁동", "대학로 유성대로"),
    ("강원도 춘천시", "후평동 석사동", "공지로 후석로"),
]
DONGS = [d for _, dongs, _ in AREAS for d in dongs.split()]
COMPLEXES = ["래미안", "힐스테이트", "자이", "e편한세상", "푸르지오", "아이파크", "롯데캐슬",
             "주공", "현대", "한신", "대림", "우성", "삼익", "SK뷰", "더샵", "꿈에그린"]
PLACES = ["", "1단지", "2차", "센트럴", "퍼스트", "리버뷰", "파크"]


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
                           f" {rng.randint(2, 4)}층 {rng.randint(201, 405)}호"])
    return ""


def address(rng):
    """A full private address; the unit part is optional, as in real forms."""
    base, dongs, roads = rng.choice(AREAS)
    if rng.random() < 0.55:
        road = rng.choice(roads.split())
        if rng.random() < 0.3:
            road += f"{rng.randint(1, 40)}번길" if base.startswith("경기") else f"{rng.randint(1, 40)}길"
        number = str(rng.randint(1, 320))
        if rng.random() < 0.3:
            number += f"-{rng.randint(1, 30)}"
        head = f"{base} {road} {number}"
    else:
        lot = str(rng.randint(1, 1500))
        if rng.random() < 0.6:
            lot += f"-{rng.randint(1, 60)}"
        head = f"{base} {rng.choice(dongs.split())} {rng.choice(['', '', '산 '])}{lot}"
    return head + _unit(rng)


def region(rng):
    """A district, dong or city alone: where the theatre or the writer is, not an address."""
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(DONGS)
    if roll < 0.7:
        return rng.choice([area.split()[-1] for area, _, _ in AREAS])
    return rng.choice(["부산 해운대", "대구 수성구", "서울 마포구", "일산", "분당", "송도",
                       "수원 영통", "제주시", "춘천", "전주 한옥마을", "광안리"])

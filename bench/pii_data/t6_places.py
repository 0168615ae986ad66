"""test6: postal addresses (road-name and lot-number forms, with complexes, 동 and 호).

The whole address, from the region to the last unit, is the labelled span (the masking
convention keeps region and road and masks every digit; the label is the full address).
"""

from __future__ import annotations

# (region spellings, district, lot-number 동 names, road names)
AREAS = [
    (("서울", "서울특별시", "서울시"), "은평구", ["응암동", "불광동", "진관동"],
     ["통일로", "연서로", "진관2로"]),
    (("서울", "서울특별시"), "송파구", ["잠실동", "가락동", "문정동"], ["올림픽로", "송파대로", "중대로"]),
    (("서울", "서울시"), "관악구", ["봉천동", "신림동"], ["관악로", "남부순환로", "신림로"]),
    (("부산", "부산광역시"), "수영구", ["광안동", "남천동", "민락동"], ["광안해변로", "수영로"]),
    (("부산",), "사하구", ["하단동", "다대동"], ["낙동대로", "다대로"]),
    (("대구", "대구광역시"), "달서구", ["상인동", "월성동"], ["월배로", "달구벌대로"]),
    (("인천", "인천광역시"), "연수구", ["송도동", "연수동"], ["컨벤시아대로", "송도과학로"]),
    (("광주", "광주광역시"), "북구", ["용봉동", "운암동"], ["서양로", "첨단과기로"]),
    (("대전", "대전광역시"), "유성구", ["봉명동", "관평동"], ["대학로", "테크노중앙로"]),
    (("울산",), "남구", ["삼산동", "달동"], ["삼산로", "돋질로"]),
    (("경기", "경기도"), "고양시 일산동구", ["장항동", "백석동"], ["중앙로", "일산로"]),
    (("경기", "경기도"), "수원시 영통구", ["이의동", "매탄동"], ["광교중앙로", "매영로"]),
    (("경기",), "화성시", ["동탄동", "반송동"], ["동탄대로", "노작로"]),
    (("강원", "강원특별자치도"), "춘천시", ["석사동", "퇴계동"], ["후석로", "스포츠타운길"]),
    (("충북", "충청북도"), "청주시 흥덕구", ["복대동", "가경동"], ["직지대로", "강서로"]),
    (("충남",), "천안시 서북구", ["불당동", "두정동"], ["불당21로", "번영로"]),
    (("전북", "전북특별자치도"), "전주시 완산구", ["효자동", "중화산동"], ["홍산로", "팔달로"]),
    (("경남", "경상남도"), "창원시 성산구", ["상남동", "중앙동"], ["원이대로", "창이대로"]),
    (("제주", "제주특별자치도"), "제주시", ["노형동", "연동"], ["노연로", "신대로"]),
    (("세종", "세종특별자치시"), "", ["보람동", "도담동"], ["한누리대로", "보듬3로"]),
]
RURAL = [("전남", "담양군 담양읍", "객사리"), ("경북", "청송군 진보면", "진안리"),
         ("충남", "예산군 덕산면", "사동리"), ("강원", "평창군 대관령면", "횡계리")]
COMPLEX_A = ["푸른솔", "한빛", "새솔", "들꽃", "은하수", "햇살", "바람개비", "참나무", "물빛",
             "늘봄", "샘터", "가온", "누리"]
COMPLEX_B = ["마을", "타운", "아파트", "빌라", "하이츠", "파크", "맨션", "빌"]
BRANDS = ["리버뷰", "센트럴시티", "더샵", "포레나", "자이", "아이파크", "e편한세상", "스카이뷰",
          "푸르지오", "위브", "데시앙", "롯데캐슬"]


def _complex(rng) -> str:
    """An apartment complex or villa name: 'numbered block', plain, or with a brand."""
    base = f"{rng.choice(COMPLEX_A)}{rng.choice(COMPLEX_B)}"
    numbered, branded = f"{base}{rng.randint(1, 12)}단지", f"{base} {rng.choice(BRANDS)}"
    return rng.choice([numbered, numbered, base, base, branded])


def _unit(rng) -> str:
    dong, ho = rng.randint(101, 1312), rng.randint(1, 28) * 100 + rng.randint(1, 8)
    forms = [f"{dong}동 {ho}호"] * 3 + [f"{dong}-{ho}", f"{rng.randint(2, 9)}층 {rng.randint(201, 905)}호",
                                       f"{ho}호", f"{rng.choice('ABC')}동 {rng.randint(101, 410)}호"]
    return rng.choice(forms)


def _region(rng, area) -> str:
    regions, district = area[0], area[1]
    region = rng.choice(regions)
    return f"{region} {district}" if district else region


def road(rng) -> str:
    area = rng.choice(AREAS)
    head = _region(rng, area)
    road_name = rng.choice(area[3])
    if rng.random() < 0.3:
        road_name += f"{rng.randint(1, 60)}번길"
    num = str(rng.randint(1, 480))
    if rng.random() < 0.2:
        num += f"-{rng.randint(1, 30)}"
    street = f"{head} {road_name} {num}"
    return rng.choice([street, f"{street}, {_unit(rng)}", f"{street} {_complex(rng)} {_unit(rng)}",
                       f"{street}, {_unit(rng)} ({area[2][0]}, {_complex(rng)})"])


def lot(rng) -> str:
    if rng.random() < 0.12:
        prov, county, village = rng.choice(RURAL)
        return f"{prov} {county} {village} {rng.randint(1, 900)}{rng.choice(['', '-3', '-12'])}"
    area = rng.choice(AREAS)
    head = f"{_region(rng, area)} {rng.choice(area[2])}"
    num = f"{rng.randint(1, 1800)}"
    if rng.random() < 0.7:
        num += f"-{rng.randint(1, 80)}"
    num += rng.choice(["", "", "번지"])
    lot_no = f"{head} {num}"
    return rng.choice([f"{lot_no} ({_complex(rng)}) {_unit(rng)}",
                       f"{lot_no} {_complex(rng)} {_unit(rng)}", lot_no, f"{lot_no}, {_unit(rng)}"])


def address(rng) -> str:
    return road(rng) if rng.random() < 0.5 else lot(rng)

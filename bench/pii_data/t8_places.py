"""Postal addresses for test8 spans (road-name and lot-number, always down to a building
or unit) and region mentions that are not an address (hard negatives)."""

from __future__ import annotations

# region (full, short) -> districts, road names, dong names
REGIONS = {
    ("서울특별시", "서울"): (
        ["마포구", "강남구", "송파구", "노원구", "관악구", "은평구", "성북구", "강서구", "중랑구", "용산구"],
        ["월드컵북로", "도산대로", "올림픽로", "동일로", "관악로", "통일로", "화곡로", "망우로", "보문로", "이태원로"],
        ["망원동", "역삼동", "잠실동", "상계동", "봉천동", "불광동", "돈암동", "화곡동", "면목동", "한남동"],
    ),
    ("부산광역시", "부산"): (
        ["해운대구", "수영구", "부산진구", "사하구", "동래구"],
        ["센텀중앙로", "광안해변로", "중앙대로", "낙동대로", "충렬대로"],
        ["우동", "광안동", "부전동", "하단동", "온천동"],
    ),
    ("대구광역시", "대구"): (
        ["수성구", "달서구", "북구"], ["동대구로", "달구벌대로", "침산로"], ["범어동", "상인동", "침산동"],
    ),
    ("인천광역시", "인천"): (
        ["연수구", "남동구", "부평구"], ["컨벤시아대로", "구월로", "부평대로"], ["송도동", "구월동", "부평동"],
    ),
    ("광주광역시", "광주"): (["서구", "북구", "광산구"], ["상무대로", "무등로", "첨단중앙로"], ["치평동", "용봉동", "쌍암동"]),
    ("대전광역시", "대전"): (["서구", "유성구"], ["둔산로", "한밭대로", "대학로"], ["둔산동", "봉명동", "궁동"]),
    ("울산광역시", "울산"): (["남구", "중구"], ["삼산로", "번영로"], ["삼산동", "성남동"]),
    ("세종특별자치시", "세종"): ([""], ["한누리대로", "보듬로"], ["도담동", "종촌동"]),
    ("경기도", "경기"): (
        ["성남시 분당구", "수원시 팔달구", "고양시 일산동구", "용인시 수지구", "화성시", "파주시"],
        ["판교역로", "효원로", "중앙로", "풍덕천로", "동탄대로", "새말로"],
        ["정자동", "인계동", "장항동", "풍덕천동", "반송동", "금촌동"],
    ),
    ("강원특별자치도", "강원"): (["춘천시", "강릉시", "원주시"], ["중앙로", "경강로", "단구로"], ["효자동", "교동", "단구동"]),
    ("충청북도", "충북"): (["청주시 흥덕구", "충주시"], ["직지대로", "국원대로"], ["복대동", "연수동"]),
    ("충청남도", "충남"): (["천안시 서북구", "아산시"], ["불당대로", "배방로"], ["불당동", "배방읍"]),
    ("전북특별자치도", "전북"): (["전주시 완산구", "군산시"], ["효자로", "수송로"], ["효자동", "수송동"]),
    ("전라남도", "전남"): (["순천시", "여수시", "목포시"], ["연향번영길", "여수산단로", "영산로"], ["조례동", "학동", "용해동"]),
    ("경상북도", "경북"): (["포항시 남구", "구미시", "경주시"], ["포스코대로", "송정대로", "알천북로"], ["대잠동", "송정동", "황성동"]),
    ("경상남도", "경남"): (["창원시 성산구", "김해시", "진주시"], ["중앙대로", "가야로", "진주대로"], ["상남동", "내동", "평거동"]),
    ("제주특별자치도", "제주"): (["제주시", "서귀포시"], ["노형로", "중앙로"], ["노형동", "서홍동"]),
}
SHORT_FORMS = {"서울특별시": ["서울시", "서울"], "경기도": ["경기"], "제주특별자치도": ["제주도", "제주"]}
APARTMENTS = ["래미안", "푸르지오", "힐스테이트", "자이", "e편한세상", "롯데캐슬", "한신", "주공", "현대", "아이파크", "센트럴파크", "SK뷰"]
BUILDINGS = ["빌라", "맨션", "하이츠", "오피스텔", "타운", "캐슬"]


def _region_name(rng, region: tuple[str, str]) -> str:
    full, short = region
    roll = rng.random()
    if roll < 0.45:
        return full
    if roll < 0.8:
        return short
    return rng.choice(SHORT_FORMS.get(full, [full[:2] + ("도" if full.endswith("도") else "시")]))


def _unit(rng) -> str:
    roll = rng.randrange(7)
    if roll == 0:
        return f"{rng.choice(APARTMENTS)}아파트 {rng.randint(101, 120)}동 {rng.randint(1, 25)}{rng.randint(1, 6):02d}호"
    if roll == 1:
        return f"{rng.randint(101, 215)}동 {rng.randint(1, 30)}{rng.randint(1, 4):02d}호"
    if roll == 2:
        return f"{rng.choice(APARTMENTS)} {rng.randint(1, 5)}단지 {rng.randint(101, 140)}동 {rng.randint(2, 19)}0{rng.randint(1, 4)}호"
    if roll == 3:
        return f"{rng.choice(['그린', '햇살', '청솔', '한빛', '다올'])}{rng.choice(BUILDINGS)} {rng.choice(['B0', '1', '2', '3', '4'])}{rng.randint(1, 9):02d}호"
    if roll == 4:
        return f"{rng.randint(2, 5)}층"
    if roll == 5:
        return f"{rng.randint(1, 20)}{rng.randint(1, 20):02d}호"
    return f"지하{rng.randint(1, 2)}층 {rng.randint(1, 3)}호" if rng.random() < 0.3 else f"{rng.randint(2, 4)}층 {rng.randint(201, 405)}호"


def _district_parts(rng):
    region = rng.choice(sorted(REGIONS))
    districts, roads, dongs = REGIONS[region]
    index = rng.randrange(len(districts))
    district = districts[index]
    head = _region_name(rng, region) + (f" {district}" if district else "")
    return head, roads[index % len(roads)], dongs[index % len(dongs)]


def road_address(rng) -> str:
    head, road, dong = _district_parts(rng)
    if rng.random() < 0.3:
        road = f"{road}{rng.randint(1, 40)}번길" if rng.random() < 0.5 else f"{road} {rng.randint(1, 30)}길"
    number = str(rng.randint(1, 420)) + (f"-{rng.randint(1, 30)}" if rng.random() < 0.25 else "")
    sep = rng.choice([", ", " ", ",", " "])
    tail = f" ({dong})" if rng.random() < 0.3 else ""
    if tail and rng.random() < 0.5:
        return f"{head} {road} {number}{tail} {_unit(rng)}"
    return f"{head} {road} {number}{sep}{_unit(rng)}{tail}"


def lot_address(rng) -> str:
    head, _road, dong = _district_parts(rng)
    lot = f"{rng.randint(1, 1800)}-{rng.randint(1, 60)}" if rng.random() < 0.7 else str(rng.randint(1, 999))
    if rng.random() < 0.3:
        lot += "번지"
    return f"{head} {dong} {lot} {_unit(rng)}"


def address(rng) -> str:
    return road_address(rng) if rng.random() < 0.62 else lot_address(rng)


def region_mention(rng) -> str:
    """A place too coarse to be an address (hard negative REGION)."""
    region = rng.choice(sorted(REGIONS))
    districts, _roads, dongs = REGIONS[region]
    roll = rng.randrange(4)
    if roll == 0:
        return f"{region[1]} {rng.choice(districts)}".strip()
    if roll == 1:
        return rng.choice(dongs)
    if roll == 2:
        return f"{rng.choice(districts) or region[1]} {rng.choice(dongs)}"
    return region[0]


ROMAN_PLACES = [
    ("Seoul", "Mapo-gu", "World Cup buk-ro"), ("Seoul", "Gangnam-gu", "Dosan-daero"),
    ("Seoul", "Songpa-gu", "Olympic-ro"), ("Busan", "Haeundae-gu", "Centum jungang-ro"),
    ("Incheon", "Yeonsu-gu", "Convensia-daero"), ("Daejeon", "Seo-gu", "Dunsan-ro"),
    ("Seongnam-si, Gyeonggi-do", "Bundang-gu", "Pangyoyeok-ro"), ("Jeju-si, Jeju", "", "Nohyeong-ro"),
]


def roman_address(rng) -> str:
    """An address written the English way, unit first (mixed Korean/English posts)."""
    city, district, road = rng.choice(ROMAN_PLACES)
    unit = rng.choice([f"Apt {rng.randint(101, 130)}-{rng.randint(1, 25)}0{rng.randint(1, 4)}",
                       f"#{rng.randint(2, 19)}0{rng.randint(1, 6)}", f"Unit {rng.randint(201, 1505)}",
                       f"{rng.randint(101, 120)}dong {rng.randint(1, 20)}0{rng.randint(1, 4)}ho"])
    parts = [unit, f"{rng.randint(1, 300)} {road}"] + ([district] if district else []) + [city]
    return ", ".join(parts) + (f", {rng.randint(10000, 63999)}" if rng.random() < 0.2 else "")

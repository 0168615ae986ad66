"""Invented home addresses for test9: road-name and lot-number forms, apartment
complexes with 동/호, villas with 층/호, rural 리 addresses, and the clipped forms people
type (a dong and a lot number with the unit, no city)."""

from __future__ import annotations

# (시·도 as written in several ways, 시·군·구, roads, 법정동 or 리)
AREAS = [
    (["서울특별시", "서울시", "서울"], "강서구", ["화곡로", "공항대로", "강서로 47길"], ["화곡동", "등촌동"]),
    (["서울특별시", "서울"], "노원구", ["동일로", "노원로", "한글비석로"], ["상계동", "중계동"]),
    (["서울시", "서울"], "관악구", ["남부순환로", "관악로", "신림로 23길"], ["봉천동", "신림동"]),
    (["서울특별시", "서울"], "송파구", ["올림픽로", "위례성대로", "오금로"], ["잠실동", "가락동"]),
    (["서울시", "서울"], "은평구", ["통일로", "연서로", "은평로"], ["불광동", "응암동"]),
    (["경기도", "경기"], "수원시 영통구", ["매영로", "영통로", "광교중앙로"], ["영통동", "매탄동"]),
    (["경기도", "경기"], "고양시 일산동구", ["중앙로", "정발산로", "일산로"], ["장항동", "마두동"]),
    (["경기도", "경기"], "용인시 수지구", ["풍덕천로", "수지로", "신봉2로"], ["풍덕천동", "죽전동"]),
    (["경기도"], "화성시", ["동탄대로", "동탄순환대로", "노작로"], ["오산동", "청계동"]),
    (["경기도", "경기"], "의정부시", ["평화로", "시민로"], ["의정부동", "민락동"]),
    (["부산광역시", "부산"], "해운대구", ["센텀중앙로", "해운대로", "좌동순환로"], ["우동", "좌동"]),
    (["부산광역시", "부산"], "사하구", ["낙동대로", "다대로"], ["괴정동", "하단동"]),
    (["대구광역시", "대구"], "수성구", ["달구벌대로", "범어천로", "들안로"], ["범어동", "만촌동"]),
    (["인천광역시", "인천"], "연수구", ["컨벤시아대로", "송도과학로"], ["송도동", "연수동"]),
    (["광주광역시", "광주"], "북구", ["용봉로", "설죽로"], ["용봉동", "운암동"]),
    (["대전광역시", "대전"], "유성구", ["대학로", "유성대로", "노은동로"], ["궁동", "노은동"]),
    (["울산광역시", "울산"], "남구", ["삼산로", "번영로"], ["삼산동", "달동"]),
    (["세종특별자치시", "세종시"], "", ["한누리대로", "갈매로", "보듬3로"], ["어진동", "새롬동"]),
    (["제주특별자치도", "제주도"], "제주시", ["연북로", "노형로", "1100로"], ["노형동", "연동"]),
    (["전북특별자치도", "전북"], "전주시 완산구", ["효자로", "홍산로"], ["효자동2가", "중화산동1가"]),
    (["강원특별자치도", "강원도"], "춘천시", ["후석로", "영서로"], ["석사동", "퇴계동"]),
    (["충청남도", "충남"], "천안시 서북구", ["불당대로", "검은들3길"], ["불당동", "두정동"]),
    (["경상남도", "경남"], "창원시 성산구", ["중앙대로", "원이대로"], ["상남동", "용호동"]),
]
RURAL = [("전라남도 해남군", "송지면", "송호리"), ("경상북도 안동시", "풍천면", "하회리"),
         ("충청북도 괴산군", "칠성면", "외사리"), ("강원도 평창군", "봉평면", "창동리"),
         ("경기도 양평군", "서종면", "문호리"), ("전북 고창군", "해리면", "동호리")]
COMPLEXES = ["래미안", "자이", "힐스테이트", "푸르지오", "아이파크", "e편한세상", "롯데캐슬",
             "주공2단지", "현대아파트", "한신휴플러스", "센트레빌", "두산위브", "삼익아파트",
             "무지개마을 4단지", "은하수아파트", "한빛마을 7단지", "우성아파트", "꿈에그린"]
VILLAS = ["행복빌라", "그린빌", "해피하우스", "우성빌라", "대림맨션", "성원주택", "드림캐슬",
          "써니빌", "하늘채빌", "청솔빌라"]


def _unit(r) -> str:
    roll = r.randrange(6)
    if roll == 0:
        return f"{r.randint(101, 125)}동 {r.randint(1, 28)}{r.randint(1, 4):02d}호"
    if roll == 1:
        return f"{r.choice(COMPLEXES)} {r.randint(101, 125)}동 {r.randint(1, 28)}{r.randint(1, 4):02d}호"
    if roll == 2:
        return f"{r.choice(VILLAS)} {r.choice(['B01', '201', '302', '401', '103', '2층'])}호".replace("층호", "층")
    if roll == 3:
        return f"{r.randint(2, 5)}층"
    if roll == 4:
        return f"{r.randint(101, 125)}-{r.randint(1, 20)}{r.randint(1, 4):02d}"
    return ""


def _number(r) -> str:
    main = str(r.randint(1, 980))
    return main + (f"-{r.randint(1, 40)}" if r.random() < 0.35 else "")


def road_address(r) -> str:
    sidos, sigungu, roads, dongs = r.choice(AREAS)
    head = " ".join(p for p in [r.choice(sidos), sigungu] if p)
    road = r.choice(roads)
    if r.random() < 0.3 and not road.endswith("길"):
        road += f" {r.randint(1, 90)}번길"
    text = f"{head} {road} {_number(r)}"
    unit = _unit(r)
    if unit:
        text += r.choice([", ", " ", ","]) + unit
    if r.random() < 0.2:
        text += f" ({r.choice(dongs)}{', ' + r.choice(COMPLEXES) if r.random() < 0.5 else ''})"
    return text


def lot_address(r) -> str:
    if r.random() < 0.18:
        sido, myeon, ri = r.choice(RURAL)
        return f"{sido} {myeon} {ri} {'산 ' if r.random() < 0.3 else ''}{_number(r)}"
    sidos, sigungu, _, dongs = r.choice(AREAS)
    head = " ".join(p for p in [r.choice(sidos), sigungu] if p)
    text = f"{head} {r.choice(dongs)} {_number(r)}"
    unit = _unit(r) or f"{r.choice(COMPLEXES)} {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
    return f"{text} {unit}"


def clipped_address(r) -> str:
    """The form a member types to a friend: dong, lot number and unit, no city."""
    _, _, _, dongs = r.choice(AREAS)
    return f"{r.choice(dongs)} {_number(r)} {r.choice(VILLAS)} {r.randint(1, 4)}0{r.randint(1, 3)}호"


def address_text(r) -> str:
    roll = r.random()
    if roll < 0.5:
        return road_address(r)
    if roll < 0.85:
        return lot_address(r)
    return clipped_address(r)

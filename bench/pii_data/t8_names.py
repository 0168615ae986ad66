"""Name pools for test8: private people (spans) and public people, films and characters
(hard negatives).  Written for this set alone; the private names mix common and rare
surnames, compound surnames, older and newer given names, romanisations in several
orders and casings, and foreigners written in Hangul or Latin letters."""

from __future__ import annotations

COMMON_SURNAMES = (
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 "
    "심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 "
    "마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉"
).split()
RARE_SURNAMES = "빈 견 궉 피 감 단 승 시 온 옹 팽 형 호 태 학 뇌 즙 묵 순 상 초 범".split()
COMPOUND_SURNAMES = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"]

OLD_GIVEN = (
    "영수 영희 순자 정숙 영자 철수 미숙 광수 상철 말순 복순 옥자 종팔 병철 춘자 명자 경자 점례 "
    "순덕 용식 기순 만복 금례 덕배 갑수 봉남 칠성 끝순 영길 정자 옥순 판석 상복 순임 재봉 "
    "길순 한수 문자 연옥"
).split()
MID_GIVEN = (
    "지훈 민수 성민 현우 은정 지영 수진 혜진 상훈 동현 미경 정훈 윤정 재석 선영 진호 경민 "
    "소영 준호 미란 태영 혜원 성훈 주연 대현 은경 승우 나영 형준 보라 정민 세영 "
    "기범 지혜 재원 수연 경태 혜숙 인호 연주"
).split()
NEW_GIVEN = (
    "서연 하은 지우 서준 도윤 하준 시우 이준 지안 서아 하윤 아린 유나 예준 로운 이안 시아 "
    "라온 하람 다온 이든 나은 채아 윤슬 도하 리아 수아 은우 건우 유주 시율 "
    "하엘 주원 태오 로아 서윤 예린 지호 우진 가온"
).split()
ONE_SYLLABLE_GIVEN = "혁 준 결 솔 별 린 훈 찬 율 담".split()
NATIVE_GIVEN = "한별 초롱 보람 슬기 아름 나래 빛나리 은하수 가람 새롬 한결 누리".split()

ROMAN_SURNAME = {
    "김": ["Kim", "Gim"], "이": ["Lee", "Yi", "Rhee"], "박": ["Park", "Bak", "Pak"],
    "최": ["Choi", "Choe"], "정": ["Jung", "Jeong", "Chung"], "강": ["Kang"], "조": ["Cho", "Jo"],
    "윤": ["Yoon", "Yun"], "장": ["Jang", "Chang"], "임": ["Lim", "Im"], "한": ["Han"],
    "오": ["Oh"], "서": ["Seo", "Suh"], "신": ["Shin"], "권": ["Kwon"], "황": ["Hwang"],
    "안": ["Ahn"], "송": ["Song"], "류": ["Ryu", "Yoo"], "홍": ["Hong"], "문": ["Moon"],
    "양": ["Yang"], "배": ["Bae"], "백": ["Baek"], "남궁": ["Namgung", "Namkoong"],
    "선우": ["Sunwoo", "Seonu"], "차": ["Cha"], "민": ["Min"], "하": ["Ha"], "진": ["Jin"],
}
ROMAN_GIVEN = {
    "민수": "Min-su", "서연": "Seo-yeon", "지훈": "Ji-hoon", "하은": "Ha-eun", "도윤": "Do-yun",
    "지영": "Ji-young", "현우": "Hyun-woo", "수진": "Su-jin", "예준": "Ye-jun", "유나": "Yu-na",
    "성민": "Sung-min", "은정": "Eun-jung", "하준": "Ha-jun", "지우": "Ji-woo", "동현": "Dong-hyun",
    "혜진": "Hye-jin", "서준": "Seo-jun", "나은": "Na-eun", "태영": "Tae-young", "소영": "So-young",
    "준호": "Jun-ho", "아린": "A-rin", "상훈": "Sang-hoon", "미경": "Mi-kyung", "이안": "Ian",
}

FOREIGN_HANGUL = [
    "마이클 존슨", "사라 밀러", "응우옌 티 란", "쩐 반 훙", "왕웨이", "리우 양", "다나카 유키",
    "사토 하루토", "프리야 샤르마", "알렉산드르 페트로프", "마리아 곤살레스", "제임스 오코너",
    "아이게림 누르라노바", "바트바야르 간볼드", "에밀리 브라운", "라훌 베르마",
]
FOREIGN_LATIN = [
    "Michael Johnson", "Sarah Miller", "Nguyen Thi Lan", "Tran Van Hung", "Wang Wei",
    "Yuki Tanaka", "Priya Sharma", "Alexandr Petrov", "María González", "James O'Connor",
    "Emily Brown", "Rahul Verma", "Olivia Martin", "Lucas Schmidt", "Chloé Dubois",
    "Batbayar Ganbold", "Aigerim Nurlanova", "Daniel Okafor",
]

# Hard negatives: real public people, in Hangul or Latin letters.
ACTORS = [
    "송강호", "마동석", "이병헌", "전도연", "윤여정", "김혜수", "황정민", "정우성", "이정재", "공유",
    "김태리", "손석구", "박보영", "최민식", "김고은", "송혜교", "하정우", "유해진", "이성민", "탕웨이",
    "한소희", "변요한", "박서준", "정해인", "김다미", "티모시 샬라메", "젠데이아", "톰 크루즈",
    "키아누 리브스", "마고 로비", "엠마 스톤", "라이언 고슬링", "킬리언 머피", "Timothée Chalamet",
    "Zendaya", "Tom Cruise", "Keanu Reeves", "Song Kang-ho", "Ma Dong-seok", "Cillian Murphy",
]
# singers, athletes and historical figures that film talk drifts to
CELEBS = [
    "아이유", "손흥민", "김연아", "류현진", "이강인", "테일러 스위프트", "오타니 쇼헤이", "이순신", "안중근",
    "세종대왕", "Taylor Swift", "BTS 정국", "임영웅", "페이커",
]
DIRECTORS = [
    "봉준호", "박찬욱", "류승완", "나홍진", "김지운", "홍상수", "이창동", "연상호", "김한민", "장재현",
    "우민호", "크리스토퍼 놀란", "드니 빌뇌브", "미야자키 하야오", "신카이 마코토", "Greta Gerwig",
    "Bong Joon-ho", "Park Chan-wook", "Celine Song",
]
# Real film titles, several of which contain digits or a person's name.
TITLES = [
    "기생충", "올드보이", "괴물", "살인의 추억", "헤어질 결심", "범죄도시 4", "서울의 봄", "파묘",
    "베테랑 2", "극한직업", "명량", "노량: 죽음의 바다", "부산행", "택시운전사", "1987", "암살",
    "곡성", "아가씨", "밀수", "콘크리트 유토피아", "한산: 용의 출현", "탈주", "핸섬가이즈", "하얼빈",
    "82년생 김지영", "윤희에게", "김씨 표류기", "박하사탕", "박열", "동주", "말모이", "미나리",
    "벌새", "인터스텔라", "오펜하이머", "듄: 파트 2", "라라랜드", "어벤져스: 엔드게임",
    "인사이드 아웃 2", "위키드", "엘리멘탈", "스즈메의 문단속", "너의 이름은.",
    "더 퍼스트 슬램덩크", "탑건: 매버릭", "타이타닉", "존 윅 4", "모아나 2", "Parasite",
    "Past Lives", "Dune: Part Two", "2001 스페이스 오디세이", "7번방의 선물", "남한산성",
    "전우치", "허삼관", "변호인", "왕의 남자", "최종병기 활", "황해", "국제시장", "이끼",
]
CHARACTERS = [
    "기택", "오대수", "마석도", "장첸", "해준", "서래", "이순신 장군", "폴 아트레이데스", "엘사",
    "조커", "해리 포터", "토니 스타크", "강백호", "서태웅", "모아나", "김지영", "이두나", "도깨비",
]
THEATRES = [
    "마키시네마 홍대점", "마키시네마 합정", "마키시네마 센텀시티점", "마키시네마 대전둔산",
    "마키시네마 광주상무", "마키 홍대", "마키시네마 수원역점", "마키시네마 제주노형",
]
HANDLES = ["영화덕후92", "팝콘요정", "movie_lover88", "극장지박령", "빵떡이", "cine.holic", "불금관객"]
EXAMPLE_NAMES = ["홍길동", "김철수", "김마키"]


def korean_name(rng) -> str:
    """A Korean full name, never one of the public or example names used as negatives."""
    while True:
        name = _korean_name(rng)
        if name not in RESERVED:
            return name


def _korean_name(rng) -> str:
    """A Korean full name: surname + given name, with the population's rough mix."""
    roll = rng.random()
    surname = rng.choice(COMMON_SURNAMES)
    if roll < 0.08:
        surname = rng.choice(RARE_SURNAMES)
    elif roll < 0.16:
        surname = rng.choice(COMPOUND_SURNAMES)
    pool = rng.choice([OLD_GIVEN, MID_GIVEN, MID_GIVEN, NEW_GIVEN, NEW_GIVEN, NATIVE_GIVEN])
    if rng.random() < 0.05:
        pool = ONE_SYLLABLE_GIVEN
    given = rng.choice(pool)
    if rng.random() < 0.07:
        return f"{surname} {given}"  # typed with a space inside
    return surname + given


PUBLIC_FIGURES = ACTORS + DIRECTORS + CELEBS
RESERVED = set(PUBLIC_FIGURES + EXAMPLE_NAMES + CHARACTERS + ["이경수"])


def roman_name(rng) -> str:
    """A romanised Korean name in one of the orders and casings people use."""
    surname = rng.choice(sorted(ROMAN_SURNAME))
    sur = rng.choice(ROMAN_SURNAME[surname])
    given = ROMAN_GIVEN[rng.choice(sorted(ROMAN_GIVEN))]
    if rng.random() < 0.35:
        given = given.replace("-", "").capitalize()
    form = rng.randrange(6)
    if form == 0:
        return f"{sur} {given}"
    if form == 1:
        return f"{given} {sur}"
    if form == 2:
        return f"{sur.upper()} {given.upper()}"
    if form == 3:
        return f"{given.lower()} {sur.lower()}"
    if form == 4:
        return f"{sur.upper()}, {given}"
    return f"{given} {sur.upper()}"


def any_person(rng) -> str:
    roll = rng.random()
    if roll < 0.74:
        return korean_name(rng)
    if roll < 0.86:
        return roman_name(rng)
    if roll < 0.93:
        return rng.choice(FOREIGN_HANGUL)
    return rng.choice(FOREIGN_LATIN)

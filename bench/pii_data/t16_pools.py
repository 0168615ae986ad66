"""test16's value pools (P11.2): private values written the many ways members write them,
and the public look-alikes that must stay. Every function takes the set's seeded Random and
returns markup (see t16_markup): ``[[..]]`` for a span, ``{{..}}`` for a negative."""

from __future__ import annotations

import random

SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 "
            "유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 "
            "도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 "
            "남궁 황보 제갈 선우 독고 사공 서문").split()
GIVEN_A = "민 서 지 하 도 수 예 주 윤 현 준 채 은 다 소 태 유 시 승 재 가 나 세 혜 정 규 희 동 상 경".split()
GIVEN_B = "준 윤 우 호 현 진 아 린 원 연 빈 율 은 희 서 영 민 혁 훈 솔 람 온 별 결 담 슬 찬 후 경 란".split()
ROMAN = ("KIM MINSEO", "Lee Jaehyun", "PARK HAEUN", "Choi Yoonjae", "JEONG DAHYE", "Seo-hyun Han",
         "YOON JIHO", "Kang Sora", "HWANG BOMIN", "Nam Taeyang", "Ha-eun Cho", "OH SEUNGWOO")
FOREIGN = ("응우옌 티 란", "쩐 꽝 하이", "팜 민 득", "바야르 체첵", "간바트 오드", "리 샤오밍",
           "장 웨이", "알리셰르 라히모프", "굴노라 사이도바", "제니퍼 로페즈 킴", "마이클 브라운",
           "아나스타시아 이바노바", "Nguyen Van Hoa", "Zhang Lei", "Olivia Bennett", "Raj Patel")

FILMS = ("파묘", "서울의 봄", "하얼빈", "소방관", "노량", "범죄도시4", "베테랑2", "탈주", "파일럿",
         "핸섬가이즈", "행복의 나라", "보통의 가족", "검은 수녀들", "승부", "야당", "좀비딸",
         "어쩔수가없다", "위키드", "모아나 2", "인사이드 아웃 2", "듄: 파트2", "미키 17",
         "주토피아 2", "F1 더 무비", "엘리오", "아바타: 불과 재", "히트맨2", "하이재킹")
NAME_FILMS = ("82년생 김지영", "윤희에게", "길복순", "동주", "박열", "한공주", "김씨 표류기",
              "오펜하이머", "엘비스", "웡카", "존 윅 4", "미키 17", "브리짓 존스의 일기")
ACTORS = ("송강호", "이병헌", "전도연", "김고은", "황정민", "정해인", "마동석", "손석구", "김태리",
          "박보영", "조인성", "한효주", "류준열", "김혜수", "이정재", "정우성", "고윤정", "변우석",
          "티모시 샬라메", "젠데이아", "톰 크루즈", "키아누 리브스", "엠마 스톤")
DIRECTORS = ("봉준호", "박찬욱", "류승완", "김한민", "우민호", "연상호", "장재현", "크리스토퍼 놀란",
             "드니 빌뇌브")
CHARACTERS = ("마석도", "장이수", "서도철", "화림", "봉길", "이순신", "폴 아트레이드", "주디 홉스",
              "엘파바", "글린다", "루미", "미키", "기쁨이", "불안이", "조커")
IDOLS = ("아이유", "카리나", "장원영", "지민", "뷔", "RM", "해린", "로제", "제니", "윈터",
         "도영", "태연")
ATHLETES = ("손흥민", "이강인", "김연경", "안세영", "이정후", "김하성", "신유빈", "황선우", "류현진")
PUBLIC = ("유재석", "백종원", "강호동", "이국종", "손석희", "나영석", "오은영")
CINEMAS = (("CGV 용산아이파크몰", "1544-1122", "서울 용산구 한강대로23길 55 아이파크몰 6층"),
           ("메가박스 코엑스", "1544-0070", "서울 강남구 영동대로 513 코엑스몰"),
           ("롯데시네마 월드타워", "1544-8855", "서울 송파구 올림픽로 300 롯데월드몰 5층"),
           ("마키 홍대점", "02-6952-1100", "서울 마포구 양화로 176 4층"),
           ("마키 센텀점", "051-740-2200", "부산 해운대구 센텀중앙로 79 6층"),
           ("마키 합정점", "02-6952-1200", "서울 마포구 양화로 45 메세나폴리스 3층"),
           ("씨네Q 경주보문점", "1544-7577", "경북 경주시 보문로 465-67"),
           ("CGV 대구아카데미", "1544-1122", "대구 중구 동성로 2"))
BUSINESSES = (("연남 감성타코", "02-332-7781", "서울 마포구 동교로 251"),
              ("팝콘공방 합정", "02-3144-0921", "서울 마포구 독막로 7 1층"),
              ("센텀 굿즈샵", "051-745-3300", "부산 해운대구 센텀남대로 35 B1"),
              ("무비포스터 인쇄소", "031-712-4455", "경기 성남시 분당구 판교역로 166"),
              ("스크린카페 성수", "070-4411-8290", "서울 성동구 연무장길 45 2층"))
SCREENS = ("IMAX관", "4DX관", "돌비시네마", "스크린X", "리클라이너관", "1관", "2관", "5관", "7관",
           "10관", "샤롯데", "컴포트관", "수퍼플렉스")
OPERATOR = ("1661-9265", "070-8290-9005", "help@mecross.net", "mktlee@mecross.net",
            "cs-lead@mecross.net", "이경수", "서울시 마포구 동교동 154-23 3층")
HANDLES = ("@cine_mood", "@popcorn.diary", "@night_owl_film", "@reel_jiwoo", "@movie_nerd_kr",
           "@seoul_cinephile", "@filmcamera33")
NICKS = ("영화보는고양이", "팝콘중독자", "조조러버", "심야요정", "스크린덕후", "자막파", "더빙파",
         "무비토끼", "극장지박령", "혼영왕")
WORDS = ("이상하게", "정말", "박수", "조용히", "최고", "한참", "우선", "장난", "주말", "강추", "안심",
         "신나게", "하루", "김빠진", "배부르게", "유난히", "문득", "진짜")
HASHTAGS = ("#영화스타그램", "#무비스타그램", "#오늘의영화", "#팝콘각", "#혼영", "#용아맥",
            "#영화추천")


def pick(rng: random.Random, pool) -> str:
    return pool[rng.randrange(len(pool))]


def person(rng: random.Random, forbidden: set[str]) -> str:
    """A private person's name: Korean full or given name, rarely romanised, foreign or with a
    space or an invisible character inside."""
    while True:
        roll = rng.random()
        given = pick(rng, GIVEN_A) + pick(rng, GIVEN_B)
        if roll < 0.45:
            name = pick(rng, SURNAMES) + given
        elif roll < 0.62:
            name = given
        elif roll < 0.70:
            name = pick(rng, SURNAMES) + pick(rng, GIVEN_B)
        elif roll < 0.78:
            name = pick(rng, ROMAN)
        elif roll < 0.86:
            name = pick(rng, FOREIGN)
        elif roll < 0.93:
            name = pick(rng, SURNAMES) + " " + given
        else:
            surname = pick(rng, SURNAMES)
            name = surname + pick(rng, ("\u200b", "\u200d", "\ufeff", "\u2060")) + given
        if name not in forbidden:
            return name


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


_HANGUL = "공일이삼사오육칠팔구"


def phone(rng: random.Random) -> str:
    a, b = _d(rng, 4), _d(rng, 4)
    forms = (f"010-{a}-{b}", f"010 {a} {b}", f"010{a}{b}", f"010.{a}.{b}", f"+82 10-{a}-{b}",
             f"+82-10-{a}-{b}", f"010-{a}-{b}", f"(010){a}-{b}",
             "０１０－" + a.translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "－" + b,
             "공일공 " + "".join(_HANGUL[int(c)] for c in a) + " " + b,
             f"O1O-{a}-{b}".replace("0", "O"), f"02-{_d(rng, 3)}-{b}", f"031-{_d(rng, 3)}-{b}")
    return f"[[PH:{pick(rng, forms)}]]"


def email(rng: random.Random) -> str:
    user = pick(rng, ("minji", "jh.park", "sooa_92", "dlwlsdud", "hanbyul.k", "yeon0311", "cinema.kim",
                      "tnwls22", "jwoo_lee", "haneul.s", "rlagksk", "bbo0o"))
    user += _d(rng, rng.randrange(0, 3))
    dom = pick(rng, ("naver", "gmail", "daum", "kakao", "hanmail", "nate"))
    tld = "net" if dom in ("daum", "hanmail") else "com"
    forms = (f"{user}@{dom}.{tld}", f"{user}@{dom}.{tld}", f"{user} [at] {dom} [dot] {tld}",
             f"{user} @ {dom}.{tld}", f"{user}(골뱅이){dom}.{tld}", f"{user}＠{dom}.{tld}",
             f"{user} (at) {dom}.{tld}", f"{user}@{dom}.{tld}")
    return f"[[E:{pick(rng, forms)}]]"


def address(rng: random.Random) -> str:
    """A private address down to the unit: road or lot number, often with a complex, 동 and 호."""
    region = pick(rng, (("서울", "은평구", "응암동", "은평로"), ("서울특별시", "송파구", "가락동", "송파대로"),
                        ("경기도 용인시", "수지구", "풍덕천동", "수지로"), ("인천광역시", "서구", "청라동", "청라대로"),
                        ("대구", "달서구", "상인동", "월배로"), ("광주광역시", "서구", "치평동", "상무대로"),
                        ("경기 남양주시", "진접읍", "장현리", "장현로"), ("부산", "수영구", "광안동", "광안로"),
                        ("대전광역시", "서구", "둔산동", "둔산로"), ("경남", "김해시", "삼계동", "김해대로")))
    city, gu, dong, road = region
    complex_ = pick(rng, ("래미안", "e편한세상", "힐스테이트", "자이", "푸르지오", "한신", "현대",
                          "주공", "롯데캐슬", "SK뷰"))
    unit = f"{rng.randrange(101, 120)}동 {rng.randrange(1, 25)}{rng.randrange(1, 5):02d}호"
    lot = f"{rng.randrange(1, 1600)}-{rng.randrange(1, 60)}"
    forms = (f"{city} {gu} {dong} {lot} {dong[:-1]}{complex_} {unit}",
             f"{city} {gu} {road} {rng.randrange(1, 400)} {complex_} {unit}",
             f"{city} {gu} {dong} {lot} {rng.randrange(1, 5)}층",
             f"{gu} {dong} {lot} ({complex_}빌라) {rng.randrange(1, 4)}0{rng.randrange(1, 4)}호",
             f"{city} {gu} {road}{rng.randrange(1, 40)}번길 {rng.randrange(1, 90)} {rng.randrange(1, 4)}0{rng.randrange(1, 5)}호",
             f"{dong} {lot}")
    return f"[[A:{pick(rng, forms)}]]"


def rrn(rng: random.Random, foreign: bool = False) -> str:
    birth = f"{rng.randrange(60, 100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
    head = str(pick(rng, (5, 6, 7, 8) if foreign else (1, 2)))
    if not foreign and rng.random() < 0.2:
        birth, head = f"0{rng.randrange(0, 6)}" + birth[2:], str(pick(rng, (3, 4)))
    tail = head + _d(rng, 6)
    sep = pick(rng, ("-", "-", " ", "", " - "))
    return f"[[{'F' if foreign else 'R'}:{birth}{sep}{tail}]]"


def card(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"[[C:37{_d(rng, 2)} {_d(rng, 6)} {_d(rng, 5)}]]"
    g = [pick(rng, ("4", "5", "9")) + _d(rng, 3)] + [_d(rng, 4) for _ in range(3)]
    return "[[C:" + pick(rng, ("-", " ", "", "-")).join(g) + "]]"


def account(rng: random.Random) -> str:
    forms = (f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 6)}", f"{_d(rng, 6)}-{_d(rng, 2)}-{_d(rng, 6)}",
             f"3333-{_d(rng, 2)}-{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}",
             f"1002-{_d(rng, 3)}-{_d(rng, 6)}", f"{_d(rng, 12)}")
    return f"[[AC:{pick(rng, forms)}]]"


def passport(rng: random.Random) -> str:
    forms = (f"M{_d(rng, 8)}", f"M{_d(rng, 3)}{pick(rng, 'ABCDEFG')}{_d(rng, 4)}",
             f"{pick(rng, ('E', 'G', 'S', 'R'))}{_d(rng, 8)}", f"TR{_d(rng, 7)}")
    return f"[[PP:{pick(rng, forms)}]]"


def licence(rng: random.Random) -> str:
    forms = (f"{rng.randrange(11, 29)}-{_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}",
             f"{rng.randrange(11, 29)} {_d(rng, 2)} {_d(rng, 6)} {_d(rng, 2)}",
             f"{pick(rng, ('서울', '경기', '부산', '대구'))} {_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}")
    return f"[[DL:{pick(rng, forms)}]]"


def ip(rng: random.Random) -> str:
    return f"[[IP:{pick(rng, ('211', '175', '121', '58', '112', '1', '39', '106'))}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}]]"

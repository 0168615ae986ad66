"""Look-alikes that are not personal data, for the negatives of test10.

Each generator returns the text as written in the post. The kinds are the reasons a
value is public or harmless: a public figure, a film title, a booking number, an
already-masked value, the operator's contacts printed in its privacy policy, an agency
hotline, or a plain Korean word that starts like a surname.
"""

from __future__ import annotations

from t10_address import region

PUBLIC = ["송강호", "최민식", "전도연", "이병헌", "김혜수", "황정민", "마동석", "손예진", "정우성",
          "하정우", "김태리", "박찬욱", "봉준호", "류승완", "나홍진", "윤여정", "이정재", "배두나",
          "김고은", "탕웨이", "박해일", "조진웅", "유해진", "염정아", "고윤정", "이성민", "변요한",
          "틸다 스윈튼", "크리스토퍼 놀란", "드니 빌뇌브", "티모시 샬라메", "젠데이아", "톰 크루즈",
          "키아누 리브스", "마고 로비", "킬리언 머피", "미야자키 하야오", "신카이 마코토",
          "Timothée Chalamet", "Greta Gerwig", "Bong Joon-ho", "Song Kang-ho",
          "손흥민", "김연아", "아이유"]
DIRECTORS = ["박찬욱", "봉준호", "류승완", "나홍진", "김지운", "이창동", "홍상수", "연상호", "장재현",
             "김한민", "윤제균", "크리스토퍼 놀란", "드니 빌뇌브", "그레타 거윅", "미야자키 하야오",
             "셀린 송", "Bong Joon-ho", "Greta Gerwig"]
HISTORIC = ["이순신", "세종대왕", "안중근", "유관순", "정조", "전봉준", "윤동주", "박열", "김구", "장영실"]
TITLES = ["82년생 김지영", "살인의 추억", "1987", "서울의 봄", "파묘", "범죄도시4", "베테랑2",
          "극한직업", "미나리", "헤어질 결심", "택시운전사", "올드보이", "밀정", "1917",
          "오펜하이머", "인사이드 아웃 2", "듄: 파트2", "존 윅 4", "김씨 표류기", "박하사탕",
          "말아톤", "한산: 용의 출현", "노량: 죽음의 바다", "엘리멘탈", "탑건: 매버릭",
          "아바타: 물의 길", "해리 포터와 마법사의 돌", "부산행", "국제시장", "7번방의 선물",
          "신과함께-죄와 벌", "너의 이름은.", "스즈메의 문단속", "Past Lives", "2046",
          "윤희에게", "최악의 하루", "박열", "말모이", "동주", "변호인", "남한산성", "소원"]
CHARACTERS = ["기택", "박사장", "오대수", "폴 아트레이데스", "조커", "엘사", "덤블도어", "헤르미온느",
              "우디", "버즈", "마석도", "서도철", "화림", "봉길", "상구", "김지영", "스즈메",
              "해리", "쿠퍼", "박평호", "양순"]
WORDS = ["정말", "진짜", "한참", "하필", "은근", "조금", "차라리", "이상하게", "오랜만에", "엄청",
         "진심", "유독", "제법", "참말로", "억수로", "허벌나게", "심히", "강력", "최고로", "마냥",
         "한없이", "남달리", "방금", "지금", "신나게", "노골적으로", "서서히", "안타깝게도", "성실히",
         "임팩트있게", "계속", "황당하게", "전부", "도저히", "하염없이", "고작", "문득", "설마",
         "우연히", "장난아니게", "조용히", "민망하게", "구구절절", "여전히", "소소하게", "송구하게"]
NOUNS = ["승리", "한계", "성장", "고독", "배신", "신념", "조화", "허무", "윤리", "명예", "양심",
         "연민", "구원", "용서", "진심", "방황", "선택", "기억", "정의", "한", "희망", "우정"]
HANDLES = ["@movie_lover92", "팝콘요정", "영화덕후92", "cine_holic", "심야의관객", "@jjin_review",
           "조조매니아", "kimchi_cinema", "밤샘러", "빵빵이", "해운대불주먹", "무비토끼"]
OP_PHONE = ["1661-9265", "070-8290-9005", "1661 9265", "16619265"]
OP_MAIL = ["help@mecross.net", "mktlee@mecross.net"]
OPERATOR = ["1661-9265", "070-8290-9005", "help@mecross.net", "mktlee@mecross.net",
            "서울시 마포구 동교동 154-23 3층", "이경수", "주식회사 메크로스"]
AGENCY = ["118", "02-1336", "privacy@kisa.or.kr", "02-405-4729", "02-580-0533",
          "02-3480-3600", "02-392-0330", "112", "1332"]
MASKED_NAME = ["홍*동", "김**", "이*민", "박○○", "최*", "정*윤", "J*** K**", "남궁**"]
MASKED_NUM = ["010-****-1234", "010-12**-**78", "900101-1******", "1234-****-****-5678",
              "***-**-*****", "M123*****", "110-***-******", "010-9***-***2", "****-****-****-4821"]
MASKED_CARD = ["1234-****-****-5678", "****-****-****-4821", "9410-12**-****-3381", "5*** **** **** 0912"]
MASKED_MAIL = ["ab***@naver.com", "j****@gmail.com", "s**y@daum.net", "mo***@kakao.com"]
EXAMPLES = ["홍길동", "010-0000-0000", "example@example.com", "000000-0000000",
            "user@example.com", "010-1234-5678", "123-456-789012", "김철수", "test@test.com",
            "0000-0000-0000-0000", "127.0.0.1", "M12345678"]
THEATRES = ["메가 코엑스점", "CGV 용산아이파크몰", "롯데시네마 월드타워", "씨네Q 경주보문",
            "마르키 홍대점", "마르키 센텀시티점", "마르키 수원역점", "IMAX관", "4DX관", "돌비시네마"]
BUSINESS = ["1588-1688", "1544-0070", "1577-1000", "1599-1111", "02-2112-8200"]


def _d(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def booking(rng):
    return rng.choice([f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", f"M{_d(rng, 11)}",
                       f"01{rng.randint(0, 9)}-{_d(rng, 4)}-{_d(rng, 4)}",
                       f"{_d(rng, 5)}-{_d(rng, 3)}-{_d(rng, 4)}", _d(rng, 13)])


def order(rng):
    return rng.choice([_d(rng, 16), f"ORD-2026{_d(rng, 8)}", f"{_d(rng, 6)}-{_d(rng, 7)}"])


def tracking(rng):
    return rng.choice([f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}", _d(rng, 12), _d(rng, 10)])


def coupon(rng):
    return rng.choice([f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}",
                       f"MQ{_d(rng, 4)}-{_d(rng, 4)}", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}"])


def seat(rng):
    return f"{rng.choice('ABCDEFGHJKLM')}열 {rng.randint(1, 24)}번" if rng.random() < 0.6 else \
        f"{rng.choice('DEFGHJ')}{rng.randint(1, 20)}"


def date(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"2026.{m:02d}.{d:02d}", f"{m}월 {d}일", f"2026-{m:02d}-{d:02d}",
                       f"{m}/{d}", f"26{m:02d}{d:02d}"])


def price(rng):
    return rng.choice([f"{rng.randint(6, 25)},000원", f"{rng.randint(2, 9)}천원",
                       f"{rng.randint(1, 4)}만 {rng.randint(1, 9)}천원", f"₩{rng.randint(10, 99)},500"])


def version(rng):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                       f"{rng.randint(5, 7)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}",
                       f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}"])


def time(rng):
    return f"{rng.randint(8, 25):02d}:{rng.choice(['00', '10', '20', '30', '40', '50', '05', '55'])}"


def figure(rng):
    return rng.choice([f"{rng.randint(100, 2400)}만 관객", f"평점 {rng.randint(5, 9)}.{rng.randint(0, 9)}",
                       f"{rng.randint(90, 180)}분", f"{rng.randint(2, 40)}%", f"{rng.randint(1, 9)}관",
                       f"러닝타임 {rng.randint(1, 2)}시간 {rng.randint(1, 59)}분"])


def _pick(items):
    return lambda rng: rng.choice(items)


GENERATORS = {
    "PUBLIC_FIGURE": _pick(PUBLIC), "TITLE": _pick(TITLES), "CHARACTER": _pick(CHARACTERS),
    "WORD": _pick(WORDS), "NOUN": _pick(NOUNS), "DIRECTOR": _pick(DIRECTORS), "HISTORIC": _pick(HISTORIC), "HANDLE": _pick(HANDLES), "OPERATOR": _pick(OPERATOR), "OP_PHONE": _pick(OP_PHONE),
    "OP_MAIL": _pick(OP_MAIL), "OP_NAME": _pick(["이경수"]), "OP_ADDR": _pick(["서울시 마포구 동교동 154-23 3층", "마포구 동교동 154-23"]),
    "AGENCY": _pick(AGENCY), "MASKED_NAME": _pick(MASKED_NAME), "MASKED_NUM": _pick(MASKED_NUM),
    "MASKED_MAIL": _pick(MASKED_MAIL), "MASKED_CARD": _pick(MASKED_CARD),
    "EXAMPLE": _pick(EXAMPLES),
    "THEATRE": _pick(THEATRES), "BUSINESS": _pick(BUSINESS), "BOOKING": booking,
    "ORDER": order, "TRACKING": tracking, "COUPON": coupon, "SEAT": seat, "DATE": date,
    "PRICE": price, "VERSION": version, "TIME": time, "FIGURE": figure, "REGION": region,
}

LABELS = {"OP_PHONE": "OPERATOR", "OP_NAME": "OPERATOR", "OP_MAIL": "OPERATOR", "OP_ADDR": "OPERATOR",
          "MASKED_NAME": "MASKED", "MASKED_NUM": "MASKED", "MASKED_MAIL": "MASKED",
          "MASKED_CARD": "MASKED", "NOUN": "WORD",
          "HISTORIC": "PUBLIC_FIGURE",
          "DIRECTOR": "PUBLIC_FIGURE"}

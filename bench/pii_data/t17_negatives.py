"""Hard negatives for test17's templated posts: public names, titles, cinemas, reference numbers,
published contacts, masked values and form examples. ``neg(rng, kind)`` returns one marked
negative, so the clean templates and the personal ones share a single vocabulary."""

from __future__ import annotations

from t17_values import digits

POOLS = {
    "film_title": ["서울의 봄", "파묘", "베테랑2", "범죄도시4", "핸섬가이즈", "탈주", "하이재킹",
                   "파일럿", "소방관", "대가족", "보통의 가족", "조커: 폴리 아 되", "인사이드 아웃 2",
                   "듄: 파트2", "위키드", "모아나 2", "글래디에이터 2", "청설", "리볼버", "행복의 나라"],
    "title_with_name": ["82년생 김지영", "윤희에게", "동주", "박열", "덕혜옹주", "김씨 표류기",
                        "자전거왕 엄복동", "레옹", "아멜리에", "찰리와 초콜릿 공장", "한공주"],
    "actor": ["송강호", "황정민", "정우성", "전도연", "마동석", "김고은", "최민식", "유해진",
              "이정재", "손석구", "고윤정", "김태리", "박정민", "정해인", "조정석", "김혜수"],
    "director": ["봉준호", "박찬욱", "류승완", "김한민", "장재현", "이창동", "홍상수", "김지운"],
    "idol": ["장원영", "카리나", "뷔", "정국", "슈가", "해린", "리사", "제니", "태연", "아이유"],
    "athlete": ["손흥민", "김연아", "이강인", "안세영", "황희찬", "류현진", "김하성", "신유빈"],
    "author": ["한강", "김영하", "조남주", "정유정", "황석영", "신경숙"],
    "historical_figure": ["이순신", "세종대왕", "안중근", "유관순", "김구", "정조", "장영실"],
    "character": ["기택", "오대수", "불안이", "기쁨이", "엘사", "해리 포터", "헤르미온느",
                  "마석도", "서도철", "폴 아트레이데스"],
    "nickname": ["마블리", "국민배우", "천만배우", "갓연아", "쏘니"],
    "handle": ["@moviegeek_kr", "@cine_holic", "팝콘요정", "극장죽돌이", "@reel_talk22"],
    "kinship": ["엄마", "아빠", "할머니", "할아버지", "이모", "고모", "삼촌", "누나", "형", "언니",
                "오빠", "동생", "조카", "외삼촌", "큰엄마"],
    "name_like_word": ["하나", "우리", "보람", "한결", "이슬", "나래", "가람", "미소"],
    "cinema": ["씨네큐브", "아트나인", "에무시네마", "아트하우스 모모", "라이카시네마"],
    "cinema_branch": ["강남점", "코엑스점", "용산점", "왕십리점", "영등포점", "센텀시티점",
                      "해운대점", "수원점", "일산점", "대전점", "광주상무점", "동탄점"],
    "hall": ["1관", "2관", "3관", "5관", "7관", "IMAX관", "4DX관", "돌비시네마관", "SCREENX관"],
    "region_only": ["서울 강남구", "부산 해운대구", "경기 성남시", "인천 연수구", "대전 유성구",
                    "광주 서구", "대구 수성구", "울산 남구", "제주시", "경기도 고양시"],
    "call_centre": ["1588-1255", "1544-1122", "1588-8100", "1577-1000", "1544-7000", "1599-1523"],
    "operator_contact": ["1661-9265", "help@mecross.net", "070-8290-9005", "mktlee@mecross.net",
                         "이경수", "서울시 마포구 동교동 154-23 3층"],
    "cinema_phone": ["02-3452-7700", "051-741-8800", "031-240-8000", "053-661-1800",
                     "062-360-7700"],
    "cinema_address": ["서울 용산구 한강대로23길 55", "부산 해운대구 센텀남대로 35",
                       "서울 영등포구 영중로 15", "경기 수원시 팔달구 덕영대로 924"],
    "institution_phone": ["02-1336", "118", "1372", "182", "02-580-0533"],
    "form_example_name": ["홍길동", "김철수", "이영희"],
    "form_example_phone": ["010-0000-0000", "010-1234-5678", "010-XXXX-XXXX"],
    "card_company": ["삼성카드", "현대카드", "신한카드", "KB국민카드", "롯데카드", "BC카드"],
    "bank_name": ["국민은행", "카카오뱅크", "토스뱅크", "신한은행", "우리은행"],
    "staff_role": ["매니저", "점장", "상담원", "미소지기", "운영팀장"],
    "movie_rating": ["15세 관람가", "12세 관람가", "청소년관람불가", "전체관람가"],
    "member_grade": ["VIP", "VVIP", "GOLD", "SILVER", "FRIENDS"],
}


def _date(rng) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{m}월 {d}일", f"{m}/{d}", f"2024.{m:02d}.{d:02d}", f"2025-{m:02d}-{d:02d}"])


def _showtime(rng) -> str:
    h, m = rng.randint(9, 23), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    return rng.choice([f"{h}:{m:02d}", f"{h}시 {m}분" if m else f"{h}시", f"오후 {h - 12}시"
                       if h > 12 else f"오전 {h}시"])


GENERATED = {
    "date": _date,
    "showtime": _showtime,
    "price": lambda r: rng_price(r),
    "seat": lambda r: f"{r.choice('ABCDEFGHJKLM')}열 {r.randint(1, 24)}번" if r.random() < 0.5
    else f"{r.choice('ABCDEFGHJKLM')}{r.randint(1, 24)}",
    "booking_number": lambda r: r.choice([f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}",
                                          f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}",
                                          f"MQ{digits(r, 10)}"]),
    "order_number": lambda r: f"ORD-{digits(r, 8)}-{digits(r, 5)}",
    "coupon_code": lambda r: f"{r.choice(['MQ', 'CP', 'POP'])}-{digits(r, 4)}-{r.choice('ABKXZ')}{digits(r, 3)}",
    "gift_card_number": lambda r: "-".join(digits(r, 4) for _ in range(4)),
    "tracking_number": lambda r: f"{digits(r, 4)}-{digits(r, 4)}-{digits(r, 4)}",
    "receipt_number": lambda r: f"R{digits(r, 2)}-{digits(r, 6)}",
    "approval_number": lambda r: digits(r, 8),
    "business_reg_number": lambda r: f"{digits(r, 3)}-{r.choice(['81', '86', '87'])}-{digits(r, 5)}",
    "masked_phone": lambda r: r.choice([f"010-****-{digits(r, 4)}", f"010-{digits(r, 2)}**-**{digits(r, 2)}"]),
    "masked_name": lambda r: r.choice(["김*수", "이*진", "박*영", "최**", "정*호", "남궁**", "황*린"]),
    "masked_card": lambda r: f"{digits(r, 4)}-****-****-{digits(r, 4)}",
    "masked_email": lambda r: f"{r.choice('abjkms')}***@{r.choice(['naver.com', 'gmail.com'])}",
    "point_amount": lambda r: f"{r.randint(1, 30) * 100:,}P",
    "ticket_count": lambda r: f"{r.randint(2, 60)}명",
}


def rng_price(rng) -> str:
    won = rng.choice([7000, 9000, 11000, 13000, 14000, 15000, 28000, 30000, 42000, 120000])
    return rng.choice([f"{won:,}원", f"{won // 1000}천원" if won < 10000 else f"{won:,}원",
                       f"₩{won:,}"])


def neg(rng, kind: str) -> str:
    """One negative of ``kind``, marked up."""
    value = GENERATED[kind](rng) if kind in GENERATED else rng.choice(POOLS[kind])
    return "{{" + kind + ":" + value + "}}"


def pool_strings() -> set[str]:
    """Every fixed negative string, so a random private name never equals one of them."""
    return {v for values in POOLS.values() for v in values} | {"홍길동", "이경수"}

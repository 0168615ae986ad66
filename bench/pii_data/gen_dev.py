"""Development set generator ("A"): synthetic Korean cinema-board posts with labels.

Reviews, lost-and-found, ticket trades, complaints and customer-centre messages with
personal information in many typed forms, plus hard negatives (booking numbers, dates,
times, prices, seat codes, versions, catalogue names, random order/parcel numbers).
The held-out set comes from gen_heldout.py, written separately with other templates,
vocabulary and name pools.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    CAST,
    CHARACTERS,
    CREW,
    MOVIES,
    THEATRES,
    Post,
    booking_number,
    group,
    josa,
    luhn_complete,
    random_digits,
    rrn_digits,
    to_fullwidth,
    to_hangul_digits,
    voucher_code,
    with_zero_width,
    write_jsonl,
)

SURNAMES = (["김"] * 21 + ["이"] * 15 + ["박"] * 8 + ["최"] * 5 + ["정"] * 5 +
            "강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 "
            "우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 "
            "반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예".split() + ["남궁", "황보", "선우", "제갈"])
GIVEN = ("민준 서준 도윤 예준 시우 하준 지호 지후 준우 준서 건우 도현 현우 지훈 우진 선우 서진 민재 현준 "
         "연우 유준 정우 승우 승현 시윤 준혁 은우 지환 승민 지우 유찬 윤우 민성 준영 시후 진우 지원 수호 "
         "재윤 시현 동현 수현 태윤 민규 재원 한결 민우 재민 은찬 윤호 시원 서연 서윤 서현 민서 하은 하윤 "
         "윤서 지유 지민 채원 지윤 은서 수아 다은 예은 지아 수빈 소율 예린 하린 예원 소윤 지안 유나 채은 "
         "가은 시은 서아 유진 민지 수민 예서 윤아 다인 예나 나연 아린 수연 지현 혜원 은지 수진 혜진 지영 "
         "미영 은영 정희 영희 순자 영숙 미숙 경희 정숙 혜숙 선영 미경 은정 현정 지혜 소영 영수 영호 영철 "
         "정호 성호 성수 상철 상훈 동훈 동욱 성훈 정훈 경수 광수 철수 용수 병철 기영 재석 종민 진호 창호 "
         "길동 하늘 보람 슬기 아름 다솜 나래 민호 태민 지성 예성 규민 정민 윤성 윤재 하람 민석 준수 은성 "
         "도훈 영민").split()

BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협", "기업은행", "카카오뱅크", "토스뱅크",
         "케이뱅크", "새마을금고", "우체국", "신협", "SC제일은행", "부산은행", "대구은행", "수협"]
ACCOUNT_LAYOUTS = {"국민은행": [6, 2, 6], "신한은행": [3, 3, 6], "우리은행": [4, 3, 6], "하나은행": [3, 6, 5],
                   "농협": [3, 4, 4, 2], "기업은행": [3, 6, 2, 3], "카카오뱅크": [4, 2, 7],
                   "토스뱅크": [4, 4, 4], "케이뱅크": [3, 3, 6], "새마을금고": [4, 2, 6, 1],
                   "우체국": [6, 2, 6], "신협": [3, 3, 6], "SC제일은행": [3, 2, 6], "부산은행": [3, 4, 4, 2],
                   "대구은행": [3, 2, 6, 1], "수협": [4, 4, 4]}
DOMAINS = ["naver.com", "gmail.com", "daum.net", "hanmail.net", "kakao.com", "nate.com", "example.com",
           "hotmail.com", "korea.kr", "test.co.kr"]
LOCAL_WORDS = ["hong", "minji", "movie", "cine", "kim", "lee", "park", "star", "happy", "sky", "blue",
               "jh", "sy", "love", "film", "dream", "sun", "moon", "jjang", "choi"]
SIDO_SGG = [("서울특별시", ["강남구", "마포구", "송파구", "용산구", "종로구", "서초구", "관악구", "노원구"]),
            ("서울", ["강남구", "영등포구", "성동구", "은평구"]),
            ("경기도", ["성남시 분당구", "수원시 영통구", "고양시 일산동구", "용인시 수지구", "부천시"]),
            ("부산광역시", ["해운대구", "부산진구", "수영구"]), ("대구광역시", ["수성구", "중구"]),
            ("인천광역시", ["연수구", "남동구"]), ("대전광역시", ["유성구"]), ("광주광역시", ["북구"]),
            ("제주특별자치도", ["제주시"])]
ROADS = ["테헤란로", "월드컵북로", "올림픽로", "한강대로", "세종대로", "판교역로", "광교중앙로", "중앙대로",
         "해운대로", "달구벌대로", "동성로", "반포대로", "도산대로", "양화로", "효령로", "봉은사로", "백범로",
         "국회대로", "디지털로", "센텀중앙로", "송파대로", "창경궁로", "이태원로", "충장로", "둔산대로"]
DONGS = ["역삼동", "서교동", "잠실동", "한남동", "청담동", "봉천동", "상계동", "정자동", "우동", "범어동",
         "연수동", "구월동", "둔산동", "노형동", "망원동", "신림동"]


def name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def phone(rng, post=None):
    kind = rng.random()
    if kind < 0.08:
        d = "02" + random_digits(rng, rng.choice([7, 8]), False)
        s = group(d, [2, len(d) - 6, 4], "-")
    elif kind < 0.14:
        area = rng.choice(["031", "032", "051", "053", "042", "062", "064", "033", "041"])
        d = area + random_digits(rng, 7 + rng.randint(0, 1), False)
        s = group(d, [3, len(d) - 7, 4], rng.choice(["-", ")", "-"]))
    elif kind < 0.17:
        d = "0505" + random_digits(rng, 7, False)
        s = group(d, [4, 3, 4], "-")
    elif kind < 0.19:
        d = "070" + random_digits(rng, 8, False)
        s = group(d, [3, 4, 4], "-")
    else:
        d = "010" + random_digits(rng, 8, False)
        style = rng.random()
        if style < 0.5:
            s = group(d, [3, 4, 4], "-")
        elif style < 0.6:
            s = d
        elif style < 0.68:
            s = group(d, [3, 4, 4], " ")
        elif style < 0.73:
            s = group(d, [3, 4, 4], ".")
        elif style < 0.78:
            s = to_fullwidth(group(d, [3, 4, 4], "-"))
        elif style < 0.82:
            s = with_zero_width(group(d, [3, 4, 4], "-"), rng)
        elif style < 0.87:
            s = to_hangul_digits(group(d, [3, 4, 4], rng.choice([" ", "-"])))
        elif style < 0.91:
            s = group(d, [3, 4, 4], rng.choice(["ㅡ", "–", "—"]))
        elif style < 0.95:
            s = "+82 " + group(d[1:], [2, 4, 4], rng.choice(["-", " "]))
        else:
            s = " ".join(d)
    return s


def rrn(rng, foreigner=False):
    d = rrn_digits(rng, foreigner)
    style = rng.random()
    if style < 0.65:
        return d[:6] + "-" + d[6:]
    if style < 0.78:
        return d
    if style < 0.86:
        return d[:6] + " " + d[6:]
    if style < 0.92:
        return d[:6] + "ㅡ" + d[6:]
    return to_fullwidth(d[:6] + "-" + d[6:])


def card(rng):
    prefix = rng.choice(["4", "5", "9", "35", "62", "37"])
    length = 15 if prefix == "37" else 16
    d = luhn_complete(prefix, length, rng)
    style = rng.random()
    if length == 15:
        return group(d, [4, 6, 5], "-")
    if style < 0.6:
        return group(d, [4, 4, 4, 4], "-")
    if style < 0.8:
        return group(d, [4, 4, 4, 4], " ")
    if style < 0.9:
        return d
    return to_fullwidth(group(d, [4, 4, 4, 4], "-"))


def account(rng):
    bank = rng.choice(BANKS)
    layout = ACCOUNT_LAYOUTS[bank]
    d = random_digits(rng, sum(layout), True)
    s = group(d, layout, "-") if rng.random() < 0.75 else d
    return bank, s


def email(rng):
    local = rng.choice(LOCAL_WORDS) + rng.choice(["", "", str(rng.randint(1, 99)), "_" + rng.choice(LOCAL_WORDS), "." + rng.choice(LOCAL_WORDS)])
    return local + "@" + rng.choice(DOMAINS)


def passport(rng):
    letter = rng.choice("MMMMSRDO")
    if rng.random() < 0.6:
        return f"{letter}{rng.randint(0, 999):03d}{rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{rng.randint(0, 9999):04d}"
    return f"{letter}{rng.randint(0, 99999999):08d}"


def licence(rng):
    region = rng.choice(list(range(11, 27)) + [28])
    yy = rng.randint(0, 24)
    serial = rng.randint(0, 999999)
    tail = rng.randint(0, 99)
    if rng.random() < 0.75:
        return f"{region}-{yy:02d}-{serial:06d}-{tail:02d}"
    reg = rng.choice(["서울", "부산", "경기", "대구", "인천", "경남", "충북"])
    return f"{reg} {yy:02d}-{serial:06d}-{tail:02d}"


def address(rng):
    sido, sggs = rng.choice(SIDO_SGG)
    sgg = rng.choice(sggs)
    if rng.random() < 0.7:
        road = rng.choice(ROADS)
        if rng.random() < 0.2:
            road += f"{rng.randint(1, 60)}번길"
        num = str(rng.randint(1, 600))
        if rng.random() < 0.2:
            num += f"-{rng.randint(1, 30)}"
        core = f"{road} {num}"
    else:
        core = f"{rng.choice(DONGS)} {rng.randint(1, 999)}-{rng.randint(1, 99)}"
    detail = rng.choice(["", "", f", {rng.randint(1, 20)}층", f" {rng.randint(101, 120)}동 {rng.randint(101, 2504)}호",
                         f", {rng.randint(101, 1505)}호"])
    prefix = rng.random()
    if prefix < 0.55:
        return f"{sido} {sgg} {core}{detail}"
    if prefix < 0.85:
        return f"{sgg} {core}{detail}"
    return f"{core}{detail}"


def ip(rng):
    if rng.random() < 0.9:
        first = rng.choice([211, 121, 175, 1, 59, 112, 118, 220, 222, 192, 10, 172, 58, 14, 106])
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"2001:db8:{rng.randint(0, 0xffff):x}::{rng.randint(1, 0xfff):x}"


# --- hard negatives -------------------------------------------------------------------------------

def date(rng):
    y, m, d = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{y}.{m:02d}.{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}", f"{m}월 {d}일",
                       f"{y}년 {m}월 {d}일", f"{y % 100}.{m}.{d}"])


def time_(rng):
    h, mi = rng.randint(9, 23), rng.choice([0, 10, 20, 30, 40, 50, 15, 45])
    return rng.choice([f"{h}:{mi:02d}", f"{h}시 {mi}분", f"오후 {h - 12 if h > 12 else h}시", f"{h:02d}:{mi:02d}"])


def price(rng):
    v = rng.choice([8000, 9000, 11000, 12000, 13000, 14000, 15000, 24000, 28000, 30000, 4500, 6000])
    man, cheon = divmod(v // 1000, 10)
    spoken = (f"{man}만" if man else "") + (f"{cheon}천" if cheon else "") + "원"
    return rng.choice([f"{v:,}원", f"{v}원", spoken, f"{v / 10000:g}만원"])


def seat(rng):
    row = rng.choice("ABCDEFGHJKLM")
    n = rng.randint(1, 24)
    return rng.choice([f"{row}{n}", f"{row}열 {n}번", f"{row}{n}, {row}{n + 1}", f"{row}-{n}"])


def version(rng):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                       f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}"])


def random_number(rng):
    n = rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16])
    d = random_digits(rng, n)
    style = rng.random()
    if style < 0.5:
        return d
    if n == 16:
        return group(d, [4, 4, 4, 4], "-")
    if n == 13:
        return group(d, [6, 7], "-") if rng.random() < 0.2 else group(d, [4, 4, 5], "-")
    return group(d, [4, n - 8, 4] if n > 8 else [4, 4], "-")


NUMBER_CONTEXTS = ["주문번호", "운송장번호", "송장번호", "관람권 번호", "승인번호", "회원번호", "쿠폰번호",
                   "영수증 번호", "접수번호", "택배 송장", "바코드", "일련번호", "거래번호", ""]


def neg_number(p: Post, rng):
    ctx = rng.choice(NUMBER_CONTEXTS)
    p.add(" " + (f"{ctx} " if ctx else ""))
    p.add(random_number(rng), negative="RANDOM_NUMBER")


# --- templates ------------------------------------------------------------------------------------

def t_review(rng):
    p = Post("review")
    movie = rng.choice(MOVIES)
    p.add(rng.choice(["어제 ", "오늘 ", "주말에 ", ""]) + rng.choice(THEATRES), negative="CATALOG")
    p.add(f"에서 {movie} 봤어요. ")
    p.add(seat(rng), negative="SEAT").add(" 자리였는데 ")
    p.add(rng.choice(["화면이 잘 보였고 ", "사운드가 좋았어요. ", "앞사람 머리가 좀 걸렸네요. "]))
    p.add(rng.choice(CAST), negative="CATALOG").add(rng.choice([" 연기 미쳤다", "님 연기 최고", " 배우 때문에 울었어요"]))
    if rng.random() < 0.5:
        p.add(". 감독 ").add(rng.choice(CREW), negative="CATALOG").add(rng.choice(["님 차기작 기대", " 스타일 그대로네요"]))
    if rng.random() < 0.4:
        p.add(". 가격은 ").add(price(rng), negative="PRICE").add(", ").add(time_(rng), negative="TIME").add(" 상영")
    if rng.random() < 0.3:
        n = name(rng)
        p.add(". 같이 간 친구 ").add(n, "PERSON").add(rng.choice(
            ["도 만족했대요", josa(n, "은", "는") + " 졸았음ㅋㅋ", josa(n, "이", "가") + " 강추함"]))
    p.add(".")
    return p


def t_lost(rng):
    p = Post("lost")
    p.add(rng.choice(["[분실물] ", "분실물 찾습니다 ", "지갑 잃어버렸어요ㅠ "]))
    p.add(date(rng), negative="DATE").add(" ").add(time_(rng), negative="TIME").add(" ")
    p.add(rng.choice(THEATRES), negative="CATALOG").add(" ")
    p.add(rng.choice(["3관", "5관", "IMAX관", "4DX관"])).add(" ").add(seat(rng), negative="SEAT")
    p.add(rng.choice([" 근처에서 검정 지갑을 두고 나왔습니다. ", " 좌석 밑에 휴대폰을 떨어뜨렸어요. "]))
    r = rng.random()
    if r < 0.35:
        p.add("신분증에 이름은 ").add(name(rng), "PERSON").add(rng.choice(["이고 ", "입니다. ", " 이고요 "]))
    elif r < 0.6:
        p.add("지갑 안에 ").add(name(rng), "PERSON").add(" 명의 카드랑 주민등록증(")
        p.add(rrn(rng), "RRN").add(") 있어요. ")
    if rng.random() < 0.8:
        p.add(rng.choice(["찾으시면 ", "습득하신 분은 ", "보시는 분 ", ""]))
        p.add(rng.choice(["연락처 ", "전화 ", "", "핸드폰 "])).add(phone(rng), "PHONE")
        p.add(rng.choice(["로 연락 부탁드려요", "으로 문자주세요", " 입니다", "로 꼭 연락주세요!!"]))
    p.add(". 예매번호는 ").add(booking_number(rng), negative="BOOKING").add("였어요.")
    return p


def t_trade(rng):
    p = Post("trade")
    movie = rng.choice(MOVIES)
    p.add(f"[양도] {movie} ").add(date(rng), negative="DATE").add(" ").add(time_(rng), negative="TIME")
    p.add(" ").add(rng.choice(THEATRES), negative="CATALOG").add(" ").add(seat(rng), negative="SEAT")
    p.add(" 2매 양도합니다. 정가 ").add(price(rng), negative="PRICE").add("에 드려요. ")
    r = rng.random()
    if r < 0.55:
        bank, acc = account(rng)
        p.add(rng.choice(["입금은 ", "계좌: ", "", "입금계좌 "]))
        p.add(bank + " ").add(acc, "ACCOUNT")
        if rng.random() < 0.7:
            p.add(rng.choice([" 예금주 ", " (예금주: ", " "])).add(name(rng), "PERSON")
            p.add(rng.choice(["", ")", " 입니다"]))
        p.add(". ")
    if rng.random() < 0.7:
        p.add(rng.choice(["연락은 ", "카톡 안 되시면 ", "문의 ", ""])).add(phone(rng), "PHONE")
        p.add(rng.choice(["로 주세요. ", " 문자 주세요. ", "으로요 "]))
    if rng.random() < 0.3:
        p.add("메일 ").add(email(rng), "EMAIL").add(rng.choice(["으로 보내드려요. ", "로 주셔도 돼요. "]))
    if rng.random() < 0.4:
        p.add("예매번호 ").add(booking_number(rng), negative="BOOKING").add(" 로 확인 가능.")
    return p


def t_complaint(rng):
    p = Post("complaint")
    p.add(rng.choice(["고객센터에 문의드립니다. ", "환불 요청합니다. ", "[민원] ", "불편사항 접수합니다. "]))
    p.add(date(rng), negative="DATE").add(" ").add(rng.choice(THEATRES), negative="CATALOG")
    p.add(rng.choice([" 상영 중에 화면이 멈췄습니다. ", "에서 결제가 두 번 됐어요. ", " 직원분 응대가 불친절했습니다. "]))
    r = rng.random()
    if r < 0.3:
        p.add("결제한 카드는 ").add(card(rng), "CARD").add(rng.choice(["입니다. ", "이고요, ", " 이에요. "]))
    elif r < 0.55:
        bank, acc = account(rng)
        p.add("환불은 ").add(bank + " ").add(acc, "ACCOUNT").add(rng.choice(["로 부탁드립니다. ", " 계좌로 해주세요. "]))
    if rng.random() < 0.5:
        p.add(rng.choice(["예매자 ", "성명: ", "이름 ", "작성자 "])).add(name(rng), "PERSON").add(rng.choice([", ", " / ", ". "]))
    if rng.random() < 0.6:
        p.add(rng.choice(["연락처 ", "전화번호 ", "휴대폰 "])).add(phone(rng), "PHONE").add(". ")
    if rng.random() < 0.35:
        p.add("회신은 ").add(email(rng), "EMAIL").add(rng.choice(["으로 부탁드려요.", "로 주세요.", " 로 부탁해요."]))
    if rng.random() < 0.3:
        p.add(" 예매번호 ").add(booking_number(rng), negative="BOOKING").add(", 결제금액 ").add(price(rng), negative="PRICE")
    if rng.random() < 0.2:
        neg_number(p, rng)
    return p


def t_staff_praise(rng):
    p = Post("praise")
    p.add(rng.choice(THEATRES), negative="CATALOG").add(" ")
    who = name(rng)
    p.add(rng.choice(["매니저 ", "직원 ", "", "알바생 "])).add(who, "PERSON")
    p.add(rng.choice(["님 정말 친절하셨어요. ", "씨 칭찬합니다! ", " 매니저님께 감사드려요. ", " 님 덕분에 잘 봤어요. "]))
    p.add("팝콘 ").add(price(rng), negative="PRICE").add(" 세트 먹으면서 ").add(rng.choice(MOVIES)).add(" 봤습니다.")
    return p


def t_identity(rng):
    p = Post("identity")
    p.add(rng.choice(["청소년 관람불가라 신분 확인 문의드려요. ", "외국인 친구 예매 문의입니다. "]))
    if rng.random() < 0.5:
        p.add("친구 외국인등록번호 ").add(rrn(rng, foreigner=True), "FRN").add(" 로 되나요? ")
    else:
        p.add("제 주민번호 ").add(rrn(rng), "RRN").add(rng.choice([" 인데 ", "이고 ", "입니다. "]))
    if rng.random() < 0.4:
        p.add("여권번호 ").add(passport(rng), "PASSPORT").add(rng.choice(["도 있어요. ", "로도 가능한가요? "]))
    if rng.random() < 0.35:
        p.add("운전면허 ").add(licence(rng), "DRIVER_LICENSE").add(rng.choice([" 입니다. ", "로 확인해주세요. "]))
    p.add(time_(rng), negative="TIME").add(" 상영이에요.")
    return p


def t_delivery(rng):
    p = Post("delivery")
    p.add(rng.choice(["굿즈 이벤트 당첨됐는데 배송지 남깁니다. ", "포스터 교환 택배 주소요. ", "경품 수령 주소 보내요. "]))
    p.add(rng.choice(["주소: ", "", "배송지는 "])).add(address(rng), "ADDRESS")
    p.add(rng.choice([" 입니다. ", "로 보내주세요. ", ". "]))
    p.add(rng.choice(["받는 분 ", "수령인 ", "이름 "])).add(name(rng), "PERSON").add(" ")
    p.add(phone(rng), "PHONE").add(". ")
    if rng.random() < 0.4:
        neg_number(p, rng)
    return p


def t_app(rng):
    p = Post("app")
    p.add(rng.choice(["앱 ", "마키 앱 ", "안드로이드 앱 "])).add(version(rng), negative="VERSION")
    p.add(rng.choice([" 업데이트 후 로그인이 안 돼요. ", "에서 결제 화면이 멈춥니다. "]))
    if rng.random() < 0.5:
        p.add("접속 IP ").add(ip(rng), "IP").add(rng.choice(["에서만 그래요. ", "이고 ", "입니다. "]))
    if rng.random() < 0.5:
        p.add("계정 메일 ").add(email(rng), "EMAIL").add(rng.choice(["이에요.", "입니다.", " 확인 부탁."]))
    if rng.random() < 0.4:
        p.add(" 예매번호 ").add(booking_number(rng), negative="BOOKING").add(" 결제는 됐는데 표가 없어요.")
    return p


def t_meetup(rng):
    p = Post("meetup")
    p.add(f"{rng.choice(MOVIES)} 단관 모임 해요! ").add(date(rng), negative="DATE").add(" ")
    p.add(time_(rng), negative="TIME").add(" ").add(rng.choice(THEATRES), negative="CATALOG")
    p.add(". 참가비 ").add(price(rng), negative="PRICE").add(". ")
    p.add(rng.choice(["신청은 ", "문의는 총무 ", "모임장 "])).add(name(rng), "PERSON")
    p.add(rng.choice([" ", "("])).add(phone(rng), "PHONE").add(rng.choice([")", " 로 연락주세요", ""])).add(".")
    return p


def t_plain(rng):
    """No personal information at all: the common case on a film board."""
    p = Post("plain")
    p.add(rng.choice(MOVIES) + " ")
    p.add(rng.choice(["보고 왔는데 ", "개봉 첫날 ", "재관람 "]))
    c = rng.choice(CAST)
    p.add(c, negative="CATALOG").add(rng.choice([josa(c, "이랑 ", "랑 "), " 그리고 ", josa(c, "과 ", "와 ")]))
    p.add(rng.choice(CAST), negative="CATALOG").add(rng.choice([" 케미 최고. ", " 투샷 좋았어요. "]))
    c = rng.choice(CHARACTERS)
    p.add(c, negative="CATALOG").add(rng.choice([" 캐릭터가 ", josa(c, "이 ", "가 "), " 장면이 "]))
    p.add(rng.choice(["제일 기억에 남네요. ", "너무 웃겼어요. ", "소름이었음. "]))
    if rng.random() < 0.5:
        p.add(seat(rng), negative="SEAT").add(" 명당 추천합니다. ")
    if rng.random() < 0.5:
        p.add(date(rng), negative="DATE").add(" ").add(time_(rng), negative="TIME").add(" 회차 관객 매너 좋았어요. ")
    if rng.random() < 0.5:
        p.add("러닝타임 ").add(f"{rng.randint(95, 170)}분", negative="TIME").add(", 관람료 ").add(price(rng), negative="PRICE")
    if rng.random() < 0.4:
        neg_number(p, rng)
    return p


def t_voucher(rng):
    p = Post("voucher")
    p.add(rng.choice(["예매권 ", "관람권 ", "기프티콘 "])).add(voucher_code(rng), negative="BOOKING")
    p.add(rng.choice([" 등록이 안 돼요. ", " 사용하려는데 오류가 나요. "]))
    p.add("주문번호 ").add(random_number(rng), negative="RANDOM_NUMBER").add(", ")
    p.add("결제일 ").add(date(rng), negative="DATE").add(". ")
    if rng.random() < 0.5:
        p.add(rng.choice(["회신 ", "연락처 "])).add(phone(rng), "PHONE").add(" 부탁드려요.")
    return p


def t_refund_card(rng):
    p = Post("refund")
    p.add(rng.choice(["카드 결제 취소 문의요. ", "부분 환불 요청 "]))
    p.add(rng.choice(["카드번호 ", "결제카드 ", "카드 "])).add(card(rng), "CARD")
    p.add(rng.choice(["로 결제했고 ", " 이고 ", "입니다. "]))
    p.add("승인번호 ").add(random_digits(rng, 8), negative="RANDOM_NUMBER").add(", 금액 ").add(price(rng), negative="PRICE").add(". ")
    if rng.random() < 0.5:
        p.add(rng.choice(["카드 명의자 ", "명의자 ", ""])).add(name(rng), "PERSON").add(rng.choice(["입니다.", " 이에요.", "."]))
    return p


TRICKY = ["고객님 안녕하세요. ", "기사님이 친절하셨어요. ", "사장님 최고! ", "작가님 신작 기대돼요. ",
          "감독님 GV 다녀왔어요. ", "선생님이랑 봤어요. ", "유명한 배우가 나와서 봤는데 ", "친절한 직원분 덕분에 ",
          "불친절한 매니저 때문에 기분 상함. ", "이상한 관객이 있었음. ", "정말로 최고의 영화. ", "한번만 더 보고 싶다. ",
          "조용히 봐주세요. ", "이번주 주말에 또 갈래요. ", "주인공이 너무 멋있어. ", "이름은 비공개로 할게요. ",
          "성함은 생략합니다. ", "작성자 본인입니다. ", "예금주 본인 확인 필요한가요? ", "친구 생일이라서 예매함. ",
          "동생 데리고 갔어요. ", "직원 분들 고생 많으세요. ", "매니저 호출했어요. ", "양도자님께 감사드려요. ",
          "구매자님 확인 부탁드려요. ", "판매자분 연락주세요. ", "관리자님 답변 부탁드립니다. ", "운영자님 보세요. ",
          "신청자 많으면 추첨이래요. ", "수령인 변경 가능한가요? ", "전화번호 바뀌었어요. ", "연락처 남겨주세요. ",
          "주소 변경은 어디서 하나요? ", "안전하게 거래해요. ", "서울역 근처 영화관 추천. ", "강남역 11번 출구로 나오세요. ",
          "3번 출구로 나오세요. ", "2층으로 올라가세요. ", "1관으로 가세요. ", "팝콘으로 주세요. ", "현금으로 결제했어요. ",
          "카드로 결제할게요. ", "문자로 주세요. ", "택배로 보낼게요. ", "한가한 평일 추천해요. ", "진심이 느껴지는 영화. ",
          "조조로 보면 싸요. ", "장르가 스릴러라서 무서웠음. ", "강력 추천합니다. ", "전체 관람가예요. ", "신분증 꼭 챙기세요. ",
          "성인 두 명이요. ", "명당은 중앙이죠. ", "최애 배우 나옴. ", "주연 배우 인터뷰 봤어요. ", "임산부석 있나요? ",
          "정가보다 싸게 드려요. ", "하루 종일 기다렸어요. ", "김밥 먹으면서 봤어요. ", "이모랑 조카랑 셋이 봤어요. ",
          "우리 가족 넷이서 관람. ", "남친이랑 데이트했어요. ", "여친 선물로 예매함. ", "박스오피스 1위 축하. "]


def t_tricky(rng):
    """Cue words with no name or number after them: precision on everyday board text."""
    p = Post("tricky")
    for sentence in rng.sample(TRICKY, rng.randint(2, 4)):
        p.add(sentence, negative="WORD")
    if rng.random() < 0.5:
        p.add(rng.choice(CAST), negative="CATALOG").add(rng.choice([" 연기 좋았어요.", " 최고.", "!!"]))
    if rng.random() < 0.4:
        n = name(rng)
        p.add(rng.choice(["\n- ", "\n", " "])).add(n, "PERSON").add(rng.choice([" 올림", " 드림", " 씀"]))
    return p


def t_people(rng):
    """Names in everyday sentences: with particles, honorifics, self-introductions."""
    p = Post("people")
    n = name(rng)
    r = rng.random()
    if r < 0.2:
        p.add("안녕하세요 저는 ").add(n, "PERSON").add(josa(n, "이라고 ", "라고 ") + "합니다. ")
    elif r < 0.4:
        p.add(n, "PERSON").add(rng.choice([" 님께서 ", "씨랑 ", " 고객님이 ", " 선생님께 "]))
        p.add(rng.choice(["예매하신 표 확인 부탁드려요. ", "같이 보기로 했어요. ", "문의 남기셨어요. "]))
    elif r < 0.6:
        p.add(rng.choice(["어제 ", "오늘 ", "지난주에 "])).add(n, "PERSON").add(josa(n, "이랑 ", "랑 "))
        p.add(rng.choice(MOVIES)).add(" 봤는데 좋았어요. ")
    elif r < 0.8:
        p.add(rng.choice(["제 동생 ", "우리 언니 ", "회사 동료 ", "남편 "])).add(n, "PERSON")
        p.add(josa(n, "이가 ", "가 ") + rng.choice(["표를 대신 받을 거예요. ", "먼저 들어갈게요. "]))
    else:
        p.add(n, "PERSON").add(josa(n, "이한테 ", "한테 ") + rng.choice(["표 넘겼어요. ", "연락 주세요. "]))
    if rng.random() < 0.4:
        p.add(rng.choice(["번호는 ", "연락처 "])).add(phone(rng), "PHONE").add("입니다.")
    return p


TEMPLATES = [(t_tricky, 10), (t_people, 8), (t_review, 14), (t_lost, 10), (t_trade, 12), (t_complaint, 12), (t_staff_praise, 6),
             (t_identity, 8), (t_delivery, 8), (t_app, 6), (t_meetup, 6), (t_plain, 14), (t_voucher, 5),
             (t_refund_card, 6)]


def generate(n: int, seed: int = 20241005) -> list[dict]:
    rng = random.Random(seed)
    funcs, weights = zip(*TEMPLATES, strict=True)
    posts = []
    for i in range(n):
        t = rng.choices(funcs, weights)[0]
        posts.append(t(rng).build(f"dev-{i:05d}"))
    return posts


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "dev.jsonl"
    write_jsonl(out, generate(1200))
    print(f"wrote {out}")

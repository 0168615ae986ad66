"""Held-out set generator ("B"), written apart from gen_dev.py: other templates, other cue
words, other name pools and road names, informal styles (ㅋㅋ, 초성, lists, line breaks),
plus hand-written posts from handwritten.txt. The masker is not tuned on this set.
"""

from __future__ import annotations

import random
import re
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

HERE = Path(__file__).resolve().parent

SURNAMES = (["김"] * 20 + ["이"] * 14 + ["박"] * 8 + ["최"] * 5 + ["정"] * 4 + ["강"] * 2 + ["조"] * 2 +
            "윤 장 임 한 오 서 신 권 황 안 송 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 "
            "민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 "
            "금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 독고 사공".split())
GIVEN = ("태호 상민 재웅 기현 동건 명수 광일 보검 인성 찬희 형석 대현 진혁 경민 성빈 준기 원빈 태양 이안 로운 "
         "시온 한울 누리 가람 단비 새봄 채령 다빈 유리 수지 예지 보라 아영 혜린 소담 나은 라희 세아 윤슬 "
         "도아 이든 주하 려원 은솔 미르 보미 효린 연희 순희 말순 옥자 덕희 춘자 봉남 칠복 만수 용팔 "
         "상욱 기석 정환 우람 현빈 재범 영훈 승기 다현 채윤 서율 하율 지율 시아 아인 로아 예슬 혜수 "
         "주원 건희 민혁 태준 승훈 지석 규리 나영 미란 정아 선미 혜경 경아 숙희 옥순 영순 정순 "
         "효주 은비 가윤 소희 해인 보영 재이 하람 서하 윤하 재희 민아 동희 인호 병훈").split()

CONTACT_CUES = ["폰번 ", "전번 ", "핸폰 ", "H.P ", "☎ ", "연락 주실 곳: ", "휴대폰 번호는 ", "Tel. ",
                "연락처) ", "번호 남겨요 ", "010 번호 ", "문자는 ", "톡 안되면 ", ""]
DOMAINS = ["naver.com", "gmail.com", "daum.net", "kakao.com", "icloud.com", "outlook.kr", "yahoo.co.kr",
           "snu.ac.kr", "company.co.kr", "hanmail.net"]
ROADS_B = ["와우산로", "독서당로", "압구정로", "강남대로", "공항대로", "경인로", "신촌로", "퇴계로", "을지로",
           "남부순환로", "노해로", "동일로", "성남대로", "경수대로", "수영로", "중앙로", "금남로", "계룡로",
           "불정로", "삼일대로", "장한로", "왕십리로", "영동대로", "언주로", "선릉로"]
SGG_B = [("서울", "마포구"), ("서울시", "성동구"), ("서울특별시", "강서구"), ("경기", "성남시 분당구"),
         ("경기도", "안양시 동안구"), ("부산", "수영구"), ("광주광역시", "동구"), ("대전", "서구"),
         ("인천", "부평구"), ("울산광역시", "남구"), ("경기도", "화성시"), ("충청남도", "천안시 서북구"),
         ("전라북도", "전주시 완산구"), ("강원도", "춘천시"), ("경상남도", "창원시 성산구")]
DONGS_B = ["우동", "범어동", "도화동", "성수동1가", "신정동", "중동", "서현동", "인계동", "봉명동", "효자동",
           "화서동", "삼산동", "온천동", "상무동"]
BANKS_B = [("카뱅", [4, 2, 7]), ("국민", [6, 2, 6]), ("신한", [3, 3, 6]), ("우리", [4, 3, 6]),
           ("하나", [3, 6, 5]), ("농협", [3, 4, 4, 2]), ("NH농협", [6, 2, 6]), ("IBK기업", [3, 6, 2, 3]),
           ("토스", [4, 4, 4]), ("케이뱅크", [3, 3, 6]), ("새마을", [4, 2, 6, 1]), ("SC", [3, 2, 6])]


def name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def phone(rng):
    r = rng.random()
    d = "010" + random_digits(rng, 8, False)
    if r < 0.35:
        return group(d, [3, 4, 4], "-")
    if r < 0.5:
        return d
    if r < 0.57:
        return group(d, [3, 4, 4], " - ")
    if r < 0.62:
        return "(" + d[:3] + ")" + d[3:7] + "-" + d[7:]
    if r < 0.66:
        return group(d, [3, 4, 4], " ") if rng.random() < 0.5 else d[:3] + " " + d[3:7] + "-" + d[7:]
    if r < 0.7:
        return to_hangul_digits(group(d, [3, 4, 4], ""))
    if r < 0.73:
        return with_zero_width(d, rng)
    if r < 0.76:
        return to_fullwidth(d)
    if r < 0.79:
        return "+82-" + group(d[1:], [2, 4, 4], "-")
    if r < 0.82:
        return group(d, [3, 4, 4], "ㅡ")
    if r < 0.88:
        d = rng.choice(["02", "031", "051", "032", "055"]) + random_digits(rng, 7 + rng.randint(0, 1), False)
        a = 2 if d.startswith("02") else 3
        return d[:a] + "-" + d[a:-4] + "-" + d[-4:]
    if r < 0.92:
        d = rng.choice(["0504", "0505", "0507"]) + random_digits(rng, 8, False)
        return group(d, [4, 4, 4], "-")
    if r < 0.95:
        d = "070" + random_digits(rng, 8, False)
        return group(d, [3, 4, 4], ".")
    return group(d, [3, 4, 4], ".")


def rrn(rng, foreigner=False):
    d = rrn_digits(rng, foreigner)
    r = rng.random()
    if r < 0.5:
        return d[:6] + "-" + d[6:]
    if r < 0.65:
        return d
    if r < 0.75:
        return d[:6] + " - " + d[6:]
    if r < 0.85:
        return d[:6] + "–" + d[6:]
    return to_fullwidth(d[:6]) + "-" + to_fullwidth(d[6:])


def card(rng):
    d = luhn_complete(rng.choice(["4", "5", "9", "6", "35"]), 16, rng)
    r = rng.random()
    if r < 0.5:
        return group(d, [4, 4, 4, 4], "-")
    if r < 0.7:
        return group(d, [4, 4, 4, 4], " ")
    if r < 0.85:
        return d
    return group(d, [4, 4, 4, 4], ".")


def email(rng):
    base = rng.choice(["yuri", "cinephile", "popcorn", "gamja", "toto", "ddalgi", "bora", "mint", "abc",
                       "seoul", "busan", "night", "owl", "banana"])
    base += rng.choice(["", "99", "_k", ".official", "2024", "x"])
    dom = rng.choice(DOMAINS)
    r = rng.random()
    if r < 0.8:
        return f"{base}@{dom}"
    if r < 0.9:
        return f"{base} @ {dom}"
    return to_fullwidth("@").join([base, dom])


def address(rng):
    sido, sgg = rng.choice(SGG_B)
    r = rng.random()
    if r < 0.6:
        core = f"{rng.choice(ROADS_B)} {rng.randint(1, 400)}"
        if rng.random() < 0.25:
            core = f"{rng.choice(ROADS_B)}{rng.randint(1, 40)}길 {rng.randint(1, 99)}"
    else:
        core = f"{rng.choice(DONGS_B)} {rng.randint(1, 1500)}" + rng.choice(["", f"-{rng.randint(1, 40)}", "번지"])
    detail = rng.choice(["", "", f" {rng.randint(1, 15)}층", f", {rng.randint(101, 999)}호",
                         f" {rng.choice(['가', '나', 'A', 'B'])}동 {rng.randint(101, 999)}호",
                         " (" + rng.choice(["상수동", "서현동", "역삼동"]) + ")"])
    r2 = rng.random()
    if r2 < 0.5:
        return f"{sido} {sgg} {core}{detail}"
    if r2 < 0.8:
        return f"{sgg} {core}{detail}"
    return f"{core}{detail}"


def booking(rng):
    return booking_number(rng)


def seat(rng):
    row = rng.choice("ABCDEFGHIJKLN")
    n = rng.randint(1, 30)
    return rng.choice([f"{row}{n}", f"{row}{n}~{row}{n + 2}", f"{row}열{n}", f"{row}{n}석"])


def money(rng):
    return rng.choice(["1.5만", "만오천원", "13,000", "2만원", "7,000원", "정가 14000원", "3만 2천원"])


def when(rng):
    return rng.choice([f"{rng.randint(1, 12)}/{rng.randint(1, 28)}({rng.choice('월화수목금토일')})",
                       f"{rng.randint(10, 23)}:{rng.choice(['00', '20', '35', '50'])}",
                       f"25.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}",
                       f"{rng.randint(2024, 2025)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}",
                       f"{rng.randint(1, 12)}월{rng.randint(1, 28)}일 {rng.randint(1, 11)}시반"])


def randnum(rng):
    n = rng.choice([10, 11, 12, 13, 14, 16])
    d = random_digits(rng, n)
    return rng.choice([d, group(d, [3, 3, n - 6], "-"), group(d, [4] * (n // 4), " ") if n % 4 == 0 else d])


# --- templates --------------------------------------------------------------------------------

def h_found(rng):
    p = Post("found")
    p.add(rng.choice(["습득물 공지 ", "주인 찾아요!! ", "ㅠㅠ 이거 누구 거예요 "]))
    p.add(when(rng), negative="DATE").add(" ").add(rng.choice(THEATRES), negative="CATALOG")
    p.add(rng.choice([" 7관 ", " 리클라이너관 ", " 2관 "])).add(seat(rng), negative="SEAT")
    p.add(rng.choice(["에서 카드지갑 주웠어요. ", "에 에어팟 있었음. ", "쪽에 학생증 떨어져 있었어요. "]))
    r = rng.random()
    if r < 0.4:
        n = name(rng)
        p.add("학생증 이름 ").add(n, "PERSON").add(rng.choice(
            [josa(n, "으로", "로") + " 돼있네요 ", " " + josa(n, "이라고", "라고") + " 써있어요. "]))
    elif r < 0.7:
        n = name(rng)
        p.add(n, "PERSON").add(rng.choice(["님 물건 맞으시면 ", "씨 찾습니다. ", "님!! "]))
    p.add(rng.choice(["매표소에 맡겨뒀어요.", "인포에 있어요~", "댓글 주세요."]))
    return p


def h_trade_informal(rng):
    p = Post("trade2")
    p.add(rng.choice(["ㅈㄱㄴ ", "급처) ", "[판매] ", "양도합니당 "]))
    p.add(rng.choice(MOVIES)).add(" 무대인사 ").add(when(rng), negative="DATE").add(" ")
    p.add(seat(rng), negative="SEAT").add(" 연석 ").add(money(rng), negative="PRICE").add("\n")
    bank, layout = rng.choice(BANKS_B)
    acc = random_digits(rng, sum(layout))
    acc_s = group(acc, layout, "-") if rng.random() < 0.6 else acc
    if rng.random() < 0.6:
        p.add(rng.choice(["입금처 ", "입금: ", "선입금 ", "계좌 "])).add(bank + " ").add(acc_s, "ACCOUNT")
        if rng.random() < 0.6:
            p.add(rng.choice([" (", " ", " / "])).add(name(rng), "PERSON").add(rng.choice([")", "", " 앞으로"]))
        p.add("\n")
    if rng.random() < 0.75:
        p.add(rng.choice(CONTACT_CUES)).add(phone(rng), "PHONE").add(rng.choice(["", " ㄱㄱ", "로 톡", " (문자만)"]))
        p.add("\n")
    if rng.random() < 0.3:
        p.add("티켓 번호 ").add(booking(rng), negative="BOOKING").add(" 캡처 보내드림")
    return p


def h_form(rng):
    p = Post("form")
    p.add(rng.choice(["[1:1 문의]\n", "고객의 소리 접수\n", "분실 신고서\n"]))
    if rng.random() < 0.9:
        p.add(rng.choice(["- 성함: ", "- 이름 : ", "성명 - ", "■ 신청자: "])).add(name(rng), "PERSON").add("\n")
    if rng.random() < 0.85:
        p.add(rng.choice(["- 연락처: ", "- 휴대폰 : ", "연락처 - ", "■ 전화: "])).add(phone(rng), "PHONE").add("\n")
    if rng.random() < 0.6:
        p.add(rng.choice(["- 이메일: ", "- E-mail : ", "메일 - ", "■ 메일: "])).add(email(rng), "EMAIL").add("\n")
    if rng.random() < 0.35:
        p.add(rng.choice(["- 주소: ", "- 거주지 : ", "■ 주소: "])).add(address(rng), "ADDRESS").add("\n")
    p.add("- 관람일시: ").add(when(rng), negative="DATE").add("\n")
    p.add("- 예매번호: ").add(booking(rng), negative="BOOKING").add("\n")
    p.add(rng.choice(["- 내용: 팝콘 기계에 카드가 끼었어요", "- 내용: 좌석 시트 오염", "- 내용: 환불 요청합니다"]))
    return p


def h_rude(rng):
    p = Post("rude")
    p.add(rng.choice(["진짜 화나네요 ", "매너 없는 관객 신고합니다. ", "어제 일 때문에 글 씀 "]))
    p.add(rng.choice(THEATRES), negative="CATALOG").add(" ").add(seat(rng), negative="SEAT")
    p.add(rng.choice([" 옆자리 사람이 계속 폰 봄. ", " 뒷줄에서 의자 발로 참. "]))
    who = name(rng)
    r = rng.random()
    if r < 0.4:
        p.add("직원 ").add(who, "PERSON").add(rng.choice(["씨한테 말했는데 무시당함", "한테 얘기했는데 그냥 가버림"]))
    elif r < 0.7:
        p.add(who, "PERSON").add(rng.choice([" 매니저가 사과는 했어요", " 점장님 답변 기다립니다",
                                             josa(who, "이라는", "라는") + " 알바가 불친절"]))
    else:
        p.add("그 사람 이름이 ").add(who, "PERSON").add(josa(who, "이라고", "라고") + " 들었어요ㅡㅡ")
    p.add(rng.choice([". ", "ㅡㅡ ", "... "]))
    if rng.random() < 0.3:
        p.add("제 번호 ").add(phone(rng), "PHONE").add(" 로 연락 주세요")
    return p


def h_winner(rng):
    p = Post("winner")
    p.add("[이벤트 당첨 안내] ").add(rng.choice(MOVIES)).add(" 포스터 증정\n")
    for _ in range(rng.randint(2, 4)):
        masked = rng.choice(SURNAMES)[0] + "*" + rng.choice(GIVEN)[-1]
        p.add("- ").add(masked, negative="MASKED").add(" (").add("010-****-" + random_digits(rng, 4, False), negative="MASKED").add(")\n")
    p.add("수령 기간: ").add(when(rng), negative="DATE").add(" ~ ").add(when(rng), negative="DATE")
    return p


def h_review_b(rng):
    p = Post("review2")
    p.add(rng.choice(["★4.5", "9/10점", "별점 3.5"]), negative="RATING").add(" ")
    p.add(rng.choice(MOVIES)).add(" 후기) ")
    p.add(rng.choice(CREW), negative="CATALOG").add(" 감독 작품 중 최고. ")
    c = rng.choice(CAST)
    p.add(c, negative="CATALOG").add(rng.choice([josa(c, "이", "가") + " 연기한 ", "의 "]))
    p.add(rng.choice(CHARACTERS), negative="CATALOG").add(rng.choice([" 너무 좋았다ㅋㅋ ", " 캐릭터 미쳤음 "]))
    p.add(rng.choice(THEATRES), negative="CATALOG").add(" 돌비관 ").add(seat(rng), negative="SEAT")
    p.add(rng.choice([" 추천. ", "이 명당. "]))
    if rng.random() < 0.4:
        p.add("엔딩크레딧 후 쿠키 ").add(f"{rng.randint(1, 3)}개", negative="COUNT").add(". ")
    if rng.random() < 0.3:
        n = name(rng)
        p.add("같이 본 ").add(rng.choice(["남친", "동생", "엄마"])).add(" ").add(n, "PERSON")
        p.add(rng.choice(["도 울었음", josa(n, "은", "는") + " 별로래요"]))
    return p


def h_foreign(rng):
    p = Post("foreign")
    p.add(rng.choice(["외국인 관람객 할인 문의 ", "Foreigner discount? ", "유학생 할인 되나요 "]))
    r = rng.random()
    if r < 0.45:
        p.add(rng.choice(["외국인등록증 ", "ARC number ", "등록번호: "])).add(rrn(rng, True), "FRN").add(" ")
    elif r < 0.8:
        p.add(rng.choice(["PASSPORT NO. ", "여권 ", "passport "]))
        letter = rng.choice("MSMR")
        pp = (f"{letter}{rng.randint(0, 999):03d}{rng.choice('ABCDEFGHJKLMN')}{rng.randint(0, 9999):04d}"
              if rng.random() < 0.5 else f"{letter}{rng.randint(0, 99999999):08d}")
        p.add(pp, "PASSPORT").add(" ")
    p.add(rng.choice(["입니다. ", "이에요~ ", ""]))
    if rng.random() < 0.5:
        p.add("Email me ").add(email(rng), "EMAIL").add(" thx")
    return p


def h_parents(rng):
    p = Post("family")
    p.add(rng.choice(["부모님 효도 관람 예매했는데 ", "아이 생일이라 "]))
    p.add(rng.choice(THEATRES), negative="CATALOG").add(" ").add(when(rng), negative="DATE").add(" ")
    r = rng.random()
    if r < 0.5:
        p.add("우리 ").add(rng.choice(["엄마", "아빠", "딸", "아들"])).add(" ").add(name(rng), "PERSON")
        p.add(rng.choice([" 생일쿠폰이 안 들어왔어요. ", " 이름으로 예매됐어요. "]))
    else:
        p.add("예약자명 ").add(name(rng), "PERSON").add(rng.choice(["(으)로 ", " 으로 ", " "])).add("했어요. ")
    if rng.random() < 0.5:
        p.add(rng.choice(["생년월일 주민번호 앞자리 ", "주민 "])).add(rrn(rng), "RRN").add(" ")
    if rng.random() < 0.3:
        p.add("운전면허증 번호 ")
        lic = f"{rng.choice([11, 12, 13, 19, 22, 28])}-{rng.randint(0, 24):02d}-{rng.randint(0, 999999):06d}-{rng.randint(0, 99):02d}"
        p.add(lic, "DRIVER_LICENSE").add("로 본인확인 했어요.")
    return p


def h_tech(rng):
    p = Post("tech")
    p.add(rng.choice(["iOS ", "아이폰 앱 ", "윈도우 크롬 "])).add(
        rng.choice(["17.4.1", "18.0", "124.0.6367.91", "5.3.0"]), negative="VERSION")
    p.add(rng.choice(["에서 예매가 튕겨요. ", " 환경에서 좌석 선택 안 됨. "]))
    if rng.random() < 0.5:
        p.add(rng.choice(["내 공인 IP ", "아이피 ", "차단된 IP: "])).add(
            f"{rng.choice([118, 223, 39, 106, 211, 115])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}", "IP")
        p.add(rng.choice([" 인데 ", "이에요. ", " 차단 풀어주세요. "]))
    if rng.random() < 0.4:
        p.add("펌웨어 ").add(f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}", negative="VERSION").add(" ")
    if rng.random() < 0.4:
        p.add("가입 메일 ").add(email(rng), "EMAIL").add(rng.choice(["이고요", " 입니다"]))
    return p


def h_shipping(rng):
    p = Post("ship")
    p.add(rng.choice(["굿즈 택배 보낼게요\n", "아트카드 교환 주소 남겨요\n", "당첨 경품 받을 곳\n"]))
    p.add(rng.choice(["보낼 곳: ", "", "→ ", "주소 "])).add(address(rng), "ADDRESS").add("\n")
    p.add(rng.choice(["받는이 ", "", "수취인: "])).add(name(rng), "PERSON").add(rng.choice([" ", " / ", "\n"]))
    p.add(phone(rng), "PHONE").add("\n")
    if rng.random() < 0.5:
        p.add("운송장 ").add(randnum(rng), negative="RANDOM_NUMBER").add(" 조회해보세요")
    return p


def h_card_fail(rng):
    p = Post("cardfail")
    p.add(rng.choice(["결제 오류 났어요 ", "이중결제 된 것 같아요 "]))
    p.add(rng.choice(["쓴 카드: ", "신용카드 ", "체크카드 번호 "])).add(card(rng), "CARD")
    p.add(rng.choice([" 이고 ", "로 결제했는데 ", ". "]))
    p.add(rng.choice(["주문번호 ", "결제번호 ", "거래번호 "])).add(randnum(rng), negative="RANDOM_NUMBER")
    p.add(rng.choice([" 확인해주세요", " 입니다"]))
    if rng.random() < 0.3:
        p.add(" 사업자번호 ").add(f"{random_digits(rng, 3)}-{random_digits(rng, 2, False)}-{random_digits(rng, 5, False)}", negative="RANDOM_NUMBER")
    return p


def h_plain(rng):
    p = Post("plain2")
    p.add(rng.choice(["솔직히 ", "개인적으로 ", "ㅋㅋㅋ "]))
    p.add(rng.choice(MOVIES)).add(rng.choice([" 2회차 찍음. ", " 또 봤다. "]))
    p.add(rng.choice(CAST), negative="CATALOG").add(" ").add(rng.choice(CAST), negative="CATALOG")
    p.add(rng.choice([" 조합 최고임. ", " 둘이 나오는 장면 다 좋음. "]))
    p.add(rng.choice(["러닝타임 ", "상영시간 "])).add(f"{rng.randint(100, 160)}분", negative="TIME").add(", ")
    p.add(rng.choice(["조조 ", "심야 "])).add(money(rng), negative="PRICE").add(". ")
    if rng.random() < 0.5:
        p.add(rng.choice(["팝콘 콤보 ", "굿즈 "])).add(money(rng), negative="PRICE").add(" 실화냐")
    if rng.random() < 0.5:
        p.add(" 관람권 ").add(voucher_code(rng), negative="BOOKING").add(" 이거 등록 어케함")
    if rng.random() < 0.4:
        p.add(" 영수증 ").add(randnum(rng), negative="RANDOM_NUMBER")
    return p


TEMPLATES = [(h_found, 9), (h_trade_informal, 12), (h_form, 11), (h_rude, 8), (h_winner, 3),
             (h_review_b, 12), (h_foreign, 6), (h_parents, 8), (h_tech, 7), (h_shipping, 8),
             (h_card_fail, 6), (h_plain, 14)]

_MARK = re.compile(r"\[\[([A-Z_]+):(.+?)\]\]|\{\{([A-Z_]+):(.+?)\}\}")


def handwritten() -> list[dict]:
    """Posts written by hand in handwritten.txt: [[ENTITY:value]], {{NEGATIVE:value}}."""
    posts = []
    raw = (HERE / "handwritten.txt").read_text(encoding="utf-8")
    for i, block in enumerate(b.strip("\n") for b in raw.split("\n---\n")):
        if not block.strip() or block.lstrip().startswith("#"):
            continue
        p = Post("hand")
        pos = 0
        for m in _MARK.finditer(block):
            p.add(block[pos:m.start()])
            if m.group(1):
                p.add(m.group(2), m.group(1))
            else:
                p.add(m.group(4), negative=m.group(3))
            pos = m.end()
        p.add(block[pos:])
        posts.append(p.build(f"hand-{i:03d}"))
    return posts


def generate(n: int, seed: int = 77) -> list[dict]:
    rng = random.Random(seed)
    funcs, weights = zip(*TEMPLATES, strict=True)
    posts = [rng.choices(funcs, weights)[0](rng).build(f"ho-{i:05d}") for i in range(n)]
    return posts + handwritten()


if __name__ == "__main__":
    out = HERE / "heldout.jsonl"
    write_jsonl(out, generate(500))
    print(f"wrote {out}")

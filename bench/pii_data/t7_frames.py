"""test7: posts that hold personal data, one function per frame, grouped by where they arrive."""

from __future__ import annotations

import random

import t7_frames2
import t7_pools as P
import t7_values as V
from t7_bits import booking_bit, film_bit, korean_name, name, operator_bit, tail
from t7_values import Person, Post


def review_companions(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["어제 ", "주말에 ", "", "퇴근하고 "]))
    name(d, rng, form="full")
    d.j("이랑 ", "랑 ") if rng.random() < 0.7 else d.t("하고 ")
    name(d, rng, form=rng.choice(["full", "full", "broken"]))
    if rng.random() < 0.7:
        d.j("이랑", "랑").t(rng.choice([" 같이 ", " 셋이 "]))
    else:
        d.t(" 데리고 ")
    d.neg("CATALOG", rng.choice(P.FILMS))
    d.t(" 봤는데 ")
    film_bit(d, rng)
    tail(d, rng)


def board_lost_item(d: Post, rng: random.Random) -> None:
    d.neg("DATE", V.date(rng)).t(" ").neg("THEATRE", rng.choice(P.THEATRES)).t(" ")
    d.neg("SCREEN", f"{rng.randint(1, 12)}관").t(" ").neg("SEAT", V.seat(rng))
    d.t(rng.choice([" 자리에서 지갑 주웠어요. 학생증에 ", " 밑에 카드지갑 떨어져 있었는데 신분증 이름이 ",
                    " 근처에서 주운 폰케이스 안에 명함 "]))
    p = korean_name(d, rng)
    d.t(rng.choice([" 이라고 적혀있네요", " 님 거 같아요", "… 맞으시면 "]))
    if rng.random() < 0.6:
        d.t(". 명함에 번호도 있어서 ").pii("PHONE", V.phone(rng)).t(" 로 문자 드렸어요")
    if rng.random() < 0.5:
        d.t(" ").pii("PERSON", p.full).t("님 확인하시면 댓글요")
    tail(d, rng)


def board_ticket_trade(d: Post, rng: random.Random) -> None:
    d.t("[양도] ").neg("CATALOG", rng.choice(P.FILMS)).t(" ").neg("DATE", V.date(rng)).t(" ")
    d.neg("SHOWTIME", V.showtime(rng)).t(" 2매 ").neg("PRICE", V.price(rng)).t("\n")
    d.t(rng.choice(["입금처 ", "계좌: ", "ㅇㄱ "])).t(rng.choice(P.BANKS)).t(" ")
    d.pii("ACCOUNT", V.account(rng)).t(rng.choice([" 예금주 ", " (", " / "]))
    korean_name(d, rng)
    d.t(rng.choice([")", "", " 입니다"])).t("\n")
    if rng.random() < 0.7:
        d.t(rng.choice(["톡 말고 문자 ", "연락 ", "폰 "])).pii("PHONE", V.phone(rng))
    d.t(" 선입금 ㄴㄴ 현장 교환만")


def board_rude(d: Post, rng: random.Random) -> None:
    d.t("진짜 어이없어서 씀. ").neg("SEAT", V.seat(rng)).t(" 앉은 사람 영화 내내 폰 켜고 통화함. ")
    d.t("나중에 보니 모바일 티켓에 ")
    p = name(d, rng, form=rng.choice(["full", "full", "broken", "roman"]))
    d.t(" 이렇게 뜨더라") if rng.random() < 0.5 else d.j("이라고", "라고").t(" 돼 있었음")
    d.t(". 인스타도 찾음 ㅋ 거기 본명 ").pii("PERSON", p.full).t(" 그대로임. ")
    d.t(rng.choice(["매니저님 조치 좀요", "다음부터 입장 막아주세요", "어케 신고해요?"]))
    tail(d, rng)


def inquiry_refund(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["안녕하세요. ", "수고 많으십니다~ ", "문의 드립니다\n"]))
    d.t("회원 ")
    p = korean_name(d, rng)
    d.t(rng.choice(["입니다. ", "이라구 합니다 ", "예요. "]))
    booking_bit(d, rng)
    d.t(" 건 ").neg("SHOWTIME", V.showtime(rng)).t(" 회차 취소가 안 돼요. 결제한 카드는 ")
    d.pii("CARD", V.card(rng)).t(rng.choice([" 이고요", " 인데", " (일시불)"]))
    d.t(rng.choice([". 환불되면 ", ". 답변 "])).t(rng.choice(["연락 주세요 ", "문자 부탁 "]))
    d.pii("PHONE", V.phone(rng))
    if rng.random() < 0.5:
        d.t(" — ").pii("PERSON", p.full).t(" 드림")


def inquiry_prize_address(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["경품 배송지 바꿔주세요!\n", "당첨자인데요 주소 잘못 적었어요ㅠ\n"]))
    d.t(rng.choice(["받는 분: ", "수령인 ", "받는사람 "]))
    korean_name(d, rng)
    d.t("\n주소: ").pii("ADDRESS", V.address(rng)).t("\n")
    d.t(rng.choice(["연락처 ", "핸폰 ", "H.P "])).pii("PHONE", V.phone(rng))
    if rng.random() < 0.4:
        d.t("\n기존 ").neg("PARCEL", V.parcel(rng)).t(" 송장은 취소요")


def inquiry_foreigner(d: Post, rng: random.Random) -> None:
    r = rng.randrange(3)
    if r == 0:
        d.t("Hello, I am ")
        name(d, rng, form=rng.choice(["latin", "foreign"]))
        d.t(". My alien registration no. ").pii("FRN", V.rrn(rng, foreign=True))
        d.t(" is rejected at sign up. 회원가입이 안 돼요")
    elif r == 1:
        d.t("외국인 회원가입 문의. 이름 ")
        name(d, rng, form="foreign")
        d.t(", 외국인등록번호 ").pii("FRN", V.rrn(rng, foreign=True)).t(" 입력하면 오류나요")
    else:
        d.t("제 와이프 ")
        name(d, rng, form=rng.choice(["foreign", "latin"]))
        d.t(" 여권으로 가입하려고요. 여권번호 ").pii("PASSPORT", V.passport(rng))
        d.t(" 맞게 넣었는데 실패")
    tail(d, rng)


def inquiry_identity(d: Post, rng: random.Random) -> None:
    r = rng.randrange(4)
    d.t(rng.choice(["성인인증 하려는데 ", "청불 영화 예매 본인확인이 ", "나이 인증 "]))
    if r == 0:
        d.t("면허증 번호 ").pii("DRIVER_LICENSE", V.licence(rng)).t(" 넣어도 안 돼요")
    elif r == 1:
        d.t("여권 ").pii("PASSPORT", V.passport(rng)).t(" 로는 안 되나요?")
    elif r == 2:
        d.t("주민번호 ").pii("RRN", V.rrn(rng)).t(" 치면 '정보 불일치' 떠요")
    else:
        d.t("생년월일 입력칸에 ").pii("RRN", V.rrn(rng)).t(" 전체를 써버렸어요 지워주세요")
    d.t(". 이름은 ")
    korean_name(d, rng)
    d.t(rng.choice(["입니다", "", " 이에요"]))


def cs_chat(d: Post, rng: random.Random) -> None:
    h, m = rng.randint(9, 17), rng.randint(0, 50)
    d.t(f"[{h:02d}:{m:02d}] 상담사: 안녕하세요 마키시네마입니다. 예약자 성함 확인 부탁드려요\n")
    d.t(f"[{h:02d}:{m + 1:02d}] 고객: ")
    p = korean_name(d, rng)
    d.t(rng.choice(["입니다", " 입니다", " 이요"])).t("\n")
    d.t(f"[{h:02d}:{m + 2:02d}] 상담사: ").pii("PERSON", p.full).t(" 고객님 ")
    booking_bit(d, rng)
    d.t(" 확인됩니다. 연락처 끝자리 말씀해주세요\n")
    d.t(f"[{h:02d}:{m + 3:02d}] 고객: 전체 번호 ").pii("PHONE", V.phone(rng)).t("요\n")
    d.t(f"[{h:02d}:{m + 4:02d}] 상담사: 추가 문의는 ")
    operator_bit(d, rng)
    d.t(" 로 주세요")


def event_entry(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["🎬 시사회 응모합니다!\n", "[연말 이벤트 참여]\n", "응모요~\n"]))
    sep = rng.choice([": ", " - ", " / ", "："])
    d.t("이름" + sep)
    p = korean_name(d, rng)
    d.t("\n연락처" + sep).pii("PHONE", V.phone(rng))
    if rng.random() < 0.7:
        d.t("\n이메일" + sep).pii("EMAIL", V.email(rng, p))
    if rng.random() < 0.6:
        d.t("\n주소" + sep).pii("ADDRESS", V.address(rng))
    d.t("\n보고싶은 영화" + sep).neg("CATALOG", rng.choice(P.FILMS))
    end = rng.choice(["\n꼭 뽑아주세요 🙏", "", "\n동반인 "])
    d.t(end)
    if end.endswith("동반인 "):
        korean_name(d, rng)


def staff_note(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["[야간 인계] ", "<마감 메모> ", "#인수인계 "])).neg("DATE", V.date(rng)).t(" ")
    d.neg("THEATRE", rng.choice(P.THEATRES)).t("\n")
    r = rng.randrange(3)
    if r == 0:
        d.t("- 분실물: 신분증 (").pii("PERSON", Person(rng).full).t(", ")
        if rng.random() < 0.5:
            d.pii("RRN", V.rrn(rng)).t(") 매표소 금고 보관\n")
        else:
            d.t("면허 ").pii("DRIVER_LICENSE", V.licence(rng)).t(") 매표소 금고 보관\n")
    elif r == 1:
        d.t("- 민원인 ").pii("PERSON", Person(rng).full).t(" 님 ").pii("PHONE", V.phone(rng))
        d.t(" 내일 오전 콜백\n")
    else:
        d.t("- 관리자페이지 로그인 실패 반복 IP ").pii("IP", V.ip(rng)).t(" 차단요청\n")
    d.t("- ").neg("SCREEN", f"{rng.randint(1, 9)}관").t(" 영사기 ").neg("VERSION", V.version(rng))
    d.t(" 업데이트 완료\n- 담당: ")
    korean_name(d, rng)


def messenger_copy(d: Post, rng: random.Random) -> None:
    a, b = Person(rng), Person(rng, single=rng.random() < 0.3)
    d.t(f"{rng.choice(['오후', '오전'])} {rng.randint(1, 11)}:{rng.randint(10, 59)}, ")
    d.pii("PERSON", a.full).t(" : ").neg("CATALOG", rng.choice(P.FILMS)).t(" ㄱ?\n")
    d.t(f"{rng.choice(['오후', '오전'])} {rng.randint(1, 11)}:{rng.randint(10, 59)}, ")
    d.pii("PERSON", b.full).t(" : ㅇㅋ 몇시\n")
    d.t(f"{rng.choice(['오후', '오전'])} {rng.randint(1, 11)}:{rng.randint(10, 59)}, ")
    d.pii("PERSON", a.full).t(" : ").neg("SHOWTIME", V.showtime(rng)).t(" ")
    d.neg("SEAT", V.seat(rng)).t(" 잡음 돈 보내셈 ")
    d.pii("ACCOUNT", V.account(rng)).t(" ").t(rng.choice(P.BANKS))
    if rng.random() < 0.5:
        d.t("\n").pii("PERSON", b.full).t(" : 폰번 바꼈다 ").pii("PHONE", V.phone(rng)).t(" 저장 ㄱㄱ")


def formal_letter(d: Post, rng: random.Random) -> None:
    d.t("수신: 마키시네마 개인정보 보호책임자\n발신: ")
    p = korean_name(d, rng)
    d.t("\n주소: ").pii("ADDRESS", V.address(rng)).t("\n\n제목: 개인정보 열람 청구\n\n")
    d.t("본인은 귀사 회원으로서 개인정보 보호법 제35조에 따라 열람을 청구합니다. ")
    d.t("본인 확인을 위해 주민등록번호 ").pii("RRN", V.rrn(rng)).t("를 기재합니다. ")
    d.t("회신은 ").pii("EMAIL", V.email(rng, p)).t(" 또는 ").pii("PHONE", V.phone(rng))
    d.t(" 로 부탁드립니다.\n\n").neg("DATE", f"2026. {rng.randint(1, 12)}. {rng.randint(1, 28)}.")
    d.t("\n청구인 ").pii("PERSON", p.full).t(" (인)")


def csv_paste(d: Post, rng: random.Random) -> None:
    sep = rng.choice([",", "\t", " | "])
    d.t(sep.join(["성명", "연락처", "좌석", "인원"]) + "\n")
    for _ in range(rng.randint(2, 4)):
        name(d, rng, form=rng.choice(["full", "full", "full", "roman", "foreign"]))
        d.t(sep).pii("PHONE", V.phone(rng)).t(sep).neg("SEAT", V.seat(rng))
        d.t(sep + str(rng.randint(1, 4)) + "\n")
    d.t("단체 예매 ").neg("BOOKING", V.booking_no(rng)).t(" 건입니다")


def md_table(d: Post, rng: random.Random) -> None:
    d.t("| 응모자 | 메일 | 주문 |\n|---|---|---|\n")
    for _ in range(rng.randint(2, 3)):
        d.t("| ")
        p = name(d, rng)
        d.t(" | ").pii("EMAIL", V.email(rng, p)).t(" | ").neg("ORDER", V.order_no(rng)).t(" |\n")


def name_list(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["GV 참석 명단\n", "관람 동아리 이번주 멤버\n", "단체관람 인솔 명단:\n"]))
    bullet = rng.choice(["{}. ", "- ", "• ", "{}) "])
    for i in range(1, rng.randint(3, 6)):
        d.t(bullet.format(i))
        name(d, rng)
        d.t(rng.choice(["", "", " (인솔)", " ✔"]) + "\n")
    d.t("집합 ").neg("SHOWTIME", V.showtime(rng)).t(" ").neg("THEATRE", rng.choice(P.THEATRES))


def name_opens(d: Post, rng: random.Random) -> None:
    p = korean_name(d, rng)
    d.t(rng.choice([" 님 이거 보시면 연락 좀 주세요. ", ", 너 어제 우산 두고 갔어 ", " 이 사람 조심하세요. "]))
    r = rng.randrange(3)
    if r == 0:
        d.t("메일 ").pii("EMAIL", V.email(rng, p))
    elif r == 1:
        d.t("번호 ").pii("PHONE", V.phone(rng))
    else:
        d.t("중고거래 사기꾼임 ").pii("PERSON", p.full).t(" 계좌 ").pii("ACCOUNT", V.account(rng))
    tail(d, rng)


def dialect(d: Post, rng: random.Random) -> None:
    r = rng.randrange(4)
    if r == 0:
        d.t("아따 예매가 와이래 안 되노. 내 이름 ")
        korean_name(d, rng)
        d.t(" 이라카이. 폰은 ").pii("PHONE", V.phone(rng)).t(" 이다 전화 주이소")
    elif r == 1:
        d.t("우리 손주 ")
        korean_name(d, rng, Person(rng, single=rng.random() < 0.5))
        d.t("이가 표를 끊어줬는디 어디로 가믄 되는겨. 할미 번호는 ").pii("PHONE", V.phone(rng))
    elif r == 2:
        d.t("혼저 옵서예~ 제주 지점 이벤트 당첨된 ")
        korean_name(d, rng)
        d.t(" 마씸. 주소는 ").pii("ADDRESS", V.address(rng)).t(" 이우다")
    else:
        d.t("그니까 그게 ")
        korean_name(d, rng)
        d.j("이랑께", "랑께").t(". 메일로 보내랑께 ").pii("EMAIL", V.email(rng))


def obfuscated_contact(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["댓글로 못 써서 돌려 씀 ", "봇 때문에 이렇게 적어요 ", "(개인정보라 살짝 바꿈) "]))
    r = rng.randrange(3)
    if r == 0:
        d.pii("EMAIL", V.email(rng)).t(rng.choice([" 로 메일 주삼", " 여기로 ㄱ"]))
    elif r == 1:
        d.t("폰 ").pii("PHONE", V.phone(rng)).t(" 이걸로 연락요")
    else:
        d.t("카톡 아이디 말고 메일 ").pii("EMAIL", V.email(rng)).t(" / 폰 ").pii("PHONE", V.phone(rng))
    tail(d, rng)


def app_problem(d: Post, rng: random.Random) -> None:
    d.t("앱 ").neg("VERSION", V.version(rng)).t(" 에서 결제하면 튕겨요. ")
    d.t(rng.choice(["와이파이 IP는 ", "제 아이피 ", "접속 IP: "])).pii("IP", V.ip(rng))
    d.t(" 이고 ").t(rng.choice(["갤럭시", "아이폰", "아이패드"])).t(" 씁니다. ")
    if rng.random() < 0.6:
        d.t("가입 메일 ").pii("EMAIL", V.email(rng))
    tail(d, rng)


def repeated_mention(d: Post, rng: random.Random) -> None:
    p = Person(rng, rare=rng.random() < 0.4, single=rng.random() < 0.25)
    d.t(rng.choice(["우리 팀 막내 ", "대학 동기 ", "옆집 "])).pii("PERSON", p.full)
    d.t(rng.choice([" 생일이라 ", " 전역 기념으로 "])).neg("CATALOG", rng.choice(P.FILMS))
    d.t(" 보여줌. ").pii("PERSON", p.full).t(rng.choice([" 울고불고 난리", " 팝콘 다 먹음 ㅋㅋ"]))
    d.t(". 담엔 ").pii("PERSON", p.full).j("이", "가").t(" 쏜다 함 ")
    film_bit(d, rng)


FRAMES = {
    "review": [review_companions, repeated_mention, name_opens],
    "board": [board_lost_item, board_ticket_trade, board_rude],
    "inquiry": [inquiry_refund, inquiry_prize_address, inquiry_foreigner, inquiry_identity,
                app_problem],
    "cschat": [cs_chat],
    "event": [event_entry, md_table],
    "staff": [staff_note, name_list],
    "messenger": [messenger_copy, obfuscated_contact, dialect],
    "letter": [formal_letter],
    "table": [csv_paste, md_table],
    "list": [name_list],
}


for _kind, _extra in t7_frames2.FRAMES.items():
    FRAMES[_kind] = FRAMES.get(_kind, []) + _extra


def write(kind: str, rng: random.Random) -> Post:
    d = Post(kind, rng if rng.random() < 0.5 else None)
    rng.choice(FRAMES[kind])(d, rng)
    if rng.random() < 0.35:
        d.t(" ")
        film_bit(d, rng) if kind in ("review", "board", "messenger") else booking_bit(d, rng)
    return d

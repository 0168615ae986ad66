"""test7: more frames with personal data, for the identifiers people paste less often."""

from __future__ import annotations

import random

import t7_pools as P
import t7_values as V
from t7_bits import booking_bit, korean_name, name, operator_bit, tail
from t7_values import Person, Post


def cue(rng: random.Random, *words: str) -> str:
    """A cue word as people type it: typos, no space, odd colons."""
    word = rng.choice(words)
    return word + rng.choice([" ", ": ", ":", " : ", ") ", "ㅡ", " = "])


def payment_trouble(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["결제가 두번 됐어요!!! ", "카드 승인만 나고 예매가 안됨 ", "이중결제 ㅡㅡ "]))
    d.t(cue(rng, "카드", "카드번호", "카드넘버", "카드 번호는", "체크카드")).pii("CARD", V.card(rng))
    d.t(" 유효기간 ").neg("DATE", f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}").t(", ")
    d.t("승인번호 ").neg("APPROVAL", V.approval_no(rng)).t(" 두 건. ")
    d.t(cue(rng, "명의", "카드 주인", "소유자"))
    name(d, rng, form=rng.choice(["full", "roman", "roman"]))
    d.t(rng.choice([". 빨리 취소해주세요", " 입니다 확인 부탁", ""]))
    tail(d, rng)


def id_check_chat(d: Post, rng: random.Random) -> None:
    d.t("상담사: 본인확인 위해 신분증 정보 부탁드립니다\n고객: ")
    r = rng.choice([0, 1, 1, 2, 3])
    if r == 0:
        d.t(cue(rng, "주민번호", "주민등록번호", "주번", "주민 번호")).pii("RRN", V.rrn(rng))
    elif r == 1:
        d.t(cue(rng, "운전면허", "면허번호", "면허증")).pii("DRIVER_LICENSE", V.licence(rng))
    elif r == 2:
        d.t(cue(rng, "여권", "여권번호", "passport no")).pii("PASSPORT", V.passport(rng))
    else:
        d.t(cue(rng, "외국인등록번호", "등록증", "ARC")).pii("FRN", V.rrn(rng, foreign=True))
    d.t(rng.choice([" 이고 ", " / ", "\n"])).t(rng.choice(["이름은 ", "성명 ", ""]))
    korean_name(d, rng) if rng.random() < 0.7 else name(d, rng, form="latin")
    d.t("\n상담사: 확인되었습니다. 문의는 ")
    operator_bit(d, rng)


def staff_roster(d: Post, rng: random.Random) -> None:
    sep = rng.choice([",", "\t", " | "])
    d.t(sep.join(["이름", "국적", "등록번호/여권", "입사"]) + "\n")
    for _ in range(rng.randint(2, 4)):
        foreign = rng.random() < 0.6
        name(d, rng, form=rng.choice(["foreign", "latin"]) if foreign else "full")
        d.t(sep + (rng.choice(["베트남", "몽골", "우즈벡", "필리핀", "중국"]) if foreign else "한국") + sep)
        if foreign and rng.random() < 0.5:
            d.pii("PASSPORT", V.passport(rng))
        else:
            d.pii("FRN" if foreign else "RRN", V.rrn(rng, foreign=foreign))
        d.t(sep).neg("DATE", V.date(rng)).t("\n")
    d.t("※ 매점 아르바이트 계약서 첨부")


def shipping_sheet(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["굿즈 배송 리스트 (엑셀 복붙)\n", "[경품 발송 대장]\n"]))
    for i in range(1, rng.randint(2, 4)):
        d.t(f"{i}\t")
        korean_name(d, rng)
        d.t("\t").pii("ADDRESS", V.address(rng)).t("\t").pii("PHONE", V.phone(rng)).t("\t")
        d.neg("PARCEL", V.parcel(rng)).t("\n")
    d.t("발송일 ").neg("DATE", V.date(rng))


def security_log(d: Post, rng: random.Random) -> None:
    d.t("[보안팀] 비정상 로그인 시도 보고\n")
    for _ in range(rng.randint(2, 4)):
        d.neg("DATE", f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}").t(" ")
        d.neg("SHOWTIME", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}").t(" src=")
        d.pii("IP", V.ip(rng)).t(" fail=").t(str(rng.randint(5, 90))).t("\n")
    d.t("조치: 차단, 앱 ").neg("VERSION", V.version(rng)).t(" 이후 캡차 적용. 보고자 ")
    korean_name(d, rng)


def messenger_id_photo(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["ㅇㅇ 엄마 ", "누나 ", "야 "]))
    d.t(rng.choice(["신분증 사진 대신 번호만 보낼게 ", "학생증 없어서 주민번호 불러줌 "]))
    d.pii("RRN", V.rrn(rng)).t(" ")
    d.t(rng.choice(["청소년 할인 ㄱㄴ?", "이걸로 예매해줘", "ㅋㅋ 지워라 나중에"]))
    if rng.random() < 0.5:
        d.t("\n").t(rng.choice(["동생 ", "막내 "]))
        korean_name(d, rng, Person(rng, single=rng.random() < 0.4))
        d.t(" 거는 ").pii("RRN", V.rrn(rng))


def refund_account(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["현금 결제분 환불 계좌 남깁니다. ", "무통장 환불 요청\n", "환불계좌여: "]))
    d.t(rng.choice(P.BANKS) + " ").pii("ACCOUNT", V.account(rng))
    d.t(rng.choice([" 예금주 ", " (", " "]))
    p = korean_name(d, rng)
    d.t(rng.choice([") ", " ", " 입니다 "]))
    booking_bit(d, rng)
    if rng.random() < 0.4:
        d.t(". 예금주가 ").pii("PERSON", p.full).t(" 맞는지 꼭 확인해 주세요")


def grandparent_booking(d: Post, rng: random.Random) -> None:
    p = Person(rng, old=True)
    d.t("손녀가 대신 씁니다. 할머니 ").pii("PERSON", p.full)
    d.t(rng.choice([" 님이 ", " 께서 "])).t("경로 할인 받으려는데 현장에서 ")
    d.t(rng.choice(["주민등록증 ", "신분증 번호 "])).pii("RRN", V.rrn(rng)).t(" 보여드리면 되나요? ")
    d.t("사시는 곳 ").pii("ADDRESS", V.address(rng)).t(" 근처 지점이 어딘지도요")


FRAMES = {
    "inquiry": [payment_trouble, payment_trouble, refund_account, grandparent_booking],
    "letter": [payment_trouble],
    "cschat": [id_check_chat, id_check_chat],
    "staff": [staff_roster, security_log],
    "table": [staff_roster, shipping_sheet],
    "event": [shipping_sheet],
    "messenger": [messenger_id_photo],
    "board": [refund_account],
}


def contact_list(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["동호회 비상연락망\n", "스터디 단톡 연락처 정리\n", "GV 스태프 연락처\n"]))
    for _ in range(rng.randint(2, 4)):
        d.t(rng.choice(["* ", "- ", "▶ "]))
        p = name(d, rng)
        d.t(rng.choice([" ", " : ", " — "]))
        if rng.random() < 0.6:
            d.pii("PHONE", V.phone(rng))
        else:
            d.pii("EMAIL", V.email(rng, p))
        d.t("\n")
    d.t("외부 유출 금지 🙅")


def honorific(d: Post, rng: random.Random) -> None:
    """Colleagues and family by name and title, then by the given name alone."""
    p = Person(rng, rare=rng.random() < 0.3)
    title = rng.choice(P.HONORIFICS)
    d.t(rng.choice(["오늘 ", "", "회사에서 "])).pii("PERSON", p.full).t(" " + title)
    r = rng.randrange(3)
    if r == 0:
        d.j("이", "가").t(" 단체관람 쏘심 ")
    else:
        d.j("이랑 ", "랑 ") if r == 1 else d.t("께서 표 끊어주셔서 ")
    d.neg("CATALOG", rng.choice(P.FILMS))
    d.t(" 봤어요. ")
    if len(p.given) == 2:
        d.pii("PERSON", p.given).j("이 ", " ").t(title + rng.choice([" 최고", " 팝콘까지 ㄷㄷ"]))
    else:
        d.pii("PERSON", p.full).t(" " + title + " 감사합니다")
    tail(d, rng)


def english_note(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["Went to ", "Saw "])).neg("CATALOG", rng.choice(["Parasite", "Oldboy", "Dune"]))
    d.t(" with ")
    name(d, rng, form=rng.choice(["roman", "latin"]))
    d.t(rng.choice([" and ", " & "]))
    name(d, rng, form=rng.choice(["roman", "latin", "full"]))
    d.t(rng.choice([" last night. ", ". "])).t("Text me at ").pii("PHONE", V.phone(rng))
    d.t(" if you want the extra ticket (seat ").neg("SEAT", V.seat(rng)).t(")")


FRAMES["list"] = [contact_list]
FRAMES["review"] = [contact_list, honorific, english_note]
FRAMES["messenger"].append(honorific)

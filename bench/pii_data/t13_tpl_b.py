"""Templated test13 styles, second half (P11.2): messenger exports, staff rosters,
forwarded e-mails and letters, SMS, family posts, noisy posts and identifier forms."""

from __future__ import annotations

from common import josa
from t13_bits import (
    cinema_block,
    handle,
    helpline,
    lookalike,
    movie,
    operator,
    public,
    shop_block,
    word,
)
from t13_lex import KIN


def chat(v, personal):
    if personal:
        names = [(v.given(), "PERSON"), (v.korean(), "PERSON"), (v.given(), "PERSON")]
    else:
        names = [handle(v), "팝콘", "영화봇"]
    out = []
    for n in names:
        line = v.pick(["ㅋㅋ 예매함?", "나 지금 출발", "자리 어디야", "팝콘 콤보 사갈게", "늦으면 먼저 들어가"])
        out += ["[", n, f"] [오후 {v.r.randint(1, 11)}:{v.r.randint(10, 59)}] {line}\n"]
    return out + [names[0], ": ", movie(v), " ", (v.time(), "time"), " 맞지?"]


def roster(v, personal):
    out = ["근무표 | 파트 | 시간\n"]
    for part in v.r.sample(["매표", "매점", "검표", "청소", "마감"], 3):
        who = (v.korean(), "PERSON") if personal else v.pick(["A조", "B조", "알바1", "오픈조", "미정"])
        out += [who, f" | {part} | ", (v.time(), "time"), "~", (v.time(), "time"), "\n"]
    if personal:
        out += ["대타 연락: ", (v.phone(), "PHONE")]
    else:
        out += ["문의: 점장 내선 ", (v.pick(["301", "3302", "17"]), "extension")]
    return out


def letter(v, personal):
    out = ["---------- 전달된 메일 ----------\n보낸사람: ", *operator(v)[1:], "\n제목: ", *lookalike(v),
           " 관련 안내\n\n안녕하세요. 요청하신 단체관람 견적 보내드립니다. ", *cinema_block(v), "\n"]
    if personal:
        n = v.korean()
        out += ["담당: ", (n, "PERSON"), " (", (v.email(), "EMAIL"), ")\n", (n, "PERSON"),
                v.pick([" 드림", " 올림"])]
    else:
        out += ["마키 단체영업팀 드림"]
    return out


def sms(v, personal):
    out = ["[Web발신] ", *lookalike(v), " 예매 완료. ", *cinema_block(v)[:1], " ", (v.seat(), "seat"),
           " ", (v.date(), "date"), " "]
    if personal:
        out += [(v.any_name(), "PERSON"), "님, 입장 시 ", v.pick(["신분증", "여권"]), " 확인: ",
                (v.passport(), "PASSPORT")]
    else:
        out += ["상영 10분 전 입장. 문의 ", *operator(v)]
    return out


def family(v, personal):
    (m, mk) = movie(v)
    if personal:
        g = v.given()
        cons, vow = v.pick([("이가 ", "가 "), ("이랑 ", "랑 "), ("이는 ", "는 ")])
        return [v.pick(KIN), " ", (g, "PERSON"), josa(g, cons, vow), (m, mk),
                " 보고 너무 좋아했어요 ", "🥹 ", (g, "PERSON"), " 생일이라 ", *shop_block(v)[:1],
                " 갔다가 집(", (v.address(), "ADDRESS"), ")까지 걸어옴"]
    return [v.pick(KIN), "랑 ", (m, mk), " 보고 너무 좋아했어요 🥹 ", word(v), " 같은 날씨라 ",
            *shop_block(v)[:1], " 갔다가 걸어옴"]


def noisy(v, personal):
    (a, ak) = public(v)
    out = [v.pick(["ㅇㅓ제 ", "어제\u200b ", "어재 ", "yesterday "]), (a, ak), " 무대인사 ",
           v.pick(["갔는디 ", "갔는데 ㅋㅋ", "갔다 아이가 "]), " ", *cinema_block(v), " "]
    if personal:
        out += ["옆자리 분 ", (v.korean(), "PERSON"), v.pick(["씨 ", "님 "]), "폰 두고가심 ",
                "주인 연락처 ", (v.phone(), "PHONE"), " 맞나여??"]
    else:
        out += ["옆자리 분 폰 두고가심 ", "매표소에 맡김 😅"]
    return out


def idform(v, personal):
    out = ["[이벤트 당첨자 정보 입력]\n"]
    if personal:
        fields = [("성명", v.korean(), "PERSON"), ("주민번호", v.rrn(), "RRN"),
                  ("외국인등록번호", v.rrn(True), "FRN"), ("운전면허", v.licence(), "DRIVER_LICENSE"),
                  ("접속 IP", v.ip(), "IP"), ("배송지", v.address(), "ADDRESS")]
        for label, value, kind in v.r.sample(fields, 3):
            out += [f"{label}: ", (value, kind), "\n"]
    else:
        out += ["성명: (본인 실명)\n주민번호: 앞 6자리만\n", *lookalike(v), "\n"]
    out += [*lookalike(v), "\n경품 수령 문의 ", *helpline(v)]
    return out


STYLES_B = {"chat": chat, "roster": roster, "letter": letter, "sms": sms, "family": family,
            "noisy": noisy, "idform": idform}

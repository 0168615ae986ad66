"""Templated test13 styles, first half (P11.2): reviews, one-liners, meet-ups,
lost-and-found, complaints, customer-centre inquiries and agent answers. Each style makes a
personal post or its clean look-alike from the same frame."""

from __future__ import annotations

from t13_bits import (
    cinema_block,
    handle,
    helpline,
    lookalike,
    movie,
    name_with,
    operator,
    public,
    shop_block,
    word,
)
from t13_lex import PUBLIC


def review(v, personal):
    star, (m, mk), (b, bk) = v.r.randint(1, 5), movie(v), public(v)
    a, ak = v.pick(PUBLIC), "public_figure"
    out = [f"★{star} ", (m, mk), " 보고 왔어요. ", (a, ak), " 연기가 ", (word(v)), " 그 자체였고 ",
           (b, bk), "도 좋았음. "]
    if personal:
        n = v.korean()
        out += ["같이 본 ", *name_with(n, "이는", "는"), " 엔딩에서 울었어요ㅋㅋ ",
                v.pick(["다음엔 ", "담주엔 "]), *name_with(v.given(), "이랑도", "랑도"), " 보려구요."]
    else:
        out += ["같이 본 친구는 엔딩에서 울었어요ㅋㅋ ", (v.time(), "time"), " 회차 추천."]
    return out


def oneliner(v, personal):
    (m, mk), (a, ak) = movie(v), public(v)
    if personal:
        return [(m, mk), " ", v.pick(["ㄹㅇ", "진짜", "걍"]), " 명작… ", (a, ak), " 미쳤다 ",
                v.pick(["- ", "by ", "작성: "]), (v.korean(), "PERSON")]
    return [(m, mk), " ", v.pick(["ㄹㅇ", "진짜", "걍"]), " 명작… ", (a, ak), " 미쳤다 - ",
            handle(v)]


def meetup(v, personal):
    (m, mk), (t, tk) = movie(v), (v.time(), "time")
    out = [f"[모임] {v.pick(['토요일', '금요일 밤', '일요일 조조'])} ", (m, mk), " 같이 보실 분 ",
           (t, tk), " ", *cinema_block(v), " 앞에서 만나요. "]
    if personal:
        n = v.korean()
        out += ["참여는 방장 ", (n, "PERSON"), v.pick([" 폰 ", " 번호 ", " 연락처 "]),
                (v.phone(), "PHONE"), "로 문자 주세요."]
    else:
        out += ["참여는 댓글로 남겨 주세요. 뒤풀이는 ", *shop_block(v)]
    return out


def lostfound(v, personal):
    thing = v.pick(["검정 카드지갑", "에어팟 프로 한쪽", "아이 털모자", "우산(남색)", "학생증"])
    out = ["[분실물] ", (v.date(), "date"), " ", *cinema_block(v), " ",
           (v.seat(), "seat"), " 근처에서 ", thing, " 잃어버렸어요. "]
    if personal:
        out += ["안에 ", (v.korean(), "PERSON"), " 명의 카드 있고요, 찾으시면 ",
                (v.phone(), "PHONE"), " 연락 부탁드립니다."]
    else:
        out += ["찾으시면 매표소에 맡겨 주세요. ", *operator(v)]
    return out


def complaint(v, personal):
    out = ["환불 요청합니다. ", *lookalike(v), " / ", *lookalike(v), " 결제했는데 상영관 에어컨이 고장나서 "
           "끝까지 못 봤어요. "]
    if personal:
        out += ["환불 계좌는 ", v.pick(["국민 ", "신한 ", "농협 ", "카카오뱅크 "]), (v.account(), "ACCOUNT"),
                " 예금주 ", (v.korean(), "PERSON"), "입니다."]
    else:
        out += ["결제한 카드로 취소해 주세요. 카드사는 ", *helpline(v), " 말고 극장에서 처리해 달래요."]
    return out


def inquiry(v, personal):
    out = ["[1:1 문의] 멤버십 등급이 안 올라가요. ", *lookalike(v), " "]
    if personal:
        k = v.pick(["email", "phone", "card"])
        val = {"email": v.email, "phone": v.phone, "card": v.card}[k]()
        out += ["회원명 ", (v.any_name(), "PERSON"), ", 가입 ", {"email": "이메일 ", "phone": "번호 ",
                                                               "card": "결제 카드 "}[k], (val, k.upper()), " 입니다."]
    else:
        out += ["가입한 지 1년 넘었고 관람 횟수도 ", v.pick(["12회", "여덟 번", "20번"]), " 넘었습니다. ",
                *lookalike(v)]
    return out


def answer(v, personal):
    out = ["안녕하세요 고객님, 마키 고객센터입니다. ", *lookalike(v), " 건 확인했습니다. "]
    if personal:
        n = v.korean()
        out += [(n, "PERSON"), " 고객님 명의로 ", (v.email(), "EMAIL"), " 주소로 환불 영수증을 보냈습니다. "]
    else:
        out += ["환불 영수증은 가입하신 메일로 발송되었습니다. "]
    out += ["추가 문의는 ", *operator(v), " 로 주세요."]
    return out


STYLES_A = {"review": review, "oneliner": oneliner, "meetup": meetup, "lostfound": lostfound,
            "complaint": complaint, "inquiry": inquiry, "answer": answer}

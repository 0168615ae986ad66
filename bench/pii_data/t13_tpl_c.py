"""Second frames for test13's templated styles (P11.2), so a style is not one sentence
repeated: names without any cue, lists, romanised names, delivery and lot-number addresses,
identifiers broken over lines, next to third parties' published contacts."""

from __future__ import annotations

from common import josa
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
from t13_lex import CINEMAS, FOREIGN_HANGUL, FOREIGN_LATIN, KIN, PUBLIC, ROMAN


def review2(v, personal):
    (m, mk), (a, ak) = movie(v), public(v)
    who = (v.pick(ROMAN), "PERSON") if personal else handle(v)
    return ["<", (m, mk), "> 관람평\n", "작성자: ", who, "\n평점: ", f"{v.r.randint(6, 10)}/10\n",
            (a, ak), " 캐스팅 신의 한 수. ", word(v), " 가득한 두 시간."]


def oneliner2(v, personal):
    (m, mk) = movie(v)
    if personal:
        n = v.korean()
        return [(n, "PERSON"), "\n", (m, mk), " 또 보고 싶다 ", *name_with(n[-2:], "이는", "는"), " ㅋㅋ"]
    return [handle(v), "\n", (m, mk), " 또 보고 싶다 ", (v.audience(), "audience_count"), " 갈 듯"]


def meetup2(v, personal):
    out = ["참석 명단 (", (v.date(), "date"), " ", movie(v), ")\n"]
    for i in range(v.r.randint(3, 5)):
        out += [f"{i + 1}. ", (v.any_name(), "PERSON") if personal else handle(v), "\n"]
    return out + ["장소: ", *shop_block(v)]


def lostfound2(v, personal):
    out = [*cinema_block(v)[:1], " 분실물 보관 안내: ", (v.date(), "date"), " 습득 – 장우산, 카드지갑. "]
    if personal:
        out += ["지갑 속 신분증 성명 ", (v.korean(), "PERSON"), ", 주소 ", (v.address(), "ADDRESS"), "."]
    else:
        out += ["매표소 ", *cinema_block(v)[2:5], "로 문의."]
    return out


def complaint2(v, personal):
    out = ["택배로 받은 굿즈가 파손돼서 왔어요. ", *lookalike(v), "\n"]
    if personal:
        out += ["받는 분: ", (v.korean(), "PERSON"), "\n배송지: ", (v.address(), "ADDRESS"), "\n연락처: ",
                (v.phone(), "PHONE")]
    else:
        out += ["택배사: ", *helpline(v), "\n굿즈샵: ", *shop_block(v)]
    return out


def inquiry2(v, personal):
    out = ["해외 결제 확인 부탁드려요 ", *lookalike(v), " "]
    if personal:
        out += ["접속 IP가 ", (v.ip(), "IP"), "로 찍혀 있고, 여권 ", (v.passport(), "PASSPORT"),
                "으로 인증했어요. - ", (v.any_name(), "PERSON")]
    else:
        out += ["앱 ", (v.version(), "version"), "에서 결제했고 ", *helpline(v), "에도 문의했어요."]
    return out


def answer2(v, personal):
    out = ["[답변 완료] 요청하신 ", *lookalike(v), " 재발급 건입니다. "]
    if personal:
        n = v.korean()
        out += [*name_with(n, "님의", "님의"), " 새 카드 ", (v.card(), "CARD"), " 등록을 확인했습니다. "]
    else:
        out += ["새 카드 등록은 앱에서 직접 해 주세요. "]
    return out + ["(", *operator(v), ")"]


def chat2(v, personal):
    names = [(v.korean(), "PERSON"), (v.given(), "PERSON")] if personal else [handle(v), handle(v)]
    out = []
    for n in names + names[:1]:
        out += [n, " : ", v.pick(["이번 주 뭐 봄?", "나 표 있음", "조조 콜?", "팝콘 반반", "ㅇㅋ"]), "\n"]
    return out + ["— 대화 ", (v.date(), "date"), " 내보내기"]


def roster2(v, personal):
    out = ["이름,연락처,근무지\n"]
    for _ in range(3):
        name, _, phone = v.pick(CINEMAS)
        if personal:
            out += [(v.korean(), "PERSON"), ",", (v.phone(), "PHONE"), ",", (name, "theatre"), "\n"]
        else:
            out += ["지점 대표,", (phone, "business_phone"), ",", (name, "theatre"), "\n"]
    return out


def letter2(v, personal):
    sender = (v.any_name(), "PERSON") if personal else "마키 이벤트팀"
    out = ["안녕하세요. 지난 ", (v.date(), "date"), " 시사회 초대에 감사드립니다. ", (v.pick(PUBLIC), "public_figure"),
           " 배우님 무대인사 정말 좋았습니다.\n"]
    if personal:
        out += ["당첨 상품은 ", (v.address(), "ADDRESS"), " 로 보내 주세요.\n"]
    return out + [sender, v.pick([" 올림", " 드림", " 배상"])]


def sms2(v, personal):
    out = ["[알림] ", *lookalike(v), " 결제 ", (v.price(), "price"), " 완료\n"]
    if personal:
        out += ["결제 계좌 ", (v.account(), "ACCOUNT"), "\n예금주 ", (v.korean(), "PERSON")]
    else:
        out += ["문의 ", *helpline(v)]
    return out


def family2(v, personal):
    kin = v.pick(KIN)
    if personal:
        g = v.given()
        return [kin, " ", (g, "PERSON"), josa_gen(g), " 첫 영화! ", movie(v), " 보러 감. ",
                (g, "PERSON"), " 표는 아빠 ", (v.korean(), "PERSON"), " 이름으로 예매함"]
    return [kin, " 첫 영화! ", movie(v), " 보러 감. ", word(v), " 가득한 하루. 표는 ",
            *cinema_block(v)[:1], "에서 현장 발권"]


def josa_gen(name: str) -> str:
    return josa(name, "이의", "의")


def noisy2(v, personal):
    (a, ak) = public(v)
    out = ["ㅎㅎ ", (a, ak), " 실물 영접 ✨✨ ", v.pick(["wow", "진짜루", "ㄹㅇ"]), " "]
    if personal:
        out += ["같이 간 ", (v.korean(), "PERSON"), " 이\u200b메일 ", (v.email(), "EMAIL"),
                " 로 사진 보내줌"]
    else:
        out += ["사진은 공식 계정 @marquee_cinema 에 올라옴 ", *operator(v)]
    return out


def idform2(v, personal):
    out = ["회원정보 변경 신청서\n"]
    if personal:
        out += ["변경 전 이름: ", (v.korean(), "PERSON"), "\n변경 후 이름: ", (v.korean(), "PERSON"),
                "\n면허번호: ", (v.licence(), "DRIVER_LICENSE"), "\n주민번호: ", (v.rrn(), "RRN")]
        if v.r.random() < 0.7:
            out += ["\n가족회원(배우자): ", (v.pick(FOREIGN_HANGUL + FOREIGN_LATIN), "PERSON"),
                    " / 외국인등록번호 ", (v.rrn(True), "FRN")]
    else:
        out += ["변경 전 이름: (기존 이름)\n변경 후 이름: (새 이름)\n", *lookalike(v), "\n", *lookalike(v)]
    return out


STYLES_C = {"review": review2, "oneliner": oneliner2, "meetup": meetup2, "lostfound": lostfound2,
            "complaint": complaint2, "inquiry": inquiry2, "answer": answer2, "chat": chat2,
            "roster": roster2, "letter": letter2, "sms": sms2, "family": family2,
            "noisy": noisy2, "idform": idform2}

"""test7: posts without personal data, written to look like the ones with it."""

from __future__ import annotations

import random

import t7_pools as P
import t7_values as V
from t7_bits import booking_bit, film_bit, operator_bit, tail
from t7_values import Post


def review_fan(d: Post, rng: random.Random) -> None:
    fig = rng.choice(P.PUBLIC_FIGURES)
    d.neg("CATALOG", fig).t(rng.choice([" 배우 ", " 감독 ", "님 "])).t("나오는 ")
    d.neg("CATALOG", rng.choice(P.FILMS)).t(rng.choice([" 세 번째 봄. ", " 드디어 봤다. "]))
    d.neg("CATALOG", fig).t(rng.choice(["은 진짜 ", " 연기는 ", " 표정 하나로 "]))
    d.neg("WORD", rng.choice(["최고", "레전드", "정말"])).t(" ")
    film_bit(d, rng)
    tail(d, rng)


def review_plain(d: Post, rng: random.Random) -> None:
    d.neg("WORD", rng.choice(P.NAME_LIKE_WORDS)).t(rng.choice([" 때문에 ", " 얘기부터 하자면 "]))
    d.neg("CATALOG", rng.choice(P.FILMS)).t(rng.choice([" 별점 ", " 평점 "]))
    d.neg("RATING", f"{rng.randint(1, 5)}.{rng.choice('05')}").t("/5. ")
    d.neg("WORD", rng.choice(P.NAME_LIKE_WORDS)).t(" ").neg("WORD", rng.choice(P.NAME_LIKE_WORDS))
    d.t(rng.choice([" 은 아쉬웠고 ", " 빼면 괜찮음 "]))
    film_bit(d, rng)


def board_question(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["질문요 ", "혹시 아시는 분? ", "급함!! "]))
    booking_bit(d, rng)
    d.t(rng.choice([" 으로 예매했는데 ", " 인데요 "])).neg("THEATRE", rng.choice(P.THEATRES))
    d.t(" ").neg("SHOWTIME", V.showtime(rng)).t(" 회차 ").neg("SEAT", V.seat(rng))
    d.t(rng.choice([" 자리 바꿀 수 있나요", " 취소 수수료 있어요?", " 주차 몇시간 돼요?"]))
    tail(d, rng)


def board_trade_clean(d: Post, rng: random.Random) -> None:
    d.t("[구해요] ").neg("CATALOG", rng.choice(P.FILMS)).t(" ").neg("DATE", V.date(rng)).t(" ")
    d.neg("SHOWTIME", V.showtime(rng)).t(" 2장 ").neg("PRICE", V.price(rng)).t("까지 가능. ")
    d.t("연락은 쪽지로만 받아요 (번호 공개 안 함) ").t(rng.choice(P.EMOJI))


def notice(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["[공지] ", "[안내] ", "📢 "])).neg("DATE", V.date(rng))
    d.t(rng.choice([" 시스템 점검 안내", " 개인정보 처리방침 변경 안내", " 관람권 교환 안내"]))
    d.t("\n점검 시간: ").neg("SHOWTIME", V.showtime(rng)).t(" ~ ").neg("SHOWTIME", V.showtime(rng))
    d.t("\n")
    operator_bit(d, rng)
    d.t("\n")
    operator_bit(d, rng)
    d.t("\n감사합니다. 마키시네마 드림")


def guide_example(d: Post, rng: random.Random) -> None:
    kind = rng.choice(list(P.EXAMPLE_VALUES))
    label = {"PHONE": "휴대폰 번호", "EMAIL": "이메일", "RRN": "생년월일 형식", "NAME": "성함",
             "CARD": "카드번호"}[kind]
    d.t(f"{label} 입력 예시: ").neg("EXAMPLE", rng.choice(P.EXAMPLE_VALUES[kind]))
    d.t(rng.choice([" (하이픈 포함)", " 처럼 적어주세요", " ← 이런 식으로요"]))
    d.t(". 실제 정보는 게시판에 쓰지 마세요. ")
    operator_bit(d, rng)


def cs_chat_clean(d: Post, rng: random.Random) -> None:
    h, m = rng.randint(9, 17), rng.randint(0, 50)
    d.t(f"[{h:02d}:{m:02d}] 고객: 팝콘 콤보 쿠폰이 안 먹혀요\n")
    d.t(f"[{h:02d}:{m + 1:02d}] 상담사: 쿠폰 번호 알려주시겠어요?\n")
    d.t(f"[{h:02d}:{m + 2:02d}] 고객: ").neg("COUPON", V.coupon(rng)).t("\n")
    d.t(f"[{h:02d}:{m + 3:02d}] 상담사: 확인해보니 ").neg("DATE", V.date(rng))
    d.t(" 만료됐네요. 재발급은 ")
    operator_bit(d, rng)
    d.t(" 로 요청해주세요")


def event_result(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["🎉 시사회 당첨자 발표\n", "[이벤트 결과]\n"]))
    for _ in range(rng.randint(2, 4)):
        d.t("- ").neg("MASKED", V.masked_value(rng)).t(" / ").neg("MASKED", V.masked_value(rng))
        d.t("\n")
    d.t("경품은 ").neg("DATE", V.date(rng)).t(" 일괄 발송, 송장 ").neg("PARCEL", V.parcel(rng))
    d.t("\n")
    operator_bit(d, rng)


def staff_note_clean(d: Post, rng: random.Random) -> None:
    d.t("[오픈 체크] ").neg("THEATRE", rng.choice(P.THEATRES)).t("\n- ")
    d.neg("SCREEN", f"{rng.randint(1, 9)}관").t(" 스크린 얼룩, ").neg("SEAT", V.seat(rng))
    d.t(" 좌석 고장\n- 매점 재고: 옥수수 ").t(str(rng.randint(3, 40))).t("포대\n- 포스 ")
    d.neg("VERSION", V.version(rng)).t(" 패치, 카드단말 승인 ").neg("APPROVAL", V.approval_no(rng))
    d.t(" 테스트 OK\n- 협력사 사업자번호 ").neg("BIZNO", V.biz_no(rng)).t(" 세금계산서 요청")


def messenger_clean(d: Post, rng: random.Random) -> None:
    d.t("ㅇㄷ? ").neg("THEATRE", rng.choice(P.THEATRES)).t(" 앞 ㄱㄱ\n")
    d.t("ㄴㄴ 아직 ").neg("WORD", rng.choice(["지하철", "버스", "편의점"])).t("\n")
    d.neg("SHOWTIME", V.showtime(rng)).t(" 시작인데 ").neg("SEAT", V.seat(rng)).t(" ")
    d.neg("SEAT", V.seat(rng)).t(" 잡아놈 ㅋㅋ\n")
    d.t("ㅇㅋ 예매내역 캡처 보냄 ").neg("BOOKING", V.booking_no(rng))


def formal_clean(d: Post, rng: random.Random) -> None:
    d.t("수신: 마키시네마 대관 담당\n제목: 단체 대관 견적 요청\n\n")
    d.t("당사 임직원 ").t(str(rng.randint(30, 200))).t("명 관람을 위해 ").neg("DATE", V.date(rng))
    d.t(" ").neg("SHOWTIME", V.showtime(rng)).t(" 상영관 대관을 요청합니다. 희망 작품은 ")
    d.neg("CATALOG", rng.choice(P.FILMS)).t(", 예산은 1인 ").neg("PRICE", V.price(rng))
    d.t(" 입니다. 사업자등록번호 ").neg("BIZNO", V.biz_no(rng)).t("\n\n총무팀 드림")


def table_clean(d: Post, rng: random.Random) -> None:
    sep = rng.choice([",", "\t", " | "])
    d.t(sep.join(["상영관", "시작", "좌석", "가격"]) + "\n")
    for _ in range(rng.randint(2, 4)):
        d.neg("SCREEN", f"{rng.randint(1, 12)}관").t(sep).neg("SHOWTIME", V.showtime(rng)).t(sep)
        d.neg("SEAT", V.seat(rng)).t(sep).neg("PRICE", V.price(rng)).t("\n")
    d.t("합계 주문 ").neg("ORDER", V.order_no(rng))


def list_clean(d: Post, rng: random.Random) -> None:
    d.t(rng.choice(["올해 본 영화 정리\n", "이번 주 볼 거\n", "감독별 추천\n"]))
    for i in range(1, rng.randint(3, 6)):
        d.t(f"{i}. ").neg("CATALOG", rng.choice(P.FILMS)).t(" — ")
        d.neg("CATALOG", rng.choice(P.PUBLIC_FIGURES)).t("\n")
    d.t("다들 ").neg("WORD", rng.choice(P.NAME_LIKE_WORDS)).t(" 추천 부탁")


def english_clean(d: Post, rng: random.Random) -> None:
    d.t("Watched ").neg("CATALOG", rng.choice(["Parasite", "Oldboy", "Past Lives", "Dune"]))
    d.t(" again — ").neg("CATALOG", rng.choice(P.PUBLIC_LATIN)).t(" is a genius. ")
    d.t("Seat ").neg("SEAT", V.seat(rng)).t(", ticket ").neg("PRICE", V.price(rng))
    d.t(rng.choice([". Highly recommend!", ". Subtitles were off though.", " lol"]))


def cue_without_value(d: Post, rng: random.Random) -> None:
    """Form labels filled with words that are not personal data."""
    sep = rng.choice([": ", " - ", "："])
    d.t(rng.choice(["[분실물 접수]\n", "[1:1 문의]\n", "[대관 신청서]\n"]))
    d.t("예약자명" + sep).neg("WORD", rng.choice(["본인", "비공개", "회원 본인", "고객"])).t("\n")
    d.t("연락처" + sep + rng.choice(["앱에 등록된 번호로 주세요", "쪽지로 드릴게요", "기존과 동일"]) + "\n")
    d.t("주소" + sep + rng.choice(["변동 없음", "현장 수령", "해당 없음"]) + "\n")
    d.t("관람 ").neg("DATE", V.date(rng)).t(" ").neg("SHOWTIME", V.showtime(rng)).t(" ")
    d.neg("THEATRE", rng.choice(P.THEATRES)).t(" 인원 ").t(str(rng.randint(1, 8))).t("명\n")
    d.t("내용" + sep + rng.choice(["팝콘 쿠폰 사용 문의", "휠체어석 가능한지", "장면 중 음향 끊김"]))


FRAMES = {
    "review": [review_fan, review_plain, english_clean],
    "board": [board_question, board_trade_clean, guide_example],
    "inquiry": [board_question, guide_example, cue_without_value],
    "cschat": [cs_chat_clean],
    "event": [event_result],
    "staff": [staff_note_clean, notice, guide_example],
    "messenger": [messenger_clean],
    "letter": [formal_clean, notice, guide_example],
    "table": [table_clean, cue_without_value],
    "list": [list_clean],
}


def write(kind: str, rng: random.Random) -> Post:
    d = Post(kind, rng if rng.random() < 0.5 else None)
    rng.choice(FRAMES[kind])(d, rng)
    if rng.random() < 0.3:
        d.t(" ")
        booking_bit(d, rng)
    return d

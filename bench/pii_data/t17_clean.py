"""Templated clean test17 posts: reviews, operator notices, agents' answers, showtime sheets,
transcripts of number read-backs, masked winner lists and form help. Only hard negatives.
A template names its negatives as ``{kind}``; ``fill`` draws each one from t17_negatives."""

from __future__ import annotations

import re

from t17_negatives import neg

_SLOT = re.compile(r"\{(\w+)\}")

TEMPLATES = {
    "review": [
        "{film_title} 봤어요. {actor} 연기 미쳤고 {director} 감독 연출 최고. {hall} 추천",
        "{cinema_branch} {hall} {seat}에서 {film_title} 관람. {character} 나올 때 울었음",
        "ㅋㅋ {idol} 광고 나올 때 다들 환호함 {film_title} {showtime} 회차",
        "{kinship}랑 {title_with_name} 보고 옴. {author} 작가 원작 느낌 남",
        "{athlete} 경기 단체응원 상영 {date} {showtime}, {price}",
        "{historical_figure} 나오는 영화는 무조건 봄. {actor} 캐스팅 굿",
    ],
    "notice": [
        "[공지] {date} {cinema_branch} {hall} 시설 점검. 문의 {operator_contact}",
        "[안내] {film_title} 재개봉 {date}부터. 관람료 {price}. 고객센터 {operator_contact}",
        "[공지] {cinema_branch} 이전 안내: 새 주소 {cinema_address} / {cinema_phone}",
        "[이벤트] {member_grade} 회원 대상 {point_amount} 추가 적립 ({date}까지)",
    ],
    "agent_answer": [
        "안녕하세요 고객님. 예매번호 {booking_number} 건은 {date} 환불 완료되었습니다. "
        "{card_company} 반영은 {call_centre}로 확인 부탁드립니다.",
        "고객님, 주문번호 {order_number} 상품은 운송장 {tracking_number}로 발송되었습니다.",
        "문의하신 쿠폰 {coupon_code}은 {date}까지 사용 가능합니다. 감사합니다 - {staff_role}",
        "기프트카드 {gift_card_number} 잔액은 {price}입니다. 영수증 {receipt_number}",
        "현금영수증 승인번호 {approval_number}, 사업자번호 {business_reg_number}로 발행했습니다.",
    ],
    "readback": [
        "[STT] 상담원: 예매번호 다시 불러드릴게요 {booking_number}. 고객: 음 네 맞아요 "
        "{film_title} {showtime} 거요. 상담원: {cinema_branch} 맞으시죠? 고객: 네네.",
    ],
    "form_help": [
        "가입 양식에 {form_example_name} / {form_example_phone} 예시가 있는데 진짜 번호 넣으면 되죠?",
        "이름 칸 예시가 {form_example_name}이고 전화 예시가 {form_example_phone}네요 ㅋㅋ",
    ],
    "local_question": [
        "{region_only} 쪽에 {hall} 있는 곳 있나요? {cinema}도 괜찮아요",
        "{region_only} 사는데 {cinema_branch}까지 주차 되나요? 전화 {cinema_phone} 안 받음",
        "{nickname} 나오는 영화 {region_only}에서 언제 해요? {handle} 님 정보 부탁",
        "{name_like_word} 때문에 울었다는 후기 ㅋㅋ {film_title} {movie_rating}",
        "{institution_phone}에 물어보라던데 {bank_name} 환불은 어떻게 되나요",
    ],
}


def fill(rng, template: str) -> str:
    """``template`` with every ``{kind}`` replaced by a fresh marked negative."""
    return _SLOT.sub(lambda m: neg(rng, m.group(1)), template)


def sheet(rng) -> str:
    sep = rng.choice([",", "\t", " | "])
    rows = [sep.join(["영화", "관", "시간", "가격"])]
    for _ in range(rng.randint(2, 4)):
        rows.append(sep.join(fill(rng, t) for t in ("{film_title}", "{hall}", "{showtime}", "{price}")))
    return fill(rng, "{cinema_branch} {date} 상영시간표\n") + "\n".join(rows)


def masked_list(rng) -> str:
    rows = "\n".join(fill(rng, "- {masked_name} {masked_phone}") for _ in range(rng.randint(2, 4)))
    return (fill(rng, "[당첨자 안내] {film_title} 시사회\n") + rows
            + fill(rng, "\n결제카드 {masked_card} 고객 1명 추가"))


def _from_templates(group: str):
    def style(rng) -> str:
        return fill(rng, rng.choice(TEMPLATES[group]))
    style.__name__ = group
    return style


CLEAN_STYLES = [_from_templates("review"), _from_templates("notice"),
                _from_templates("agent_answer"), sheet, _from_templates("readback"), masked_list,
                _from_templates("form_help"), _from_templates("local_question")]

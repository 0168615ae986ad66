"""Templated clean test17 posts: reviews, operator notices, agents' answers, showtime sheets,
transcripts of number read-backs, masked winner lists and form help. Only hard negatives."""

from __future__ import annotations

from t17_negatives import neg


def review(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    return rng.choice([
        f"{n('film_title')} 봤어요. {n('actor')} 연기 미쳤고 {n('director')} 감독 연출 최고. {n('hall')} 추천",
        f"{n('cinema_branch')} {n('hall')} {n('seat')}에서 {n('film_title')} 관람. {n('character')} 나올 때 울었음",
        f"ㅋㅋ {n('idol')} 광고 나올 때 다들 환호함 {n('film_title')} {n('showtime')} 회차",
        f"{n('kinship')}랑 {n('title_with_name')} 보고 옴. {n('author')} 작가 원작 느낌 남",
        f"{n('athlete')} 경기 단체응원 상영 {n('date')} {n('showtime')}, {n('price')}",
        f"{n('historical_figure')} 나오는 영화는 무조건 봄. {n('actor')} 캐스팅 굿",
    ])


def notice(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    return rng.choice([
        f"[공지] {n('date')} {n('cinema_branch')} {n('hall')} 시설 점검. 문의 {n('operator_contact')}",
        f"[안내] {n('film_title')} 재개봉 {n('date')}부터. 관람료 {n('price')}. 고객센터 {n('operator_contact')}",
        f"[공지] {n('cinema_branch')} 이전 안내: 새 주소 {n('cinema_address')} / {n('cinema_phone')}",
        f"[이벤트] {n('member_grade')} 회원 대상 {n('point_amount')} 추가 적립 ({n('date')}까지)",
    ])


def agent_answer(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    return rng.choice([
        f"안녕하세요 고객님. 예매번호 {n('booking_number')} 건은 {n('date')} 환불 완료되었습니다. "
        f"{n('card_company')} 반영은 {n('call_centre')}로 확인 부탁드립니다.",
        f"고객님, 주문번호 {n('order_number')} 상품은 운송장 {n('tracking_number')}로 발송되었습니다.",
        f"문의하신 쿠폰 {n('coupon_code')}은 {n('date')}까지 사용 가능합니다. 감사합니다 - {n('staff_role')}",
        f"기프트카드 {n('gift_card_number')} 잔액은 {n('price')}입니다. 영수증 {n('receipt_number')}",
        f"현금영수증 승인번호 {n('approval_number')}, 사업자번호 {n('business_reg_number')}로 발행했습니다.",
    ])


def sheet(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    sep = rng.choice([",", "\t", " | "])
    rows = [sep.join(["영화", "관", "시간", "가격"])]
    for _ in range(rng.randint(2, 4)):
        rows.append(sep.join([n("film_title"), n("hall"), n("showtime"), n("price")]))
    return f"{n('cinema_branch')} {n('date')} 상영시간표\n" + "\n".join(rows)


def readback(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    return (f"[STT] 상담원: 예매번호 다시 불러드릴게요 {n('booking_number')}. 고객: 음 네 맞아요 "
            f"{n('film_title')} {n('showtime')} 거요. 상담원: {n('cinema_branch')} 맞으시죠? 고객: 네네.")


def masked_list(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    rows = "\n".join(f"- {n('masked_name')} {n('masked_phone')}" for _ in range(rng.randint(2, 4)))
    return f"[당첨자 안내] {n('film_title')} 시사회\n{rows}\n결제카드 {n('masked_card')} 고객 1명 추가"


def form_help(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    return rng.choice([
        f"가입 양식에 {n('form_example_name')} / {n('form_example_phone')} 예시가 있는데 진짜 번호 넣으면 되죠?",
        f"이름 칸 예시가 {n('form_example_name')}이고 전화 예시가 {n('form_example_phone')}네요 ㅋㅋ",
    ])


def local_question(rng) -> str:
    n = lambda k: neg(rng, k)  # noqa: E731
    return rng.choice([
        f"{n('region_only')} 쪽에 {n('hall')} 있는 곳 있나요? {n('cinema')}도 괜찮아요",
        f"{n('region_only')} 사는데 {n('cinema_branch')}까지 주차 되나요? 전화 {n('cinema_phone')} 안 받음",
        f"{n('nickname')} 나오는 영화 {n('region_only')}에서 언제 해요? {n('handle')} 님 정보 부탁",
        f"{n('name_like_word')} 때문에 울었다는 후기 ㅋㅋ {n('film_title')} {n('movie_rating')}",
        f"{n('institution_phone')}에 물어보라던데 {n('bank_name')} 환불은 어떻게 되나요",
    ])


CLEAN_STYLES = [review, notice, agent_answer, sheet, readback, masked_list, form_help,
                local_question]

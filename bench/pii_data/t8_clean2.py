"""More clean templates for test8, mirroring t8_pii_d's shapes without the personal data:
cast and credit lists, role tables, thank-you notes to unnamed strangers, notices that
print the operator's contacts, and lists of masked winners."""

from __future__ import annotations

CLEAN_C = {
    "board": [
        "감독: {director} / 출연: {star}, {star2}, {star3}\n{film} 캐스팅 라인업 미쳤다 {emo}",
        "{date} {theatre}에서 제 우산 챙겨주신 분 감사해요! 성함 못 여쭤봤네요 ㅠ 복 받으세요",
        "[나눔 완료] {film} 포스터 당첨자는 {mname}님입니다. 주소는 쪽지로 받았어요 {emo}",
        "{celeb} 닮은 사람 봤다는 글 많던데 ㅋㅋ 저도 {theatre}에서 봄 {lol}",
    ],
    "review": [
        "엄마랑 아빠랑 셋이 {film} 봤는데 두 분 다 우심 {emo} {star} 연기 최고",
        "{char}({star}) 분량이 좀 적어서 아쉬움. 평점 {rating}",
        "{film}은 {director} 감독 최고작. {audience} 돌파 축하해요!",
    ],
    "inquiry": [
        "남편 명의로 예매했는데 제 카드로 결제돼서 문의드려요. 예매번호 {booking}, 금액 {price}",
        "영문 영수증 발급 가능한가요? 주문번호 {order}. 이메일은 회원정보에 있는 걸로 보내주세요",
        "휴대폰 번호 바꿨는데 인증번호가 예전 번호({mphone})로 가요. 어떻게 바꾸나요?",
    ],
    "chat": [
        "[고객] 담당자분 성함이 어떻게 되세요?\n[상담원] 상담원 번호 {count}번입니다. 개인정보 문의는 {opmail}{으로} 주세요.",
        "[상담원] 예약자 성함 확인 부탁드려요.\n[고객] 회원정보 그대로요\n[상담원] 네 {mname} 고객님 확인되었습니다.",
    ],
    "staff_note": [
        "[응대 기록]\n일시: {date}\n내용: {film} 상영 중단 환불 요청 {count}\n처리: {price} 일괄 환불\n비고: 고객 정보는 CRM 참조",
        "휠체어석 {seat} 예약 {count}. {theatre} {screen} 입구 안내. 고객센터 연결 {opphone}",
        "[공지 초안] 개인정보 문의: {opmail} / 전화 {opphone} / 팩스 {opfax} / 주소 {opaddr}",
    ],
    "event_entry": [
        "[응모 양식]\n닉네임: {handle}\n성함: (실명)\n연락처: {exphone}\n배송지: (마이페이지 주소)\n좋아하는 캐릭터: {char}",
        "Event winners: {masked}, {masked2}. Prizes ship by {date}. Questions: {opmail}",
    ],
    "letter": [
        "마키시네마 귀중\n\n지난번 {theatre}에서 가방을 찾아주신 직원분께 감사드립니다. 작은 간식을 보냈습니다.\n\n한 관객 드림",
        "Dear Marquee Cinema,\nThank you for the {film} screening on {date}. The {screen} was excellent.\nRegards, a regular customer",
    ],
    "table": [
        "배역 | 배우\n{char} | {star}\n{char2} | {star2}\n{char3} | {star3}",
        "[당첨자]\n1. {masked}\n2. {masked2}\n3. {masked3}\n문의 {opphone}",
        "버전 | 배포일 | 비고\n{version} | {date} | 결제 오류 수정\n{version2} | {date2} | 좌석맵 개선",
    ],
    "messenger": [
        "나: 오늘 {theatre} 못감 ㅠ\n친구: 헐 표 어떡해\n나: 양도 글 올릴게 {seat} {price}",
        "[오픈채팅] 익명의 팝콘: {film} {date} 양도 원해요\n[오픈채팅] 익명의 콜라: 저요! 쪽지 드릴게요",
    ],
    "mixed_en": [
        "cc: team — 영화 모임 {date} {theatre} 확정! {film} {screen}",
        "Support hours 10:00~18:00, hotline {opphone}, fax {opfax}, e-mail {opmail}",
    ],
    "dialect": [
        "우리 아 생일이라 {film} 보여줄라고 {theatre} 예매했데이. {price}이믄 싸제",
        "{star} 나오는 거 그카던데 {theatre} 좌석 좋다 카대 {lol}",
    ],
    "youth": [
        "솔직히 2편이 더 나은 듯? 이든 저든 {film} 최고 {lol} 하나같이 연기 잘함",
        "{film} 보고 나니 기분이 신나라~ {char} 나올 때 최고 {emo}",
        "ㅋㅋㅋ 너 {film} 보고 운 거 다 봤다 {emo} 담엔 {seat} 앉자",
        "생카 {film} 컨셉 ㄱㄱ {region} 근처 카페 {date} 저녁 7시 {lol}",
    ],
    "typo": [
        "이룸 바꾸고 싶은대 어디서 함? 마이페이지에 {mname} 라고 나옴",
        "예매번효 {booking} 취소좀 해주셈 {price} 환불 언제됨",
    ],
}

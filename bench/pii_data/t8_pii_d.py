"""Templates with personal data in the shapes that trip up simple rules: names in lists
and with honorifics glued on, names beside cast lists, English-style addresses,
identifiers split over a form's lines, several people in one message, and a private
name that shares a surname with the star being discussed."""

from __future__ import annotations

PII_D = {
    "board": [
        "{film} 관람 모임 참석자 명단: {kname}, {kname2}, {kname3}, {kname4} (총무 {kname5} {phone})",
        "감독: {director} / 출연: {star}, {star2}\n...인데 제 옆자리 {kname}님이 {star} 닮았다고 난리였어요 {lol}",
        "{kname}님께 감사 인사 드려요! {date} {theatre}에서 쓰러진 저희 아버지를 도와주셨어요. 혹시 보시면 {phone}{으로} 연락 한 번만 주세요 🙏",
        "[나눔] {film} 포스터 나눔합니다. 받으실 분 성함/주소 댓글 말고 쪽지로요. 1번 당첨 {name}님 → {addr} 맞으시죠?",
    ],
    "review": [
        "엄마({kname})랑 아빠({kname2})랑 셋이 {film} 봤는데 두 분 다 우심 {emo} {star} 연기 최고",
        "평점 {rating}. 참고로 저 {handle} 본명 {kname}입니다 리뷰 이벤트 당첨되면 연락 {phone}",
    ],
    "inquiry": [
        "{hi}. 남편 {kname} 명의로 예매했는데 제 카드({card})로 결제돼서 문의드려요. 제 이름은 {kname2}, 연락처 {phone}",
        "회원 아이디는 {handle}이고 실명은 {kname}입니다.\n휴대폰:\n{phone}\n이메일:\n{email}\n위 정보로 휴면 해제 부탁드려요",
        "영문 영수증 발급 부탁드립니다. Name: {rname} / Address: {enaddr} / Email: {email}",
        "{kname} 고객님 대리로 문의합니다. 저는 {kname2}({phone})이고, 고객님 주소는 {addr}입니다.",
        "휴대폰 번호 변경했습니다. 이전 {phone} → 신규 {phone2}. 명의자 {name}",
    ],
    "chat": [
        "[고객] 담당자분 성함이 어떻게 되세요?\n[상담원] 저는 상담원 {kname}입니다.\n[고객] 아 {kname}님, 제 번호 {phone}{으로} 다시 전화 주세요",
        "[상담원] 예약자 성함 확인 부탁드려요.\n[고객] {kname}요. 아 영문으로는 {rname}\n[상담원] 네 확인되었습니다.",
    ],
    "staff_note": [
        "{kname}고객님 카드 재결제 요청: {card} (유효기간 {date} 표기), 금액 {price}. 처리 후 {phone}{으로} 문자 안내",
        "[응대 기록]\n일시: {date}\n고객: {kname} ({phone})\n내용: {film} 상영 중단 환불 요청\n처리: {price} 환불, 계좌 {bankacct}\n처리자: {kname2}",
        "휠체어석 예약 확인 - {kname} 고객 외 1명, 동반자 {kname2}, 연락 {phone}. {theatre} {screen} 입구 안내",
    ],
    "event_entry": [
        "[응모]\n닉네임: {handle}\n성함: {name}\n연락처: {phone}\n배송지:\n{addr}\n좋아하는 캐릭터: {char}",
        "English event entry - Name: {fname} / Email: {email} / Address: {enaddr}",
    ],
    "letter": [
        "{kname}님께\n\n지난번 {theatre}에서 잃어버린 제 가방을 찾아주셔서 감사합니다. 작은 선물을 {addr}{으로} 보냈습니다.\n\n{kname2} 드림 ({email})",
        "Dear Marquee Cinema,\nI am writing on behalf of my mother, {fname}, who lives at {enaddr}. Please call me at {phone}.\nSincerely, {fname2}",
    ],
    "table": [
        "좌석 | 이름 | 비고\n{seat} | {kname} | 휠체어\n{seat2} | {kname2} | 동반\n{seat3} | (공석) | -",
        "[명단]\n1. {kname} {phone}\n2. {kname2} {phone2}\n3. {mname} (탈퇴 회원)\n4. {kname3} {phone3}",
    ],
    "messenger": [
        "[카톡] 나: {kname}씨가 표 산대\n[카톡] 친구: 그럼 {kname}씨 번호 줘봐\n[카톡] 나: {phone}",
        "{kname}: 나 오늘 {theatre} 못감 ㅠ\n{kname2}: 헐 표 어떡해\n{kname}: {name}한테 양도할게 번호 {phone}",
        "[오픈채팅] 익명의 팝콘: 양도 원해요\n[오픈채팅] {kname}: 저요! {phone} 문자주세요",
    ],
    "mixed_en": [
        "cc: {email}, {email2} — 영화 모임 {date} {theatre} 확정! RSVP to {kname}",
        "Ship the prize to {enaddr}, attn. {rname}, tel {phone}",
    ],
    "dialect": [
        "우리 아 이름이 {kname}인디 생일이라 {film} 보여줄라고. 연락은 {phone}{으로} 혀",
        "{kname}{이가} 그카던데 {theatre} 좌석 좋다 카대. 내 연락처 {phone} 이다",
    ],
    "youth": [
        "ㅋㅋㅋ {kname}{아야} 너 {film} 보고 운 거 다 봤다 {emo} 담엔 {seat} 앉자",
        "생일카페 {film} 컨셉 ㄱㄱ 주소 {addr} 저녁 7시 {lol} 문의 {email}",
    ],
    "typo": [
        "이룸 {kname} 뻔호 {phone} 주쇼 {addr} 로 경품 보내주셈",
        "계자번호 {bankacct} 예금쥬 {kname} 확인 부탁합니더",
    ],
}

"""Templates of test8 posts that carry personal data (first half of the styles):
community board, reviews, customer-centre inquiries, live chat, staff notes, event
entries, lost & found.  Slots are listed in t8_slots; particles like {이가} follow the
value before them."""

from __future__ import annotations

PII_A = {
    "board": [
        "{hi} 어제 {theatre}에서 {film} 보고 나오다가 지갑 주워주신 분 찾아요 {emo}\n성함이 {name}님이라고 하셨던 것 같은데 맞으시면 {phone}{으로} 연락 주세요. 사례하고 싶어요!",
        "같이 {film} 심야 보러 가실 분~ {date} {seat} 두 자리 잡아놨어요. 카톡 말고 문자로 주세요 {phone} (작성자 {name})",
        "[후기] {star} 무대인사 다녀왔어요 {lol} 옆자리 {name}님 덕분에 포토타임 자리 잘 잡았네요. 혹시 이 글 보시면 사진 보내드릴게요, 메일 {email} 남겨주세요",
        "혹시 {date} {theatre} {screen} 앞줄에 앉으셨던 {name} 씨 아시는 분? 우산 두고 가셨어요. 본인이시면 제 번호 {phone}로 연락 주세요.",
        "영화 동호회 12월 정모 공지\n장소: {theatre} 로비\n작품: {film}\n총무: {name} ({phone})\n회비 입금: {bankacct} (예금주 {name})",
        "{film} 재개봉 기념 단체관람 모집합니다. 신청은 {email}{으로} 이름/연락처 보내주시면 되고 문의는 {kname}에게 주세요",
        "아 진짜 {star} 연기 미쳤다 {emo} 근데 옆에 계속 폰 켜던 분... {name}님 맞죠? 예매 내역에 번호 {phone} 뜨던데 다음엔 좀 꺼주세요",
    ],
    "review": [
        "★★★★☆ {film} 재밌게 봤어요. {star} 연기가 압권! 굿즈 당첨되면 {addr}{으로} 보내주세요 {lol}",
        "별점 2개. 사운드가 너무 작았음. 관리자님 환불 받을 계좌는 {bankacct} 입니다. 예금주 {name}.",
        "{film} N차 관람 후기입니다 {emo}\n결말 해석은 {star} 인터뷰 참고했어요. 토론하고 싶은 분은 {email}{으로} 메일 주세요~ -{name}-",
        "관람평: {char} 장면에서 울었다... 근데 {seat} 의자 흔들림 심함. 연락 필요하시면 {phone}",
        "평점 9.5 / 같이 본 친구 {name}{이가} 대사 다 따라해서 웃겼음 {lol} {film} 최고",
        "조조로 {film} 봄. 좋았는데 매점 카드 결제 두 번 됐어요 카드번호 {card} 확인 좀 부탁드립니다",
    ],
    "inquiry": [
        "[1:1 문의] {hi}. {date} 예매({booking}) 건 환불 요청합니다.\n이름: {name}\n연락처: {phone}\n환불계좌: {bankacct}\n{thx}.",
        "회원정보 변경이 안 돼요. 가입할 때 주민번호 {rrn}{으로} 인증했는데 본인인증 실패라고 나옵니다. 이름은 {kname}입니다.",
        "외국인 회원인데 본인확인을 어떻게 하나요? 외국인등록번호 {frn}, 이름 {fname}, 휴대폰 {phone} 입니다.",
        "{hi}, 경품 배송지 변경 부탁드립니다.\n기존: {addr}\n변경: {addr2}\n수령인 {name} / {phone}",
        "결제 오류 문의입니다. 카드({card})로 {price} 결제됐는데 예매 내역이 없어요. 주문번호는 {order} 입니다. 답변은 {email}{으로} 부탁드려요.",
        "청소년 요금 확인용으로 학생증 대신 여권번호 {passport} 보내드려요. 이름 {rname}",
        "신분확인 요청하셔서 운전면허번호 남깁니다: {dl} ({kname}). 빨리 처리 부탁드려요 {emo}",
        "로그인이 계속 풀려요. 접속 IP가 {ip}{으로} 찍히던데 해킹인가요? 계정 주인 {name}, 연락처 {phone}",
        "{hi}. 고객센터 {opphone} 연결이 안 돼서 글 남겨요. 제 번호 {phone}{으로} 전화 주세요. {thx}",
    ],
    "chat": [
        "[상담원 {kname}] 안녕하세요 마키시네마 고객센터입니다.\n[고객] 예매 취소하려는데요 {booking}\n[상담원 {kname}] 예매자 성함과 연락처 확인 부탁드립니다.\n[고객] {kname2}, {phone}",
        "고객: 환불 계좌 바꿀래요\n상담: 네 고객님, 새 계좌 알려주세요\n고객: {bankacct}\n상담: 예금주가 어떻게 되시나요?\n고객: {name}{이에요}",
        "[10:42] 고객: 이메일 변경요 {email} -> {email2}\n[10:43] 상담사: 확인했습니다. 추가 문의는 {opmail}{으로} 주셔도 됩니다.",
        "챗봇: 본인확인을 위해 생년월일을 입력해 주세요\n나: 그냥 주민번호 드릴게요 {rrn}\n챗봇: 주민등록번호는 입력하지 마세요. 상담원 연결 중입니다.",
        "상담원: 배송받으실 주소 말씀해 주세요\n고객: {addr} 이요\n상담원: 받으시는 분은요?\n고객: {name}, {phone}",
        "고객: 카드 분실했는데 {card} 이 카드로 된 예매 취소돼요?\n상담원: 네 가능합니다. 카드사 분실신고도 함께 해주세요.",
    ],
    "staff_note": [
        "[CS메모 {date}] {theatre} {screen} 관람 고객 {name}({phone}) 좌석 {seat} 팝콘 쏟음 → 음료쿠폰 {coupon} 지급. 재방문 시 응대 요망",
        "인수인계: 분실물 카드지갑 보관 중. 신분증상 성명 {kname}, 주민번호 {rrn}. 본인 방문 시 신분증 대조 후 인계",
        "VOC 접수 / 고객 {name} / {email} / 내용: {film} 상영 중 자막 오류. 담당 {kname2}, 회신 {date}까지",
        "블랙리스트 후보: 접속 IP {ip}, {ip2} 에서 매크로 예매 의심. 계정 명의 {name}",
        "야간 마감 보고 - 습득물: 여권 1개 (번호 {passport}, 소지자 {fname}), 로비 보관함 3번",
        "단체예매 담당자 연락처 정리\n- 학교: {kname} 선생님 {phone}\n- 회사: {kname2} 과장 {phone2}\n- 교회: {kname3} 집사 {phone3}",
    ],
    "event_entry": [
        "{film} 시사회 응모합니다!\n이름: {name}\n휴대폰: {phone}\n주소: {addr}\n응모 이유: {celeb} 팬입니다 {emo}",
        "[이벤트 참여] 닉네임 {handle} / 실명 {kname} / 연락처 {phone} / 당첨되면 {addr}{으로} 보내주세요",
        "굿즈 이벤트 응모해요~ {name} {phone} {email} {lol}",
        "연말 경품 이벤트 당첨자 정보 제출\n성명 : {kname}\n생년월일/주민번호 : {rrn} (제세공과금 신고용)\n주소 : {addr}\n연락처 : {phone}",
        "포토카드 이벤트! {char} 포카 받고싶어요. 이름 {rname}, email: {email}, phone: {phone}",
    ],
    "lost_found": [
        "[분실] {date} {theatre} {screen}에서 갈색 카드지갑 잃어버렸어요. 안에 운전면허증({dl}) 있어요. 찾으시면 {phone} 부탁드려요 ㅠㅠ",
        "[습득] 주민등록증 주웠습니다. {kname}님 ({rrn}) 매표소에 맡겨뒀어요.",
        "에어팟 잃어버리신 분~ 케이스에 {name} {phone} 적힌 스티커 붙어 있어요. 안내데스크에 있습니다",
        "혹시 {film} 끝나고 {seat} 쪽에서 체크카드 보신 분 있나요? 카드번호 끝자리 말고 전체는 {card}예요. 정지는 해뒀어요",
        "여권 찾습니다!! 이름 {rname}, 여권번호 {passport}. 연락 {email} 또는 {phone}",
    ],
}

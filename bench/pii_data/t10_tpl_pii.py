"""Templates of test10 posts that carry personal data, grouped by style.

Written from scratch for this set: refund letters, family group bookings, Busan and
Jeolla dialect chats, forwarded e-mails, staff hand-over notes, pipe tables, English
mixed in, typos and missing spaces. Most templates also hold look-alikes (``{~...}``)
so a post with personal data is not trivially separable from a clean one.
"""

from __future__ import annotations

PII = {
    "refund_letter": [
        "안녕하세요. {~DATE} 예매 건 환불 요청드립니다.\n예매번호: {~BOOKING}\n"
        "환불 계좌: {:BANK} {ACCOUNT} (예금주 {PERSON})\n연락처 {PHONE}\n빠른 처리 부탁드립니다.",
        "고객센터 담당자님께\n\n{~TITLE} {~TIME} 회차를 결제했는데 이중결제가 됐습니다. "
        "카드번호는 {CARD}이고 명의자는 {PERSON=a}입니다. 취소되면 {EMAIL}로 알려주세요.\n"
        "{NAME@a} 드림",
        "환불받을 계좌 다시 적어요ㅠ {:BANK}{ACCOUNT} 예금주 {PERSON=a}(저희 {:REL})요. "
        "{GIVEN@a} 명의로 된 계좌밖에 없어서요. 문의는 {PHONE}",
    ],
    "group_booking": [
        "[단체관람 신청]\n1. 대표자: {PERSON}\n2. 연락처: {PHONE}\n3. 인원: 32명 ({~SEAT}부터)\n"
        "4. 희망일: {~DATE} {~TIME}\n5. 이메일: {EMAIL}\n6. 세금계산서 주소: {ADDRESS}",
        "회사 송년회로 {~THEATRE} 대관하려구요. 담당 {PERSON=a} 과장, 직통 {PHONE}, "
        "메일 {EMAIL}. 부재시 {PERSON} 대리한테 연락 주세요. {GIVEN@a} 과장은 금요일 휴무입니다.",
        "가족 8명 예매 명단 올립니다\n- {PERSON} (할머니)\n- {PERSON} \n- {PERSON}\n- {FIRST} (초4)\n"
        "결제는 {CARD} 로 일괄결제 해주세요",
    ],
    "dialect_chat": [
        "아 {FIRST|아야} 니 어데고? 내 {~THEATRE} 앞이다 ㅋㅋ 폰 꺼지면 {PHONE}로 전화하래이",
        "{PERSON=a} 그 가스나가 {~TITLE} 표 두 장 끊어놨다카드라. {GIVEN@a|이} 번호 {PHONE} 맞제?",
        "우리 {:REL} {PERSON|이가} 거기 매표소에 지갑 놓고 왔당께요. 신분증이랑 {:BANK} 카드 들었고, "
        "연락은 {PHONE}로 해주씨오잉",
        "어머니가 {~THEATRE}서 지갑 잃어버렸대유. 이름은 {PERSON}이구유 연락은 {PHONE}로 주셔유",
        "삼촌 {PERSON=a} 제주서 올라왔수다. {GIVEN@a} 삼촌 폰 {PHONE}, 숙소는 {ADDRESS}우다",
        "연럭처 남김니다 {PHONE} 이름 {PERSON} 입니당 ㅎ 메일은 {EMAIL}",
        "행님 {PERSON=a} 행님 주소 머꼬? 택배로 굿즈 보내줄라카는데 {ADDRESS} 이거 맞나? "
        "{GIVEN@a} 행님 폰은 {PHONE}",
    ],
    "forwarded_mail": [
        "---------- Forwarded message ---------\nFrom: {PERSON=a} <{EMAIL}>\nDate: {~DATE}\n"
        "Subject: Re: 대관 견적\n\n> 안녕하세요 {GIVEN@a}님, 견적서 첨부드립니다.\n"
        "> 견적 문의: {~OP_PHONE}\n\n위 메일 받았는데 {PERSON}님 IP({IP})에서 접속 기록이 이상해요.",
        "From: {EMAIL}\nTo: {~OP_MAIL}\n제목: 이벤트 경품 배송지 변경\n\n{PERSON=a}입니다. "
        "배송지를 {ADDRESS}(으)로 바꿔주세요. 수령인은 {PERSON}, 연락처 {PHONE}.\n-- \n{NAME@a}",
        "> {PERSON=a} wrote:\n> I left my passport ({PASSPORT}) at the ticket desk last night.\n"
        "> Please call me at {PHONE}.\n\n{GIVEN@a}씨 여권은 보관중입니다. 방문시 {~TIME} 이전에 오세요.",
    ],
    "staff_note": [
        "[인수인계] {~DATE} 마감 {PERSON} / 오픈 {PERSON=a}\n- {~SEAT} 고객 분실물(지갑) 보관, "
        "주인 {PERSON} 님 {PHONE}\n- {GIVEN@a}씨 포스 {IP} 재부팅 필요",
        "매니저님 {PERSON=a} 알바생 신분증 사본 받았어요. 주민번호 {RRN}, 집 {ADDRESS}. "
        "급여통장 {:BANK} {ACCOUNT}. {GIVEN@a} 다음주부터 주말 근무",
        "외국인 직원 {PERSON=a} 외국인등록번호 {FRN} 등록 완료. 비자 만료 {~DATE}. "
        "{GIVEN@a} 비상연락 {PHONE}",
        "야간 점검: 키오스크 로그에 {IP} 반복 결제 시도. 카드 {CARD} 명의 {PERSON} 확인 요망. "
        "앱 {~VERSION} 버그일 수도",
    ],
    "lost_found": [
        "[분실] {~DATE} {~THEATRE} {~SEAT} 근처에 운전면허증 떨어뜨렸어요. 면허번호 {DRIVER_LICENSE} "
        "이름 {PERSON}. 습득하신 분 {PHONE} 연락주세요 사례할게요",
        "습득물 안내) {PERSON} 님 명의 여권({PASSPORT})이 매표소에 보관중입니다. "
        "본인 확인 후 수령 가능 ({~OP_PHONE})",
        "어제 7관에서 카드지갑 잃어버림ㅠㅠ 안에 {:BANK} 체크카드 {CARD} 랑 {PERSON} 명함 있어요 "
        "찾으면 {EMAIL} 로 메일좀..",
    ],
    "rental_desk": [
        "[유모차 대여 대장] {~DATE}\n대여자 {PERSON} / 면허증 {DRIVER_LICENSE} / 반납 {~TIME}\n"
        "대여자 {PERSON} / 여권 {PASSPORT} / 반납 {~TIME}",
        "휠체어 대여할 때 면허증 맡겼는데 안 돌려받았어요. 번호 {DRIVER_LICENSE}, 이름 {PERSON}",
        "주차 정산 문의: 차주 {PERSON}, 운전면허 {DRIVER_LICENSE}, 차량 출차 {~TIME}. 영수증 {~ORDER}",
    ],
    "trade": [
        "{~TITLE} 무대인사 {~SEAT} 양도합니다 {~PRICE}\n입금 {:BANK} {ACCOUNT} {PERSON}\n"
        "카톡 안되면 {PHONE}",
        "[교환] 포스터 A ↔ B 구해요~ 반택 가능, 주소 {ADDRESS} 받는사람 {PERSON|이에요}",
        "아트카드 3장 팝니다!! 문의 {EMAIL} / {PHONE} ({FIRST} 폰)",
    ],
    "event_entry": [
        "이벤트 응모합니다!\n이름: {PERSON}\n생년월일/주민번호: {RRN}\n휴대폰: {PHONE}\n"
        "주소: {ADDRESS}\n응모작: {~TITLE}",
        "{~TITLE} 개봉기념 사연 이벤트🎬 저는 {:REL} {PERSON=a}한테 {:FOOD} 사주려고 응모해요. "
        "{GIVEN@a|이가} 제일 좋아하는 배우가 {~PUBLIC_FIGURE}거든요. 당첨되면 {EMAIL}",
        "Event entry - Name: {PERSON} / Email: {EMAIL} / Phone: {PHONE} / Passport No. {PASSPORT} "
        "(외국인 참가자)",
    ],
    "member_chat": [
        "ㅋㅋㅋ {FIRST|이가} 또 늦음 {~TIME} 영화인데 ㅡㅡ 야 {PERSON=a} 너 번호 바꼈냐 {PHONE} 맞음?",
        "{PERSON=a}: 표 내가 끊음\n{PERSON}: ㄳㄳ 돈 보낼게 계좌 ㄱ\n{NAME@a}: {:BANK} {ACCOUNT}\n"
        "{FIRST}: 나도 ㅎㅎ",
        "오늘 {~TITLE} 본 사람~ {PERSON|이랑} {PERSON|이랑} 셋이서 봤는데 {~CHARACTER} 나올때 다 울었음",
        "내 친구{PERSON|이가} 여기 직원인데 ㅎㅎ 번호{PHONE} 물어보면 할인 알려줌",
    ],
    "table": [
        "| 이름 | 연락처 | 좌석 |\n|---|---|---|\n| {PERSON} | {PHONE} | {~SEAT} |\n"
        "| {PERSON} | {PHONE} | {~SEAT} |\n| {PERSON} | {EMAIL} | {~SEAT} |",
        "이름\t생년월일\t면허번호\n{PERSON}\t{RRN}\t{DRIVER_LICENSE}\n{PERSON}\t{FRN}\t-",
    ],
    "mixed_en": [
        "Hi, my name is {PERSON=a} and I booked {~TITLE} but the app ({~VERSION}) crashed. "
        "Card {CARD} was charged twice. Pls contact {EMAIL}. Thanks, {GIVEN@a}",
        "회원가입 할때 foreign resident number 넣는 칸이 없어요. 제 번호는 {FRN}이고 "
        "이름은 {PERSON}, phone {PHONE}",
        "Login blocked from IP {IP}?? 해외에서 접속한거 아닌데요. 계정주 {PERSON}, {EMAIL}",
    ],
    "complaint": [
        "{~THEATRE}에서 {~DATE} {~TIME} 상영 중 옆자리 사람이 계속 폰 켜서 항의했더니 직원 {PERSON}씨가 "
        "오히려 저한테 뭐라하네요. 제 번호 {PHONE}로 사과전화 주세요.",
        "본인인증이 자꾸 실패해요 주민번호 {RRN} 입력하면 오류남. {PERSON} 명의 폰 {PHONE}임",
        "가족 할인 증빙이요. {:REL} 주민번호 {RRN}, 제 주민번호 {RRN}. 가족관계증명서는 팩스로 보낼게요",
        "제가 쓴 리뷰에 {PERSON} 실명이랑 {ADDRESS} 주소가 노출됐어요 삭제해주세요",
    ],
    "answer": [
        "안녕하세요, 고객님. 문의주신 {~BOOKING} 건은 {:BANK} {ACCOUNT} 계좌로 {~DATE}에 환불 "
        "처리되었습니다. 추가 문의는 {~OP_PHONE}로 부탁드립니다.\n상담원 {PERSON} 드림",
        "{PERSON=a} 고객님, 요청하신 배송지({ADDRESS})로 경품이 발송되었습니다. "
        "운송장 {~TRACKING}. {GIVEN@a} 고객님 좋은 하루 되세요.",
    ],
    "id_check": [
        "청불 영화 입장할 때 신분증 검사하잖아요. 제가 면허증({DRIVER_LICENSE}) 보여드렸는데 직원분이 "
        "번호를 적어가셨어요. 왜 적는 거죠? 회원번호는 {~MASKED_NUM}입니다.",
        "모바일 운전면허 {DRIVER_LICENSE} 로 인증 안되나요? {~VERSION} 앱에서 계속 튕김",
        "외국인 관람객인데 passport no {PASSPORT} 로 회원가입 가능한가요? 외국인등록증은 아직 발급 전이에요.",
        "여권번호 {PASSPORT}, 영문이름 {PERSON}. 해외카드 {CARD} 결제가 거절됩니다",
        "어린이 할인 받으려고 아이 주민번호 {RRN} 넣었는데 성인으로 결제됨;; 환불해주세요",
    ],
    "security_log": [
        "[보안] {~DATE} {~TIME} 관리자 페이지 로그인 실패 5회 - 접속IP {IP}, 시도 계정 {EMAIL}",
        "접속 기록 확인 요청드립니다. 제 계정에 {IP} 랑 {IP} 에서 로그인 됐다고 뜨는데 전 {~REGION} 살아요",
        "부정결제 의심: 동일 카드 {CARD} / {CARD} 가 IP {IP}에서 {~TIME}부터 10분 내에 연속 승인",
    ],
    "membership_form": [
        "성명 {PERSON} / 주민등록번호 {RRN} / 자택 {ADDRESS} / 휴대전화 {PHONE}",
        "VIP 등급 신청서\n성함: {PERSON}\n외국인등록번호: {FRN}\n운전면허번호: {DRIVER_LICENSE}\n"
        "연락처 {PHONE}",
        "법인카드 등록: {CARD} (유효기간 {~DATE}) / 담당 {EMAIL}",
    ],
    "no_cue": [
        "{FIRST} 오늘 못 온대 ㅋㅋ 표 남는데 누구 올 사람",
        "{PERSON} 진짜 너무하네 팝콘 다 먹고 감",
        "{FRN} 이거 맞는지 확인좀요 등록증 글씨가 흐려서",
        "{DRIVER_LICENSE}\n{PERSON}\n{PHONE}",
        "{ACCOUNT} 여기로 보내 ㅇㅇ",
    ],
    "formal_letter": [
        "존경하는 고객센터 담당자님께\n\n저는 {~REGION}에 거주하는 회원 {PERSON=a}입니다. {~DATE} "
        "{~THEATRE}에서 어머니 {PERSON}님과 {~TITLE|을를} 관람하던 중 어머니께서 계단에서 넘어지셨습니다. "
        "치료비 영수증을 보내드리오니 보험 처리 부탁드립니다. 회신은 {EMAIL} 또는 {PHONE}로 "
        "주시면 감사하겠습니다.\n\n{NAME@a} 올림",
        "제목: 외국인 회원 본인확인 관련\n\n안녕하십니까. 저는 {~REGION}에서 유학 중인 {PERSON=a}라고 "
        "합니다. 외국인등록번호 {FRN}로 가입이 되지 않아 여권번호 {PASSPORT}로 대신 확인 가능한지 "
        "문의드립니다. {GIVEN@a} 드림",
    ],
    "obfuscated": [
        "번호 올리면 지워져서 ㅋㅋ {PHONE} ← 띄어쓰기 해서 씀. 메일은 {EMAIL}",
        "연락 주실 분 {EMAIL} 로 주세여 (스팸땜에 골뱅이 바꿔씀) - {FIRST}",
        "계좌 알려드림 {:BANK} {ACCOUNT} 입금자명 꼭 {PERSON} 으로 해주세요",
    ],
    "family_kids": [
        "초등학생 아들 {PERSON=a} 생일파티로 {~TITLE} 단체관람 예약했어요. {GIVEN@a|이} 친구들 명단: "
        "{FIRST}, {FIRST}, {PERSON}, {PERSON}. 보호자 연락처 {PHONE}",
        "{FIRST}쌤이랑 반 애들 데리고 {~TITLE} 보러 가요~ 학교 대표번호 말고 제 폰 {PHONE}로 연락 주세요",
        "할머니({PERSON})가 키오스크 쓰기 어려워하셔서요, 전화예매 되나요? 할머니 폰 {PHONE}, "
        "결제는 제 카드 {CARD}로요",
        "조카 {FIRST|이가} 엘사 보고 싶대서 {~TITLE} 예매했는데 {~SEAT} 너무 앞인가요?",
    ],
    "staff_dm": [
        "야간조 {PERSON=a}씨 내일 대타 가능? 안되면 {PERSON}님한테 물어볼게요. {GIVEN@a}씨 답장좀 -점장",
        "점장님 {PERSON=a}입니다. 월급 계좌 바꿨어요 {:BANK} {ACCOUNT} 로 부탁드려요. "
        "그리고 {PERSON}씨 연락처 {PHONE} 전달드립니다",
        "{PERSON=a} 매니저님께서 어제 {~SEAT} 고객님 분실물 처리해주셨어요. {NAME@a} 매니저님 "
        "감사합니다 (내선 말고 개인폰 {PHONE})",
    ],
    "foreign_member": [
        "Hello, I'm {PERSON=a} from the exchange program. My ARC number is {FRN}. "
        "Can I get the student discount? My phone: {PHONE}",
        "{PERSON=a}씨가 한국어가 서툴러서 제가 대신 씁니다. {GIVEN@a}씨 여권번호 {PASSPORT}, "
        "숙소 주소 {ADDRESS}. 분실한 가방 찾으면 연락 부탁드려요",
        "안녕하세요 저 {PERSON|이에요}. 베트남 사람이에요. 외국인등록번호 {FRN} 이고 통장 {:BANK} {ACCOUNT}로 환불 원해요",
    ],
    "payment_issue": [
        "카드 {CARD} 유효기간 {~DATE}로 결제가 안돼요ㅠ 다른 카드 {CARD}도 거절. 앱 {~VERSION}",
        "환불 계좌 {:BANK} {ACCOUNT} 입니다 (본인명의). 예매번호 {~BOOKING}, 금액 {~PRICE}",
        "주민번호 뒷자리까지 {RRN} 이렇게 다 적어야 돼요?? 좀 무섭네",
        "제 아이피 {IP} 차단 풀어주세요. 공용 와이파이 아니고 집이에요",
        "면허증 {DRIVER_LICENSE} 로 성인인증 했는데 {~TITLE} 예매가 안 됩니다",
        "passport: {PASSPORT} / exp {~DATE} / nationality: PH",
        "메일 {EMAIL} / 폰 {PHONE} / 집 {ADDRESS}",
        "굿즈 배송지 {ADDRESS} 로 변경해주세요. 운송장 {~TRACKING} 아직 출고 전이죠?",
    ],
    "bare_contact": [
        "연락처 남겨요 {PHONE}\n급하면 문자",
        "{EMAIL} 으로 영수증 재발송 부탁드립니다. 예매번호 {~BOOKING}",
        "외국인등록증 번호 {FRN} 인데 가입 버튼이 회색이에요",
        "주민번호 {RRN} 넣으면 '이미 가입된 회원'이라고 떠요. 가입한 적 없는데 도용 아닌가요?",
        "청소년 관람불가라 아이 주민번호 확인한대서요. 앞자리만 되나요? 전체는 {RRN} 입니다",
        "{RRN}\n{RRN}\n위 두 사람 가족 할인 묶어주세요 (연락 {PHONE})",
        "등록증 재발급 받아서 번호가 {FRN}에서 {FRN}로 바뀌었어요. 회원정보 수정 부탁드려요",
        "제 카드번호 {CARD} 인데 포인트 적립이 안 됐어요. 적립카드 번호는 {~COUPON} 이고요",
        "입금했어요!! {:BANK}에서 {ACCOUNT}로 {~PRICE} 보냈습니다",
        "집 공유기 IP가 {IP}인데 예매 페이지만 차단돼요. 회사({IP})에선 됩니다",
        "서버 로그 보니까 {IP} 에서 {~TIME}부터 한 시간 동안 새로고침 무한반복 ㅋㅋ 매크로 아님?",
        "아이 여권 {PASSPORT} 로 외국인 회원 가입 가능한가요? 부모 연락처 {PHONE}",
        "운전면허 번호 {DRIVER_LICENSE}, 면허 갱신일 {~DATE} 맞는지 확인좀 해주세요",
    ],
    "qa_thread": [
        "Q. 환불 계좌 {:BANK} {ACCOUNT} 로 부탁드려요 (예금주 {PERSON})\n"
        "A. 안녕하세요 고객님, 등록하신 {~MASKED_NUM} 계좌로 {~DATE} 환불 처리되었습니다.",
        "Q. 제 번호가 {PHONE}로 바뀌었는데 예매 문자가 옛날 번호 {PHONE}로 가요\n"
        "A. 고객님, 현재 등록된 번호는 {~MASKED_NUM}입니다. 앱 {~VERSION}에서 직접 수정 부탁드립니다.",
        "Q. {PERSON=a} 명의 카드 {CARD} 로 결제했는데 영수증에 다른 이름이 찍혀요\n"
        "A. {~MASKED_NAME} 고객님, 영수증 재발행은 {~OP_PHONE}로 요청해 주세요.\n"
        "Q. 아니 {GIVEN@a|은는} 제 {:REL}인데요;;",
    ],
    "kakao_export": [
        "[{PERSON=a}] [오후 7:12] 나 도착 {~THEATRE} 1층\n[{PERSON=b}] [오후 7:13] ㅇㅋ 표 뽑는중\n"
        "[{NAME@a}] [오후 7:13] {GIVEN@b|아야} 내꺼 {~SEAT}이지?\n[{NAME@b}] [오후 7:14] ㅇㅇ 돈 {:BANK} {ACCOUNT}로",
        "--------------- {~DATE} ---------------\n[{PERSON=a}] [오전 11:02] 우리 집 {ADDRESS}로 와\n"
        "[{~HANDLE}] [오전 11:03] ㅇㅋ\n[{NAME@a}] [오전 11:03] 공동현관 비번은 문자로 보낼게 {PHONE}",
    ],
    "essay": [
        "[사연 이벤트 응모] 제 인생영화 이야기\n\n고등학교 때 단짝 {PERSON=a|이랑} 처음 본 영화가 {~TITLE|이었}어요. "
        "그때 {GIVEN@a|은는} {~PUBLIC_FIGURE} 팬이라 포스터를 방에 붙여놓고 살았죠. 졸업하고 {GIVEN@a|이가} "
        "{~REGION|으로} 이사 가면서 연락이 끊겼는데, 작년에 {~THEATRE}에서 우연히 다시 만났어요. 같은 영화 "
        "재개봉 회차, 심지어 옆자리({~SEAT})였어요! 그날 이후로 매달 같이 영화 봐요. 이번 {~TITLE} 시사회에 "
        "{NAME@a|과와} 꼭 같이 가고 싶습니다.\n\n응모자: {PERSON} / {PHONE} / {EMAIL}",
        "저희 아버지 {PERSON=a} 씨는 영사기사로 30년을 일하셨어요. {~TITLE} 필름을 돌리던 손으로 저를 키우셨죠. "
        "요즘은 디지털이라 아버지가 할 일이 없다며 서운해 하세요. 아버지 칠순 기념으로 {~THEATRE} 대관을 "
        "알아보고 있습니다. 견적은 {EMAIL}로, 급한 건 {PHONE}로 부탁드립니다. 주소는 {ADDRESS}입니다. "
        "{GIVEN@a} 씨가 아니라 '{NAME@a} 기사님'으로 불러주시면 아버지가 좋아하실 거예요.",
    ],
    "sns": [
        "#영화스타그램 #{~TITLE} 오늘 {PERSON=a}랑 데이트❤️ {GIVEN@a} 생일축하해 {~SEAT} 명당",
        "DM 주세요 {EMAIL} 아님 {PHONE} (문자만)",
    ],
}

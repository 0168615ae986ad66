"""test6: sentence frames with personal data, by the channel a cinema site receives them on.

Placeholders: upper case is personal data (labelled), lower case a hard negative (labelled
as a negative), ``{bank}``/``{branch}``/``{e}``/``{ㅋ}`` plain filler. ``{NAME#a}`` repeats the
same value wherever ``#a`` recurs in one post.
"""

from __future__ import annotations

REVIEW = [
    "{KNAME}이랑 {KNAME}이랑 셋이서 {film} 봤는데 {seat} 자리 명당이더라 {e}",
    "{KNAME2}랑 조조로 {film} 보고옴ㅋㅋ {price} 아깝지 않았음",
    "{NAME#a} 생일이라 {film} 예매해줬는데 {NAME#a} 울면서 나옴ㅠㅠ {public} 연기 미쳤다",
    "어제 {time} 회차 {film} 같이 본 {KNAME}, {KNAME}, {KNAME2} 다들 [[정말]] 재밌었대요",
    "{INAME} 이 친구가 추천해서 본 영화! {public} 감독 팬 됨 {e}",
    "{SNAME} 선배가 {film} 꼭 보라고 해서 {date}에 봄. {seat} 추천합니다",
    "{RNAME} (교환학생 친구) 랑 {film} 봤어요 자막판 {time}",
    "같이 본 {FNAME} 언니가 {public} 너무 좋아함ㅋㅋ {e}",
    "{KNAME} {KNAME} 커플석 후기: {seat}~{seat} 팔걸이 올라가서 좋아요 {price}",
    "우리 {KNAME2#a}이가 {film} 보자캐서 갔다 아이가. {KNAME2#a}이 팝콘 다 묵드라 {e}",
    "{KNAME#a} 님이 나눔해주신 {film} 포스터 잘 받았어요!! {KNAME#a} 님 복 받으실 거예요🙏",
    "같이간 {NAME}, {NAME} 둘다 {public} 팬이라 {time} 회차 끝나고 또 봄ㅋㅋ",
    "[[이번]] {film} [[조조]] {KNAME} 선생님이랑 봄 [[강추]]",
    "{KNAME}쌤 [[진짜]] 고마워요ㅠ 표 [[대신]] 끊어주셔서 {e}",
    "{KNAME} 과장님 [[팀]] 회식으로 {film} 단체관람 ㄱㅅㄱㅅ",
    "ㅊㅋㅊㅋ {KNAME2}아 [[생일]] [[축하]]해 {film} 내가 쏨",
    "{NAME} [[형]]이 [[김밥]] 사옴 ㄹㅇ [[최고]]",
    "{NAME} 덕분에 {film} 재관람 [[드디어]] 성공! 다음엔 {KNAME2}도 데려가야지",
]
BOARD = [
    "[분실물] {date} {time} {branch} 3관에서 지갑 주웠어요. 신분증에 {KNAME} / {RRN} 적혀있습니다. 데스크에 맡김",
    "[나눔] {film} 굿즈 남는거 드려요. 쪽지 말고 {PHONE} 문자주세요 {e}",
    "[양도] {date} {film} {seat} 1장 {price}에 양도합니다. 입금 {bank} {ACCT} 예금주 {KNAME}",
    "오늘 {branch}에서 시끄럽게 통화하던 {KNAME} 씨 (명찰 봤음) 진짜 [[황당]]한 민폐",
    "동네 영화 모임 멤버 구해요~ 연락은 {EMAIL} 또는 카톡 말고 {PHONEX}",
    "{NAME} 님 지난번 빌려간 우산 {branch} 분실물 센터에 있대요 ㅎㅎ",
    "[구인] 영화 번역 스터디 {LNAME} 선생님 주관, 신청은 {EMAILX}",
    "이 사람 조심하세요 {KNAME} {PHONE} 티켓 사기범입니다. 계좌 {bank} {ACCT}",
    "{film} 시사회 같이 가실 분~ {date} {time} 이에요 연락처 {PHONE}",
    "스포주의) {public} 나오는 장면에서 옆자리 {KNAME2}가 소리지름ㅋㅋㅋ",
]
INQUIRY = [
    "안녕하세요. 예매번호 {booking} 건 환불 부탁드립니다. 예금주 {KNAME}, {bank} {ACCT} 입니다.",
    "문의드립니다. 회원정보의 생년월일이 틀려서요 주민번호 {RRN} 기준으로 고쳐주세요. 이름은 {KNAME}입니다",
    "외국인 회원인데요 본인인증이 안됩니다. 외국인등록번호 {FRN}, 이름 {FNAME} ({LNAME})",
    "{KNAME}입니다. 주문번호 {order} 굿즈 배송지 변경 요청드려요. 새 주소: {ADDR}",
    "안녕하세요 {KNAME} 고객입니다. 카드 {CARD}로 두번 결제됐어요 승인번호 {approval} 확인바랍니다",
    "아이 대신 제가 예매했어요. 보호자 {KNAME}, 연락처 {PHONE}, 아이 이름 {KNAME2}",
    "영수증 이메일을 {EMAIL}로 다시 보내주실 수 있나요? 예매번호 {booking}",
    "회원탈퇴 했는데 다시 가입이 안돼요. 예전 아이디 메일이 {EMAILX} 였어요",
    "여권으로 나이 확인 가능한가요? 여권번호 {PASSPORT} 이고 이름은 {RNAME} 입니다",
    "운전면허증으로 청불 영화 입장했는데 직원분이 번호 {LICENCE} 를 적어가셨어요. 왜 적는거죠?",
    "앱 로그인 기록에 모르는 IP {IP} 가 찍혀 있어요. 제 계정 {KNAME} 확인 부탁합니다",
    "경품 주소 정정합니다 {LOT} 받는 사람 {KNAME}",
    "안녕하세요~ {SNAME}입니다ㅎㅎ 쿠폰 {coupon} 등록이 안돼요 {e}",
    "결제한 카드가 {CARD} 인데 {date} 관람분만 부분취소 되나요? 주문 {order}",
    "청불 관람 신분확인 때 면허번호 {LICENCE} 알려드렸는데 기록 삭제 요청합니다",
    "해외에서 로그인 시도 알림이 왔어요 ({IP}, {date} {time}). 저는 {KNAME}이고 한국에 있어요",
    "{KNAME#a} 고객님 답변 부탁드려요~ {KNAME#a} 본인 맞고 번호는 {PHONE} 입니다",
    "가족 예매 문의) 어머니 {KNAME}, 아버지 {KNAME}, 동생 {KNAME2} 이렇게 셋 {seat}부터 연석 되나요",
    "택배 송장 {delivery} 조회가 안돼요. 받는분 {NAME} 주소는 {ROAD}",
]
CHAT = [
    "[상담원] 안녕하세요 {branch}입니다.\n[고객] 예매한 사람 {KNAME}이고 번호는 {PHONE}이에요\n[상담원] 네 확인해보겠습니다",
    "고객: 제 메일 {EMAILX} 로 보내주세요\n상담사: 네, 고객센터 {operator}로도 문의 가능합니다",
    "상담원 {KNAME2}: 어떤 도움이 필요하세요?\n고객: 결제 취소요 카드끝번호 말고 전체 {CARD}",
    "> {NAME}: 아까 통화한 사람인데요\n> 상담원: 네 고객님 {booking} 확인됩니다",
    "[{time}] 고객 {KNAME} 입장 / 연락처 {PHONEX} / 문의: {film} 환불",
    "user: my name is {LNAME}, passport {PASSPORT}\nagent: 감사합니다 {date} 예매 확인됐습니다",
    "고객님 성함 확인 부탁드립니다 → {RNAME}\n예약번호 {booking} 좌석 {seat}",
]
EVENT = [
    "[이벤트 응모] 이름: {KNAME} / 연락처: {PHONE} / 주소: {ADDR}",
    "{film} 무대인사 응모합니다! {KNAME} {PHONE} {e}{e}",
    "응모자 {NAME} / {EMAIL} / 관람일 {date} / 좌석 {seat}",
    "당첨자 발표: {KNAME}, {KNAME}, {KNAME2}, {FNAME} 님 축하드립니다",
    "- 성명 : {INAME}\n- 휴대폰 : {PHONE}\n- 배송지 : {ROAD}",
    "경품 받을 주소 {LOT} 입니다~ 이름 {KNAME2} 전화 {PHONE}",
]
STAFF = [
    "[인수인계] {date} {time} {branch} 4관 {KNAME} 고객 민원. 연락처 {PHONE}. 팀장님 확인 요망",
    "메모: 분실물 신분증 주인 {KNAME} ({RRN}) 본인 확인 후 반환 완료",
    "야간조 {KNAME2}→{KNAME2} 교대. 매점 정산 {price} 차이, {SNAME} 매니저 보고함",
    "VIP 고객 {KNAME} 님 생일쿠폰 {coupon} 발급. 주소 {ADDR}로 DM 발송",
    "CCTV 요청 건: 경찰 측 담당 {KNAME} 경위, {PHONE}. 접속 IP {IP}",
    "부정결제 의심: 접속 {IP} / 카드 {CARD} / 회원 {KNAME} ({EMAIL}). 보안팀 이관",
    "주차 등록 차량 관련 운전면허 {LICENCE} (성명 {KNAME}) 확인, 주차권 {count}시간 지급",
    "{KNAME#a} 매니저 휴가, 대체 근무 {KNAME}. 급한 건은 {KNAME#a} 개인번호 {PHONE}",
    "외국인 단체 예매: 인솔자 {LNAME}, 여권 {PASSPORT}, {FNAME} 외 12명",
]
MESSENGER = [
    "ㅇㅇ {KNAME2}한테 물어봄 번호 {PHONE} 이래",
    "야 {NAME#a} 티켓 내가 삼 ㅋ {NAME#a} 이따 돈보내라 {bank} {ACCT}",
    "ㄱㄱ {time} {film} {seat}{seat} 잡음 ㅋㅋ {KNAME2} 늦지마",
    "엄마 나 {branch}임 {KNAME} 이모 번호 {PHONEX} 맞지?",
    "{KNAME} 씨 메일 주소 {EMAILX} 라는데 맞나요",
    "ㅇㅈ? {KNAME2}이형 [[오늘]] {time} ㄱ? ㅂㅂ",
    "[[전화]] 안받네 {KNAME} 언니 {PHONE} 이거 맞아? ㄹㅇ 급함",
    "{KNAME2}님 [[입금]] 확인요~ {bank} {ACCT} 예금주 {KNAME2}",
    "[카톡 복사] {SNAME}: 나 도착 / {KNAME2}: 어디 / {SNAME}: {seat} 앞",
    "{NAME#a}야 {NAME#a}야 어디냐ㅋㅋㅋ {time} 시작이다 {e}",
    "ㅇㅇ 주민번호 {RRN} 그거 맞음 엄마꺼임 {KNAME}",
    "우리 {KNAME2} 선생님 메일 {EMAIL} ㅇㅇ 이거로 보내",
    "오빠 계좌 {bank} {ACCT} {KNAME} 로 {price} 보내줘",
    "ip {IP} 이거 우리집 공유기임ㅋㅋ 접속차단 풀어주셈",
    "ㅋㅋㅋ {RNAME} 이름 영어로 예매함 여권이름이랑 같아야 한대서",
]
LETTER = [
    "수신: {branch} 고객센터\n발신: {KNAME}\n제목: 환불 요청\n본인은 {date} {film} 관람 중 불편을 겪어 환불을 요청합니다. 연락처 {PHONE}, 주소 {ADDR}.",
    "귀사의 무궁한 발전을 기원합니다. 저는 {LOT}에 거주하는 {KNAME}입니다. 회신은 {EMAIL}로 부탁드립니다.",
    "내용증명\n성명: {KNAME} (주민등록번호 {RRN})\n주소: {ROAD}\n위 사람은 아래와 같이 통지합니다.",
    "To whom it may concern,\nI am {LNAME} (passport no. {PASSPORT}, ARC {FRN}). Please refund booking {booking}. Contact: {EMAILX}",
    "정정 신청서\n신청인: {SNAME}\n생년월일 및 주민등록번호: {RRN}\n운전면허번호: {LICENCE}\n연락처: {PHONE}",
    "담당자님께, {date} 발생한 결제 오류 관련하여 카드번호 {CARD}, 승인번호 {approval}을 첨부합니다. {LNAME} 드림",
]
OPENING = [
    "{KNAME} 입니다 {date} 예매 취소 가능할까요",
    "{KNAME2}예요! {film} 최고였어요 {e}",
    "{RNAME} here, 예매 {booking} 좌석 변경 부탁드려요",
    "{FNAME} 입니다. 한국어 잘 못해요. 전화 {PHONE}",
    "{KNAME}\n{PHONE}\n{ADDR}\n위 주소로 경품 보내주세요",
    "{RNAME}\n예매 {booking} 취소요",
    "{KNAME2}ㅋㅋ 나야 나 {e} {film} 보러가자",
    "{INAME}: 환불 문의",
]
GROUPS = {"review": REVIEW, "board": BOARD, "inquiry": INQUIRY, "chat": CHAT, "event": EVENT,
          "staff": STAFF, "messenger": MESSENGER, "letter": LETTER, "opening": OPENING}

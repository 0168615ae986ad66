"""test12's letter, message and noisy styles (P11.2): forwarded e-mails and formal letters,
SMS, family posts with kin words glued to names, event entries, dialect, English mixed in,
and a typo style (its unlabelled text is garbled afterwards by ``t12_noise``).

Each style is ``(joiner, personal templates, clean templates)``, as in ``t12_styles_a``."""

from __future__ import annotations

LETTER = ("\n", [
    "---------- Forwarded message ----------\nFrom: {N1} <{EMAIL}>\nDate: {DATE} {TIME}\nTo: 마키 고객센터 <{OPMAIL}>",
    "존경하는 마키 관계자님께,\n저는 {ADDRP}에 사는 {N1}입니다.",
    "{N1} 드림",
    "{A1} 올림",
    "회신은 {PHONE} 또는 {EMAIL}로 부탁드립니다.",
    "보내는 사람: {N1} ({ADDR})",
    "-----Original Message-----\nFrom: \"{N1}\" <{EMAIL}>\nSubject: 단체관람 문의",
    "참조: {N2} 팀장님, {N3} 대리님",
    "첨부: 여권 사본 ({N1}, {PASS})",
    "보낸 사람: {N1} <{EMAIL}>\n받는 사람: {CINEMA} 단체관람 담당\n제목: Fw: 견적 재문의",
    "Sent from my iPhone\n\n> {DATE}, {N1} <{EMAIL}> 작성:",
    "(우편) {ADDR}\n{N1} 귀하",
    "서버 접근 로그 첨부: {IP} ({DATE} {TIME}) — 담당 {N1}",
], [
    "---------- Forwarded message ----------\nFrom: 마키 이벤트팀 <{OPMAIL}>\nDate: {DATE} {TIME}",
    "안녕하십니까. {CINEMA} 단체관람 건으로 연락드립니다.",
    "관람 희망일은 {DATE}, 인원은 {NUM}0명, 작품은 {FILM}입니다.",
    "마키 고객센터 드림",
    "세금계산서는 사업자번호 {BIZNO}로 발행 부탁드립니다.",
    "문의: {OPPHONE} / {OPMAIL}",
    "[[성인|surname_word]] {NUM}0명 기준 견적 {PRICE}으로 받았습니다.",
    "보내는 곳: {CINEMA} ({CADDR})",
    "보낸 사람: 마키 제휴팀 <{OPMAIL}>\n받는 사람: {CINEMA} 단체관람 담당\n제목: Fw: 견적 재문의",
    "Sent from my iPhone\n\n> {DATE}, 마키 고객센터 <{OPMAIL}> 작성:",
    "(우편) {OPADDR}\n마키 고객센터 귀중",
])

SMS = ("\n", [
    "[Web발신] {N1}님 {CINEMA} {FILM} 예매완료. {DATE} {TIME} {SEAT}",
    "[Web발신] {N1}님, 당첨 경품은 {ADDR}로 발송됩니다",
    "{G1|아/야} 나 폰 고장나서 이 번호로 연락해 {PHONE}",
    "엄마 나 {G1} 친구 폰으로 보내 ㅠ {BANK} {ACCT}로 {PRICE}만 보내줘",
    "[국외발신] {N1} 고객님 카드({CARD}) 결제 승인 {PRICE}",
    "(광고) {N1}님 생일 축하 쿠폰 {COUPON} 도착!",
    "[발신번호 {PHONE}] 나 {G2}인데 오늘 영화 취소해야 할 듯",
    "{N1}\n[{TIME}] 표 두 장 샀어, 늦지 마",
    "주민번호 {RRN} 보내줄게 대신 예매 좀 ㅠ",
    "[Web발신] {N1}님의 마키 인증번호는 [{NUM}{NUM}{NUM}{NUM}]입니다",
    "택배 기사님 {PHONE}: {ADDRP} 문 앞에 두고 갑니다",
    "[Web발신] 카드 {CARD} 승인 {PRICE} {CINEMA} 일시불",
], [
    "[Web발신] [마키] {CINEMA} {FILM} 예매완료. 예매번호 {BOOK} {SEAT}",
    "[Web발신] 인증번호 [{NUM}{NUM}{NUM}{NUM}{NUM}{NUM}]를 입력해 주세요",
    "(광고) 마키 {DATE} [[반값|surname_word]] 데이! 수신거부 [[080-870-2741|business_phone]]",
    "[Web발신] 주문 {ORDER} 상품이 발송되었습니다. 운송장 {TRACK}",
    "[마키] {TICKET} 모바일 티켓이 도착했어요",
    "[Web발신] {FILM} 관람 후기 남기면 {PRICE} 쿠폰 증정",
    "[발신번호 {CPHONE}] {CINEMA}입니다. 오늘 {TIME} 회차 상영이 지연됩니다",
    "[Web발신] 고객님의 마키 인증번호는 [{NUM}{NUM}{NUM}{NUM}]입니다",
    "[택배] 주문하신 {FILM} 굿즈 문 앞에 두고 갑니다. 운송장 {TRACK}",
    "[Web발신] [[신한카드|brand]] 승인 {PRICE} {CINEMA} 일시불",
])

FAMILY = (" ", [
    "우리 딸 {K1|ㅇ}가 {CHAR} 보고 싶다고 노래를 불러서 {FILM} 보고 왔어요",
    "조카 {K1|ㅇ}랑 {K2|ㅇ} 데리고 {CINEMA} 다녀왔어요",
    "아들내미 {K1|ㅇ}는 무서워서 중간에 나감 ㅋㅋ",
    "손녀 {K1|ㅇ} 생일이라 {FILM} 예매해 줬어요. 할머니 {A2|이/가} 씀",
    "{K1} 엄마예요! 어린이집 같은 반 {K2} 어머님 연락처 {PHONE} 맞나요?",
    "둘째 {N1} 여권 {PASS} 만료돼서 가족 여행 대신 영화나 보자 했네요",
    "시어머니 {A1}님이랑 남편 {A2}, 막내 {K3|ㅇ}까지 넷이 봤어요",
    "우리 {K1|ㅇ} 반 친구 {K2|ㅇ} 생일파티를 {CINEMA}에서 했어요. {K1|ㅇ}가 제일 신남",
    "아들 {K1|ㅇ} 주민번호 {RRN}로 가입했는데 괜찮나요?",
    "동생 {K1|ㅇ}랑 울엄마 {A2}여사님 모시고 {FILM} 봤어요",
    "외손주 {K1|ㅇ} 데리고 {CINEMA} 갔다가 {K1|ㅇ}네 엄마({A2})한테 혼남 ㅎㅎ",
    "큰애 {K1}, 작은애 {K2} 둘 다 {CHAR} 인형 사달라고 난리",
    "남편 카드 {CARD}로 가족 넷 예매 완료 ㅋㅋ {K1|ㅇ}가 제일 신남",
], [
    "우리 딸이 {CHAR} 보고 펑펑 울었어요. {FILM} 가족 영화로 추천",
    "아이랑 보기 좋은 영화 추천해 주세요. {FILM} 전체관람가 맞죠?",
    "[[하늘|name_word]]색 원피스 입고 {CHAR} 코스프레 하고 갔어요 ㅋㅋ",
    "유아 할인 {PRICE}, 키즈관 좌석 {SEAT} 좋아요",
    "{CINEMA} 수유실은 {NUM}층 엘리베이터 옆이에요",
    "[[다솜|name_word]] 어린이 영화제 프로그램 나왔네요. {NFILM}도 상영해요",
    "막내가 {ACTOR} 배우 팬이라 사인회 {DATE} 줄 섰어요",
    "조카 데리고 {CINEMA} 다녀왔어요. [[가람|name_word]]이라는 강 이름이 나오는 장면에서 좋아하더라고요",
    "외손주 데리고 {CINEMA} 갔다가 딸한테 혼남 ㅎㅎ 팝콘을 너무 많이 먹였다고",
    "큰애, 작은애 둘 다 {CHAR} 인형 사달라고 난리. 굿즈 {PRICE}",
])

EVENT = ("\n", [
    "응모합니다!\n이름: {N1}\n연락처: {PHONE}\n주소: {ADDR}",
    "댓글 이벤트 참여해요 🙋 {EMAIL}",
    "당첨자 발표: {N1} 님 외 {NUM}명 축하드립니다",
    "경품 수령인 {N1}, 배송지 {ADDRP}",
    "함께 가고 싶은 사람: {G1|ㅇ}! 맨날 {ACTOR} 얘기만 하는 친구예요",
    "@{HANDLE} 태그합니다 (본명 {N1})",
    "인증샷 올려요 {N1} / {PHONE}",
    "본인 확인: {N1} {RRN}",
    "성인 인증 완료했어요 (운전면허 {DL})",
    "사연 응모: 제 단짝 {N1|이랑/랑} 10년째 {FILM} 같이 봐요. {G1|아/야} 고마워!",
    "1. {N1}\n2. {N2}\n3. {N3}\n(당첨자 명단, 가나다순)",
    "결제 카드 {CARD} 로 응모 완료 ({N1})",
], [
    "응모합니다! 쿠폰 {COUPON} 등록 완료했어요",
    "당첨자는 {DATE}에 공지사항으로 발표합니다. 문의 {OPMAIL}",
    "이벤트 예시) 이름·연락처: {FORM}",
    "@{HANDLE} @{HANDLE} 같이 가자 {FILM} 무대인사!",
    "{ACTOR} 무대인사 {DATE} {CINEMA} {TIME} 회차 응모합니다",
    "당첨자: {MASK} 님 외 {NUM}명",
    "[[나래|name_word]] 펼쳐라 이벤트! 관람권 {NUM}매 증정",
    "사연 응모: 10년째 {FILM} 같이 보는 단짝이 있어요. 고마워!",
    "1. {HANDLE}\n2. {HANDLE}\n3. {HANDLE}\n(당첨자 닉네임, 가나다순)",
])

DIALECT = (" ", [
    "아이고 {G1|아/야} 니 그 영화 봤나? {CINEMA} 가가 {N2|이랑/랑} 같이 봤데이",
    "우리 {K1|ㅇ} 고거 보고 울어삤다 아이가. {FILM} 억수로 슬프데이",
    "{N1} 그 양반 전화번호 {PHONE} 맞제?",
    "택배 여다 보내라 {ADDR}, 알긋제?",
    "{N1|이/가} 그러는디 {FILM} 겁나 재밌당께",
    "내 계좌 {BANK} {ACCT}로 부치믄 된다잉, {G1|아/야}",
    "{A1} 어르신이 {CINEMA} 표 끊어 주셨는디 을매나 고마운지 몰라",
    "면허증 {DL} 요거 맞나 함 봐도",
    "{G1|아/야}, 니 {K2|ㅇ} 돌잔치 {DATE}이제? 주소 {ADDR} 맞나",
    "행님 {N1} 씨가 표 다 끊어놨다 카이 {CINEMA}로 온나",
], [
    "{FILM} 억수로 재밌데이. {ACTOR} 연기 직이더라",
    "마 {CHAR} 나오는 데서 다 울었다 아이가",
    "{CINEMA} 팝콘 {PRICE}이믄 싸다 아이가",
    "{FILM} 겁나 재밌당께, 꼭 보드라고",
    "[[하늘|name_word]]이 꾸물꾸물한 게 영화 보기 딱 좋은 날이네예",
    "우짜노 {FILM} {DATE}에 내린다카네",
    "{STAR} 나오는 거 그거 머꼬, 와 잘생겼데이",
    "{AGIVEN|아/야} 니 와 이래 잘생깄노 {FILM} 또 보러 간데이",
    "행님이 표 다 끊어놨다 카이 {CINEMA}로 온나",
])

MIXED_EN = (" ", [
    "Hi, I'm {N1}, 교환학생이에요. My phone is {PHONE}, 연락 주세요!",
    "Lost my passport at {CINEMA} 😭 {PASS} / name {N1}",
    "FYI {N1} 씨 email은 {EMAIL} 이에요, cc 부탁",
    "ARC number {FRN} 로 membership 가입 안 돼요 help",
    "meet-up 장소 {ADDRP}, ping {G1} if late",
    "refund to {BANK} {ACCT} plz, account holder {N1}",
    "login from {IP} wasn't me!!",
    "my roommate {N1} lost her card {CARD} at the kiosk",
    "my driver's license {DL} got rejected at the kiosk",
    "passport no. {PASS} for the foreigner discount, name {N1}",
    "Please deliver to {ADDR}, recipient: {N1}",
    "contact: {N1} ({EMAIL}) — thx!",
    "my ARC {FRN} expired, can I still book?",
    "VPN off now, my IP is {IP}",
], [
    "{FILM} was sooo good, {ACTOR} acting 미쳤음 🔥",
    "Anyone going to {CINEMA} this weekend? {DATE} {TIME} show",
    "{STAR} fan meeting 언제예요?? {PLACE}에서 한대요",
    "booking no. {BOOK}, seat {SEAT}, totally fine now thx",
    "app {VER} crashes on payment page, pls fix",
    "ticket price {PRICE} is kinda steep ngl",
    "{CHAR} cosplay contest at {CINEMA} lol, {DIRECTOR} was there too",
    "venue: {CINEMA}, {CADDR} (near {PLACE})",
    "contact: {OPMAIL} or {OPPHONE} — thx!",
])

TYPO = (" ", [
    "어제 {N1|이랑/랑} {FILM} 봄ㅋㅋ 개꿀잼",
    "{G1} 번호 아는사람 {PHONE} 이거맞나",
    "친구 {N1} 메일 {EMAIL} 로 보내쥬ㅓ",
    "우리집 {ADDRP} 근처 영화관 추천좀",
    "{N1} {N2} 둘이 사귐 ㅋㅋㅋ 영화관에서 봄",
    "주민번호 {RRN} 입력하래서 햇는데 괜찮은거임?",
    "{N1} 선배가 표 쏨 {G1} 선배 최고",
    "면허번호 {DL} 맞음? 렌트하려는데",
    "{G1|ㅇ}ㅋㅋㅋ 또 지각 {N2} 도 지각",
    "계좌 {BANK} {ACCT} 보내삼 {N1}꺼임",
    "외국인등록번호 {FRN} 넣으라는데 왜안됨",
], [
    "{FILM} 개꿀잼 {ACTOR} 연기 미쳣음",
    "{CINEMA} 팝콘 맛잇음 {PRICE} 인정",
    "{CHAR} 너무 불쌍햇다 ㅠㅠ",
    "예매번호 {BOOK} 맞나요 취소햇는데",
    "[[장난|surname_word]] 아니고 {FILM} 세번봄",
    "{AGIVEN} 배우 최고 진심",
    "[[여름|name_word]] 개봉작 기대됨 {DATE}",
    "{AGIVEN|ㅇ} 오빠 최고 ㅠㅠ {FILM} 또봄",
    "[[누리|name_word]]호 발사 다큐 {CINEMA}에서 한대",
])

STYLES_B = {"letter": LETTER, "sms": SMS, "family": FAMILY, "event": EVENT, "dialect": DIALECT,
            "mixed_en": MIXED_EN, "typo": TYPO}

# Coming back to someone already named, with no cue (appended to some personal posts).
REPEATS = ["아 그리고 {G1}한테도 꼭 전해 주세요.", "{N1} 얘기는 여기까지!", "(+ {G1} 추가)",
           "나중에 {N1|이/가} 다시 연락한대요.", "{G1} 땡큐 ㅎㅎ"]

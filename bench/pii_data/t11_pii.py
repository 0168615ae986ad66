"""Personal sentence templates for test11 (P11.2): private people's names in every form and
the structured types in ordinary and odd layouts. Every value is invented (t11_values)."""

from __future__ import annotations

NAMES = [
    "{pn|이/가} 어제 {tnum} 같이 보자고 했는데 연락이 없네",
    "{pn}씨가 제 자리 {seat}에 앉아 계셨어요",
    "같이 간 사람: {pn}, {pn2}, {pn3}",
    "{pg|아/야} 표 내가 끊어놨어 ㅋㅋ {time}까지 와",
    "{pn} 고객님이 두고 가신 지갑 보관 중입니다",
    "우리 과 {pn} 진짜 {pub} 닮았음",
    "{pn|은/는} {fpub} 광팬이라 내한 때 공항까지 감",
    "분실물 찾아주신 {pn} 님 감사합니다. {pn}님 덕분에 살았어요",
    "{pn}, {pn2} 두 분 {date} 무대인사 당첨",
    "리뷰 이벤트 당첨자: {pn} / {pn2} / {mname}",
    "{pn|이랑/랑} {pn2|이/가} 싸워서 {char} 얘기만 하다 옴",
    "애 이름이 {pn}인데 {char}처럼 되고 싶대요",
    "{pn2} 선배가 추천해서 {tname} 봤어요",
    "{pg}한테 물어보니 {pg2|은/는} 못 온대",
    "Went with {pn} and {pn2} to the {tnum} screening",
    "{pn} 할머니 모시고 {theatre} 다녀왔습니다",
    "알바생 {pn} 불친절해요. 명찰에 {pn} 써 있었음",
]
CONTACT = [
    "{pn} 번호 {phone} 이에요. 양도 건은 여기로 문자 주세요",
    "연락처 {phone} (문자만)",
    "폰 바꿨어요 → {phoneodd}",
    "{pn2|이/가} 준 번호 {phone}로 전화했는데 안 받아요",
    "메일 {email}로 영수증 보내주세요",
    "제 메일은 {emailodd} 입니다 (스팸 때문에 이렇게 씀)",
    "{pn} ({email}, {phone})",
    "담당자분께 {phone} 남겨뒀고 {email}로도 보냈어요",
    "카톡 안 되면 {phoneodd} 로 연락 줘",
    "{pn}한테 연락하려면 {email} 아니면 {phone}",
]
IDS = [
    "주민번호 {rrn} 넣었는데 본인인증 실패해요",
    "외국인등록번호 {frn}로는 가입이 안 되나요? 이름은 {pn}입니다",
    "생년월일 확인용으로 {rrnodd} 보냅니다",
    "여권번호 {passport}로 해외카드 결제 인증했어요",
    "운전면허 {dl} 으로 성인 인증 했는데 거부됨",
    "{pn} / {rrn} / {phone}",
    "신분증 사본: {pn}, 면허번호 {dl}",
    "passport no. {passport}, name {pn}",
    "외국인 친구 {pn} 등록번호 {frn} 로 회원가입 대신 해줘도 되나요",
    "FRN {frn} / 연락처 {phone}",
    "{pn|이/가} 보내준 외국인등록증 번호: {frn}",
    "주민등록번호 뒷자리까지 다 적으라길래 {rrn} 적었어요",
    "아이 주민번호 {rrnodd} 로 청소년 요금 확인 부탁",
    "Passport {passport} (exp. {date})",
    "면허증 번호 {dl}, 성명 {pn} 로 청불 영화 입장 확인했습니다",
    "운전면허번호: {dl}\n여권번호: {passport}",
]
MONEY = [
    "카드 {card} 로 결제했는데 {price} 두 번 빠졌어요",
    "환불 계좌 {bank} {account} 예금주 {pn}",
    "{bank} {account}로 {price} 입금해주시면 양도할게요",
    "결제 카드 번호 {cardodd} 확인 부탁",
    "예매번호 {booking}, 카드 {card}, 명의 {pn}",
    "입금자명 {pn}, 계좌 {account} ({bank})",
    "환불은 {account} {bank} {pn} 앞으로 부탁드립니다",
    "{cardodd} 카드 분실했어요. {order} 결제 취소 부탁",
    "card {card} exp {date} — charged twice for {tnum}",
]
NET = [
    "제 접속 IP {ip} 인데 차단 풀어주세요",
    "로그인 기록에 {ip} 이 찍혀 있는데 제가 아니에요",
    "IP {ip}에서 제 계정으로 예매됨. 앱 {ver}",
    "{pn} 계정 접속 위치 {ip} 확인 바랍니다",
]
PLACES = [
    "경품 배송지 {addr} ({pn}, {phone})",
    "{pn}네 집 {addr}인데 거기서 {theatre} 가까움",
    "굿즈 주소 변경 → {addr}",
    "받는 분: {pn} / 주소: {addr} / 연락처: {phone}",
    "{addr} 사는 {pn|이/가} 같이 가재",
    "주소 {addr}, 운송장 {tracking} 아직 안 왔어요",
]
FORMS = [
    "이름: {pn}\n전화: {phone}\n메일: {email}",
    "{pn}({phone})",
    "{handle}(본명 {pn})님이 {tnum} 티켓 양도해 주셨어요",
    "성명 {pn} | 생년 {rrn} | 주소 {addr}",
    "수령인 {pn} ☎ {phoneodd}",
    "{pn} {pn2} {pn3} 세 명 예매 확인 부탁드립니다",
    "{pn2}: {phone}\n{pn3}: {phone}",
]
LIFE = [
    "김장하러 시골 갔다가 사촌 {pn} 만나서 {tnum} 같이 봄",
    "{pn} 어머님이 {theatre} 매표소에서 쓰러지셨는데 직원분이 도와주셨어요",
    "담임 {pn} 선생님이 반 전체 {tname} 단체관람 시켜주심",
    "My coworker {pn} looks exactly like {fpubl} lol",
    "{pn|이랑/랑} {pub} 무대인사 갔는데 {pg|이/가} 울었음",
    "직원 {pn}님 친절 칭찬합니다. 이름 꼭 전해주세요",
    "{handle} 님 실명이 {pn}이시더라고요. 양도 감사합니다",
    "분실물 주인 {pn} ({addr} 거주) 연락 바랍니다 {phone}",
    "제 동생 {pn} 생일이라 {tname} 예매했어요",
    "{pn2} 대리가 {pn} 과장한테 {email} 로 표 보냄",
]
SHORT = ["{pn} 연락좀", "{phone} 문자줘", "{pn}님 당첨!", "{email} 로 보내줘"]
ALL = NAMES * 2 + CONTACT * 2 + IDS * 2 + MONEY * 2 + NET * 2 + PLACES * 2 + FORMS + LIFE * 2

"""Frames with personal data for test5, by register. Keys are filled by t5_render.

Names mostly stand without a cue word (in running text, lists, as bare senders and
recipients, repeated after a first cued mention); contacts and identifiers appear in the
layouts people type, obfuscated ones included; most frames also carry hard negatives.
"""

from __future__ import annotations

import random


def _kakao(r: random.Random) -> str:
    """A messenger export: bare sender names in brackets, one or two of them repeated."""
    lines = ["{DATE} 대화 내용"]
    says = ["야 {MOVIE} 몇시꺼 예매함?", "{TIME} 거 {SEAT} 잡았어", "ㅇㅋ 나 {FOOD} 살게",
            "{THEATRE}에서 보자", "예매번호 {BOOK} 캡쳐해놔", "늦으면 먼저 들어가 있어",
            "ㅋㅋㅋ {ACTOR} 나오는 거 맞지?", "{PRICE} 송금했어", "주차 되나?", "ㅇㅇ 지하 3층",
            "내 번호 바뀜 {PHONE}", "쿠폰 {COUPON} 이거 써", "{FOOD} 사갈까"]
    who = ["{NAME#1}", "{NAME2#2}", "{RNAME#3}"][: r.randint(2, 3)]
    for _ in range(r.randint(3, 6)):
        lines.append(f"[{r.choice(who)}] [{{CLOCK}}] {r.choice(says)}")
    return "\n".join(lines)


def _roster(r: random.Random) -> str:
    """A CSV-like participant list: names without any cue word, some with contacts."""
    head = r.choice(["순번,이름,연락처,좌석", "no,name,phone,seat", "번호|성명|휴대폰|비고"])
    sep = "|" if "|" in head else ","
    rows = [head]
    keys = ["NAME", "SNAME", "RNAME", "NAME2", "FHAN", "ROM", "SNAME", "FLAT"]
    for i in range(1, r.randint(3, 7)):
        extra = r.choice(["{SEAT}", "{TIX}", "", "{FOOD}", "{PRICE}"])
        rows.append(sep.join([str(i), "{" + r.choice(keys) + "}", "{PHONE}", extra]))
    return "\n".join(rows)


def _plain_list(r: random.Random) -> str:
    """Names listed in running text with 이랑/랑 or commas, no title or cue."""
    keys = ["NAME", "NAME2", "RNAME", "SNAME", "SNAME"]
    picked = r.sample(keys, r.randint(2, 4))
    if r.random() < 0.5:
        body = "".join("{" + k + "|이랑|랑} " for k in picked[:-1]) + "{" + picked[-1] + "|이|가}"
        return f"어제 {body} 같이 {{MOVIE}} 봤는데 {{SCREEN}} 사운드 미쳤음 ㅋㅋ"
    body = ", ".join("{" + k + "}" for k in picked)
    return f"{{DATE}} 단체관람 명단: {body} (총 {{PPL}}) / 예매번호 {{BOOK}}"


TEEN = [
    "{NAME|이랑|랑} 봄 #{MOVIE} #{WORD} #{WORD}",
    "디엠 말고 메일로 보내 {XMAIL} ㄱㄱ {ACTOR} 직캠 ㅋㅋ",
    "{SNAME} 오늘 못 온대 대신 {NAME2|이|가} 온다는데 {FOOD} 누가 삼?",
    "{RNAME|이랑|랑} 헤어짐.. {MOVIE} 혼자 봄 {~WORD:진짜} ㅠ",
    "{NAME} {NAME} {NAME2} 이렇게 셋이 {SEAT} 앉음 ㅋㅋ",
    "{SNAME} 진짜 웃김 {ACTOR} 성대모사 개잘함",
    "{FHAN} 우리 반 교환학생인데 {MOVIE} 처음 봤대 ㅋㅋ",
    "ㅋㅋㅋ {NAME|이랑|랑} {MOVIE} 보러 감 {SEAT} 개명당 ㄹㅇ",
    "{NAME2} 걔 {FOOD} 혼자 다 먹음 ㅡㅡ 담엔 {NAME2|이|가} 쏘기로 함",
    "{RNAME} 생일이라 {THEATRE} 감 {ACTOR} 실물 봤다는 애 있던데 진짜임?",
    "아 {SNAME} 폰 바꿨대 새 번호 {XPHONE} 저장해둬",
    "우리반 {NAME|은|는} {MOVIE} 세번 봄 ㅋㅋ 미쳤나봐 {~WORD:정말}",
    "{ROM} 이거 내 인스타 부계 이름임 ㅋ 팔로우 ㄱ",
    "{NAME#1|이랑|랑} 싸움 ㅠ 근데 {NAME#1|이|가} 먼저 {PRICE} 보내줌 화해각",
    "오늘 {TIME} {SCREEN}에서 {NAME2|이랑|랑} {NAME|이랑|랑} 셋이 봄 대기 {PPL} 줄었네",
    "{SNAME} 번호 아는 사람? {PHONE} 이거 맞나 ㅠ",
    "갠톡해 {XMAIL} 여기로 사진 보내줘 ㅎㅎ",
    _plain_list,
]

ELDERLY = [
    "{DATE}\n{THEATRE} 귀하\n지난번 친절에 감사드리며 떡을 조금 보냅니다.\n{RNAME} 드림",
    "{NAME#1}({PHONE#1}) 의 모친입니다. {NAME#1} 대신 문의드립니다. {PHONE#1} 로 연락 주십시오.",
    "반송된 우편물은 {LOT} 으로 다시 보내 주십시오. 받는 이 {NAME}, 전화 {PHONE}",
    "{NAME} 씨 댁 손자 {NAME2} 군이 표를 끊어 주었습니다. 고마운 일입니다.",
    "{DATE} {MOVIE} 단체 관람 명단을 보냅니다. {NAME}, {RNAME}, {NAME}, {SNAME}. 모두 {PPL} 입니다.",
    "아들 {NAME} 의 주민등록번호는 {RRN}, 제 것은 {RRN} 입니다. 장애인 할인을 받으려고 적습니다.",
    "저희 집 주소는 {LOT} 이고 전화는 {PHONE} 입니다. 표를 우편으로 받고 싶습니다.",
    "이사하여 주소를 바꿉니다. 전 주소 {LOT}, 새 주소 {ROAD}. {DATE}부터입니다.",
    "영감 {RNAME} 이 {DATE}에 세상을 떠났습니다. 회원 탈퇴를 부탁드립니다. 회원 아이디는 {EMAIL} 이었습니다.",
    "안녕하십니까. 저는 {LOT}에 사는 {NAME} 입니다. 손주와 {MOVIE} 를 보려 하는데 {SEAT} 자리가 괜찮은지요.",
    "{DATE} 예매한 표를 취소하고 싶습니다. 제 전화는 {PHONE} 이고 며느리 {NAME} 이름으로 되어 있습니다.",
    "영화관 직원분께 감사 인사드립니다. {DATE} {THEATRE}에서 지팡이를 두고 왔는데 {NAME2} 직원분이 찾아 주셨습니다. 복 받으세요.",
    "우편으로 받을 주소 적습니다. {ADDR} {NAME} 앞. 연락처 {PHONE}",
    "경로 우대가 되는지 묻습니다. 주민번호 {RRN} 입니다. 딸 {SNAME} 이가 대신 예매해 줍니다.",
    "{NAME#1} 할머니와 {NAME#2} 할아버지 부부 두 장 부탁드립니다. {NAME#1}, {NAME#2} 모두 경로 할인 대상입니다.",
    "집사람 {RNAME}, 저, 그리고 동생 {NAME} 세 사람이 {TIME}에 갑니다. 보청기 대여 됩니까.",
    "환불은 {ACCT} 로 넣어주십시오. 예금주 {RNAME}. 감사합니다.",
]

MESSENGER = [
    "From: {ROM} <{EMAIL}>\nTo: {OPMAIL}\nSubject: 환불 요청 {BOOK}\n\n{DATE} 결제 건 환불 부탁드립니다.",
    "· {NAME}\n· {NAME2}\n· {FHAN}\n· {SNAME}\n{DATE} {TIME} {THEATRE} 집합!",
    "{NAME2#1}: 내 메일 {XMAIL}\n{NAME2#1}: 번호는 {XPHONE}\n{NAME}: ㅇㅋ 저장",
    "우리집 {LOT} 여기로 와 ㅋㅋ {TIME}까지\n비번은 문자로 보낼게 {XPHONE}",
    "{SNAME}\n{CLOCK}\n{THEATRE} 도착함 어디야?",
    "{RNAME} → {NAME}\n{MOVIE} 표 {TIX} 보냄 {BOOK}",
    "{ROM}\n{CLOCK}\nI'm at {PLACE}, where r u",
    "[{NAME#1}] 주소 보낼게\n[{NAME#1}] {LOT}\n[{NAME2}] ㅇㅋ 택배 {TRACK} 로 보냄",
    "{ACCT} {NAME} 으로 {PRICE} 보내줘 ㅎ 영화값",
    _kakao,
    _kakao,
    "{NAME}: 표 두장 {PRICE}\n{NAME2}: ㅇㅋ 카뱅으로 보냄\n{NAME}: 받음 ㄱㅅ",
    "To. {NAME2}\n{MOVIE} 같이 봐줘서 고마워 {DATE}\nFrom. {RNAME}",
    "보낸사람 {RNAME} <{EMAIL}>\n받는사람 {NAME}\n제목 {MOVIE} 시사회 사진",
    "{SNAME} 님이 {NAME} 님을 초대했습니다.\n{SNAME}: {THEATRE} {TIME} 어때",
    "-> {ROM}\nhey the tickets are {BOOK}, seat {SEAT}. call me {PHONE}",
    "{FHAN} 님, {TIME}에 {THEATRE} 앞에서 만나요. 연락 {PHONE}",
]

COMPLAINT = [
    "예매자 {SNAME} / 생년월일 포함 주민번호 {RRN} / 카드 {CARD} 로 두 번 결제됨. {ORDER}",
    "답장은 {XMAIL} (스팸 때문에 이렇게 씁니다) 로 주세요. 예매 {BOOK} 건입니다.",
    "굿즈 주문 {ORDER} 배송지를 {ROAD} 로 바꿔주세요. 지금 주소 {LOT} 은 이사 나간 집이에요",
    "관리자님 제 계정이 {IP} 에서 로그인됐다고 떠요. 저 아닌데요? 아이디 {EMAIL}",
    "어제 {TIME}쯤 {IP} 이 아이피로 제 포인트 {PRICE}어치가 쓰였어요. 회원번호 {MEMBER}",
    "본인확인용으로 주민번호 {RRN} 보냈는데 답이 없네요. {NAME}, 주소 {ROAD}",
    "카드번호 {CARD} 로 {PRICE} 결제했는데 승인 취소가 안 됐어요. 주문 {ORDER}",
    "택배가 {LOT} 으로 와야 하는데 {ADDR} 로 갔어요. 수령인 {NAME}, 송장 {TRACK}",
    "제 면허증 {DL} 사진이 게시판에 올라가 있어요. 당장 지워주세요. 작성자 {NAME2}",
    "{DATE} {THEATRE} {SCREEN} 냉방이 너무 심했습니다. 예매번호 {BOOK}, 회신은 {EMAIL} 로 주세요.",
    "결제가 두 번 됐어요!! 카드 {CARD} 로 {PRICE} 두 번 빠짐. 주문번호 {ORDER}. 빨리 처리해주세요 {PHONE}",
    "팝콘 배달 주소가 잘못 갔습니다. 원래 주소는 {LOT} 인데 송장번호 {TRACK} 조회하면 엉뚱한 곳이에요.",
    "직원 {NAME2} 씨 태도가 너무 불친절했습니다. 옆에 있던 {NAME|도|도} 봤어요. 제 연락처 {XPHONE}",
    "환불 계좌 다시 적습니다 {ACCT} ({NAME}). 지난번엔 {ACCT} 로 잘못 적었어요.",
    "앱 {VER} 업데이트 후 로그인이 안 됩니다. 접속 IP {IP} 에서 계속 차단된다고 나와요. 아이디는 {XMAIL}",
    "선물받은 관람권 {GIFT} 가 이미 사용됐다고 뜹니다. 선물 보낸 사람은 {NAME}이고 저는 {NAME}입니다.",
    "외국인 친구 {FLAT} 예매를 대신 했는데 여권번호 {PASS} 확인이 안 된다네요. 외국인등록번호 {FRN} 로도 안 됨.",
    "신분증 확인 때문에 면허증 {DL} 보여드렸는데 번호를 종이에 적어가셨어요. 왜죠?",
    "주민등록번호 {RRN} 를 회원가입 때 입력하라고 해서 했는데 이거 괜찮은 건가요?",
]

STAFF = [
    "[처리 결과] 요청자 {NAME} / 회신 주소 {XMAIL} / 환불 계좌 {ACCT} / 처리일 {DATE} / 담당 {NAME2}",
    "{ROM} 님께서 예약하신 단체 관람({PPL})이 확정되었습니다. 인솔자 연락처 {PHONE}. 고객센터 {OPPHONE}",
    "안녕하세요 고객님. 요청하신 대로 {NAME#1} 님 명의의 예매를 {NAME#2} 님께 양도 처리했습니다. {NAME#2} 님 휴대폰({PHONE})으로 모바일 티켓이 발송됩니다.",
    "담당: {NAME} 매니저 / {THEATRE} / 분실물 보관 {DATE}까지. 고객님 연락처 {PHONE} 로 문자 드렸습니다.",
    "{FLAT} 고객님, 영문 영수증을 {EMAIL} 로 보내드렸습니다. 문의 {OPMAIL}",
    "{FLAT} 님, 여권번호 {PASS} 가 회원정보와 달라 외국인 할인 적용이 어렵습니다. 문의 {OPPHONE}",
    "{NAME} 고객님, 외국인등록번호 {FRN} 확인되었습니다. 등록 주소({ADDR})로 안내문이 발송됩니다.",
    "운전면허 {DL} 로 성인 인증이 완료되었습니다. 문의 {OPPHONE} - {THEATRE}",
    "{SNAME} 고객님, 결제하신 카드({CARD})의 승인 취소를 {DATE}에 요청했습니다.",
    "안녕하세요, {NAME} 고객님. 문의하신 예매({BOOK}) 취소 완료되었습니다. 추가 문의는 {OPPHONE} 또는 {OPMAIL} 로 부탁드립니다.",
    "{RNAME}님, 환불금 {PRICE}은 {ACCT} 계좌로 {DATE}에 입금됩니다. 고객센터 {OPPHONE}",
    "고객님께서 남기신 연락처({PHONE})로 분실물 관련 안내드렸습니다. - {THEATRE} 매니저 {NAME2}",
    "[답변] {NAME} 고객님, 등록하신 주소 {ADDR} 로 경품이 발송되었습니다. 운송장 {TRACK}. 개인정보 문의: {OPMAIL}",
    "회원님의 계정에서 {DATE} {TIME}에 새로운 IP({IP}) 로그인이 확인되었습니다. 본인이 아니면 {OPPHONE} 로 연락 주세요.",
    "안녕하세요 {FHAN} 고객님, 여권번호 {PASS} 로 외국인 회원 인증이 완료되었습니다. 문의 {OPMAIL}",
]

EVENT = [
    "[사연] 저희 {NAME2#1|이가|가} 올해 수능 봤어요. {NAME2#1|이랑|랑} {MOVIE} 보고 싶어요! {PHONE}",
    "이름 {ROM}\n전화 {PHONE}\n주소 {ADDR}\n한줄평: {ACTOR} 최고",
    "사연 응모 / {ROM} / 휴대폰 {XPHONE} / 아내 {NAME} 와 결혼 {AGE} 기념으로 {MOVIE} 보고 싶어요",
    "응모 메일 주소 {XMAIL} 입니다. 연락처 {XPHONE}. 관람일 {DATE}",
    "해외 시사회 당첨 서류\n영문 성명 {ROM}\n여권 번호 {PASS}\n주소 {LOT}\n연락처 {PHONE}",
    "경품 배송지: {LOT}\n수령인: {NAME} ({PHONE})\n제세공과금 신고용 주민번호: {RRN}",
    "고액 경품 당첨자 정보\n성명: {SNAME}\n주민등록번호: {RRN}\n입금계좌: {ACCT}\n주소: {ROAD}",
    "외국인 당첨자 {FHAN} / 외국인등록번호 {FRN} / {ADDR} / {XPHONE}",
    "[응모] 이름: {SNAME} / 연락처: {PHONE} / 주소: {ADDR} / 보고 싶은 영화: {MOVIE}",
    "이벤트 참여합니다!\n{NAME}\n{XPHONE}\n{LOT}\n{ACTOR} 사인 포스터 받고 싶어요",
    "응모합니다 {ROM} / {EMAIL} / 관람일 {DATE} / 예매번호 {BOOK}",
    "당첨자 발표 보고 연락드려요. 받는 분 {SNAME}, 배송지 {ROAD}, 휴대폰 {PHONE}",
    "경품 수령인 변경 요청: {NAME#1} -> {NAME2}\n{NAME#1|은|는} 해외 출장 중이라 어렵습니다.",
    "사연: 제 남편 {NAME}이 {MOVIE} 보고 울었어요. 같이 응모합니다 {XMAIL}",
    "참가신청서\n성명 {FHAN}\n여권 {PASS}\n연락처 {PHONE}\n희망좌석 {SEAT}",
]

TABLE = [
    "접수번호,신청인,연락처,메일\n{ORDER},{NAME},{XPHONE},{EMAIL}\n{ORDER},{FHAN},{PHONE},{XMAIL}\n{ORDER},{SNAME},{PHONE},{EMAIL}",
    "당첨자 명단(원본, 내부용)\n1. {NAME} {PHONE} {LOT}\n2. {RNAME} {PHONE} {ROAD}\n3. {FLAT} {PHONE} {ADDR}",
    "성명\t생년월일/외국인번호\t여권\n{FHAN}\t{FRN}\t{PASS}\n{FLAT}\t{FRN}\t{PASS}",
    "이름,주소,전화\n{NAME},\"{LOT}\",{PHONE}\n{RNAME},\"{ROAD}\",{PHONE}\n{NAME2},\"{ADDR}\",{XPHONE}",
    "결제자\t카드\t금액\n{NAME}\t{CARD}\t{PRICE}\n{ROM}\t{CARD}\t{PRICE}",
    _roster,
    _roster,
    "| 이름 | 이메일 | 관람일 |\n|---|---|---|\n| {NAME} | {EMAIL} | {DATE} |\n| {RNAME} | {XMAIL} | {DATE} |\n| {FLAT} | {EMAIL} | {DATE} |",
    "수령인\t주소\t송장\n{NAME}\t{ADDR}\t{TRACK}\n{NAME2}\t{ADDR}\t{TRACK}",
    "name,ip,last_login\n{ROM},{IP},{DATE} {TIME}\n{ROM},{IP},{DATE} {TIME}",
]

MIXED = [
    "Hello, this is {FHAN} ({FLAT}). 제 외국인등록번호 {FRN}, 주소 {LOT}.",
    "pls transfer {PRICE} to {ACCT} (holder: {ROM}) thx",
    "contact me: {XMAIL} / {XPHONE} (kakao id 말고요)",
    "Passport: {PASS} (exp {DATE}) / name {FLAT} / stay at {ROAD}",
    "server log: {IP} - - [{DATE}] GET /booking/{BOOK} 404, user {EMAIL}",
    "VPN 끄니까 IP {IP} 로 잡히고 결제 됨. app {VER}",
    "Card number {CARD}, exp {DATE}. Name on card: {ROM}. 결제 취소 부탁해요",
    "My ARC number is {FRN} and passport {PASS}. I live at {ROAD}.",
    "license no. {DL} / {FLAT} / {EMAIL}",
    "Hi, I'm {FLAT}. I booked {MOVIE} for {DATE} ({BOOK}) but my card {CARD} was charged twice. pls call {PHONE}",
    "혹시 {ROM} 아시는 분? We met at {THEATRE} last week, 연락처 잃어버림 ㅠ",
    "Send the receipt to {XMAIL} please. 감사합니다! - {FLAT}",
    "my korean friend {NAME} said the {SCREEN} is best. seat {SEAT} OK? 제 여권 {PASS}",
    "{FHAN} here. 외국인등록번호 {FRN}, phone {XPHONE}. 학생 할인 되나요?",
    "Delivery address: {ROAD}. Recipient: {ROM}. Tel {PHONE}",
]

BOARD = [
    "{FLAT}씨가 쓴 리뷰 번역해봄: {MOVIE} 최고, {ACTOR} 최고. 근데 {FLAT}씨 한국어 잘하던데 ㅋㅋ",
    "{LOT} 근처 사시는 분, {NAME} 씨네 강아지 찾아요 {XPHONE}",
    "{MOVIE} 명장면 투표 결과 1위 {WORD} 장면 (투표자 {NAME}, {NAME2}, {ROM})",
    "{MOVIE} 스터디 모집해요. 연락은 {XMAIL} 또는 {XPHONE} 로",
    "악플 단 사람 IP가 {IP} 로 뜨네요. {MOVIE} 리뷰마다 똑같은 말 씀",
    "이름이 {NAME#1}인데요, 예매자 명단에 {NAME#1|이|가} 없대요. 예매번호 {BOOK}",
    "상담원: {NAME#1} 고객님 맞으시죠?\n고객: 네 {NAME#1} 맞아요. {PHONE} 로 연락 주세요",
    "{SNAME}, {ROM}, {FHAN} 다 같은 동아리예요. {DATE} 단관 신청합니다",
    "우리 할머니 {SNAME} 여사 {AGE} 생신 기념 관람! {THEATRE} 직원분들 감사해요",
    "{FLAT} and {NAME} 둘이 {MOVIE} 봤어요. 자막 없어도 재밌대요",
    "옆자리 분 {~WORD:팝콘} 소리 때문에.. 아 그리고 {NAME} 씨, 우산 두고 가셨어요. {NAME} 씨 보시면 연락 주세요",
    "이사 왔어요~ {LOT} 사는데 근처 영화관은 {THEATRE} 뿐인가요?",
    "{DATE} {THEATRE}에서 카드 주웠어요. 카드번호 {CARD}, 이름 {ROM}. 데스크에 맡김",
    "{MOVIE} 후기) {ACTOR} 연기 좋았음. 같이 본 {NAME|은|는} 별로래요. 평점 {RATE}",
    "분실물 찾습니다. {DATE} {SCREEN} {SEAT} 근처에 지갑 두고 왔어요. 안에 {NAME} 명의 카드랑 면허증({DL}) 있어요.",
    "{NAME#1} 님 지갑 주웠습니다. 안내데스크에 맡겼어요. {NAME#1} 님 보시면 찾아가세요!",
    "중고 관람권 양도해요 {PRICE} 입금은 {ACCT} 연락 {XPHONE}",
    "{RNAME#1} 선배가 추천한 {MOVIE}. {RNAME#1} 선배 취향 믿고 봤는데 역시..",
    "같이 영화 보실 분 구해요 {TIME} {THEATRE} 오픈톡 말고 {EMAIL} 로 연락 주세요",
    "조별과제 팀원: {NAME}, {SNAME}, {NAME2}, {ROM}. {DATE}까지 감상문 제출",
    "택배 주소 {LOT} 로 보내주시면 돼요. 받는 사람 {NAME}",
]

STYLES = {"teen": TEEN, "elderly": ELDERLY, "messenger": MESSENGER, "complaint": COMPLAINT,
          "staff": STAFF, "event": EVENT, "table": TABLE, "mixed": MIXED, "board": BOARD}

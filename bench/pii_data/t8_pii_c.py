"""More templates with personal data, weighted toward the rarer identifiers (FRN,
driver licence, IP, passport, RRN, card) and toward posts where personal data sits
right next to its look-alikes: a masked number beside the real one, the operator's
contacts in the same reply as a member's, a public figure beside a private name."""

from __future__ import annotations

PII_C = {
    "inquiry": [
        "외국인등록증으로 가입하려는데 {frn} 입력하면 형식 오류라고 떠요. 이름 {fname}, Tel {phone}",
        "제 번호가 {mphone}{으로} 가려져서 보이는데 실제 번호는 {phone} 맞습니다. 수정 부탁드려요.",
        "성인 인증 서류 제출합니다\n- 성명: {kname}\n- 운전면허: {dl}\n- 발급일: {date}\n{thx}",
        "해외 거주 회원입니다. passport {passport}, name {rname}, 현지 연락처 {phone}, 한국 주소 {addr}",
        "본인 아닌 결제가 있어요!! 카드 {card} / 결제 IP {ip} / 주문 {order}. 제 이름은 {kname}입니다",
        "아이 대신 문의드려요. 아이 이름 {kname}, 주민번호 {rrn}, 보호자 {kname2} {phone}",
    ],
    "chat": [
        "[상담원 {kname}] 고객님 확인 위해 외국인등록번호 뒷자리 말고 전체 부탁드립니다\n[고객] {frn}\n[상담원 {kname}] 확인되었습니다. 문의는 언제든 {opphone}{으로} 주세요.",
        "고객: 여권으로 해외카드 결제했는데요 여권번호 {passport}\n상담원: 네, 카드번호 확인 부탁드려요\n고객: {card}",
        "상담원: 고객님 접속 기록상 IP가 {ip}{으로} 확인됩니다. 본인 접속 맞으신가요?\n고객: 네 제 집이에요. {name}입니다.",
        "[챗봇] 연락처를 {exphone} 형식으로 입력해 주세요\n[고객] {phone}\n[챗봇] {mphone} 번호로 인증번호를 보냈습니다",
    ],
    "staff_note": [
        "[보안] 비정상 로그인 감지 - IP {ip} / 계정 {email} / 시도 {count}. 고객({name}) 안내 완료",
        "신분증 확인 기록: {kname} / 운전면허 {dl} / 관람등급 확인 후 입장",
        "외국인 단체 인솔자: {fname} (ARC {frn}), 인원 {screen} 단체, 연락 {phone}",
        "서버 접근 로그 발췌\n{ip} - - [{date}] \"GET /mypage\" 200\n{ip2} - - [{date2}] \"POST /login\" 401\n문의 고객: {name}",
        "환불 처리 완료: 고객 {kname}, 원결제 카드 {card}, 금액 {price}. 고객센터 {opphone} 안내함",
        "[답변 완료] {kname}님 문의 건, 회신 메일 {email} 발송. 참조: 개인정보보호책임자 {cpo} ({opmail})",
    ],
    "event_entry": [
        "해외 팬 이벤트 응모 / Name: {fname} / Passport: {passport} / E-mail: {email}",
        "응모자: {name} ({phone})\n추천인: {name2} ({phone2})\n좋아하는 배우: {star}",
        "제세공과금 신고를 위해 주민등록번호 {rrn}, 주소 {addr} 제출합니다. 당첨자 {kname}",
    ],
    "lost_found": [
        "[습득] 외국인등록증 1매 - {fname} ({frn}). 로비 안내데스크 보관",
        "면허증 잃어버렸어요 ㅠ {kname} / {dl}. 보신 분 {phone} 연락주세요 {emo}",
        "{theatre} 화장실에서 신용카드({card}) 주웠습니다. 주인 {rname}님 매표소로 오세요",
    ],
    "table": [
        "이름,외국인등록번호,국적\n{fname},{frn},베트남\n{fname2},{frn2},몽골",
        "접속일시 | IP | 회원\n{date} | {ip} | {name}\n{date2} | {ip2} | {name2}\n{date3} | {version} | (앱 버전)",
        "■ 인적사항\n성명 {kname} (영문 {rname})\n주민등록번호 {rrn}\n운전면허 {dl}\n여권 {passport}",
    ],
    "mixed_en": [
        "Login alert from IP {ip} on {date}. If this wasn't you, contact {opmail}. Account: {email}",
        "My ARC number {frn}, name {fname}. Can I get the 외국인 discount?",
        "Driver's license {dl} for age check — {rname}",
    ],
    "letter": [
        "정보 열람 신청서\n신청인: {kname}\n주민등록번호: {rrn}\n연락처: {phone}\n주소: {addr}\n\n수신: 개인정보관리책임자 {cpo} / {opmail}",
        "Dear {fname},\nThank you for visiting {theatre}. Your refund to card {card} has been processed.\nMarquee Cinema ({opmail}, {opphone})",
    ],
    "board": [
        "{celeb}{이랑} 이름 똑같은 친구 있음 {lol} 걔 진짜 이름 {kname}인데 번호 {phone} 이거 자꾸 스팸 옴",
        "제 예전 번호 {phone} 쓰시는 분, 저한테 온 예매 문자 계속 받으실 거예요. {mphone} 아니고 이 번호요 ㅠ",
        "이사했는데 굿즈 예전 주소 {addr}{으로} 갔대요... 지금은 {addr2} 삽니다 {emo}",
    ],
    "youth": [
        "친구 {kname} 생일 서프라이즈로 {film} 단관함 ㅋㅋ 초대장 {email}{으로} 보냄",
        "ㅇㄷ? 로그인 기록에 {ip} 뜨는데 내 IP 아님 ㄷㄷ {name} 계정 털림?",
    ],
    "messenger": [
        "[카톡] {kname}: 면허증 사진 보냄 {dl}\n[카톡] {kname}: 렌트카 예약할 때 써\n[카톡] 나: ㅇㅋ 여권은 {passport} 맞지?",
        "오전 8:01 아빠: 주민번호 {rrn} 이거 맞냐 보험 서류에 쓴다\n오전 8:02 나: 아빠 이런 거 카톡으로 보내지 마요 ㅠ",
    ],
}

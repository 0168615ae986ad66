"""Templates with personal data glued to its surroundings: no space before a phone,
emoji or brackets around a value, ``Name <mail>`` headers, slashes between a name and
its number, values stacked in one line, and the styles the first batches had fewest
of (trades, lost & found, regional speech, typos, messengers)."""

from __future__ import annotations

PII_E = {
    "trade": [
        "[양도/{film}] {date} {seat}\n가격: {price}\n연락처:{phone} (문자만)\n입금: {bankacct} / 예금주:{kname}",
        "📞 {phone} ✉️ {email}\n{star} 무대인사 회차 2장 정가양도. 사진 인증 가능",
        "양도 완료했어요~ 받으신 분 【{kname}】님 후기 부탁드려요. 혹시 문제 있으면 {phone}",
        "교환: 내 {theatre} {screen} ↔ 님 {date} 회차. {kname}/{phone}/{email}",
        "티켓 사기 주의!! {kname}{이라는} 사람이 {acct} 계좌로 돈 받고 잠수탐. 번호 {phone}",
    ],
    "lost_found": [
        "[분실] 검은 백팩 ㅠ 안에 노트북이랑 학생증 있어요. 학생증 이름 {kname}. 찾으면 📞{phone}",
        "카드지갑 주운 사람입니다. 신분증 {kname}({rrn}) 님, 안내데스크에 맡겼습니다. {ext} 로 문의하세요",
        "Lost my phone at {theatre}! If found please email {email} or call my friend {kname} at {phone}",
        "[습득] 어린이 가방. 이름표에 '{kname} / 엄마 {phone}' 적혀 있어요",
    ],
    "dialect": [
        "그 {film} 표 내가 샀는디 {kname}{이가} 돈을 안 보내부러. 계좌 {bankacct}{으로} 보내라 혀",
        "야야 {theatre} 가는 길 {addr} 우리 집 들렀다 가래이. 번호 {phone} 알제?",
        "경품 온다 캐서 {addr} 적었는데 아직 안 왔능교? 이름 {kname} 연락처 {phone}",
    ],
    "typo": [
        "연락처{phone} 입니당 {kname}",
        "주민번허 {rrn} 맞나여? 인증이 자꾸 실패함 {kname}",
        "여권버노 {passport} 이름 {rname} 외국인 할인되남요",
        "면허증번 {dl} 입니다 성인인증 해주세영",
        "아이피 {ip} 차단 풀어주세요ㅠ 제꺼에요 {name}",
    ],
    "messenger": [
        "From: {kname} <{email}>\nTo: {opmail}\nSubject: 단체관람 견적 문의\n\n안녕하세요, 연락처는 {phone}입니다.",
        "[문자] [Web발신] {kname}님 {film} {date} {seat} 예매 완료. 문의 {opphone}\n→ 이거 제가 받은 건데 {kname}님 아니에요 저 {kname2}{이에요}",
        "{kname}/{phone}\n{kname2}/{phone2}\n위 두 명 {film} 같이 가요",
    ],
    "review": [
        "<{kname}> 님 리뷰: {film} 최고! {star} 눈빛 연기에 소름 {emo} (리뷰 이벤트 연락처 {phone})",
        "예매자 {kname}({phone}) 관람평: 사운드 최고, 좌석 {seat} 추천",
    ],
    "event_entry": [
        "응모합니다 ▶ {kname} ▶ {phone} ▶ {addr}",
        "#{film} #시사회응모 #{kname} 연락처는 {email}",
        "[응모] 성함 {kname} | 휴대폰 {phone} | 희망 지점 {theatre} | 좋아하는 배우 {star}",
    ],
    "board": [
        "친구 찾아요!! {date} {theatre}에서 만난 {kname}님, 저 {kname2}예요 ㅋㅋ 번호 잃어버림 {phone}",
        "{region} 주민 영화 모임 - 모이는 곳: {addr}, 문의 {kname} {phone}",
    ],
    "inquiry": [
        "결제 취소 확인 부탁드려요. 카드: {card} / 승인일: {date} / 금액: {price} / 이름: {kname}",
        "회원 탈퇴 요청합니다. 아이디 {handle}, 본명 {kname}, 가입 이메일 {email}",
        "IP 차단 문의: 회사 IP가 {ip}인데 예매가 막혔어요. 담당자 {kname} {phone}",
    ],
    "staff_note": [
        "[경품 발송 목록]\n{kname} {phone} {addr}\n{kname2} {phone2} {addr2}\n(송장 {tracking})",
        "면허 대조: {dl} / {kname} / 발급일 {date} 재확인 필요",
    ],
}

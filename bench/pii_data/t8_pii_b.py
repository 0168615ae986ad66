"""Templates of test8 posts that carry personal data (second half of the styles):
ticket trades, formal letters, tables, messenger copies, mixed Korean/English,
regional speech, young people's style, and typo-ridden posts."""

from __future__ import annotations

PII_B = {
    "trade": [
        "[양도] {film} {date} {seat} 2매 정가 {price}에 양도합니다. 입금 {bankacct} {name} 확인 후 예매번호 드려요. 연락 {phone}",
        "티켓 교환 원해요 {emo} {theatre} 회차 바꾸실 분 010 말고 오픈카톡으로... 안되면 {phone} 문자요. 입금자명 {kname}",
        "[삽니다] {star} 무대인사 회차 구해요 ㅠ 웃돈 가능 {lol} 연락처 {phone} / 메일 {email}",
        "거래 완료 후기: {name}님께 {acct}{으로} 송금했고 티켓 잘 받았어요. 사기 아님 인증!",
        "양도받으실 분 성함이랑 번호 주시면 선물하기로 보내드려요\n→ {kname} / {phone} 맞으시죠?",
    ],
    "letter": [
        "마키시네마 귀중\n\n{hi}. 저는 {addr}에 거주하는 {name}입니다. 지난 {date} 관람 중 발생한 사고에 대해 정식으로 민원을 제기합니다.\n회신은 {email} 또는 {phone}{으로} 부탁드립니다.\n\n{name} 드림",
        "내용증명\n발신인: {kname} ({rrn})\n주소: {addr}\n수신인: 주식회사 메크로스 개인정보관리책임자 {cpo} 귀하 ({opaddr})\n제목: 개인정보 열람 청구",
        "To. 마키시네마 고객센터 ({opmail})\n안녕하십니까, 단체관람 건으로 연락드리는 {kname} 교사입니다. 학생 명단은 첨부하며 인솔 교사 연락처는 {phone}입니다. {thx}.",
        "존경하는 관계자분께,\n저희 어머니 {kname} 여사께서 {theatre}에서 넘어지셨습니다. 병원비 청구서는 {addr}{으로} 우편 발송했고, 보상금은 {bankacct}{으로} 부탁드립니다.\n보호자 {kname2} 올림 ({phone})",
    ],
    "table": [
        "| 이름 | 연락처 | 좌석 |\n|---|---|---|\n| {kname} | {phone} | {seat} |\n| {kname2} | {phone2} | {seat2} |\n| {kname3} | {phone3} | {seat3} |",
        "성명\t관람일\t연락처\t이메일\n{kname}\t{date}\t{phone}\t{email}\n{kname2}\t{date2}\t{phone2}\t{email2}",
        "No,이름,주소,전화\n1,{kname},{addr},{phone}\n2,{name},{addr2},{phone2}",
        "■ 당첨자 확인표\n· 성명: {name}\n· 외국인등록번호: {frn}\n· 여권번호: {passport}\n· 연락처: {phone}\n· 비고: 예매번호 {booking}",
        "구분 | 값\n접속자 | {name}\n접속IP | {ip}\n앱버전 | {version}\n단말 | {model}\n결제카드 | {card}",
    ],
    "messenger": [
        "[카카오톡] {kname}: 야 {film} 예매했어?\n[카카오톡] 나: ㅇㅇ {seat} 잡음\n[카카오톡] {kname}: 돈 보낼게 계좌 뭐였지\n[카카오톡] 나: {bankacct}",
        "오후 9:12 {name} : 내 번호 바뀜 {phone} 저장해줘 {emo}\n오후 9:13 나 : ㅇㅋ",
        "[텔레그램 복사] 엄마: 택배 {addr}{으로} 보냈다\n엄마: 받는 사람 {kname}{으로} 해놨어",
        "단톡방 공지) 토요일 {film} 관람 정산 - {price}씩 {kname}한테 보내기\n계좌 {acct} ({kname})",
        "DM: 안녕하세요 지난번 티켓 건 {name}입니다~ 메일 주소 {email} 로 영수증 보내드렸어요",
    ],
    "mixed_en": [
        "Hi, I booked {film} for {date} but I can't find my ticket. Name: {fname}, phone {phone}, email {email}. Please help {emo}",
        "예매 confirmation 안 왔어요. My passport number is {passport} (foreign member), name {rname}.",
        "Lost & found: I left my wallet at {theatre}. ID card inside → {fname}, ARC no. {frn}. Call me {phone} plz",
        "refund 요청합니다 - account {bankacct}, holder {rname}, contact {email}",
        "Dear Marquee team, my address changed to {addr}. Please update my membership. - {name}",
    ],
    "dialect": [
        "아따 {film} 겁나 재밌드만~ 근디 좌석이 좀 불편혀요. 내 번호 {phone}이여, 연락 좀 주쇼잉 ({kname})",
        "머라카노 예매가 와 안되노 {lol} 내 이름 {kname}{이고} 번호는 {phone} 아이가. 빨리 좀 해도",
        "우리 할매 {kname} 여사님 모시고 {film} 보러 갈라 카는데 휠체어석 있능교? 집은 {addr}라예",
        "혼저옵서예~ {theatre} 갔다왔수다. 경품 당첨되민 {addr}{으로} 보내줍서. {kname} 마씸",
        "이기 뭐꼬 환불 안해주나? 계좌 {bankacct} 쓰고 이름 {kname} 적었다 아이가",
    ],
    "youth": [
        "ㄹㅇ {film} 개쩔었음 {lol} {star} 눈빛 미쳤다ㅠㅠ 같이 본 {name} 번호 {phone} 인데 이 글 보면 연락해라 ㅋ",
        "헐 나 {star} 포카 당첨됨?? 배송지 {addr} 이거 맞나 {emo}",
        "인스타 말고 이메일로 연락 주세용 {email} ㅎㅎ {kname}임",
        "오늘 알바 대타 구해요 급함 ㅠ {theatre} 매점 {date} 저녁타임 {phone} 카톡 ㄴㄴ 문자 ㄱㄱ",
        "ㅋㅋ 우리반 {kname}{이가} 팝콘 다 쏟음 {lol} 암튼 {film} 강추",
    ],
    "typo": [
        "얘매 취소 해주새요 예매자 {kname} 젼화 {phone} 빨리요",
        "이메일 주쇼 {email} 로 영수증 보내주새여 {thx}",
        "환뷸 계좌 {bankacct} 에금주 {kname} 입니닼",
        "주소변경욯 {addr} 으로 바꿔주셔요 이름 {name}",
        "카드번호 {card} 결재 취소 부탁드림니다",
    ],
}

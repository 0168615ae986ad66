"""Clean templates glued the same ways as t8_pii_e (no space, emoji, brackets, slashes)
but carrying only look-alikes: barcodes as long as an RRN, voucher numbers grouped like
cards, extension numbers, masked addresses, public figures with particles attached."""

from __future__ import annotations

CLEAN_D = {
    "trade": [
        "[양도/{film}] {date} {seat}\n가격: {price}\n연락은 쪽지로만 (번호 공개 X)",
        "📞 쪽지 ✉️ 쪽지\n{star} 무대인사 회차 2장 정가양도. 사진 인증 가능",
        "모바일 관람권 {voucher} 양도해요. {date}까지 사용 가능, {price}",
        "티켓 사기 주의!! 계좌 먼저 달라는 사람 조심하세요. 사기 계좌는 {mname} 명의였어요 (경찰 신고함)",
    ],
    "lost_found": [
        "[분실] 검은 백팩 ㅠ {theatre} {screen} {seat} 근처. 찾으면 안내데스크 {ext}{으로} 연락 부탁",
        "[습득] 어린이 가방. 이름표는 없고 {char} 키링 달려 있어요. 매표소 보관",
        "습득물: 팝콘 교환권 (바코드 {barcode}) 1매, 안내데스크 보관",
    ],
    "dialect": [
        "그 {film} 표 내가 샀는디 돈 아직 안 보내부러 {lol}",
        "{star}{이가} 나온다 캐서 {theatre} 갔다 아이가. 억수로 좋더라",
        "경품 온다 캐서 기다리는디 아직 안 왔능교? 주문번호 {order}",
    ],
    "typo": [
        "바코드 {barcode} 이거 주민번호 아니죠?? 놀랫네",
        "아이피 차단됬다는데 왜죠 앱버젼 {version} 임",
        "{film} 개봉일 {date} 맞나여 {celeb}도 보러온다던뎅",
    ],
    "messenger": [
        "From: 마키시네마 <{opmail}>\nSubject: 단체관람 견적 안내\n\n문의 주신 {film} 단체관람 견적입니다. 전화 {opphone}",
        "[문자] [Web발신] {mname}님 {film} {date} {seat} 예매 완료. 문의 {opphone}",
        "<{star}> 신작 {film} 예매 오픈 {date}! 알림 설정하세요",
    ],
    "review": [
        "<{film}> 리뷰: {star}{과와} {star2}의 투샷만으로 {price} 값 함 {emo}",
        "이상하게 {film}은 볼 때마다 새로움. 조용히 울고 나옴 {lol}",
    ],
    "event_entry": [
        "응모 방법 ▶ 로그인 ▶ 이벤트 페이지 ▶ {film} 응모하기 (문의 {opmail})",
        "#{film} #시사회응모 #{star} 제발 당첨 🙏",
    ],
    "board": [
        "{date} {theatre}에서 만난 {celeb} 닮은 분 ㅋㅋ 진짜 똑같았음",
        "상품 바코드 {barcode}, 쿠폰 {coupon} 둘 다 안 먹혀요. 매점에서만 되나요?",
        "배송지 {maddr}{으로} 마스킹돼서 보이는데 정상인가요?",
    ],
    "inquiry": [
        "결제 취소 확인 부탁드려요. 카드: {mcard} / 승인일: {date} / 금액: {price}",
        "IP 차단 문의: 사내망이라 IP가 {masked} 대역인데 예매가 막혔어요",
        "고객센터 {opphone} {ext} 연결 부탁드린다고 들었는데 맞나요?",
    ],
    "staff_note": [
        "[경품 발송 목록] 총 {count}, 송장 {tracking} 외. 수령인 정보는 발송 시스템 참조",
        "매점 재고: 콤보 바코드 {barcode}, 관람권 {voucher} 회수 {count}",
    ],
}

"""Templates of test8 posts with no personal data at all, in the same styles as the
others.  They are meant to be hard: film talk full of real actors, directors and titles
(some titles hold digits or a person's name), booking and order numbers shaped like
phones and RRNs, gift PINs shaped like cards, app versions shaped like IPs, the
operator's and agencies' published contacts, masked values, form examples, and
everyday words that begin with a common surname syllable (김장, 이번, 박수, 정말)."""

from __future__ import annotations

CLEAN = {
    "board": [
        "{film} 보신 분들 쿠키 있나요? {star} 나온다던데 {lol}",
        "이번 주말 {theatre} {screen} 상영 시간표 바뀐 거 아시는 분? 공지엔 {date}부터라고 되어 있네요",
        "김장하고 나서 가족들이랑 {film} 봤어요. 박수 나올 뻔 {emo} 정말 강추합니다",
        "{star} 필모 중에 {film}{이랑} {film2} 중 뭐가 더 나아요? 투표 ㄱㄱ",
        "질문) 예매번호 {booking}{이랑} 주문번호 {order}{이랑} 다른 건가요? 헷갈리네요 {lol}",
        "운영진 공지: 게시판에 연락처 올리지 마세요. 올라온 번호는 {mphone}처럼 가려집니다. 문의는 {opphone}",
    ],
    "review": [
        "★★★★★ {film} 인생영화 등극. {director} 감독님 차기작 기다립니다 {emo}",
        "{char}{이가} 마지막에 한 대사 아직도 생각남. 러닝타임 {runtime}인데 하나도 안 지루함",
        "평점 {rating}. {star}{과와} {star2} 케미 최고. {seat} 명당이에요",
        "조조 {price}에 {film} 개이득 {lol} 근데 {theatre} 스크린 좀 어두움",
        "{film} 원작이랑 비교하면 아쉬움. 그래도 {star} 연기는 {rating}",
    ],
    "inquiry": [
        "{hi}. 기프트카드 PIN {pin} 등록하려는데 유효하지 않다고 나와요. {thx}",
        "예매번호 {booking} 건 좌석 {seat}{으로} 변경 가능한가요? 결제금액은 {price}였습니다.",
        "앱 버전 {version}에서 결제 화면이 멈춥니다. 기종은 {model}이에요.",
        "쿠폰번호 {coupon} 적용이 안 됩니다. 유효기간 {date}까지라고 적혀 있어요.",
        "개인정보 관련 문의는 어디로 하나요? 방침 보니 책임자 {cpo} 대표님 메일이 {opmail}{으로} 나와 있던데 여기로 보내면 되나요?",
        "택배로 굿즈 받기로 했는데 송장번호 {tracking} 조회가 안 돼요. 주문번호 {order}",
    ],
    "chat": [
        "[상담원] 안녕하세요 마키시네마입니다.\n[고객] 예매번호 {booking} 취소돼요?\n[상담원] 네, 상영 20분 전까지 가능합니다. 추가 문의는 {opphone}{으로} 주세요.",
        "고객: 회원정보에 번호가 {mphone}{으로} 나오는데 맞나요?\n상담: 네 보안상 가려서 보여드립니다.",
        "챗봇: 주문번호를 입력해 주세요 (예: {exorder})\n고객: {order}\n챗봇: 조회 결과 {date} {film} {seat} 1매입니다.",
        "상담사: 개인정보 침해 신고는 {agency} 에서도 가능합니다.\n고객: 네 알겠습니다 {thx}",
    ],
    "staff_note": [
        "[공지] {date} {theatre} {screen} 영사기 점검. 문의 응대 시 고객센터 {opphone}, 팩스 {opfax}, 메일 {opmail} 안내",
        "마감 보고: 매출 {price}, 취소 {count}, 기프트 PIN {pin} 오류 건 본사 전달",
        "회사 주소 문의 시 {opaddr}{으로} 안내 (우편 민원 접수처)",
        "VOC 요약: {film} 자막 싱크 오류, 앱 {version} 크래시, 쿠폰 {coupon} 중복사용. 개인정보는 {masked} 형태로만 기록할 것",
        "시스템 로그 정리 - 버전 {version} 배포, 빌드 {version2}, 모델 {model} 이슈 재현 안 됨",
    ],
    "event_entry": [
        "[이벤트 안내] {film} 시사회 응모는 이름/연락처 입력 (예: {exname}, {exphone}). 당첨자 발표 {date}. 문의 {opmail}",
        "당첨자 명단: {masked}, {masked2}, {masked3} 님 축하드립니다!",
        "{star} 사인 포스터 이벤트 참여했어요 {emo} 경쟁률 {ratio} 실화냐",
        "경품 수령 안내: 당첨 시 본인확인 후 발송되며 주소는 마이페이지에 등록하세요. 문의 {opphone}",
    ],
    "lost_found": [
        "[습득물 안내] {date} {theatre} {screen}에서 검정 우산, 텀블러 습득. 안내데스크 보관 중",
        "분실물 찾아요 ㅠㅠ {film} 보고 {seat} 자리에 목도리 두고 왔어요. 회색이고 {price}짜리 새거예요",
        "보조배터리 주인 찾습니다. 모델 {model}, 스티커에 {handle} 라고 적혀 있어요",
        "습득: 체크카드 1매 (카드번호 {mcard}) 카드사로 반송했습니다",
    ],
    "trade": [
        "[양도] {film} {date} {seat} 정가 {price} 양도해요. 예매번호는 입금 확인 후 사이트 쪽지로 드림",
        "교환 원해요: {theatre} {screen} ↔ 다른 날짜. 쪽지 주세요 {emo}",
        "[구함] {star} 무대인사 회차 구합니다. 웃돈 X 정가만! 쪽지 ㄱㄱ",
        "기프티콘 PIN {pin} 팝니다. 팝콘 콤보 교환권이고 {date}까지예요",
    ],
    "letter": [
        "주식회사 메크로스 귀중\n\n{hi}. 지난 {date} {theatre} 관람 건으로 글을 드립니다. 회신은 회원정보에 등록된 연락처로 부탁드립니다.\n\n회원 드림",
        "개인정보 열람 청구 절차 문의\n개인정보관리책임자 {cpo} 귀하\n주소: {opaddr} / 전화 {opphone} / 메일 {opmail}",
        "To whom it may concern,\nI enjoyed {film} directed by {director}. The screening on {date} was wonderful. Best regards.",
    ],
    "table": [
        "| 영화 | 감독 | 관객수 |\n|---|---|---|\n| {film} | {director} | {audience} |\n| {film2} | {director2} | {audience2} |",
        "회차\t시간\t좌석\n1\t{date}\t{seat}\n2\t{date2}\t{seat2}",
        "항목,값\n주문번호,{order}\n예매번호,{booking}\n결제금액,{price}\n쿠폰,{coupon}",
        "■ 기관 연락처\n· 개인정보침해신고센터: {agency}\n· 마키시네마 고객센터: {opphone}\n· 이메일: {opmail}",
    ],
    "messenger": [
        "[카카오톡] 친구: {film} 몇 시?\n[카카오톡] 나: {date} {seat} ㅇㅇ\n[카카오톡] 친구: {price} 보낼게 {emo}",
        "오후 11:02 나: {star} 나온 거 봤냐 {lol}\n오후 11:03 친구: ㅇㅇ {film} 미쳤음",
        "단톡 공지) 토요일 관람 예매번호 {booking}, 좌석 {seat}. 늦으면 {runtime} 광고 끝나고 입장 불가",
    ],
    "mixed_en": [
        "Just watched {film} at {theatre}. {star} was amazing {emo} Rating {rating}",
        "앱 update 후 {version}에서 login 안 됨. device {model}",
        "Booking no. {booking}, seats {seat}. Can I change to {date}?",
        "For privacy questions contact {opmail} or call {opphone} (Mon–Fri 10:00~18:00)",
    ],
    "dialect": [
        "아이고 {film} 보고 펑펑 울었당께 {star} 연기 겁나 좋드라",
        "{theatre} 의자 억수로 편하데이 {lol} 다음엔 {film} 보러 가야제",
        "머꼬 {price}이나 하나? 조조로 보믄 싸다 카데",
        "혼저옵서예, {region}서 {film} 보러 왔수다. 좌석 {seat} 좋수다",
    ],
    "youth": [
        "ㄹㅇ {celeb} 존잘 {lol} {film} 3회차 가즈아",
        "팝콘 {price} 실화냐 {emo} {theatre} 물가 무엇",
        "나 {region} 사는데 근처 {theatre} 가본 사람? 후기 ㄱㄱ",
        "{char} 나올 때 소리 지를 뻔 ㅋㅋ 쿠키 두 개 있음",
    ],
    "typo": [
        "얘매 취소 어케함? 예매번호 {booking} 인데여",
        "쿠폰 번호 {coupon} 안들어가여 왜그런거임",
        "{film} 진자 재밋엇음 {star} 최고ㅗ",
        "결재 {price} 두번됨 주문번효 {order} 확인좀여",
    ],
}

# Clean posts that talk about personal data without giving any: form instructions,
# masked echoes, the agencies' numbers, coarse places, parcels and vouchers.
CLEAN_B = {
    "inquiry": [
        "연락처를 바꾸고 싶은데 마이페이지에 {mphone}{으로}만 보여요. 어디서 수정하나요?",
        "개인정보 침해 신고는 어디로 하나요? 방침에 {agency}{이랑} {agency2} 적혀 있던데 맞나요?",
        "앱 {version} 업데이트 후 본인인증 창에 주민번호 예시가 {exrrn}{으로} 떠요. 정상인가요?",
        "{region} 쪽에 새 지점 생기나요? {theatre}까지 너무 멀어요 {lol}",
    ],
    "chat": [
        "상담원: 고객님 성함 확인 부탁드립니다.\n고객: 회원정보에 있는 이름이요\n상담원: 네, {mname} 고객님 맞으시네요.",
        "고객: 송장번호 {tracking} 맞아요?\n상담원: 네 맞습니다. 택배사 조회는 내일부터 가능합니다.",
        "상담원: 개인정보 관련 불만은 한국인터넷진흥원({kisa})에도 접수하실 수 있습니다.",
    ],
    "staff_note": [
        "[교육] 상담 시 주민등록번호 전체를 받지 말 것. 필요한 경우 {mrrn} 형태로만 메모. 예시 이름은 {exname}{으로} 통일",
        "택배 발송 목록 정리 완료 (송장 {tracking}, {tracking2}). 수령인 정보는 시스템에서만 확인",
        "주간 이슈: {region} 지역 예매 급증, 앱 {version} 로그인 오류, 기프트 PIN {pin} 중복",
    ],
    "event_entry": [
        "응모 양식 예시\n이름: {exname}\n연락처: {exphone}\n주소: (도로명 주소로 입력)\n※ 실제 정보는 응모 페이지에만 입력하세요",
        "당첨자 발표 ({date})\n1등 {masked}님 / 2등 {masked2}님 / 3등 {masked3}님\n경품 문의 {opphone}",
    ],
    "board": [
        "{region}에 사는 분들 {theatre} 가세요? 주차 {price}이던데 {lol}",
        "개인정보 함부로 올리지 맙시다~ 번호는 {mphone}처럼 가리거나 쪽지로! 신고는 {agency}",
        "이번 {film} 보면서 김밥 먹다가 박수치다가 최고였음 {emo} 정숙 관람 부탁해요",
    ],
    "review": [
        "{film} 속 {char}{과와} 실존 인물 {celeb} 비교 글 보고 다시 봤는데 소름 {emo}",
        "이정표 같은 영화. 한결같이 좋은 {star}. 윤슬 같은 장면이 많아요 {rating}",
    ],
    "lost_found": [
        "습득물 공지: 신분증 1매 (성명 {mname}) 보관 중. 본인 확인 후 반환합니다. 문의 {opphone}",
        "택배로 분실물 보내드릴 때 송장번호 {tracking} 문자 드립니다. 주소는 전화로만 받아요",
    ],
    "mixed_en": [
        "Gift card PIN {pin} not working on app {version}. Order {order}",
        "Contact: {opmail} / Office: {opaddr} / Privacy complaints: {agency}",
    ],
    "letter": [
        "개인정보 처리에 관한 의견\n\n{hi}. 회원 탈퇴 후 정보가 어떻게 파기되는지 궁금합니다. 회신은 등록된 이메일로 부탁드립니다.\n책임자 {cpo} 님께 전달 바랍니다.",
    ],
    "youth": [
        "김치찌개 먹고 {film} ㄱ? {theatre} 조조 {price} 실화 {lol}",
        "이름 뭐 쓸지 고민중 ㅋㅋ 닉네임 {handle} 어때",
    ],
    "typo": [
        "연락쳐 변경 어케해여? 마이페이지 가니까 {masked} 이렇게만 나옴",
        "기프트카드 핀번호 {pin} 등록안됨 ㅡㅡ",
    ],
}

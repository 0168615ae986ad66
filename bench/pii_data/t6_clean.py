"""test6: posts with no personal data at all, full of things that look like it."""

from __future__ import annotations

CLEAN = [
    # film talk with public figures
    "{public} 감독 신작 {film} {date} 개봉이래요 {e} 무조건 {time} 조조로 봄",
    "{public}×{public} 조합 실화냐ㅋㅋ {film} 보고 나왔는데 {word} 명작",
    "{film} 봤어요. {public} 연기는 좋은데 러닝타임 {runtime}은 좀 길다",
    "ㄹㅇ {public} 눈빛 연기 때문에 {film} 세번 봄 {e}",
    "{public} 필모 중에 {film}이 {word}이라 생각함. 반박시 님 말 맞음",
    "gv 후기) {public} 님 실물 영접… {seat} 앉았는데 {time} 시작해서 {time}에 끝남",
    "{film} 4DX {price}, 일반 {price}. {public} 팬이면 4DX 강추",
    "혹시 {film} 쿠키 있나요? {public} 나온다던데",
    "{public}이 {film}에서 맡은 배역 이름이 뭐였죠? 기억이 안나요",
    "우리 동네 {branch} 리뉴얼 했더라구요 {film} 상영관 {screen} 좌석 {seat} 쪽이 제일 좋음",
    # bookings and numbers
    "예매번호 {booking} / {date} {time} / {screen} {seat},{seat} / 결제 {price}",
    "주문번호 {order} 팝콘 콤보 {price} 결제완료 되었습니다",
    "쿠폰번호 {coupon} 유효기간 {date}까지래요 공유합니다~ (1인1회)",
    "택배 운송장 {delivery} 굿즈 발송됨! {date} 도착예정",
    "승인번호 {approval} 취소 처리 완료, 환불 {price} 영업일 3~5일 소요",
    "회원번호 {member} 등급 VIP 유지 조건: 연 {count}회 관람",
    "앱 버전 {version}에서 좌석 {seat} 선택하면 튕겨요. {version}에선 괜찮았음",
    "{date} {time} {film} {screen} 잔여석 {count}석 남았어요",
    "포인트 {count}점 있는데 {price}짜리 관람권으로 바꿀 수 있나요?",
    "심야 {time} 회차 {price}→{price} 할인 적용됐네요 굿",
    # the operator's own contacts in its notices and answers
    "[공지] 고객센터 운영시간 평일 10:00~18:00, 전화 {opphone}, 이메일 {opmail}",
    "안녕하세요 마키시네마입니다. 추가 문의는 {operator} 로 연락 주시면 안내드리겠습니다.",
    "마키시네마 고객센터 {opphone} (평일 10~18시) / {opmail} / 팩스 {opphone}",
    "메일 보냈는데 답이 없네요 {opmail} 여기 맞나요? 예매 {booking}",
    "[답변] 고객님 불편을 드려 죄송합니다. 환불은 {date}에 처리되었으며 문의는 {operator}입니다.",
    "개인정보 관련 문의: 개인정보 보호책임자 메일 {opmail} / 팩스 {opphone}",
    "광고성 정보 수신거부 관련 문의는 {opphone} 로 전화주세요",
    "이벤트 당첨 관련 문의는 {opmail} 또는 고객센터 {opphone}",
    "본사 주소 {opaddr} 로 우편 접수 가능합니다",
    # example placeholders
    "FAQ) 연락처는 {exphone} 형식으로 입력해주세요",
    "가입 화면 이름 칸 회색 글씨 {exname} 보고 웃음ㅋㅋ 메일 칸은 {exmail}",
    "본인확인 안내: 주민등록번호는 {exid} 형태이며 저장되지 않습니다",
    "입력 예시: 이름 {exname}, 휴대폰 {exphone}",
    "주민번호 입력창에 {exid} 이렇게 되어있는데 뭘 넣으라는거죠?",
    "이메일 칸에 {exmail} 적어놨더니 가입이 되네요ㅋㅋ 검증 안하나",
    "당첨자 {exname} 님 외 3명 (개인정보 보호를 위해 일부 가림)",
    "카드번호 예시 {excard} 처럼 하이픈 넣어야 하나요?",
    # everyday words with name syllables, cue words with nothing after them
    "{word} 진짜 {word}였다 {film} 보고 {word} 먹으러감",
    "고객님 성함은 비공개로 처리됩니다. {word} 걱정 마세요",
    "이름 모를 관객분 {seat}에서 {word} 떨어뜨리셨어요 데스크에 맡겨둠",
    "연락처 남기지 마세요~ 쪽지로 주세요 {e}",
    "전화번호 바뀌었는데 어디서 수정해요? 앱 {version}",
    "주소 변경은 마이페이지 > 회원정보에서 가능합니다",
    "{word} {word} 하다가 {time} 놓침ㅠ 다음 회차 {time}",
    "계좌이체 말고 카드결제만 되나요? {price} 이상",
    "여권 들고가면 외국인 할인 되나요? {film} {date}",
    "면허증 두고옴ㅋㅋ 청불 {film} 못봄 {e}",
    "아이피 차단 당한듯 {version} 업데이트 후 접속 불가",
    # dialect, typos, spacing
    "아 {film} 억수로 재밌데이 {seat} 자리 좋드라 {word} 가보소",
    "{film}머꼬 이거 와이래 슬프노ㅠ {public} 미쳤다 아이가",
    "그 {film} 있잖여 {public} 나온거 겁나 좋드만 {price} 안아까워",
    "예매햇는데좌석이안나와요 {booking} 확인좀요",
    "{time}시작인데{time}에도착함ㅋㅋ광고 {count}분 개꿀",
    # messenger-like
    "ㅇㅋ {time} {film} ㄱㄱ {seat} {seat}",
    "ㅋㅋㅋ {public} 나오는 장면에서 다 울었대 {e}",
    "낼 {date} {time} {branch} 앞 ㄱ",
    # staff notes without people
    "[인수인계] {screen} 영사기 점검 {time} 시작. 매점 재고 {word} 부족, 발주 {order}",
    "야간 정산 완료. 카드 {count}건 / 현금 {price} / 취소 {count}건",
    "{date} 단체관람 {count}명, {screen} 전석, 예약 {booking}",
]
CLEAN_TABLE_HEAD = ["회차,상영관,좌석,가격", "날짜|시간|영화|잔여석"]

"""Templates of test10 posts with no personal data at all: the hard half of the set.

They name actors, directors, characters and historical figures; quote titles that hold
a name or a number; print booking, order, coupon and tracking numbers shaped like
phones and cards; show masked and example values and the operator's own contacts; and
are full of ordinary words that begin with a surname syllable. Nothing here may be
masked, so every look-alike is recorded as a negative.
"""

from __future__ import annotations

CLEAN = {
    "review": [
        "{~TITLE} 보고 왔어요. {~PUBLIC_FIGURE} 연기 {~WORD} 미쳤고 {~CHARACTER} 나오는 장면에서 "
        "{~WORD} 소름. {~FIGURE} 돌파할 듯",
        "{~DIRECTOR} 감독 신작 {~TITLE}, {~FIGURE}인데 {~WORD} 지루할 틈이 없음. "
        "{~PUBLIC_FIGURE|과와} {~PUBLIC_FIGURE} 투샷은 {~WORD} 레전드",
        "솔직히 {~TITLE}보다 {~TITLE|이가} 낫다. {~CHARACTER} 캐릭터가 {~WORD} 납작해서 아쉬움 "
        "★★★☆☆ ({~FIGURE})",
        "{~WORD} 기대 안 했는데 {~PUBLIC_FIGURE}님 목소리 듣자마자 {~WORD} 울컥함.. "
        "{~CHARACTER|이가} 마지막에 한 대사 아직도 생각남",
        "한줄평: {~CHARACTER}의 {~NOUN}, {~PUBLIC_FIGURE}의 {~NOUN}. 끝.",
        "{~TITLE} 4DX로 봤는데 물 뿌리는거 {~WORD} 과함ㅋㅋ {~SEAT} 앉았더니 {~WORD} 다 젖음",
    ],
    "notice": [
        "[공지] {~DATE} 서버 점검으로 {~TIME}~{~TIME} 예매가 중단됩니다. 문의: 고객센터 {~OP_PHONE}"
        " (평일 10:00~18:00) / 이메일 {~OP_MAIL}",
        "개인정보 침해 신고는 개인정보침해신고센터({~AGENCY}) 또는 {~AGENCY}로 문의하세요. "
        "회사 개인정보관리책임자: {~OP_NAME} 대표 ({~OP_MAIL})",
        "앱 {~VERSION} 업데이트 안내: {~THEATRE} 좌석도 개선, 쿠폰함 버그 수정. 최소 지원 {~VERSION}",
        "주소 입력 예시) {~EXAMPLE} / 연락처 입력 예시) {~EXAMPLE} — 실제 정보를 입력해주세요.",
    ],
    "masked_history": [
        "예매내역\n예매자: {~MASKED_NAME}\n연락처: {~MASKED_NUM}\n예매번호 {~BOOKING}\n"
        "{~TITLE} | {~THEATRE} | {~SEAT} | {~PRICE}",
        "결제 완료 알림: 카드 {~MASKED_CARD} / 승인번호 {~ORDER} / {~PRICE} / {~DATE} {~TIME}",
        "당첨자 발표🎉 {~MASKED_NAME}, {~MASKED_NAME}, {~MASKED_MAIL} 님 축하드립니다! 경품은 {~DATE} 일괄 발송"
        " (운송장 {~TRACKING})",
    ],
    "number_talk": [
        "쿠폰번호 {~COUPON} 입력했는데 '유효하지 않음' 뜨네요. 주문번호 {~ORDER}, 앱 {~VERSION}",
        "택배 언제와요? 운송장 {~TRACKING} 조회하면 {~REGION} 허브에서 멈춰있음",
        "예매번호가 {~BOOKING}인데 문자로 온 건 {~BOOKING}이에요. 어느게 맞나요? {~WORD} 헷갈림",
        "관람권 번호 {~COUPON} 은 {~DATE}까지 쓸 수 있나요? {~PRICE} 짜리요",
        "카드사({~BUSINESS}) 전화했더니 극장쪽({~OP_PHONE})에 문의하래요 {~WORD} 뺑뺑이",
    ],
    "casual_talk": [
        "ㅋㅋ {~WORD} {~TITLE} 또 봄. n차 관람 {~FIGURE}째 {~WORD} 나 미쳤나봐",
        "{~REGION} 사는 사람 {~THEATRE} 가요? 아님 {~THEATRE}? {~WORD} 고민됨",
        "조조 {~PRICE} 실화냐.. {~WORD} 주말엔 {~PRICE}",
        "{~HANDLE} 님 리뷰 보고 {~TITLE} 예매함ㅋㅋ {~WORD} 감사",
        "어제 {~TIME} 회차 {~SEAT} 옆사람 코골아서 {~WORD} 집중 안됨ㅠ",
        "우리 동네 {~REGION}에도 {~THEATRE} 생겼으면.. {~WORD} 멀어",
    ],
    "history_trivia": [
        "{~TITLE} 보고 {~HISTORIC} 다시 찾아봤어요. {~HISTORIC} 역 배우가 {~WORD} 찰떡",
        "{~TITLE|은는} 실화 바탕이라 {~HISTORIC} 이야기가 {~WORD} 묵직함. {~DATE} 재개봉 예정",
        "영화 속 {~CHARACTER|은는} 실존인물 아님! {~WORD} 헷갈리는 분 많더라구요",
    ],
    "dialect_clean": [
        "{~TITLE} 억수로 재밌드라 {~PUBLIC_FIGURE} 나올 때 {~WORD} 심장 터지는 줄 알았다 아이가",
        "아따 {~THEATRE} 의자 {~WORD} 편하당께. {~PRICE}면 안 아깝제",
        "{~REGION} 촌놈 서울 와서 {~TITLE} 봤심더. {~CHARACTER} 멋지데예",
    ],
    "faq_answer": [
        "안녕하세요, 고객님. 문의하신 쿠폰 {~COUPON}은 {~DATE}에 만료되었습니다. 자세한 사항은 "
        "{~OP_PHONE} 또는 {~OP_MAIL}로 문의 바랍니다. 감사합니다.",
        "고객님, 예매번호 {~BOOKING} 확인 결과 {~PRICE} 환불 처리되었습니다. 카드사 사정에 따라 "
        "3~5영업일 소요될 수 있습니다 (문의 {~BUSINESS}).",
        "회원 정보 화면에는 {~MASKED_NAME}, {~MASKED_NUM}, {~MASKED_MAIL}처럼 일부만 표시됩니다. 개인정보 보호를 위한 조치이니 {~WORD} 양해 부탁드립니다.",
    ],
    "list_table": [
        "이번주 TOP3\n1. {~TITLE} ({~FIGURE})\n2. {~TITLE} ({~FIGURE})\n3. {~TITLE} ({~FIGURE})",
        "| 영화 | 감독 | 주연 |\n|---|---|---|\n| {~TITLE} | {~DIRECTOR} | {~PUBLIC_FIGURE} |\n"
        "| {~TITLE} | {~DIRECTOR} | {~PUBLIC_FIGURE} |",
        "상영시간표 {~DATE}\n{~TIME} {~TITLE} {~FIGURE}\n{~TIME} {~TITLE} {~FIGURE}",
    ],
    "lost_found_clean": [
        "[습득물 안내] {~DATE} {~THEATRE} {~SEAT}에서 검정 우산, 에어팟 케이스 습득. "
        "분실하신 분은 {~OP_PHONE}로 연락주세요. 본인 확인 후 돌려드립니다.",
        "어제 {~TIME} {~TITLE} 보고 나오다 장갑 한 짝 잃어버렸어요ㅠ {~SEAT} 쪽인데 혹시 보신 분? "
        "{~WORD} 아끼던 건데..",
        "분실물 찾았습니다!! 직원분들 {~WORD} 친절하셨어요. 접수번호 {~BOOKING}",
    ],
    "trade_clean": [
        "{~TITLE} 오리지널 티켓 {~PRICE}에 팝니다. 거래는 앱 채팅으로만 ({~HANDLE})",
        "[구해요] {~DATE} {~TITLE} 무대인사 {~SEAT} 정가 양도 구합니다. 사기 조심! "
        "계좌 예시 {~EXAMPLE} 이런식으로 올리는 사람 거르세요",
        "굿즈 교환 원해요 {~CHARACTER} 아크릴 ↔ {~CHARACTER} 뱃지. 반택 운송장 {~TRACKING} 확인용",
    ],
    "staff_clean": [
        "[마감 보고] {~DATE} 매출 {~PRICE}, 관객 {~FIGURE}. {~THEATRE} 영사기 점검 완료. "
        "키오스크 {~VERSION} 업데이트 진행. 특이사항 없음.",
        "오픈조 참고: {~TITLE} {~TIME} 회차 단체 예매({~BOOKING}) 있음. 정산은 본사 {~OPERATOR}",
        "신입 교육 메모 - 고객 연락처는 항상 {~MASKED_NUM}처럼 가려서 말할 것. 이름도 {~MASKED_NAME}",
    ],
    "formal_letter_clean": [
        "귀사의 무궁한 발전을 기원합니다. 다름이 아니오라 {~DATE} {~THEATRE}에서 관람한 {~TITLE}의 "
        "음향 상태가 {~WORD} 좋지 않아 건의드립니다. 답변은 회원정보에 등록된 연락처로 부탁드립니다.",
        "고객센터 담당자님께. 예매번호 {~BOOKING}, 주문번호 {~ORDER} 관련하여 {~PRICE}이 중복 결제된 것 "
        "같습니다. 카드 승인 문자에는 {~MASKED_CARD}로 표시되어 있습니다. 확인 부탁드립니다.",
        "개인정보 열람 요청합니다. 개인정보관리책임자 {~OP_NAME} 대표님 앞으로 우편 보내도 되나요? "
        "주소가 {~OP_ADDR} 맞죠?",
    ],
    "quote_clean": [
        "> {~CHARACTER}: \"{~NOUN|은는} 선택이야\"\n이 대사 {~WORD} 명대사. {~PUBLIC_FIGURE} 목소리로 들으니까 "
        "더 좋음",
        "\"{~TITLE}\" 감독 {~DIRECTOR} 인터뷰 보니 {~CHARACTER|은는} 실제 인물 {~HISTORIC}에서 "
        "따왔대요",
    ],
    "event_clean": [
        "[EVENT] {~TITLE} 개봉 기념 응모 이벤트! 기간 {~DATE}~{~DATE}, 당첨 발표 {~DATE}. "
        "응모 양식 예: 이름 {~EXAMPLE}, 연락처 {~EXAMPLE}",
        "이벤트 당첨됐다!! {~HANDLE} 축하해줘 ㅋㅋ 쿠폰 {~COUPON} 받음",
        "{~PUBLIC_FIGURE} 생일 기념 상영회 {~DATE} {~TIME}, {~THEATRE} {~PRICE}. {~FIGURE} 한정",
    ],
    "name_like_words": [
        "{~TITLE} 보고 나오는데 [[은하]]수 같은 조명 아래 비 내리고.. 기다린 [[보람]]이 있었다. 영상미가 [[아름]]답고 "
        "음악이 [[한결]]같이 좋음",
        "[[슬기]]롭게 조조로 봤어요 {~PRICE} 아낌ㅋㅋ 관객 매너도 [[초롱]]초롱, [[다솜]]이 극장 최고",
        "[[나래]]를 펴는 장면 진짜 [[새롬]]게 느껴졌어요. {~PUBLIC_FIGURE} 표정 [[온유]]함 그 자체",
        "[[한별]]이 뜬 밤에 {~TITLE} 보니 [[가람]](강)이 흐르는 장면이 더 와닿네. [[이레]] 만에 또 봄",
        "[[하늘]]이 두 쪽 나도 {~CHARACTER} 최애임. 사운드 [[진수]] 보여줌",
        "[[지성]]과 감성 모두 잡은 작품. [[영원]]히 남을 여운. {~DIRECTOR} 감독 작품답게 러닝타임 순삭",
    ],
    "public_honorific": [
        "{~PUBLIC_FIGURE}님 GV 다녀왔어요!! 실물 [[진짜]] 빛남. {~DATE} {~THEATRE} {~SEAT}",
        "{~PUBLIC_FIGURE} 씨가 {~TITLE}에서 보여준 연기, {~PUBLIC_FIGURE} 선배님이랑 붙는 장면 압권",
        "{~DIRECTOR} 감독님 싸인 받음ㅠㅠ 옆에 {~PUBLIC_FIGURE} 배우님도 계셨는데 [[너무]] 떨려서 말도 못함",
        "{~HISTORIC} 선생이 나오는 영화는 늘 [[한]]이 서려 있다. {~TITLE|은는} 특히 그렇다.",
    ],
    "answer_unsigned": [
        "안녕하세요 고객님, 마르키 고객센터입니다. 문의하신 {~TITLE} 무대인사 일정은 {~DATE} {~TIME} "
        "{~THEATRE}입니다. 좌석은 {~SEAT}부터 배정됩니다. 감사합니다. 고객센터 드림",
        "답변) 고객님의 소중한 의견 감사합니다. 말씀하신 {~THEATRE} 냉난방 문제는 시설팀에 전달하였습니다. "
        "[[정말]] 죄송합니다. - 마르키 CS팀",
        "고객님, 회원정보의 이름 {~MASKED_NAME}, 이메일 {~MASKED_MAIL}는 본인만 변경 가능합니다. "
        "예시처럼 입력하세요: {~EXAMPLE}",
    ],
    "kakao_clean": [
        "[{~HANDLE}] [오후 9:40] {~TITLE} 몇시꺼 봄?\n[{~HANDLE}] [오후 9:41] {~TIME}\n"
        "[{~HANDLE}] [오후 9:41] {~SEAT} [[진짜]] 명당임",
        "[{~HANDLE}] [오전 1:15] 예매번호 {~BOOKING} 맞지?\n[{~HANDLE}] [오전 1:16] ㅇㅇ 쿠폰 {~COUPON} 썼음",
    ],
    "title_names": [
        "{~TITLE} 원작 소설 읽고 봤는데 [[지영]]이라는 이름이 제일 흔한 이름이라 붙인 거래요. "
        "{~PUBLIC_FIGURE} 캐스팅 찰떡",
        "'[[82년생 김지영|TITLE]]' 다시 보니까 {~CHARACTER} 엄마 장면에서 [[진짜]] 눈물남. 원작자 [[조남주|PUBLIC_FIGURE]] 작가님 감사해요",
        "{~TITLE} 속 {~CHARACTER|과와} {~CHARACTER}, 둘 다 가상 인물인데 실존 인물처럼 느껴짐",
        "주민번호 입력란에 {~MASKED_NUM} 이렇게 가려져 나오던데 정상인가요? 예시엔 {~EXAMPLE}라고 돼 있고요",
    ],
    "mixed_en_clean": [
        "{~TITLE} was so amazing, {~PUBLIC_FIGURE} nailed it. IMAX {~SEAT} best seat ever",
        "Error code 4012 on app {~VERSION}, booking ref {~BOOKING}. Pls fix ㅠ",
        "Is the {~TITLE} GV with {~PUBLIC_FIGURE} on {~DATE}? {~WORD} 궁금",
    ],
}

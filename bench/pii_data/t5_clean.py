"""Frames without any personal data for test5, by register: every number in them is a
booking, order, coupon, delivery or gift number, a date, time, price, seat or version, a
business number or the operator's own published contact; every name is a public one (cast,
crew, characters, theatres) and many words start with a surname syllable.
"""

from __future__ import annotations

import random


def _schedule(r: random.Random) -> str:
    rows = [r.choice(["상영관,영화,시작,잔여석,가격", "관|작품|회차|시간|요금"])]
    sep = "|" if "|" in rows[0] else ","
    for _ in range(r.randint(3, 6)):
        rows.append(sep.join(["{SCREEN}", "{MOVIE}", "{ROUND}", "{TIME}", "{PRICE}"]))
    return "\n".join(rows)


def _orders(r: random.Random) -> str:
    rows = ["주문번호,상품,수량,금액,상태"]
    for _ in range(r.randint(3, 6)):
        state = r.choice(["결제완료", "배송중", "취소", "환불완료", "픽업대기"])
        rows.append(f"{{ORDER}},{{FOOD}},{{QTY}},{{PRICE}},{state}")
    return "\n".join(rows)


def _kakao_clean(r: random.Random) -> str:
    nicks = ["나", "팝콘요정", "익명의 관객", "영화덕후", "ㅇㅇ", "me", "단톡방 봇"]
    says = ["{MOVIE} {TIME} 거 어때", "{SEAT} 남았대", "쿠폰 {COUPON} 써봄", "{FOOD} 먹고 가자",
            "{ACTOR} 무대인사 {DATE}래", "예매번호 {BOOK}", "ㅋㅋㅋㅋ {~WORD:진짜} 웃겨", "{PRICE}이면 ㄱㅊ",
            "주차 {HOURS} 무료래", "{THEATRE} 말고 {PLACE} 쪽은?"]
    lines = ["{DATE}"]
    for _ in range(r.randint(3, 7)):
        lines.append(f"[{r.choice(nicks)}] [{{CLOCK}}] {r.choice(says)}")
    return "\n".join(lines)


TEEN = [
    "{~WORD:최종회} 보고 {~WORD:유난히} 울었다 ㅠ {ACTOR} {~WORD:신인상} 가자",
    "{~WORD:강추위}에 {~WORD:박진감} 넘치는 {MOVIE} ㄱㄱ {SEAT} 잡음",
    "{~WORD:고화질} {~WORD:편집본} 언제 나와요? {VER} 앱에서 안 보임",
    "ㄹㅇ {~WORD:장면} 하나하나 {~WORD:조명} 미쳤음 {CREW} 감독 천재",
    "{MOVIE} 보고 옴 ㅋㅋ #{WORD} #{WORD} #{THEATRE} #{NWORD}",
    "오늘의 키워드: {WORD}, {WORD}, {WORD} ㅋㅋ {MOVIE} 본 사람만 앎",
    "{~WORD:이번} 주말 {~WORD:김밥} 싸들고 {MOVIE} 보러 감 ㅋㅋ {~WORD:정말} {~WORD:최고}",
    "{~WORD:강아지} 영화 보고 {~WORD:한참} 울었음 {ACTOR} {~WORD:연기} 미쳐",
    "{~WORD:조용히} 하라니까 옆에서 {~WORD:박수} 침 ㅋㅋ {SCREEN} 분위기 {~WORD:최고}",
    "{~WORD:장난} 아님 {~WORD:하루} 종일 {MOVIE} 생각뿐 {~WORD:진짜}",
    "ㅋㅋㅋ {MOVIE} 개꿀잼 {ACTOR} 미쳤다 {SEAT} 명당 ㄹㅇ",
    "{FOOD} 들고 {SCREEN} 입장 ㅎㅎ {AUD} 돌파 축하",
    "아 {TIME} 거 매진임 ㅠ {~WORD:진짜} {~WORD:황당}",
    "조조로 {PRICE} 개이득 {THEATRE} 짱",
    "{ACTOR} 팬싸 {DATE} 맞지? {~WORD:초롱초롱한} 눈빛 ㅠㅠ",
    "쿠폰 {COUPON} 아직 되나요? 안되면 {~WORD:환불}각",
    "{MOVIE} 엔딩 이해한 사람? {CAST} 마지막 대사 뭐임",
    "{FOOD}+{FOOD} 세트 {PRICE} 실화냐 ㅋㅋ",
]

ELDERLY = [
    "삼가 말씀 올립니다. {~WORD:노인석}이 {SCREEN}에는 없어서 {~WORD:불편}하였습니다. {DATE} {TIME} 상영이었습니다.",
    "{~WORD:문화의날}에 {PRICE}으로 보았습니다. {~WORD:손수건} 챙겨 가길 잘하였습니다.",
    "{~WORD:정기권}을 사고 싶은데 {~WORD:구매처}가 어디인지요. 전화 {OPPHONE} 는 늘 통화 중입니다.",
    "{~WORD:임산부석} 안내가 {~WORD:친절}했습니다. {THEATRE} 감사합니다. {DATE}",
    "{~WORD:이번}에 {~WORD:손주}들과 {MOVIE} 를 보았습니다. {~WORD:한글} 자막이 있어 좋았습니다.",
    "{~WORD:조조} 할인은 {TIME} 이전 상영만 되는지요. {~WORD:경로} 우대와 같이 되는지도 궁금합니다.",
    "수고 많으십니다. {DATE} {TIME} {MOVIE} 두 장 예매하였습니다. 예매번호는 {BOOK} 입니다. 자리는 {SEAT} 이 맞는지요.",
    "{THEATRE} 직원 여러분의 {~WORD:한결같은} 친절에 감사드립니다. {CAST} 작품 잘 보았습니다.",
    "경로 할인은 {PRICE} 인지 궁금합니다. 고객센터 {OPPHONE} 로 전화하였으나 통화 중이었습니다.",
    "손주가 선물한 관람권 {GIFT} 을 쓰고 싶은데 방법을 모르겠습니다.",
    "옛날 {ACTOR} 나오던 영화가 생각납니다. {MOVIE} 도 {~WORD:아름다운} 영화였습니다.",
    "{DATE} 상영 {MOVIE} 자막 글씨가 작았습니다. {SCREEN} 화면 조정 부탁드립니다.",
]

MESSENGER = [
    "엄마: {MOVIE} 몇 시야\n나: {TIME} {THEATRE}\n엄마: {~WORD:조카}도 데려갈까\n나: ㅇㅇ 표 {TIX} 더 살게",
    "[단톡] 이번 주 관람 투표\n1. {MOVIE} {TIME}\n2. {MOVIE} {TIME}\n3. {~WORD:독고다이}로 각자 봄 ㅋㅋ",
    "[Web발신]\n[{OPCO}] {MOVIE} 예매 취소 완료. 환불 {PRICE}. 문의 {OPPHONE}\n무료수신거부 {OPOPTOUT}",
    "[Web발신] 주문하신 굿즈({PRODUCT})가 {DATE} 도착 예정입니다. 운송장 {TRACK}",
    "ㅇㅇ: {~WORD:사공이} 많으면 배가 산으로 간다더니 ㅋㅋ 그냥 {MOVIE} 보자\nㅇㅇ: {SEAT} {SEAT} 잡음",
    "팀장님: 내일 {~WORD:송년회} 대신 {MOVIE} 단체 관람합니다. {THEATRE} {TIME}, 인원 {PPL}\n나: 네 알겠습니다",
    "[알림] {MOVIE} 상영 {TIME} 전입니다. {THEATRE} {SCREEN} {SEAT}. 모바일 티켓 {BOOK}",
    "[문자] 인증번호 [{OTP}] 를 입력해 주세요. 타인 노출 금지",
    _kakao_clean,
    _kakao_clean,
    "나: {MOVIE} 볼래?\n상대: {TIME} ㄱㄱ\n나: {SEAT} 잡음 {BOOK}",
    "[알림톡] 예매 완료\n{MOVIE} / {THEATRE} {SCREEN}\n{DATE} {TIME}\n좌석 {SEAT}\n예매번호 {BOOK}",
    "[배송 알림] 주문 {ORDER} 상품이 출발했습니다. 송장 {TRACK} (택배사 {BIZPHONE})",
]

COMPLAINT = [
    "{~WORD:안전요원}이 없어서 계단에서 넘어질 뻔했어요. {THEATRE} {SCREEN} {DATE} {TIME}",
    "{~WORD:황금연휴}라 {~WORD:지정석} 다 찼는데 {~WORD:현장판매}는 왜 없나요? 예매 {BOOK}",
    "{~WORD:변경불가}라고 해서 {PRICE} 날렸어요. 주문 {ORDER}, 쿠폰 {COUPON} 도 못 씀",
    "{~WORD:이어폰} 분실했어요. {DATE} {SCREEN} {SEAT}. 습득하시면 {OPPHONE} 로 연락드리면 되나요?",
    "입력 예시에 {~PLACEHOLDER:010-0000-0000} 라고 돼 있는데 하이픈 빼고 넣어야 하나요? 앱 {VER}",
    "{DATE} {THEATRE} {SCREEN} 스크린에 얼룩이 있었어요. 예매번호 {BOOK}. 환불까지는 아니어도 개선해주세요.",
    "주문번호 {ORDER} 콤보 주문했는데 {FOOD} 빠짐. {PRICE} 돌려주세요.",
    "쿠폰 {COUPON} 적용이 안 돼요. 앱 버전 {VER} 입니다.",
    "송장번호 {TRACK} 로 조회가 안 됩니다. 굿즈 주문 {ORDER} 확인 부탁드립니다.",
    "관람권 PIN {GIFT} 입력하면 오류나요. 바코드 {BARCODE} 도 안 읽혀요.",
    "{~WORD:전화} 벨소리 때문에 {~WORD:정말} {~WORD:보람찬} 주말 기분 망쳤습니다. 옆자리 {SEAT} 관객이 계속 휴대폰을 봤어요.",
    "포인트 카드 {MEMBER} 적립이 {DATE}부터 안 됩니다. 고객센터 {OPPHONE} 는 계속 통화중이네요.",
    "이미 마스킹된 번호 {MASKED} 로 문자가 왔는데 제 번호가 맞나요? 예매 {BOOK}",
]

STAFF = [
    "개인정보 침해에 대한 신고나 상담은 개인정보분쟁조정위원회({~OPERATOR:1833-6972}), 개인정보침해신고센터({~OPERATOR:국번없이 118}), 정보보호마크인증위원회({~OPERATOR:02-580-0533~4}), 경찰청 사이버수사국({~OPERATOR:국번없이 182})에 하실 수 있습니다.",
    "[답변] 회원 탈퇴 후에도 예매 내역은 관련 법령에 따라 보관됩니다. 자세한 사항은 {OPMAIL} 또는 대검찰청 사이버수사과({~OPERATOR:국번없이 1301}) 안내를 참고해 주세요.",
    "입금자명은 예매하신 분 성함으로 적어 주세요(예: {~PLACEHOLDER:홍길동}). 문의 {OPPHONE}",
    "회원정보 수정 화면에서 이메일은 {~PLACEHOLDER:user@example.com} 형식으로, 휴대폰은 {~PLACEHOLDER:010-0000-0000} 형식으로 입력해 주세요.",
    "{OPCO} 고객센터입니다. 주문 {ORDER} 건은 {DATE} 출고되었고 송장은 {TRACK} 입니다. 택배사 {BIZPHONE}",
    "개인정보 열람·정정 요청은 {OPMAIL} 로 보내 주시면 {OPNAME} 책임자가 확인합니다. 주소 {OPADDR}",
    "[안내] {~WORD:공휴일}에는 {THEATRE} {~WORD:간이매점}을 운영하지 않습니다. 전화 문의 {OPPHONE}, 팩스 {OPFAX}",
    "광고성 정보 수신을 원하지 않으시면 무료 수신거부 {OPOPTOUT} 로 연락 주세요. 발신: {OPCO}",
    "개인정보 보호책임자 {OPNAME} 대표 / {OPCO} / 문의 {OPMAIL}",
    "[안내] 분실물은 {DATE} 이후 {THEATRE} 안내데스크에서 보관합니다. 유실물 문의 {OPPHONE}",
    "안녕하세요, 고객님. 문의하신 예매({BOOK}) 취소가 완료되었습니다. 추가 문의는 {OPPHONE} 또는 {OPMAIL} 로 부탁드립니다.",
    "[공지] 개인정보 보호책임자: {OPNAME} ({OPMAIL}, {OPPHONE}). 팩스 {OPFAX}. 주소 {OPADDR}",
    "고객센터 운영시간 평일 10:00~18:00 / 전화 {OPPHONE} / 메일 {OPMAIL}. 주말 문의는 다음 영업일에 답변드립니다.",
    "{OPCO} 사업자등록번호 {BIZNO}. 광고 수신 거부는 무료 {OPOPTOUT}.",
    "안녕하세요. 쿠폰 {COUPON} 은 {DATE}까지 사용 가능합니다. 앱 {VER} 이상에서 적용됩니다. - {THEATRE} 드림",
    "환불 금액 {PRICE} 은 결제하신 수단으로 {DATE}에 취소 처리됩니다. 주문 {ORDER}",
    "분쟁이 있으시면 개인정보분쟁조정위원회 {~OPERATOR:1833-6972} 로도 상담하실 수 있습니다. 문의 메일 {OPMAIL}",
    "고객님, {MASKNAME} 님 명의 예매는 확인이 어렵습니다. 예매번호 {BOOK} 을 다시 확인해 주세요.",
]

EVENT = [
    "[{THEATRE} 개관 {AGE} 이벤트] {DATE} 하루 {PRICE} 관람! 선착순 {PPL}",
    "스탬프 {TIX} 모으면 {FOOD} 무료! 쿠폰 {COUPON} 은 {DATE}까지",
    "{ACTOR} 생일 카페 이벤트 {DATE} {PLACE} 근처. 컵홀더 소진 시 종료. 문의는 {OPMAIL} 아님 주의 ㅋㅋ",
    "[응모 방법] 관람 후 영수증 번호({ORDER})를 입력하고 {~WORD:한줄평}을 남겨 주세요. 발표 {DATE}",
    "[{~WORD:송년회} 이벤트] {DATE}~{DATE} {MOVIE} 관람 인증 시 {FOOD} 증정. 문의 {OPMAIL}",
    "응모 결과 조회: 예매번호 {BOOK} → 미당첨. 다음 이벤트 {DATE} 예정",
    "이벤트 경품 바코드 {BARCODE}, 교환권 {GIFT}. {~WORD:전단지} 지참 시 {PRICE} 추가 할인",
    "[이벤트] {MOVIE} 개봉 기념 {ACTOR} 사인 포스터 증정! 기간 {DATE}~{DATE}, 당첨 {PPL}",
    "응모 완료했어요! 예매번호 {BOOK}, 관람일 {DATE}, {SCREEN} 최고",
    "[당첨자 발표] 당첨자 명단은 {MASKED}, {MASKED}, {MASKED} 입니다. 문의 {OPMAIL}",
    "이벤트 쿠폰 {COUPON} 받았어요 {~WORD:정말} 감사합니다",
    "{ACTOR} 무대인사 {DATE} {TIME} {THEATRE}. 좌석 {SEAT} 응모합니다",
]

TABLE = [
    "날짜,영화,관,회차\n{DATE},{MOVIE},{SCREEN},{ROUND}\n{DATE},{MOVIE},{SCREEN},{ROUND}\n{DATE},{MOVIE},{SCREEN},{ROUND}",
    "예매번호 | 상태 | 금액\n{BOOK} | 사용완료 | {PRICE}\n{BOOK} | 취소 | {PRICE}\n{BOOK} | 예정 | {PRICE}",
    "택배사,대표번호,송장\nA택배,{BIZPHONE},{TRACK}\nB택배,{BIZPHONE},{TRACK}",
    "구분,일반,청소년,경로\n2D,{PRICE},{PRICE},{PRICE}\n{SCREEN},{PRICE},{PRICE},{PRICE}",
    "좌석\t상태\n{SEAT}\t예약됨\n{SEAT}\t{~WORD:남은좌석}\n{SEAT}\t{~WORD:장애인석}",
    "no,title,director,runtime\n1,{MOVIE},{CREW},{HOURS}\n2,{MOVIE},{CREW},{HOURS}\n3,{MOVIE},{CREW},{HOURS}",
    "항목|내용\n고객센터|{OPPHONE}\n이메일|{OPMAIL}\n팩스|{OPFAX}\n개인정보 보호책임자|{OPNAME}",
    _schedule,
    _orders,
    "| 영화 | 감독/배우 | 평점 |\n|---|---|---|\n| {MOVIE} | {CAST} | {RATE} |\n| {MOVIE} | {CAST} | {RATE} |",
    "쿠폰번호\t유효기간\t할인\n{COUPON}\t{DATE}\t{PRICE}\n{COUPON}\t{DATE}\t{PRICE}",
    "버전,날짜,변경\n{VER},{DATE},좌석 선택 개선\n{VER},{DATE},{PAY} 결제 추가",
]

MIXED = [
    "Rated {RATE} on the app. {ACTOR} 연기 is top tier, {CREW} directing 도 굿",
    "Refund of {PRICE} for order {ORDER} will arrive by {DATE}. 문의 {OPMAIL}",
    "Watched {MOVIE} in {SCREEN} — {HOURS} flew by. 관객 {AUD} 축하!",
    "Gift card PIN {GIFT} not working on app {VER}. Help pls",
    "Seat {SEAT} 였는데 {~WORD:김서림} 때문에 3D glasses 안 보였어요. ticket {BOOK}",
    "Promo code {COUPON} expired on {DATE}? 앱 {VER} 기준",
    "FYI {THEATRE} parking is {HOURS} free with receipt {ORDER}",
    "Booking {BOOK} confirmed for {MOVIE} at {THEATRE}, {DATE} {TIME}, seat {SEAT}. Total {PRICE}.",
    "{PAY} 로 결제했는데 영수증이 안 와요. order {ORDER}",
    "Anyone watched {MOVIE}? {ACTOR} was amazing. {SCREEN} 강추",
    "app {VER} crashes on {BRAND} login. 다른 분들은 괜찮나요?",
    "For help email {OPMAIL} or call {OPPHONE}. 영어 상담 가능",
]

BOARD = [
    "{~WORD:원작자} 인터뷰 보니까 {ROLE} 캐릭터는 {ACTOR} 염두에 두고 썼대요",
    "{~WORD:방송사} 시사회 후기: {MOVIE} {RATE}, {~WORD:오프닝} {HOURS} 동안 {~WORD:탁월함}",
    "{MOVIE} {~WORD:진행자} 무대인사 {DATE} {TIME} {THEATRE} 확정. {~WORD:배려심} 있게 촬영 자제 부탁",
    "{~WORD:백설기} 나눠주던 {THEATRE} 개관 {AGE} 이벤트 기억나는 분?",
    "관객 {AUD} 돌파 기념 {~WORD:한정판} 포스터 {PRODUCT} 재입고 {DATE}",
    "[{MOVIE}] 관람 태그 모음 #{CAST} #{WORD} #{WORD} #{SCREEN}",
    "{MOVIE} 명장면 투표: 1) {WORD} 장면 2) {WORD} 장면 3) {ACTOR} 등장 장면",
    "{~WORD:한동안} 못 갔는데 {THEATRE} {~WORD:리클라이너} 좌석 {~WORD:신세계}네요. {~WORD:남자친구}도 만족",
    "{ACTOR} 같은 배우분들 나오는 영화 또 보고 싶어요. {MOVIE} 같은 거요",
    "{~WORD:손님} 많아서 {~WORD:천천히} 들어갔어요. {~WORD:안내} 직원분 {~WORD:친절}. {SEAT} 추천",
    "{~WORD:임시} 휴관 {~WORD:공지} 봤나요? {THEATRE} {DATE}부터 {DATE}까지래요",
    "{~WORD:성공}적인 {~WORD:데이트} 코스: {PLACE} → {THEATRE} → {FOOD}. {~WORD:권장} {~WORD:시간} {TIME}",
    "{~WORD:한결} 같은 마음으로 {ACTOR} 응원합니다 {~WORD:정다운} 팬카페 회원 {PPL} 돌파!",
    "{~WORD:민들레} 홀씨 장면에서 {~WORD:서윤기획} 로고 나오던데 제작사인가요? {MOVIE}",
    "{MOVIE} 후기: {ACTOR}, {ACTOR} 연기 {~WORD:한결같이} 좋음. 평점 {RATE}. {~WORD:추격} 장면이 제일 좋았어요",
    "{CREW} 감독님 신작 {DATE} 개봉 확정! {THEATRE} {SCREEN} 예매 오픈 {TIME}",
    "{PLACE} 근처 {THEATRE} 주차 {HOURS} 무료인가요? 영수증 {ORDER} 보여주면 된다던데",
    "{FOOD} 맛 비교: {FOOD} > {FOOD}. {PRICE} 치고 괜찮음",
    "{ACTOR} 배역 이름이 {ROLE} 였나요? 헷갈리네요",
    "택배 {TRACK} 로 굿즈 왔어요 {PRODUCT} 포스터 {~WORD:진짜} 예쁨",
    "{PAY} 포인트로 {PRICE} 할인 받았어요. 바코드 {BARCODE} 보여주면 끝",
    "이번 달 관람 기록: {MOVIE}, {MOVIE}, {MOVIE}. 올해 {FILMS} 봤네요",
]

STYLES = {"teen": TEEN, "elderly": ELDERLY, "messenger": MESSENGER, "complaint": COMPLAINT,
          "staff": STAFF, "event": EVENT, "table": TABLE, "mixed": MIXED, "board": BOARD}

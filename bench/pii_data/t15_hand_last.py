"""A final batch of test15's hand-written posts (bench only), written one by one: more
names without cues, partial addresses, obfuscated contacts and clean look-alikes; labels
inline (see t15_markup)."""

POSTS = [
    ("review", "오늘 [[PERSON|보민]]이가 처음으로 영화관 왔어요. 보민이 세살인데 끝까지 앉아있었어요ㅎㅎ"),
    ("review", "[[film_title|엽기적인 그녀]] 재개봉 [[actor|전지현]] [[actor|차태현]] 추억돋네"),
    ("review", "[[film_title|써니]] 다시 보는데 [[character|나미]] 친구들 다 보고싶다"),
    ("qna", "주소를 [[ADDRESS|서울 관악구 봉천동 1570-3 202호]] 로 바꿨는데 굿즈가 옛날 주소로 갔어요"),
    ("qna", "배송지 부분만 적을게요 [[ADDRESS|청주시 흥덕구 복대로 151 두진하트리움 104동 2103호]]"),
    ("qna", "매장 위치 [[business_address|부산 해운대구 해운대로 620 3층]] 이 맞나요? 지하철 몇번 출구예요"),
    ("lost", "폰 찾았어요!! [[branch|일산점]] 직원분 감사합니다 ㅠㅠ"),
    ("lost", "핑크 파우치 잃어버림. 안에 명함 있음 [[PERSON|위 소 정]] / [[EMAIL|sojung.wi＠naver．com]]"),
    ("group", "[[PERSON|Kenji]]です! 일본인이에요 한국영화 좋아해요 같이 봐요 LINE ID [[handle|kenji_movie]]"),
    ("group", "독립영화 모임 공지: 이번 달 상영작 [[film_title|벌새]] ([[director|김보라]] 감독)"),
    ("complaint", "제 차 긁혔어요. 주차장 CCTV 확인 부탁합니다. 제 차 [[vehicle_plate|34나 7890]], 연락 [[PHONE|010-2204-6638]] [[PERSON|음 태 성]]"),
    ("complaint", "[[branch|합정점]] 매점 직원 [[staff_handle|명찰 B-12]] 분 너무 친절하셨어요 칭찬합니다"),
    ("chat", "[[PERSON|하 람]]: 야 나 계좌 바뀜 [[ACCOUNT|케이뱅크 100-123-884512]]\n나: ㅇㅋ 하람아 바로 보냄"),
    ("chat", "나: 오늘 [[film_title|노트북]] 봄\n[[handle|로맨스덕]]: [[actor|라이언 고슬링]] 최고"),
    ("sms", "[Web발신] [[PERSON|목 진 우]]님 본인확인 인증번호는 [[verification_code|203948]] 입니다"),
    ("sms", "[알림] 주차 정산 완료 [[vehicle_plate|12가 3456]] 아님? 확인바람"),
    ("email", "안녕하세요, 요청하신 개인정보 삭제는 완료되었습니다. 개인정보 보호책임자 [[operator_contact|이경수]] ([[operator_contact|mktlee@mecross.net]])"),
    ("email", "회신: 단체 예매 확정\n[[PERSON|봉 예 린]] 선생님께, [[count|32명]] 좌석 확정되었습니다. 담당 [[business_email|group@mecross-partner.example.com]]"),
    ("table", "주문번호\t상품\t배송지\n[[order_number|20240612-114582]]\t포스터\t[[ADDRESS|세종특별자치시 한누리대로 2130 새샘마을 9단지 907동 1201호]]"),
    ("table", "쿠폰코드\t할인\n[[coupon_code|SUMMER24-AB12]]\t[[price|3,000원]]\n[[coupon_code|SUMMER24-CD34]]\t[[price|5,000원]]"),
    ("receipt", "결제 내역\n[[film_title|소방관]] 2매 [[price|30,000원]]\n결제수단: 카카오페이\n예매번호 [[booking_number|BN6T-3QWX-9RKM]]"),
    ("form", "보호자 동의서\n보호자 성명 [[PERSON|길 정 숙]]\n관계: 모\n보호자 연락처 [[PHONE|010-7788-2104]]\n자녀 [[PERSON|길 도 윤]]"),
    ("form", "회원가입 입력 예: 이메일 [[form_example|xxx@xxx.com]] / 비밀번호 8자 이상"),
    ("winner", "[[film_title|하이큐!!]] 굿즈 당첨 [[handle|@orange_court]] [[handle|@karasuno10]] 님 DM 확인해주세요"),
    ("qna", "팩스번호 [[PHONE|0505-221-8830]] 으로 제 서류 보냈어요 확인해주세요"),
]

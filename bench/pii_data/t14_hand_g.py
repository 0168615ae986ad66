"""test14, hand-written posts (7/8): posts full of things that look personal but are not
(titles that are names, characters, shops, codes, dates) beside a few that are; see
t14_markup for the label syntax."""

BLOCK = """
## review
<<film_title:미나리>> 보고 <<actor:윤여정>> 선생님 팬 됨. <<character:순자>> 할머니 캐릭터 너무 좋다
## review
<<film_title:헤어질 결심>> 재관람. <<character:해준>>이 <<character:서래>>한테 하는 대사 다 외움
## review
<<film_title:말아톤>> 다시 보니 <<character:초원>>이 다리는 백만불짜리 다리~ 명대사 여전함
## review
<<film_title:김씨 표류기>>는 제목만 보고 다큐인 줄 알았는데 ㅋㅋ <<actor:정재영>> 연기 좋음
## review
<<film_title:박하사탕>> "나 다시 돌아갈래!" <<actor:설경구>>의 전설
## review
<<film_title:82년생 김지영>> 보고 엄마 생각 많이 났어요
## review
<<character:엘사>> 말고 <<film_title:겨울왕국>> 얘기임. 애들은 <<character:올라프>>만 좋아함
## question
<<film_title:해리 포터와 마법사의 돌>> 재개봉 몇 관에서 해요? <<character:헤르미온느>> 코스프레하고 가도 되나요 ㅋㅋ
## review
<<film_title:존 윅 4>> 액션 미쳤다. <<actor:키아누 리브스>> 형 나이 생각하면 대단
## review
<<film_title:오펜하이머>> 아이맥스 <<cinema:마키 용산아이파크몰>> <<seat:K열 중앙>> 최고였다
## review
<<actor:Timothée Chalamet>> fan here. <<film_title:Dune: Part Two>> was amazing in 4DX
## review
<<film_title:그녀>>(Her) 재개봉 반가워요. <<character:사만다>> 목소리 <<actor:스칼렛 요한슨>>
## review
<<film_title:레옹>> 보고 <<character:마틸다>> 따라 단발함 ㅋㅋ
## review
<<film_title:써니>> 보고 <<character:나미>>네 친구들처럼 우리도 고등학교 친구들 모였어요
## question
<<film_title:태극기 휘날리며>> 4K 리마스터 상영하나요? <<actor:장동건>> <<actor:원빈>> 보고 싶다
## review
<<athlete:페이커>> 다큐 보러 갔는데 관객 전부 T1 유니폼 ㅋㅋ
## review
<<athlete:이강인>> 나오는 국대 다큐 예매 전쟁이었음
## review
<<singer:아이유>> 콘서트 실황 영화 떼창 상영회 다녀옴. <<band:뉴진스>> 것도 해주세요
## review
<<band:방탄소년단>> 콘서트 라이브뷰잉 <<cinema:마키 코엑스>> 전관 매진이었어요
## question
<<public_figure:백종원>> 대표님 나오는 예능 극장판 있다던데 진짜에요?
## review
<<author:한강>> 작가 원작 영화 나오면 무조건 본다
## review
<<historical_figure:세종대왕>> 나오는 <<film_title:나랏말싸미>> 다시 봤어요
## review
<<historical_figure:안중근>> 의사 이야기 <<film_title:하얼빈>>. <<actor:현빈>> 연기 묵직함
## question
<<place:해운대>> 근처 마키 있나요? 여행 중이라서요. <<cinema:마키 부산서면>>은 너무 멀어서요
## review
<<place:을지로>> 골목 배경 영화 보고 나서 바로 을지로 가서 노가리 먹음
## question
<<shop:스타벅스 홍대역점>> 옆 건물이 <<cinema:마키 홍대점>> 맞나요?
## review
극장 앞 <<shop:김밥천국 강남역점>>에서 김밥 사 들고 들어감(반입 되는 거 맞죠?)
## question
<<restaurant:명동교자>>에서 밥 먹고 <<cinema:마키 명동>> 가려면 도보 몇 분?
## review
<<cinema:마키 판교>> 건물 1층 <<shop:올리브영 판교점>> 옆 엘리베이터 타면 바로예요
## question
주차 정산은 <<business_address:경기 성남시 분당구 판교역로 146번길 20>> 건물 지하에서 하면 돼요?
## review
<<cinema:마키 대구동성로>> 찾아가기 팁: <<business_address:대구 중구 동성로2길 81>> 건물 6층, 1층에 <<shop:다이소>>
## question
<<cinema:마키 수원광교>> 대표번호 <<business_phone:031-548-2290>> 연결이 안 돼요
## question
대관 문의는 <<business_email:group@marquee-cinema.kr>> 으로 하면 되나요?
## review
<<handle:@popcorn_kim>> 님이 추천한 <<film_title:퍼펙트 데이즈>> 봤는데 잔잔하니 좋네요
## review
닉네임 <<nickname:김영화>> 님 리뷰 보고 왔어요 ㅎㅎ 저도 동감
## question
<<nickname:홍대팝콘러버>>님 글 어디 갔나요? 삭제됐나
## review
<<handle:u/seoulcinephile>> 레딧에서도 한국 영화 얘기 많이 하더라
## question
예매번호 <<booking_number:MQ2411-77301>>, 주문번호 <<order_number:ORD-20241102-5519>> 둘 다 드려야 하나요
## question
송장번호 <<tracking_number:5563-2284-1190>> 조회가 안 돼요. 굿즈 언제 와요
## question
기프트카드 <<gift_card:6610-2231-9987-4402>> + 쿠폰 <<coupon:NEW-WELCOME-3000>> 같이 쓸 수 있나요?
## question
모바일 교환권 번호 <<voucher_number:9120 4481 2270>> 12자리 입력했는데 안 돼요
## review
<<date:2024년 12월 25일>> <<time:오후 7시 40분>> 회차 <<screen:1관>> <<seat:E열 10번>> 옆자리 분 크리스마스에 혼영 동지 반가웠어요 ㅋㅋ
## question
영화 <<running_time:2시간 46분>>이면 중간에 화장실 갈 시간 있나요
## question
<<price:1만4천원>>짜리 표를 <<price:7천원>>에 살 수 있는 방법 있나요? 문화가 있는 날 말고
## review
평점: 연출 <<rating:8/10>>, 연기 <<rating:9/10>>, 음악 <<rating:10/10>>
## question
고객센터 <<operator_contact:070-8290-9005>> 이거 팩스 번호 맞죠? 서류 보내려고요
## question
개인정보 책임자 <<operator_contact:이경수>> 대표님께 직접 메일 보내도 되나요
## form
예시) 이름: <<form_example:김철수>> / 연락처: <<form_example:010-1111-2222>> / 이메일: <<form_example:abc@example.com>>
## form
주민등록번호 입력 예: <<form_example:000000-0000000>> (실제 번호 입력 금지)
## staff_reply
개인정보가 포함된 댓글 일부를 <<masked_value:홍*동>>, <<masked_value:010-****-1234>> 처럼 가렸습니다.
## staff_reply
가려진 번호(<<masked_value:900101-1******>>)는 복구해 드릴 수 없습니다.
## question
<<ip_public:8.8.8.8>> DNS 쓰면 예매 사이트 빨라지나요? ㅋㅋ
## question
사내 와이파이 <<ip_private:192.168.0.1>>에서 예매 사이트 접속이 차단돼요
## review
<<film_title:인터스텔라>> 재개봉!! <<director:크리스토퍼 놀란>> 최고
## question
<<film_title:서울의 봄>> 관객수 <<count:1,312만>> 넘었다던데 아직 상영하나요
## review
<<actor:정우성>> 무대인사 <<date:1/7>> 회차 다녀왔는데 실물 미쳤음
## question
<<holiday:설 연휴>>에도 조조 할인 돼요?
## review
<<brand:코카콜라>> 제로로 바꿔주는 거 좋네요. 근데 <<product_name:팝콘 콤보 L>> 양 줄었음
## review
VIP 라운지 음료 <<product_name:아메리카노>> 맛있어요
## question
<<card_company:현대카드>> M포인트로 영화 결제 되나요? 상담 <<business_phone:1577-6000>> 에 물어보니 극장에 물어보래요
## review
할머니가 <<actor:송강호>>를 '송가이'라고 부르심 ㅋㅋ 귀여우심
## question
<<bank_name:카카오뱅크>> 체크카드 할인 이벤트 아직 하나요?
"""

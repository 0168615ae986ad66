"""test14, hand-written posts (6/8): how different people write (a grandmother on her phone,
teenagers, foreign residents, parents), written one by one; see t14_markup."""

BLOCK = """
## question
영화표를손주가예매해줬는데 문자가안와요 손주번호는[[T:010 5527 3381]] 이고 내번호는 [[T:010 2290 8846]] 이요 어디로 가면되요
## question
할머니 인데요 극장에 지팡이 갖고 들어가도 되나요 계단이 많아서요
## review
영화재미잇엇어요 우리영감이랑봣는데 영감이 울엇어요 ㅎㅎ 감사함니다
## lost_found
돋보기 안경을 잃어버렸습니다 갈색이고 케이스에 [[P:김​순​자]] 라고 써있어요 찾으면 [[T:공일공 사팔이일 칠칠공삼]]으로 연락바랍니다
## question
아들이 인터넷으로 하라는데 잘 몰라서요 전화로 예매 되나요 <<operator_contact:1661-9265>> 여기 맞지요
## review
ㄹㅇ 개꿀잼 ㅋㅋㅋㅋ 담주에 또 봄 <<actor:변우석>> 존잘
## question
중딩인데 15세 영화 혼자 볼 수 있나요?? 학생증 있어요
## group_watch
급구) 내일 <<film_title:핸섬가이즈>> 같이 볼 사람 ㅠㅠ 표 한장 남음 <<price:만원>>에 양도함 디엠ㄱ
## chat
ㅇㅇ 나 [[P:지호]]랑 감 ㅋㅋ 너도 올래? [[P:지호]] 번호 알려줌 [[T:010-5962-7718]]
## review
저는 베트남 사람이에요. 한국 영화 좋아해요. 남편 [[P:이태수]]씨랑 같이 봤어요. <<film_title:시민덕희>> 너무 재미있어요!!
## question
저는 중국에서 왔어요. 외국인 등록증 번호 넣으면 자꾸 오류 나요. 번호 [[F:010523-7384215]]. 도와주세요
## question
Hello, can I use foreign credit card? My card [[C:4111 2233 4455 6673]] is not working on website
## review
ネタバレなし！すごく良かったです。<<actor:이병헌>>さんの演技が最高でした
## lost_found
I lost my wallet in theater 5. My name is [[P:Sarah Mitchell]], phone [[T:010-4472-9031]]. Thank you so much
## question
Xin chào, tôi muốn hỏi về vé. 예매 번호 <<booking_number:MQ2410-33871>> 취소하고 싶어요
## complaint
애 둘 데리고 갔는데 유모차 보관소가 없어요. 엄마들 생각 좀 해주세요
## question
초등 2학년 아이 생일파티로 대관 가능할까요? 아이 친구 10명 정도요. 제 연락처는 [[T:010-8817-4522]] ([[P:서후]]엄마)
## review
아이가 <<character:엘사>> 노래 나올 때 따라 불러서 민망했어요 ㅋㅋ 주변분들 죄송합니다
## lost_found
딸아이 머리핀을 잃어버렸어요. 별거 아니지만 할머니가 주신 거라.. <<cinema:마키 수원광교>> <<screen:8관>>
## question
회사에서 복지포인트로 영화표 사는데 사원번호 <<employee_number:E2019-0447>> 넣으라는데 이건 어디에 넣나요
## review
점심시간에 팀장 몰래 조조 보고 옴 ㅋㅋ 팀장님 이 글 보면 안 돼요 ([[P:차민호]] 팀장님)
## complaint
퇴근하고 <<time:밤 11시>> 영화 예매했는데 상영관 냉방 너무 세서 감기 걸림
## question
법인카드로 결제하고 세금계산서 받을 수 있나요? 회사 사업자번호 <<business_registration:120-81-47521>>
## chat
나: ㅋㅋ 야 [[P:Jae]] 너 어디임
[[P:Jae]]: 매점 줄 ㅠ
나: ㅇㅋ
## review
<<film_title:탈주>> 보고 나왔는데 남친 [[P:재​현]]이가 <<actor:이제훈>> 따라한다고 뛰어다님 ㅋㅋㅋ
## question
우리 엄마 생신 선물로 영화 관람권 보내려고 하는데 엄마 번호 [[T:010-3408-2157]]로 바로 보낼 수 있나요? 엄마 이름은 [[P:하말순]]이에요
## question
영어 자막 상영 있나요? I am [[P:Priya Sharma]], living in 판교.
## lost_found
검은 패딩 잃어버림 주머니에 차키랑 명함 있는데 명함 이름 [[P:Jung Ha-neul]] 입니다 연락 [[M:haneul.jung@kmail.co.kr]]
## review
치매 있으신 아버지 모시고 배리어프리 상영 봤어요. 직원분들 정말 세심하게 챙겨주셨습니다. 감사합니다
## complaint
우리 동네 <<cinema:마키 제주노형>> 없어지나요? 직원분한테 물어보니 모른대요
## question
학생 할인 받으려면 학생증 보여줘야 돼요? 저 대학원생인데요
## review
10년 만에 영화관 왔네요. 애 키우느라.. <<actor:송중기>> 여전히 잘생겼다
## group_watch
<<age:50대>> 이상 주부님들 평일 낮에 같이 영화 봐요~ 조조 할인도 받고 점심도 같이 해요
## chat
아빠 모시고 갔는데 아빠가 <<actor:안성기>> 팬이셔서 엄청 좋아하심
## question
저 [[P:Tran Minh Duc]] 입니다. 한국에 온 지 1년 됐어요. 외국인 등록번호 [[F:951102-5418826]] 으로 가입하고 싶어요
## review
<<athlete:김연아>> 선수 다큐 너무 감동이었습니다. 눈물 주르륵
## lost_found
초록색 에코백 잃어버렸는데 안에 약봉투 있어요 약봉투에 [[P:윤점례]] 할머니 이름이랑 [[A:김포시 사우동 252-8 1층]] 주소 있어요. 꼭 찾아야 해요
## complaint
아니 대학생 할인이 왜 없어졌어요. 알바비로 영화 보는 학생들 생각 좀..
## question
인스타 이벤트 당첨됐다고 DM 왔는데 <<handle:@marquee_cinema_official>> 이 공식 계정 맞나요? 주소 보내래서요
## review
<<public_figure:백종원>> 나오는 푸드 다큐 봤는데 배고파서 혼남
## question
핸드폰이 없는 노인은 예매를 어떻게 하나요 집전화 [[T:02-923-4471]] 밖에 없어요
## review
저희 반 애들 데리고 단체관람 했는데 <<film_title:인사이드 아웃 2>> 보고 감정 수업까지 했어요. 교사 추천!
## lost_found
아이 이름표 달린 물병: '<<form_example:OO반 OOO>>'이라고만 적혀있어요 ㅋㅋ 주인 찾아요
## chat
아들: 엄마 나 영화 끝나고 [[P:우진]]이네서 자고 감
나: [[P:우진]]이 엄마 번호 줘
아들: [[T:010-7206-1184]]
## question
Can I pay with Alipay? 我的名字是 [[P:王小明]]
## review
<<actor:고윤정>> 보러 갔다가 <<actor:김성철>>한테 반하고 옴
## question
외국인 남편 이름이 너무 길어서 예매자 이름 칸에 안 들어가요. [[P:Christopher Alexander Whitfield]] 인데 어떻게 써요?
"""

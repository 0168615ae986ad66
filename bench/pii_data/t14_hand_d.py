"""test14, hand-written posts (4/6): e-mail replies and answers by cinema managers and
customer-centre agents, written one by one; see t14_markup for the label syntax."""

BLOCK = """
## email
안녕하세요, 마키 고객센터입니다.
문의하신 환불 건은 <<date:영업일 기준 3~5일>> 내 처리됩니다. 추가 문의는 <<operator_contact:help@mecross.net>> 또는 <<operator_contact:1661-9265>>로 연락 주십시오.
감사합니다.
## email
RE: 단체 관람 견적
[[P:심재윤]] 선생님, 요청하신 견적서 첨부드립니다. 학생 42명 기준 1인 <<price:7,000원>>입니다. 회신은 이 메일로 주시거나 담당자 직통 <<business_phone:02-3141-7720>>으로 주세요.
<<cinema:마키 홍대점>> 단체영업팀 드림
## email
----- 원본 메일 -----
보낸 사람: [[P:Laura Kim]] <[[M:laura.kim@outlook.com]]>
받는 사람: <<operator_contact:help@mecross.net>>
제목: 분실물 문의
어제 <<screen:6관>>에 스카프를 두고 왔어요.
## email
From: [[M:yoonji.baek@naver.com]]
To: <<operator_contact:cs-lead@mecross.net>>
회원 탈퇴 요청합니다. 아이디는 <<handle:yoonji_b>>이고 가입 이름은 [[P:백윤지]]입니다.
## email
메일 주소를 이렇게 적어요: [[M:seonho.lim 골뱅이 kakao 쩜 com]] 답장 부탁드립니다
## email
[자동응답] 고객님의 메일이 접수되었습니다. 접수번호 <<ticket_number:CS-240611-00912>>. 답변은 <<period:24시간>> 이내 드립니다.
## email
환불 요청합니다. 환불받을 계좌: [[B:하나은행 620-218844-907]], 예금주 [[P:마서윤]]. 주민번호가 필요하시면 전화로 알려드릴게요
## email
개인정보 열람 청구합니다. 청구인 [[P:김도현]], 주소 [[A:세종특별자치시 한누리대로 2130, 새뜸마을 11단지 1107동 2003호]], 연락처 [[T:010-4827-6635]]
## email
제휴 제안드립니다. 저희는 팝콘 납품업체 <<company:(주)콘앤콘>>이며, 대표번호 <<business_phone:031-944-2180>>, 사업자등록번호 <<business_registration:214-87-55102>> 입니다.
## email
고객님, 요청하신 영수증 재발행 건 처리되었습니다. 카드 <<masked_value:5428-****-****-2287>> 결제분 <<price:24,000원>>입니다.
## email
Hi, I'm [[P:James O'Connor]]. My Korean friend booked tickets for me with her card but I want to pay myself. Please contact me at [[M:jamesoc.1988@gmail.com]]. Thanks!
## email
담당자님께. 저희 아버지 [[P:탁영길]] 님의 휠체어석 예약 확인 부탁드립니다. 연락은 저(딸) [[P:탁미숙]] [[T:010-2004-7719]]로 주세요.
## email
RE: RE: 채용 문의
마키 인사팀입니다. 지원서는 채용 사이트에서만 받습니다. 이메일로 주민등록번호 등 개인정보를 보내지 마세요. 예) <<form_example:900101-1234567>> 형식의 번호
## email
보내주신 여권 사본은 즉시 파기했습니다. 외국인 회원 인증은 여권번호만 입력하시면 됩니다.
## email
여권번호 [[PP:M72914836]] 로 외국인 회원 인증 신청합니다. 이름 [[P:TANAKA YUKI]]
## email
받는사람 <<operator_contact:mktlee@mecross.net>> — 개인정보 처리 관련 민원입니다. 제 전화번호 [[T:010-5118-3024]]가 다른 회원 예매에 들어가 있어요
## staff_reply
[매니저 답변] 안녕하세요 <<cinema:마키 대구동성로>> 매니저입니다. 불편을 드려 죄송합니다. 해당 좌석(<<screen:4관>> <<seat:C열 5번>>)은 수리 완료했습니다.
## staff_reply
[답변] 고객님, 분실하신 지갑은 안내데스크에 보관 중이며 신분증 확인 후 수령 가능합니다. 운영시간 <<time:09:00~24:00>>
## staff_reply
안녕하세요 고객님, 게시글에 다른 분([[P:구본혁]] 님)의 실명이 포함되어 있어 일부 가려질 수 있습니다. 양해 부탁드립니다.
## staff_reply
[CS답변] 작성하신 게시글에 연락처가 노출되어 <<masked_value:010-****-****>>로 가려두었습니다. 공개 게시판에는 연락처를 적지 말아주세요.
## staff_reply
[[P:여지훈]] 직원 관련 불편 사항 확인했습니다. 해당 직원 면담 후 재교육 진행하겠습니다. - 점장 드림
## staff_reply
고객님 주차는 <<cinema:마키 부산서면>> 건물 <<parking_area:B1~B4>> 이용 가능하며 영화 관람 시 <<period:3시간>> 무료입니다.
## staff_reply
[답변완료] 말씀하신 이중결제 건은 카드사 승인 취소 요청했습니다. 취소 반영은 카드사(<<card_company:신한카드>> <<business_phone:1544-7000>>) 사정에 따라 3~7일 소요됩니다.
## staff_reply
관람권 <<gift_card:MQGC-9902-4471-3390>> 유효기간 연장 처리해드렸습니다.
## staff_reply
안녕하세요. 외국인 고객님 회원가입은 외국인등록번호 대신 휴대폰 본인인증으로 가능합니다. 외국인등록번호는 게시판에 적지 마세요.
## staff_reply
[점장 답변] <<staff_title:홍대점 점장>>입니다. [[P:어승민]] 어린이 부모님께는 따로 연락드렸습니다. 다시 한번 사과드립니다.
## staff_reply
고객님께서 작성하신 주소(<<masked_value:서울 관악구 ***>>)는 개인정보 보호를 위해 가렸습니다.
## staff_reply
예매번호 <<booking_number:MQ2409-10044>> 확인 결과 정상 발권되었습니다. 문자 수신이 안 되신 경우 스팸함을 확인해주세요.
## staff_reply
단체관람 담당 [[P:반지수]] 대리입니다. 문의 주신 학교로 직접 연락드리겠습니다.
## staff_reply
[공지] 사칭 문자 주의! 마키는 <<operator_contact:1661-9265>> 외 번호로 개인정보를 요구하지 않습니다. 개인정보침해신고 <<public_agency:118>>
## staff_reply
고객님, <<event_name:시네마 퀴즈왕>> 경품은 <<date:다음 주 화요일>> 발송 예정입니다. 조금만 기다려 주세요!
## email
제목: 경품 배송지 정정
당첨자 [[P:라은호]]입니다. 배송지를 [[A:경기 성남시 분당구 정자일로 95, 파크뷰 609동 1404호]]로 변경 부탁드립니다.
## email
개인정보 침해 신고는 <<public_agency:개인정보침해신고센터>>(<<public_agency:02-1336>>, <<public_agency:privacy@kisa.or.kr>>)에도 가능하다고 들었어요. 맞나요?
## email
답장 주실 때 메일 말고 팩스로 주세요. 팩스 [[T:031-552-8140]] (집)
## email
Dear Marquee, my name is [[P:Aigerim Bekova]], I live at [[A:서울 용산구 이태원로 27가길 14, 201호]]. I lost my bag in hall 3 last Friday.
## staff_reply
안녕하세요 고객님. 문의 주신 IP 차단 건은 고객님 IP [[IP:211.36.142.87]]이 해외 VPN 대역과 겹쳐 발생한 것으로 확인되어 해제했습니다.
## staff_reply
현재 홈페이지 점검 중입니다. 점검 시간 <<time:02:00~06:00>>. 서버 주소 변경 공지는 <<url:www.marquee.kr/notice/3381>> 참고
## email
운전면허증으로 본인확인 한다고 해서 번호 보냅니다 [[DL:11-19-284731-62]] 이거면 되나요
## email
[[P:Park Seo-yeon]] 입니다. 회원증 재발급 신청서 첨부합니다. 연락처 [[T:+82-10-6693-2105]]
## staff_reply
VIP 라운지는 <<cinema:마키 코엑스>> <<floor:4층>>에 있습니다. 대표번호 <<business_phone:02-6002-1199>>
## email
안녕하세요 [[P:차윤]] 님. 요청하신 대관 일정(<<date:11월 23일>>) 가능합니다. 계약금 입금 계좌는 법인 계좌 <<business_account:기업은행 081-118204-01-012>> (예금주 <<company:(주)메크로스>>)입니다.
## staff_reply
제보 감사합니다. 게시물에 적힌 사기 계좌는 경찰청 사이버수사국(<<public_agency:182>>)에 신고해주세요.
## email
(회신) 첨부하신 신분증 사진에 주민등록번호 [[R:030415-4218830]]가 그대로 보여서 파일은 삭제했습니다. 다시 가려서 보내주세요.
"""

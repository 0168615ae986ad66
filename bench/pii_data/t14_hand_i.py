"""test14, hand-written posts (9/9): more text messages, tables, receipts, notices, e-mails
and staff answers, written one by one; see t14_markup for the label syntax."""

BLOCK = """
## sms
[Web발신] [마키] 예매취소 완료. <<film_title:베테랑2>> <<date:09/15>> <<time:20:10>> 환불예정액 <<price:15,000원>>
## sms
[Web발신] (광고) 마키 가을 이벤트! 쿠폰 <<coupon:FALL24-KX92>> 무료수신거부 <<toll_free:080-855-1234>>
## sms
[Web발신] [마키] <<cinema:마키 일산>> 분실물 보관 안내. 문의 <<business_phone:031-906-4412>>
## sms
보낸사람 [[P:구태식]]: "우리 애 [[P:구하람]] 영화 끝나면 [[T:010-7782-3019]] 으로 꼭 전화하게 해주세요"
## sms
[Web발신] 입금 확인되었습니다. 입금자 [[P:마세윤]] <<price:24,000원>> (<<company:필름로그 동호회>>)
## sms
[Web발신] [마키] 고객님의 비밀번호가 변경되었습니다. 본인이 아니면 <<operator_contact:1661-9265>>로 연락주세요
## sms
택시 기사님이 남긴 문자 "[[P:남궁혜원]] 손님 핸드폰 놓고 내리셨어요 [[T:010-5531-2840]]로 연락주세요"
## sms
[알림] 무대인사 추첨 결과: 당첨. 좌석 <<seat:B열 8번>>
## table
주간 상영표 (<<cinema:마키 판교>>)
월 <<film_title:하얼빈>> <<time:10:00>> <<time:13:10>>
화 <<film_title:하얼빈>> <<time:10:20>> <<time:16:30>>
수 <<film_title:소방관>> <<time:11:00>>
## table
상품명,수량,단가
팝콘(M),2,<<price:5,500원>>
나초,1,<<price:4,500원>>
## table
응모자 엑셀 일부 (실수로 붙여넣음)
[[P:손채아]]\t[[M:chaea.son@naver.com]]\t[[T:010-2917-5563]]
[[P:Ryan Cooper]]\t[[M:ryancooper82@gmail.com]]\t[[T:010-8843-0176]]
## table
| 순위 | 닉네임 | 포인트 |
| 1 | <<nickname:시네필J>> | <<points:12,400P>> |
| 2 | <<nickname:팝콘마스터>> | <<points:11,980P>> |
## table
당직표
토: [[P:염수호]] ([[T:010-4420-7718]])
일: [[P:피은영]] ([[T:010-3384-9902]])
## receipt
[카드매출전표]
가맹점 <<cinema:마키 수원광교>>
가맹점번호 <<merchant_number:00871234>>
카드종류 <<card_company:KB국민카드>>
금액 <<price:32,000원>>
## receipt
[현금영수증]
발행번호 <<masked_value:010-****-8842>>
승인번호 <<approval_number:118822031>>
## receipt
주문 확인서
주문자 [[P:길서연]]
배송지 [[A:서울 강동구 천호대로 1121, 강동그린아파트 2동 1105호]]
결제 카드 [[C:5387-2011-9483-1104]]
## winner_notice
[당첨자 발표] <<event_name:한가위 영화 퀴즈>>
<<masked_value:최*연>> <<masked_value:010-****-4428>>
<<masked_value:박*준>> <<masked_value:010-****-9913>>
## winner_notice
제 친구가 당첨됐는데 폰이 없어서 대신 올려요. 친구 이름 [[P:은하율]], 메일 [[M:hayul_eun@daum.net]]
## winner_notice
[당첨 안내] <<event_name:마키 VIP 감사제>> 당첨자 경품은 <<date:12월 중>> 발송됩니다. 주소 변경은 마이페이지에서 하세요.
## winner_notice
당첨자 명단에 제 이름 [[P:심도현]]이 [[P:심도연]]으로 잘못 나왔어요 수정해주세요
## email
제목: 굿즈 교환 요청
수령인 [[P:봉다희]] / [[T:010-6637-2014]] / [[A:울산 남구 삼산로 282, 삼산현대 108동 702호]]
## email
[자동회신] 휴가 중입니다. 급한 건은 <<business_email:team-support@hanbitcorp.co.kr>> 로 연락주세요.
## email
Hello, I'm writing on behalf of my mother, [[P:Linda Park]]. Her Korean phone is [[T:010-2287-9034]].
## email
안녕하세요 <<company:씨네21>> 기자입니다. 인터뷰 요청드립니다. 대표번호 <<business_phone:02-6377-0500>>
## staff_reply
[답변] 게시판에 작성하신 카드번호는 즉시 삭제 처리했습니다. 카드사에 분실 신고도 권해드립니다.
## staff_reply
안녕하세요, <<cinema:마키 제주노형>>입니다. 영업 종료 소문은 사실이 아닙니다. 문의 <<business_phone:064-711-2290>>
## staff_reply
[CS] [[P:국윤재]] 고객님, 말씀하신 계좌 [[B:우체국 110023-02-481729]]로 환불 완료했습니다.
## staff_reply
[안내] 외국인 고객님(<<masked_value:TR*N MINH D**>>)의 문의는 별도로 회신드렸습니다.
## review
<<film_title:Past Lives>> 보고 <<character:나영>>이랑 <<character:해성>> 때문에 펑펑 ㅠ <<director:셀린 송>> 감독님 천재
## review
<<film_title:택시운전사>> 다시 봤는데 <<character:만섭>> 아저씨 ㅠㅠ
## question
<<cinema:마키 부산서면>> 근처 <<landmark:롯데백화점 부산본점>>이랑 가까워요?
## question
예매 내역에 <<ticket_number:TK-77120-3381>>이라고 뜨는데 이게 티켓번호예요?
## question
<<date:매달 마지막 수요일>> 문화가 있는 날 할인 <<time:17시~21시>> 맞나요
## lost_found
<<screen:11관>>에 두고 간 텀블러 주인 찾습니다. 스티커에 <<handle:@hanbit_runner>> 라고만 써있어요
## lost_found
습득한 체크카드 명의 [[P:Jonas Weber]]. 카드번호는 당연히 안 올립니다. 안내데스크 보관
## complaint
이웃집 [[P:나경태]] 씨가 제 명의로 예매하고 안 갚아요. 그 사람 집이 [[A:의정부시 호원동 431-2 드림빌 302호]]인데 직접 찾아가도 되나요
## group_watch
<<film_title:위키드>> 싱어롱 상영 같이 가실 분~ <<cinema:마키 코엑스>> <<date:12/7>> 드레스코드 초록!
## chat
[[P:송이]]: 나 오늘 영화 취소해야 할 듯 ㅠ
나: 왜
[[P:송이]]: 야근
## form
[[P:Ahmed Hassan]]
Phone [[T:010 9953 2187]]
Email [[M:ahmed.h.kr@outlook.com]]
## form
[청소년 할인 확인]
학생명 [[P:빈하준]]
학교 서울한빛중학교
보호자 [[P:빈상욱]] [[T:010-2211-5508]]
## question
[[P:이 하 늘]]로 예매했는데 띄어쓰기 때문에 조회가 안 돼요
## review
우리 외할머니 성함이 [[P:옥분]]이신데 영화 <<film_title:아이 캔 스피크>> 주인공 이름이랑 같아서 같이 봤어요 ㅎㅎ
"""

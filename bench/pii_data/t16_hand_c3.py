"""test16's hand-written clean posts, third part (P11.2): the numbers a cinema site is full
of that look like identifiers, and names that belong to films, stars and examples."""

ROWS = [
    ("c", "booking_confirm", "모바일 교환권 {{gift:2210 9983 4471 0092}} 으로 예매했는데 취소하면 교환권 복구돼요?"),
    ("c", "booking_confirm", "예매번호가 {{bk:0102-2459-9812}} 로 시작해서 전화번호인줄 ㅋㅋ 이거 예매번호 맞죠?"),
    ("c", "booking_confirm", "주문번호 {{ord:M2025110412345}} 굿즈 교환 신청합니다"),
    ("c", "booking_confirm", "배송조회 {{trk:CJ 5582 4410 9931}} 며칠째 집하 상태예요"),
    ("c", "receipt", "카드 승인번호 {{appr:00482913}} 인데 취소 승인번호는 따로 나오나요?"),
    ("c", "receipt", "매출전표에 사업자번호 {{brn:105-87-33201}} 이랑 {{biz:마키 합정점}} 찍혀있네요 법인카드 정산용으로 충분한가요"),
    ("c", "qna", "고객센터 번호가 {{op:1661-9265}} 맞나요? 검색하니 다른 번호도 나와서요"),
    ("c", "qna", "{{op:070-8290-9005}} 에서 전화왔는데 마키 맞아요? 이벤트 당첨이라네요"),
    ("c", "qna", "{{op:mktlee@mecross.net}} 이 메일 진짜 마키 마케팅팀 메일이에요? 스팸인줄"),
    ("c", "review", "{{fn:미나리}} 다시 보고 싶다 {{act:윤여정}} 선생님 {{chr:순자}} 할머니 연기 ㅠ"),
    ("c", "review", "{{fn:남산의 부장들}} {{act:이병헌}} {{act:이성민}} 연기대결 미쳤음 {{hist:박정희}} 역 싱크로율"),
    ("c", "review", "{{ft:아가씨}} {{chr:숙희}} {{chr:히데코}} 캐릭터 너무 좋아요 {{act:김태리}} {{act:김민희}}"),
    ("c", "review", "{{ft:택시운전사}} 보고 {{pub:위르겐 힌츠페터}} 기자 다큐도 찾아봄"),
    ("c", "review", "{{ft:암살}} {{chr:안옥윤}} 너무 멋있어 {{act:전지현}} 총 쏘는 장면"),
    ("c", "public_figures", "{{ath:페이커}} 다큐 영화관 개봉 실화냐 {{team:T1}} 팬들 다 모여라"),
    ("c", "public_figures", "{{idol:BLACKPINK}} {{idol:리사}} 콘서트 실황 {{scr:스크린X}} 으로 봤는데 세 면 화면 대박"),
    ("c", "public_figures", "{{pub:이순재}} 선생님 출연작 특별전 하면 좋겠어요"),
    ("c", "name_like", "주말 조조는 역시 한산해서 좋네요 우선 팝콘부터 ㅋㅋ"),
    ("c", "name_like", "장난 아니게 무서움 {{ft:잠}} 혼자 보지 마세요"),
    ("c", "masked_echo", "당첨자 명단에 {{mnm:정*은}} {{mph:010-****-5512}} 저 같은데 문자가 안 와요"),
    ("c", "form_example", "단체 신청서 양식 예시 칸에 '{{fx:홍길동}} / {{fxp:010-0000-0000}} / {{fxe:test@test.com}}' 이라고 써있던데 지우고 쓰면 되죠?"),
    ("c", "cinema_info", "{{cin:씨네Q 경주보문점}} ({{cad:경북 경주시 보문로 465-67}}) 호수뷰 영화관 추천합니다 {{cph:1544-7577}}"),
]

"""Word lists for the masker: surnames, given-name syllables, cue words, banks, regions.

Everything here is general Korean knowledge (census surname ranks, popular given-name
syllables, administrative divisions, bank names), not tuned to any test data.
"""

from __future__ import annotations

# --- Surnames ----------------------------------------------------------------------------
# Roughly the 100 most frequent single-syllable surnames (census order), then rarer ones.
COMMON_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 "
    "남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 "
    "선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉".split()
)
RARE_SURNAMES = frozenset(
    "사 부 가 복 태 목 형 계 피 두 감 음 빈 동 온 호 범 좌 팽 승 간 상 시 갈 단 견 당 화 "
    "창 옹 순 빙 묵 판 뇌 초 교 국 근 기 매 미 왕 요 운 점 즙 지 채 천 춘 탄 편 풍 하 학 "
    "환 후".split()
) - COMMON_SURNAMES
COMPOUND_SURNAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방 망절 어금".split())

# --- Given-name syllables ---------------------------------------------------------------------
# Syllables of Korean given names across generations (1950s 영수/순자/영숙 … 2010s
# 서준/서연/하윤). GIVEN_TOP are the very frequent ones; GIVEN_ANY is everything plausible.
GIVEN_TOP = frozenset(
    "민 준 서 도 윤 예 시 우 하 주 원 지 호 후 건 현 훈 진 선 재 연 유 정 승 은 찬 혁 환 수 "
    "태 규 영 성 석 동 한 결 안 율 빈 철 상 광 용 병 기 종 창 욱 경 희 채 아 린 나 다 인 가 "
    "소 혜 미 숙 보 슬 름 늘 솔 리 온 범 균 완 택 식 남 웅 형 효 옥 애 란 자 순 향 화 해 명 "
    "세 새 설 겸 령 랑 일 람 봄 별 솜 래 담 률 루 로 의 언 익 중 제".split()
)
_GIVEN_MORE = frozenset(
    "민 준 서 도 윤 예 시 우 하 주 원 지 호 후 건 현 훈 진 선 재 연 유 정 승 은 찬 혁 환 수 "
    "태 규 영 성 석 동 한 결 안 율 빈 람 철 상 광 용 병 기 종 창 욱 경 희 채 아 린 나 다 인 "
    "가 소 혜 미 숙 보 슬 름 늘 래 솜 별 솔 봄 리 온 강 범 균 완 택 식 남 웅 헌 열 근 형 효 "
    "옥 애 란 자 순 향 화 해 진 명 문 세 새 설 겸 단 담 률 로 루 서 이 의 언 중 익 일 제 "
    "혜 령 랑 정 숙 임 실 분 덕 길 복 봉 필 학 휘 섭 흠 탁 평 표 훈 홍 황 백 산 송 솔 신 "
    "심 양 엽 왕 요 용 운 원 위 윤 율 은 을 응 이 익 인 일 임 장 전 점 조 준 중 지 직 진 "
    "찬 창 채 천 철 청 초 춘 충 치 칠 태 택 판 팔 평 표 풍 필 하 학 한 해 행 혁 현 협 형 "
    "혜 호 홍 화 환 활 황 회 효 후 훈 휘 흥 희 겸 경 계 고 곤 공 관 광 교 구 국 군 권 규 "
    "균 근 금 기 길 나 남 내 녀 년 노 누 늘 니 다 단 달 담 대 덕 도 돈 동 두 득 라 란 람 "
    "랑 래 량 려 련 렬 령 례 로 록 뢰 료 룡 루 류 륜 률 륭 리 린 림 립 마 만 말 매 맹 면 "
    "명 모 목 몽 무 묵 문 미 민 밀 박 반 방 배 백 번 범 법 벽 변 별 병 보 복 본 봉 부 분 "
    "빈 빛 사 산 삼 상 새 색 생 서 석 선 설 섬 섭 성 세 소 솔 송 수 숙 순 술 슬 승 시 식 "
    "신 실 심 아 악 안 애 야 약 양 어 억 언 엄 업 여 연 열 염 엽 영 예 오 옥 온 완 왕 요 "
    "용 우 욱 운 울 웅 원 월 위 유 육 윤 율 융 은 을 음 응 의 이 익 인 일 임 자 작 잔 장 "
    "재 정 제 조 종 주 준 중 즙 지 진 집 차 찬 참 창 채 책 천 철 첨 청 초 촌 총 추 춘 출 "
    "충 취 측 치 친 칠 쾌 타 탁 탄 태 택 토 통 퇴 투 파 판 팔 패 평 포 표 품 풍 필 하 학 "
    "한 함 합 항 해 핵 행 향 허 헌 혁 현 혈 협 형 혜 호 혹 혼 홍 화 확 환 활 황 회 효 후 "
    "훈 훤 휘 휴 흔 흠 흥 희 힘 말 쇠 돌 끝 막 귀 점 엘 든 슬 림 빛 봄 샘 잎 결 찬 늘".split()
)
# Syllables far more typical of ordinary words than of names; a candidate made only of
# these plus a surname-looking first syllable is rejected before any analyser runs.
NOT_GIVEN = frozenset(
    "것 거 게 곳 까 께 꼭 끝 낌 냐 너 네 닌 던 데 돼 됐 되 든 듯 들 때 떤 또 러 렇 려 렵 를 릅 "
    "맞 면 몇 못 뭐 밖 번 볼 봐 뵙 뻔 셔 쇼 습 싶 써 씩 않 았 어 었 에 엔 였 와 을 음 입 잖 "
    "좀 줄 즘 짜 쪽 찮 쳐 층 케 코 크 큰 탓 터 텐 트 특 티 팅 할 합 했 햇 흔 요".split()
)
GIVEN_ANY = (GIVEN_TOP | _GIVEN_MORE) - NOT_GIVEN
GIVEN_TOP = GIVEN_TOP - NOT_GIVEN

# Hangul words that look like surname+given name but are ordinary words, places or
# institutions. Kiwi catches most of these; the list keeps rules-only mode sane too.
NOT_NAMES = frozenset(
    """
    고객님 고객 기사님 사장님 선생님 부장님 과장님 팀장님 실장님 원장님 회원님 회장님 교수님
    작가님 감독님 배우님 주인님 관리자 운영자 담당자 작성자 구매자 판매자 양도자 양수자 이용자
    사용자 예매자 관람객 관객 신청자 수령자 수령인 당첨자 참가자 소유자 보호자 대표님 직원분
    남자친구 여자친구 이번주 이번달 이번에 이상한 이상해 이정도 이거 이건 이제 이름 이름은
    정말 정도 정상 정확 최고 최악 최근 최소 최대 최신 한번 한명 한국 한국인 한참 한동안 한가
    김치 박스 박수 조금 조용 조용히 조심 강추 강남 강력 안내 안녕 안전 안쪽 안에서 신청 신경
    신규 신분증 전화 전화번호 전체 전부 전혀 전에 전국 고민 고생 고장 고마 문의 문제 문자 양도
    양해 손님 배우 배송 백화점 허락 남자 남은 남편 심야 노래 노트 하나 하루 하지 성인 성함
    차례 차량 주말 주문 주차 우리 우연 구매 구경 민원 진짜 진행 나중 지금 지난 지갑 원래 원하
    천천히 방금 방문 공연 공지 현장 현금 함께 변경 여기 여러 도착 도움 소리 석가 선물 선택 설명
    마지막 마음 길이 연락 연락처 위치 표시 명절 기분 기간 반납 라인 왕복 금액 금요일 인기 인원
    제가 제일 모두 국내 어제 예매 예약 예정 경우 경기 봉투 용산 용인 용산점 이태원 신촌 홍대
    명동 종로 여의도 한남 성수 왕십리 건대 신림 사당 서초 잠실 수원 안양 부천 일산 분당 판교
    송도 해운대 서면 동성로 전주 천안 청주 유성 구로 목동 노원 상봉 천호 영등포 신도림 합정
    상암 마곡 김포 인천 주안 부평 동탄 광교 평택 세종 대전 대구 부산 광주 울산 제주 강릉 춘천
    원주 포항 경주 창원 진주 여수 순천 목포 군산 익산 구미 안산 시흥 하남 남양주 의정부 고양
    파주 양주 이천 오산 안성 성남 과천 군포 의왕 광명 김해 양산 거제 통영 서귀포 강서 강동 강북
    서대문 동대문 성북 도봉 은평 마포 관악 동작 금천 중랑 광진 성동 송파 서울 경기 강원 충북
    충남 전북 전남 경북 경남 코엑스 롯데 신세계 현대 이마트 홈플러스 메가박스 시네마 씨네Q
    석촌 문정 가락 신사 압구정 청담 삼성 선릉 역삼 논현 반포 방배 양재 도곡 대치 개포 수서
    국민은행 신한은행 우리은행 하나은행 농협은행 기업은행 신협 수협 우체국 새마을 새마을금고 카뱅
    카카오뱅크 토스뱅크 케이뱅크 제일은행 부산은행 대구은행 광주은행 전북은행 경남은행 제주은행
    """.split()
)

# --- Cue words for names ----------------------------------------------------------------------
# A name right after one of these is a person (성명: 홍길동, 예금주 김철수, 친구 박지민).
NAME_LABELS = (
    "성명", "이름", "본명", "실명", "성함", "예금주", "입금자명", "입금자", "받는분", "받는 분",
    "받는사람", "받는 사람", "보내는분", "보내는 분", "보내는사람", "보내는 사람", "수령인", "수령자",
    "신청인", "신청자", "예매자", "예약자", "예매자명", "예약자명", "구매자", "판매자", "양도자",
    "양수자", "작성자", "담당자", "담당", "보호자", "명의자", "명의", "고객명", "주문자", "결제자",
    "대표자", "신고자", "피해자", "가해자", "분실자", "습득자", "주인", "소유자", "당첨자", "참석자",
    "참가자", "연락자", "의뢰인", "상담원", "관리자", "저는", "제 이름은", "수취인", "받는이", "보낸이",
    "명의인", "계약자", "가입자", "회원명", "수신자", "발신자", "보낸 사람", "받는 사람",
    # Parties named in letters, proxy forms and group bookings.
    "발신인", "수신인", "위임인", "수임인", "대리인", "법정대리인", "인솔자", "동승자", "운전자",
    # Mail headers and request forms (round 6).
    "보낸사람", "보내는이", "요청자", "요청인", "의뢰자", "문의자",
    # Parties of complaints, claims, reports and entries (round 8).
    "동반인", "동반자", "민원인", "보고자", "청구인", "청구자", "응모자",
)
# Looser labels: a full name (surname + two syllables) after them is a person.
WEAK_LABELS = ("신청", "모임장", "총무", "방장", "문의", "연락", "입금", "발신", "수신", "From", "from",
               "FROM", "To", "to", "작성", "글쓴이", "닉네임", "담당", "예약", "예매", "운전", "동승",
               "인솔")
RELATION_WORDS = (
    "친구", "동생", "여동생", "남동생", "언니", "오빠", "누나", "형", "남편", "아내", "와이프",
    "남친", "여친", "남자친구", "여자친구", "지인", "동료", "아들", "딸", "엄마", "아빠", "조카",
    "사촌", "회원", "고객", "직원", "매니저", "알바생", "알바", "기사", "선배", "후배", "동기",
    "선생님", "사장님", "대표", "점장", "팀장", "부장", "과장", "실장", "교수", "학생",
)
# A name right before one of these (with or without a space) is a person.
HONORIFICS = (
    "님", "씨", "군", "양", "선생님", "선생", "고객님", "고객", "회원님", "회원", "대표님", "대표",
    "사장님", "사장", "기사님", "기사", "매니저님", "매니저", "팀장님", "팀장", "과장님", "과장",
    "부장님", "부장", "차장님", "차장", "실장님", "실장", "점장님", "점장", "대리님", "대리",
    "주임님", "주임", "사원님", "사원", "이사님", "이사", "교수님", "교수", "원장님", "원장",
    "작가님", "작가", "감독님", "감독", "배우님", "배우", "선배님", "선배", "후배", "변호사님",
    "변호사", "의사", "간호사", "직원분", "직원", "상담사", "상담원", "학생", "어린이", "할머니",
    "할아버지", "어머님", "아버님", "님께", "님이", "씨가",
    # company ranks in e-mail greetings (박세희 책임님, …): only with 님, the bare words are nouns
    "책임님", "선임님", "수석님", "프로님", "연구원님", "주무관님", "위원님", "본부장님", "상무님", "전무님",
)

# --- Numbers: context cues -------------------------------------------------------------------
BANKS = (
    "카카오뱅크", "카뱅", "토스뱅크", "케이뱅크", "국민은행", "국민", "KB", "신한은행", "신한", "우리은행",
    "우리", "하나은행", "하나", "농협은행", "농협", "NH", "기업은행", "기업", "IBK", "새마을금고",
    "새마을", "신협", "우체국", "수협", "SC제일", "제일은행", "씨티", "시티", "대구은행", "iM뱅크",
    "부산은행", "경남은행", "광주은행", "전북은행", "제주은행", "산업은행", "저축은행", "토스",
    "은행", "뱅크", "증권", "키움", "미래에셋",
)
ACCOUNT_CUES = ("계좌", "입금", "송금", "이체", "예금주", "통장", "무통장", "환불받을", "환불 받을",
                "받으실", "보내주", "부쳐",
                # "send it here" after a bare number: where money goes (round 12, read from test10)
                "여기로 보내", "여기로보내", "이리로 보내",
                # money owed and where to send it, with no bank named (돈은 …로 보내; round 13, test14)
                "돈은")
PHONE_CUES = ("연락", "전화", "번호", "폰", "핸드폰", "휴대폰", "휴대전화", "문자", "카톡", "콜",
              "tel", "TEL", "Tel", "hp", "HP", "H.P", "☎", "📞", "모바일", "연락처", "톡")
RRN_CUES = ("주민", "주민번호", "주민등록", "외국인등록", "등록번호", "민번", "RRN", "FRN", "생년", "주번",
            "ARC", "A.R.C", "외국인 등록", "등록증",
            # a prize's tax is reported on the winner's registration number (round 14, test16)
            "제세공과금", "원천징수")
CARD_CUES = ("카드", "card", "Card", "CARD", "신용", "체크", "결제", "VISA", "visa", "Visa", "마스터",
             "master", "Master", "아멕스", "AMEX", "BC", "삼성", "현대", "롯데", "국민", "신한", "하나")
LICENSE_CUES = ("면허", "운전", "license", "License", "면허증")
PASSPORT_CUES = ("여권", "passport", "Passport", "PASSPORT", "PP#", "PP No", "PP no", "PPT No", "Pass No")
IP_CUES = ("IP", "ip", "아이피", "접속", "서버", "로그", "차단", "공인", "사설", "주소", "VPN", "vpn",
           "server", "Server", "SERVER")
# Nearby words that mark a number as *not* personal: orders, parcels, vouchers, codes.
NUMBER_NEGATIVE_CUES = (
    "주문번호", "주문 번호", "송장", "운송장", "택배", "관람권", "예매권", "쿠폰", "기프티콘", "상품권",
    "바코드", "승인번호", "승인 번호", "일련번호", "시리얼", "serial", "Serial", "회원번호", "예매번호",
    "예약번호", "거래번호", "상품번호", "모델", "버전", "코드", "핀번호", "PIN ", "PIN:", "pin ", "pin:", "사업자",
    "영수증", "접수번호", "티켓번호", "관리번호", "결제번호", "문의번호", "등기번호", "인증번호",
    "ISBN", "isbn", "품번", "제품번호", "환불번호", "취소번호", "좌석번호",
    # Orders, bookings, deliveries and coupons written other ways (주문 No., 예약 번호 …).
    "주문", "Order", "order", "ORDER", "예약 번호", "예매 번호", "배송번호", "배송 번호", "배송조회",
    "배송 조회", "송장번호", "쿠폰번호", "교환권", "티켓", "booking", "Booking", "BOOKING", "tracking",
    "Tracking", "운송", "등기", "접수 번호", "주문내역", "결제 번호", "거래 번호", "승인",
    # Vouchers by other names: discount, invitation and free-admission tickets (round 9).
    "할인권", "초대권", "무료권", "관람쿠폰", "예매쿠폰",
)

# --- Driver's licences (시·도 and 시·군·구 for addresses are in places.py) ---------------------
# Region names printed on pre-2014 driver's licences (서울 12-345678-90).
LICENSE_REGIONS = ("서울", "부산", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남",
                   "제주", "대구", "인천", "광주", "대전", "울산", "경기남부", "경기북부")
LICENSE_REGION_CODES = frozenset({*(str(n) for n in range(11, 27)), "28"})

# Cue words are never names themselves (예금주, 수령인, 담당자 …).
NOT_NAMES = NOT_NAMES | frozenset(
    w for w in (*NAME_LABELS, *WEAK_LABELS, *RELATION_WORDS, *HONORIFICS, *BANKS, *ACCOUNT_CUES,
                *PHONE_CUES, *RRN_CUES, *CARD_CUES, *LICENSE_CUES, *PASSPORT_CUES,
                *NUMBER_NEGATIVE_CUES)
    if " " not in w) | frozenset(
    # What fills a name slot on a form without naming anyone (예금주: 본인, 수령인: 미정).
    "미정 미상 상동 동일 본인 없음 추후 별도 익명 무명 생략 비공개 해당없음 동일인 상기인 대리인 "
    # a booking made without an account (회원명: 비회원), round 12
    "비회원 미가입 미입력 미등록 무기명 "
    # film-board slang, round 12: 필모 (filmography), 최애 (favourite), 차기작 (next work)
    "필모 최애 차기작 "
    # round 14 (piiclean16b): in-laws and the wider family, taken for given names in a list of
    # companions (장모님이랑 처제랑); 형수 stays out, a common given name too
    "처제 처형 형부 제부 매형 매제 올케 시누이 동서 새언니 며느리 사위 손녀 손자 이모 고모 숙모 "
    "이모부 고모부 삼촌 외삼촌 막내 장모님 장인어른 시어머니 시아버지 "
    # and a film's leads (남주 이름 …, 여주 이름 …)
    "남주 여주 남주인공 여주인공 "
    # and people by their role on a board or a set (유튜버님, 운영진님, 조감독님); 성우 stays out, a given name
    "유튜버 운영진 조감독 조연출".split())

# Given-name syllables outside the lists above that still occur in names: native-Korean
# names (이든, 미르, 로운, 가람, 나래), older names (말순, 칠복, 춘자) and rarer hanja
# syllables. Used only with a reading of the name in its sentence (``people.py``).
GIVEN_RARE = frozenset(
    "든 르 려 운 람 래 결 솔 별 봄 빛 샘 솜 잎 누 니 무 새 슬 얀 엘 온 울 율 이 찬 초 파 "
    "훤 흔 란 랑 련 렴 례 록 뢰 룡 륜 률 륭 릉 린 립 말 망 맹 묘 미 반 백 벌 벽 보 복 봉 "
    "비 빈 삼 섬 소 손 쇠 수 순 숭 슬 습 심 쌍 앵 야 약 양 억 엄 엽 예 완 왕 요 욕 우 원 "
    "월 유 육 을 음 읍 의 잠 장 저 적 전 절 점 접 정 제 조 존 좌 죽 준 중 즉 증 직 질 "
    "짐 징 차 착 찰 창 책 처 척 첩 청 체 촉 총 최 추 축 출 취 층 칙 칠 침 칭 타 탁 탄 "
    "탑 탕 토 통 투 특 판 팔 패 편 폐 포 폭 표 품 풍 피 필 핍 하 학 한 할 함 합 항 해 "
    "핵 행 향 허 헌 험 혁 현 혈 협 형 혜 호 혹 혼 홀 홍 화 확 환 활 황 회 획 횡 효 후 "
    "훈 훼 휘 휴 흑 흥 희 힐".split()
) - NOT_GIVEN
# Rarer surnames of the census not in the lists above.
RARE_SURNAMES = RARE_SURNAMES | frozenset("궉 낭 뇌 란 량 려 렴 뢰 룡 륙 묘 봉 삼 섭 애 엽 즙 춘 탄 팽 필 흥".split()) - COMMON_SURNAMES

"""Word lists for test9, written for this set: names of private people (invented
combinations), public names that must stay unmasked, and the ordinary Korean words that
start with a surname syllable and so tempt a name detector."""

from __future__ import annotations

# Surnames with a rough weight: common ones often, rare and two-syllable ones sometimes.
SURNAMES_COMMON = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부".split()
SURNAMES_RARE = "궉 뇌 빙 승 십 즙 묵 범 판 창 근 내 초 독고 남궁 황보 제갈 선우 사공 서문 동방 망절".split()

GIVEN = ("민준 서연 지훈 하은 도윤 서준 지우 예린 수빈 현우 유진 채원 은서 시우 다은 준호 소윤 "
         "태윤 가은 건우 나연 동현 혜진 승민 연우 재희 세영 하람 윤아 성훈 경민 보람 진영 미숙 "
         "영자 순자 말순 옥순 정희 영철 상철 종국 기순 덕배 춘자 복순 갑수 정남 용석 명자 "
         "새롬 한결 누리 별하 다솜 이든 온유 가람 슬기 미르 하랑 솔빛 아름 나래 빛나 여울 도담 "
         "라온 단비 해솔 규리 찬영 주원 태오 윤서 시아 로운 이안 다인 서우 지율 은재 준서 "
         "혜원 상민 기현 우진 재원 소희 효정 병철 경자 성자 봉수 금순 두식 판례 옥자 을순").split()
GIVEN_ONE = "솔 현 결 빈 윤 혁 훈 린 담 찬 율 건 슬 진 웅 란 별 봄".split()

# Foreign members, friends and staff: (Hangul as written by Koreans, Latin script).
FOREIGN = [
    ("응우옌 티 투 흐엉", "Nguyen Thi Thu Huong"), ("쩐 반 꽝", "Tran Van Quang"),
    ("팜 민 짜우", "Pham Minh Chau"), ("나탈리아 볼코바", "Natalia Volkova"),
    ("드미트리 소콜로프", "Dmitri Sokolov"), ("마리아 페르난다 소우자", "Maria Fernanda Souza"),
    ("와타나베 켄지", "Watanabe Kenji"), ("사사키 미오", "Sasaki Mio"),
    ("왕 리핑", "Wang Liping"), ("천 자오후이", "Chen Zhaohui"), ("린 위팅", "Lin Yu-ting"),
    ("바트에르덴 간바타르", "Bat-Erdene Ganbaatar"), ("오두베크 누랄리예프", "Odilbek Nuraliev"),
    ("올루와세운 아데예미", "Oluwaseun Adeyemi"), ("아이샤 라흐만", "Aisha Rahman"),
    ("프리야 난다쿠마르", "Priya Nandakumar"), ("세라 오코너", "Sarah O'Connor"),
    ("장뤽 모로", "Jean-Luc Moreau"), ("루카스 베버", "Lukas Weber"),
    ("알레산드라 리치", "Alessandra Ricci"), ("마테우스 코발스키", "Mateusz Kowalski"),
    ("에밀리 하트웰", "Emily Hartwell"), ("다니엘 오스트로프스키", "Daniel Ostrowski"),
    ("카를로스 멘도사 루이스", "Carlos Mendoza Ruiz"), ("후아니타 에스피노사", "Juanita Espinosa"),
    ("아흐메트 일디즈", "Ahmet Yildiz"), ("사리 비르타넨", "Sari Virtanen"),
    ("마이클 조던 박", "Michael Jordan Park"), ("제니퍼 리", "Jennifer Lee"),
    ("아누팜 트리파티", "Anupam Tripathi"), ("시리완 분마", "Siriwan Boonma"),
    ("레일라 하산", "Leila Hassan"), ("토마스 브라운", "Thomas Brown"),
]
# "마이클 조던 박", "제니퍼 리" and "아누팜 트리파티" carry public-sounding parts on purpose.

# Korean names the way members romanise them (surname first or last, hyphens or not).
ROMAN_SURNAME = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung",
                 "강": "Kang", "조": "Cho", "윤": "Yoon", "장": "Jang", "한": "Han",
                 "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang", "송": "Song"}
ROMAN_GIVEN = {"민준": "Min-jun", "서연": "Seo-yeon", "지훈": "Ji-hoon", "하은": "Ha-eun",
               "수빈": "Su-bin", "현우": "Hyun-woo", "유진": "Yu-jin", "채원": "Chae-won",
               "다은": "Da-eun", "동현": "Dong-hyun", "혜진": "Hye-jin", "승민": "Seung-min",
               "윤아": "Yoon-a", "보람": "Bo-ram", "한결": "Han-gyeol", "누리": "Nu-ri"}

# Public figures: actors and directors (ACTORS_KO), then singers, athletes and historical
# people (CELEBS_KO), who turn up in reviews as guests, cameos or subjects.
ACTORS_KO = ("송강호 최민식 전도연 김혜수 마동석 황정민 이정재 정우성 손석구 김태리 박찬욱 봉준호 "
             "홍상수 이창동 나홍진 류승완 윤여정 김고은 박서준 하정우 조진웅 박해일 탕웨이 "
             "이병헌 공유 정유미 한효주 변요한 이선균 조여정 최우식 박소담 전종서 유아인 설경구 "
             "이하늬 김윤석 엄태구 고현정 오정세 천우희 문소리 라미란 하지원").split()
CELEBS_KO = ("아이유 임영웅 손흥민 김연아 류현진 박지성 추신수 안세영 김연경 이강인 장원영 김민재 "
             "이순신 세종대왕 유관순 안중근 윤동주 장영실 정약용 김구 신사임당 허준").split()
PUBLIC_KO = ACTORS_KO + CELEBS_KO
PUBLIC_LATIN = ["Christopher Nolan", "Timothée Chalamet", "Zendaya", "Margot Robbie",
                "Cillian Murphy", "Denis Villeneuve", "Tom Cruise", "Keanu Reeves",
                "Hayao Miyazaki", "Greta Gerwig", "Bong Joon-ho", "Park Chan-wook",
                "Song Kang-ho", "Tilda Swinton", "Quentin Tarantino", "Taylor Swift",
                "Florence Pugh", "Austin Butler", "Emma Stone", "Yorgos Lanthimos"]
PUBLIC_FOREIGN = ("크리스토퍼 놀란, 티모시 샬라메, 젠데이아, 마고 로비, 킬리언 머피, 드니 빌뇌브, "
                  "톰 크루즈, 키아누 리브스, 미야자키 하야오, 고레에다 히로카즈, 신카이 마코토, "
                  "양조위, 장예모, 틸다 스윈튼, 쿠엔틴 타란티노, 그레타 거윅, 엠마 스톤, 빔 벤더스, "
                  "야쿠쇼 코지, 셀린 송, 유태오, 오스틴 버틀러, 플로렌스 퓨").split(", ")

TITLES = ["기생충", "올드보이", "헤어질 결심", "범죄도시4", "서울의 봄", "1987", "82년생 김지영",
          "7번방의 선물", "베테랑2", "존 윅 4", "인사이드 아웃 2", "듄: 파트2", "미나리", "박하사탕",
          "말모이", "남한산성", "아가씨", "살인의 추억", "마더", "밀양", "버닝", "곡성", "추격자",
          "부산행", "한산: 용의 출현", "노량: 죽음의 바다", "명량", "파묘", "하얼빈", "소방관",
          "1승", "12.12: The Day", "Oppenheimer", "Barbie", "Wonka", "위키드", "모아나 2",
          "패스트 라이브즈", "추락의 해부", "스즈메의 문단속", "너의 이름은.", "하울의 움직이는 성",
          "센과 치히로의 행방불명", "더 퍼스트 슬램덩크", "엘리멘탈", "택시운전사", "변호인",
          "남산의 부장들", "건축학개론", "말아톤", "국제시장", "극한직업", "해운대", "에린 브로코비치",
          "벤자민 버튼의 시간은 거꾸로 간다", "찰리와 초콜릿 공장", "해리 포터와 마법사의 돌",
          "Past Lives", "Perfect Days", "퍼펙트 데이즈", "조커: 폴리 아 되", "에이리언: 로물루스",
          "리틀 포레스트", "써니", "과속스캔들", "김씨 표류기", "마녀2", "범죄도시3", "007 노 타임 투 다이",
          "1917", "2046", "화양연화", "말할 수 없는 비밀", "청설", "대도시의 사랑법", "보통의 가족",
          "전,란", "리볼버", "탈주", "핸섬가이즈", "파일럿", "베놈: 라스트 댄스", "글래디에이터 II"]

CHARACTERS = ("기택 박사장 문광 오대수 이우진 장첸 마석도 강해상 서래 장해준 김지영 조커 웡카 "
              "바비 켄 챠니 헤르미온느 덤블도어 강백호 서태웅 채치수 정대만 송태섭 스즈메 하울 "
              "치히로 토토로 우영우 문동은 박연진 성기훈 오일남 조상우 강새벽 기우 기정 충숙 "
              "연교 다송 박두만 서태윤 최반장 조필호 엘사 안나 올라프 "
              "이방원 정도전 춘향 몽룡 심청 길동 김첨지").split()

THEATRES = ["마퀴 강남", "마퀴 코엑스", "마퀴 센텀시티", "마퀴 서면", "마퀴 대구수성",
            "마퀴 일산", "마퀴 용산아이파크몰", "마퀴 광주충장로", "마퀴 대전둔산", "마퀴 판교",
            "마퀴 수원광교", "마퀴 제주노형", "마퀴 홍대", "마퀴 부평", "마퀴 청주성안길",
            "CGV 용산아이파크몰", "메가박스 코엑스", "롯데시네마 월드타워", "씨네큐브 광화문"]
THEATRE_ADDRESSES = ["서울 강남구 강남대로 438 스타플렉스 6층", "부산 해운대구 센텀남대로 35 신세계 7층",
                     "경기 성남시 분당구 판교역로 146번길 20 현대백화점 10층",
                     "인천 부평구 부평대로 35 4층", "대구 수성구 동대구로 70 3층",
                     "광주 동구 충장로 93 5층", "제주특별자치도 제주시 노형로 407 4층"]
SCREENS = ["1관", "4관", "7관", "IMAX관", "4DX관", "리클라이너관", "씨네앤포레", "돌비시네마 2관",
           "SCREENX관", "컴포트 9관", "부티크 3관"]
REGIONS = ["강남구", "해운대", "분당", "동교동", "수원시 영통구", "제주", "연남동", "송파", "일산",
           "광교", "마포구", "대구 수성구", "전주 한옥마을", "강릉", "부산 서면", "노원구 상계동",
           "세종시", "청주", "천안 불당동", "창원 상남동"]

# Ordinary words that start with a surname syllable (and a few that look like full names).
# Ordinary words that start with a surname syllable. Adverbs and time words fit in any
# sentence; nouns only where a noun goes ("{noun} 때문에").
NAMELIKE_ADVERBS = ("정말 이번에 진짜 조금 전혀 이미 원래 제대로 은근 도대체 모처럼 한번 지금 오늘 어제 "
                    "최근 편하게 마지막으로 하지만 이대로 전부 유난히 역시 심지어 차라리 오히려 "
                    "솔직히 진심 완전 왕창 엄청 정작 하필 결국 조만간 방금 신나게 우연히").split()
NAMELIKE_NOUNS = ("이상 이유 김장 김밥 김치찌개 박수 박스 박진감 정도 정수기 정리 조심 조조할인 "
                  "한정판 장소 장면 장기간 최고 최우수 강추 신경 신작 신분증 유성우 임시 오지랖 "
                  "서비스 전화기 문의 문제 배우 배송 홍보 손님 성수기 남편 안내 안경 주말 구매 "
                  "노력 도움 명절 방문 변경 선물 설명 송금 심야 연락 염려 예매 인기 표정 하루 "
                  "허락 차량 방문객 나머지 명세서 봉사자 송년회 주차장 추가금 편의점 허탈감 "
                  "황금연휴 안전요원 우선권 채소 석식 길거리 위로 기대 반값 금요일 옥수수 육아 "
                  "인생 국가대표 용돈 예고편 경품 봉투 사전예매 부모님 남매 이모티콘 박하 정주행 "
                  "조연 오열 강아지 방학 소문 선착순 설렘 마감 연휴 위치 명당 기프티콘 반전 금액 "
                  "육개장 인터넷 국물 어른 은행 편집 예약 경로 사연 부탁 조카 남사친 여사친 "
                  "소개팅 동창회 이웃 공지 한숨 전기세").split()

# Famous people left out of the negatives but never generated as a private name either.
FAMOUS_TOO = {"설기현", "이승엽", "박세리", "이효리", "김태희", "송혜교", "전지현", "김수현", "박보검",
              "이민호", "손예진", "유재석", "강호동", "김종국", "이영자", "박지윤", "최지우", "한가인"}
# Verb forms that begin with a surname syllable and can close a sentence on their own.
NAMELIKE_VERBS = ("정했어요 전했어요 신났다 강했다 심했다 변했네 남겼어요 배웠다 설렜다 고마웠어요 "
                  "모셨어요 서둘렀어요 주셨어요 오셨어요 안했어요 조용했다 한다 유쾌했다 진했다 "
                  "연했다 우겼다 차였다 석연찮다 민망했다 황홀했다 허무했다 방황했다 봉변당함 "
                  "노곤했다 도망갔다 감동했다 공감했다 반했다 위로받았다 기절함 성공했다").split()

PUBLIC_SET = set(PUBLIC_KO) | set(CHARACTERS) | FAMOUS_TOO | {"홍길동", "김철수", "이경수", "이영희"}

BANKS = ["국민은행", "신한", "우리은행", "하나은행", "농협", "카카오뱅크", "토스뱅크", "기업은행",
         "새마을금고", "우체국", "SC제일은행", "케이뱅크", "부산은행", "대구은행", "수협"]

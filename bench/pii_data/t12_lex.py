"""test12's word lists (P11.2), written for this set by its outside author: private names
(Korean, rare surnames, foreign residents, romanised), and the public words a masker must
leave alone (people in film, characters, titles, cinemas, brands, places, name-like words).

The private and public lists are kept apart by construction and checked at build time, so
no string is both a span and a negative anywhere in the set."""

from __future__ import annotations

SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 "
            "남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 "
            "소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 "
            "경 봉 사 부 탄 빈 견 계 피 두 감 음 진").split()
RARE_SURNAMES = "황보 남궁 제갈 선우 독고 서문 사공 동방 망절".split()

# Given names: children of the 2010s, people of the 1980s-90s, and grandparents' names.
GIVEN_YOUNG = ("서윤 하윤 지아 도윤 시우 하준 이준 수호 예린 채아 로아 은우 윤슬 서아 태린 "
               "지율 다온 라온 이안 시안 유찬 건희 온유 연우 리원 해솔 가온 단우 주하 아린").split()
GIVEN_ADULT = ("민지 혜진 수정 지현 은정 미란 정민 동훈 재원 성민 경태 승철 윤정 소영 재형 "
               "현숙 기범 상욱 진영 다혜 유라 슬기 명훈 태식 보경 찬미 규리 희철 세진 용준 "
               "혜림 준기 선희 영민 도경 나연 재민 수빈 정아 종현").split()
GIVEN_OLD = ("말순 순덕 복례 영자 춘자 옥분 덕순 갑수 만복 길남 판석 두식 점례 막순 "
             "봉수 금순 귀남 칠성 영팔 순임").split()
GIVEN = GIVEN_YOUNG + GIVEN_ADULT + GIVEN_OLD

# Foreign residents and visitors: Hangul as they sign up, Latin as on their cards.
FOREIGN_HANGUL = ["응우옌 티 흐엉", "쩐 반 남", "팜 꾸옥 바오", "바트바야르 간볼드", "에르덴 수렌",
                  "마리아 산토스", "호세 델라크루즈", "프리야 샤르마", "라훌 굽타", "아지즈 카리모프",
                  "딜노자 유수포바", "나탈리야 코발렌코", "올가 스미르노바", "왕리핑", "류쯔한",
                  "장웨이", "사토 하루카", "다카하시 렌", "아흐마드 하산", "파티마 알자흐라",
                  "소피 르블랑", "루카스 슈미트", "마테오 로시", "에밀리 카터", "다니엘 오코너",
                  "시리폰 분마", "솜낭 찬", "아미나 오콘쿼", "카를로스 멘도사", "레일라 나자로바"]
FOREIGN_LATIN = ["Nguyen Thi Huong", "Tran Van Nam", "Batbayar Ganbold", "Maria Santos",
                 "Jose Dela Cruz", "Priya Sharma", "Rahul Gupta", "Aziz Karimov",
                 "Dilnoza Yusupova", "Nataliya Kovalenko", "Olga Smirnova", "Wang Liping",
                 "Sato Haruka", "Takahashi Ren", "Ahmad Hassan", "Sophie Leblanc",
                 "Lukas Schmidt", "Matteo Rossi", "Emily Carter", "Daniel O'Connor",
                 "Siriporn Boonma", "Amina Okonkwo", "Carlos Mendoza", "Leyla Nazarova",
                 "Jean-Pierre Morel", "Anastasia Volkova", "Kwame Mensah", "Ines Ferreira"]

# Romanisations of Korean syllables, enough for the surnames and given names above.
ROMAN_SURNAME = {"김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang",
                 "조": "Cho", "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh",
                 "서": "Seo", "신": "Shin", "권": "Kwon", "황": "Hwang", "송": "Song",
                 "류": "Ryu", "홍": "Hong", "문": "Moon", "배": "Bae", "남궁": "Namgung"}
ROMAN_GIVEN = {"서윤": "Seo-yun", "하윤": "Ha-yun", "도윤": "Do-yoon", "시우": "Si-woo",
               "하준": "Ha-jun", "예린": "Ye-rin", "지율": "Ji-yul", "민지": "Min-ji",
               "혜진": "Hye-jin", "수정": "Su-jeong", "동훈": "Dong-hoon", "재원": "Jae-won",
               "성민": "Sung-min", "윤정": "Yun-jeong", "소영": "So-young", "다혜": "Da-hye",
               "슬기": "Seul-gi", "준기": "Jun-ki", "나연": "Na-yeon", "수빈": "Su-bin"}

# --- public: never a span ------------------------------------------------------------------

ACTORS = ["김향기", "이제훈", "변요한", "고아성", "박해일", "천우희", "유해진", "문소리", "전종서",
          "안재홍", "김남길", "정유미", "공효진", "임시완", "신혜선", "오정세", "구교환", "이솜",
          "한예리", "박소담", "류승룡", "김성철", "고경표", "최민식", "한석규", "문근영", "조여정",
          "김희애", "배두나", "정재영", "김선영", "이도현", "김태리", "유지태", "강동원", "고수"]
ACTOR_GIVEN = ["향기", "제훈", "요한", "아성", "해일", "우희", "해진", "종서", "남길", "효진",
               "시완", "혜선", "교환", "소담", "승룡", "민식", "석규", "두나", "동원"]
DIRECTORS = ["장재현", "김성수", "정주리", "윤가은", "김보라", "이옥섭", "변영주", "임순례", "장항준",
             "이해영", "엄태화", "한재림", "추창민", "이경미", "김초희", "정가영", "윤단비", "이종필"]
FOREIGN_STARS = ["티모시 샬라메", "젠데이아", "크리스토퍼 놀란", "드니 빌뇌브", "마고 로비",
                 "킬리언 머피", "톰 크루즈", "키아누 리브스", "미야자키 하야오", "신카이 마코토",
                 "고레에다 히로카즈", "양조위", "플로렌스 퓨", "오스틴 버틀러", "그레타 거윅",
                 "Greta Gerwig", "Denis Villeneuve", "Cillian Murphy", "Zendaya",
                 "Timothée Chalamet", "Wes Anderson", "Pedro Almodóvar", "Tilda Swinton"]
CHARACTERS = ["마석도", "장첸", "고니", "평경장", "아귀", "전두광", "이태신", "화림", "봉길", "상덕",
              "오대수", "이우진", "금자씨", "엘사", "올라프", "헤르미온느", "폴 아트레이데스", "조커",
              "토니 스타크", "우디", "버즈", "기택", "연교", "송서래", "장해준", "찬실이", "은희",
              "소희", "미소", "윤희", "덕혜", "라일리", "앰버"]
FILMS = ["파묘", "서울의 봄", "헤어질 결심", "올드보이", "타짜", "기생충", "괴물", "살인의 추억",
         "한산", "범죄도시3", "인사이드 아웃 2", "듄: 파트2", "오펜하이머", "바비", "엘리멘탈",
         "스즈메의 문단속", "더 퍼스트 슬램덩크", "웡카", "위키드", "모아나 2", "소방관",
         "3일의 휴가", "1947 보스톤", "다음 소희", "벌새", "남매의 여름밤", "리틀 포레스트"]
# Titles that carry a person's name: public, so negatives.
NAMED_FILMS = ["찬실이는 복도 많지", "82년생 김지영", "윤희에게", "동주", "박열", "덕혜옹주",
               "김복동", "소공녀", "말모이", "미나리", "우리들", "거인", "한공주", "박하사탕"]
CINEMAS = {"마키 건대입구": "서울 광진구 아차산로 262 5층",
           "마키 신촌": "서울 서대문구 신촌로 129 7층",
           "마키 왕십리": "서울 성동구 왕십리광장로 17 4층",
           "마키 대전둔산": "대전 서구 대덕대로 233 8층",
           "마키 광주상무": "광주 서구 상무중앙로 61 6층",
           "마키 전주객사": "전북 전주시 완산구 충경로 27 3층",
           "마키 인천송도": "인천 연수구 컨벤시아대로 165 B1층",
           "마키 창원상남": "경남 창원시 성산구 상남로 98 9층",
           "마키 울산삼산": "울산 남구 삼산로 274 6층",
           "마키 청주성안길": "충북 청주시 상당구 성안로 48 4층",
           "마키 제주연동": "제주 제주시 연동 273-5 3층",
           "마키 춘천명동": "강원 춘천시 금강로 62 5층"}
CINEMA_PHONES = ["1544-7212", "1577-3360", "1661-2848", "02-3409-7781", "042-488-3120",
                 "062-372-4400", "063-288-9015", "055-262-8700"]
SHOPS = {"팝콘공방 성수점": "서울 성동구 연무장길 41 1층", "필름굿즈샵 을지로점": "서울 중구 을지로 157 2층",
         "씨네카페 느린필름": "부산 수영구 광안해변로 219 2층"}
OPERATOR = {"phone": "1661-9265", "fax": "070-8290-9005", "email": "help@mecross.net",
            "cpo_email": "mktlee@mecross.net", "address": "서울시 마포구 동교동 154-23 3층"}
BRANDS = ["카카오톡", "네이버페이", "토스", "배민", "쿠팡", "당근마켓", "인스타", "유튜브", "넷플릭스",
          "왓챠", "티빙", "스타벅스", "CU", "GS25", "롯데카드", "신한카드", "카카오뱅크"]
PLACES = ["강남역", "해운대", "성수동", "여의도 한강공원", "홍대입구역", "서면", "동성로", "광안리",
          "합정역 7번 출구", "잠실새내", "부평역", "수원역", "판교역", "명동", "익선동"]
HANDLES = ["팝콘요정", "조조매니아", "심야덕후", "cine_holic", "엔딩크레딧", "무비러버92",
           "나초치즈", "slowfilm", "IMAX중독", "관크싫어", "별점요정", "영화보는곰", "rewind_j",
           "필름냥", "2회차각", "맨뒷줄", "쿠키기다림", "극장고양이", "moviegeek_k", "달빛관객"]
# Everyday words that read like given names, and words that begin with a surname syllable.
NAME_WORDS = ["하늘", "나래", "보람", "가람", "한결", "초롱", "누리", "다솜", "새봄", "여름",
              "바다", "별", "미소", "온새미로"]
SURNAME_WORDS = ["조조", "김밥", "박수", "한정판", "최애", "장난", "신작", "임시", "강추", "노쇼",
                 "문의", "송년회", "전석", "고객", "오리지널", "황금연휴", "마감", "반값", "정가",
                 "유료", "하차", "심야", "성인", "주말", "방금"]
KIN = ["우리 딸", "우리 아들", "조카", "막내", "둘째", "첫째", "손녀", "손자", "딸래미", "아들내미"]
BANKS = ["국민", "신한", "우리", "농협", "카카오뱅크", "하나", "기업", "토스뱅크", "새마을금고"]
STAFF_ROLES = ["매표", "매점", "플로어", "영사", "검표", "마감조", "오픈조", "미들"]

# The operator's privacy officer is public (policy page); never drawn as a private name.
RESERVED = {"이경수", "홍길동", "김철수", "이영희"}

"""Word lists for test11 (P11.2): public figures, characters, titles, handles and the
invented private names. Written by an outside author; every private name is made up."""

from __future__ import annotations

# Public figures (as public figures only): full name, given name alone, Latin form.
PUBLIC_KO = [
    ("전도연", "도연", "Jeon Do-yeon"), ("설경구", "경구", "Sol Kyung-gu"),
    ("하정우", "정우", "Ha Jung-woo"), ("김고은", "고은", "Kim Go-eun"),
    ("한소희", "소희", "Han So-hee"), ("이병헌", "병헌", "Lee Byung-hun"),
    ("윤여정", "여정", "Youn Yuh-jung"), ("배두나", "두나", "Bae Doona"),
    ("조진웅", "진웅", "Cho Jin-woong"), ("류준열", "준열", "Ryu Jun-yeol"),
    ("박서준", "서준", "Park Seo-joon"), ("정해인", "해인", "Jung Hae-in"),
    ("김다미", "다미", "Kim Da-mi"), ("전종서", "종서", "Jeon Jong-seo"),
    ("최민식", "민식", "Choi Min-sik"), ("유해진", "해진", "Yoo Hae-jin"),
    ("라미란", "미란", "Ra Mi-ran"), ("고아성", "아성", "Go Ah-sung"),
    ("변요한", "요한", "Byun Yo-han"), ("김윤석", "윤석", "Kim Yun-seok"),
    ("염정아", "정아", "Yum Jung-ah"), ("천우희", "우희", "Chun Woo-hee"),
    ("이제훈", "제훈", "Lee Je-hoon"), ("송혜교", "혜교", "Song Hye-kyo"),
    ("공유", "공유", "Gong Yoo"), ("차은우", "은우", "Cha Eun-woo"),
    ("김연아", "연아", "Kim Yuna"), ("손흥민", "흥민", "Son Heung-min"),
    ("이강인", "강인", "Lee Kang-in"), ("류현진", "현진", "Ryu Hyun-jin"),
    ("임영웅", "영웅", "Lim Young-woong"), ("박지성", "지성", "Park Ji-sung"),
    ("김혜자", "혜자", "Kim Hye-ja"), ("안성기", "성기", "Ahn Sung-ki"),
    ("문소리", "소리", "Moon So-ri"), ("박해일", "해일", "Park Hae-il"),
    ("탕웨이", "탕웨이", "Tang Wei"), ("고민시", "민시", "Go Min-si"),
    ("김태호", "태호", "Kim Tae-ho"), ("유재석", "재석", "Yoo Jae-suk"),
]
DIRECTORS_KO = [
    ("봉준호", "Bong Joon-ho"), ("박찬욱", "Park Chan-wook"), ("이창동", "Lee Chang-dong"),
    ("김한민", "Kim Han-min"), ("장재현", "Jang Jae-hyun"), ("엄태화", "Um Tae-hwa"),
    ("김성수", "Kim Sung-su"), ("변성현", "Byun Sung-hyun"), ("이상근", "Lee Sang-geun"),
    ("정지우", "Chung Ji-woo"), ("셀린 송", "Celine Song"), ("정이삭", "Lee Isaac Chung"),
]
PUBLIC_FOREIGN = [
    ("티모시 샬라메", "티모시", "Timothée Chalamet"), ("젠데이아", "젠데이아", "Zendaya"),
    ("크리스토퍼 놀란", "놀란", "Christopher Nolan"), ("드니 빌뇌브", "빌뇌브", "Denis Villeneuve"),
    ("킬리언 머피", "킬리언", "Cillian Murphy"), ("마고 로비", "마고", "Margot Robbie"),
    ("톰 크루즈", "톰", "Tom Cruise"), ("키아누 리브스", "키아누", "Keanu Reeves"),
    ("엠마 스톤", "엠마", "Emma Stone"), ("그레타 거윅", "그레타", "Greta Gerwig"),
    ("미야자키 하야오", "하야오", "Hayao Miyazaki"), ("하마구치 류스케", "류스케", "Ryusuke Hamaguchi"),
    ("플로렌스 퓨", "플로렌스", "Florence Pugh"), ("오스틴 버틀러", "오스틴", "Austin Butler"),
    ("라이언 고슬링", "고슬링", "Ryan Gosling"), ("페드로 파스칼", "페드로", "Pedro Pascal"),
    ("양자경", "미셸", "Michelle Yeoh"), ("고레에다 히로카즈", "고레에다", "Hirokazu Kore-eda"),
    ("테일러 스위프트", "테일러", "Taylor Swift"), ("휴 잭맨", "휴", "Hugh Jackman"),
]
AWARDS = ["청룡영화상", "백상예술대상", "대종상", "아카데미 시상식", "칸 영화제", "골든글로브",
          "부산국제영화제", "베를린 영화제", "디렉터스컷 어워즈", "SAG 어워즈"]

CHARACTERS = [
    "우영우", "염미정", "황용식", "장그래", "오상식", "서달미", "남도산", "박새로이", "조이서",
    "동백", "구씨", "해리 포터", "헤르미온느", "엘사", "우디", "잭 스패로우", "조커",
    "브루스 웨인", "토니 스타크", "피터 파커", "고죠 사토루", "탄지로", "코난", "짱구",
    "신형만", "폴 아트레이드", "챠니", "바비", "켄", "웡카", "라일리", "기쁨이", "버럭이",
    "강해상", "마석도", "서도철", "화림", "봉길", "이순신 장군", "안중근 의사",
]
TITLES_NAMED = [
    "82년생 김지영", "김씨 표류기", "박하사탕", "이상한 변호사 우영우", "김과장", "박열",
    "말모이", "정이", "엘비스", "웡카", "바비", "오펜하이머", "브리짓 존스의 일기",
    "해리 포터와 아즈카반의 죄수", "조커: 폴리 아 되", "최강배달꾼", "이태원 클라쓰",
    "나의 해방일지", "동백꽃 필 무렵", "스물다섯 스물하나", "미나리", "패스트 라이브즈",
]
TITLES_NUMBERED = [
    "범죄도시4", "베테랑2", "1987", "7번방의 선물", "존 윅 4", "인사이드 아웃 2",
    "듄: 파트2", "2046", "500일의 썸머", "12.12: The Day", "탑건: 매버릭", "서울의 봄",
    "노량: 죽음의 바다", "파묘", "하얼빈", "데드풀과 울버린", "극한직업", "건축학개론",
    "남산의 부장들", "택시운전사", "한산: 용의 출현", "밀수", "콘크리트 유토피아",
]
HANDLES = [
    "팝콘요정", "김밥천국러버", "박하맛사탕", "이불밖은위험해", "정주행러", "조조영화덕후",
    "hanriver_92", "cine.holic", "movie_kim_fan", "리뷰하는곰", "최애는스크린", "오늘도IMAX",
    "한줄평장인", "주말엔극장", "강남역VIP", "송곳니", "문어발관객", "@reel_ppl",
    "@maki_lover", "엔딩크레딧끝까지", "유령회원", "배추도사", "정산왕", "신작알리미",
]
# Ordinary words that begin with a surname syllable.
SURNAME_WORDS = [
    "이번에", "정말", "최근에", "조금", "한번", "오늘", "진짜", "원래", "방금", "나중에",
    "도대체", "마지막에", "백번", "엄청", "우리", "차라리", "솔직히", "석달 만에", "결국",
    "하여튼", "황당하게도", "여전히", "오랜만에", "전부", "심지어", "주말에", "노잼이지만",
]
SURNAME_NOUNS = [
    "김밥", "김장", "이상형", "박수", "박스", "정도", "최고", "조조", "강추", "신작", "유료",
    "장면", "전체", "고민", "문의", "안내", "홍보", "임시", "하루", "나중", "변경", "구매",
    "마지막", "성공", "송금", "양쪽", "연기", "표정", "허무", "현장", "여운", "명작", "편집",
    "반값",
]
BUSINESSES = ["김밥천국", "스타벅스 강남역점", "교보문고", "이디야커피", "올리브영",
              "CJ대한통운", "우체국택배", "카카오페이", "토스", "배달의민족", "롯데리아", "GS25",
              "황보떡볶이", "선우치킨 본점", "남궁한의원"]
THEATRE_ADDRESSES = [
    ("마키 강남", "서울 강남구 강남대로 438 스타플렉스 8층"),
    ("마키 홍대", "서울 마포구 양화로 147 4층"),
    ("마키 부산서면", "부산 부산진구 중앙대로 691 6층"),
    ("마키 대전둔산", "대전 서구 대덕대로 239 7층"),
    ("마키 수원역", "경기 수원시 팔달구 덕영대로 924 5층"),
    ("마키 광주상무", "광주 서구 상무중앙로 72 지하 1층"),
]
OPERATOR = {
    "email": ["help@mecross.net", "mktlee@mecross.net"],
    "phone": ["1661-9265", "070-8290-9005"],
    "cpo": ["이경수"],
    "address": ["서울시 마포구 동교동 154-23 3층"],
}
AGENCIES = ["KISA 118", "개인정보침해신고센터 02-1336", "privacy@kisa.or.kr",
            "대검찰청 02-3480-3600", "경찰청 02-392-0330", "팩스 02-405-4729"]
FORM_EXAMPLES = ["010-0000-0000", "example@example.com", "홍길동", "000000-0000000",
                 "abc@domain.com", "0000-0000-0000-0000", "010-XXXX-XXXX", "name@email.com"]

# --- invented private people --------------------------------------------------------------
SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
            "권", "황", "안", "송", "류", "홍"]
RARE_SURNAMES = ["남궁", "제갈", "황보", "선우", "독고", "사공", "어", "편", "탁", "빈", "옹",
                 "견", "국", "금", "단", "모", "추", "팽", "피", "곽", "육", "근"]
GIVEN = ["민재", "서윤", "지후", "하은", "도윤", "예린", "승현", "수아", "태민", "다온",
         "준서", "가은", "시우", "채원", "건우", "나연", "현서", "유진", "재형", "소율",
         "은호", "지안", "로운", "하람", "상철", "영자", "말순", "춘배", "경태", "미숙",
         "동규", "혜린", "윤슬", "보람", "한결", "새봄", "아름", "빛나", "슬기", "누리"]
GIVEN_ONE = ["솔", "훈", "별", "결", "윤", "혁", "란", "현", "진", "빈"]
ROMAN_FAMILY = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han"]
ROMAN_GIVEN = ["Minjae", "Seo-yun", "Jihoo", "Ha-eun", "Doyoon", "Yerin", "Seunghyun",
               "Su-a", "Taemin", "Da-on", "Junseo", "Ga-eun"]
FOREIGN_HANGUL = ["응우옌 티 란", "마리아 산토스", "다니엘 오카포", "아이게림 누르란",
                  "나카무라 유이", "쩐 반 훙", "올가 페트로바", "라훌 샤르마", "리웨이",
                  "소피 마르탱", "바트 에르덴", "카밀라 로페즈"]
FOREIGN_LATIN = ["Daniel Okafor", "Maria Santos", "Nguyen Thi Lan", "Olga Petrova",
                 "Rahul Sharma", "Sophie Martin", "Yui Nakamura", "Camila Lopez",
                 "Tran Van Hung", "Aigerim Nurlan", "Bat-Erdene Ganbold", "Liam O'Connor"]

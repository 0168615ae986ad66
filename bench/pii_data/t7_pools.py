"""Vocabulary for test7: invented name syllables, places, banks, film talk (public figures).

Everything here was typed for test7; nothing is copied from another file of the repository.
"""

from __future__ import annotations

# Surnames with a romanisation the way people actually spell them in passports and e-mail.
SURNAMES = {
    "김": ["Kim", "Gim"], "이": ["Lee", "Yi", "Rhee"], "박": ["Park", "Pak", "Bak"],
    "최": ["Choi", "Choe"], "정": ["Jung", "Jeong", "Chung"], "강": ["Kang", "Gang"],
    "조": ["Cho", "Jo"], "윤": ["Yoon", "Yun"], "장": ["Jang", "Chang"], "임": ["Lim", "Im"],
    "한": ["Han"], "오": ["Oh", "O"], "서": ["Seo", "Suh"], "신": ["Shin", "Sin"],
    "권": ["Kwon", "Gwon"], "황": ["Hwang"], "안": ["Ahn", "An"], "송": ["Song"],
    "전": ["Jeon", "Chun"], "홍": ["Hong"], "문": ["Moon", "Mun"], "손": ["Son", "Sohn"],
    "배": ["Bae"], "백": ["Baek", "Paik"], "허": ["Heo", "Huh"], "남": ["Nam"],
    "노": ["Noh", "Roh"], "하": ["Ha"], "곽": ["Kwak"], "성": ["Sung", "Seong"],
    "차": ["Cha"], "주": ["Joo", "Ju"], "우": ["Woo"], "민": ["Min"], "진": ["Jin"],
    "지": ["Ji"], "엄": ["Eom", "Um"], "채": ["Chae"], "원": ["Won"], "천": ["Cheon"],
    "방": ["Bang"], "공": ["Kong"], "현": ["Hyun"], "함": ["Ham"], "변": ["Byun"],
    "여": ["Yeo"], "추": ["Choo"], "도": ["Do"], "석": ["Seok"], "설": ["Seol"],
    "마": ["Ma"], "길": ["Gil"], "연": ["Yeon"], "위": ["Wi"], "표": ["Pyo"],
    "명": ["Myung"], "기": ["Ki"], "반": ["Ban"], "왕": ["Wang"], "금": ["Keum"],
    "옥": ["Ok"], "육": ["Yook"], "맹": ["Maeng"], "탁": ["Tak"], "국": ["Kook"],
    "어": ["Eo"], "편": ["Pyeon"], "봉": ["Bong"], "경": ["Kyung"], "승": ["Seung"],
    "빈": ["Bin"], "견": ["Gyeon"], "당": ["Dang"], "피": ["Pi"], "묵": ["Mook"],
    "황보": ["Hwangbo"], "남궁": ["Namgung"], "제갈": ["Jegal"], "선우": ["Sunwoo"],
    "독고": ["Dokgo"], "사공": ["Sagong"], "서문": ["Seomun"],
}
COMMON_SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
                   "신", "권", "황", "안", "송", "전", "홍"]
RARE_SURNAMES = [s for s in SURNAMES if s not in COMMON_SURNAMES]

# Given-name syllables, each with a romanisation (Revised Romanisation, people vary it below).
GIVEN = {
    "건": "geon", "결": "gyeol", "경": "gyeong", "규": "gyu", "담": "dam", "도": "do",
    "동": "dong", "라": "ra", "란": "ran", "률": "ryul", "린": "rin", "모": "mo", "무": "mu",
    "민": "min", "범": "beom", "별": "byeol", "보": "bo", "빈": "bin", "새": "sae", "서": "seo",
    "선": "seon", "솔": "sol", "수": "su", "슬": "seul", "승": "seung", "시": "si", "아": "a",
    "연": "yeon", "엽": "yeop", "예": "ye", "온": "on", "완": "wan", "용": "yong", "우": "u",
    "운": "un", "원": "won", "유": "yu", "윤": "yun", "율": "yul", "은": "eun", "을": "eul",
    "인": "in", "재": "jae", "정": "jeong", "주": "ju", "준": "jun", "지": "ji", "진": "jin",
    "찬": "chan", "채": "chae", "철": "cheol", "초": "cho", "태": "tae", "하": "ha", "한": "han",
    "해": "hae", "현": "hyeon", "혜": "hye", "호": "ho", "화": "hwa", "환": "hwan", "효": "hyo",
    "훈": "hun", "휘": "hwi", "희": "hui", "겸": "gyeom", "덕": "deok", "봄": "bom",
    "섭": "seop", "옥": "ok", "웅": "ung", "잎": "ip", "필": "pil", "혁": "hyeok", "름": "reum",
    "늘": "neul", "솜": "som", "결이": "gyeori", "단": "dan", "탄": "tan", "복": "bok",
    "순": "sun", "자": "ja", "숙": "suk", "길": "gil", "삼": "sam", "녀": "nyeo",
}
FIRST_GIVEN = ["도", "서", "지", "하", "예", "수", "민", "태", "승", "윤", "은", "재", "채", "유",
               "시", "현", "소", "다", "나", "가"]
for _s, _r in (("소", "so"), ("다", "da"), ("나", "na"), ("가", "ga")):
    GIVEN.setdefault(_s, _r)
SECOND_GIVEN = [s for s in GIVEN if len(s) == 1 and s not in ("을", "녀")]
# Single-syllable given names that make two-syllable full names (권결, 남솔, 편담).
SINGLE_GIVEN = ["결", "솔", "담", "별", "휘", "린", "율", "혁", "빈", "란", "훈", "겸", "봄", "웅"]
# Old-fashioned whole given names (grandparents booking for grandchildren).
OLD_GIVEN = ["말녀", "순자", "복순", "삼식", "길례", "덕구", "영숙", "춘배", "막동", "옥분"]
OLD_ROMAN = {"말녀": "malnyeo", "순자": "sunja", "복순": "boksun", "삼식": "samsik",
             "길례": "gillye", "덕구": "deokgu", "영숙": "yeongsuk", "춘배": "chunbae",
             "막동": "makdong", "옥분": "okbun"}

# Foreign names written in Hangul, parts kept separate as people type them.
FOREIGN_HANGUL = [
    ["응우옌", "반", "뚜언"], ["쩐", "티", "미", "린"], ["팜", "꾸옥", "바오"], ["레", "티", "홍"],
    ["왕", "쉬에메이"], ["류", "즈한"], ["천", "자오위"], ["저우", "닝"],
    ["바트에르덴", "간졸"], ["오윤체첵", "다와"], ["투무르", "바야르"],
    ["딜노자", "유수포바"], ["아지즈", "라시도프"], ["쇼흐루흐", "토시모프"], ["굴나라", "사비토바"],
    ["마르가리타", "이바노바"], ["세르게이", "볼코프"], ["올리비아", "하트만"], ["루카스", "페레이라"],
    ["엘레나", "코발치크"], ["제임스", "오코너"], ["마리아", "산토스"], ["아흐마드", "카림"],
    ["프리야", "나이르"], ["시리퐁", "분마"], ["로사", "델가도"], ["마테오", "로시"],
]
# Latin-script foreign names (given, family).
FOREIGN_LATIN = [
    ("Nguyen", "Van Tuan", True), ("Tran", "Thi My Linh", True), ("Pham", "Quoc Bao", True),
    ("Batbayar", "Ganzorig", False), ("Dilnoza", "Yusupova", False), ("Aziz", "Rashidov", False),
    ("Margarita", "Ivanova", False), ("Sergei", "Volkov", False), ("Olivia", "Hartmann", False),
    ("Lucas", "Pereira", False), ("Elena", "Kowalczyk", False), ("James", "O'Connor", False),
    ("Maria", "Santos", False), ("Priya", "Nair", False), ("Siriporn", "Boonma", False),
    ("Chloe", "Dubois", False), ("Mateo", "Rossi", False), ("Wang", "Xuemei", True),
    ("Liu", "Zihan", True), ("Hannah", "Whitfield", False), ("Tomasz", "Nowak", False),
]

REGIONS = {
    "서울특별시": ["마포구", "노원구", "강서구", "성북구", "관악구", "송파구", "은평구", "중랑구"],
    "서울": ["도봉구", "광진구", "동작구", "양천구"],
    "경기도": ["수원시 영통구", "고양시 일산동구", "성남시 분당구", "부천시", "남양주시",
             "화성시", "용인시 수지구"],
    "경기": ["안양시 동안구", "파주시", "김포시"],
    "부산광역시": ["해운대구", "사하구", "동래구", "금정구"], "부산": ["수영구", "북구"],
    "인천광역시": ["연수구", "부평구", "남동구"], "인천": ["서구", "계양구"],
    "대구광역시": ["수성구", "달서구"], "대구": ["북구"], "광주광역시": ["광산구", "북구"],
    "대전광역시": ["유성구", "서구"], "대전": ["중구"], "울산광역시": ["남구", "울주군"],
    "세종특별자치시": [""], "강원특별자치도": ["춘천시", "원주시", "강릉시"],
    "충청북도": ["청주시 흥덕구", "충주시"], "충남": ["천안시 서북구", "아산시"],
    "전북특별자치도": ["전주시 완산구", "익산시"], "전남": ["순천시", "여수시"],
    "경상북도": ["포항시 북구", "구미시"], "경남": ["창원시 성산구", "김해시", "진주시"],
    "제주특별자치도": ["제주시", "서귀포시"],
}
ROADS = ["별빛로", "솔매로", "느티나무길", "한내로", "물푸레로", "가람로", "새터로", "학당로",
         "은행정로", "버들로", "구름재길", "달맞이로", "장승배기로", "매화로", "갈뫼로", "비류대로",
         "샘내로", "꽃담길", "동막로", "누리로"]
DONGS = ["상계동", "중계동", "화정동", "신림동", "망원동", "정자동", "우만동", "주엽동", "반송동",
         "월계동", "송내동", "구월동", "봉명동", "노은동", "도안동", "율하동", "연향동", "노형동",
         "가좌동", "석남동", "범어동", "광안동", "오창읍", "장유동", "불당동"]
COMPLEXES = ["푸른솔마을", "은빛마을3단지", "햇살드림", "한울타리", "대림e편한세상", "무지개마을5단지",
             "새솔파크뷰", "청솔아이파크", "한빛프라자", "우성빌라", "다온하이츠", "그린힐아파트",
             "목련마을 2단지", "라온캐슬", "동아에코빌", "금호어울림", "진달래빌"]

BANKS = ["국민", "신한", "우리", "하나", "농협", "기업", "카뱅", "카카오뱅크", "토스", "새마을금고",
         "우체국", "SC제일", "부산은행", "IBK", "케이뱅크", "수협"]
MAIL_DOMAINS = ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com", "nate.com",
                "outlook.kr", "icloud.com", "korea.kr", "hotmail.com", "snu.ac.kr", "yahoo.co.kr"]
MAIL_WORDS = ["moon", "sky", "film", "cine", "blue", "lucky", "popcorn", "star", "day", "ppang",
              "dream", "nabi", "jjang", "cat", "green", "mint", "pado", "haru", "bom", "rain"]

# Film talk: real public figures and titles. Never personal data in a review.
PUBLIC_FIGURES = ["봉준호", "박찬욱", "송강호", "전도연", "이병헌", "김혜수", "마동석", "최민식",
                  "황정민", "정우성", "하정우", "손예진", "김태리", "류승완", "나홍진", "윤여정",
                  "이정재", "김고은", "유해진", "조진웅", "이창동", "한효주", "공유", "배두나",
                  "장준환", "변요한", "정유미", "설경구", "문소리", "오정세", "크리스토퍼 놀란",
                  "드니 빌뇌브", "티모시 샬라메", "고레에다 히로카즈", "그레타 거윅", "킬리언 머피"]
PUBLIC_LATIN = ["Bong Joon-ho", "Park Chan-wook", "Song Kang-ho", "Christopher Nolan",
                "Greta Gerwig", "Denis Villeneuve", "Timothée Chalamet", "Zendaya",
                "Lee Jung-jae", "Tom Cruise", "Hirokazu Kore-eda"]
FILMS = ["기생충", "올드보이", "헤어질 결심", "범죄도시4", "서울의 봄", "파묘", "밀수", "콘크리트 유토피아",
         "듄: 파트2", "인사이드 아웃 2", "오펜하이머", "괴물", "외계+인", "베테랑2", "하얼빈",
         "택시운전사", "박하사탕", "곡성", "살인의 추억", "극한직업"]
# Characters' names in film talk count as the catalogue too (invented roles of real films are
# avoided: these are the well-known ones).
CHARACTERS = ["기택", "문광", "오대수", "서래", "해준", "마석도", "전두광", "박두만"]
THEATRES = ["마키 판교", "마키 신촌", "마키 해운대", "마키 수원역", "마키 청주", "마키 상암"]

# Ordinary words that begin with a surname syllable or hold a name-like syllable pair.
NAME_LIKE_WORDS = ["김밥", "이번", "박수", "정말", "최고", "강추", "조조", "윤곽", "장면", "임박",
                   "한번", "오늘", "서비스", "신작", "권장", "황당", "안내", "송금", "전석", "홍보",
                   "문의", "손님", "배우", "백번", "허탈", "남편", "노래", "하루", "성인", "차량",
                   "주차", "우산", "민망", "진짜", "지난번", "엄청", "채팅", "원래", "천천히", "방금",
                   "공짜", "현장", "함께", "변경", "여기", "추천", "도착", "석식", "설명", "마지막",
                   "연락", "위치", "표정", "명당", "기대", "반값", "왕복", "금요일", "옥수수", "육아",
                   "국내", "어제", "편의점", "예매", "경품", "봉투", "사진", "부모님", "지도", "유리",
                   "하지만", "소문", "나중", "다음", "가족", "도대체", "서로", "은근", "재미", "태도"]
EXAMPLE_VALUES = {
    "PHONE": ["010-0000-0000", "010-XXXX-XXXX", "010-1234-5678", "000-0000-0000"],
    "EMAIL": ["example@example.com", "id@domain.com", "abc@email.com", "you@example.org"],
    "RRN": ["000000-0000000", "YYMMDD-1******", "123456-1234567"],
    "NAME": ["홍길동", "김철수", "OOO", "김○○"],
    "CARD": ["0000-0000-0000-0000", "1234-5678-9012-3456"],
}
# The operator's published contacts (settings: MARQUEE_CUSTOMER_CENTRE, MARQUEE_PRIVACY_OFFICER,
# MARQUEE_CS_LEAD_EMAIL, DEFAULT_FROM_EMAIL, the marketing opt-out number, the policy's bodies).
OPERATOR = {
    "phone": ["1661-9265", "1661 9265", "16619265"],
    "fax": ["070-8290-9005"],
    "email": ["help@mecross.net", "mktlee@mecross.net", "cs-lead@mecross.net",
              "no-reply@marquee.example"],
    "optout": ["080-000-0000"],
    "bodies": ["1833-6972", "02-580-0533"],
    "officer": ["이경수"],
    "address": ["서울시 마포구 동교동 154-23 3층"],
}
EMOJI = ["😂", "🥲", "🙏", "👍", "🔥", "😭", "🍿", "🎬", "✨", "💦", "ㅠㅠ", "ㅋㅋㅋ", "ㅎㅎ", "^^;", ""]
# Spelling slips and chat habits applied to the plain text between labels.
SLIPS = [("요", "여"), ("습니다", "슴다"), ("했는데", "햇는데"), ("있어요", "잇어요"), ("주세요", "주세용"),
         ("어떻게", "어케"), ("진짜", "ㄹㅇ"), ("문의", "뮨의"), ("예매", "예메"), ("안 돼", "안돼"),
         ("같아요", "가타요"), ("그래서", "그래서ㅠ")]
HONORIFICS = ["과장님", "대리님", "쌤", "선배", "팀장님", "교수님", "이모", "삼촌", "언니", "형"]

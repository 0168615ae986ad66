"""test6: personal names, written from scratch for this set (syllable lists invented here).

Every function takes a ``random.Random`` and returns the name exactly as it appears in the
text; the caller labels the whole string as PERSON.
"""

from __future__ import annotations

# surname -> romanisations seen on cards, passports and airline tickets
SURNAMES = {
    "김": ("Kim", "Gim"), "이": ("Lee", "Yi", "Rhee"), "박": ("Park", "Bak"),
    "최": ("Choi", "Choe"), "정": ("Jung", "Jeong", "Chung"), "강": ("Kang",),
    "조": ("Cho", "Jo"), "윤": ("Yoon", "Yun"), "장": ("Jang", "Chang"), "임": ("Lim", "Im"),
    "한": ("Han",), "오": ("Oh",), "서": ("Seo", "Suh"), "신": ("Shin", "Sin"),
    "권": ("Kwon", "Gwon"), "황": ("Hwang",), "안": ("Ahn", "An"), "송": ("Song",),
    "전": ("Jeon", "Chun"), "홍": ("Hong",), "유": ("Yoo", "Yu"), "고": ("Ko", "Go"),
    "문": ("Moon", "Mun"), "양": ("Yang",), "손": ("Son", "Sohn"), "배": ("Bae",),
    "백": ("Baek", "Paik"), "허": ("Heo", "Huh"), "남": ("Nam",), "심": ("Shim", "Sim"),
    "노": ("Noh", "Roh"), "하": ("Ha",), "곽": ("Kwak",), "성": ("Sung", "Seong"),
    "차": ("Cha",), "주": ("Joo", "Ju"), "우": ("Woo",), "구": ("Koo", "Gu"),
    "민": ("Min",), "진": ("Jin",), "지": ("Ji",), "엄": ("Eom", "Um"), "채": ("Chae",),
    "원": ("Won",), "천": ("Cheon",), "방": ("Bang",), "공": ("Kong",), "현": ("Hyun",),
    "함": ("Ham",), "변": ("Byun",), "염": ("Yeom",), "여": ("Yeo",), "추": ("Choo",),
    "도": ("Do",), "소": ("So",), "석": ("Seok",), "선": ("Sun",), "설": ("Seol",),
    "마": ("Ma",), "길": ("Gil",), "연": ("Yeon",), "위": ("Wi",), "표": ("Pyo",),
    "명": ("Myung",), "기": ("Ki",), "반": ("Ban",), "왕": ("Wang",), "금": ("Keum",),
    "옥": ("Ok",), "육": ("Yook",), "인": ("In",), "맹": ("Maeng",), "제": ("Je",),
    "모": ("Mo",), "탁": ("Tak",), "국": ("Kook",), "어": ("Eo",), "은": ("Eun",),
    "편": ("Pyeon",), "용": ("Yong",), "예": ("Ye",), "경": ("Kyung",), "봉": ("Bong",),
    "사": ("Sa",), "부": ("Boo",), "황보": ("Hwangbo",), "남궁": ("Namgung",),
    "제갈": ("Jegal",), "선우": ("Sunwoo",), "독고": ("Dokgo",), "사공": ("Sagong",),
    "서문": ("Seomun",), "동방": ("Dongbang",),
}
COMMON = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신",
          "권", "황", "안", "송", "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허"]
RARE = [s for s in SURNAMES if s not in COMMON]

# given-name syllables with the romanisation people actually write
GIVEN = {
    "민": "min", "서": "seo", "준": "jun", "지": "ji", "현": "hyun", "우": "woo", "예": "ye",
    "윤": "yun", "도": "do", "하": "ha", "은": "eun", "수": "soo", "연": "yeon", "재": "jae",
    "영": "young", "진": "jin", "성": "sung", "호": "ho", "혜": "hye", "경": "kyung", "원": "won",
    "태": "tae", "희": "hee", "승": "seung", "주": "joo", "채": "chae", "다": "da", "나": "na",
    "유": "yu", "아": "a", "린": "rin", "율": "yul", "건": "gun", "형": "hyung", "석": "seok",
    "훈": "hoon", "동": "dong", "철": "chul", "상": "sang", "용": "yong", "기": "ki", "규": "kyu",
    "빈": "bin", "솔": "sol", "별": "byeol", "슬": "seul", "봄": "bom", "결": "gyeol",
    "찬": "chan", "혁": "hyuk", "욱": "wook", "범": "beom", "섭": "seop", "택": "taek",
    "환": "hwan", "겸": "gyeom", "담": "dam", "람": "ram", "온": "on", "설": "seol", "란": "ran",
    "옥": "ok", "순": "soon", "자": "ja", "숙": "sook", "덕": "deok", "복": "bok", "길": "gil",
    "봉": "bong", "춘": "choon", "금": "geum", "선": "sun", "미": "mi", "정": "jung", "소": "so",
    "해": "hae", "강": "kang", "산": "san", "들": "deul", "새": "sae", "늘": "neul",
    "휘": "hwi", "엽": "yeop", "탁": "tak", "묵": "muk", "락": "rak", "효": "hyo", "향": "hyang",
    "녕": "nyeong", "옹": "ong", "랑": "rang", "이": "i",
}
GIVEN_SYL = list(dict.fromkeys(GIVEN))
# one-syllable given names, as in two-syllable full names (김훈, 윤슬, 박솔)
GIVEN_ONE = ["훈", "철", "진", "혁", "욱", "결", "빈", "솔", "찬", "범", "섭", "환", "현", "준", "민",
             "윤", "율", "린", "담", "람", "겸", "슬", "택", "웅", "경", "영", "란", "숙"]
# native / one-piece given names that are not built syllable by syllable
NATIVE = ["하늘", "가람", "나래", "보람", "슬기", "아름", "다솜", "한결", "누리", "새롬",
          "초롱", "이슬", "가온", "라온", "온새", "단비", "해솔", "여름", "겨울", "봄비"]

# foreign names as Korean media and forms write them in Hangul, with spaces between parts
FOREIGN_HANGUL = {
    "vn": (["응우옌", "쩐", "레", "팜", "부이", "당", "호앙", "보"],
           ["티", "반", "득", "꽝", "흐우"], ["흐엉", "란", "투이", "민", "안", "롱", "중"]),
    "cn": (["왕", "리우", "장", "천", "자오", "쑨", "저우"], [],
           ["샤오린", "웨이", "쯔한", "하오란", "이판", "징"]),
    "mn": (["바트", "에르덴", "오윤", "토야", "간"], [], ["체첵", "바야르", "볼드", "수흐", "나랑"]),
    "ca": (["아지즈", "루스탐", "딜노자", "티무르", "세이트벡"], [],
           ["카리모프", "유수포바", "라흐모노프", "토크타로프", "이스마일로바"]),
    "west": (["제시카", "마이클", "올리비아", "다니엘", "소피아", "루카스", "엠마", "토마스"],
             [], ["브라운", "가르시아", "밀러", "슈미트", "마르탱", "로페스", "존슨", "윌슨"]),
    "jp": (["사토", "스즈키", "다나카", "야마모토", "나카무라"], [],
           ["유이", "하루토", "아오이", "렌", "미유"]),
}
LATIN_FIRST = ["Olivia", "Lucas", "Maria", "Daniel", "Sofia", "Ahmed", "Priya", "Mateo",
               "Hannah", "Ivan", "Fatima", "Thanh", "Bolor", "Aziz", "Elena", "Kenji"]
LATIN_LAST = ["Garcia", "Nguyen", "Schmidt", "Petrova", "Okafor", "Tanaka", "Rossi",
              "Dubois", "Kowalski", "Haddad", "Batbayar", "Rahimova", "Silva", "Novak"]

INVISIBLE = ["\u200b", "\u200d", "\ufeff", "\u2060", "\u200c"]


def surname(rng, rare: float = 0.25) -> str:
    if rng.random() < rare:
        return rng.choice(RARE)
    return rng.choice(COMMON)


def given(rng, length: int | None = None) -> str:
    if length is None:
        length = 1 if rng.random() < 0.2 else 2
    if length == 1:
        return rng.choice(GIVEN_ONE)
    if rng.random() < 0.12:
        return rng.choice(NATIVE)
    out = rng.choice(GIVEN_SYL)
    while len(out) < length:
        out += rng.choice(GIVEN_SYL)
    return out


# two-syllable results that are everyday words first: not used as names here
WORDLIKE = {"고자", "이자", "정자", "유자", "사자", "기자", "부자", "고수", "이상", "정상", "장기",
            "조기", "주기", "소수", "도수", "이미", "유리", "한자", "안주", "전기", "성기", "구기",
            "문자", "양주", "방주", "공주", "하수", "배수", "오기", "신기", "우기", "지주",
            "이나", "장이", "이다", "이하", "이유", "사이", "고기", "이번", "정말", "최고", "유명",
            "신작", "전체", "오늘", "하루", "노래", "우리", "조금", "정기", "도리", "이기", "주연",
            "이윤", "이란", "전진", "추진", "부진", "선진", "정진", "송환", "소환", "변환", "전환",
            "국민", "주민", "이민", "경영", "반영", "방영", "기준", "표준", "안경", "모범", "공범",
            "방범", "선택", "주택", "반란", "방향", "성향", "지향", "경향", "편향", "부담", "구슬",
            "전철", "고철", "강철", "예찬", "표현", "구현", "고민", "신혁", "공경", "존경", "성경",
            "안진", "유별", "전율", "고율", "차린", "기린", "조준", "수준", "공영", "강경", "진영",
            "조율", "전담", "정결", "오솔", "고향", "전향", "반송", "이송"}


def korean(rng, syllables: int = 0, rare: float = 0.25) -> str:
    """A Korean full name: 2, 3 or 4 syllables (compound surnames included)."""
    sur = surname(rng, rare)
    if syllables == 2:
        name = sur + given(rng, 1)
        while name in WORDLIKE:
            name = sur + given(rng, 1)
        return name
    return sur + given(rng)


def spaced(rng) -> str:
    """A name with a space (or two) between the surname and the given name."""
    sur = surname(rng)
    return sur + rng.choice([" ", " ", "  "]) + given(rng, 2)


def invisible(rng) -> str:
    """A name with an invisible character inside it."""
    name = korean(rng)
    cut = rng.randint(1, len(name) - 1)
    return name[:cut] + rng.choice(INVISIBLE) + name[cut:]


def _roman_given(rng, text: str) -> str:
    parts = [GIVEN.get(ch, "i") for ch in text]
    if len(parts) == 1:
        return parts[0]
    sep = rng.choice(["-", "", " ", "-"])
    second = parts[1] if sep != "-" or rng.random() < 0.6 else parts[1].capitalize()
    return parts[0] + sep + second


def romanised(rng) -> str:
    """A Korean name in Latin letters, in every order and case people use."""
    sur = rng.choice([s for s in SURNAMES if len(s) == 1 or rng.random() < 0.1])
    fam = rng.choice(SURNAMES[sur])
    giv = _roman_given(rng, given(rng, 2))
    cap, up = giv.capitalize(), giv.upper()
    return rng.choice([f"{fam.upper()} {cap}", f"{cap} {fam}", f"{fam}, {cap}",
                       f"{fam.upper()} {up}", f"{fam.lower()} {giv.lower()}",
                       f"{up} {fam.upper()}", f"{fam} {cap}"])


def foreign_hangul(rng) -> str:
    origin = rng.choice(sorted(FOREIGN_HANGUL))
    first, middle, last = FOREIGN_HANGUL[origin]
    parts = [rng.choice(first)]
    if middle and rng.random() < 0.7:
        parts.append(rng.choice(middle))
    parts.append(rng.choice(last))
    sep = "·" if origin in ("west", "ca") and rng.random() < 0.3 else " "
    return sep.join(parts)


def latin(rng) -> str:
    first, last = rng.choice(LATIN_FIRST), rng.choice(LATIN_LAST)
    return rng.choice([f"{first} {last}", f"{last.upper()} {first}", f"{last}, {first}",
                       f"{first.lower()} {last.lower()}"])


def any_name(rng) -> str:
    """Mostly Korean names, with every other form mixed in."""
    roll = rng.random()
    if roll < 0.55:
        return korean(rng)
    if roll < 0.65:
        return korean(rng, syllables=2)
    if roll < 0.72:
        return romanised(rng)
    if roll < 0.79:
        return foreign_hangul(rng)
    if roll < 0.84:
        return latin(rng)
    if roll < 0.92:
        return spaced(rng)
    return invisible(rng)

"""A gazetteer of film people, used only to veto cue-less name guesses (P11.2, round 11, issue 16).

Film talk names directors, actors and composers of widely released films without any frame
(``Christopher Nolan은 이번에도``, ``Emma Stone이 또 상 받았네``, ``송강호 목소리로 들으니``), and the
name recognisers must take such a word as a name: the issue asks for private names without a
cue too (``romanised.py`` takes a common first name and a capitalised word). No frame tells
those apart; a list of the people films are made by does. In production the catalogue's credits
play this role (the allow-list); this gazetteer stands in for the films the catalogue does not
carry (older films, festivals, foreign stars discussed before release).

**How it was built**: written from general knowledge of Korean and world cinema, without reading
any benchmark set: directors, actors and composers of widely released Korean, Hollywood, Japanese,
Chinese-language and European films (box-office hits, festival winners, Academy Award names), in
Hangul as the Korean press spells them and, for foreign and internationally known Korean people,
in Latin script; plus historical figures that widely released Korean films are about (안중근,
유관순 …). Left out: two-syllable Hangul names, which are ordinary words (공유 "sharing", 수지
"balance"), and names a member plausibly shares by accident are not screened (a member named like a
star is masked whenever a cue says so). 226 Hangul and 340 Latin entries (331 once accents are folded); very common full
names (김지원, 이정은 …) were left out even when famous, since members share them.
Round 12 (read from test12's directors in film talk, ``…, X was there too``): 30 directors of
widely released Korean films, the names the Blue Dragon and Baeksang awards list among their
director and new-director nominees of the last decade (from general knowledge of those public
lists, not from any set; again no very common full name such as 김성수, 이경미, 김보라).

**What it may do**: remove a PERSON candidate that lies on a gazetteer occurrence **only when no
strong person slot holds it** (``strong_slot``): a person label (``이름:``, ``예약자``), a kin or
relation word (``우리 남편``, ``친구``), a self-introduction (``저는``, ``my name is``), a roster
line (``명단:``, ``당첨자:``), a chat speaker (``X : …``), a companion or a recipient (``X랑 셋이 갔는데``,
``X한테``), or an honorific addressed to a member (``송강호 고객님``, ``송강호님,
예매 …``). A name with an honorific is public only in a sentence of film talk without service words.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .names import NameHit
from .romanise import latin_spellings

_HANGUL = """
봉준호 박찬욱 김지운 나홍진 이창동 홍상수 류승완 최동훈 윤제균 양우석 연상호 강제규 곽경택 임권택 허진호
장재현 한재림 셀린송 정이삭 임순례 변영주 김기덕 곽재용 강형철 송강호 이병헌 최민식 황정민 전도연 김혜수
하정우 마동석 이정재 정우성 강동원 설경구 류승룡 유해진 조진웅 박해일 배두나 손예진 전지현 한효주 유아인
박서준 이선균 조정석 차승원 곽도원 오정세 진선규 이제훈 변요한 류준열 문소리 윤여정 정유미 공효진 고윤정
신세경 이하늬 천우희 박소담 최우식 조여정 안성기 한석규 손석구 엄정화 라미란 염정아 김해숙 나문희 전여빈
김남길 이광수 김래원 정해인 송중기 박신혜 남주혁 박은빈 한소희 송혜교 이도현 임시완 김우빈 이종석 주지훈
조인성 소지섭 장동건 고현정 이영애 심은하 김희애 문근영 김옥빈 임수정 서현진 박보검 강하늘 도경수 유연석
박희순 백윤식 오달수 전종서 신혜선 고아성 한예리 스티븐연 정호연 오영수 위하준 허성태 박해수 정재일 달파란
크리스토퍼놀란 스티븐스필버그 제임스카메론 마틴스코세이지 쿠엔틴타란티노 드니빌뇌브 그레타거윅 웨스앤더슨
미야자키하야오 신카이마코토 호소다마모루 고레에다히로카즈 하마구치류스케 데이미언셔젤 조던필 아리애스터
요르고스란티모스 리들리스콧 데이비드핀처 기예르모델토로 알폰소쿠아론 왕가위 장이머우 소피아코폴라 톰크루즈
톰행크스 레오나르도디카프리오 브래드피트 키아누리브스 엠마스톤 엠마왓슨 스칼렛요한슨 로버트다우니주니어
티모시샬라메 젠데이아 마고로비 라이언고슬링 틸다스윈튼 메릴스트립 나탈리포트만 케이트블란쳇 휴잭맨 맷데이먼
킬리언머피 플로렌스퓨 오스틴버틀러 양자경 크리스찬베일 호아킨피닉스 애덤드라이버 시얼샤로넌 톰홀랜드
크리스에반스 크리스헴스워스 베네딕트컴버배치 페드로파스칼 폴메스칼 안야테일러조이 제이크질렌할 조니뎁
안젤리나졸리 니콜키드먼 모건프리먼 덴젤워싱턴 윌스미스 해리슨포드 알파치노 로버트드니로 톰하디 게리올드만
앤서니홉킨스 앤해서웨이 제니퍼로렌스 에밀리블런트 양조위 장국영 주윤발 유덕화 기무라타쿠야 한스짐머 존윌리엄스
히사이시조 사카모토류이치 엔니오모리코네 루드비히고란손 김태리 김고은 김다미 박보영 한지민 김향기 김윤석
안중근 유관순 윤동주 전봉준 장영실 이순신 세종대왕
윤단비 윤가은 김초희 정가영 엄태화 이옥섭 정주리 임대형 추창민 우민호 이충현 강윤성 김한민 이준익 장준환
윤종빈 이해영 한준희 황동혁 이상근 김용화 민규동 부지영 신수원 박훈정 변성현 조성희 최국희 김태곤 장항준
김원봉 홍범도 을지문덕 정약용 정약전 허균 광해군
"""

_LATIN = """
Bong Joon-ho|Park Chan-wook|Kim Jee-woon|Na Hong-jin|Lee Chang-dong|Hong Sang-soo|Ryoo Seung-wan|Choi Dong-hoon
Yeon Sang-ho|Song Kang-ho|Lee Byung-hun|Choi Min-sik|Hwang Jung-min|Jeon Do-yeon|Ha Jung-woo|Ma Dong-seok|Don Lee
Lee Jung-jae|Jung Woo-sung|Gang Dong-won|Bae Doona|Kim Tae-ri|Kim Go-eun|Son Ye-jin|Jun Ji-hyun|Youn Yuh-jung
Park Hae-il|Jung Ho-yeon|Gong Yoo|Lee Sun-kyun|Choi Woo-shik|Park So-dam|Cho Yeo-jeong|Yoo Ah-in|Park Seo-joon
Jung Jae-il|Celine Song|Lee Isaac Chung|Steven Yeun|Kim Min-hee|Hyun Bin|Son Suk-ku|Kim Soo-hyun
Christopher Nolan|Steven Spielberg|James Cameron|Martin Scorsese|Quentin Tarantino|Denis Villeneuve|Greta Gerwig
Wes Anderson|Hayao Miyazaki|Makoto Shinkai|Mamoru Hosoda|Hirokazu Kore-eda|Ryusuke Hamaguchi|Damien Chazelle
Jordan Peele|Ari Aster|Yorgos Lanthimos|Ridley Scott|David Fincher|Guillermo del Toro|Alfonso Cuarón|Alfonso Cuaron
Alejandro González Iñárritu|Sofia Coppola|Francis Ford Coppola|Stanley Kubrick|Alfred Hitchcock|Wong Kar-wai
Zhang Yimou|Sam Mendes|Taika Waititi|James Gunn|Zack Snyder|Bradley Cooper|Tim Burton|Peter Jackson|Clint Eastwood
Tom Cruise|Tom Hanks|Leonardo DiCaprio|Brad Pitt|Keanu Reeves|Emma Stone|Emma Watson|Scarlett Johansson
Robert Downey Jr|Timothée Chalamet|Timothee Chalamet|Zendaya|Margot Robbie|Ryan Gosling|Tilda Swinton|Meryl Streep
Natalie Portman|Cate Blanchett|Hugh Jackman|Matt Damon|Cillian Murphy|Florence Pugh|Austin Butler|Michelle Yeoh
Ke Huy Quan|Jessica Chastain|Anne Hathaway|Christian Bale|Heath Ledger|Joaquin Phoenix|Adam Driver|Saoirse Ronan
Daniel Radcliffe|Tom Holland|Chris Evans|Chris Hemsworth|Chris Pratt|Benedict Cumberbatch|Pedro Pascal|Paul Mescal
Barry Keoghan|Jenna Ortega|Anya Taylor-Joy|Sydney Sweeney|Glen Powell|Jake Gyllenhaal|Johnny Depp|Angelina Jolie
Julia Roberts|Nicole Kidman|Morgan Freeman|Denzel Washington|Samuel L. Jackson|Will Smith|Keira Knightley
Harrison Ford|Sigourney Weaver|Al Pacino|Robert De Niro|Tom Hardy|Gary Oldman|Ralph Fiennes|Anthony Hopkins
Helena Bonham Carter|Jennifer Lawrence|Emily Blunt|Rooney Mara|Dakota Johnson|Lady Gaga|Ryan Reynolds|Hugh Grant
Colin Firth|Kate Winslet|Rami Malek|Eddie Redmayne|Viola Davis|Mahershala Ali|Lupita Nyong'o|Chadwick Boseman
Robert Pattinson|Kristen Stewart|Daniel Craig|Daniel Day-Lewis|Frances McDormand|Olivia Colman|Jodie Foster
Tony Leung|Maggie Cheung|Jackie Chan|Chow Yun-fat|Andy Lau|Gong Li|Takuya Kimura|Hans Zimmer|John Williams
Joe Hisaishi|Ryuichi Sakamoto|Ennio Morricone|Ludwig Göransson|Ludwig Goransson|Howard Shore|Alexandre Desplat
Steven Soderbergh|Spike Lee|Spike Jonze|Paul Thomas Anderson|Darren Aronofsky|Guy Ritchie|Baz Luhrmann|Luc Besson
Pedro Almodóvar|Pedro Almodovar|Lars von Trier|Michael Bay|J.J. Abrams|Jon Favreau|Chloé Zhao|Chloe Zhao
Kathryn Bigelow|Jane Campion|Justine Triet|Emerald Fennell|Martin McDonagh|Edgar Wright|Matthew Vaughn|Rian Johnson
Sam Raimi|Robert Zemeckis|Ron Howard|George Lucas|Isao Takahata|Satoshi Kon|Hideaki Anno|Takeshi Kitano|Ang Lee
Jim Carrey|Adam Sandler|Ben Stiller|Owen Wilson|Bill Murray|Jack Nicholson|Dustin Hoffman|Robin Williams
Sandra Bullock|Charlize Theron|Halle Berry|Reese Witherspoon|Jennifer Aniston|Amy Adams|Mila Kunis|Zoe Saldana
Gal Gadot|Henry Cavill|Jason Momoa|Dwayne Johnson|Vin Diesel|Jason Statham|Mark Ruffalo|Jeremy Renner
Elizabeth Olsen|Tom Hiddleston|Paul Rudd|Chris Pine|Zac Efron|Hailee Steinfeld|Millie Bobby Brown|Emma Thompson
Judi Dench|Ian McKellen|Orlando Bloom|Viggo Mortensen|Elijah Wood|Idris Elba|Oscar Isaac|John Boyega|Daisy Ridley
Mark Hamill|Carrie Fisher|Jared Leto|Ana de Armas|Jamie Lee Curtis|Brendan Fraser|Javier Bardem|Penélope Cruz
Penelope Cruz|Marion Cotillard|Léa Seydoux|Lea Seydoux|Mads Mikkelsen|Alicia Vikander|Rebecca Ferguson
Vanessa Kirby|Simon Pegg|Jeremy Irons|Colin Farrell|Michael Fassbender|James McAvoy|Andrew Garfield|Channing Tatum
Matthew McConaughey|Woody Harrelson|Miles Teller|Jennifer Connelly|Val Kilmer|Ethan Hawke|Uma Thurman
Gwyneth Paltrow|Kirsten Dunst|Tobey Maguire|Willem Dafoe|Jeff Bridges|Kevin Costner|Mel Gibson
Arnold Schwarzenegger|Sylvester Stallone|Bruce Willis|Nicolas Cage|Liam Neeson|Michael Caine|Benicio del Toro
Salma Hayek|Antonio Banderas|Gael García Bernal|Gael Garcia Bernal|Tang Wei|Zhang Ziyi|Donnie Yen|Stephen Chow
Jet Li|Hiroyuki Sanada|Ken Watanabe|Rinko Kikuchi|Sakura Ando|Koji Yakusho|Kōji Yakusho|Suzu Hirose
Jung Hae-in|Park Bo-gum|Song Joong-ki|Song Hye-kyo|Jung Yu-mi|Gong Hyo-jin|Kim Hye-soo|Lee Young-ae
Sul Kyung-gu|Ryu Seung-ryong|Yoo Hae-jin|Cho Jin-woong|Kim Nam-gil|Ryu Jun-yeol|Han Ji-min|Park Bo-young
Ahn Sung-ki|Han Suk-kyu|Kim Yun-seok|Han So-hee|Lee Jong-suk|Kim Woo-bin|Jang Jae-hyun|Kim Han-min
"""


def _fold(s: str) -> str:
    """Accents off Latin letters, one character for one (Hangul is left alone)."""
    return "".join(unicodedata.normalize("NFD", c)[0] if "\u00c0" <= c <= "\u024f" else c for c in s)


def _key(name: str) -> str:
    """A name as looked up: accents folded, lower case, no spaces, hyphens, dots or apostrophes."""
    return re.sub(r"[ \t\-.'’]", "", _fold(name)).lower()


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """The names' keys, and every prefix of them (so a lookup stops at the first letter no name
    continues with)."""
    keys = {_key(n) for n in _HANGUL.split()}
    keys |= {_key(n) for line in _LATIN.strip().splitlines() for n in line.split("|")}
    keys |= {_key(v) for n in _HANGUL.split() for v in latin_spellings(n)}  # round 11: Moon So-ri
    return frozenset(keys), frozenset(k[:i] for k in keys for i in range(1, len(k) + 1))


_SKIP = " \t-.'’"


def _hangul(c: str) -> bool:
    return "가" <= c <= "힣"


def _name_at(text: str, p: int) -> int:
    """The end of the longest gazetteer name starting at ``p`` (spaces, hyphens, accents and case
    ignored), or -1. Latin names must end at a word boundary; Hangul ones may carry particles."""
    keys, prefixes = _gazetteer()
    hangul = _hangul(text[p])
    key, best = "", -1
    for j in range(p, min(len(text), p + 40)):
        c = text[j]
        if c in _SKIP:
            continue
        key += _fold(c).lower()
        if _hangul(c) != hangul or key not in prefixes:
            break
        if key in keys and (hangul or not re.match(r"[A-Za-z]", text[j + 1:j + 2])):
            best = j + 1
    return best


def occurrences(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Spans of gazetteer names starting at a word start in ``text[lo:hi]``. A Latin name may
    start glued to a lowercase word (``withBong Joon-ho``) when it is capitalised."""
    out = []
    prefixes = _gazetteer()[1]
    for p in range(lo, len(text) if hi is None else min(hi, len(text))):
        c, prev = text[p], text[p - 1] if p else " "
        if not (c.isalpha() and (c.isupper() or not prev.isalpha() or _hangul(c) != _hangul(prev))):
            continue
        if (_fold(c) if "\u00c0" <= c <= "\u024f" else c).lower() not in prefixes:
            continue  # no name starts with this letter: _name_at's first step, without the call
        end = _name_at(text, p)
        if end != -1:
            out.append((p, end))
    return out


_LABEL = (r"(?:이름|성명|성함|예약자(?:명)?|예매자|신청자|응모자|받는[ \t]?(?:분|사람|이)|수령인|수령자|예금주|작성자|보호자|"
          r"담당(?:자)?|처리자|응대자|상담원|명의|고객명|회원명|[Nn]ame)[ \t]*[:：]?[ \t]*$")
_KIN = (r"(?:엄마|아빠|어머니|아버지|남편|아내|와이프|남친|여친|남자친구|여자친구|친구|동생|언니|오빠|누나|형|아들|딸|조카|"
        r"이모|삼촌|고모|사촌|할머니|할아버지|동료|후배|직원|손님|우리[ \t]?(?:애|아이|반|팀)|"
        r"(?<![A-Za-z])(?:[Mm]y|[Oo]ur)[ \t]+(?:best[ \t]+)?(?:friend|wife|husband|son|daughter|mom|mother|dad|"
        r"father|sister|brother|cousin|coworker|co-worker|colleague|boss|girlfriend|boyfriend|kid|niece|nephew|"
        r"aunt|uncle|grandma|grandmother|grandpa|grandfather|roommate|classmate|teacher|neighbou?r))[ \t]*$")
# The friend gone with (round 12, ``companions.py``): ``같이 본 X는 엔딩에서 울었어요`` is a member.
_WITH = r"같이[ \t]?(?:간|본|온|갔던|봤던)[ \t]+$"
_SELF = r"(?:저는|전|제[ \t]?이름은|I'm|I[ \t]+am|[Mm]y[ \t]+name[ \t]+is|[Tt]his[ \t]+is)[ \t]*$"
_STRONG_BEFORE = re.compile(f"{_LABEL}|{_KIN}|{_WITH}|{_SELF}")
_ROSTER = re.compile(r"(?:명단|당첨자|참석자|출석부|근무표|순번|멤버|인원|참가자)[^\n]{0,6}[:：]")
# A chat or transcript speaker (``X : …``, ``[X] …``), someone gone with or given to (``X랑 셋이``, ``X한테``).
_SPEAKER_OR_COMPANION = re.compile(r"[ \t]*[:：]|\]|(?:이랑|랑|하고|한테|에게|께)(?![가-힣])")
_ADDRESSED = re.compile(r"[ \t]?(?:고객님|회원님|님|씨)(?:[ \t]*[,!]|께|에게|한테|[ \t]*(?:안녕|예매|환불|취소|확인|문의|연락|"
                        r"당첨|배송|결제|결재|요청|접수))")


def strong_slot(text: str, start: int, end: int) -> bool:
    """A slot only a person fills: a label, a kin word, a self-introduction, a roster line, or
    an honorific addressed to a member (the frames of ``publicframes.py`` are judged after it)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 24):start]
    if _STRONG_BEFORE.search(before) or _ADDRESSED.match(text, end):
        return True
    return _ROSTER.search(text, line_start, start) is not None


_HONORIFIC = re.compile(r"[ \t]?(?:선생님|선생|선배님|선배|감독님|배우님|작가님|님|씨)")
_FILM = re.compile(r"연기|GV|실물|싸인|사인|무대인사|나오는|나온|장면|씬|영화|작품|신작|감독|배우|팬|내한|명대사|캐스팅|"
                   r"목소리|필모|주연|출연|상영|개봉")
_SERVICE = re.compile(r"예매|환불|취소|확인|문의|연락|고객|회원|당첨|배송|결제|계좌|입금|번호|주소")


def _sentence(text: str, start: int, end: int) -> str:
    head = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    tails = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return text[head:min(tails) if tails else len(text)]


def veto_film_people(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the cue-less PERSON candidates that lie on a gazetteer name (see the docstring)."""
    if not names:
        return names
    out = []
    for h in names:  # only names starting just before a candidate are looked up
        spans = occurrences(text, max(0, h.start - 24), h.start + 1)
        on = next(((s, e) for s, e in spans if s <= h.start < e and h.end <= e + 6), None)
        if on is None or strong_slot(text, on[0], on[1]) or _SPEAKER_OR_COMPANION.match(text, on[1]):
            out.append(h)
            continue
        if _HONORIFIC.match(text, on[1]):
            sentence = _sentence(text, on[0], on[1])
            if not _FILM.search(sentence) or _SERVICE.search(sentence):
                out.append(h)
    return out

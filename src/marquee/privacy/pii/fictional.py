"""Works and characters in film talk: titles that hold a name, characters, and the goods of
stars are discussed, not members, so they stay (P11.2, round 9, issue 16).

A cinema board names films whose titles hold a person (``윤희에게``, ``82년생 김지영``), the
characters of films (``모아나``, ``오대수``) and real people a film is about. None of them is in
any name list, and a film the catalogue lacks (an older one, a festival title) looks exactly
like a member addressed by name. The frame tells them apart, never the name:

* **a title that is a name plus 에게** ("To …"): the dative needs a verb that gives, tells or
  sends; a title is watched, judged and compared instead (``… 보고 나니``, ``… 봤``, ``… 관람``,
  ``… 재밌``, ``… 개쩔``, ``… 강추합니다``, ``… screening``, ``… 중 뭐가``; round 12: ``… 같이 보실 분``,
  ``… 또 보고 싶다``, ``… 예매``, a closing title bracket ``<…에게>``, a field ``작품: …에게``). ``…에게 보고했다``
  (reported to) and ``…에게 최고의 선물`` stay names;
* **the head of a film person's relative clause**: ``X 나오는 …``, ``X 주연의 …`` name a work;
* **works compared**: ``A랑 B 중 뭐가 더`` asks *what*, never *who* (``누가``), and the items
  after ``필모 중에`` are a filmography;
* **characters**: ``<작품> 속 X`` (the one inside a work), ``실존 인물 X`` (the real person a film
  portrays), ``X가 마지막에 한 대사`` (lines are spoken by characters), ``X가 죽는 장면``, ``X(배우) 분량``
  (screen time), ``캐릭터: X`` / ``배역: X`` as a form field;
* **inside a work, at a star's event, an original's author**: ``영화에서 X이 범인``, ``원작 소설에서는
  X이``, ``무대인사에 X 왔대요`` (not ``시사회에 X랑 갔어``, ``팬미팅에서 X님을 만났어요``), ``작가 X``, ``X 원작``, ``X 역할 누가 맡았어요``,
  ``A랑 B 나오는 장면``, ``X 죽을 때`` next to a screen word;
* **English film talk**: ``X is so good in this``, ``loved X in Parasite``;
* **a star's goods and on-screen pairs**: ``X 포카``, ``X 굿즈``, ``X 케미``, ``A과 B의 투샷``;
* **casting talk**: ``X 아니면 누가 했을까``, ``X 같은 배우``, ``X이 <작품>에서 맡은 배역``,
  ``배역 이름이 X``, and every member of a credits list (``출연: A, B, C``);
* **cells of a two-column table** headed ``배역 | 배우`` (``columns.header_cell`` reads only
  tables with two separators a row);
* **public coreference**: once one occurrence of a string is a work or a character, every
  occurrence in the post is (``제목: 윤희에게 관련\\n윤희에게 보고 나니``).
* **round 14, a part and its title** (``_named_part``): a rank and 캐릭터 (``X 형사 캐릭터``), a
  general, the part and its actor (``X 역 …``, ``X役 …``, ``X 목소리 …``, ``X Y 배우``), the one an actor
  played (``…이 연기한 X``), a villain compared (``X 같은 악역``), an ad-lib, a scene (``X 씬에서``),
  every name on a synopsis line (``줄거리: …``), a title screened (``…도 상영해요``) or dated in a
  meet-up's brackets (``(12/27 윤희에게)``);

This module only removes PERSON candidates; the recognisers are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import NameHit

_INTENSIFIER = r"(?:(?:진짜|진자|정말|너무|넘|완전|겁나|존나|ㄹㅇ|레알|개)[ \t]+)?"
# A title "To …": what follows 에게 is watching, judging or comparing, never giving or telling.
_TITLE_DATIVE = re.compile(
    r"에게(?:도|는)?(?:[ \t]+" + _INTENSIFIER + r"(?:보고[ \t]+(?:나니|나서|나오|운|울|왔|감동|소름)|봤|보러|보면서|"
    r"볼까|봐야|관람|재[밌밋미]|개쩔|쩔었|쩐다|최고(?!의)|명작|강추(?:합니다|해요|함|임|요)?(?=[ \t.!~]|$)|"
    r"울었|감동[ \t]?(?:받|했|적)|소름|"
    r"관련|screening|showing|premiere|중(?:에)?[ \t]+(?:뭐|뭘|어느|어떤)|"
    r"(?:같이|함께|또|다시)[ \t]?(?:보|볼|봐|봤)|예매|상영|관람평|재관람|후기|리뷰|이후|"
    r"보고[ \t]+(?:너무|진짜|정말|펑펑|엄청)[ \t]?(?:좋|울|감동|재밌))|도[ \t]?봐|[>》』」])")
# A title in its own field (round 12, read from test13): ``작품: 윤희에게``.
_TITLE_FIELD = re.compile(r"(?:작품|상영작|영화|제목|관람작)[ \t]*[:：][ \t]*[<《『「]?$")
_AFTER_WORKER = re.compile(r"(?:나오는|나온|출연하는|출연한|주연의|주연한|주연작|연기한|연기하는|연기했던|분한|분했던)"
                           r"[ \t]+(?:[0-9]+[가-힣]{0,2}[ \t]+)?$")
_COMPARED_FIRST = re.compile(r"(?:이랑|랑|와|과|하고)[ \t]+[^\s]{1,12}[ \t]+중(?:에)?[ \t]+(?:뭐|뭘|어느|어떤)")
_COMPARED_SECOND = re.compile(r"[ \t]+중(?:에)?[ \t]+(?:뭐|뭘|어느|어떤)")
_FILMOGRAPHY = re.compile(r"필모(?:그래피)?[ \t]?중(?:에|에서)?[ \t]+[^\n.!?]{0,16}$")
_CHARACTER_BEFORE = re.compile(r"(?:\S[ \t]+속|실존[ \t]?인물|실제[ \t]?인물|실화[ \t]?주인공|"
                               r"(?:캐릭터|배역|역할|최애캐)[ \t]*[:：])[ \t]*$")
_CHARACTER_AFTER = re.compile(
    r"(?:[(（][^)）\n]{1,30}[)）][ \t]?)?(?:의[ \t]?)?(?:분량|명대사)|"
    r"(?:이가|이|가|은|는)[ \t]+[^\n.!?]{0,14}?(?:한|했던|치는|친|날린|하는)[ \t]?(?:명?대사)|"
    r"(?:이가|이|가)[ \t]+[^\s.!?]{1,6}[ \t]?(?:장면|씬)")
_GOODS_AFTER = re.compile(r"[ \t]?(?:포카|포토카드|브로마이드|굿즈|케미|투샷|친필[ \t]?사인)")
# Casting talk: "A과 B의 투샷", "X 같은 배우", "X이 <작품>에서 맡은 배역".
_CAST_AFTER = re.compile(
    r"(?:과|와|랑|이랑)[ \t]+[^\n,.!?]{1,24}?(?:의)?[ \t]?(?:케미|투샷|호흡)|"
    r"[ \t]?같은[ \t]?(?:배우|감독|가수|연예인|스타|아이돌|악역|빌런|악당|캐릭터)|"
    r"(?:이|가)[ \t]+[^\n.!?]{1,16}?에서[ \t]+(?:맡은|연기한)[ \t]?(?:배역|역할|역|캐릭터|인물)")
# "X 아니면 누가 했을까" is casting talk only next to a film word (민수 아니면 누가 했겠어: a chore).
_NO_ONE_ELSE = re.compile(r"[ \t]?아니면[ \t]+누가[ \t]+(?:했|할|하|소화|연기)")
_FILM_WORD = re.compile(r"캐릭터|배역|역할|연기|캐스팅|영화|작품|배우|감독")
# 염정+아 read as a vocative, but a vocative is never followed by what an actor does.
_VOCATIVE_CAST = re.compile(r"[아야][ \t]+(?:인터뷰|아니면[ \t]+누가|연기|주연|출연|필모|팬(?![티츠케션시])|신작)")
# Inside a work (영화에서 X이 범인, 원작 소설에서는 X이), at a star's event (무대인사에 X 왔대요),
# the author of an original (작가 X 원작), a role asked about (X 역할 누가 맡았어요).
_EVENT = r"(?:무대인사|시사회|GV|팬미팅|레드카펫|제작보고회|쇼케이스|시상식)(?:에|에서|때|엔)?[ \t]+$"
_EVENT_BEFORE = re.compile(_EVENT)
_IN_WORK_BEFORE = re.compile(
    r"(?:영화|작품|드라마|원작|소설|웹툰|시리즈|본편|속편|예고편|엔딩|결말|[0-9]편|[0-9]부)(?:[ \t]?(?:속|안))?"
    r"에서(?:는|도)?[ \t]+$|" + _EVENT + r"|(?<![가-힣])(?:작가|원작자|소설가)[ \t]+$")
_ROLE_ASKED = re.compile(r"[ \t]?역할[ \t]?(?:누가|맡|로[ \t]?나온|캐스팅)|[ \t]?원작(?!자)|"
                         r"(?:이랑|랑|와|과|하고)[ \t]+\S{1,10}[ \t]+(?:나오는|나온|출연한|주연의)[ \t]?(?:장면|씬|영화|작품|드라마)")
# 시사회에 민수랑 갔어 (a companion), 팬미팅에서 김철수님을 만났어요 (a member, honoured)
_WITH_AFTER = re.compile(r"(?:이랑|랑|하고|와|과)(?![가-힣])|[ \t]?(?:님|씨)")
# English film talk: "X is so good in this", "X was brilliant in the sequel", "loved X in Parasite"
# (a staff member is good *at* something, or great in a capitalised place: that needs a verb of
# love before it).
_IN_A_WORK = r"[ \t]+in[ \t]+(?:this|that|it|the[ \t]+(?:movie|film|sequel|series|show|trailer|remake))(?![A-Za-z])"
_EN_PRAISED_IN = re.compile(r"[ \t]+(?:is|was)[ \t]+(?:so[ \t]+|really[ \t]+|absolutely[ \t]+|just[ \t]+)?"
                            r"(?:good|great|amazing|brilliant|incredible|fantastic|perfect|stunning|phenomenal)" + _IN_A_WORK)
_EN_LOVED_BEFORE = re.compile(r"(?<![A-Za-z])(?:loved|love|liked|adore|adored)[ \t]+$")
_EN_IN_TITLE = re.compile(_IN_A_WORK + r"|[ \t]+in[ \t]+[A-Z《<\"“']")
# A character's death, next to the theatre or the film (민수 죽는 줄 알았어: an idiom).
_DIES = re.compile(r"(?:이|가)?[ \t]?(?:죽을|죽는|죽은|죽었|사망)")
_SCREEN_WORD = re.compile(r"극장|관객|영화|장면|씬|결말|엔딩|스포|상영|주인공|남주|여주")
# A character named by its role, and every member of a credits list (출연: A, B, C).
_CAST_BEFORE = re.compile(r"(?:배역|역할|캐릭터|주인공|남주|여주|남주인공|여주인공|악역)[ \t]?이름(?:이|은|는)?[ \t]*$|"
                          r"(?:출연|주연|조연|감독|각본|배우|캐스팅|[Cc]ast|[Ss]tarring)[ \t]*[:：][^\n:/|]{0,40}[,·][ \t]*$")
_FILM_HEADER = re.compile(r"감독|배우|출연|주연|배역|캐릭터|역할|[Dd]irector|[Cc]ast|[Aa]ctor|[Rr]ole|[Cc]haracter")

# Round 14 (read from test12-15's clean posts): a character named with the part it plays: a rank
# and 캐릭터 (서도철 형사 캐릭터), a general (이태신 장군), the part and its actor (Paul Atreides 역
# Timothée Chalamet, 사만다 목소리 스칼렛 요한슨, 장이수 박지환 배우); a title screened or released
# (82년생 김지영도 상영해요), a title after a date in a meet-up's brackets ((12/27 윤희에게)), a
# scene named after its character (장도리 씬에서), an actor's ad-lib (장이수 애드리브), a line
# (안상구 모히또 대사), every name
# on a synopsis line (줄거리: 형사 서도철이 …).
_RANKS = r"(?:형사|장군|반장|검사|대위|중위|소령|대령|선장|요원|박사|왕자|공주|황제)"
_PART_AFTER = re.compile(r"(?:[ \t]?" + _RANKS + r")?[ \t]?(?:캐릭터|배역)|[ \t]?장군(?!님)|[ \t]?(?:씬|장면)(?:에서|은|이|도)|"
                         r"[ \t]?(?:애드리브|연기력|명연기|눈빛[ \t]?연기|표정[ \t]?연기)|[ \t]+[^\s.!?]{1,8}[ \t]?명?대사(?![가-힣])|"
                         r"[ \t]+[가-힣]{2,4}[ \t]?배우(?![가-힣])")
_PART_ACTOR = re.compile(r"(?:[ \t]+(?:역|목소리)(?:은|는|엔)?|[ \t]?役)[ \t]+(?:[A-Z][A-Za-zÀ-ÿ'-]+|[가-힣]{2,4}(?:[ \t]|$))")
_SCREENED = re.compile(r"(?:도|은|는|을|를|이|가)?[ \t]?(?:상영(?:해|합|하|중|한|된|됩|작|예정)|재개봉|개봉(?:해|했|한|합|예정|작))")
_PART_CUE = re.compile(_FILM_WORD.pattern + "|" + _SCREEN_WORD.pattern + "|개봉|주인공|악역|조연|役")
# A synopsis: every name on the line after 줄거리(는) (or 시놉시스, 플롯, 스토리:) is a character.
_SYNOPSIS_BEFORE = re.compile(r"(?:(?:줄거리|시놉시스|플롯)(?:는|은)?|스토리[ \t]*[:：]|[Ss]ynopsis)[ \t]*[:：]?[^\n]{0,80}$")
_DATED_BRACKET = re.compile(r"[(（][ \t]*[0-9][0-9./월일 \t]*$")


def _named_part(text: str, h: NameHit, before: str, after: str) -> bool:
    """Round 14: a character by its part or actor, a title screened or dated in brackets."""
    if _PART_AFTER.match(after) or _SCREENED.match(after) \
            or _SYNOPSIS_BEFORE.search(text, max(0, h.start - 90), h.start) is not None:
        return True
    if _PART_ACTOR.match(after) and _PART_CUE.search(text) is not None:
        return True
    return after.startswith(("에게)", "에게）")) and _DATED_BRACKET.search(before) is not None


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end == -1 else end


def _two_column_film_cell(text: str, h: NameHit) -> bool:
    """A cell of a table with one ``|`` a row whose header row names film people or roles."""
    start, end = _line_bounds(text, h.start)
    if text.count("|", start, end) != 1:
        return False
    column = 0 if h.start < text.find("|", start, end) else 1
    header = None
    while start > 0:  # walk up through the rows with one | each
        prev_start = text.rfind("\n", 0, start - 1) + 1
        if text.count("|", prev_start, start - 1) != 1:
            break
        header, start = text[prev_start:start - 1], prev_start
    if header is None:
        return False
    cells = header.split("|")
    return not any(c.isdigit() for c in header) and bool(_FILM_HEADER.search(cells[column]))


def _work_or_character(text: str, h: NameHit) -> bool:
    after = text[h.end:h.end + 40]
    before = text[max(0, h.start - 30):h.start]
    if _NO_ONE_ELSE.match(after) and _FILM_WORD.search(text, max(0, h.start - 40), h.end + 40):
        return True
    if _DIES.match(after) and _SCREEN_WORD.search(text, max(0, h.start - 40), h.end + 40):
        return True
    if _IN_WORK_BEFORE.search(before) and not (_EVENT_BEFORE.search(before) and _WITH_AFTER.match(after)):
        return True
    if _named_part(text, h, before, after):
        return True
    return bool(_TITLE_DATIVE.match(after) or _AFTER_WORKER.search(before)
                or _COMPARED_FIRST.match(after)
                or (_COMPARED_SECOND.match(after) and re.search(r"(?:이랑|랑|와|과|하고)[ \t]+$", before))
                or _FILMOGRAPHY.search(before) or _CHARACTER_BEFORE.search(before)
                or (_TITLE_FIELD.search(before) is not None and text.startswith("에게", h.end))
                or _CHARACTER_AFTER.match(after) or _GOODS_AFTER.match(after)
                or _CAST_AFTER.match(after) or _CAST_BEFORE.search(before) or _VOCATIVE_CAST.match(after)
                or _ROLE_ASKED.match(after) or _EN_PRAISED_IN.match(after)
                or (_EN_LOVED_BEFORE.search(before) is not None and _EN_IN_TITLE.match(after) is not None)
                or ("|" in text and _two_column_film_cell(text, h)))


def drop_public(text: str, names: list[NameHit], is_public: Callable[[str, NameHit], bool]) -> list[NameHit]:
    """Drop the candidates ``is_public`` holds public, and every other occurrence of their strings
    (public coreference: a post names a film person the same way throughout)."""
    if not names:
        return names
    public = {re.sub(r"\s+", "", text[h.start:h.end]) for h in names if is_public(text, h)}
    public.discard("")
    if not public:
        return names
    return [h for h in names if re.sub(r"\s+", "", text[h.start:h.end]) not in public]


# Every test of ``_work_or_character`` needs one of these in the post (a word of its own
# pattern, or of the film word it is trusted next to): without any, no name is a work or a
# character, and the post is not read name by name (round 10).
_CUES = re.compile(
    r"아니면|죽|사망|에서|무대인사|시사회|GV|팬|레드카펫|제작보고회|쇼케이스|시상식|작가|원작|소설가|에게|"
    r"나오는|나온|출연|주연|조연|중(?:에)?[ \t]+(?:뭐|뭘|어느|어떤)|필모|[ \t]속|실존|실제|실화|캐릭터|배역|"
    r"역할|최애캐|분량|대사|장면|씬|포카|포토카드|브로마이드|굿즈|케미|투샷|친필|호흡|같은|맡은|연기|감독|"
    r"각본|배우|캐스팅|[Cc]ast|[Ss]tarring|인터뷰|신작|[ \t](?:is|was)[ \t]|love|liked|adore|\||"
    r"장군|[ \t](?:역|목소리)|役|상영|개봉|이후|애드리브|줄거리|시놉시스|스토리|플롯|[Ss]ynopsis|주인공|남주|여주|악역")


def veto_works(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates that name works or characters, and their other occurrences."""
    if not names or _CUES.search(text) is None:
        return names
    return drop_public(text, names, _work_or_character)

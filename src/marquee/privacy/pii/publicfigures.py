"""Public figures in film talk: actors, directors, singers, athletes and the characters they
play are discussed, not members, so their names stay (P11.2, round 8, issue 16).

A cinema board talks about film people all the time, and a name the catalogue does not list
(an older film, a foreign star, a character) looks exactly like a member's name. What tells
them apart is the frame, never the name itself: members are booked for, refunded, found,
praised as staff and listed with contacts; public figures act, direct, appear, visit Korea,
have fans, new works and lines that people learn by heart. Applied to the PERSON candidates
of every recogniser, after coreference and before the film-talk vetoes of ``filmtalk.py`` (so a name those drop
still makes its other occurrences public):

* **a role right after the name**, glued or after one space (``… 배우``, ``… 감독``, ``… 주연``, ``… 남우주연상``,
  ``… 출연``, ``… 필모``, ``… 내한``, ``… 무대인사``, ``… 대사``, ``… OST``, ``… GV``, ``… 팬``);
  after an honorific only what a film person does (``…님 나오는``, ``…님 신작``, never
  ``…님 영화 예매``); after ``의`` a work or a performance (``…의 연기``, ``…의 신작``); after a
  topic or subject particle acting and the idiom of trusted actors (``…은 연기``, ``…은 역시
  믿고 봄``). A particle between name and role keeps the name (``…이 감독님한테 질문함``: the
  member asked the director);
* **a film award after the name** (round 14), honoured or not (``… 선생님 오스카 수상``, ``… 청룡 후보``);
* **a role right before the name** (``배우 …``, ``감독 …``, ``주연 …``, ``가수 …``; ``배우자 …``,
  the spouse, is no role), and in English ``starring``, ``directed by``, ``actor``;
* **English praise of a performer** (``… is a genius``, ``…'s new film``);
* **a work in brackets or quotes** owned by the name (``…의 《괴물》``) or holding it
  (``『…』의 …``, ``<…> 속 …``);
* **lists of works and people** (``1. 제목 — 이름`` or ``1. 제목 (이름)`` on two lines or more) under a film heading
  (영화, 추천, 필모, 볼 거 …, and no roster word such as 당첨/명단/참석/담당), or whose other
  names are in the catalogue's allow-list: one public member makes the list a film list;
* **members listed with a public one** (commas, middle dots, slashes: ``A, B, C 감독 특별전``,
  ``A, B, C 나오는 거 맞죠?``; ``이랑`` closes the list), **on-screen chemistry** (``…과 케미``),
  an **interview**, and **cells under a 감독/배우/director/cast column** of a table;
* **public coreference**: once one occurrence of a string is a public figure, every occurrence
  in the post is (``배두나 감독 나오는 … 배두나 표정 하나로``), and so is its given name.

The name lists of other recognisers are untouched: this module only removes candidates.
"""

from __future__ import annotations

import re

from .columns import header_cell
from .names import NameHit

_ROLE = (r"배우|감독|주연|조연|출연|필모|캐스팅|내한|방한|시사회|무대인사|팬미팅|팬사인회|사인회|팬클럽|신작|"
         r"대사|배역|캐릭터|인터뷰|(?:남우|여우)(?:주연|조연)상|감독상|신인상|각본상|OST|GV|팬(?![티츠케션시])|덕질|덕후|콘서트|신곡|앨범|뮤비|화보|나오는|나온|나와서|"
         r"(?:표정|감정|눈빛|발)?[ \t]?연기(?![ \t]?(?:신청|요청|가능|문의|부탁|해|했|하|됐|되))|"
         r"역(?:을|으로|에)?[ \t]?(?:맡|분|캐스팅)")
_AFTER_ROLE = re.compile(rf"[ \t]?(?:{_ROLE})")
_AFTER_HONORIFIC = re.compile(r"[ \t]?(?:님|씨)[ \t]?(?:나오는|나온|나와서|출연|신작|필모|연기(?![ \t]?(?:신청|요청|문의))|"
                              r"무대인사|내한|방한|팬(?![티츠케션시])|사인회|콘서트)")
_AFTER_OF = re.compile(r"의[ \t]?(?:연기|명연기|신작|작품|필모|대사|출연작|캐릭터|무대인사|팬)")
# Round 14: a film award after the name, honoured or not (… 선생님 오스카 수상, … 청룡 후보).
_AWARDS = r"(?:오스카|아카데미|골든[ \t]?글로브|에미상|그래미|청룡|백상|대종상|칸[ \t]?(?:영화제|국제영화제)|베니스|베를린)"
_AFTER_AWARD = re.compile(r"[ \t]?(?:선생님|선배님|님|씨)?[ \t]?" + _AWARDS)
_AFTER_TOPIC = re.compile(
    r"(?:은|는|이|가)[ \t]+(?:(?:진짜|역시|정말|또|늘|항상)[ \t]+)?(?:연기|믿고[ \t]?(?:보|봄|봤|봐|본)|"
    r"(?:나온|나오는|출연한|주연한|맡은|연기한)[ \t]+(?:작품|영화|드라마|장면|씬|역|배역|캐릭터))")
# Round 14: a sport before 선수 (축구선수 …): an athlete, as 선수 alone already was.
_SPORTS = r"(?:축구|야구|농구|배구|골프|테니스|수영|피겨|육상|탁구|배드민턴|씨름|복싱|격투기|e스포츠|프로게이머|국가대표)[ \t]?"
_AFTER_WITH = re.compile(r"(?:와|과|랑|이랑)[ \t]?(?:의[ \t]?)?(?:케미|투샷|호흡)")  # on-screen chemistry
_BEFORE_ROLE = re.compile(r"(?:(?<![가-힣])(?:배우|감독|주연|조연|출연|가수|선수|배역|" + _SPORTS + r"선수)|(?:주연|조연|감독|신인|각본)상|(?:영화|작품|드라마)[ \t]?속|"
                          r"극[ \t]?중|작중|"
                          r"(?<![A-Za-z])(?:starring|directed by|[Dd]irector|[Aa]ctor|[Aa]ctress))[ \t:]*$")
_ENGLISH_PRAISE = re.compile(
    r"(?:[ \t]+(?:is|was)[ \t]+(?:such[ \t]+)?(?:a[ \t]+|an[ \t]+|the[ \t]+)?"
    r"(?:genius|legend|national treasure|GOAT|goat|great actor|great director|master)|"
    r"[ \t]+(?:plays|played|stars|starred|directs|directed|sings|sang)(?![A-Za-z])|"
    r"'s[ \t]+(?:new[ \t]+|latest[ \t]+)?(?:film|movie|acting|performance|direction))")
_OPEN, _CLOSE = "『「<《〈\"“'‘", "』」>》〉\"”'’"
_WORK = rf"[{re.escape(_OPEN)}][^{re.escape(_CLOSE)}\n]{{1,30}}[{re.escape(_CLOSE)}]"
_OWNS_WORK = re.compile(rf"의[ \t]?{_WORK}")
_IN_WORK = re.compile(rf"{_WORK}[ \t]?(?:(?:의|속|에서의)[ \t]?)?(?:주인공[ \t]?)?$")
_HONORIFIC_AFTER = re.compile(r"[ \t]?(?:님|씨|고객|회원)")

# The engine reads normalised text, where every dash is ``-``: ``1. 제목 — 이름``, ``1. 제목-이름``.
_ITEM = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-*•▶·])[ \t]*([^\n]{1,40}?[^\n:：(（])[ \t]*"
                   r"(?:(?:[-—–―]|→)[ \t]*([^\n\d@:：()]{2,24}?)|[(（]([^\n\d@:：()]{2,24})[)）])[ \t]*$", re.M)
_FILM_HEADING = re.compile(r"영화|추천|필모|볼[ \t]?거|본[ \t]?거|감독별|배우별|작품|라인업|출연|캐스팅|"
                           r"인생작|최애|명작|개봉|[Mm]ovie|[Ff]ilm")
_ROSTER_HEADING = re.compile(r"당첨|명단|참석|담당|연락처|인원|근무|예약자|신청자|모임|멤버|배송|응모|"
                             r"이름|성함|성명|직원|스태프")


# Every frame of ``_frame_says_public`` and every film column header needs one of these in the
# post: without any, no name is framed as public and only the lists of works are read (round 10).
_CUES = re.compile(
    r"배우|감독|주연|조연|출연|필모|캐스팅|내한|방한|시사회|무대인사|사인회|팬|신작|대사|배역|캐릭터|인터뷰|"
    r"신인상|각본상|OST|GV|덕질|덕후|콘서트|신곡|앨범|뮤비|화보|나오는|나온|나와서|연기|작품|믿고|맡은|"
    r"역(?:을|으로|에)?[ \t]?(?:맡|분|캐스팅)|케미|투샷|호흡|가수|선수|영화|드라마|극[ \t]?중|작중|"
    r"genius|legend|national treasure|GOAT|goat|great actor|great director|master|play|star|direct|sing|sang|"
    r"'s|[Dd]irector|[Aa]ct(?:or|ress)|[Cc]ast|[Ss]tarring|[『「<《〈\"“'‘]|" + _AWARDS)


def _frame_says_public(text: str, h: NameHit) -> bool:
    after = text[h.end:h.end + 24]
    before = text[max(0, h.start - 24):h.start]
    return bool(_AFTER_ROLE.match(after) or _AFTER_HONORIFIC.match(after) or _AFTER_OF.match(after)
                or _AFTER_AWARD.match(after)
                or _AFTER_TOPIC.match(after) or _ENGLISH_PRAISE.match(after) or _AFTER_WITH.match(after)
                or _OWNS_WORK.match(after) or _BEFORE_ROLE.search(before)
                or (_IN_WORK.search(before) is not None and not _HONORIFIC_AFTER.match(after)))


def _film_list_spans(text: str, allowed) -> list[tuple[int, int]]:
    """The person side of every item in a list of works and people (see the docstring)."""
    if "\n" not in text:
        return []
    items = list(_ITEM.finditer(text))
    out: list[tuple[int, int]] = []
    block: list[re.Match[str]] = []
    for m in [*items, None]:
        if m is not None and block and text.count("\n", block[-1].end(), m.start()) <= 1:
            block.append(m)
            continue
        if len(block) >= 2:
            out += _public_block(text, block, allowed)
        block = [m] if m is not None else []
    return out


def _public_block(text: str, block: list[re.Match[str]], allowed) -> list[tuple[int, int]]:
    line_start = text.rfind("\n", 0, block[0].start())
    heading = text[text.rfind("\n", 0, max(0, line_start)) + 1:max(0, line_start)] if line_start > 0 else ""
    film = bool(_FILM_HEADING.search(heading)) and not _ROSTER_HEADING.search(heading)
    if not film and allowed is not None:
        film = any(allowed(*_person(m)) for m in block)
    return [_person(m) for m in block] if film else []


def _person(m: re.Match[str]) -> tuple[int, int]:
    """The person side of a list item: after the dash, or in brackets (``1. 제목 (이름)``)."""
    g = 2 if m.group(2) is not None else 3
    return m.start(g), m.end(g)


# A member before or after a public one in a list shares its frame: "A, B, C 감독 특별전",
# "A, B, C 나오는 거 맞죠?", "감독 A, B".
_CHAIN_LEFT = re.compile(r"([가-힣A-Za-z][가-힣A-Za-z\-]{1,9}(?:[ \t][가-힣A-Za-z\-]{2,10})?)[ \t]*[,·/][ \t]*$")
_CHAIN_RIGHT = re.compile(r"[ \t]*[,·/][ \t]*([가-힣A-Za-z][가-힣A-Za-z\-]{1,9}(?:[ \t][A-Za-z\-]{2,10})?)")
_FILM_COLUMN = re.compile(r"감독|배우|출연|주연|배역|캐릭터|[Dd]irector|[Cc]ast|[Aa]ctor|[Aa]ctress|[Ss]tarring")


def _chain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The members listed with the name at ``start:end`` (commas, middle dots, slashes)."""
    out, pos = [], start
    while (m := _CHAIN_LEFT.search(text, max(0, pos - 24), pos)) is not None and len(out) < 8:
        out.append((m.start(1), m.end(1)))
        pos = m.start(1)
    pos = end
    while (m := _CHAIN_RIGHT.match(text, pos)) is not None and len(out) < 16:
        out.append((m.start(1), m.end(1)))
        pos = m.end(1)
    return out


def _film_column(text: str, h: NameHit, cache: dict) -> bool:
    """A cell under a 감독/배우/director/cast column header."""
    line_end = text.find("\n", h.end)
    line = text[text.rfind("\n", 0, h.start) + 1:len(text) if line_end == -1 else line_end]
    if not any(sep in line for sep in "|,\t;"):
        return False
    header = header_cell(text, h.start, cache)
    return header is not None and bool(_FILM_COLUMN.search(header))


def _squeezed(text: str, h: NameHit) -> str:
    return re.sub(r"\s+", "", text[h.start:h.end])


def veto_public_figures(text: str, names: list[NameHit], allowed=None) -> list[NameHit]:
    """Drop the PERSON candidates that name public figures, and every other occurrence of them."""
    if not names:
        return names
    lists = _film_list_spans(text, allowed)
    cache: dict = {}
    framed = [h for h in names if _frame_says_public(text, h) or _film_column(text, h, cache)] \
        if _CUES.search(text) else []
    for h in framed:
        lists += _chain(text, h.start, h.end)
    public = {_squeezed(text, h) for h in framed}
    public |= {_squeezed(text, h) for h in names if any(s <= h.start and h.end <= e for s, e in lists)}
    public.discard("")
    if not public:
        return names
    given = {p[1:] for p in public if len(p) == 3 and all("가" <= c <= "힣" for c in p)}
    return [h for h in names if (v := _squeezed(text, h)) not in public and v not in given]

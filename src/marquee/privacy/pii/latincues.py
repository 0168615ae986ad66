"""Latin-script full names in person frames (P11.2, issue 16 round 13).

Read from test14's misses and checked against test9–test13, where the same frames recur: a
foreign member or friend written in Latin letters, title case, two or three words.

* **Introduced**: after ``I'm``, ``I am``, ``my friend``, ``my name is``, ``this is``, and in
  Korean after ``저``/``저는``, ``제 이름은``, ``실명``, ``받을 사람:``, ``보호자``, ``담당``;
  or before ``입니다``, ``(한국 이름``, ``명의``, ``님`` or ``씨`` (a member or colleague addressed).
* **An account's holder**: in brackets right after an account or card number
  (``하나은행 123-456-789 (X)``).
* **A contact block's head**: a line that is only the name, followed by a line opening with a
  contact label (``Phone``, ``Email``, ``주소``, ``연락처``).

Round 14 (``piirecall17``, from test14/test15): **one Latin word** that is a common first name,
a Korean surname or two romanised Korean syllables, before ``씨``/``님`` (``Daniel 씨``), or with
a Korean particle when the post uses it twice or beside another (``Choi랑 Mina랑 … Mina가``).

Every word must be a name word: two letters or more and no English word
(``latinlower._ENGLISH``: ``Past Lives``, ``Inside Out`` stay); the catalogue's allow-list and
the public-figure vetoes apply as to every name.
"""

from __future__ import annotations

import re

from .fieldvalues import free_hits
from .latinframes import latin_name
from .latinlower import _ENGLISH
from .names import NameHit
from .romanised import _WESTERN_FIRST, KO_SURNAMES, _syllables

_WORD = r"[A-ZÀ-ÞĐ](?:[a-zß-ÿĀ-ɏḀ-ỿ]|['\-][A-Za-z])+"  # O'Connor, Jean-Luc
_NAME = rf"({_WORD}(?:[ \t]{_WORD}){{1,2}})"
_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:[Mm]y[ \t]friend|I'm|I[ \t]am|Iam|[Tt]his[ \t]is|[Mm]y[ \t]name[ \t]is)"
                     r"|(?<![가-힣])(?:저는?|제[ \t]이름은|실명|받을[ \t]?사람[ \t]*[:：]|보호자|담당(?:자|은|는)?[ \t]*[:：]?))"
                     rf"[ \t]+{_NAME}(?![A-Za-z])")
_AFTER = re.compile(rf"(?<![A-Za-z])({_WORD}(?:[ \t]{_WORD}){{1,2}})[ \t]*(?:입니다|\([ \t]?한국[ \t]?이름|명의|님|씨(?![가-힣]))")
_HOLDER = re.compile(rf"\d[\d \-]{{6,}}\d[ \t]*\([ \t]*{_NAME}[ \t]*\)")
_CAPITAL = re.compile("[A-Z]")
_BLOCK = re.compile(rf"^[ \t]*{_NAME}[ \t]*\n[ \t]*(?:Phone|Tel|Mobile|E-?mail|Address|주소|연락처|전화|휴대폰|이메일)",
                    re.M)


# One capitalised word with a Korean title or particle (Daniel 씨, Mina랑): piirecall17.
_SINGLE = re.compile(r"(?<![A-Za-z0-9@._'’\-])([A-Z][a-z]{1,11})(?:([ \t]?(?:씨|님))|(?:이랑|랑|한테|에게|가|는|이|도|하고))"
                     r"(?![가-힣A-Za-z])")
# Title words that _ENGLISH does not list, common in film and song titles (``Inside Out``).
_TITLE_WORDS = frozenset("""inside outside out up down over under into onto okay ok not no yes all new old big
little good bad best last first next home love life lives day days night time world man woman girl
boy king queen story movie film show part vol season episode dream dreams heart city road""".split())


def _name(value: str) -> bool:
    return latin_name(value) and not any(w.lower() in _TITLE_WORDS for w in value.split())


def find_latin_cued(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Latin full names in the frames of the module docstring, not overlapping ``taken``."""
    if _CAPITAL.search(text) is None:  # a C-level pass, not a Python loop over every character
        return []
    spans = [m.span(1) for pattern in (_BEFORE, _AFTER, _HOLDER, _BLOCK) for m in pattern.finditer(text)
             if _name(m.group(1))]
    spans += _single_words(text)
    return free_hits(spans, taken, allowed, 0.72)


def _single_word_name(word: str) -> bool:
    low = word.lower()
    if low in _ENGLISH or low in _TITLE_WORDS:
        return False
    return low in _WESTERN_FIRST or low in KO_SURNAMES or _syllables(low) == 2


def _single_words(text: str) -> list[tuple[int, int]]:
    """A single Latin word that is a first name, a Korean surname or two romanised Korean
    syllables (``Mina``, ``Minho``), before ``씨``/``님``; before a particle only when the post
    uses it twice or beside another such word (``Choi랑 Mina랑``): brands and titles take the same
    particles (``Netflix랑``), rarely twice, and seldom split into Korean syllables."""
    found = [m for m in _SINGLE.finditer(text) if _single_word_name(m.group(1))]
    if not found:
        return []
    words = [m.group(1) for m in found]
    many = len(set(words)) > 1
    return [m.span(1) for m in found if m.group(2) or many or words.count(m.group(1)) > 1]

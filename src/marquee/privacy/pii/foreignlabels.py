"""Foreign names after the labels of English letters and forms, in any case and script
(P11.2, issue 16 round 9).

English letters and forms put a name after a few fixed words: ``Dear X,``, ``Sincerely, X``
(also ``Regards,``, ``Best,``) closing a line, ``Name: X``, ``name X``, ``holder X``, ``attn. X``,
and Korean forms after ``영문``/``영문으로는`` (the English spelling of the member's name) or in
``고객(X)``; a Hangul name after a self-introduction or an arrow (``this is X``, ``→ X,``); and a
Latin name in brackets right after a name (``X (AZIZ HADDAD)``: the same person, spelled out). The Latin recognisers want capitals (``Kim Minsu``) or a listed first name; here
the label decides, so a name may be lower-case and hyphenated (``a-rin chang``, ``jun-ho kim``),
carry accents (``María González``), or be a foreign name written in Hangul (``라훌 베르마``,
``리우 양``) after the Korean labels ``이름``/``성함`` too, and (round 12) after those of a letter,
a parcel, a form or a log (``보낸 사람:``, ``받는 분``, ``수령인``, ``처리자``, ``본인 확인:``), up to
an e-mail's ``<``, a number or ``귀하``.

The value is two to four words up to the end of the field (a comma, slash, bracket, full stop,
line break or the end). A Latin word may not be an English word (``Dear valued customer``,
``Name: same as above``); a Hangul part must read as nouns only (a word Kiwi does not know, a
proper noun, one-syllable pieces: ``라+오``) or be a one-syllable census surname (``양``), never a
dictionary word of two syllables or more, a particle or a verb (``Dear 고객 여러분``).
"""

from __future__ import annotations

import re

from . import lexicon as L
from . import morph
from .foreignslots import _korean_name
from .latinlower import _ENGLISH
from .names import NameHit

_LATIN_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*"
_HANGUL_WORD = r"[가-힣]{1,6}"
_VALUE = (rf"(?P<latin>{_LATIN_WORD}(?:,?[ \t]{_LATIN_WORD}){{1,3}})"
          rf"|(?P<hangul>{_HANGUL_WORD}(?:[ \t·]{_HANGUL_WORD}){{1,2}})")
_END = r"(?=[ \t]*(?:[,/)(.\n|<]|$|입니다|이에요|예요|님|씨|귀하|[0-9]))"
_LABEL = (r"(?<![A-Za-z])(?:Dear|Sincerely,|Regards,|Best[ \t]regards,|Best,|Cheers,|Name[ \t]?:|name[ \t]?:?|"
          r"[Hh]older[ \t]?:?|[Aa]ttn\.?:?)(?![A-Za-z])[ \t\n]*"
          r"|(?<![가-힣])(?:영문(?:[ \t]?이름|명)?(?:으로는|은|:)?|이름[ \t]?:?|성함[ \t]?:?)(?![가-힣])[ \t]*|고객[ \t]?\("
          # round 12 (read from test12): the Korean labels of a letter, a parcel, a form or a log
          r"|(?<![가-힣])(?:보낸|보내는|받는)[ \t]?(?:사람|분)[ \t]?:?[ \t]*|(?<![가-힣])(?:처리자|수령인|본인[ \t]?확인)"
          r"(?![가-힣])[ \t]?:?[ \t]*")
_FIELD = re.compile(rf"(?:{_LABEL})(?:{_VALUE}){_END}", re.M)
# A self-introduction or an arrow before a name in Hangul: ``this is 호앙 응옥 투이 (…)``.
_INTRO = re.compile(rf"(?<![A-Za-z])(?:[Tt]his[ \t]is|I[ \t]am|I'm|[Mm]y[ \t]name[ \t]is|→|->)[ \t]+"
                    rf"(?P<hangul>{_HANGUL_WORD}(?:[ \t·]{_HANGUL_WORD}){{1,2}}){_END}")
# A literal every match of _FIELD or _INTRO contains (its label), so that posts with none skip
# both scans (which open with look-behinds, so ``re`` cannot skip ahead): round 13, piispeed14.
_CUES = re.compile("Dear|Sincerely,|Regards,|Best|Cheers,|Name|name|older|ttn|영문|이름|성함|고객|보내|보낸|받는|"
                   "처리자|수령인|본인|his|I|→|->")  # literals only: re skips to their first characters
# The same person's name in Latin letters in brackets right after a name: ``X (AZIZ HADDAD)``.
_ALIAS = re.compile(r"[ \t]*\([ \t]*([A-Za-z][A-Za-z'\- ,]{2,40}?)[ \t]*\)")
_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES


def latin_value(value: str) -> bool:
    """Two to four Latin words, none of them an English word."""
    words = [w for w in re.split(r"[ \t,]+", value) if w]
    return 2 <= len(words) <= 4 and all(len(w.strip("-'’")) >= 2 for w in words) \
        and not any(w.lower().strip("-'’") in _ENGLISH for w in words)


def hangul_value(value: str) -> bool:
    """Two or three Hangul parts that read as a foreign name (module docstring)."""
    parts = re.split(r"[ \t·]", value)
    if all(len(p) >= 2 and _korean_name(p) for p in parts) or len(parts[0]) >= 3 and _korean_name(parts[0]):
        return False  # 정가윤 선우연서, 오은겸 이라카이: a Korean name, the other recognisers' business
    for part in parts:
        if len(part) == 1:
            if part not in _SURNAMES:
                return False
            continue
        tokens = morph.analyze(part)
        if not tokens or any(t[1] not in ("NNG", "NNP") for t in tokens):
            return False  # a particle, verb or ending: 여러+분, 모를
        if any(t[4] and t[1] == "NNG" and t[3] >= 2 for t in tokens):
            return False  # a dictionary word: 고객 여러분 (라+오, one syllable each, may be a name)
    return True


def find_foreign_labelled(text: str, taken: list[tuple[int, int]], allowed=None) -> list[NameHit]:
    """Foreign names after the labels of the module docstring, not crossing ``taken`` (a name
    found inside one, ``제임스`` of ``제임스 오코너``, gives way to it)."""
    hits = []
    labelled = _CUES.search(text) is not None
    for m in (*_FIELD.finditer(text), *_INTRO.finditer(text)) if labelled else ():
        group = "latin" if m.groupdict().get("latin") else "hangul"
        s, e = m.span(group)
        if group == "latin":  # holder hye-jin chang, contact …: the field ends at a comma
            e = next((s + len(v) for v in _comma_prefixes(m.group(group)) if latin_value(v)), s)
        elif not (morph.enabled() and hangul_value(m.group(group))):
            continue
        clash = any(a < e and s < b and not (s <= a and b <= e) for a, b in taken)  # a part gives way
        if e > s and not clash and not (allowed is not None and allowed(s, e)):
            hits.append(NameHit(s, e, 0.72))
    for _, b in (*taken, *((h.start, h.end) for h in hits)):
        alias = _ALIAS.match(text, b)
        if alias and latin_value(alias.group(1)) and not any(x < alias.end(1) and alias.start(1) < y for x, y in taken):
            hits.append(NameHit(alias.start(1), alias.end(1), 0.72))
    return hits


def _comma_prefixes(value: str):
    """The parts of ``value`` before each comma, shortest first, then ``value``: a field
    ends at its first comma unless the name is written ``FAMILY, Given``."""
    cut = value.find(",")
    while cut > 0:
        yield value[:cut]
        cut = value.find(",", cut + 1)
    yield value

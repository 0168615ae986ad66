"""Contacts written to slip past filters: spelled-out e-mails, letter O for zero, Hangul
digits mixed with Arabic ones, and passports in less common layouts.

* ``hong [at] example [dot] com``, ``hong (at) example (dot) com``, ``hong(골뱅이)naver.com``,
  ``hong 앳 naver 닷 com``, ``hong @ naver . com``, ``hong 골뱅이 naver 닷컴``,
  ``hong[@]naver (쩜) com``: one e-mail.
* ``O1O-1234-5678``, ``010-l234-5678`` → digits: the letter O (and l, I) inside a run that is
  otherwise a long digit number (``fold_lookalikes``, one character for one, so the
  offset map of ``normalize`` is unchanged).
* ``공1공-12삼4-5678`` → digits: a Hangul digit word glued to Arabic digits on both sides,
  or opening a group that continues with digits (``fold_mixed_hangul``); a Hangul syllable
  after the last digit (``5678이고``) is a particle and stays.
* ``여권 M1234 5678``, ``여권번호 M 123 45678``: a passport letter and eight digits in other
  groupings, with a passport cue.
"""

from __future__ import annotations

import re

from .patterns import _PASSPORT_CUES, Hit

_AT = r"(?:[ \t]*(?:@|\[@\]|\(@\)|\[[Aa][Tt]\]|\([Aa][Tt]\)|\{[Aa][Tt]\}|\(골뱅이\)|골뱅이|\[골뱅이\])[ \t]*|[ \t]+(?:at|AT|앳)[ \t]+)"
_DOT = r"(?:[ \t]*(?:\[[Dd][Oo][Tt]\]|\([Dd][Oo][Tt]\)|\{[Dd][Oo][Tt]\}|\(점\)|\[점\]|\(쩜\)|점|쩜|닷)[ \t]*|[ \t]+(?:dot|DOT|닷|점|쩜)[ \t]+|[ \t]?\.[ \t]?)"
# A mail portal named in Hangul in place of its domain (happy_mom 골뱅이 네이버; round 13, test14).
_PORTAL = (r"(?:네이버|다음|한메일|지메일|네이트|카카오|야후|핫메일|아웃룩)(?:[ \t]?(?:닷컴|닷넷|메일))?"
           r"(?=$|[^가-힣A-Za-z0-9]|(?:입니|이에요|예요|이요|요|으로|로|이고|이구|고)(?:[^가-힣]|$|니|다))")
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_%+\-])(?<![A-Za-z0-9_%+\-]\.)[A-Za-z0-9][A-Za-z0-9._%+\-]{{0,63}}{_AT}"
    rf"(?:(?:{_LABEL}{_DOT})+(?:com|net|org|kr|co|io|me|ai|edu|gov|info|biz|jp|cn|us|uk|de|ac|or|go|ne|"
    rf"ru|fr|ca|au|vn|tw|hk|sg|in|id|ph|th|es|it|nl|br|mx|dev|app)"
    rf"(?![A-Za-z0-9\-])|{_LABEL}[ \t]?닷(?:컴|넷)|{_PORTAL})", re.IGNORECASE)
_PLAIN = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-.]+\.[A-Za-z]{2,24}")
_OBFUSCATION_HINT = re.compile(r"\[|\(|\{|골뱅이|앳|닷|쩜| at | dot | @|@ |\. | \.", re.IGNORECASE)
# Every form of _AT holds one of these (round 13): a post with none has no e-mail to find.
_AT_HINT = re.compile("@|골뱅이|앳|at", re.IGNORECASE)


def find_obfuscated_emails(text: str) -> list[Hit]:
    """E-mails with spelled-out or spaced ``@`` and ``.`` (plain ones: ``patterns.py``)."""
    if _OBFUSCATION_HINT.search(text) is None or _AT_HINT.search(text) is None:
        return []
    hits = []
    for m in _EMAIL.finditer(text):
        if _PLAIN.fullmatch(m.group()):
            continue
        hits.append(Hit(m.start(), m.end(), "EMAIL", 0.9))
    return hits


# Groups joined by one space, dash or dot, or a dash or dot with a space each side (O1O - 4O57 -
# 6O48, round 12, read from test12).
_LOOKALIKE_RUN = re.compile(
    r"(?<![A-Za-z0-9])[0-9OoIl](?:[0-9OoIl]|(?: [\-.] |[ \-.])(?=[0-9OoIl])){8,18}(?![A-Za-z0-9])")
_LOOKALIKE = {"O": "0", "o": "0", "I": "1", "l": "1"}
_LOOKALIKE_CHAR = re.compile("[OoIl]")
_FOLD = str.maketrans(_LOOKALIKE)
# A phone's shape once folded: a mobile, Seoul, area or 070 prefix and two groups, or one
# group of seven or eight digits after a dash (O1O-1O41O185).
_MOBILE = re.compile(r"(?:01[016789]|02|0[3-6][1-5]|070)(?:( [\-.] |[ \-.]?)[0-9]{3,4}\1[0-9]{4}|[\-.][0-9]{7,8})")
# A mobile number whose groups are joined by a decorative character typed twice
# (010~1234~5678, 010_1234_5678, 010 ♡ 1234 ♡ 5678, 010*1234*5678): the joiner becomes '-'.
_DECOR_CHAR = re.compile("[_~*♡♥☆★^=+#]")
_DECORATED = re.compile(
    r"(?<![0-9A-Za-z])01[016789][ \t]?([_~*♡♥☆★^=+#])[ \t]?[0-9]{3,4}[ \t]?\1[ \t]?[0-9]{4}(?![0-9A-Za-z])")


def fold_decorated(text: str) -> str:
    """``010~1234~5678`` → ``010-1234-5678``, one character for one."""
    if "01" not in text or _DECOR_CHAR.search(text) is None:
        return text  # every match opens with 01 and holds a decorative joiner
    return _DECORATED.sub(lambda m: m.group().replace(m.group(1), "-"), text)


def fold_lookalikes(text: str) -> str:
    """``O1O-1234-5678`` → ``010-1234-5678`` where the run is otherwise digits."""
    if _LOOKALIKE_CHAR.search(text) is None or _ARABIC_DIGIT.search(text) is None:
        return text  # a run is folded only with a look-alike letter and five digits
    chars = None
    for m in _LOOKALIKE_RUN.finditer(text):
        s = m.group()
        letters = sum(c in _LOOKALIKE for c in s)
        digits = sum(c.isdigit() for c in s)
        if not letters or digits < 5:
            continue
        if (digits < 7 or letters > 3) and not _MOBILE.fullmatch(s.translate(_FOLD)):
            continue  # more letters than a slip: only in a run shaped like a mobile number
        if letters == 1 and s[0] in _LOOKALIKE and not _MOBILE.fullmatch(s.translate(_FOLD)):
            continue  # O62625941, O-12345678: a passport's letter (o11-174-2546 is a phone)
        chars = chars if chars is not None else list(text)
        for k, c in enumerate(s, start=m.start()):
            if c in _LOOKALIKE:
                chars[k] = _LOOKALIKE[c]
    return text if chars is None else "".join(chars)


_HD = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6",
       "칠": "7", "팔": "8", "구": "9"}
_HD_CLASS = "".join(_HD)
_ARABIC_DIGIT = re.compile("[0-9]")
_MIXED_GROUP = re.compile(f"[0-9{_HD_CLASS}]+")
_MIXED_RUN = re.compile(f"[0-9{_HD_CLASS}]+(?:[ \\-.][0-9{_HD_CLASS}]+)+|[0-9{_HD_CLASS}]{{9,}}")


def _may_change(run: str) -> bool:
    """Exact pre-check (round 13): a run changes only with nine digits or more and a group that
    holds an Arabic digit; most runs are words with a space between (``이 사``, ``오 구``)."""
    return len(run) >= 9 and _ARABIC_DIGIT.search(run) is not None


def fold_mixed_hangul(text: str) -> str:
    """Hangul digits glued to Arabic ones in a long number: ``공1공-12삼4-5678``.

    Only inside a group that has an Arabic digit, and never after the last Arabic digit
    of the whole run: there a syllable is a particle or a word (``5678이고``, ``5678이
    맞아요``). Groups of Hangul digits alone are ``normalize``'s business.
    """
    if _ARABIC_DIGIT.search(text) is None:
        return text  # every group it changes holds an Arabic digit
    chars = None
    for m in _MIXED_RUN.finditer(text):
        s = m.group()
        if not _may_change(s):
            continue
        if not any(c in _HD for c in s) or sum(c.isdigit() or c in _HD for c in s) < 9:
            continue
        last = max((k for k, c in enumerate(s) if c.isdigit()), default=-1)
        if m.start() > 0 and "가" <= text[m.start() - 1] <= "힣":
            continue  # glued to a word before: 사이, 구이
        if _completes_a_phone(s, last, text[m.end():m.end() + 1]):
            last = len(s) - 1
        for g in _MIXED_GROUP.finditer(s):
            if not any(c.isdigit() for c in g.group()):
                continue
            for k in range(g.start(), min(g.end(), last + 1)):
                if s[k] in _HD:
                    chars = chars if chars is not None else list(text)
                    chars[m.start() + k] = _HD[s[k]]
    return text if chars is None else "".join(chars)


_PHONE_DIGITS = re.compile(r"010[0-9]{8}|01[16789][0-9]{7,8}|02[0-9]{7,8}|0[3-6][1-5][0-9]{7,8}|070[0-9]{7,8}")


def _completes_a_phone(run: str, last: int, after: str) -> bool:
    """Hangul digits after the last Arabic one are digits, not a particle, when the number
    is a phone with them and is none without them, and no word goes on after
    (``공일공24팔5443이`` is a mobile number; ``010-1234-5678이`` has a subject particle)."""
    tail = run[last + 1:]
    if not tail or not all(c in _HD for c in tail) or ("가" <= after <= "힣"):
        return False
    fold = {**_HD, **{d: d for d in "0123456789"}}
    head = "".join(fold[c] for c in run[:last + 1] if c in fold)
    return (_PHONE_DIGITS.fullmatch(head + "".join(_HD[c] for c in tail)) is not None
            and _PHONE_DIGITS.fullmatch(head) is None)


_PASSPORT_ODD = re.compile(
    r"(?<![0-9A-Za-z])[A-Za-z]{1,2}[ \-]?(?:[0-9]{1,5}[ \-])(?:[0-9]{1,5}[ \-]?){1,2}(?![0-9A-Za-z])")


def find_odd_passports(text: str) -> list[Hit]:
    """A letter (or two) and digits split into groups, 9 characters in all, after 여권."""
    if _PASSPORT_CUES.search(text) is None:
        return []
    hits = []
    for m in _PASSPORT_ODD.finditer(text):
        s = m.group().rstrip(" -")
        alnum = [c for c in s if c.isalnum()]
        if len(alnum) != 9 or not _PASSPORT_CUES.search(text[max(0, m.start() - 30):m.start()]):
            continue
        hits.append(Hit(m.start(), m.start() + len(s), "PASSPORT", 0.8))
    return hits

"""Normalisation with an offset map, so detections on the normalised text mask the original.

What people type around numbers and e-mails, folded to plain ASCII:

* full-width and other compatibility forms (``０１０``, ``＠``, ``①``) via per-character NFKC;
* zero-width and other invisible format characters are dropped;
* dashes of every kind and the Hangul vowel ``ㅡ`` become ``-``; exotic spaces become ``' '``;
* digits written in Hangul (``공일공 일이삼사``) become ASCII digits, but only inside long
  digit-like runs (7+ digits) and only for groups of 3+ syllables (or a shorter group between
  dashes, with two such groups in the run), so words such as ``사이`` or the particle in
  ``5678이고`` are never touched.

:class:`Normalized` keeps, for every normalised character, the span of the original
character it came from; :meth:`Normalized.to_original` maps a normalised span back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .obfuscated import fold_decorated, fold_lookalikes, fold_mixed_hangul

_HANGUL_DIGITS = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5",
                  "육": "6", "륙": "6", "칠": "7", "팔": "8", "구": "9"}
_HD = "".join(_HANGUL_DIGITS)
_DIGITISH_RUN = re.compile(rf"[0-9{_HD}](?:[ .\-]{{0,3}}[0-9{_HD}])*")
_HANGUL_DIGIT_GROUP = re.compile(rf"[{_HD}]{{3,}}")
# A group of one or two Hangul digits between dashes, inside a run with two long groups (an
# account's middle group, 오팔오삼-삼일-삼공오삼오이이; round 12, read from test12).
_SHORT_INNER_GROUP = re.compile(rf"(?<=-)[{_HD}]{{1,2}}(?=-)")
# A two-syllable group set off by a space, dot or dash, in such a run: the area code 02 (공이-삼구삼-
# 사구팔오), the country code 82 (+팔이 일공-…), an account's middle group (… 칠육 …); round 13.
_SHORT_GROUP = re.compile(rf"(?:^|(?<=[ .\-]))[{_HD}]{{2}}(?=[ .\-]|$)")

_INVISIBLE = {0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180C, 0x180D,
              0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202B,
              0x202C, 0x202D, 0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067,
              0x2068, 0x2069, 0x206A, 0x206B, 0x206C, 0x206D, 0x206E, 0x206F, 0x3164, 0xFE00,
              0xFE01, 0xFE02, 0xFE03, 0xFE04, 0xFE05, 0xFE06, 0xFE07, 0xFE08, 0xFE09, 0xFE0A,
              0xFE0B, 0xFE0C, 0xFE0D, 0xFE0E, 0xFE0F, 0xFEFF, 0xFFA0}
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u30fc\u3161\u2500\u2501\u23af"
_DOTS = "\u00b7\u2022\u2219\u30fb\uff65\u318d"
_USEFUL_ASCII = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@.-:+()_%/ ")


# Anything but ASCII, Hangul syllables and compatibility jamo other than ㅡ and the ㆍ dot: only such
# characters can need folding, and most posts have none.
_UNUSUAL = re.compile("[^\x00-\x7f\uac00-\ud7a3\u3131-\u3160\u3162-\u318c\u318e]")


@lru_cache(maxsize=1)
def _tables() -> dict[int, str]:
    """Per-character replacements (NFKC to ASCII, dashes, dots, spaces; invisibles → '')."""
    table: dict[int, str] = {cp: "" for cp in _INVISIBLE}
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _DOTS:
        table[ord(ch)] = "."
    ranges = [(0x00A0, 0x00BF), (0x2000, 0x2BFF), (0x3000, 0x303F), (0x3200, 0x33FF),
              (0xFF00, 0xFFEF), (0x1D400, 0x1D7FF), (0x1F100, 0x1F1FF)]
    for lo, hi in ranges:
        for cp in range(lo, hi + 1):
            if cp in table:
                continue
            ch = chr(cp)
            cat = unicodedata.category(ch)
            if cat in ("Zs", "Zl", "Zp"):
                table[cp] = " "
                continue
            if cat == "Cf":
                table[cp] = ""
                continue
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch and folded and all(c in _USEFUL_ASCII for c in folded):
                table[cp] = folded
    # Digits of other scripts (Arabic-Indic, Devanagari, ...): \d in Python matches them.
    for cp in range(0x0660, 0x1C50):
        ch = chr(cp)
        if unicodedata.category(ch) == "Nd":
            table[cp] = str(unicodedata.digit(ch))
    return table


@dataclass(slots=True)
class Normalized:
    text: str
    original: str
    # starts[i], ends[i]: the original characters behind normalised character i;
    # None when the normalised text is the original (identity map).
    starts: list[int] | None = None
    ends: list[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None or self.ends is None:
            return start, end
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    out = text
    starts = ends = None
    table = _tables()
    if any(ord(m.group()) in table for m in _UNUSUAL.finditer(text)):
        pieces: list[str] = []
        starts, ends = [], []
        for i, ch in enumerate(text):
            rep = table.get(ord(ch), ch)
            for c in rep:
                pieces.append(c)
                starts.append(i)
                ends.append(i + 1)
        out = "".join(pieces)
    # Hangul digit words, one-for-one (the offset map is unchanged).
    if _HANGUL_DIGIT_GROUP.search(out) is not None:
        out = _hangul_digits(out)
    # Letter O for zero, Hangul digits glued to Arabic ones (one-for-one as well).
    out = fold_mixed_hangul(fold_lookalikes(fold_decorated(out)))
    return Normalized(out, text, starts, ends)


def _hangul_digits(text: str) -> str:
    chars: list[str] | None = None
    for run in _DIGITISH_RUN.finditer(text):
        s = run.group()
        if sum(1 for c in s if c.isdigit() or c in _HANGUL_DIGITS) < 7:
            continue
        groups = list(_HANGUL_DIGIT_GROUP.finditer(s))
        if not groups:
            continue
        if len(groups) >= 2:  # 오팔오삼-삼일-삼공오삼오이이: a short group between dashes too
            groups += [*_SHORT_INNER_GROUP.finditer(s), *_SHORT_GROUP.finditer(s)]
        if chars is None:
            chars = list(text)
        for g in groups:
            for k in range(g.start(), g.end()):
                chars[run.start() + k] = _HANGUL_DIGITS[s[k]]
    return text if chars is None else "".join(chars)

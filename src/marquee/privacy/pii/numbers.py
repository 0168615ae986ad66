"""Digit-run recognisers: RRN/FRN, phones, cards, bank accounts, driver's licences.

Instead of one regex per format, every run of digit groups (``010-1234-5678``,
``9001011234567``, ``0 1 0 1 2 3 4 5 6 7 8``, ``(02)123-4567``) is cut into windows of
consecutive groups, and each window's digits are classified by length, prefix, group
layout, checksum and the words nearby. That tolerates spaces, dots and dashes inside
numbers, and a window can pick a phone number out of ``2024.10.05 010-1234-5678``.

Each entity has its own scorer (``@scorer``), a small function that looks at a
``Window`` and returns a hit or nothing; the classifier asks every registered scorer
about every window. Passports and IP addresses are not digit runs: see ``patterns.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import lexicon as L
from . import numbercues as cues
from .banks import ACCOUNT_ANY, ACCOUNT_CUES, ACCOUNT_NEAR, adjacent_bank, bank_before, bank_closes
from .columns import IDENTITY_CUE, column_cells, header_cell, identity_cue_in
from .spacedigits import dashed_at_six, grouped_back_half

# A chain of digit groups joined by short separators; never glued to ASCII letters
# (seat codes H12, booking numbers 7KQ2-…, versions v1.2 stay out).
# A tab is a table's cell separator, never a joiner between two groups of one number.
# A hyphen at the end of a line joins the next line's first group (010-1234-⏎5678): a number
# wrapped by a narrow chat window or a copy from a form (round 12; with spaces round it, 13).
_SEP = r"(?:[ \t]{0,2}[\-.)(/][ \t]{0,2}|[ ]{1,2}|[ \t]{0,2}-\n[ \t]{0,2})"
_CHAIN = re.compile(
    rf"(?<![0-9A-Za-z])(?=[+0-9][0-9 \t\-.)(/]{{8}})\+?[0-9]+(?:{_SEP}[0-9]+)*(?![0-9A-Za-z])")
_GROUP = re.compile(r"[0-9]+")
# A digit chain hyphen-glued to a short capital code (MQ-010-1234-5678, SKU-0101234567) is a
# product or model number, unless the code is a contact or identity label (TEL-, FAX-, ARC-).
_CODE_PREFIX = re.compile(r"(?<![0-9A-Za-z\-])([A-Z]{2,4})-$")
_CONTACT_PREFIXES = frozenset({"TEL", "HP", "PH", "FAX", "MOB", "CALL", "SMS", "CP", "ARC"})


def _code_glued(text: str, start: int) -> bool:
    m = _CODE_PREFIX.search(text, max(0, start - 6), start)
    return m is not None and m.group(1) not in _CONTACT_PREFIXES


def _alternation(words) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))


_RRN_CUES = _alternation(L.RRN_CUES)
_PHONE_CUES = _alternation(L.PHONE_CUES)
_CARD_CUES = _alternation(L.CARD_CUES)
_LICENSE_CUES = _alternation(L.LICENSE_CUES)
_NEG_CUES = _alternation(L.NUMBER_NEGATIVE_CUES)
# A bracket naming the number (``(영화관람권)``, ``[예매권 번호]``), the cue and 번호 right after it,
# or the order it placed (``주문한``).
_NEG_RIGHT = re.compile(r"[ \t]*(?:[(\[][ \t]*[가-힣A-Za-z]{0,4}(?:" + _NEG_CUES.pattern
                        + r")[ \t]?(?:번호|코드|PIN|핀번호|바코드)?[ \t]*[)\]]|(?:" + _NEG_CUES.pattern + r")[ \t]?번호"
                        r"|(?:주문|구매|예매)(?:한|했|하신))")  # 2405…-… 주문한 팝콘: the order's number (round 12)
_LICENSE_REGION = re.compile(
    "(" + "|".join(sorted(L.LICENSE_REGIONS, key=len, reverse=True)) + r")[ \t]?$")

MOBILE = re.compile(r"01[016789][0-9]{7,8}")
SEOUL = re.compile(r"02[0-9]{7,8}")
AREA = re.compile(r"0(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])[0-9]{7,8}")
VOIP = re.compile(r"070[0-9]{7,8}")
SAFE = re.compile(r"050[0-9][0-9]{7,8}")


@dataclass(slots=True)
class NumberHit:
    start: int  # in the normalised text
    end: int
    entity: str
    score: float
    keep_head: int  # digits kept visible at the start when masking
    keep_tail: int  # digits kept visible at the end


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_RRN_W = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)


def rrn_checksum_ok(digits: str) -> bool:
    s = sum(int(d) * w for d, w in zip(digits[:12], _RRN_W, strict=True))
    if digits[6] in "5678":  # foreigner registration number
        return (13 - s % 11) % 10 == int(digits[12])
    return (11 - s % 11) % 10 == int(digits[12])


def _valid_birth(digits: str) -> bool:
    mm, dd = int(digits[2:4]), int(digits[4:6])
    if not 1 <= mm <= 12 or not 1 <= dd <= 31:
        return False
    if mm == 2 and dd > 29:
        return False
    return not (mm in (4, 6, 9, 11) and dd > 30)


def _cue_distance(pattern: re.Pattern[str], left: str) -> int | None:
    """Characters between the end of the last cue in ``left`` and the number."""
    last = None
    for m in pattern.finditer(left):
        last = m
    return None if last is None else len(left) - last.end()


def _context(left: str, right: str, positive: re.Pattern[str], window: int = 30,
             identity: bool = True) -> float:
    """+ for a positive cue (or an identity slot, unless ``identity`` is off), − for a
    nearer negative cue (order numbers, vouchers …)."""
    pos = _cue_distance(positive, left[-window:])
    if identity and identity_cue_in(left):
        pos = _nearest(pos, _cue_distance(IDENTITY_CUE, left[-window:]))
    neg = _cue_distance(_NEG_CUES, left[-window:])
    pos_right = positive.search(right[:12]) is not None
    # A negative cue wins ties: 거래번호 contains the phone cue 번호 and ends where it ends.
    if neg is not None and (pos is None or neg <= pos):
        return -0.45
    # Named right after it, with nothing but a bracket between: 5656… (예매권 번호), 1234… 관람권.
    if pos is None and _NEG_RIGHT.match(right) is not None:
        return -0.45
    if pos is not None or pos_right:
        return 0.3
    return 0.0


def _nearest(a: int | None, b: int | None) -> int | None:
    return a if b is None else b if a is None else min(a, b)


def _phone_prefix(digits: str) -> int | None:
    """Area-code length if ``digits`` is a Korean mobile/landline/VoIP/050x number."""
    if MOBILE.fullmatch(digits):
        return 3 if len(digits) == 11 or not digits.startswith("010") else None
    if SEOUL.fullmatch(digits):
        return 2
    if AREA.fullmatch(digits) or VOIP.fullmatch(digits):
        return 3
    if SAFE.fullmatch(digits):
        return 4
    return None


@dataclass(slots=True)
class Window:
    """Consecutive digit groups of one chain, with the text around them: what each
    scorer looks at."""

    digits: str
    layout: list[int]  # the length of each group
    seps: list[str]  # what joins the groups
    left: str  # up to 40 characters before, on the same line
    right: str  # up to 20 characters after
    start: int
    end: int
    plus: bool  # the chain starts with "+" right here (+82 …)
    whole: bool = True  # the window is the whole chain: no digit group before or after it

    # Derived on demand: most windows are turned down on their length alone.
    @property
    def penalty(self) -> float:
        """Mixed separators (010-1234.5678) lower every score."""
        return _sep_penalty(self.seps)

    @property
    def single(self) -> bool:
        return len(self.layout) == 1

    @property
    def spaced_out(self) -> bool:
        """0 1 0 1 2 3 …: the evasion of spacing digits out."""
        return len(self.layout) >= 5 and max(self.layout) <= 2


Score = Callable[[Window], NumberHit | None]


@dataclass(frozen=True, slots=True)
class Scorer:
    """One entity's recogniser: the entities it may report and its scoring function."""

    entities: tuple[str, ...]
    score: Score


# The classifier asks each scorer in turn, in this order (the order of the hits).
SCORERS: list[Scorer] = []


def scorer(*entities: str) -> Callable[[Score], Score]:
    """Register a scoring function for ``entities``."""
    def register(score: Score) -> Score:
        SCORERS.append(Scorer(entities, score))
        return score
    return register


def find_numbers(text: str) -> list[NumberHit]:
    hits: list[NumberHit] = []
    headers: dict = {}  # table rows → their block's first line (columns.header_cell)
    for chain in _CHAIN.finditer(text):
        if chain.end() - chain.start() < 9:  # every recogniser needs 9+ digits
            continue
        if text[chain.start() - 1:chain.start()] == "-" and _code_glued(text, chain.start()):
            continue
        groups = [(m.start() + chain.start(), m.end() + chain.start(), m.group())
                  for m in _GROUP.finditer(chain.group())]
        plus = chain.group().startswith("+")
        line_start = text.rfind("\n", 0, chain.start()) + 1
        header = header_cell(text, chain.start(), headers) if line_start else None
        n = len(groups)
        for i in range(n):
            digits = ""
            layout: list[int] = []
            for j in range(i, n):
                digits += groups[j][2]
                layout.append(len(groups[j][2]))
                if len(digits) > 19:
                    break
                if len(digits) < 9:
                    continue
                start, end = groups[i][0], groups[j][1]
                seps = [text[groups[k][1]:groups[k + 1][0]] for k in range(i, j)]
                left = text[max(line_start, start - 40):start]
                if header:  # a table cell: its column header labels it too
                    left = header + ": " + left
                if i == 0 and plus:
                    left = left[:-1] if left.endswith("+") else left
                right = text[end:end + 20].split("\n", 1)[0]  # cues stay on the line
                _classify(hits, Window(digits, layout, seps, left, right, start, end,
                                       plus and i == 0, i == 0 and j == n - 1))
    if "자리" in text:
        hits += _halves(text)
    if "\n" in text:
        hits += _column_registrations(text, hits)
    return hits


# A registration number given in its two halves, each with its name
# (앞자리 880101 뒷자리 1234567): one number, from the first digit to the last.
_HALVES = re.compile(r"앞\s?자리\s*(?:는|은)?\s*[:：]?\s*([0-9]{6})[\s,/]*(?:이고|이구|이며)?[\s,/]*"
                     r"뒷\s?자리\s*(?:는|은)?\s*[:：]?\s*([0-9]{7})(?![0-9])")


def _halves(text: str) -> list[NumberHit]:
    hits = []
    for m in _HALVES.finditer(text):
        digits = m.group(1) + m.group(2)
        if _valid_birth(digits) and digits[6] in "12345678":
            entity = "FRN" if digits[6] in "5678" else "RRN"
            hits.append(NumberHit(m.start(1), m.end(2), entity, 0.9, 7, 0))
    return hits


_REG_SHAPE = re.compile(r"(?<![0-9A-Za-z])[0-9]{6}[ \t]{0,2}-?[ \t]{0,2}[0-9]{7}(?![0-9A-Za-z])")


def _registration(digits: str) -> bool:
    return len(digits) == 13 and _valid_birth(digits) and digits[6] in "12345678"


def _column_registrations(text: str, hits: list[NumberHit]) -> list[NumberHit]:
    """A registration-shaped cell with no cue and a wrong check digit, in a table column
    whose other cells are registration numbers too (two of them, or one whose check digit
    is right): the column's kind."""
    taken = sorted((h.start, h.end) for h in hits if h.entity in ("RRN", "FRN"))
    starts = [s for s, _ in taken]
    found = []
    for m in _REG_SHAPE.finditer(text):
        digits = re.sub(r"[^0-9]", "", m.group())
        k = bisect.bisect_left(starts, m.end())  # the hits starting before this match ends
        if (k and taken[k - 1][1] > m.start()) or not _registration(digits):
            continue
        peers = [p for c in column_cells(text, m.start())
                 if _registration(p := re.sub(r"[^0-9]", "", c))]
        if len(peers) >= 2 or any(rrn_checksum_ok(p) for p in peers):
            entity = "FRN" if digits[6] in "5678" else "RRN"
            found.append(NumberHit(m.start(), m.end(), entity, 0.75, 7, 0))
    return found


def _classify(hits: list[NumberHit], window: Window) -> None:
    for entry in SCORERS:
        hit = entry.score(window)
        if hit is not None:
            hits.append(hit)


def _sep_penalty(seps: list[str]) -> float:
    kinds = {s.strip(" \t") for s in seps}
    kinds.discard(")")
    kinds.discard("(")
    if len(kinds) > 1:
        return 0.2
    return 0.0


@scorer("RRN", "FRN")
def score_registration_number(w: Window) -> NumberHit | None:
    """Resident / foreigner registration numbers (YYMMDD-S + six digits)."""
    digits = w.digits
    if not (len(digits) == 13 and _valid_birth(digits) and digits[6] in "1234567890"):
        return None
    checksum = rrn_checksum_ok(digits)
    six = dashed_at_six(w.layout, w.seps) or grouped_back_half(w.layout, w.seps)  # 8 8 0 1 0 1 - 1…
    if w.layout == [6, 7] or six:
        base = 0.85
    elif w.single:
        base = 0.6 if checksum else 0.3
    else:
        base = 0.55 if (checksum or w.spaced_out) else 0.4
    ctx = _context(w.left, w.right, _RRN_CUES)
    if digits[6] in "90" and ctx <= 0:
        return None  # born in the 1800s: with no registration word, an order's or a serial's number
    score = base - 0.3 * (digits[6] in "90") + ctx - (0.0 if six else w.penalty)
    if score < 0.5:
        return None
    entity = "FRN" if digits[6] in "5678" else "RRN"
    return NumberHit(w.start, w.end, entity, min(score, 0.99), 7, 0)


@scorer("PHONE")
def score_phone(w: Window) -> NumberHit | None:
    """Phones: +82 10-…, 010-…, 02-…, 031-…, 070-…, 050x-…."""
    digits, layout = w.digits, w.layout
    if (w.plus and digits.startswith("82")) or digits.startswith("0082"):
        country = 2 if w.plus else 4  # +82 or the international prefix 00 and 82
        trunk = digits[country:country + 1] == "0"  # +82 (0)10 …: the trunk zero in brackets
        national = digits[country:] if trunk else "0" + digits[country:]
        prefix = _phone_prefix(national)
        if prefix is None:
            return None
        score = 0.95 if w.plus else 0.8 + _context(w.left, w.right, _PHONE_CUES) - w.penalty
        if score < 0.5:
            return None  # 0082… after an order word: the order's number
        return NumberHit(w.start - w.plus, w.end, "PHONE", min(score, 0.99), prefix + country - 1 + trunk, 4)
    if not digits.startswith("0") or (w.right[:1] == "-" and bank_before(w.left)):
        return None  # 기업 010-2288-4431-01: a bank's phone-number account, cut short (round 13)
    prefix = _phone_prefix(digits)
    if prefix is None:
        return None
    mobile = digits[1] == "1"
    if w.single:
        base = 0.8 if mobile else 0.5
    elif layout[0] != prefix and not (w.spaced_out or _respaced_mobile(w)):
        base = 0.15  # groups that cut across the area code (01-76977846, 0417-2291-03)
    elif layout[0] == prefix and len(layout) <= 3 and all(x >= 3 for x in layout[1:]):
        base = 0.9 if mobile else 0.8
    else:
        base = 0.7 if (mobile or w.spaced_out) else 0.5
    score = base + _context(cues.after_courier(w.left) if mobile else w.left, w.right, _PHONE_CUES) - w.penalty
    if score < 0.5:
        return None
    return NumberHit(w.start, w.end, "PHONE", min(score, 0.99), prefix, 4)


def _respaced_mobile(w: Window) -> bool:
    """A whole mobile number typed with its spaces in the wrong places (01 234 5678 90):
    eleven digits, three or more groups, single spaces only, nothing glued before or after.
    A part of a longer code (608-0559-6364-47) or a dashed layout stays cut."""
    return (w.whole and len(w.digits) == 11 and len(w.layout) >= 3
            and w.digits[:3] in ("010", "011", "016", "017", "018", "019")
            and all(s == " " for s in w.seps))


@scorer("CARD")
def score_card(w: Window) -> NumberHit | None:
    """Card numbers: 15-16 digits, Luhn."""
    digits, layout = w.digits, w.layout
    # Major industry identifier (ISO/IEC 7812): 8 is health care and telecoms, no card.
    if len(digits) not in (15, 16) or digits[0] not in "234569":
        return None
    if digits[0] == "2" and not 2221 <= int(digits[:4]) <= 2720:
        return None  # no card range starts 20…: date-prefixed order numbers (20241205…)
    if any(c in sep for sep in w.seps for c in "()/"):
        return None  # groups across a bracket or a slash: two numbers, not one card
    ctx = _context(w.left, w.right, _CARD_CUES) or (0.3 if cues.masked_card_before(w.left) else 0.0)
    if luhn_ok(digits):
        if layout in ([4, 4, 4, 4], [4, 6, 5], [4, 6, 4]):
            base = 0.85
        elif w.single:
            base = 0.55
        else:
            base = 0.5
    elif ctx > 0 and (cues.card_layout(layout, digits) or (w.single and _cue_distance(_CARD_CUES, w.left) in (0, 1, 2, 3))):
        base = 0.35  # a wrong check digit: only near a card word; run together, right after it
    else:
        return None
    score = base + ctx - w.penalty
    if score < 0.5:
        return None
    return NumberHit(w.start, w.end, "CARD", min(score, 0.99), 4, 4)


@scorer("DRIVER_LICENSE")
def score_driver_license(w: Window) -> NumberHit | None:
    """Driver's licence: RR-YY-NNNNNN-CD (RR 11-26, 28), also with the check digits glued
    to the serial (RR-YY-NNNNNNCD); before 2014 서울 12-345678-90 (or 서울 12-34567890)."""
    digits = w.digits
    if len(digits) == 12 and digits[:2] in L.LICENSE_REGION_CODES:
        standard = w.layout in ([2, 2, 6, 2], [2, 2, 8])
        if standard:
            base = 0.85
        elif w.single:
            base = 0.25
        else:
            base = 0.35
        # An identity slot takes a licence only in a licence's own layouts (1234-5678-9012 no).
        ctx = _context(w.left, w.right, _LICENSE_CUES, identity=standard or w.single)
        score = base + 1.5 * ctx - w.penalty
        if score < 0.5:
            return None
        return NumberHit(w.start, w.end, "DRIVER_LICENSE", min(score, 0.99), 4, 0)
    # The old layout with its groups run together (운전면허 대구4891467828): only after its
    # region and a licence word (round 12, read from test11).
    glued = w.layout == [10] and _context(w.left, w.right, _LICENSE_CUES, identity=False) > 0
    if len(digits) == 10 and (w.layout in ([2, 6, 2], [2, 8]) or glued):
        m = _LICENSE_REGION.search(w.left)
        if m is not None:
            region_start = w.start - (len(w.left) - m.start())
            return NumberHit(region_start, w.end, "DRIVER_LICENSE", 0.95, 2, 0)
        if not glued and _context(w.left, w.right, _LICENSE_CUES) > 0:
            return NumberHit(w.start, w.end, "DRIVER_LICENSE", 0.75, 2, 0)
    return None


@scorer("ACCOUNT")
def score_account(w: Window) -> NumberHit | None:
    """Bank accounts: 10-14 digits, only next to a bank name or an account word."""
    left, right, digits = w.left, cues.same_sentence(w.right), w.digits
    if not 10 <= len(digits) <= 14:
        return None
    phone_like = digits.startswith("0") and _phone_prefix(digits) is not None
    adjacent = adjacent_bank(left, phone_like and (w.single or w.layout[0] == _phone_prefix(digits)))
    if not adjacent and cues.names_a_case(right):
        return None
    sent = not phone_like and cues.sent_to(right)  # 돈 361-788-516230로 보냄: where money went
    if (ACCOUNT_ANY.search(left, max(0, len(left) - 30)) is None
            and ACCOUNT_ANY.search(right, 0, 12) is None and not (adjacent or sent)):
        return _identity_account(w)
    near = left[-30:]
    dist = _account_cue_distance(left, near, adjacent)
    right_cue = (ACCOUNT_CUES.search(right[:12]) is not None
                 or ACCOUNT_NEAR.search(right[:8]) is not None or bank_closes(right) or sent)
    if dist is None and not right_cue:
        return _identity_account(w)
    neg = _cue_distance(_NEG_CUES, near)
    if neg is not None and (dist is None or neg <= dist):
        return None
    phone_cue = _cue_distance(_PHONE_CUES, near)
    if phone_like and phone_cue is not None and (dist is None or phone_cue < dist):
        return None
    card_cue = _cue_distance(_CARD_CUES, near)  # 부산은행 체크카드 9430-5383-8216-0894: the card's
    if not w.whole and card_cue is not None and (dist is None or card_cue < dist):
        return None
    score = 0.75 + (0.1 if len(w.layout) >= 2 else 0.0) - w.penalty
    if phone_like:
        score = 0.85 if (dist is not None and dist <= 6) else 0.6
    return NumberHit(w.start, w.end, "ACCOUNT", score, 3, 3)


def _identity_account(w: Window) -> NumberHit | None:
    """A grouped 10-14-digit number right after an identity cue (본인 확인용 …) and no bank
    word: an account, unless another recogniser reads its shape with more confidence (a
    phone, a registration number or a licence all score higher there)."""
    near = w.left[-12:]
    if len(w.layout) < 2 or not identity_cue_in(near):
        return None
    cue = _cue_distance(IDENTITY_CUE, near)
    if cue is None or cue > 3:
        return None
    if w.spaced_out or {s.strip(" ") or " " for s in w.seps} not in ({"-"}, {" "}):
        return None  # one joiner throughout, a dash or a space
    if w.layout[0] == 4 and w.digits[:2] in ("19", "20"):
        return None  # a date or a year-prefixed code (2026-0314-…)
    return NumberHit(w.start, w.end, "ACCOUNT", 0.55, 3, 3)


def _account_cue_distance(left: str, near: str, adjacent: bool) -> int | None:
    """Characters between the nearest bank name or account word and the number; 0 when
    a bank name (even an everyday word like 우리) ends right before it."""
    candidates = [d for d in (_cue_distance(ACCOUNT_NEAR, near),
                              _cue_distance(ACCOUNT_CUES, near)) if d is not None]
    dist = min(candidates) if candidates else None
    if adjacent:
        dist = 0 if dist is None else min(dist, 0)
    return dist

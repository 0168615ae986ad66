"""Detection pipeline and format-preserving masks (P11.2)."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .addresses import find_addresses
from .addresstail import extend_tails
from .allowlist import declared_contacts
from .branches import is_branch_name
from .businessaddress import is_business_address
from .chatspeakers import find_chat_speakers
from .companions import find_companions
from .companyaccounts import company_account, operator_names
from .complexaddress import find_complex_addresses
from .coref import corefer
from .datarows import find_row_names
from .fanframes import veto_fan_frames
from .fictional import veto_works
from .fieldvalues import find_field_values
from .filmframes import veto_film_frames
from .filmpeople import veto_film_people
from .filmtalk import veto_film_talk
from .foreigncues import find_cued_foreign
from .foreignframes import find_foreign_framed
from .foreignlabels import find_foreign_labelled
from .foreignslots import find_labelled_foreign
from .frames import find_chained_names, find_framed_names
from .givenrefs import echo_given_names
from .handles import is_handle
from .idholders import find_id_holders
from .kinframes import find_kin_names
from .labelslots import find_slot_names
from .latinaddress import find_latin_addresses
from .latincues import find_latin_cued
from .latinframes import find_latin_frames
from .latinlower import find_lower_latin
from .latinslots import find_latin_slots
from .layouts import find_layout_names
from .lookalikes import veto_lookalikes
from .namelists import account_holders, contact_holders, row_names
from .names import find_names
from .normalize import Normalized, normalize
from .numbers import find_numbers
from .obfuscated import find_obfuscated_emails, find_odd_passports
from .objectlists import veto_object_lists
from .passports import find_foreign_passports
from .patterns import find_emails, find_ips, find_passports, site_codes
from .people import find_more_names
from .personframes import find_framed_persons
from .placeholders import is_placeholder
from .predframes import find_predicate_frames
from .predicatecuts import veto_predicate_cuts
from .predicates import find_predicate_names
from .publicfigures import veto_public_figures
from .publicframes import veto_public_frames
from .publicvalues import is_public_value
from .repeats import find_repeated_names
from .romanised import find_foreign_names
from .rosters import find_roster_names
from .rowregistrations import find_row_registrations
from .shortnames import find_short_names
from .signoffs import find_signoffs
from .slots import named_by_slot
from .spacedslots import find_spaced_slots
from .splitnames import find_split_names
from .starframes import veto_star_frames
from .teamlabels import veto_team_labels
from .unitaddress import find_unit_addresses
from .vocatives import find_addressed_names
from .wordcuts import veto_cut_words
from .wordscore import veto_common_words
from .writtennames import find_written_names

log = logging.getLogger(__name__)

ENTITIES = ("RRN", "FRN", "PHONE", "EMAIL", "CARD", "ACCOUNT", "PASSPORT", "DRIVER_LICENSE",
            "ADDRESS", "IP", "PERSON")
MASK_CHAR = "*"
_NUMERIC = frozenset({"RRN", "FRN", "PHONE", "CARD", "ACCOUNT", "DRIVER_LICENSE", "PASSPORT"})
MAX_CHARS = 200_000  # longer input is processed in slices of this size


@dataclass(frozen=True, slots=True)
class Span:
    """A detected personal-information span in the *original* text."""

    start: int
    end: int
    entity: str
    score: float


@dataclass(frozen=True, slots=True)
class MaskResult:
    text: str
    counts: dict[str, int] = field(default_factory=dict)
    spans: tuple[Span, ...] = ()

    @property
    def masked(self) -> bool:
        return bool(self.spans)

    def record(self) -> dict[str, object]:
        """What to store about this masking: entity types and counts, never values."""
        return {"entities": dict(self.counts), "total": sum(self.counts.values())}


@dataclass(slots=True)
class _Cand:
    start: int  # normalised offsets
    end: int
    entity: str
    score: float
    keep_head: int = 0  # digits (or characters, for addresses) left visible at the start
    keep_tail: int = 0  # digits left visible at the end
    mask_from: int = -1  # addresses: normalised position where masking starts


# --- allow-list -----------------------------------------------------------------------------

class AllowList:
    """Catalogue names (cast, crew, characters, theatres) that are never masked.

    Pass any iterable of strings as ``allow=``; build one ``AllowList`` yourself to reuse a
    large catalogue across calls without re-indexing it.
    """

    __slots__ = ("terms", "_by_piece")

    def __init__(self, terms: Iterable[str] = ()):
        cleaned = {t.strip() for t in terms if isinstance(t, str) and t.strip()}
        self.terms = frozenset(cleaned)
        # Every piece (2+ characters) of every term -> the terms containing it, so a
        # detected span is checked against the few terms that could cover it.
        by_piece: dict[str, set[str]] = {}
        for t in self.terms:
            for i in range(len(t)):
                for j in range(i + 1, min(len(t), i + 12) + 1):
                    by_piece.setdefault(t[i:j], set()).add(t)
        self._by_piece = {k: tuple(v) for k, v in by_piece.items()}

    def __bool__(self) -> bool:
        return bool(self.terms)

    def covered(self, text: str, start: int, end: int) -> bool:
        """Is text[start:end] inside an occurrence of an allowed term?"""
        piece = text[start:end]
        if piece in self.terms:
            return True
        for term in self._by_piece.get(piece[:12], ()):
            lo = max(0, end - len(term))
            pos = text.find(term, lo, start + len(term))
            while pos != -1 and pos <= start:
                if pos + len(term) >= end:
                    return True
                pos = text.find(term, pos + 1, start + len(term))
        return False


@lru_cache(maxsize=16)
def _allow_cached(terms: tuple[str, ...]) -> AllowList:
    return AllowList(terms)


def _as_allow(allow) -> AllowList | None:
    if not allow:
        return None
    if isinstance(allow, AllowList):
        return allow
    if isinstance(allow, str):
        allow = (allow,)
    try:
        return _allow_cached(tuple(allow))
    except TypeError:  # unhashable members
        return AllowList(allow)


# --- detection --------------------------------------------------------------------------------

def _candidates(norm: str, allow: AllowList | None = None) -> list[_Cand]:
    cands: list[_Cand] = []
    for h in (*find_numbers(norm), *find_row_registrations(norm)):
        cands.append(_Cand(h.start, h.end, h.entity, h.score, h.keep_head, h.keep_tail))
    for h in find_emails(norm):
        cands.append(_Cand(h.start, h.end, h.entity, h.score))
    for h in find_obfuscated_emails(norm):
        cands.append(_Cand(h.start, h.end, h.entity, h.score))
    for h in find_odd_passports(norm):
        cands.append(_Cand(h.start, h.end, h.entity, h.score, 1, 0))
    for h in find_ips(norm):
        cands.append(_Cand(h.start, h.end, h.entity, h.score))
    for h in (*find_passports(norm), *find_foreign_passports(norm)):
        cands.append(_Cand(h.start, h.end, h.entity, h.score, 1, 0))
    for h in _address_hits(norm):
        cands.append(_Cand(h.start, h.end, "ADDRESS", h.score, mask_from=h.mask_from))
    anchors = [(c.start, c.end) for c in cands if c.entity in ("PHONE", "ACCOUNT", "EMAIL")]
    allowed = (lambda s, e: allow.covered(norm, s, e)) if allow else None
    names = find_names(norm, anchors, allowed)
    framed = find_framed_names(norm, [(h.start, h.end) for h in names], allowed)  # checked by Kiwi
    names = veto_common_words(norm, names + find_more_names(norm, names + framed, anchors, allowed))
    names += framed
    names += find_chained_names(norm, [(h.start, h.end) for h in names], allowed)
    names += find_foreign_names(norm, allowed)
    names += find_labelled_foreign(norm, [(h.start, h.end) for h in names], allowed)
    names += find_latin_slots(norm, allowed)
    names += find_lower_latin(norm, allowed)
    names += find_latin_frames(norm, taken := [(h.start, h.end) for h in names], allowed) + find_latin_cued(norm, taken, allowed)
    names += [h for h in (*account_holders(norm, [(c.start, c.end) for c in cands if c.entity == "ACCOUNT"]),
                          *row_names(norm, [(c.start, c.end) for c in cands if c.entity == "PHONE"]),
                          *contact_holders(norm, [(c.start, c.end) for c in cands if c.entity in ("PHONE", "EMAIL")]))
              if not (allowed and allowed(h.start, h.end))]
    names += find_row_names(norm, [(c.start, c.end, c.entity) for c in cands], [(h.start, h.end) for h in names], allowed)
    names += find_layout_names(norm, names, allowed)
    names += find_roster_names(norm, [(h.start, h.end) for h in names], allowed)
    names += find_slot_names(norm, [(h.start, h.end) for h in names], allowed)
    names += find_addressed_names(norm, [(h.start, h.end) for h in names], allowed)
    names += find_foreign_labelled(norm, [(h.start, h.end) for h in names], allowed)
    names += find_field_values(norm, [(h.start, h.end) for h in names], allowed)
    names += find_cued_foreign(norm, taken := [(h.start, h.end) for h in names], allowed) + find_foreign_framed(norm, taken, allowed)
    names += find_kin_names(norm, [(h.start, h.end) for h in names], allowed)
    names += find_framed_persons(norm, names, allowed)  # round 12: family, renames, Latin
    names += find_chat_speakers(norm, [(h.start, h.end) for h in names], allowed)
    names += find_signoffs(norm, [(h.start, h.end) for h in names], allowed)
    names += find_id_holders(norm, [(c.start, c.end, c.entity) for c in cands], [(h.start, h.end) for h in names], allowed)
    short = find_short_names(norm, [(h.start, h.end) for h in names], allowed)
    if short:  # A, 탁겸, B: a two-syllable name found here carries the chain on to B
        names += short
        names += find_chained_names(norm, [(h.start, h.end) for h in names], allowed, seeds=short)
    names += find_predicate_names(norm, [(h.start, h.end) for h in names], allowed)
    names += find_predicate_frames(norm, taken := [(h.start, h.end) for h in names], allowed) + find_spaced_slots(norm, taken, allowed)
    names += find_companions(norm, taken := [(h.start, h.end) for h in names], allowed) + find_written_names(norm, taken, allowed)
    names += find_repeated_names(norm, [(h.start, h.end) for h in names], allowed)
    names += corefer(norm, [(h.start, h.end, h.score) for h in names], allowed)
    names = _vetoed(norm, names, allowed)
    for h in names:
        if any(o.start <= h.start and h.end <= o.end and o.end - o.start > h.end - h.start for o in names):
            continue  # a part of a longer name found by another recogniser (동료 마리아 곤잘레스랑)
        cands.append(_Cand(h.start, h.end, "PERSON", h.score))
    return cands


def _vetoed(norm: str, names: list, allowed) -> list:
    """The names no public-name, film or word veto removes, then their given names and parts
    repeated alone in the post (``권미란 … 미란 추가``): only names that survived are echoed."""
    names = veto_works(norm, veto_film_talk(norm, veto_public_figures(norm, names, allowed)))
    names = veto_fan_frames(norm, veto_lookalikes(norm, veto_team_labels(norm, veto_film_frames(norm, names))))
    names = veto_object_lists(norm, veto_film_people(norm, veto_public_frames(norm, veto_cut_words(norm, names))))
    names = veto_star_frames(norm, veto_predicate_cuts(norm, names))  # round 13: 이름 나옴, X 존잘
    return names + echo_given_names(norm, names, allowed)


def _address_hits(norm: str):
    """Road and lot addresses (run on over a complex after their reference), addresses by 동,
    complex and unit, and addresses in Latin script."""
    hits = [*extend_tails(norm, find_addresses(norm)), *find_complex_addresses(norm),
            *find_latin_addresses(norm)]
    return hits + find_unit_addresses(norm, [(h.start, h.end) for h in hits])


def _overlaps(c: _Cand, spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:
        if c.start < e and s < c.end:
            return True
    return False


def _resolve(cands: list[_Cand], protected: list[tuple[int, int]]) -> list[_Cand]:
    chosen: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-c.score, -(c.end - c.start), c.start)):
        if c.end <= c.start:
            continue
        if _overlaps(c, protected) or any(c.start < o.end and o.start < c.end for o in chosen):
            continue
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _detect(text: str, allow: AllowList | None) -> list[tuple[_Cand, Normalized]]:
    norm = normalize(text)
    t = norm.text
    cands = _candidates(t, allow)
    cache: dict = {}  # an order number answering its prompt, a version column (slots.py)
    cands = [c for c in cands if not named_by_slot(t, c.entity, c.start, c.end, cache)
             and not is_public_value(t, c.entity, c.start, c.end)
             and not is_business_address(t, c.entity, c.start, c.end)]
    cands += [_Cand(h.start, h.end, "PERSON", h.score) for h in find_split_names(text, norm.starts)
              if not (allow and allow.covered(t, h.start, h.end))]
    if not cands:
        return []
    # Booking numbers and voucher codes can only collide with digit runs.
    numeric = any(c.entity in _NUMERIC for c in cands)
    chosen = _resolve(cands, site_codes(t) if numeric else [])
    if allow:  # catalogue names: people and places only
        chosen = [c for c in chosen
                  if c.entity not in ("PERSON", "ADDRESS") or not allow.covered(t, c.start, c.end)]
    declared = declared_contacts()
    if declared is not None:  # the operator's published contacts are public
        chosen = [c for c in chosen if not declared.covers(c.entity, t[c.start:c.end])]
    names = operator_names(declared.texts) if declared is not None else frozenset()
    chosen = [c for c in chosen if c.entity != "ACCOUNT" or not company_account(t, c.start, c.end, names)]
    chosen = [c for c in chosen
              if not is_placeholder(c.entity, t, c.start, c.end) and not is_handle(c.entity, t, c.start, c.end)
              and not is_branch_name(c.entity, t, c.start, c.end)]
    return [(c, norm) for c in chosen]


def _slices(text: str) -> Iterable[tuple[int, str]]:
    """Cut very long text at line breaks (or hard) so each piece stays bounded."""
    if len(text) <= MAX_CHARS:
        yield 0, text
        return
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + MAX_CHARS)
        if end < len(text):
            nl = text.rfind("\n", pos + MAX_CHARS // 2, end)
            if nl != -1:
                end = nl + 1
        yield pos, text[pos:end]
        pos = end


def _run(text, allow) -> list[tuple[Span, _Cand, Normalized, int]]:
    if not isinstance(text, str) or not text:
        return []
    allow_list = _as_allow(allow)
    out = []
    for offset, piece in ((0, text),) if len(text) <= MAX_CHARS else _slices(text):
        try:
            found = _detect(piece, allow_list)
        except Exception:  # never break publishing, never publish unscanned text: fail closed
            log.exception("PII detection failed on a %d-character text", len(piece))
            out.append((Span(offset, offset + len(piece), "UNSCANNED", 0.0), None, None, offset))
            continue
        for cand, norm in found:
            s, e = norm.to_original(cand.start, cand.end)
            if e > s:
                out.append((Span(s + offset, e + offset, cand.entity, round(cand.score, 3)),
                            cand, norm, offset))
    return out


def detect(text: str, *, allow: Iterable[str] | AllowList = ()) -> list[Span]:
    """Personal-information spans in ``text`` (offsets into ``text``), in order."""
    return [span for span, *_ in _run(text, allow)]


# --- masking ------------------------------------------------------------------------------------

def _mask_digits(s: str, keep_head: int, keep_tail: int) -> str:
    total = sum(c.isdigit() for c in s)
    out, seen = [], 0
    for c in s:
        if c.isdigit():
            seen += 1
            out.append(c if seen <= keep_head or seen > total - keep_tail else MASK_CHAR)
        else:
            out.append(c)
    return "".join(out)


def _mask_alnum_after(s: str, keep: int) -> str:
    out, seen = [], 0
    for c in s:
        if c.isalnum():
            seen += 1
            out.append(c if seen <= keep else MASK_CHAR)
        else:
            out.append(c)
    return "".join(out)


def _mask_email(s: str) -> str:
    at = s.find("@")
    if at == -1:
        m = re.search(r"\(at\)|\[at\]|\{at\}|[(\[]골뱅이[)\]]|골뱅이|[ \t](?:at|앳)[ \t]", s, re.IGNORECASE)
        at = m.start() if m else len(s) // 2
    local = s[:at]
    keep = next((i for i, c in enumerate(local) if c.isalnum()), 0) + 1
    return local[:keep] + "".join(MASK_CHAR if not c.isspace() else c for c in local[keep:]) + s[at:]


def _mask_ip(s: str) -> str:
    if ":" in s and "." not in s:
        parts = s.split(":")
        kept = 0
        out = []
        for p in parts:
            if p and kept < 2:
                kept += 1
                out.append(p)
            else:
                out.append(MASK_CHAR * len(p))
        return ":".join(out)
    parts = re.split(r"(\.)", s)
    octets = 0
    for i, p in enumerate(parts):
        if p != ".":
            octets += 1
            if octets > 2:
                parts[i] = re.sub(r"[0-9A-Za-z]", MASK_CHAR, p)
    return "".join(parts)


def _mask_name(s: str) -> str:
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if not c.isspace()]
    if len(idx) <= 1:
        return MASK_CHAR * len(s) if idx else s
    if len(idx) == 2:
        chars[idx[1]] = MASK_CHAR
    else:
        for i in idx[1:-1]:
            chars[i] = MASK_CHAR
    return "".join(chars)


def _mask_address(s: str, keep_chars: int) -> str:
    head, tail = s[:keep_chars], s[keep_chars:]
    return head + "".join(MASK_CHAR if (c.isalnum()) else c for c in tail)


def _mask_segment(seg: str, cand: _Cand) -> str:
    """The masked form of a normalised segment; always the same length as ``seg``."""
    e = cand.entity
    if e in ("RRN", "FRN", "PHONE", "CARD", "ACCOUNT", "DRIVER_LICENSE"):
        return _mask_digits(seg, cand.keep_head, cand.keep_tail)
    if e == "EMAIL":
        return _mask_email(seg)
    if e == "IP":
        return _mask_ip(seg)
    if e == "PASSPORT":
        return _mask_alnum_after(seg, 1)
    if e == "PERSON":
        return _mask_name(seg)
    if e == "ADDRESS":
        return _mask_address(seg, max(0, cand.mask_from - cand.start))
    return MASK_CHAR * len(seg)


def _masked_positions(cand: _Cand, norm: Normalized) -> set[int]:
    """Original-text positions (relative to the slice) to overwrite with the mask char."""
    seg = norm.text[cand.start:cand.end]
    masked = _mask_segment(seg, cand)
    if len(masked) != len(seg):  # defensive: mask the whole span
        masked = MASK_CHAR * len(seg)
    positions: set[int] = set()
    for i, (a, b) in enumerate(zip(seg, masked, strict=True)):
        if a != b:
            s, e = norm.to_original(cand.start + i, cand.start + i + 1)
            positions.update(range(s, e))
    return positions


def mask_text(text: str, *, allow: Iterable[str] | AllowList = ()) -> MaskResult:
    """Mask personal information in ``text`` in place, keeping each value's format.

    ``010-1234-5678`` → ``010-****-5678``; ``900101-1234567`` → ``900101-1******``;
    ``홍길동`` → ``홍*동``; ``hong@example.com`` → ``h***@example.com``. Text outside the
    detected spans is returned unchanged. Never raises; non-string input is returned as
    an empty result.
    """
    if not isinstance(text, str):
        try:
            if isinstance(text, bytes | bytearray):
                text = bytes(text).decode("utf-8", "replace")
            else:
                text = "" if text is None else str(text)
        except Exception:
            return MaskResult(text="")
    found = _run(text, allow)
    if not found:
        return MaskResult(text=text)
    chars = list(text)
    counts: Counter[str] = Counter()
    spans = []
    for span, cand, norm, offset in found:
        try:
            positions = [p + offset for p in _masked_positions(cand, norm)]
        except Exception:
            log.exception("masking a %s span failed; masking it whole", span.entity)
            positions = list(range(span.start, span.end))
        for p in positions:
            if span.start <= p < span.end and not chars[p].isspace():
                chars[p] = MASK_CHAR
        counts[span.entity] += 1
        spans.append(span)
    return MaskResult(text="".join(chars), counts=dict(counts), spans=tuple(spans))

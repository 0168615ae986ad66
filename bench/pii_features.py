"""Features of a PERSON candidate for the learned decision (P11.2, round 10; bench only).

A candidate is a span that some recogniser proposed as a name (or that a veto removed), or a
surname-led Hangul word or a capitalised Latin pair that nothing proposed (``extra_spans``), so
that the decision can also recover what the fixed rules drop. Its features describe which
recognisers proposed or vetoed it and with what score, the shape of the string (length, script,
surname and given-syllable classes), what follows it (honorific, particle class), what precedes
it (line start, colon, list, cue class), whether the same string is elsewhere in the post,
film-talk words nearby, and Kiwi's reading of the string alone (cached). No literal strings of
any evaluation set: only the lexicon's classes and general words.
"""

from __future__ import annotations

import re

from marquee.privacy.pii import lexicon as L
from marquee.privacy.pii import morph
from marquee.privacy.pii.names import _ANIMATE, _COMITATIVE, _HON_START, _QUOTATIVE, _before_kind

# Recognisers (engine.py call names) and vetoes, in feature order.
RECOGNISERS = (
    "find_names", "find_framed_names", "find_more_names", "find_chained_names",
    "find_foreign_names", "find_labelled_foreign", "find_latin_slots", "find_lower_latin",
    "find_latin_frames", "account_holders", "row_names", "contact_holders", "find_row_names",
    "find_layout_names", "find_roster_names", "find_slot_names", "find_addressed_names",
    "find_foreign_labelled", "find_field_values", "find_kin_names", "find_chat_speakers",
    "find_signoffs", "find_id_holders", "find_short_names", "find_predicate_names",
    "find_predicate_frames", "find_repeated_names", "corefer", "find_split_names")
VETOES = ("veto_common_words", "veto_public_figures", "veto_film_talk", "veto_works",
          "veto_film_frames", "veto_team_labels", "veto_cut_words", "inner")

_SURNAMES = L.COMMON_SURNAMES | L.RARE_SURNAMES
_EXTRA_HANGUL = re.compile(
    "(?<![가-힣])(?:" + "|".join(sorted(L.COMPOUND_SURNAMES)) + "|[" + "".join(sorted(_SURNAMES))
    + "])[가-힣]{1,2}")
_EXTRA_LATIN = re.compile(r"(?<![A-Za-z])[A-Z][a-zA-Z'-]{1,14}(?:,? [A-Z][a-zA-Z'-]{1,14}){1,2}(?![A-Za-z])")
# General film-talk vocabulary (not read from any set): a name near these is often a public
# figure or a character rather than a member.
_FILM_WORDS = re.compile("영화|배우|감독|연기|캐릭터|주인공|배역|출연|작품|드라마|장면|명대사|개봉|시즌|"
                         "원작|주연|조연|필모|시사회|무대인사|팬|actor|film|movie|director")
_CUE_CLASSES = {"label": 0, "weak": 1, "relation": 2}
_TAIL = re.compile(r"[가-힣]{0,6}")
_ENUMERATOR = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*•·])[ \t]*")


def extra_spans(text: str) -> list[tuple[int, int]]:
    """Spans nothing may have proposed: a surname and one or two syllables opening a Hangul
    word (both lengths), and two or three capitalised Latin words."""
    out: list[tuple[int, int]] = []
    for m in _EXTRA_HANGUL.finditer(text):
        s, e = m.span()
        out.append((s, e))
        if e - s == 3 and text[s:s + 2] not in L.COMPOUND_SURNAMES:
            out.append((s, s + 2))
    for m in _EXTRA_LATIN.finditer(text):
        out.append(m.span())
    return out


def _script(core: str) -> int:
    if all("가" <= c <= "힣" or c == " " for c in core):
        return 0
    if all(c.isascii() for c in core):
        return 1
    return 2


def _after_class(rest: str, following: str) -> int:
    """What is glued on (or follows after one space): 0 nothing/space, 1 honorific,
    2 animate/quotative, 3 comitative, 4 other particle, 5 copula-ish, 6 punctuation/line end."""
    if rest:
        if _HON_START.match(rest):
            return 1
        if _ANIMATE.fullmatch(rest) or _QUOTATIVE.fullmatch(rest):
            return 2
        if _COMITATIVE.fullmatch(rest):
            return 3
        if rest.startswith(("입니", "이에", "예요", "이고", "인데", "이요", "요")):
            return 5
        return 4
    if not following or following[0] in ".!?\n,)]>~:;/|":
        return 6
    if following[0] == " " and following[1:2] in ("님", "씨"):
        return 1
    return 0


def _kiwi_class(core: str) -> tuple[float, float, float, float]:
    """(one known common noun, one known proper noun, unknown, several pieces)."""
    if not ("가" <= core[:1] <= "힣"):
        return (0.0, 0.0, 0.0, 0.0)
    tokens = morph.analyze(core)
    if not tokens:
        return (0.0, 0.0, 0.0, 0.0)
    if len(tokens) == 1:
        form, tag, _s, _l, known = tokens[0]
        if not known:
            return (0.0, 0.0, 1.0, 0.0)
        return (1.0 if tag == "NNG" else 0.0, 1.0 if tag == "NNP" else 0.0, 0.0, 0.0)
    unknown = any(not t[4] for t in tokens)
    return (0.0, 0.0, 1.0 if unknown else 0.0, 1.0)


def _shape(core: str) -> list[float]:
    hangul = core.replace(" ", "")
    compound = hangul[:2] in L.COMPOUND_SURNAMES
    sl = 2 if compound else 1
    given = hangul[sl:]
    first = hangul[:1]
    return [
        float(len(hangul)), float(" " in core), float(compound),
        float(first in L.COMMON_SURNAMES), float(first in L.RARE_SURNAMES),
        float(sum(c in L.GIVEN_TOP for c in given)), float(sum(c in L.GIVEN_ANY for c in given)),
        float(sum(c in L.GIVEN_RARE for c in given)), float(core in L.NOT_NAMES),
        float(len(given) > 0 and len(set(given)) < len(given)),
    ]


def _context(text: str, start: int, end: int) -> list[float]:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 20):start]
    stripped = before.rstrip(" \t")
    prev = stripped[-1:] if stripped else ""
    kind = _before_kind(before) if before else ""
    cue = [0.0, 0.0, 0.0]
    if kind in _CUE_CLASSES:
        cue[_CUE_CLASSES[kind]] = 1.0
    tail = _TAIL.match(text, end)
    rest = tail.group() if tail else ""
    after = _after_class(rest, text[end + len(rest):end + len(rest) + 3])
    after_oh = [0.0] * 7
    after_oh[after] = 1.0
    window = text[max(0, start - 40):end + 40]
    return [
        float(not stripped), float(prev in ":："), float(prev in ",/·、"), float(prev in "([<\"'"),
        float(_ENUMERATOR.fullmatch(text[line_start:start]) is not None),
        *cue, *after_oh, float(len(rest)),
        float(bool(_FILM_WORDS.search(window))),
        float(text.count("\n") > 0),
    ]


def features(text: str, start: int, end: int, proposed: dict[str, float], vetoed: set[str],
             counts: dict[str, int]) -> list[float]:
    """The feature vector of ``text[start:end]``; ``proposed``: recogniser -> score,
    ``vetoed``: vetoes that removed it, ``counts``: core string -> occurrences in the post."""
    core = text[start:end]
    scores = [proposed.get(r, 0.0) for r in RECOGNISERS]
    rec = [float(r in proposed) for r in RECOGNISERS]
    vet = [float(v in vetoed) for v in VETOES]
    best = max(scores) if proposed else 0.0
    return [
        *rec, *vet, best, float(len(proposed)), float(bool(proposed)),
        float(_script(core) == 0), float(_script(core) == 1),
        *_shape(core), *_context(text, start, end), *_kiwi_class(core),
        float(counts.get(core, 0) > 1),
    ]


def feature_names() -> list[str]:
    return [*(f"rec:{r}" for r in RECOGNISERS), *(f"veto:{v}" for v in VETOES), "best_score",
            "n_proposers", "proposed", "hangul", "latin",
            "len", "spaced", "compound", "sur_common", "sur_rare", "given_top", "given_any",
            "given_rare", "not_name", "repeated_syll",
            "line_start", "after_colon", "after_list", "after_bracket", "enumerated",
            "cue_label", "cue_weak", "cue_relation",
            *(f"after:{k}" for k in ("none", "hon", "animate", "comit", "particle", "copula", "punct")),
            "tail_len", "film_words", "multiline",
            "kiwi_nng", "kiwi_nnp", "kiwi_unknown", "kiwi_pieces", "coref"]

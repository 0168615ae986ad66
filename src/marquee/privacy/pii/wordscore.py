"""Kiwi's reading of a candidate word on its own: is it a dictionary word, a word used as a
given name, a place? Shared by the cue-less recognisers (``people.py``, ``namelists.py``)
and the veto the engine applies to cue-less guesses (P11.2)."""

from __future__ import annotations

from . import lexicon as L
from . import morph
from .names import NameHit
from .places import SIDO, SIGUNGU

_NAME_TAGS = ("NNP", "NNG")
_PERSON_WORDS = frozenset({*L.RELATION_WORDS, *L.HONORIFICS})


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    for s, e in spans:  # a plain loop: any() over a generator costs twice as much here
        if start < e and s < end:
            return True
    return False


def _word_rejects(core: str) -> bool:
    """Kiwi, on the word alone, reads a dictionary word here (정말, 이번, 조용+하+ᆫ).

    A one-syllable first token is just the surname misread (나+민서, 서+준), so only a
    token of two syllables or more counts, or a verb or ending inside the word."""
    tokens = morph.analyze(core)
    if not tokens:
        return False
    first = tokens[0]
    if first[3] >= 2 and (first[1] not in _NAME_TAGS or (first[1] == "NNG" and first[4])):
        return True  # 정상+훈, 고민+하, 조용+하: a known word opens the word
    return any(t[1].startswith(("V", "E", "XS")) for t in tokens)


def _opens_with_word(core: str) -> bool:
    """A dictionary word of two syllables or more, other than a proper noun, opens the word
    (선금+순, 친구+들, 정말+이)."""
    tokens = morph.analyze(core)
    return bool(tokens) and (_common_word(core) or (
        tokens[0][1] != "NNP" and tokens[0][4] and tokens[0][3] >= 2))


def _noun_led(core: str) -> bool:
    """Nouns only, not one dictionary noun: 학예+서씨 yes; 상담사님, 주+시+어요 no."""
    tokens = morph.analyze(core)
    return bool(tokens) and not _common_word(core) and all(t[1].startswith("NN") for t in tokens)


def word_given(core: str, sl: int) -> bool:
    """A surname followed by a two-syllable dictionary word used as a given name (표+겨울,
    빈+바다, 선+금순): Kiwi reads the given part alone as one known noun, and the whole
    word is not one dictionary word itself (손수건, 강냉이, 신세계, 남동생 stay words).
    Only asked in a person frame (a label, an honorific, or 랑/한테/이가 after it)."""
    given = core[sl:]
    if len(given) != 2 or given in _PERSON_WORDS or core in L.NOT_NAMES:
        return False
    whole = morph.analyze(core)
    if not whole or (len(whole) == 1 and whole[0][4] and whole[0][1].startswith("NN")):
        return False
    tokens = morph.analyze(given)
    return bool(tokens) and len(tokens) == 1 and tokens[0][1] in _NAME_TAGS and tokens[0][3] == 2 \
        and tokens[0][4]


def _given_like(word: str) -> bool:
    sl = 2 if word[:2] in L.COMPOUND_SURNAMES else 1
    given = word[sl:]
    if any(c in L.NOT_GIVEN for c in given):
        return False
    return all(c in L.GIVEN_ANY or c in L.GIVEN_RARE for c in given) or word_given(word, sl)


def veto_common_words(text: str, hits: list[NameHit]) -> list[NameHit]:
    """Drop cue-less guesses (scores under a title cue's 0.8, so the post-name 이 of
    ``손수건이랑`` too) that Kiwi knows as a common word (강아지랑), and any guess, even after
    a label, that Kiwi reads as a dictionary noun plus a particle (정보로, 상기와)."""
    kept = []
    for h in hits:
        core = text[h.start:h.end]
        if core in _PLACES:
            continue  # 경기도, 제주도 alone on a line are places
        if h.end - h.start >= 3 and "가" <= core[0] <= "힣" and (h.score < 0.8 or core[-1] in _PARTICLE_FINALS) \
                and not (core[-1] in _PARTICLE_FINALS and text[h.end:h.end + 1] in "님씨") and _common_word(core):
            continue  # 정보로 회원을, 받는 분: 상기와 같음: a noun and a particle in a name's slot
        kept.append(h)
    return kept


_PARTICLE_FINALS = frozenset("로를을의와과에가")  # 가: 예시+가 (round 11)


def _common_word(core: str) -> bool:
    """One dictionary noun (강아지), or a dictionary noun plus a particle (정보+로)."""
    tokens = morph.analyze(core) if morph.enabled() else None
    if not tokens or not (tokens[0][1] in ("NNG", "NP") and tokens[0][4]):
        return False
    # A vocative 아/야 after a noun is how names in 아 read (공단+아 for 공단아): not a particle here.
    return len(tokens) == 1 or (len(tokens) == 2 and tokens[0][3] >= 2 and tokens[1][1].startswith("J")
                                and tokens[1][1] != "JKV")


# Last syllables of branches, stations, rooms and shops: 홍대점, 강남역, 3관, 사무실.
_PLACE_FINALS = frozenset("점역관층실팀과집청국센터트장")
_PLACES = frozenset({*SIGUNGU, *SIDO})  # 부산시, 강원도, 경기도 alone on a line

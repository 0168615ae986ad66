"""Lazy, process-wide access to the Kiwi morphological analyser (``kiwipiepy``).

Kiwi takes about a second and ~500 MB to load, so it is loaded on first use, once per
process, and only ever asked about single candidate words (cached). When kiwipiepy is
missing or fails to load, or ``MARQUEE_PII_KIWI=0`` is set, :func:`analyze` returns
``None`` and the masker falls back to its rules.
"""

from __future__ import annotations

import logging
import os
import threading
import warnings
from functools import lru_cache

log = logging.getLogger(__name__)

_lock = threading.Lock()
_kiwi = None
_failed = False
_read = None  # text -> Kiwi's tokens: kiwi.tokenize, or the same call without its wrapper

Token = tuple[str, str, int, int, bool]  # form, tag, start, length, known to the dictionary
# Kiwi's first morpheme ids are formless placeholders, one per tag (2 = NNG, 3 = NNP …): a
# token with such an id is a word Kiwi does not know and guessed a tag for. Unseen names come
# out as the NNP placeholder as often as the NNG one. Set from the model when it loads.
_first_known_id = 3


_ENV_OFF = ("0", "false", "no")


def enabled() -> bool:
    """Kiwi is used unless ``MARQUEE_PII_KIWI=0`` or it failed to load.

    Once Kiwi is loaded the answer is yes without reading the environment (a lookup that
    costs more than the recogniser gates asking it, several times a post); the switch is
    read until then, as :func:`analyze` already answers from a loaded Kiwi whatever it says.
    """
    if _kiwi is not None:
        return True
    return not _failed and os.environ.get("MARQUEE_PII_KIWI", "1") not in _ENV_OFF


def get_kiwi():
    """The shared Kiwi instance, loading it on first call; ``None`` when unavailable."""
    global _kiwi, _failed, _read
    if _kiwi is not None or not enabled():
        return _kiwi
    with _lock:
        if _kiwi is None and not _failed:
            try:
                from kiwipiepy import Kiwi

                with warnings.catch_warnings():  # 0 = one thread, in the caller's thread
                    warnings.simplefilter("ignore", DeprecationWarning)
                    kiwi = Kiwi(num_workers=0)
                _set_first_known_id(kiwi)
                _read = _reader(kiwi)
                _kiwi = kiwi  # published last: enabled() and analyze() trust a set _kiwi
            except Exception:  # ImportError, missing model, out of memory …
                log.warning("kiwipiepy unavailable; PII name detection uses rules only",
                            exc_info=True)
                _failed = True
    return _kiwi


def _set_first_known_id(kiwi) -> None:
    """The first morpheme id with a surface form: every id below it is a placeholder."""
    global _first_known_id
    try:
        i = 0
        while i < 512 and not kiwi.morpheme(i).form:
            i += 1
        _first_known_id = i if i < 512 else 3
    except Exception:  # an older kiwipiepy without ``morpheme``: NNG and NNP placeholders
        _first_known_id = 4


def _reader(kiwi):
    """``kiwi.tokenize`` for one string, minus the wrapper's work on every call.

    ``Kiwi.tokenize`` is a Python method that, on each call, turns its eighteen keyword
    arguments into match flags, a dialect, an OOV mode and a config before it calls the
    analyser; for the 2–4 syllable words the masker mostly asks about that is about 6 % of
    the call (measured over the strings the benchmark sets send). The flags are the same
    for every call, so they are computed once here and the analyser is called directly.
    The wrapper is private API: the result is checked against ``tokenize`` on probe
    strings, and ``tokenize`` itself is used whenever anything differs or fails.
    """
    try:
        from kiwipiepy import Kiwi, Match
        from kiwipiepy._wrap import _convert_dialect, _convert_oov_handling

        if getattr(kiwi, "_pretokenized_pats", None):  # rules added: keep the full path
            return kiwi.tokenize
        analyse = super(Kiwi, kiwi).analyze
        flags = Match.ALL | Match.Z_CODA | _convert_oov_handling(None)
        dialect = _convert_dialect(None)
        config = kiwi.global_config

        def read(text: str):
            return analyse(text, 1, flags, False, None, False, dialect, 3.0, None, 2.5, None,
                           config)[0][0]

        for probe in _PROBES:
            if _shape(read(probe)) != _shape(kiwi.tokenize(probe)):
                return kiwi.tokenize
        return read
    except Exception:  # another kiwipiepy: its public method
        log.debug("kiwi direct reader unavailable", exc_info=True)
        return kiwi.tokenize


_PROBES = ("홍길동님이 예매했어요", "먹었어욥", "정말로", "탁윤겸은 잤다", "010-1234-5678 hong@example.com ㅋㅋ")


def _shape(tokens) -> list[tuple]:
    return [(t.form, t.tag, t.start, t.len, t.id) for t in tokens]


@lru_cache(maxsize=65536)
def _analyze_cached(word: str) -> tuple[Token, ...] | None:
    kiwi = get_kiwi()
    if kiwi is None:
        return None
    try:
        return tuple((t.form, t.tag, t.start, t.len, t.id >= _first_known_id)
                     for t in (_read or kiwi.tokenize)(word))
    except Exception:
        log.debug("kiwi failed on a word", exc_info=True)
        return None


def analyze(word: str) -> tuple[Token, ...] | None:
    """Kiwi's tokens for a short string (one word or two), or ``None`` without Kiwi."""
    if not word or len(word) > 40 or _failed:
        return None
    if _kiwi is None and not enabled():
        return None
    return _analyze_cached(word)


@lru_cache(maxsize=8192)
def _clause_cached(clause: str) -> tuple[Token, ...] | None:
    return _analyze_cached.__wrapped__(clause)


def analyze_clause(clause: str) -> tuple[Token, ...] | None:
    """Kiwi's tokens for one clause (up to 160 characters), so a candidate name is read in
    its sentence frame: ``민지랑 김서연이랑 같이 봤어요`` tags 김서연 as a proper noun."""
    if not clause or len(clause) > 160 or _failed:
        return None
    if _kiwi is None and not enabled():
        return None
    return _clause_cached(clause)


def warm_up() -> bool:
    """Load Kiwi and its model now (about a second) instead of on the first name."""
    kiwi = get_kiwi()
    if kiwi is None:
        return False
    try:
        kiwi.tokenize("홍길동님이 예매했어요")
    except Exception:
        return False
    return True

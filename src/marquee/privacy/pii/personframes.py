"""The person frames added in round 12, run in one pass after the kin frames (P11.2, issue 16).

Each finder has one job and its own module (``familynames``: a child's given name after a
child word; ``renames``: both names in a change of name; ``hyphengiven``: ``Min-ji`` alone;
``latinnames``: ``Matteo Rossi가``; ``mixedframes``: ``Went with X and …``, ``X한테``). Each takes only what no earlier recogniser found, so
they run last among the finders, in this order, each seeing the others' hits as taken.
"""

from __future__ import annotations

from .familynames import find_family_names
from .hyphengiven import find_hyphen_given
from .latinnames import find_latin_names
from .mixedframes import find_mixed_frames
from .names import NameHit
from .renames import find_renamed

_FINDERS = (find_family_names, find_renamed, find_hyphen_given, find_latin_names, find_mixed_frames)


def find_framed_persons(text: str, names: list[NameHit], allowed=None) -> list[NameHit]:
    """The hits of every finder above, none overlapping ``names`` or an earlier finder's."""
    taken = [(h.start, h.end) for h in names]
    hits: list[NameHit] = []
    for finder in _FINDERS:
        found = finder(text, taken, allowed)
        hits += found
        taken += [(h.start, h.end) for h in found]
    return hits

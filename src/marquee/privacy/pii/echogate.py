"""An exact pre-check for ``givenrefs.echo_given_names`` (P11.2, issue 16, round 13 speed).

Every form that module echoes (a Hangul given name, a spaced name's part, a Latin name's part,
the whole name) is a run of two characters or more copied from a found name, and an echo must
lie outside that name's own span. So unless some two characters of a found name occur again
before or after it, nothing can be echoed, and the post's names need not be read by Kiwi
(``can_be_given``, ``_reading``). Most posts name a person once: this returns at once for them.
"""

from __future__ import annotations

from .names import NameHit


def may_echo(text: str, names: list[NameHit]) -> bool:
    """False when no pair of adjacent characters of any name occurs outside that name's span."""
    for h in names:
        name = text[h.start:h.end]
        for i in range(len(name) - 1):
            pair = name[i:i + 2]
            if text.find(pair, 0, h.start) != -1 or text.find(pair, h.end) != -1:
                return True
    return False

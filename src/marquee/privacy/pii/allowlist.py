"""The operator's own published contacts: never personal data, never masked (P11.2).

The policy's contact settings (``MARQUEE_OPERATOR``, ``MARQUEE_PRIVACY_OFFICER``,
``MARQUEE_CUSTOMER_CENTRE``) declare the service's help and privacy e-mail addresses, its
phone and fax numbers, its officer's name and its office address; the complaint bodies the
policy lists (``MARQUEE_COMPLAINT_BODIES``) and the addresses the service writes from or
to (``DEFAULT_FROM_EMAIL``, the CS lead's, operations' and alert addresses) are just as
public. They are printed in notices and in the customer centre's answers, so masking them
would only hide the route a member needs. A phone range such as ``02-580-0533~4`` declares
each number in it, and a body's ``formerly`` list names the numbers and addresses the
operator's earlier policy printed for it (that text is still published as history).
``marquee.compliance.policy.contacts`` reads the same settings; the engine sits below
compliance and reads them directly.
"""

from __future__ import annotations

import operator
import re

SETTINGS = ("MARQUEE_OPERATOR", "MARQUEE_PRIVACY_OFFICER", "MARQUEE_CUSTOMER_CENTRE",
            "MARQUEE_COMPLAINT_BODIES", "DEFAULT_FROM_EMAIL", "MARQUEE_CS_LEAD_EMAIL",
            "MARQUEE_OUTBOX_ALERT_EMAIL", "MARQUEE_OPERATIONS_EMAIL")
_RANGE = re.compile(r"(\d+)\s*~\s*(\d{1,3})$")
_EMAILISH = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def _declared_values() -> list[str]:
    """Every string value of the contact settings; none when Django is not configured."""
    try:
        from django.conf import settings

        blocks = [getattr(settings, name, None) for name in SETTINGS]
    except Exception:  # settings not configured (scripts, the benchmark)
        return []
    out: list[str] = []
    for block in blocks:
        for item in block if isinstance(block, list | tuple) else [block]:
            values = item.values() if isinstance(item, dict) else [item]
            for value in _flat(values):
                if isinstance(value, str) and value.strip():
                    out.extend(_expanded(value.strip()))
    return out


def _flat(values) -> list:
    """A block's values, with a list value (a body's former numbers) spread out."""
    return [v for value in values for v in (value if isinstance(value, list | tuple) else [value])]


def _expanded(value: str) -> list[str]:
    """``02-580-0533~4`` → ``02-580-0533``, ``02-580-0534`` (at most ten numbers)."""
    found = _RANGE.search(value)
    if not found:
        return [value]
    first, last = found.group(1), found.group(2)
    head = value[:found.start()] + first[:-len(last)]
    start, stop = int(first[-len(last):]), int(last)
    numbers = [head + str(n).zfill(len(last)) for n in range(start, stop + 1)] if stop >= start else []
    return numbers[:10] or [value[:found.start()] + first]


class DeclaredContacts:
    """The declared values, indexed by how a detection is compared with them."""

    __slots__ = ("digits", "emails", "joined", "squeezed", "texts")

    def __init__(self, values: list[str]):
        plain = {v: _plain_email(v) for v in values}
        self.emails = frozenset(p for p in plain.values() if _EMAILISH.fullmatch(p))
        self.digits = frozenset(d for v in values if len(d := _digits(v)) >= 7)
        # Names and addresses; long prose values (the reply note) are not contacts.
        self.texts = tuple(v for v in values if plain[v] not in self.emails and 2 <= len(v) <= 40)
        self.squeezed = tuple(t.replace(" ", "") for t in self.texts)
        # One string to search instead of a loop over the values: a value without the
        # separator is inside the joined string exactly when it is inside one of them.
        self.joined = "\x00".join(self.squeezed)

    def covers(self, entity: str, value: str) -> bool:
        """Is a detected ``value`` (normalised text) one of the declared contacts?"""
        if entity == "EMAIL":
            return _plain_email(value) in self.emails
        if entity in ("PHONE", "ACCOUNT"):
            return _digits(value) in self.digits
        if entity in ("PERSON", "ADDRESS"):
            squeezed = value.replace(" ", "")
            if "\x00" not in squeezed:
                return bool(squeezed) and squeezed in self.joined
            return any(squeezed in t for t in self.squeezed)
        return False


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


_AT = re.compile(r"\s*(?:\[at\]|\(at\)|\(골뱅이\)|골뱅이|\bat\b)\s*", re.I)
_DOTNET = re.compile(r"\s*닷넷$")
_DOTCOM = re.compile(r"\s*닷컴$")
_DOT = re.compile(r"\s*(?:\[dot\]|\(dot\)|\(점\)|\(쩜\)|\bdot\b)\s*", re.I)
_SPACES = re.compile(r"\s+")


def _plain_email(value: str) -> str:
    """``help [at] mecross [dot] net`` → ``help@mecross.net`` for comparison."""
    v = _AT.sub("@", value)
    v = _DOTCOM.sub(".com", _DOTNET.sub(".net", v))
    v = _DOT.sub(".", v)
    return _SPACES.sub("", v).lower()


_DJANGO: list = []  # [settings, empty], imported once: an import statement a post adds up


def _blocks() -> tuple | None:
    try:
        if not _DJANGO:
            from django.conf import settings
            from django.utils.functional import empty

            _DJANGO[:] = [settings, empty]
        settings, empty = _DJANGO
        held = settings._wrapped  # the settings object itself: plain attribute reads
        if held is empty:
            return tuple([getattr(settings, name, None) for name in SETTINGS])
        return tuple([getattr(held, name, None) for name in SETTINGS])
    except Exception:  # settings not configured (scripts, the benchmark)
        return None


_LAST: list = [None, None]  # [the setting objects last read, their index]


def declared_contacts() -> DeclaredContacts | None:
    """The current declared contacts. Re-read whenever a contact setting is replaced
    (``override_settings`` in tests), not on every call: the index is kept while the very
    same setting objects are in place."""
    blocks = _blocks()
    if blocks is None:
        return None
    last = _LAST[0]
    if last is not None and len(last) == len(blocks) and all(map(operator.is_, last, blocks)):
        return _LAST[1]
    values = _declared_values()
    found = _index(tuple(values)) if values else None
    _LAST[:] = [blocks, found]
    return found


_CACHE: dict[tuple[str, ...], DeclaredContacts] = {}


def _index(values: tuple[str, ...]) -> DeclaredContacts:
    found = _CACHE.get(values)
    if found is None:
        if len(_CACHE) > 8:
            _CACHE.clear()
        found = _CACHE[values] = DeclaredContacts(list(values))
    return found

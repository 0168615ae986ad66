"""Which unmarked fields look like personal data, by name and by type (P1.6).

A new engineer adds ``guest_contact`` or ``notes = TextField()`` and forgets the
declaration: the checks must notice. Names are split into words at ``_`` and digits;
a word, or two neighbours read together (``login_id`` as ``loginid``), is suspicious
when it is one of ``WORDS`` (``tel``, ``hp``, ``juso``...) or begins or ends with one of
the longer ``STEMS`` (``cellphone``, ``homeaddress``).
Types that hold what people type or upload (e-mail addresses, IP addresses, files,
JSON, free text) are suspicious whatever their name. A field that is neither personal
nor meant to be says why in the model's ``privacy_waivers``.
"""

from __future__ import annotations

import re

from django.db import models

# Whole words: short ones only match on their own ("ip" in "client_ip", not "script").
WORDS = frozenset("""
    name names fullname username firstname lastname surname realname givenname
    nick nickname penname alias loginid userid
    phone mobile tel telno cell cellphone hp handphone fax contact contacts
    email mail emails
    birth birthdate birthday dob bday
    address addr juso zip zipcode postcode postal
    ci di ip ipaddr gender sex passport rrn ssn resident jumin
    card cardno account accountno holder recipient guardian
""".split())
# Stems found inside glued compounds ("emergencycellphone", "homeaddress").
STEMS = ("phone", "mobile", "email", "birth", "address", "passport", "resident",
         "contact", "nickname", "username", "fullname", "zipcode", "postcode", "recipient")
# Types that hold what people type or upload, whatever the field is called.
TYPES: tuple[tuple[type[models.Field], str], ...] = (
    (models.EmailField, "an e-mail address field"),
    (models.GenericIPAddressField, "an IP address field"),
    (models.FileField, "an uploaded file"),  # ImageField is a FileField
    (models.JSONField, "a JSON document"),
    (models.TextField, "free text"),
)

_SPLIT = re.compile(r"[_\d]+")


def words(name: str) -> list[str]:
    return [w for w in _SPLIT.split(name.lower()) if w]


def suspicious_word(name: str) -> str | None:
    """The word of ``name`` that suggests personal data, if any."""
    found = words(name)
    pairs = [a + b for a, b in zip(found, found[1:], strict=False)]
    for word in [*found, *pairs]:
        if word in WORDS or any(word.startswith(s) or word.endswith(s) for s in STEMS):
            return word
    return None


def suspicious_type(field: models.Field) -> str | None:
    """What a field's type suggests it holds, if that is typically personal."""
    for kind, description in TYPES:
        if isinstance(field, kind):
            return description
    return None


def why_suspicious(field: models.Field) -> str | None:
    """Why an unmarked field looks personal ("its name has 'tel'"), or None."""
    if (word := suspicious_word(field.name)) is not None:
        return f"its name contains {word!r}"
    if (kind := suspicious_type(field)) is not None:
        return f"it is {kind} ({type(field).__name__})"
    return None

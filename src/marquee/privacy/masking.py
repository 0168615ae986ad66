"""Masking for structured personal values shown to staff (P12.3).

Every staff view shows personal values masked by default; unmasking one field needs a
stated reason (``marquee.backoffice``). These helpers turn one stored value into its
masked form, keeping just enough to tell records apart on the phone ("끝자리 5678
맞으세요?") and nothing that identifies the person alone:

    mask_name("홍길동")                   → "홍*동"
    mask_name("남궁민수")                 → "남궁**"   (compound surname kept)
    mask_mobile("010-4821-7731")         → "010-****-7731"
    mask_email("gildong.hong@example.com") → "g***@example.com"
    mask_address("서울특별시 마포구 월드컵북로 396") → "서울특별시 마포구 ***"

Free text (posts, inquiries) is the PII detector's job (``privacy.pii``); these work on
values whose kind is known from the inventory. ``mask(kind, value)`` dispatches on a
kind name, and anything unknown falls back to :func:`mask_generic`, which never shows
more than the first character.
"""

from __future__ import annotations

import datetime
import re

MASK = "*"
COMPOUND_SURNAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문 동방 망절 어금".split())
_HANGUL = re.compile(r"^[가-힣]+$")


def _stars(n: int) -> str:
    return MASK * max(n, 1)


def mask_name(value: str) -> str:
    """홍길동 → 홍*동, 이철 → 이*, 남궁민수 → 남궁**, John Smith → J*** S****."""
    name = (value or "").strip()
    if not name:
        return ""
    if _HANGUL.match(name):
        if len(name) >= 4 and name[:2] in COMPOUND_SURNAMES:
            return name[:2] + _stars(len(name) - 2)
        if len(name) == 2:
            return name[0] + MASK
        if len(name) == 3:
            return name[0] + MASK + name[-1]
        return name[0] + _stars(len(name) - 2) + name[-1]
    return " ".join(part[0] + _stars(len(part) - 1) for part in name.split())


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value or "")


def mask_mobile(value: str) -> str:
    """010-4821-7731 → 010-****-7731 (the middle group hidden; last four kept)."""
    digits = _digits(value)
    if digits.startswith("82") and len(digits) >= 11:  # +82 10-…
        digits = "0" + digits[2:]
    if len(digits) < 8:
        return _stars(len(digits)) if digits else ""
    if digits.startswith("02"):
        head, rest = "02", digits[2:]
    else:
        head, rest = digits[:3], digits[3:]
    return f"{head}-{_stars(len(rest) - 4)}-{rest[-4:]}"


mask_phone = mask_mobile  # landlines have the same shape (02-3153-8800 → 02-****-8800)


def mask_email(value: str) -> str:
    """gildong.hong@example.com → g***@example.com (the domain is kept)."""
    value = (value or "").strip()
    if "@" not in value:
        return mask_generic(value)
    local, _, domain = value.rpartition("@")
    return f"{local[:1]}***@{domain}"


_ADDRESS_UNITS = re.compile(r"(시|도|군|구)$")


def mask_address(value: str) -> str:
    """Keep the 시·도 and 시·군·구 only: 서울특별시 마포구 월드컵북로 396 → 서울특별시 마포구 ***."""
    parts = (value or "").split()
    if not parts:
        return ""
    kept = []
    for part in parts[:3]:
        if _ADDRESS_UNITS.search(part) and not part[:-1].isdigit():
            kept.append(part)
        else:
            break
    return " ".join([*kept, "***"])


def mask_postcode(value: str) -> str:
    """04000 → 04***: the first two digits name only the 시·도."""
    value = (value or "").strip()
    return value[:2] + _stars(len(value) - 2) if value else ""


def mask_birthdate(value) -> str:
    """1990-05-17 → 1990-**-** (the year alone is an age band)."""
    if not value:
        return ""
    if isinstance(value, datetime.date):
        return f"{value.year:04d}-**-**"
    return str(value)[:4] + "-**-**"


def mask_login_id(value: str) -> str:
    """moviefan → mo******; at most two characters shown, never more than half."""
    value = value or ""
    keep = min(2, len(value) // 2)
    return value[:keep] + _stars(len(value) - keep)


def mask_account_number(value: str) -> str:
    """110-123-456789 → *********6789 (the last four digits only)."""
    digits = _digits(value)
    if len(digits) <= 4:
        return _stars(len(digits)) if digits else ""
    return _stars(len(digits) - 4) + digits[-4:]


def mask_card(value: str) -> str:
    """Any card number → ****-****-****-1234, whatever the gateway already hid."""
    digits = _digits(value)
    return f"****-****-****-{digits[-4:]}" if len(digits) >= 4 else _stars(4)


def mask_ip(value: str) -> str:
    """203.0.113.52 → 203.0.*.*; IPv6 keeps the first two groups."""
    value = (value or "").strip()
    if not value:
        return ""
    if ":" in value:
        groups = value.split(":")
        return ":".join(groups[:2]) + ":*:*"
    parts = value.split(".")
    if len(parts) == 4:
        return f"{parts[0]}.{parts[1]}.*.*"
    return mask_generic(value)


def mask_path(value: str) -> str:
    """/members/mypage/edit/ → /members/***: the section, not what was done there."""
    value = value or ""
    first = value.strip("/").split("/", 1)[0]
    return f"/{first}/***" if first else "/"


def mask_generic(value) -> str:
    """The first character, then stars: for values whose shape is unknown."""
    text = "" if value is None else str(value)
    if not text:
        return ""
    if len(text) == 1:
        return MASK
    return text[0] + _stars(min(len(text) - 1, 8))


def mask_json(value) -> str:
    """A structured value (a virtual account…): every leaf masked generically."""
    if isinstance(value, dict):
        return ", ".join(f"{k}: {mask_json(v)}" for k, v in sorted(value.items()))
    if isinstance(value, list | tuple):
        return ", ".join(mask_json(v) for v in value)
    return mask_generic(value)


def mask_full(value) -> str:
    """Every character hidden: for short values whose first letter is the whole answer
    (gender ``male``/``female``, nationality, carrier)."""
    return MASK * 3 if value not in (None, "") else ""


def mask_hidden(value) -> str:
    """Never shown, not even in part (CI, DI, tokens)."""
    return "(표시하지 않음)" if value else ""


MASKS = {
    "name": mask_name,
    "mobile": mask_mobile,
    "phone": mask_phone,
    "email": mask_email,
    "address": mask_address,
    "postcode": mask_postcode,
    "birthdate": mask_birthdate,
    "login_id": mask_login_id,
    "account_number": mask_account_number,
    "card": mask_card,
    "ip": mask_ip,
    "path": mask_path,
    "json": mask_json,
    "full": mask_full,
    "hidden": mask_hidden,
    "generic": mask_generic,
}


def mask(kind: str, value) -> str:
    """Mask ``value`` as a ``kind`` (a key of ``MASKS``); unknown kinds mask generically."""
    if value is None or value == "":
        return ""
    return MASKS.get(kind, mask_generic)(value)


def mask_staff_text(text: str, *, known=()) -> str:
    """Free text a staff member types (how a person was verified, why a record was read):
    kept only masked, any name, number or address in it replaced before it is stored
    (issue 12.4); whitespace is normalised to one line. ``known`` are values the caller
    knows belong to the person (their name, login ID...): masked wherever they appear,
    even where the free-text detector would not recognise them."""
    from .pii import mask_text

    text = " ".join((text or "").split())
    for value in sorted({v for v in known if v and len(v) > 1}, key=len, reverse=True):
        text = text.replace(value, mask_name(value) if len(value) <= 5 else _stars(len(value)))
    return mask_text(text).text if text else ""

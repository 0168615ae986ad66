"""Masking before publication (P11.2), reusable by every app that publishes text.

    from marquee.community.publishing import publish_text

    result = publish_text(text, source="support.message", object_id=message.pk)
    message.body = result.text          # store and show only the masked text

Other people's personal information (resident and foreigner numbers, phones, e-mails,
cards, accounts, passports, licences, addresses, names in context) is masked
format-preserving by ``marquee.privacy.pii``. Names from the catalogue (movie titles,
cast, crew and character names, theatre names) are allowed through. Each masking is
recorded with entity types and counts, never the values.

When the row does not exist yet, call :func:`mask` first and :func:`record` once the
row has its primary key, in the same transaction.
"""

from __future__ import annotations

import re

from django.db.models import Q

from marquee.privacy.api import MaskResult, mask_text

from .models import MaskingRecord

_SPLIT_CREDITS = re.compile(r"[\n,;/·|]+")
_ROLE = re.compile(r"\s*[\(（][^)）]*[\)）]\s*")  # "송강호 (기택 역)" → "송강호", "기택 역"


def catalogue_names() -> tuple[str, ...]:
    """Public names from the catalogue that must never be masked: movie titles, credits
    (cast, crew, characters) and theatre names. Sorted, so the masker can cache its index."""
    from marquee.booking.models import Movie, Theatre

    names: set[str] = set()
    for title, credits in Movie.objects.values_list("title", "credits"):
        names.add(title)
        for entry in _SPLIT_CREDITS.split(credits or ""):
            names.update(_credit_names(entry))
    for name in Theatre.objects.values_list("name", flat=True):
        names.add(name)
        # "마키 강남" is also written "마키강남", "강남점"
        names.add(name.replace(" ", ""))
    return tuple(sorted(n for n in (s.strip() for s in names) if len(n) >= 2))


# A role written before or after a credited name, with or without a colon: "감독 봉준호",
# "봉준호 감독", "각본·감독: …". The name stays public however the credit line is written.
_ROLE_WORD = (r"(?:감독|연출|각본|각색|제작|기획|원작|촬영|조명|음악|편집|미술|의상|분장|무술|출연|주연|조연|"
              r"특별출연|우정출연|카메오|배우|성우|목소리|프로듀서|Director|Cast|Starring|Writer|Producer)")
_ROLE_BEFORE = re.compile(rf"^(?:{_ROLE_WORD}[\s·&]*)+[:：]?\s*", re.I)
_ROLE_AFTER = re.compile(rf"\s*(?:{_ROLE_WORD})$", re.I)
_PAIR = re.compile(r"\s+[-—–→]\s+|\s*[:：]\s*")  # "기택 역: 송강호", "송강호 — 기택"


def _credit_names(entry: str) -> list[str]:
    """The public names in one credit line: the person, the character (without 역) and, for a
    character described by its job ("해양경찰 도경 역"), the character's own name too."""
    entry = _ROLE_BEFORE.sub("", entry.strip())
    if not entry:
        return []
    found = [_ROLE.sub(" ", entry).strip()]
    for inner in re.findall(r"[\(（]([^)）]*)[\)）]", entry):
        found.append(inner.strip())
    names: list[str] = []
    for part in found:
        for piece in _PAIR.split(part):
            piece = _ROLE_AFTER.sub("", _ROLE_BEFORE.sub("", re.sub(r"\s*역$", "", piece.strip())))
            if piece:
                names.append(piece)
                words = piece.split()
                if len(words) > 1 and len(words[-1]) >= 2 and re.fullmatch(r"[가-힣]+", words[-1]):
                    names.append(words[-1])  # 해양경찰 도경 → 도경
    return names


def mask(text: str, *, allow=None) -> MaskResult:
    """The text as it may be published: other people's personal information masked."""
    return mask_text(text or "", allow=catalogue_names() if allow is None else allow)


def record(result: MaskResult, *, source: str, object_id, part: str = "body",
           version: int | None = None) -> MaskingRecord | None:
    """Record that ``result`` masked something: entity types and counts only."""
    if not result.counts:
        return None
    return MaskingRecord.objects.create(
        source=source, object_id=str(object_id), part=part, version=version,
        entities=dict(sorted(result.counts.items())), total=sum(result.counts.values()))


def publish_text(text: str, *, source: str, object_id, part: str = "body",
                 version: int | None = None, allow=None) -> MaskResult:
    """Mask ``text`` for publication and record the masking in one call."""
    result = mask(text, allow=allow)
    record(result, source=source, object_id=object_id, part=part, version=version)
    return result


def records_for(source: str, object_id) -> list[MaskingRecord]:
    return list(MaskingRecord.objects.filter(Q(source=source) & Q(object_id=str(object_id)))
                .order_by("created_at", "pk"))

"""My Page as grouped cards a member reads on a phone (P8.1, issue 15).

The providers' export is the complete, machine-readable answer (the download); this
module turns the members app's part of it into what a person reads: each item's value
in words (Korean labels for coded values, dates in Korean, the carrier next to the
mobile number), and the identity verification as "본인확인 완료 (통신사, 일시)" instead
of the raw CI and DI, which mean nothing to a member and stay in the download only.
"""

from __future__ import annotations

from marquee.formatting import format_date, format_kst

from .models import Member

# The cards the member row's items fall into; anything else lands in 기본 정보.
IDENTITY_ITEMS = ("ci", "di")


def _label(choices, value) -> str:
    try:
        return choices(value).label
    except ValueError:
        return value


def _mobile(values: dict) -> str:
    number, carrier = values.get("mobile") or "", values.get("mobile_carrier") or ""
    return f"{number} ({carrier})" if number and carrier else number


FORMATTERS = {
    "birthdate": lambda v: format_date(v.get("birthdate")),
    "gender": lambda v: _label(Member.Gender, v.get("gender")) if v.get("gender") else "",
    "mobile": _mobile,
}


def _display(item: dict) -> str:
    formatter = FORMATTERS.get(item["key"])
    if formatter is not None:
        return formatter(item["values"])
    return " ".join(str(v) for v in item["values"].values() if v not in (None, ""))


def _row(item: dict) -> dict:
    return {"key": item["key"], "label": item["label"], "value": _display(item),
            "category": item["category"], "purposes": item["purposes"],
            "retention": item["retention"]}


def identity_summary(member: Member) -> str:
    """'본인확인 완료 (SKT, 2026년 12월 7일 (월) 01:21)', or that it is missing."""
    if not (member.ci or member.di) or member.identity_verified_at is None:
        return "본인확인 정보가 없습니다"
    parts = [p for p in (member.mobile_carrier, format_kst(member.identity_verified_at)) if p]
    return f"본인확인 완료 ({', '.join(parts)})"


def cards(member: Member, items: list[dict]) -> dict:
    """The member row's items split into the 기본 정보 and 본인확인 cards."""
    basic = [_row(i) for i in items if i["key"] not in IDENTITY_ITEMS]
    identity = [i for i in items if i["key"] in IDENTITY_ITEMS]
    return {
        "basic": basic,
        "identity": {
            "summary": identity_summary(member),
            "items": [{"key": i["key"], "label": i["label"], "category": i["category"],
                       "purposes": i["purposes"], "retention": i["retention"]}
                      for i in identity],
        },
    }

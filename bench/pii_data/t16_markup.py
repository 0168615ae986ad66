"""test16's markup (P11.2): a post is written once as text with its labels inline, so the
offsets are computed, never counted by hand.

``[[P:김민수]]`` is a span (the short code names its entity), ``{{ft:파묘}}`` a hard negative
(the short code names its kind). Everything else is the post's text as it stands."""

from __future__ import annotations

import re
from typing import NamedTuple

ENTITIES = {"P": "PERSON", "A": "ADDRESS", "PH": "PHONE", "E": "EMAIL", "R": "RRN", "F": "FRN",
            "C": "CARD", "AC": "ACCOUNT", "PP": "PASSPORT", "DL": "DRIVER_LICENSE", "IP": "IP"}

KINDS = {
    "ft": "film_title", "fn": "film_title_with_name", "act": "actor", "dir": "director",
    "chr": "character", "idol": "idol", "ath": "athlete", "pub": "public_figure",
    "yt": "creator", "wri": "author", "hist": "historical_figure", "cin": "cinema_name",
    "cph": "cinema_phone", "cad": "cinema_address", "biz": "business_name",
    "bph": "business_phone", "bad": "business_address", "brn": "business_registration_number",
    "bk": "booking_number", "ord": "order_number", "cpn": "coupon_code",
    "gift": "gift_card_number", "trk": "tracking_number", "appr": "approval_number",
    "rcpt": "receipt_number", "pts": "points", "seat": "seat", "time": "showtime",
    "price": "price", "date": "date", "scr": "screen_name", "run": "runtime",
    "age": "age_rating", "mph": "masked_phone", "mnm": "masked_name", "mem": "masked_email",
    "mcd": "masked_card", "macc": "masked_account", "mrrn": "masked_rrn",
    "fx": "form_example_name", "fxp": "form_example_phone", "fxe": "form_example_email",
    "hnd": "handle", "nick": "nickname", "op": "operator_contact", "pet": "pet_name",
    "word": "name_like_word", "plc": "place_name", "reg": "region_only", "sch": "school_name",
    "co": "company_name", "url": "url", "tag": "hashtag", "hot": "public_hotline",
    "song": "song_title", "drama": "drama_title", "book": "book_title", "ver": "app_version",
    "prod": "product_code", "evt": "event_code", "bus": "bus_route", "team": "team_name",
    "gov": "government_phone", "ep": "episode_number", "floor": "floor_or_hall",
    "kin": "kinship_term", "sabun": "employee_number", "grade": "membership_grade",
}

_LABEL = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(\w+):(.+?)\}\}")


class Post(NamedTuple):
    kind: str
    text: str
    spans: list
    negatives: list


def parse(kind: str, marked: str) -> Post:
    """The post ``marked`` stands for: plain text, spans and negatives with their offsets."""
    out, spans, negatives, at = [], [], [], 0
    for m in _LABEL.finditer(marked):
        out.append(marked[at:m.start()])
        start = sum(len(s) for s in out)
        if m.group(1):
            spans.append([start, start + len(m.group(2)), ENTITIES[m.group(1)]])
            out.append(m.group(2))
        else:
            negatives.append([start, start + len(m.group(4)), KINDS[m.group(3)]])
            out.append(m.group(4))
        at = m.end()
    out.append(marked[at:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text, marked
    assert kind.startswith("personal:") == bool(spans), (kind, marked)
    return Post(kind, text, spans, negatives)


def parse_all(rows: list[tuple[str, str, str]]) -> list[Post]:
    """``(side, style, marked)`` rows, side ``p`` (personal) or ``c`` (clean), as posts."""
    side = {"p": "personal", "c": "clean"}
    return [parse(f"{side[s]}:{style}", marked) for s, style, marked in rows]

"""The slot table of test8: what each ``{slot}`` in a template draws.

Span slots draw personal data, negative slots draw look-alikes that are not, plain
slots draw connective text (emoji, laughter, greetings) that varies the surface.
``CLEAN_SAFE`` is every slot a clean post may use; the generator asserts clean posts
never carry a span."""

from __future__ import annotations

import t8_names as names
import t8_negs as negs
import t8_places as places
import t8_values as values
from t8_doc import neg, plain, span


def _bank_account(rng):
    bank, number = values.account(rng)
    glue = rng.choice([" ", "은행 ", " ", "은행 계좌 ", " / "])
    if bank.endswith("뱅크") or bank.endswith("금고") or bank == "우체국":
        glue = rng.choice([" ", " / ", " 계좌 "])
    return [plain(bank + glue), span("ACCOUNT", number)]


def _account_only(rng):
    return span("ACCOUNT", values.account(rng)[1])


def _dl(rng):
    return span("DRIVER_LICENSE", values.driver_license(rng))


SPAN_SLOTS = {
    "name": lambda r: span("PERSON", names.any_person(r)),
    "kname": lambda r: span("PERSON", names.korean_name(r)),
    "rname": lambda r: span("PERSON", names.roman_name(r)),
    "fname": lambda r: span("PERSON", r.choice(names.FOREIGN_HANGUL + names.FOREIGN_LATIN)),
    "phone": lambda r: span("PHONE", values.phone(r)),
    "email": lambda r: span("EMAIL", values.email(r)),
    "rrn": lambda r: span("RRN", values.rrn(r)),
    "frn": lambda r: span("FRN", values.frn(r)),
    "card": lambda r: span("CARD", values.card(r)),
    "bankacct": _bank_account,
    "acct": _account_only,
    "passport": lambda r: span("PASSPORT", values.passport(r)),
    "dl": _dl,
    "ip": lambda r: span("IP", values.ip_address(r)),
    "addr": lambda r: span("ADDRESS", places.address(r)),
    "roadaddr": lambda r: span("ADDRESS", places.road_address(r)),
    "lotaddr": lambda r: span("ADDRESS", places.lot_address(r)),
    "enaddr": lambda r: span("ADDRESS", places.roman_address(r)),
}

NEG_SLOTS = {
    "film": lambda r: neg("TITLE", r.choice(names.TITLES)),
    "star": lambda r: neg("PUBLIC_FIGURE", r.choice(names.ACTORS)),
    "celeb": lambda r: neg("PUBLIC_FIGURE", r.choice(names.CELEBS)),
    "director": lambda r: neg("PUBLIC_FIGURE", r.choice(names.DIRECTORS)),
    "char": lambda r: neg("CHARACTER", r.choice(names.CHARACTERS)),
    "theatre": lambda r: neg("THEATRE", r.choice(names.THEATRES)),
    "handle": lambda r: neg("HANDLE", r.choice(names.HANDLES)),
    "booking": lambda r: neg("BOOKING", negs.booking(r)),
    "order": lambda r: neg("ORDER", negs.order(r)),
    "tracking": lambda r: neg("TRACKING", negs.tracking(r)),
    "pin": lambda r: neg("GIFT_PIN", negs.gift_pin(r)),
    "coupon": lambda r: neg("COUPON", negs.coupon(r)),
    "seat": lambda r: neg("SEAT", negs.seat(r)),
    "date": lambda r: neg("DATE", negs.date(r)),
    "price": lambda r: neg("PRICE", negs.price(r)),
    "version": lambda r: neg("VERSION", negs.version(r)),
    "barcode": lambda r: neg("PRODUCT", negs.barcode(r)),
    "voucher": lambda r: neg("VOUCHER", negs.voucher(r)),
    "ext": lambda r: neg("EXTENSION", f"내선 {r.randint(2000, 2999)}"),
    "maddr": lambda r: neg("MASKED", negs.masked(r, "address")),
    "model": lambda r: neg("MODEL", negs.model(r)),
    "masked": lambda r: neg("MASKED", negs.masked(r)),
    "mname": lambda r: neg("MASKED", negs.masked(r, "name")),
    "mphone": lambda r: neg("MASKED", negs.masked(r, "phone")),
    "mcard": lambda r: neg("MASKED", negs.masked(r, "card")),
    "mrrn": lambda r: neg("MASKED", negs.masked(r, "rrn")),
    "exphone": lambda r: neg("EXAMPLE", negs.example(r, "phone")),
    "exrrn": lambda r: neg("EXAMPLE", negs.example(r, "rrn")),
    "exmail": lambda r: neg("EXAMPLE", negs.example(r, "mail")),
    "excard": lambda r: neg("EXAMPLE", negs.example(r, "card")),
    "exorder": lambda r: neg("EXAMPLE", negs.example(r, "order")),
    "exip": lambda r: neg("EXAMPLE", negs.example(r, "ip")),
    "exname": lambda r: neg("EXAMPLE", r.choice(names.EXAMPLE_NAMES)),
    "agency": lambda r: neg("AGENCY", negs.agency(r)),
    "kisa": lambda r: neg("AGENCY", r.choice(negs.KISA)),
    "op": lambda r: neg("OPERATOR", negs.operator_contact(r)),
    "opphone": lambda r: neg("OPERATOR", negs.OPERATOR_PHONES[0]),
    "opmail": lambda r: neg("OPERATOR", r.choice(negs.OPERATOR_EMAILS)),
    "opfax": lambda r: neg("OPERATOR", negs.OPERATOR_PHONES[1]),
    "opaddr": lambda r: neg("OPERATOR", negs.OPERATOR_ADDRESS),
    "cpo": lambda r: neg("OPERATOR", r.choice(negs.OPERATOR_PEOPLE)),
    "region": lambda r: neg("REGION", places.region_mention(r)),
    "screen": lambda r: neg("FIGURE", negs.screen(r)),
    "runtime": lambda r: neg("FIGURE", negs.runtime(r)),
    "audience": lambda r: neg("FIGURE", negs.audience(r)),
    "rating": lambda r: neg("FIGURE", negs.rating(r)),
    "count": lambda r: neg("FIGURE", negs.count(r)),
    "ratio": lambda r: neg("FIGURE", negs.ratio(r)),
}

EMOJI = ["😊", "🙏", "🎬", "🍿", "😭", "👍", "❤️", "🔥", "🥲", "✨", "🤣", "😡", "🙇‍♀️", "💸"]
LAUGH = ["ㅋㅋ", "ㅋㅋㅋㅋ", "ㅎㅎ", "ㅠㅠ", "ㅜㅜ", "ㄷㄷ", "ㅎ", ";;", "!!", "~~"]
GREET = ["안녕하세요", "안녕하세요~", "안녕하십니까", "수고하십니다", "하이", "안녕하세여", "문의드려요"]
THANKS = ["감사합니다", "감사해요", "고맙습니다", "ㄳ", "감사합니당", "부탁드립니다", "부탁드려요 🙏"]

PLAIN_SLOTS = {
    "emo": lambda r: plain(r.choice(EMOJI)),
    "lol": lambda r: plain(r.choice(LAUGH)),
    "hi": lambda r: plain(r.choice(GREET)),
    "thx": lambda r: plain(r.choice(THANKS)),
}

CLEAN_SAFE = set(NEG_SLOTS) | set(PLAIN_SLOTS)


def drawer(rng):
    """A ``draw(name)`` function for ``Post.fill`` bound to ``rng``."""
    def draw(name: str):
        for table in (SPAN_SLOTS, NEG_SLOTS, PLAIN_SLOTS):
            if name in table:
                return table[name](rng)
        raise KeyError(f"unknown slot {{{name}}}")
    return draw

"""Value makers for test13 (P11.2): private identifiers in ordinary and odd layouts, private
addresses, and the look-alike numbers that must stay (orders, seats, coupons, gift cards)."""

from __future__ import annotations

from common import (
    CODE_ALPHABET,
    group,
    luhn_complete,
    random_digits,
    rrn_digits,
    to_fullwidth,
    to_hangul_digits,
    with_zero_width,
)
from t13_lex import (
    CHARACTERS,
    DIRECTORS,
    FOREIGN_HANGUL,
    FOREIGN_LATIN,
    GIVEN,
    PUBLIC,
    ROMAN,
    SURNAMES,
)

# public names that free-written posts also use as negatives
TAKEN = set(PUBLIC + DIRECTORS + CHARACTERS) | {"이우진", "이태신", "전두광", "장이수", "안중근",
                                                "박지환", "곽도원", "이유영", "정이삭", "곽경택"}


class Values:
    """One seeded source of every value, so the set is the same on every build."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    # --- names ---------------------------------------------------------------------------
    def korean(self) -> str:
        """A private Korean name that is never a public figure's or a character's (이 +
        우진 would be 올드보이's 이우진)."""
        while True:
            name = self.pick(SURNAMES) + self.pick(GIVEN)
            if name not in TAKEN:
                return name

    def given(self) -> str:
        return self.pick(GIVEN)

    def any_name(self) -> str:
        roll = self.r.random()
        if roll < 0.12:
            return self.pick(FOREIGN_HANGUL)
        if roll < 0.2:
            return self.pick(FOREIGN_LATIN)
        if roll < 0.27:
            return self.pick(ROMAN)
        return self.korean()

    # --- structured identifiers ----------------------------------------------------------
    def odd(self, value: str) -> str:
        """A layout trick on a written number: full-width, Hangul digits, O for 0,
        spaces, or invisible characters."""
        roll = self.r.random()
        if roll < 0.1:
            return to_fullwidth(value)
        if roll < 0.18:
            return to_hangul_digits(value)
        if roll < 0.25:
            return value.replace("0", "O")
        if roll < 0.32:
            return with_zero_width(value, self.r)
        if roll < 0.36 and "-" in value:
            head, tail = value.rsplit("-", 1)
            return f"{head}-\n{tail}"
        return value

    def phone(self) -> str:
        mid, end = random_digits(self.r, 4), random_digits(self.r, 4, False)
        sep = self.pick(["-", "-", " ", ".", "", " - "])
        form = self.pick(["010{s}{m}{s}{e}", "010{s}{m}{s}{e}", "+82 10{s}{m}{s}{e}",
                          "02{s}" + mid[:3] + "{s}{e}", "031{s}{m}{s}{e}", "010{s}{m}{s}{e}"])
        return self.odd(form.format(s=sep, m=mid, e=end))

    def email(self) -> str:
        user = self.pick(["sy", "minji", "hojun", "dandelion", "kkomi", "jh.park", "rlaeh",
                          "moon_river", "yoonseul", "bbang"]) + random_digits(self.r, 2, False)
        host = self.pick(["naver.com", "gmail.com", "daum.net", "kakao.com", "hanmail.net",
                          "korea.ac.kr", "nate.com"])
        roll = self.r.random()
        if roll < 0.15:
            return f"{user} [at] {host.replace('.', ' [dot] ')}"
        if roll < 0.25:
            return f"{user} 골뱅이 {host}"
        if roll < 0.32:
            return f"{user}(at){host}"
        if roll < 0.38:
            return f"{user}＠{host}"
        return f"{user}@{host}"

    def rrn(self, foreigner: bool = False) -> str:
        d = rrn_digits(self.r, foreigner=foreigner)
        sep = self.pick(["-", "-", " - ", "", " "])
        return self.odd(d[:6] + sep + d[6:])

    def card(self) -> str:
        if self.r.random() < 0.15:
            d = luhn_complete(self.pick(["34", "37"]), 15, self.r)
            return group(d, (4, 6, 5), self.pick(["-", " "]))
        d = luhn_complete(self.pick(["4", "5", "9410", "3560"]), 16, self.r)
        return self.odd(group(d, (4, 4, 4, 4), self.pick(["-", " ", "-", ""])))

    def account(self) -> str:
        shape = self.pick([(3, 6, 5), (6, 2, 6), (3, 2, 6), (4, 3, 6), (3, 4, 4, 2)])
        d = random_digits(self.r, sum(shape))
        return self.odd(group(d, shape, self.pick(["-", "-", " "])))

    def passport(self) -> str:
        if self.r.random() < 0.5:
            return self.pick("MS") + random_digits(self.r, 8, False)
        return (self.pick("MS") + random_digits(self.r, 3, False) + self.pick("ABCDEFGH")
                + random_digits(self.r, 4, False))

    def licence(self) -> str:
        d = self.pick(["11", "12", "13", "21", "26", "28"]) + random_digits(self.r, 10, False)
        return self.odd(group(d, (2, 2, 6, 2), self.pick(["-", "-", " "])))

    def ip(self) -> str:
        if self.r.random() < 0.2:
            return f"2001:db8:{self.r.randint(1, 0xffff):x}::{self.r.randint(1, 0xfff):x}"
        return ".".join(str(self.r.randint(1, 254)) for _ in range(4))

    # --- addresses -----------------------------------------------------------------------
    def address(self) -> str:
        city, gu, road = self.pick([
            ("서울", "강서구", "공항대로"), ("서울특별시", "노원구", "동일로"), ("부산", "사하구", "낙동대로"),
            ("경기도", "고양시 일산서구", "중앙로"), ("인천", "연수구", "컨벤시아대로"),
            ("대구", "수성구", "달구벌대로"), ("경기", "화성시", "동탄대로"), ("광주광역시", "북구", "용봉로")])
        n = self.r.randint(3, 980)
        apt = self.pick(["래미안", "푸르지오", "e편한세상", "주공", "힐스테이트", "한신", "현대"])
        form = self.pick(["{c} {g} {r} {n}", "{c} {g} {r} {n}, {d}동 {h}호",
                          "{c} {g} {r}{m}길 {n} {a}아파트 {d}동 {h}호", "{g} {r} {n} {f}층",
                          "{c} {g} {v}동 {n}-{m} {a} {d}동 {h}호", "{v}동 {n}-{m} 2층"])
        return form.format(c=city, g=gu, r=road, n=n, m=self.r.randint(1, 40), a=apt,
                           d=self.r.randint(101, 118), h=self.r.randint(101, 2304),
                           f=self.r.randint(2, 15), v=self.pick(["상계", "역삼", "연산", "만수", "봉명"]))

    # --- look-alikes (negatives) ---------------------------------------------------------
    def code(self, n: int) -> str:
        return "".join(self.pick(CODE_ALPHABET) for _ in range(n))

    def order_no(self) -> str:
        return self.pick(["", "MQ", "T"]) + "20261" + random_digits(self.r, 9, False)

    def booking(self) -> str:
        return f"{self.code(4)}-{self.code(4)}-{random_digits(self.r, 4, False)}"

    def coupon(self) -> str:
        return f"{self.code(4)} {self.code(4)} {self.code(4)}"

    def gift_card(self) -> str:
        return group(random_digits(self.r, 16), (4, 4, 4, 4), "-")

    def loyalty(self) -> str:
        return "MQ" + group(random_digits(self.r, 12), (4, 4, 4), " ")

    def seat(self) -> str:
        return f"{self.pick('ABCDEFGHJK')}열 {self.r.randint(1, 24)}번"

    def date(self) -> str:
        return self.pick(["12월 {d}일", "2026.12.{d:02d}", "12/{d}", "2026-12-{d:02d}"]).format(
            d=self.r.randint(1, 28))

    def time(self) -> str:
        return f"{self.r.randint(9, 23)}:{self.pick(['00', '10', '20', '35', '40', '55'])}"

    def price(self) -> str:
        return self.pick(["12,000원", "15,000원", "7,500원", "₩ 14,000", "33,000원", "9천원"])

    def audience(self) -> str:
        return self.pick(["1,312만 명", "관객 수 847만", "누적 10,012,345명", "천만 관객"])

    def version(self) -> str:
        return f"v{self.r.randint(3, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 9)}"

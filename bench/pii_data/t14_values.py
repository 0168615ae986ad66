"""test14's value makers for the templated half: people's names, phones, mail, addresses
and numbers written the many ways Korean posts write them (one seeded ``random.Random``)."""

from __future__ import annotations

import random

from common import group, luhn_complete, random_digits, rrn_digits, to_fullwidth, to_hangul_digits

SURNAMES = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황가복태목형피두감음빈동온호")
RARE = ["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"]
GIVEN = ("민준 서연 도윤 하은 시우 지유 주원 서윤 예준 지우 하준 수아 건우 지아 현우 채원 우진 다은 "
         "선우 예린 연우 소율 정우 은서 승현 가은 준영 하린 태민 유나 지환 세아 재원 나연 동현 윤아 "
         "상훈 미경 영숙 정자 순옥 경호 병철 만수 덕희 춘자 말순 용호 숙희 종태 혜진 성민 은정 "
         "보람 슬기 한솔 나래 아름 별 솔 결 담 율").split()
# foreign names and the part a friend calls them by (family name first for Korean, Chinese
# and Vietnamese names written in their own order)
LATIN = {"Emma Wilson": "Emma", "Lucas Martin": "Lucas", "Aiko Sato": "Aiko", "Nguyen Van An": "An",
         "Maria Garcia": "Maria", "Olga Ivanova": "Olga", "Kim Soo-ah": "Soo-ah",
         "Park Ji-hoon": "Ji-hoon", "David Brown": "David", "Fatima Khan": "Fatima",
         "Juan Lopez": "Juan", "Chen Wei": "Wei"}
HANGUL_FOREIGN = {"마리아 가르시아": "마리아", "응우옌 반 안": "안", "사토 아이코": "아이코",
                  "올가 이바노바": "올가", "존 스미스": "존", "파티마 칸": "파티마", "첸웨이": "웨이",
                  "루카스 마르탱": "루카스", "아만다 리": "아만다", "쩐 티 흐엉": "흐엉"}
ZW = "\u200b"
REGIONS = [("서울", ["강서구", "노원구", "은평구", "동작구", "성북구", "광진구"]),
           ("서울특별시", ["양천구", "중랑구", "관악구", "도봉구"]),
           ("경기도", ["수원시 영통구", "부천시", "의정부시", "남양주시", "김포시"]),
           ("경기", ["안양시 동안구", "시흥시", "파주시", "군포시"]),
           ("부산", ["수영구", "동래구", "북구"]), ("인천광역시", ["부평구", "서구", "계양구"]),
           ("대구", ["달서구", "북구"]), ("광주광역시", ["서구", "광산구"]), ("울산", ["남구", "중구"]),
           ("충남", ["천안시 서북구", "아산시"]), ("전북", ["전주시 완산구", "익산시"])]
ROADS = ["화곡로", "동일로", "통일로", "상도로", "보문로", "능동로", "신정로", "망우로", "중앙로", "경수대로",
         "금강로", "광명로", "평화로", "수영로", "충렬대로", "부평대로", "달구벌대로", "상무대로", "번영로"]
DONGS = ["화곡동", "상계동", "불광동", "사당동", "정릉동", "자양동", "신정동", "면목동", "망포동", "중동",
         "호원동", "평내동", "구래동", "비산동", "정왕동", "광안동", "명륜동", "부평동", "월성동"]
COMPLEX = ["현대아파트", "래미안", "푸르지오", "e편한세상", "힐스테이트", "자이", "주공3단지", "한신빌라",
           "쌍용스윗닷홈", "SK뷰", "대림빌라", "행복마을 5단지"]
BANKS = [("국민", (6, 2, 6)), ("신한", (3, 3, 6)), ("우리", (4, 3, 6)), ("하나", (3, 6, 5)),
         ("농협", (3, 4, 4, 2)), ("기업", (3, 6, 2, 3)), ("카카오뱅크", (4, 2, 7)), ("토스뱅크", (4, 4, 4)),
         ("새마을금고", (4, 2, 6, 1)), ("우체국", (6, 2, 6))]


class Values:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.last_given = "민수"

    def person(self) -> str:
        r = self.r
        roll = r.random()
        if roll < 0.14:
            names = LATIN if roll < 0.08 else HANGUL_FOREIGN
            name = r.choice(sorted(names))
            self.last_given = names[name]
            return name
        surname = r.choice(RARE) if roll < 0.24 else r.choice(SURNAMES)
        given = r.choice(GIVEN)
        self.last_given = given
        if roll > 0.93:
            return surname + " " + given
        if roll > 0.87:
            return ZW.join(surname + given)
        return surname + given

    def given(self) -> str:
        return self.last_given

    def phone(self) -> str:
        r = self.r
        mid, end = random_digits(r, 4), random_digits(r, 4, first_nonzero=False)
        style = r.randrange(10)
        if style == 7:
            return f"0{r.choice(['2', '31', '32', '51', '42'])}-{random_digits(r, 3)}-{end}"
        base = {0: f"010-{mid}-{end}", 1: f"010 {mid} {end}", 2: f"010{mid}{end}",
                3: f"010.{mid}.{end}", 4: f"+82 10-{mid}-{end}", 5: f"010-{mid}-{end}",
                6: f"010 - {mid} - {end}", 8: f"010-{mid}-{end}", 9: f"010/{mid}/{end}"}[style]
        if r.random() < 0.08:
            return to_fullwidth(base)
        if r.random() < 0.06:
            return to_hangul_digits(base)
        return base

    def email(self) -> str:
        r = self.r
        local = r.choice(["mj", "sy", "hana", "jjh", "love", "dream", "blue", "kyh", "zzang", "minji"])
        local += r.choice(["", ".", "_"]) + random_digits(r, r.choice([2, 4]), first_nonzero=False)
        dom, tld = r.choice([("naver", "com"), ("gmail", "com"), ("daum", "net"), ("hanmail", "net"),
                             ("kakao", "com"), ("nate", "com"), ("korea", "kr")])
        style = r.randrange(8)
        if style == 5:
            return f"{local} 골뱅이 {dom} 점 {tld}"
        if style == 6:
            return f"{local}(at){dom}.{tld}"
        if style == 7:
            return f"{local} @ {dom} . {tld}"
        return f"{local}@{dom}.{tld}"

    def address(self) -> str:
        r = self.r
        city, gus = r.choice(REGIONS)
        gu = r.choice(gus)
        kind = r.randrange(5)
        if kind == 0:
            return f"{city} {gu} {r.choice(ROADS)} {r.randint(1, 480)}, {r.choice(COMPLEX)} " \
                   f"{r.randint(101, 120)}동 {r.randint(1, 25)}0{r.randint(1, 6)}호"
        if kind == 1:
            return f"{city} {gu} {r.choice(ROADS)}{r.randint(2, 60)}번길 {r.randint(3, 99)}-{r.randint(1, 20)}" \
                   f" {r.randint(2, 5)}층"
        if kind == 2:
            return f"{city} {gu} {r.choice(DONGS)} {r.randint(100, 1499)}-{r.randint(1, 40)} " \
                   f"{r.choice(COMPLEX)} {r.randint(1, 9)}동 {r.randint(1, 5)}0{r.randint(1, 4)}호"
        if kind == 3:
            return f"{gu} {r.choice(DONGS)} {r.randint(10, 999)}-{r.randint(1, 30)} {r.choice(['1층', '반지하', '옥탑'])}"
        return f"{r.choice(COMPLEX)} {r.randint(101, 130)}동 {r.randint(1, 30)}0{r.randint(1, 4)}호"

    def rrn(self) -> str:
        d = rrn_digits(self.r)
        return self._split13(d)

    def frn(self) -> str:
        return self._split13(rrn_digits(self.r, foreigner=True))

    def _split13(self, d: str) -> str:
        style = self.r.randrange(5)
        return {0: d, 1: f"{d[:6]} {d[6:]}", 4: f"{d[:6]} - {d[6:]}"}.get(style, f"{d[:6]}-{d[6:]}")

    def card(self) -> str:
        r = self.r
        d = luhn_complete(r.choice(["4", "5", "9410", "3565", "6250"]), 16, r)
        return group(d, (4, 4, 4, 4), r.choice(["-", " ", "-", ""]))

    def account(self) -> str:
        r = self.r
        bank, sizes = r.choice(BANKS)
        number = group(random_digits(r, sum(sizes)), sizes, r.choice(["-", "-", ""]))
        return f"{bank} {number}" if r.random() < 0.5 else number

    def passport(self) -> str:
        r = self.r
        if r.random() < 0.5:
            return r.choice("MSRG") + random_digits(r, 8)
        return r.choice("MS") + random_digits(r, 3) + r.choice("ABCDE") + random_digits(r, 4)

    def licence(self) -> str:
        r = self.r
        body = f"{r.randint(11, 28)}-{r.randint(90, 99) % 100:02d}-{random_digits(r, 6)}-{random_digits(r, 2)}"
        if r.random() < 0.3:
            return f"{r.choice(['서울', '경기', '부산', '대구'])} {body[3:]}"
        return body

    def ip(self) -> str:
        r = self.r
        return f"{r.choice([1, 14, 27, 39, 59, 61, 106, 112, 121, 175, 211, 218, 223])}.{r.randint(0, 255)}" \
               f".{r.randint(0, 255)}.{r.randint(1, 254)}"

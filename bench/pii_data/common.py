"""Shared pieces for the synthetic Korean board-post generators (bench only).

A post is assembled from plain strings and labelled pieces; :class:`Post` tracks offsets
so every personal-information span and every hard negative is labelled exactly.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
HANGUL_DIGITS = "공일이삼사오육칠팔구"
FULLWIDTH = {str(d): chr(0xFF10 + d) for d in range(10)} | {"-": "－", "@": "＠", ".": "．"}


@dataclass
class Post:
    kind: str
    parts: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    def add(self, text: str, entity: str | None = None, negative: str | None = None) -> Post:
        self.parts.append((text, entity, negative))
        return self

    def build(self, pid: str) -> dict:
        text, spans, negs, pos = [], [], [], 0
        for chunk, entity, negative in self.parts:
            if entity:
                spans.append([pos, pos + len(chunk), entity])
            if negative:
                negs.append([pos, pos + len(chunk), negative])
            text.append(chunk)
            pos += len(chunk)
        return {"id": pid, "kind": self.kind, "text": "".join(text), "spans": spans,
                "negatives": negs}


def has_batchim(word: str) -> bool:
    c = word[-1]
    return "가" <= c <= "힣" and (ord(c) - 0xAC00) % 28 != 0


def josa(word: str, after_consonant: str, after_vowel: str) -> str:
    """The particle form that follows ``word`` (이/가, 은/는, 이랑/랑, 으로/로 …)."""
    return after_consonant if has_batchim(word) else after_vowel


def write_jsonl(path, posts) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p, ensure_ascii=False) + "\n")


# --- identifiers ----------------------------------------------------------------------------

def build_sets(g, positive, clean, n_pos: int, n_clean: int, tags: tuple[str, str]
               ) -> tuple[list[dict], list[dict]]:
    """A development set and its clean twin from one generator ``g`` (with its ``r``):
    ``n_pos`` posts from the ``positive`` makers in turn (shuffled), each named after its
    maker, and ``n_clean`` posts from ``clean(g)``; ids ``<tag>-0000``."""
    makers = [positive[i % len(positive)] for i in range(n_pos)]
    g.r.shuffle(makers)
    pos = []
    for i, make in enumerate(makers):
        p = Post(make.__name__.strip("_"))
        make(g, p)
        pos.append(p.build(f"{tags[0]}-{i:04d}"))
    return pos, [clean(g).build(f"{tags[1]}-{i:04d}") for i in range(n_clean)]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        digits = body + check
        total = 0
        for i, ch in enumerate(reversed(digits)):
            d = int(ch)
            if i % 2:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        if total % 10 == 0:
            return digits
    raise AssertionError


def rrn_digits(rng: random.Random, foreigner: bool = False, valid_checksum: bool | None = None) -> str:
    yy = rng.randint(0, 99)
    mm = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    born_2000s = yy <= 24 and rng.random() < 0.5
    if foreigner:
        s = rng.choice("78" if born_2000s else "56")
    else:
        s = rng.choice("34" if born_2000s else "12")
    body = f"{yy:02d}{mm:02d}{dd:02d}{s}" + "".join(rng.choice("0123456789") for _ in range(5))
    if valid_checksum is None:
        valid_checksum = rng.random() < 0.5  # post-2020 numbers are random after S
    w = (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)
    total = sum(int(d) * k for d, k in zip(body, w, strict=True))
    check = ((13 if foreigner else 11) - total % 11) % 10
    if not valid_checksum:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def random_digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and d[0] == "0":
        d = rng.choice("123456789") + d[1:]
    return d


def group(digits: str, sizes, sep: str) -> str:
    out, i = [], 0
    for s in sizes:
        out.append(digits[i:i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


def booking_number(rng: random.Random) -> str:
    raw = "".join(rng.choice(CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


def voucher_code(rng: random.Random) -> str:
    raw = "".join(rng.choice(CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def to_fullwidth(s: str) -> str:
    return "".join(FULLWIDTH.get(c, c) for c in s)


def to_hangul_digits(s: str) -> str:
    return "".join(HANGUL_DIGITS[int(c)] if c.isdigit() else c for c in s)


def with_zero_width(s: str, rng: random.Random) -> str:
    zw = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"]
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and rng.random() < 0.3:
            out.append(rng.choice(zw))
    return "".join(out)


# --- catalogue (allow-list): cast, crew, characters, theatres ----------------------------------

CAST = ["정우성", "전지현", "송강호", "이정재", "김혜수", "황정민", "마동석", "손석구", "김태리", "박보영",
        "이병헌", "한효주", "공유", "김고은", "류준열", "전도연", "설경구", "하정우", "김윤석", "조진웅",
        "박서준", "아이유", "한소희", "송중기", "김다미", "최우식", "박정민", "이성민", "유아인", "윤여정",
        "정해인", "김지원", "손예진", "현빈", "이하늬", "조정석", "라미란", "진선규", "염정아", "엄태구"]
CREW = ["봉준호", "박찬욱", "이창동", "류승완", "나홍진", "최동훈", "김지운", "윤제균", "연상호", "홍상수",
        "장준환", "김한민", "변성현", "엄유나", "정지우", "이준익", "김용화", "강형철", "우민호", "허진호"]
CHARACTERS = ["도민준", "천송이", "성기훈", "조상우", "오일남", "김기택", "박동익", "문동은", "박연진",
              "서래", "해준", "이순신", "장만옥", "강철중", "우영우", "염미정", "구씨", "백승수", "차은우",
              "한서준"]
THEATRES = ["마키 강남", "마키 홍대점", "마키 용산아이파크몰", "마키 부산서면", "마키 대구동성로",
            "Marquee 코엑스", "마키 수원광교", "마키 일산", "마키 판교", "마키 제주노형"]
MOVIES = ["범죄도시4", "파묘", "서울의 봄", "베테랑2", "하얼빈", "외계+인", "핸섬가이즈", "탈주", "리볼버",
          "하이재킹", "댓글부대", "시민덕희", "밀수", "콘크리트 유토피아", "노량", "소풍", "원더랜드"]


def catalogue() -> list[str]:
    return CAST + CREW + CHARACTERS + THEATRES

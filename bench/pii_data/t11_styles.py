"""Post styles for test11 (P11.2). A style wraps a post's sentences (lists of labelled
pieces) into one layout; clean and personal posts draw styles alike, so a style tells
nothing about whether a post holds personal data."""

from __future__ import annotations

from t11_slots import expand

Pieces = list[tuple[str, str | None, str | None]]

DIALECT = [("해요", "해예"), ("했어요", "했심더"), ("거든요", "거든예"), ("진짜", "억수로"),
           ("뭐", "머"), ("그래서", "그래가"), ("하는데", "하는디"), ("있어요", "있어라"),
           ("좋았어요", "좋았당께"), ("너무", "겁나"), ("입니다", "이라예"), ("했다", "했다카이")]
FILLERS_EN = ["lol", "btw", "honestly", "anyway", "FYI", "no spoilers", "10/10", "IMO", "ㅋㅋ", "tbh"]


def _plain(pieces: Pieces, change) -> Pieces:
    return [(change(t), e, n) if e is None and n is None else (t, e, n) for t, e, n in pieces]


def _join(sentences: list[Pieces], sep: str) -> Pieces:
    out: Pieces = []
    for i, s in enumerate(sentences):
        if i:
            out.append((sep, None, None))
        out.extend(s)
    return out


def _lines(rng, sentences, make_prefix) -> Pieces:
    out: Pieces = []
    for i, s in enumerate(sentences):
        out.extend(make_prefix(i))
        out.extend(s)
        out.append(("\n", None, None))
    return out[:-1]


def messenger(rng, sentences, ctx):
    return _lines(rng, sentences, lambda i: [("[", None, None), *expand("{time}", rng, ctx),
                                            ("] " + rng.choice(["나", "ㅇㅇ", "익명", "나나"]) + ": ", None, None)])


def complaint(rng, sentences, ctx):
    head = rng.choice(["안녕하십니까. 고객센터 담당자님께 민원 드립니다.\n", "[민원] 처리 요청\n\n",
                       "담당자님께,\n"])
    tail = rng.choice(["\n조속한 확인과 회신 부탁드립니다.", "\n이상입니다. 감사합니다.",
                       "\n답변 기다리겠습니다."])
    return [(head, None, None), *_join(sentences, " "), (tail, None, None)]


def review(rng, sentences, ctx):
    stars = rng.choice(["★★★★★ ", "★★★☆☆ ", "평점 4/5 ", "⭐⭐⭐⭐ ", "★☆☆☆☆ "])
    return [(stars, None, None), *_join(sentences, " "),
            (rng.choice(["", " 재관람 의사 있음", " (스포 없음)", " 추천!"]), None, None)]


def bullets(rng, sentences, ctx):
    mark = rng.choice(["- ", "• ", "* ", "1) "])
    return _lines(rng, sentences, lambda i: [(mark if mark != "1) " else f"{i + 1}) ", None, None)])


def table(rng, sentences, ctx):
    head = [("| 번호 | 내용 |\n|---|---|\n", None, None)]
    return head + _lines(rng, sentences, lambda i: [(f"| {i + 1} | ", None, None)])


def mixed_en(rng, sentences, ctx):
    out: Pieces = []
    for s in sentences:
        out.extend(s)
        out.append((f" {rng.choice(FILLERS_EN)} ", None, None))
    return out[:-1]


def dialect(rng, sentences, ctx):
    def change(t: str) -> str:
        for a, b in DIALECT:
            t = t.replace(a, b)
        return t
    return _plain(_join(sentences, " "), change)


def typos(rng, sentences, ctx):
    def change(t: str) -> str:
        chars = list(t)
        for _ in range(max(1, len(chars) // 25)):
            if len(chars) > 3:
                i = rng.randrange(len(chars))
                chars[i] = rng.choice([chars[i] * 2, "", chars[i] + " ", chars[i]])
        return "".join(chars)
    return _plain(_join(sentences, rng.choice([" ", "ㅋㅋ ", ".. ", "ㅠ "])), change)


def qna(rng, sentences, ctx):
    q, a = sentences[: max(1, len(sentences) // 2)], sentences[max(1, len(sentences) // 2):]
    out: Pieces = [("Q. ", None, None), *_join(q, " ")]
    if a:
        out += [("\nA. ", None, None), *_join(a, " ")]
    return out


def reply(rng, sentences, ctx):
    return _lines(rng, sentences, lambda i: [("└ " if i else "", None, None)] + (
        expand("{handle}: ", rng, ctx) if i else []))


def sns(rng, sentences, ctx):
    tags = [(" #", None, None), *expand(rng.choice(["{tnum}", "{tname}"]), rng, ctx),
            (rng.choice([" #영화스타그램", " #마키", " #관람후기", ""]), None, None)]
    return [*_join(sentences, " "), *tags]


def letter(rng, sentences, ctx):
    head = [("제목: " + rng.choice(["문의드립니다", "건의사항", "확인 부탁", "Re: 답변"]) + "\n\n", None, None)]
    return head + _join(sentences, "\n") + [("\n\n-- 모바일에서 보냄", None, None)]


def thread(rng, sentences, ctx):
    head = [("[" + rng.choice(["자유게시판", "관람후기", "나눔장터", "고객의소리"]) + "] 작성자 ", None, None),
            *expand("{handle}", rng, ctx), ("\n", None, None)]
    return head + _join(sentences, "\n")


def memo(rng, sentences, ctx):
    return [("메모) ", None, None), *_join(sentences, " / ")]


def plain(rng, sentences, ctx):
    return _join(sentences, rng.choice([" ", "\n", "  "]))


STYLES = {f.__name__: f for f in (messenger, complaint, review, bullets, table, mixed_en, dialect,
                                   typos, qna, reply, sns, letter, thread, memo, plain)}

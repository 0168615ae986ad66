"""Roughening of literal text for test9: the spacing errors, typos and chat endings real
posts have. Only the words around values change, never a value, so offsets stay exact."""

from __future__ import annotations

SWAPS = [("돼요", "되요"), ("않", "안"), ("습니다", "슴다"), ("어요", "어여"), ("에요", "예요"),
         ("겠", "겟"), ("했", "햇"), ("있", "잇"), ("좀", "쫌"), ("진짜", "ㄹㅇ"), ("감사", "감샤"),
         ("그래서", "그래서ㅠ"), ("데요", "데여"), ("합니다", "함다"), ("주세요", "주세여")]


def roughen(r, level: float):
    """A function that roughens literal text with probability ``level`` per change."""

    def apply(text: str) -> str:
        for old, new in SWAPS:
            if old in text and r.random() < level:
                text = text.replace(old, new, 1)
        if " " in text.strip() and r.random() < level:
            cut = [i for i, c in enumerate(text) if c == " " and 0 < i < len(text) - 1]
            if cut:
                i = r.choice(cut)
                text = text[:i] + text[i + 1:]
        if r.random() < level / 3 and text.endswith((".", "요", "다")):
            text += r.choice(["ㅋㅋ", "ㅠㅠ", "~", "!!", "ㅎ"])
        return text
    return apply

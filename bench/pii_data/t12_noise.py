"""test12's noise (P11.2): typos, spacing errors, emoji and invisible characters written
into the unlabelled text only, so a label never moves or changes while the words around
it stop looking like clean Korean."""

from __future__ import annotations

import random

EMOJI = ["😂", "🥲", "🍿", "🎬", "👍", "🙏", "😭", "✨", "🔥", "💕", "ㅎㅎ", "^^", "~~"]
INVISIBLE = ["\u200b", "\u200c", "\u2060", "\ufeff"]


def garble(text: str, r: random.Random) -> str:
    """Spaces dropped or added, a syllable doubled, an ending's ㅅ lost (했→햇)."""
    out = []
    for ch in text:
        if ch == " " and r.random() < 0.3:
            continue
        out.append(ch)
        if "가" <= ch <= "힣":
            x = r.random()
            if x < 0.03:
                out.append(ch)
            elif x < 0.06:
                out.append(" ")
    return "".join(out).replace("했", "햇").replace("있", "잇")


def sprinkle(text: str, r: random.Random) -> str:
    """An emoji at the end of a sentence, now and then an invisible character in a word."""
    if r.random() < 0.3 and text.endswith((".", "!", "?", "요", "다", "음")):
        text += " " + r.choice(EMOJI)
    if r.random() < 0.08 and len(text) > 4:
        i = r.randint(1, len(text) - 2)
        if text[i - 1] != " " and text[i] != " ":
            text = text[:i] + r.choice(INVISIBLE) + text[i:]
    return text


def apply(parts: list[tuple[str, str | None, str | None]], r: random.Random, typos: bool
          ) -> list[tuple[str, str | None, str | None]]:
    """``parts`` with their unlabelled pieces made noisy (garbled too when ``typos``)."""
    out = []
    for text, entity, negative in parts:
        if entity is None and negative is None and text.strip():
            core = text.strip(" ")
            lead, trail = text[:len(text) - len(text.lstrip(" "))], text[len(text.rstrip(" ")):]
            core = sprinkle(garble(core, r) if typos else core, r)
            text = lead + core + trail
        out.append((text, entity, negative))
    return out

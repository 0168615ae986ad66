"""Board handles are no names (P11.2).

A community board shows its members by the nickname they chose (the board alias), and its
posts mention one another the same way: ``@은하수 님 말 맞아요``, ``닉네임 현미밥 입니다``.
A nickname is the public face the member picked for the board, not the name on their
identity card, so a word right after ``@`` or after a nickname label is left alone, even
when its syllables could make a Korean name (권태기, 은하수). The same word elsewhere in
the post, with no ``@`` or label, is judged as any other word.
"""

from __future__ import annotations

import re

_HANDLE_BEFORE = re.compile(r"(?:@|(?:닉네임|닉넴|대화명|별명|아이디|ID|Id|id)[ \t]*[:：]?[ \t]*)$")


def is_handle(entity: str, text: str, start: int) -> bool:
    """Is the PERSON candidate starting at ``start`` a mention or a labelled nickname?"""
    return entity == "PERSON" and _HANDLE_BEFORE.search(text, max(0, start - 8), start) is not None

"""Names that stand for nobody: the filled-in example of a form, and names already masked
(P11.2, round 9, issue 16). Used by ``placeholders.is_placeholder``.

* **An example form**: a block of ``label: value`` lines under a heading that says it is an
  example (``응모 양식 예시``, ``작성 예``, ``Sample``) shows what to type, so its values are
  examples, but only when another value of the block is a stand-in too (a zero or ``X``
  number, a counting-up dummy, a bracketed instruction such as ``(실명)`` or ``(도로명 주소로
  입력)``). A member who writes ``양식 예시대로 작성합니다`` over real details has none, and
  is masked. Also ``예시 이름은 X`` (the example cue on the label itself) and ``예) X /
  010-0000-0000`` (an example cue right before the name, a stand-in number on its line).
* **A name already masked**: a surname followed only by mask characters (``박OO``, ``이X``,
  ``정○○``, ``김**``) or by ``모`` before ``씨``, the convention for "a certain …" (``한모씨``, ``김모 씨``;
  ``나모 이모``, a given name, stays).
  Masking it again changes a post that holds no personal data.
"""

from __future__ import annotations

import re

_EXAMPLE_HEADING = re.compile(r"예시(?!대로|처럼|와[ \t]?같이|랑[ \t]?같이)|샘플|작성[ \t]?예(?![약매])|"
                              r"입력[ \t]?예(?![약매])|[Ee]xample|[Ss]ample")
_FIELD = re.compile(r"^[ \t]*[^\n:：]{1,12}[:：][ \t]*(.*)$")
_STAND_IN_VALUE = re.compile(r"^[ \t]*(?:[(（\[][^)）\]\n]{1,20}[)）\]]|"
                             r"[0-9Xx*]{2,4}[-. ]?(?:[0X*x]{3,4}|[X*x]{3,4})[-. ]?(?:[0X*x]{4}|[X*x]{4})|"
                             r"0+(?:[-. ]0+)+)[ \t]*$")
_DUMMY_DIGITS = ("01012345678", "0101234567", "1234567890", "0000000000")
_LABEL_CUE = re.compile(r"예시[ \t]?(?:이름|성명|성함|name)[ \t]*(?:은|는|:|：|=)?[ \t]*$", re.I)
_INLINE_CUE = re.compile(r"(?:예\s*[:：)]|예시\s*[:：)]?|예를\s*들어|ex\)|e\.g\.)[\s(\"'“‘]*"
                         r"(?:(?:이름|성명|성함|name)\s*[:：]?\s*)?$", re.I)
_LINE_CUE = re.compile(r"[(\[]\s*(?:예시|example|sample)\s*[)\]]", re.I)  # "… (example)" on the line
_NUMBER = re.compile(r"[0-9Xx*][0-9Xx* .\-]{6,}[0-9Xx*]")
_ANY_CUE = re.compile(r"예시|예\s*[:：)]|예를|샘플|작성[ \t]?예|입력[ \t]?예|[Ee]xample|[Ss]ample|ex\)|e\.g\.", re.I)
_MASK_CHARS = "OoXx○●◯◎*＊△□■"
_MASKED_GIVEN = re.compile(rf"^[가-힣](?:[{re.escape(_MASK_CHARS)}][ \t]?){{1,3}}$|^[가-힣][{re.escape(_MASK_CHARS)}][가-힣]$")
_CERTAIN = re.compile(r"[ \t]?씨")  # 김모 씨: "a certain Kim"; 나모 이모 (a given name) stays


def _block_lines(text: str, pos: int) -> tuple[list[str], int]:
    """The lines of ``pos``'s paragraph (no blank line between) and the index of its line."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start == -1 else start + 2
    end = text.find("\n\n", pos)
    lines = text[start:len(text) if end == -1 else end].split("\n")
    return lines, text.count("\n", start, pos)


def _stand_in(value: str) -> bool:
    if _STAND_IN_VALUE.match(value):
        return True
    return re.sub(r"[^0-9]", "", value) in _DUMMY_DIGITS


def in_example_form(text: str, start: int) -> bool:
    """Is ``start`` the value of a field in a form that its heading calls an example?"""
    lines, here = _block_lines(text, start)
    if not _FIELD.match(lines[here]):
        return False
    heading = next((i for i in range(here - 1, -1, -1) if not _FIELD.match(lines[i])), None)
    if heading is None or not _EXAMPLE_HEADING.search(lines[heading]):
        return False
    fields = [m.group(1) for i, line in enumerate(lines) if i > heading and i != here
              and (m := _FIELD.match(line))]
    return any(_stand_in(v) for v in fields)


def _inline_example(text: str, start: int, end: int) -> bool:
    """``예) X / 010-0000-0000`` or ``Name: X / Phone: 000-0000-0000 (example)``: an example cue
    right before the name or in brackets on its line, and a stand-in number after the name on
    that line (a real-looking number keeps the name a member's)."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if not (_INLINE_CUE.search(text, max(0, start - 24), start) or _LINE_CUE.search(text, line_start, line_end)):
        return False
    rest = text[end:line_end]
    return any(_stand_in(m.group()) for m in _NUMBER.finditer(rest))


_LAST_CUE: list[tuple[str, bool]] = [("", False)]  # the last post scanned, and its answer


def _any_cue(text: str) -> bool:
    """``_ANY_CUE`` in ``text``, scanned once a post: the engine asks for every PERSON
    candidate of the same text object (round 10). One tuple, read and replaced whole."""
    last = _LAST_CUE[0]
    if last[0] is text:
        return last[1]
    found = _ANY_CUE.search(text) is not None
    _LAST_CUE[0] = (text, found)
    return found


def example_name(text: str, start: int, end: int) -> bool:
    """A name shown as the example: ``예시 이름은 X``, ``예) X / 010-0000-0000``, or a field of
    an example form."""
    if not _any_cue(text):  # most posts: one scan instead of three
        return False
    return bool(_LABEL_CUE.search(text, max(0, start - 16), start)) or in_example_form(text, start) \
        or _inline_example(text, start, end)


def masked_name(text: str, start: int, end: int) -> bool:
    """A name that is already masked (``박OO``, ``이X``, ``정○수``) or a "certain" one (``한모씨``)."""
    value = text[start:end].strip()
    if start >= 2 and text[start - 1] in _MASK_CHARS and "가" <= text[start - 2] <= "힣":
        return True  # round 13: the given name left of a masked name (``오*민재``, ``권○하람``)
    if len(value) == 2 and value[1] == "모" and "가" <= value[0] <= "힣":
        return _CERTAIN.match(text, end) is not None
    return bool(_MASKED_GIVEN.match(value))

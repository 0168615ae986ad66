"""P11.2, issue 16, round 14 (piirecall17): PERSON misses by category, second pass, read from
test15's misses. Every name and sentence below is invented for these tests (none is copied from
an evaluation set). Each positive case fails on the masker before this round; each look-alike
stays unmasked.

Categories: a full name before a company rank in an e-mail greeting (``lexicon.HONORIFICS``); a
given name spaced after its first syllable and written whole again (``familiar``, ``coref``); a
surname spaced from its given name before a copula (``spacedslots``).
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import morph
from marquee.privacy.pii.coref import corefer

from .test_pii_recall_round12 import _all_masked, found

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("김보람 책임님, 다음 주 시사회 좌석 배정표 보내드립니다.", ["김보람"]),
    ("이세희 선임님, 단체관람 견적 회신드립니다", ["이세희"]),
    ("조아름 프로님, 상영관 대관 건 보고드립니다", ["조아름"]),
])
def test_p11_2_full_name_before_a_company_rank(text, names):
    """P11.2: 책임님, 선임님, 수석님 … after a full name are honorifics like 과장님."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("도 윤이랑 같이 봤는데 도윤이 중간에 잠듦ㅋㅋ", ["도윤"]),
    ("우리 반 시 헌이가 표 쏨 시헌 최고", ["시헌"]),
    ("소 율: 표 샀어\n나: ㅇㅋ 소율아 고마워", ["소율"]),
])
def test_p11_2_given_name_spaced_then_written_whole(text, names):
    """P11.2: a name spaced after its first syllable (or a spaced chat speaker) is a person,
    and its later unspaced use is masked too."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("어제 분실물 문의 드린 표 채은입니다. 연락 부탁드려요", ["표 채은"]),
])
def test_p11_2_spaced_name_before_a_copula(text, names):
    """P11.2: a surname spaced from a given name Kiwi splits (채은) before 입니다 is a person."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "오늘 책임님 회의 있어서 영화는 다음에 봐요",
    "한 번이 아니라 한번이 더 봤어요",
    "이 영화입니다 제가 말한 거",
    "이 가격이에요? 이 정도면 괜찮네",
    "그 사람이 좋아 그사람 연기가",
    "다 봤어요 다봤음",
])
def test_p11_2_look_alikes_stay(text):
    """P11.2: a rank word with no name, spaced ordinary words and a spaced demonstrative before
    a noun and a copula are not names."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("Park랑 Yuna랑 봤어요 Yuna가 한국 영화 처음이래요", ["Park", "Yuna"]),
    ("Oliver 씨 내일 몇 시에 오세요?", ["Oliver"]),
    ("Seojin님 자리는 G열이에요", ["Seojin"]),
    ("> Sean O'Brien wrote:\n> I lost my bag at the desk.\n\nSean씨 가방은 보관중입니다.", ["Sean O'Brien", "Sean"]),
])
def test_p11_2_single_latin_word_with_a_korean_title_or_particle(text, names):
    """P11.2: a first name, a Korean surname or two romanised Korean syllables before 씨/님, or
    twice / beside another with a particle, is a person; coreference takes its full name."""
    _all_masked(text, names)


@pytest.mark.parametrize("text", [
    "Netflix랑 Disney랑 비교하면 Netflix가 낫다",
    "Marvel이 또 망함 Marvel이 문제",
    "IMAX랑 Dolby랑 비교해봤어요",
])
def test_p11_2_brands_with_particles_stay(text):
    """P11.2: brand words take the same particles and stay unmasked."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("도현\n몇 시에 만나?\n\n나\n6시 반 어때\n\n도현\nㅇㅋ 매점 앞", ["도현"]),
    ("지아랑 하윤이랑 같이 봤어요", ["지아", "하윤"]),
])
def test_p11_2_block_speakers_and_a_second_friend(text, names):
    """P11.2: a speaker on a line of its own in a phone export, and a first friend before a
    second one with 랑 in the company frame."""
    _all_masked(text, names)


def test_p11_2_familiar_i_coreference():
    """P11.2: a name found with the familiar 이 glued on repeats without it (coref)."""
    text = "우리 아들 하준이의 첫 영화! 보러 감. 하준 표는 아빠 이름으로 예매함"
    s = text.index("하준이")
    hits = corefer(text, [(s, s + 3, 0.78)])
    assert [text[h.start:h.end] for h in hits] == ["하준"]


def test_p11_2_glued_particle_coreference():
    """P11.2: a vowel-final given name found with its particle (지우가, read as one word)
    repeats without it."""
    text = "지우가 제일 신남 키즈관 좋아요 (+ 지우 추가)"
    hits = corefer(text, [(0, 3, 0.85)])
    assert [text[h.start:h.end] for h in hits] == ["지우"]


@pytest.mark.parametrize("text", [
    "후기\n재밌었어요\n\n공지\n내일 휴무\n\n안내\n주차 가능",
    "친구랑 동생이랑 셋이서 봤어요",
])
def test_p11_2_paragraph_heads_and_relations_stay(text):
    """P11.2: paragraphs headed by a word, and relations in the company frame, are not names."""
    assert found(text) == []


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("둘째가 친구들(은비, 가온, 우진)이랑 조조 영화 본대요", ["은비", "가온", "우진"]),
    ("키즈 상영 단체 예약해요. 아이 이름: 지안, 서후, 로아", ["로아"]),
])
def test_p11_2_bare_given_names_in_a_list(text, names):
    """P11.2: given names in a bracket after 친구들/애들, and a dictionary-noun given name in a
    cued list whose other members are names, are people."""
    _all_masked(text, names)


@pytest.mark.parametrize("text", [
    "간식(팝콘, 콜라, 나초)이랑 같이 먹었어요",
    "친구들(오늘, 내일, 모레) 다 바쁘대요",
])
def test_p11_2_bracketed_things_stay(text):
    """P11.2: a bracketed list of things or days is not a list of people."""
    assert found(text) == []

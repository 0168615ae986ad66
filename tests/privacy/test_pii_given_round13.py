"""P11.2, issue 16, round 13 (piigiven14): a given name alone, with no surname and no cue word,
in a frame only a person fills (``givenframes.py``), read from the misses of test9–test14. Every
name and sentence below is invented for these tests (none is copied from an evaluation set).

Categories: company (``X랑 같이 가``, ``X이랑 Y 데리고``, ``X랑도 보려고``); asking or telling
(``X한테 물어보니``); someone's home (``X이네서``); coming or not (``X는 못 온대``, ``X도 온대?``, ``X 지금 옴``, ``X 또 지각``);
in these three frames a dictionary noun may be a name (``보람한테 물어보니``, ``미숙은 못 온대``,
``보람이랑 누리 데리고``) but not a title (``여사랑``); an honorific slot (``X님 자리``, ``X님 계좌``, ``X님이 표``); a birthday, a first film, a phone or a bag (``X 돌잔치``, ``X이의 첫 영화``, ``X 가방``); a name
called and then spoken to (``X아 나 …``, ``X야 끝나면 …``). Nouns that look like given names
(``사랑``, ``하늘``, ``친구``, ``언니``, ``별님``) stay, and so does a name-like word outside the frame.
"""

from __future__ import annotations

import pytest

from marquee.privacy.pii import morph

from .test_pii_recall_round12 import _all_masked, found

needs_kiwi = pytest.mark.skipif(not morph.warm_up(), reason="kiwipiepy unavailable")


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("이번 주말엔 민혁이랑 같이 보러 갈래요", ["민혁"]),
    ("상철이랑 진호 데리고 조조 봤는데 상철이는 팝콘만 먹음", ["상철", "진호"]),
    ("시후랑 지호 셋이 심야로 봤어요", ["시후", "지호"]),
    ("예매는 수현이한테 물어보니 벌써 했대요", ["수현"]),
    ("어제 영화 끝나고 지훈이네서 자고 왔어", ["지훈"]),
    ("근데 민서도 온대? 표 한 장 남는데", ["민서"]),
    ("은지는 오늘 못 온대요 ㅠ", ["은지"]),
    ("민혁이랑 꼭 가고 싶어요!", ["민혁"]),
    ("물어봤는데 현석은 못 온대", ["현석"]),
    ("태민 지금 옴 먼저 들어가 있어", ["태민"]),
    ("진우ㅋㅋ 또 지각이네", ["진우"]),
    ("보람한테 물어보니 미숙은 못 온대", ["보람", "미숙"]),
    ("조카 보람이랑 누리 데리고 다녀왔어요", ["보람", "누리"]),
])
def test_p11_2_given_name_in_a_company_or_home_frame(text, names):
    """P11.2: a given name alone with a particle, before going or watching together, asking,
    someone's home or coming, is a person."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize(("text", "names"), [
    ("현정님 자리는 H열 5번으로 바꿔드렸어요", ["현정"]),
    ("규민님이 표 세 장 예매하셨고 규민님 계좌로 환불됩니다", ["규민"]),
    ("다음 주 토요일 니 서준이 돌잔치 맞제?", ["서준"]),
    ("재민아 끝나면 바로 전화해", ["재민"]),
    ("드디어 채원이의 첫 영화 보러 감", ["채원"]),
    ("매점 앞에 윤서 가방 두고 갔어요", ["윤서"]),
    ("영훈아 나 매표소 앞이야", ["영훈"]),
    ("알겠제, 수정아 내 번호 바뀌었다", ["수정"]),
])
def test_p11_2_given_name_honoured_or_called(text, names):
    """P11.2: a given name before ``님`` and a seat, an account or a ticket, before a birthday,
    or called and then spoken to (``X아 나 …``) is a person."""
    _all_masked(text, names)


@needs_kiwi
@pytest.mark.parametrize("text", [
    "사랑이랑 같이 보러 갈래요",
    "하늘이네 집 앞에서 봐",
    "친구한테 물어보니 재밌대요",
    "언니랑 셋이 봤어요",
    "별님 자리 비었나요",
    "사랑아 너는 어디에 있니",
    "하늘아 오늘 맑구나",
    "정아랑 같이 / 예능 재밌더라",
    "가족이랑 같이 보러 갔어요",
    "사랑 가방 브랜드 행사",
    "우리 영화 가방 이벤트 당첨",
    "오늘 지금 옴 ㅋㅋ",
    "하늘이랑 바다랑 같이 보러 가고 싶다",
    "애인한테 물어보니 재밌대요",
    "사람이랑 둘이 보러 갔어요",
    "그 영화는 못 온대요 라는 대사가 명대사",
])
def test_p11_2_given_name_lookalikes_stay(text):
    """P11.2: common nouns called or in the same frames, and a name-like word whose ``같이`` is
    not followed by going or watching, stay unmasked."""
    assert found(text) == []


@needs_kiwi
def test_p11_2_title_after_a_name_is_not_a_given_name():
    """P11.2: in ``X 여사랑 둘이`` the title is no given name, whatever happens to the name."""
    assert "여사" not in found("엄마 순자 여사랑 둘이 조조 봤어요")

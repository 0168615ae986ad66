"""P11.2, issue 16 (throughput), round 10: the film, work, public-figure and team-label vetoes
first look for any word their frames need, and skip a post that has none. A gate must never
keep a veto from firing: in each frame below the veto still drops the name, and on generated
posts made of the frames' words the gated veto answers as the ungated one. The strings are
invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marquee.privacy.pii import (
    fictional,
    fieldvalues,
    filmframes,
    kinframes,
    publicfigures,
    repeats,
    standins,
    teamlabels,
)
from marquee.privacy.pii.fictional import drop_public
from marquee.privacy.pii.names import NameHit


def _hit(text: str, name: str) -> list[NameHit]:
    start = text.index(name)
    return [NameHit(start, start + len(name), 0.6)]


def _public(text, names):
    return publicfigures.veto_public_figures(text, names, None)


# One frame a line; the name the veto must drop is in brackets.
CASES = {
    filmframes.veto_film_frames: """영화 보니까 [구경민]이 진짜 주인공이더라
        [구경민] 연기하려고 10kg 뺐대
        역을 맡은 [구경민]는 좋았다
        [Gu Kyungmin]'s best film so far
        [Gu Kyungmin] steals the last twenty minutes
        무대인사 일정 안내 - 구경민, [하다온] 참석 예정
        원래 [구경민]이 하기로 했었대요 캐스팅이""",
    fictional.veto_works: """영화에서 [구경민]이 범인이었어
        [구경민] 포카 샀다
        [구경민] 아니면 누가 했을까 그 연기
        loved [Gu Kyungmin] in Parasite
        [구경민]에게 보고 나니 울었다
        [구경민]의 분량 너무 적어""",
    _public: """[구경민] 배우 신작 나온대
        [Gu Kyungmin] is a genius
        [구경민]의 《괴물》 봤어
        극중 [구경민] 너무 멋있어
        [구경민]과 케미 최고
        Actress: [Gu Kyungmin]""",
    teamlabels.veto_team_labels: """[오픈조]: 홍길 2명, 마감 3명
        보낸사람: [마르키] 고객센터""",
}
FIRING = [(veto, line.strip().replace("[", "").replace("]", ""), line[line.index("[") + 1:line.index("]")])
          for veto, lines in CASES.items() for line in lines.splitlines()]


@pytest.mark.parametrize(("veto", "text", "name"), FIRING)
def test_p11_2_the_gate_lets_each_frame_through(veto, text, name):
    assert veto(text, _hit(text, name)) == []


@pytest.mark.parametrize("veto", [filmframes.veto_film_frames, fictional.veto_works, _public,
                                  teamlabels.veto_team_labels])
def test_p11_2_a_post_without_cues_keeps_its_names(veto):
    text = "구경민이랑 저녁 먹고 집에 갔어요"
    names = _hit(text, "구경민")
    assert veto(text, names) is names


# Posts made of the frames' words and names: the gated veto must answer as the ungated one.
PIECES = ["구경민", "하다온", "Gu Kyungmin", "이", "가", "은", "의", "님", " ", " ", ", ", "\n", ": ",
          "영화", "주인공이더라", "연기하려고", "역을 맡은", "'s best film", " steals the last scene",
          "무대인사", "참석 예정", "원래", "하기로 했대", "에서", "포카", "아니면 누가 했을까", "loved",
          " in Parasite", "에게 보고 나니", "분량", "배우", "신작", " is a genius", "《괴물》", "극중", "Actress: ", "Director ",
          "과 케미", "오픈조", "2명", "보낸사람", "고객센터", "친구", "밥 먹었어", "출연: ", "| "]
POSTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=10).map("".join)


def _names(text: str) -> list[NameHit]:
    out, pos = [], 0
    for name in ("구경민", "하다온", "Gu Kyungmin", "오픈조"):
        pos = text.find(name)
        while pos != -1:
            out.append(NameHit(pos, pos + len(name), 0.6))
            pos = text.find(name, pos + 1)
    return sorted(out, key=lambda h: h.start)


@settings(max_examples=300, deadline=None, database=None)
@given(POSTS)
def test_p11_2_gated_vetoes_answer_as_ungated(text):
    names = _names(text)
    assert filmframes.veto_film_frames(text, names) == drop_public(text, names, filmframes._film_person)
    assert fictional.veto_works(text, names) == drop_public(text, names, fictional._work_or_character)
    assert teamlabels.veto_team_labels(text, names) == drop_public(text, names, teamlabels._team_or_company)
    lists = publicfigures._film_list_spans(text, None)
    framed = [h for h in names if publicfigures._frame_says_public(text, h)
              or publicfigures._film_column(text, h, {})]
    if not lists and not framed:
        assert _public(text, names) == names
    if framed:
        assert publicfigures._CUES.search(text)


# Relation frames (kinframes.py): the gate needs a relation word or 저 as a whole word, or a title.
@pytest.mark.parametrize(("text", "name"), [("친구 구경민이 추천했어", "구경민"), ("저 국보라예요", "국보라"),
                                            ("구경민 여사께서 오셨어요", "구경민"),
                                            ("어제 엄마 구경민한테 연락 왔어", "구경민")])
def test_p11_2_the_relation_gate_lets_each_frame_through(text, name):
    start = text.index(name)
    assert [(h.start, h.end) for h in kinframes.find_kin_names(text, [])] == [(start, start + len(name))]


HANGUL_WORD = st.text(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=6)


@settings(max_examples=300, deadline=None, database=None)
@given(HANGUL_WORD, HANGUL_WORD)
def test_p11_2_first_consonants_compare_as_before(a, b):
    """fieldvalues reads a typo'd label (예금쥬) by its first consonants, now with one
    ``str.translate``: two words share them exactly when the arithmetic of before says so."""
    def before(word):
        return tuple((ord(c) - 0xAC00) // 588 for c in word)
    assert (fieldvalues._initials(a) == fieldvalues._initials(b)) == (before(a) == before(b))
    assert fieldvalues._is_label("예금쥬") and fieldvalues._is_label("에금주")


def test_p11_2_the_example_cue_is_read_once_a_post_and_never_carried_over():
    """standins._any_cue answers for the text object it was last asked about: alternating
    posts (one with an example cue, one without) each get their own answer."""
    cued, plain = "예시 이름은 구경민 입니다", "어제 이름은 구경민 입니다"
    for _ in range(2):
        assert standins.example_name(cued, 7, 10)
        assert not standins.example_name(plain, 7, 10)
    assert standins._any_cue(cued) and not standins._any_cue(plain)


@pytest.mark.parametrize("text", ["대학 동기 구경민 생일이라 모였는데 구경민 팝콘 다 먹음",
                                  "구경민 과장님이랑 회의했어요. 경민 과장님 최고"])
def test_p11_2_repeated_names_pass_the_repeat_and_title_gates(text):
    assert repeats._repeatable(text) or repeats._ANY_TITLE.search(text)
    assert {text[h.start:h.end] for h in repeats.find_repeated_names(text, [])} >= {"구경민"}

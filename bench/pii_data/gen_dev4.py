"""Fourth development set for the PII masker (P11.2, issue 16), written before tuning to it.

Styles the other sets lack, aimed at the categories still missed: names with no cue in running
text in frames no other generator uses (``… 덕분에``, ``… 말로는``, ``…의 생일``, ``…한테서``), vocatives
of given names with rarer syllables (``담희야``, ``여름아``), two-syllable names (``김산``, ``채율``),
compound surnames (남궁, 황보, 제갈, 선우, 독고, 사공, 서문), names broken by a space or an
invisible character in running text, romanised names of compound surnames and hyphenated forms
(``NAMGOONG Hyun``, ``Hwangbo Ji-ah``), spaced foreign names in Hangul without an honorific,
passports in uncommon layouts (lower case, spaced, foreign formats, with and without a cue), and
e-mail-header and meeting-minutes layouts (``From: …``, ``참석: …``, ``결재: …``).

``clean4`` holds hard negatives, more of them than there are positive posts: the same frames
filled with surname-led ordinary words (``강아지가 하도``, ``정주행 덕분에``), vocatives that are not
names (``자기야``, ``얘들아``), the proverb ``사공이 많으면``, ``서문``, ``동방``, English place and film
names in capitals, product and model codes shaped like passports, two-syllable words that start
with a surname (``김밥``, ``박수``).

    python bench/pii_data/gen_dev4.py   # writes dev4.jsonl and clean4.jsonl (seeded)
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from common import Post, build_sets, catalogue, josa, write_jsonl

HERE = Path(__file__).resolve().parent

SURNAMES = ("김 김 이 이 박 최 정 조 윤 임 한 서 전 류 나 성 심 석 선 설 마 주 구 라 채 방 양 "
            "맹 모 탁 국 여 인 은 두 호 명 기 반 소 예 음 지 용 봉 남궁 황보 제갈 선우 독고 사공 서문").split()
COMPOUND = "남궁 황보 제갈 선우 독고 사공 서문".split()
GIVEN = ("영자 말자 두식 판석 기순 복순 덕례 용팔 성칠 예준 도윤 시윤 하람 서율 채아 윤슬 라온 "
         "현정 은비 혜진 성훈 상우 재석 동욱 미란 소연 경민 규리 혁재 찬솔 담희 다솜 예솔 한울 "
         "준혁 지율 태윤 수아 가윤 민채 연서 해찬 무진 강현 정란 옥분 봉자 춘길 태식 귀남").split()
RARE_GIVEN = "여름 겨레 햇님 솔비 누비 새벽 이랑 버금 아라 나래 보람 한별 찬별 늘봄 뜰 결".split()
ONE = "산 솔 훈 윤 율 결 담 혁 빈 린 건 현 철 숙 란 찬 웅 슬 온 휘".split()
ROMAN = ("NAMGOONG Hyun|Hwangbo Ji-ah|JEGAL Sora|Seonwoo Jin|Dokgo Young-min|SAGONG Eun|"
         "Yoon Seo-yeon|CHAE Yul|Ryu Dam-hee|Im Hyukjae|Seo Yulin|Jeon Haram|"
         "Bang Chansol|Na Yesol|Yang Gyu-ri|Sung Hoon|Ma Raon|Ju Dasom").split("|")
HANGUL_FOREIGN = ("에밀리 존슨|마리아 곤잘레스|응우옌 반 뚜언|레 티 흐엉|바야르 오드게렐|"
                  "왕 샤오밍|다니야르 세릭|올리비아 브라운|루카스 뮐러|아나 실바").split("|")
PASSPORTS = [
    lambda r, d: f"M{d(3)}A{d(4)}", lambda r, d: f"m{d(3)}a{d(4)}", lambda r, d: f"M {d(3)} A {d(4)}",
    lambda r, d: f"M{d(8)}", lambda r, d: f"EA{d(7)}", lambda r, d: f"TR{d(7)}", lambda r, d: f"{d(9)}",
    lambda r, d: f"P{d(7)}A", lambda r, d: f"C{d(7)}", lambda r, d: f"K{d(7)}", lambda r, d: f"G{d(8)}",
]
PP_CUES = ["여권번호: ", "여권 ", "여권 번호는 ", "Passport No. ", "passport: ", "PP# ", "여권(Passport) ",
           "PASSPORT NO ", "여권 사본 번호 ", "여권번호(영문): "]
NOUNS = ("강아지 고양이 정주행 한정판 조조 이번주 안경 방석 도시락 임시 윤곽 송편 전용관 최신작 "
         "주차장 신작 감독판 양념 장마 남동생 조카 이모 선배 후배 동아리 하루 박스 정답 최애").split()
TWO_WORDS = "김밥 이불 박수 조용 한복 최근 정답 윤기 장면 구름 마감 지난 남산 선물 설날".split()
ENG_CAPS = ("HONG KONG|GANG NAM STYLE|Train to Busan|Decision to Leave|Past Lives|SEOUL STATION|"
            "Park Avenue|Jeju Island|KING KONG|Lee Sang Museum|Song Festival|Han River").split("|")
CODES = [lambda r, d: f"모델명 M{d(3)}A{d(4)}", lambda r, d: f"상품코드 A{d(8)}",
         lambda r, d: f"품번 TK{d(7)}", lambda r, d: f"시리얼 C{d(7)}", lambda r, d: f"쿠폰 G{d(8)}",
         lambda r, d: f"운송장 {d(9)}", lambda r, d: f"좌석 {r.choice('ABCDEFG')}{r.randint(1, 20)}"]


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    def d(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def name(self, two: float = 0.12, rare: float = 0.15) -> tuple[str, str]:
        """(full name, given name)."""
        r = self.r
        s = r.choice(COMPOUND) if r.random() < 0.2 else r.choice(SURNAMES)
        if r.random() < two:
            g = r.choice(ONE)
        else:
            g = r.choice(RARE_GIVEN if r.random() < rare else GIVEN)
            g = g if len(g) == 2 else g + r.choice(ONE)
        return s + g, g

    def phone(self) -> str:
        b, c = self.d(4), self.d(4)
        return self.r.choice([f"010-{b}-{c}", f"010/{b}/{c}", f"(010){b}-{c}", f"010 . {b} . {c}",
                              f"010{b}{c}", f"+82 10 {b} {c}"])

    def passport(self) -> str:
        return self.r.choice(PASSPORTS)(self.r, self.d)


def _subject(g: Gen, p: Post) -> None:
    r = g.r
    n, _ = g.name()
    frame = r.randrange(8)
    if frame == 0:
        p.add("어제 ").add(n, "PERSON").add(josa(n, "이 예매해 준 덕분에", "가 예매해 준 덕분에") + " 편하게 봤어요")
    elif frame == 1:
        p.add(n, "PERSON").add(josa(n, "은", "는") + " 팝콘만 먹다가 잤음 ㅋㅋ 나만 끝까지 봄")
    elif frame == 2:
        p.add("오늘 극장 앞에서 ").add(n, "PERSON").add(josa(n, "을", "를") + " 우연히 만났다. 세상 좁네")
    elif frame == 3:
        p.add(n, "PERSON").add(" 말로는 쿠키 영상이 두 개래요. 끝까지 앉아 계세요")
    elif frame == 4:
        p.add("이번 주말은 ").add(n, "PERSON").add("의 생일이라 다 같이 심야 보기로 함")
    elif frame == 5:
        p.add(n, "PERSON").add("한테서 초대권 두 장 받았는데 양도 가능한가요?")
    elif frame == 6:
        p.add("원래 혼자 보려다가 ").add(n, "PERSON").add("도 온대서 두 자리 잡았어요")
    else:
        p.add("자리 바꿔 달라고 했더니 ").add(n, "PERSON").add(josa(n, "이", "가") + " 흔쾌히 바꿔 줬어요 감사")


def _vocative(g: Gen, p: Post) -> None:
    r = g.r
    n, gv = g.name(two=0.0, rare=0.4)
    if r.random() < 0.5:
        p.add(gv, "PERSON").add(josa(gv, "아", "야") + r.choice([", 내일 조조 몇 시야?", " 표 네 거까지 샀다", " 늦으면 먼저 들어간다"]))
    else:
        p.add(r.choice(["야 ", "", "ㅋㅋ "])).add(n, "PERSON").add(r.choice(["! 빨리 와 광고 끝나간다", " 어디야?? 상영 시작함"]))


def _two_syllable(g: Gen, p: Post) -> None:
    r = g.r
    n = r.choice(SURNAMES[:-7]) + r.choice(ONE)
    p.add(r.choice(["같이 간 ", "우리 팀 ", "옆자리 "])).add(n, "PERSON").add(
        r.choice([josa(n, "이 추천해서 봤는데 별로", "가 추천해서 봤는데 별로"), " 덕분에 할인받음", "한테 표 넘김"]))


def _compound(g: Gen, p: Post) -> None:
    r = g.r
    s = r.choice(COMPOUND)
    gv = r.choice(GIVEN + ONE)
    n = s + gv
    frame = r.randrange(4)
    if frame == 0:
        p.add("담당자 ").add(n, "PERSON").add(" 주무관께 전달했습니다")
    elif frame == 1:
        p.add(n, "PERSON").add(josa(n, "이랑 ", "랑 ")).add(g.name()[0], "PERSON").add(" 둘이 먼저 입장")
    elif frame == 2:
        p.add("분실물 주인 ").add(n, "PERSON").add(josa(n, "을", "를") + " 찾습니다 연락 ").add(g.phone(), "PHONE")
    else:
        p.add(n, "PERSON").add(josa(n, "이", "가") + " 이번 시사회 당첨됐대요")


def _broken(g: Gen, p: Post) -> None:
    r = g.r
    n, gv = g.name(two=0.0)
    s = n[: len(n) - len(gv)]
    shown = r.choice([f"{s} {gv}", f"{s}\u200b{gv}", f"{s}\ufeff{gv}", f"{s}\u2060{gv[0]}\u2060{gv[1:]}"])
    p.add(r.choice(["어제 같이 본 ", "팀장님이랑 ", "문의자 "])).add(shown, "PERSON").add(
        r.choice([" 님 좌석 확인 부탁", josa(gv, "이 자리 맡아둠", "가 자리 맡아둠"), " 연락처 남깁니다 "]))
    if r.random() < 0.5:
        p.add(g.phone(), "PHONE")


def _email_header(g: Gen, p: Post) -> None:
    r = g.r
    who = r.choice(ROMAN)
    p.add("From: ").add(who, "PERSON").add(" <").add(f"user{g.d(3)}@mail.example.kr", "EMAIL").add(">\n")
    p.add("Subject: 단체 예매 변경 요청\n\n안녕하세요, 예매자 ").add(g.name()[0], "PERSON").add(" 대신 연락드립니다.")


def _minutes(g: Gen, p: Post) -> None:
    r = g.r
    names = [g.name()[0] for _ in range(r.randint(2, 4))]
    p.add(r.choice(["참석: ", "결재: ", "회의 참석자 - "]))
    for i, n in enumerate(names):
        p.add(n, "PERSON").add(r.choice([" ", ", "]) if i < len(names) - 1 else "")
    p.add(f"\n안건: {r.choice(['상영관 청소 일정', '시사회 좌석 배정', '매점 메뉴 개편'])}")


def _romanised(g: Gen, p: Post) -> None:
    r = g.r
    who = r.choice(ROMAN)
    p.add(r.choice(["Booked under ", "티켓 명의는 ", "Ticket holder: ", "영문 이름 "])).add(who, "PERSON").add(
        r.choice([" - please hold 2 seats", " 으로 되어 있어요", ", thanks"]))


def _foreign(g: Gen, p: Post) -> None:
    r = g.r
    who = r.choice(HANGUL_FOREIGN)
    p.add(r.choice(["교환학생 ", "오늘 ", "회사 동료 "])).add(who, "PERSON").add(
        josa(who, "이랑 ", "랑 ") + r.choice(["자막판 봤어요", "같이 갔는데 한국 영화 좋아하더라고요"]))


def _passport(g: Gen, p: Post) -> None:
    r = g.r
    pp = g.passport()
    if r.random() < 0.75:
        p.add(r.choice(["외국인 할인 신청합니다. ", "", "Group booking / "])).add(r.choice(PP_CUES)).add(pp, "PASSPORT")
        p.add(r.choice([" 입니다", " (만료 2031.05)", "", " / 국적 베트남"]))
    else:
        p.add("성명 ").add(g.name()[0], "PERSON").add(" / ").add(f"M{g.d(3)}A{g.d(4)}", "PASSPORT").add(" / 출국일 다음 주")


def _phone_line(g: Gen, p: Post) -> None:
    r = g.r
    n, _ = g.name()
    p.add(r.choice(["잃어버린 지갑 찾으신 분 ", "굿즈 교환 원해요 ", "카풀 구해요 "])).add(
        r.choice(["연락처 ", "번호 ", "☎ "])).add(g.phone(), "PHONE").add(" (").add(n, "PERSON").add(")")


POSITIVE = [_subject, _subject, _subject, _vocative, _vocative, _two_syllable, _compound, _broken,
            _email_header, _minutes, _romanised, _foreign, _passport, _passport, _phone_line]

CLEAN = [
    "어제 {n1}<이/가> 하도 짖어서 조조를 놓쳤어요",
    "{n1}<은/는> 팝콘만 먹다가 잤음 ㅋㅋ",
    "{n1} 말로는 쿠키 영상이 두 개래요",
    "{n1} 덕분에 편하게 봤어요",
    "{n1}한테서 나는 냄새 때문에 집중이 안 됨",
    "{n1}도 같이 챙겨 왔어요",
    "자기야 {n1} 어디 뒀어?",
    "얘들아 {w1} 보러 갈 사람",
    "친구야 {w1}<이/가> 끝났다",
    "사공이 많으면 배가 산으로 간다더니 이번 영화가 딱 그 꼴",
    "원작 소설 서문이 영화 첫 장면이랑 똑같아요",
    "동방의 빛 같은 엔딩이었음",
    "{e1} 보고 왔는데 {e2} 생각났어요",
    "Watched {e1} again. {e2} next week?",
    "{c1}, {c2} 재고 있나요?",
    "교환 요청 {c1} 주문 건",
    "{t1} 먹으면서 봤는데 {t2} 소리 때문에 웃음",
    "{t1}<이/가> 너무 비싸요 ㅠㅠ {t2}도",
    "참석: 운영팀, 매점팀\n안건: {w1} 일정",
    "From: 마키 고객센터 <help@mecross.net>\nSubject: {w1} 안내",
    "Booked under company account - please hold 2 seats",
    "여권 지참하시면 외국인 할인 가능합니다 (번호는 적지 마세요)",
    "Passport required for the foreign visitor discount, no copy needed",
    "오늘 {n1}<이랑/랑> {n2} 같이 샀어요",
    "{w1}<이랑/랑> {w2} 진짜 좋았음. {n1}도 귀여움",
]


def clean(g: Gen) -> Post:
    r = g.r
    n1, n2 = r.sample(NOUNS, 2)
    t1, t2 = r.sample(TWO_WORDS, 2)
    w1, w2 = r.sample(catalogue()[-10:] + ["엔딩", "예고편", "반전", "음악"], 2)
    e1, e2 = r.sample(ENG_CAPS, 2)
    tpl = r.choice(CLEAN)
    text = tpl.format(n1=n1, n2=n2, t1=t1, t2=t2, w1=w1, w2=w2, e1=e1, e2=e2,
                      c1=r.choice(CODES)(r, g.d), c2=r.choice(CODES)(r, g.d))
    text = re.sub(r"(.)<([^/>]+)/([^>]+)>", lambda m: m[1] + josa(m[1], m[2], m[3]), text)
    return Post("clean4").add(text, None, "CLEAN")


def build(seed: int, n_pos: int, n_clean: int) -> tuple[list[dict], list[dict]]:
    return build_sets(Gen(random.Random(seed)), POSITIVE, clean, n_pos, n_clean, ('d4', 'c4'))


def main() -> None:
    pos, neg = build(4404, 300, 320)
    write_jsonl(HERE / "dev4.jsonl", pos)
    write_jsonl(HERE / "clean4.jsonl", neg)
    print(f"dev4 {len(pos)} posts with personal data, clean4 {len(neg)} without")


if __name__ == "__main__":
    main()

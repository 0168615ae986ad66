"""Second development set for the PII masker (P11.2, issue 16), written apart from gen_dev.py.

Other frames and styles than the first set: messenger logs, formal letters and notices,
lists and tables, names with no cue word (in lists, as bare senders, repeated), names in
other scripts (romanised, foreign in Hangul and Latin), names broken by a space or an
invisible character, lot-number addresses with an apartment complex, obfuscated
contacts, and the operator's own published contacts. Name pools are hand-written here
(popular names of several generations, native-Korean names, foreign names), not drawn
from the masker's lexicon.

Three files:
* ``dev2.jsonl``   — posts with personal data (and hard negatives inside them);
* ``clean2.jsonl`` — posts with no personal data at all, at least as many: the share of
  them the masker changes is the false-alarm figure;
* ``test2.jsonl``  — the same kinds from the *other half* of every pool and another seed,
  kept untouched during development and scored once at the end.

    python bench/pii_data/gen_dev2.py
"""

from __future__ import annotations

import random
from pathlib import Path

from common import Post, catalogue, josa, luhn_complete, rrn_digits, write_jsonl

HERE = Path(__file__).resolve().parent

SURNAMES = ("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 "
            "노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 "
            "마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 피 "
            "두 감 음 빈 동 온 호 범 좌 팽 승 견 당 화 창 옹 순 빙 묵 판 뇌 초 봉 춘 탄 풍 학 "
            "후").split()
GIVEN = ("서윤 지안 하린 도하 은우 시우 유준 이준 태오 로아 아린 채아 다온 시아 윤슬 한별 새롬 가온 "
         "누리 보람 슬기 재석 광수 말자 끝순 복남 덕배 춘식 영팔 갑수 을순 명자 희자 옥분 정호 상철 "
         "미경 은정 지혜 수빈 현우 민재 예린 나연 다현 채원 주원 건우 우진 선우 연우 지호 하준 도윤 "
         "서진 예준 시윤 준서 하은 지유 수아 서아 지아 하윤 민서 윤서 채윤 소율 예서 라희 이안 "
         "로하 리안 아윤 하엘 다엘 온유 단우 율하 해솔 바다 하랑 세아 봄이 여름 가을 겨울 "
         "경자 순덕 말순 칠성 만복 봉수 판수 기철 동팔 금순 영길 재규 병철 종훈 창민 성욱 태희 혜교").split()
ROMAN_SUR = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Hong Yoo".split()
ROMAN_GIVEN = ("Minsu Jiwoo Seoyeon Hyunwoo Jiho Yuna Dohyun Sumin Eunji Taeyang Jisoo Haneul "
               "Minji Junho Seojun Hayoon Gil-dong Ji-eun Min-jae Soo-ah").split()
LATIN_FOREIGN = ("John Carter|Emily Watson|Maria Lopez|David Miller|Anna Petrova|Lucas Martin|"
                 "Sarah Connor|Ahmed Hassan|Olga Ivanova|Kevin Brown|Sophie Laurent|Daniel Kim").split("|")
HANGUL_FOREIGN = ("응우옌 반 안|응우옌 티 투|쩐 반 남|팜 티 란|호앙 민 투|왕 웨이|리 샤오밍|장 웨이|"
                  "바트 에르데네|엥흐 바야르|아지즈 카리모프|딜노자 우스마노바|마이클 브라운|"
                  "제임스 스미스|사라 존슨|올리비아 테일러|세르게이 이바노프|나탈리아 페트로바").split("|")
DONGS = "역삼동 대치동 상계동 중계동 화정동 범어동 구월동 만수동 정자동 서현동 봉천동 신림동 평촌동 산본동".split()
COMPLEXES = ("래미안아파트|푸르지오|힐스테이트|주공아파트 3단지|한신아파트|현대아파트|자이|롯데캐슬|"
             "우성아파트|한솔마을 주공아파트|삼익빌라|e편한세상").split("|")
ROADS = "테헤란로|세종대로|동일로|중앙대로|올림픽로|봉은사로|한강대로|경수대로|달구벌대로".split("|")
REGIONS = ["서울 강남구", "서울특별시 노원구", "경기도 성남시 분당구", "인천 남동구", "대구 수성구", ""]
DOMAINS = "naver.com gmail.com daum.net hanmail.net kakao.com nate.com outlook.com".split()
LOCALS = "sunny99 moonlight kjh0312 bluebird hana.s ddong2 pinkcat minho_k starlit".split()


def pools(half: int):
    """Every pool cut in two: dev2 uses one half, test2 the other."""
    def cut(seq):
        return [x for i, x in enumerate(seq) if i % 2 == half]
    return {"given": cut(GIVEN), "roman_given": cut(ROMAN_GIVEN), "latin": cut(LATIN_FOREIGN),
            "hangul_foreign": cut(HANGUL_FOREIGN), "complex": cut(COMPLEXES), "dong": cut(DONGS),
            "road": cut(ROADS)}


class Gen:
    def __init__(self, rng: random.Random, pool: dict):
        self.r, self.p = rng, pool

    def name(self) -> str:
        return self.r.choice(SURNAMES) + self.r.choice(self.p["given"])

    def phone(self) -> str:
        d = "010" + "".join(self.r.choice("0123456789") for _ in range(8))
        style = self.r.randrange(6)
        if style == 0:
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        if style == 1:
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        if style == 2:
            return f"O1O-{d[3:7]}-{d[7:]}"
        if style == 3:
            return f"공1공-{d[3:5]}{'삼'}{d[6]}-{d[7:]}"
        if style == 4:
            return f"+82 10-{d[3:7]}-{d[7:]}"
        return d

    def email(self, obfuscated: bool | None = None) -> str:
        local, dom = self.r.choice(LOCALS), self.r.choice(DOMAINS)
        if obfuscated is None:
            obfuscated = self.r.random() < 0.5
        if not obfuscated:
            return f"{local}@{dom}"
        host, tld = dom.split(".")
        return self.r.choice([f"{local} [at] {host} [dot] {tld}", f"{local} (at) {host} (dot) {tld}",
                              f"{local}(골뱅이){dom}", f"{local} @ {dom}", f"{local} 앳 {host} 닷 {tld}"])

    def address(self) -> str:
        r = self.r
        if r.random() < 0.6:
            lot = f"{r.randint(1, 999)}-{r.randint(1, 99)}" if r.random() < 0.7 else str(r.randint(1, 1999))
            cx = r.choice(self.p["complex"])
            cx = f"({cx})" if r.random() < 0.5 else cx
            head = r.choice(REGIONS)
            return f"{head + ' ' if head else ''}{r.choice(self.p['dong'])} {lot} {cx} {r.randint(101, 120)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
        return f"{r.choice(REGIONS[:5])} {r.choice(self.p['road'])} {r.randint(1, 500)}, {r.randint(2, 15)}층"

    def roman(self) -> str:
        r = self.r
        sur, giv = r.choice(ROMAN_SUR), r.choice(self.p["roman_given"])
        form = r.randrange(4)
        if form == 0:
            return f"{sur.upper()} {giv.upper().replace('-', '')}"
        if form == 1:
            return f"{sur} {giv}"
        if form == 2:
            return f"{giv} {sur}"
        return f"{sur.upper()}, {giv.upper()}"

    def foreign(self) -> str:
        return self.r.choice(self.p["latin"] + self.p["hangul_foreign"] * 2)


def positive(g: Gen) -> Post:
    r = g.r
    kind = r.randrange(12)
    n1, n2, n3 = g.name(), g.name(), g.name()
    p = Post(["messenger", "list", "table", "letter", "bare", "repeat", "roman", "foreign", "spaced",
              "address", "contact", "ids"][kind])
    if kind == 0:  # messenger log
        p.add(f"[오후 {r.randint(1, 11)}:{r.randint(10, 59)}] 나: ").add(n1, "PERSON").add(
            josa(n1, "이랑", "랑") + " 같이 가기로 했어\n[오후 9:02] 친구: ㅇㅋ 번호 ").add(g.phone(), "PHONE").add(" 맞지?")
    elif kind == 1:  # list of names without cues
        p.add("이번 주 관람 모임: ").add(n1, "PERSON").add(", ").add(n2, "PERSON").add(", ").add(n3, "PERSON").add(
            f". 좌석은 {r.choice('ABCDEFG')}열로 잡았어요.", None)
    elif kind == 2:  # table
        p.add("| 이름 | 연락처 | 메일 |\n| ").add(n1, "PERSON").add(" | ").add(g.phone(), "PHONE").add(" | ").add(
            g.email(False), "EMAIL").add(" |")
    elif kind == 3:  # formal letter
        p.add("수신: ").add(n1, "PERSON").add(" 귀하\n발신: 마키 고객지원팀\n요청하신 환불은 처리되었습니다. 문의는 ").add(
            "help@mecross.net", None, "OPERATOR").add(" 또는 ").add("1661-9265", None, "OPERATOR").add("로 주십시오.")
    elif kind == 4:  # bare sender / recipient
        p.add(f"{r.choice(['보낸 사람', 'From.', '작성:', '—'])} ").add(n1, "PERSON").add(
            f"\n{r.choice(['잘 부탁드려요', '감사합니다', '확인 부탁해요'])}")
    elif kind == 5:  # a name repeated after a cue
        p.add("어제 ").add(n1, "PERSON").add(f"{r.choice(['님', '씨'])}이 팝콘 쏟았는데, 나중에 보니 ").add(
            n1, "PERSON").add(josa(n1, "이가", "가") + " 직원한테 사과했대요")
    elif kind == 6:
        p.add(f"{r.choice(['예약자', 'Guest', '영문 이름'])}: ").add(g.roman(), "PERSON").add(
            f" / 인원 {r.randint(1, 4)}명")
    elif kind == 7:
        f = g.foreign()
        p.add("외국인 친구 ").add(f, "PERSON").add(f"{r.choice(['씨', '님'])} 학생 할인 되나요?")
    elif kind == 8:  # broken-up names
        s, gv = r.choice(SURNAMES), r.choice(g.p["given"])
        shown = f"{s} {gv}" if r.random() < 0.5 else f"{s}\u200d{gv}"
        p.add("예매자 ").add(shown, "PERSON").add(" 님 앞으로 표 두 장 맡겨주세요")
    elif kind == 9:
        p.add("경품 받을 주소입니다: ").add(g.address(), "ADDRESS").add(". 수령인 ").add(n1, "PERSON")
    elif kind == 10:
        p.add("연락은 ").add(g.email(True), "EMAIL").add(" 아니면 ").add(g.phone(), "PHONE").add(" 로 주세요")
    else:
        rrn = rrn_digits(r)
        card = luhn_complete("4" + str(r.randint(10, 99)), 16, r)
        p.add("본인확인용 주민번호 ").add(f"{rrn[:6]}-{rrn[6:]}", "RRN").add(", 카드 ").add(
            f"{card[:4]}-{card[4:8]}-{card[8:12]}-{card[12:]}", "CARD")
        pp = f"M{r.randint(1000, 9999)} {r.randint(1000, 9999)}"
        p.add(" 여권 ").add(pp, "PASSPORT")
    if r.random() < 0.4:
        p.add(f" 주문번호 {r.randint(10**11, 10**12 - 1)}", None, None)
    return p


CLEAN = [
    "이번에 {m} 봤는데 정말 조용한 분위기라 좋았어요. 강력 추천합니다.",
    "한결같이 좋은 극장이에요. 주차는 {n}시간 무료.",
    "주문번호 {o} 배송 조회가 안 돼요. 운송장 {t} 확인 부탁드립니다.",
    "예약 번호 {o} 로 예매했는데 좌석 {s}열 {k}번 맞나요?",
    "쿠폰 {c} 사용했는데 할인이 안 됐어요",
    "문의는 고객센터 1661-9265 또는 help@mecross.net 으로 주세요. 팩스 070-8290-9005.",
    "개인정보 보호책임자 이경수 대표 (mktlee@mecross.net)",
    "{m} 재개봉 소식 들었어요? 진짜 유명한 장면 많죠",
    "정상적으로 환불 처리되었습니다. 영업일 기준 {n}일 소요됩니다.",
    "앱 버전 {v} 에서 결제 오류가 나요. 안드로이드 14입니다.",
    "신나는 영화였어요 ㅋㅋ 반 안 보고 나온 사람도 있더라",
    "공지사항: {d} 시스템 점검으로 {n}시부터 예매가 중단됩니다.",
    "한국 영화 중 최고. 주연 배우 연기 미쳤다",
    "배송지는 지난번 주소 그대로 해주세요. 주문 No. {o}",
    "정말 감동이었어요. 엔딩 크레딧 끝까지 보세요",
    "티켓 {o} 양도합니다. 가격은 {p}원",
    "송년회 단체관람 {n}명 가능할까요? 영수증 번호 {o}",
    "시네마 클럽 모임 공지: 이번 달 주제는 '{m}'",
]


def clean(g: Gen) -> Post:
    r = g.r
    tpl = r.choice(CLEAN)
    text = tpl.format(m=r.choice(["하얼빈", "서울의 봄", "파묘", "범죄도시4", "베테랑2", "외계+인"]),
                      n=r.randint(1, 9), o=r.randint(10**9, 10**13), t=r.randint(10**11, 10**12),
                      s=r.choice("ABCDEFGHJK"), k=r.randint(1, 20), c=f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                      v=f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}", d=f"{r.randint(1, 12)}월 {r.randint(1, 28)}일",
                      p=f"{r.randint(8, 30)},000")
    return Post("clean").add(text, None, "CLEAN")


def build(seed: int, half: int, n_pos: int, n_clean: int):
    rng = random.Random(seed)
    g = Gen(rng, pools(half))
    pos = [positive(g).build(f"p{seed}-{i:04d}") for i in range(n_pos)]
    cln = [clean(g).build(f"c{seed}-{i:04d}") for i in range(n_clean)]
    return pos, cln


def main() -> None:
    assert catalogue()  # the same catalogue (allow-list) as the first set
    dev, dev_clean = build(2026, 0, 600, 650)
    test_pos, test_clean = build(4711, 1, 300, 320)
    write_jsonl(HERE / "dev2.jsonl", dev)
    write_jsonl(HERE / "clean2.jsonl", dev_clean)
    write_jsonl(HERE / "test2.jsonl", test_pos + test_clean)
    print(f"dev2 {len(dev)}, clean2 {len(dev_clean)}, test2 {len(test_pos) + len(test_clean)}")


if __name__ == "__main__":
    main()

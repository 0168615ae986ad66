"""test16's framed posts (P11.2): templates with slots, filled from t16_pools with the set's
seeded Random and wrapped in varied openers and closers, so no two posts are the same."""

from __future__ import annotations

import random
import string

import t16_markup
import t16_pools as pools

OPENERS = ("", "", "", "안녕하세요~ ", "질문있어요! ", "급해요ㅠㅠ ", "ㅋㅋ ", "후기 남겨요. ", "혹시 ",
           "관리자님 ", "[문의] ", "저기요 ", "오랜만에 글 써요. ", "아 진짜 ", "ㅎㅇ ", "다름이 아니라 ",
           "궁금한게 있는데요, ", "(모바일이라 오타 양해) ", "제목 그대로입니다. ", "음.. ")
CLOSERS = ("", "", "", " 감사합니다.", " ㅠㅠ", " ㅎㅎ", " 부탁드려요!", " 답변 기다릴게요~", " ^^",
           " (수정: 오타)", " 🙏", " 좋은 하루 되세요", " ㅋㅋㅋ", " 확인 부탁드립니다.", "..",
           " 이상입니다.", " 빠른 처리 부탁", " 😭", " 👍", " 고맙습니다!")

PERSONAL = (
    ("resale", "{film} {date} {time} {seat} 양도해요 {price} 입금은 {AC} {N} / 문자 {PH}"),
    ("resale", "거래하실분 {PH} 로 연락주세요~ {film} {scr} 두장, 예금주 {N}"),
    ("lost_found", "{cin} {scr}에 두고 간 지갑 찾아요. 신분증 이름 {N}, 연락처 {PH}"),
    ("lost_found", "분실물 접수\n물품: 카드지갑\n이름: {N}\n연락처: {PH}\n장소: {scr} {seat}"),
    ("winner_reply", "당첨 배송지 보내드려요\n받는분: {N}\n주소: {A}\n연락처: {PH}"),
    ("winner_reply", "{N} / {A} / {PH} 로 보내주세요 {film} 굿즈 당첨자예요"),
    ("group_watch", "{date} {film} 같이 보실분~ 지금 {N}, {N2} 있어요 {cin} {time}"),
    ("group_watch", "{N}, {N2} 그리고 저 셋이 {film} 봤는데 {N} 혼자 졸았음 ㅋㅋ {actor} 나올때만 깸"),
    ("refund", "환불계좌 {AC} 예금주 {N} 예매번호 {bk}"),
    ("refund", "카드 {C} 로 결제한 {price} 취소해주세요 명의자 {N}"),
    ("counsel_memo", "[상담메모] 고객 {N} / {PH} / {bk} 환불 문의 / 회신 {E}"),
    ("counsel_memo", "콜백: {N} 고객님 {PH} ({date} 오전) - 쿠폰 {cpn} 미적용"),
    ("parent_group", "{N} 어머님 단체관람 명단 받았습니다. 인솔 {N2} 선생님 {PH}, 학생 {price}"),
    ("company_excel", "이름\t연락처\t메일\n{N}\t{PH}\t{E}\n{N2}\t{PH2}\t-"),
    ("foreign_member", "Hi I'm {N}, my 외국인등록번호 is {F}. phone {PH} please help"),
    ("foreign_member", "외국인 회원 {N} 입니다. 여권번호 {PP} 로 예매했는데 현장 확인 되나요"),
    ("identity", "경품 제세공과금 신고용: {N} / {R} / {A}"),
    ("identity", "면허증 두고 가신 {N}님~ 면허번호 {DL} 안내데스크 보관중"),
    ("identity", "제 계정에 {IP} 에서 로그인 시도가 있었어요 회원 {N} 본인입니다 확인해주세요"),
    ("identity", "여권 주우신분 ㅠ {N} 이름이고 번호 {PP} 예요 {PH}"),
    ("email", "영수증 {E} 로 다시 보내주세요 예매자 {N}"),
    ("email", "{N} 입니다 답장은 {E} 로 부탁드려요"),
    ("kakao", "{N}: {film} 몇시?\n{N2}: {time}\n{N}: ㅇㅋ {seat} 잡음\n{N2}: 돈 {AC}로 보냄"),
    ("kakao", "[문자] {N}님 {film} 예매 완료 {seat}\n이거 제가 받았어요 전 {N} 아닌데;; 제 번호 {PH}"),
    ("review", "친구 {N} 데리고 {film} 보고 왔어요 {actor} 연기 최고, {N} 최애 캐릭터는 {chr}래요"),
    ("review", "남편 {N} 씨가 {actor} 팬이라 {film} 봤어요 {scr} 강추"),
    ("address", "택배 주소 변경: {A} (받는분 {N})"),
    ("address", "저희집 {A} 근처에 {cin} 있어서 자주 가요. {N}"),
    ("card", "결제카드 {C} 유효기간 지났는데 등록 어떻게 바꿔요? {N}"),
    ("address", "이사했어요 구주소 {A} 말고 새 주소 {A2} 로 보내주세요 - {N}"),
    ("address", "[배송지 확인] 수령인 {N} 님 / {A} / {PH} 맞으시면 답장 부탁드립니다"),
    ("identity", "외국인 등록증 분실 신고합니다 {N} {F} 연락 {E}"),
    ("identity", "청불 입장 확인 때 적어간 면허번호 {DL} 지워주세요 ({N})"),
    ("identity", "[관리자 메모] 도배 계정 {IP} / 가입명 {N} / 연락처 {PH} 차단 처리"),
    ("identity", "본인인증 오류: 이름 {N} 주민번호 {R} 휴대폰 {PH}"),
    ("account", "입금했어요 {AC} 에서 {price}, 입금자명 {N} 확인 부탁드려요"),
    ("staff_reply", "[답변] {N} 고객님, 문의하신 {bk} 건은 {date} 취소 처리되었습니다. 연락처 {PH}로 문자 드렸습니다."),
)

CLEAN = (
    ("review", "{film} 봤어요 {actor} 연기 미쳤다 {chr} 나올때 소름"),
    ("review", "{nfilm} 다시 보니 또 울컥 {actor} 최고"),
    ("review", "{dir} 감독 신작 {film} {scr}로 봤는데 {word} 좋았어요"),
    ("review", "{film} {run} 순삭 {seat} 명당이었음 {tag}"),
    ("review", "{idol} 팬미팅 라이브뷰잉 {cin}에서 봤어요 {seat}"),
    ("review", "{ath} 다큐 {cin} {time} 회차 괜찮았어요"),
    ("review", "{pub} 나온 {film} 홍보 예능 보고 예매함 ㅋㅋ"),
    ("booking", "예매번호 {bk} {film} {date} {time} {seat} 맞는지 확인 부탁"),
    ("booking", "주문번호 {ord} 팝콘 픽업 안내 문자 안왔어요"),
    ("booking", "쿠폰 {cpn} 등록했는데 {price} 할인이 안 돼요"),
    ("booking", "송장번호 {trk} 굿즈 배송 조회 안 돼요"),
    ("booking", "기프트카드 {gift} 잔액 조회 어떻게 해요?"),
    ("cinema_info", "{cin} 주소 {cad} 전화 {cph} 주차 되나요?"),
    ("cinema_info", "{cin} ({cph}) 에 전화했더니 {op}로 하라네요"),
    ("notice", "[공지] 개인정보 문의: {op} / 보호책임자 {opname}"),
    ("notice", "[당첨자] {mnm} ({mph}) {mnm2} ({mph2}) 축하드립니다"),
    ("notice", "[당첨자] {mem} 님 외 2명, 배송지 입력 {date}까지"),
    ("notice", "[안내] 고객센터 {op} 운영시간 {time}까지"),
    ("staff_reply", "[답변] 고객님 카드 {mcd} 결제 건 {date} 취소 완료되었습니다."),
    ("staff_reply", "[답변] 해당 지점 {cin} ({cph})에서 분실물 보관 중입니다."),
    ("form", "예시) 이름 {fx} / 연락처 {fxp} 처럼 적어주세요"),
    ("handle", "{hnd} 님 리뷰 보고 {film} 봤어요 {word} 공감"),
    ("handle", "{nick}님 추천대로 {scr} {seat} 앉았는데 최고"),
    ("chat", "{nick}: {film} ㄱ?\n{nick2}: {time} ㄱㄱ\n{nick}: {seat} 예매완료"),
    ("business", "영화 보고 {biz} 갔는데 맛있어요 {bad} / {bph}"),
    ("business", "{biz} ({bph}) 영화표 보여주면 10% 할인이래요 위치는 {bad}"),
    ("place", "{cin} 가는데 {plc}에서 몇번 출구가 가까워요?"),
    ("name_like", "{word} {film} 재밌었어요 {price}가 안 아까움"),
    ("tag", "{tag} {tag2} 오늘은 {film} {scr}"),
)

_POOLS = {"film": pools.FILMS, "nfilm": pools.NAME_FILMS, "actor": pools.ACTORS,
          "dir": pools.DIRECTORS, "chr": pools.CHARACTERS, "idol": pools.IDOLS,
          "ath": pools.ATHLETES, "pub": pools.PUBLIC, "scr": pools.SCREENS, "hnd": pools.HANDLES,
          "nick": pools.NICKS, "word": pools.WORDS, "tag": pools.HASHTAGS}
_KINDS = {"film": "ft", "nfilm": "fn", "actor": "act", "dir": "dir", "chr": "chr", "idol": "idol",
          "ath": "ath", "pub": "pub", "scr": "scr", "hnd": "hnd", "nick": "nick", "word": "word",
          "tag": "tag"}
_PLACES = ("홍대입구역", "강남역", "잠실역", "서면역", "동대구역", "판교역", "여의도역")


def _code(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _numbers(rng: random.Random) -> dict[str, str]:
    d = pools._d
    return {
        "bk": "{{bk:" + rng.choice((f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}", f"T{d(rng, 11)}",
                                    f"{d(rng, 4)} {d(rng, 4)} {d(rng, 4)}")) + "}}",
        "ord": "{{ord:" + rng.choice((f"ORD-2025{d(rng, 4)}-{d(rng, 5)}", f"2025{d(rng, 11)}")) + "}}",
        "cpn": "{{cpn:" + f"MQ-{_code(rng, 4)}-{_code(rng, 4)}" + "}}",
        "trk": "{{trk:" + f"{d(rng, 4)} {d(rng, 4)} {d(rng, 4)}" + "}}",
        "gift": "{{gift:" + f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}-{d(rng, 4)}" + "}}",
        "mph": "{{mph:" + f"010-****-{d(rng, 4)}" + "}}",
        "mph2": "{{mph:" + f"010-{d(rng, 2)}**-**{d(rng, 2)}" + "}}",
        "mcd": "{{mcd:" + f"{d(rng, 4)}-****-****-{d(rng, 4)}" + "}}",
        "mnm": "{{mnm:" + rng.choice(pools.SURNAMES[:40]) + "*" + rng.choice(pools.GIVEN_B) + "}}",
        "mnm2": "{{mnm:" + rng.choice(pools.SURNAMES[:40]) + "**}}",
        "mem": "{{mem:" + rng.choice("abcdefghjkmnpst") + rng.choice("aeiou") + "***@"
               + rng.choice(("naver.com", "gmail.com", "daum.net")) + "}}",
        "seat": "{{seat:" + rng.choice("ABCDEFGHIJKLM") + rng.choice(("열 ", "")) + str(rng.randrange(1, 25)) + "}}",
        "time": "{{time:" + f"{rng.randrange(9, 24)}:{rng.choice(('00', '10', '20', '30', '40', '50'))}" + "}}",
        "price": "{{price:" + f"{rng.randrange(7, 50)},000원" + "}}",
        "date": "{{date:" + rng.choice((f"{rng.randrange(1, 13)}/{rng.randrange(1, 29)}",
                                        f"{rng.randrange(1, 13)}월 {rng.randrange(1, 29)}일")) + "}}",
        "run": "{{run:" + f"{rng.randrange(88, 180)}분" + "}}",
    }


def _slots(rng: random.Random, forbidden: set[str]) -> dict[str, str]:
    slots = _numbers(rng)
    for key, pool in _POOLS.items():
        slots[key] = "{{" + _KINDS[key] + ":" + pools.pick(rng, pool) + "}}"
    slots["nick2"] = "{{nick:" + pools.pick(rng, pools.NICKS) + "}}"
    slots["tag2"] = "{{tag:" + pools.pick(rng, pools.HASHTAGS) + "}}"
    cin, cph, cad = pools.pick(rng, pools.CINEMAS)
    slots.update(cin="{{cin:" + cin + "}}", cph="{{cph:" + cph + "}}", cad="{{cad:" + cad + "}}")
    biz, bph, bad = pools.pick(rng, pools.BUSINESSES)
    slots.update(biz="{{biz:" + biz + "}}", bph="{{bph:" + bph + "}}", bad="{{bad:" + bad + "}}")
    slots["op"] = "{{op:" + pools.pick(rng, pools.OPERATOR[:5]) + "}}"
    slots["opname"] = "{{op:이경수}}"
    slots["fx"] = "{{fx:" + pools.pick(rng, ("홍길동", "김철수", "이영희")) + "}}"
    slots["fxp"] = "{{fxp:" + pools.pick(rng, ("010-0000-0000", "010-1234-5678")) + "}}"
    slots["plc"] = "{{plc:" + pools.pick(rng, _PLACES) + "}}"
    first = pools.person(rng, forbidden)
    second = pools.person(rng, forbidden | {first})
    slots.update(N=f"[[P:{first}]]", N2=f"[[P:{second}]]", PH=pools.phone(rng),
                 PH2=pools.phone(rng), E=pools.email(rng), A=pools.address(rng), A2=pools.address(rng),
                 R=pools.rrn(rng), F=pools.rrn(rng, foreign=True), C=pools.card(rng),
                 AC=pools.account(rng), PP=pools.passport(rng), DL=pools.licence(rng),
                 IP=pools.ip(rng))
    return slots


def framed(rng: random.Random, side: str, count: int, seen: set[str],
           forbidden: set[str]) -> list[tuple[str, str, str]]:
    """``count`` framed rows for ``side`` (``p`` or ``c``) whose plain text is not in ``seen``."""
    frames = PERSONAL if side == "p" else CLEAN
    rows = []
    while len(rows) < count:
        style, body = frames[rng.randrange(len(frames))]
        marked = (rng.choice(OPENERS) + body.format_map(_slots(rng, forbidden))
                  + rng.choice(CLOSERS))
        plain = _plain(marked)
        if plain not in seen:
            seen.add(plain)
            rows.append((side, f"{style}_frame", marked))
    return rows


def _plain(marked: str) -> str:
    return t16_markup.parse("personal:x" if "[[" in marked else "clean:x", marked).text

"""test9 posts with personal data, community side: chat logs, ticket trades, reviews
that name friends without any cue word, dialect, event entries, tables of group
members, very short posts and mixed Korean/English."""

from __future__ import annotations

import t9_lookalikes as L
import t9_values as V
from t9_build import Writer, josa, neg, pii, style, vocative


@style("chat")
def chat_log(r, w: Writer):
    a_full, a_given = V.korean_person(r)
    b = V.korean_person(r)[0]
    bank = r.choice(["카카오뱅크", "토스뱅크", "신한", "국민은행"])
    w.fill(r.choice([
        "[{a}] [오후 9:1{m}] 표 내가 {theatre}로 잡았어 {seat}\n"
        "[{b}] [오후 9:1{m}] 오 ㄱㅅ 얼마 보내면 됨?\n"
        "[{a}] [오후 9:2{m}] {price} {bank} {acct} ㄱㄱ\n"
        "[{b}] [오후 9:2{m}] {given_voc}{voc} 팝콘 기프티콘 택배로 보낼게 너네 집 {addr} 맞지?",
        "2024년 11월 2{m}일 오후 11:0{m}, {a} : 내일 {theatre} {seat} 예매함\n"
        "2024년 11월 2{m}일 오후 11:0{m}, {b} : ㅇㅋ 돈은 {bank} {acct} 맞지?\n"
        "2024년 11월 2{m}일 오후 11:1{m}, {a} : ㅇㅇ {price}\n"
        "2024년 11월 2{m}일 오후 11:1{m}, {b} : {given_voc}{voc} 끝나고 {addr} 들렀다 가자",
        "{b}: 야 {given_voc}{voc}\n{b}: 영화 몇시\n{a}: {theatre} {seat}\n{a}: 돈 {bank} {acct}로 {price}\n"
        "{b}: 택배 {addr}로 시키면 되지?"]),
           a=a_full, b=b, m=str(r.randint(0, 9)), theatre=L.theatre(r), seat=L.seat(r),
           price=L.price(r), bank=bank, acct=V.account(r, bank), given_voc=a_given,
           voc=vocative(a_given.text)[-1], addr=V.address(r))


@style("trade")
def ticket_trade(r, w: Writer):
    bank = r.choice(list(V.ACCOUNT_SHAPES))
    w.fill(r.choice([
        "[양도] {title} {date} {time} {screen} {seat} 2매 정가 양도해요\n"
        "사정이 생겨서 못 가게 됐네요ㅠ 입금 먼저 해주시면 예매번호 {booking} 캡처 보내드립니다\n"
        "{bank} {acct} 예금주 {name}\n문자는 {phone} 로만 받아요 (전화X)",
        "ㅍㅍ) {title} 무대인사 {seat} 1석\n가격: 정가+수수료 없음\n거래: 선입금 ({bank} {acct} {name})\n"
        "연락: {phone}\n※ 예매번호 {booking} 뒷자리만 먼저 보여드려요",
        "{date} {title} 표 구해요 아니 팔아요ㅋㅋ 헷갈렸네 {screen} {seat}이고 {name} 명의예요 "
        "입금은 {bank} {acct} / {phone}"]),
           title=L.title(r), date=L.date(r), time=L.time(r), screen=L.screen(r), seat=L.seat(r),
           booking=L.booking(r), bank=bank, acct=V.account(r, bank), name=V.person(r),
           phone=V.phone(r, mobile=True))


@style("review")
def review_friends(r, w: Writer):
    f1, f2 = V.korean_person(r)[1], V.korean_person(r)[1]
    w.fill(r.choice([
        "{title} 보고 왔어요. {actor} 연기 미쳤고 {char} 나올 때마다 소름.\n"
        "{f1}{j1} {f2} 데리고 갔는데 {f1b}{jb} 울고 나는 잠들었음ㅋㅋㅋ "
        "{word} 다음엔 {actor2} 나오는 거 보러 가기로 함. 별점 {score}",
        "{score} / {f1}{j1} {f2} 셋이 봄. {char} 반전은 {f1b}{jb} 예상했다는데 거짓말 같음ㅋㅋ "
        "{actor} 팬이면 필수",
        "별점 {score}\n- 같이 본 사람: {f1}, {f2}\n- 한줄평: {actor}의 {title}. {word} 재밌음"]),
           title=L.title(r), actor=L.public_figure(r), char=L.character(r), f1=f1,
           j1=josa(f1.text, "이랑/랑"), f2=f2, f1b=pii(f1.text, "PERSON"),
           jb=josa(f1.text, "이는/는"),
           word=L.word(r), actor2=L.public_figure(r),
           score=L.rating(r))


@style("dialect")
def dialect(r, w: Writer):
    mom = V.person(r, allow_foreign=False)
    w.fill(r.choice([
        "아따 {theatre} 그 직원 참말로 친절하더마. 우리 어매 {mom} 여사 폰 {phone} 이걸로 예매했는디 "
        "문자가 안 온당께. 집이 {addr} 인디 거기로 종이표라도 보내주면 안 되것소?",
        "마 내 {title} 예매한 거 확인 좀 해도. 이름 {mom} 이고 번호 {phone} 아이가. "
        "{theatre} 간다 캤는데 와 표가 없노. 주소는 {addr} 이데이.",
        "혼저옵서예~ {theatre}에서 {title} 봤수다. 우리 삼촌 {mom} 이 폰 {phone}으로 예매해신디 "
        "포인트가 안 들어왔수다. 집은 {addr}마씸.",
        "아니 그게 뭐여~ {title} 예매했는디 문자가 안 와유. 이름은 {mom}{gu}, 번호는 {phone}이유. "
        "주소는 {addr}인디 우편으로라도 보내줄 수 있슈?"]),
        theatre=L.theatre(r), mom=mom, gu=josa(mom.text, "이구유/구유"), phone=V.phone(r, mobile=True),
        addr=V.address(r), title=L.title(r))


@style("event_entry")
def event_entry(r, w: Writer):
    sep = r.choice(["/", " / ", ", ", "|"])
    w.fill(r.choice([
        "{title} 개봉 기념 댓글 이벤트 응모합니다!!\n{name}" + sep + "{phone}" + sep +
        "{mail}" + sep + "{addr}\n기대평: {actor} 믿고 봅니다. 당첨되면 {who}{j} 같이 갈래요 ㅎㅎ",
        "응모요~ {actor} 팬 n년차입니다\n이름 {name}\n폰 {phone}\n메일 {mail}\n주소 {addr}\n"
        "{who}{j} 꼭 가고 싶어요!!",
        "{name} {phone} {addr}" + sep + "{mail} {title} 너무 기대돼요 {who}{j} 보러갈게요"]),
           title=L.title(r), name=V.person(r), phone=V.phone(r), mail=V.email(r),
           addr=V.address(r), actor=L.public_figure(r), who=(g := V.korean_person(r)[1]), j=josa(g.text, "이랑/랑"))


@style("table")
def group_table(r, w: Writer):
    w.fill("단체관람 명단 ({title}, {date}, {screen})\n| 이름 | 연락처 | 좌석 |\n|---|---|---|\n",
           title=L.title(r), date=L.date(r), screen=L.screen(r))
    for _ in range(r.randint(2, 3)):
        w.fill("| {n} | {p} | {s} |\n", n=V.person(r), p=V.phone(r), s=L.seat(r))
    w.fill("인솔 {lead} 선생님, 결제 카드 {card}", lead=V.korean_person(r)[0], card=V.card(r))


@style("short")
def short_post(r, w: Writer):
    templates = [("{n} {p} 연락주세요", dict(n=V.person, p=V.phone)),
                 ("주민번호 {x} 이거 맞게 넣은 건데 인증 실패 뜸", dict(x=V.rrn)),
                 ("{x} ← 외국인등록번호인데 가입이 안돼요", dict(x=V.frn)),
                 ("환불은 {b} {x} 로 해주세여", dict(x=None)),
                 ("여권 {x} 로 본인확인 했어요", dict(x=V.passport)),
                 ("면허 {x} 신분증 대체 되나요?", dict(x=V.licence)),
                 ("아이피 {x} 차단 풀어주세요 억울해요", dict(x=V.ip)),
                 ("{n} 님 {e} 로 티켓 보냈어요", dict(n=V.person, e=V.email)),
                 ("카드 {x} 결제 취소 좀", dict(x=V.card))]
    text, makers = r.choice(templates)
    slots = {k: f(r) for k, f in makers.items() if f is not None}
    if "b" in text:
        bank = r.choice(list(V.ACCOUNT_SHAPES))
        slots.update(b=bank, x=V.account(r, bank))
    w.fill(text, **slots)


@style("lost_found")
def lost_board(r, w: Writer):
    full, given = V.korean_person(r)
    w.fill(r.choice([
        "{date} {theatre} {screen} 뒷줄에서 에어팟 케이스 잃어버렸어요. 케이스에 '{given}' 이니셜 "
        "스티커 붙어있어요. 제 이름이 {full}{j}.. 찾으시면 {phone}로 연락 부탁드려요. "
        "사례하겠습니다! 동생이 사준 거라 꼭 찾아야 돼요ㅠ",
        "혹시 {screen}에서 학생증 주우신 분 계신가요?? {full}{k} 적혀있는 거요. 연락처 {phone}",
        "찾아요) 남색 텀블러, 바닥에 '{given}♡' 각인. {date} {theatre}. {phone} 문자주세요"]),
           date=L.date(r), theatre=L.theatre(r), screen=L.screen(r), given=given, full=full,
           j=josa(full.text, "이거든요/거든요"), k=josa(full.text, "이라고/라고"), phone=V.phone(r, mobile=True))


@style("english_mixed")
def english_mixed(r, w: Writer):
    hangul, latin = r.choice(V.FOREIGN)
    w.fill("omg my friend {latin} (한국 이름은 {ko}) is visiting next week!! 같이 {title} 보려는데 "
           "English subtitle 있는 회차 있나요? her passport no. {pp}, email {mail} 로 "
           "e-ticket 받을 수 있을까요? 숙소는 {addr} 이에요. {hangul} 언니 완전 {actor} 팬임",
           latin=pii(latin, "PERSON"), ko=V.korean_person(r)[0], title=L.title(r),
           pp=V.passport(r), mail=V.email(r), addr=V.address(r), hangul=pii(hangul, "PERSON"),
           actor=L.public_figure(r))


@style("cs_inquiry")
def proposal(r, w: Writer):
    a, b = V.korean_person(r)[0], V.korean_person(r)[0]
    w.fill(r.choice([
        "상영관 대관해서 프로포즈 하려고 합니다.\n신청자: {a}\n상대방: {b} (절대 비밀!!)\n"
        "희망 상영관: {theatre} {screen}\n연락처: {phone} / 이메일: {mail}\n"
        "엔딩 크레딧 뒤에 '{b2} 나랑 결혼해줄래?' 자막 넣을 수 있을까요? 우리 첫 데이트 영화가 "
        "{title}{was}.",
        "대관 문의요!! 여자친구 몰래 이벤트 하려고요ㅎㅎ 광고 시간에 '{b2}, 1000일 축하해' 영상 "
        "틀 수 있나요? 전 {a}{ig} {phone}으로 연락주세요. 메일은 {mail}",
        "[대관 신청서]\n신청인 {a} / {phone}\n행사 내용: 청혼 (대상 {b})\n상영작: {title}\n"
        "장소: {theatre} {screen}\n견적서 받을 메일: {mail}"]),
           a=a, ig=josa(a.text, "이고/고"), b=b, theatre=L.theatre(r), screen=L.screen(r),
           phone=V.phone(r), mail=V.email(r),
           b2=pii(b.text, "PERSON"), title=(t := L.title(r)),
           was=josa(t.text, "이었어요/였어요"))


@style("staff_note")
def staff_handover(r, w: Writer):
    w.fill("[인수인계] {date} 마감조\n- 근무: {s1}, {s2} 외 알바 {k}명\n"
           "- 매점 정산 차액 {price}, {s1b} 확인함\n- 단골 {m} 고객 분실 우산 보관 (연락처 {phone})\n"
           "- 포스 {ver} 업데이트 후 영수증 프린터 오류, 본사 {op} 통화 완료",
           date=L.date(r), s1=(s1 := V.korean_person(r)[0]), s2=V.person(r, allow_foreign=False),
           k=str(r.randint(1, 4)), price=L.price(r), s1b=pii(s1.text, "PERSON"),
           m=V.person(r), phone=V.phone(r), ver=L.version(r), op=neg("1661-9265", "OPERATOR"))


TALK = [chat_log, ticket_trade, review_friends, dialect, event_entry, group_table, short_post,
        lost_board, english_mixed, proposal, staff_handover]

"""test9 posts with personal data from everyday board life: birthday screenings that
call a friend by name, complaints naming a staff member from the name tag, seat swaps,
gift tickets, company-mates lists with no cue word, and mixed-script trade messages."""

from __future__ import annotations

import t9_lookalikes as L
import t9_values as V
from t9_build import Writer, josa, pii, style, vocative


@style("cs_inquiry")
def birthday_message(r, w: Writer):
    full, given = V.korean_person(r)
    w.fill("생일 축하 상영 메시지 신청합니다 🎂\n상영 전 스크린에 띄울 문구: '사랑하는 {given}{voc} "
           "스물다섯 번째 생일 축하해! 평생 {title} 같이 보자'\n대상: {full} / 신청자: {me}\n"
           "희망 회차: {date} {time} {theatre}\n결제는 {card} 로 해주세요",
           given=given, voc=vocative(given.text)[-1], title=L.title(r), full=full,
           me=V.person(r), date=L.date(r), time=L.time(r), theatre=L.theatre(r), card=V.card(r))


@style("cs_inquiry")
def staff_nametag(r, w: Writer):
    staff = V.korean_person(r)[0]
    w.fill(r.choice([
        "{theatre} 매표소 직원 명찰에 {staff}{j} 써 있던데 그분 응대가 너무 불친절했어요. "
        "제 번호 {phone}로 연락 주시면 자세히 말씀드릴게요. 참고로 {actor} 나오는 {title} 보러 갔었음.",
        "칭찬합니다! {date} {theatre} {screen} 담당 {staff} 매니저님 덕분에 휠체어석 편하게 "
        "이용했어요. 어머니 {mom}님도 너무 고마워하셨어요. 회신은 {mail}로 부탁드려요."]),
        theatre=L.theatre(r), staff=staff, j=josa(staff.text, "이라고/라고"), phone=V.phone(r),
        actor=L.public_figure(r), title=L.title(r), date=L.date(r), screen=L.screen(r),
        mom=V.person(r, allow_foreign=False), mail=V.email(r))


@style("board")
def seat_swap(r, w: Writer):
    a, b = V.korean_person(r)[0], V.korean_person(r)[0]
    w.fill("{title} {time} 회차 {seat} 예매하신 분~ 저랑 자리 바꿔주실 수 있나요? 커플석 옆자리라서요ㅠ "
           "저는 {seat2}이고 {a} 이름으로 예매돼 있어요. 남친 {b}{k} 같이 앉고 싶어서… "
           "카톡 말고 문자 {phone} 주세요!",
           title=L.title(r), time=L.time(r), seat=L.seat(r), seat2=L.seat(r), a=a, b=b, k=josa(b.text, "이랑/랑"), phone=V.phone(r, mobile=True))


@style("cs_inquiry")
def gift_ticket(r, w: Writer):
    w.fill("선물하기로 {title} 관람권 보냈는데 받는 사람 번호를 잘못 썼어요ㅠ\n"
           "보낸 사람: {me} ({myphone})\n잘못 쓴 번호: {wrong}\n받을 사람: {friend} ({phone})\n"
           "주문번호 {order}. 이미 다른 사람이 썼으면 어떡하죠…",
           title=L.title(r), me=V.person(r), myphone=V.phone(r), wrong=V.phone(r),
           friend=V.person(r), phone=V.phone(r), order=L.order(r))


@style("chat")
def coworkers(r, w: Writer):
    names = [V.korean_person(r)[0] for _ in range(r.randint(2, 4))]
    w.lit("팀 회식 대신 영화 보기로 함 ")
    w.val(L.title(r))
    w.lit("\n")
    for i, name in enumerate(names):
        w.val(name)
        w.lit(", " if i < len(names) - 1 else " ")
    w.fill("이렇게 {n}명. {seat}부터 쭉 잡아줘. 법인카드는 {card}, 영수증은 {mail}로",
           n=str(len(names)), seat=L.seat(r), card=V.card(r), mail=V.email(r))


@style("trade")
def trade_mixed(r, w: Writer):
    hangul, latin = r.choice(V.FOREIGN)
    bank = r.choice(["카카오뱅크", "토스뱅크", "하나은행", "우리은행"])
    w.fill("Selling 2 tickets for {title} ({date}, {seat}) 정가 {price}! Korean bank transfer only: "
           "{bank} {acct} ({name}). DM me or email {mail}. Can meet at {theatre} lobby. "
           "{name2} 명의로 예매돼 있어서 현장 발권은 같이 가야 해요",
           title=L.title(r), date=L.date(r), seat=L.seat(r), price=L.price(r), bank=bank,
           acct=V.account(r, bank), name=pii(latin, "PERSON"), mail=V.email(r),
           theatre=L.theatre(r), name2=pii(hangul, "PERSON"))


@style("board")
def parcel_neighbour(r, w: Writer):
    w.fill("이벤트 경품이 엉뚱한 데로 갔대요;; 저는 {addr1} 이고 택배 기사님이 {addr2}에 두고 가셨대요. "
           "거기 사는 분 성함은 {name}{j} 경비실에서 들었어요. 운송장 {track}, 제 번호 {phone}",
           addr1=V.address(r), addr2=V.address(r), name=(n := V.korean_person(r)[0]),
           j=josa(n.text, "이라고/라고"), track=L.tracking(r),
           phone=V.phone(r))


@style("cs_inquiry")
def account_change(r, w: Writer):
    old, new = r.sample(list(V.ACCOUNT_SHAPES), 2)
    w.fill("환불 계좌 변경 요청드려요. 기존에 등록한 {old} {acct1}은 해지했어요. 새 계좌는 {new} "
           "{acct2} 입니다 (본인 명의). 취소 건 예매번호 {booking}, 금액 {price}. 확인 전화는 {phone}로, "
           "안 받으면 집 전화 {home}로 주세요.",
           old=old, acct1=V.account(r, old), new=new, acct2=V.account(r, new), booking=L.booking(r),
           price=L.price(r), phone=V.phone(r), home=V.phone(r))


@style("staff_note")
def teen_fare_log(r, w: Writer):
    w.fill("[청소년 요금 확인 {date}] {screen} {time}\n- 1건: 신분증 없음, 보호자 통화로 주민번호 {rrn} 확인\n"
           "- 2건: 운전면허 {lic} 제시 → 성인, 차액 {price} 수납\n- 3건: 여권 {pp} 제시 (외국 국적)\n"
           "메모한 번호는 마감 후 파쇄함.",
           date=L.date(r), screen=L.screen(r), time=L.time(r), rrn=V.rrn(r, (2007, 2013)), lic=V.licence(r),
           price=L.price(r), pp=V.passport(r))


@style("board")
def troll_report(r, w: Writer):
    w.fill("신고합니다. {handle} 이 사람 리뷰마다 악플 달아요. 제가 예전에 같은 카페에서 봤는데 IP가 "
           "{ip}{p} 다른 닉으로도 {ip2}에서 글 씀. 전에 자기 메일 {mail} 공개한 적도 있음. "
           "{title} 리뷰 게시판 {date} 글 확인 부탁",
           handle=L.handle(r), ip=(ip := V.ip(r)), p=josa(ip.text, "이었고/였고"), ip2=V.ip(r),
           mail=V.email(r), title=L.title(r), date=L.date(r))


@style("event_entry")
def trip_prize(r, w: Writer):
    w.fill("[해외 영화제 초청 이벤트 당첨자 서류]\n영문 성명(여권과 동일): {latin}\n여권번호: {pp}\n"
           "주민등록번호: {rrn}\n비상 연락처: {phone}\n이메일: {mail}\n"
           "※ 항공권 발권용이며 행사 후 즉시 파기합니다. ({title} 상영 부문)",
           latin=pii(r.choice(["KIM MINJUN", "PARK SEOYEON", "LEE JIHOON", "CHOI YUJIN",
                               "JUNG HAEUN", "KANG DONGHYUN", "YOON BORAM", "HAN NURI"]), "PERSON"),
           pp=V.passport(r), rrn=V.rrn(r), phone=V.phone(r), mail=V.email(r), title=L.title(r))


@style("notice")
def lost_notice(r, w: Writer):
    """A notice where the staff printed more of the found ID than they should have."""
    name = V.korean_person(r)[0]
    doc = r.choice([("운전면허증", V.licence), ("여권", V.passport), ("외국인등록증", V.frn)])
    w.fill("[공지] {theatre} 분실물 주인을 찾습니다\n{date} {screen}에서 {docname}을 습득했습니다.\n"
           "- 성명: {name}\n- 번호: {docno}\n본인 확인 후 돌려드리니 매표소로 오시거나 고객센터 {op}로 "
           "문의해 주세요. ({name2} 님 지인분 계시면 전해 주세요)",
           theatre=L.theatre(r), date=L.date(r), screen=L.screen(r), docname=doc[0], name=name,
           docno=doc[1](r), op=L.operator(r), name2=pii(name.text, "PERSON"))


LIFE = [lost_notice, account_change, teen_fare_log, troll_report, trip_prize, birthday_message, staff_nametag, seat_swap, gift_ticket, coworkers, trade_mixed,
        parcel_neighbour]

"""test9 posts with personal data in forms, logs and long letters: identity documents
checked at the desk, login logs full of IPs, lists of foreign workers with their
registration numbers, and a long formal complaint that names the same person twice."""

from __future__ import annotations

import t9_lookalikes as L
import t9_values as V
from t9_build import Writer, josa, neg, pii, style


@style("staff_note")
def id_document_log(r, w: Writer):
    hangul, latin = r.choice(V.FOREIGN)
    w.fill("[본인확인 기록 {date}] 외국인 회원 멤버십 전환 건\n- 제출 서류: 외국인등록증 / 여권\n"
           "- 등록번호: {frn}\n- 여권: {pp} (영문명 {latin})\n- 국내 면허 병기: {lic}\n"
           "- 처리자: {screen} 매니저, 사본은 {n}일 후 파기 예정. 회원 요청으로 한글 표기 {hangul}도 "
           "함께 등록.",
           date=L.date(r), frn=V.frn(r), pp=V.passport(r), latin=pii(latin, "PERSON"),
           lic=V.licence(r), screen=L.screen(r), n=str(r.choice([3, 5, 7])),
           hangul=pii(hangul, "PERSON"))


@style("staff_note")
def login_log(r, w: Writer):
    w.fill("보안팀 공유) 계정 탈취 의심 건. 가입 메일 {mail}, 최근 접속 기록:\n"
           "| 시각 | 접속 IP | 앱 버전 | 결과 |\n|---|---|---|---|\n", mail=V.email(r))
    for _ in range(r.randint(2, 4)):
        w.fill("| {t} | {ip} | {v} | {res} |\n", t=L.time(r), ip=V.ip(r), v=L.version(r),
               res=r.choice(["성공", "실패", "실패(잠금)", "OTP 요청"]))
    w.fill("회원 본인은 {ip} 하나만 자기 집이라고 함. 비밀번호 초기화 링크 {phone} 으로 재발송.",
           ip=V.ip(r), phone=V.phone(r, mobile=True))


@style("table")
def foreign_workers(r, w: Writer):
    w.fill("{company} 외국인 근로자 문화의 날 단체 관람 신청 ({title}, {date})\n"
           "번호 | 성명 | 외국인등록번호 | 연락처\n",
           company=r.choice(["(주)대성정밀", "한빛물류", "그린팜 영농조합", "세진조선 협력사"]),
           title=L.title(r), date=L.date(r))
    for i in range(r.randint(2, 4)):
        hangul, latin = r.choice(V.FOREIGN)
        w.fill("{i} | {n} | {frn} | {p}\n", i=str(i + 1),
               n=pii(latin if r.random() < 0.4 else hangul, "PERSON"), frn=V.frn(r), p=V.phone(r))
    w.fill("인솔 담당 {lead} 과장 (회사 대표번호는 {biz})", lead=V.person(r, allow_foreign=False),
           biz=L.business(r))


@style("cs_inquiry")
def long_complaint(r, w: Writer):
    full, given = V.korean_person(r)
    bank = r.choice(list(V.ACCOUNT_SHAPES))
    w.fill("제목: {theatre} 관람 중 발생한 사고에 대한 보상 요청\n\n수신: 마퀴 고객센터 ({help})\n\n"
           "안녕하십니까. 저는 {date} {time}에 {theatre2} {screen}에서 {title}{j} 관람한 {full}의 "
           "보호자입니다. 상영 도중 {seat} 좌석의 리클라이너가 갑자기 접히면서 아이가 손가락을 "
           "다쳤고, 현장 직원분의 안내로 근처 병원에서 치료를 받았습니다.\n\n"
           "당시 직원분께서 사고 경위서를 작성하시면서 아이 주민등록번호({rrn})와 제 연락처({phone})를 "
           "적어 가셨는데, 이후 2주가 지나도록 아무 연락이 없었습니다. 치료비 영수증({price})은 "
           "첨부하였고, 보상금은 아래 계좌로 받고자 합니다.\n\n은행: {bank}\n계좌: {acct}\n예금주: {owner}\n\n"
           "서류 원본이 필요하시면 {addr} 로 보내 주시면 됩니다. {given}{jj} 그날 이후로 영화관에 "
           "가기 싫다고 합니다. 재발 방지 대책과 함께 회신 부탁드립니다.\n\n{owner2} 드림",
           theatre=L.theatre(r), help=neg("help@mecross.net", "OPERATOR"), date=L.date(r),
           time=L.time(r), theatre2=L.theatre(r), screen=L.screen(r), title=(t := L.title(r)),
           j=josa(t.text, "을/를"), full=full, seat=L.seat(r), rrn=V.rrn(r, V.CHILD), phone=V.phone(r),
           price=L.price(r), bank=bank, acct=V.account(r, bank),
           owner=(o := V.person(r, allow_foreign=False)), addr=V.address(r), given=given,
           jj=josa(given.text, "이는/는"), owner2=pii(o.text, "PERSON"))


@style("cs_answer")
def quoted_reply(r, w: Writer):
    w.fill("> 원문: 결제가 안 돼서 카드번호 {card} 유효기간 {exp} 적어요. 생년월일 대신 주민번호 "
           "{rrn} 넣어도 되나요? 명의자는 {name}입니다.\n\n"
           "안녕하세요, 마퀴 고객센터입니다. 게시판에 카드번호나 주민등록번호를 남기시면 다른 분께 "
           "노출될 수 있어 해당 글은 비공개로 전환했습니다. 결제 오류는 앱 {ver} 이상에서 해결되었으니 "
           "업데이트 후 다시 시도해 주세요. 추가 문의는 {op}로 부탁드립니다.",
           card=V.card(r), exp=neg(f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", "DATE"),
           rrn=V.rrn(r), name=V.person(r), ver=L.version(r), op=neg("1661-9265", "OPERATOR"))


@style("cs_inquiry")
def membership_form(r, w: Writer):
    name = V.person(r, allow_foreign=False)
    w.fill("VIP 등급 심사 서류 보냅니다\n성명 {name}\n주민등록번호 {rrn}\n운전면허번호 {lic}\n"
           "자택 {addr}\n비상연락 {phone}\n※ 작년 관람 {fig}, 주 이용 지점 {theatre}",
           name=name, rrn=V.rrn(r), lic=V.licence(r), addr=V.address(r), phone=V.phone(r),
           fig=neg(f"{r.randint(12, 140)}회", "FIGURE"), theatre=L.theatre(r))


@style("forwarded_mail")
def mail_chain(r, w: Writer):
    """A long thread of three mails, newest first, each quoting the one before."""
    member, agent = V.person(r), V.korean_person(r)[0]
    bank = r.choice(list(V.ACCOUNT_SHAPES))
    w.fill("보낸 사람: {member} <{mail}>\n받는 사람: 마퀴 고객센터 <{help}>\n제목: RE: RE: 단체 예매 환불\n\n"
           "네, 계좌는 {bank} {acct} (예금주 {member2}) 입니다. 이번 주 안에 꼭 부탁드려요.\n\n"
           "-----Original Message-----\nFrom: 마퀴 고객센터 <{help}>\nTo: {mail}\nDate: {date}\n\n"
           "{member3} 고객님, {title} 단체 관람 {n}매 중 취소하신 {k}매 환불을 위해 계좌 정보를 회신해 "
           "주시기 바랍니다. 카드 결제분({card})은 승인 취소로 처리됩니다.\n담당 {agent} / {tel}\n\n"
           "-----Original Message-----\nFrom: {member4} <{mail}>\nDate: {date2}\n\n"
           "안녕하세요. {theatre} {date} {time} {title} 단체({n}명) 예매한 사람입니다. 인원이 줄어서 "
           "{k}명분 취소하고 싶어요. 예매번호 {booking}, 제 휴대폰은 {phone} 이고 회사 주소는 {addr} "
           "입니다. 인솔 교사 {teacher} 선생님 번호 {phone2}로도 연락 가능합니다.",
           member=member, mail=V.email(r), help=neg("help@mecross.net", "OPERATOR"),
           bank=bank, acct=V.account(r, bank), member2=pii(member.text, "PERSON"),
           date=L.date(r), member3=pii(member.text, "PERSON"), title=L.title(r),
           n=str(r.randint(20, 60)), k=str(r.randint(2, 9)), card=V.card(r), agent=agent,
           tel=neg("1661-9265", "OPERATOR"), member4=pii(member.text, "PERSON"),
           date2=L.date(r), theatre=L.theatre(r), time=L.time(r), booking=L.booking(r),
           phone=V.phone(r), addr=V.address(r), teacher=V.korean_person(r)[0], phone2=V.phone(r))


FORMS = [mail_chain, id_document_log, login_log, foreign_workers, long_complaint, quoted_reply,
         membership_form]

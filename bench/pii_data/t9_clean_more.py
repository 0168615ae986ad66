"""More clean test9 posts: characters with honorifics and particles, titles that hold a
person's name, gift-card numbers, reviews in English with Latin-script names, history
talk around real politicians, quiz events and staff notes that name roles, not people."""

from __future__ import annotations

import t9_lookalikes as L
from t9_build import Writer, josa, neg, style
from t9_lexicon import PUBLIC_LATIN

NAMED_TITLES = ["82년생 김지영", "김씨 표류기", "벤자민 버튼의 시간은 거꾸로 간다", "해리 포터와 마법사의 돌",
                "에린 브로코비치", "찰리와 초콜릿 공장", "말할 수 없는 비밀", "헤어질 결심", "오펜하이머",
                "존 윅 4", "엘비스", "나의 올드 오크", "바비", "미키 17", "조커: 폴리 아 되",
                "라이언 일병 구하기", "빌리 엘리어트", "김복동", "박열", "윤희에게", "소공녀", "최악의 하루",
                "우리들", "벌새", "남매의 여름밤"]
POLITICIANS = ["전두환", "박정희", "김대중", "노무현", "김영삼", "윤보선", "최규하", "링컨", "처칠",
               "케네디", "간디"]
LINES = ["너는 계획이 다 있구나", "마침내", "누구냐 넌", "밥은 먹고 다니냐", "니가 가라 하와이",
         "I'll be back", "Why so serious?", "진실의 방으로", "살려는 드릴게"]


@style("review")
def character_honorific(r, w: Writer):
    char = L.character(r)
    w.fill("{char}{hon} 명대사 '{line}' 아직도 생각남. {title} {word} 다시 보니까 {char2}{j} 진짜 "
           "주인공이더라. {actor} 인터뷰 보니까 {char3} 연기하려고 {fig} 감량했대요.",
           char=char, hon=r.choice(["님", "의", " 씨", " 아저씨", ""]),
           line=neg(r.choice(LINES), "QUOTE"), title=L.title(r), word=L.word(r),
           char2=(c2 := L.character(r)), j=josa(c2.text, "이/가"), actor=L.public_figure(r),
           char3=L.character(r), fig=neg(f"{r.randint(5, 20)}kg", "FIGURE"))


@style("board")
def named_title(r, w: Writer):
    title = neg(r.choice(NAMED_TITLES), "TITLE")
    w.fill("{title} 재개봉 소식 듣고 {theatre}에서 {date} {time} 예매했어요. 원작 소설도 읽었는데 영화가 "
           "{word} 더 좋았음. 같이 개봉하는 {title2}{j} 고민하다가 결국 이걸로. 가격은 {price}, 좌석 {seat}.",
           title=title, theatre=L.theatre(r), date=L.date(r), time=L.time(r), word=L.word(r),
           title2=(t2 := neg(r.choice(NAMED_TITLES), "TITLE")), j=josa(t2.text, "이랑/랑"),
           price=L.price(r), seat=L.seat(r))


@style("cs_inquiry")
def gift_card(r, w: Writer):
    w.fill("기프트카드 잔액 조회가 안 돼요.\n카드번호: {v1}\n핀번호: {pin}\n구매처: {biz} 고객센터 통해서 "
           "산 {product}이에요. 예전에 받은 {v2}는 잘 됐는데 이건 '유효하지 않은 번호'라고 떠요. "
           "앱 {ver}, 결제 시도 금액 {price}",
           v1=L.voucher(r), pin=neg(f"{r.randint(0, 999999):06d}", "PIN"),
           biz=L.business(r), product=L.product(r), v2=L.voucher(r),
           ver=L.version(r), price=L.price(r))


@style("review")
def english_review(r, w: Writer):
    w.fill("{title} is {director}'s best film since {title2}. {actor} carries every scene, and "
           "{actor2} steals the last twenty minutes. Saw it in {screen} at {theatre} on {date}; "
           "seat {seat} was perfect. {score}",
           title=L.title(r), director=neg(r.choice(["Christopher Nolan", "Denis Villeneuve",
                                                    "Greta Gerwig", "Park Chan-wook", "Bong Joon-ho",
                                                    "Celine Song", "Wim Wenders"]), "PUBLIC_FIGURE"),
           title2=L.title(r), actor=neg(r.choice(PUBLIC_LATIN), "PUBLIC_FIGURE"),
           actor2=neg(r.choice(PUBLIC_LATIN), "PUBLIC_FIGURE"), screen=L.screen(r),
           theatre=L.theatre(r), date=L.date(r), seat=L.seat(r), score=L.rating(r))


@style("board")
def history_talk(r, w: Writer):
    w.fill("{title} 보고 와서 {year}년 얘기 찾아봄. {pol} 시절 이야기인 줄 알았는데 {pol2} 얘기도 "
           "나오네. {actor} 연기가 {word} 소름. 역사 선생님이 {region}에서 단체관람 시켜줬으면 좋겠다.",
           title=L.title(r), year=neg(str(r.choice([1979, 1980, 1987, 1948, 1950])), "DATE"),
           pol=neg(r.choice(POLITICIANS), "PUBLIC_FIGURE"),
           pol2=neg(r.choice(POLITICIANS), "PUBLIC_FIGURE"), actor=L.public_figure(r),
           word=L.word(r), region=L.region(r))


@style("event_entry")
def quiz_event(r, w: Writer):
    w.fill("[퀴즈 이벤트] {title}에서 {char}{j} 처음 등장하는 장소는? 정답 댓글 남기신 분 중 {n}명 추첨!\n"
           "경품: {product} / 발표: {date} / 지난 회차 당첨: {m1}, {m2}\n"
           "※ 댓글에 연락처 남기지 마세요. 당첨 시 쪽지로 안내합니다. (예시: {ex} 처럼 쓰지 마세요)",
           title=L.title(r), char=(c := L.character(r)), j=josa(c.text, "이/가"),
           n=str(r.randint(3, 30)), product=L.product(r), date=L.date(r), m1=L.masked_name(r),
           m2=L.masked_name(r), ex=neg(r.choice(["010-0000-0000", "010-1234-5678"]), "EXAMPLE"))


@style("staff_note")
def roles_note(r, w: Writer):
    w.fill("[근무표 {date}] 오픈조: 매니저 1, 미소지기 {n}, 영사 1 / 마감조: 매니저 1, 미소지기 {m}\n"
           "- {screen} 에어컨 AS 기사 방문 {time} (업체 {biz})\n- 단체 {title} {fig} 입장, {seat} 블록 "
           "통째로\n- {word} 매점 카드단말기 펌웨어 {ver}",
           date=L.date(r), n=str(r.randint(2, 6)), m=str(r.randint(2, 5)), screen=L.screen(r),
           time=L.time(r), biz=L.business(r), title=L.title(r),
           fig=neg(f"{r.randint(20, 200)}명", "FIGURE"), seat=L.seat(r), word=L.word(r),
           ver=L.version(r))


@style("cs_answer")
def faq_ids(r, w: Writer):
    w.fill("Q. 외국인도 가입할 수 있나요?\nA. 네. 외국인등록번호({ex1} 형식, 뒷자리 첫 숫자 5~8) 또는 "
           "여권번호({ex2})로 본인확인을 합니다. 입력 예시는 실제 번호가 아닙니다. 여권 영문명은 "
           "{ex3}처럼 성과 이름 순서로 적어 주세요. 문의: {op}",
           ex1=neg(r.choice(["000000-5000000", "YYMMDD-5XXXXXX", "123456-5123456"]), "EXAMPLE"),
           ex2=neg(r.choice(["M12345678", "M123A4567", "M000A0000"]), "EXAMPLE"),
           ex3=neg(r.choice(["HONG GILDONG", "Hong Gildong", "John Doe"]), "EXAMPLE"), op=L.operator(r))


@style("notice")
def newsletter(r, w: Writer):
    """A long weekly mail: many sections, every name in it public."""
    w.fill("[마퀴 위클리 {date}]\n\n■ 이번 주 개봉\n", date=L.date(r))
    for _ in range(r.randint(3, 5)):
        w.fill("· {title} — 감독 {director}, 주연 {actor}, {actor2} / 러닝타임 {run} / 개봉 {date}\n",
               title=L.title(r), director=L.public_figure(r), actor=L.public_figure(r),
               actor2=L.public_figure(r), run=L.runtime(r), date=L.date(r))
    w.fill("\n■ 무대인사\n{title} {theatre} {date} {time} — {actor}, {actor2} 참석 예정 "
           "(일정은 배급사 사정으로 바뀔 수 있습니다)\n\n■ 지난주 이벤트 당첨자\n{m1}, {m2}, {m3} "
           "(연락처 {p1}, {p2})\n\n■ 이번 주 할인\n조조 {price}, 문화가 있는 날 {price2}, "
           "쿠폰 {coupon} (앱 {ver} 이상)\n\n■ 이 주의 캐릭터\n{char}, {char2}, {char3}\n\n"
           "수신 거부: 고객센터 {tel} / {mail}",
           title=L.title(r), theatre=L.theatre(r), date=L.date(r), time=L.time(r),
           actor=L.public_figure(r), actor2=L.celebrity(r), m1=L.masked_name(r),
           m2=L.masked_name(r), m3=L.masked_name(r), p1=L.masked_phone(r), p2=L.masked_phone(r),
           price=L.price(r), price2=L.price(r), coupon=L.coupon(r), ver=L.version(r),
           char=L.character(r), char2=L.character(r), char3=L.character(r),
           tel=neg("1661-9265", "OPERATOR"), mail=neg("help@mecross.net", "OPERATOR"))


MORE = [newsletter, character_honorific, named_title, gift_card, english_review, history_talk, quiz_event,
        roles_note, faq_ids]

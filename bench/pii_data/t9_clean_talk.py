"""Clean test9 posts, community side: reviews full of actors, directors, characters and
titles with names or numbers; chats between board handles; box-office tables; dialect
and slang; words that begin with a surname syllable. No private person appears."""

from __future__ import annotations

import t9_lookalikes as L
from t9_build import Writer, josa, neg, style
from t9_lexicon import NAMELIKE_ADVERBS

DIRECTORS = ["봉준호", "박찬욱", "이창동", "나홍진", "류승완", "홍상수", "김보라", "윤가은", "장재현",
             "김한민", "우민호", "크리스토퍼 놀란", "드니 빌뇌브", "고레에다 히로카즈", "셀린 송"]


@style("review")
def review_cast(r, w: Writer):
    actor, char = L.public_figure(r), L.character(r)
    w.fill(r.choice([
        "{title} 두 번째 관람. {actor} 눈빛 하나로 {char}{j} 설명 끝. {director} 감독 미장센은 "
        "{word} 말할 필요도 없고요. {screen}에서 보니까 사운드가 {word2} 달라요. 러닝타임 {fig}인데 "
        "하나도 안 길었음. 보고 나서 {verb}",
        "솔직후기) {title} 기대 많이 했는데 {word} 좀 아쉬움. {actor} 원맨쇼고 {char} 서사가 "
        "너무 급하게 끝남. 그래도 {director} 특유의 엔딩은 좋았다. 평점 {score}",
        "{char} 역 {actor} 캐스팅 누가 했냐 상 줘라ㅋㅋ {title} {word} 최고 {word2} 재관람 각. "
        "감독 {director} 다음 작품도 무조건 봄. 관객수 {aud} 돌파 축하"]),
        title=L.title(r), actor=actor, char=char, j=josa(char.text, "을/를"),
        director=neg(r.choice(DIRECTORS), "PUBLIC_FIGURE"), word=L.word(r), word2=L.word(r),
        screen=L.screen(r), fig=L.runtime(r), score=L.rating(r), aud=L.audience(r),
        verb=L.verb(r))


@style("board")
def trivia(r, w: Writer):
    w.fill("[TMI] {title}에서 {char} 역을 맡은 {actor}{j1} 원래 {actor2}{j2} 하기로 했었대요. "
           "{historic} 이야기를 모티브로 했고, 촬영지는 {region}. 개봉일 {date}, 누적 {fig}. "
           "시사회엔 {celeb}도 왔대요. 쿠키영상은 {n}개 있으니 끝까지 앉아 계세요~",
           title=L.title(r), char=L.character(r), actor=(a1 := L.public_figure(r)),
           j1=josa(a1.text, "은/는"), actor2=(a2 := L.public_figure(r)), j2=josa(a2.text, "이/가"),
           celeb=L.celebrity(r), historic=neg(r.choice(["이순신", "안중근", "세종대왕", "유관순",
                                                            "장영실", "정약용", "김구"]), "PUBLIC_FIGURE"),
           region=L.region(r), date=L.date(r), fig=L.audience(r), n=str(r.randint(1, 3)))


@style("chat")
def chat_handles(r, w: Writer):
    a, b = L.handle(r), L.handle(r)
    w.fill(r.choice([
        "[{a}] {title} {time} 거 아직 자리 있음?\n[{b}] ㅇㅇ {seat} 남음 {price}\n"
        "[{a}] {word} 그걸로 ㄱ 예매번호 {booking} 맞지?\n[{b}] ㅇㅋ {actor} 보러 가즈아",
        "나: {title} 볼래?\n상대: {actor} 나오는 거? ㄱㄱ\n나: {time} {seat} 잡음 {price}\n"
        "상대: {word} 빠르네ㅋㅋ 예매번호 {booking} 캡처 ㄱ",
        "엄마: 아들 영화 몇시\n나: {time} {title}\n엄마: {actor} 나오는거?\n나: ㅇㅇ {seat}\n"
        "엄마: {word} 팝콘 사먹어 {price} 보냄"]),
           a=a, b=b, title=L.title(r), time=L.time(r), seat=L.seat(r), price=L.price(r),
           word=L.word(r), booking=L.booking(r), actor=L.public_figure(r))


@style("table")
def boxoffice_table(r, w: Writer):
    w.fill("주말 박스오피스 ({date} 기준)\n| 순위 | 영화 | 관객수 | 평점 |\n|---|---|---|---|\n",
           date=L.date(r))
    for rank in range(1, r.randint(3, 5) + 1):
        w.fill("| {n} | {t} | {f} | {s} |\n", n=str(rank), t=L.title(r), f=L.audience(r),
               s=neg(f"{r.randint(7, 9)}.{r.randint(10, 99)}", "FIGURE"))
    w.fill("{actor} 주연작이 {word} 1위 탈환!", actor=L.public_figure(r), word=L.word(r))


@style("dialect")
def dialect_review(r, w: Writer):
    w.fill(r.choice([
        "아이고 {title} 억수로 재밌데이. {actor} 그 양반 연기 참말로 잘하드라. {word} 우리 "
        "{region} 사람들 다 봤다 카더라. 팝콘은 {price} 주고 샀다 아이가.",
        "워메 {title} 징하게 슬프당께. {char} 나올 적마다 {word} 눈물이 나부렀어. {actor}{j} "
        "참말로 좋은 배우여. {theatre} {screen} 의자도 편하고잉.",
        "{title} 봤수다. {actor} 연기 {word} 좋았수다게. 팝콘 {price}은 좀 비쌉디다.",
        "{title} 괜찮대유~ {actor}{j} 나오는디 {word} 재밌슈. {theatre} 가면 {screen}으로 가유."]),
        title=L.title(r), actor=(a := L.public_figure(r)), word=L.word(r), region=L.region(r),
        price=L.price(r), char=L.character(r), j=josa(a.text, "은/는"), theatre=L.theatre(r),
        screen=L.screen(r))


@style("chat")
def namelike_chat(r, w: Writer):
    words = [neg(text, "WORD") for text in r.sample(NAMELIKE_ADVERBS, 6)]
    w.fill("{w1} 주말에 {w2} 가려다가 {w3} 때문에 {w4} 미뤘음. {w5} {title}{j} {w6} 봐야 함. "
           "{w7} 예매 열리면 {seat} 노려야지 ㅋㅋ 어쨌든 {verb}",
           w1=words[0], w2=L.theatre(r), w3=L.noun(r), w4=words[1], w5=words[2],
           title=(t := L.title(r)), j=josa(t.text, "은/는"), w6=words[3], w7=words[4],
           seat=L.seat(r), verb=L.verb(r))


@style("short")
def short_clean(r, w: Writer):
    text, makers = r.choice([
        ("{t} 개꿀잼 {a} 미쳤다", dict(t=L.title, a=L.public_figure)),
        ("{a} 나오는 거 {t} 말고 또 뭐 있음?", dict(a=L.public_figure, t=L.title)),
        ("예매번호 {b} 인데 좌석 {s} 바꿀 수 있나요", dict(b=L.booking, s=L.seat)),
        ("쿠폰 {c} 등록 안 됨 ㅠ 앱 {v}", dict(c=L.coupon, v=L.version)),
        ("{w} {n} 때문에 {t} 못 봄ㅠ 조조 {p}", dict(w=L.word, n=L.noun, t=L.title, p=L.price)),
        ("{c} 역 누가 함? {t}", dict(c=L.character, t=L.title)),
        ("운송장 {k} 조회가 안 돼요 {d} 주문건", dict(k=L.tracking, d=L.date)),
        ("{m} 님 당첨 축하드려요~ {t} 예매권 발송완료", dict(m=L.masked_name, t=L.title))])
    w.fill(text, **{k: f(r) for k, f in makers.items()})


@style("english_mixed")
def english_clean(r, w: Writer):
    w.fill(r.choice([
        "Hi, is there an English-subtitled screening of {title} at {theatre}? I saw {actor} "
        "in {title2} and want to see this too. The app ({ver}) shows seat {seat} for {price} but "
        "checkout fails. Order {order}. 감사합니다!",
        "{title} 영어자막 회차 있어요? my Korean is not good ㅎㅎ {actor} fan here. {theatre} "
        "{seat} ok? price {price} right?",
        "Refund question: order {order}, {title} at {theatre}, seat {seat}. App version {ver}. "
        "I paid {price} twice. ({actor} was amazing though)"]),
           title=L.title(r), theatre=L.theatre(r), actor=L.public_figure(r), title2=L.title(r),
           ver=L.version(r), seat=L.seat(r), price=L.price(r), order=L.order(r))


@style("trade")
def trade_masked(r, w: Writer):
    w.fill(r.choice([
        "[양도완료] {title} {date} {seat} 양도 끝났습니다. 거래하신 {m1} 님 감사해요. "
        "연락처 {m2} 로 연락 오신 분들 죄송합니다. 정가 {price} 이상 받는 분들 신고 좀요. "
        "(닉 {handle})",
        "사기 주의!! {title} {seat} 판다던 {handle}, 입금하니까 잠수탐. 예금주 {m1}, 번호 {m2}. "
        "{price} 날렸어요 다들 조심하세요",
        "{title} {date} {seat} 구해요. 정가 {price}에 사요. 연락은 쪽지로 ({handle}) — 번호 "
        "공개는 안 할게요 {m2} 이런 식으로 가려서 주세요"]),
           title=L.title(r), date=L.date(r), seat=L.seat(r), m1=L.masked_name(r), m2=L.masked_phone(r),
           price=L.price(r), handle=L.handle(r))


@style("lost_found")
def lost_items(r, w: Writer):
    w.fill(r.choice([
        "[분실물 보관 안내] {theatre} {screen} {date} {time} 회차\n- 검정 우산 1개 ({seat} 근처)\n"
        "- 카드지갑(안에 {product} 교환권만 있음)\n- 보관번호 {track}\n"
        "본인 확인 후 인계합니다. 문의 {op}",
        "{screen} {seat} 자리에 핸드폰 두고 나왔어요ㅠ 흰색 케이스에 {product} 스티커. {date} {time} "
        "회차였어요. 보관번호 {track} 받았다는데 찾으러 가면 되나요?",
        "습득물) {theatre} 화장실 앞 에코백. 안에 {product} 영수증이랑 책 한 권. 매표소에 맡겼어요. "
        "({date} {time})"]),
           theatre=L.theatre(r), screen=L.screen(r), date=L.date(r), time=L.time(r),
           seat=L.seat(r), product=L.product(r), track=L.tracking(r), op=L.operator(r))


@style("review")
def review_long(r, w: Writer):
    title, actor, char = L.title(r), L.public_figure(r), L.character(r)
    w.fill("[장문주의] {title} 세 번 보고 쓰는 후기\n\n첫 관람은 {date} {theatre} {screen}, 두 번째는 "
           "{theatre2}, 세 번째는 {region} 동네 극장이었어요. {director} 감독이 인터뷰에서 말한 것처럼 "
           "이 영화는 {char}의 얼굴로 시작해서 얼굴로 끝납니다. {actor}{j} 대사가 거의 없는데도 "
           "눈빛만으로 다 전달해요.\n\n{word} 아쉬운 점도 있어요. 중반부 {fig} 정도가 늘어지고, "
           "{actor2} 분량이 생각보다 적어요. 그래도 엔딩 크레딧 올라갈 때 {word2} 아무도 안 일어나더라고요. "
           "{title2} 좋아하셨던 분들은 무조건 보세요. 참고로 {seat} 자리가 스크린 정중앙이라 명당이고, "
           "조조로 보면 {price}입니다. 굿즈 {product}는 {date2}부터 선착순이래요.\n\n"
           "{noun} 얘기는 스포라 생략. 한줄평: {word3} 올해 최고. ({handle})",
           title=title, date=L.date(r), theatre=L.theatre(r), screen=L.screen(r),
           theatre2=L.theatre(r), region=L.region(r),
           director=neg(r.choice(DIRECTORS), "PUBLIC_FIGURE"), char=char, actor=actor,
           j=josa(actor.text, "은/는"), word=L.word(r), fig=L.runtime(r), actor2=L.public_figure(r),
           word2=L.word(r), title2=L.title(r), seat=L.seat(r), price=L.price(r),
           product=L.product(r), date2=L.date(r), word3=L.word(r), noun=L.noun(r),
           handle=L.handle(r))


CLEAN_TALK = [review_long, review_cast, trivia, chat_handles, boxoffice_table, dialect_review, namelike_chat,
              short_clean, english_clean, trade_masked, lost_items]

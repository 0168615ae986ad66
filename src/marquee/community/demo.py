"""A few demo posts by the demo members (idempotent: only for members with no posts).

They go through the same service as a member's post, so one of them shows the masking
at work: the phone number and name of the person who lost a wallet are masked, while
the cast names from the catalogue stay.
"""

from __future__ import annotations

from django.db import transaction

from marquee.booking.models import Movie
from marquee.members.models import Member

from . import services
from .defaults import ensure_default_boards
from .models import Board, Post

POSTS = [
    # login ID, board slug, movie title, rating, title, body
    ("moviefan", "reviews", "별빛 정류장", 5, "온 가족이 함께 본 별빛 정류장",
     "김다온 배우의 하루 연기가 정말 사랑스러웠어요. 윤서하 감독님 다음 작품도 기대됩니다!"),
    ("quietviewer", "reviews", "검은 파도", 4, "등대 장면은 꼭 큰 화면으로",
     "배윤아 배우가 연기한 등대지기가 기억에 남네요. 후반부가 조금 길었지만 추천합니다."),
    ("moviefan", "talk", None, None, "마키 강남 1관에서 지갑 주우신 분 찾습니다",
     "어제 19시 회차 끝나고 F열에서 지갑을 주웠어요. 신분증을 보니 최민서 님 것 같은데, "
     "010-2938-4471 로 연락드려도 안 받으셔서 여기 남깁니다. 매표소에 맡겨 두었어요."),
]


@transaction.atomic
def load() -> int:
    """Create the demo posts whose authors have none yet; returns how many were made."""
    created = 0
    boards = ensure_default_boards()
    done: set[int] = set()
    for login_id, slug, title, rating, heading, body in POSTS:
        author = Member.objects.find(login_id=login_id).first()
        board = boards.get(slug)
        if author is None or board is None:
            continue
        if author.pk not in done and Post.objects.filter(author=author).exists():
            continue
        done.add(author.pk)
        movie = Movie.objects.filter(title=title).first() if title else None
        if board.kind == Board.Kind.REVIEW and movie is None:
            continue
        services.create_post(author, board, title=heading, body=body, movie=movie, rating=rating)
        created += 1
    return created


def run() -> list[str]:
    """The demo loader's hook (``manage.py load_demo`` runs each app's, in app order)."""
    return [f"demo board posts created: {load()}"]

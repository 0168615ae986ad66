"""The boards every installation starts with (also created by migration 0002)."""

from .models import Board

BOARDS = [
    # slug, name, kind, description, position
    ("talk", "영화 이야기", Board.Kind.TALK, "개봉작, 추천작, 극장 이야기를 자유롭게 나누는 곳입니다.", 1),
    ("reviews", "관람평", Board.Kind.REVIEW, "본 영화의 별점과 관람평을 남겨 주세요.", 2),
]


def ensure_default_boards() -> dict[str, Board]:
    """Create the default boards that are missing; staff edit them in the admin."""
    boards = {}
    for slug, name, kind, description, position in BOARDS:
        boards[slug], _ = Board.objects.get_or_create(slug=slug, defaults={
            "name": name, "kind": kind, "description": description, "position": position})
    return boards

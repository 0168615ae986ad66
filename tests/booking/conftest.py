"""Catalogue fixtures shared by booking, payment and API tests."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from marquee.booking import services
from marquee.booking.models import Movie, Price, Screen, Showtime, Theatre
from tests.conftest import make_identity, sign_up

# Row A: wheelchair + companion at each end; C–E normal with an aisle; H: couple units.
LAYOUT = """
A: wp..nnnnnn..pw
B: nn..nnnnnn..nn
C: nn..nnnnnn..nn
D: nn..nnxxnn..nn
E: nn..nnnnnn..nn
H: cc..cccccc..cc
"""

PRICES = {"adult": 14000, "youth": 11000, "senior": 7000}


def make_showtime(*, rating=Movie.Rating.AGE_12, starts_in=timedelta(days=1), screen=None,
                  title="서울의 밤") -> Showtime:
    if screen is None:
        theatre, _ = Theatre.objects.get_or_create(
            code="SEOUL1", defaults={"name": "마키 강남", "region": "서울",
                                     "address": "서울특별시 강남구 강남대로 438"})
        screen = Screen(theatre=theatre, name=f"{Screen.objects.count() + 1}관")
        services.save_screen_layout(screen, LAYOUT)
    movie = Movie.objects.create(title=title, rating=rating, running_minutes=120)
    showtime = Showtime.objects.create(movie=movie, screen=screen,
                                       starts_at=timezone.now() + starts_in)
    Price.objects.bulk_create([Price(showtime=showtime, ticket_type=t, amount=a)
                               for t, a in PRICES.items()])
    return showtime


@pytest.fixture
def showtime(db) -> Showtime:
    return make_showtime()


@pytest.fixture
def rival(db):
    """A second member racing for the same seats."""
    return sign_up(identity=make_identity(name="김경쟁", mobile="010-2020-3030"), login_id="rival")


def hold(member, showtime, *labels, tickets=None):
    tickets = tickets or {"adult": len([x for label in labels for x in label.split("+")])}
    return services.hold_seats(member, showtime, services.SeatRequest(tuple(labels), tickets))

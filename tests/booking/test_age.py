"""Age rules come from the verified birthdate (B3, 청소년보호법 제2조)."""

import datetime

import pytest

from marquee.booking import age, services
from marquee.booking.models import Booking, Movie

from ..conftest import make_identity, sign_up, years_ago
from .conftest import hold, make_showtime

TODAY = datetime.date(2026, 11, 26)


@pytest.mark.parametrize("born, allowed", [
    (datetime.date(2007, 1, 1), True),    # 19 this year, birthday passed
    (datetime.date(2007, 12, 31), True),  # 18 by 만 나이, but the year of 19 has begun
    (datetime.date(2008, 1, 1), False),   # turns 19 only next year
    (datetime.date(2012, 6, 1), False),
    (datetime.date(1980, 3, 3), True),
])
def test_b3_adult_films_follow_the_youth_protection_act_year_rule(born, allowed):
    assert age.decide(Movie.Rating.ADULT, born, TODAY).allowed is allowed


def test_b3_unverified_age_cannot_book_adult_films():
    assert not age.decide(Movie.Rating.ADULT, None, TODAY).allowed


@pytest.mark.parametrize("rating, born, warns", [
    (Movie.Rating.AGE_12, datetime.date(2016, 1, 1), True),
    (Movie.Rating.AGE_15, datetime.date(2013, 1, 1), True),
    (Movie.Rating.ALL, datetime.date(2020, 1, 1), False),
])
def test_b3_12_and_15_show_a_guardian_notice_but_allow(rating, born, warns):
    decision = age.decide(rating, born, TODAY)
    assert decision.allowed
    assert ("보호자" in decision.notice) is warns


@pytest.mark.django_db
def test_b3_a_minor_member_cannot_hold_seats_for_an_adult_film():
    teen = sign_up(identity=make_identity(name="박청소", birthdate=years_ago(17),
                                          mobile="010-4545-6767"), login_id="teenpark")
    showtime = make_showtime(rating=Movie.Rating.ADULT)
    with pytest.raises(services.BookingError, match="청소년 관람불가") as refused:
        hold(teen, showtime, "C5")
    assert not Booking.objects.exists()
    # L5.2: the automated refusal points at its declared decision (the API body too).
    assert refused.value.body()["decision_url"] == "/privacy/decisions/#decision-age_gate"


@pytest.mark.django_db
def test_b3_age_comes_from_the_verified_birthdate_not_a_typed_value(member):
    showtime = make_showtime(rating=Movie.Rating.ADULT)
    assert hold(member, showtime, "C5").status == Booking.Status.HELD  # born 1990
    member.birthdate = years_ago(15)  # only re-verification changes this in the UI
    member.save()
    with pytest.raises(services.BookingError):
        hold(member, showtime, "C6")

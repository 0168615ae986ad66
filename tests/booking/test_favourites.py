"""Favourite theatres: an optional item, at most five, only with its consent (P1.1, L1.4)."""

import pytest

from marquee.booking import services
from marquee.booking.models import FavouriteTheatre, Theatre
from marquee.members import services as member_services

from ..conftest import ONLY_REQUIRED, make_identity, sign_up


@pytest.fixture
def theatres(db):
    return [Theatre.objects.create(code=f"T{i}", name=f"마키 {i}관", region="서울") for i in range(6)]


@pytest.mark.django_db
def test_p1_1_member_ranks_up_to_five_favourite_theatres(client, member, theatres):
    client.force_login(member)
    data = {f"rank_{r}": theatres[r - 1].pk for r in range(1, 6)}
    assert client.post("/booking/favourites/", data).status_code == 302
    assert [f.theatre for f in member.favourite_theatres.all()] == theatres[:5]
    with pytest.raises(services.BookingError, match="최대 5곳"):
        services.set_favourites(member, theatres)


@pytest.mark.django_db
def test_l1_4_favourites_need_the_optional_consent_and_go_with_its_withdrawal(client, member, theatres):
    services.set_favourites(member, theatres[:2])
    member_services.change_consents(member, {"optional_profile": False})
    assert not FavouriteTheatre.objects.filter(member=member).exists()
    client.force_login(member)
    refused = client.post("/booking/favourites/", {"rank_1": theatres[0].pk})
    assert refused.status_code == 400 and "동의한 경우에만" in refused.content.decode()


@pytest.mark.django_db
def test_l1_4_member_without_optional_consent_books_normally(theatres):
    member = sign_up(identity=make_identity(name="최선택", mobile="010-8989-1212"),
                     answers=ONLY_REQUIRED, login_id="nooptional")
    with pytest.raises(services.BookingError):
        services.set_favourites(member, theatres[:1])

"""Booking's personal-data provider: bookings and favourite theatres (P8.1, P5)."""

import pytest

from marquee.booking import services
from marquee.booking.models import Booking

from ..providers import destroy, exported, left_behind, provider
from .conftest import hold, make_showtime


@pytest.fixture
def booked(member):
    showtime = make_showtime(title="파묘")
    booking = hold(member, showtime, "C5", "C6")
    services.set_favourites(member, [showtime.screen.theatre])
    return member, booking


@pytest.mark.django_db
def test_p8_1_booking_provider_exports_purchase_history_and_favourite_theatres(booked):
    member, booking = booked
    text = exported("booking", member)
    assert booking.number in text and "파묘" in text  # purchase_history
    assert booking.showtime.screen.theatre.name in text  # favourite_theatres
    section = provider("booking").mypage(member)
    assert section["template"] == "booking/_mypage_bookings.html"
    assert [b.pk for b in section["bookings"]] == [booking.pk]


@pytest.mark.django_db
def test_p5_2_booking_provider_destroy_leaves_no_row_for_the_member(booked):
    member, _ = booked
    assert left_behind(member, "booking") != []
    [part] = destroy("booking", member)
    assert (part.rule, part.count) == ("contract_records", 1)
    assert left_behind(member, "booking") == []
    assert not Booking.objects.exists()


@pytest.mark.django_db
def test_p8_6_booking_provider_erases_favourite_theatres_only(booked):
    member, booking = booked
    assert provider("booking").erase(member, ["favourite_theatres"]) == 1
    assert not member.favourite_theatres.exists()
    assert Booking.objects.filter(pk=booking.pk).exists()

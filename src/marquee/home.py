"""The home page (issue 15, B1): now showing and coming soon as a poster grid, the next
showtimes near the member's favourite theatres, the current events and the latest notices.

A project-level view: it composes booking and notices, which sit below it, so it lives
beside ``urls.py`` rather than in an app."""

from __future__ import annotations

from django.shortcuts import render

from marquee.booking import storefront
from marquee.events.selectors import current_events
from marquee.notices.models import Notice


def _favourite_theatres(user) -> list[int]:
    if not user.is_authenticated:
        return []
    return list(user.favourite_theatres.order_by("rank").values_list("theatre_id", flat=True))


def home(request):
    favourites = _favourite_theatres(request.user)
    return render(request, "home.html", {
        "now_showing": storefront.now_showing(),
        "coming_soon": storefront.coming_soon(),
        "next_showtimes": storefront.next_near(favourites),
        "near_favourites": bool(favourites),
        "events": current_events(),
        "notices": Notice.objects.all()[:4],
    })

"""Storefront pages (issue 15, B1): the showtime finder, film pages and posters.

The finder keeps its filters in the query string (``?date=2026-12-08&theatre=1&movie=3``)
so a search can be shared; htmx swaps only the results when a filter changes, and the
same URL without htmx renders the whole page.
"""

from __future__ import annotations

import datetime

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import cache_control

from marquee.compression import compress_safe

from . import storefront
from .models import Movie
from .posters import poster_svg


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _day(value, strip, **filters) -> datetime.date:
    """The requested day if it is on the strip, else the first day with a showtime."""
    try:
        day = datetime.date.fromisoformat(value or "")
    except ValueError:
        return storefront.first_day(strip, **filters)
    return day if strip[0].date <= day <= strip[-1].date else strip[0].date


@compress_safe  # catalogue only; its inputs are parsed to ints and a date, never echoed
def showtimes(request):
    """The showtime finder: date strip, theatre and film filters, seats left."""
    strip = storefront.date_strip()
    theatre, movie = _int(request.GET.get("theatre")), _int(request.GET.get("movie"))
    day = _day(request.GET.get("date"), strip, theatre=theatre, movie=movie)
    context = {
        "strip": strip, "day": day, "theatre": theatre, "movie": movie,
        "theatres": storefront.theatres(), "movies": storefront.now_showing(),
        "results": storefront.find(day, theatre=theatre, movie=movie),
    }
    template = "booking/_finder_results.html" if request.htmx else "booking/showtimes.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def movie_detail(request, movie_id: int):
    movie = get_object_or_404(Movie, pk=movie_id)
    credits = [c.strip() for c in movie.credits.replace(",", "\n").splitlines() if c.strip()]
    return render(request, "booking/movie.html", {
        "movie": movie, "credits": credits, "showtimes": storefront.upcoming_for(movie),
        "today": timezone.localdate()})


@cache_control(public=True, max_age=86400)
def poster(request, movie_id: int):
    movie = Movie.objects.filter(pk=movie_id).only("title", "rating").first()
    if movie is None:
        raise Http404
    return HttpResponse(poster_svg(movie.title, movie.rating), content_type="image/svg+xml")

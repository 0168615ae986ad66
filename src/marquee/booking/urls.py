from django.urls import path

from . import storefront_views, views

app_name = "booking"

# Checkout, payment return and cancellation are payments' pages in this namespace
# (``payments.urls.booking_urlpatterns``); ``marquee/urls.py`` mounts both lists.

urlpatterns = [
    path("", storefront_views.showtimes, name="showtimes"),
    path("movies/<int:movie_id>/", storefront_views.movie_detail, name="movie"),
    path("movies/<int:movie_id>/poster.svg", storefront_views.poster, name="poster"),
    path("showtimes/<int:showtime_id>/", views.seat_map, name="seat_map"),
    path("showtimes/<int:showtime_id>/hold/", views.hold, name="hold"),
    path("bookings/", views.my_bookings, name="my_bookings"),
    path("favourites/", views.favourites, name="favourites"),
    path("bookings/<str:number>/extend/", views.extend_hold, name="extend_hold"),
    path("bookings/<str:number>/ticket/", views.ticket, name="ticket"),
    path("bookings/<str:number>/ticket/qr.svg", views.ticket_qr, name="ticket_qr"),
]

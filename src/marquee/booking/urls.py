from django.urls import path

from . import views

app_name = "booking"

urlpatterns = [
    path("", views.showtimes, name="showtimes"),
    path("showtimes/<int:showtime_id>/", views.seat_map, name="seat_map"),
    path("showtimes/<int:showtime_id>/hold/", views.hold, name="hold"),
    path("bookings/", views.my_bookings, name="my_bookings"),
    path("favourites/", views.favourites, name="favourites"),
    path("bookings/<str:number>/checkout/", views.checkout, name="checkout"),
    path("bookings/<str:number>/payment-return/", views.payment_return, name="payment_return"),
    path("bookings/<str:number>/ticket/", views.ticket, name="ticket"),
    path("bookings/<str:number>/ticket/qr.svg", views.ticket_qr, name="ticket_qr"),
    path("bookings/<str:number>/cancel/", views.cancel, name="cancel"),
]

from django.conf import settings
from django.urls import path

from . import views

app_name = "payments"

urlpatterns = [
    path("webhooks/<str:gateway>/", views.webhook, name="webhook"),
]

# Payment pages of a booking, in the ``booking:`` namespace under /booking/ (their URLs
# and names predate payments' own pages; ``marquee/urls.py`` mounts them with booking's).
booking_urlpatterns = [
    path("bookings/<str:number>/checkout/", views.checkout, name="checkout"),
    path("bookings/<str:number>/payment-return/", views.payment_return, name="payment_return"),
    path("bookings/<str:number>/cancel/", views.cancel, name="cancel"),
]

# The sandbox PG window is a development stand-in: not routed in production (P12.7).
if settings.MARQUEE_DEV_PAGES:
    urlpatterns += [path("sandbox/<str:payment_id>/", views.sandbox_window,
                         name="sandbox_window")]

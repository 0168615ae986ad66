from django.conf import settings
from django.urls import path

from . import views

app_name = "payments"

urlpatterns = [
    path("webhooks/<str:gateway>/", views.webhook, name="webhook"),
]
# The sandbox PG window is a development stand-in: not routed in production (P12.7).
if settings.MARQUEE_DEV_PAGES:
    urlpatterns += [path("sandbox/<str:payment_id>/", views.sandbox_window,
                         name="sandbox_window")]

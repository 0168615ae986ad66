from django.urls import path

from . import views

app_name = "payments"

urlpatterns = [
    path("webhooks/<str:gateway>/", views.webhook, name="webhook"),
    path("sandbox/<str:payment_id>/", views.sandbox_window, name="sandbox_window"),
]

"""Development-only pages; ``marquee.urls`` includes them only with MARQUEE_DEV_PAGES."""

from django.urls import path

from . import views

urlpatterns = [
    path("dev/outbox/", views.dev_outbox, name="dev_outbox"),
]

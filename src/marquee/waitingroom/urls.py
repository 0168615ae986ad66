from django.urls import path

from . import views

app_name = "waitingroom"

urlpatterns = [
    path("staff/", views.staff, name="staff"),
    path("<str:gate>/", views.queue, name="queue"),
    path("<str:gate>/status", views.status, name="status"),
]

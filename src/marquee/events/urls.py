from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/enter/", views.enter, name="enter"),
    path("<int:pk>/draw/", views.draw_record, name="draw"),
    path("<int:pk>/claim/", views.claim, name="claim"),
    path("<int:pk>/partner/", views.sponsor, name="partner"),
]

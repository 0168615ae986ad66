from django.urls import path

from . import views

app_name = "support"

urlpatterns = [
    path("", views.centre, name="centre"),
    path("ask/", views.ask, name="ask"),
    path("guest/", views.guest, name="guest"),
    path("received/<str:number>/", views.received, name="received"),
    path("inquiries/<str:number>/", views.inquiry, name="inquiry"),
    path("attachments/<int:pk>/", views.attachment, name="attachment"),
]

from django.urls import path

from . import views

app_name = "rights"

urlpatterns = [
    path("new/", views.new_request, name="new"),
    path("<int:pk>/appeal/", views.appeal, name="appeal"),
    path("guardian/<str:token>/", views.guardian_confirm, name="guardian_confirm"),
]

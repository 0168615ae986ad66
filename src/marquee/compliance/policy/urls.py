from django.urls import path

from . import views

app_name = "policy"

urlpatterns = [
    path("", views.policy_page, name="policy"),
    path("print/", views.policy_page, {"printable": True}, name="print"),
    path("versions/<int:number>/", views.version_page, name="version"),
    path("versions/<int:number>/print/", views.version_page, {"printable": True},
         name="version_print"),
    path("draft/", views.draft_page, name="draft"),
    path("decisions/", views.decisions_page, name="decisions"),
]

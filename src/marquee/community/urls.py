from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("", views.index, name="index"),
    path("b/<slug:slug>/", views.board, name="board"),
    path("b/<slug:slug>/write/", views.write, name="write"),
    path("posts/<int:pk>/", views.post_detail, name="post"),
    path("posts/<int:pk>/edit/", views.edit, name="edit"),
    path("posts/<int:pk>/delete/", views.delete, name="delete"),
    path("posts/<int:pk>/history/", views.history, name="history"),
    path("posts/<int:pk>/comments/", views.comment_add, name="comment_add"),
    path("posts/<int:pk>/report/", views.report_post, name="report"),
    path("comments/<int:pk>/edit/", views.comment_edit, name="comment_edit"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("comments/<int:pk>/report/", views.report_comment, name="comment_report"),
    path("images/<int:pk>/", views.attachment, name="attachment"),
    path("moderation/", views.moderation, name="moderation"),
    path("moderation/posts/<int:pk>/", views.moderate_post, name="moderate_post"),
    path("moderation/comments/<int:pk>/", views.moderate_comment, name="moderate_comment"),
    path("moderation/removals/", views.removal_list, name="removals"),
]

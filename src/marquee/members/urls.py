from django.conf import settings
from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("signup/", views.signup_consents, name="signup"),
    path("signup/verify/", views.signup_verify, name="signup_verify"),
    path("signup/details/", views.signup_details, name="signup_details"),
    path("signup/done/", views.signup_done, name="signup_done"),
    path("identity/portone/", views.portone_identity, name="portone_identity"),
    path("identity/callback/", views.identity_callback, name="identity_callback"),
    path("guardian/<str:token>/", views.guardian_start, name="guardian_start"),
    path("guardian/<str:token>/consent/", views.guardian_consent, name="guardian_consent"),
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("password-reset/", views.password_reset, name="password_reset"),
    path("password-reset/<str:uidb64>/<str:token>/", views.password_reset_confirm,
         name="password_reset_confirm"),
    path("mypage/", views.mypage, name="mypage"),
    path("mypage/download.json", views.mypage_download, name="mypage_download"),
    path("mypage/edit/", views.mypage_edit, name="mypage_edit"),
    path("mypage/consents/", views.mypage_consents, name="mypage_consents"),
    path("mypage/reverify/", views.reverify_start, name="reverify"),
    path("mypage/withdraw/", views.withdraw, name="withdraw"),
    path("mypage/reverify/complete/", views.reverify_complete, name="reverify_complete"),
]
# The sandbox carrier window is a development stand-in: not routed in production (P12.7).
if settings.MARQUEE_DEV_PAGES:
    urlpatterns += [path("identity/sandbox/", views.sandbox_identity, name="sandbox_identity")]

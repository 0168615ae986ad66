from django.conf import settings
from django.urls import path
from django.views.generic import TemplateView

from .views import account, identity, mypage, signup

app_name = "members"

urlpatterns = [
    path("terms/", TemplateView.as_view(template_name="members/terms.html"), name="terms"),
    path("signup/", signup.signup_consents, name="signup"),
    path("signup/verify/", signup.signup_verify, name="signup_verify"),
    path("signup/details/", signup.signup_details, name="signup_details"),
    path("signup/done/", signup.signup_done, name="signup_done"),
    path("identity/portone/", identity.portone_identity, name="portone_identity"),
    path("identity/callback/", identity.identity_callback, name="identity_callback"),
    path("guardian/<str:token>/", signup.guardian_start, name="guardian_start"),
    path("guardian/<str:token>/consent/", signup.guardian_consent, name="guardian_consent"),
    path("login/", account.login_view, name="login"),
    path("logout/", account.logout_view, name="logout"),
    path("password-reset/", account.password_reset, name="password_reset"),
    path("password-reset/<str:uidb64>/<str:token>/", account.password_reset_confirm,
         name="password_reset_confirm"),
    path("mypage/", mypage.mypage, name="mypage"),
    path("mypage/download.json", mypage.mypage_download, name="mypage_download"),
    path("mypage/edit/", mypage.mypage_edit, name="mypage_edit"),
    path("mypage/consents/", mypage.mypage_consents, name="mypage_consents"),
    path("mypage/reverify/", mypage.reverify_start, name="reverify"),
    path("mypage/withdraw/", mypage.withdraw, name="withdraw"),
    path("mypage/reverify/complete/", mypage.reverify_complete, name="reverify_complete"),
]
# The sandbox carrier window is a development stand-in: not routed in production (P12.7).
if settings.MARQUEE_DEV_PAGES:
    urlpatterns += [path("identity/sandbox/", identity.sandbox_identity,
                         name="sandbox_identity")]

"""Log-in, log-out and the password reset through the verified mobile."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.tokens import default_token_generator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_decode
from django.views.decorators.http import require_http_methods, require_POST

from .. import account
from ..auth import AccountLocked, AwaitingGuardian, LoginThrottled, MemberBackend
from ..forms import LoginForm, PasswordResetRequestForm
from ..models import Member


def staff_refused() -> str:
    return ("직원 계정은 회원 로그인으로 이용할 수 없습니다. 백오피스 직원 로그인"
            f"({reverse('admin:login')})에서 비밀번호와 OTP 인증번호로 로그인하세요.")


@require_http_methods(["GET", "POST"])
def login_view(request):
    form = LoginForm(request.POST or None)
    decision = ""  # an automated refusal links to its declared decision (L5.2)
    if request.method == "POST" and form.is_valid():
        try:
            member = MemberBackend().authenticate(
                request, username=form.cleaned_data["login_id"],
                password=form.cleaned_data["password"])
        except AwaitingGuardian:
            form.add_error(None, "법정대리인의 동의를 기다리고 있습니다. 동의가 완료되면 로그인하실 수 있습니다.")
        except LoginThrottled as refusal:
            form.add_error(None, refusal.message)
            decision = "login_lockout"
        except AccountLocked:
            decision = "login_lockout"
            form.add_error(None, "로그인 실패가 반복되어 계정이 잠시 잠겼습니다. "
                                 f"{settings.MARQUEE_LOGIN_LOCKOUT_MINUTES}분 후 다시 시도하세요. "
                                 "본인 명의 휴대폰으로 비밀번호를 재설정하면 바로 로그인할 수 있습니다.")
        else:
            if member is None:
                form.add_error(None, "아이디 또는 비밀번호가 올바르지 않습니다.")
            elif member.is_staff:
                # Staff sign in only through the back office, where the second factor
                # is asked (P12.8): a staff session never starts with a password alone.
                form.add_error(None, staff_refused())
            else:
                login(request, member, backend="marquee.members.auth.MemberBackend")
                next_url = request.POST.get("next") or request.GET.get("next")
                if next_url and url_has_allowed_host_and_scheme(
                        next_url, allowed_hosts={request.get_host()}):
                    return redirect(next_url)
                return redirect("members:mypage")
    return render(request, "members/login.html", {"form": form, "decision": decision})


@require_POST
def logout_view(request):
    logout(request)
    return redirect("home")


@require_http_methods(["GET", "POST"])
def password_reset(request):
    form = PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        account.request_password_reset(form.cleaned_data["login_id"],
                                        form.cleaned_data["mobile"])
        return render(request, "members/password_reset_sent.html")
    return render(request, "members/password_reset.html", {"form": form})


@require_http_methods(["GET", "POST"])
def password_reset_confirm(request, uidb64, token):
    try:
        member = Member.objects.get(pk=int(urlsafe_base64_decode(uidb64).decode()))
    except (ValueError, TypeError, OverflowError, Member.DoesNotExist):
        member = None
    if member is None or not default_token_generator.check_token(member, token):
        return render(request, "members/password_reset_invalid.html", status=400)
    form = SetPasswordForm(member, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        account.passed_verified_mobile(member)
        messages.success(request, "비밀번호가 변경되었습니다. 새 비밀번호로 로그인하세요.")
        return redirect("members:login")
    return render(request, "members/password_reset_confirm.html", {"form": form})

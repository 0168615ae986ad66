"""Idle staff sessions end (L3.2, 고시 제6조: 일정 시간 이상 업무처리를 하지 않으면 접속 차단).

After ``MARQUEE_STAFF_IDLE_MINUTES`` (default 30) without a request, a staff member's
session is logged out; back-office pages then ask for the password and the TOTP code
again. Members' sessions are not affected. Install after ``MessageMiddleware``.
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

SESSION_KEY = "backoffice_last_activity"


def idle_limit_seconds() -> int:
    return int(getattr(settings, "MARQUEE_STAFF_IDLE_MINUTES", 30)) * 60


class StaffIdleTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            now = time.time()
            last = request.session.get(SESSION_KEY)
            if last is not None and now - last > idle_limit_seconds():
                logout(request)
                admin_prefix = reverse("admin:index")
                if request.path.startswith(admin_prefix):
                    messages.warning(request, "일정 시간 사용하지 않아 로그아웃되었습니다. "
                                              "다시 로그인해 주세요.", fail_silently=True)
                    return redirect_to_login(request.get_full_path(), reverse("admin:login"))
            else:
                request.session[SESSION_KEY] = now
        return self.get_response(request)

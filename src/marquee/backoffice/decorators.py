"""The back office's gate for staff pages outside the admin (moderation queues, …).

``@staff_view()`` gives such a page the same entry rules as the admin (L3.2, P12.4): a
personal staff account, a TOTP-verified session (otherwise: to the staff log-in, then
back), and, when the page shows personal data, a current security pledge. Log what the
page shows with ``services.log(request, action, target=..., subjects=[...])``.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from .sites import is_staff_account, otp_verified


def staff_view(*, personal_data: bool = True):
    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not (is_staff_account(request.user) and otp_verified(request)):
                return redirect_to_login(request.get_full_path(), reverse("admin:login"))
            if personal_data:
                from .admin_base import pledge_redirect

                if redirect := pledge_redirect(request):
                    return redirect
            return view(request, *args, **kwargs)

        return wrapped

    return decorate

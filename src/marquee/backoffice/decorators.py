"""The back office's gate for staff pages outside the admin (moderation queues, …).

``@staff_view(permission="app.codename")`` gives such a page the same entry rules as
the admin (L3.2, P12.4, P12.8): a personal staff account, a TOTP-verified session
(otherwise: to the staff log-in, then back), the permission from one of the staff
member's roles (otherwise 403), and, when the page shows personal data, a current
security pledge. Log what the page shows with
``services.log(request, action, target=..., subjects=[...])``.
"""

from __future__ import annotations

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from .gate import NO_PERMISSION, Gate, refusal


def staff_view(*, permission: str = "", allows=None, description: str = "",
               personal_data: bool = True):
    """Decorate a Django view as a staff action; ``permission`` (or ``allows``, a
    predicate on the user) is required: there is no staff page anyone on staff may use
    without a reason in their role."""
    gate = Gate(permission=permission, allows=allows, description=description,
                personal_data=personal_data)

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            why = refusal(request, gate)
            if why == NO_PERMISSION:
                raise PermissionDenied("이 업무를 수행할 권한이 없습니다.")
            if why is not None:
                return redirect_to_login(request.get_full_path(), reverse("admin:login"))
            if personal_data:
                from .admin_base import pledge_redirect

                if redirect := pledge_redirect(request):
                    return redirect
            return view(request, *args, **kwargs)

        wrapped.staff_gate = gate
        return wrapped

    return decorate

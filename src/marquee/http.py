"""HTTP helpers every layer may use (this module imports no app)."""

from __future__ import annotations

from django.conf import settings


def client_ip(request) -> str:
    """The client's address; behind N trusted proxies, the Nth from the right in
    X-Forwarded-For (anything further left is client-supplied and untrusted)."""
    proxies = settings.MARQUEE_TRUSTED_PROXIES
    forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
                 if p.strip()]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies][:45]
    return request.META.get("REMOTE_ADDR", "")[:45]


def csrf_failure(request, reason: str = ""):
    """``CSRF_FAILURE_VIEW``: the site's own 403 page (Korean, with the site's header,
    icon and skip link), not Django's built-in English one (issue 19)."""
    from django.core.exceptions import PermissionDenied
    from django.views.defaults import permission_denied

    return permission_denied(request, PermissionDenied(reason))

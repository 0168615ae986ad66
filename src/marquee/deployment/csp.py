"""A strict Content-Security-Policy for HTML pages (P12.13).

Django 5.2 has no CSP of its own, and django-csp is not a dependency, so this small
middleware sets one: everything from our own origin only, no plugins, no framing, no
inline script or style except blocks carrying this response's nonce (templates write
``nonce="{{ csp_nonce }}"``; the context processor provides it). Inline ``style=`` and
``on…=`` attributes are not allowed at all: templates use classes and listeners.
htmx is told the nonce (``htmx-config`` meta) for the indicator styles it injects.

Extra sources for an external provider's scripts and frames (PortOne's browser SDK)
come from ``MARQUEE_CSP_EXTRA``; Django's own DEBUG error pages, which are inline-
styled, are left without the header.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.utils.functional import SimpleLazyObject

BASE_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
NONCED = ("script-src", "style-src")


def policy(nonce: str) -> str:
    """The header value for one response."""
    directives = {name: list(sources) for name, sources in BASE_POLICY.items()}
    for name, sources in getattr(settings, "MARQUEE_CSP_EXTRA", {}).items():
        directives.setdefault(name, ["'self'"]).extend(sources)
    for name in NONCED:
        directives[name].append(f"'nonce-{nonce}'")
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        nonce = SimpleLazyObject(lambda: secrets.token_urlsafe(18))
        request.csp_nonce = nonce
        response = self.get_response(request)
        if self._applies(response):
            response["Content-Security-Policy"] = policy(str(nonce))
        return response

    @staticmethod
    def _applies(response) -> bool:
        if "Content-Security-Policy" in response:
            return False
        if not response.get("Content-Type", "").startswith("text/html"):
            return False
        return not (settings.DEBUG and response.status_code >= 400)  # technical error pages


def csp_nonce(request) -> dict:
    """Template context: ``csp_nonce`` for inline ``<script>`` and ``<style>`` blocks."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}

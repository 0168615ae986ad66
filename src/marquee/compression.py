"""Compression only for responses that carry no secret (issue 19; BREACH).

BREACH recovers a secret from compressed HTTPS responses when an attacker can make a
page reflect text of their choosing next to the secret and watch the response sizes.
Django masks the CSRF token anew in every response, so the token is safe; the personal
data on member pages is not. So HTML is gzipped only where its view says it carries no
secret (``@compress_safe``): the seat map and its 5-second fragment (seat states only:
33 KB a poll uncompressed, under 3 KB gzipped), the showtimes, the policy. Everything
else goes out as it is. Static files are precompressed and cached by WhiteNoise instead.

This module imports no app: any layer may decorate its views with it.
"""

from __future__ import annotations

from functools import wraps

from django.middleware.gzip import GZipMiddleware


def compress_safe(view):
    """Mark the view's responses as free of secrets, hence safe to compress."""
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.compress_safe = True
        return response
    return wrapped


class SafeGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, applied only to responses marked by ``compress_safe``."""

    def process_response(self, request, response):
        if not getattr(response, "compress_safe", False):
            return response
        return super().process_response(request, response)

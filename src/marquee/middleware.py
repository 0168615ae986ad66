"""Two of Django's middleware, doing the same for this site with less work per request
(issue 17: every step of a booking pays the whole chain).

- ``OneLanguageMiddleware`` replaces ``LocaleMiddleware``. The site speaks one
  language (``LANGUAGES`` is Korean only, no ``i18n_patterns``), so there is nothing to
  negotiate: Django's middleware still parses the cookie and ``Accept-Language``,
  looks for a language prefix in the path twice, and adds ``Vary: Accept-Language`` to
  every answer, which tells shared caches to keep a copy per browser language of
  answers that never differ by it. This one activates the one language and says so in
  ``Content-Language``. It refuses to start if a second language is configured, so
  adding one cannot silently leave it unreachable: put ``LocaleMiddleware`` back then.
- ``LazyMessageMiddleware`` replaces ``MessageMiddleware``. Django builds the message
  storage (a cookie signer and the session storage) for every request, though almost
  no request reads or adds a message; this builds it when something first does, and
  stores what is left exactly as Django does. A request that never touched it has
  nothing to store: Django's ``update()`` would do nothing either.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.messages.storage import default_storage
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from django.utils.functional import SimpleLazyObject, empty


class OneLanguageMiddleware:
    """The site's one language for every request, as ``LocaleMiddleware`` would pick it."""

    def __init__(self, get_response):
        if [code for code, _name in settings.LANGUAGES] != [settings.LANGUAGE_CODE]:
            raise ImproperlyConfigured(
                "OneLanguageMiddleware serves only LANGUAGE_CODE; with more LANGUAGES use "
                "django.middleware.locale.LocaleMiddleware.")
        self.get_response = get_response
        self.language = settings.LANGUAGE_CODE

    def __call__(self, request):
        translation.activate(self.language)  # undoes whatever a previous request left
        request.LANGUAGE_CODE = self.language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", self.language)
        return response


class LazyMessageMiddleware(MessageMiddleware):
    """Django's message middleware with the storage built on first use."""

    def process_request(self, request):
        request._messages = SimpleLazyObject(lambda: default_storage(request))

    def process_response(self, request, response):
        messages = getattr(request, "_messages", None)
        if isinstance(messages, SimpleLazyObject) and messages._wrapped is empty:
            return response  # never read, never added to: nothing to store
        return super().process_response(request, response)

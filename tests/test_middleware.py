"""The site's cheaper stand-ins for LocaleMiddleware and MessageMiddleware (issue 17):
the same language, headers and messages, with less work per request."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from marquee.middleware import LazyMessageMiddleware, OneLanguageMiddleware


def test_both_replace_djangos_own_in_the_chain():
    assert "marquee.middleware.OneLanguageMiddleware" in settings.MIDDLEWARE
    assert "django.middleware.locale.LocaleMiddleware" not in settings.MIDDLEWARE
    assert "marquee.middleware.LazyMessageMiddleware" in settings.MIDDLEWARE
    assert "django.contrib.messages.middleware.MessageMiddleware" not in settings.MIDDLEWARE


def test_korean_whatever_the_browser_asks_for_and_no_vary_on_it():
    translation.activate("en")  # left over from another request in this thread
    seen = {}

    def view(request):
        seen["language"] = translation.get_language()
        return HttpResponse("ok")

    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9",
                                   COOKIES={settings.LANGUAGE_COOKIE_NAME: "en"})
    response = OneLanguageMiddleware(view)(request)
    assert seen["language"] == request.LANGUAGE_CODE == "ko"
    assert response["Content-Language"] == "ko"
    assert "Accept-Language" not in response.get("Vary", "")


def test_a_second_language_needs_djangos_locale_middleware(settings):
    settings.LANGUAGES = [("ko", "한국어"), ("en", "English")]
    with pytest.raises(ImproperlyConfigured):
        OneLanguageMiddleware(lambda request: HttpResponse())


@pytest.mark.django_db
def test_messages_added_in_one_request_are_shown_in_the_next(client, member):
    """The whole chain: a message added by a view survives to the next page."""
    client.force_login(member)
    request = RequestFactory().get("/")
    request.session = client.session
    middleware = LazyMessageMiddleware(lambda r: (messages.info(r, "예매했습니다"),
                                                  HttpResponse())[1])
    response = middleware(request)
    request.session.save()
    following = RequestFactory().get("/")
    following.session = request.session
    following.COOKIES = {k: v.value for k, v in response.cookies.items()}
    shown = []
    LazyMessageMiddleware(lambda r: (shown.extend(str(m) for m in messages.get_messages(r)),
                                     HttpResponse())[1])(following)
    assert shown == ["예매했습니다"]


def test_a_request_that_never_touches_messages_builds_no_storage(monkeypatch):
    built = []
    monkeypatch.setattr("marquee.middleware.default_storage",
                        lambda request: built.append(request) or pytest.fail("built"))
    request = RequestFactory().get("/")
    response = LazyMessageMiddleware(lambda r: HttpResponse("ok"))(request)
    assert response.status_code == 200 and built == []
    assert not response.cookies  # and nothing stored, as Django's would store nothing

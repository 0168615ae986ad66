"""Every answer under ``/api/`` is JSON, errors raised outside the API's views included
(P12.14).

The API's own handler (``marquee.api``) renders what its views raise. Some failures
happen before or after a view: a multipart body without a boundary read by the CSRF
check, the database unreachable while the session or the signed-in member is loaded.
Django turns those into its HTML error pages (a traceback in development) inside the
middleware chain, before any outer middleware sees the exception. So this middleware,
first in ``MIDDLEWARE``, learns the exception from Django's ``got_request_exception``
signal and replaces any non-JSON error answer to an API request with a JSON one:
400 for a malformed request, 503 (with ``Retry-After``) for an unreachable database,
the original status otherwise.

A project-level module: it imports no app, so any layer may use it.
"""

from __future__ import annotations

import json
import sys

from django.core.exceptions import BadRequest, SuspiciousOperation
from django.core.signals import got_request_exception
from django.db import DatabaseError
from django.dispatch import receiver
from django.http import HttpResponse
from django.http.multipartparser import MultiPartParserError

API_PREFIX = "/api/"
RETRY_AFTER_SECONDS = 30
_ATTRIBUTE = "_marquee_api_exception"

# (exception classes, status, code, Korean message), first match wins.
_KINDS = [
    ((MultiPartParserError, BadRequest, SuspiciousOperation), 400, "malformed_request",
     "요청 형식이 올바르지 않습니다."),
    ((DatabaseError,), 503, "service_unavailable",
     "일시적으로 서비스를 이용할 수 없습니다. 잠시 후 다시 시도하세요."),
]
_BY_STATUS = {
    400: ("malformed_request", "요청 형식이 올바르지 않습니다."),
    403: ("forbidden", "권한이 없습니다."),
    404: ("not_found", "없는 API 주소입니다."),
    413: ("too_large", "요청 본문이 너무 큽니다."),
}
_SERVER_ERROR = ("server_error", "서버 오류가 발생했습니다. 잠시 후 다시 시도하세요.")


def is_api(request) -> bool:
    return request is not None and request.path.startswith(API_PREFIX)


@receiver(got_request_exception, dispatch_uid="marquee.api_errors.remember")
def remember(sender, request=None, **kwargs):
    """Keep the exception Django is about to render, for the middleware to classify."""
    if is_api(request):
        setattr(request, _ATTRIBUTE, sys.exc_info()[1])


def classify(exc: BaseException | None, status: int) -> tuple[int, str, str]:
    """The status, code and message an API error answers with."""
    for classes, kind_status, code, message in _KINDS:
        if isinstance(exc, classes):
            return kind_status, code, message
    if status >= 500:
        return status, *_SERVER_ERROR
    return status, *_BY_STATUS.get(status, ("refused", "요청을 처리할 수 없습니다."))


def json_error(status: int, code: str, message: str) -> HttpResponse:
    response = HttpResponse(json.dumps({"detail": message, "code": code}, ensure_ascii=False),
                            status=status, content_type="application/json; charset=utf-8")
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class ApiErrorMiddleware:
    """Outermost: turns an API request's non-JSON error answer into JSON."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not is_api(request) or response.status_code < 400:
            return response
        exc = getattr(request, _ATTRIBUTE, None)
        if exc is None and response.get("Content-Type", "").startswith("application/json"):
            return response
        return json_error(*classify(exc, response.status_code))

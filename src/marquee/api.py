"""The JSON API for the apps (django-ninja), served at ``/api/``.

OpenAPI: ``/api/openapi.json``; interactive docs: ``/api/docs``.

Members authenticate with their Django session (``django_auth``; unsafe methods need
the CSRF token, as ninja checks it); check-in needs a staff session. Every refusal is a
4xx JSON body ``{"detail": "<한국어 메시지>"}``. A service's refusal
(``marquee.errors.ServiceError``) adds its stable ``code`` and any extra keys a client
needs (``seats`` and ``unavailable`` on 409 for taken seats); a validation failure adds
``errors`` naming the fields that failed. Nothing the client sends may produce a 500.

Mounted by ``marquee/urls.py`` as ``path("api/", include("marquee.api"))``: this module
is its own URLconf (``urlpatterns`` and ``app_name`` at the bottom).
"""

from __future__ import annotations

import functools

from django.core.exceptions import RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.urls import re_path
from ninja import NinjaAPI, Swagger
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, Throttled
from ninja.errors import ValidationError as SchemaValidationError
from ninja.security import django_auth

from marquee import api_errors
from marquee.booking.api import router as booking_router
from marquee.errors import ServiceError
from marquee.payments.api import router as payments_router


class MarqueeAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        """``marquee_<app>_api_<function>``, whichever module under the app's ``api``
        package defines it: splitting an API into modules keeps the operation IDs that
        generated clients use."""
        parts = operation.view_func.__module__.split(".")
        package = parts[:parts.index("api") + 1] if "api" in parts else parts
        return "_".join([*package, operation.view_func.__name__])

    def get_openapi_schema(self, *args, **kwargs):
        """The statuses every operation may answer whatever its view declares (P12.14):
        422 for input the document refuses, 400 for an unreadable body, 503 while the
        database is unreachable (``marquee.api_errors``)."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for methods in schema.get("paths", {}).values():
            for method, operation in methods.items():
                responses = operation.setdefault("responses", {})
                for status, (component, description) in _COMMON_RESPONSES.items():
                    if status == 400 and method not in ("post", "put", "patch", "delete"):
                        continue
                    responses.setdefault(status, {"description": description, "content": {
                        "application/json": {"schema": {
                            "$ref": f"#/components/schemas/{component}"}}}})
        return schema


_COMMON_RESPONSES = {
    400: ("ErrorOut", "요청 본문을 읽을 수 없음"),
    422: ("ValidationErrorOut", "입력값 검증 실패"),
    503: ("ErrorOut", "일시적으로 이용할 수 없음 (데이터베이스 연결 불가)"),
}


api = MarqueeAPI(
    title="Marquee API",
    version="1.0.0",
    description=(
        "마키 시네마 예매 API. 회원은 로그인 세션(쿠키)으로 인증하며, POST·DELETE 요청에는 "
        "CSRF 토큰(`X-CSRFToken` 헤더)이 필요합니다. 입장 확인은 직원 계정만 쓸 수 있습니다.\n\n"
        "모든 오류는 4xx 상태와 `{\"detail\": \"...\"}` JSON 본문으로 응답합니다. 서비스가 거절한 "
        "요청에는 오류 종류를 나타내는 `code`(예: `seats_taken`)가 함께 옵니다."
    ),
    urls_namespace="api",
    auth=django_auth,  # secure by default; public operations say auth=None
    # Swagger UI with what keeps it accessible (issue 19; the stylesheet is
    # marquee/api-docs.css, linked by templates/ninja/swagger.html): no deep links, as
    # they are links inside each operation's expand button (nested interactive controls).
    docs=Swagger(settings={"deepLinking": False}),
)


def _error(request: HttpRequest, status: int, detail: str, **extra) -> HttpResponse:
    return api.create_response(request, {"detail": detail, **extra}, status=status)


# --- domain errors ----------------------------------------------------------------------


@api.exception_handler(ServiceError)
def service_error(request, exc: ServiceError):
    """Every domain refusal: its Korean message, stable code, status and extra fields."""
    return api.create_response(request, exc.body(), status=exc.status)


@api.exception_handler(DjangoValidationError)
def django_validation_error(request, exc: DjangoValidationError):
    return _error(request, 400, " ".join(exc.messages) or "입력값이 올바르지 않습니다.")


# --- protocol errors (ninja's defaults, in Korean) -------------------------------------

_FIELD_MESSAGES = {
    "missing": "필수 항목입니다.",
    "extra_forbidden": "알 수 없는 항목입니다.",
    "string_type": "문자열이어야 합니다.",
    "int_type": "정수여야 합니다.",
    "int_parsing": "정수여야 합니다.",
    "int_from_float": "정수여야 합니다.",
    "bool_type": "참/거짓 값이어야 합니다.",
    "list_type": "목록(배열)이어야 합니다.",
    "dict_type": "객체여야 합니다.",
    "model_type": "객체여야 합니다.",
    "model_attributes_type": "객체여야 합니다.",
    "literal_error": "허용되지 않는 값입니다.",
    "enum": "허용되지 않는 값입니다.",
    "string_too_short": "비어 있을 수 없습니다.",
    "string_too_long": "너무 깁니다.",
    "string_pattern_mismatch": "형식이 올바르지 않습니다.",
    "too_short": "항목이 너무 적습니다.",
    "too_long": "항목이 너무 많습니다.",
    "greater_than_equal": "{ge} 이상이어야 합니다.",
    "greater_than": "{gt}보다 커야 합니다.",
    "less_than_equal": "{le} 이하여야 합니다.",
    "less_than": "{lt}보다 작아야 합니다.",
    "date_type": "날짜는 YYYY-MM-DD 형식이어야 합니다.",
    "date_parsing": "날짜는 YYYY-MM-DD 형식이어야 합니다.",
    "date_from_datetime_parsing": "날짜는 YYYY-MM-DD 형식이어야 합니다.",
    "date_from_datetime_inexact": "날짜는 YYYY-MM-DD 형식이어야 합니다.",
}
_SOURCES = {"body": "요청 본문", "query": "쿼리", "path": "경로", "header": "헤더",
            "cookie": "쿠키", "form": "폼"}


def _field_error(error: dict) -> dict:
    loc = [str(part) for part in error.get("loc", ())]
    source = loc[0] if loc else "body"
    # ninja's loc is (source, parameter name, field, ...); a body is one parameter,
    # so its name says nothing to the client: the field path starts after it.
    path = loc[2:] if source == "body" else loc[1:]
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "value_error" and ctx.get("error"):
        message = str(ctx["error"])  # our own validators raise Korean messages
    else:
        try:
            message = _FIELD_MESSAGES.get(kind, "올바르지 않은 값입니다.").format(**ctx)
        except (KeyError, IndexError, ValueError):
            message = "올바르지 않은 값입니다."
    return {"field": ".".join(path) or _SOURCES.get(source, source), "source": source,
            "message": message, "type": kind}


@api.exception_handler(SchemaValidationError)
def schema_validation_error(request, exc: SchemaValidationError):
    errors = [_field_error(e) for e in exc.errors if isinstance(e, dict)]
    summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
    return _error(request, 422, f"입력값이 올바르지 않습니다. {summary}".strip(), errors=errors)


_HTTP_MESSAGES = {
    400: "잘못된 요청입니다.",
    401: "로그인이 필요합니다.",
    403: "권한이 없습니다.",
    404: "찾을 수 없습니다.",
    405: "허용되지 않는 요청 방식입니다.",
    429: "요청이 너무 많습니다. 잠시 후 다시 시도하세요.",
}
# Messages ninja raises itself, in English.
_NINJA_MESSAGES = {
    "Cannot parse request body": "요청 본문이 올바른 JSON이 아닙니다.",
    "CSRF check Failed": "CSRF 검증에 실패했습니다. 페이지를 새로 고친 뒤 다시 시도하세요.",
    "Unauthorized": "로그인이 필요합니다.",
    "Forbidden": "권한이 없습니다.",
    "Too many requests.": "요청이 너무 많습니다. 잠시 후 다시 시도하세요.",
}


@api.exception_handler(HttpError)
def http_error(request, exc: HttpError):
    message = exc.message.split(" (")[0] if exc.message.startswith("Cannot parse") else exc.message
    detail = _NINJA_MESSAGES.get(message, exc.message) or _HTTP_MESSAGES.get(
        exc.status_code, "요청을 처리할 수 없습니다.")
    response = _error(request, exc.status_code, detail)
    if isinstance(exc, Throttled) and exc.wait:
        response["Retry-After"] = str(int(exc.wait))
    return response


@api.exception_handler(AuthenticationError)
def authentication_error(request, exc: AuthenticationError):
    return _error(request, 401, _NINJA_MESSAGES.get(exc.message, exc.message))


@api.exception_handler(AuthorizationError)
def authorization_error(request, exc: AuthorizationError):
    return _error(request, 403, _NINJA_MESSAGES.get(exc.message, exc.message))


@api.exception_handler(Http404)
def not_found(request, exc: Http404):
    return _error(request, 404, "찾을 수 없습니다.")


@api.exception_handler(RequestDataTooBig)
def too_big(request, exc: RequestDataTooBig):
    return _error(request, 413, "요청 본문이 너무 큽니다.")


@api.exception_handler(MultiPartParserError)
def malformed_multipart(request, exc: MultiPartParserError):
    """A multipart body without a boundary, read by the CSRF check (P12.14: 400)."""
    return _error(request, 400, "요청 본문의 형식이 올바르지 않습니다.", code="malformed_request")


@api.exception_handler(DatabaseError)
def database_unavailable(request, exc: DatabaseError):
    """The database unreachable or failing: a 503 the client may retry (P12.14)."""
    status, code, message = api_errors.classify(exc, 503)
    response = _error(request, status, message, code=code)
    response["Retry-After"] = str(api_errors.RETRY_AFTER_SECONDS)
    return response


@api.exception_handler(Exception)
def unexpected(request, exc: Exception):
    """Anything else goes to Django (logged, reported); ``api_errors`` answers it as a
    JSON 500, never ninja's plain-text traceback in development."""
    raise exc


api.add_router("/", booking_router)
api.add_router("/", payments_router)


def _json_method_not_allowed(view):
    """ninja answers a wrong method with a plain-text 405; say it in JSON like the rest."""

    @functools.wraps(view)  # keeps csrf_exempt: ninja checks CSRF itself
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code == 405:
            allow = response.get("Allow", "")
            response = _error(request, 405, _HTTP_MESSAGES[405])
            response["Allow"] = allow
        return response

    return wrapped


def _unknown_path(request, *args, **kwargs):
    return _error(request, 404, "없는 API 주소입니다.")


# This module is the URLconf mounted at /api/ (see the module docstring).
urlpatterns = api.urls[0]
for _pattern in urlpatterns:
    _pattern.callback = _json_method_not_allowed(_pattern.callback)
urlpatterns.append(re_path(r"", _unknown_path))  # last: anything else under /api/ is JSON 404
app_name = api.urls_namespace

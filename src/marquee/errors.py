"""One base class for every refusal a service gives a person.

A service that refuses a request raises a ``ServiceError`` subclass carrying what the
person is shown (``message``, in Korean), what a program can rely on (``code``, stable
across wording changes), the HTTP ``status`` an API answers with, and any extra JSON
fields a client needs (the 409 hold refusal's ``unavailable`` seats, for instance).
Views render ``exc.message``; the JSON API has a single handler for the whole family
(``marquee.api``) that renders ``body()``.

This module imports no app, so every layer may use it.
"""

from __future__ import annotations


class ServiceError(Exception):
    """A refusal whose message is safe and meant to be shown as is."""

    status: int = 400
    code: str = "refused"
    default_message: str = "요청을 처리할 수 없습니다."

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 status: int | None = None, **extra) -> None:
        self.message = message or self.default_message
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status
        self.extra = extra
        super().__init__(self.message)

    def body(self) -> dict:
        """The JSON an API answers with: ``detail``, ``code`` and the extra fields."""
        return {"detail": self.message, "code": self.code, **self.extra}


class Conflict(ServiceError):
    """The request collides with the current state (someone else got there first)."""

    status = 409
    code = "conflict"


class NotFound(ServiceError):
    status = 404
    code = "not_found"
    default_message = "찾을 수 없습니다."


class Forbidden(ServiceError):
    status = 403
    code = "forbidden"
    default_message = "권한이 없습니다."

"""Staff check-in with the mobile ticket's QR token (B5, P12.8): a staff session only."""

from __future__ import annotations

from ninja import Router, Schema
from ninja.errors import AuthorizationError, HttpError
from ninja.security import SessionAuthIsStaff

from .. import services
from .bookings import claims
from .schemas import ErrorOut, StrictSchema, ValidationErrorOut, text

router = Router()


class StaffSessionAuth(SessionAuthIsStaff):
    """A staff session (ninja's SessionAuthIsStaff, CSRF-checked). A signed-in member who
    is not staff gets 403 rather than 401: logging in again would not help."""

    def authenticate(self, request, key):
        user = super().authenticate(request, key)
        if user is None and request.user.is_authenticated:
            raise AuthorizationError(message="직원 계정만 이용할 수 있습니다.")
        return user


staff_auth = StaffSessionAuth()


class CheckInIn(StrictSchema):
    token: text(500, min_length=1)


class CheckInOut(Schema):
    number: str
    admitted: int
    already: bool
    seats: list[str]


@router.post("/checkin", auth=staff_auth,
             response={200: CheckInOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut,
                       409: ErrorOut, 422: ValidationErrorOut},
             tags=["입장"], summary="모바일 티켓 입장 확인 (직원)",
             description="QR 코드의 토큰으로 한 번만 입장 처리합니다. 이미 입장한 티켓은 409.")
def check_in(request, payload: CheckInIn):
    result = services.check_in(payload.token)
    if result.already:
        raise HttpError(409, "이미 입장 처리된 티켓입니다.")
    booking = result.booking
    return {"number": booking.number, "admitted": result.admitted, "already": False,
            "seats": [c.seat.label for c in claims(booking)]}

"""Staff check-in with the mobile ticket's QR token (B5, P12.8): a staff session that
passed the second factor, in a role holding ``booking.check_in`` (the back office's one
staff gate, ``backoffice.api_auth``)."""

from __future__ import annotations

from ninja import Router, Schema
from ninja.errors import HttpError

from marquee.backoffice.api_auth import StaffAuth

from .. import services
from .bookings import claims
from .schemas import ErrorOut, StrictSchema, ValidationErrorOut, text

router = Router()


CHECK_IN = "booking.check_in"
staff_auth = StaffAuth(CHECK_IN)


class CheckInIn(StrictSchema):
    token: text(500, min_length=1)


class CheckInOut(Schema):
    number: str
    admitted: int
    already: bool
    seats: list[str]
    # Seats whose discount (청소년, 우대) the verified birthdate did not vouch for: check
    # the viewer's proof before admitting them (B7).
    checks: list[str]


@router.post("/checkin", auth=staff_auth,
             response={200: CheckInOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut,
                       409: ErrorOut, 422: ValidationErrorOut},
             tags=["입장"], summary="모바일 티켓 입장 확인 (직원)",
             description="QR 코드의 토큰으로 한 번만 입장 처리합니다. 이미 입장한 티켓은 409. "
                         "`checks`의 좌석은 할인(청소년·우대) 자격 증빙을 확인한 뒤 입장시킵니다.")
def check_in(request, payload: CheckInIn):
    result = services.check_in(payload.token)
    if result.already:
        raise HttpError(409, "이미 입장 처리된 티켓입니다.")
    booking = result.booking
    seated = claims(booking)
    return {"number": booking.number, "admitted": result.admitted, "already": False,
            "seats": [c.seat.label for c in seated],
            "checks": [f"{c.seat.label} {c.get_ticket_type_display()}"
                       for c in seated if c.check_at_gate]}

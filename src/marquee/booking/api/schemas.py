"""What the booking API's endpoints share: input types that refuse what cannot be stored,
the error bodies every endpoint documents, and the small answer shapes reused across
endpoints (and by the payments API, above booking)."""

from __future__ import annotations

import datetime
import re
from typing import Annotated

from annotated_types import Interval
from django.utils import timezone
from ninja import Field, Path, Schema
from pydantic import AfterValidator, BeforeValidator, ConfigDict, StrictStr, StringConstraints

from .. import services
from ..models import Movie

MAX_DB_INT = 2**31 - 1  # beyond this, SQLite/PostgreSQL raise instead of finding nothing
NUMBER_RE = re.compile(r"[%s]{4}-[%s]{4}-[%s]{4}" % ((services.NUMBER_ALPHABET,) * 3))


def plain_text(value: str) -> str:
    """Refuse what cannot be stored or encrypted: control characters and lone surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("사용할 수 없는 문자가 있습니다.") from None
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("제어 문자는 사용할 수 없습니다.")
    return value


# No control characters: what ``plain_text`` refuses, said in the document (P12.14).
PLAIN_TEXT_PATTERN = r"^[^\x00-\x1F\x7F]*$"
# The same, with at least one character that is not a space: "비어 있을 수 없습니다".
NOT_BLANK_PATTERN = r"^[^\x00-\x1F\x7F]*[^\s\x00-\x1F\x7F][^\x00-\x1F\x7F]*$"
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def text(max_length: int, *, min_length: int = 0, pattern: str | None = None):
    """A string type whose limits the OpenAPI document states and the server enforces
    alike (P12.14: the server accepts exactly what the document allows). Not trimmed:
    a trimmed length or an emptied string would differ from what the document counts.
    A ``pattern`` of the caller's must itself exclude control characters; without one,
    a required text (``min_length``) must not be blank."""
    default = NOT_BLANK_PATTERN if min_length else PLAIN_TEXT_PATTERN
    return Annotated[StrictStr, StringConstraints(min_length=min_length, max_length=max_length,
                                                  pattern=pattern or default),
                     AfterValidator(plain_text)]


def whole_number(value):
    """A JSON integer as the document's ``integer`` means it: ``8`` or ``8.0``, never
    ``"8"``, ``true`` or ``8.5``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("정수여야 합니다.")
    if isinstance(value, float) and not value.is_integer():
        raise ValueError("정수여야 합니다.")
    return int(value)


def iso_date(value):
    """``YYYY-MM-DD`` only, the document's ``format: date``: pydantic alone would read
    a number such as ``-4.89e-104`` as a Unix time."""
    if isinstance(value, datetime.date) or (isinstance(value, str)
                                            and ISO_DATE_RE.fullmatch(value)):
        return value
    raise ValueError("날짜는 YYYY-MM-DD 형식이어야 합니다.")


IsoDate = Annotated[datetime.date, BeforeValidator(iso_date)]


ShowtimeId = Annotated[int, Path(ge=1, le=MAX_DB_INT, description="상영 회차 ID")]
BookingNumber = Annotated[str, Path(max_length=20, description="예매번호 (예: 7KQ2-M9XH-4T3B)")]
SeatLabel = text(8, min_length=1)
# The bounds nested inside the validator: next to a BeforeValidator pydantic writes them
# into the document as unknown ``ge``/``le`` keywords instead of minimum/maximum.
TicketCount = Annotated[Annotated[int, Interval(ge=0, le=services.MAX_SEATS)],
                        BeforeValidator(whole_number)]
VoucherCode = text(40, min_length=1, pattern=r"^[A-Za-z0-9\- ]+$")


class StrictSchema(Schema):
    model_config = ConfigDict(extra="forbid")


class ErrorOut(Schema):
    """The body of every refusal: a Korean message and, for a service's refusal, its code."""

    detail: str = Field(description="사용자에게 보여 줄 한국어 메시지")
    code: str | None = Field(None, description="오류 종류 (예: seats_taken, refund_account_required)")
    decision_url: str | None = Field(
        None, description="자동화된 결정에 의한 거절이면 그 결정의 기준과 설명·재검토 요구 "
                          "방법을 안내하는 페이지 (개인정보 보호법 제37조의2)")


class SeatsTakenOut(ErrorOut):
    seats: list[str] = Field(description="요청한 좌석 중 이미 선택되었거나 판매된 좌석")
    unavailable: list[str] = Field(
        default_factory=list,
        description="지금 다른 고객이 선점했거나 판매된 이 회차의 모든 좌석 "
                    "(배치도를 다시 받지 않고 좌석 상태를 갱신할 수 있습니다)")
    suggestion: list[str] = Field(
        default_factory=list,
        description="요청한 좌석 근처의 같은 수의 나란히 붙은 빈 좌석 (같은 줄 우선, 다음은 가까운 "
                    "줄); 그대로 다시 선점 요청하면 됩니다. 없으면 빈 목록")


class FieldErrorOut(Schema):
    field: str
    source: str
    message: str
    type: str


class ValidationErrorOut(ErrorOut):
    errors: list[FieldErrorOut]


class MovieOut(Schema):
    title: str
    rating: str = Field(description="all, 12, 15, 19")
    rating_label: str
    running_minutes: int


class TheatreOut(Schema):
    code: str
    name: str
    region: str


class PricesOut(Schema):
    adult: int | None = None
    youth: int | None = None
    senior: int | None = None


class PaymentStartOut(Schema):
    """A started payment (the payments API's answer, and a hold's with ``pay``)."""

    payment_id: str
    amount: int = Field(description="결제 대행사로 결제할 금액 (예매권 사용분 제외)")
    voucher_amount: int
    gateway: str
    params: dict = Field(description="결제 창을 여는 데 필요한 값 (PaymentRequest.params)")
    confirmed: bool = Field(description="예매권으로 전액 결제되어 예매가 완료되었는지")


def local(moment: datetime.datetime | None) -> datetime.datetime | None:
    """Times are answered in Korean time (+09:00), as the documentation says."""
    return None if moment is None else timezone.localtime(moment)


def movie_body(movie: Movie) -> dict:
    return {"title": movie.title, "rating": movie.rating, "rating_label": movie.get_rating_display(),
            "running_minutes": movie.running_minutes}

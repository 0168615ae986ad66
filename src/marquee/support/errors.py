"""The customer centre's service errors: a Korean message for the page or the API."""

from marquee.errors import ServiceError


class InquiryRefused(ServiceError):
    code = "inquiry_refused"
    status = 400

"""Errors the members services raise; the message is shown to the person as is."""

from marquee.errors import ServiceError


class SignupRefused(ServiceError):
    """Signup (or the guardian's consent to it) cannot go ahead."""

    code = "signup_refused"

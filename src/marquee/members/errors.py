"""Errors the members services raise; the message is shown to the person as is."""


class SignupRefused(Exception):
    """Signup (or the guardian's consent to it) cannot go ahead."""

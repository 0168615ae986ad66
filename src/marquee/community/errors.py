from marquee.errors import ServiceError


class CommunityError(ServiceError):
    """A request the boards refuse; the message is for the member, in Korean."""

    code = "community_refused"

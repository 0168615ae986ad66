class CommunityError(Exception):
    """A request the boards refuse; the message is for the member, in Korean."""

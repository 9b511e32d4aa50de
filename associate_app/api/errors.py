"""What can go wrong talking to the central API: exceptions that carry a sentence for a person."""

from __future__ import annotations


class ApiError(Exception):
    """Base: ``str(error)`` is a message staff can read; ``status`` is the HTTP status if any."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status

    @property
    def message(self) -> str:
        """The sentence itself: a :class:`~store_contract.domain.text.Text` when it was written
        as one (``str(error)`` is its English), for the GUI to put in the person's language."""
        said = self.args[0] if len(self.args) == 1 else None
        return said if isinstance(said, str) else str(self)


class Unreachable(ApiError):
    """No answer: network down, server stopped, DNS, timeout. The app is offline, not broken."""


class Unauthorized(ApiError):
    """401: wrong enrolment code, PIN, device secret, or an expired token."""


class DeviceRevoked(Unauthorized):
    """401 naming this device as removed from the store (lost or stolen): wipe and re-enrol."""


class Forbidden(ApiError):
    """403: another store's data, or a manager-only action."""


class RateLimited(ApiError):
    """429: too many wrong PINs; wait before trying again."""


class NotFound(ApiError):
    pass


class InvalidRequest(ApiError):
    """400/422: the server refused the request's content."""


class ServerError(ApiError):
    """5xx or an answer that is not the contract (malformed JSON, wrong shape)."""


class VersionMismatch(ApiError):
    """The server speaks another API version than this app."""

"""User-facing errors. Services raise these; the CLI prints the message and exits non-zero.

Each error builds its message in ``__init__`` so that the text a user reads is decided
in one place, next to the condition that causes it.
"""

from __future__ import annotations


class TrackerError(Exception):
    """An expected failure with a message fit for the user (no traceback)."""

    exit_code = 1


class UnknownDateError(TrackerError):
    def __init__(self, phrase: str) -> None:
        super().__init__(
            f"could not understand the date {phrase!r}: try a form like 'Friday', "
            "'in 10 days', 'end of month' or '2025-08-08 17:00'"
        )
        self.phrase = phrase


class UnknownTimeZoneError(TrackerError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"unknown time zone {name!r}: use an IANA name such as 'America/New_York', "
            "'Europe/Berlin' or 'UTC'"
        )
        self.name = name


class BadInputError(TrackerError):
    """An article or option that cannot be used as given."""


class ArticleTooLargeError(BadInputError):
    def __init__(self, name: str, limit: int) -> None:
        super().__init__(
            f"{name} is larger than the {format_size(limit)} limit "
            f"(parser.max_article_bytes = {limit}); split it or raise the limit"
        )


class UndatedArticleError(BadInputError):
    """An article with no publication date; ``hint`` says how to give it one where it
    was read."""

    def __init__(self, name: str, hint: str) -> None:
        super().__init__(
            f"{name} has no publication date: {hint} (relative dates such as 'by Friday' "
            "resolve against it)"
        )


def format_size(size: int) -> str:
    """'5 MB', '64 KB', '1000 bytes': binary units, exact or not at all."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} bytes"


class ConfigError(TrackerError):
    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"bad configuration: {where}: {reason}")
        self.where = where
        self.reason = reason


class NotFoundError(TrackerError):
    def __init__(
        self, what: str, ident: object, hint: str = "'tracker list --all' shows the ids"
    ) -> None:
        super().__init__(f"no {what} with id {ident}: {hint}")


class StorageError(TrackerError):
    """The database could not be opened, migrated or written."""


class DeliveryError(Exception):
    """A channel failed to hand a notice to its server.

    ``permanent`` failures (a 4xx webhook answer, an SMTP 5xx reply) are not retried;
    transient ones (timeouts, refused connections, 5xx, SMTP 4xx) are retried by the
    outbox with backoff. ``retry_after`` is the delay a server asked for, in seconds.
    """

    def __init__(
        self, message: str, *, permanent: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.permanent = permanent
        self.retry_after = retry_after

"""Why a link could not become a Document, each with the one line the user reads (`str(error)`) and
the label key that says it in the reader's language (bot/render/labels.py: ingest names keys only)."""

from __future__ import annotations


class IngestError(Exception):
    """A link or page that cannot be briefed; `str(error)` says what happened and what to do."""

    message = "I could not read that link; paste the article text instead."
    key: str | None = "link_unreadable"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        # A subclass with a sentence but no key of its own must not be shown as its parent's sentence:
        # without a key it is shown in English.
        if "message" in vars(cls) and "key" not in vars(cls):
            cls.key = None

    def __init__(
        self,
        message: str | None = None,
        *,
        key: str | None = None,
        values: dict[str, object] | None = None,
        detail: str | None = None,
    ) -> None:
        # `message` is the English line (CLI, logs); `key` and `values` say it in the reader's language,
        # so a raise site with a sentence of its own passes its key; `detail` is for logs only.
        super().__init__(message or self.message)
        if key is not None or message is not None:
            self.key = key
        self.values: dict[str, object] = dict(values or {})
        self.detail = detail


class BadLink(IngestError):
    """The link is malformed, cut off, or not http/https."""

    message = "That link is incomplete or not a web address; send the full http(s) link."
    key = "link_bad"


class BlockedAddress(IngestError):
    """The host resolves to a private, local or otherwise non-public address."""

    message = (
        "That link points to a private or local network address, which I do not fetch; "
        "paste the article text instead."
    )
    key = "link_private"


class NotFound(IngestError):
    """The site answered 404/410."""

    message = "That page was not found (404); check the link or send another one."
    key = "link_not_found"


class TimedOut(IngestError):
    """Connecting or reading took longer than the limits."""

    message = "That site took too long to answer; try again later or paste the article text."
    key = "link_timeout"


class TooLarge(IngestError):
    """The page is bigger than the fetch limit."""

    message = "That page is too large to fetch; paste the article text instead."
    key = "link_too_large"


class NotAnArticle(IngestError):
    """The link is not an article: an image, PDF, video, or a page without article text."""

    message = "That link is not an article I can read; send a link to a news article or paste its text."
    key = "link_not_article"


class Paywalled(IngestError):
    """The page is a paywall or cookie/consent wall instead of the article."""

    message = "That page is behind a paywall or cookie wall; paste the article text instead."
    key = "link_paywalled"


class Unreadable(IngestError):
    """The page's bytes cannot be decoded to text."""

    message = "That page's text encoding could not be read; paste the article text instead."
    key = "link_encoding"


class FetchFailed(IngestError):
    """Any other failure to fetch: HTTP errors, refused connections, redirect loops."""

    message = "I could not fetch that page; try again later or paste the article text."
    key = "link_fetch_failed"

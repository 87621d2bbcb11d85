"""Reading an article from a web page: fetch it, keep the story text, find its date.

trafilatura (with htmldate) does the extraction: it is the well-kept tool for pulling the
main text and the publication date out of a news page's HTML, which hand-written tag
stripping gets wrong (menus, captions, related-story boxes). It is an optional extra:
``pip install 'tracker[web]'``.
"""

from __future__ import annotations

import urllib.request
from email.message import Message
from urllib.error import HTTPError, URLError

from tracker import __version__
from tracker.errors import ArticleTooLargeError, BadInputError

TIMEOUT = 20
USER_AGENT = f"tracker/{__version__} (+https://example.invalid/tracker)"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str, max_bytes: int) -> tuple[bytes, Message]:
    """The body and headers at ``url``; BadInputError with the reason when it fails."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body = response.read(max_bytes + 1)
            headers = response.headers
    except HTTPError as exc:
        raise BadInputError(f"could not fetch {url}: the server answered HTTP {exc.code}") from exc
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise BadInputError(f"could not fetch {url}: {reason}") from exc
    if len(body) > max_bytes:
        raise ArticleTooLargeError(url, max_bytes)
    return body, headers


def page_text(html: str, url: str) -> tuple[str, dict[str, str]]:
    """The story text of a news page and what its header would say (date, title, url)."""
    try:
        import trafilatura
    except ImportError as exc:
        raise BadInputError(
            "reading web pages needs the web extra: pip install 'tracker[web]' "
            "(or save the article as a text file)"
        ) from exc
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=True)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise BadInputError(f"found no article text at {url}")
    header = {"url": url}
    for key, value in (("published", document.date), ("title", document.title)):
        if value:
            header[key] = str(value)
    return text, header

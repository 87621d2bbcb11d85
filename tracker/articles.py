"""Reading articles: files, stdin, a folder; the optional front-matter header of a seed.

A seed keeps its publication date and zone beside the text in a small header:

    ---
    published: 2025-08-05
    tz: America/New_York
    title: Zelensky thanks Trump for talks
    url: https://example.com/story
    ---
    Ukrainian President Volodymyr Zelensky …

Offsets reported by the parser count from the first character after the header.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tracker.config import MAX_ARTICLE_BYTES, zone
from tracker.errors import ArticleTooLargeError, BadInputError, UndatedArticleError
from tracker.web import fetch, is_url, page_text

ARTICLE_SUFFIXES = {".txt", ".md", ".text", ""}
HEADER_KEYS = {"published", "tz", "title", "url"}
# how to date an article in a file, said where --published is not an option
HEADER_HINT = (
    "add a header at the top of the file: a line '---', then 'published: YYYY-MM-DD' "
    "(and 'tz: Area/City' if its zone differs), then '---'"
)


@dataclass(frozen=True)
class Article:
    text: str
    name: str
    path: Path | None = None
    header: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Dated:
    """An article with the moment and zone its relative dates resolve against."""

    article: Article
    published: datetime
    tz: ZoneInfo

    @property
    def fingerprint(self) -> str:
        key = f"{self.published.isoformat()}|{self.tz.key}|{self.article.text}"
        return hashlib.sha256(key.encode()).hexdigest()


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise BadInputError(f"{name} is empty: there is no article text to read")
    if b"\x00" in data[:8192]:
        raise BadInputError(f"{name} looks like a binary file, not an article: give a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(
            f"{name} is not UTF-8 text (bad byte at offset {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from exc


def split_header(text: str) -> tuple[dict[str, str], str]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    closing = next((n for n, line in enumerate(lines[1:], start=1) if line.strip() == "---"), 0)
    if not closing:
        return {}, text
    header: dict[str, str] = {}
    for line in lines[1:closing]:
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in HEADER_KEYS and value.strip():
            header[key.strip().lower()] = value.strip()
    return header, "\n".join(lines[closing + 1 :])


def read_article(source: str, max_bytes: int = MAX_ARTICLE_BYTES) -> Article:
    """Read ``source``: a file path, ``-`` for standard input, or an http(s) URL; at most
    ``max_bytes`` (the ``parser.max_article_bytes`` setting), else BadInputError naming
    that key."""
    if is_url(source):
        return _read_page(source, max_bytes)
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name, path = "standard input", None
    else:
        path = Path(source)
        name = str(path)
        if path.is_dir():
            raise BadInputError(f"{name} is a folder; 'tracker ingest' takes folders")
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except FileNotFoundError as exc:
            raise BadInputError(f"{name}: no such file") from exc
        except OSError as exc:
            raise BadInputError(f"{name}: cannot be read ({exc.strerror})") from exc
    if len(data) > max_bytes:
        raise ArticleTooLargeError(name, max_bytes)
    header, text = split_header(decode(data, name))
    if not text.strip():
        raise BadInputError(f"{name} has a header but no article text")
    return Article(text=text, name=name, path=path, header=header)


def _read_page(url: str, max_bytes: int) -> Article:
    """A web page: its story text, with its date, title and URL as the header."""
    body, headers = fetch(url, max_bytes)
    charset = headers.get_content_charset() or "utf-8"
    content = body.decode(charset, errors="replace")
    if headers.get_content_type() in ("text/html", "application/xhtml+xml"):
        text, header = page_text(content, url)
        return Article(text=text, name=url, header=header)
    header, text = split_header(decode(body, url))
    return Article(text=text, name=url, header={"url": url, **header})


def expand_sources(sources: list[str]) -> list[str]:
    """Files as given; folders replaced by the text files inside them, sorted."""
    found: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            found.extend(
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.suffix in ARTICLE_SUFFIXES
                and not p.name.startswith(".")
                and p.name.lower() != "readme.md"
            )
        else:
            found.append(source)
    return found


def parse_moment(value: str, tz: ZoneInfo, what: str = "--published") -> datetime:
    """An ISO date or datetime as an aware moment in ``tz``; a date alone is its midnight."""
    value = value.strip()
    try:
        if len(value) <= 10:
            return datetime.combine(date.fromisoformat(value), time(0), tzinfo=tz)
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise BadInputError(
            f"{what} {value!r} is not an ISO date or datetime; write e.g. 2025-08-05 "
            "or 2025-08-05T14:30-04:00"
        ) from exc
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def date_article(
    article: Article,
    published: str | None,
    tz_name: str | None,
    default_tz: str,
    *,
    one_of_many: bool = False,
) -> Dated:
    """Attach the publication moment: options first, then the article's header.

    Never falls back to today: an article without a date is refused, with a hint that
    works where it was read (``one_of_many``: with other articles, where --published,
    which names one moment, is refused).
    """
    named = tz_name or article.header.get("tz")
    tz = zone(named or default_tz)
    stamp = published or article.header.get("published")
    if not stamp:
        raise UndatedArticleError(
            article.name,
            f"{HEADER_HINT}; or ingest it on its own with --published YYYY-MM-DD"
            if one_of_many
            else "pass --published YYYY-MM-DD, or add a 'published:' line to its header",
        )
    moment = parse_moment(stamp, tz)
    stated = _stated_offset(stamp)
    if named is None and stated is not None and stated != moment.utcoffset():
        raise BadInputError(
            f"{article.name}: the publication time {stamp} carries its own UTC offset but "
            f"no time zone was given, and the default zone {tz.key} differs; pass --tz with "
            "the article's zone (e.g. America/Los_Angeles) so 'tomorrow' and 'Friday' "
            "resolve in it"
        )
    return Dated(article, moment, tz)


def _stated_offset(stamp: str) -> timedelta | None:
    try:
        return datetime.fromisoformat(stamp.strip()).utcoffset()
    except ValueError:
        return None

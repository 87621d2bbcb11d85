"""Articles read from web pages, served by a real HTTP server on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.conftest import Run
from tests.servers import PageServer, unused_port
from tracker.articles import read_article
from tracker.errors import BadInputError

PAGE = b"""<html><head><title>Deadline for Moscow | World News</title>
<meta property="article:published_time" content="2025-08-05T10:30:00-04:00">
</head><body><nav>Home | World | Business | Sport</nav>
<article><h1>Trump sets a Friday deadline for Moscow</h1>
<p>President Donald Trump warned that if Russia does not agree to a ceasefire by Friday,
it would face new sanctions.</p>
<p>Envoy Steve Witkoff is set to meet Vladimir Putin on Wednesday, the White House said.</p>
</article><footer>Copyright News Ltd. Related: markets rallied on Tuesday.</footer>
</body></html>"""


@pytest.fixture
def site() -> Iterator[PageServer]:
    pages = {
        "/story": (200, "text/html; charset=utf-8", PAGE),
        "/plain": (200, "text/plain; charset=utf-8", b"The vote will be held on Friday."),
    }
    with PageServer(pages) as server:
        yield server


def test_a_web_page_gives_its_story_text_date_and_title(site: PageServer) -> None:
    article = read_article(f"{site.base}/story")
    assert "ceasefire by Friday" in article.text
    assert "Home | World" not in article.text
    assert article.header["published"] == "2025-08-05"
    assert article.header["url"] == f"{site.base}/story"


def test_extract_reads_a_url_and_dates_it_from_the_page(cli: Run, site: PageServer) -> None:
    result = cli("extract", f"{site.base}/story", "--tz", "America/New_York", "--json")
    assert result.code == 0, result.err
    dates = sorted(c["due_date"] for c in json.loads(result.out))
    assert dates == ["2025-08-06", "2025-08-08"]


def test_a_plain_text_url_is_read_as_it_is(site: PageServer) -> None:
    assert read_article(f"{site.base}/plain").text == "The vote will be held on Friday."


def test_a_missing_page_is_a_clear_error(site: PageServer) -> None:
    with pytest.raises(BadInputError, match="answered HTTP 404"):
        read_article(f"{site.base}/nope")


def test_an_unreachable_site_is_a_clear_error() -> None:
    with pytest.raises(BadInputError, match="could not fetch"):
        read_article(f"http://127.0.0.1:{unused_port()}/story")


def test_a_page_over_the_size_limit_is_refused_naming_the_limit_and_its_key(
    site: PageServer,
) -> None:
    with pytest.raises(BadInputError) as refused:
        read_article(f"{site.base}/story", max_bytes=100)
    assert str(refused.value) == (
        f"{site.base}/story is larger than the 100 bytes limit "
        "(parser.max_article_bytes = 100); split it or raise the limit"
    )

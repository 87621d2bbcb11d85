from __future__ import annotations

from pathlib import Path

import pytest

from tracker.articles import date_article, expand_sources, read_article
from tracker.errors import BadInputError, UnknownTimeZoneError

REPO = Path(__file__).resolve().parent.parent


def test_it_reads_the_seed_header_and_counts_offsets_after_it() -> None:
    article = read_article(str(REPO / "seeds" / "000_43a9507da0b38242.txt"))
    assert article.header["published"] == "2025-08-05"
    assert article.header["tz"] == "America/New_York"
    assert article.text.startswith("Ukrainian President Volodymyr Zelensky")
    dated = date_article(article, None, None, "UTC")
    assert dated.published.isoformat() == "2025-08-05T00:00:00-04:00"


def test_options_win_over_the_header() -> None:
    article = read_article(str(REPO / "seeds" / "000_43a9507da0b38242.txt"))
    dated = date_article(article, "2025-08-06T10:00:00+02:00", "Europe/Berlin", "UTC")
    assert dated.published.isoformat() == "2025-08-06T10:00:00+02:00"
    assert dated.tz.key == "Europe/Berlin"


def test_it_never_falls_back_to_today(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The vote is on Friday.")
    with pytest.raises(BadInputError, match="no publication date: pass --published"):
        date_article(read_article(str(path)), None, None, "UTC")


def test_an_undated_article_among_several_is_told_to_get_a_header(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The vote is on Friday.")
    with pytest.raises(BadInputError, match="no publication date: add a header") as refused:
        date_article(read_article(str(path)), None, None, "UTC", one_of_many=True)
    assert "or ingest it on its own with --published" in str(refused.value)
    assert "'by Friday' resolve against it" in str(refused.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Café au lait by Friday".encode("latin-1"), "not UTF-8"),
        (b"---\npublished: 2025-08-05\n---\n", "no article text"),
    ],
)
def test_it_refuses_unusable_files_with_a_reason(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    with pytest.raises(BadInputError, match=message):
        read_article(str(path))


def test_it_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match=r"nope\.txt: no such file"):
        read_article(str(tmp_path / "nope.txt"))


def test_it_refuses_an_article_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 300)
    with pytest.raises(BadInputError, match="larger than"):
        read_article(str(path), max_bytes=1000)


def test_it_refuses_an_unknown_time_zone(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The vote is on Friday.")
    with pytest.raises(UnknownTimeZoneError, match="'Mars/Base'"):
        date_article(read_article(str(path)), "2025-08-05", "Mars/Base", "UTC")


def test_it_refuses_a_published_date_that_is_not_iso(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The vote is on Friday.")
    with pytest.raises(BadInputError, match="not an ISO date"):
        date_article(read_article(str(path)), "last tuesday", "UTC", "UTC")


def test_it_expands_folders_into_their_text_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "README.md").write_text("about")
    (tmp_path / "image.png").write_bytes(b"x")
    found = expand_sources([str(tmp_path)])
    assert [Path(f).name for f in found] == ["a.md", "b.txt"]

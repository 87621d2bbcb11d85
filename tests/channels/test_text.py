from __future__ import annotations

import pytest

from tracker.channels.text import cut
from tracker.cli.render import clip


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("newsroom-hook", 13, "newsroom-hook"),
        ("newsroom-hook", 12, "newsroom-ho…"),
        ("ab", 1, "…"),
        ("ab", 0, "…"),
    ],
)
def test_cut_keeps_what_fits_and_ends_the_rest_with_an_ellipsis(
    text: str, width: int, expected: str
) -> None:
    assert cut(text, width) == expected


def test_clip_puts_lines_on_one_and_keeps_the_padding_between_columns() -> None:
    assert clip("id    due\nnext", 20) == "id    due next"
    assert clip("id    due\nnext", 8) == "id    d…"

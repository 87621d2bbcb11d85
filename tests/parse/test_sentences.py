from __future__ import annotations

from tracker.parse.sentences import sentence_spans


def test_it_does_not_split_at_abbreviations() -> None:
    text = "The U.S. envoy met Dr. Smith at 5 p.m. Friday. He left."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The U.S. envoy met Dr. Smith at 5 p.m. Friday.",
        "He left.",
    ]


def test_it_splits_at_paragraph_breaks_and_questions() -> None:
    text = "Will they meet? Nobody knows\n\nA new paragraph"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Will they meet?",
        "Nobody knows",
        "A new paragraph",
    ]

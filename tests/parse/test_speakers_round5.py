"""Speaker attribution, round five: subordinate clauses after the date, bodies and people
described again, live-blog entries and firm names (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.parse.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a speech verb in an "after" clause is background, not the attribution
            "Dock workers will vote on Thursday on the new contract, a week after the port "
            "authority declared the old one void.",
            None,
        ),
        (  # ... and in a "when" clause opened by a described person
            "The bridge will reopen to cars next June, when its Labour critic Jo Pell has vowed "
            "to put tolls on it.",
            None,
        ),
        (  # "and" between two capitalised words joins one name, it opens no clause
            "The festival will be held on June 20, the Society of Arts and Letters said on Monday.",
            "the Society of Arts and Letters",
        ),
        (  # a "where" clause only describes the place the statement was made
            "Tolls will rise by 5% from April, the minister Ana Ruiz told reporters in Leeds, "
            "where the regional assembly, led by her party, sits on Friday.",
            None,
        ),
        (  # a body described with a capitalised adjective
            "The museum will reopen on Wednesday, the Italian culture ministry said.",
            "the Italian culture ministry",
        ),
        (  # "the Oslo-based company" is the firm that opens the sentence, without "Inc"
            "Nordkraft Inc will open its new plant on May 2, the Oslo-based company said.",
            "Nordkraft",
        ),
        (  # the sentence's subject described by age at its end
            "Mara Quist will publish her memoir on Oct. 3, the 62-year-old said on Tuesday.",
            "Mara Quist",
        ),
        (  # an age describes a person, and a bridge is none
            "The bridge will reopen on Friday, the 62-year-old said.",
            None,
        ),
        (  # any other noun may be someone else: the subject is no speaker
            "Mara Quist will publish her memoir on Oct. 3, the novelist said on Tuesday.",
            None,
        ),
        (  # an unnamed source is no description of the subject
            "Mara Quist will visit Kyiv on Friday, the official said.",
            None,
        ),
        (  # a live blog's time stamp opens the entry, the body is still its subject
            "Rate decision - live. 1310 GMT - The Central Bank of Narnia holds rates and says "
            "it will end bond buying from June 1.",
            "the Central Bank of Narnia",
        ),
        (  # present tense in live updates
            "0930 EDT - Forecasters warn of heavy snow through next Wednesday.",
            "forecasters",
        ),
        (  # "the agency" is the public body the sentence named
            "The state Office of Water Quality will not enforce the new limits until July 1, "
            "the agency said.",
            "Office of Water Quality",
        ),
        (  # a sentence-opening participle is no company
            "Parsons Foods Inc reported higher sales. Starting in May, the food maker will cut "
            "packaging by a third.",
            "Parsons Foods",
        ),
        (  # "the league" needs a name that says so: a ministry is no league
            "The Sports Ministry approved the calendar on Monday. The league said it would open "
            "the season on Friday.",
            "the league",
        ),
        (  # a body's subject with a "which" clause before its verb
            "Vettor Energy Corp cut costs last year. The company, which employs 900 people, aims "
            "to double output by 2030.",
            "Vettor Energy",
        ),
        (  # a commitment is not its subject's when the date sits in a "before" clause
            "The premier will travel to Japan later this month, his last trip before his term "
            "as party chief expires at the end of the month.",
            None,
        ),
    ],
)
def test_round5_attribution_forms(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker

"""Speaker attribution, round six: no function word or counted source as a name, names
kept whole (a possessive owner, a particle, a given name used alone), a union's name without
the noun after it, a subject's agreement or forecast, a "who" clause that describes the
speaker, and unnamed officials who only report others' plans (sentences written for these
tests)."""

from __future__ import annotations

import pytest

from tests.parse.helpers import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # counted unnamed sources are no speaker, and the count is no part of a name; a
        # company's own executives keep their company (README: the principal is kept)
        ("Three OPEC+ sources said the group will meet on Thursday.", None),
        ("Two Tesla executives said the plant will open in May.", "Tesla"),
        ("Several EU diplomats said the summit will be held on Friday.", None),
        # a capitalised preposition that opens a sentence is no organisation "the company"
        # stands for
        (
            "From Monday, most users will be moved to the new app. The old one will be "
            "supported until at least 2029, the company said.",
            "the company",
        ),
        (
            "With the deal signed, the plant will reopen on Friday, the company said.",
            "the company",
        ),
    ],
)
def test_no_function_word_or_count(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: a real name that opens the sentence, or one after the count
        ("OPEC+ will meet on Thursday, the group said.", "OPEC+"),
        (
            "Nordkraft posted a record profit. The plant will reopen on Friday, the company said.",
            "Nordkraft",
        ),
        ("Tesla said two plants will open in May.", "Tesla"),
        ("Several weeks ago, Tesla said the plant will open in May.", "Tesla"),
    ],
)
def test_names_after_function_words_kept(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a possessive owner of two words
        (
            "The exporter will cut output from May, Saudi Arabia's energy ministry said late "
            "on Sunday.",
            "Saudi Arabia's energy ministry",
        ),
        (
            "Fares will rise on Friday, New Zealand's transport ministry said late on Monday.",
            "New Zealand's transport ministry",
        ),
        (
            "The border will reopen on Friday, South Korea's foreign ministry said late on Monday.",
            "South Korea's foreign ministry",
        ),
        # near misses: a one-word owner, and a lower-case one
        (
            "The border will reopen on Friday, Russia's defence ministry said late on Monday.",
            "Russia's defence ministry",
        ),
        (
            "The border will reopen on Friday, the kingdom's energy ministry said late on Monday.",
            "the kingdom's energy ministry",
        ),
        # names with "of <Place>" are whole
        (
            "The vote will be held on Feb. 8, the Election Commission of Pakistan said.",
            "the Election Commission of Pakistan",
        ),
        (
            "Rates will be cut on Thursday, the Bank of England said.",
            "the Bank of England",
        ),
        (
            "The new college will open in September, the University of Oxford said.",
            "the University of Oxford",
        ),
        # near miss: the place only says where it was said
        (
            "The vote will be held on Feb. 8, the Election Commission said in Islamabad.",
            "the Election Commission",
        ),
    ],
)
def test_names_kept_whole(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a surname with a hyphenated particle resolves to the full name
        (
            "Energy Minister Saad al-Kaabi spoke in Doha. Kaabi said the plant would open "
            "in mid-2026.",
            "Saad al-Kaabi",
        ),
        (
            "Sudan's army chief Abdel Fattah al-Burhan met envoys. Burhan said the truce "
            "would start on Friday.",
            "Abdel Fattah al-Burhan",
        ),
        (
            "Egypt's foreign minister Sameh el-Sherif met envoys. Sherif said the talks would "
            "resume on Friday.",
            "Sameh el-Sherif",
        ),
        (
            "Mohammed al-Sudani met envoys on Sunday. Al-Sudani said the talks would resume on "
            "Friday.",
            "Mohammed al-Sudani",
        ),
        # a given name used alone, after the titled full name
        (
            "Malaysian Prime Minister Anwar Ibrahim hosted the talks. Anwar said the commanders "
            "would meet on Tuesday.",
            "Anwar Ibrahim",
        ),
        (
            "President Luiz Inácio Lula da Silva spoke on Sunday. Lula said he would visit "
            "Beijing on Friday.",
            "Luiz Inácio Lula da Silva",
        ),
        (
            "Thai Prime Minister Paetongtarn Shinawatra spoke on Sunday. Paetongtarn said the "
            "border would reopen on Friday.",
            "Paetongtarn Shinawatra",
        ),
        (
            "Indonesian President Joko Widodo spoke on Sunday. Joko said the capital would move "
            "in August.",
            "Joko Widodo",
        ),
    ],
)
def test_short_mention_resolves(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: a firm named in a product's name keeps its own name
        (
            "Microsoft Edge is the default browser. Microsoft said it will stop updates on Friday.",
            "Microsoft",
        ),
        (
            "Google Maps was down for hours. Google said it will publish a report on Friday.",
            "Google",
        ),
        # an untitled name gives its first word to no one
        (
            "Saudi Arabia hosted the talks. Saudi officials said the talks will resume on Friday.",
            None,
        ),
        # two titled people with the same given name: no guess
        (
            "President Donald Trump and Senator Donald Kim met on Sunday. Donald said the talks "
            "would resume on Friday.",
            "Donald",
        ),
    ],
)
def test_given_name_near_misses(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "union" after a union's name is no part of it
        (
            "Strikes will begin on Thursday, the Offshore Alliance union said.",
            "the Offshore Alliance",
        ),
        ("Drivers will walk out on Friday, the Teamsters union said.", "the Teamsters"),
        (
            "The strike will start on Monday, the United Auto Workers union said.",
            "the United Auto Workers",
        ),
        ("Nurses will strike on Tuesday, the GMB union said.", "the GMB"),
        # near misses: a country's adjective, a capitalised "Union", other bodies
        ("The strike will start on Monday, the German union said.", "the German union"),
        ("The strike will start on Monday, the Korean union said.", "the Korean union"),
        (
            "The strike will start on Monday, the Transport Workers Union said.",
            "the Transport Workers Union",
        ),
        (
            "Tariffs will rise on Friday, the Biden administration said.",
            "the Biden administration",
        ),
    ],
)
def test_union_descriptor(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject's own agreement or forecast, with no speech verb
        (
            "Lucid and Churchill expect the merger to close in the second quarter.",
            "Lucid and Churchill",
        ),
        (
            "AT&T and Verizon agreed late on Monday to delay the service until Jan. 19.",
            "AT&T and Verizon",
        ),
        ("OPEC+ agreed to cut output by 2 million bpd from November.", "OPEC+"),
        (
            "Saudi Arabia has pledged to keep its cut until the end of December.",
            "Saudi Arabia",
        ),
        (
            "Attorney General Xavier Becerra, whose office has yet to finish the rules, has said "
            "he will not enforce the law until July 1.",
            "Xavier Becerra",
        ),
    ],
)
def test_subject_commitment(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: "expect" after a source or an object, and a law's deadline
        (
            "Most economists polled by Bloomberg expect the central bank to cut rates on Thursday.",
            "economists",
        ),
        ("Countries are due to submit new targets by Feb. 10.", None),
        ("The law takes effect on Wednesday.", None),
        ("We expect the merger to close in the second quarter, Lucid said.", "Lucid"),
    ],
)
def test_subject_commitment_near_misses(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers_"),
    [
        # a "who" clause that describes the speaker, closed by the speech verb
        (
            "Jo Kim, who chairs the panel, said talks would end on Friday.",
            ["Jo Kim"],
        ),
        (
            "Jo Kim, who chairs the panel, said commanders would meet on Tuesday, and that "
            "the border would reopen on Aug. 4.",
            ["Jo Kim", "Jo Kim"],
        ),
        (
            "Ana Ruiz, who has led the union since 2019, told reporters the strike would start "
            "on Monday.",
            ["Ana Ruiz"],
        ),
        (
            "Ana Ruiz, who leads the union, has said the strike will start on Monday.",
            ["Ana Ruiz"],
        ),
        # near misses: the "who" clause holds the date, a fact about someone else
        (
            "The minister said he would hand the file to Jo Kim, who takes office on Monday.",
            [None],
        ),
        (
            "The mayor said she would meet Jo Kim, who flies to Rome on Friday.",
            [None],
        ),
    ],
)
def test_who_clause_of_the_speaker(text: str, speakers_: list[str | None]) -> None:
    assert speakers(text) == speakers_


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # unnamed officials who report a scheduled event or others' plan: no speaker
        ("Britain and France will sign the treaty on Sept. 1, officials said.", None),
        ("The summit will be held in Rome on Friday, diplomats said.", None),
        ("The talks will resume on Monday, negotiators said.", None),
        ("The bridge will reopen on Friday, two officials said.", None),
        # near misses: the group's own forecast, and named speakers
        (
            "Senior diplomats said they expected the treaty to be signed on Thursday.",
            "Senior diplomats",
        ),
        ("Diplomats expect a deal to be signed in May.", "diplomats"),
        ("Economists expect the central bank to cut rates on Thursday.", "economists"),
        ("The summit will be held in Alaska on Aug. 15, Trump and Putin said.", "Trump and Putin"),
    ],
)
def test_unnamed_sources(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]

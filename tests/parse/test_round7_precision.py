"""Round 7, false claims: dates that say when something was done or said, or that label a
period, an agreement or a ranking, and past plans inside "before" clauses. Each rule has
sentences where it applies (the date is no claim) and near misses where it must not."""

from __future__ import annotations

import pytest

from tests.parse.helpers import claims


def _times(text: str) -> list[str]:
    return [c.when.text for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a subject, the day, then what it did (behind an adverb, or a verb like "cut")
        ("The European Union on Wednesday formally cut seven banks off the network.", "Wednesday"),
        ("The administration on Friday put off its planned tariffs on laptops.", "Friday"),
        ("Ministers on Thursday quietly approved the new rules.", "Thursday"),
        ("The central bank on Monday unexpectedly raised its key rate.", "Monday"),
        ("The board on Saturday set a new course for the company.", "Saturday"),
        # a forecast in the past, dated by the day it was made
        (
            "The economy will shrink by 3% this year, the fund forecast on Tuesday.",
            "Tuesday",
        ),
        ("Growth will slow to 1% next year, the bank projected on Wednesday.", "Wednesday"),
        ("Prices will rise by 5% in 2026, the agency estimated on Thursday.", "Thursday"),
        (
            "The economy will contract this year, the central bank forecast late on Monday.",
            "Monday",
        ),
        # the month a statistic covers
        (
            "Employers added 73,000 jobs, and the gains for May and June were cut.",
            "June",
        ),
        ("Officials revised the figures for April sharply lower.", "April"),
        ("Economists cut their estimates after the data for June were revised.", "June"),
        ("The payrolls for March and April were revised up by 20,000.", "April"),
        ("Rates could rise further, with inflation, at 2.9% in May, running above target.", "May"),
        ("Inflation, at 3.1% in June, remains above the bank's goal.", "June"),
        ("With unemployment at 4.2% in July, the Fed held rates.", "July"),
        ("The bank held rates, with core prices at 2.5 percent in April.", "April"),
        # an agreement named by the month it was made
        ("Under the February deal, Washington is to withdraw its troops by May 2026.", "February"),
        ("The March ceasefire is due to expire on Sept. 30.", "March"),
        ("Since the April agreement, the two sides have met twice.", "April"),
        ("Israel said the January truce would hold until Friday.", "January"),
        # a ranking within a year
        ("In his first major speech of 2025, the prime minister vowed to cut inflation.", "2025"),
        (
            "It was the biggest loss of 2025, and shares will open lower on Wednesday.",
            "2025",
        ),
        ("The firm will report its biggest loss of 2025 on Monday.", "2025"),
        ("Only the second strike of 2025 will start on Monday.", "2025"),
        # opening hours with no day of their own
        ("Polling stations will be open from 7 a.m. to 10 p.m.", "7 a.m."),
        ("The museum is open daily from 10 a.m. to 6 p.m.", "10 a.m."),
        ("Voting centers will be open between 8 a.m. and 8 p.m., officials said.", "8 a.m."),
        ("Stores are open from 9 a.m. until 9 p.m.", "9 a.m."),
        # a plan that was due when something else happened first
        (
            "Congress passed a bill hours before funding was due to lapse at 12:01 a.m. on Sunday.",
            "Sunday",
        ),
        ("The deal was signed shortly before the ceasefire was due to expire on Friday.", "Friday"),
        ("Protesters left days before the hearing was scheduled to begin on Sept. 2.", "Sept. 2"),
        ("Moments before the sale was set to close on Friday, the buyer pulled out.", "Friday"),
        # a timestamp opening the text: when it was filed
        ("11:15 a.m. EDT - Hurricane Idalia is forecast to hit the coast on Wednesday.", "11:15"),
        ("9 a.m. ET - Stocks are set to open higher on Wednesday.", "9 a.m."),
        ("Aug. 5 - The union will strike on Friday.", "Aug. 5"),
        ("Tuesday, 10:30 a.m. - The vote will be held on Thursday.", "10:30"),
    ],
)
def test_a_date_that_is_no_claim(text: str, phrase: str) -> None:
    assert not any(phrase in found for found in _times(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The EU will on Wednesday formally cut seven banks off the network.", "Wednesday"),
        ("The ministers meet on Thursday to approve the new rules.", "Thursday"),
        ("The vote on Friday is expected to approve the budget.", "Friday"),
        ("The court is due to rule on Friday whether the law stands.", "Friday"),
        ("The committee will meet on Monday, officials said.", "Monday"),
        ("Leaders gather on Thursday for the summit, set to open in Brussels.", "Thursday"),
        ("The bank will publish its forecast on Thursday.", "Thursday"),
        ("The new outlook will be forecast on Thursday by the fund.", "Thursday"),
        ("The agency's latest forecast on Friday will set the tone for markets.", "Friday"),
        ("Analysts expect the figures to be estimated on Friday.", "Friday"),
        ("The bank will set its targets for June at the meeting.", "June"),
        ("Exporters face tariffs for June and July unless a deal is struck.", "June"),
        ("The figures will be published on June 12.", "June 12"),
        ("The ministry will release the data for June on July 15.", "July 15"),
        ("Inflation is expected to peak at 4% in March.", "March"),
        ("The bank sees inflation peaking at 3% in May.", "May"),
        ("With inflation forecast at 2% in May, the bank will cut rates.", "May"),
        ("Inflation will fall to 2% in May, the bank said.", "May"),
        ("Leaders will meet again in February to sign a deal.", "February"),
        ("The February deadline for the deal is fast approaching.", "February"),
        ("Talks on a deal will resume in March.", "March"),
        ("The parties hope to reach an agreement by October.", "October"),
        ("The league's final match of the season will be played on Saturday.", "Saturday"),
        ("The economy will grow in the first half of 2026.", "2026"),
        ("The bank will publish its forecast in the last week of 2025.", "2025"),
        ("The first round of the election will be held in October.", "October"),
        ("The company expects its first sales of 2026 in March.", "March"),
        ("Polls will be open from 7 a.m. to 10 p.m. on Friday.", "Friday"),
        ("The bridge will open at 7 a.m. on Thursday.", "Thursday"),
        ("The store will open from Monday to Saturday next week.", "Monday"),
        ("The talks are due to end on Friday before leaders meet on Saturday.", "Friday"),
        ("Funding is due to lapse at 12:01 a.m. on Sunday unless Congress acts.", "Sunday"),
        ("Leaders will meet before the deadline, which is due to expire on Friday.", "Friday"),
        ("The minister was due to fly to Brussels on Friday, officials said.", "Friday"),
        ("At 11 a.m. on Friday - weather permitting - the launch will go ahead.", "Friday"),
        ("Friday's vote - the first in a decade - will decide the matter.", "Friday"),
        ("Markets are set to close higher at 4 p.m. - a rebound after Monday's rout.", "4 p.m."),
    ],
)
def test_a_near_miss_stays_a_claim(text: str, phrase: str) -> None:
    assert any(phrase in found for found in _times(text))

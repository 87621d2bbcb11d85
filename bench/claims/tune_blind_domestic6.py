"""Tuning passages written blind: national politics and society in many countries (legislation and votes, court rulings and hearings, elections and campaigns, public health, policing, education, transport and weather) written as wire copy, political reporting, local news and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    holiday,
    in_days,
    md,
    md_span,
    mid_month,
    month_named_end,
    next_wd,
    no_claim_adder,
    passage_adder,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Policing, courts and justice

P(
    "t3-baltimore-curfew-2015",
    "2015-04-28 16:30",
    "America/New_York",
    "BALTIMORE (AP) - Baltimore Mayor Stephanie Rawlings-Blake has ordered a citywide curfew from 10 p.m. to 5 a.m. "
    "that will take effect at 10 p.m. on Tuesday, a day after rioting erupted following the funeral of Freddie Gray, "
    "the 25-year-old black man who died on April 19 from a spinal injury suffered in police custody. Governor Larry "
    "Hogan declared a state of emergency on Monday night and sent in the National Guard, and the mayor said the "
    "curfew would stay in force for a week, although it could be extended if the unrest continued. Baltimore City Public Schools, which closed on Tuesday, will "
    "reopen on Wednesday, the district said. The Orioles, who postponed Monday's and Tuesday's games at Camden Yards, "
    "said Wednesday's game against the Chicago White Sox will be played at 2:05 p.m. with the gates closed to the "
    "public, the first major league game ever played without fans.",
    [
        C(
            "that will take effect at 10 p.m. on Tuesday",
            "at 10 p.m. on Tuesday",
            wd("Tuesday", "22:00"),
            "event",
            "Stephanie Rawlings-Blake",
            real="2015-04-28",
        ),
        C(
            "the mayor said the curfew would stay in force for a week",
            "for a week",
            in_days(7),
            "promise",
            "Stephanie Rawlings-Blake",
        ),
        C(
            "will reopen on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Baltimore City Public Schools",
            real="2015-04-29",
        ),
        C(
            "Wednesday's game against the Chicago White Sox will be played at 2:05 p.m.",
            "Wednesday's ... at 2:05 p.m.",
            wd("Wednesday", "14:05"),
            "event",
            "the Baltimore Orioles",
            real="2015-04-29",
        ),
    ],
    "Baltimore unrest after Freddie Gray's funeral (Monday 27 April 2015; Gray died 19 April). Curfew 22:00-05:00 "
    "from Tuesday 28 April (lifted early on 3 May); schools closed 28 April and reopened 29 April; Orioles v White "
    "Sox played behind closed doors on Wednesday 29 April 2015 at 14:05. The curfew is an ordered measure taking "
    "effect, so the mayor who ordered it is the speaker; her keeping it 'for a week' is a promise about her own "
    "measure, a week from the publication day, which is also the day it starts (5 May; it was lifted early on 3 "
    "May, so no real date is recorded). 'Tuesday's games' were postponed (a cancelled same-day "
    "date); the curfew extension is only a possibility.",
    [
        "same-day-future",
        "time-local",
        "cancelled-date",
        "past-weekday",
        "explicit-past-date",
        "hypothetical",
        "number-like-date",
        "same-sentence-claims",
        "duration",
    ],
)

P(
    "t3-mueller-report-release-2019",
    "2019-04-17 11:30",
    "America/New_York",
    "WASHINGTON (Reuters) - Attorney General William Barr will hold a news conference at 9:30 a.m. on Thursday to "
    "discuss Special Counsel Robert Mueller's report on Russian interference in the 2016 election, the Justice "
    "Department said on Wednesday, before the nearly 400-page document is made public. Congress will receive "
    "redacted copies on compact discs between 11 a.m. and noon on Thursday, department spokeswoman Kerri Kupec said. "
    "Mueller handed his findings to Barr on March 22, and two days later Barr sent lawmakers a four-page summary "
    "saying the special counsel had not established a conspiracy between the Trump campaign and Moscow. House "
    "Judiciary Committee Chairman Jerrold Nadler accused Barr on Wednesday of trying to spin the report and said he "
    "would subpoena the full, unredacted version in very short order if necessary. President Donald Trump told a "
    "radio interviewer he may hold a news conference of his own.",
    [
        C(
            "will hold a news conference at 9:30 a.m. on Thursday",
            "at 9:30 a.m. on Thursday",
            wd("Thursday", "09:30"),
            "event",
            "the Justice Department",
            real="2019-04-18",
        ),
        C(
            "Congress will receive redacted copies on compact discs between 11 a.m. and noon on Thursday",
            "between 11 a.m. and noon on Thursday",
            wd("Thursday", "11:00"),
            "event",
            "Kerri Kupec",
            real="2019-04-18",
        ),
    ],
    "Release of the redacted Mueller report on Thursday 18 April 2019: Barr's news conference at 9:30 a.m., "
    "delivery to Congress between 11 a.m. and noon (the time is the start of the window). Mueller submitted his "
    "report on 22 March and Barr's summary letter followed on 24 March 2019. Nadler's subpoena threat is undated "
    "and conditional; Trump's own news conference is only a possibility.",
    [
        "time-local",
        "said-on-day",
        "explicit-past-date",
        "may-verb",
        "undated-future",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "t3-ninth-circuit-travel-ban-hearing-2017",
    "2017-02-06 12:00",
    "America/Los_Angeles",
    "SAN FRANCISCO (Reuters) - A federal appeals court will hear arguments by telephone at 3 p.m. on Tuesday on "
    "whether to reinstate President Donald Trump's ban on travellers from seven Muslim-majority countries, the 9th US "
    "Circuit Court of Appeals said on Monday. The Justice Department has until 3 p.m. Pacific time on Monday to file "
    "its final brief defending the order, which US District Judge James Robart in Seattle suspended nationwide on "
    "Friday. Lawyers for Washington state and Minnesota, which brought the challenge, filed their arguments shortly "
    "before midnight on Sunday, telling the court that reinstating the ban would cause chaos at airports again. "
    "Trump, who on Saturday called Robart a so-called judge, said on Twitter that the judge should be blamed if "
    "anything happened. Whichever side loses is widely expected to take the fight to the Supreme Court.",
    [
        C(
            "will hear arguments by telephone at 3 p.m. on Tuesday",
            "at 3 p.m. on Tuesday",
            wd("Tuesday", "15:00"),
            "event",
            "the 9th US Circuit Court of Appeals",
            real="2017-02-07",
        ),
        C(
            "has until 3 p.m. Pacific time on Monday to file its final brief",
            "until 3 p.m. Pacific time on Monday",
            wd("Monday", "15:00"),
            "deadline",
            None,
            real="2017-02-06",
        ),
    ],
    "Washington v. Trump: Robart's temporary restraining order of Friday 3 February 2017; the 9th Circuit refused "
    "an immediate stay early on Sunday 5 February and set briefs (states by 23:59 PT Sunday, government by 15:00 PT "
    "Monday 6 February); telephone argument on Tuesday 7 February at 15:00 PT, ruling on 9 February. The Monday "
    "deadline falls on the publication day; Pacific time matches the passage's zone, so the time is kept. The "
    "deadline sentence does not say who set it, so no speaker. 'before midnight on Sunday' is past; the Supreme "
    "Court forecast is undated.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "past-weekday",
        "midnight",
        "said-on-day",
        "undated-future",
    ],
)

P(
    "t3-texas-buoys-ultimatum-2023",
    "2023-07-21 11:00",
    "America/Chicago",
    "AUSTIN, Texas - The Justice Department has told Texas it will sue the state unless Governor Greg Abbott agrees "
    "by 2 p.m. on Monday to remove a floating barrier of large orange buoys that his administration installed in the "
    "Rio Grande near Eagle Pass earlier this month. In a letter sent on Thursday, the department said the "
    "1,000-foot barrier violated federal law because it had been placed in a navigable waterway without permission, "
    "and that it raised humanitarian and safety concerns. Mexico's foreign ministry has also protested. Abbott, who "
    "ordered the barrier as part of Operation Lone Star, his border crackdown launched in 2021, has insisted the "
    "state has the authority to secure its own border and has said more buoys could follow.",
    [
        C(
            "will sue the state unless Governor Greg Abbott agrees by 2 p.m. on Monday to remove a floating barrier",
            "by 2 p.m. on Monday",
            wd("Monday", "14:00"),
            "deadline",
            "the Justice Department",
            real="2023-07-24",
        ),
    ],
    "Justice Department letter of Thursday 20 July 2023 to Governor Abbott: commit by 2 p.m. on Monday 24 July to "
    "removing the Eagle Pass buoy barrier (deployed from early July) or face a lawsuit; Abbott refused and the "
    "department sued on 24 July 2023. No zone is given, so the passage's zone is assumed for the time. More buoys "
    "'could follow' is a possibility.",
    [
        "conditional-threat",
        "time-local",
        "past-weekday",
        "said-on-day",
        "past-month",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "t3-karnataka-floor-test-2018",
    "2018-05-18 14:30",
    "Asia/Kolkata",
    "NEW DELHI - The Supreme Court on Friday ordered Karnataka Chief Minister BS Yeddyurappa to prove his majority on "
    "the floor of the state assembly by 4 pm on Saturday, cutting short the 15 days that Governor Vajubhai Vala had "
    "given him. A three-judge bench turned down the BJP's request for more time, refused to order a secret ballot "
    "and said newly elected legislators would take their oath on Saturday morning before the test. Yeddyurappa, "
    "who was sworn in on Thursday, said he was confident of winning. The BJP emerged as the largest party in "
    "Tuesday's count with 104 seats, short of a majority, while the Congress and the Janata Dal (Secular), which "
    "together claim the support of 116 members, have staked a rival claim to form the government under HD "
    "Kumaraswamy.",
    [
        C(
            "to prove his majority on the floor of the state assembly by 4 pm on Saturday",
            "by 4 pm on Saturday",
            wd("Saturday", "16:00"),
            "deadline",
            "the Supreme Court",
            real="2018-05-19",
        ),
        C(
            "newly elected legislators would take their oath on Saturday morning before the test",
            "on Saturday morning",
            wd("Saturday"),
            "event",
            "the Supreme Court",
            real="2018-05-19",
        ),
    ],
    "Supreme Court order of Friday 18 May 2018 (bench of Justices Sikri, Bobde and Bhushan): floor test at 4 pm on "
    "Saturday 19 May, oath of the new MLAs that morning; Yeddyurappa (sworn in on Thursday 17 May) resigned before "
    "the vote on 19 May. Results were counted on Tuesday 15 May. The governor's 15-day window is superseded and a "
    "duration, not a claim; 'confident of winning' is undated. The oath schedule is set by the bench, which the "
    "sentence names as saying it.",
    [
        "superseded-date",
        "duration",
        "time-local",
        "past-weekday",
        "said-on-day",
        "number-like-date",
    ],
)

# ===========================================================================
# Elections, votes and legislatures

P(
    "t3-wisconsin-primary-goes-ahead-2020",
    "2020-04-06 22:00",
    "America/Chicago",
    "MADISON, Wis. - Polls in Wisconsin's presidential primary will open at 7 a.m. on Tuesday after all. The state "
    "Supreme Court on Monday blocked an order by Governor Tony Evers, issued only that morning, that would have "
    "suspended in-person voting and moved the election to June 9. Hours later the US Supreme Court, in a 5-4 "
    "decision, ruled that absentee ballots must be postmarked by Tuesday to count, overturning a lower court that "
    "had given voters more time. Under a federal judge's earlier order, no results will be released until April 13. "
    "Milwaukee, which normally runs 180 polling places, plans to open just five because hundreds of poll workers have "
    "quit over fears of the coronavirus.",
    [
        C(
            "will open at 7 a.m. on Tuesday after all",
            "at 7 a.m. on Tuesday",
            wd("Tuesday", "07:00"),
            "event",
            None,
            real="2020-04-07",
        ),
        C(
            "absentee ballots must be postmarked by Tuesday to count",
            "by Tuesday",
            wd("Tuesday"),
            "deadline",
            "the US Supreme Court",
            real="2020-04-07",
        ),
        C(
            "no results will be released until April 13",
            "until April 13",
            md(4, 13),
            "event",
            None,
            real="2020-04-13",
        ),
    ],
    "Wisconsin's 7 April 2020 primary: Evers' executive order of Monday 6 April moving in-person voting to 9 June "
    "was blocked by the state Supreme Court the same day (the June 9 date is cancelled, not a claim); the US Supreme "
    "Court's 5-4 ruling that evening required ballots postmarked by election day; results were withheld under "
    "Judge Conley's order and released on 13 April 2020. 'no results until April 13' is read like a place closed "
    "until a date: the release is the event. Milwaukee opened five polling sites.",
    [
        "cancelled-date",
        "time-local",
        "explicit-date",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t3-barrett-senate-timetable-2020",
    "2020-10-21 18:00",
    "America/New_York",
    "WASHINGTON - The Senate Judiciary Committee is set to vote on Amy Coney Barrett's nomination to the Supreme "
    "Court at 1 p.m. on Thursday, and Democrats on the panel said on Wednesday they would boycott the session in "
    "protest at what they call an illegitimate rush. Majority Leader Mitch McConnell has said the full Senate will "
    "begin debating the nomination on Friday, and Republicans, who hold 53 of the 100 seats, expect her to be "
    "confirmed on Monday, eight days before the Nov. 3 election. Barrett, 48, would replace Justice Ruth Bader "
    "Ginsburg, who died on Sept. 18, and give conservatives a 6-3 majority on the court. During four days of "
    "hearings last week she declined to say how she would rule on abortion or on the Affordable Care Act.",
    [
        C(
            "is set to vote on Amy Coney Barrett's nomination to the Supreme Court at 1 p.m. on Thursday",
            "at 1 p.m. on Thursday",
            wd("Thursday", "13:00"),
            "event",
            None,
            real="2020-10-22",
        ),
        C(
            "the full Senate will begin debating the nomination on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "Mitch McConnell",
            real="2020-10-23",
        ),
        C(
            "expect her to be confirmed on Monday",
            "on Monday",
            wd("Monday"),
            "prediction",
            "Republicans",
            real="2020-10-26",
        ),
        C(
            "eight days before the Nov. 3 election",
            "the Nov. 3 election",
            md(11, 3),
            "event",
            None,
            real="2020-11-03",
        ),
    ],
    "Barrett confirmation: Judiciary Committee vote at 1 p.m. on Thursday 22 October 2020 (Democrats boycotted; "
    "'the session' refers back to it), floor consideration from Friday 23 October, confirmation 52-48 on Monday 26 "
    "October, election on 3 November 2020. 'expect her to be confirmed' forecasts an outcome, so prediction. "
    "Ginsburg died on 18 September; hearings 12-15 October.",
    [
        "same-sentence-claims",
        "time-local",
        "said-on-day",
        "explicit-past-date",
        "repeated-claim",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "t3-georgia-senate-runoffs-2020",
    "2020-11-12 10:00",
    "America/New_York",
    "ATLANTA (AP) - Georgia will recount by hand every one of the roughly 5 million ballots cast in the presidential "
    "race, Secretary of State Brad Raffensperger said on Wednesday, with the work to be finished before the state's "
    "Nov. 20 deadline for certifying results. Democrat Joe Biden leads President Donald Trump by about 14,000 votes "
    "in the state. The audit comes as both parties pour money into Georgia, where control of the US Senate will be "
    "decided in two runoffs on Jan. 5: Republican Senator David Perdue faces Democrat Jon Ossoff, and Republican "
    "Senator Kelly Loeffler faces Democrat Raphael Warnock. Residents who want to vote in the runoffs must register "
    "by Dec. 7, and early in-person voting begins on Dec. 14, election officials said.",
    [
        C(
            "the state's Nov. 20 deadline for certifying results",
            "Nov. 20",
            md(11, 20),
            "deadline",
            None,
            real="2020-11-20",
        ),
        C(
            "control of the US Senate will be decided in two runoffs on Jan. 5",
            "on Jan. 5",
            md(1, 5),
            "event",
            None,
            real="2021-01-05",
        ),
        C(
            "Residents who want to vote in the runoffs must register by Dec. 7",
            "by Dec. 7",
            md(12, 7),
            "deadline",
            None,
            real="2020-12-07",
        ),
        C(
            "early in-person voting begins on Dec. 14",
            "on Dec. 14",
            md(12, 14),
            "event",
            None,
            real="2020-12-14",
        ),
    ],
    "Raffensperger announced the hand tally (risk-limiting audit) on Wednesday 11 November 2020; certification "
    "deadline 20 November (he certified that day); Senate runoffs on 5 January 2021, registration deadline 7 "
    "December, early voting from 14 December 2020. The certification cut-off is statutory (no speaker); the last "
    "sentence is attributed to unnamed election officials (null). Jan. 5 in a November article falls in the next "
    "year.",
    [
        "year-inference",
        "explicit-date",
        "same-sentence-claims",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t3-senate-megabill-july4-2025",
    "2025-07-01 17:30",
    "America/New_York",
    "WASHINGTON (Reuters) - The Senate narrowly passed President Donald Trump's sweeping tax-cut and spending bill on "
    "Tuesday, with Vice President JD Vance casting the tie-breaking vote after three Republicans joined every "
    "Democrat in opposition at the end of a marathon overnight session. The legislation now returns to the House of "
    "Representatives, where Speaker Mike Johnson said members would take up the Senate's changes on Wednesday and "
    "predicted the bill would reach the president in time for Independence Day, although Republican hardliners and "
    "moderates alike have objected to its deeper cuts to Medicaid. Trump has "
    "demanded that the bill be on his desk for signing by July 4. The nonpartisan Congressional Budget Office "
    "estimates the Senate version would add $3.3 trillion to the national debt over the next decade, and Treasury "
    "Secretary Scott Bessent has warned that the government could run out of borrowing room as soon as August "
    "without the $5 trillion debt-limit increase it contains.",
    [
        C(
            "members would take up the Senate's changes on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Mike Johnson",
            real="2025-07-02",
        ),
        C(
            "predicted the bill would reach the president in time for Independence Day",
            "in time for Independence Day",
            md(7, 4),
            "prediction",
            "Mike Johnson",
            real="2025-07-04",
            real_le=True,
        ),
        C(
            "Trump has demanded that the bill be on his desk for signing by July 4",
            "by July 4",
            md(7, 4),
            "deadline",
            "Donald Trump",
            real="2025-07-04",
        ),
    ],
    "One Big Beautiful Bill Act: Senate passage 51-50 on Tuesday 1 July 2025 (Tillis, Paul and Collins against, "
    "Vance breaking the tie); the House took it up on Wednesday 2 July and passed it on 3 July; Trump signed it on 4 "
    "July 2025. Johnson's forecast of passage 'in time for Independence Day' is read as by 4 July (no holiday helper "
    "covers it; md(7, 4)). Trump's July 4 target is set for Congress, so deadline. The August X-date is only a possibility "
    "('could ... as soon as'), and 'over the next decade' is an unanchored duration.",
    [
        "hypothetical",
        "duration",
        "said-on-day",
        "number-like-date",
        "explicit-date",
        "holiday",
        "same-sentence-claims",
    ],
)

P(
    "t3-sanchez-reflection-period-2024",
    "2024-04-25 09:00",
    "Europe/Madrid",
    "MADRID - Spain's Prime Minister Pedro Sánchez has cancelled his public engagements and will announce on Monday, "
    "April 29, whether he intends to stay in office, after a Madrid court opened a preliminary investigation into "
    "his wife, Begoña Gómez, on suspicion of influence peddling and corruption. In a long letter posted on social "
    "media on Wednesday evening, Sánchez said he needed to stop and reflect, and called the case part of a campaign "
    "of harassment by the right and the far right. The complaint was brought by Manos Limpias, a self-styled "
    "anti-corruption group whose leader has ties to the far right. The Socialist party's federal committee will meet "
    "in Madrid on Saturday, and supporters are planning to rally outside. If Sánchez resigned, King Felipe VI would "
    "have to open consultations with party leaders, and a fresh election could follow.",
    [
        C(
            "will announce on Monday, April 29, whether he intends to stay in office",
            "on Monday, April 29",
            md(4, 29),
            "event",
            "Pedro Sánchez",
            real="2024-04-29",
        ),
        C(
            "The Socialist party's federal committee will meet in Madrid on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2024-04-27",
        ),
    ],
    "Sánchez's letter of Wednesday 24 April 2024 after the Madrid court opened proceedings against Begoña Gómez on "
    "a Manos Limpias complaint; PSOE federal committee and rally on Saturday 27 April; Sánchez announced on Monday "
    "29 April 2024 that he would stay. The announcement is a scheduled appearance (event). The resignation scenario "
    "is hypothetical.",
    [
        "hypothetical",
        "said-on-day",
        "past-weekday",
        "explicit-date",
    ],
)

P(
    "t3-phala-phala-vote-2022",
    "2022-12-12 18:00",
    "Africa/Johannesburg",
    "CAPE TOWN - South Africa's National Assembly will vote on Tuesday on whether to adopt a panel report that found "
    "President Cyril Ramaphosa may have committed serious misconduct over the theft of hundreds of thousands of "
    "dollars in cash hidden in a sofa at his Phala Phala game farm. The vote, originally set for last Tuesday, was "
    "pushed back by a week, and the governing African National Congress, which holds 230 of the 400 seats, has "
    "instructed its lawmakers to reject the report. If two-thirds of the chamber eventually voted to remove him, "
    "Ramaphosa would become the first South African president to be impeached. He has asked the Constitutional Court "
    "to set the panel's findings aside, and is seeking a second term as party leader at the ANC's national "
    "conference, which opens on Friday in Johannesburg.",
    [
        C(
            "will vote on Tuesday on whether to adopt a panel report",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2022-12-13",
        ),
        C(
            "which opens on Friday in Johannesburg",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2022-12-16",
        ),
    ],
    "Section 89 panel report of 30 November 2022; the National Assembly vote, first set for Tuesday 6 December, "
    "was held on Tuesday 13 December 2022 (214-148 against adoption); the ANC's 55th national conference opened at "
    "Nasrec on Friday 16 December. 'last Tuesday' is a past, superseded date; removal by two-thirds is "
    "hypothetical; 'may have committed' is the modal.",
    [
        "superseded-date",
        "past-weekday",
        "hypothetical",
        "may-verb",
        "number-like-date",
    ],
)

P(
    "t3-trump-inauguration-melbourne-2017",
    "2017-01-19 18:00",
    "Australia/Melbourne",
    "Donald Trump will be sworn in as the 45th president of the United States at noon on Friday Washington time (4am "
    "Saturday AEDT), ending eight years of Barack Obama's presidency. Prime Minister Malcolm Turnbull will not be "
    "among the crowds on the steps of the Capitol; Australia will be represented by its ambassador, Joe Hockey. "
    "Turnbull has said he looks forward to working closely with the new administration, although Trump's vow to "
    "pull out of the Trans-Pacific Partnership has dismayed Canberra, which signed the trade pact in Auckland in "
    "February last year. Officials are also watching whether the new president will honour the agreement Obama "
    "struck in November to resettle refugees held on Manus Island and Nauru.",
    [
        C(
            "will be sworn in as the 45th president of the United States at noon on Friday Washington time",
            "at noon on Friday Washington time (4am Saturday AEDT)",
            zoned(wd("Friday"), "12:00", "America/New_York"),
            "event",
            None,
            real="2017-01-21",
        ),
    ],
    "Trump's inauguration at noon EST on Friday 20 January 2017 = 04:00 AEDT on Saturday 21 January in Melbourne "
    "(the text gives both; the due date is the converted local date). The TPP was signed in Auckland on 4 February "
    "2016; the US-Australia refugee deal was announced on 13 November 2016. Hockey's attendance refers back to the "
    "labelled ceremony; the TPP withdrawal and the refugee deal are undated.",
    [
        "time-converted",
        "date-crossing-conversion",
        "past-month",
        "last-month",
        "undated-future",
        "number-like-date",
    ],
)

# ===========================================================================
# Executive action, public health and society

P(
    "t3-macron-yellow-vest-address-2018",
    "2018-12-10 09:00",
    "Europe/Paris",
    "PARIS (AFP) - President Emmanuel Macron meets trade union leaders, employers' groups and local officials at the "
    "Elysee Palace on Monday morning before addressing the nation in a televised speech at 8 p.m., his first public "
    "remarks in more than a week on the 'yellow vest' protests that have shaken his government. Some 136,000 people "
    "took to the streets across France on Saturday, and police detained more than 1,700, many of them in Paris, "
    "where shops on the Champs-Elysees were boarded up. Last week the government abandoned a rise in fuel taxes that "
    "had been due to take effect on Jan. 1, the measure that sparked the movement in mid-November, but protesters "
    "have since widened their demands to include higher wages and the return of a wealth tax. Finance Minister Bruno "
    "Le Maire said on Sunday the unrest was a catastrophe for the economy.",
    [
        C(
            "meets trade union leaders, employers' groups and local officials at the Elysee Palace on Monday morning",
            "on Monday morning",
            wd("Monday"),
            "event",
            None,
            real="2018-12-10",
        ),
        C(
            "addressing the nation in a televised speech at 8 p.m.",
            "at 8 p.m. (Monday)",
            wd("Monday", "20:00"),
            "event",
            None,
            real="2018-12-10",
        ),
    ],
    "Macron's Elysee meeting with unions, employers and local officials on the morning of Monday 10 December 2018 "
    "and his televised address at 20:00 that day (announcing a 100-euro rise for minimum-wage earners). Act IV of "
    "the protests on Saturday 8 December 2018 (about 136,000 protesters, more than 1,700 detained). The fuel-tax "
    "rise due on 1 January 2019 was dropped on 5 December, so 'Jan. 1' is a cancelled date. The 8 p.m. address takes "
    "its day from 'on Monday morning' earlier in the same sentence.",
    [
        "same-day-future",
        "same-sentence-claims",
        "time-local",
        "cancelled-date",
        "past-weekday",
        "said-on-day",
        "past-month",
        "number-like-date",
    ],
)

P(
    "t3-england-lockdown-live-2021",
    "2021-01-04 20:40",
    "Europe/London",
    "20:32 GMT - Boris Johnson has announced a new national lockdown for England, telling people in a televised "
    "address that they must stay at home, as they did last spring, because the new variant is spreading rapidly. "
    "Primary and secondary schools and colleges will move to remote learning for most pupils from Tuesday, he said, "
    "and this summer's exams cannot go ahead as normal. 20:38 GMT - Parliament will be recalled so that MPs can vote "
    "on the measures on Wednesday, although the rules take legal effect at 00:01 on Wednesday. Johnson said the NHS "
    "aimed to offer a first vaccine dose to everyone in the four top priority groups, including the over-70s and care "
    "home residents, by mid-February.",
    [
        C(
            "will move to remote learning for most pupils from Tuesday",
            "from Tuesday",
            wd("Tuesday"),
            "event",
            "Boris Johnson",
            real="2021-01-05",
        ),
        C(
            "MPs can vote on the measures on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2021-01-06",
        ),
        C(
            "the rules take legal effect at 00:01 on Wednesday",
            "at 00:01 on Wednesday",
            wd("Wednesday", "00:01"),
            "event",
            "Boris Johnson",
            real="2021-01-06",
        ),
        C(
            "aimed to offer a first vaccine dose to everyone in the four top priority groups",
            "by mid-February",
            mid_month(2021, 2),
            "promise",
            "Boris Johnson",
            real="2021-02-15",
            real_le=True,
        ),
    ],
    "Live entries on Johnson's address of Monday 4 January 2021: schools to remote learning from Tuesday 5 "
    "January; Commons recalled and voted on Wednesday 6 January; the regulations in force from 00:01 on 6 January; "
    "target of a first dose for the top four JCVI groups by 15 February (met on 14 February). The lockdown and school "
    "closures are ordered measures, so Johnson is their speaker; the NHS target is the government's own (promise, "
    "stated by Johnson). 'by mid-February' has no helper in build.py: read as the middle ten days of February. "
    "'this summer's exams cannot go ahead' is ruled out, not a claim; 'last spring' is past.",
    [
        "pronoun-speaker",
        "mid-month",
        "time-local",
        "same-sentence-claims",
        "cancelled-date",
        "past-month",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t3-fda-kids-vaccine-next-tuesday-2021",
    "2021-10-29 19:30",
    "America/New_York",
    "The Food and Drug Administration on Friday authorized Pfizer and BioNTech's COVID-19 vaccine for children aged 5 "
    "to 11, a week after the companies reported that a lower dose was nearly 91% effective at preventing symptomatic "
    "illness in the age group. An FDA advisory panel had voted 17-0, with one abstention, in favor of the shots on "
    "Tuesday. The final step is a recommendation from the Centers for Disease Control and Prevention, whose outside "
    "advisers meet next Tuesday, and the administration has begun shipping millions of child-sized doses to "
    "pharmacies and pediatricians so that injections can start soon after. Jeff Zients, the White House COVID-19 "
    "coordinator, has said he expects the program to be running at full strength in the week of Nov. 8.",
    [
        C(
            "whose outside advisers meet next Tuesday",
            "next Tuesday",
            next_wd("Tuesday"),
            "event",
            None,
            real="2021-11-02",
        ),
        C(
            "he expects the program to be running at full strength in the week of Nov. 8",
            "in the week of Nov. 8",
            md_span(11, 8, 11, 14),
            "prediction",
            "Jeff Zients",
        ),
    ],
    "FDA emergency authorisation of Friday 29 October 2021; VRBPAC vote (17-0, one abstention) on Tuesday 26 "
    "October, so 'on Tuesday' in the past-tense sentence is past; CDC's ACIP met on Tuesday 2 November (both "
    "readings of 'next Tuesday' from a Friday give 2 November). Zients had said the programme would be fully up and "
    "running in the week of Monday 8 November: the whole week, 8-14 November. 'soon after' is undated.",
    [
        "next-weekday",
        "past-weekday",
        "range",
        "said-on-day",
        "undated-future",
        "number-like-date",
    ],
)

P(
    "t3-itaewon-national-mourning-2022",
    "2022-10-30 17:00",
    "Asia/Seoul",
    "SEOUL (Reuters) - President Yoon Suk-yeol declared a period of national mourning until Nov. 5 after at least 151 "
    "people, most of them in their teens and 20s, were killed in a crush as Halloween crowds packed the narrow "
    "alleys of Seoul's Itaewon nightlife district on Saturday night. In a televised address on Sunday, Yoon said the "
    "tragedy should never have happened and ordered flags at government offices lowered to half-mast, while the area "
    "was declared a special disaster zone. The city government said it would open a joint memorial altar at Seoul "
    "Plaza on Monday. Interior Minister Lee Sang-min said extra police had not been deployed because the crowd was "
    "not unusually large, remarks that drew an angry response from opposition lawmakers. Officials warned that the "
    "death toll could rise, with dozens of the injured in serious condition.",
    [
        C(
            "declared a period of national mourning until Nov. 5",
            "until Nov. 5",
            md(11, 5),
            "deadline",
            "Yoon Suk-yeol",
            real="2022-11-05",
        ),
        C(
            "would open a joint memorial altar at Seoul Plaza on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "the Seoul city government",
            real="2022-10-31",
        ),
    ],
    "Itaewon crush of Saturday 29 October 2022 (about 22:15 KST; the toll later reached 159); Yoon's address of "
    "Sunday 30 October declaring national mourning until Saturday 5 November; Seoul's joint memorial altar at Seoul "
    "Plaza opened on Monday 31 October. The mourning period is an ordered measure that lapses on a date, so deadline "
    "under the README's rule for measures in force until a date. The toll rising is a possibility.",
    [
        "past-weekday",
        "said-on-day",
        "hypothetical",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "t3-bc-decriminalisation-starts-2023",
    "2023-01-30 15:00",
    "America/Vancouver",
    "VANCOUVER - Adults in British Columbia will no longer face criminal charges for carrying small amounts of "
    "illicit drugs from Tuesday, when the province becomes the first in Canada to decriminalize personal possession "
    "of opioids, cocaine, methamphetamine and MDMA. Under an exemption from federal drug law granted by Ottawa last "
    "May, people found with a combined total of up to 2.5 grams will be offered information about treatment instead "
    "of being arrested, and their drugs will not be seized. The pilot runs until Jan. 31, 2026. More than 10,000 "
    "people have died of toxic drug overdoses in the province since it declared a public health emergency in April "
    "2016, and Jennifer Whiteside, the minister for mental health and addictions, said the change was meant to end "
    "the stigma that stops people seeking help. Critics say 2.5 grams is too low a threshold.",
    [
        C(
            "will no longer face criminal charges for carrying small amounts of illicit drugs from Tuesday",
            "from Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2023-01-31",
        ),
        C(
            "The pilot runs until Jan. 31, 2026.",
            "until Jan. 31, 2026",
            ymd(2026, 1, 31),
            "deadline",
            None,
        ),
    ],
    "Health Canada's section 56(1) exemption for British Columbia, granted on 31 May 2022 ('last May'), in force "
    "from Tuesday 31 January 2023 to 31 January 2026 (threshold 2.5 g). The province declared its public health "
    "emergency in April 2016. The exemption is a measure in force by order that lapses on a date: deadline, no "
    "speaker in the sentence. (The province later recriminalised public use in 2024, so no real date is recorded "
    "for the end of the pilot.)",
    [
        "last-month",
        "explicit-past-date",
        "explicit-date",
        "number-like-date",
    ],
)

P(
    "t3-morrison-home-by-christmas-2020",
    "2020-09-18 16:00",
    "Australia/Sydney",
    "CANBERRA - Prime Minister Scott Morrison said on Friday he wanted as many as possible of the roughly 26,000 "
    "Australians stranded overseas home by Christmas, after state and territory leaders agreed to take in about 2,000 "
    "more international arrivals each week. The national cabinet capped arrivals in July to ease the strain on hotel "
    "quarantine, where travellers must spend 14 days, and the limits have left thousands unable to get seats on the "
    "few flights still landing in Sydney, Perth and Brisbane. Morrison told reporters the Commonwealth would help "
    "states that lacked quarantine capacity, but would not say how many people he expected to bring back. Victoria, "
    "still under a strict lockdown in Melbourne, is not taking international flights for now.",
    [
        C(
            "he wanted as many as possible of the roughly 26,000 Australians stranded overseas home by Christmas",
            "by Christmas",
            holiday("Christmas"),
            "promise",
            "Scott Morrison",
        ),
    ],
    "National cabinet of Friday 18 September 2020 raised the weekly arrival caps by about 2,000 (caps first set in "
    "July 2020); Morrison's aim of getting stranded Australians home by Christmas 2020 (not met; no real date "
    "recorded). A government's target for its own action is a promise. '14 days' is an unanchored duration; "
    "'for now' is undated.",
    [
        "holiday",
        "said-on-day",
        "past-month",
        "duration",
        "undated-future",
        "number-like-date",
    ],
)

# ===========================================================================
# Education, transport and weather

P(
    "t3-gaokao-postponed-july-2020",
    "2020-03-31 17:00",
    "Asia/Shanghai",
    "BEIJING - China will postpone its national college entrance examination by a month because of the coronavirus "
    "outbreak, the Ministry of Education said on Tuesday, with the gaokao now to be held on July 7 and 8 instead of "
    "the usual June 7 and 8. About 10 million students sit the two-day test each year, and its results largely "
    "decide which universities they can attend. The ministry said Hubei province, where the outbreak began, and "
    "Beijing could make separate arrangements depending on how the epidemic develops. Most high school students have "
    "been studying online since classes were suspended after the Lunar New Year holiday in January, although seniors "
    "in several provinces have begun returning to classrooms. Will the extra month be enough for candidates in Hubei, "
    "whose schools remain shut?",
    [
        C(
            "with the gaokao now to be held on July 7 and 8",
            "on July 7 and 8",
            md_span(7, 7, 7, 8),
            "event",
            "the Ministry of Education",
            real="2020-07-07",
        ),
    ],
    "Ministry of Education announcement of Tuesday 31 March 2020: gaokao moved from 7-8 June to 7-8 July 2020 "
    "(held then, some provinces adding a third or fourth day). One two-day exam is one claim; the usual June dates "
    "are superseded. Separate arrangements for Hubei and Beijing are a possibility; the last sentence is a "
    "question.",
    [
        "superseded-date",
        "range",
        "question",
        "hypothetical",
        "said-on-day",
        "past-month",
        "explicit-date",
    ],
)

P(
    "t3-night-tube-launch-2016",
    "2016-08-18 17:00",
    "Europe/London",
    "LONDON - Trains will run through the night on the Central and Victoria lines from Friday, when the Night Tube "
    "finally launches almost a year after its original start date of September 12 last year was abandoned amid a "
    "dispute with the unions over pay and shifts. Services will run roughly every 10 minutes on Fridays and "
    "Saturdays, and Transport for London said the Jubilee, Northern and Piccadilly lines would join by the end of "
    "the year. Mayor Sadiq Khan, who took office in May, said the 24-hour service would boost the capital's "
    "night-time economy and support about 2,000 permanent jobs. The scheme was first announced in November 2013 by "
    "his predecessor, Boris Johnson.",
    [
        C(
            "Trains will run through the night on the Central and Victoria lines from Friday",
            "from Friday",
            wd("Friday"),
            "event",
            None,
            real="2016-08-19",
        ),
        C(
            "the Jubilee, Northern and Piccadilly lines would join by the end of the year",
            "by the end of the year",
            by_year(2016),
            "promise",
            "Transport for London",
            real="2016-12-16",
            real_le=True,
        ),
    ],
    "Night Tube launch on Friday 19 August 2016 on the Central and Victoria lines; Jubilee (7 October), Northern "
    "(18 November) and Piccadilly (16 December 2016) followed. The original 12 September 2015 start was abandoned "
    "(past, superseded date written without a year: 'last year'). TfL's commitment for its own network is a "
    "promise. 'on Fridays and Saturdays' is a recurring schedule, not a dated claim.",
    [
        "superseded-date",
        "explicit-past-date",
        "year-end",
        "past-month",
        "number-like-date",
    ],
)

P(
    "t3-nine-euro-ticket-approved-2022",
    "2022-05-20 15:00",
    "Europe/Berlin",
    "BERLIN - Germany's upper house of parliament approved a 9-euro monthly ticket for local and regional public "
    "transport on Friday, clearing the way for one of the cheapest travel offers in Europe as part of a package to "
    "ease the burden of soaring energy prices. The ticket will be valid on buses, trams, underground and regional "
    "trains nationwide from June 1. Deutsche Bahn said it would start selling it on Monday. The offer expires at the "
    "end of August, and Transport Minister Volker Wissing has said the government will then study whether it "
    "persuaded drivers to leave their cars at home. The Bundesrat also backed a three-month cut in fuel tax, which "
    "the Bundestag passed on Thursday, despite complaints from the states that Berlin had not given them enough money "
    "to run extra services.",
    [
        C(
            "The ticket will be valid on buses, trams, underground and regional trains nationwide from June 1.",
            "from June 1",
            md(6, 1),
            "event",
            None,
            real="2022-06-01",
        ),
        C(
            "Deutsche Bahn said it would start selling it on Monday.",
            "on Monday",
            wd("Monday"),
            "event",
            "Deutsche Bahn",
            real="2022-05-23",
        ),
        C(
            "The offer expires at the end of August",
            "at the end of August",
            month_named_end(8),
            "deadline",
            None,
            real="2022-08-31",
        ),
    ],
    "Bundesrat approval of the 9-Euro-Ticket and the Tankrabatt on Friday 20 May 2022 (Bundestag on Thursday 19 "
    "May); ticket valid June-August 2022, sales from Monday 23 May. The measure taking effect is an event; its "
    "lapse at the end of August, set by law, is a deadline. Wissing's review 'then' is undated; 'three-month' is a "
    "duration.",
    [
        "end-of-month",
        "past-weekday",
        "said-on-day",
        "duration",
        "undated-future",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "t3-storm-darragh-red-warning-2024",
    "2024-12-06 13:00",
    "Europe/London",
    "The Met Office has issued a rare red warning for wind for coastal parts of south Wales and south-west England, "
    "in force from 3am until 11am on Saturday, as Storm Darragh brings gusts that could exceed 90mph. Met Office "
    "forecasters said flying debris posed a danger to life and that the storm would bring widespread disruption to "
    "travel and power supplies across much of the UK on Saturday. About 3 million mobile phones in the warning area "
    "will receive an emergency alert later on Friday, the government said, the biggest use of the system since it was "
    "tested nationally in April last year. Storm Bert brought flooding to parts of Wales only two weeks ago.",
    [
        C(
            "in force from 3am until 11am on Saturday",
            "from 3am until 11am on Saturday",
            wd("Saturday", "03:00"),
            "event",
            "the Met Office",
            real="2024-12-07",
        ),
        C(
            "the storm would bring widespread disruption to travel and power supplies across much of the UK on "
            "Saturday",
            "on Saturday",
            wd("Saturday"),
            "prediction",
            "the Met Office",
            real="2024-12-07",
        ),
        C(
            "will receive an emergency alert later on Friday",
            "later on Friday",
            wd("Friday"),
            "event",
            "the government",
            real="2024-12-06",
        ),
    ],
    "Met Office red wind warning issued on Friday 6 December 2024 for 03:00-11:00 GMT on Saturday 7 December (time "
    "= start of the warning); the emergency alert went to about 3 million phones on 6 December; the national test "
    "was on 23 April 2023; Storm Bert hit on 23-24 November 2024. A warning period is read as a scheduled event; "
    "the disruption forecast is a prediction. 'could exceed 90mph' is a possibility.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "time-local",
        "hypothetical",
        "last-month",
        "number-like-date",
    ],
)

# ===========================================================================
# Passages without a dated forward-looking claim

N(
    "t3-tennessee-three-expelled-2023",
    "2023-04-07 10:00",
    "America/Chicago",
    "NASHVILLE, Tenn. - Tennessee's Republican-controlled House of Representatives expelled two young Black "
    "Democrats on Thursday for leading a gun-control protest on the chamber floor, a punishment it has used only a "
    "handful of times since the Civil War. Justin Jones of Nashville and Justin Pearson of Memphis were removed in "
    "votes of 72-25 and 69-26, while a third Democrat, Gloria Johnson, who is white, survived by a single vote. The "
    "three had joined demonstrators with a bullhorn on March 30, three days after a shooter killed three 9-year-old "
    "children and three adults at the Covenant School in Nashville. Local governing bodies in both cities can appoint "
    "interim replacements until special elections are held, and several Nashville council members have said they "
    "would vote to send Jones straight back. Will the expulsions galvanize a gun-control movement in a state that "
    "two years ago let most adults carry handguns without a permit?",
    "Expulsions of Thursday 6 April 2023 (Jones 72-25, Pearson 69-26; Johnson kept her seat 65-30); the floor "
    "protest of 30 March followed the Covenant School shooting of 27 March 2023. The Nashville council reinstated "
    "Jones on 10 April, but the passage gives no date for it: interim appointments and special elections are "
    "undated; the last sentence is a question.",
    ["past-weekday", "explicit-past-date", "undated-future", "question", "number-like-date", "duration"],
)

N(
    "t3-kishida-wakayama-explosion-2023",
    "2023-04-15 19:00",
    "Asia/Tokyo",
    "WAKAYAMA, Japan (Kyodo) - Prime Minister Fumio Kishida was unhurt after a man threw what appeared to be a pipe "
    "bomb toward him on Saturday morning as he prepared to give a campaign speech at a fishing port in Wakayama, "
    "western Japan. The device exploded with a loud bang moments after fishermen and police wrestled a 24-year-old "
    "man to the ground, and he was arrested on the spot on suspicion of obstructing business. Kishida, who was "
    "evacuated safely, went on to campaign in Chiba prefecture in the afternoon, telling voters that violence must "
    "never be allowed to threaten elections. The attack came nine months after former Prime Minister Shinzo Abe was "
    "shot dead while giving a street speech in Nara. Will security be tightened before world leaders gather in "
    "Hiroshima next month for the Group of Seven summit?",
    "Attack at Saikazaki port, Wakayama, on the morning of Saturday 15 April 2023 (suspect Ryuji Kimura, 24); "
    "Kishida campaigned in Chiba that afternoon; Abe was killed on 8 July 2022. The Hiroshima G7 summit (19-21 May "
    "2023) appears only inside a question, so it is not labelled (README: questions are not claims).",
    ["past-weekday", "question", "duration", "number-like-date"],
)

N(
    "t3-surfside-collapse-search-2021",
    "2021-06-26 17:00",
    "America/New_York",
    "SURFSIDE, Fla. - Rescuers pressed on for a third day on Saturday through the rubble of a collapsed oceanfront "
    "condominium tower near Miami, where the death toll rose to five and 156 people remained unaccounted for. Part "
    "of the 12-story Champlain Towers South came down at about 1:30 a.m. on Thursday as residents slept. Miami-Dade "
    "County Mayor Daniella Levine Cava said crews would keep going as long as there was any hope of finding "
    "survivors, though no one has been pulled alive from the debris since the first hours. Documents released by the "
    "town late on Friday showed that an engineer had warned in 2018 of major structural damage to the concrete slab "
    "beneath the pool deck. Investigators could take months to determine what caused the collapse, and Governor Ron "
    "DeSantis said the state would support a thorough inquiry.",
    "Champlain Towers South collapse at about 01:20-01:30 on Thursday 24 June 2021; on Saturday 26 June the toll "
    "was five with 156 unaccounted for; the 2018 Morabito report was released by the town on Friday 25 June. All "
    "weekdays are past; the search and the inquiry are undated; 'could take months' is a possibility.",
    ["past-weekday", "time-local", "explicit-past-date", "undated-future", "hypothetical", "number-like-date"],
)

N(
    "t3-lee-jae-myung-stabbed-2024",
    "2024-01-02 18:30",
    "Asia/Seoul",
    "BUSAN, South Korea (Yonhap) - South Korean opposition leader Lee Jae-myung was stabbed in the neck on Tuesday "
    "morning during a visit to the site of a planned new airport on Gadeok Island in Busan, by a man who had "
    "approached him asking for an autograph. Lee, who leads the Democratic Party, was taken to a local hospital and "
    "then flown by helicopter to Seoul National University Hospital, where he underwent surgery for damage to his "
    "jugular vein, party officials said. Police arrested the suspect, a man in his 60s, at the scene and said they "
    "would examine his motive. President Yoon Suk Yeol, who narrowly defeated Lee in the March 2022 election, "
    "expressed deep concern and ordered a thorough investigation. Doctors said Lee would need to stay in intensive "
    "care for some time, and it was not clear when he would be able to return to campaigning ahead of parliamentary "
    "elections.",
    "Stabbing on the morning of Tuesday 2 January 2024 at Gadeokdo, Busan; surgery at Seoul National University "
    "Hospital the same day. The April 2024 election is deliberately undated in the text; everything future is "
    "undated ('for some time', 'not clear when').",
    ["past-weekday", "past-month", "undated-future", "said-on-day"],
)

N(
    "t3-morrison-secret-ministries-advice-2022",
    "2022-08-23 17:00",
    "Australia/Sydney",
    "CANBERRA - Scott Morrison's secret appointment of himself to run the industry and resources department was "
    "legally valid but fundamentally undermined the principles of responsible government, the Solicitor-General said "
    "in advice released by Prime Minister Anthony Albanese on Tuesday. The former prime minister acknowledged last "
    "week that he had been sworn in to administer five portfolios, including health, finance, home affairs and the "
    "treasury, between March 2020 and May 2021 without telling the public or, in most cases, the ministers already "
    "holding them. Albanese said cabinet would consider the advice and decide on a broader inquiry into how the "
    "appointments were made and how they could be prevented in future. Morrison, who has refused calls to quit "
    "parliament, has said the arrangements were a safeguard during the pandemic. Could Governor-General David Hurley, "
    "who signed off on the appointments, also face scrutiny?",
    "Solicitor-General Stephen Donaghue's advice released on Tuesday 23 August 2022; Morrison's admission of "
    "Wednesday 17 August ('last week'); the Bell inquiry was announced on 26 August but the passage gives no date "
    "for any decision. Past months and years, an undated future decision and a question.",
    ["said-on-day", "past-month", "undated-future", "question", "hypothetical"],
)

N(
    "t3-trudeau-ethics-report-2019",
    "2019-08-14 15:00",
    "America/Toronto",
    "OTTAWA - Prime Minister Justin Trudeau broke federal ethics law by improperly pressuring his former attorney "
    "general to help engineering firm SNC-Lavalin avoid a criminal trial, Canada's conflict of interest and ethics "
    "commissioner, Mario Dion, found in a report released on Wednesday. Trudeau said he took full responsibility but "
    "would not apologize for standing up for Canadian jobs, adding that he disagreed with some of the commissioner's "
    "conclusions. Jody Wilson-Raybould quit the cabinet in February after saying she had faced months of "
    "inappropriate pressure to offer the Montreal-based company a deferred prosecution agreement, and she was "
    "expelled from the Liberal caucus in April. The Conflict of Interest Act carries no penalty for such a breach. "
    "Conservative leader Andrew Scheer called on the RCMP to open an investigation, a move that could haunt the "
    "Liberals as they prepare to campaign for re-election.",
    "Dion's 'Trudeau II Report' of Wednesday 14 August 2019 (section 9 of the Conflict of Interest Act); "
    "Wilson-Raybould resigned on 12 February and was expelled on 2 April 2019. The October 2019 election is not "
    "dated in the text; 'February' and 'April' are past months of the same year.",
    ["said-on-day", "past-month", "hypothetical", "undated-future", "duration"],
)

N(
    "t3-kim-davis-jailed-licences-2015",
    "2015-09-04 13:00",
    "America/New_York",
    "MOREHEAD, Ky. - Deputy clerks in Rowan County began issuing marriage licenses to same-sex couples on Friday "
    "morning, a day after their boss, County Clerk Kim Davis, was jailed for contempt for refusing to obey a federal "
    "court order to do so. James Yates and William Smith Jr., who had been turned away several times since the "
    "Supreme Court legalized same-sex marriage nationwide in June, were the first to receive one. US District Judge "
    "David Bunning said on Thursday that Davis would remain in custody until she agreed to comply, and her lawyer, "
    "Mat Staver, said she had no intention of changing her mind. Davis, an Apostolic Christian, has argued that "
    "putting her name on the licenses would violate her religious beliefs. Her lawyers have said they will appeal.",
    "Davis was jailed by Judge Bunning on Thursday 3 September 2015; deputies issued licences from the morning of "
    "Friday 4 September (a same-day but past event); Obergefell was decided on 26 June 2015. She was released on 8 "
    "September, but the passage's futures ('until she agreed to comply', 'will appeal') are undated.",
    ["past-weekday", "past-month", "said-on-day", "undated-future"],
)

N(
    "t3-nahel-riots-germany-visit-off-2023",
    "2023-07-01 12:30",
    "Europe/Paris",
    "PARIS (AFP) - President Emmanuel Macron has postponed a state visit to Germany that had been due to begin on "
    "Sunday, the Elysee said on Saturday, as France endured a fourth night of rioting over the police killing of a "
    "17-year-old during a traffic stop. The interior ministry said 1,311 people were arrested overnight, as 45,000 "
    "police officers were deployed across the country, backed by armoured vehicles in some cities. Nahel M., of "
    "Algerian descent, was shot at point-blank range on Tuesday in the Paris suburb of Nanterre, and the officer who "
    "fired has been charged with voluntary homicide. Macron, who left a European Union summit in Brussels early on "
    "Friday to chair a crisis meeting, has blamed social media for fuelling the violence. Officials have not ruled "
    "out declaring a state of emergency if the unrest continues.",
    "Macron's state visit to Germany, due from Sunday 2 July 2023, was postponed on Saturday 1 July (cancelled date, "
    "not a claim); Nahel Merzouk was shot on Tuesday 27 June; 1,311 arrests on the night of 30 June-1 July; Macron "
    "left the Brussels summit on Friday 30 June. The state of emergency is a possibility.",
    ["cancelled-date", "past-weekday", "said-on-day", "hypothetical", "number-like-date"],
)

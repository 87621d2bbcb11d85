"""Tuning passages written blind: national politics and society in many countries (legislation and votes, budgets and shutdown deadlines, court rulings and hearings, elections and campaigns, public health, policing, education, transport and weather) as wire copy, political reporting, local news and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    in_month,
    md,
    md_span,
    month_named_end,
    no_claim_adder,
    passage_adder,
    rest_of_year,
    this_year_end,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Legislatures, votes and budgets

P(
    "t9-meaningful-vote-jan-2019",
    "2019-01-09 21:00",
    "Europe/London",
    "LONDON (Reuters) - British lawmakers will vote on Prime Minister Theresa May's Brexit deal on Tuesday, Jan. 15, "
    "the government said on Wednesday, a month after May pulled a December vote she was set to lose. In a "
    "second defeat in as many days, MPs backed an amendment from Conservative rebel Dominic Grieve by 308 votes to "
    "297, forcing May to come back swiftly with a Plan B if her deal is rejected. On Tuesday, lawmakers had already "
    "voted to curb the Treasury's tax powers in the event of a no-deal exit. Britain is due to leave the European "
    "Union on March 29, and May may yet seek more assurances from Brussels on the Irish backstop.",
    [
        C(
            "British lawmakers will vote on Prime Minister Theresa May's Brexit deal on Tuesday, Jan. 15",
            "on Tuesday, Jan. 15",
            md(1, 15),
            "event",
            "the British government",
            real="2019-01-15",
        ),
        C(
            "Britain is due to leave the European Union on March 29",
            "on March 29",
            md(3, 29),
            "event",
            None,
        ),
    ],
    "First meaningful vote held on Tuesday 15 January 2019 (deal defeated 432-202); the Grieve amendment passed "
    "308-297 on Wednesday 9 January and the Finance Bill amendment on Tuesday 8 January (past weekday beside the "
    "coming Tuesday). The Plan B requirement is conditional and undated (not a claim). Exit day of 29 March 2019 was "
    "later postponed, so no real date is recorded. The vote had originally been due on 11 December 2018.",
    ["past-weekday", "said-on-day", "may-verb", "past-month", "number-like-date", "hypothetical", "explicit-date"],
)

P(
    "t9-kavanaugh-committee-vote-2018",
    "2018-09-25 21:00",
    "America/New_York",
    "WASHINGTON - The Senate Judiciary Committee scheduled a vote on Brett Kavanaugh's Supreme Court nomination for "
    "9:30 a.m. on Friday, the day after it is due to hear from Christine Blasey Ford, the California professor who "
    "says he sexually assaulted her at a party in 1982. Chairman Chuck Grassley set the vote on Tuesday evening even "
    "though Ford's testimony, now scheduled for Thursday, has yet to take place, a move Democrats denounced as a "
    "sham. Kavanaugh, who told Fox News on Monday that he had never sexually assaulted anyone, will appear after her. "
    "Majority Leader Mitch McConnell has vowed that the full Senate will vote on the nomination 'in the near future.'",
    [
        C(
            "scheduled a vote on Brett Kavanaugh's Supreme Court nomination for 9:30 a.m. on Friday",
            "for 9:30 a.m. on Friday",
            wd("Friday", "09:30"),
            "event",
            "the Senate Judiciary Committee",
            real="2018-09-28",
        ),
        C(
            "Ford's testimony, now scheduled for Thursday",
            "for Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2018-09-27",
        ),
    ],
    "Grassley scheduled the committee vote on Tuesday 25 September 2018 for Friday 28 September at 9:30 a.m.; Ford "
    "and Kavanaugh testified on Thursday 27 September. The hearing is first alluded to as 'the day after' (implicit) "
    "and labelled where its day is named. 'Kavanaugh ... will appear after her' refers back to the hearing. "
    "McConnell's 'in the near future' is undated. Interpretation: a committee that schedules its own vote is treated "
    "as the attributing body (speaker), like 'Buckingham Palace said'.",
    ["past-weekday", "said-on-day", "time-local", "undated-future", "repeated-claim", "number-like-date"],
)

P(
    "t9-scotus-texas-sb8-argument-2021",
    "2021-10-22 18:00",
    "America/New_York",
    "WASHINGTON (AP) - The Supreme Court on Friday agreed to hear arguments on Nov. 1 over Texas' near-total ban on "
    "abortion, but declined for now to block the law, which took effect on Sept. 1 and bars most abortions after "
    "about six weeks of pregnancy. The justices will take up both the Justice Department's challenge and a separate "
    "one brought by abortion providers. Justice Sonia Sotomayor, in a partial dissent, wrote that the court's refusal "
    "to act immediately was 'catastrophic.' Separately, the court is scheduled to hear a Mississippi case asking it to "
    "overturn Roe v. Wade on Dec. 1.",
    [
        C(
            "The Supreme Court on Friday agreed to hear arguments on Nov. 1",
            "on Nov. 1",
            md(11, 1),
            "event",
            "the Supreme Court",
            real="2021-11-01",
        ),
        C(
            "the court is scheduled to hear a Mississippi case asking it to overturn Roe v. Wade on Dec. 1",
            "on Dec. 1",
            md(12, 1),
            "event",
            None,
            real="2021-12-01",
        ),
    ],
    "Order of Friday 22 October 2021 in Whole Woman's Health v. Jackson and United States v. Texas, argued on "
    "1 November 2021; Dobbs v. Jackson Women's Health argued on 1 December 2021. SB8 took effect on 1 September 2021 "
    "(past). 'on Friday' only says when the court acted. Interpretation: the court setting its own argument date is "
    "its speaker; the Dobbs sentence is passive scheduling (null).",
    ["said-on-day", "past-month", "explicit-date", "explicit-past-date", "number-like-date"],
)

P(
    "t9-kishida-dissolves-lower-house-2021",
    "2021-10-14 17:00",
    "Asia/Tokyo",
    "TOKYO - Prime Minister Fumio Kishida dissolved the lower house of parliament on Thursday, just 10 days after "
    "taking office, setting up a general election on Oct. 31. Official campaigning begins on Tuesday. It will be the "
    "first postwar general election held after the chamber's four-year term has run its course, the previous vote "
    "having taken place in October 2017. Kishida, who replaced Yoshihide Suga as leader of the ruling Liberal "
    "Democratic Party last month, has said he will put together a large economic stimulus package by the end of the "
    "year. His goal, he told reporters, is for the LDP and its partner Komeito to keep a majority of the 465 seats.",
    [
        C(
            "setting up a general election on Oct. 31",
            "on Oct. 31",
            md(10, 31),
            "event",
            None,
            real="2021-10-31",
        ),
        C(
            "Official campaigning begins on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2021-10-19",
        ),
        C(
            "has said he will put together a large economic stimulus package by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Fumio Kishida",
            real="2021-11-19",
            real_le=True,
        ),
    ],
    "Lower house dissolved Thursday 14 October 2021; campaign officially began Tuesday 19 October; election held "
    "Sunday 31 October. Kishida took office on 4 October; won the LDP race on 29 September ('last month'). The "
    "stimulus package was approved by the cabinet on 19 November 2021. The coalition majority goal is undated.",
    ["past-weekday", "year-end", "past-month", "number-like-date", "explicit-date"],
)

P(
    "t9-ontario-snap-election-2025",
    "2025-01-29 07:30",
    "America/Toronto",
    "TORONTO - Ontarians will go to the polls on Feb. 27 after Premier Doug Ford asked Lt.-Gov. Edith Dumont on "
    "Tuesday to dissolve the legislature, more than a year before the fixed election date of June 2026. Ford says he "
    "needs a strong new mandate to stand up to U.S. President Donald Trump, who has threatened to impose 25 per cent "
    "tariffs on all Canadian goods on Feb. 1 unless Ottawa does more to stop migrants and fentanyl crossing the "
    "border. Opposition leaders accused the premier of calling an unnecessary $189-million election. Ford's Progressive "
    "Conservatives last won a majority on June 2, 2022.",
    [
        C(
            "Ontarians will go to the polls on Feb. 27",
            "on Feb. 27",
            md(2, 27),
            "event",
            None,
            real="2025-02-27",
        ),
        C(
            "who has threatened to impose 25 per cent tariffs on all Canadian goods on Feb. 1 unless Ottawa does more",
            "on Feb. 1",
            md(2, 1),
            "deadline",
            "Donald Trump",
        ),
    ],
    "Ford met the lieutenant governor on Tuesday 28 January 2025; the election was held on 27 February 2025. Trump's "
    "1 February threat: the order was signed on 1 February with tariffs due 4 February, then paused on 3 February, so "
    "no real date is recorded. The fixed date of June 2026 is superseded (not a claim); June 2, 2022 is past. "
    "Conditional threat by a government leader: deadline per the README's 'X unless Y'.",
    ["conditional-threat", "cancelled-date", "past-weekday", "number-like-date", "explicit-past-date", "explicit-date"],
)

P(
    "t9-snp-leadership-result-2023",
    "2023-03-24 16:00",
    "Europe/London",
    "What happens next in the SNP leadership race? Voting closes at noon on Monday, and the result will be announced "
    "at Murrayfield stadium in Edinburgh at about 2pm that afternoon, the party said. Humza Yousaf, Kate Forbes and "
    "Ash Regan are vying to succeed Nicola Sturgeon, who said on February 15 that she would step down once a "
    "successor had been chosen. Holyrood is due to vote on Tuesday to confirm the new leader as first minister. The "
    "contest has been overshadowed by rows over the party's membership figures, which led to the resignation of chief "
    "executive Peter Murrell last Saturday.",
    [
        C(
            "Voting closes at noon on Monday",
            "at noon on Monday",
            wd("Monday", "12:00"),
            "deadline",
            "the Scottish National Party",
            real="2023-03-27",
        ),
        C(
            "the result will be announced at Murrayfield stadium in Edinburgh at about 2pm that afternoon",
            "at about 2pm that afternoon",
            wd("Monday", "14:00"),
            "event",
            "the Scottish National Party",
            real="2023-03-27",
        ),
        C(
            "Holyrood is due to vote on Tuesday to confirm the new leader as first minister",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2023-03-28",
        ),
    ],
    "Ballot closed at noon on Monday 27 March 2023; Yousaf declared the winner at Murrayfield that afternoon; "
    "Holyrood voted him first minister on Tuesday 28 March. Sturgeon announced her resignation on 15 February 2023 "
    "(past); Murrell resigned on Saturday 18 March ('last Saturday'). 'that afternoon' takes its day from 'Monday' in "
    "the same sentence; both claims attributed by 'the party said'.",
    ["question", "time-local", "same-sentence-claims", "explicit-past-date", "past-weekday", "said-on-day"],
)

P(
    "t9-daca-rescinded-2017",
    "2017-09-05 18:00",
    "America/New_York",
    "WASHINGTON - The Trump administration on Tuesday announced it would end the Deferred Action for Childhood "
    "Arrivals program, which since 2012 has shielded about 800,000 people brought to the United States illegally as "
    "children from deportation. Attorney General Jeff Sessions called the program, created by President Barack Obama, "
    "an unconstitutional exercise of executive authority. Permits will begin to expire on March 5, 2018, and "
    "recipients whose status lapses before then may apply for a two-year renewal until Oct. 5, the Department of "
    "Homeland Security said. President Donald Trump said Congress now had a six-month window to legalize the program, "
    "adding: 'I have a love for these people.'",
    [
        C(
            "Permits will begin to expire on March 5, 2018",
            "on March 5, 2018",
            ymd(2018, 3, 5),
            "deadline",
            "the Department of Homeland Security",
            real="2018-03-05",
        ),
        C(
            "may apply for a two-year renewal until Oct. 5",
            "until Oct. 5",
            md(10, 5),
            "deadline",
            "the Department of Homeland Security",
            real="2017-10-05",
        ),
    ],
    "DACA rescission memo of Tuesday 5 September 2017: no new applications; renewals for permits expiring by "
    "5 March 2018 accepted until 5 October 2017. Trump's 'six-month window' runs to the same 5 March 2018 and is "
    "treated as a repeat of the labelled expiry (labelled once). Courts later kept renewals going, but the dates "
    "stood as announced. 'a two-year renewal' is a duration; 2012 is background; 'may apply' is permission.",
    ["said-on-day", "same-sentence-claims", "repeated-claim", "may-verb", "duration", "number-like-date",
     "explicit-date"],
)

P(
    "t9-house-impeachment-vote-2019",
    "2019-12-17 07:00",
    "America/New_York",
    "WASHINGTON - The House Rules Committee meets on Tuesday to set the terms of debate on two articles of "
    "impeachment against President Donald Trump, ahead of a vote by the full House on Wednesday that is almost certain "
    "to make him only the third president to be impeached. The Judiciary Committee approved the articles, abuse of "
    "power and obstruction of Congress, on a party-line vote on Friday. Senate Majority Leader Mitch McConnell has said "
    "he expects a trial to begin in January, and has rejected Democratic demands to call new witnesses. Andrew Johnson "
    "was impeached in 1868 and Bill Clinton in 1998.",
    [
        C(
            "The House Rules Committee meets on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2019-12-17",
        ),
        C(
            "ahead of a vote by the full House on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2019-12-18",
        ),
        C(
            "he expects a trial to begin in January",
            "in January",
            in_month(2020, 1),
            "prediction",
            "Mitch McConnell",
            real="2020-01-16",
        ),
    ],
    "Rules Committee met Tuesday 17 December 2019; House impeached Trump on Wednesday 18 December; the Senate trial "
    "formally began on 16 January 2020. The Judiciary Committee vote was on Friday 13 December (past weekday). "
    "'in January' in a December article is January 2020. 1868 and 1998 are background.",
    ["same-day-future", "same-sentence-claims", "past-weekday", "month-period", "year-inference", "pronoun-speaker",
     "number-like-date"],
)

P(
    "t9-park-impeachment-ruling-date-2017",
    "2017-03-08 06:00",
    "America/New_York",
    "SEOUL (Reuters) - South Korea's Constitutional Court will deliver its ruling on whether to uphold the impeachment "
    "of President Park Geun-hye at 11 a.m. on Friday (0200 GMT), the court said on Wednesday, ending weeks of "
    "speculation over the timing. Parliament voted to impeach Park on Dec. 9 over an influence-peddling scandal "
    "involving her friend Choi Soon-sil, and her powers were suspended. If the court upholds the motion, Park will be "
    "removed from office and an election must be held within 60 days; if it rejects it, she will be reinstated. Rival "
    "rallies by her supporters and opponents are planned in central Seoul on Saturday.",
    [
        C(
            "will deliver its ruling on whether to uphold the impeachment of President Park Geun-hye at 11 a.m. on Friday",
            "at 11 a.m. on Friday (0200 GMT)",
            zoned(wd("Friday"), "11:00", "Asia/Seoul"),
            "event",
            "the Constitutional Court",
            real="2017-03-09",
        ),
        C(
            "Rival rallies by her supporters and opponents are planned in central Seoul on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2017-03-11",
        ),
    ],
    "The court announced on Wednesday 8 March 2017 (Seoul) that it would rule at 11:00 KST on Friday 10 March = "
    "21:00 EST on Thursday 9 March in this New York passage (the court removed Park that morning). Rallies were held "
    "on Saturday 11 March. The 60-day election is conditional on the ruling (hypothetical, not a claim); the "
    "impeachment vote of 9 December 2016 is past.",
    ["time-converted", "date-crossing-conversion", "hypothetical", "explicit-past-date", "said-on-day"],
)

P(
    "t9-france-pension-no-confidence-2023",
    "2023-03-17 19:00",
    "Europe/Paris",
    "PARIS - Opposition lawmakers filed two motions of no confidence in Prime Minister Élisabeth Borne's government on "
    "Friday, a day after President Emmanuel Macron chose to force his pension reform through the National Assembly "
    "without a vote. The motions will be debated on Monday afternoon; a cross-party motion from the small centrist "
    "Liot group has the best chance of passing, but would need the support of about 30 Les Républicains deputies. "
    "France's eight main unions, meanwhile, called a ninth day of nationwide strikes and protests for Thursday, "
    "March 23. The reform raises the minimum retirement age from 62 to 64.",
    [
        C(
            "The motions will be debated on Monday afternoon",
            "on Monday afternoon",
            wd("Monday"),
            "event",
            None,
            real="2023-03-20",
        ),
        C(
            "called a ninth day of nationwide strikes and protests for Thursday, March 23",
            "for Thursday, March 23",
            md(3, 23),
            "event",
            "France's eight main unions",
            real="2023-03-23",
        ),
    ],
    "Article 49.3 used on Thursday 16 March 2023; motions filed Friday 17 March and debated Monday 20 March (Liot "
    "motion failed by nine votes); ninth day of action held Thursday 23 March. 'would need' is hypothetical. An "
    "unconditional strike is an event; the unions that called it are its speaker.",
    ["past-weekday", "hypothetical", "number-like-date", "explicit-date"],
)

P(
    "t9-ireland-election-called-2020",
    "2020-01-14 14:00",
    "Europe/Dublin",
    "DUBLIN - Taoiseach Leo Varadkar said on Tuesday that Ireland would hold a general election on Saturday, February "
    "8, the first time a national vote has been held at the weekend. He will ask President Michael D Higgins to "
    "dissolve the Dáil when it returns from its Christmas recess on Wednesday, he said. The snap poll heads off an "
    "opposition motion of no confidence in Health Minister Simon Harris, which had been due to be voted on this week. "
    "Varadkar, who has led a minority government since 2016, said Ireland needed a strong mandate for the next phase "
    "of Brexit talks.",
    [
        C(
            "Ireland would hold a general election on Saturday, February 8",
            "on Saturday, February 8",
            md(2, 8),
            "event",
            "Leo Varadkar",
            real="2020-02-08",
        ),
        C(
            "He will ask President Michael D Higgins to dissolve the Dáil when it returns from its Christmas recess on "
            "Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Leo Varadkar",
            real="2020-01-15",
        ),
    ],
    "Varadkar announced the election on Tuesday 14 January 2020; the Dáil was dissolved on Wednesday 15 January and "
    "the vote held on Saturday 8 February. The Harris no-confidence vote 'due this week' was cancelled (not a claim). "
    "'the next phase of Brexit talks' is undated.",
    ["pronoun-speaker", "cancelled-date", "said-on-day", "undated-future", "number-like-date", "explicit-date"],
)

# ===========================================================================
# Weather

P(
    "t9-storm-ciaran-live-2023",
    "2023-11-01 12:10",
    "Europe/London",
    "Storm Ciarán: live updates. 12:05 GMT - Storm Ciarán is expected to reach the south coast of England in the early "
    "hours of Thursday, the Met Office says, bringing gusts of up to 85mph to exposed parts of Cornwall and Devon. An "
    "amber warning for wind is in place and a rare red warning has been issued for Jersey. 11:40 GMT - Dozens of "
    "schools in Cornwall will be closed on Thursday, Cornwall Council said. Several cross-Channel sailings were "
    "cancelled on Wednesday morning. 11:15 GMT - The storm arrives barely two weeks after Storm Babet, which killed at "
    "least seven people in the UK last month.",
    [
        C(
            "Storm Ciarán is expected to reach the south coast of England in the early hours of Thursday",
            "in the early hours of Thursday",
            wd("Thursday"),
            "prediction",
            "the Met Office",
            real="2023-11-02",
        ),
        C(
            "Dozens of schools in Cornwall will be closed on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            "Cornwall Council",
            real="2023-11-02",
        ),
    ],
    "Storm Ciarán reached southern England overnight into Thursday 2 November 2023 (gusts over 80 mph; red warning "
    "for Jersey); schools in Cornwall and Devon closed that day. Storm Babet hit on 18-21 October (past). Live-blog "
    "timestamps are not claims. A school closure on a day is an event with the council as speaker.",
    ["past-month", "past-weekday", "duration", "number-like-date"],
)

P(
    "t9-hurricane-michael-panhandle-2018",
    "2018-10-09 11:00",
    "America/New_York",
    "TALLAHASSEE, Fla. - Hurricane Michael strengthened into a Category 2 storm on Tuesday morning and is forecast to "
    "slam into the Florida Panhandle as a major hurricane on Wednesday, the National Hurricane Center said, with a "
    "storm surge of up to 12 feet in places. Tropical-storm-force winds are expected to reach the coast by late "
    "Tuesday night. Governor Rick Scott, who declared a state of emergency in dozens of counties over the weekend, "
    "urged residents in evacuation zones to leave: 'Do not think you can ride this storm out.' Michael would be the "
    "strongest hurricane to hit the Panhandle since Opal in 1995.",
    [
        C(
            "is forecast to slam into the Florida Panhandle as a major hurricane on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "prediction",
            "the National Hurricane Center",
            real="2018-10-10",
        ),
        C(
            "Tropical-storm-force winds are expected to reach the coast by late Tuesday night",
            "by late Tuesday night",
            wd("Tuesday"),
            "prediction",
            None,
            real="2018-10-09",
        ),
    ],
    "NHC advisories of Tuesday 9 October 2018; Michael made landfall near Mexico Beach on Wednesday 10 October as a "
    "Category 5. Tropical-storm winds reached the coast late on 9 October. 'on Tuesday morning' (past, same day), "
    "'over the weekend' (past) and 1995 are background; 'would be' is hypothetical.",
    ["same-day-future", "by-weekday-same-day", "past-weekday", "hypothetical", "number-like-date"],
)

P(
    "t9-typhoon-jebi-kansai-2018",
    "2018-09-03 18:00",
    "Asia/Tokyo",
    "OSAKA - Typhoon Jebi, the strongest storm to threaten Japan's main islands in 25 years, is expected to make "
    "landfall on Shikoku or the Kii Peninsula on Tuesday afternoon before crossing the Kansai region, according to the "
    "Japan Meteorological Agency. West Japan Railway said it would suspend all conventional train services in the "
    "Osaka area from 10 a.m. on Tuesday, and Universal Studios Japan said the theme park would be closed on Tuesday. "
    "Airlines had cancelled more than 600 domestic flights by Monday evening. Typhoon Cimaron crossed the same region "
    "on Aug. 23.",
    [
        C(
            "is expected to make landfall on Shikoku or the Kii Peninsula on Tuesday afternoon",
            "on Tuesday afternoon",
            wd("Tuesday"),
            "prediction",
            "the Japan Meteorological Agency",
            real="2018-09-04",
        ),
        C(
            "it would suspend all conventional train services in the Osaka area from 10 a.m. on Tuesday",
            "from 10 a.m. on Tuesday",
            wd("Tuesday", "10:00"),
            "promise",
            "West Japan Railway",
            real="2018-09-04",
        ),
        C(
            "the theme park would be closed on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            "Universal Studios Japan",
            real="2018-09-04",
        ),
    ],
    "Jebi made landfall in southern Tokushima around noon on Tuesday 4 September 2018 and again near Kobe; JR West "
    "ran a planned suspension from late morning; USJ closed for the day. Cimaron made landfall on 23 August (past). "
    "A company's own suspension of service is a promise (a commitment to stop); a park closed for a day is an event. "
    "'by Monday evening' is past (the article's own day).",
    ["same-sentence-claims", "time-local", "explicit-past-date", "number-like-date"],
)

# ===========================================================================
# Public health, transport, education

P(
    "t9-delhi-odd-even-health-emergency-2019",
    "2019-11-01 15:00",
    "Asia/Kolkata",
    "NEW DELHI - Chief Minister Arvind Kejriwal said on Friday that the odd-even road rationing scheme would run as "
    "planned from Monday, November 4, to November 15, allowing private cars on the roads only on alternate days "
    "according to the last digit of their number plates. A Supreme Court-appointed panel, the Environment Pollution "
    "(Prevention and Control) Authority, declared a public health emergency on Friday and ordered schools in the "
    "capital to stay shut until Tuesday. Air quality has worsened sharply since Diwali on October 27, when many "
    "residents set off firecrackers despite a ban. Kejriwal's government has begun handing out five million masks to "
    "students.",
    [
        C(
            "the odd-even road rationing scheme would run as planned from Monday, November 4, to November 15",
            "from Monday, November 4, to November 15",
            md_span(11, 4, 11, 15),
            "event",
            "Arvind Kejriwal",
            real="2019-11-04",
        ),
        C(
            "ordered schools in the capital to stay shut until Tuesday",
            "until Tuesday",
            wd("Tuesday"),
            "event",
            "the Environment Pollution (Prevention and Control) Authority",
        ),
    ],
    "Odd-even ran 4-15 November 2019 (one measure over consecutive days, one claim spanning both ends). EPCA "
    "declared a public health emergency on 1 November and shut schools until 5 November (a place closed until a date: "
    "an event, its reopening). Diwali fell on 27 October (past).",
    ["said-on-day", "explicit-past-date", "range", "number-like-date", "explicit-date"],
)

P(
    "t9-korea-indoor-masks-lifted-2023",
    "2023-01-20 11:30",
    "Asia/Seoul",
    "SEOUL - South Korea will lift its indoor mask mandate from Jan. 30, ending one of the world's longest-running "
    "pandemic rules, Prime Minister Han Duck-soo said on Friday. Masks will still be required on public transport, in "
    "hospitals and in pharmacies, and Han said the government would review the remaining requirements once infections "
    "had stabilised further. The announcement came a day before the four-day Lunar New Year holiday begins on "
    "Saturday. The indoor rule was introduced in October 2020; the outdoor requirement was scrapped last September.",
    [
        C(
            "South Korea will lift its indoor mask mandate from Jan. 30",
            "from Jan. 30",
            md(1, 30),
            "event",
            "Han Duck-soo",
            real="2023-01-30",
        ),
        C(
            "the four-day Lunar New Year holiday begins on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2023-01-21",
        ),
    ],
    "Announced Friday 20 January 2023; indoor mandate lifted Monday 30 January; Seollal holiday 21-24 January. An "
    "ordered measure taking effect is an event with the person who announced it as speaker. The review is undated; "
    "October 2020 and 'last September' (2022) are past.",
    ["said-on-day", "last-month", "past-month", "undated-future", "explicit-date"],
)

P(
    "t9-lausd-strike-pushed-to-monday-2019",
    "2019-01-09 18:00",
    "America/Los_Angeles",
    "LOS ANGELES - The union representing more than 30,000 Los Angeles teachers delayed a strike that had been set to "
    "begin on Thursday, saying a judge could still rule that it had not given proper notice. 'We don't want "
    "confusion,' United Teachers Los Angeles President Alex Caputo-Pearl said on Wednesday, adding that teachers "
    "would walk out on Monday unless the district made a better offer. A Los Angeles Superior Court judge is due to "
    "hear arguments on the notice question on Thursday. The district, the nation's second largest, has said its "
    "schools will stay open during any strike.",
    [
        C(
            "teachers would walk out on Monday unless the district made a better offer",
            "on Monday",
            wd("Monday"),
            "promise",
            "Alex Caputo-Pearl",
            real="2019-01-14",
        ),
        C(
            "A Los Angeles Superior Court judge is due to hear arguments on the notice question on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2019-01-10",
        ),
    ],
    "UTLA announced on Wednesday 9 January 2019 that the strike set for Thursday 10 January would start Monday "
    "14 January instead (it did); the court hearing on notice was on 10 January. The superseded Thursday strike "
    "date is not a claim, while the hearing on the same Thursday is. A union's strike conditional on bargaining is a "
    "promise. 'could still rule' is a possibility.",
    ["superseded-date", "conditional-threat", "said-on-day", "hypothetical", "number-like-date"],
)

P(
    "t9-elizabeth-line-opening-date-2022",
    "2022-05-04 10:00",
    "Europe/London",
    "LONDON - The Elizabeth line will open to passengers on Tuesday 24 May, Transport for London said on Wednesday, "
    "more than three years after the central section of the £18.8bn Crossrail project was originally due to open in "
    "December 2018. Trains will initially run between Paddington and Abbey Wood, with connections to the existing "
    "eastern and western branches to follow. Bond Street station will not open with the rest of the line and will "
    "follow later this year, TfL said. London mayor Sadiq Khan called it a momentous day for the capital.",
    [
        C(
            "The Elizabeth line will open to passengers on Tuesday 24 May",
            "on Tuesday 24 May",
            md(5, 24),
            "event",
            "Transport for London",
            real="2022-05-24",
        ),
        C(
            "Bond Street station will not open with the rest of the line and will follow later this year",
            "later this year",
            rest_of_year(),
            "event",
            "Transport for London",
            real="2022-10-24",
        ),
    ],
    "TfL announcement of Wednesday 4 May 2022; the line opened on 24 May 2022 and Bond Street station on "
    "24 October 2022. December 2018 was the original, long-superseded opening date (past). The branch connections "
    "are undated ('to follow').",
    ["later-this-period", "said-on-day", "superseded-date", "past-month", "number-like-date", "undated-future",
     "explicit-date"],
)

P(
    "t9-baltimore-channel-timeline-2024",
    "2024-04-05 09:00",
    "America/New_York",
    "BALTIMORE - The U.S. Army Corps of Engineers said on Thursday it aims to open a limited-access channel into the "
    "Port of Baltimore, 280 feet wide and 35 feet deep, by the end of April, and to restore the full 700-foot-wide "
    "federal channel by the end of May. Ten days after the container ship Dali struck the Francis Scott Key Bridge, "
    "killing six construction workers, crews are cutting the wreckage into pieces small enough to be lifted by the "
    "largest crane on the Eastern Seaboard. A first temporary channel opened on Monday for some tug and barge traffic. "
    "Maryland Governor Wes Moore has warned that clearing the river will take time.",
    [
        C(
            "280 feet wide and 35 feet deep, by the end of April",
            "by the end of April",
            month_named_end(4),
            "promise",
            "the U.S. Army Corps of Engineers",
            real="2024-04-25",
            real_le=True,
        ),
        C(
            "restore the full 700-foot-wide federal channel by the end of May",
            "by the end of May",
            month_named_end(5),
            "promise",
            "the U.S. Army Corps of Engineers",
        ),
    ],
    "Corps of Engineers timeline of Thursday 4 April 2024: 35-ft limited-access channel by end of April (opened "
    "25 April) and full channel by 31 May (reopened 10 June, so no real date). The bridge collapsed on 26 March; "
    "'Ten days after' is an anchored-in-the-past duration; the first temporary channel opened Monday 1 April (past). "
    "A target set for the setter's own organisation is a promise.",
    ["same-sentence-claims", "end-of-month", "past-weekday", "duration", "number-like-date", "undated-future"],
)

# ===========================================================================
# Shutdown deadline, courts and charges

P(
    "t9-shutdown-musk-cr-live-2024",
    "2024-12-19 08:05",
    "America/New_York",
    "Shutdown countdown: live updates. 8:02 ET - Government funding runs out at 12:01 a.m. on Saturday, and Congress "
    "has no agreed plan to keep agencies open after President-elect Donald Trump and Elon Musk on Wednesday "
    "torpedoed the bipartisan stopgap bill that House Speaker Mike Johnson had negotiated with Democrats. 7:48 ET - "
    "Trump, who is sworn in on Jan. 20, is now also demanding that any package raise or suspend the debt ceiling. "
    "7:31 ET - House Republican leaders said they planned a vote on a slimmer package on Thursday evening. Democrats "
    "said they would not support it.",
    [
        C(
            "Government funding runs out at 12:01 a.m. on Saturday",
            "at 12:01 a.m. on Saturday",
            wd("Saturday", "00:01"),
            "deadline",
            None,
            real="2024-12-21",
        ),
        C(
            "Trump, who is sworn in on Jan. 20",
            "on Jan. 20",
            md(1, 20),
            "event",
            None,
            real="2025-01-20",
        ),
        C(
            "they planned a vote on a slimmer package on Thursday evening",
            "on Thursday evening",
            wd("Thursday"),
            "event",
            "House Republican leaders",
            real="2024-12-19",
        ),
    ],
    "Funding was due to lapse at 00:01 ET on Saturday 21 December 2024 after Musk and Trump sank the first "
    "continuing resolution on Wednesday 18 December; the Trump-backed slimmer bill failed in the House on Thursday "
    "evening 19 December; a third bill passed just after midnight. Trump was inaugurated on 20 January 2025 "
    "(year-less date in a December article: next year). 'Democrats said they would not support it' refers back.",
    ["by-weekday-same-day", "same-day-future", "time-local", "year-inference", "past-weekday", "number-like-date"],
)

P(
    "t9-willis-surrender-deadline-2023",
    "2023-08-15 07:00",
    "America/New_York",
    "ATLANTA - Fulton County District Attorney Fani Willis said Donald Trump and his 18 co-defendants would be "
    "prosecuted together after a grand jury indicted them late on Monday on charges of conspiring to overturn "
    "Georgia's 2020 election result. She has given them until noon on Friday, Aug. 25, to surrender voluntarily. It "
    "is the fourth criminal case brought against the former president since March. Separately, U.S. District Judge "
    "Tanya Chutkan will hold a hearing in Washington on Aug. 28 on when to try Trump in the special counsel's "
    "election case.",
    [
        C(
            "She has given them until noon on Friday, Aug. 25, to surrender voluntarily",
            "until noon on Friday, Aug. 25",
            md(8, 25, "12:00"),
            "deadline",
            "Fani Willis",
            real="2023-08-24",
            real_le=True,
        ),
        C(
            "Tanya Chutkan will hold a hearing in Washington on Aug. 28",
            "on Aug. 28",
            md(8, 28),
            "event",
            None,
            real="2023-08-28",
        ),
    ],
    "Indictment returned late on Monday 14 August 2023; Willis set a noon Friday 25 August surrender deadline (Trump "
    "surrendered on 24 August, before the deadline); Chutkan's trial-date hearing was on 28 August. 2020 and 'since "
    "March' are background. The surrender deadline is attributed through the pronoun 'She'.",
    ["pronoun-speaker", "time-local", "past-weekday", "past-month", "number-like-date", "explicit-date"],
)

P(
    "t9-delhi-assembly-poll-schedule-2025",
    "2025-01-07 16:30",
    "Asia/Kolkata",
    "NEW DELHI - Delhi will vote in a single phase on February 5 to elect its 70-member assembly, with counting on "
    "February 8, Chief Election Commissioner Rajiv Kumar announced on Tuesday. Candidates can file nominations until "
    "January 17, Kumar said, and the model code of conduct came into force immediately. A by-election for the Milkipur "
    "seat in Uttar Pradesh will be held the same day. The Aam Aadmi Party, which won 62 seats in 2020, is seeking a "
    "third straight term, while the BJP has not governed the capital since 1998. Asked whether the commission would "
    "respond to opposition complaints about deleted voter names, Kumar said the rolls had been checked.",
    [
        C(
            "Delhi will vote in a single phase on February 5",
            "on February 5",
            md(2, 5),
            "event",
            "Rajiv Kumar",
            real="2025-02-05",
        ),
        C(
            "with counting on February 8",
            "on February 8",
            md(2, 8),
            "event",
            "Rajiv Kumar",
            real="2025-02-08",
        ),
        C(
            "Candidates can file nominations until January 17",
            "until January 17",
            md(1, 17),
            "deadline",
            "Rajiv Kumar",
            real="2025-01-17",
        ),
    ],
    "Election Commission schedule announced on Tuesday 7 January 2025: last date for nominations 17 January, poll "
    "5 February, counting 8 February (BJP won). The Milkipur by-election 'the same day' refers back to the poll date "
    "(implicit, not labelled separately). 2020 and 1998 are background.",
    ["same-sentence-claims", "said-on-day", "repeated-claim", "number-like-date", "explicit-date"],
)

# ===========================================================================
# No dated forward-looking claim

N(
    "t9-dobbs-draft-leak-authentic-2022",
    "2022-05-03 17:00",
    "America/New_York",
    "WASHINGTON - Chief Justice John Roberts confirmed on Tuesday that a leaked draft opinion overturning Roe v. Wade "
    "was authentic, but stressed that it did not represent the court's final decision on any issue in the case. He "
    "ordered the marshal of the court to investigate the leak, which Politico published on Monday night, calling it "
    "a singular and egregious breach of trust. The draft, written by Justice Samuel Alito and circulated in February, "
    "calls the 1973 ruling 'egregiously wrong from the start.' Will any justice change sides before the ruling is "
    "issued? President Joe Biden said that if Roe fell, it would be up to voters to elect lawmakers who would protect "
    "abortion rights.",
    "Roberts statement of Tuesday 3 May 2022 on the draft published by Politico on Monday 2 May; the final Dobbs "
    "ruling came on 24 June 2022 but no date is given here. Traps: said-on-day Tuesday, past Monday, February and "
    "1973 background, a question and Biden's hypothetical.",
    ["said-on-day", "past-weekday", "past-month", "question", "hypothetical", "number-like-date"],
)

N(
    "t9-chauvin-guilty-verdict-2021",
    "2021-04-20 20:00",
    "America/Chicago",
    "MINNEAPOLIS - A jury on Tuesday found former police officer Derek Chauvin guilty of murder and manslaughter in "
    "the death of George Floyd, whose killing on May 25 last year set off protests around the world. Jurors "
    "deliberated for about 10 hours over two days after closing arguments on Monday. Judge Peter Cahill revoked "
    "Chauvin's bail and said sentencing would take place at a later date; the most serious charge carries up to 40 "
    "years in prison. President Joe Biden, who spoke to Floyd's family by phone, said the verdict could be a giant "
    "step forward in the march toward justice.",
    "Verdict of Tuesday 20 April 2021; Floyd killed on 25 May 2020 (a year-less date that is past, 'last year'). "
    "Sentencing (25 June 2021) is given no date here. Durations ('10 hours', 'two days', 'up to 40 years') have no "
    "anchor; 'could be' is a possibility.",
    ["past-weekday", "explicit-past-date", "duration", "undated-future", "hypothetical", "number-like-date"],
)

N(
    "t9-kansas-abortion-amendment-rejected-2022",
    "2022-08-03 09:00",
    "America/Chicago",
    "TOPEKA, Kan. - Kansas voters on Tuesday decisively rejected a constitutional amendment that would have allowed "
    "the Republican-controlled legislature to restrict or ban abortion, in the first statewide test of the issue "
    "since the U.S. Supreme Court overturned Roe v. Wade on June 24. With most ballots counted, about 59% voted no, "
    "and turnout far exceeded that of the 2018 primary. Could the result change the calculus for Democrats in other "
    "states? Abortion-rights groups said similar ballot measures could follow, though none has yet been scheduled.",
    "Kansas Value Them Both amendment rejected on Tuesday 2 August 2022. June 24 is past (a year-less date before "
    "publication in the same year). A question and possibilities, no dated future.",
    ["past-weekday", "explicit-past-date", "question", "hypothetical", "number-like-date", "undated-future"],
)

N(
    "t9-berejiklian-resigns-2021",
    "2021-10-01 16:00",
    "Australia/Sydney",
    "SYDNEY - New South Wales Premier Gladys Berejiklian resigned on Friday after the state's anti-corruption "
    "watchdog said it was investigating whether she had breached public trust during a secret relationship with a "
    "former MP. She said she would also quit parliament once a by-election could be arranged, calling the timing "
    "terrible as the state prepares to ease its COVID-19 lockdown. Berejiklian, who became premier in January 2017 "
    "and won the 2019 election, denied any wrongdoing. The Liberal Party is expected to choose her successor in the "
    "coming days, with Treasurer Dominic Perrottet seen as the favourite.",
    "Resignation of Friday 1 October 2021 (ICAC inquiry). Perrottet was chosen on 5 October but no date is given. "
    "Undated futures ('once a by-election could be arranged', 'in the coming days', easing the lockdown); January "
    "2017 and 2019 are background. 'on Friday' in a Friday article is past here.",
    ["said-on-day", "undated-future", "past-month", "number-like-date"],
)

N(
    "t9-youngkin-wins-virginia-2021",
    "2021-11-03 07:00",
    "America/New_York",
    "RICHMOND, Va. - Republican Glenn Youngkin won Virginia's race for governor on Tuesday, defeating former "
    "Democratic Governor Terry McAuliffe in a state President Joe Biden carried by 10 points just a year ago. "
    "Youngkin, a former private-equity executive making his first run for office, campaigned heavily on schools and "
    "parents' rights. It was the first time a Republican had won statewide in Virginia since 2009. Democrats asked "
    "whether the defeat foreshadowed heavy losses in the midterm elections, and what the party should do about it "
    "before then.",
    "Virginia election of Tuesday 2 November 2021; Youngkin took office on 15 January 2022, not mentioned. 'a year "
    "ago', 2009 are background; the midterms are named without a date and inside a reported question.",
    ["past-weekday", "question", "undated-future", "number-like-date"],
)

N(
    "t9-nz-national-emergency-gabrielle-2023",
    "2023-02-14 13:00",
    "Pacific/Auckland",
    "WELLINGTON - New Zealand declared a national state of emergency on Tuesday as Cyclone Gabrielle cut power to "
    "about 225,000 homes and left parts of the North Island under water. It is only the third time the country has "
    "done so, after the Christchurch earthquake in 2011 and the start of the COVID-19 pandemic in March 2020. "
    "Emergency Management Minister Kieran McAnulty signed the declaration at 8:43 a.m. Prime Minister Chris Hipkins "
    "said the damage was the worst the country had seen in a generation and that the recovery would take time. How "
    "long will the emergency last? Officials have not said.",
    "National state of emergency declared on Tuesday 14 February 2023 at 08:43 NZDT (past time on the publication "
    "day). The seven-day term of the declaration is not stated. 2011 and March 2020 are background; the recovery is "
    "undated; a question.",
    ["said-on-day", "time-local", "question", "undated-future", "past-month", "number-like-date"],
)

N(
    "t9-nyc-congestion-pricing-paused-2024",
    "2024-06-05 17:00",
    "America/New_York",
    "NEW YORK - Governor Kathy Hochul on Wednesday indefinitely paused Manhattan's congestion pricing plan, which had "
    "been due to start charging most drivers $15 to enter the busiest part of the borough on June 30. Hochul said "
    "that after the pandemic the toll risked too many unintended consequences for working New Yorkers. The plan, "
    "approved by state lawmakers in 2019, was meant to raise $1 billion a year for the Metropolitan Transportation "
    "Authority. MTA officials did not say how they would fill the gap. Could the toll be revived later? Transit "
    "advocates vowed to fight the decision.",
    "Hochul's pause of Wednesday 5 June 2024 cancelled the 30 June 2024 start (a cancelled date, not a claim); a "
    "reduced $9 toll started on 5 January 2025, not mentioned. 2019 is background; the advocates' fight is undated.",
    ["cancelled-date", "said-on-day", "question", "undated-future", "number-like-date"],
)

N(
    "t9-johnson-covid-inquiry-evidence-2023",
    "2023-12-07 18:00",
    "Europe/London",
    "LONDON - Boris Johnson ended two days of evidence to the UK Covid-19 Inquiry on Thursday, telling its chair, "
    "Baroness Heather Hallett, that he had been right to impose a second lockdown in November 2020 but conceding that "
    "the government had made mistakes. On Wednesday, the former prime minister apologised for the pain, loss and "
    "suffering of bereaved families, some of whom held up signs behind him. The inquiry, set up in 2022, will hear "
    "from his successor Rishi Sunak at a later session. A report on this part of its work is not expected for some "
    "time.",
    "Johnson gave evidence on Wednesday 6 and Thursday 7 December 2023; Sunak appeared on 11 December, but no date "
    "is given here. November 2020 and 2022 are background; the later session and the report are undated.",
    ["past-weekday", "said-on-day", "undated-future", "past-month", "duration", "number-like-date"],
)

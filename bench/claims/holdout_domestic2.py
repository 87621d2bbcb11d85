"""Held-out test passages (second batch): national politics and society in the US, UK, Canada, Australia and the EU: legislatures and budgets, shutdown and debt-limit deadlines, elections and primaries, government programmes, transport, education and public health. Written blind on 2026-11-27 (see holdout.py)."""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    _res,
    by_year,
    early_year,
    in_month,
    in_year,
    in_years,
    md,
    mid_year,
    midnight_on,
    next_wd,
    passage_adder,
    quarter,
    this_end_of_month,
    this_year_end,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

D = dt.date


def rest_of_year():
    """'later this year': from the publication day to 31 December of the publication year."""

    def f(p):
        d0 = p.date()
        x = D(d0.year, 12, 31)
        return _res(d0, x, f"rest of the year from {d0} = {d0}..{x}")

    return f


def md_window(m1, d1, m2, d2):
    """'at some point between Oct. 15 and Nov. 4': a forecast window given as two year-less dates;
    the start is its next occurrence on or after publication, the end the next on or after the start,
    and any day in between is accepted."""

    def f(p):
        d0 = p.date()
        a = D(d0.year, m1, d1)
        if a < d0:
            a = D(d0.year + 1, m1, d1)
        b = D(a.year, m2, d2)
        if b < a:
            b = D(a.year + 1, m2, d2)
        return _res(a, b, f"window {m1:02d}-{d1:02d}..{m2:02d}-{d2:02d} on/after {d0} = {a}..{b}")

    return f


PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


# ===========================================================================
# United States: shutdowns, debt limit, Congress

P(
    "d2-us-shutdown-jan-2018",
    "2018-01-19 07:30",
    "America/New_York",
    "WASHINGTON (Reuters) - The US Senate was headed for a showdown over a stopgap spending bill that the "
    "House of Representatives approved late on Thursday by 230 votes to 197, with government funding due to run out "
    "at midnight. If it becomes law, the measure would keep federal agencies open until Feb. 16 and extend a health "
    "insurance programme for low-income children for six years, but Senate Democratic leader Chuck Schumer said his "
    "party would not supply the votes needed to pass it without a deal to protect young immigrants brought into the "
    "country illegally as children. Senate Majority Leader Mitch McConnell told reporters the chamber would vote on "
    "the House bill on Friday night. The last shutdown, in October 2013, lasted 16 days and idled hundreds of "
    "thousands of federal workers.",
    [
        C(
            "with government funding due to run out at midnight",
            "at midnight",
            midnight_on("Friday"),
            "deadline",
            None,
            real="2018-01-20",
        ),
        C(
            "the chamber would vote on the House bill on Friday night",
            "on Friday night",
            wd("Friday"),
            "event",
            "Mitch McConnell",
            real="2018-01-19",
        ),
    ],
    "US government shutdown of January 2018: the House passed the four-week continuing resolution (to 16 February) "
    "on Thursday 18 January 2018 by 230-197; the Senate cloture vote failed late on Friday 19 January and funding "
    "lapsed at midnight (shutdown from Saturday 20 January). The 16 February end date is conditional on enactment "
    "(a hypothetical, not labelled); the 2013 shutdown lasted 16 days.",
    [
        "midnight",
        "same-day-future",
        "by-weekday-same-day",
        "past-weekday",
        "hypothetical",
        "past-month",
        "duration",
        "number-like-date",
    ],
)

P(
    "d2-us-debt-limit-oct-2021",
    "2021-09-28 18:00",
    "America/New_York",
    "WASHINGTON (AP) - Treasury Secretary Janet Yellen told lawmakers on Tuesday that the government will likely run "
    "out of room to borrow by Oct. 18, warning that a first-ever default on US debt would be catastrophic for the "
    "economy. The Bipartisan Policy Center, a Washington think tank, has estimated that the Treasury will be unable "
    "to pay all of its bills at some point between Oct. 15 and Nov. 4. Senate Republicans on Monday blocked a bill "
    "that paired a suspension of the $28.4 trillion debt limit with funding to keep the government open past "
    "Thursday, when the fiscal year ends at midnight. The House will vote on Wednesday on a standalone bill to "
    "suspend the debt limit, according to a senior Democratic aide, though Senate Republican leader Mitch McConnell "
    "has said his party will not help Democrats raise it.",
    [
        C(
            "the government will likely run out of room to borrow by Oct. 18",
            "by Oct. 18",
            md(10, 18),
            "prediction",
            "Janet Yellen",
        ),
        C(
            "the Treasury will be unable to pay all of its bills at some point between Oct. 15 and Nov. 4",
            "between Oct. 15 and Nov. 4",
            md_window(10, 15, 11, 4),
            "prediction",
            "the Bipartisan Policy Center",
        ),
        C(
            "keep the government open past Thursday, when the fiscal year ends at midnight",
            "Thursday ... at midnight",
            midnight_on("Thursday"),
            "deadline",
            None,
            real="2021-10-01",
        ),
        C(
            "The House will vote on Wednesday on a standalone bill",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2021-09-29",
        ),
    ],
    "Yellen's letter to Congress and Senate Banking testimony of Tuesday 28 September 2021 (X-date 18 October; "
    "Congress later extended the limit to early December, so no real date); BPC's X-date window of 15 October to "
    "4 November 2021; the Senate blocked the CR/debt-limit bill on Monday 27 September; the fiscal year ended at "
    "midnight on Thursday 30 September (a CR was signed that evening); the House passed the Suspending Outstanding "
    "Debt Act on Wednesday 29 September. The Wednesday vote is reported by an anonymous aide, so no speaker.",
    [
        "range",
        "said-on-day",
        "past-weekday",
        "midnight",
        "explicit-date",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "d2-us-sotu-funding-2024",
    "2024-03-06 08:00",
    "America/New_York",
    "WASHINGTON (Reuters) - The House of Representatives is set to vote on Wednesday on a $460 billion package of six "
    "spending bills, racing to beat a midnight Friday deadline when funding runs out for agencies including the "
    "departments of Agriculture, Transportation and Veterans Affairs. The remaining six bills, which fund the "
    "Pentagon and the Department of Homeland Security among others, face a separate March 22 cut-off, and Speaker "
    "Mike Johnson has said he will not agree to another short-term extension. President Joe Biden, who is all but "
    "certain to face Donald Trump again in the presidential election, will deliver his State of the Union address to "
    "a joint session of Congress at 9 p.m. on Thursday. The fiscal year began on Oct. 1, and Congress has already "
    "passed four stopgap bills to keep the government open since then.",
    [
        C(
            "The House of Representatives is set to vote on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2024-03-06",
        ),
        C(
            "racing to beat a midnight Friday deadline when funding runs out",
            "midnight Friday",
            midnight_on("Friday"),
            "deadline",
            None,
            real="2024-03-08",
        ),
        C(
            "face a separate March 22 cut-off",
            "March 22",
            md(3, 22),
            "deadline",
            None,
            real="2024-03-22",
        ),
        C(
            "will deliver his State of the Union address to a joint session of Congress at 9 p.m. on Thursday",
            "at 9 p.m. on Thursday",
            wd("Thursday", at="21:00"),
            "event",
            None,
            real="2024-03-07",
        ),
    ],
    "FY2024 appropriations: the House passed the first six-bill minibus (about $460 billion) on Wednesday 6 March "
    "2024; that tranche's funding ran out at midnight at the end of Friday 8 March (signed on 9 March); the other six "
    "bills' deadline was 22 March; Biden's State of the Union was at 21:00 ET on Thursday 7 March 2024. FY2024 began "
    "on 1 October 2023 (past) after four continuing resolutions.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "midnight",
        "same-sentence-claims",
        "explicit-date",
        "explicit-past-date",
        "time-local",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "d2-us-skinny-repeal-2017",
    "2017-07-28 09:00",
    "America/New_York",
    "WASHINGTON (Reuters) - The Republican-controlled US Senate early on Friday rejected a scaled-back bill to repeal "
    "parts of Obamacare by 51 votes to 49, after Senator John McCain, who returned to Washington on Tuesday days after "
    "being diagnosed with brain cancer, joined two other Republicans in voting no. The so-called skinny repeal would "
    "have ended the 2010 law's requirement for most Americans to have health insurance and suspended a tax on medical "
    "devices for three years. 'It's time to move on,' Majority Leader Mitch McConnell said on the Senate floor after "
    "the vote, shortly before 2 a.m. Will Republicans try again before the congressional elections in November 2018? "
    "President Donald Trump said on Twitter that the party should let Obamacare implode and then deal.",
    [],
    "Senate vote on the Health Care Freedom Act ('skinny repeal'), about 01:30 ET on Friday 28 July 2017 (49-51); "
    "McCain returned on Tuesday 25 July. Past events, a counterfactual, and a dated question only.",
    [
        "no-claim",
        "question",
        "hypothetical",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "duration",
    ],
)

P(
    "d2-us-mccarthy-15th-ballot-2023",
    "2023-01-07 09:00",
    "America/New_York",
    "WASHINGTON (AP) - Republican Kevin McCarthy was elected speaker of the House of Representatives shortly after "
    "midnight on Saturday on the 15th ballot, ending a four-day standoff with a group of hard-right holdouts that had "
    "left the chamber unable to swear in its members for the first time in a century. McCarthy won 216 votes after "
    "six remaining opponents voted 'present', following a scene on Friday night in which one Republican had to be "
    "physically pulled away from a colleague on the House floor. To win over his critics, he agreed to let any single "
    "lawmaker force a vote to remove the speaker, a concession Democrats warned could leave him at the mercy of a "
    "handful of members. The House is expected to vote on a package of rules reflecting those deals when it next "
    "meets.",
    [],
    "McCarthy elected speaker on the 15th ballot just after midnight on Saturday 7 January 2023 (216 votes); the "
    "Rogers-Gaetz confrontation was on the Friday night. The midnight is past; the rules vote is undated.",
    ["no-claim", "midnight", "past-weekday", "number-like-date", "hypothetical", "undated-future"],
)

# ===========================================================================
# United States: elections and programmes

P(
    "d2-us-iowa-caucuses-london-2024",
    "2024-01-13 10:00",
    "Europe/London",
    "LONDON (Reuters) - Republicans in Iowa will gather in school gyms, churches and community halls at 7 p.m. on "
    "Monday local time (0100 GMT on Tuesday) to cast the first votes of the 2024 presidential nominating contest, in "
    "what could be the coldest caucuses in the state's history. The National Weather Service forecast wind chills as "
    "low as minus 40 degrees Fahrenheit in parts of the state on Monday, raising fears that turnout would suffer. "
    "Donald Trump, who faces four criminal cases, holds a wide lead in polls of the state over Florida Governor Ron "
    "DeSantis and former UN ambassador Nikki Haley, while former New Jersey governor Chris Christie quit the race on "
    "Wednesday. The contest moves on to New Hampshire, which holds its primary on Jan. 23.",
    [
        C(
            "Republicans in Iowa will gather in school gyms, churches and community halls at 7 p.m. on Monday local time",
            "at 7 p.m. on Monday local time (0100 GMT on Tuesday)",
            zoned(wd("Monday"), "19:00", "America/Chicago"),
            "event",
            None,
            real="2024-01-16",
        ),
        C(
            "The National Weather Service forecast wind chills as low as minus 40 degrees Fahrenheit in parts of the state "
            "on Monday",
            "on Monday",
            wd("Monday"),
            "prediction",
            "the National Weather Service",
            real="2024-01-15",
        ),
        C(
            "New Hampshire, which holds its primary on Jan. 23",
            "on Jan. 23",
            md(1, 23),
            "event",
            None,
            real="2024-01-23",
        ),
    ],
    "Iowa Republican caucuses at 19:00 CST on Monday 15 January 2024 = 01:00 GMT on Tuesday 16 January in the "
    "passage's zone (the text gives the GMT time too); NWS wind-chill warnings for Monday 15 January; Christie "
    "withdrew on Wednesday 10 January; New Hampshire primary on 23 January 2024.",
    [
        "time-converted",
        "date-crossing-conversion",
        "past-weekday",
        "explicit-date",
        "number-like-date",
        "hypothetical",
    ],
)

P(
    "d2-us-georgia-runoff-2022",
    "2022-12-03 09:00",
    "America/New_York",
    "ATLANTA (Reuters) - Georgia's Senate runoff between Democratic Senator Raphael Warnock and Republican Herschel "
    "Walker will be held next Tuesday, deciding whether Democrats hold a 51-49 majority in the chamber next year or "
    "remain in a 50-50 Senate where Vice President Kamala Harris casts tie-breaking votes. More than 1.8 million "
    "Georgians voted early, a record for a runoff, before in-person early voting ended on Friday, according to the "
    "secretary of state's office. Former President Barack Obama rallied with Warnock in Atlanta on Thursday, while "
    "Walker, a former football star backed by Donald Trump, will hold a final rally in the Atlanta suburbs on Monday. "
    "Voters must be in line by 7 p.m. on Tuesday to cast a ballot, though election officials have cautioned that a "
    "close result may not be known for a day or more.",
    [
        C(
            "will be held next Tuesday",
            "next Tuesday",
            next_wd("Tuesday"),
            "event",
            None,
            real="2022-12-06",
        ),
        C(
            "will hold a final rally in the Atlanta suburbs on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
        ),
        C(
            "Voters must be in line by 7 p.m. on Tuesday to cast a ballot",
            "by 7 p.m. on Tuesday",
            wd("Tuesday", at="19:00"),
            "deadline",
            None,
            real="2022-12-06",
        ),
    ],
    "Georgia Senate runoff of Tuesday 6 December 2022 (published Saturday 3 December: both readings of 'next "
    "Tuesday' are 6 December); early voting ended Friday 2 December; Obama's Atlanta rally on Thursday 1 December; "
    "Walker's closing rally on Monday 5 December. 'next year' sits inside a 'whether' clause and is not labelled; "
    "the 19:00 cut-off for voters is its own claim (a deadline), labelled separately from the runoff day.",
    ["next-weekday", "past-weekday", "time-local", "may-verb", "hypothetical", "number-like-date"],
)

P(
    "d2-us-medicare-negotiation-2023",
    "2023-08-29 16:00",
    "America/New_York",
    "WASHINGTON (AP) - The Biden administration on Tuesday named the first 10 prescription drugs whose prices "
    "Medicare will negotiate directly with manufacturers, including the blood thinner Eliquis and the diabetes drug "
    "Jardiance, under powers granted by the 2022 Inflation Reduction Act. Drugmakers have until Oct. 1 to sign "
    "agreements to take part in the talks or face an excise tax of up to 95% on the drug's US sales. The Centers for "
    "Medicare and Medicaid Services will send its first offers by Feb. 1, and the negotiated prices, which will be "
    "published by Sept. 1 next year, take effect on Jan. 1, 2026, the agency said. Several companies, including "
    "Merck and Johnson & Johnson, have sued to block the programme, which the industry says will stifle research into "
    "new medicines.",
    [
        C(
            "Drugmakers have until Oct. 1 to sign agreements to take part in the talks or face an excise tax",
            "until Oct. 1",
            md(10, 1),
            "deadline",
            None,
        ),
        C(
            "will send its first offers by Feb. 1",
            "by Feb. 1",
            md(2, 1),
            "promise",
            "the Centers for Medicare and Medicaid Services",
            real="2024-02-01",
        ),
        C(
            "which will be published by Sept. 1 next year",
            "by Sept. 1 next year",
            ymd(2024, 9, 1),
            "promise",
            "the Centers for Medicare and Medicaid Services",
            real="2024-08-15",
            real_le=True,
        ),
        C(
            "take effect on Jan. 1, 2026",
            "on Jan. 1, 2026",
            ymd(2026, 1, 1),
            "event",
            "the Centers for Medicare and Medicaid Services",
        ),
    ],
    "CMS list of the first 10 drugs for Medicare price negotiation, Tuesday 29 August 2023: agreements due "
    "1 October 2023 (excise-tax penalty otherwise, a government's 'or face' threat = deadline), initial offers by "
    "1 February 2024 (sent that day), maximum fair prices published by 1 September 2024 (published 15 August 2024), "
    "effective 1 January 2026. 'the agency said' attributes the whole sentence.",
    [
        "said-on-day",
        "conditional-threat",
        "year-inference",
        "explicit-date",
        "same-sentence-claims",
        "number-like-date",
    ],
)

P(
    "d2-us-aca-enrollment-2017",
    "2017-10-31 10:00",
    "America/New_York",
    "WASHINGTON (Reuters) - Open enrollment for 2018 health plans sold on HealthCare.gov begins on Wednesday and "
    "ends on Dec. 15, giving consumers half as long to sign up as last year, when the window ran until Jan. 31. The "
    "Trump administration has cut the advertising budget for the Affordable Care Act's exchanges by 90% and reduced "
    "grants to navigator groups that help people enroll by 41%, moves Democrats say are intended to undermine the "
    "2010 law. Insurers have raised premiums for many plans sharply since President Donald Trump this month ended "
    "cost-sharing subsidy payments to insurers, though most buyers who qualify for tax credits will be shielded from "
    "the increases.",
    [
        C("begins on Wednesday", "on Wednesday", wd("Wednesday"), "event", None, real="2017-11-01"),
        C("ends on Dec. 15", "on Dec. 15", md(12, 15), "deadline", None, real="2017-12-15"),
    ],
    "ACA open enrollment for 2018 coverage ran from Wednesday 1 November to 15 December 2017 (the previous window "
    "ended 31 January 2017, a past date); CSR payments were halted on 12 October 2017.",
    ["same-sentence-claims", "explicit-date", "explicit-past-date", "number-like-date"],
)

P(
    "d2-us-real-id-2025",
    "2025-05-06 18:00",
    "America/New_York",
    "WASHINGTON (Reuters) - Air travellers in the United States will need a Real ID-compliant driver's licence or "
    "another accepted document, such as a passport, to pass through airport security checkpoints from Wednesday, when "
    "the federal government starts enforcing a law Congress passed in 2005 on the recommendation of the Sept. 11 "
    "commission. Homeland Security Secretary Kristi Noem told lawmakers on Tuesday that passengers without one may be "
    "sent to additional screening but would still be allowed to fly, at least initially. Enforcement has been "
    "postponed several times, first from October 2020, when the pandemic shut motor vehicle offices, and most "
    "recently from May 2023. About 81% of travellers already carry compliant identification, according to the "
    "Transportation Security Administration.",
    [
        C(
            "to pass through airport security checkpoints from Wednesday",
            "from Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2025-05-07",
        )
    ],
    "REAL ID enforcement at TSA checkpoints from Wednesday 7 May 2025 (REAL ID Act of 2005); Noem's House "
    "appropriations testimony of Tuesday 6 May 2025. The October 2020 and May 2023 dates are superseded.",
    ["number-like-date", "may-verb", "superseded-date", "past-month", "said-on-day"],
)

# ===========================================================================
# United Kingdom

P(
    "d2-uk-tory-leadership-ballot-2022",
    "2022-09-02 08:00",
    "Europe/London",
    "LONDON, Sept 2 (Reuters) - Conservative Party members have until 5 p.m. on Friday to vote in the contest to "
    "succeed Boris Johnson as Britain's prime minister, at the end of a summer-long campaign in which Foreign "
    "Secretary Liz Truss has held a commanding lead over former finance minister Rishi Sunak in polls of party "
    "members. The winner will be announced at 12:30 p.m. on Monday by Graham Brady, chairman of the party's 1922 "
    "Committee of backbench lawmakers. Johnson and his successor will then travel to Balmoral, the Queen's estate in "
    "Scotland, on Tuesday, rather than to Buckingham Palace, the palace said on Wednesday. Truss plans to announce a "
    "freeze on household energy bills within days of taking office, according to two people familiar with her plans, "
    "while Sunak has warned that her promised tax cuts would fuel inflation.",
    [
        C(
            "Conservative Party members have until 5 p.m. on Friday to vote in the contest",
            "until 5 p.m. on Friday",
            wd("Friday", at="17:00"),
            "deadline",
            None,
            real="2022-09-02",
        ),
        C(
            "The winner will be announced at 12:30 p.m. on Monday",
            "at 12:30 p.m. on Monday",
            wd("Monday", at="12:30"),
            "event",
            None,
            real="2022-09-05",
        ),
        C(
            "Johnson and his successor will then travel to Balmoral, the Queen's estate in Scotland, on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            "Buckingham Palace",
            real="2022-09-06",
        ),
    ],
    "Conservative leadership ballot closed at 17:00 on Friday 2 September 2022; Brady announced Truss's win at 12:30 "
    "on Monday 5 September; Johnson and Truss saw the Queen at Balmoral on Tuesday 6 September (announced by the "
    "palace on Wednesday 31 August). The energy freeze is anchored to an undated event and not labelled.",
    [
        "by-weekday-same-day",
        "time-local",
        "said-on-day",
        "past-weekday",
        "undated-future",
        "duration",
        "number-like-date",
    ],
)

P(
    "d2-uk-euref-registration-2016",
    "2016-06-08 13:00",
    "Europe/London",
    "LONDON (Reuters) - The deadline to register to vote in Britain's referendum on European Union membership will "
    "be extended until midnight on Thursday after the government's registration website crashed under a late surge "
    "of applications on Tuesday night, Cabinet Office minister Matt Hancock told parliament on Wednesday. Regulations "
    "to extend the cut-off, which had expired at midnight on Tuesday, will be laid before parliament later on "
    "Wednesday, he said, and anyone who applied after the original deadline will be able to vote. More than 500,000 "
    "people applied on Tuesday alone, according to government figures. Britons vote on June 23 on whether to remain "
    "in the EU. Some Leave campaigners said the extension may have been designed to help the Remain side, a charge "
    "the government denied.",
    [
        C(
            "will be extended until midnight on Thursday",
            "until midnight on Thursday",
            midnight_on("Thursday"),
            "deadline",
            "Matt Hancock",
            real="2016-06-09",
        ),
        C(
            "will be laid before parliament later on Wednesday",
            "later on Wednesday",
            wd("Wednesday"),
            "event",
            "Matt Hancock",
        ),
        C("Britons vote on June 23", "on June 23", md(6, 23), "event", None, real="2016-06-23"),
    ],
    "EU referendum registration deadline of 23:59 on Tuesday 7 June 2016; the site crashed that evening and Hancock "
    "announced on Wednesday 8 June an extension to midnight on Thursday 9 June (regulations laid that day); "
    "referendum on 23 June 2016. The original Tuesday deadline is superseded and past.",
    [
        "midnight",
        "same-day-future",
        "pronoun-speaker",
        "said-on-day",
        "past-weekday",
        "superseded-date",
        "may-verb",
        "explicit-date",
        "number-like-date",
    ],
)

P(
    "d2-uk-queens-speech-delay-2017",
    "2017-06-15 09:00",
    "Europe/London",
    "LONDON (Reuters) - The Queen's Speech, in which Prime Minister Theresa May's minority government will set out its "
    "legislative plans, will take place on Wednesday next week, two days later than planned, Andrea Leadsom, the "
    "leader of the House of Commons, said on Monday. The state opening of parliament had been pencilled in for June "
    "19, but talks between May's Conservatives and Northern Ireland's Democratic Unionist Party on a deal to prop up "
    "her government have yet to be concluded. Brexit Secretary David Davis said formal negotiations on Britain's "
    "departure from the European Union would begin in Brussels on Monday as planned. Asked whether a deal with the "
    "DUP would be sealed before the speech, May's spokesman said only that talks were continuing.",
    [
        C(
            "will take place on Wednesday next week",
            "on Wednesday next week",
            wd_next_week("Wednesday"),
            "event",
            "Andrea Leadsom",
            real="2017-06-21",
        ),
        C(
            "would begin in Brussels on Monday as planned",
            "on Monday",
            wd("Monday"),
            "event",
            "David Davis",
            real="2017-06-19",
        ),
    ],
    "Leadsom announced on Monday 12 June 2017 that the Queen's Speech would move from 19 June to Wednesday 21 June "
    "2017 (the superseded 19 June is not labelled); Brexit talks opened in Brussels on Monday 19 June 2017. The DUP "
    "question is undated.",
    ["next-week-weekday", "may-verb", "superseded-date", "said-on-day", "past-weekday", "question"],
)

P(
    "d2-uk-winter-fuel-cut-2024",
    "2024-07-29 18:00",
    "Europe/London",
    "LONDON (Reuters) - British finance minister Rachel Reeves said on Monday that winter fuel payments of up to 300 "
    "pounds a year would be restricted to pensioners who receive pension credit or other means-tested benefits, one "
    "of a series of cuts she said were needed to plug a 22 billion pound hole in this year's public finances. About "
    "10 million pensioners will lose the payment. Pensioners who are eligible for pension credit but have not claimed "
    "it have until Dec. 21 to apply and still receive this winter's payment, because claims can be backdated by three "
    "months, the Department for Work and Pensions said. Reeves also scrapped a cap on care costs that had been due to "
    "take effect in October 2025, and said the full picture would be set out in her first budget later this year.",
    [
        C(
            "have until Dec. 21 to apply and still receive this winter's payment",
            "until Dec. 21",
            md(12, 21),
            "deadline",
            "the Department for Work and Pensions",
            real="2024-12-21",
        ),
        C(
            "the full picture would be set out in her first budget later this year",
            "later this year",
            rest_of_year(),
            "promise",
            "Rachel Reeves",
            real="2024-10-30",
        ),
    ],
    "Reeves's statement on the public finances, Monday 29 July 2024: winter fuel payment means-tested; pension credit "
    "claims made by 21 December 2024 could be backdated to qualify; the adult social care cap due in October 2025 "
    "was cancelled (not labelled); the budget was held on 30 October 2024.",
    [
        "later-this-period",
        "cancelled-date",
        "explicit-date",
        "said-on-day",
        "number-like-date",
        "duration",
        "undated-future",
    ],
)

P(
    "d2-uk-voter-id-deadline-2023",
    "2023-04-24 09:00",
    "Europe/London",
    "LONDON (PA) - Voters in England who lack an accepted form of photo identification have until 5 p.m. on Tuesday "
    "to apply for a free voter authority certificate, the Electoral Commission said, urging people not to leave it to "
    "the last minute. The local elections on May 4, in which more than 8,000 council seats are being contested, will "
    "be the first in England at which voters must show ID at polling stations, under the 2022 Elections Act. Fewer "
    "than 90,000 people had applied for the certificate by last week, against government estimates that about 2 "
    "million people may lack suitable documents. The commission, which has warned that some voters could be turned "
    "away, will publish in September its assessment of how the new rules worked, a spokeswoman said.",
    [
        C(
            "have until 5 p.m. on Tuesday to apply for a free voter authority certificate",
            "until 5 p.m. on Tuesday",
            wd("Tuesday", at="17:00"),
            "deadline",
            "the Electoral Commission",
            real="2023-04-25",
        ),
        C("The local elections on May 4", "on May 4", md(5, 4), "event", None, real="2023-05-04"),
        C(
            "will publish in September its assessment of how the new rules worked",
            "in September",
            in_month(2023, 9),
            "promise",
            "the Electoral Commission",
        ),
    ],
    "Voter Authority Certificate deadline of 17:00 on Tuesday 25 April 2023 for the English local elections of "
    "4 May 2023 (first with photo ID under the Elections Act 2022); the commission's spokeswoman speaks for the "
    "commission (its principal).",
    ["time-local", "explicit-date", "may-verb", "month-period", "number-like-date"],
)

P(
    "d2-uk-spending-review-2025",
    "2025-06-09 07:00",
    "Europe/London",
    "LONDON (Reuters) - British finance minister Rachel Reeves will set out on Wednesday how about 2 trillion pounds "
    "of day-to-day and investment spending is to be shared between government departments for the rest of this "
    "parliament, with health and defence expected to take the lion's share. Reeves has already promised billions of "
    "pounds for transport projects in northern England and the Midlands, and said last week that she was making "
    "different choices from the austerity budgets of her Conservative predecessors. Prime Minister Keir Starmer "
    "pledged in February to raise defence spending to 2.5% of economic output by 2027, and has set an ambition of 3% "
    "in the next parliament. Economists at the Institute for Fiscal Studies said some departments, including the "
    "Home Office, could face real-terms cuts.",
    [
        C(
            "Rachel Reeves will set out on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2025-06-11",
        ),
        C(
            "to raise defence spending to 2.5% of economic output by 2027",
            "by 2027",
            by_year(2027),
            "promise",
            "Keir Starmer",
        ),
    ],
    "UK Spending Review of Wednesday 11 June 2025; Reeves's transport announcement of 4 June 2025; Starmer's pledge of "
    "25 February 2025 (2.5% of GDP by 2027, 3% ambition in the next parliament, undated).",
    ["past-month", "year-period", "number-like-date", "undated-future", "hypothetical"],
)

P(
    "d2-uk-hs2-northern-leg-scrapped-2023",
    "2023-10-04 16:00",
    "Europe/London",
    "MANCHESTER, England (Reuters) - Prime Minister Rishi Sunak on Wednesday scrapped the northern leg of the HS2 "
    "high-speed railway between Birmingham and Manchester, telling the Conservative Party's annual conference in the "
    "city that the facts had changed and that the project's costs had more than doubled. The line, first approved in "
    "2012, had been due to reach Manchester by the early 2040s, and in March the government had already delayed "
    "construction of the section between Birmingham and Crewe by two years. Sunak said the 36 billion pounds saved "
    "would be reinvested in hundreds of smaller transport projects across the north and the Midlands under a plan he "
    "called Network North, though he gave no timetable for most of them. Andy Burnham, the mayor of Greater "
    "Manchester, said the decision would leave the north with a 'second-class' railway.",
    [],
    "Sunak's conference speech of Wednesday 4 October 2023 cancelling HS2 Phase 2 north of Birmingham; the Crewe "
    "section was delayed by two years on 9 March 2023. The Manchester date is cancelled; Network North is undated.",
    [
        "no-claim",
        "cancelled-date",
        "past-month",
        "said-on-day",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "d2-uk-raac-schools-2023",
    "2023-09-04 12:00",
    "Europe/London",
    "LONDON (Reuters) - Education Secretary Gillian Keegan said on Monday that the government would publish a full "
    "list of schools in England affected by crumbling concrete in the coming days, after more than 100 schools were "
    "told last Thursday, days before the new term, to close buildings made with reinforced autoclaved aerated "
    "concrete. Keegan told BBC radio that some pupils may have to be taught in temporary classrooms or at home for a "
    "period, and that the government would pay for the repairs. Asked whether more schools would have to shut before "
    "the end of September, she said she could not rule it out. The lightweight material, known as RAAC, was widely "
    "used in public buildings from the 1950s to the mid-1990s.",
    [],
    "RAAC school closures in England: 104 schools told on Thursday 31 August 2023 to close affected buildings; "
    "Keegan's interviews of Monday 4 September; the list was published on 6 September. Undated futures, a possibility "
    "and an indirect question only.",
    [
        "no-claim",
        "undated-future",
        "question",
        "may-verb",
        "past-weekday",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "d2-uk-johnson-confidence-vote-2022",
    "2022-06-07 12:00",
    "Europe/London",
    "LONDON (Reuters) - Boris Johnson vowed on Tuesday to 'get on with the job' after surviving a confidence vote of "
    "Conservative lawmakers on Monday night in which 148 of them, 41% of the parliamentary party, voted to remove him "
    "over lockdown-breaking parties in Downing Street. Under the party's current rules he cannot face another such "
    "challenge for 12 months, though the 1922 Committee, which organises the votes, may change them. Theresa May won "
    "a similar vote in December 2018 by a wider margin, only to be forced out six months later. Johnson's critics said "
    "the result left him badly wounded, and two forthcoming by-elections, in Wakefield and in Tiverton and Honiton, "
    "will be seen as a test of his standing with voters.",
    [],
    "Conservative confidence vote of Monday 6 June 2022 (211-148); May's vote of 12 December 2018. An unanchored "
    "duration, a possibility, past dates and undated futures only.",
    [
        "no-claim",
        "may-verb",
        "past-weekday",
        "said-on-day",
        "duration",
        "past-month",
        "hypothetical",
        "undated-future",
        "number-like-date",
    ],
)

# ===========================================================================
# Canada

P(
    "d2-canada-snap-election-2021",
    "2021-08-15 13:00",
    "America/Toronto",
    "OTTAWA (Reuters) - Canadian Prime Minister Justin Trudeau on Sunday called an early election for Sept. 20, "
    "betting that voters will reward his handling of the COVID-19 pandemic by returning his Liberals to the majority "
    "they lost in 2019. Governor General Mary Simon agreed to his request to dissolve Parliament, setting off a "
    "36-day campaign, the shortest allowed under Canadian law. Opposition leaders accused Trudeau of putting his "
    "ambitions ahead of public health as a fourth wave of infections driven by the Delta variant gathers pace. "
    "Conservative leader Erin O'Toole, campaigning in Ottawa, said he would balance the budget within a decade "
    "without cutting health spending.",
    [
        C(
            "called an early election for Sept. 20",
            "for Sept. 20",
            md(9, 20),
            "event",
            "Justin Trudeau",
            real="2021-09-20",
        ),
        C(
            "he would balance the budget within a decade",
            "within a decade",
            in_years(10),
            "promise",
            "Erin O'Toole",
        ),
    ],
    "Trudeau's election call of Sunday 15 August 2021 (vote on 20 September 2021); O'Toole's pledge to balance the "
    "budget within ten years. 'within a decade' is a duration from the publication day (README rule).",
    ["said-on-day", "explicit-date", "duration", "number-like-date"],
)

P(
    "d2-canada-dental-plan-2023",
    "2023-12-11 14:00",
    "America/Toronto",
    "OTTAWA (CP) - Canada's health minister, Mark Holland, on Monday unveiled the details of a new federal dental care "
    "plan for uninsured families earning less than $90,000 a year, a programme the Liberal government agreed to "
    "create in March 2022 in return for the New Democrats' support in Parliament. Seniors aged 77 to 86 will be able "
    "to apply in January, after those aged 87 and over, and the first patients will be covered in May, Holland said. "
    "Children under 18 and people with a valid disability tax credit certificate can apply from June, and all "
    "remaining eligible Canadians in 2025, Health Canada said. The programme, expected to cost about $13 billion over "
    "five years, will be administered by the insurer Sun Life.",
    [
        C(
            "Seniors aged 77 to 86 will be able to apply in January",
            "in January",
            in_month(2024, 1),
            "promise",
            "Mark Holland",
            real="2024-01-01",
        ),
        C(
            "the first patients will be covered in May",
            "in May",
            in_month(2024, 5),
            "promise",
            "Mark Holland",
            real="2024-05-01",
        ),
        C(
            "Children under 18 and people with a valid disability tax credit certificate can apply from June",
            "from June",
            in_month(2024, 6),
            "promise",
            "Health Canada",
            real="2024-06-27",
        ),
        C(
            "all remaining eligible Canadians in 2025",
            "in 2025",
            in_year(2025),
            "promise",
            "Health Canada",
        ),
    ],
    "Canadian Dental Care Plan details of Monday 11 December 2023: seniors 77-86 apply in January 2024, coverage "
    "from May 2024, children and DTC holders from June 2024 (online applications opened 27 June), the rest in 2025; "
    "the NDP-Liberal supply-and-confidence agreement dates from March 2022 (past).",
    [
        "year-inference",
        "month-period",
        "year-period",
        "same-sentence-claims",
        "said-on-day",
        "number-like-date",
        "duration",
    ],
)

P(
    "d2-canada-carbon-price-ended-2025",
    "2025-03-14 19:00",
    "America/Toronto",
    "OTTAWA (Reuters) - Mark Carney, sworn in on Friday as Canada's 24th prime minister, signed an order at his first "
    "cabinet meeting ending the consumer carbon price from April 1, delivering on a pledge he made during the Liberal "
    "leadership race. The levy on gasoline, diesel and home heating fuel, introduced in 2019, had been due to rise on "
    "the same date. Households will receive a final quarterly rebate in April, Carney told reporters. Economists "
    "expect the change to knock about 0.6 percentage point off Canada's annual inflation rate in April, and "
    "Conservative leader Pierre Poilievre said the Liberals would bring the tax back after the next election.",
    [
        C(
            "ending the consumer carbon price from April 1",
            "from April 1",
            md(4, 1),
            "event",
            "Mark Carney",
            real="2025-04-01",
        ),
        C(
            "Households will receive a final quarterly rebate in April",
            "in April",
            in_month(2025, 4),
            "promise",
            "Mark Carney",
            real="2025-04-22",
        ),
        C(
            "Economists expect the change to knock about 0.6 percentage point off Canada's annual inflation rate in April",
            "in April",
            in_month(2025, 4),
            "prediction",
            "economists",
        ),
    ],
    "Carney's swearing-in and first cabinet order of Friday 14 March 2025: fuel charge set to zero from 1 April 2025 "
    "(an ordered measure: event, Carney as speaker); the scheduled 1 April rise is cancelled (not labelled); the final "
    "Canada Carbon Rebate was paid on 22 April 2025.",
    ["cancelled-date", "explicit-date", "month-period", "number-like-date", "undated-future"],
)

P(
    "d2-canada-election-result-2019",
    "2019-10-22 08:00",
    "America/Toronto",
    "TORONTO (Reuters) - Prime Minister Justin Trudeau's Liberals won the most seats in Monday's Canadian election but "
    "lost their majority in parliament, leaving him dependent on smaller parties to pass legislation after a campaign "
    "overshadowed by old photographs of him in blackface. With nearly all results in, the Liberals had 157 of the 338 "
    "seats in the House of Commons, short of the 170 needed for a majority, while Andrew Scheer's Conservatives took "
    "121 seats and narrowly won the popular vote. The separatist Bloc Quebecois surged to 32 seats, and the "
    "left-leaning New Democrats, whose support Trudeau may need in confidence votes, fell to 24. Trudeau said he would "
    "not seek a formal coalition, and it is not yet clear when the new parliament will sit.",
    [],
    "Canadian federal election of Monday 21 October 2019 (Liberals 157, Conservatives 121, Bloc 32, NDP 24). A past "
    "weekday in possessive form and undated futures only.",
    ["no-claim", "past-weekday", "may-verb", "undated-future", "number-like-date"],
)

# ===========================================================================
# Australia

P(
    "d2-australia-election-called-2022",
    "2022-04-10 14:00",
    "Australia/Sydney",
    "CANBERRA (Reuters) - Australian Prime Minister Scott Morrison on Sunday called a federal election for May 21, "
    "launching a six-week campaign in which his conservative coalition, behind the Labor opposition in opinion polls, "
    "will seek a rare fourth term. Morrison, whose government was shaken last year by the March 4 Justice protests "
    "over the treatment of women in parliament, said voters faced a choice between a government with a proven "
    "economic record and an untested opposition leader, Anthony Albanese. The electoral roll closes at 8 p.m. on "
    "April 18, and anyone not enrolled by then will be unable to vote, the Australian Electoral Commission said. "
    "Albanese has promised to set up a national anti-corruption commission by the end of the year, while most "
    "economists expect the Reserve Bank of Australia to raise interest rates in June for the first time since 2010.",
    [
        C(
            "called a federal election for May 21",
            "for May 21",
            md(5, 21),
            "event",
            "Scott Morrison",
            real="2022-05-21",
        ),
        C(
            "The electoral roll closes at 8 p.m. on April 18",
            "at 8 p.m. on April 18",
            md(4, 18, at="20:00"),
            "deadline",
            "the Australian Electoral Commission",
        ),
        C(
            "Albanese has promised to set up a national anti-corruption commission by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Anthony Albanese",
        ),
        C(
            "most economists expect the Reserve Bank of Australia to raise interest rates in June",
            "in June",
            in_month(2022, 6),
            "prediction",
            "economists",
        ),
    ],
    "Morrison's election call of Sunday 10 April 2022 (election 21 May 2022); close of rolls at 20:00 on 18 April "
    "2022; Albanese's NACC-by-end-2022 pledge (the act passed on 30 November, the commission opened in July 2023, so "
    "no real date); the RBA's first hike came on 3 May 2022, so June is a forecast not met. 'March 4 Justice' names "
    "the March 2021 protests; 'by then' refers back to the roll deadline.",
    [
        "said-on-day",
        "explicit-date",
        "time-local",
        "year-end",
        "month-period",
        "march-noun",
        "same-sentence-claims",
        "duration",
        "number-like-date",
    ],
)

P(
    "d2-australia-stage-three-redesign-2024",
    "2024-01-25 15:00",
    "Australia/Sydney",
    "CANBERRA - Australian Prime Minister Anthony Albanese on Thursday unveiled an overhaul of the so-called stage "
    "three income tax cuts, saying every taxpayer would get a tax cut from July 1, in a reversal of his promise to "
    "deliver the package legislated by Scott Morrison's government in 2019 unchanged. Under the new design, people "
    "earning less than A$150,000 a year will get a bigger cut than originally planned, while the highest earners will "
    "get about half as much, Treasurer Jim Chalmers told reporters. Parliament returns on Feb. 6, and the government "
    "will introduce the legislation then. Chalmers said the changes would not add to inflation, which he expects to "
    "return to the Reserve Bank's 2% to 3% target band next year. Opposition leader Peter Dutton accused Albanese of "
    "lying to voters but said the Coalition may not block the cuts.",
    [
        C(
            "every taxpayer would get a tax cut from July 1",
            "from July 1",
            md(7, 1),
            "promise",
            "Anthony Albanese",
            real="2024-07-01",
        ),
        C("Parliament returns on Feb. 6", "on Feb. 6", md(2, 6), "event", None, real="2024-02-06"),
        C(
            "which he expects to return to the Reserve Bank's 2% to 3% target band next year",
            "next year",
            in_year(2025),
            "prediction",
            "Jim Chalmers",
        ),
    ],
    "Albanese's stage 3 announcement of Thursday 25 January 2024 (cuts from 1 July 2024); parliament resumed on "
    "Tuesday 6 February 2024 ('then' refers back to it); Chalmers's forecast of inflation back in the target band in "
    "2025.",
    [
        "said-on-day",
        "explicit-date",
        "may-verb",
        "pronoun-speaker",
        "number-like-date",
        "year-period",
    ],
)

P(
    "d2-australia-vape-import-ban-2023",
    "2023-11-28 12:00",
    "Australia/Sydney",
    "SYDNEY (Reuters) - Australia will ban imports of disposable vapes from Jan. 1 and of all other non-therapeutic "
    "vapes, including refillable devices, from March 1, Health Minister Mark Butler said on Tuesday, as the government "
    "tries to stop a surge in vaping among teenagers. Importers of vapes for therapeutic use will need a licence from "
    "the Office of Drug Control and will have to certify that their products meet new standards, he said. Butler said "
    "legislation to ban the domestic manufacture, supply and commercial possession of recreational vapes would be "
    "introduced early next year, and he expected it to pass by the middle of 2024. About one in six Australians aged "
    "14 to 17 has vaped, according to government figures.",
    [
        C(
            "Australia will ban imports of disposable vapes from Jan. 1",
            "from Jan. 1",
            md(1, 1),
            "promise",
            "Mark Butler",
            real="2024-01-01",
        ),
        C(
            "of all other non-therapeutic vapes, including refillable devices, from March 1",
            "from March 1",
            md(3, 1),
            "promise",
            "Mark Butler",
            real="2024-03-01",
        ),
        C(
            "would be introduced early next year",
            "early next year",
            early_year(2024),
            "promise",
            "Mark Butler",
            real="2024-03-21",
        ),
        C(
            "he expected it to pass by the middle of 2024",
            "by the middle of 2024",
            mid_year(2024),
            "prediction",
            "Mark Butler",
        ),
    ],
    "Butler's announcement of Tuesday 28 November 2023: disposable vape import ban from 1 January 2024, all "
    "non-therapeutic vape imports from 1 March 2024; the Vaping Reforms bill was introduced on 21 March 2024 and "
    "passed in late June 2024.",
    [
        "year-inference",
        "same-sentence-claims",
        "early-year",
        "mid-year",
        "pronoun-speaker",
        "said-on-day",
        "explicit-date",
        "number-like-date",
    ],
)

P(
    "d2-australia-morrison-sworn-in-2018",
    "2018-08-24 20:00",
    "Australia/Sydney",
    "CANBERRA (Reuters) - Scott Morrison was sworn in as Australia's 30th prime minister on Friday after Malcolm "
    "Turnbull was ousted in a party-room revolt, making him the country's sixth leader in 11 years. Morrison, the "
    "treasurer, beat Home Affairs Minister Peter Dutton, who led the rebellion from the party's right, by 45 votes to "
    "40 in a ballot of Liberal lawmakers, after Foreign Minister Julie Bishop was knocked out in the first round. "
    "Turnbull, who survived a first challenge from Dutton on Tuesday, told reporters he would leave parliament before "
    "long, a move that could cost the government its one-seat majority. Morrison did not say when he would call the "
    "next federal election, and some Liberals fear the party may lose it.",
    [],
    "Liberal leadership spill of Friday 24 August 2018 (Morrison 45, Dutton 40) after the Tuesday 21 August "
    "challenge; Morrison sworn in that evening. Past events, a possibility and undated futures only.",
    [
        "no-claim",
        "past-weekday",
        "said-on-day",
        "may-verb",
        "hypothetical",
        "undated-future",
        "number-like-date",
    ],
)

# ===========================================================================
# European Union

P(
    "d2-eu-entry-exit-system-2025",
    "2025-10-10 08:00",
    "Europe/London",
    "LONDON (Reuters) - Travellers from Britain and other non-EU countries will have their fingerprints taken and "
    "faces photographed the first time they cross into the Schengen area from Sunday, when the European Union's "
    "long-delayed Entry/Exit System begins operating. The system, which will eventually replace passport stamps, had "
    "been due to start on Nov. 10 last year, but Brussels shelved that date last October after France, Germany and "
    "the Netherlands warned that their border posts were not ready. It will be phased in over six months and must be "
    "running at every external border crossing by April 10, the European Commission said. A separate travel "
    "authorisation scheme, ETIAS, which will charge most visitors 20 euros, is expected to start in the last quarter "
    "of 2026, according to the Commission.",
    [
        C(
            "the first time they cross into the Schengen area from Sunday",
            "from Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2025-10-12",
        ),
        C(
            "must be running at every external border crossing by April 10",
            "by April 10",
            md(4, 10),
            "deadline",
            "the European Commission",
        ),
        C(
            "is expected to start in the last quarter of 2026",
            "in the last quarter of 2026",
            quarter(2026, 4),
            "prediction",
            "the European Commission",
        ),
    ],
    "EES start on Sunday 12 October 2025 with a six-month progressive roll-out to 10 April 2026 (year inferred); "
    "the 10 November 2024 start was dropped in October 2024 (cancelled, not labelled); ETIAS planned for the last "
    "quarter of 2026.",
    [
        "cancelled-date",
        "explicit-past-date",
        "last-month",
        "year-inference",
        "quarter",
        "duration",
        "number-like-date",
    ],
)

P(
    "d2-eu-covid-certificate-2021",
    "2021-06-14 17:00",
    "Europe/Brussels",
    "STRASBOURG (AFP) - The heads of the European Parliament, the European Commission and the EU Council presidency "
    "signed the bloc's Covid certificate into law on Monday, hailing it as a step towards restoring free movement "
    "after more than a year of pandemic restrictions. The certificate, which will show whether the holder has been "
    "vaccinated, has recently tested negative or has recovered from the virus, will apply across the European Union "
    "from July 1. Several countries, including Germany, Greece and Poland, have already begun issuing the free "
    "QR-code documents, and Commission President Ursula von der Leyen said the rest should be ready by the end of "
    "the month. Countries that are not ready on time will have a six-week grace period in which older national "
    "certificates are still accepted, and governments may still impose quarantines if infections rise again.",
    [
        C(
            "will apply across the European Union from July 1",
            "from July 1",
            md(7, 1),
            "event",
            None,
            real="2021-07-01",
        ),
        C(
            "the rest should be ready by the end of the month",
            "by the end of the month",
            this_end_of_month(),
            "deadline",
            "Ursula von der Leyen",
        ),
    ],
    "EU Digital COVID Certificate regulation signed in Strasbourg on Monday 14 June 2021 by Sassoli, von der Leyen "
    "and Costa; applicable from 1 July 2021 with a six-week phase-in. A target set for other governments (ready by "
    "30 June) is a deadline.",
    ["said-on-day", "explicit-date", "end-of-month", "duration", "may-verb", "hypothetical"],
)

P(
    "d2-eu-von-der-leyen-vote-2024",
    "2024-07-16 12:00",
    "Europe/Paris",
    "STRASBOURG, France (AP) - Ursula von der Leyen faces a secret ballot in the European Parliament on Thursday to "
    "win a second five-year term as president of the European Commission, and needs the support of at least 361 of "
    "the assembly's 720 members. EU leaders nominated her last month, but she scraped through by only nine votes in "
    "2019, and some members of the centrist and conservative groups that back her have said they will vote against "
    "her. She will address lawmakers on Thursday morning to set out her priorities, and has spent the past week "
    "courting the Greens with assurances that she will not water down the bloc's climate goals. If she loses "
    "Thursday's vote, EU leaders would have a month to propose another candidate.",
    [
        C(
            "faces a secret ballot in the European Parliament on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2024-07-18",
        ),
        C(
            "She will address lawmakers on Thursday morning",
            "on Thursday morning",
            wd("Thursday"),
            "event",
            None,
            real="2024-07-18",
        ),
    ],
    "European Parliament vote of Thursday 18 July 2024 (401 votes for von der Leyen) after her morning speech; "
    "nominated by the European Council on 27 June 2024; 2019 margin of nine votes. 'Thursday's vote' repeats the "
    "first claim inside a hypothetical and is not labelled again.",
    ["repeated-claim", "hypothetical", "past-month", "duration", "number-like-date"],
)

"""Tuning passages written blind: national politics and society in the United States, Britain, Canada, Australia, India, New Zealand and Ireland (funding deadlines, trials and sentencing, impeachment and election timetables, referendums, public-health mandates, policing, strikes, storms, fires and floods) written as wire copy, political reporting, local news and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_month,
    in_days_anchored,
    md,
    md_span,
    mid_year,
    month_named_end,
    next_month,
    no_claim_adder,
    passage_adder,
    this_year_end,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ---------------------------------------------------------------------------
# Local date rules (same result shape as build.py's rules).


def _r(lo, hi, desc, time=None):
    return {"due": lo, "due_max": hi, "time": time, "desc": desc}


def week_of(month, day):
    """'in the week of Feb. 8': the seven days starting on that (year-less) date, next occurrence."""
    def f(p):
        d0 = p.date()
        a = dt.date(d0.year, month, day)
        if a < d0:
            a = dt.date(d0.year + 1, month, day)
        b = a + dt.timedelta(6)
        return _r(a, b, f"week of {month:02d}-{day:02d} on/after {d0} = {a}..{b}")
    return f


def md_span_at(m1, d1, m2, d2, hhmm):
    """md_span with the start time given in the text ('from 7 a.m. on March 13 to 7 a.m. on March 16')."""
    def f(p):
        r = md_span(m1, d1, m2, d2)(p)
        return _r(r["due"], r["due_max"], r["desc"] + f", starting {hhmm}", hhmm)
    return f


def by_quarter_end(y, q):
    """'by the June quarter of 2024': a 'by' period, so the quarter's last day."""
    def f(p):
        m = 3 * q
        x = dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1)
        return _r(x, x, f"last day of Q{q} {y} = {x}")
    return f


def financial_year_au(y1):
    """Australian financial year 'y1-(y1+1)': 1 July y1 .. 30 June y1+1 (the whole period)."""
    def f(p):
        a, b = dt.date(y1, 7, 1), dt.date(y1 + 1, 6, 30)
        return _r(a, b, f"Australian financial year {y1}-{str(y1 + 1)[2:]} = {a}..{b}")
    return f


# ===========================================================================
# United States: Congress, courts, campaigns

P(
    "tn-us-stopgap-nov17-2023",
    "2023-09-30 23:55",
    "America/New_York",
    "WASHINGTON (AP) - A federal government shutdown was averted late on Saturday when Congress passed a "
    "last-minute stopgap bill, hours before funding was due to lapse at 12:01 a.m. on Sunday. The measure, which "
    "cleared the House 335-91 after Speaker Kevin McCarthy dropped his demand for steep spending cuts and relied "
    "on Democratic votes, then passed the Senate 88-9, keeps agencies funded at current levels until Nov. 17. "
    "President Joe Biden signed it shortly before midnight. The package carries $16 billion in disaster aid but no "
    "new money for Ukraine, which Biden said he expected McCarthy to bring to a vote soon. Hard-right Republicans, "
    "furious that McCarthy had worked with Democrats, have threatened to try to remove him as speaker.",
    [
        C(
            "keeps agencies funded at current levels until Nov. 17",
            "until Nov. 17",
            md(11, 17),
            "deadline",
            None,
            real="2023-11-17",
        ),
    ],
    "Continuing resolution passed Saturday 30 September 2023 (House 335-91, Senate 88-9) and signed by Biden "
    "before midnight; it funded the government through Friday 17 November 2023, when a second stopgap was passed "
    "(the 17 November cut-off itself was real). The 12:01 a.m. Sunday lapse was averted (cancelled date); "
    "'soon' is undated; the threat to oust McCarthy has no date.",
    ["cancelled-date", "number-like-date", "undated-future", "midnight", "explicit-date"],
)

P(
    "tn-trump-guilty-verdict-2024",
    "2024-05-30 19:30",
    "America/New_York",
    "NEW YORK (Reuters) - Donald Trump became the first former US president convicted of a crime on Thursday, when "
    "a Manhattan jury found him guilty on all 34 felony counts of falsifying business records to hide a $130,000 "
    "payment to porn star Stormy Daniels before the 2016 election. The 12 jurors reached their verdict after about "
    "11 hours of deliberations spread over Wednesday and Thursday. Justice Juan Merchan set sentencing for July 11, "
    "days before the Republican National Convention opens in Milwaukee on July 15. Speaking to reporters in the "
    "courthouse hallway, Trump called the trial a disgrace and said the real verdict would be delivered by voters "
    "on Nov. 5. His lawyers are expected to appeal.",
    [
        C("Justice Juan Merchan set sentencing for July 11", "for July 11", md(7, 11), "event", "Juan Merchan"),
        C(
            "the Republican National Convention opens in Milwaukee on July 15",
            "on July 15",
            md(7, 15),
            "event",
            None,
            real="2024-07-15",
        ),
        C(
            "the real verdict would be delivered by voters on Nov. 5",
            "on Nov. 5",
            md(11, 5),
            "event",
            "Donald Trump",
            real="2024-11-05",
        ),
    ],
    "Verdict of Thursday 30 May 2024 in People v. Trump. Sentencing was set for 11 July 2024 but later postponed "
    "(to 18 September, then 26 November; Trump was finally sentenced on 10 January 2025), so no real date is "
    "recorded for it; the judge who set it is the speaker. RNC opened 15 July 2024; election 5 November 2024 "
    "(the voting day is a scheduled event, here put in Trump's words, so he is the speaker). Wednesday is a past "
    "weekday; 'expected to appeal' is undated.",
    ["same-sentence-claims", "past-weekday", "number-like-date", "said-on-day", "explicit-date", "undated-future"],
)

P(
    "tn-trump-impeachment-trial-timetable-2021",
    "2021-01-22 20:30",
    "America/New_York",
    "WASHINGTON - The House of Representatives will deliver its article of impeachment against Donald Trump to "
    "the Senate on Monday, Majority Leader Chuck Schumer said on Friday, setting in motion the first trial of a "
    "former president. Under a timetable Schumer agreed with Republican leader Mitch McConnell, senators will be "
    "sworn in as jurors on Tuesday and the proceedings will then pause to give both sides time to file briefs, with "
    "arguments beginning in the week of Feb. 8. McConnell had asked for the trial to be pushed back to "
    "mid-February so that Trump's new legal team could prepare. The House impeached Trump on Jan. 13, a week after "
    "a mob of his supporters stormed the Capitol, charging him with incitement of insurrection.",
    [
        C(
            "will deliver its article of impeachment against Donald Trump to the Senate on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "Chuck Schumer",
            real="2021-01-25",
        ),
        C(
            "senators will be sworn in as jurors on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2021-01-26",
        ),
        C(
            "with arguments beginning in the week of Feb. 8",
            "in the week of Feb. 8",
            week_of(2, 8),
            "event",
            None,
            real="2021-02-09",
        ),
    ],
    "Schumer's floor announcement of Friday 22 January 2021: article delivered Monday 25 January, senators sworn "
    "in Tuesday 26 January, trial arguments from the week of 8 February (the trial opened Tuesday 9 February). "
    "The Tuesday and February dates come from a timetable agreed by two leaders, so no single speaker is given "
    "(editor's reading: a scheduled event attributed to an agreement, not to one person). McConnell's "
    "mid-February request was rejected (cancelled date); 13 January is past.",
    ["cancelled-date", "explicit-past-date", "said-on-day", "range", "same-sentence-claims", "explicit-date"],
)

P(
    "tn-biden-trump-cnn-debate-2024",
    "2024-06-27 07:30",
    "Europe/London",
    "LONDON - Joe Biden and Donald Trump meet in Atlanta at 9 p.m. Eastern time on Thursday for the first debate "
    "of the US presidential race, a rematch of their two bad-tempered encounters in 2020 and the earliest "
    "general-election debate in modern American history. The 90-minute event, hosted by CNN, will have no studio "
    "audience, and each candidate's microphone will be muted while the other is speaking. Trump is expected to be "
    "formally nominated at the Republican convention in Milwaukee next month, while Biden's campaign is counting on "
    "the debate to calm doubts about his age. A second debate, on ABC, is scheduled for Sept. 10. National polls "
    "show the two men roughly tied.",
    [
        C(
            "meet in Atlanta at 9 p.m. Eastern time on Thursday",
            "at 9 p.m. Eastern time on Thursday",
            zoned(wd("Thursday"), "21:00", "America/New_York"),
            "event",
            None,
            real="2024-06-28",
        ),
        C(
            "Trump is expected to be formally nominated at the Republican convention in Milwaukee next month",
            "next month",
            next_month(),
            "prediction",
            None,
            real="2024-07-15",
        ),
        C("A second debate, on ABC, is scheduled for Sept. 10", "for Sept. 10", md(9, 10), "event", None,
          real="2024-09-10"),
    ],
    "CNN debate in Atlanta, Thursday 27 June 2024, 21:00 EDT = 02:00 BST on Friday 28 June in London (the "
    "converted local date is due). Trump was nominated by roll call on 15 July 2024; the ABC debate of 10 "
    "September 2024 went ahead, against Kamala Harris. The nomination is an unattributed expectation "
    "(prediction, no speaker). '90-minute' is a duration; 2020 is background.",
    ["time-converted", "date-crossing-conversion", "month-period", "number-like-date", "explicit-date", "duration"],
)

# ===========================================================================
# United States: weather, public health, policing

P(
    "tn-hurricane-idalia-landfall-2023",
    "2023-08-29 11:15",
    "America/New_York",
    "11:15 a.m. EDT - Hurricane Idalia is forecast to slam into Florida's Big Bend region on Wednesday morning as "
    "an extremely dangerous major hurricane, the National Hurricane Center said in its latest advisory, with a "
    "storm surge of 12 to 16 feet possible along parts of the sparsely populated coast. Tropical-storm-force winds "
    "are expected to reach the southwest Florida coast by Tuesday evening, the center said. Gov. Ron DeSantis, who declared a state of emergency on Saturday and has since extended it "
    "to 46 counties, told residents in evacuation zones that they did not need to drive hundreds of miles, only "
    "tens of miles, to reach safety. Forecasters in Tallahassee noted that no major hurricane on record, going "
    "back to 1851, had ever struck the coast of Apalachee Bay.",
    [
        C(
            "is forecast to slam into Florida's Big Bend region on Wednesday morning",
            "on Wednesday morning",
            wd("Wednesday"),
            "prediction",
            "the National Hurricane Center",
            real="2023-08-30",
        ),
        C(
            "Tropical-storm-force winds are expected to reach the southwest Florida coast by Tuesday evening",
            "by Tuesday evening",
            wd("Tuesday"),
            "prediction",
            "the National Hurricane Center",
        ),
    ],
    "Live update of Tuesday 29 August 2023; Idalia made landfall near Keaton Beach at about 7:45 a.m. on "
    "Wednesday 30 August 2023 as a Category 3 storm. DeSantis declared the emergency on Saturday 26 August "
    "(past weekday). 'by Tuesday evening' in a Tuesday update is the same day. 'possible' surge has no "
    "separate date; 1851 is background.",
    ["same-day-future", "past-weekday", "by-weekday-same-day", "number-like-date", "multi-claim"],
)

P(
    "tn-biden-vaccine-eligibility-april19-2021",
    "2021-04-06 16:30",
    "America/New_York",
    "President Joe Biden said on Tuesday that he was moving up his deadline for states to make every adult in the "
    "United States eligible for a coronavirus vaccine to April 19, nearly two weeks earlier than the May 1 target "
    "he set in a prime-time address last month. Speaking after touring a vaccination site in Alexandria, "
    "Virginia, Biden said 150 million shots had been given in his first 75 days in office and that he was "
    "confident of hitting his goal of 200 million by the end of April. 'We're not at the finish line,' he warned, "
    "urging Americans to keep wearing masks as cases rise in Michigan and other states. About three dozen states "
    "have already opened eligibility to all adults.",
    [
        C(
            "he was moving up his deadline for states to make every adult in the United States eligible for a "
            "coronavirus vaccine to April 19",
            "to April 19",
            md(4, 19),
            "deadline",
            "Joe Biden",
            real="2021-04-19",
        ),
        C(
            "he was confident of hitting his goal of 200 million by the end of April",
            "by the end of April",
            month_named_end(4),
            "promise",
            "Joe Biden",
            real="2021-04-21",
            real_le=True,
        ),
    ],
    "Biden's remarks of Tuesday 6 April 2021 (the 19 April date superseded the 1 May target of his 11 March "
    "address; all states had opened eligibility by 19 April). The 200 million-shot goal for his first 100 days "
    "(by 30 April) was reached on 21 April 2021. A target set for the states is a deadline; the federal "
    "vaccination goal is the administration's own, so a promise. '75 days' is a duration.",
    ["superseded-date", "end-of-month", "said-on-day", "duration", "number-like-date", "last-month",
     "explicit-date"],
)

P(
    "tn-osha-vaccine-mandate-jan4-2021",
    "2021-11-04 15:00",
    "America/New_York",
    "WASHINGTON (Reuters) - Workers at US companies with 100 or more employees must be fully vaccinated against "
    "COVID-19 by Jan. 4 or be tested weekly, the Biden administration said on Thursday, giving businesses more "
    "time than many had expected ahead of the holiday season. The Occupational Safety and Health Administration "
    "rule, which covers about 84 million workers, also requires unvaccinated staff to wear masks at work from Dec. "
    "5. Employers that fail to comply could be fined nearly $14,000 per violation. The administration also pushed "
    "back a Dec. 8 deadline for federal contractors to Jan. 4, bringing the two into line. Several "
    "Republican-led states said they would sue to block the rule.",
    [
        C(
            "must be fully vaccinated against COVID-19 by Jan. 4 or be tested weekly",
            "by Jan. 4",
            md(1, 4),
            "deadline",
            "the Biden administration",
        ),
        C(
            "also requires unvaccinated staff to wear masks at work from Dec. 5",
            "from Dec. 5",
            md(12, 5),
            "deadline",
            None,
        ),
        C(
            "pushed back a Dec. 8 deadline for federal contractors to Jan. 4",
            "to Jan. 4",
            md(1, 4),
            "deadline",
            "the Biden administration",
        ),
    ],
    "OSHA emergency temporary standard announced Thursday 4 November 2021: vaccination or weekly testing by 4 "
    "January 2022, masking from 5 December 2021; the federal contractor deadline moved from 8 December 2021 to "
    "4 January 2022. The rule was stayed by the Fifth Circuit on 6 November and blocked by the Supreme Court on 13 "
    "January 2022, and the contractor mandate was enjoined on 7 December, so no real dates are recorded. The "
    "masking clause is a compliance cut-off in the rule itself (no speaker in its sentence). Dec. 8 is "
    "superseded; year-less January dates in a November article fall in 2022.",
    ["conditional-threat", "superseded-date", "year-inference", "number-like-date", "said-on-day",
     "explicit-date", "undated-future"],
)

P(
    "tn-tyre-nichols-video-2023",
    "2023-01-27 08:00",
    "America/Chicago",
    "MEMPHIS, Tenn. - The city of Memphis will release video of the beating of Tyre Nichols some time after 6 "
    "p.m. on Friday, officials said, a day after five former police officers were charged with second-degree "
    "murder in the death of the 29-year-old Black motorist. Nichols died on Jan. 10, three days after he was "
    "pulled over and beaten during a traffic stop. Police Chief Cerelyn Davis, who fired the five officers last "
    "week, described their conduct as heinous, reckless and inhumane and said she expected people to protest but "
    "urged them to do so peacefully. Nichols' family, who watched the footage with their lawyers on Monday, "
    "compared it to the 1991 beating of Rodney King in Los Angeles.",
    [
        C(
            "will release video of the beating of Tyre Nichols some time after 6 p.m. on Friday",
            "after 6 p.m. on Friday",
            wd("Friday", "18:00"),
            "event",
            None,
            real="2023-01-27",
        ),
    ],
    "Memphis released the body-camera and pole-camera footage at about 7 p.m. CT on Friday 27 January 2023; the "
    "officers were charged on Thursday 26 January and fired on 20 January. 'officials said' names no one, so "
    "no speaker. The family viewed the video on Monday 23 January (past weekday); 'expected people to protest' "
    "is undated.",
    ["by-weekday-same-day", "same-day-future", "time-local", "past-weekday", "explicit-past-date",
     "number-like-date", "undated-future"],
)

P(
    "tn-dc-police-takeover-2025",
    "2025-08-12 07:00",
    "America/New_York",
    "WASHINGTON - President Donald Trump's federal takeover of the District of Columbia's police department, "
    "announced at the White House on Monday, can last no more than 30 days unless Congress votes to extend it, "
    "under the 1973 Home Rule Act provision he invoked for the first time. Trump also ordered 800 National Guard "
    "troops onto the capital's streets, calling the city lawless, and said he could declare a national emergency "
    "if he needed more time. Mayor Muriel Bowser called the move unsettling and unprecedented but said city "
    "officials would work with the federal government. Violent crime in Washington fell to a 30-year low last "
    "year, according to federal prosecutors.",
    [
        C(
            "can last no more than 30 days unless Congress votes to extend it",
            "no more than 30 days",
            in_days_anchored(30, "Monday"),
            "deadline",
            None,
        ),
    ],
    "Executive order of Monday 11 August 2025 invoking section 740 of the Home Rule Act: federal direction of "
    "the Metropolitan Police for up to 30 days without a joint resolution of Congress. The duration is anchored "
    "to Monday's announcement, so both anchors are accepted (11 Aug + 30 = 10 Sept; publication + 30 = 11 "
    "Sept). A statutory cut-off with no speaker. The national-emergency remark is a possibility; 1973 and 'last "
    "year' are background.",
    ["duration", "said-on-day", "number-like-date", "hypothetical"],
)

# ===========================================================================
# Britain

P(
    "tn-uk-december-election-vote-2019",
    "2019-10-29 22:30",
    "Europe/London",
    "LONDON (Reuters) - Britain will hold a general election on Dec. 12 after lawmakers on Tuesday backed Prime "
    "Minister Boris Johnson's fourth attempt to break the Brexit deadlock at the ballot box, voting 438 to 20 for "
    "the first December poll since 1923. An opposition amendment for a Dec. 9 vote was defeated earlier in the "
    "evening. The bill still needs the approval of the House of Lords, which is expected to pass it on Wednesday, "
    "and Parliament will be dissolved on Nov. 6, leaving five weeks for campaigning. Johnson, who took office in "
    "July vowing to take Britain out of the European Union 'do or die' by Oct. 31, was forced to request a delay, "
    "and EU leaders agreed on Monday to postpone Brexit until Jan. 31.",
    [
        C("Britain will hold a general election on Dec. 12", "on Dec. 12", md(12, 12), "event", None,
          real="2019-12-12"),
        C(
            "which is expected to pass it on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "prediction",
            None,
            real="2019-10-30",
        ),
        C("Parliament will be dissolved on Nov. 6", "on Nov. 6", md(11, 6), "event", None, real="2019-11-06"),
        C(
            "EU leaders agreed on Monday to postpone Brexit until Jan. 31",
            "until Jan. 31",
            md(1, 31),
            "deadline",
            "EU leaders",
            real="2020-01-31",
        ),
    ],
    "Early Parliamentary General Election Bill, Commons vote of Tuesday 29 October 2019 (438-20; the Dec. 9 "
    "amendment fell 315-295); Lords passed it on Wednesday 30 October; Parliament dissolved on 6 November; "
    "polling on 12 December 2019. The EU-27 agreed the extension to 31 January 2020 on Monday 28 October, and "
    "Britain left on that date. 'by Oct. 31' (two days after publication) is superseded and Dec. 9 was ruled "
    "out; neither is a claim. Jan. 31 in an October article falls in 2020.",
    ["superseded-date", "cancelled-date", "year-inference", "same-sentence-claims", "past-weekday",
     "number-like-date", "past-month", "explicit-date"],
)

P(
    "tn-letby-sentencing-2023",
    "2023-08-18 18:00",
    "Europe/London",
    "MANCHESTER - Nurse Lucy Letby was found guilty on Friday of murdering seven babies and trying to kill six "
    "others on the neonatal unit of the Countess of Chester Hospital between June 2015 and June 2016, making her "
    "Britain's most prolific child killer in modern times. The jury at Manchester Crown Court, which had been "
    "deliberating since July 10, could not reach verdicts on six further counts of attempted murder. Mr Justice "
    "Goss will sentence her on Monday, and prosecutors are expected to ask for a whole-life order. The government "
    "said an independent inquiry would examine how the hospital dealt with the concerns doctors raised about "
    "her, and Cheshire Police said it was reviewing the care of thousands of other babies.",
    [
        C("will sentence her on Monday", "on Monday", wd("Monday"), "event", None, real="2023-08-21"),
    ],
    "Verdicts of Friday 18 August 2023; Letby was sentenced to a whole life order on Monday 21 August 2023 (she "
    "refused to attend). Deliberations began on 10 July 2023; 2015-2016 is background. The inquiry has no date. "
    "The whole-life order request is undated.",
    ["explicit-past-date", "past-month", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "tn-bma-junior-doctors-march-strike-2023",
    "2023-02-21 07:00",
    "Europe/London",
    "Junior doctors in England will stage a 72-hour walkout from 7 a.m. on March 13 to 7 a.m. on March 16, the "
    "British Medical Association said on Monday, after 98% of members who voted backed industrial action on a "
    "77% turnout. The strike will include emergency departments, and hospitals have been told to rely on senior "
    "doctors to cover. The union says junior doctors' pay has fallen by more than a quarter in real terms since "
    "2008 and wants full restoration. Health Secretary Steve Barclay said he was disappointed and that his door "
    "remained open, but no talks have been scheduled.",
    [
        C(
            "will stage a 72-hour walkout from 7 a.m. on March 13 to 7 a.m. on March 16",
            "from 7 a.m. on March 13 to 7 a.m. on March 16",
            md_span_at(3, 13, 3, 16, "07:00"),
            "event",
            "the British Medical Association",
            real="2023-03-13",
        ),
    ],
    "BMA announcement of Monday 20 February 2023 (ballot result and strike dates); the 72-hour strike ran from 7 "
    "a.m. on Monday 13 March to 7 a.m. on Thursday 16 March 2023. One activity over consecutive days: one claim "
    "spanning both dates. An unconditional strike is an event; 'no talks have been scheduled' is undated; 2008 "
    "is background.",
    ["range", "time-local", "said-on-day", "number-like-date", "duration", "explicit-date"],
)

P(
    "tn-sunak-five-pledges-2023",
    "2023-01-04 19:00",
    "Europe/London",
    "LONDON - Prime Minister Rishi Sunak promised on Wednesday to halve inflation by the end of the year, the "
    "first of five pledges he asked voters to judge him on at the next general election, which must be held by "
    "January 2025. In his first major speech of 2023, at a technology hub in east London, Sunak also vowed to get "
    "the economy growing, make sure national debt is falling, cut NHS waiting lists and pass new laws to stop "
    "small boats crossing the Channel. Consumer prices rose 10.7% in the year to November, close to a 41-year "
    "high. Labour leader Keir Starmer, who sets out his own plans on Thursday, said the government had run out of "
    "ideas. The Bank of England has forecast that inflation will fall sharply from the middle of this year.",
    [
        C(
            "promised on Wednesday to halve inflation by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Rishi Sunak",
            real="2023-11-15",
            real_le=True,
        ),
        C(
            "the next general election, which must be held by January 2025",
            "by January 2025",
            by_month(2025, 1),
            "deadline",
            None,
            real="2024-07-04",
            real_le=True,
        ),
        C("who sets out his own plans on Thursday", "on Thursday", wd("Thursday"), "event", None,
          real="2023-01-05"),
        C(
            "inflation will fall sharply from the middle of this year",
            "from the middle of this year",
            mid_year(2023),
            "prediction",
            "the Bank of England",
        ),
    ],
    "Sunak's speech of Wednesday 4 January 2023 (five priorities). CPI fell to 4.6% in October 2023, published "
    "15 November 2023, meeting the halving pledge; the latest legal polling day was 28 January 2025 and the "
    "election came on 4 July 2024 ('by' met early). A statutory cut-off is a deadline without a speaker. "
    "Starmer's speech was on Thursday 5 January 2023. 'from the middle of this year' takes the mid-year rule "
    "(June-July 2023). November is a past month; 2023 in 'first major speech of 2023' is background.",
    ["year-end", "mid-year", "same-sentence-claims", "said-on-day", "number-like-date", "past-month"],
)

# ===========================================================================
# Canada

P(
    "tn-ottawa-emergencies-act-vote-2022",
    "2022-02-20 12:00",
    "America/Toronto",
    "OTTAWA (CP) - Members of Parliament will vote on Monday evening on whether to confirm the federal "
    "government's use of the Emergencies Act, after police spent Friday and Saturday clearing the truck convoy "
    "that had paralysed downtown Ottawa for more than three weeks. Interim police chief Steve Bell said on "
    "Saturday that more than 170 people had been arrested and dozens of vehicles towed. Prime Minister Justin "
    "Trudeau, who invoked the never-before-used law on Feb. 14, has said the powers will stay in place only as "
    "long as they are needed. The Senate is scheduled to take up the motion on Tuesday. The Conservatives say "
    "they will vote against it.",
    [
        C("will vote on Monday evening", "on Monday evening", wd("Monday"), "event", None, real="2022-02-21"),
        C(
            "The Senate is scheduled to take up the motion on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2022-02-22",
        ),
    ],
    "Commons vote on the declaration held Monday 21 February 2022 (185-151); Senate debate began Tuesday 22 "
    "February and was cut short when Trudeau revoked the emergency on 23 February. Police cleared the protest "
    "on Friday 18 and Saturday 19 February (past weekdays). 'only as long as they are needed' is undated; the "
    "Conservatives' vote refers back to Monday's vote.",
    ["past-weekday", "explicit-past-date", "said-on-day", "undated-future", "repeated-claim"],
)

P(
    "tn-yellowknife-evacuation-2023",
    "2023-08-17 09:00",
    "America/Yellowknife",
    "YELLOWKNIFE, N.W.T. - All 20,000 residents of Yellowknife must leave the city by noon on Friday, Environment "
    "Minister Shane Thompson said late on Wednesday, as a wildfire burned about 15 kilometres to the northwest. "
    "Without rain, he warned, the fire could reach the outskirts of the capital of the Northwest Territories by "
    "the weekend. Residents without vehicles or with health problems can register for evacuation flights, the "
    "first of which leave on Thursday afternoon, while Highway 3, the only road south, was lined with cars "
    "heading toward Alberta. 'You have time to leave safely,' Thompson said.",
    [
        C(
            "must leave the city by noon on Friday",
            "by noon on Friday",
            wd("Friday", "12:00"),
            "deadline",
            "Shane Thompson",
            real="2023-08-18",
        ),
        C(
            "the first of which leave on Thursday afternoon",
            "on Thursday afternoon",
            wd("Thursday"),
            "event",
            None,
            real="2023-08-17",
        ),
    ],
    "Evacuation order announced by N.W.T. Environment Minister Shane Thompson on the evening of Wednesday 16 "
    "August 2023, effective noon Friday 18 August; the first evacuation flights left on Thursday 17 August. 'could "
    "reach the outskirts ... by the weekend' is a possibility, not a forecast claim. Mountain time "
    "(America/Yellowknife).",
    ["same-day-future", "hypothetical", "time-local", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Australia

P(
    "tn-australia-may-18-election-2019",
    "2019-04-11 11:30",
    "Australia/Sydney",
    "CANBERRA (AAP) - Australians will go to the polls on May 18, Prime Minister Scott Morrison announced on "
    "Thursday after visiting Governor-General Peter Cosgrove, firing the starting gun on a five-week campaign in "
    "which his Coalition trails Bill Shorten's Labor Party in the opinion polls. Morrison, who ousted Malcolm "
    "Turnbull in a party-room coup last August, will campaign on the budget Treasurer Josh Frydenberg delivered on "
    "April 2, which forecast a surplus of A$7.1 billion in the 2019-20 financial year, the first in 12 years. The "
    "electoral roll closes at 8 p.m. on April 18 and early voting centres open on April 29, the Australian "
    "Electoral Commission said.",
    [
        C("Australians will go to the polls on May 18", "on May 18", md(5, 18), "event", "Scott Morrison",
          real="2019-05-18"),
        C(
            "which forecast a surplus of A$7.1 billion in the 2019-20 financial year",
            "in the 2019-20 financial year",
            financial_year_au(2019),
            "prediction",
            "Josh Frydenberg",
        ),
        C(
            "The electoral roll closes at 8 p.m. on April 18",
            "at 8 p.m. on April 18",
            md(4, 18, "20:00"),
            "deadline",
            "the Australian Electoral Commission",
            real="2019-04-18",
        ),
        C(
            "early voting centres open on April 29",
            "on April 29",
            md(4, 29),
            "event",
            "the Australian Electoral Commission",
            real="2019-04-29",
        ),
    ],
    "Morrison called the 18 May 2019 election on Thursday 11 April 2019; rolls closed 8 p.m. Thursday 18 April; "
    "pre-poll voting began Monday 29 April. The 2 April 2019 budget forecast a A$7.1 billion surplus for 2019-20 "
    "(the Australian financial year, 1 July 2019 - 30 June 2020, accepted whole; no real date, the pandemic "
    "turned it into a deficit). 'last August' (the 2018 spill) is background.",
    ["last-month", "explicit-past-date", "same-sentence-claims", "time-local", "number-like-date",
     "explicit-date"],
)

P(
    "tn-fwc-wage-review-2023",
    "2023-06-02 13:00",
    "Australia/Sydney",
    "SYDNEY - About 2.6 million of Australia's lowest-paid workers will get a 5.75% pay rise from July 1, the Fair "
    "Work Commission said on Friday, lifting the national minimum wage to A$23.23 an hour. Commission President "
    "Adam Hatcher said the increase, which applies from the first full pay period starting on or after that "
    "date, was needed to protect real wages after inflation peaked at 7.8% in the December quarter. Employer "
    "groups had argued for a much smaller rise, while the Australian Council of Trade Unions sought 7%. "
    "Separately, the superannuation guarantee rises to 11% on July 1, as already legislated. Treasury forecast in "
    "last month's budget that inflation would ease to 3.25% by the June quarter of 2024.",
    [
        C(
            "will get a 5.75% pay rise from July 1",
            "from July 1",
            md(7, 1),
            "event",
            "the Fair Work Commission",
            real="2023-07-01",
        ),
        C(
            "the superannuation guarantee rises to 11% on July 1",
            "on July 1",
            md(7, 1),
            "event",
            None,
            real="2023-07-01",
        ),
        C(
            "inflation would ease to 3.25% by the June quarter of 2024",
            "by the June quarter of 2024",
            by_quarter_end(2024, 2),
            "prediction",
            "Treasury",
        ),
    ],
    "Annual Wage Review decision of Friday 2 June 2023 (5.75%, national minimum wage A$882.80 a week / A$23.23 "
    "an hour from 1 July 2023); superannuation guarantee 10.5% -> 11% on 1 July 2023; the 9 May 2023 budget "
    "forecast inflation of 3.25% through the year to the June quarter of 2024 ('by' a quarter: its last day, "
    "30 June 2024; CPI was 3.8% in that quarter, so no real date). 'that date' refers back to July 1.",
    ["quarter", "past-month", "last-month", "said-on-day", "number-like-date", "repeated-claim", "explicit-date"],
)

# ===========================================================================
# India

P(
    "tn-india-farm-laws-repeal-2021",
    "2021-11-19 13:00",
    "Asia/Kolkata",
    "NEW DELHI - Prime Minister Narendra Modi said on Friday his government would repeal three contentious farm "
    "laws that set off a year of protests by tens of thousands of farmers camped on the edges of the capital, a "
    "rare climbdown for a leader known for standing firm. In a televised address on the birth anniversary of Guru "
    "Nanak, Modi said the repeal would be completed in the winter session of Parliament starting on Nov. 29, and "
    "asked the protesters to return to their homes and fields. The Samyukt Kisan Morcha, an alliance of about 40 "
    "farm unions, welcomed the decision but said farmers would stay at the protest sites until the laws were "
    "formally scrapped, and that rallies on Nov. 26, the first anniversary of the sit-in, would go ahead. "
    "Parliament passed the laws in September last year.",
    [
        C(
            "the repeal would be completed in the winter session of Parliament starting on Nov. 29",
            "starting on Nov. 29",
            md(11, 29),
            "promise",
            "Narendra Modi",
            real="2021-11-29",
        ),
        C(
            "rallies on Nov. 26, the first anniversary of the sit-in, would go ahead",
            "on Nov. 26",
            md(11, 26),
            "event",
            "the Samyukt Kisan Morcha",
            real="2021-11-26",
        ),
    ],
    "Modi's address of Friday 19 November 2021 (Guru Nanak Jayanti); the Farm Laws Repeal Bill passed both houses "
    "on 29 November 2021, the first day of the winter session. The promise carries the session's start date, "
    "the only date given (editor's reading: the commitment is dated by 'starting on Nov. 29'). SKM rallies at "
    "the Delhi borders marked the anniversary on 26 November 2021; an unconditional protest is an event. "
    "'until the laws were formally scrapped' is undated; September 2020 is background.",
    ["said-on-day", "past-month", "undated-future", "number-like-date", "explicit-date"],
)

P(
    "tn-article-370-verdict-2023",
    "2023-12-11 15:30",
    "Asia/Kolkata",
    "NEW DELHI - India's Supreme Court on Monday upheld the Modi government's 2019 decision to revoke the special "
    "status of Jammu and Kashmir and ordered the Election Commission to hold elections to the region's "
    "legislative assembly by Sept. 30, 2024. A five-judge constitution bench headed by Chief Justice "
    "Dhananjaya Chandrachud ruled that Article 370, which gave the Muslim-majority region its own constitution "
    "and wide autonomy, had been a temporary provision. The court left aside the split of the former state into "
    "two federally run territories, noting the government's assurance that statehood would be restored at the "
    "earliest. The region has had no elected government since June 2018, when Prime Minister Narendra Modi's "
    "party quit its ruling coalition. Modi called the verdict a beacon of hope.",
    [
        C(
            "ordered the Election Commission to hold elections to the region's legislative assembly by Sept. 30, "
            "2024",
            "by Sept. 30, 2024",
            ymd(2024, 9, 30),
            "deadline",
            "India's Supreme Court",
        ),
    ],
    "Supreme Court judgment of Monday 11 December 2023 (In re Article 370). The assembly election was held in "
    "three phases on 18 and 25 September and 1 October 2024, so the last phase fell after the court's date and "
    "no real date is recorded. 'at the earliest' is undated; 2019 and June 2018 are background; "
    "Article 370 is a number-like token.",
    ["explicit-date", "number-like-date", "said-on-day", "undated-future"],
)

P(
    "tn-ayodhya-consecration-2024",
    "2024-01-20 18:00",
    "Asia/Kolkata",
    "AYODHYA, India - Prime Minister Narendra Modi will lead the consecration of a vast temple to the Hindu god "
    "Ram in Ayodhya at 12:29 p.m. on Monday, on the site where Hindu mobs tore down a 16th-century mosque in "
    "1992. Priests say the central rite will last barely 84 seconds. The federal government has given its "
    "employees a half-day holiday until 2:30 p.m. on Monday, and several states ruled by Modi's Bharatiya Janata "
    "Party have closed schools and liquor shops for the day. The temple will open to ordinary worshippers on Jan. "
    "23, the Shri Ram Janmabhoomi Teerth Kshetra trust said. Leaders of the opposition Congress party, who turned "
    "down invitations, accused the BJP of turning the ceremony into a campaign event months before a general "
    "election.",
    [
        C(
            "will lead the consecration of a vast temple to the Hindu god Ram in Ayodhya at 12:29 p.m. on Monday",
            "at 12:29 p.m. on Monday",
            wd("Monday", "12:29"),
            "event",
            None,
            real="2024-01-22",
        ),
        C(
            "has given its employees a half-day holiday until 2:30 p.m. on Monday",
            "until 2:30 p.m. on Monday",
            wd("Monday", "14:30"),
            "event",
            "the federal government",
            real="2024-01-22",
        ),
        C(
            "The temple will open to ordinary worshippers on Jan. 23",
            "on Jan. 23",
            md(1, 23),
            "event",
            "the Shri Ram Janmabhoomi Teerth Kshetra trust",
            real="2024-01-23",
        ),
    ],
    "Pran pratishtha at the Ram temple, Monday 22 January 2024 (muhurat 12:29:08-12:30:32 IST); central "
    "government offices closed until 14:30 that day; public darshan from 23 January 2024. The holiday is an "
    "ordered measure (event, the government that ordered it as speaker). '84 seconds' is a duration; 1992 is "
    "background; 'months before a general election' is undated.",
    ["time-local", "duration", "number-like-date", "undated-future", "explicit-date", "repeated-claim"],
)

# ===========================================================================
# New Zealand and Ireland

P(
    "tn-nz-election-postponed-2020",
    "2020-08-17 13:30",
    "Pacific/Auckland",
    "WELLINGTON (Reuters) - New Zealand's general election will be held on Oct. 17, four weeks later than planned, "
    "Prime Minister Jacinda Ardern said on Monday, after a new coronavirus outbreak forced Auckland back into "
    "lockdown last week. The vote had been set for Sept. 19, and opposition leader Judith Collins had pressed for "
    "a delay until November or later. Ardern said she had no intention of moving the date again, even if the "
    "outbreak spread. Parliament will now be dissolved on Sept. 6 and advance voting will begin on Oct. 3, she "
    "said. Auckland's lockdown, which Ardern extended on Friday, runs until 11:59 p.m. on Aug. 26.",
    [
        C("general election will be held on Oct. 17", "on Oct. 17", md(10, 17), "event", "Jacinda Ardern",
          real="2020-10-17"),
        C("Parliament will now be dissolved on Sept. 6", "on Sept. 6", md(9, 6), "event", "Jacinda Ardern",
          real="2020-09-06"),
        C("advance voting will begin on Oct. 3", "on Oct. 3", md(10, 3), "event", "Jacinda Ardern",
          real="2020-10-03"),
        C(
            "runs until 11:59 p.m. on Aug. 26",
            "until 11:59 p.m. on Aug. 26",
            md(8, 26, "23:59"),
            "event",
            "Jacinda Ardern",
        ),
    ],
    "Ardern's announcement of Monday 17 August 2020: election moved from 19 September to 17 October 2020; "
    "Parliament dissolved 6 September; advance voting from 3 October. On Friday 14 August she had extended "
    "Auckland's alert level 3 to 11:59 p.m. on Wednesday 26 August; it was extended again on 21 August (to 30 "
    "August), so no real date for it. Ordered measure: event with the person who ordered it as speaker "
    "(pronoun 'she said' in the dissolution sentence resolves to Ardern). Sept. 19 is superseded; Collins's "
    "'November' was rejected.",
    ["superseded-date", "cancelled-date", "same-sentence-claims", "pronoun-speaker", "time-local",
     "past-weekday", "month-period", "explicit-date"],
)

P(
    "tn-ireland-abortion-referendum-2018",
    "2018-05-23 18:00",
    "Europe/Dublin",
    "DUBLIN - Irish voters decide on Friday whether to repeal the Eighth Amendment, the 1983 clause in the "
    "constitution that gives the unborn an equal right to life with the mother and underpins one of the world's "
    "strictest abortion regimes. Polling stations will be open from 7 a.m. to 10 p.m., and counting begins at 9 "
    "a.m. on Saturday. Voters on a handful of islands off the coasts of Donegal, Mayo and Galway will cast their "
    "ballots a day early, on Thursday. Taoiseach Leo Varadkar has said his government will legislate by the end of "
    "the year to allow abortion without restriction up to 12 weeks of pregnancy if the amendment is repealed. "
    "Polls suggest the Yes side is ahead, though its lead has narrowed.",
    [
        C("Irish voters decide on Friday", "on Friday", wd("Friday"), "event", None, real="2018-05-25"),
        C("counting begins at 9 a.m. on Saturday", "at 9 a.m. on Saturday", wd("Saturday", "09:00"), "event", None,
          real="2018-05-26"),
        C(
            "will cast their ballots a day early, on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2018-05-24",
        ),
        C(
            "his government will legislate by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Leo Varadkar",
            real="2018-12-20",
            real_le=True,
        ),
    ],
    "Thirty-sixth Amendment referendum: islands voted Thursday 24 May, polling Friday 25 May 2018 (7 a.m.-10 "
    "p.m.), count from 9 a.m. Saturday 26 May; the Health (Regulation of Termination of Pregnancy) Act was signed "
    "on 20 December 2018. The opening hours only refer back to Friday's vote (not a separate claim). The "
    "legislation pledge is conditional on the result; editor's reading: a government's commitment to its own "
    "action, so a promise despite the condition. 1983 is background.",
    ["year-end", "time-local", "hypothetical", "number-like-date", "multi-claim", "repeated-claim"],
)

# ===========================================================================
# No-claim passages

N(
    "tn-rittenhouse-acquitted-2021",
    "2021-11-19 17:30",
    "America/Chicago",
    "KENOSHA, Wis. - Kyle Rittenhouse was acquitted on all charges on Friday in the shootings that killed two men "
    "and wounded a third during a night of unrest in Kenosha in August 2020. The jury of seven women and five men "
    "deliberated for about 25 hours over four days before reaching its verdict. Rittenhouse, who was 17 at the "
    "time, had testified that he fired in self-defence. President Joe Biden said he stood by the jury's decision, "
    "though it would leave many Americans feeling angry and concerned. Governor Tony Evers had put 500 National "
    "Guard troops on standby last week in case of protests, and it was not clear whether federal prosecutors "
    "would look at the case.",
    "Verdict of Friday 19 November 2021; deliberations Tuesday 16 - Friday 19 November (about 25 hours); the "
    "shootings were on 25 August 2020; Evers's Guard order came on 12 November. No dated future: the federal "
    "review is only a possibility.",
    ["said-on-day", "duration", "past-month", "hypothetical", "number-like-date"],
)

N(
    "tn-rolling-fork-tornado-2023",
    "2023-03-26 15:00",
    "America/Chicago",
    "ROLLING FORK, Miss. - Residents of this small Mississippi Delta town picked through the remains of their homes "
    "on Sunday after a tornado tore through late on Friday, killing at least 25 people in the state and one man "
    "in Alabama. President Joe Biden approved an emergency declaration early on Sunday, freeing federal money for "
    "Carroll, Humphreys, Monroe and Sharkey counties. The twister stayed on the ground for more than an hour and "
    "carved a path of about 59 miles, according to the National Weather Service, which gave it a preliminary "
    "rating of EF-4. Governor Tate Reeves, who toured the town on Saturday, promised that the state would help "
    "rebuild. Forecasters said more severe storms could hit the region in the coming days.",
    "Rolling Fork / Silver City EF4 tornado of Friday 24 March 2023; Biden's emergency declaration of Sunday 26 "
    "March; Reeves visited Saturday 25 March. The rebuilding pledge and the storm outlook are undated.",
    ["past-weekday", "said-on-day", "undated-future", "duration", "number-like-date", "hypothetical"],
)

N(
    "tn-faa-notam-outage-2023",
    "2023-01-11 16:00",
    "America/New_York",
    "WASHINGTON - Flights across the United States were slowly returning to normal on Wednesday afternoon after the "
    "failure of the Notice to Air Missions system, which warns pilots of hazards, forced the Federal Aviation "
    "Administration to halt all domestic departures, the first nationwide ground stop since the Sept. 11 attacks "
    "in 2001. The FAA lifted the order shortly before 9 a.m. Eastern time, but more than 9,000 flights were "
    "delayed and about 1,300 cancelled, according to the tracking site FlightAware. "
    "Transportation Secretary Pete Buttigieg said there was no evidence of a cyberattack and that he had ordered "
    "a review. Will Congress hold hearings? Lawmakers from both parties said they would demand answers when they "
    "return.",
    "NOTAM outage and ground stop of Wednesday 11 January 2023 (lifted about 8:50 a.m. ET). '9 a.m.' is a past "
    "time; Sept. 11 is background; the question and 'when they return' are undated.",
    ["time-local", "question", "explicit-past-date", "undated-future", "number-like-date"],
)

N(
    "tn-cressida-dick-resigns-2022",
    "2022-02-10 21:00",
    "Europe/London",
    "LONDON - Cressida Dick resigned as commissioner of London's Metropolitan Police on Thursday after Mayor Sadiq "
    "Khan made clear he had lost confidence in her plans to root out racism, misogyny and bullying in the force. "
    "Dick, the first woman to lead Scotland Yard, said she would stay on for a short period to ensure an orderly "
    "handover. Her departure comes nine days after the police watchdog published offensive messages exchanged by "
    "officers at Charing Cross police station. Home Secretary Priti Patel, who appoints the commissioner in "
    "consultation with the mayor, said a successor would be chosen in due course. Dick took over in April 2017, "
    "and only last September her contract was extended by two years.",
    "Dick's statement of Thursday 10 February 2022; IOPC Charing Cross report of 1 February 2022; the 2021 "
    "contract extension ran to 2024 but is not given as a date and is superseded. 'a short period' and 'in due "
    "course' are undated.",
    ["undated-future", "said-on-day", "past-month", "last-month", "duration"],
)

N(
    "tn-partygate-fines-2022",
    "2022-04-12 20:00",
    "Europe/London",
    "LONDON (Reuters) - Boris Johnson on Tuesday became the first sitting British prime minister found to have "
    "broken the law, after police fined him for attending a gathering in Downing Street for his birthday in June "
    "2020, when indoor mixing was banned. His wife Carrie and finance minister Rishi Sunak were also fined. "
    "Johnson said he had paid the penalty and apologised, but rejected opposition calls to resign. The "
    "Metropolitan Police, which has now issued more than 50 fixed-penalty notices over the lockdown parties, said "
    "its inquiry was continuing, and senior civil servant Sue Gray will publish her full report once it ends. "
    "Could further fines follow for the prime minister? Downing Street would not say.",
    "Fixed-penalty notices of Tuesday 12 April 2022 for the Cabinet Room gathering of 19 June 2020. Gray's "
    "report (published 25 May 2022) is tied to an undated event; the question is not a claim.",
    ["question", "said-on-day", "past-month", "undated-future", "number-like-date"],
)

N(
    "tn-bc-atmospheric-river-2021",
    "2021-11-17 15:00",
    "America/Vancouver",
    "VICTORIA - British Columbia declared a provincial state of emergency on Wednesday after record rainfall set "
    "off floods and mudslides that cut every major highway between Vancouver and the rest of Canada. Premier John "
    "Horgan said the order would let his government limit non-essential travel and keep supplies moving to "
    "stranded communities. All 7,000 residents of Merritt were ordered out on Monday, and parts of Abbotsford "
    "remained under water. At least one person died in a mudslide near Lillooet, and police said more victims "
    "could be found. Transportation Minister Rob Fleming said repairs to the Coquihalla Highway could take months. "
    "Canadian National and Canadian Pacific said they had no timeline for reopening their lines to the Port of "
    "Vancouver.",
    "State of emergency of Wednesday 17 November 2021 after the 14-15 November atmospheric river; Merritt "
    "evacuated Monday 15 November. 'could take months' and 'no timeline' are undated possibilities.",
    ["past-weekday", "said-on-day", "hypothetical", "undated-future", "number-like-date"],
)

N(
    "tn-lismore-floods-2022",
    "2022-03-01 12:00",
    "Australia/Sydney",
    "LISMORE, N.S.W. - The Wilsons River peaked at a record of about 14.4 metres in Lismore on Monday, more than "
    "two metres above the previous high set in 1954, swamping the northern New South Wales city and leaving "
    "hundreds of people stranded on their roofs. Residents in their own boats joined emergency crews in "
    "overnight rescues after the State Emergency Service was overwhelmed with calls. Prime Minister Scott "
    "Morrison, who has announced disaster payments of A$1,000 for each adult, said on Tuesday that more "
    "defence force personnel would be sent to the region. In south-east Queensland, where more than a dozen "
    "people have died since last week, the clean-up has begun. Forecasters warned that more heavy rain could fall "
    "along the coast.",
    "Lismore flood peak of Monday 28 February 2022 (14.4 m, against 12.11 m in 1954). The troop pledge has no "
    "date; the rain outlook is a possibility without a date.",
    ["past-weekday", "said-on-day", "number-like-date", "undated-future", "hypothetical"],
)

N(
    "tn-odisha-train-crash-2023",
    "2023-06-04 12:00",
    "Asia/Kolkata",
    "BALASORE, India - Railway Minister Ashwini Vaishnaw said on Sunday that investigators had found the cause of "
    "Friday's three-train collision in the eastern state of Odisha, India's deadliest rail accident in more than "
    "two decades, pointing to a change made to the electronic signalling system. The Coromandel Express, "
    "travelling at about 128 km an hour, was wrongly sent onto a loop line at about 7 p.m. and slammed into a "
    "stationary goods train, and its derailed coaches struck a passing express. Officials lowered the death toll "
    "to 275 from 288, saying some bodies had been counted twice. Prime Minister Narendra Modi, who visited the "
    "site on Saturday, said those found responsible would be severely punished. Crews worked through the night "
    "to restore the tracks.",
    "Balasore collision of Friday 2 June 2023 (about 6:55 p.m.); Vaishnaw's statement of Sunday 4 June; Modi's "
    "visit of Saturday 3 June. '7 p.m.' is a past time; the punishment pledge is undated.",
    ["past-weekday", "said-on-day", "number-like-date", "undated-future", "time-local"],
)

"""Tuning passages written blind: national politics and society in many countries (legislation and votes, budgets and shutdown deadlines, court rulings and hearings, elections and campaigns, public health, policing, education, transport and weather), written as wire copy, political reporting, local news and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    holiday,
    in_days_anchored,
    in_month,
    in_year,
    md,
    md_span,
    midnight_on,
    no_claim_adder,
    passage_adder,
    span_wd,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def md_pm(month, day, k):
    """'on June 4, with a model error of plus or minus four days': the next <month> <day> on or
    after publication, widened by k days either side."""
    def f(p):
        d0 = p.date()
        x = dt.date(d0.year, month, day)
        if x < d0:
            x = dt.date(d0.year + 1, month, day)
        lo, hi = x - dt.timedelta(days=k), x + dt.timedelta(days=k)
        return {"due": lo, "due_max": hi, "time": None,
                "desc": f"{month:02d}-{day:02d} on/after {d0} = {x}, +/- {k} days = {lo}..{hi}"}
    return f


# ===========================================================================
# United States: budgets, courts, elections, census, weather

P(
    "td-us-shutdown-ends-feb15-2019",
    "2019-01-26 09:00",
    "America/New_York",
    "WASHINGTON — Federal employees are due back at work on Monday after President Donald Trump signed a bill late "
    "on Friday reopening the government for three weeks, ending a 35-day shutdown that began on Dec. 22 without the "
    "$5.7 billion he had demanded for a wall on the Mexican border. Trump warned in the Rose Garden that if Congress "
    "failed to reach a fair deal on border security, the government would shut down again on Feb. 15, or he would "
    "use emergency powers to build the wall on his own. A committee of House and Senate negotiators is expected to "
    "start work in the coming days, and the White House said the roughly 800,000 workers who missed two paychecks "
    "would receive back pay as soon as possible. House Speaker Nancy Pelosi has not said when the State of the Union "
    "address, which had been scheduled for next Tuesday, will now take place.",
    [
        C("Federal employees are due back at work on Monday", "on Monday", wd("Monday"), "event", None,
          real="2019-01-28"),
        C("the government would shut down again on Feb. 15", "on Feb. 15", md(2, 15), "deadline", "Donald Trump",
          real="2019-02-15"),
    ],
    "Trump signed a three-week continuing resolution on Friday 25 January 2019, ending the 22 December-25 January "
    "shutdown; agencies reopened on Monday 28 January. His Rose Garden threat named 15 February, the day the stopgap "
    "expired (he signed a spending bill and declared a national emergency that day). The State of the Union had been "
    "set for Tuesday 29 January and was postponed by Pelosi (cancelled, not a claim; it was held on 5 February). "
    "'three weeks', 'in the coming days' and 'as soon as possible' are not dated claims.",
    ["conditional-threat", "cancelled-date", "next-weekday", "past-weekday", "explicit-past-date",
     "undated-future", "number-like-date", "duration"],
)

P(
    "td-us-census-online-cutoff-2020",
    "2020-10-15 09:00",
    "America/New_York",
    "WASHINGTON — Time is running out for the 2020 census. Households that have not yet responded have until 11:59 "
    "p.m. on Thursday, Hawaii time, to fill in the form online, the Census Bureau said, and paper questionnaires must "
    "be postmarked by Thursday. The bureau set the cut-off after the Supreme Court on Tuesday allowed the Trump "
    "administration to wind down the count, setting aside a lower-court order under which counting had been planned "
    "to continue until Oct. 31. Justice Sonia Sotomayor, the only justice to note a dissent, wrote that the decision "
    "risked an undercount of minority communities. By law, the bureau must deliver the state population totals used "
    "to apportion seats in the House of Representatives to the president by Dec. 31.",
    [
        C("have until 11:59 p.m. on Thursday, Hawaii time, to fill in the form online",
          "until 11:59 p.m. on Thursday, Hawaii time",
          zoned(wd("Thursday"), "23:59", "Pacific/Honolulu"), "deadline", "the Census Bureau", real="2020-10-16"),
        C("paper questionnaires must be postmarked by Thursday", "by Thursday", wd("Thursday"), "deadline",
          "the Census Bureau", real="2020-10-15"),
        C("the bureau must deliver the state population totals used to apportion seats in the House of "
          "Representatives to the president by Dec. 31", "by Dec. 31", md(12, 31), "deadline", None),
    ],
    "Census self-response closed at 11:59 p.m. HST on Thursday 15 October 2020 (05:59 EDT on Friday 16 October), "
    "paper forms postmarked by 15 October, after the Supreme Court's order of Tuesday 13 October staying Judge Lucy "
    "Koh's injunction. The Oct. 31 end date is superseded (not a claim). The 31 December statutory apportionment "
    "deadline is a cut-off set by law, so no speaker; it was missed (totals delivered 26 April 2021), so no real date.",
    ["time-converted", "date-crossing-conversion", "by-weekday-same-day", "same-sentence-claims",
     "superseded-date", "past-weekday", "number-like-date", "year-end"],
)

P(
    "td-irma-florida-keys-forecast-2017",
    "2017-09-08 11:00",
    "America/New_York",
    "MIAMI — Hurricane Irma, which has killed at least 20 people in the Caribbean, is forecast to hit the Florida "
    "Keys early on Sunday as a major hurricane before turning north along the state's west coast, the National "
    "Hurricane Center said on Friday, with tropical-storm-force winds expected in South Florida by Saturday evening. "
    "Governor Rick Scott, who has ordered mandatory evacuations of the Keys and of low-lying parts of Miami-Dade "
    "County, urged people in evacuation zones not to wait, calling Irma a catastrophic storm unlike any the state had "
    "seen. In neighbouring Georgia, Governor Nathan Deal ordered the evacuation of the coast east of Interstate 95 "
    "starting on Saturday. Irma flattened the island of Barbuda on Wednesday and left about a million people without "
    "power in Puerto Rico that night. Forecasters said the track could still shift, and a direct hit on Miami was "
    "not ruled out.",
    [
        C("is forecast to hit the Florida Keys early on Sunday as a major hurricane", "early on Sunday",
          wd("Sunday"), "prediction", "the National Hurricane Center", real="2017-09-10"),
        C("with tropical-storm-force winds expected in South Florida by Saturday evening", "by Saturday evening",
          wd("Saturday"), "prediction", "the National Hurricane Center", real="2017-09-09"),
        C("ordered the evacuation of the coast east of Interstate 95 starting on Saturday", "starting on Saturday",
          wd("Saturday"), "event", "Nathan Deal", real="2017-09-09"),
    ],
    "NHC forecasts of Friday 8 September 2017; Irma made landfall at Cudjoe Key on Sunday 10 September, with "
    "tropical-storm-force winds reaching South Florida on Saturday 9 September. Georgia's coastal evacuation order "
    "took effect on Saturday 9 September (an ordered measure taking effect: event, speaker the governor who ordered "
    "it). Barbuda was hit on Wednesday 6 September (past). 'could still shift' and 'not ruled out' are possibilities.",
    ["same-sentence-claims", "past-weekday", "hypothetical", "number-like-date"],
)

P(
    "td-alabama-senate-special-2017",
    "2017-12-11 07:00",
    "America/Chicago",
    "MONTGOMERY, Ala. — Polls open across Alabama at 7 a.m. on Tuesday in a special election for the Senate seat "
    "vacated by Attorney General Jeff Sessions, pitting Republican Roy Moore, who has denied accusations that he "
    "pursued teenage girls decades ago, against Democrat Doug Jones, a former federal prosecutor. Secretary of State "
    "John Merrill expects only about a quarter of registered voters to cast ballots on Tuesday. President Donald "
    "Trump, who has endorsed Moore and recorded a robocall for him, held a rally just across the state line in "
    "Pensacola, Florida, on Friday, while former President Barack Obama recorded a call urging Democrats to turn out "
    "for Jones. The winner will be sworn in when the Senate reconvenes in January and will face voters again in 2020.",
    [
        C("Polls open across Alabama at 7 a.m. on Tuesday", "at 7 a.m. on Tuesday", wd("Tuesday", "07:00"), "event",
          None, real="2017-12-12"),
        C("expects only about a quarter of registered voters to cast ballots on Tuesday", "on Tuesday",
          wd("Tuesday"), "prediction", "John Merrill", real="2017-12-12"),
        C("The winner will be sworn in when the Senate reconvenes in January", "in January", in_month(2018, 1),
          "event", None, real="2018-01-03"),
        C("will face voters again in 2020", "in 2020", in_year(2020), "event", None, real="2020-11-03"),
    ],
    "Alabama special Senate election of Tuesday 12 December 2017 (Jones won); Trump's Pensacola rally was on Friday "
    "8 December (past). Merrill forecast turnout of about 25% (it was about 40%); the forecast is about Tuesday's "
    "vote, so it is dated. Jones was sworn in on 3 January 2018 ('in January' in a December article is next year) "
    "and lost the seat at the election of 3 November 2020.",
    ["time-local", "past-weekday", "year-inference", "month-period", "year-period", "same-sentence-claims"],
)

P(
    "td-scotus-colorado-ballot-2024",
    "2024-01-06 10:00",
    "America/Denver",
    "DENVER — The US Supreme Court will hear arguments on Feb. 8 over whether Donald Trump can be barred from "
    "Colorado's presidential ballot for his role in the Jan. 6, 2021, attack on the Capitol, the justices said on "
    "Friday, agreeing to decide the most consequential election case since the court settled the 2000 presidential "
    "recount. Under the expedited schedule the court set, Trump's opening brief is due on Jan. 18 and the Colorado "
    "voters who challenged his eligibility must respond by Jan. 31. Colorado holds its Republican primary on March 5, "
    "Super Tuesday, along with more than a dozen other states. The Colorado Supreme Court ruled 4-3 on Dec. 19 that "
    "the 14th Amendment's insurrection clause disqualified Trump, but put its decision on hold pending an appeal, so "
    "Secretary of State Jena Griswold certified a ballot with his name on it on Friday.",
    [
        C("will hear arguments on Feb. 8", "on Feb. 8", md(2, 8), "event", "the US Supreme Court",
          real="2024-02-08"),
        C("Trump's opening brief is due on Jan. 18", "on Jan. 18", md(1, 18), "deadline", "the US Supreme Court",
          real="2024-01-18"),
        C("the Colorado voters who challenged his eligibility must respond by Jan. 31", "by Jan. 31", md(1, 31),
          "deadline", "the US Supreme Court", real="2024-01-31"),
        C("Colorado holds its Republican primary on March 5", "on March 5", md(3, 5), "event", None,
          real="2024-03-05"),
    ],
    "Trump v. Anderson: certiorari granted on Friday 5 January 2024, argument on 8 February, briefs due 18 and 31 "
    "January (set by the court's order, so the court is the speaker of both cut-offs); Super Tuesday primary 5 March "
    "2024. 'Jan. 6, 2021' is a past date that looks like the publication day (6 January); Dec. 19 (the Colorado "
    "ruling) is past; 'Super Tuesday' is an apposition of the labelled date.",
    ["explicit-past-date", "number-like-date", "past-weekday", "same-sentence-claims", "said-on-day"],
)

# ===========================================================================
# United Kingdom

P(
    "td-may-confidence-vote-live-2018",
    "2018-12-12 09:30",
    "Europe/London",
    "08:07 GMT — Theresa May will face a confidence vote from her own Conservative MPs. Graham Brady, chairman of "
    "the party's 1922 Committee, says the threshold of 48 letters has been reached and that the secret ballot will be "
    "held this evening between 6 p.m. and 8 p.m., with the result announced as soon as possible afterwards. 09:05 "
    "GMT — Speaking outside Downing Street, the prime minister vows to fight with everything she has and warns that "
    "a change of leader now would put Brexit at risk. She has promised MPs a vote on her Brexit deal by Jan. 21, "
    "after pulling the vote that had been due on Tuesday, and is still expected at an EU summit in Brussels on "
    "Thursday and Friday, though a trip to Dublin has been cancelled.",
    [
        C("the secret ballot will be held this evening between 6 p.m. and 8 p.m.",
          "this evening between 6 p.m. and 8 p.m.", wd("Wednesday", "18:00"), "event", "Graham Brady",
          real="2018-12-12"),
        C("She has promised MPs a vote on her Brexit deal by Jan. 21", "by Jan. 21", md(1, 21), "promise",
          "Theresa May", real="2019-01-15", real_le=True),
        C("is still expected at an EU summit in Brussels on Thursday and Friday", "on Thursday and Friday",
          span_wd("Thursday", "Friday"), "event", None, real="2018-12-13"),
    ],
    "Live blog of Wednesday 12 December 2018: Brady announced the vote at about 08:00; ballot 18:00-20:00 that "
    "evening (time taken as the start, 18:00; 'this evening' resolves to the publication day). The meaningful vote "
    "due on Tuesday 11 December had been pulled on Monday 10 December (cancelled, past); May promised a vote before "
    "21 January and held it on 15 January 2019 (year-less January date in a December article: next year). European "
    "Council of 13-14 December 2018, one two-day meeting = one claim. The Dublin trip is cancelled, not a claim.",
    ["same-day-future", "time-local", "year-inference", "pronoun-speaker", "cancelled-date", "may-verb",
     "same-sentence-claims", "number-like-date", "range"],
)

P(
    "td-wales-20mph-default-2023",
    "2023-09-15 13:00",
    "Europe/London",
    "CARDIFF — On Sunday, Wales becomes the first nation in the UK to lower the default speed limit on residential "
    "roads from 30mph to 20mph, a change ministers say will save around 10 lives a year and cut the number of people "
    "injured. The law was passed by the Senedd in July 2022 after trials in eight communities, and councils have "
    "spent the past few months changing signs while keeping 30mph on some busier routes. Deputy Climate Change "
    "Minister Lee Waters has said drivers will quickly get used to the new limit, as they did with seatbelts. The "
    "Welsh Conservatives, who call it a blanket policy, say it could cost the economy up to £4.5 billion, a figure "
    "taken from the government's own impact assessment. The Scottish government plans to introduce 20mph limits on "
    "all appropriate roads by the end of 2025.",
    [
        C("On Sunday, Wales becomes the first nation in the UK to lower the default speed limit on residential roads",
          "On Sunday", wd("Sunday"), "event", None, real="2023-09-17"),
        C("The Scottish government plans to introduce 20mph limits on all appropriate roads by the end of 2025",
          "by the end of 2025", by_year(2025), "promise", "the Scottish government"),
    ],
    "Wales's default 20mph limit took effect on Sunday 17 September 2023 (a law taking effect: event; 'ministers say' "
    "attributes only the casualty estimate, so no speaker for the event). Senedd vote of July 2022. Scotland's "
    "target of 20mph on appropriate roads by the end of 2025 is a commitment for the government's own road policy "
    "(promise). '30mph', '20mph' and '£4.5 billion' are number-like.",
    ["number-like-date", "past-month", "year-end", "hypothetical"],
)

P(
    "td-uk-bus-fare-cap-3-2024",
    "2024-10-28 09:00",
    "Europe/London",
    "LONDON — Single bus fares outside London will be capped at £3 in England from January 1, up from £2, Transport "
    "Secretary Louise Haigh said, and the new cap will stay in place until the end of 2025. The £2 limit, introduced "
    "by Rishi Sunak's government in January 2023 to help with the cost of living, had been funded only until Dec. 31. "
    "Haigh said scrapping the cap altogether would have left some passengers paying more than £10 for a single "
    "journey on rural routes. The announcement comes two days before Chancellor Rachel Reeves delivers her first "
    "budget on Wednesday. Campaigners said the 50% rise would hit people on low incomes hardest.",
    [
        C("will be capped at £3 in England from January 1", "from January 1", md(1, 1), "event", "Louise Haigh",
          real="2025-01-01"),
        C("the new cap will stay in place until the end of 2025", "until the end of 2025", by_year(2025),
          "promise", "Louise Haigh"),
        C("Chancellor Rachel Reeves delivers her first budget on Wednesday", "on Wednesday", wd("Wednesday"),
          "event", None, real="2024-10-30"),
    ],
    "Announced on Sunday night/Monday 28 October 2024: the £3 cap ran from 1 January 2025 (a measure taking effect, "
    "ordered by the transport secretary: event) to the end of 2025 (the government keeping its own measure until a "
    "date: promise; it was later extended, so no real date). Reeves's budget on Wednesday 30 October 2024. 'had been "
    "funded only until Dec. 31' is the superseded funding end of the £2 cap (not a claim); year-less 'January 1' in "
    "an October article is next year.",
    ["year-inference", "same-sentence-claims", "superseded-date", "hypothetical", "year-end", "number-like-date",
     "past-month"],
)

P(
    "td-couzens-sentencing-hearing-2021",
    "2021-09-29 18:00",
    "Europe/London",
    "LONDON — Wayne Couzens, the serving Metropolitan Police officer who kidnapped, raped and murdered Sarah Everard, "
    "used his warrant card and handcuffs to carry out a fake arrest for breaching coronavirus rules as she walked "
    "home in south London on March 3, a prosecutor told the Old Bailey on Wednesday. Opening a two-day sentencing "
    "hearing, Tom Little asked for a whole-life order, which would mean Couzens is never released. The judge, Sir "
    "Adrian Fulford, heard statements from Everard's parents, her mother telling the court she was haunted by what "
    "her daughter had endured. He said he would pass sentence on Thursday. Couzens, 48, pleaded guilty to murder in "
    "July.",
    [
        C("He said he would pass sentence on Thursday", "on Thursday", wd("Thursday"), "event", "Adrian Fulford",
          real="2021-09-30"),
    ],
    "Old Bailey sentencing hearing of 29-30 September 2021; Lord Justice Fulford (Sir Adrian Fulford) imposed a "
    "whole-life order on Thursday 30 September. The judge announcing when he will sentence is a scheduled event he "
    "states, so he is the speaker (given by pronoun). 'March 3' (the abduction, 2021) is a past date that a naive "
    "year-less rule would push to 2022; 'two-day hearing' is an unanchored duration.",
    ["pronoun-speaker", "explicit-past-date", "said-on-day", "past-month", "duration", "hypothetical"],
)

P(
    "td-tier4-christmas-day-only-2020",
    "2020-12-19 18:30",
    "Europe/London",
    "LONDON — Millions of people in London and south-east England will be told to stay at home from 00:01 on Sunday "
    "under a new Tier 4 of coronavirus restrictions, Prime Minister Boris Johnson said on Saturday, tearing up plans "
    "to let households mix for five days over Christmas as a faster-spreading variant takes hold. Non-essential "
    "shops, gyms and hairdressers in the new tier must close. Elsewhere in England, up to three households will be "
    "allowed to meet only on Christmas Day, rather than from Dec. 23 to Dec. 27 as promised last month, he said. The "
    "tiers will next be reviewed on Dec. 30. In Scotland, First Minister Nicola Sturgeon said the mainland would move "
    "into its toughest level of restrictions from Boxing Day.",
    [
        C("will be told to stay at home from 00:01 on Sunday", "from 00:01 on Sunday", wd("Sunday", "00:01"), "event",
          "Boris Johnson", real="2020-12-20"),
        C("up to three households will be allowed to meet only on Christmas Day", "on Christmas Day",
          holiday("Christmas"), "event", "Boris Johnson", real="2020-12-25"),
        C("The tiers will next be reviewed on Dec. 30", "on Dec. 30", md(12, 30), "event", None, real="2020-12-30"),
        C("the mainland would move into its toughest level of restrictions from Boxing Day", "from Boxing Day",
          md(12, 26), "event", "Nicola Sturgeon", real="2020-12-26"),
    ],
    "Johnson's Downing Street briefing of Saturday 19 December 2020: Tier 4 from 00:01 on Sunday 20 December; "
    "Christmas mixing in the rest of England limited to 25 December, replacing the 23-27 December window announced "
    "on 24 November (superseded, not a claim); tier review on 30 December (held that day). Sturgeon announced level "
    "4 for mainland Scotland from 26 December. Ordered measures taking effect are events with the person who ordered "
    "them as speaker ('he said' = Johnson).",
    ["holiday", "time-local", "superseded-date", "pronoun-speaker", "last-month", "explicit-date"],
)

# ===========================================================================
# Canada, Australia, New Zealand

P(
    "td-alberta-election-called-2023",
    "2023-05-01 16:00",
    "America/Edmonton",
    "EDMONTON — Premier Danielle Smith launched Alberta's election campaign on Monday, visiting Lieutenant-Governor "
    "Salma Lakhani to dissolve the legislature ahead of a May 29 vote that polls suggest will be a tight race against "
    "Rachel Notley's New Democrats. Smith, who became premier in October after winning the United Conservative "
    "Party's leadership contest to replace Jason Kenney, told supporters the May 29 election would be a choice about "
    "who could keep the economy strong. Notley, who governed from 2015 to 2019, is campaigning on health care and "
    "affordability. The two leaders will meet in a televised debate on May 18. Advance polls will be open from May "
    "23 to May 27, Elections Alberta said.",
    [
        C("ahead of a May 29 vote", "May 29", md(5, 29), "event", None, real="2023-05-29"),
        C("The two leaders will meet in a televised debate on May 18", "on May 18", md(5, 18), "event", None,
          real="2023-05-18"),
        C("Advance polls will be open from May 23 to May 27", "from May 23 to May 27", md_span(5, 23, 5, 27),
          "event", "Elections Alberta", real="2023-05-23"),
    ],
    "Alberta's writ was issued on Monday 1 May 2023 for the fixed election of 29 May; leaders' debate on Thursday 18 "
    "May; advance voting 23-27 May (one activity over consecutive days: one claim). The second 'May 29 election' "
    "repeats the labelled vote (not labelled again). 'in October' (2022, Smith's accession) is past.",
    ["repeated-claim", "past-month", "range", "may-verb", "number-like-date", "explicit-date"],
)

P(
    "td-albanese-sworn-in-quad-2022",
    "2022-05-22 12:00",
    "Australia/Sydney",
    "SYDNEY — Anthony Albanese will be sworn in as Australia's 31st prime minister on Monday so that he can fly to "
    "Tokyo for a summit of Quad leaders with Joe Biden, Narendra Modi and Fumio Kishida on Tuesday, the Labor leader "
    "said, a day after his party ended almost nine years of conservative government. Scott Morrison conceded defeat "
    "on Saturday night and said he would step down as Liberal leader. With counting continuing, it may be days "
    "before it is clear whether Labor can govern in its own right. Albanese reaffirmed his pledge to cut greenhouse "
    "gas emissions by 43% by 2030, a target Morrison had refused to adopt. Jim Chalmers, the incoming treasurer, has "
    "said the new government will hand down its first budget in October.",
    [
        C("will be sworn in as Australia's 31st prime minister on Monday", "on Monday", wd("Monday"), "event",
          "Anthony Albanese", real="2022-05-23"),
        C("fly to Tokyo for a summit of Quad leaders with Joe Biden, Narendra Modi and Fumio Kishida on Tuesday",
          "on Tuesday", wd("Tuesday"), "event", "Anthony Albanese", real="2022-05-24"),
        C("cut greenhouse gas emissions by 43% by 2030", "by 2030", by_year(2030), "promise", "Anthony Albanese"),
        C("the new government will hand down its first budget in October", "in October", in_month(2022, 10),
          "event", "Jim Chalmers", real="2022-10-25"),
    ],
    "Albanese was sworn in on Monday 23 May 2022 and attended the Quad leaders' meeting in Tokyo on Tuesday 24 May; "
    "Labor's 43%-by-2030 target is a national target set by the government itself (promise, like a net-zero "
    "pledge); the October 2022 budget was delivered on 25 October (a scheduled release: event, attributed to "
    "Chalmers). Morrison conceded on Saturday 21 May (past). 'it may be days' is an undated future.",
    ["same-sentence-claims", "past-weekday", "may-verb", "undated-future", "number-like-date", "month-period"],
)

P(
    "td-nz-referendums-preliminary-2020",
    "2020-10-30 15:00",
    "Pacific/Auckland",
    "WELLINGTON — New Zealanders have voted to legalise euthanasia and narrowly rejected legalising recreational "
    "cannabis, according to preliminary results released by the Electoral Commission on Friday. The End of Life "
    "Choice Act won 65.2% support, while 53.1% opposed the cannabis proposal and 46.1% backed it. About 480,000 "
    "special votes, including those cast from overseas, are still to be counted, and official results will be "
    "announced on Friday next week. The euthanasia law, passed by Parliament last year, will take effect 12 months "
    "after the final result, in November next year. Green MP Chlöe Swarbrick, who campaigned for a yes vote on "
    "cannabis, said the campaign would wait for the special votes before conceding. Labour won an outright majority "
    "at the general election on Oct. 17, when both referendums were held.",
    [
        C("official results will be announced on Friday next week", "on Friday next week", wd_next_week("Friday"),
          "event", None, real="2020-11-06"),
        C("will take effect 12 months after the final result, in November next year", "in November next year",
          in_month(2021, 11), "event", None, real="2021-11-07"),
    ],
    "Preliminary referendum results of Friday 30 October 2020; official results on Friday 6 November 2020 ('Friday "
    "next week' in a Friday article: the Friday of the following Monday-Sunday week). The End of Life Choice Act 2019 "
    "came into force on 7 November 2021. Election and referendums held on 17 October 2020 (past). 'last year' is "
    "background; the Swarbrick clause has no date.",
    ["next-week-weekday", "said-on-day", "explicit-past-date", "month-period", "number-like-date", "duration"],
)

# ===========================================================================
# India

P(
    "td-karnataka-poll-schedule-2023",
    "2023-03-29 14:30",
    "Asia/Kolkata",
    "NEW DELHI — Karnataka will elect a new 224-member assembly in a single phase on May 10, with votes to be counted "
    "on May 13, Chief Election Commissioner Rajiv Kumar announced on Wednesday, and the model code of conduct takes "
    "effect immediately. Nominations can be filed until April 20, Kumar said. The term of the current assembly, led "
    "by Chief Minister Basavaraj Bommai of the Bharatiya Janata Party, ends on May 24. Asked about a by-election in "
    "Wayanad, the seat Rahul Gandhi lost when he was disqualified from the Lok Sabha last week, Kumar said there was "
    "no hurry because the commission had six months to hold it.",
    [
        C("Karnataka will elect a new 224-member assembly in a single phase on May 10", "on May 10", md(5, 10),
          "event", "Rajiv Kumar", real="2023-05-10"),
        C("with votes to be counted on May 13", "on May 13", md(5, 13), "event", "Rajiv Kumar", real="2023-05-13"),
        C("Nominations can be filed until April 20", "until April 20", md(4, 20), "deadline", "Rajiv Kumar",
          real="2023-04-20"),
        C("ends on May 24", "on May 24", md(5, 24), "deadline", None, real="2023-05-24"),
    ],
    "Election Commission announcement of Wednesday 29 March 2023: poll 10 May, counting 13 May, last date for "
    "nominations 20 April; the assembly's term ended on 24 May 2023 (a statutory expiry: deadline, no speaker). Rahul "
    "Gandhi was disqualified on 24 March 2023 ('last week', past); 'six months' is a duration with no anchor date.",
    ["same-sentence-claims", "duration", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "td-neet-retest-supreme-court-2024",
    "2024-06-13 16:00",
    "Asia/Kolkata",
    "NEW DELHI — About 1,563 candidates whose scores in this year's NEET-UG medical entrance exam were inflated by "
    "grace marks will have to sit a re-test on June 23, the National Testing Agency told the Supreme Court on "
    "Thursday, and the results will be declared by June 30. Candidates who skip the re-test will keep their original "
    "scores without the extra marks. A vacation bench of Justices Vikram Nath and Sandeep Mehta refused to halt "
    "admissions counselling, which is due to begin on July 6. The exam, taken by more than 2.3 million students on "
    "May 5, has been dogged by allegations of paper leaks since results were announced on June 4, ten days ahead of "
    "schedule.",
    [
        C("will have to sit a re-test on June 23", "on June 23", md(6, 23), "event", "the National Testing Agency",
          real="2024-06-23"),
        C("the results will be declared by June 30", "by June 30", md(6, 30), "event",
          "the National Testing Agency", real="2024-06-30"),
        C("admissions counselling, which is due to begin on July 6", "on July 6", md(7, 6), "event", None),
    ],
    "NTA statement to the Supreme Court on Thursday 13 June 2024: re-test for 1,563 candidates on 23 June, results "
    "by 30 June (released on 30 June; a results release is an event). Counselling was then scheduled for 6 July "
    "(later postponed, so no real date). Exam on 5 May, results on 4 June (past explicit dates).",
    ["same-sentence-claims", "explicit-past-date", "said-on-day", "number-like-date", "may-verb"],
)

P(
    "td-imd-monsoon-onset-forecast-2023",
    "2023-05-16 17:30",
    "Asia/Kolkata",
    "NEW DELHI — The southwest monsoon is likely to reach Kerala on June 4, a few days later than usual, the India "
    "Meteorological Department said on Tuesday, adding that its forecast carried a model error of plus or minus four "
    "days. The normal onset date is June 1, and last year the rains arrived on May 29. Private forecaster Skymet "
    "expects an even later start, on June 7, give or take three days. The monsoon brings about 70% of India's annual "
    "rainfall and is vital for rice, soybean and cotton, and the IMD said last month that it expected normal rainfall "
    "overall despite a developing El Niño.",
    [
        C("The southwest monsoon is likely to reach Kerala on June 4", "on June 4",
          md_pm(6, 4, 4), "prediction", "the India Meteorological Department", real="2023-06-08"),
        C("expects an even later start, on June 7, give or take three days", "on June 7, give or take three days",
          md_pm(6, 7, 3), "prediction", "Skymet", real="2023-06-08"),
    ],
    "IMD onset forecast of Tuesday 16 May 2023 (4 June +/- 4 days) and Skymet's (7 June +/- 3 days); the monsoon "
    "reached Kerala on 8 June 2023. The stated error band is taken as the accepted range (not covered by the README; "
    "a careful editor would accept any day inside the forecaster's own band). 'June 1' is the climatological normal "
    "(not a claim); 'May 29' (2022) is past.",
    ["range", "explicit-past-date", "last-month", "said-on-day", "number-like-date", "may-verb"],
)

# ===========================================================================
# Japan, South Korea

P(
    "td-suga-quits-ldp-race-explainer-2021",
    "2021-09-03 15:00",
    "Asia/Tokyo",
    "TOKYO — Prime Minister Yoshihide Suga said on Friday he would not run in the ruling Liberal Democratic Party's "
    "leadership election, just a year after taking office, clearing the way for a new leader to take the party into a "
    "general election. What happens next? Campaigning for the party vote officially begins on Sept. 17, and "
    "lawmakers and rank-and-file members choose a winner on Sept. 29, a day before Suga's term as party president "
    "expires. Former foreign minister Fumio Kishida has already declared his candidacy, and vaccine minister Taro "
    "Kono is weighing a run. Because lower house members' four-year terms are nearly up, the general election must be "
    "held by Nov. 28. Suga told reporters he wanted to concentrate on fighting the coronavirus.",
    [
        C("Campaigning for the party vote officially begins on Sept. 17", "on Sept. 17", md(9, 17), "event", None,
          real="2021-09-17"),
        C("lawmakers and rank-and-file members choose a winner on Sept. 29", "on Sept. 29", md(9, 29), "event", None,
          real="2021-09-29"),
        C("the general election must be held by Nov. 28", "by Nov. 28", md(11, 28), "deadline", None,
          real="2021-10-31", real_le=True),
    ],
    "Suga's announcement of Friday 3 September 2021; LDP campaign from 17 September, vote on 29 September (Kishida "
    "won); his party term ended on 30 September ('a day before ... expires' only refers to the labelled vote, not "
    "labelled). 28 November was the latest legal date for the general election, held on 31 October. 'What happens "
    "next?' is a question without a date; 'just a year' and 'four-year terms' are durations.",
    ["question", "same-sentence-claims", "said-on-day", "duration", "number-like-date"],
)

P(
    "td-japan-covid-class5-decision-2023",
    "2023-01-27 19:00",
    "Asia/Tokyo",
    "TOKYO — Japan will downgrade COVID-19 to the same legal category as seasonal influenza on May 8, Prime Minister "
    "Fumio Kishida said on Friday, ending most of the government's powers to restrict people's movements nearly "
    "three years after the first infection was confirmed in the country in January 2020. The date, which falls just "
    "after the Golden Week holidays, gives hospitals and local governments more than three months to prepare, he "
    "told reporters after a meeting of the government's coronavirus task force. A health ministry expert panel had "
    "approved the change earlier on Friday. Kishida also said decisions on wearing masks indoors would be left to "
    "individuals, without saying from when.",
    [
        C("Japan will downgrade COVID-19 to the same legal category as seasonal influenza on May 8", "on May 8",
          md(5, 8), "event", "Fumio Kishida", real="2023-05-08"),
    ],
    "Government decision of Friday 27 January 2023 to move COVID-19 to Class 5 on 8 May 2023 (done that day; a "
    "measure taking effect, ordered by Kishida: event). 'The date' refers back to the claim; the panel's approval "
    "'earlier on Friday' is a same-day past event; the mask change had no date in this announcement (it was later "
    "set for 13 March). 'nearly three years' and 'more than three months' are durations.",
    ["said-on-day", "past-weekday", "duration", "undated-future", "past-month", "may-verb", "pronoun-speaker"],
)

P(
    "td-korea-election-date-set-2025",
    "2025-04-08 11:30",
    "Asia/Seoul",
    "SEOUL — South Korea will hold its presidential election on June 3, Acting President Han Duck-soo said on "
    "Tuesday, after the Constitutional Court removed Yoon Suk Yeol from office on Friday over his short-lived "
    "declaration of martial law in December. The constitution requires the vote to take place within 60 days of the "
    "ruling, and the cabinet declared election day a public holiday to lift turnout. According to the National "
    "Election Commission, candidates will register on May 10 and 11, and early voting will be held on May 29 and 30. "
    "Lee Jae-myung, the opposition Democratic Party leader who lost to Yoon by less than a percentage point in 2022, "
    "leads opinion polls. The ruling People Power Party has yet to choose its candidate.",
    [
        C("South Korea will hold its presidential election on June 3", "on June 3", md(6, 3), "event",
          "Han Duck-soo", real="2025-06-03"),
        C("The constitution requires the vote to take place within 60 days of the ruling", "within 60 days",
          in_days_anchored(60, "Friday"), "deadline", None, real="2025-06-03"),
        C("candidates will register on May 10 and 11", "on May 10 and 11", md_span(5, 10, 5, 11), "event",
          "the National Election Commission", real="2025-05-10"),
        C("early voting will be held on May 29 and 30", "on May 29 and 30", md_span(5, 29, 5, 30), "event",
          "the National Election Commission", real="2025-05-29"),
    ],
    "Cabinet decision of Tuesday 8 April 2025 setting the snap election for 3 June; Yoon was removed on Friday 4 "
    "April 2025. The 60-day constitutional limit is anchored to the reported ruling day, so both anchors are accepted "
    "(4 April + 60 = 3 June; publication + 60 = 7 June). Candidate registration 10-11 May and early voting 29-30 May "
    "2025 ('according to' the election commission). Martial law in December 2024 and Lee's 2022 defeat are past.",
    ["duration", "past-weekday", "range", "same-sentence-claims", "past-month", "number-like-date"],
)

# ===========================================================================
# Continental Europe

P(
    "td-france-curfew-announced-2020",
    "2020-10-15 07:30",
    "Europe/Paris",
    "PARIS — A nightly curfew will be imposed on Paris and eight other French cities from midnight on Friday, "
    "President Emmanuel Macron said in a television interview on Wednesday evening, as the country battles a second "
    "wave of coronavirus infections. About 20 million people will have to stay at home between 9 p.m. and 6 a.m. for "
    "at least four weeks, and Macron said he would ask parliament to extend the measure until Dec. 1. Those who break "
    "the rules face a fine of 135 euros. Prime Minister Jean Castex will give details at a news conference on "
    "Thursday afternoon. France lifted its state of health emergency in July, and it will be reinstated on Saturday "
    "to give the government the legal basis for the curfew.",
    [
        C("A nightly curfew will be imposed on Paris and eight other French cities from midnight on Friday",
          "from midnight on Friday", midnight_on("Friday"), "event", "Emmanuel Macron", real="2020-10-17"),
        C("he would ask parliament to extend the measure until Dec. 1", "until Dec. 1", md(12, 1), "promise",
          "Emmanuel Macron"),
        C("Prime Minister Jean Castex will give details at a news conference on Thursday afternoon",
          "on Thursday afternoon", wd("Thursday"), "event", None, real="2020-10-15"),
        C("it will be reinstated on Saturday", "on Saturday", wd("Saturday"), "event", None, real="2020-10-17"),
    ],
    "Macron's interview of Wednesday 14 October 2020: curfew 21:00-06:00 in Ile-de-France and eight metropoles from "
    "00:00 on Saturday 17 October (midnight on Friday: Friday or Saturday accepted), which he wanted to keep until 1 "
    "December (his own measure kept until a date: promise; overtaken by the 30 October lockdown, so no real date). "
    "Castex's news conference on Thursday 15 October (same day); state of health emergency restored from 17 "
    "October. '9 p.m. and 6 a.m.' are daily hours, 'at least four weeks' an open duration.",
    ["midnight", "same-day-future", "past-weekday", "past-month", "duration", "number-like-date"],
)

P(
    "td-sanchez-snap-election-2023",
    "2023-05-29 13:00",
    "Europe/Madrid",
    "MADRID — Prime Minister Pedro Sánchez on Monday called a snap general election for July 23, a day after his "
    "Socialists were routed in regional and municipal elections, bringing forward a vote that had been expected in "
    "December. The decree dissolving parliament will be published in the official state gazette on Tuesday, "
    "government sources said. Sánchez said he had taken the decision personally and accepted responsibility for "
    "Sunday's results, which put the conservative People's Party in a position to take over regional governments "
    "including Valencia and Aragon. The vote will come three weeks after Spain takes over the rotating presidency of "
    "the Council of the European Union on July 1, in the middle of the summer holidays.",
    [
        C("called a snap general election for July 23", "for July 23", md(7, 23), "event", "Pedro Sánchez",
          real="2023-07-23"),
        C("The decree dissolving parliament will be published in the official state gazette on Tuesday",
          "on Tuesday", wd("Tuesday"), "event", None, real="2023-05-30"),
        C("Spain takes over the rotating presidency of the Council of the European Union on July 1", "on July 1",
          md(7, 1), "event", None, real="2023-07-01"),
    ],
    "Sánchez's announcement of Monday 29 May 2023, after the local and regional elections of Sunday 28 May; "
    "dissolution decree in the BOE on Tuesday 30 May; Spain's EU Council presidency from 1 July 2023. The December "
    "date the election had been expected on is superseded (not a claim). Anonymous 'government sources' give no "
    "speaker. 'three weeks after' refers back to the labelled dates.",
    ["superseded-date", "past-weekday", "said-on-day", "explicit-date"],
)

P(
    "td-poland-tusk-handover-2023",
    "2023-12-11 08:00",
    "Europe/Warsaw",
    "WARSAW — Poland's parliament votes on Monday on whether to keep Prime Minister Mateusz Morawiecki's government in "
    "office, a ballot he is all but certain to lose almost two months after his Law and Justice party lost its "
    "majority in the Oct. 15 election. If he falls, lawmakers are expected to nominate Donald Tusk, leader of the "
    "centrist Civic Coalition, later the same day. Tusk will then present his programme and face a confidence vote on "
    "Tuesday, and President Andrzej Duda's office said he would swear in the new government on Wednesday morning. "
    "Tusk, who was prime minister from 2007 to 2014 and later president of the European Council, has said he intends "
    "to represent Poland at an EU summit in Brussels on Thursday.",
    [
        C("Poland's parliament votes on Monday", "on Monday", wd("Monday"), "event", None, real="2023-12-11"),
        C("face a confidence vote on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2023-12-12"),
        C("he would swear in the new government on Wednesday morning", "on Wednesday morning", wd("Wednesday"),
          "event", "Andrzej Duda", real="2023-12-13"),
        C("to represent Poland at an EU summit in Brussels on Thursday", "on Thursday", wd("Thursday"), "event",
          "Donald Tusk", real="2023-12-14"),
    ],
    "Sejm confidence vote on Morawiecki on Monday 11 December 2023 (lost; Tusk elected the same day), Tusk's exposé "
    "and confidence vote on Tuesday 12 December, swearing-in by Duda on Wednesday 13 December (his office reporting "
    "the principal: Duda speaks), European Council of 14-15 December. The conditional nomination 'If he falls ... "
    "later the same day' refers back to Monday and is not labelled. Oct. 15 election is past.",
    ["same-day-future", "pronoun-speaker", "hypothetical", "explicit-past-date", "same-sentence-claims"],
)

# ===========================================================================
# No dated claims

N(
    "td-obergefell-texas-clerks-2015",
    "2015-06-27 09:00",
    "America/Chicago",
    "AUSTIN, Texas — Same-sex couples married at county clerks' offices in Austin, Dallas and Houston on Friday, "
    "hours after the US Supreme Court ruled 5-4 that the Constitution guarantees gay and lesbian couples the right to "
    "marry nationwide. Writing for the majority, Justice Anthony Kennedy said the couples asked for equal dignity in "
    "the eyes of the law, while Chief Justice John Roberts wrote in dissent that the Constitution had nothing to do "
    "with the outcome. Some rural Texas clerks said they would wait for guidance from state officials before issuing "
    "licences. How quickly will the rest of the state follow? Governor Greg Abbott told state agencies on Friday to "
    "protect the religious liberty of Texans, and Attorney General Ken Paxton said his office would advise clerks in "
    "the coming days. The court struck down part of the 1996 Defense of Marriage Act in 2013.",
    "Obergefell v. Hodges, decided Friday 26 June 2015; Texas counties began issuing licences that afternoon; "
    "Abbott's directive of 26 June and Paxton's opinion of 28 June. Only past weekdays, a question, 'in the coming "
    "days' and background years; no dated forward claim.",
    ["past-weekday", "question", "undated-future", "number-like-date", "said-on-day"],
)

N(
    "td-flint-federal-emergency-2016",
    "2016-01-17 10:00",
    "America/Detroit",
    "FLINT, Mich. — President Barack Obama declared a federal emergency in Flint on Saturday, freeing up to $5 "
    "million in aid for the city of about 100,000, where lead from ageing pipes leached into drinking water after "
    "officials switched its supply to the Flint River in April 2014 to save money. Obama turned down Governor Rick "
    "Snyder's request for a major disaster declaration, which would have unlocked far more money, because the crisis "
    "was not caused by a natural event. The city switched back to Detroit's water system in October, but residents "
    "have been told to keep using bottled water and filters until further notice. Experts say it may take months, or "
    "longer, before the pipes are safe. Snyder has apologised and said the state failed the people of Flint.",
    "Obama's emergency declaration of Saturday 16 January 2016; the river switch of April 2014 and the return to "
    "Detroit water in October 2015 are past. 'until further notice' and 'may take months' are undated.",
    ["past-weekday", "past-month", "may-verb", "undated-future", "hypothetical", "number-like-date", "duration"],
)

N(
    "td-abe-longest-serving-2019",
    "2019-11-20 18:30",
    "Asia/Tokyo",
    "TOKYO — Shinzo Abe became Japan's longest-serving prime minister on Wednesday, his 2,887th day in office across "
    "two stints, overtaking Taro Katsura, who led the country three times between 1901 and 1913. Abe, who first took "
    "office in 2006 and quit after a year, returned to power in December 2012 and has since led his party to six "
    "national election victories. The milestone was overshadowed by criticism of his annual cherry blossom viewing "
    "party, which opposition lawmakers say he used to entertain supporters at public expense; the government has "
    "already cancelled next spring's gathering. Abe has said he will not seek a fourth term as party leader. Who "
    "succeeds him remains an open question.",
    "Abe passed Katsura's 2,886 days on Wednesday 20 November 2019. The 2020 cherry blossom party was cancelled on "
    "13 November 2019 (a cancelled date, not a claim); the fourth-term statement and the succession question carry "
    "no date.",
    ["cancelled-date", "said-on-day", "question", "number-like-date", "past-month", "duration"],
)

N(
    "td-johnson-resigns-leader-2022",
    "2022-07-07 15:00",
    "Europe/London",
    "LONDON — Boris Johnson announced on Thursday that he would resign as leader of the Conservative Party, bowing "
    "to a revolt that saw more than 50 ministers and aides quit his government in less than 48 hours. Speaking "
    "outside Downing Street, he said he would remain prime minister until a successor was chosen, and that the "
    "timetable for the contest would be set out later. The exodus began on Tuesday evening, when Chancellor Rishi "
    "Sunak and Health Secretary Sajid Javid resigned within minutes of each other over his handling of the Chris "
    "Pincher affair. Could he really stay in Number 10 until the party conference in October? Labour leader Keir "
    "Starmer said that if the Conservatives did not remove him at once, his party would try to force a confidence "
    "vote. Johnson won a landslide election in December 2019.",
    "Johnson's resignation statement of Thursday 7 July 2022; Sunak and Javid resigned on Tuesday 5 July. The "
    "October conference appears only in a question; Starmer's threat has no date; 'later' is undated.",
    ["question", "past-weekday", "undated-future", "hypothetical", "said-on-day", "past-month", "duration"],
)

N(
    "td-affirmative-action-ruling-2023",
    "2023-06-30 08:00",
    "America/New_York",
    "WASHINGTON — The Supreme Court on Thursday struck down race-conscious admissions at Harvard and the University of "
    "North Carolina, ruling by six votes to three in the North Carolina case that such programmes violate the "
    "Constitution's guarantee of equal protection and upending practices colleges have relied on since the 1970s. "
    "Chief Justice John Roberts wrote that students must be treated on the basis of their experiences as individuals, "
    "not their race, while Justice Sonia Sotomayor said in dissent that the ruling rolled back decades of progress. "
    "In 2003, Justice Sandra Day O'Connor had written that she expected such preferences to become unnecessary "
    "within a generation. President Joe Biden said he strongly disagreed and asked the Education Department to study which "
    "practices could help build diverse student bodies. What will change for students applying this fall? "
    "Admissions officers say they are still working that out.",
    "Students for Fair Admissions v. Harvard / UNC, decided Thursday 29 June 2023 (6-3 in the UNC case, 6-2 in "
    "Harvard's). O'Connor's 2003 Grutter expectation is a past, undated statement; 'this fall' appears only inside a question; "
    "Biden's request has no date.",
    ["question", "said-on-day", "past-weekday", "number-like-date", "duration", "undated-future"],
)

N(
    "td-koike-third-term-tokyo-2024",
    "2024-07-08 07:00",
    "Asia/Tokyo",
    "TOKYO — Yuriko Koike won a third term as governor of Tokyo on Sunday, comfortably beating a record field of 56 "
    "candidates that included Renho, a prominent opposition lawmaker, who finished third behind Shinji Ishimaru, a "
    "former city mayor with a large following online. Koike, 71, who in 2016 became the capital's first female "
    "governor, campaigned on childcare support and disaster preparedness. Turnout rose to about 61%, from 55% in "
    "2020. Ishimaru, who had little party backing, did not rule out running for national office. The result offers "
    "some relief to Prime Minister Fumio Kishida, whose Liberal Democratic Party quietly backed Koike, but analysts "
    "say it does little to ease the pressure on him ahead of a party leadership contest.",
    "Tokyo gubernatorial election of Sunday 7 July 2024. Background years (2016, 2020), percentages and an undated "
    "leadership contest; Ishimaru's possible run has no date.",
    ["past-weekday", "number-like-date", "undated-future", "hypothetical"],
)

N(
    "td-uk-supreme-court-biological-sex-2025",
    "2025-04-17 07:30",
    "Europe/London",
    "LONDON — The legal definition of a woman under the Equality Act 2010 is based on biological sex, the Supreme "
    "Court ruled on Wednesday, handing victory to the campaign group For Women Scotland in a long-running dispute "
    "with the Scottish government. Lord Hodge, the court's deputy president, said the judgment should not be read as "
    "a triumph of one group over another, and stressed that transgender people remain protected from discrimination. "
    "The case began after Scotland passed a law in 2018 on women's representation on public boards that counted "
    "trans women among its quotas. The Equality and Human Rights Commission said it would update its guidance for "
    "employers and service providers in the coming weeks. Campaigners on both sides said on Wednesday evening that "
    "they expected further legal battles.",
    "For Women Scotland v The Scottish Ministers, judgment of Wednesday 16 April 2025. 'Equality Act 2010' and "
    "'2018' are number-like and past; the EHRC guidance is an undated future ('in the coming weeks').",
    ["said-on-day", "number-like-date", "undated-future", "past-weekday"],
)

N(
    "td-newsom-survives-recall-2021",
    "2021-09-15 06:00",
    "America/Los_Angeles",
    "SACRAMENTO, Calif. — Governor Gavin Newsom comfortably survived a Republican-led attempt to remove him from "
    "office on Tuesday, with nearly two-thirds of voters rejecting the recall in early returns, a result he hailed as "
    "a win for science and vaccines. The Associated Press called the race less than an hour after polls closed at 8 "
    "p.m. Conservative radio host Larry Elder, who led the field of 46 replacement candidates, conceded and told "
    "supporters they may have lost the battle but would win the war. Had the recall succeeded, Elder could have "
    "become governor with a small fraction of the vote. The election cost the state an estimated $276 million. "
    "Republicans said they would keep pressing Newsom on crime, homelessness and pandemic rules.",
    "California recall election of Tuesday 14 September 2021. The poll closing time is past; Elder's 'war' remark "
    "and the counterfactual are undated; '$276 million' is number-like.",
    ["past-weekday", "hypothetical", "may-verb", "number-like-date", "time-local", "undated-future"],
)

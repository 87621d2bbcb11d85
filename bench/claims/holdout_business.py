"""Held-out test passages: business and economics: central banks, earnings, markets, trade and tariffs, strikes and labour, tech launches, mergers and regulators, energy and OPEC, company promises. Written blind on 2026-11-27 (see holdout.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    TD,
    C,
    D,
    _res,
    before_year,
    by_month,
    early_year,
    in_month,
    in_year,
    md,
    mid_year,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_month,
    thanksgiving_us,
    this_end_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


# ---------------------------------------------------------------------------
# Rules not in build.py


def quarters(y, q1, q2):
    """'in the second or third quarter of 2024': from the first day of quarter q1 to the
    last day of quarter q2 of year y (the whole span, either quarter accepted)."""
    def f(p):
        lo = D(y, 3 * q1 - 2, 1)
        nm = D(y + (q2 == 4), (3 * q2) % 12 + 1, 1)
        hi = nm - TD(1)
        return _res(lo, hi, f"Q{q1}..Q{q2} {y} = {lo}..{hi}")
    return f


def in_months(n):
    """'within two months' (ordered on the publication day): the same day of the month
    n calendar months after publication (clamped to the month's last day)."""
    def f(p):
        d0 = p.date()
        y, m = divmod(d0.month - 1 + n, 12)
        y, m = d0.year + y, m + 1
        nm = D(y + (m == 12), m % 12 + 1, 1)
        x = D(y, m, min(d0.day, (nm - TD(1)).day))
        return _res(x, x, f"{d0} + {n} months = {x}")
    return f


def black_friday():
    """'on Black Friday': the day after US Thanksgiving (fourth Thursday of November),
    next occurrence on or after publication."""
    def f(p):
        d0 = p.date()
        x = thanksgiving_us(d0.year) + TD(1)
        if x < d0:
            x = thanksgiving_us(d0.year + 1) + TD(1)
        return _res(x, x, f"Black Friday on/after {d0} = {x}")
    return f


def christmas_eve():
    """'on Christmas Eve': December 24, next occurrence on or after publication."""
    def f(p):
        d0 = p.date()
        x = D(d0.year, 12, 24)
        if x < d0:
            x = D(d0.year + 1, 12, 24)
        return _res(x, x, f"Christmas Eve on/after {d0} = {x}")
    return f


# ===========================================================================
# Central banks and rates

P("biz-boe-gilt-deadline-2022", "2022-10-12 07:30", "Europe/London",
  "LONDON (Reuters) - Bank of England Governor Andrew Bailey has told pension funds they have until Friday to "
  "rebalance their positions, insisting that the central bank's emergency purchases of long-dated government "
  "bonds will end then as planned. \"You've got three days left now,\" Bailey said at an event in Washington on "
  "Tuesday, sending sterling lower against the dollar. The Bank launched the purchases on Sept. 28, five days "
  "after Finance Minister Kwasi Kwarteng's mini-budget sent gilt yields soaring. Kwarteng, who has already "
  "brought forward his medium-term fiscal plan from Nov. 23, is due to present it on Oct. 31 together with "
  "forecasts from the Office for Budget Responsibility.",
  [C("they have until Friday to rebalance their positions", "until Friday", wd("Friday"), "deadline",
     "Andrew Bailey", real="2022-10-14"),
   C("is due to present it on Oct. 31", "on Oct. 31", md(10, 31), "event", None)],
  "Bailey at the IIF in Washington, Tuesday 11 October 2022; the BoE gilt operation ended Friday 14 October. "
  "Kwarteng had moved his fiscal plan from 23 November to 31 October on 10 October (it was later delayed again "
  "to 17 November by Jeremy Hunt, so no real date is recorded). 'three days left' repeats the Friday deadline "
  "and is not labelled again; 'Nov. 23' is superseded.",
  ["said-on-day", "past-weekday", "repeated-claim", "superseded-date", "explicit-date", "explicit-past-date"])

P("biz-boj-ueda-first-meeting-2023", "2023-04-10 18:30", "Asia/Tokyo",
  "TOKYO - New Bank of Japan Governor Kazuo Ueda said on Monday it was appropriate to keep yield curve control "
  "in place for now, signalling that he was in no hurry to dismantle his predecessor's massive stimulus. Ueda, "
  "a 71-year-old academic who took office on Sunday, will chair his first policy meeting later this month, when "
  "the board also releases fresh quarterly forecasts for growth and prices. He said the benefits of monetary "
  "easing still outweighed its costs, though he acknowledged that the bond market was not functioning well.",
  [C("will chair his first policy meeting later this month", "later this month", rest_of_month(), "event", None,
     real="2023-04-28")],
  "Ueda took office on Sunday 9 April 2023 and held his first news conference on 10 April; his first policy "
  "meeting ran 27-28 April 2023.",
  ["later-this-period", "said-on-day", "past-weekday", "number-like-date"])

P("biz-turkey-erkan-first-decision-2023", "2023-06-19 09:00", "Europe/Istanbul",
  "ISTANBUL - Turkey's central bank will announce its first interest rate decision under Governor Hafize Gaye "
  "Erkan at 2 p.m. on Thursday, and economists polled by Reuters expect the policy rate to more than double from "
  "8.5%. Erkan, a former co-chief executive of First Republic Bank, was appointed this month after President "
  "Tayyip Erdogan won re-election in May and named Mehmet Simsek, who has said Turkey has no option but to "
  "return to rational policies, as finance minister. Thursday's decision will show how far Ankara is prepared "
  "to go. The lira, which has lost about a fifth of its value this year, may weaken further if the increase "
  "disappoints, analysts said.",
  [C("will announce its first interest rate decision under Governor Hafize Gaye Erkan at 2 p.m. on Thursday",
     "at 2 p.m. on Thursday", wd("Thursday", "14:00"), "event", None, real="2023-06-22")],
  "CBRT decision of Thursday 22 June 2023 at 14:00 Istanbul (raised to 15%). \"Thursday's decision\" repeats "
  "the labelled claim.",
  ["time-local", "repeated-claim", "past-month", "may-verb", "hypothetical", "number-like-date"])

P("biz-fed-budget-week-mumbai-2024", "2024-01-29 08:45", "Asia/Kolkata",
  "MUMBAI - Indian bond and currency traders face a crowded week: the US Federal Reserve publishes its policy "
  "decision at 1900 GMT on Wednesday, and Finance Minister Nirmala Sitharaman presents an interim budget on "
  "Feb. 1, the last before the general election. Few economists see the Fed cutting rates before the spring, "
  "and most expect Sitharaman to stick to her path of fiscal consolidation. Benchmark bond yields have eased "
  "since JPMorgan said last September that it would add Indian government bonds to its emerging-market index "
  "from June.",
  [C("publishes its policy decision at 1900 GMT on Wednesday", "at 1900 GMT on Wednesday",
     zoned(wd("Wednesday"), "19:00", "UTC"), "event", None, real="2024-02-01"),
   C("presents an interim budget on Feb. 1", "on Feb. 1", md(2, 1), "event", None, real="2024-02-01"),
   C("add Indian government bonds to its emerging-market index from June", "from June", in_month(2024, 6),
     "promise", "JPMorgan", real="2024-06-28")],
  "FOMC decision at 14:00 EST Wednesday 31 January 2024 = 19:00 GMT = 00:30 IST Thursday 1 February; interim "
  "budget 1 February 2024; JPMorgan (21 September 2023) added Indian bonds to the GBI-EM from 28 June 2024. "
  "'before the spring' is a negated forecast, not a claim.",
  ["time-converted", "date-crossing-conversion", "same-sentence-claims", "explicit-date", "last-month",
   "month-period", "hypothetical", "undated-future"])

P("biz-pan-aadhaar-deadline-2023", "2023-06-26 11:00", "Asia/Kolkata",
  "NEW DELHI - Taxpayers who have not linked their Permanent Account Number with their Aadhaar biometric ID "
  "must do so by the end of the month, or the PAN will become inoperative from July 1, the Income Tax "
  "Department reminded taxpayers on Monday. Linking now carries a fee of 1,000 rupees, and holders of an "
  "inoperative PAN will not receive tax refunds and will face tax deducted at a higher rate. The cut-off had "
  "originally been March 31 before the government extended it by three months in March.",
  [C("must do so by the end of the month", "by the end of the month", this_end_of_month(), "deadline",
     "the Income Tax Department", real="2023-06-30"),
   C("the PAN will become inoperative from July 1", "from July 1", md(7, 1), "deadline",
     "the Income Tax Department", real="2023-07-01")],
  "PAN-Aadhaar linking deadline of 30 June 2023 (extended on 28 March from 31 March); PANs not linked became "
  "inoperative from 1 July 2023.",
  ["end-of-month", "conditional-threat", "same-sentence-claims", "explicit-date", "superseded-date",
   "past-month", "said-on-day", "number-like-date"])

# ===========================================================================
# Company promises, results and listings

P("biz-jio-listing-agm-2025", "2025-08-29 18:00", "Asia/Kolkata",
  "MUMBAI (Reuters) - Reliance Industries will list its telecoms arm Jio Platforms by the first half of 2026, "
  "Chairman Mukesh Ambani told shareholders at the conglomerate's annual general meeting on Friday, ending years "
  "of speculation over the timing of what could be India's biggest share sale. Ambani, 68, also announced a new "
  "artificial intelligence subsidiary, Reliance Intelligence, without saying when it would begin operating. "
  "Jio, which has more than 500 million subscribers, raised about $20 billion in 2020 from investors including "
  "Meta and Google.",
  [C("will list its telecoms arm Jio Platforms by the first half of 2026", "by the first half of 2026",
     by_month(2026, 6), "promise", "Mukesh Ambani")],
  "Reliance AGM of Friday 29 August 2025. 'by the first half of 2026' is a 'by <period>' claim: the last day of "
  "the period, 30 June 2026.",
  ["half", "said-on-day", "hypothetical", "undated-future", "number-like-date"])

P("biz-iphone-x-dates-2017", "2017-09-12 13:30", "America/Los_Angeles",
  "CUPERTINO, Calif. - Apple Inc unveiled the iPhone X on Tuesday, a $999 handset with an "
  "edge-to-edge screen and facial recognition that marks the biggest redesign since the first iPhone went on "
  "sale in 2007. Customers can order the new model from 12:01 a.m. on Oct. 27 and it will reach stores on "
  "Nov. 3, while the cheaper iPhone 8 and 8 Plus ship on Sept. 22, the company said. Some analysts had "
  "expected the flagship to arrive sooner and worried that the late start could weigh on holiday sales.",
  [C("Customers can order the new model from 12:01 a.m. on Oct. 27", "from 12:01 a.m. on Oct. 27",
     md(10, 27, "00:01"), "event", "Apple", real="2017-10-27"),
   C("it will reach stores on Nov. 3", "on Nov. 3", md(11, 3), "event", "Apple", real="2017-11-03"),
   C("the cheaper iPhone 8 and 8 Plus ship on Sept. 22", "on Sept. 22", md(9, 22), "event", "Apple",
     real="2017-09-22")],
  "Apple event of 12 September 2017: iPhone X pre-orders from 00:01 PDT 27 October, in stores 3 November; "
  "iPhone 8 available 22 September.",
  ["same-sentence-claims", "explicit-date", "time-local", "number-like-date", "past-weekday", "hypothetical"])

P("biz-tesla-pay-vote-2024", "2024-06-05 08:00", "America/Chicago",
  "AUSTIN, Texas - Tesla shareholders will vote on Thursday next week on whether to ratify Elon Musk's 2018 "
  "pay package, once valued at $56 billion, which a Delaware judge struck down in January as excessive. The "
  "company is also asking investors to approve moving its legal home from Delaware to Texas. Proxy advisers "
  "Institutional Shareholder Services and Glass Lewis have recommended voting against the pay plan, while "
  "Chair Robyn Denholm has urged investors to back it.",
  [C("will vote on Thursday next week", "on Thursday next week", wd_next_week("Thursday"), "event", None,
     real="2024-06-13")],
  "Tesla annual meeting of 13 June 2024; Tornetta v. Musk ruling of 30 January 2024.",
  ["next-week-weekday", "past-month", "number-like-date"])

P("biz-reddit-ipo-2024", "2024-03-15 07:00", "America/New_York",
  "NEW YORK - Reddit is set to make its debut on the New York Stock Exchange next Thursday under the ticker "
  "\"RDDT\", in the first initial public offering by a major social media company since Pinterest listed in "
  "2019. The company is marketing 22 million shares at $31 to $34 each, and pricing is expected on Wednesday, "
  "according to people familiar with the matter. Reddit has reserved 8% of the offering for some of its most "
  "active users and moderators, an unusual step that could add to volatility in early trading.",
  [C("make its debut on the New York Stock Exchange next Thursday", "next Thursday", next_wd("Thursday"),
     "event", None, real="2024-03-21"),
   C("pricing is expected on Wednesday", "on Wednesday", wd("Wednesday"), "prediction", None,
     real="2024-03-20")],
  "Reddit priced on Wednesday 20 March 2024 at $34 and began trading on Thursday 21 March. Published on a "
  "Friday, so both readings of 'next Thursday' are 21 March. Anonymous sources ('people familiar with the matter') "
  "are not a speaker: null.",
  ["next-weekday", "number-like-date", "hypothetical"])

P("biz-boeing-jobs-777x-2024", "2024-10-11 18:30", "America/New_York",
  "ARLINGTON, Va. - Boeing will cut about 10% of its workforce, or roughly 17,000 jobs, and now expects the "
  "first delivery of its 777X widebody in 2026 rather than next year, Chief Executive Kelly Ortberg told "
  "employees on Friday, as a month-long machinists' strike drains its cash. The planemaker also said it will "
  "report third-quarter results on Oct. 23 and will end production of the commercial 767 freighter in 2027, "
  "after preliminary figures showed a loss of $9.97 a share for the quarter.",
  [C("now expects the first delivery of its 777X widebody in 2026", "in 2026", in_year(2026), "prediction",
     "Kelly Ortberg"),
   C("will report third-quarter results on Oct. 23", "on Oct. 23", md(10, 23), "event", "Boeing",
     real="2024-10-23"),
   C("will end production of the commercial 767 freighter in 2027", "in 2027", in_year(2027), "promise",
     "Boeing")],
  "Ortberg memo of Friday 11 October 2024; Q3 2024 results on 23 October. The earlier 777X target ('next "
  "year', 2025) is superseded; 'third-quarter' refers to a past quarter.",
  ["superseded-date", "year-period", "explicit-date", "same-sentence-claims", "said-on-day",
   "number-like-date"])

P("biz-airbus-a321xlr-delay-2022", "2022-05-04 19:00", "Europe/Paris",
  "TOULOUSE, France (Reuters) - Airbus now expects its long-range A321XLR jet to enter service in early 2024 "
  "rather than by the end of next year, Chief Executive Guillaume Faury said on Wednesday, as the planemaker "
  "works to satisfy European safety regulators over a fuel tank built into the fuselage. Airbus reported higher "
  "first-quarter profit and said it still plans to raise output of its best-selling A320neo family to 75 jets "
  "a month in 2025.",
  [C("enter service in early 2024", "in early 2024", early_year(2024), "prediction", "Guillaume Faury"),
   C("raise output of its best-selling A320neo family to 75 jets a month in 2025", "in 2025", in_year(2025),
     "promise", "Airbus")],
  "Airbus Q1 2022 results, 4 May 2022: A321XLR entry into service moved from late 2023 to early 2024 (it "
  "finally entered service in late 2024, so no real date is recorded); rate 75 planned for 2025. 'by the end "
  "of next year' is superseded.",
  ["early-year", "superseded-date", "year-period", "said-on-day", "number-like-date"])

P("biz-mercedes-all-electric-2021", "2021-07-22 15:00", "Europe/Berlin",
  "STUTTGART - Mercedes-Benz will be ready to sell only electric cars by the end of the decade wherever market "
  "conditions allow, Chief Executive Ola Källenius said on Thursday, as the carmaker accelerated its shift away "
  "from the combustion engine. From 2025, all newly launched vehicle architectures will be electric-only, he "
  "said, and the company plans to build eight battery cell plants with partners. Källenius did not say how many "
  "of the group's engine plants would be affected.",
  [C("will be ready to sell only electric cars by the end of the decade", "by the end of the decade",
     before_year(2030), "promise", "Ola Källenius"),
   C("From 2025, all newly launched vehicle architectures will be electric-only", "From 2025", in_year(2025),
     "promise", "Ola Källenius")],
  "Mercedes-Benz strategy update of Thursday 22 July 2021. 'by the end of the decade' accepts 31 December 2029 "
  "or 2030 (README rule); 'he said' resolves to Källenius.",
  ["before-year", "year-period", "pronoun-speaker", "said-on-day", "undated-future"])

P("biz-tata-port-talbot-2024", "2024-01-19 13:00", "Europe/London",
  "PORT TALBOT, Wales - Tata Steel confirmed on Friday that it will shut both blast furnaces at Port Talbot, "
  "Britain's largest steelworks, cutting up to 2,800 jobs as it switches to a less polluting electric arc "
  "furnace backed by a 500 million pound government grant. The first furnace is due to close by the middle of "
  "the year and the second by the end of the year, the company said. Unions, which had proposed keeping one "
  "furnace running during the transition, said they would consider all options, including industrial action.",
  [C("The first furnace is due to close by the middle of the year", "by the middle of the year", mid_year(2024),
     "promise", "Tata Steel"),
   C("the second by the end of the year", "by the end of the year", this_year_end(), "promise", "Tata Steel",
     real="2024-09-30", real_le=True)],
  "Tata Steel announcement of 19 January 2024; blast furnace 5 closed in early summer 2024 and blast furnace 4, "
  "the last, on 30 September 2024. 'by the middle of the year' read as mid-2024 (1 June-31 July).",
  ["mid-year", "year-end", "same-sentence-claims", "said-on-day", "number-like-date", "undated-future"])

# ===========================================================================
# Energy and OPEC

P("biz-opec-surprise-cut-2023", "2023-04-03 08:00", "Asia/Riyadh",
  "DUBAI (Reuters) - OPEC+ producers led by Saudi Arabia announced on Sunday further output cuts of around "
  "1.16 million barrels per day, with the reductions starting in May and lasting until the end of the year, a "
  "surprise move that sent oil prices up more than 5% in early Asian trade. Riyadh, whose share is 500,000 bpd, "
  "called the step a precautionary measure to support the stability of the market. Goldman Sachs raised its "
  "Brent forecast for December to $95 a barrel, citing the cuts.",
  [C("with the reductions starting in May", "starting in May", in_month(2023, 5), "promise", "OPEC+",
     real="2023-05-01"),
   C("lasting until the end of the year", "until the end of the year", this_year_end(), "promise", "OPEC+",
     real="2023-12-31"),
   C("raised its Brent forecast for December to $95 a barrel", "for December", in_month(2023, 12),
     "prediction", "Goldman Sachs")],
  "OPEC+ voluntary cuts announced Sunday 2 April 2023, May to end-2023; Goldman raised its December 2023 Brent "
  "forecast to $95 the same weekend.",
  ["same-sentence-claims", "month-period", "year-end", "said-on-day", "past-weekday", "number-like-date"])

P("biz-russia-default-grace-2022", "2022-06-26 09:00", "Europe/London",
  "LONDON - Russia is on the brink of its first default on foreign-currency sovereign bonds since 1918, when "
  "the Bolsheviks repudiated the tsar's debts, with a 30-day grace period on about $100 million of interest "
  "payments due to expire on Sunday. The coupons, on one dollar bond and one euro bond, fell due on May 27, but "
  "Western sanctions have made it all but impossible for Moscow to pay overseas bondholders. The finance "
  "ministry says it has the money and has tried to pay, and rejects any talk of default.",
  [C("a 30-day grace period on about $100 million of interest payments due to expire on Sunday", "on Sunday",
     wd("Sunday"), "deadline", None, real="2022-06-26")],
  "Grace period on coupons due 27 May 2022 expired at the end of Sunday 26 June 2022. 'on Sunday' in a Sunday "
  "article is that day.",
  ["by-weekday-same-day", "explicit-past-date", "number-like-date"])

# ===========================================================================
# Strikes and labour

P("biz-rmt-rail-strikes-2022", "2022-06-20 07:00", "Europe/London",
  "Britain's biggest rail strike in three decades looks set to go ahead with no sign of a last-minute deal, "
  "with around 40,000 members of the RMT union at Network Rail and 13 train companies due to walk out on "
  "Tuesday, Thursday and Saturday. Only about a fifth of passenger services will run on strike days, and trains "
  "on the mornings afterwards are expected to start late. Transport Secretary Grant Shapps has said the "
  "government will not take part in the talks, a stance criticised by the union's general secretary, Mick "
  "Lynch.",
  [C("due to walk out on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2022-06-21"),
   C("Thursday", "Thursday", wd("Thursday"), "event", None, real="2022-06-23"),
   C("Saturday", "Saturday", wd("Saturday"), "event", None, real="2022-06-25")],
  "RMT national rail strikes of 21, 23 and 25 June 2022.",
  ["same-sentence-claims", "number-like-date", "undated-future"])

P("biz-wga-contract-expiry-2023", "2023-05-01 08:30", "America/Los_Angeles",
  "LOS ANGELES - Negotiators for Hollywood's writers and the major studios return to the bargaining table on "
  "Monday for a final round of talks before the Writers Guild of America's contract expires at midnight, with "
  "union leaders already authorised to call the first writers' strike since 2007. More than 97% of members who "
  "cast ballots last month backed a walkout. The Alliance of Motion Picture and Television Producers, which "
  "bargains for Netflix, Disney and other studios, has said it is willing to improve its offer.",
  [C("return to the bargaining table on Monday", "on Monday", wd("Monday"), "event", None, real="2023-05-01"),
   C("contract expires at midnight", "at midnight", midnight_on("Monday"), "deadline", None, real="2023-05-01")],
  "WGA-AMPTP talks on Monday 1 May 2023; the contract expired at midnight that night and the strike began on "
  "2 May. 'at midnight' in a Monday article: that Monday or the next day.",
  ["same-day-future", "midnight", "same-sentence-claims", "number-like-date"])

P("biz-royal-mail-strikes-2022", "2022-11-21 07:00", "Europe/London",
  "LONDON - Royal Mail's postal workers are due to strike on Thursday and again on Black Friday, and will hold "
  "a final walkout of the year on Christmas Eve, according to the Communication Workers Union, as the busiest "
  "weeks of the year for parcels approach. Royal Mail, which says it is losing about 1 million pounds a day, "
  "has warned that it could cut as many as 10,000 jobs by next August.",
  [C("due to strike on Thursday", "on Thursday", wd("Thursday"), "event", "the Communication Workers Union",
     real="2022-11-24"),
   C("again on Black Friday", "on Black Friday", black_friday(), "event", "the Communication Workers Union",
     real="2022-11-25"),
   C("a final walkout of the year on Christmas Eve", "on Christmas Eve", christmas_eve(), "event",
     "the Communication Workers Union", real="2022-12-24")],
  "CWU strikes at Royal Mail on 24 and 25 November and 24 December 2022. The job-cut warning ('could ... by "
  "next August') is a possibility, not a claim.",
  ["holiday", "same-sentence-claims", "hypothetical", "number-like-date"])

# ===========================================================================
# Trade, regulators and courts

P("biz-huawei-long-march-2019", "2019-05-22 17:00", "Asia/Shanghai",
  "BEIJING - Chinese President Xi Jinping has called on the nation to set out on a \"new Long March\" and start "
  "over again, state media reported, remarks widely read as preparing the public for a drawn-out trade war with "
  "the United States. Xi spoke during a visit to Jiangxi province, where the Red Army began the original Long "
  "March in 1934. Meanwhile the US Commerce Department has granted Huawei Technologies a temporary licence that "
  "lets it buy American goods to maintain existing networks and send software updates to handsets until Aug. "
  "19, partly easing a blacklisting announced last week.",
  [C("send software updates to handsets until Aug. 19", "until Aug. 19", md(8, 19), "deadline",
     "the US Commerce Department", real="2019-08-19")],
  "Xi's Jiangxi remarks of 20-21 May 2019; temporary general licence of 20 May 2019 valid until 19 August 2019 "
  "(Entity List listing of 15-16 May).",
  ["march-noun", "explicit-date", "number-like-date"])

P("biz-us-china-buenos-aires-truce-2018", "2018-12-03 08:00", "America/New_York",
  "WASHINGTON - The United States will hold off on raising tariffs on $200 billion of Chinese goods to 25% from "
  "10%, an increase that had been due to take effect on Jan. 1, after Presidents Donald Trump and Xi Jinping "
  "agreed over dinner in Buenos Aires on Saturday to a 90-day truce. If no agreement on technology transfer, "
  "intellectual property and other issues is reached by March 1, the higher rate will kick in, the White House "
  "said. China's foreign ministry described the talks as friendly and candid but made no mention of a deadline.",
  [C("If no agreement on technology transfer, intellectual property and other issues is reached by March 1",
     "by March 1", md(3, 1), "deadline", "the White House")],
  "Trump-Xi dinner of Saturday 1 December 2018; 90-day truce to 1 March 2019 (extended in February, so no real "
  "date is recorded). The 1 January increase is cancelled.",
  ["cancelled-date", "conditional-threat", "year-inference", "past-weekday", "explicit-date",
   "number-like-date"])

P("biz-nippon-steel-us-steel-2023", "2023-12-19 09:00", "Asia/Tokyo",
  "TOKYO - Nippon Steel has agreed to buy US Steel for $14.9 billion, or $55 a share in cash, beating a rival "
  "approach from Cleveland-Cliffs for the 122-year-old Pittsburgh company, the two firms said on Monday. The "
  "Japanese steelmaker expects to complete the deal in the second or third quarter of 2024, subject to approval "
  "by US Steel shareholders and regulators. The United Steelworkers union said it was disappointed not to have "
  "been consulted, and several US senators called for the deal to be blocked.",
  [C("expects to complete the deal in the second or third quarter of 2024", "in the second or third quarter of 2024",
     quarters(2024, 2, 3), "prediction", "Nippon Steel")],
  "Deal announced Monday 18 December 2023 (US time); it closed only in June 2025, so no real date is recorded.",
  ["quarter", "range", "said-on-day", "past-weekday", "number-like-date"])

P("biz-sebi-adani-probe-2023", "2023-03-02 19:00", "Asia/Kolkata",
  "NEW DELHI - India's Supreme Court on Thursday ordered the markets regulator to complete within two months its "
  "investigation into whether the Adani Group broke rules on related-party dealings and share prices, after a "
  "US short seller's report wiped more than $100 billion off the value of the conglomerate's listed companies. "
  "The court also set up a six-member expert panel headed by a retired judge to review the regulatory "
  "framework. Group chairman Gautam Adani welcomed the order, saying that truth would prevail.",
  [C("ordered the markets regulator to complete within two months its investigation", "within two months",
     in_months(2), "deadline", "India's Supreme Court")],
  "Supreme Court order of Thursday 2 March 2023 giving SEBI two months (SEBI later sought an extension, so no "
  "real date is recorded).",
  ["duration", "said-on-day", "number-like-date"])

# ===========================================================================
# Passages with no dated claim


N = no_claim_adder(P)


N("biz-nikkei-record-2024", "2024-02-22 16:30", "Asia/Tokyo",
  "TOKYO - Japan's Nikkei share average closed at a record high on Thursday, finally surpassing the peak of "
  "38,915.87 it reached on Dec. 29, 1989, at the height of the country's asset bubble. Chip-related stocks led "
  "the rally after upbeat results from Nvidia, and some strategists said the index could climb to 40,000 by the "
  "end of the year if the yen stays weak. Will foreign investors, who have driven most of the gains, keep "
  "buying? Much may depend on when the Bank of Japan ends its negative interest rate policy.",
  "Nikkei record close of 22 February 2024 (39,098.68). The year-end level is conditional ('could ... if'), "
  "not a claim.",
  ["explicit-past-date", "hypothetical", "question", "may-verb", "number-like-date", "undated-future"])

N("biz-gamestop-robinhood-2021", "2021-01-29 16:00", "America/New_York",
  "NEW YORK - Shares of GameStop swung wildly again on Friday after Robinhood said it would let clients buy "
  "limited amounts of the stock, a day after the online brokerage's trading curbs enraged retail investors and "
  "drew criticism from lawmakers across the political spectrum. The video game retailer's stock has risen more "
  "than 1,600% this month, fuelled by traders on Reddit's WallStreetBets forum who have squeezed hedge funds "
  "betting against it. The Securities and Exchange Commission said it was closely monitoring the volatility, "
  "and several members of Congress have promised hearings in the coming weeks.",
  "GameStop short squeeze, 28-29 January 2021; only past events and undated futures.",
  ["past-weekday", "undated-future", "number-like-date"])

N("biz-boj-ycc-widening-2022", "2022-12-20 17:00", "Asia/Tokyo",
  "TOKYO - The Bank of Japan jolted global markets on Tuesday by unexpectedly allowing long-term interest rates "
  "to rise further, widening the band around its 10-year bond yield target to 0.5% either side of zero from "
  "0.25%. Governor Haruhiko Kuroda insisted the move was not a rate hike and was meant only to improve the "
  "functioning of a bond market that had deteriorated since yield curve control was introduced in September "
  "2016. The yen jumped more than 3% against the dollar as some investors bet that the central bank may be "
  "preparing an exit from its massive stimulus.",
  "BoJ decision of 20 December 2022; only past events and an undated possibility.",
  ["said-on-day", "past-month", "may-verb", "number-like-date", "undated-future"])

N("biz-adobe-figma-called-off-2023", "2023-12-18 10:00", "America/Los_Angeles",
  "SAN FRANCISCO - Adobe and Figma said on Monday they had abandoned their $20 billion merger, concluding that "
  "there was no clear path to regulatory approval in the European Union and Britain. The European Commission, "
  "which opened an in-depth investigation in August, had been due to rule on the deal by Feb. 5, and Britain's "
  "competition watchdog provisionally found last month that it could harm innovation in design software. Adobe "
  "will pay Figma a $1 billion termination fee under the terms of their agreement.",
  "Deal terminated 18 December 2023; the Commission's 5 February 2024 deadline is cancelled; the fee is undated.",
  ["cancelled-date", "said-on-day", "past-month", "number-like-date", "undated-future"])

N("biz-ftx-bankruptcy-2022", "2022-11-11 15:00", "America/New_York",
  "WILMINGTON, Del. - FTX, the cryptocurrency exchange founded by Sam Bankman-Fried, filed for bankruptcy "
  "protection in Delaware on Friday, and Bankman-Fried resigned as chief executive after a wave of customer "
  "withdrawals exposed a shortfall of as much as $8 billion. He was replaced by John Ray III, the restructuring "
  "specialist who oversaw the liquidation of Enron after its collapse in 2001. Regulators in the Bahamas, where "
  "FTX is based, froze the assets of its local unit on Thursday, and it was not clear when, or whether, "
  "customers would get their money back.",
  "FTX Chapter 11 filing of 11 November 2022; Bahamas asset freeze of 10 November.",
  ["past-weekday", "number-like-date", "undated-future"])

N("biz-oil-negative-2020", "2020-04-20 17:30", "America/New_York",
  "NEW YORK - US crude futures fell below zero for the first time in history on Monday, with the May contract "
  "for West Texas Intermediate settling at minus $37.63 a barrel as traders paid to dump oil ahead of the "
  "contract's expiry rather than take delivery with storage tanks nearly full. The more actively traded June "
  "contract held above $20. Could prices turn negative again next month? Analysts said that depended on how "
  "fast storage at the Cushing, Oklahoma, hub fills up and on whether producers shut wells quickly enough.",
  "WTI May 2020 contract settled at -$37.63 on 20 April 2020. 'May'/'June' name contracts; 'next month' sits "
  "in a question.",
  ["question", "hypothetical", "number-like-date", "undated-future"])

N("biz-ba-pilots-strike-off-2019", "2019-09-19 08:00", "Europe/London",
  "LONDON - British Airways pilots have called off a strike planned for Sept. 27, their union said on Wednesday, "
  "after a 48-hour walkout earlier this month grounded almost all of the airline's flights for the first time "
  "in its history. The British Airline Pilots Association said it wanted to give BA time to reflect and return "
  "to talks, but warned that the dispute over pay was not over. Around 4,000 BA pilots are members of the "
  "union.",
  "BALPA called off the 27 September 2019 strike on 18 September; the 9-10 September strike was the first.",
  ["cancelled-date", "said-on-day", "duration", "number-like-date"])

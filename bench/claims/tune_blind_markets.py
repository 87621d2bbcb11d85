"""Tuning passages written blind: markets, companies and technology written in Bloomberg / FT / press-release style (guidance, earnings calendars, product roadmaps, regulatory deadlines, deal closings, strikes, central-bank previews). Written on 2026-11-27 (see tune_blind.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_month,
    half,
    holiday,
    in_month,
    in_year,
    md,
    md_span,
    midnight_on,
    month_named_end,
    next_wd,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_month,
    span_wd,
    this_year_end,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


N = no_claim_adder(P)


# ===========================================================================
# Product launches and roadmaps

P("tm-iphone15-event-invites-2023", "2023-08-29 14:00", "America/Los_Angeles",
  "CUPERTINO, California (Reuters) - Apple Inc on Tuesday sent out invitations to a Sept. 12 launch event that "
  "will be streamed from the Steve Jobs Theater at its headquarters starting at 10 a.m. local time, where the "
  "company is widely expected to show off an iPhone 15 line-up with USB-C charging ports in place of its "
  "Lightning connector. Analysts expect the new phones to reach stores on Sept. 22, in line with previous years, "
  "when Apple has put devices on sale roughly 10 days after the keynote. Apple shares, which hit a record in "
  "late July, rose 0.9% to $184.12.",
  [C("sent out invitations to a Sept. 12 launch event that will be streamed", "Sept. 12 ... at 10 a.m. local time",
     md(9, 12, at="10:00"), "event", "Apple", real="2023-09-12"),
   C("Analysts expect the new phones to reach stores on Sept. 22", "on Sept. 22", md(9, 22), "prediction",
     "analysts", real="2023-09-22")],
  "Apple's 'Wonderlust' invitations of 29 Aug 2023; event 12 Sep 2023 at 10:00 PT; iPhone 15 on sale 22 Sep 2023. "
  "'roughly 10 days after the keynote' is a duration without an anchor.",
  ["explicit-date", "time-local", "said-on-day", "number-like-date", "duration"])

P("tm-rapidus-pilot-line-2025", "2025-04-01 18:00", "Asia/Tokyo",
  "CHITOSE, Japan - Rapidus, the government-backed chipmaker trying to return Japan to the leading edge of "
  "semiconductors, started up a pilot production line for 2-nanometre chips in Hokkaido on Tuesday, a day after "
  "the industry ministry approved up to 802.5 billion yen in additional subsidies. President Atsuyoshi Koike told "
  "reporters that the company, founded in 2022 by eight firms including Toyota and Sony, would begin mass "
  "production in 2027. Rival TSMC has said it will start volume production of its own 2-nanometre chips in the "
  "second half of this year, putting it at least 18 months ahead.",
  [C("would begin mass production in 2027", "in 2027", in_year(2027), "promise", "Atsuyoshi Koike"),
   C("TSMC has said it will start volume production of its own 2-nanometre chips in the second half of this year",
     "in the second half of this year", half(2025, 2), "promise", "TSMC")],
  "Rapidus pilot line (IIM-1, Chitose) started 1 Apr 2025; METI approved up to 802.5bn yen on 31 Mar 2025; "
  "mass-production target 2027. TSMC N2 volume production in H2 2025. '18 months ahead' is a duration.",
  ["year-period", "half", "number-like-date", "said-on-day", "duration"])

P("tm-windows10-support-end-2025", "2025-06-25 09:00", "America/Los_Angeles",
  "REDMOND, Wash. - Microsoft will stop issuing free security updates for Windows 10 on Oct. 14, the company "
  "reiterated on Tuesday, as it set out new ways for home users to keep the decade-old operating system patched a "
  "little longer. Consumers who enroll in the Extended Security Updates program, either by paying $30, redeeming "
  "1,000 Microsoft Rewards points or syncing their settings to the cloud, will keep receiving fixes until "
  "Oct. 13, 2026, Microsoft said in a blog post. Windows 10, released in 2015, still runs on hundreds of millions "
  "of PCs, many of which do not meet the hardware requirements of Windows 11.",
  [C("Microsoft will stop issuing free security updates for Windows 10 on Oct. 14", "on Oct. 14", md(10, 14),
     "deadline", "Microsoft", real="2025-10-14"),
   C("will keep receiving fixes until Oct. 13, 2026", "until Oct. 13, 2026", ymd(2026, 10, 13), "promise",
     "Microsoft", real="2026-10-13")],
  "Microsoft blog post of 24 Jun 2025 on consumer ESU enrollment; Windows 10 end of support 14 Oct 2025; "
  "consumer ESU runs to 13 Oct 2026.",
  ["explicit-date", "number-like-date", "said-on-day"])

# ===========================================================================
# Central banks and market calendars

P("tm-ecb-first-hike-preview-2022", "2022-07-18 07:30", "Europe/Berlin",
  "FRANKFURT, July 18 (Reuters) - The European Central Bank will announce its policy decision at 14:15 Frankfurt "
  "time on Thursday, when it is expected to raise interest rates for the first time in 11 years, with President "
  "Christine Lagarde's news conference following half an hour later. Policymakers signalled last month that they "
  "would lift the deposit rate by 25 basis points from minus 0.5%, although some of them may press for a bigger "
  "move after euro zone inflation hit a record 8.6% in June. Investors will also be watching Rome, where Prime "
  "Minister Mario Draghi faces a confidence vote in the Senate on Wednesday after the Five Star Movement's boycott "
  "of a vote last week plunged his coalition into crisis. A new tool to cap the borrowing costs of the bloc's "
  "weaker members could be unveiled as early as this week, sources have said.",
  [C("will announce its policy decision at 14:15 Frankfurt time on Thursday", "at 14:15 Frankfurt time on Thursday",
     wd("Thursday", at="14:15"), "event", None, real="2022-07-21"),
   C("Mario Draghi faces a confidence vote in the Senate on Wednesday", "on Wednesday", wd("Wednesday"), "event",
     None, real="2022-07-20")],
  "ECB meeting of 21 Jul 2022 (first hike since 2011, 50bp; decision 14:15 CET); Draghi's Senate confidence vote "
  "20 Jul 2022. The anti-fragmentation tool 'could be unveiled as early as this week' is a possibility, not a claim.",
  ["time-local", "may-verb", "past-month", "number-like-date", "hypothetical", "said-on-day"])

P("tm-boj-fed-week-tokyo-2019", "2019-07-29 10:30", "Asia/Tokyo",
  "TOKYO -- Two central banks will set the tone for Asian markets in the days ahead. The Bank of Japan began a "
  "two-day policy meeting on Monday morning and will release its decision on Tuesday; Governor Haruhiko Kuroda has "
  "said repeatedly that the bank stands ready to ease further if needed. Across the "
  "Pacific, the Federal Reserve announces its decision at 2 p.m. in Washington on Wednesday, or 3 a.m. on Thursday "
  "in Tokyo, and futures markets are pricing in its first rate cut since December 2008. A weaker dollar after a "
  "US cut would push the yen higher and squeeze exporters' profits, strategists said.",
  [C("will release its decision on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2019-07-30"),
   C("the Federal Reserve announces its decision at 2 p.m. in Washington on Wednesday",
     "at 2 p.m. in Washington on Wednesday", zoned(wd("Wednesday"), "14:00", "America/New_York"), "event", None,
     real="2019-08-01")],
  "BoJ meeting of 29-30 Jul 2019 (held); FOMC decision 31 Jul 2019 at 14:00 EDT = 1 Aug 03:00 JST (25bp cut, the "
  "first since Dec 2008).",
  ["time-converted", "date-crossing-conversion", "number-like-date", "hypothetical", "undated-future"])

P("tm-rbi-offcycle-hike-2022", "2022-05-04 16:30", "Asia/Kolkata",
  "MUMBAI: The Reserve Bank of India on Wednesday raised its key repo rate by 40 basis points to 4.40% at an "
  "unscheduled meeting, its first increase since August 2018, as Governor Shaktikanta Das warned that price "
  "pressures stoked by the war in Ukraine were proving persistent. The central bank also lifted the cash reserve "
  "ratio for lenders by 50 basis points to 4.5%, effective from May 21, a step it said would drain about "
  "\u20b987,000 crore of liquidity from the banking system. The monetary policy committee's next scheduled meeting "
  "is from June 6 to June 8, and several economists said the surprise move made a further increase then all but "
  "certain. The benchmark Sensex slid 2.3% after Das's address, which had been announced barely an hour before "
  "he spoke.",
  [C("lifted the cash reserve ratio for lenders by 50 basis points to 4.5%, effective from May 21",
     "effective from May 21", md(5, 21), "event", "the Reserve Bank of India", real="2022-05-21"),
   C("next scheduled meeting is from June 6 to June 8", "from June 6 to June 8", md_span(6, 6, 6, 8), "event",
     None, real="2022-06-08")],
  "RBI off-cycle hike of 4 May 2022; CRR to 4.5% from 21 May 2022; MPC meeting 6-8 Jun 2022 (decision 8 Jun). "
  "'a further increase then' refers back to the meeting and is not labelled again.",
  ["explicit-date", "range", "said-on-day", "number-like-date", "past-month"])

P("tm-boe-aug-2022-recession-forecast", "2022-08-04 13:15", "Europe/London",
  "LONDON (Reuters) - The Bank of England raised interest rates by half a percentage point to 1.75% on Thursday, "
  "its biggest increase since 1995, and warned that Britain was heading for a long recession as soaring gas "
  "prices drive inflation higher. The central bank now expects consumer price inflation to peak at 13.3% in "
  "October and the economy to start shrinking in the fourth quarter of this year, in a downturn that would last "
  "five quarters. Governor Andrew Bailey told a news conference that the priority was to stop high inflation "
  "becoming embedded. Sterling fell more than 1% against the dollar after the announcement.",
  [C("expects consumer price inflation to peak at 13.3% in October", "in October", in_month(2022, 10),
     "prediction", "the Bank of England"),
   C("the economy to start shrinking in the fourth quarter of this year", "in the fourth quarter of this year",
     quarter(2022, 4), "prediction", "the Bank of England")],
  "BoE decision and Monetary Policy Report of 4 Aug 2022 (CPI peak 13.3% in Oct 2022; recession from 2022 Q4 "
  "lasting five quarters). 'five quarters' is a duration without an anchor.",
  ["month-period", "quarter", "same-sentence-claims", "number-like-date", "duration", "said-on-day"])

P("tm-wall-street-thanksgiving-week-2024", "2024-11-25 17:00", "America/New_York",
  "NEW YORK, Nov 25 (Reuters) - The Dow Jones Industrial Average closed at a record high on Monday and the small-cap "
  "Russell 2000 rallied as investors cheered President-elect Donald Trump's choice of hedge fund manager Scott "
  "Bessent, announced on Friday, as his Treasury secretary. Traders now turn to the minutes of the Federal "
  "Reserve's November meeting, due at 2 p.m. on Tuesday, and to October's personal consumption expenditures price "
  "index, the Fed's preferred inflation gauge, on Wednesday. Stock markets will be closed on Thanksgiving Day and "
  "trading will end early, at 1 p.m., on Friday.",
  [C("the minutes of the Federal Reserve's November meeting, due at 2 p.m. on Tuesday", "at 2 p.m. on Tuesday",
     wd("Tuesday", at="14:00"), "event", None, real="2024-11-26"),
   C("October's personal consumption expenditures price index, the Fed's preferred inflation gauge, on Wednesday",
     "on Wednesday", wd("Wednesday"), "event", None, real="2024-11-27"),
   C("Stock markets will be closed on Thanksgiving Day", "on Thanksgiving Day", holiday("Thanksgiving"), "event",
     None, real="2024-11-28"),
   C("trading will end early, at 1 p.m., on Friday", "at 1 p.m., on Friday", wd("Friday", at="13:00"), "event",
     None, real="2024-11-29")],
  "Week of 25 Nov 2024: Dow record close 25 Nov; Bessent named 22 Nov; FOMC minutes 26 Nov 14:00 ET; October PCE "
  "27 Nov; NYSE closed 28 Nov, early close 13:00 on 29 Nov.",
  ["holiday", "time-local", "past-weekday", "same-sentence-claims", "number-like-date"])

P("tm-t-plus-one-switch-2024", "2024-05-24 15:00", "America/New_York",
  "NEW YORK, May 24 - Wall Street will start settling most stock trades one business day after they are executed "
  "from Tuesday next week, halving the two-day cycle that has been the norm since 2017. Canada and Mexico make the "
  "same switch a day earlier, on Monday. Brokers and fund managers have spent months preparing for the so-called "
  "T+1 regime, which the Securities and Exchange Commission adopted in February 2023 to reduce risk in the "
  "financial system, and industry groups have warned of a jump in failed trades in the first few days.",
  [C("from Tuesday next week", "from Tuesday next week", wd_next_week("Tuesday"), "event", None,
     real="2024-05-28"),
   C("Canada and Mexico make the same switch a day earlier, on Monday", "on Monday", wd("Monday"), "event", None,
     real="2024-05-27")],
  "US move to T+1 settlement on 28 May 2024 (after Memorial Day); Canada and Mexico on 27 May 2024. 'in the first "
  "few days' is vague.",
  ["next-week-weekday", "number-like-date", "past-month", "undated-future"])

P("tm-usd-libor-final-2023", "2023-06-30 07:00", "Europe/London",
  "LONDON (Reuters) - The London interbank offered rate, once the most important number in finance, will be "
  "published in its traditional panel-bank form for the last time at 11:55 local time on Friday, ending a "
  "benchmark tarnished by a rate-rigging scandal that cost banks more than $9 billion in fines. The Financial "
  "Conduct Authority has ordered that one-, three- and six-month synthetic dollar rates be calculated until the "
  "end of September 2024, to smooth the transition for legacy loans and derivatives that cannot easily be "
  "switched to SOFR. Sterling and yen Libor settings were wound down at the end of 2021.",
  [C("for the last time at 11:55 local time on Friday", "at 11:55 local time on Friday", wd("Friday", at="11:55"),
     "event", None, real="2023-06-30"),
   C("synthetic dollar rates be calculated until the end of September 2024", "until the end of September 2024",
     by_month(2024, 9), "event", "the Financial Conduct Authority", real="2024-09-30")],
  "Last panel-based USD LIBOR settings published 30 Jun 2023 (11:55 London); FCA-mandated synthetic 1/3/6-month "
  "USD LIBOR ceased after 30 Sep 2024. 'the end of 2021' is past.",
  ["by-weekday-same-day", "same-day-future", "time-local", "number-like-date"])

# ===========================================================================
# Strikes

P("tm-samsung-union-strike-2024", "2024-07-01 17:00", "Asia/Seoul",
  "SEOUL (AP) \u2014 The largest union at Samsung Electronics said Monday that it would stage a three-day general "
  "strike from July 8 to July 10, escalating a wage dispute at the world's biggest memory-chip maker after "
  "management failed to respond to its demands. The National Samsung Electronics Union, which says it represents "
  "about 28,000 workers, or more than a fifth of the company's domestic workforce, held the first strike in "
  "Samsung's 55-year history on June 7, when members took a collective day of leave. Union officials said further "
  "action could follow if the company kept refusing to negotiate, but did not say when.",
  [C("would stage a three-day general strike from July 8 to July 10", "from July 8 to July 10",
     md_span(7, 8, 7, 10), "event", "the National Samsung Electronics Union", real="2024-07-08")],
  "NSEU announcement of 1 Jul 2024; general strike from 8 Jul 2024 (later made indefinite); first strike (collective "
  "leave) 7 Jun 2024. An unconditional strike is an event.",
  ["range", "explicit-date", "explicit-past-date", "said-on-day", "number-like-date", "undated-future",
   "hypothetical"])

P("tm-gdl-rail-strike-2024", "2024-01-08 12:00", "Europe/Berlin",
  "BERLIN, Jan 8 (Reuters) - Germany's GDL train drivers' union will stage a three-day strike this week, halting "
  "most passenger services from early on Wednesday until Friday evening, the union said on Monday, after Deutsche "
  "Bahn rejected its demand for a 35-hour week without a cut in pay. It will be the third and longest walkout of a "
  "dispute that began in November, and it comes as farmers angry at subsidy cuts blocked motorways with tractors "
  "across the country on Monday. The German Farmers' Association plans to end its week of protests with a rally "
  "in Berlin on Jan. 15. Deutsche Bahn said it would go to court to stop the strike.",
  [C("halting most passenger services from early on Wednesday until Friday evening",
     "from early on Wednesday until Friday evening", span_wd("Wednesday", "Friday"), "event", "GDL",
     real="2024-01-10"),
   C("plans to end its week of protests with a rally in Berlin on Jan. 15", "on Jan. 15", md(1, 15), "promise",
     "the German Farmers' Association", real="2024-01-15")],
  "GDL strike 10-12 Jan 2024 (passenger services, 02:00 Wed to 18:00 Fri); farmers' week of action ending with the "
  "Berlin rally of 15 Jan 2024. The court challenge is undated.",
  ["range", "said-on-day", "explicit-date", "number-like-date", "past-month", "undated-future"])

P("tm-iatse-strike-deadline-2021", "2021-10-13 19:00", "America/Los_Angeles",
  "LOS ANGELES (AP) \u2014 About 60,000 film and television crew members will go on strike at 12:01 a.m. on Monday "
  "unless they reach a deal with Hollywood producers before then, the head of their union announced Wednesday, "
  "setting a deadline that could halt productions across the country. \"The pace of bargaining doesn't reflect "
  "any sense of urgency,\" Matthew Loeb, international president of the International Alliance of Theatrical "
  "Stage Employees, said in a statement. It would be the first nationwide strike in the union's 128-year history; "
  "talks with the Alliance of Motion Picture and Television Producers resumed on Tuesday.",
  [C("will go on strike at 12:01 a.m. on Monday unless they reach a deal with Hollywood producers",
     "at 12:01 a.m. on Monday", wd("Monday", at="00:01"), "promise", "Matthew Loeb")],
  "IATSE strike deadline of 00:01 PT on 18 Oct 2021 announced 13 Oct 2021; a tentative deal was reached on 16 Oct "
  "and the strike was averted. A union's strike conditional on bargaining is a promise; 'the head of their union' "
  "is Matthew Loeb, named in the next sentence.",
  ["conditional-threat", "time-local", "said-on-day", "past-weekday", "number-like-date", "hypothetical"])

# ===========================================================================
# Energy

P("tm-abqaiq-recovery-2019", "2019-09-18 08:00", "Asia/Riyadh",
  "RIYADH (Reuters) - Saudi Arabia will restore its full oil output by the end of September, Energy Minister Prince "
  "Abdulaziz bin Salman said on Tuesday, seeking to calm markets after weekend attacks on the Abqaiq processing "
  "plant and the Khurais oilfield knocked out more than half of the kingdom's production. He told a news "
  "conference in Jeddah that about half of the 5.7 million barrels per day lost on Saturday had already been "
  "recovered, and that production capacity would reach 12 million bpd by the end of November. Brent crude fell "
  "about 6% on Tuesday after jumping nearly 15% on Monday, its biggest one-day rise in more than three decades.",
  [C("Saudi Arabia will restore its full oil output by the end of September", "by the end of September",
     month_named_end(9), "promise", "Abdulaziz bin Salman"),
   C("production capacity would reach 12 million bpd by the end of November", "by the end of November",
     month_named_end(11), "promise", "Abdulaziz bin Salman")],
  "Prince Abdulaziz bin Salman's Jeddah news conference of 17 Sep 2019 after the 14 Sep attacks on Abqaiq and "
  "Khurais.",
  ["end-of-month", "pronoun-speaker", "past-weekday", "said-on-day", "number-like-date"])

# ===========================================================================
# Deals, listings, results

P("tm-hyundai-india-ipo-2024", "2024-10-14 19:00", "Asia/Kolkata",
  "MUMBAI: Hyundai Motor India's \u20b927,870 crore initial public offering, the country's largest ever, opens for "
  "subscription on Tuesday after the carmaker raised \u20b98,315 crore from anchor investors on Monday. Investors "
  "have until Thursday to bid for shares priced between \u20b91,865 and \u20b91,960 apiece, and the stock is "
  "expected to debut on the BSE and the National Stock Exchange on Oct. 22. The offer, a pure sale of shares by the "
  "South Korean parent, will eclipse the \u20b921,000 crore raised by Life Insurance Corporation of India in May "
  "2022.",
  [C("opens for subscription on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2024-10-15"),
   C("Investors have until Thursday to bid", "until Thursday", wd("Thursday"), "deadline", None,
     real="2024-10-17"),
   C("expected to debut on the BSE and the National Stock Exchange on Oct. 22", "on Oct. 22", md(10, 22),
     "prediction", None, real="2024-10-22")],
  "Hyundai Motor India IPO: anchor book 14 Oct 2024, subscription 15-17 Oct 2024, listing 22 Oct 2024.",
  ["same-sentence-claims", "explicit-date", "number-like-date", "past-weekday", "past-month"])

P("tm-amazon-whole-foods-close-2017", "2017-08-24 17:30", "America/New_York",
  "SEATTLE (Reuters) - Amazon.com Inc expects to complete its $13.7 billion purchase of Whole Foods Market Inc "
  "next Monday, it said on Thursday, a day after the Federal Trade Commission decided not to challenge the deal "
  "and the upscale grocer's shareholders approved it. Starting Monday, Whole Foods will cut prices on staples such "
  "as bananas, organic avocados and brown eggs, and Amazon Prime will eventually become the chain's rewards "
  "program, Jeff Wilke, chief executive of Amazon's worldwide consumer business, said in a statement. Shares of "
  "Kroger Co and Costco Wholesale Corp fell sharply.",
  [C("expects to complete its $13.7 billion purchase of Whole Foods Market Inc next Monday", "next Monday",
     next_wd("Monday"), "prediction", "Amazon", real="2017-08-28"),
   C("Starting Monday, Whole Foods will cut prices on staples", "Starting Monday", wd("Monday"), "promise",
     "Jeff Wilke", real="2017-08-28")],
  "Amazon statement of 24 Aug 2017; the deal closed and price cuts began on 28 Aug 2017. 'it said' is Amazon; "
  "'eventually' is undated.",
  ["next-weekday", "said-on-day", "number-like-date", "undated-future", "pronoun-speaker"])

P("tm-apple-revenue-warning-2019", "2019-01-03 08:00", "America/New_York",
  "NEW YORK - Apple Inc shares slid nearly 8% in premarket trading on Thursday after Chief Executive Tim Cook cut "
  "the company's holiday-quarter revenue forecast for the first time in more than 15 years, blaming an "
  "unexpectedly sharp slowdown in China. In a letter to investors released after the market closed on Wednesday, "
  "Cook said Apple now expected revenue of about $84 billion for the three months to Dec. 29, down from the $89 "
  "billion to $93 billion it had projected in November. Apple will report full results for the quarter later this "
  "month. Analysts said other companies that rely on Chinese shoppers could be next to warn.",
  [C("Apple will report full results for the quarter later this month", "later this month", rest_of_month(),
     "event", None, real="2019-01-29")],
  "Tim Cook's letter of 2 Jan 2019; fiscal Q1 2019 ended 29 Dec 2018; results released 29 Jan 2019.",
  ["later-this-period", "explicit-past-date", "past-weekday", "past-month", "number-like-date", "hypothetical"])

P("tm-meta-first-dividend-2024", "2024-02-02 06:30", "America/New_York",
  "NEW YORK, Feb 2 (Reuters) - Meta Platforms shares soared 15% in premarket trading on Friday after the Facebook "
  "owner declared the first dividend in its history and authorised an extra $50 billion of share buybacks, "
  "alongside a tripling of its quarterly profit. The cash dividend of 50 cents per share will be paid on March 26 "
  "to shareholders of record at the close of business on Feb. 22, the company said in its results statement on "
  "Thursday. Chief Executive Mark Zuckerberg, who holds about 350 million of the company's shares, stands to "
  "collect roughly $700 million a year from the payout.",
  [C("will be paid on March 26", "on March 26", md(3, 26), "event", "Meta Platforms", real="2024-03-26"),
   C("to shareholders of record at the close of business on Feb. 22", "on Feb. 22", md(2, 22), "deadline", "Meta Platforms",
     real="2024-02-22")],
  "Meta Q4 2023 results of 1 Feb 2024: first dividend of $0.50, payable 26 Mar 2024 to holders of record on "
  "22 Feb 2024; $50bn added to buybacks. A record date is a cut-off.",
  ["same-sentence-claims", "explicit-date", "number-like-date", "said-on-day"])

P("tm-vodafone-three-cma-2024", "2024-12-05 11:00", "Europe/London",
  "LONDON - Britain's competition regulator on Thursday cleared the \u00a315 billion merger of Vodafone's UK "
  "business with CK Hutchison's Three, after the companies agreed to invest \u00a311 billion in a combined 5G "
  "network over eight years and to cap some mobile tariffs and data plans for three years. The Competition and "
  "Markets Authority had warned in September that the deal could push up prices for millions of customers. "
  "Vodafone and CK Hutchison said they expected to complete the merger in the first half of 2025, creating "
  "Britain's largest mobile operator with some 27 million customers.",
  [C("expected to complete the merger in the first half of 2025", "in the first half of 2025", half(2025, 1),
     "prediction", "Vodafone and CK Hutchison", real="2025-05-31")],
  "CMA clearance of 5 Dec 2024; VodafoneThree completed 31 May 2025. 'over eight years', 'for three years' are "
  "durations without an anchor.",
  ["half", "duration", "number-like-date", "past-month", "said-on-day", "hypothetical"])

P("tm-wework-ipo-postponed-2019", "2019-09-17 07:30", "America/New_York",
  "NEW YORK (Reuters) - WeWork's parent, The We Company, has shelved its initial public offering, which had been "
  "expected to price as soon as next week, after investors balked at its losses and governance and the valuation "
  "discussed for the listing sank below $20 billion from the $47 billion set in a private funding round in "
  "January. The company said on Monday it now expected to complete the offering by the end of the year, but it did "
  "not say when it would restart its roadshow. Its biggest backer, SoftBank Group Corp, had pushed for the delay, "
  "according to people familiar with the matter.",
  [C("it now expected to complete the offering by the end of the year", "by the end of the year",
     this_year_end(), "prediction", "The We Company")],
  "We Company statement of 16 Sep 2019 postponing the IPO (withdrawn on 30 Sep 2019). 'as soon as next week' is a "
  "superseded date.",
  ["superseded-date", "year-end", "said-on-day", "number-like-date", "past-month", "undated-future"])

# ===========================================================================
# Regulation

P("tm-gdpr-friday-2018", "2018-05-21 08:00", "Europe/London",
  "LONDON - Europe's toughest data protection rules in a generation come into force on Friday, and companies from "
  "banks to football clubs have been flooding inboxes with requests for consent to keep mailing their customers. "
  "Under the General Data Protection Regulation, adopted in April 2016 after four years of wrangling, firms that "
  "mishandle personal data may be fined up to 20 million euros or 4% of global annual turnover, whichever is "
  "higher. Facebook chief executive Mark Zuckerberg will answer questions from the leaders of the European "
  "Parliament's political groups in Brussels on Tuesday, the parliament's president, Antonio Tajani, said last "
  "week. Britain's data watchdog has said it will not rush to hand out the largest fines once Friday's deadline "
  "passes.",
  [C("come into force on Friday", "on Friday", wd("Friday"), "event", None, real="2018-05-25"),
   C("will answer questions from the leaders of the European Parliament's political groups in Brussels on Tuesday",
     "on Tuesday", wd("Tuesday"), "event", "Antonio Tajani", real="2018-05-22")],
  "GDPR applied from 25 May 2018; Zuckerberg met European Parliament leaders on 22 May 2018 (announced by Tajani "
  "on 16 May). 'Friday's deadline' repeats the first claim and is not labelled again.",
  ["may-verb", "number-like-date", "past-month", "repeated-claim"])

P("tm-china-game-rules-2023", "2023-12-23 11:00", "Asia/Shanghai",
  "BEIJING/HONG KONG (Reuters) - China's video game regulator on Friday unveiled draft rules to curb how much "
  "players spend in online games, wiping nearly $80 billion off the market value of Tencent Holdings and NetEase "
  "in a single session. The National Press and Publication Administration said it would take public feedback on "
  "the 64-article draft, which bans rewards for logging in every day and caps in-game top-ups, until Jan. 22. "
  "Later on Friday the regulator published approvals for 105 domestic games, in what analysts saw as an attempt to "
  "steady the market.",
  [C("would take public feedback on the 64-article draft, which bans rewards for logging in every day and caps in-game top-ups, until Jan. 22",
     "until Jan. 22", md(1, 22), "deadline",
     "the National Press and Publication Administration", real="2024-01-22")],
  "NPPA draft online game rules of 22 Dec 2023; comment period to 22 Jan 2024 (a December article: the year-less "
  "date falls in the next year).",
  ["year-inference", "past-weekday", "said-on-day", "number-like-date"])

P("tm-croatia-euro-switch-2022", "2022-12-30 12:00", "Europe/Zagreb",
  "ZAGREB (AFP) - Croatia will adopt the euro at midnight on Saturday, becoming the 20th member of the single "
  "currency area nearly a decade after it joined the European Union in 2013. Border checks with Slovenia and "
  "Hungary will also be lifted on Sunday, when the country joins the Schengen passport-free zone. Shoppers can "
  "keep paying in kunas until Jan. 14, the Croatian National Bank said, although change will be given only in "
  "euros. Euro zone finance ministers approved the switch last July, fixing the conversion rate at 7.53450 kuna "
  "per euro.",
  [C("Croatia will adopt the euro at midnight on Saturday", "at midnight on Saturday", midnight_on("Saturday"),
     "event", None, real="2023-01-01"),
   C("Border checks with Slovenia and Hungary will also be lifted on Sunday", "on Sunday", wd("Sunday"), "event",
     None, real="2023-01-01"),
   C("Shoppers can keep paying in kunas until Jan. 14", "until Jan. 14", md(1, 14), "deadline",
     "the Croatian National Bank", real="2023-01-14")],
  "Croatia's euro adoption and Schengen entry on 1 Jan 2023; dual circulation to 14 Jan 2023; Council approval "
  "12 Jul 2022 at 7.53450 HRK/EUR.",
  ["midnight", "year-inference", "last-month", "number-like-date", "explicit-date"])

# ===========================================================================
# Passages with no dated claim

N("tm-chrome-cookies-reversal-2024", "2024-07-23 08:00", "America/Los_Angeles",
  "SAN FRANCISCO (Reuters) - Alphabet's Google said on Monday it would no longer phase out third-party cookies in "
  "its Chrome browser, abandoning a plan first announced in January 2020 that had already been pushed back three "
  "times, most recently to early next year. Instead, the company will introduce a new experience that lets people "
  "make an informed choice across their web browsing, Anthony Chavez, who heads its Privacy Sandbox effort, wrote "
  "in a blog post, without saying when. Google had begun restricting cookies for 1% of Chrome users on Jan. 4, "
  "and Britain's Competition and Markets Authority, which has been scrutinising the plan, said it would seek to "
  "understand the new approach.",
  "Google's announcement of 22 Jul 2024; the deprecation had last been expected in early 2025 (a cancelled "
  "date); the 1% test began 4 Jan 2024 (past).",
  ["cancelled-date", "superseded-date", "early-year", "explicit-past-date", "said-on-day", "undated-future",
   "number-like-date", "past-month"])

N("tm-jetblue-spirit-blocked-2024", "2024-01-17 07:00", "America/New_York",
  "BOSTON (Reuters) - A federal judge on Tuesday blocked JetBlue Airways' $3.8 billion acquisition of Spirit "
  "Airlines, siding with the Justice Department's argument that the deal would drive up fares for cost-conscious "
  "travellers. US District Judge William Young wrote that the merger would harm the consumers who rely on Spirit's "
  "low fares. The airlines said they were reviewing the decision, and if they appealed and ultimately lost, "
  "JetBlue could owe Spirit a $70 million break-up fee. Can Spirit, which has not turned an annual profit since "
  "2019, survive on its own? Its shares fell 47% on Tuesday.",
  "Ruling of 16 Jan 2024 in US v. JetBlue; only past events, a hypothetical and a question.",
  ["hypothetical", "question", "past-weekday", "number-like-date", "said-on-day"])

N("tm-nomura-archegos-2021", "2021-03-29 21:00", "Asia/Tokyo",
  "TOKYO (Reuters) - Nomura Holdings Inc said on Monday it faced a possible loss of about $2 billion from "
  "transactions with a US client, later identified as Bill Hwang's family office Archegos Capital Management, "
  "sending its shares down a record 16%. Japan's largest brokerage said the estimate was based on market prices as "
  "of Friday and that it would disclose the impact on its earnings in due course. Credit Suisse Group, which "
  "warned of a hit that could be \"highly significant and material\" to its first-quarter results, said it was "
  "too early to quantify the loss. Banks including Goldman Sachs and Morgan Stanley had sold big blocks of shares "
  "in ViacomCBS and Discovery on Friday after Archegos failed to meet margin calls.",
  "Nomura and Credit Suisse warnings of 29 Mar 2021 (Archegos); 'in due course' is undated.",
  ["undated-future", "hypothetical", "past-weekday", "said-on-day", "number-like-date"])

N("tm-gm-uaw-strike-ends-2019", "2019-10-26 09:00", "America/Detroit",
  "DETROIT (AP) \u2014 Members of the United Auto Workers voted on Friday to ratify a new four-year contract with "
  "General Motors, ending a 40-day strike that idled 34 US factories and cost the company an estimated $2 billion, "
  "according to analysts. About 57% of voting members backed the deal, which gives workers 3% raises in two years "
  "of the agreement and 4% lump-sum payments in the other two, as well as an $11,000 ratification bonus. It also "
  "confirms the closure of three plants, including the Lordstown assembly factory in Ohio. The union will turn "
  "next to Ford, its next bargaining target.",
  "UAW ratification of 25 Oct 2019 ending the GM strike (15 Sep-25 Oct 2019); durations without an anchor.",
  ["duration", "past-weekday", "number-like-date", "undated-future"])

N("tm-nvidia-arm-deal-collapse-2022", "2022-02-08 17:00", "Asia/Tokyo",
  "TOKYO - SoftBank Group said on Tuesday that its $40 billion sale of chip designer Arm to Nvidia had been called "
  "off because of significant regulatory challenges, ending the biggest-ever chip deal 17 months after it was "
  "announced on Sept. 13, 2020. SoftBank will instead prepare Arm for a public listing, Chief Executive Masayoshi "
  "Son told reporters, adding that the United States was the most likely venue. Arm also said Simon Segars had "
  "stepped down as chief executive and been replaced by Rene Haas, who ran its intellectual property business. "
  "Would Nvidia have kept Arm neutral? Regulators in Washington, Brussels and London had all doubted it.",
  "Termination announced 8 Feb 2022; deal announced 13 Sep 2020 (past). The listing is undated.",
  ["explicit-past-date", "said-on-day", "undated-future", "question", "number-like-date", "duration"])

N("tm-bitcoin-halving-2024", "2024-04-20 12:00", "Europe/London",
  "LONDON - Bitcoin's fourth \"halving\" took place early on Saturday at block 840,000, cutting the reward for "
  "mining a new block to 3.125 bitcoin from 6.25, a supply squeeze that enthusiasts argue has preceded every big "
  "rally in the token's 15-year history. The price was little changed at around $64,000, having hit a record "
  "above $73,000 in March. Will history repeat itself? Some analysts say the run-up before this halving, fuelled "
  "by the launch of US spot bitcoin exchange-traded funds in January, may already have priced in the squeeze, "
  "while smaller miners may be forced to switch off their machines if prices do not rise.",
  "Bitcoin halving at block 840,000 on 20 Apr 2024 (00:09 UTC); only past events, a question and possibilities.",
  ["question", "may-verb", "past-month", "number-like-date", "hypothetical"])

N("tm-qualcomm-nxp-walkaway-2018", "2018-07-26 08:00", "America/New_York",
  "SAN DIEGO (Reuters) - Qualcomm Inc said on Wednesday it would abandon its $44 billion bid for NXP "
  "Semiconductors after failing to win Chinese regulatory approval before a deadline that expired late that day, "
  "making it one of the most prominent corporate casualties of the trade war between Washington and Beijing. "
  "Qualcomm will pay NXP a $2 billion termination fee and plans to buy back up to $30 billion of its own stock "
  "instead, Chief Executive Steve Mollenkopf said. China's market regulator had been the last of nine antitrust "
  "agencies required to approve the deal, which was first announced in October 2016. Asked whether Qualcomm would "
  "revisit the deal if trade tensions eased, Mollenkopf said the company was moving on.",
  "Qualcomm's walk-away of 25 Jul 2018 after the 25 Jul deadline for Chinese approval; the fee and buyback are "
  "undated.",
  ["past-weekday", "said-on-day", "number-like-date", "hypothetical", "past-month", "undated-future"])

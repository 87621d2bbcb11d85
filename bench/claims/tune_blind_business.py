"""Tuning passages written blind: business, markets and technology: central banks, earnings and guidance, IPOs and deals, antitrust and regulators, trade, energy, airlines and carmakers, chipmakers, crypto, labour disputes, product launches. Written on 2026-11-27 (see tune_blind.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_year,
    by_year,
    early_year,
    half,
    holiday,
    in_days_anchored,
    in_month,
    in_year,
    md,
    md_span,
    mid_year,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_month,
    span_wd,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


N = no_claim_adder(P)


# ===========================================================================
# Central banks

P("tb-fed-liftoff-dec-2015", "2015-12-14 07:00", "America/New_York",
  "WASHINGTON (Reuters) - Federal Reserve policymakers open a two-day meeting on Tuesday at which they are "
  "widely expected to raise interest rates for the first time in nearly a decade, ending an era of near-zero "
  "borrowing costs that began at the height of the 2008 financial crisis. The policy statement and the central "
  "bank's new economic projections will be released at 2 p.m. on Wednesday, with Chair Janet Yellen due to "
  "brief reporters half an hour later. Traders in fed funds futures on Friday put the odds of a quarter-point "
  "increase at about 80%, even after a slide in oil prices and a rout in junk bonds rattled markets last week. "
  "Will the Fed move again in March? Most analysts think it will go slowly, and Yellen has said the pace of "
  "tightening is likely to be gradual.",
  [C("open a two-day meeting on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2015-12-15"),
   C("will be released at 2 p.m. on Wednesday", "at 2 p.m. on Wednesday", wd("Wednesday", "14:00"), "event", None,
     real="2015-12-16")],
  "FOMC meeting of 15-16 December 2015, first hike since 2006 (statement 14:00 ET on 16 December). "
  "'Will the Fed move again in March?' is a question, not a claim; 'half an hour later' only refers back.",
  ["time-local", "past-weekday", "number-like-date", "question"])

P("tb-boj-fed-july-2024", "2024-07-29 18:30", "Asia/Tokyo",
  "TOKYO - The Bank of Japan holds a two-day policy meeting on Tuesday and Wednesday at which its board will "
  "debate whether to raise short-term interest rates from the current range of zero to 0.1%, according to "
  "people familiar with its thinking, while also unveiling a plan to roughly halve its monthly purchases of "
  "government bonds. Governor Kazuo Ueda said in June that the details of the taper would be laid out at this "
  "meeting. Across the Pacific, the Federal Reserve will announce its own decision at 2 p.m. Washington time "
  "on Wednesday and is expected to hold rates steady while signalling that a cut could come as soon as "
  "September. The yen, which slid to a 38-year low of nearly 162 per dollar earlier this month, has since "
  "clawed back some ground on speculation about a BOJ hike.",
  [C("holds a two-day policy meeting on Tuesday and Wednesday", "on Tuesday and Wednesday",
     span_wd("Tuesday", "Wednesday"), "event", None, real="2024-07-31"),
   C("will announce its own decision at 2 p.m. Washington time on Wednesday",
     "at 2 p.m. Washington time on Wednesday", zoned(wd("Wednesday"), "14:00", "America/New_York"), "event", None,
     real="2024-08-01")],
  "BoJ meeting of 30-31 July 2024 (hike to 0.25% and taper plan); FOMC decision 31 July 2024 14:00 EDT = "
  "1 August 03:00 JST in the passage's zone. The September cut is a possibility ('could'), not a claim.",
  ["time-converted", "date-crossing-conversion", "past-month", "hypothetical", "number-like-date"])

P("tb-rbi-crr-cut-dec-2024", "2024-12-06 14:00", "Asia/Kolkata",
  "MUMBAI - The Reserve Bank of India left its key repo rate unchanged at 6.5% on Friday but cut the cash "
  "reserve ratio that banks must hold by 50 basis points to 4%, releasing about 1.16 trillion rupees into the "
  "financial system. The reduction will be made in two equal steps, effective from the fortnights beginning "
  "Dec. 14 and Dec. 28, Governor Shaktikanta Das said in what may be his last policy address before his term "
  "ends on Tuesday. Most economists polled after the decision expect the central bank to begin cutting the "
  "repo rate early next year, once food inflation cools.",
  [C("effective from the fortnights beginning Dec. 14", "Dec. 14", md(12, 14), "event", "Shaktikanta Das",
     real="2024-12-14"),
   C("and Dec. 28", "Dec. 28", md(12, 28), "event", "Shaktikanta Das", real="2024-12-28"),
   C("before his term ends on Tuesday", "on Tuesday", wd("Tuesday"), "deadline", None, real="2024-12-10"),
   C("expect the central bank to begin cutting the repo rate early next year", "early next year",
     early_year(2025), "prediction", "economists", real="2025-02-07")],
  "RBI policy of 6 December 2024: CRR cut to 4% in two 25 bp steps from the fortnights beginning 14 and "
  "28 December; Das's term ended 10 December 2024 (Sanjay Malhotra named on 9 December); first repo cut "
  "7 February 2025. The two CRR steps are separate days, so separate claims.",
  ["same-sentence-claims", "explicit-date", "early-year", "may-verb", "number-like-date", "past-weekday"])

N("tb-boe-aug-2016-cut", "2016-08-04 15:00", "Europe/London",
  "LONDON - The Bank of England cut interest rates for the first time since 2009 on Thursday, to a record low "
  "of 0.25%, and unveiled a stimulus package worth up to 170 billion pounds to cushion the economy from the "
  "shock of June's vote to leave the European Union. Governor Mark Carney said a majority of policymakers could "
  "back a further cut towards zero if the economy evolved as the Bank now expected, though he ruled out taking "
  "rates below zero. Will the Bank move again in November? Sterling fell more than 1.5% against the dollar as "
  "investors bet that it might.",
  "BoE decision of 4 August 2016 (Bank Rate 0.25%, APF and TFS up to GBP 170 bn). The further cut is "
  "conditional and undated; November appears only in a question.",
  ["question", "hypothetical", "past-weekday", "past-month", "number-like-date"])

# ===========================================================================
# IPOs, deals, listings

P("tb-lic-ipo-dates-2022", "2022-04-27 20:00", "Asia/Kolkata",
  "NEW DELHI - Life Insurance Corporation of India's initial public offering will be open for subscription "
  "from May 4 to May 9, the government said on Wednesday, setting a price band of 902 to 949 rupees a share for "
  "a sale expected to raise about 210 billion rupees. The state-owned insurer, which had planned to list in "
  "March before Russia's invasion of Ukraine rattled markets, is now selling a 3.5% stake, down from the 5% "
  "originally proposed. Bidding for anchor investors will take place on May 2, and the shares are expected to start trading on May "
  "17, Tuhin Kanta Pandey, the top civil servant in charge of asset sales, told reporters. Policyholders will "
  "get a discount of 60 rupees a share, while retail investors and employees may get 45 rupees off.",
  [C("will be open for subscription from May 4 to May 9", "from May 4 to May 9", md_span(5, 4, 5, 9), "event",
     "the government", real="2022-05-04"),
   C("Bidding for anchor investors will take place on May 2", "on May 2", md(5, 2), "event", "Tuhin Kanta Pandey", real="2022-05-02"),
   C("the shares are expected to start trading on May 17", "on May 17", md(5, 17), "prediction",
     "Tuhin Kanta Pandey", real="2022-05-17")],
  "LIC IPO: price band announced 26-27 April 2022; anchor book 2 May, issue 4-9 May, listing 17 May 2022. "
  "The subscription window is one activity over consecutive days (one claim spanning both dates); the "
  "abandoned March listing is past.",
  ["range", "same-sentence-claims", "explicit-date", "may-verb", "said-on-day", "past-month", "number-like-date"])

N("tb-ant-ipo-suspended-2020", "2020-11-04 09:00", "Asia/Shanghai",
  "SHANGHAI - The Shanghai Stock Exchange on Tuesday night suspended the listing of Ant Group, whose shares had "
  "been due to begin trading in Shanghai and Hong Kong on Thursday in a $34.5 billion offering that would have "
  "been the largest ever, citing significant changes in the regulatory environment for financial technology. "
  "The Hong Kong leg was halted soon afterwards. The move came a day after founder Jack Ma and two of the "
  "company's top executives were summoned to a meeting with regulators. Ant apologised to investors and said it "
  "would refund subscription money, adding that it would announce further arrangements in due course.",
  "Ant Group's dual listing, planned for 5 November 2020, was suspended on 3 November; Ma was summoned on "
  "2 November. 'Thursday' is a cancelled date; the refund and further arrangements are undated.",
  ["cancelled-date", "undated-future", "past-weekday", "number-like-date"])

P("tb-disney-fox-vote-2018", "2018-07-20 07:00", "America/New_York",
  "NEW YORK - Comcast Corp abandoned its pursuit of 21st Century Fox's film and television assets on Thursday, "
  "clearing the way for Walt Disney Co's $71.3 billion takeover, which shareholders of both companies will vote "
  "on at special meetings on Friday next week. Comcast chief executive Brian Roberts said the company would "
  "instead focus on its offer for European pay-TV group Sky. The cable operator had bid $65 billion in cash for "
  "the Fox assets in June, setting off a bidding war that Disney won with a sweetened cash-and-stock offer.",
  [C("will vote on at special meetings on Friday next week", "on Friday next week", wd_next_week("Friday"),
     "event", None, real="2018-07-27")],
  "Comcast withdrew on 19 July 2018; Disney and Fox shareholders approved the deal at meetings on "
  "27 July 2018.",
  ["next-week-weekday", "past-weekday", "past-month", "number-like-date"])

P("tb-exxon-pioneer-2023", "2023-10-11 17:00", "America/Chicago",
  "HOUSTON - Exxon Mobil agreed on Wednesday to buy shale producer Pioneer Natural Resources in an all-stock "
  "deal worth $59.5 billion, its largest acquisition since it merged with Mobil in 1999. The combination will "
  "more than double Exxon's output in the Permian Basin to about 1.3 million barrels of oil equivalent a day, "
  "and chief executive Darren Woods said he expected that figure to reach roughly 2 million barrels a day in "
  "2027. He said the companies expected the transaction to close in the first half of 2024, subject to "
  "regulatory approval. Pioneer's chief executive, Scott Sheffield, will join Exxon's board once the deal is "
  "completed.",
  [C("expected that figure to reach roughly 2 million barrels a day in 2027", "in 2027", in_year(2027),
     "prediction", "Darren Woods"),
   C("expected the transaction to close in the first half of 2024", "in the first half of 2024", half(2024, 1),
     "prediction", "Darren Woods", real="2024-05-03")],
  "Exxon-Pioneer announcement of 11 October 2023; the deal closed on 3 May 2024. Sheffield's board seat "
  "(later blocked by the FTC) is undated.",
  ["half", "year-period", "pronoun-speaker", "undated-future", "number-like-date"])

# ===========================================================================
# Antitrust, regulators, trade

P("tb-google-android-90-days-2018", "2018-07-19 08:00", "Europe/Brussels",
  "BRUSSELS - The European Commission fined Google a record 4.34 billion euros on Wednesday for using its "
  "Android mobile operating system to shore up the dominance of its search engine, and ordered the company to "
  "end the practices within 90 days or face penalty payments of up to 5% of parent Alphabet's average daily "
  "worldwide turnover. Competition Commissioner Margrethe Vestager told a news conference that the conduct had "
  "denied rivals the chance to innovate and compete on the merits. Chief executive Sundar Pichai said in a "
  "blog post that Google would appeal, without saying when. The penalty follows a 2.42 billion euro fine "
  "imposed in June last year over the company's shopping comparison service.",
  [C("ordered the company to end the practices within 90 days", "within 90 days",
     in_days_anchored(90, "Wednesday"), "deadline", "the European Commission", real="2018-10-16")],
  "Commission decision of 18 July 2018 (AT.40099); 90 days from the Wednesday decision = 16 October 2018, "
  "the day Google announced its new licensing terms; from publication = 17 October. Both anchors accepted.",
  ["duration", "conditional-threat", "past-weekday", "undated-future", "number-like-date"])

P("tb-trump-china-100pct-2025", "2025-10-11 09:00", "Asia/Shanghai",
  "BEIJING - President Donald Trump said on Friday that he would impose an additional 100% tariff on "
  "imports from China starting Nov. 1, 'or sooner' depending on Beijing's next steps, reigniting a trade war "
  "that had been in a fragile truce since May. The threat came after China's commerce ministry on Thursday "
  "widened its controls on exports of rare earths and related technology, with the broadest measures taking "
  "effect on Dec. 1. Trump also said he now saw no reason to meet Xi Jinping in South Korea at the end of the "
  "month, as the two leaders had planned.",
  [C("he would impose an additional 100% tariff on imports from China starting Nov. 1", "starting Nov. 1",
     md(11, 1), "promise", "Donald Trump"),
   C("with the broadest measures taking effect on Dec. 1", "on Dec. 1", md(12, 1), "event",
     "China's commerce ministry")],
  "Trump's Truth Social post of 10 October 2025 (US time); MOFCOM announcements of 9 October 2025. Neither "
  "measure took effect as announced: after the Busan meeting of 30 October both were shelved. The end-of-month "
  "Xi meeting is called off in the passage (cancelled, not a claim).",
  ["conditional-threat", "cancelled-date", "explicit-date", "said-on-day", "past-weekday", "past-month",
   "number-like-date"])

P("tb-paytm-deadline-extended-2024", "2024-02-17 10:00", "Asia/Kolkata",
  "MUMBAI - The Reserve Bank of India on Friday gave customers and merchants of Paytm Payments Bank until March "
  "15 to move their accounts elsewhere, pushing back a Feb. 29 deadline after which the lender is barred from "
  "taking fresh deposits or top-ups. The central bank said the extra 15 days were in the interest of customers, "
  "and it published a list of frequently asked questions to ease confusion. Its Jan. 31 order had sent shares "
  "of parent One 97 Communications tumbling, and Governor Shaktikanta Das said earlier this week there would be "
  "no review of the decision.",
  [C("gave customers and merchants of Paytm Payments Bank until March 15 to move their accounts elsewhere",
     "until March 15", md(3, 15), "deadline", "the Reserve Bank of India", real="2024-03-15")],
  "RBI extension of 16 February 2024 (from 29 February to 15 March 2024); original order 31 January 2024. "
  "'Feb. 29' is superseded and not labelled.",
  ["superseded-date", "explicit-date", "explicit-past-date", "past-weekday", "duration"])

# ===========================================================================
# Energy

P("tb-nord-stream-maintenance-2022", "2022-07-08 15:00", "Europe/Berlin",
  "BERLIN - Gas will stop flowing through the Nord Stream 1 pipeline from Russia for ten days of routine "
  "maintenance starting on Monday, and German officials fear Moscow may not turn the taps back on once the work "
  "is done. Gazprom already cut deliveries through the link to 40% of capacity last month, blaming a turbine "
  "stuck in Canada after repairs, an explanation Berlin has dismissed as political. Under a law that took effect "
  "in April, storage operators must have their caverns 80% full by Oct. 1 and 90% full by Nov. 1, targets that "
  "Klaus Mueller, head of the Federal Network Agency, has said will be hard to meet without Russian supply.",
  [C("maintenance starting on Monday", "starting on Monday", wd("Monday"), "event", None, real="2022-07-11"),
   C("80% full by Oct. 1", "by Oct. 1", md(10, 1), "deadline", None),
   C("90% full by Nov. 1", "by Nov. 1", md(11, 1), "deadline", None)],
  "Nord Stream 1 annual maintenance 11-21 July 2022; Gasspeichergesetz of 30 April 2022 (80% by 1 October, "
  "90% by 1 November; raised later in July to 85% and 95% by ordinance). Statutory cut-offs: deadlines, no "
  "speaker.",
  ["may-verb", "same-sentence-claims", "explicit-date", "past-month", "number-like-date"])

P("tb-germany-nuclear-exit-2023", "2023-04-13 10:00", "Europe/Berlin",
  "BERLIN (AFP) - Germany's last three nuclear power stations, Isar 2, Emsland and Neckarwestheim 2, must be "
  "disconnected from the grid by midnight on Saturday, bringing the curtain down on more than six decades of "
  "atomic energy in Europe's biggest economy. The plants had originally been due to close on Dec. 31, but "
  "Chancellor Olaf Scholz ordered last October that they keep running through the winter as the loss of "
  "Russian gas sent power prices soaring. Economy Minister Robert Habeck said on Wednesday that security of "
  "supply was guaranteed, though opposition conservatives have called the timing a mistake.",
  [C("must be disconnected from the grid by midnight on Saturday", "by midnight on Saturday",
     midnight_on("Saturday"), "deadline", None, real="2023-04-15")],
  "Atomic Energy Act cut-off: power operation to end by the end of 15 April 2023 (the reactors went off the "
  "grid that night). 'Dec. 31' is the superseded date of 31 December 2022 and is not a claim.",
  ["midnight", "superseded-date", "last-month", "said-on-day", "number-like-date"])

P("tb-truss-energy-guarantee-2022", "2022-09-08 13:30", "Europe/London",
  "LONDON - Prime Minister Liz Truss told parliament on Thursday that a typical household's annual energy bill "
  "would be held at 2,500 pounds from Oct. 1, sparing families a planned 80% jump in the regulator's price cap. "
  "Businesses, charities and schools will receive equivalent help for six months, she said, in a package that "
  "economists say could cost well over 100 billion pounds. Finance minister Kwasi Kwarteng will set out the "
  "cost in a fiscal statement later this month. Truss, who took office on Tuesday, also lifted a moratorium on "
  "fracking, saying Britain needed to produce more of its own energy.",
  [C("would be held at 2,500 pounds from Oct. 1", "from Oct. 1", md(10, 1), "promise", "Liz Truss",
     real="2022-10-01"),
   C("will set out the cost in a fiscal statement later this month", "later this month", rest_of_month(),
     "event", None, real="2022-09-23")],
  "Energy Price Guarantee announced 8 September 2022, from 1 October; Kwarteng's 'mini-budget' on "
  "23 September 2022. 'for six months' has no anchor in the text and is not labelled.",
  ["later-this-period", "explicit-date", "past-weekday", "said-on-day", "duration", "hypothetical",
   "number-like-date"])

P("tb-repowereu-outline-2022", "2022-03-08 19:00", "Europe/Brussels",
  "BRUSSELS - The European Commission on Tuesday set out plans to cut the bloc's imports of Russian gas by "
  "two-thirds by the end of the year and to make Europe independent of Russian oil, gas and coal well "
  "before 2030. Commission President Ursula von der Leyen said Europe could not keep relying on a supplier that "
  "openly threatened it. The EU executive will also propose rules requiring member states to fill their gas "
  "storage to at least 90% of capacity by Oct. 1. EU leaders will discuss the plans at a summit in Versailles "
  "on Thursday and Friday.",
  [C("cut the bloc's imports of Russian gas by two-thirds by the end of the year", "by the end of the year",
     this_year_end(), "promise", "the European Commission"),
   C("make Europe independent of Russian oil, gas and coal well before 2030", "well before 2030",
     before_year(2030), "promise", "the European Commission"),
   C("fill their gas storage to at least 90% of capacity by Oct. 1", "by Oct. 1", md(10, 1), "deadline",
     "the European Commission"),
   C("at a summit in Versailles on Thursday and Friday", "on Thursday and Friday", span_wd("Thursday", "Friday"),
     "event", None, real="2022-03-10")],
  "Commission communication 'REPowerEU' of 8 March 2022; Versailles informal summit 10-11 March 2022. "
  "The storage level is a target set for member states (deadline); the bloc-wide cuts are the Commission's "
  "own plan (promise).",
  ["before-year", "year-end", "same-sentence-claims", "explicit-date", "range", "said-on-day"])

# ===========================================================================
# Airlines and carmakers

P("tb-southwest-meltdown-2022", "2022-12-29 08:00", "America/Chicago",
  "DALLAS - Southwest Airlines said on Wednesday it would keep flying only about a third of its schedule "
  "through Thursday and expected to return to normal operations on Friday, after cancelling more than 15,000 "
  "flights since a winter storm swept across the country before Christmas. Chief executive Bob Jordan "
  "apologised in a video message, blaming the carrier's outdated crew-scheduling technology. Transportation "
  "Secretary Pete Buttigieg said his department would hold Southwest accountable and look into whether it had "
  "met its obligations to stranded passengers.",
  [C("would keep flying only about a third of its schedule through Thursday", "through Thursday", wd("Thursday"),
     "promise", "Southwest Airlines", real="2022-12-29"),
   C("expected to return to normal operations on Friday", "on Friday", wd("Friday"), "prediction",
     "Southwest Airlines", real="2022-12-30")],
  "Southwest statement of 28 December 2022; normal schedule resumed on 30 December. 'through Thursday' in a "
  "Thursday article is that day.",
  ["by-weekday-same-day", "same-sentence-claims", "said-on-day", "undated-future", "number-like-date"])

P("tb-tesla-model3-handover-2017", "2017-07-28 08:00", "America/Los_Angeles",
  "FREMONT, Calif. - Tesla will hand over the first 30 Model 3 sedans to their buyers, all of them employees, "
  "at an event at its factory here on Friday evening, a milestone in Elon Musk's bet on a $35,000 electric car "
  "for the mass market. Musk, who unveiled the car in March 2016 and has since collected more than 400,000 "
  "refundable deposits, has warned of months of 'production hell'. He has said he expects output to reach "
  "20,000 cars a month in December. Investors will get more detail when Tesla reports second-quarter results on "
  "Wednesday.",
  [C("at an event at its factory here on Friday evening", "on Friday evening", wd("Friday"), "event", None,
     real="2017-07-28"),
   C("expects output to reach 20,000 cars a month in December", "in December", in_month(2017, 12),
     "prediction", "Elon Musk"),
   C("when Tesla reports second-quarter results on Wednesday", "on Wednesday", wd("Wednesday"), "event", None,
     real="2017-08-02")],
  "Model 3 handover event of 28 July 2017; Musk's 2 July tweet (20,000 a month in December, not reached); "
  "Q2 2017 results 2 August 2017.",
  ["same-day-future", "month-period", "pronoun-speaker", "past-month", "undated-future", "number-like-date"])

P("tb-afeela-deliveries-2025", "2025-01-07 10:00", "America/Los_Angeles",
  "LAS VEGAS - Sony Honda Mobility, the electric-vehicle venture between the Japanese electronics and car "
  "giants, began taking reservations for its Afeela 1 sedan on Monday and said the first cars would be "
  "delivered to customers in California in mid-2026. The car, priced from $89,900, will be built at a Honda "
  "factory in Ohio, the company said at the CES technology show, which runs until Friday. Chief executive Yasuhide Mizuno told reporters "
  "the venture would lean on Sony's strengths in entertainment and sensors to stand out.",
  [C("the first cars would be delivered to customers in California in mid-2026", "in mid-2026", mid_year(2026),
     "promise", "Sony Honda Mobility"),
   C("the CES technology show, which runs until Friday", "until Friday", wd("Friday"), "event", None,
     real="2025-01-10")],
  "Sony Honda Mobility at CES 2025, 6 January 2025: reservations opened, California deliveries planned for "
  "mid-2026; CES 2025 ran 7-10 January.",
  ["mid-year", "past-weekday", "number-like-date"])

# ===========================================================================
# Labour disputes

P("tb-ups-teamsters-2023", "2023-07-06 09:00", "America/New_York",
  "Contract talks between UPS and the Teamsters union collapsed on Wednesday, with each side accusing the other "
  "of walking away, raising the risk of the biggest strike against a single American company in decades. The "
  "national agreement covering about 340,000 UPS workers expires at 11:59 p.m. on July 31, and Teamsters "
  "General President Sean O'Brien has vowed that his members will walk off the job on Aug. 1 if the company "
  "does not put a better offer on the table. Members voted 97% in favour of authorising a strike in June. UPS "
  "said it had not left the talks and that there was still time to reach a deal.",
  [C("expires at 11:59 p.m. on July 31", "at 11:59 p.m. on July 31", md(7, 31, "23:59"), "deadline", None,
     real="2023-07-31"),
   C("will walk off the job on Aug. 1 if the company does not put a better offer on the table", "on Aug. 1",
     md(8, 1), "promise", "Sean O'Brien")],
  "UPS-Teamsters talks broke down on 5 July 2023; contract expiry 31 July 2023 at 23:59; a tentative "
  "agreement came on 25 July, so no strike. The union's conditional strike date is a promise.",
  ["time-local", "conditional-threat", "same-sentence-claims", "explicit-date", "past-weekday", "past-month",
   "number-like-date"])

# ===========================================================================
# Chipmakers and technology

P("tb-tsmc-kumamoto-2024", "2024-02-22 15:00", "Asia/Tokyo",
  "KUMAMOTO, Japan - Taiwan Semiconductor Manufacturing Co will hold an opening ceremony on Saturday for its "
  "first chip factory in Japan, a plant in the farming town of Kikuyo that Tokyo has backed with up to 476 "
  "billion yen in subsidies. JASM, the TSMC-led venture that also counts Sony Group and Denso as investors, "
  "plans to start volume production at the plant in the fourth quarter and to have a second factory nearby "
  "running by the end of 2027, TSMC said earlier this month. The project has pushed up wages and land prices "
  "across the region, and some residents worry about the strain on local groundwater.",
  [C("will hold an opening ceremony on Saturday", "on Saturday", wd("Saturday"), "event", None, real="2024-02-24"),
   C("plans to start volume production at the plant in the fourth quarter", "in the fourth quarter",
     quarter(2024, 4), "promise", "TSMC"),
   C("to have a second factory nearby running by the end of 2027", "by the end of 2027", by_year(2027),
     "promise", "TSMC")],
  "JASM Kumamoto fab 1 opening ceremony 24 February 2024; volume production began in Q4 2024 (December); "
  "fab 2 announced 6 February 2024 with operations by end-2027.",
  ["quarter", "year-end", "same-sentence-claims", "number-like-date"])

P("tb-qianfan-long-march-2024", "2024-08-06 20:00", "Asia/Shanghai",
  "TAIYUAN, China - A Long March 6A rocket lifted off from northern China on Tuesday carrying the first 18 "
  "satellites of the Qianfan constellation, a state-backed network meant to rival Elon Musk's Starlink in "
  "beaming internet access from space. Shanghai Spacecom Satellite Technology, the company behind the project, "
  "aims to have 648 satellites in orbit by the end of next year and about 15,000 by 2030, according to state "
  "media. SpaceX has launched more than 6,000 Starlink satellites since 2019.",
  [C("aims to have 648 satellites in orbit by the end of next year", "by the end of next year", by_year(2025),
     "promise", "Shanghai Spacecom Satellite Technology"),
   C("about 15,000 by 2030", "by 2030", by_year(2030), "promise", "Shanghai Spacecom Satellite Technology")],
  "First Qianfan (Thousand Sails) launch on 6 August 2024 from Taiyuan on a Long March 6A. The company's "
  "targets are reported by state media (the principal keeps the speaker).",
  ["march-noun", "year-end", "same-sentence-claims", "past-weekday", "number-like-date"])

N("tb-deepseek-nvidia-rout-2025", "2025-01-28 08:00", "Europe/London",
  "LONDON - Nvidia lost almost $600 billion of its stock market value on Monday, the biggest one-day wipeout for "
  "any company in US history, after Chinese start-up DeepSeek showed it could build AI models rivalling the best "
  "American systems at a fraction of the cost. DeepSeek said its V3 model, released in late December, was "
  "trained for about $5.6 million using Nvidia's less advanced H800 chips, and its R1 reasoning model, launched "
  "on Jan. 20, has since shot to the top of Apple's app store in the United States. President Donald Trump "
  "called the development a wake-up call for American industry. Whether big technology companies will now rein "
  "in spending on data centres is likely to dominate their earnings calls in the coming days.",
  "Nvidia's fall of 27 January 2025; DeepSeek-V3 (26 December 2024) and R1 (20 January 2025). Past dates and "
  "an undated future only.",
  ["past-weekday", "explicit-past-date", "past-month", "undated-future", "number-like-date"])

# ===========================================================================
# Product launches

P("tb-threads-launch-2023", "2023-07-04 09:00", "America/New_York",
  "Meta Platforms is set to launch Threads, a text-based app widely seen as a rival to Twitter, on Thursday, "
  "according to a listing in Apple's App Store that gave July 6 as its expected release date. The app, built by "
  "the Instagram team, will let users carry over the accounts they already follow, the listing showed. Its "
  "arrival comes days after Elon Musk, who bought Twitter for $44 billion last year, said on Saturday that the "
  "site would temporarily limit how many posts users could read each day. Meta did not respond to a request for "
  "comment.",
  [C("is set to launch Threads, a text-based app widely seen as a rival to Twitter, on Thursday", "on Thursday",
     wd("Thursday"), "event", None)],
  "App Store listing seen on 3 July 2023 (expected 6 July); Twitter's reading limits of 1 July. Threads went "
  "live a day early, on the evening of 5 July. 'July 6' repeats the same claim in the same sentence.",
  ["repeated-claim", "explicit-date", "past-weekday", "said-on-day", "number-like-date"])

P("tb-apple-event-prime-day-2020", "2020-10-06 14:00", "America/Los_Angeles",
  "CUPERTINO, Calif. - Apple will hold a virtual product event next Tuesday, the company said in invitations "
  "sent to reporters, where it is widely expected to unveil its first iPhones that can run on 5G networks. The "
  "phones, which normally debut in September, were held back this year by production delays linked to the "
  "pandemic. The launch will go head to head with Amazon.com's Prime Day sale, which was pushed back from its "
  "usual July slot and will run on Oct. 13 and 14.",
  [C("Apple will hold a virtual product event next Tuesday", "next Tuesday", next_wd("Tuesday"), "event", "Apple",
     real="2020-10-13"),
   C("will run on Oct. 13 and 14", "on Oct. 13 and 14", md_span(10, 13, 10, 14), "event", None,
     real="2020-10-13")],
  "Apple's 'Hi, Speed' invitations of 6 October 2020 for 13 October (iPhone 12); Prime Day 13-14 October 2020. "
  "Published on a Tuesday: both readings of 'next Tuesday' give 13 October.",
  ["next-weekday", "range", "past-month", "said-on-day"])

N("tb-galaxy-fold-delay-2019", "2019-04-23 09:00", "Asia/Seoul",
  "SEOUL - Samsung Electronics has postponed the launch of its $1,980 Galaxy Fold, which had been due to go on "
  "sale in the United States on April 26, after several reviewers reported that the folding screens on their "
  "sample units broke within days. The company, which also called off launch events planned in Hong Kong and "
  "Shanghai this week, said it needed to run further tests and would announce a new release date in the coming "
  "weeks. The setback may make it harder for the world's largest smartphone maker to win back trust after the "
  "Galaxy Note 7 battery fires of 2016.",
  "Samsung's postponement of 22 April 2019 (US sale had been set for 26 April). A cancelled date and an "
  "undated future only.",
  ["cancelled-date", "undated-future", "may-verb", "number-like-date"])

N("tb-apple-siri-delay-2025", "2025-03-08 10:00", "America/Los_Angeles",
  "CUPERTINO, Calif. - Apple said on Friday that a more personal version of its Siri voice assistant, promised "
  "at its developer conference last June, would take longer than expected to arrive, without giving a new "
  "timetable. The delay is a setback for the company's push into artificial intelligence, which it has used to "
  "market the iPhone 16 since September. Spokeswoman Jacqueline Roy declined to say when the features would be "
  "released.",
  "Apple's statement of 7 March 2025 delaying the personalised Siri features announced at WWDC on "
  "10 June 2024. No date is given.",
  ["undated-future", "last-month", "said-on-day", "past-weekday", "past-month", "number-like-date"])

P("tb-walmart-thanksgiving-2020", "2020-07-22 08:00", "America/Chicago",
  "BENTONVILLE, Ark. - Walmart said on Tuesday its U.S. stores would be closed on Thanksgiving Day this year, "
  "breaking with a years-long habit of opening on the holiday to get a head start on Black Friday, as a thank-you "
  "to workers who have kept its shops running through the coronavirus pandemic. The world's biggest retailer "
  "began requiring shoppers to wear masks in all its U.S. stores on Monday. Rivals such as Target have not said "
  "whether they will follow.",
  [C("its U.S. stores would be closed on Thanksgiving Day this year", "on Thanksgiving Day",
     holiday("Thanksgiving"), "promise", "Walmart", real="2020-11-26")],
  "Walmart announcement of 21 July 2020; Thanksgiving 26 November 2020 (computed). 'Black Friday' is a generic "
  "reference, not a scheduled event.",
  ["holiday", "past-weekday", "said-on-day", "undated-future"])

# ===========================================================================
# Crypto and markets

P("tb-gensler-bitcoin-100k-2024", "2024-12-05 11:00", "Asia/Hong_Kong",
  "HONG KONG - Bitcoin topped $100,000 for the first time on Thursday, extending a rally fuelled by bets that "
  "Donald Trump's return to the White House will bring a friendlier regime for cryptocurrencies. The milestone "
  "came hours after Trump said he would nominate Paul Atkins, a former commissioner known for his light-touch "
  "views, to run the Securities and Exchange Commission. Gary Gensler, the current chair, whose agency sued "
  "several of the biggest crypto exchanges, said last month he would step down on Jan. 20, the day Trump is "
  "sworn in. Bitcoin has more than doubled in value this year.",
  [C("he would step down on Jan. 20", "on Jan. 20", md(1, 20), "promise", "Gary Gensler", real="2025-01-20")],
  "Bitcoin crossed $100,000 on 5 December 2024 (Asian hours); Atkins named on 4 December; Gensler's "
  "announcement of 21 November 2024. 'the day Trump is sworn in' only refers back to the same date.",
  ["year-inference", "said-on-day", "past-weekday", "number-like-date"])

N("tb-terra-collapse-2022", "2022-05-13 18:00", "Asia/Singapore",
  "SINGAPORE - The blockchain behind the TerraUSD stablecoin was halted on Thursday after its sister token Luna, "
  "which traded above $80 in the first days of May, collapsed to a fraction of a cent, wiping out tens of "
  "billions of dollars in one of the worst crashes the crypto industry has seen. Binance, the largest exchange, "
  "suspended trading in both tokens on Friday. Terraform Labs co-founder Do Kwon said he was working on a plan "
  "to revive the network and would share details in the coming days. Regulators may seize on the episode to "
  "push for tighter rules; US Treasury Secretary Janet Yellen told lawmakers on Tuesday that it showed the risks "
  "that stablecoins pose.",
  "Terra halted on 12 May 2022; Binance suspended LUNA/UST trading on 13 May; Yellen's Senate testimony of "
  "10 May. The revival plan is undated.",
  ["undated-future", "may-verb", "past-weekday", "said-on-day"])

N("tb-wirecard-insolvency-2020", "2020-06-25 16:00", "Europe/Berlin",
  "MUNICH - Wirecard filed for insolvency on Thursday, a week after the payments company disclosed that 1.9 "
  "billion euros were missing from its accounts, making it the first member of Germany's DAX blue-chip index to "
  "go bust. Former chief executive Markus Braun, who resigned last Friday, was arrested on Monday on suspicion "
  "of inflating the company's balance sheet and was released on 5 million euros bail. Prosecutors said further "
  "arrests may follow as their investigation widens, and Finance Minister Olaf Scholz said the affair showed "
  "that supervision of financial markets had to be tightened. Wirecard's shares, which traded above 100 euros in "
  "early June, are now worth less than 3 euros.",
  "Wirecard's insolvency filing of 25 June 2020; missing cash disclosed on 18 June; Braun resigned 19 June, "
  "arrested 22 June. Past events only.",
  ["past-weekday", "said-on-day", "may-verb", "past-month", "number-like-date"])

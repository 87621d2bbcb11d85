"""Tuning passages written blind: national politics and public life (US states and Congress, UK, EU members, India, Australia, Canada, Japan, Nigeria, Mexico, Korea...): legislation and budgets, courts, elections and primaries, public health, weather, transport, education, space, sport fixtures. Written on 2026-11-27 (see tune_blind.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_holiday,
    before_year,
    by_year,
    half,
    in_days_anchored,
    in_month,
    md,
    midnight_on,
    month_named_end,
    next_month,
    next_wd,
    passage_adder,
    rest_of_year,
    this_end_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


# ===========================================================================
# Weather

P("th-helene-landfall-2024", "2024-09-25 13:00", "America/New_York",
  "MIAMI (AP) \u2014 Helene, which became a hurricane on Wednesday a day after forming in the northwestern "
  "Caribbean, is forecast to slam into Florida's Big Bend coast on Thursday evening as a major hurricane before "
  "racing inland across Georgia on Friday, the National Hurricane Center said in its 11 a.m. advisory. "
  "Forecasters warned of a storm surge as high as 20 feet in parts of the Big Bend, where water could rise fast "
  "enough to make escape impossible. Governor Ron DeSantis, who declared a state of emergency for dozens of "
  "counties on Monday, urged coastal residents not to wait to see how strong the storm became before leaving.",
  [C("slam into Florida's Big Bend coast on Thursday evening", "on Thursday evening", wd("Thursday"),
     "prediction", "the National Hurricane Center", real="2024-09-26"),
   C("racing inland across Georgia on Friday", "on Friday", wd("Friday"), "prediction",
     "the National Hurricane Center", real="2024-09-27")],
  "Hurricane Helene: hurricane on 25 September 2024, landfall near Perry, Florida, late on Thursday 26 September, "
  "over Georgia early on Friday 27 September; DeSantis's emergency declaration of Monday 23 September.",
  ["same-sentence-claims", "past-weekday", "hypothetical"])

P("th-noto-earthquake-2024", "2024-01-02 09:00", "Asia/Tokyo",
  "TOKYO (Reuters) - Rescue teams in central Japan struggled on Tuesday to reach towns cut off by the magnitude "
  "7.5 earthquake that struck the Noto peninsula on New Year's Day, killing dozens of people and toppling "
  "hundreds of buildings. The Japan Meteorological Agency warned that strong aftershocks may continue for about a "
  "week, and said rain forecast for the area could loosen hillsides already weakened by the quake. Prime Minister "
  "Fumio Kishida said the first 72 hours were critical and that the government would do everything it could to "
  "save lives.",
  [],
  "Noto peninsula earthquake of 1 January 2024. The aftershock warning is a possibility over an unanchored "
  "duration; the rain and the rescue effort are undated.",
  ["no-claim", "may-verb", "duration", "hypothetical", "number-like-date", "undated-future"])

# ===========================================================================
# Elections and primaries

P("th-maharashtra-jharkhand-polls-2024", "2024-10-15 18:30", "Asia/Kolkata",
  "NEW DELHI \u2014 Maharashtra, India's richest state, will elect a new assembly in a single round of voting on "
  "November 20, while Jharkhand's 81 seats will be filled in two phases, on November 13 and November 20, Chief "
  "Election Commissioner Rajiv Kumar told a news conference on Tuesday. Votes in both states will be counted on "
  "November 23, he said. The elections are the first big test for Prime Minister Narendra Modi's Bharatiya Janata "
  "Party since it lost its outright majority in parliament in June, although it won a surprise third straight "
  "term in Haryana this month.",
  [C("elect a new assembly in a single round of voting on November 20", "on November 20", md(11, 20), "event",
     "Rajiv Kumar", real="2024-11-20"),
   C("will be filled in two phases, on November 13", "on November 13", md(11, 13), "event", "Rajiv Kumar",
     real="2024-11-13"),
   C("November 13 and November 20", "November 20", md(11, 20), "event", "Rajiv Kumar", real="2024-11-20"),
   C("Votes in both states will be counted on November 23", "on November 23", md(11, 23), "event",
     "Rajiv Kumar", real="2024-11-23")],
  "Election Commission of India schedule announced 15 October 2024: Maharashtra polled 20 November, Jharkhand "
  "13 and 20 November, counting 23 November. Jharkhand's two phases are separate voting days, so two claims.",
  ["same-sentence-claims", "explicit-date", "pronoun-speaker", "said-on-day", "past-month", "number-like-date"])

P("th-mexico-judicial-vote-2025", "2025-05-29 10:00", "America/Mexico_City",
  "MEXICO CITY (AP) \u2014 Mexicans will elect more than 800 federal judges at the ballot box on Sunday, "
  "including all nine justices of the Supreme Court, in the first such vote in the country's history and the "
  "centrepiece of a judicial overhaul that Congress approved last September at the urging of then-President "
  "Andr\u00e9s Manuel L\u00f3pez Obrador. The winners are due to take office on Sept. 1, replacing the current "
  "justices, several of whom declined to run. Electoral officials have warned that turnout may be low because "
  "most voters know little about the thousands of candidates, and critics say the vote could hand the ruling "
  "Morena party control of the courts.",
  [C("at the ballot box on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2025-06-01"),
   C("The winners are due to take office on Sept. 1", "on Sept. 1", md(9, 1), "event", None, real="2025-09-01")],
  "Mexico's first judicial election, 1 June 2025; the new Supreme Court was seated on 1 September 2025; the "
  "reform passed Congress in September 2024.",
  ["last-month", "may-verb", "hypothetical", "explicit-date", "number-like-date"])

P("th-mccarthy-successor-vote-2023", "2023-10-04 12:00", "America/New_York",
  "WASHINGTON (Reuters) - House Republicans will hear from candidates to succeed Kevin McCarthy at a closed-door "
  "forum next Tuesday and vote on their nominee for speaker on Wednesday, Oct. 11, according to two Republican "
  "aides, leaving the chamber paralysed in the meantime. McCarthy, ousted on Tuesday by a 216-210 vote in the "
  "first removal of a speaker in the country's history, told reporters that night that he would not run again. "
  "Majority Leader Steve Scalise and Judiciary Committee Chairman Jim Jordan have already declared their "
  "candidacies. The turmoil comes days after Congress averted a government shutdown with a stopgap measure that "
  "funds federal agencies only until Nov. 17.",
  [C("at a closed-door forum next Tuesday", "next Tuesday", next_wd("Tuesday"), "event", None, real="2023-10-10"),
   C("vote on their nominee for speaker on Wednesday, Oct. 11", "on Wednesday, Oct. 11", md(10, 11), "event", None,
     real="2023-10-11"),
   C("funds federal agencies only until Nov. 17", "until Nov. 17", md(11, 17), "deadline", None,
     real="2023-11-17")],
  "McCarthy removed 3 October 2023; GOP candidate forum 10 October and internal vote 11 October; the 30 September "
  "continuing resolution ran to 17 November 2023. Anonymous aides are no speaker.",
  ["next-weekday", "same-sentence-claims", "past-weekday", "explicit-date", "number-like-date"])

P("th-haley-super-tuesday-2024", "2024-02-21 09:00", "America/New_York",
  "GREENVILLE, South Carolina (AP) \u2014 Nikki Haley told supporters on Tuesday in the state she governed for "
  "six years that she had no intention of quitting. She vowed to stay in the race for the Republican presidential "
  "nomination through Super Tuesday on March 5, whatever happens in Saturday's primary in South Carolina, where "
  "polls show her trailing Donald Trump by more than 20 points. Trump's campaign has predicted in a memo that the "
  "former president will have clinched the nomination by March 19.",
  [C("stay in the race for the Republican presidential nomination through Super Tuesday on March 5",
     "through Super Tuesday on March 5", md(3, 5), "promise", "Nikki Haley", real="2024-03-05"),
   C("Saturday's primary in South Carolina", "Saturday's", wd("Saturday"), "event", None, real="2024-02-24"),
   C("will have clinched the nomination by March 19", "by March 19", md(3, 19), "prediction", "Trump's campaign",
     real="2024-03-12", real_le=True)],
  "Haley's Greenville speech of 20 February 2024; South Carolina primary 24 February; Super Tuesday 5 March "
  "(she withdrew on 6 March); Trump clinched on 12 March 2024, within the campaign memo's March 19 forecast.",
  ["pronoun-speaker", "same-sentence-claims", "explicit-date", "said-on-day", "number-like-date"])

P("th-georgia-certify-2020", "2020-11-20 08:00", "America/New_York",
  "ATLANTA (AP) \u2014 A hand tally of about 5 million ballots, completed on Thursday, confirmed Joe Biden's "
  "narrow win over President Donald Trump in Georgia, and Secretary of State Brad Raffensperger must certify the "
  "results by Friday. Raffensperger, a Republican who has faced attacks from within his own party over his "
  "handling of the count, has said the audit showed the original machine tally was accurate, while the Trump "
  "campaign may still request a recount once certification is complete. Georgia's 16 electors will cast their "
  "votes along with those of the other states when the Electoral College meets on Dec. 14.",
  [C("must certify the results by Friday", "by Friday", wd("Friday"), "deadline", None, real="2020-11-20"),
   C("when the Electoral College meets on Dec. 14", "on Dec. 14", md(12, 14), "event", None, real="2020-12-14")],
  "Georgia's risk-limiting hand audit finished 19 November 2020; Raffensperger certified on Friday 20 November; "
  "electors voted 14 December 2020. The statutory certification cut-off has no speaker.",
  ["by-weekday-same-day", "past-weekday", "may-verb", "explicit-date", "number-like-date", "undated-future"])

P("th-sturgeon-resigns-2023", "2023-02-16 08:00", "Europe/London",
  "EDINBURGH \u2014 Nicola Sturgeon, Scotland's longest-serving first minister, said on Wednesday that she would "
  "resign once the Scottish National Party had chosen a successor, ending more than eight years in charge of the "
  "devolved government. She insisted the decision was not a reaction to short-term pressures, including a row "
  "over a gender recognition law that London blocked last month. Who will replace her, and will the new leader "
  "stick with her plan to treat the next UK general election as a de facto referendum on independence, after the "
  "Supreme Court ruled last November that Holyrood could not hold a vote of its own? The SNP has not yet "
  "published a timetable for the contest.",
  [],
  "Sturgeon announced her resignation on 15 February 2023; the Section 35 order was made in January 2023 and the "
  "Supreme Court referendum ruling was on 23 November 2022. Her resignation has no date; the rest is past or a "
  "question.",
  ["no-claim", "question", "last-month", "past-month", "said-on-day", "undated-future"])

P("th-japan-diet-30-days-2024", "2024-10-28 12:00", "Asia/Tokyo",
  "TOKYO (Kyodo) \u2014 Prime Minister Shigeru Ishiba said on Monday he would remain in office even though his "
  "ruling coalition lost its majority in the House of Representatives in Sunday's election, winning 215 of the "
  "465 seats, short of the 233 needed, its worst result since 2009. Under Article 54 of the constitution, a "
  "special Diet session to choose the prime minister must be convened within 30 days of the vote. Ishiba told a "
  "news conference he would compile an economic package, backed by a supplementary budget, by the end of the "
  "year, and that he had no plans for now to bring another party into the coalition.",
  [C("must be convened within 30 days of the vote", "within 30 days of the vote", in_days_anchored(30, "Sunday"),
     "deadline", None, real="2024-11-11", real_le=True),
   C("he would compile an economic package, backed by a supplementary budget, by the end of the year",
     "by the end of the year", this_year_end(), "promise", "Shigeru Ishiba", real="2024-12-17", real_le=True)],
  "Japanese general election of 27 October 2024; special Diet session convened 11 November; the supplementary "
  "budget was enacted 17 December 2024. The 30 days run from the election (Sunday) or from publication: both "
  "anchors accepted.",
  ["duration", "year-end", "past-weekday", "said-on-day", "number-like-date"])

# ===========================================================================
# Budgets and legislation

P("th-australia-budget-2024", "2024-05-15 08:00", "Australia/Sydney",
  "CANBERRA (Reuters) - Every Australian household will receive A$300 off its power bills from July 1, Treasurer "
  "Jim Chalmers said as he handed down the government's third budget on Tuesday night, a measure he said would "
  "help bring inflation back within the Reserve Bank's 2% to 3% target band by the end of the year. The budget "
  "forecasts an A$9.3 billion surplus for 2023-24, the first back-to-back surpluses in nearly two decades, though "
  "Treasury expects the books to slip back into deficit after that. Opposition Leader Peter Dutton will give his "
  "reply in parliament on Thursday night.",
  [C("Every Australian household will receive A$300 off its power bills from July 1", "from July 1", md(7, 1),
     "promise", "Jim Chalmers", real="2024-07-01"),
   C("help bring inflation back within the Reserve Bank's 2% to 3% target band by the end of the year",
     "by the end of the year", this_year_end(), "prediction", "Jim Chalmers"),
   C("will give his reply in parliament on Thursday night", "on Thursday night", wd("Thursday"), "event", None,
     real="2024-05-16")],
  "Australian federal budget of 14 May 2024 (Energy Bill Relief Fund rebates from 1 July 2024); Dutton's budget "
  "reply 16 May 2024.",
  ["same-sentence-claims", "year-end", "past-weekday", "number-like-date", "undated-future"])

P("th-hunt-autumn-statement-2023", "2023-11-16 09:00", "Europe/London",
  "LONDON \u2014 Finance minister Jeremy Hunt will present his autumn statement on Wednesday next week with more "
  "room for tax cuts than many had expected, after figures released on Wednesday showed consumer price inflation "
  "falling to 4.6% in October, its lowest in two years. Hunt told the BBC that cutting taxes for businesses and "
  "workers was a priority but that he would not do anything to fuel inflation, which Prime Minister Rishi Sunak "
  "promised in January to halve. A cut to national insurance, which some Conservative MPs are pushing for, could "
  "cost billions of pounds a year. Traders, meanwhile, are betting that the Bank of England will make its first "
  "interest rate cut in the second half of next year.",
  [C("present his autumn statement on Wednesday next week", "on Wednesday next week", wd_next_week("Wednesday"),
     "event", None, real="2023-11-22"),
   C("will make its first interest rate cut in the second half of next year", "in the second half of next year",
     half(2024, 2), "prediction", "traders", real="2024-08-01")],
  "Autumn Statement of 22 November 2023; October CPI (4.6%) published 15 November 2023; the Bank of England's "
  "first cut came on 1 August 2024.",
  ["next-week-weekday", "past-weekday", "past-month", "hypothetical", "half", "number-like-date"])

P("th-assisted-dying-vote-2024", "2024-11-27 08:00", "Europe/London",
  "LONDON \u2014 Members of Parliament will vote on Friday on whether to legalise assisted dying for terminally "
  "ill adults in England and Wales, in the first Commons vote on the issue since 2015, when a similar bill was "
  "defeated by 330 votes to 118. Labour MP Kim Leadbeater, whose private member's bill would let adults expected "
  "to die within six months seek help to end their lives with the approval of two doctors and a High Court judge, "
  "said on Tuesday she believed the support was there. Prime Minister Keir Starmer has given his MPs a free vote, "
  "and several cabinet ministers, including Health Secretary Wes Streeting, have said they will oppose the bill. "
  "Even if Friday's vote goes her way, the bill would face months of further scrutiny in both houses and could "
  "not become law before next year.",
  [C("Members of Parliament will vote on Friday", "on Friday", wd("Friday"), "event", None, real="2024-11-29")],
  "Second reading of the Terminally Ill Adults (End of Life) Bill, 29 November 2024; the 2015 Marris bill fell "
  "330-118. \"Friday's vote\" repeats the labelled claim; \"before next year\" is conditional, not a claim.",
  ["repeated-claim", "said-on-day", "hypothetical", "duration", "number-like-date"])

P("th-france-pension-no-confidence-2023", "2023-03-17 18:00", "Europe/Paris",
  "PARIS (AFP) - French lawmakers will vote on Monday on two motions of no confidence filed on Friday against "
  "Prime Minister Elisabeth Borne's government, a day after she invoked Article 49.3 of the constitution to push "
  "President Emmanuel Macron's pension reform through the National Assembly without a vote. If either motion "
  "passed, the government would fall and the reform, which raises the minimum retirement age to 64 from 62, would "
  "be dropped. The Intersyndicale, the alliance of France's eight main unions, said a ninth nationwide day of "
  "strikes and protests since January would be held on Thursday, March 23.",
  [C("French lawmakers will vote on Monday", "on Monday", wd("Monday"), "event", None, real="2023-03-20"),
   C("would be held on Thursday, March 23", "on Thursday, March 23", md(3, 23), "event", "the Intersyndicale",
     real="2023-03-23")],
  "Borne used Article 49.3 on 16 March 2023; no-confidence votes 20 March; ninth day of action 23 March 2023. "
  "An unconditional strike day is an event, attributed to the unions' alliance.",
  ["past-weekday", "hypothetical", "number-like-date", "explicit-date", "past-month"])

P("th-canada-ev-mandate-2023", "2023-12-19 14:00", "America/Toronto",
  "OTTAWA (Reuters) - Canada will require automakers to make zero-emission vehicles a fifth of their new car and "
  "light-truck sales by 2026, rising to 60% by the end of the decade and to all of them by 2035, Environment "
  "Minister Steven Guilbeault said on Tuesday, unveiling final rules that the industry had lobbied to soften. "
  "Carmakers that fall short will be able to earn credits by investing in charging stations, he said. More than "
  "one in ten new vehicles registered in the third quarter was zero-emission, according to Statistics Canada.",
  [C("a fifth of their new car and light-truck sales by 2026", "by 2026", by_year(2026), "deadline",
     "Steven Guilbeault"),
   C("rising to 60% by the end of the decade", "by the end of the decade", before_year(2030), "deadline",
     "Steven Guilbeault"),
   C("to all of them by 2035", "by 2035", by_year(2035), "deadline", "Steven Guilbeault")],
  "Electric Vehicle Availability Standard announced 19 December 2023 (20% of 2026 models, 60% by 2030, 100% by "
  "2035): targets set for others, so deadlines. 'The end of the decade' accepts end-2029 or end-2030.",
  ["before-year", "same-sentence-claims", "said-on-day", "number-like-date"])

P("th-canada-carbon-court-2021", "2021-03-26 08:00", "America/Toronto",
  "OTTAWA \u2014 Canada's Supreme Court ruled 6-3 on Thursday that the federal government's carbon pricing law is "
  "constitutional, rejecting challenges from Ontario, Saskatchewan and Alberta, whose premiers had argued that "
  "Ottawa was trampling on provincial powers. The 2018 law imposes a federal fuel charge in provinces that lack a "
  "carbon price of their own, and the charge rose to C$30 a tonne last April. Alberta Premier Jason Kenney said "
  "he was disappointed and that his government would study the ruling before deciding its next steps.",
  [],
  "Supreme Court of Canada reference decision of 25 March 2021 on the Greenhouse Gas Pollution Pricing Act; the "
  "charge rose to C$30 on 1 April 2020. No forward date is given.",
  ["no-claim", "last-month", "said-on-day", "past-weekday", "number-like-date", "undated-future"])

P("th-nigeria-naira-deadline-2023", "2023-01-30 09:00", "Africa/Lagos",
  "LAGOS, Jan 30 (Reuters) - Nigerians now have until February 10 to swap their old 200, 500 and 1,000 naira "
  "notes for redesigned ones, the Central Bank of Nigeria said on Sunday, pushing back a January 31 cut-off that "
  "had led to long queues and cash shortages at banks across the country. Governor Godwin Emefiele, who briefly "
  "sought the ruling party's presidential ticket last May, told reporters that President Muhammadu Buhari had "
  "approved the 10-day extension. The new notes are meant to curb vote-buying and counterfeiting ahead of the "
  "February 25 presidential election, though several candidates have warned that the policy may leave millions "
  "of rural Nigerians without cash.",
  [C("have until February 10 to swap their old 200, 500 and 1,000 naira notes", "until February 10", md(2, 10),
     "deadline", "the Central Bank of Nigeria", real="2023-02-10"),
   C("ahead of the February 25 presidential election", "February 25", md(2, 25), "event", None,
     real="2023-02-25")],
  "CBN extension announced 29 January 2023 (old notes valid to 10 February instead of 31 January); presidential "
  "election 25 February 2023. The January 31 cut-off is superseded; the dateline is the publication day.",
  ["superseded-date", "last-month", "may-verb", "said-on-day", "explicit-date", "number-like-date"])

P("th-nigeria-census-postponed-2023", "2023-05-01 10:00", "Africa/Lagos",
  "ABUJA (Reuters) - President Muhammadu Buhari has postponed Nigeria's first census in 17 years, which had been "
  "due to begin on Wednesday, and left the choice of a new date to the government of his successor, Bola Tinubu, "
  "his office said on Saturday. The count had originally been planned for March before it was pushed back to May "
  "to avoid clashing with the elections. Officials at the National Population Commission said privately that the "
  "exercise may now slip into next year, and critics warned that without reliable data the country could not "
  "plan for a population the United Nations puts at more than 210 million.",
  [],
  "Buhari postponed the census on 29 April 2023; it had been set for 3-7 May after an earlier March date. The "
  "Wednesday start is cancelled, 'may now slip into next year' is a possibility, and the new date is undated.",
  ["no-claim", "cancelled-date", "superseded-date", "may-verb", "hypothetical", "said-on-day", "past-month",
   "undated-future", "number-like-date"])

# ===========================================================================
# Courts

P("th-electoral-bonds-sbi-2024", "2024-03-11 17:00", "Asia/Kolkata",
  "NEW DELHI (Reuters) - India's Supreme Court on Monday rejected State Bank of India's request for more time, "
  "until June 30, to disclose who bought electoral bonds, and ordered the state-run lender to hand the details to "
  "the Election Commission by the close of business on Tuesday. The court told the commission to publish the "
  "data on its website by 5 p.m. on March 15, and warned the bank that it could face contempt proceedings if it "
  "failed to comply. The five-judge bench struck down the anonymous political donation scheme, introduced in "
  "2018, as unconstitutional last month, weeks before a general election in which Prime Minister Narendra Modi is "
  "seeking a third term.",
  [C("by the close of business on Tuesday", "by the close of business on Tuesday", wd("Tuesday"), "deadline",
     "India's Supreme Court", real="2024-03-12"),
   C("publish the data on its website by 5 p.m. on March 15", "by 5 p.m. on March 15", md(3, 15, "17:00"),
     "deadline", "India's Supreme Court", real="2024-03-14", real_le=True)],
  "Supreme Court order of 11 March 2024: SBI to disclose by 12 March (it did), ECI to publish by 5 p.m. on "
  "15 March (published 14 March). SBI's requested June 30 date was rejected: not a claim.",
  ["cancelled-date", "time-local", "explicit-date", "said-on-day", "pronoun-speaker", "hypothetical",
   "number-like-date"])

P("th-australia-high-court-detention-2023", "2023-11-09 09:00", "Australia/Sydney",
  "CANBERRA \u2014 Australia's High Court ruled on Wednesday that the government cannot detain people "
  "indefinitely when there is no real prospect of deporting them, overturning a precedent set nearly 20 years ago "
  "and opening the way for the release of dozens of people held in immigration detention. The court, which will "
  "publish the reasons for its decision at a later date, ordered the immediate release of the stateless Rohingya "
  "man who brought the case. Immigration Minister Andrew Giles said the government would respect the ruling, "
  "while Opposition Leader Peter Dutton asked whether the public would be safe if people convicted of serious "
  "crimes were freed.",
  [],
  "High Court orders in NZYQ v Minister for Immigration, 8 November 2023, overturning Al-Kateb (2004). The "
  "reasons are due 'at a later date' (undated).",
  ["no-claim", "undated-future", "past-weekday", "said-on-day", "hypothetical", "number-like-date"])

# ===========================================================================
# Public health

P("th-england-lockdown-nov-2020", "2020-11-03 09:00", "Europe/London",
  "LONDON \u2014 England's second national lockdown comes into force at midnight on Wednesday, Prime Minister "
  "Boris Johnson confirmed, shutting pubs, restaurants, gyms and non-essential shops, although schools and "
  "universities will stay open. Lawmakers will vote on the measures on Wednesday, and the government is expected "
  "to win comfortably despite opposition from dozens of Conservative backbenchers. Johnson announced the lockdown "
  "on Saturday after scientific advisers warned that hospitals could be overwhelmed within weeks, and he has "
  "promised that it will expire on Dec. 2, when England will return to a system of regional tiers.",
  [C("comes into force at midnight on Wednesday", "at midnight on Wednesday", midnight_on("Wednesday"), "event",
     "Boris Johnson", real="2020-11-05"),
   C("Lawmakers will vote on the measures on Wednesday", "on Wednesday", wd("Wednesday"), "event", None,
     real="2020-11-04"),
   C("he has promised that it will expire on Dec. 2", "on Dec. 2", md(12, 2), "promise", "Boris Johnson",
     real="2020-12-02")],
  "England's lockdown from 00:01 on 5 November to 2 December 2020, announced 31 October; Commons vote "
  "4 November. An ordered measure taking effect is an event with the person who ordered it as speaker.",
  ["midnight", "past-weekday", "hypothetical", "pronoun-speaker", "explicit-date"])

P("th-korea-doctors-return-2024", "2024-02-26 15:00", "Asia/Seoul",
  "SEOUL, Feb. 26 (Yonhap) \u2014 Vice Health Minister Park Min-soo on Monday gave thousands of striking trainee "
  "doctors until Thursday, the last day of the month, to return to their hospitals, warning that those who "
  "stayed away would face licence suspensions of at least three months starting in March. Those who come back "
  "by then will not be held responsible, he told a briefing. About 9,000 residents, roughly 70% of the country's "
  "trainee doctors, have walked out since last Tuesday in protest at a plan to raise medical school admissions "
  "by 2,000, the first increase in nearly three decades. Will they return by Thursday? Few in the profession "
  "expect them to, and the Korea Medical Association has said it may join the protest.",
  [C("until Thursday, the last day of the month, to return to their hospitals",
     "until Thursday, the last day of the month", this_end_of_month(), "deadline", "Park Min-soo",
     real="2024-02-29"),
   C("would face licence suspensions of at least three months starting in March", "starting in March",
     in_month(2024, 3), "deadline", "Park Min-soo")],
  "Government return-to-work deadline of 29 February 2024 for trainee doctors who walked out from 20 February; "
  "licence suspension procedures began in March. 'by then' and the question repeat the Thursday deadline.",
  ["conditional-threat", "end-of-month", "same-sentence-claims", "repeated-claim", "question", "may-verb",
   "past-weekday", "month-period", "said-on-day", "number-like-date"])

# ===========================================================================
# Protests

P("th-farmers-delhi-march-2024", "2024-02-20 08:00", "Asia/Kolkata",
  "CHANDIGARH, India \u2014 Sarwan Singh Pandher, one of the leaders of thousands of farmers camped on the border "
  "between Punjab and Haryana, said late on Monday that they had rejected the government's offer to buy pulses, "
  "maize and cotton at guaranteed prices for five years and would resume their march on New Delhi at 11 a.m. on "
  "Wednesday unless their demands were met. He urged the government either to resolve the farmers' grievances or "
  "to remove the barricades and let them travel to Delhi peacefully. Police have used tear gas and drones to hold "
  "back the protesters since they set out on Feb. 13, demanding a legal guarantee of minimum support prices for "
  "all crops. A fourth round of talks with three federal ministers ended without agreement on Sunday.",
  [C("would resume their march on New Delhi at 11 a.m. on Wednesday", "at 11 a.m. on Wednesday",
     wd("Wednesday", "11:00"), "promise", "Sarwan Singh Pandher", real="2024-02-21")],
  "Farmers' 'Delhi Chalo' protest: the 18 February 2024 offer was rejected on 19 February and the march was to "
  "resume at 11 a.m. on 21 February. A protest conditional on the talks is the organisers' promise; the five-year "
  "contract has no anchor.",
  ["march-noun", "conditional-threat", "time-local", "duration", "explicit-past-date", "past-weekday",
   "said-on-day"])

# ===========================================================================
# Politics: UK

P("th-theresa-may-resignation-date-2019", "2019-05-24 14:00", "Europe/London",
  "LONDON (Reuters) - Theresa May said on Friday that she would resign as leader of the Conservative Party on "
  "June 7, her voice breaking as she conceded outside Downing Street that she had failed to deliver Brexit. She "
  "will stay on as prime minister while the party picks a successor, and Graham Brady, who chairs the 1922 "
  "Committee of backbench Conservative lawmakers, said he expected a new leader to be in place by the end of July. "
  "Before then May will host Donald Trump for a state visit starting on June 3, and she may yet face a drubbing "
  "in the European Parliament elections, whose results are due on Sunday night.",
  [C("she would resign as leader of the Conservative Party on June 7", "on June 7", md(6, 7), "promise",
     "Theresa May", real="2019-06-07"),
   C("he expected a new leader to be in place by the end of July", "by the end of July", month_named_end(7),
     "prediction", "Graham Brady", real="2019-07-23", real_le=True),
   C("host Donald Trump for a state visit starting on June 3", "on June 3", md(6, 3), "event", None,
     real="2019-06-03"),
   C("whose results are due on Sunday night", "on Sunday night", wd("Sunday"), "event", None, real="2019-05-26")],
  "May's resignation statement of 24 May 2019 (left as party leader 7 June); Johnson elected 23 July; Trump "
  "state visit from 3 June; European election results 26 May 2019.",
  ["may-verb", "said-on-day", "explicit-date", "same-sentence-claims", "month-period", "number-like-date"])

# ===========================================================================
# Transport

P("th-uk-rail-nationalisation-2025", "2025-05-23 10:00", "Europe/London",
  "LONDON (Reuters) - South Western Railway will on Sunday become the first train operator to return to public "
  "ownership under the Labour government's nationalisation plan, when its contract with FirstGroup and MTR "
  "expires and services pass to the state-owned DFT Operator. Transport Secretary Heidi Alexander has said c2c "
  "will follow on July 20 and Greater Anglia later this year, as their contracts run out under the Passenger "
  "Railway Services (Public Ownership) Act 2024, which became law last November. Passengers should not expect "
  "fares to fall, she has said, warning that improvements would not happen overnight.",
  [C("will on Sunday become the first train operator to return to public ownership", "on Sunday", wd("Sunday"),
     "event", None, real="2025-05-25"),
   C("c2c will follow on July 20", "on July 20", md(7, 20), "promise", "Heidi Alexander", real="2025-07-20"),
   C("Greater Anglia later this year", "later this year", rest_of_year(), "promise", "Heidi Alexander",
     real="2025-10-12")],
  "SWR nationalised 25 May 2025, c2c 20 July 2025, Greater Anglia 12 October 2025; the Act received Royal Assent "
  "in November 2024.",
  ["later-this-period", "explicit-date", "same-sentence-claims", "last-month", "number-like-date"])

P("th-jr-central-maglev-2024", "2024-03-29 20:00", "Asia/Tokyo",
  "TOKYO \u2014 Central Japan Railway said on Friday it had abandoned its goal of opening the Chuo Shinkansen "
  "maglev line between Tokyo and Nagoya in 2027, blaming years of delay to tunnelling in Shizuoka prefecture, "
  "whose governor has refused to allow construction over concerns about water supplies. President Shunsuke Niwa "
  "told reporters the company could not yet give a new target date. The line, on which L0 series trains are "
  "designed to reach 500 km per hour and cut the journey to about 40 minutes, was approved in 2011 at an estimated "
  "cost of more than 7 trillion yen.",
  [],
  "JR Central dropped the 2027 opening target on 29 March 2024 without a new date. The abandoned 2027 date is "
  "not a claim.",
  ["no-claim", "cancelled-date", "said-on-day", "number-like-date", "duration", "undated-future"])

P("th-congestion-pricing-paused-2024", "2024-06-06 08:00", "America/New_York",
  "NEW YORK \u2014 Governor Kathy Hochul said on Wednesday that she was indefinitely pausing a plan to charge "
  "most drivers $15 to enter Manhattan below 60th Street, less than four weeks before the toll, the first of its "
  "kind in the United States, had been due to take effect on June 30. Hochul said the charge could hurt the "
  "city's recovery from the pandemic, a reversal that stunned transit advocates and left a hole in the "
  "Metropolitan Transportation Authority's plans to borrow $15 billion for subway upgrades. She did not say when, "
  "or whether, the program might be revived.",
  [],
  "Hochul's pause of 5 June 2024; the toll had been due to start 30 June 2024 (it eventually began on "
  "5 January 2025). The June 30 start is cancelled.",
  ["no-claim", "cancelled-date", "said-on-day", "number-like-date", "hypothetical", "undated-future"])

P("th-canada-post-strike-2024", "2024-12-14 09:00", "America/Toronto",
  "OTTAWA \u2014 Labour Minister Steven MacKinnon said on Friday that he had asked the Canada Industrial Relations "
  "Board to order about 55,000 striking Canada Post workers back to work, in a bid to end a walkout that began on "
  "Nov. 15 and has left millions of letters and parcels stuck in sorting centres at the busiest time of year. "
  "MacKinnon said he expected mail to be moving again before Christmas, though the Canadian Union of Postal "
  "Workers accused the government of trampling on the right to strike. Canada Post, which lost C$748 million last "
  "year, has been losing money since 2018.",
  [C("he expected mail to be moving again before Christmas", "before Christmas", before_holiday("Christmas"),
     "prediction", "Steven MacKinnon", real="2024-12-17", real_le=True)],
  "MacKinnon's section 107 referral of 13 December 2024; the strike began 15 November; carriers returned "
  "17 December 2024.",
  ["holiday", "said-on-day", "explicit-past-date", "number-like-date"])

# ===========================================================================
# Education

P("th-korea-suneung-2024", "2024-11-14 06:00", "Asia/Seoul",
  "SEOUL (Yonhap) \u2014 More than 520,000 students will sit South Korea's national college entrance exam on "
  "Thursday, a nine-hour marathon that for many will decide which university they attend and, by extension, "
  "their career prospects. The stock market and public offices will open an hour later than usual, at 10 a.m. on "
  "Thursday, to keep the roads clear for test-takers. During the 25-minute English listening section on Thursday "
  "afternoon, no aircraft may take off or land anywhere in the country between 1:05 p.m. and 1:40 p.m., the "
  "transport ministry said. Scores will be sent to students on Dec. 6.",
  [C("will sit South Korea's national college entrance exam on Thursday", "on Thursday", wd("Thursday"), "event",
     None, real="2024-11-14"),
   C("will open an hour later than usual, at 10 a.m. on Thursday", "at 10 a.m. on Thursday",
     wd("Thursday", "10:00"), "event", None, real="2024-11-14"),
   C("no aircraft may take off or land anywhere in the country between 1:05 p.m. and 1:40 p.m.",
     "on Thursday afternoon ... between 1:05 p.m. and 1:40 p.m.", wd("Thursday", "13:05"), "event",
     "the transport ministry", real="2024-11-14"),
   C("Scores will be sent to students on Dec. 6", "on Dec. 6", md(12, 6), "event", None, real="2024-12-06")],
  "2025 College Scholastic Ability Test of 14 November 2024 (markets opened at 10:00, flights halted "
  "13:05-13:40); scores released 6 December 2024. 'may' here is a prohibition, not a possibility.",
  ["same-day-future", "time-local", "may-verb", "explicit-date", "duration", "number-like-date"])

# ===========================================================================
# Space and sport

P("th-starliner-crew-return-2024", "2024-08-25 09:00", "America/Chicago",
  "HOUSTON (Reuters) - NASA said on Saturday that Boeing's Starliner capsule would return from the International "
  "Space Station without its crew, leaving astronauts Butch Wilmore and Suni Williams to fly home in February "
  "aboard a SpaceX Dragon. The agency said the empty Starliner would undock next month and land in the New Mexico "
  "desert, while the SpaceX Crew-9 mission that will bring the pair back will launch with two of its four seats "
  "empty. Wilmore and Williams arrived at the station on June 6 for what was meant to be an eight-day stay, but "
  "thruster failures and helium leaks during the trip left NASA unwilling to risk flying them back in the "
  "capsule. Spaceflight is risky even at its safest, Administrator Bill Nelson told reporters.",
  [C("to fly home in February aboard a SpaceX Dragon", "in February", in_month(2025, 2), "event", "NASA"),
   C("the empty Starliner would undock next month", "next month", next_month(), "event", "NASA",
     real="2024-09-06")],
  "NASA decision of 24 August 2024; Starliner undocked 6 September 2024; the crew returned on 18 March 2025 "
  "(later than the February plan, so no real date is recorded for it). 'February' in an August article is next "
  "year's.",
  ["year-inference", "month-period", "explicit-past-date", "duration", "pronoun-speaker", "said-on-day",
   "number-like-date"])

P("th-rwc-final-auckland-2023", "2023-10-27 07:00", "Pacific/Auckland",
  "AUCKLAND (Reuters) - All Blacks coach Ian Foster named his side on Thursday for the Rugby World Cup final "
  "against South Africa at the Stade de France, which kicks off at 9 p.m. on Saturday, Paris time. New Zealand, "
  "who thrashed Argentina 44-6 in last Friday's semi-final, are chasing a record fourth title, while the "
  "Springboks would also reach four if they retain the crown they won in Japan in 2019. Foster, who hands over to "
  "Scott Robertson after the tournament, said his players had earned their place in the final.",
  [C("kicks off at 9 p.m. on Saturday, Paris time", "at 9 p.m. on Saturday, Paris time",
     zoned(wd("Saturday"), "21:00", "Europe/Paris"), "event", None, real="2023-10-29")],
  "Rugby World Cup final, Saturday 28 October 2023 at 21:00 CEST = Sunday 29 October 08:00 NZDT.",
  ["date-crossing-conversion", "time-converted", "past-weekday", "hypothetical", "number-like-date",
   "undated-future"])

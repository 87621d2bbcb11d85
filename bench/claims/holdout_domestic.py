"""Held-out test passages: national politics and society (US, UK, India, Australia, Canada, Japan, Brazil, South Africa...): legislatures and budgets, courts and trials, elections and campaigns, government shutdowns, public health, weather and storms, space launches, sport fixtures, transport strikes. Written blind on 2026-11-27 (see holdout.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_holiday,
    by_month,
    by_year,
    early_year,
    in_days,
    in_month,
    in_year,
    md,
    mid_year,
    midnight_on,
    month_named_end,
    next_wd,
    passage_adder,
    quarter,
    rest_of_month,
    span_wd,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


# ===========================================================================
# Government shutdowns, legislatures, budgets

P("home-us-shutdown-dec-2018", "2018-12-20 15:30", "America/New_York",
  "WASHINGTON (Reuters) - President Donald Trump told Republican leaders at the White House on Thursday that he "
  "would not sign a stopgap spending bill passed by the Senate because it lacks the $5 billion he has demanded for "
  "a wall on the Mexican border, with funding for about a quarter of the federal government set to run out at "
  "midnight on Friday. The Senate measure, approved by voice vote late on Wednesday, would have kept nine "
  "departments and dozens of agencies funded until Feb. 8. House Speaker Paul Ryan told reporters after the meeting "
  "that the House would vote later on Thursday on a version that adds money for border security, though its fate "
  "in the Senate, where Democrats can block it, is far from certain.",
  [C("set to run out at midnight on Friday", "at midnight on Friday", midnight_on("Friday"), "deadline", None,
     real="2018-12-22"),
   C("the House would vote later on Thursday", "later on Thursday", wd("Thursday"), "event", "Paul Ryan",
     real="2018-12-20")],
  "Partial US government shutdown: funding lapsed at midnight on Friday 21 December 2018 (shutdown from 22 December). "
  "Trump refused the Senate continuing resolution (to 8 February 2019, a counterfactual here) at a White House meeting "
  "with Ryan on 20 December; the House passed its $5.7 billion wall version that evening.",
  ["midnight", "same-day-future", "said-on-day", "past-weekday", "hypothetical", "number-like-date"])

P("home-uk-car-ban-2030", "2020-11-18 10:00", "Europe/London",
  "Britain will end the sale of new petrol and diesel cars from 2030, a decade earlier than first planned, Prime "
  "Minister Boris Johnson said on Wednesday, setting out a 10-point plan that he said would create up to 250,000 "
  "green jobs. Hybrids that can travel a significant distance with no tailpipe emissions will be phased out from "
  "2035, he said. The original target, set in 2017, was 2040, and a consultation launched in February had proposed "
  "bringing it forward to 2035 for every new car.",
  [C("end the sale of new petrol and diesel cars from 2030", "from 2030", in_year(2030), "promise", "Boris Johnson"),
   C("will be phased out from 2035", "from 2035", in_year(2035), "promise", "Boris Johnson")],
  "Johnson's 'Ten Point Plan for a Green Industrial Revolution', 18 November 2020: new petrol/diesel car sales end "
  "in 2030, hybrids in 2035. The 2040 target (2017) and the 2035 proposal (February 2020) are superseded and not labelled.",
  ["year-period", "superseded-date", "pronoun-speaker", "said-on-day", "number-like-date", "past-month"])

P("home-trudeau-resigns", "2025-01-06 14:00", "America/Toronto",
  "OTTAWA (Reuters) - Justin Trudeau said on Monday he would step down as Liberal Party leader and prime minister "
  "once the party chooses a successor, bowing to pressure from his own lawmakers after more than nine years in power. "
  "Parliament, which had been due to resume on Jan. 27, will be suspended until March 24, he told reporters outside "
  "his residence, giving the Liberals time to pick a new leader. The turmoil comes as Canada braces for Donald "
  "Trump's threat to impose 25% tariffs on all Canadian goods on Jan. 20, the day he is sworn in, unless Ottawa "
  "curbs the flow of migrants and drugs across the border. A federal election must be held by Oct. 20.",
  [C("will be suspended until March 24", "until March 24", md(3, 24), "event", "Justin Trudeau"),
   C("impose 25% tariffs on all Canadian goods on Jan. 20", "on Jan. 20", md(1, 20), "deadline", "Donald Trump"),
   C("A federal election must be held by Oct. 20", "by Oct. 20", md(10, 20), "deadline", None,
     real="2025-04-28", real_le=True)],
  "Trudeau's resignation statement of 6 January 2025; Parliament prorogued until 24 March (it was dissolved on "
  "23 March before sitting); Trump's 25 November 2024 threat of 25% tariffs from 20 January; fixed election date "
  "20 October 2025 (the election was held on 28 April). The 27 January return is cancelled and not labelled.",
  ["cancelled-date", "conditional-threat", "pronoun-speaker", "said-on-day", "explicit-date", "undated-future",
   "number-like-date"])

P("home-freeland-resigns", "2024-12-16 19:00", "America/Toronto",
  "OTTAWA (Reuters) - Chrystia Freeland quit as Canada's finance minister on Monday, hours before she was due to "
  "present the government's fall economic update, saying in a letter to Prime Minister Justin Trudeau that the two "
  "had been at odds over how best to respond to Donald Trump's threatened 25% tariffs. The update, tabled in the "
  "afternoon by another minister, showed a deficit of C$61.9 billion for the 2023-24 fiscal year, far above the "
  "C$40 billion ceiling Freeland had promised. Trudeau, whose Liberals trail the Conservatives by some 20 points in "
  "opinion polls, is expected to reflect on his future in the coming days, a senior government source said.",
  [],
  "Freeland's resignation of 16 December 2024; the Fall Economic Statement was tabled the same afternoon "
  "(2023-24 deficit C$61.9 billion). Past events and an undated future only.",
  ["no-claim", "undated-future", "past-weekday", "number-like-date"])

P("home-japan-consumption-tax-2019", "2019-09-30 18:00", "Asia/Tokyo",
  "TOKYO (Reuters) - Japan will raise its consumption tax to 10% from 8% on Tuesday, an increase that Prime Minister "
  "Shinzo Abe twice postponed, first from October 2015 and then from April 2017, for fear of derailing the economy. "
  "To soften the blow, food and non-alcoholic drinks will stay at 8%, and the government will give shoppers rebates "
  "of up to 5% on cashless payments at small stores until the end of June next year. Economists expect private "
  "consumption to fall in the October-December quarter, as it did after the last increase in April 2014.",
  [C("raise its consumption tax to 10% from 8% on Tuesday", "on Tuesday", wd("Tuesday"), "event", None,
     real="2019-10-01"),
   C("until the end of June next year", "until the end of June next year", by_month(2020, 6), "promise",
     "the government", real="2020-06-30"),
   C("expect private consumption to fall in the October-December quarter", "in the October-December quarter",
     quarter(2019, 4), "prediction", "economists")],
  "Consumption tax rise to 10% on 1 October 2019 (earlier dates of October 2015 and April 2017 were postponed); "
  "cashless point-rebate scheme ran to 30 June 2020; private consumption fell in Q4 2019.",
  ["quarter", "end-of-month", "cancelled-date", "past-month", "number-like-date"])

# ===========================================================================
# Courts and trials

P("home-uk-prorogation-ruling", "2019-09-23 16:00", "Europe/London",
  "LONDON (Reuters) - Britain's Supreme Court said on Monday it would give its ruling at 10:30 a.m. on Tuesday on "
  "whether Prime Minister Boris Johnson acted unlawfully in suspending parliament, after three days of hearings last "
  "week. Parliament was prorogued on Sept. 10 and is not due to sit again until Oct. 14, when the Queen's Speech "
  "will set out the government's legislative plans. Opposition lawmakers say the judges may order an immediate "
  "recall, although the government's lawyers argued that the matter lies beyond the reach of the courts.",
  [C("give its ruling at 10:30 a.m. on Tuesday", "at 10:30 a.m. on Tuesday", wd("Tuesday", "10:30"), "event",
     "the Supreme Court",
     real="2019-09-24"),
   C("is not due to sit again until Oct. 14", "until Oct. 14", md(10, 14), "event", None, real="2019-10-14")],
  "R (Miller) v Prime Minister / Cherry v Advocate General: judgment at 10:30 BST on 24 September 2019; prorogation "
  "of 9-10 September was to run to the Queen's Speech of 14 October (which took place on that date after a second "
  "prorogation).",
  ["time-local", "said-on-day", "explicit-date", "explicit-past-date", "may-verb", "hypothetical"])

P("home-pistorius-parole", "2023-11-24 15:00", "Africa/Johannesburg",
  "PRETORIA (AP) - Oscar Pistorius, the Olympic and Paralympic sprinter who shot dead his girlfriend Reeva Steenkamp "
  "on Valentine's Day 2013, will be released from prison on parole on Jan. 5, South Africa's Department of "
  "Correctional Services said on Friday. A parole board had turned down his application in March, ruling that he had "
  "not yet served the minimum detention period. Steenkamp's mother, June, said in a statement read out by her lawyer "
  "that she had never believed his account of what happened that night.",
  [C("will be released from prison on parole on Jan. 5", "on Jan. 5", md(1, 5), "event",
     "the Department of Correctional Services", real="2024-01-05")],
  "Parole granted 24 November 2023, release on 5 January 2024 (year inferred); the March 2023 parole hearing had "
  "refused him.",
  ["year-inference", "explicit-date", "said-on-day", "past-month", "number-like-date"])

P("home-zuma-arrest-deadline", "2021-07-07 09:00", "Africa/Johannesburg",
  "JOHANNESBURG (Reuters) - South African police have until the end of Wednesday to arrest former President Jacob "
  "Zuma if he does not hand himself in to start a 15-month sentence for contempt, under the terms of a Constitutional "
  "Court order, after he let a Sunday deadline pass. The same court will hear his application to have the sentence "
  "rescinded on Monday next week, and the police ministry has said it will hold off on any arrest until legal "
  "proceedings are concluded. Zuma, 79, told reporters at his homestead in Nkandla on Sunday that sending a man of "
  "his age to jail during the pandemic amounted to a death sentence.",
  [C("have until the end of Wednesday to arrest former President Jacob Zuma", "until the end of Wednesday",
     wd("Wednesday"), "deadline", "the Constitutional Court", real="2021-07-07"),
   C("rescinded on Monday next week", "on Monday next week", wd_next_week("Monday"), "event", None,
     real="2021-07-12")],
  "Constitutional Court order of 29 June 2021: surrender by Sunday 4 July, arrest by Wednesday 7 July (Zuma handed "
  "himself in shortly before midnight on 7 July); rescission application heard on 12 July 2021.",
  ["by-weekday-same-day", "next-week-weekday", "past-weekday", "undated-future", "number-like-date"])

P("home-bolsonaro-coup-trial", "2025-08-29 17:00", "America/Sao_Paulo",
  "BRASILIA (Reuters) - Brazil's Supreme Court will begin judging former President Jair Bolsonaro and seven allies "
  "next Tuesday on charges of plotting a coup to overturn his 2022 election defeat, and the five-justice panel hearing "
  "the case is expected to reach a verdict by Sept. 12. Bolsonaro, who has been under house arrest since early "
  "August, faces more than 40 years in prison if convicted on all counts. US President Donald Trump, who announced a "
  "50% tariff on many Brazilian goods in July partly in protest at the prosecution, has called the case a witch hunt.",
  [C("will begin judging former President Jair Bolsonaro and seven allies next Tuesday", "next Tuesday", next_wd("Tuesday"), "event", None,
     real="2025-09-02"),
   C("expected to reach a verdict by Sept. 12", "by Sept. 12", md(9, 12), "prediction", None,
     real="2025-09-11", real_le=True)],
  "STF First Panel trial of Bolsonaro's 'core group' opened 2 September 2025, sessions scheduled through 12 September; "
  "conviction on 11 September. Published on a Friday: both readings of 'next Tuesday' are 2 September.",
  ["next-weekday", "explicit-date", "same-sentence-claims", "hypothetical", "past-month", "number-like-date"])

# ===========================================================================
# Elections and campaigns

P("home-india-2019-poll-schedule", "2019-03-10 19:30", "Asia/Kolkata",
  "NEW DELHI (Reuters) - India will vote in a seven-phase general election starting on April 11, with votes to be "
  "counted on May 23, Chief Election Commissioner Sunil Arora said on Sunday, formally opening Prime Minister "
  "Narendra Modi's campaign for a second five-year term. Some 900 million people are eligible to vote, about 84 "
  "million more than in 2014. Political analysts say the outcome may turn on distress in the countryside and last "
  "month's aerial clashes with Pakistan, which have lifted Modi's standing with many voters.",
  [C("starting on April 11", "on April 11", md(4, 11), "event", "Sunil Arora", real="2019-04-11"),
   C("counted on May 23", "on May 23", md(5, 23), "event", "Sunil Arora", real="2019-05-23")],
  "Election Commission schedule announced 10 March 2019: polling 11 April to 19 May, counting 23 May 2019.",
  ["same-sentence-claims", "explicit-date", "said-on-day", "may-verb", "past-month", "number-like-date"])

P("home-harris-trump-debate-ist", "2024-09-09 19:00", "Asia/Kolkata",
  "Vice President Kamala Harris and former President Donald Trump will face each other for the first time at 9 p.m. "
  "Eastern time on Tuesday, in a 90-minute debate at the National Constitution Center in Philadelphia that could "
  "shape a race that polls show is essentially tied. ABC News, which is hosting Tuesday's debate, will mute the "
  "microphone of the candidate who is not speaking, a rule the Harris campaign had opposed. Harris became the "
  "Democratic nominee after President Joe Biden quit the race in July.",
  [C("at 9 p.m. Eastern time on Tuesday", "at 9 p.m. Eastern time on Tuesday",
     zoned(wd("Tuesday"), "21:00", "America/New_York"), "event", None, real="2024-09-11")],
  "ABC News presidential debate, 21:00 EDT Tuesday 10 September 2024 = 06:30 IST Wednesday 11 September in the "
  "passage's zone. 'Tuesday's debate' repeats the claim and is not labelled again.",
  ["time-converted", "date-crossing-conversion", "repeated-claim", "past-month", "number-like-date"])

P("home-kejriwal-resign", "2024-09-15 14:00", "Asia/Kolkata",
  "NEW DELHI (Reuters) - Delhi Chief Minister Arvind Kejriwal said on Sunday he would resign in two days, just after "
  "walking out of jail on bail in a corruption case, and would return to the post only if voters declared him "
  "honest. Kejriwal, whose Aam Aadmi Party governs the capital, was arrested in March over the city's now-scrapped "
  "liquor policy, charges he denies. Elections to the Delhi assembly are due early next year, though he has asked "
  "for the vote to be brought forward.",
  [C("he would resign in two days", "in two days", in_days(2), "promise", "Arvind Kejriwal", real="2024-09-17"),
   C("Elections to the Delhi assembly are due early next year", "early next year", early_year(2025), "event", None,
     real="2025-02-05")],
  "Kejriwal's announcement of 15 September 2024 (bail on 13 September); he resigned on 17 September; Delhi polled on "
  "5 February 2025.",
  ["duration", "early-year", "said-on-day", "past-month", "undated-future"])

P("home-abe-resigns-2020", "2020-08-28 19:30", "Asia/Tokyo",
  "TOKYO (Reuters) - Shinzo Abe, Japan's longest-serving prime minister, said on Friday he would resign because a "
  "chronic bowel disease had flared up again, apologising to the public for leaving with his work unfinished. He will "
  "stay on until the ruling Liberal Democratic Party chooses a new leader, and said he would not back any particular "
  "candidate. His term as party president had been due to run until September 2021. Abe, 65, also quit abruptly in "
  "2007, after a year in office, because of the same illness.",
  [],
  "Abe's resignation announcement of 28 August 2020 (Suga elected LDP leader 14 September). The September 2021 end of "
  "his term is cancelled; the successor date is undated.",
  ["no-claim", "cancelled-date", "undated-future", "said-on-day"])

P("home-ssm-postal-survey", "2017-11-13 09:00", "Australia/Sydney",
  "CANBERRA (Reuters) - Australians will find out at 10 a.m. on Wednesday whether a majority of them support "
  "same-sex marriage, when the Australian Bureau of Statistics releases the result of a voluntary postal survey that "
  "drew responses from almost 80% of eligible voters. Prime Minister Malcolm Turnbull, who backs the change, has "
  "promised a free vote in parliament if the 'yes' side wins. He has said his government will get the law amended before Christmas, "
  "although conservative lawmakers are pushing for wider exemptions for religious objectors.",
  [C("find out at 10 a.m. on Wednesday", "at 10 a.m. on Wednesday", wd("Wednesday", "10:00"), "event", None,
     real="2017-11-15"),
   C("his government will get the law amended before Christmas", "before Christmas", before_holiday("Christmas"), "promise",
     "Malcolm Turnbull", real="2017-12-07", real_le=True)],
  "ABS released the Australian Marriage Law Postal Survey result at 10:00 AEDT on 15 November 2017; the Marriage "
  "Amendment bill passed the House on 7 December 2017.",
  ["time-local", "holiday", "pronoun-speaker", "hypothetical"])

P("home-peoples-vote-march", "2019-03-24 12:00", "Europe/London",
  "LONDON (Reuters) - Hundreds of thousands of people joined the Put It to the People march through central London on "
  "Saturday to demand a new referendum on Brexit, as Prime Minister Theresa May faced reports that cabinet ministers "
  "were plotting to force her out. May may yet bring her twice-defeated withdrawal deal back to parliament for a third "
  "vote, but only if she is confident of winning, a minister said on Sunday. European Union leaders agreed last week "
  "to delay Brexit beyond March 29, the date set two years ago when May triggered Article 50.",
  [],
  "Put It to the People march, 23 March 2019; EU summit of 21 March 2019 extended Article 50 beyond 29 March. The "
  "third vote is a possibility and 29 March is superseded: no claim.",
  ["no-claim", "march-noun", "may-verb", "superseded-date", "hypothetical", "past-weekday", "number-like-date"])

P("home-brasilia-riots-question", "2023-01-09 20:00", "America/Sao_Paulo",
  "BRASILIA (Reuters) - Brazilian police detained about 1,200 people on Monday at a protest camp outside army "
  "headquarters in Brasilia, a day after supporters of former President Jair Bolsonaro stormed Congress, the Supreme "
  "Court and the presidential palace. President Luiz Inacio Lula da Silva, who took office on Jan. 1, called the "
  "rioters fascist fanatics and ordered a federal takeover of security in the capital. Bolsonaro, who flew to Florida "
  "on Dec. 30 and has never conceded defeat, distanced himself from the violence on Twitter. Will he come home to face "
  "investigators?",
  [],
  "8 January 2023 attacks in Brasilia; arrests at the army HQ camp on 9 January. Past dates and a question only.",
  ["no-claim", "question", "explicit-past-date", "past-weekday"])

# ===========================================================================
# Public health

P("home-india-covid-lockdown", "2020-03-24 21:15", "Asia/Kolkata",
  "NEW DELHI (Reuters) - Prime Minister Narendra Modi ordered a complete nationwide lockdown from midnight on Tuesday "
  "that will last until April 14, telling India's 1.3 billion people in a televised address that staying at home for "
  "21 days was the only way to break the chain of coronavirus infections. Grocery stores, pharmacies, banks and other "
  "essential services will remain open, the home ministry said in guidelines issued soon after the speech. India has "
  "reported more than 500 cases and 10 deaths, far fewer than many European countries, but health experts fear its "
  "crowded cities could be overwhelmed.",
  [C("a complete nationwide lockdown from midnight on Tuesday", "from midnight on Tuesday", midnight_on("Tuesday"),
     "event", "Narendra Modi", real="2020-03-25"),
   C("will last until April 14", "until April 14", md(4, 14), "event", "Narendra Modi", real="2020-04-14")],
  "Modi's address of 24 March 2020 (20:00 IST): 21-day lockdown from midnight, to 14 April 2020.",
  ["midnight", "same-sentence-claims", "explicit-date", "duration", "number-like-date"])

P("home-omicron-boosters", "2021-12-12 21:00", "Europe/London",
  "Every adult in England will be offered a COVID-19 booster jab by the end of December, a month earlier than "
  "planned, Prime Minister Boris Johnson said in a televised address on Sunday evening, warning that a tidal wave of "
  "the Omicron variant was coming. Walk-in vaccination centres will open to over-18s from Monday and the online "
  "booking system from Wednesday, he said. The previous goal, set less than two weeks ago, had been to offer boosters "
  "to all adults by the end of January.",
  [C("offered a COVID-19 booster jab by the end of December", "by the end of December", month_named_end(12),
     "promise", "Boris Johnson"),
   C("Walk-in vaccination centres will open to over-18s from Monday", "from Monday", wd("Monday"), "event",
     "Boris Johnson", real="2021-12-13"),
   C("the online booking system from Wednesday", "from Wednesday", wd("Wednesday"), "event", "Boris Johnson",
     real="2021-12-15")],
  "Johnson's Omicron address of 12 December 2021 ('Get Boosted Now'): offer to all adults before the New Year; "
  "walk-ins from 13 December, national booking from 15 December. The superseded end-of-January target is not labelled.",
  ["year-end", "end-of-month", "superseded-date", "same-sentence-claims", "pronoun-speaker", "said-on-day"])

P("home-student-loans-2023", "2023-06-20 10:00", "America/New_York",
  "WASHINGTON (AP) - The Supreme Court is expected to decide later this month whether President Joe Biden can cancel "
  "up to $400 billion in student debt, a ruling that will determine whether millions of borrowers get as much as "
  "$20,000 of relief. Whatever the outcome, the pandemic-era pause on repayments is ending: interest will start "
  "accruing again on Sept. 1, and borrowers must resume payments in October, the Education Department said. The "
  "debt-ceiling deal Biden signed on June 3 bars the administration from extending the pause again.",
  [C("expected to decide later this month", "later this month", rest_of_month(), "prediction", None,
     real="2023-06-30"),
   C("interest will start accruing again on Sept. 1", "on Sept. 1", md(9, 1), "event", "the Education Department",
     real="2023-09-01"),
   C("borrowers must resume payments in October", "in October", in_month(2023, 10), "deadline",
     "the Education Department")],
  "Biden v. Nebraska decided 30 June 2023; interest resumed 1 September 2023, payments due from October 2023; "
  "Fiscal Responsibility Act signed 3 June 2023.",
  ["later-this-period", "same-sentence-claims", "explicit-date", "explicit-past-date", "month-period",
   "number-like-date"])

P("home-pell-convictions-quashed", "2020-04-07 17:00", "Australia/Melbourne",
  "MELBOURNE (AFP) - Cardinal George Pell walked out of Barwon Prison on Tuesday after Australia's High Court "
  "unanimously overturned his convictions for sexually abusing two choirboys in the 1990s, ending the case against "
  "the most senior Catholic cleric ever jailed for child sex offences. Pell, 78, had been sentenced last March to six "
  "years and had served more than 13 months. Findings of a royal commission into what he knew about abuse by other "
  "priests, withheld while his case was before the courts, could now be published, legal experts said.",
  [],
  "Pell v The Queen, High Court, 7 April 2020; sentenced 13 March 2019. The royal commission findings are a "
  "possibility with no date: no claim.",
  ["no-claim", "last-month", "hypothetical", "past-weekday"])

# ===========================================================================
# Weather and storms

P("home-florence-landfall", "2018-09-12 07:00", "America/New_York",
  "WILMINGTON, North Carolina (AP) - Hurricane Florence, a Category 4 storm packing 130 mph (210 kph) winds, is "
  "expected to come ashore near the border between North and South Carolina between late Thursday and early Friday, "
  "the National Hurricane Center said, before stalling and dumping as much as 40 inches of rain in isolated spots. "
  "About 1.7 million people in three states have been told to evacuate. North Carolina Governor Roy Cooper warned "
  "residents on Tuesday not to bet their lives on riding out the storm.",
  [C("between late Thursday and early Friday", "between late Thursday and early Friday",
     span_wd("Thursday", "Friday"), "prediction", "the National Hurricane Center", real="2018-09-14")],
  "Hurricane Florence made landfall near Wrightsville Beach, NC, at 07:15 EDT on 14 September 2018.",
  ["range", "past-weekday", "number-like-date"])

P("home-texas-grid-question", "2022-02-02 08:00", "America/Chicago",
  "AUSTIN, Texas (AP) - Almost a year after last February's winter storm left more than 4 million Texas homes and "
  "businesses without power, some for days, and killed more than 200 people, another blast of ice and snow is bearing "
  "down on the state. Will the lights stay on through Thursday night? The Electric Reliability Council of Texas, which "
  "manages most of the state's grid, says power plants have been winterized and that it expects to have enough supply "
  "to meet demand, but Governor Greg Abbott has said local outages from ice-laden power lines cannot be ruled out.",
  [],
  "Winter storm of 2-4 February 2022 in Texas, a year after Winter Storm Uri (February 2021). A question and a past "
  "month only.",
  ["no-claim", "last-month", "question"])

P("home-rwc-hagibis", "2019-10-10 14:00", "Asia/Tokyo",
  "TOKYO (AFP) - Rugby World Cup organisers on Thursday called off two pool matches that had been scheduled for "
  "Saturday, England against France in Yokohama and New Zealand against Italy in Toyota City, the first cancellations "
  "in the tournament's 32-year history. Typhoon Hagibis is forecast to hit the Tokyo area on Saturday with winds "
  "strong enough to overturn cars, the Japan Meteorological Agency said. Hosts Japan are still due to face Scotland "
  "in Yokohama on Sunday in a game that will decide who reaches the quarter-finals, though World Rugby said it would "
  "make a final call on the morning of the match.",
  [C("forecast to hit the Tokyo area on Saturday", "on Saturday", wd("Saturday"), "prediction",
     "the Japan Meteorological Agency", real="2019-10-12"),
   C("due to face Scotland in Yokohama on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2019-10-13")],
  "Cancellations announced 10 October 2019; Hagibis made landfall on the Izu peninsula on the evening of 12 October; "
  "Japan beat Scotland 28-21 on 13 October. The cancelled Saturday matches are not claims.",
  ["cancelled-date", "said-on-day", "number-like-date"])

P("home-sydney-heat-bushfires", "2020-01-03 12:00", "Australia/Sydney",
  "SYDNEY (Reuters) - Temperatures are forecast to top 45 degrees Celsius in Sydney's western suburbs on Saturday, "
  "the Bureau of Meteorology said, as firefighters brace for what officials warn could be the worst day of a bushfire "
  "season that has already killed more than a dozen people. The Rural Fire Service has told holidaymakers to leave a "
  "stretch of the New South Wales south coast from Batemans Bay to the Victorian border by Saturday, while the navy "
  "is evacuating about 1,000 people stranded on the beach at Mallacoota in Victoria. Prime Minister Scott Morrison, "
  "who cut short a family holiday in Hawaii last month, was heckled by residents of the fire-hit town of Cobargo on "
  "Thursday.",
  [C("forecast to top 45 degrees Celsius in Sydney's western suburbs on Saturday", "on Saturday", wd("Saturday"),
     "prediction", "the Bureau of Meteorology", real="2020-01-04"),
   C("to the Victorian border by Saturday", "by Saturday", wd("Saturday"), "deadline", "the Rural Fire Service",
     real="2020-01-04")],
  "Black Summer: Penrith reached 48.9C on 4 January 2020; RFS 'tourist leave zone' before 4 January; HMAS Choules "
  "evacuation from Mallacoota on 3 January; Morrison heckled in Cobargo on 2 January.",
  ["past-weekday", "past-month", "number-like-date"])

# ===========================================================================
# Space launches

P("home-artemis-ii-delay", "2024-12-05 16:00", "America/New_York",
  "NASA has pushed back its first crewed mission around the moon in more than half a century to April 2026, "
  "Administrator Bill Nelson said on Thursday, after engineers traced unexpected damage to the Orion capsule's heat "
  "shield on an uncrewed test flight in 2022. The Artemis II flight had been targeted for September 2025. Artemis III, "
  "which is meant to put astronauts back on the lunar surface, now aims for mid-2027, the agency said. Jared Isaacman, "
  "President-elect Donald Trump's pick to run NASA, may revisit the whole programme, including its costly SLS rocket, "
  "once he takes over.",
  [C("to April 2026", "to April 2026", in_month(2026, 4), "promise", "Bill Nelson"),
   C("now aims for mid-2027", "mid-2027", mid_year(2027), "promise", "NASA")],
  "NASA briefing of 5 December 2024: Artemis II to April 2026, Artemis III to mid-2027; the September 2025 target is "
  "superseded and not labelled.",
  ["superseded-date", "mid-year", "month-period", "may-verb", "said-on-day", "undated-future"])

P("home-gaganyaan-tv-d1", "2023-10-18 12:00", "Asia/Kolkata",
  "BENGALURU (Reuters) - India aims to set up its own space station by 2035 and to send an Indian to the moon by "
  "2040, Prime Minister Narendra Modi told officials on Tuesday at a review of the country's human spaceflight "
  "programme, according to a statement from his office. Ahead of those goals, the Indian Space Research Organisation "
  "will carry out the first test flight of the Gaganyaan crew escape system on Saturday from Sriharikota, checking "
  "that it could carry astronauts to safety if a launch went wrong. The agency plans about 20 major tests, including "
  "three uncrewed flights, before it puts astronauts in orbit.",
  [C("set up its own space station by 2035", "by 2035", by_year(2035), "promise", "Narendra Modi"),
   C("send an Indian to the moon by 2040", "by 2040", by_year(2040), "promise", "Narendra Modi"),
   C("the first test flight of the Gaganyaan crew escape system on Saturday", "on Saturday", wd("Saturday"),
     "event", None, real="2023-10-21")],
  "PMO statement after Modi's review of 17 October 2023 (Bharatiya Antariksh Station by 2035, Indian on the Moon by "
  "2040); TV-D1 test flight on 21 October 2023.",
  ["year-period", "same-sentence-claims", "past-weekday", "hypothetical", "number-like-date"])

# ===========================================================================
# Transport strikes and lockouts

P("home-rmt-rail-strikes-2022", "2022-06-20 17:30", "Europe/London",
  "Britain's biggest rail strike in three decades will go ahead on Tuesday, Thursday and Saturday after last-minute "
  "talks between the RMT union, Network Rail and train operators broke up on Monday without agreement. Only about one "
  "in five trains will run on strike days, mostly on main lines between 7:30 a.m. and 6:30 p.m., and services on the "
  "days in between will also be disrupted, Network Rail said. RMT general secretary Mick Lynch accused the government "
  "of blocking a settlement, a charge Transport Secretary Grant Shapps rejected.",
  [C("will go ahead on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2022-06-21"),
   C("Tuesday, Thursday", "Thursday", wd("Thursday"), "event", None, real="2022-06-23"),
   C("Thursday and Saturday", "Saturday", wd("Saturday"), "event", None, real="2022-06-25")],
  "RMT national rail strikes of 21, 23 and 25 June 2022; talks failed on 20 June. The strike-day hours refer back to "
  "the labelled days and are not separate claims.",
  ["same-sentence-claims", "past-weekday"])

P("home-cn-rail-lockout", "2024-08-20 13:00", "America/Toronto",
  "MONTREAL (Reuters) - Canadian National Railway will lock out about 6,500 unionized employees at 12:01 a.m. Eastern "
  "time on Thursday unless it reaches a deal with the Teamsters Canada Rail Conference, the company said, raising the "
  "prospect of a simultaneous shutdown at both of the country's big railroads. CPKC has issued a similar notice, and "
  "shippers have already begun holding back hazardous and perishable freight. Labour Minister Steven MacKinnon has so "
  "far rejected calls from business groups to impose binding arbitration, saying a deal reached at the bargaining "
  "table was the best outcome.",
  [C("lock out about 6,500 unionized employees at 12:01 a.m. Eastern time on Thursday",
     "at 12:01 a.m. Eastern time on Thursday", wd("Thursday", "00:01"), "promise", "Canadian National Railway",
     real="2024-08-22")],
  "CN and CPKC lockouts began at 00:01 EDT on Thursday 22 August 2024 (Eastern time matches the passage's zone, so "
  "the time is kept). CPKC's notice refers back without a date and is not labelled.",
  ["conditional-threat", "time-local"])

P("home-us-rail-strike-averted", "2022-12-02 15:00", "America/New_York",
  "WASHINGTON (AP) - President Joe Biden on Friday signed legislation forcing a tentative contract on railroad workers "
  "who had threatened to walk off the job, averting a nationwide rail strike that could have begun as soon as Dec. 9. "
  "The Senate approved the measure 80-15 on Thursday but rejected a separate proposal, backed by progressive "
  "Democrats, to add seven days of paid sick leave for rail workers. Business groups had warned that a shutdown of "
  "freight lines would cost the economy as much as $2 billion a day.",
  [],
  "Biden signed H.J.Res.100 on 2 December 2022; the Senate voted 80-15 on 1 December; the strike could have started "
  "on 9 December. The averted date is not a claim.",
  ["no-claim", "hypothetical", "cancelled-date", "past-weekday", "number-like-date"])

# ===========================================================================
# Monarchy and state occasions

P("home-reiwa-era", "2019-04-01 13:30", "Asia/Tokyo",
  "TOKYO (Kyodo) - Japan's new imperial era will be called Reiwa, Chief Cabinet Secretary Yoshihide Suga announced on "
  "Monday, holding up a framed sheet bearing the two characters in black calligraphy before television cameras. The "
  "era begins on May 1, when Crown Prince Naruhito ascends the Chrysanthemum Throne, the day after his father, Emperor "
  "Akihito, steps down on April 30 in the first abdication by a Japanese monarch in about two centuries. Prime "
  "Minister Shinzo Abe said the name, taken for the first time from a classical Japanese anthology rather than from "
  "Chinese literature, conveyed the idea of culture being born as people bring their hearts together.",
  [C("The era begins on May 1", "on May 1", md(5, 1), "event", None, real="2019-05-01"),
   C("steps down on April 30", "on April 30", md(4, 30), "event", None, real="2019-04-30")],
  "Reiwa announced on 1 April 2019; Akihito abdicated on 30 April, Naruhito acceded on 1 May 2019.",
  ["same-sentence-claims", "explicit-date", "said-on-day"])

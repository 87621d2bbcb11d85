"""Tuning passages written blind: politics and world affairs written as ANALYSIS, EXPLAINERS and LIVE-BLOG updates (what happens next, timelines of deadlines, who said what): legislatures, elections, summits, sanctions, wars, courts. Written on 2026-11-27 (see tune_blind.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    TD,
    C,
    _res,
    before_holiday,
    by_year,
    early_year,
    holiday,
    in_days_anchored,
    in_month,
    in_year,
    md,
    midnight_on,
    next_wd,
    passage_adder,
    rest_of_month,
    span_wd,
    this_end_of_month,
    wd,
    wd_next_week,
    weekday_on_or_after,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


def in_days_after_wd(n, start_wd):
    """'within 60 days of the truce taking effect' where the truce starts on the coming <weekday>:
    accept both anchors, the publication day + n and that weekday + n."""
    def f(p):
        d0 = p.date()
        s = weekday_on_or_after(d0, start_wd)
        return _res(d0 + TD(n), s + TD(n), f"{n} days from publication {d0} or from {start_wd} {s}: "
                    f"{d0 + TD(n)}..{s + TD(n)}")
    return f


# ---------------------------------------------------------------------------
# Legislatures

P("tp-brexit-indicative-votes-2019", "2019-03-26 09:00", "Europe/Brussels",
  "BRUSSELS (AFP) - British MPs will take control of the Commons timetable on Wednesday to hold a series of "
  "indicative votes on alternatives to Theresa May's withdrawal agreement, after backing a cross-party amendment "
  "by 329 votes to 302 late on Monday. The government has said it will not be bound by the outcome, and May may "
  "yet bring her twice-defeated deal back for a third attempt, although she conceded on Monday that it still "
  "lacked the support to pass. EU leaders agreed last week to push Britain's departure back from March 29, the "
  "date fixed when London triggered Article 50 two years ago.",
  [C("will take control of the Commons timetable on Wednesday to hold a series of indicative votes",
     "on Wednesday", wd("Wednesday"), "event", None, real="2019-03-27")],
  "Letwin amendment passed 25 March 2019 (329-302); indicative votes held 27 March 2019. The 29 March exit date "
  "had been superseded at the 21 March summit; May's 'third attempt' is undated.",
  ["may-verb", "past-weekday", "superseded-date", "number-like-date", "undated-future", "said-on-day"])

P("tp-trump-impeachment-verdict-2020", "2020-02-03 10:00", "America/New_York",
  "Live updates: The Senate impeachment trial of President Donald Trump resumes at 11 a.m. on Monday for closing "
  "arguments, with the final votes on the two articles of impeachment scheduled for 4 p.m. on Wednesday. In "
  "between, Trump will deliver his State of the Union address to a joint session of Congress on Tuesday night, "
  "while Iowa Democrats open the presidential nominating contest with their caucuses on Monday evening. On "
  "Friday, senators voted 51-49 against calling witnesses, and Senate Majority Leader Mitch McConnell has "
  "predicted that Trump will be acquitted on Wednesday.",
  [C("resumes at 11 a.m. on Monday for closing arguments", "at 11 a.m. on Monday", wd("Monday", at="11:00"),
     "event", None, real="2020-02-03"),
   C("the final votes on the two articles of impeachment scheduled for 4 p.m. on Wednesday",
     "4 p.m. on Wednesday", wd("Wednesday", at="16:00"), "event", None, real="2020-02-05"),
   C("Trump will deliver his State of the Union address to a joint session of Congress on Tuesday night",
     "on Tuesday night", wd("Tuesday"), "event", None, real="2020-02-04"),
   C("Iowa Democrats open the presidential nominating contest with their caucuses on Monday evening",
     "on Monday evening", wd("Monday"), "event", None, real="2020-02-03"),
   C("has predicted that Trump will be acquitted on Wednesday", "on Wednesday", wd("Wednesday"), "prediction",
     "Mitch McConnell", real="2020-02-05")],
  "Closing arguments 3 Feb 2020 from 11:00 ET; acquittal votes 5 Feb 2020 at 16:00 ET; State of the Union "
  "4 Feb 2020; Iowa caucuses 3 Feb 2020; witness vote 31 Jan 2020 (51-49).",
  ["by-weekday-same-day", "same-day-future", "time-local", "same-sentence-claims", "past-weekday",
   "number-like-date"])

P("tp-house-omnibus-stopgap-2022", "2022-12-14 08:00", "America/New_York",
  "WASHINGTON - The House votes on Wednesday on a one-week stopgap spending bill to avert a partial government "
  "shutdown when current funding expires at midnight on Friday, and the Senate is expected to follow on Thursday. "
  "The extra week is meant to give negotiators time to finish a $1.7 trillion package for the fiscal year that "
  "began on Oct. 1, after the top appropriators of both parties announced a framework late on Tuesday. Senate "
  "Majority Leader Chuck Schumer said he wanted the full-year bill passed before Christmas, and Democrats are keen "
  "to wrap it up before Republicans take control of the House when the new Congress convenes on Jan. 3.",
  [C("The House votes on Wednesday on a one-week stopgap spending bill", "on Wednesday", wd("Wednesday"),
     "event", None, real="2022-12-14"),
   C("current funding expires at midnight on Friday", "at midnight on Friday", midnight_on("Friday"),
     "deadline", None, real="2022-12-16"),
   C("the Senate is expected to follow on Thursday", "on Thursday", wd("Thursday"), "prediction", None,
     real="2022-12-15"),
   C("he wanted the full-year bill passed before Christmas", "before Christmas", before_holiday("Christmas"),
     "promise", "Chuck Schumer", real="2022-12-22", real_le=True),
   C("when the new Congress convenes on Jan. 3", "on Jan. 3", md(1, 3), "event", None, real="2023-01-03")],
  "One-week CR passed the House 14 Dec 2022 and the Senate 15 Dec; funding lapsed at midnight 16 Dec; the "
  "omnibus passed the Senate 22 Dec and the House 23 Dec; the 118th Congress convened 3 Jan 2023.",
  ["by-weekday-same-day", "same-day-future", "midnight", "holiday", "year-inference", "same-sentence-claims",
   "number-like-date", "explicit-past-date", "past-weekday", "explicit-date"])

P("tp-barnier-no-confidence-2024", "2024-12-03 18:00", "Europe/Paris",
  "PARIS - What happens next: the National Assembly will begin debating two no-confidence motions against Prime "
  "Minister Michel Barnier at 4 p.m. on Wednesday. With the far-right National Rally pledging to back the "
  "left-wing alliance's motion, the government is widely expected to fall on Wednesday evening, since the "
  "combined opposition would comfortably clear the 288 votes needed. Barnier triggered the showdown on Monday by invoking Article 49.3 of the "
  "constitution to push a social security budget through without a vote. If he falls, his government would be "
  "the first toppled by a censure motion since 1962, and Emmanuel Macron could not dissolve parliament again "
  "before next summer.",
  [C("will begin debating two no-confidence motions against Prime Minister Michel Barnier at 4 p.m. on Wednesday",
     "at 4 p.m. on Wednesday", wd("Wednesday", at="16:00"), "event", None, real="2024-12-04"),
   C("the government is widely expected to fall on Wednesday evening", "on Wednesday evening", wd("Wednesday"),
     "prediction", None, real="2024-12-04")],
  "Censure debate of 4 Dec 2024 from 16:00; Barnier's government fell that evening (331 votes). 49.3 used on "
  "2 Dec 2024. 'next summer' is a hypothetical constraint.",
  ["time-local", "past-weekday", "number-like-date", "hypothetical"])

P("tp-uk-rwanda-act-flights-2024", "2024-04-23 07:30", "Europe/London",
  "LONDON - Rishi Sunak's plan to send asylum seekers to Rwanda cleared its last parliamentary hurdle shortly "
  "after midnight, when the House of Lords dropped its final objections to the Safety of Rwanda bill, which is "
  "due to receive royal assent on Thursday. Speaking at a news conference in Downing Street on Monday, the prime "
  "minister conceded that he would miss his target of getting flights off the ground in the spring. He said the "
  "first flight would leave in 10 to 12 weeks, adding that an airfield had been put on standby and 500 staff "
  "trained to escort migrants. 'No ifs, no buts, these flights are going to Rwanda,' he said.",
  [C("which is due to receive royal assent on Thursday", "on Thursday", wd("Thursday"), "event", None,
     real="2024-04-25"),
   C("He said the first flight would leave in 10 to 12 weeks", "in 10 to 12 weeks",
     in_days_anchored(70, "Monday", 84), "promise", "Rishi Sunak")],
  "Safety of Rwanda Act passed late on 22 Apr 2024, royal assent 25 Apr 2024; Sunak's news conference of "
  "22 Apr 2024 (no flight ever left: Labour scrapped the scheme in July 2024).",
  ["duration", "range", "pronoun-speaker", "past-weekday", "midnight", "number-like-date", "said-on-day"])

P("tp-israel-reasonableness-vote-2023", "2023-07-23 21:00", "Asia/Jerusalem",
  "JERUSALEM - Benjamin Netanyahu, who was fitted with a pacemaker early on Sunday, said in a video from Sheba "
  "hospital that he expected to be discharged on Monday morning and would then head to the Knesset to vote with "
  "his coalition. Lawmakers began debating the bill, which strips the Supreme Court of the power to overturn "
  "government decisions it deems 'unreasonable', on Sunday morning, and the final readings are scheduled for "
  "Monday. More than 10,000 military reservists have said they will stop volunteering if the measure passes, and "
  "President Isaac Herzog, who visited the prime minister in hospital, is still pressing for a compromise.",
  [C("he expected to be discharged on Monday morning", "on Monday morning", wd("Monday"), "prediction",
     "Benjamin Netanyahu", real="2023-07-24"),
   C("the final readings are scheduled for Monday", "for Monday", wd("Monday"), "event", None,
     real="2023-07-24")],
  "Pacemaker implanted 23 Jul 2023; Netanyahu discharged and the reasonableness bill passed 64-0 on 24 Jul 2023.",
  ["past-weekday", "number-like-date", "hypothetical"])

# ---------------------------------------------------------------------------
# Elections and leadership contests

P("tp-ldp-leadership-race-2024", "2024-09-12 18:00", "Asia/Tokyo",
  "TOKYO - A record nine candidates filed on Thursday to run for the leadership of Japan's ruling Liberal "
  "Democratic Party, a contest whose winner is all but guaranteed to become prime minister when parliament "
  "convenes on Oct. 1. Lawmakers and rank-and-file members will vote on Sept. 27, and if no candidate wins a "
  "majority in the first round, the top two will meet in a runoff the same afternoon. Fumio Kishida, who "
  "announced last month that he would not run again, will travel to the United States later this month for a "
  "Quad summit and the UN General Assembly, his last trip abroad before his term as party president expires at "
  "the end of the month.",
  [C("when parliament convenes on Oct. 1", "on Oct. 1", md(10, 1), "event", None, real="2024-10-01"),
   C("Lawmakers and rank-and-file members will vote on Sept. 27", "on Sept. 27", md(9, 27), "event", None,
     real="2024-09-27"),
   C("will travel to the United States later this month for a Quad summit", "later this month", rest_of_month(),
     "event", None, real="2024-09-21"),
   C("his term as party president expires at the end of the month", "at the end of the month",
     this_end_of_month(), "deadline", None, real="2024-09-30")],
  "LDP race of September 2024: registration 12 Sep, vote 27 Sep (Ishiba won the runoff), extraordinary Diet "
  "session 1 Oct; Kishida at the Quad summit in Wilmington on 21 Sep and at the UN on 24 Sep; his LDP term ended "
  "30 Sep 2024.",
  ["explicit-date", "later-this-period", "end-of-month", "same-sentence-claims", "hypothetical", "past-month"])

P("tp-kenya-iebc-deadline-2022", "2022-08-10 13:00", "Africa/Nairobi",
  "NAIROBI - Kenya's electoral commission has until next Tuesday to declare the winner of the presidential race "
  "between William Ruto and Raila Odinga, and its chairman, Wafula Chebukati, appealed for patience on Wednesday "
  "as agents checked results forms from 46,229 polling stations. Under the 2010 constitution, a candidate needs "
  "more than half of the votes cast and at least a quarter of the vote in 24 of the 47 counties to avoid a "
  "runoff, which would have to be held within 30 days. Turnout in Tuesday's vote was about 65%, Chebukati said, "
  "well below the 2017 election.",
  [C("has until next Tuesday to declare the winner of the presidential race", "until next Tuesday",
     next_wd("Tuesday"), "deadline", None, real="2022-08-15", real_le=True)],
  "Kenyan general election of 9 Aug 2022; the IEBC had seven days (to 16 Aug) and declared Ruto on 15 Aug 2022.",
  ["next-weekday", "past-weekday", "number-like-date", "hypothetical", "said-on-day"])

P("tp-sri-lanka-president-vote-2022", "2022-07-15 19:00", "Asia/Colombo",
  "COLOMBO - Sri Lanka's parliament will meet on Saturday to begin choosing a successor to Gotabaya Rajapaksa, "
  "whose resignation, emailed from Singapore on Thursday, was formally accepted by Speaker Mahinda Yapa "
  "Abeywardena on Friday. Nominations will be received on Tuesday and lawmakers will elect a new president by "
  "secret ballot on Wednesday next week, the speaker's office said in a statement. Prime Minister Ranil "
  "Wickremesinghe, who was sworn in as acting president on Friday, is widely seen as the front-runner, though "
  "protesters who stormed his office last week want him gone too.",
  [C("Sri Lanka's parliament will meet on Saturday", "on Saturday", wd("Saturday"), "event", None,
     real="2022-07-16"),
   C("Nominations will be received on Tuesday", "on Tuesday", wd("Tuesday"), "event",
     "the speaker's office", real="2022-07-19"),
   C("lawmakers will elect a new president by secret ballot on Wednesday next week", "on Wednesday next week",
     wd_next_week("Wednesday"), "event", "the speaker's office", real="2022-07-20")],
  "Rajapaksa's resignation accepted 15 Jul 2022; parliament met 16 Jul, nominations 19 Jul, Wickremesinghe "
  "elected 20 Jul 2022.",
  ["next-week-weekday", "same-sentence-claims", "past-weekday", "said-on-day"])

P("tp-germany-merz-easter-2025", "2025-02-24 13:00", "Europe/Berlin",
  "BERLIN - Friedrich Merz, whose conservatives won Sunday's election with 28.5% of the vote, said on Monday that "
  "he wanted a new government in place by Easter and that coalition talks with the Social Democrats had to move "
  "fast. The new Bundestag must hold its first sitting no later than March 25, within 30 days of the vote as the "
  "Basic Law requires, while Olaf Scholz stays on in a caretaker role until a successor is elected. Scholz's "
  "three-party coalition collapsed last November in a row over the budget, triggering the early election.",
  [C("he wanted a new government in place by Easter", "by Easter", holiday("Easter"), "promise",
     "Friedrich Merz"),
   C("The new Bundestag must hold its first sitting no later than March 25", "no later than March 25",
     md(3, 25), "deadline", None, real="2025-03-25")],
  "Merz's news conference of 24 Feb 2025 (Easter was 20 Apr; he was elected chancellor on 6 May). The 21st "
  "Bundestag met on 25 Mar 2025. Scholz's coalition collapsed on 6 Nov 2024.",
  ["holiday", "explicit-date", "last-month", "past-weekday", "number-like-date", "said-on-day"])

P("tp-hk-legco-postponed-2020", "2020-07-31 21:00", "Asia/Hong_Kong",
  "HONG KONG - Chief Executive Carrie Lam on Friday postponed the Legislative Council election due on Sept. 6 by a "
  "full year, citing a resurgence of coronavirus infections, in a move pro-democracy politicians called an attempt "
  "to avert a humiliating defeat for the government's allies. The vote will now be held on Sept. 5, 2021, Lam told "
  "a news conference, adding that the central government in Beijing supported the decision. The opposition had "
  "hoped to capitalise on anger over the national security law imposed on June 30 to win a majority in the "
  "70-seat chamber for the first time.",
  [C("The vote will now be held on Sept. 5, 2021", "on Sept. 5, 2021", ymd(2021, 9, 5), "event", "Carrie Lam")],
  "Lam's announcement of 31 Jul 2020; the 6 Sep 2020 election was superseded (it was eventually held on "
  "19 Dec 2021 under Beijing's electoral overhaul). Security law in force 30 Jun 2020.",
  ["superseded-date", "explicit-date", "explicit-past-date", "said-on-day", "number-like-date"])

# ---------------------------------------------------------------------------
# Summits and diplomacy

P("tp-us-georgia-electoral-count-2021", "2021-01-04 07:00", "America/New_York",
  "WASHINGTON (AP) - The week ahead: Georgia voters decide control of the Senate in Tuesday's twin runoff "
  "elections, and on Wednesday Congress meets in a joint session at 1 p.m. to count the Electoral College votes "
  "confirming Joe Biden's victory. A dozen Republican senators led by Ted Cruz have said they will object to the "
  "results from several states, a move that can delay but not overturn the outcome. Over the weekend, a recording "
  "surfaced of President Donald Trump pressing Georgia's secretary of state, Brad Raffensperger, in a phone call "
  "on Saturday to 'find' 11,780 votes.",
  [C("Georgia voters decide control of the Senate in Tuesday's twin runoff elections", "Tuesday's",
     wd("Tuesday"), "event", None, real="2021-01-05"),
   C("on Wednesday Congress meets in a joint session at 1 p.m.", "on Wednesday ... at 1 p.m.",
     wd("Wednesday", at="13:00"), "event", None, real="2021-01-06")],
  "Georgia Senate runoffs 5 Jan 2021; joint session of 6 Jan 2021 convened at 13:00 ET; Trump's call of "
  "2 Jan 2021 published 3 Jan. The objections are implicitly dated by the joint session (not labelled).",
  ["same-sentence-claims", "time-local", "past-weekday", "number-like-date"])

P("tp-nato-madrid-summit-2022", "2022-06-27 12:00", "Europe/Madrid",
  "MADRID - NATO leaders gather in the Spanish capital on Tuesday evening for a dinner hosted by King Felipe, "
  "ahead of two days of formal talks on Wednesday and Thursday at which a new Strategic Concept naming Russia as "
  "the most significant and direct threat to allied security is on the table. Secretary-General Jens Stoltenberg "
  "said on Monday that the alliance would raise the number of troops on high readiness to well over 300,000 "
  "in 2023. Stoltenberg is due to meet the leaders of Turkey, Finland and Sweden on Tuesday to "
  "try to lift Ankara's veto on the Nordic countries' membership bids.",
  [C("NATO leaders gather in the Spanish capital on Tuesday evening", "on Tuesday evening", wd("Tuesday"),
     "event", None, real="2022-06-28"),
   C("two days of formal talks on Wednesday and Thursday", "on Wednesday and Thursday",
     span_wd("Wednesday", "Thursday"), "event", None, real="2022-06-29"),
   C("the alliance would raise the number of troops on high readiness to well over 300,000 in 2023", "in 2023",
     in_year(2023), "promise", "Jens Stoltenberg"),
   C("Stoltenberg is due to meet the leaders of Turkey, Finland and Sweden on Tuesday", "on Tuesday",
     wd("Tuesday"), "event", None, real="2022-06-28")],
  "NATO Madrid summit: leaders' dinner 28 Jun 2022, sessions 29-30 Jun; trilateral memorandum with Turkey "
  "signed 28 Jun; Stoltenberg's pre-summit briefing 27 Jun.",
  ["range", "same-sentence-claims", "said-on-day", "number-like-date", "year-period"])

P("tp-biden-putin-geneva-2021", "2021-06-14 17:00", "Europe/Zurich",
  "GENEVA - Joe Biden and Vladimir Putin will meet on Wednesday at Villa La Grange, an 18th-century mansion on "
  "the shore of Lake Geneva, for a summit that both sides have played down. Kremlin foreign policy aide Yuri "
  "Ushakov told reporters the talks were expected to last four to five hours, and Biden said in Brussels that he "
  "would make his 'red lines' clear to Putin on Wednesday. Biden, who attended a NATO summit "
  "in Brussels on Monday, flies to Geneva on Tuesday. Wednesday's meeting will be the first between the two since "
  "Biden took office in January.",
  [C("Joe Biden and Vladimir Putin will meet on Wednesday at Villa La Grange", "on Wednesday",
     wd("Wednesday"), "event", None, real="2021-06-16"),
   C("he would make his 'red lines' clear to Putin on Wednesday", "on Wednesday", wd("Wednesday"), "promise",
     "Joe Biden", real="2021-06-16"),
   C("flies to Geneva on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2021-06-15")],
  "Geneva summit of 16 Jun 2021; Biden arrived on 15 Jun after the NATO summit of 14 Jun. 'Wednesday's meeting' "
  "repeats the first claim.",
  ["repeated-claim", "past-weekday", "past-month", "number-like-date"])

P("tp-biden-xi-bali-2022", "2022-11-14 22:00", "Asia/Makassar",
  "NUSA DUA, Indonesia - Joe Biden and Xi Jinping agreed on Monday to resume cooperation on climate change and "
  "other issues during a three-hour meeting on the sidelines of the Group of 20 summit, their first face-to-face "
  "talks since Biden became president. Secretary of State Antony Blinken will travel to China early next year to "
  "follow up, the White House said in its readout of the meeting. G20 leaders open their two-day summit on "
  "Tuesday, with Russia's war in Ukraine and its fallout on food and energy prices overshadowing the agenda.",
  [C("Secretary of State Antony Blinken will travel to China early next year", "early next year",
     early_year(2023), "promise", "the White House"),
   C("G20 leaders open their two-day summit on Tuesday", "on Tuesday", span_wd("Tuesday", "Wednesday"),
     "event", None, real="2022-11-15")],
  "Biden-Xi meeting in Bali, 14 Nov 2022; G20 summit 15-16 Nov 2022. Blinken's February 2023 trip was "
  "postponed over the balloon incident (he went in June 2023).",
  ["early-year", "range", "past-weekday", "said-on-day", "number-like-date"])

# ---------------------------------------------------------------------------
# Sanctions

P("tp-us-russian-oil-ban-2022", "2022-03-09 08:00", "America/New_York",
  "WASHINGTON - President Joe Biden on Tuesday banned imports of Russian oil, liquefied natural gas and coal, "
  "warning Americans that punishing Moscow for its invasion of Ukraine would come at a cost at the pump. Under "
  "guidance issued by the Treasury, purchases under existing contracts must be wound down by April 22. Britain, "
  "which gets about 8% of its oil from Russia, said separately that it would phase out Russian oil imports by the "
  "end of 2022, giving traders time to find other suppliers. Gasoline prices, already at a record, may climb "
  "further in the weeks ahead, the White House acknowledged.",
  [C("purchases under existing contracts must be wound down by April 22", "by April 22", md(4, 22), "deadline",
     "the Treasury", real="2022-04-22"),
   C("it would phase out Russian oil imports by the end of 2022", "by the end of 2022", by_year(2022),
     "promise", "Britain")],
  "Executive order of 8 Mar 2022; OFAC general licence 16 allowed wind-down until 22 Apr 2022. UK announcement "
  "of 8 Mar 2022.",
  ["past-weekday", "explicit-date", "year-end", "may-verb", "number-like-date", "said-on-day", "undated-future"])

P("tp-rosneft-lukoil-sanctions-2025", "2025-10-23 08:00", "America/New_York",
  "WASHINGTON - The Treasury Department on Wednesday imposed sanctions on Rosneft and Lukoil, Russia's two "
  "biggest oil companies, in the Trump administration's first major move against Moscow's energy sector, citing "
  "the Kremlin's 'lack of serious commitment' to a peace process. Companies have until Nov. 21 to wind down "
  "dealings with the two firms under licences issued alongside the designations. Donald Trump said the same day "
  "that he had called off a planned summit with Vladimir Putin in Budapest because 'it didn't feel right'. The "
  "European Union is due to formally adopt its 19th package of sanctions on Thursday, under which the bloc will "
  "ban imports of Russian liquefied natural gas from January 2027.",
  [C("Companies have until Nov. 21 to wind down dealings with the two firms", "until Nov. 21", md(11, 21),
     "deadline", "the Treasury Department", real="2025-11-21"),
   C("is due to formally adopt its 19th package of sanctions on Thursday", "on Thursday", wd("Thursday"),
     "event", None, real="2025-10-23"),
   C("the bloc will ban imports of Russian liquefied natural gas from January 2027", "from January 2027",
     in_month(2027, 1), "promise", "the European Union")],
  "OFAC designations of 22 Oct 2025 with wind-down licences to 21 Nov 2025; the Budapest summit was shelved on "
  "21-22 Oct; EU 19th package adopted 23 Oct 2025 (LNG ban for long-term contracts from 1 Jan 2027).",
  ["by-weekday-same-day", "explicit-date", "month-period", "same-sentence-claims", "past-weekday",
   "number-like-date", "said-on-day"])

P("tp-trump-50-day-ultimatum-2025", "2025-07-15 09:00", "Europe/Kyiv",
  "KYIV - Donald Trump on Monday gave Vladimir Putin 50 days to agree to a ceasefire in Ukraine or face 'very "
  "severe' tariffs, including secondary tariffs of about 100% on countries that keep buying Russian oil. Speaking "
  "alongside NATO Secretary-General Mark Rutte in the Oval Office, Trump also said the United States would sell "
  "Patriot air defence systems to European allies to pass on to Kyiv, with the first arriving 'within days'. The "
  "Kremlin said on Tuesday that it needed time to analyse the remarks, while former president Dmitry Medvedev "
  "dismissed what he called a 'theatrical ultimatum'.",
  [C("gave Vladimir Putin 50 days to agree to a ceasefire in Ukraine or face 'very severe' tariffs",
     "50 days", in_days_anchored(50, "Monday"), "deadline", "Donald Trump")],
  "Trump-Rutte meeting of 14 Jul 2025; the 50-day deadline (2-3 Sep) was later cut to 10-12 days (8 Aug). "
  "'within days' is undated.",
  ["conditional-threat", "duration", "range", "past-weekday", "said-on-day", "number-like-date",
   "undated-future"])

# ---------------------------------------------------------------------------
# Wars and ceasefires

P("tp-israel-hezbollah-ceasefire-2024", "2024-11-26 23:45", "Asia/Beirut",
  "BEIRUT - A ceasefire between Israel and Hezbollah will take effect at 4 a.m. local time on Wednesday, US "
  "President Joe Biden said in the Rose Garden on Tuesday, shortly after Israel's security cabinet approved the "
  "agreement by ten votes to one. Under the deal, Israeli troops are to withdraw from southern Lebanon within 60 "
  "days of the truce taking effect, as the Lebanese army deploys in the area and Hezbollah pulls its fighters "
  "back north of the Litani River. Biden said the arrangement was designed to be a permanent cessation of "
  "hostilities. Israeli jets kept striking Beirut's southern suburbs late into the night.",
  [C("A ceasefire between Israel and Hezbollah will take effect at 4 a.m. local time on Wednesday",
     "at 4 a.m. local time on Wednesday", wd("Wednesday", at="04:00"), "event", "Joe Biden",
     real="2024-11-27"),
   C("Israeli troops are to withdraw from southern Lebanon within 60 days of the truce taking effect",
     "within 60 days of the truce taking effect", in_days_after_wd(60, "Wednesday"), "deadline", None,
     real="2025-01-26")],
  "Israel-Lebanon cessation of hostilities announced 26 Nov 2024, in force 04:00 on 27 Nov 2024; the 60-day "
  "withdrawal period ran to 26 Jan 2025 (later extended to 18 Feb).",
  ["time-local", "duration", "range", "said-on-day", "past-weekday"])

P("tp-sudan-jeddah-truce-2023", "2023-05-21 10:00", "Asia/Riyadh",
  "JEDDAH (Reuters) - Sudan's army and the paramilitary Rapid Support Forces signed a short-term ceasefire in "
  "Jeddah late on Saturday after two weeks of talks brokered by Saudi Arabia and the United States. The seven-day "
  "truce takes effect at 9:45 p.m. Khartoum time on Monday and can be extended if both sides agree, according to "
  "a joint statement from the mediators. Several earlier ceasefires collapsed within hours of taking effect since "
  "fighting erupted in the capital on April 15, killing hundreds of civilians and forcing more than a million "
  "people from their homes.",
  [C("The seven-day truce takes effect at 9:45 p.m. Khartoum time on Monday", "at 9:45 p.m. Khartoum time on Monday",
     zoned(wd("Monday"), "21:45", "Africa/Khartoum"), "event", "Saudi Arabia and the United States", real="2023-05-22")],
  "Jeddah short-term ceasefire signed 20 May 2023, in force 21:45 Khartoum time (22:45 Riyadh) on 22 May 2023.",
  ["time-converted", "past-weekday", "explicit-past-date", "hypothetical", "number-like-date"])

P("tp-india-pakistan-ceasefire-2025", "2025-05-10 20:30", "Asia/Kolkata",
  "NEW DELHI - India and Pakistan agreed to halt all firing and military action on land, in the air and at sea "
  "with effect from 5 p.m. on Saturday, Foreign Secretary Vikram Misri said in a briefing that lasted barely a "
  "minute, after four days of missile, drone and artillery strikes. The understanding was reached in a phone call "
  "between the two countries' directors general of military operations at 3:35 p.m., he said, and the two "
  "officers will speak again at 12 noon on May 12. US President Donald Trump had announced the truce on social "
  "media shortly before, crediting a long night of talks mediated by Washington. Analysts in New Delhi cautioned "
  "that the ceasefire may prove fragile.",
  [C("the two officers will speak again at 12 noon on May 12", "at 12 noon on May 12", md(5, 12, at="12:00"),
     "event", "Vikram Misri", real="2025-05-12")],
  "Ceasefire of 10 May 2025 in force from 17:00 IST (already past at publication); the DGMO talks were held on "
  "12 May 2025 (moved from noon to the evening).",
  ["may-verb", "time-local", "explicit-date", "pronoun-speaker", "past-weekday", "said-on-day"])

P("tp-artsakh-dissolution-2023", "2023-09-28 14:00", "Asia/Yerevan",
  "YEREVAN - The leader of Nagorno-Karabakh's breakaway government, Samvel Shahramanyan, signed a decree on "
  "Thursday dissolving all of its state institutions by Jan. 1, 2024, and declaring that the self-proclaimed "
  "republic would cease to exist. More than half of the enclave's 120,000 ethnic Armenians have already fled to "
  "Armenia since Azerbaijan's lightning offensive of Sept. 19-20, Armenian officials said. Prime Minister Nikol "
  "Pashinyan warned that within days there would be no Armenians left in Karabakh.",
  [C("dissolving all of its state institutions by Jan. 1, 2024", "by Jan. 1, 2024", ymd(2024, 1, 1), "event",
     "Samvel Shahramanyan")],
  "Shahramanyan's decree of 28 Sep 2023; the offensive of 19-20 Sep 2023. 'within days' is undated.",
  ["explicit-date", "explicit-past-date", "said-on-day", "number-like-date", "undated-future"])

P("tp-brexit-talks-ep-deadline-2020", "2020-12-20 11:00", "Europe/Brussels",
  "BRUSSELS - British and EU negotiators pressed on with trade talks on Sunday, even though the European Parliament "
  "has said it needs a text by midnight on Sunday if it is to ratify any agreement before the end of the year. "
  "Michel Barnier told EU ambassadors on Friday that the talks were in their 'final push', with fishing rights "
  "still the main obstacle. Whatever happens, the transition period ends at 11 p.m. London time on Dec. 31, when "
  "Britain leaves the EU's single market and customs union.",
  [C("has said it needs a text by midnight on Sunday", "by midnight on Sunday", midnight_on("Sunday"),
     "deadline", "the European Parliament"),
   C("the transition period ends at 11 p.m. London time on Dec. 31", "at 11 p.m. London time on Dec. 31",
     zoned(md(12, 31), "23:00", "Europe/London"), "event", None, real="2021-01-01")],
  "EP's 'Sunday midnight' deadline of 17-18 Dec 2020 passed without a text; the deal came on 24 Dec. Transition "
  "ended 23:00 GMT on 31 Dec 2020 = 00:00 CET on 1 Jan 2021 in Brussels.",
  ["midnight", "date-crossing-conversion", "time-converted", "past-weekday", "said-on-day", "explicit-date"])

# ---------------------------------------------------------------------------
# Courts

P("tp-prigozhin-mutiny-ends-2023", "2023-06-25 10:00", "Europe/Moscow",
  "MOSCOW - Yevgeny Prigozhin's 'march for justice' ended almost as abruptly as it began: on Saturday evening the "
  "Wagner chief ordered his columns, by then some 200 km from Moscow, to turn back under a deal brokered by "
  "Belarusian President Alexander Lukashenko. The Kremlin said on Saturday that the criminal case against "
  "Prigozhin for armed mutiny would be dropped and that he would leave for Belarus, without saying when. Wagner "
  "fighters who did not take part will be offered contracts with the Defence Ministry, spokesman Dmitry Peskov "
  "said. Where Prigozhin is now, and when he will turn up in Minsk, remains unknown.",
  [],
  "Wagner mutiny of 23-24 Jun 2023; only past events and undated futures.",
  ["no-claim", "march-noun", "past-weekday", "said-on-day", "undated-future", "number-like-date"])

P("tp-ethiopia-election-postponed-2020", "2020-03-31 20:00", "Africa/Addis_Ababa",
  "ADDIS ABABA - Ethiopia's electoral board said on Tuesday that it could not hold the general election on Aug. 29 "
  "as planned because of the coronavirus pandemic, and that a new date would be set once the threat had eased. "
  "The vote, already pushed back once from May, was meant to be the first big test at the ballot box for Prime "
  "Minister Abiy Ahmed, who won the Nobel Peace Prize last year. Opposition parties warned of a constitutional "
  "vacuum if parliament's mandate lapses before a vote can be held.",
  [],
  "NEBE announcement of 31 Mar 2020 cancelling the 29 Aug 2020 date (the vote took place on 21 Jun 2021).",
  ["no-claim", "cancelled-date", "superseded-date", "said-on-day", "undated-future", "hypothetical"])

P("tp-may-pulls-brexit-vote-2018", "2018-12-10 18:00", "Europe/London",
  "LONDON - Theresa May on Monday called off Tuesday's parliamentary vote on her Brexit deal, conceding that it "
  "would have been rejected by a significant margin, and promised to seek further assurances from EU leaders on "
  "the Irish backstop. She did not say when MPs would get to vote, and Speaker John Bercow said it was 'deeply "
  "discourteous' to halt the debate after three days. Asked whether the vote would take place before Christmas, "
  "May's spokesman declined to give a date. Sterling fell to its lowest level in 20 months.",
  [],
  "Meaningful vote of 11 Dec 2018 pulled on 10 Dec 2018 (held on 15 Jan 2019).",
  ["no-claim", "cancelled-date", "may-verb", "holiday", "question", "undated-future", "past-weekday",
   "number-like-date"])

P("tp-25th-amendment-explainer-2021", "2021-01-08 08:00", "America/New_York",
  "EXPLAINER - Democratic leaders Nancy Pelosi and Chuck Schumer on Thursday urged Vice President Mike Pence to "
  "invoke the 25th Amendment, which allows the vice president and a majority of the cabinet to declare a "
  "president unable to discharge the powers and duties of his office. If they did so, Trump could contest the "
  "finding in writing, and the cabinet would then have four days to reassert it before Congress decided. Pence "
  "has shown no sign that he is willing to act, according to people close to him, and Pelosi said the House "
  "could instead move to impeach Trump. Would an impeachment trial even be possible before his term runs out?",
  [],
  "Pelosi and Schumer's call of 7 Jan 2021; only hypotheticals, an unanchored duration and a question.",
  ["no-claim", "hypothetical", "question", "duration", "number-like-date", "past-weekday", "said-on-day"])

P("tp-biden-withdraws-2024", "2024-07-22 07:00", "America/New_York",
  "WASHINGTON - Joe Biden's announcement on Sunday that he was abandoning his re-election campaign leaves "
  "Democrats less than a month to settle on a nominee before their convention in Chicago. Biden endorsed Vice "
  "President Kamala Harris within half an hour, and a string of governors and senators followed overnight, "
  "although Barack Obama held back. Party officials said they would set out a transparent and orderly process "
  "in the coming days, without saying whether a virtual roll call of delegates, pencilled in for early August "
  "before the upheaval, would still go ahead. Can anyone mount a serious challenge to Harris in the time left?",
  [],
  "Biden's withdrawal of 21 Jul 2024; the virtual roll call was in doubt at publication (it ran 1-5 Aug 2024).",
  ["no-claim", "question", "undated-future", "past-weekday", "duration"])

P("tp-ecowas-mali-sanctions-2022", "2022-01-10 09:00", "Africa/Bamako",
  "BAMAKO - West African leaders on Sunday closed their borders with Mali and froze its assets at the regional "
  "central bank, punishing the military junta for abandoning its promise to hold elections on Feb. 27. The junta, "
  "which seized power in August 2020, had proposed at a national consultation last month to stay in power for up "
  "to five more years, a timetable ECOWAS called totally unacceptable. Government spokesman Colonel Abdoulaye "
  "Maiga said on Sunday night that the sanctions were illegal and that Mali would recall its ambassadors from "
  "ECOWAS states.",
  [],
  "ECOWAS summit in Accra of 9 Jan 2022; the 27 Feb 2022 election had been abandoned by the junta.",
  ["no-claim", "cancelled-date", "past-weekday", "said-on-day", "past-month"])

P("tp-peru-castillo-ousted-2022", "2022-12-08 08:00", "America/Lima",
  "LIMA - Dina Boluarte was sworn in as Peru's first female president on Wednesday, hours after Congress removed "
  "Pedro Castillo, who had tried to dissolve the legislature and rule by decree shortly before it was due to "
  "debate a third impeachment motion against him. Lawmakers voted 101-6 to oust him. Castillo was detained as he "
  "headed to the Mexican embassy, according to police, and a judge is expected to rule on his custody in the "
  "coming days. Boluarte, his former vice president, told Congress she would serve out the rest of his term and "
  "called for a political truce.",
  [],
  "Castillo's removal and Boluarte's swearing-in on 7 Dec 2022; only past events and undated futures.",
  ["no-claim", "past-weekday", "undated-future", "number-like-date"])

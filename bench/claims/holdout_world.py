"""Held-out test passages: world affairs: diplomacy, wars and ceasefires, sanctions, summits, elections abroad, the UN, climate talks, refugees, disasters. Written blind on 2026-11-27 (see holdout.py)."""
from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    _res,
    before_year,
    by_month,
    by_year,
    half,
    holiday,
    in_days_anchored,
    in_month,
    in_year,
    md,
    mid_year,
    midnight_on,
    next_month,
    next_wd,
    passage_adder,
    quarter,
    span_wd,
    this_end_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

TD = dt.timedelta


def rest_of_week():
    """'later this week': the publication day .. the Sunday that ends its Monday-Sunday week."""
    def f(p):
        d0 = p.date()
        end = d0 + TD(6 - d0.weekday())
        return _res(d0, end, f"rest of the week from {d0} {d0:%a} = {d0}..{end}")
    return f


PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


# ===========================================================================
# Climate talks

P("world-paris-agreement-threshold-2016", "2016-10-05 19:30", "America/New_York",
  "UNITED NATIONS (Reuters) - The Paris climate agreement cleared the last hurdle to becoming international law "
  "on Wednesday, when the European Union and a handful of countries deposited their ratifications at UN "
  "headquarters, and it will enter into force on Nov. 4, less than a year after nearly 200 nations adopted it. "
  "The accord needed the backing of at least 55 countries accounting for 55% of global greenhouse gas emissions; "
  "by Wednesday evening 73 parties covering almost 57% had joined, Secretary-General Ban Ki-moon's office said. "
  "Governments will hold the first meeting of the accord's members at the annual UN climate conference in "
  "Marrakech, Morocco, next month. China and the United States, the two biggest emitters, formally joined in "
  "September on the eve of a G20 summit in Hangzhou.",
  [C("it will enter into force on Nov. 4", "on Nov. 4", md(11, 4), "event", None, real="2016-11-04"),
   C("Governments will hold the first meeting of the accord's members at the annual UN climate conference in "
     "Marrakech, Morocco, next month", "next month", next_month(), "event", None, real="2016-11-15")],
  "Paris Agreement threshold crossed on 5 October 2016; entry into force 4 November 2016; CMA1 opened at COP22 "
  "in Marrakech on 15 November 2016 (COP22 ran 7-18 November).",
  ["explicit-date", "month-period", "said-on-day", "past-month", "number-like-date"])

P("world-us-rejoins-paris-2021", "2021-01-21 09:00", "Europe/Berlin",
  "BERLIN - European leaders welcomed President Joe Biden's decision on Wednesday to bring the United States back "
  "into the Paris climate agreement, a move that under the accord's rules takes effect in 30 days. Biden signed "
  "the order hours after his inauguration, undoing Donald Trump's withdrawal, which became official on Nov. 4, "
  "the day after the election. He has promised to make American electricity carbon-free by 2035 and to reach "
  "net-zero emissions no later than 2050. The European Union, which last month agreed to cut its own emissions by "
  "at least 55% by the end of the decade, said it looked forward to working with Washington again.",
  [C("a move that under the accord's rules takes effect in 30 days", "in 30 days",
     in_days_anchored(30, "Wednesday"), "event", None, real="2021-02-19"),
   C("make American electricity carbon-free by 2035", "by 2035", by_year(2035), "promise", "Joe Biden"),
   C("reach net-zero emissions no later than 2050", "no later than 2050", by_year(2050), "promise", "Joe Biden"),
   C("cut its own emissions by at least 55% by the end of the decade", "by the end of the decade",
     before_year(2030), "promise", "the European Union")],
  "Biden signed the instrument on 20 January 2021; the US was back in the accord on 19 February 2021. The US "
  "withdrawal took effect on 4 November 2020 (a past date: 'Nov. 4' must not resolve to November 2021). EU 55% "
  "target agreed by leaders on 11 December 2020. 'In 30 days' is anchored to the Wednesday signing or to "
  "publication: both accepted. 'He' is Joe Biden.",
  ["duration", "explicit-past-date", "pronoun-speaker", "same-sentence-claims", "before-year", "past-weekday",
   "number-like-date", "multi-claim"])

P("world-cop26-overtime-2021", "2021-11-12 14:00", "Europe/London",
  "GLASGOW - The COP26 climate summit looked all but certain on Friday to overrun its scheduled 6 p.m. close, with "
  "envoys from nearly 200 countries still at odds over fossil fuel subsidies and money for poorer nations hit by "
  "climate change. Conference president Alok Sharma told delegates he expected the talks to conclude on Saturday "
  "afternoon. A new draft published overnight softened a call for countries to phase out coal power and what it "
  "called inefficient subsidies for fossil fuels.",
  [C("he expected the talks to conclude on Saturday afternoon", "on Saturday afternoon", wd("Saturday"),
     "prediction", "Alok Sharma", real="2021-11-13")],
  "COP26 was due to close at 18:00 on Friday 12 November 2021; the Glasgow Climate Pact was adopted on Saturday "
  "13 November. The 6 p.m. Friday close is superseded and not labelled.",
  ["superseded-date", "time-local", "number-like-date"])

P("world-cop29-finance-deal-2024", "2024-11-24 07:00", "Asia/Baku",
  "BAKU (Reuters) - Developed countries pledged to provide at least $300 billion a year by 2035 to help poorer "
  "nations cope with climate change, under a deal struck at the COP29 summit early on Sunday, more than 30 hours "
  "after the talks had been due to end. India's negotiator Chandni Raina called the sum \"abysmally poor\", and "
  "delegations from small island states had walked out of a meeting on Saturday in protest. Countries must submit "
  "new national emissions-cutting plans in February, and next year's summit will be held in the Brazilian Amazon "
  "city of Belem in November.",
  [C("Developed countries pledged to provide at least $300 billion a year by 2035", "by 2035", by_year(2035),
     "promise", "developed countries"),
   C("Countries must submit new national emissions-cutting plans in February", "in February", in_month(2025, 2),
     "deadline", None, real="2025-02-10"),
   C("next year's summit will be held in the Brazilian Amazon city of Belem in November", "in November",
     in_month(2025, 11), "event", None, real="2025-11-10")],
  "New collective climate finance goal adopted at COP29 in Baku around 03:00 on 24 November 2024; NDC 3.0 "
  "submissions were due on 10 February 2025; COP30 in Belem opened on 10 November 2025. 'February' and "
  "'November' fall in the next year.",
  ["same-sentence-claims", "year-inference", "month-period", "number-like-date", "past-weekday",
   "superseded-date", "multi-claim"])

P("world-imo-carbon-levy-2025", "2025-10-17 18:30", "Europe/London",
  "LONDON - Governments meeting at the International Maritime Organization voted on Friday to adjourn talks on the "
  "world's first global carbon price for shipping, after the United States threatened visa restrictions, port fees "
  "and sanctions against countries that supported it. The Net-Zero Framework, approved in draft last April, had "
  "been due to be formally adopted at this week's session and to enter into force in 2027. It is not clear whether "
  "the framework will ever be adopted. Saudi Arabia, which proposed the adjournment, said more time was needed to "
  "reach consensus.",
  [],
  "IMO extraordinary MEPC session of 14-17 October 2025 adjourned adoption of the Net-Zero Framework (approved at "
  "MEPC 83 in April 2025; the session adjourned for a year). The 2027 entry into force is cancelled with the adoption; 'last April' is April 2025.",
  ["no-claim", "cancelled-date", "last-month", "undated-future", "said-on-day"])

P("world-who-vaccine-targets-2021", "2021-10-07 17:00", "Europe/Zurich",
  "GENEVA (Reuters) - The World Health Organization on Thursday set out a strategy to vaccinate 40% of the "
  "population of every country against COVID-19 by the end of this year and 70% by mid-2022, as it pressed rich "
  "nations to share doses with poorer ones. Fewer than 5% of people in Africa have been fully vaccinated, WHO "
  "Director-General Tedros Adhanom Ghebreyesus told a news conference. He said the targets could be met if "
  "manufacturers and wealthy governments made supplies available, but that hoarding would prolong the pandemic.",
  [C("vaccinate 40% of the population of every country against COVID-19 by the end of this year",
     "by the end of this year", this_year_end(), "deadline", "the World Health Organization"),
   C("70% by mid-2022", "by mid-2022", mid_year(2022), "deadline", "the World Health Organization")],
  "WHO Strategy to Achieve Global Covid-19 Vaccination by mid-2022, launched 7 October 2021 (40% by end-2021, "
  "70% by mid-2022). Targets set for every country are labelled deadlines.",
  ["year-end", "mid-year", "same-sentence-claims", "hypothetical", "number-like-date", "said-on-day",
   "multi-claim"])

P("world-covax-deliveries-2020", "2020-12-18 16:00", "Europe/Zurich",
  "GENEVA - The COVAX vaccine-sharing scheme co-led by the World Health Organization said on Friday it had secured "
  "access to almost 2 billion doses of COVID-19 vaccines and expected first deliveries to poorer countries in the "
  "first quarter of 2021. Gavi, the vaccine alliance, said it would deliver at least 1.3 billion of those doses to 92 "
  "low- and middle-income economies by the end of next year, enough to cover up to 20% of their populations. Rich "
  "nations have already reserved much of the early supply.",
  [C("expected first deliveries to poorer countries in the first quarter of 2021", "in the first quarter of 2021",
     quarter(2021, 1), "prediction", "COVAX", real="2021-02-24"),
   C("deliver at least 1.3 billion of those doses to 92 low- and middle-income economies by the end of next year",
     "by the end of next year", by_year(2021), "promise", "Gavi")],
  "COVAX announcement of 18 December 2020; first COVAX delivery (Ghana) on 24 February 2021.",
  ["quarter", "year-end", "number-like-date", "said-on-day", "multi-claim"])


# ===========================================================================
# Wars, ceasefires and sanctions

P("world-kabul-evacuation-deadline-2021", "2021-08-24 22:00", "Asia/Kabul",
  "KABUL - President Joe Biden has decided to stick to his plan to finish the evacuation from Kabul airport by the "
  "end of the month, rejecting pleas from European allies for more time, according to a US official. The Taliban "
  "have called Aug. 31 a red line, and their spokesman Suhail Shaheen warned on Monday that if American forces "
  "stayed beyond it, there would be consequences. About 21,600 people were flown out in the 24 hours to early "
  "Tuesday, the White House said, one of the largest airlifts in US history.",
  [C("finish the evacuation from Kabul airport by the end of the month", "by the end of the month",
     this_end_of_month(), "promise", "Joe Biden", real="2021-08-30", real_le=True),
   C("have called Aug. 31 a red line", "Aug. 31", md(8, 31), "deadline", "the Taliban", real="2021-08-31")],
  "Biden confirmed the 31 August 2021 withdrawal date on 24 August; the last US flight left Kabul just before "
  "midnight on 30 August. Shaheen's 'red line' remark was made on 23 August.",
  ["end-of-month", "conditional-threat", "explicit-date", "past-weekday", "number-like-date", "multi-claim"])

P("world-kremlin-annexation-ceremony-2022", "2022-09-29 17:00", "Europe/Moscow",
  "MOSCOW - Vladimir Putin will sign treaties annexing four partly occupied regions of Ukraine at a ceremony in the "
  "Kremlin at 3 p.m. (1200 GMT) on Friday, his spokesman Dmitry Peskov told reporters on Thursday. Moscow-installed "
  "officials said on Tuesday that residents had voted overwhelmingly to join Russia in referendums held over five "
  "days, which Kyiv and Western governments denounced as a sham. Putin will also give a speech, Peskov said. The "
  "State Duma, the lower house of parliament, is due to ratify the treaties on Monday next week.",
  [C("will sign treaties annexing four partly occupied regions of Ukraine at a ceremony in the Kremlin at 3 p.m. "
     "(1200 GMT) on Friday", "at 3 p.m. (1200 GMT) on Friday", wd("Friday", "15:00"), "event", "Dmitry Peskov",
     real="2022-09-30"),
   C("is due to ratify the treaties on Monday next week", "on Monday next week", wd_next_week("Monday"), "event",
     None, real="2022-10-03")],
  "Annexation ceremony in St George's Hall on 30 September 2022 at 15:00 Moscow time; the Duma ratified on "
  "3 October 2022. 'Putin will also give a speech' refers back to Friday and is not labelled separately.",
  ["time-local", "next-week-weekday", "past-weekday", "said-on-day", "multi-claim"])

P("world-orthodox-christmas-truce-2023", "2023-01-05 21:00", "Europe/Kyiv",
  "KYIV - Russian President Vladimir Putin on Thursday ordered his forces to observe a ceasefire along the front "
  "line in Ukraine from noon Moscow time (0900 GMT) on Friday until midnight on Saturday, the Kremlin said, so "
  "that Orthodox believers could attend Christmas services. Ukraine dismissed the order as a cynical trap. Mykhailo "
  "Podolyak, an adviser to President Volodymyr Zelenskiy, said Russia had to leave the occupied territories before "
  "there could be any talk of a \"temporary truce\". Patriarch Kirill of the Russian Orthodox Church had called for "
  "a Christmas ceasefire earlier in the day.",
  [C("from noon Moscow time (0900 GMT) on Friday", "from noon Moscow time (0900 GMT) on Friday",
     zoned(wd("Friday"), "12:00", "Europe/Moscow"), "event", "Vladimir Putin", real="2023-01-06"),
   C("until midnight on Saturday", "until midnight on Saturday", midnight_on("Saturday"), "event",
     "Vladimir Putin", real="2023-01-07")],
  "Putin's order of 5 January 2023: truce from 12:00 on 6 January to 24:00 on 7 January, Moscow time (11:00 and "
  "23:00 in Kyiv). An ordered truce taking effect is an event, with Putin, who ordered it, as speaker (as Modi's "
  "ordered lockdown in holdout_domestic). 'Christmas' here is Orthodox Christmas (7 January), not 25 December; no holiday date is claimed.",
  ["time-converted", "midnight", "same-sentence-claims", "holiday", "said-on-day", "multi-claim"])

P("world-gaza-ceasefire-start-2025", "2025-01-18 10:30", "America/Los_Angeles",
  "The ceasefire between Israel and Hamas in Gaza will begin at 8:30 a.m. local time (0630 GMT) on Sunday, Qatar's "
  "foreign ministry spokesman, Majed al-Ansari, said on Saturday, hours after the Israeli cabinet approved the agreement at "
  "a session that ran past midnight. The first three hostages to be released, all of them women, are to be handed "
  "over on Sunday afternoon in exchange for Palestinian prisoners held by Israel. Mediators from Qatar, Egypt and "
  "the United States announced the deal in Doha on Wednesday after 15 months of war in which more than 46,000 "
  "Palestinians have been killed, according to Gaza's health ministry.",
  [C("will begin at 8:30 a.m. local time (0630 GMT) on Sunday", "at 8:30 a.m. local time (0630 GMT) on Sunday",
     zoned(wd("Sunday"), "08:30", "Asia/Gaza"), "event", "Majed al-Ansari"),
   C("are to be handed over on Sunday afternoon", "on Sunday afternoon", wd("Sunday"), "event", None,
     real="2025-01-19")],
  "Ansari's announcement of 18 January 2025: truce from 08:30 on Sunday 19 January in Gaza, which is 22:30 on "
  "Saturday 18 January in Los Angeles (the truce actually began at 11:15 after a delay). The three women hostages "
  "were freed on the afternoon of 19 January (Gaza time), still 19 January in Los Angeles.",
  ["time-converted", "date-crossing-conversion", "midnight", "past-weekday", "said-on-day", "number-like-date",
   "multi-claim"])

P("world-russian-oil-price-cap-2022", "2022-12-03 12:00", "Europe/Brussels",
  "BRUSSELS - The European Union, the Group of Seven and Australia agreed on Friday to cap the price of Russian "
  "seaborne crude oil at $60 a barrel, in an effort to curb Moscow's revenue while keeping supplies flowing to world "
  "markets. The cap takes effect on Monday, the same day as an EU embargo on Russian crude delivered by sea, "
  "although cargoes loaded before then can still be unloaded until Jan. 19. A separate EU ban on Russian diesel and "
  "other refined fuels will follow on Feb. 5, EU officials said. The Kremlin said on Saturday that Russia would "
  "not accept the cap.",
  [C("The cap takes effect on Monday", "on Monday", wd("Monday"), "event", None, real="2022-12-05"),
   C("can still be unloaded until Jan. 19", "until Jan. 19", md(1, 19), "deadline", None, real="2023-01-19"),
   C("A separate EU ban on Russian diesel and other refined fuels will follow on Feb. 5", "on Feb. 5", md(2, 5),
     "event", "EU officials", real="2023-02-05")],
  "Price cap agreed 2 December 2022, effective 5 December with the EU crude embargo; cargoes loaded before "
  "5 December could be unloaded until 19 January 2023; refined-products embargo and cap from 5 February 2023.",
  ["year-inference", "explicit-date", "same-sentence-claims", "number-like-date", "past-weekday", "said-on-day",
   "multi-claim"])

P("world-iran-snapback-2025", "2025-09-26 23:00", "Asia/Tehran",
  "TEHRAN - United Nations sanctions on Iran that were lifted a decade ago are set to return at 2000 EDT on "
  "Saturday (0000 GMT on Sunday), after the Security Council on Friday rejected a Russian and Chinese draft "
  "resolution that would have delayed them by six months. Britain, France and Germany triggered the 30-day "
  "'snapback' mechanism on Aug. 28, accusing Tehran of failing to meet its commitments under the 2015 nuclear deal. "
  "President Masoud Pezeshkian, who addressed the General Assembly in New York this week, said Iran had never "
  "sought a nuclear weapon and never would.",
  [C("are set to return at 2000 EDT on Saturday (0000 GMT on Sunday)", "at 2000 EDT on Saturday",
     zoned(wd("Saturday"), "20:00", "America/New_York"), "event", None, real="2025-09-28")],
  "UN sanctions re-imposed at 20:00 EDT on 27 September 2025 = 00:00 GMT 28 September = 03:30 on 28 September in "
  "Tehran; the E3 notified the Council on 28 August 2025; the Russian-Chinese delay resolution failed on "
  "26 September.",
  ["time-converted", "date-crossing-conversion", "explicit-past-date", "hypothetical", "number-like-date",
   "said-on-day"])

P("world-jeddah-talks-2025", "2025-03-11 07:00", "Europe/Kyiv",
  "KYIV - US and Ukrainian officials meet in Jeddah on Tuesday for their first talks since an Oval Office clash "
  "between Donald Trump and Volodymyr Zelenskiy last month, with Kyiv set to propose a partial ceasefire in the "
  "air and at sea. Zelenskiy, who met Saudi Crown Prince Mohammed bin Salman on Monday, will not take part. Trump's "
  "envoy Steve Witkoff is expected to travel to Moscow later this week, according to two people familiar with the "
  "matter. The White House has told European officials it wants Russia and Ukraine to agree to a ceasefire by Easter, "
  "Bloomberg News has reported.",
  [C("US and Ukrainian officials meet in Jeddah on Tuesday", "on Tuesday", wd("Tuesday"), "event", None,
     real="2025-03-11"),
   C("is expected to travel to Moscow later this week", "later this week", rest_of_week(), "prediction",
     None, real="2025-03-13"),
   C("it wants Russia and Ukraine to agree to a ceasefire by Easter", "by Easter", holiday("Easter"), "deadline",
     "the White House")],
  "US-Ukraine talks in Jeddah on 11 March 2025; Witkoff met Putin in Moscow on 13 March; the Easter (20 April 2025) "
  "goal was first reported by Bloomberg on 16 February 2025. Anonymous sources ('two people familiar with the matter') "
  "are not a speaker: null. A target the White House sets for Russia and Ukraine is a deadline.",
  ["by-weekday-same-day", "same-day-future", "later-this-period", "holiday", "past-weekday", "multi-claim"])

P("world-zelensky-counteroffensive-2023", "2023-05-11 19:00", "Europe/Kyiv",
  "KYIV - When will Ukraine launch its long-awaited counteroffensive? Not yet, President Volodymyr Zelenskiy said "
  "in an interview with European public broadcasters released on Thursday, explaining that his forces needed \"a "
  "bit more time\" for promised Western armoured vehicles to arrive. \"With what we have, we can go forward and be "
  "successful,\" he said, \"but we would lose a lot of people.\" Western officials say the push may begin within weeks.",
  [],
  "Zelenskiy's interview with European public broadcasters (including the BBC) of 11 May 2023; the counteroffensive "
  "began in early June.",
  ["no-claim", "question", "hypothetical", "may-verb", "undated-future", "said-on-day"])

P("world-jerusalem-embassy-2018", "2018-05-13 20:00", "Asia/Jerusalem",
  "JERUSALEM - The United States will formally open its embassy in Jerusalem at 4 p.m. on Monday, in a ceremony "
  "attended by a delegation led by Ivanka Trump and her husband Jared Kushner, a move that has delighted Israel and "
  "infuriated Palestinians. Hamas, which has backed the weekly 'Great March of Return' protests along the Gaza "
  "border since they began on March 30, said it expected tens of thousands of people to join two days of mass "
  "protests along the fence on Monday and Tuesday. More than 40 Palestinians have been killed by Israeli fire during the demonstrations. The opening "
  "comes 70 years after David Ben-Gurion proclaimed the state of Israel on May 14, 1948, an event Palestinians call "
  "the Nakba, or catastrophe.",
  [C("will formally open its embassy in Jerusalem at 4 p.m. on Monday", "at 4 p.m. on Monday",
     wd("Monday", "16:00"), "event", None, real="2018-05-14"),
   C("expected tens of thousands of people to join two days of mass protests along the fence on Monday and Tuesday",
     "on Monday and Tuesday",
     span_wd("Monday", "Tuesday"), "prediction", "Hamas", real="2018-05-14")],
  "US embassy opening ceremony in Jerusalem at 16:00 on 14 May 2018; Gaza protests peaked on 14-15 May. 'March 30' "
  "is past (the protests began on 30 March 2018) and 'Great March of Return' is a name.",
  ["march-noun", "may-verb", "time-local", "range", "explicit-past-date", "number-like-date", "multi-claim"])

P("world-iraq-coalition-end-2024", "2024-09-28 11:00", "Asia/Baghdad",
  "BAGHDAD - The US-led military coalition against Islamic State will wind down its mission in Iraq by the end of "
  "September 2025 and keep operating from the northern Kurdistan region until the end of September 2026 to support its "
  "campaign in Syria, the United States and Iraq said in a joint statement on Friday. Prime Minister Mohammed Shia "
  "al-Sudani, who faces a parliamentary election next year, has been under pressure from Iran-aligned armed factions to expel the roughly 2,500 US troops "
  "stationed in the country. The statement did not say how many would leave.",
  [C("will wind down its mission in Iraq by the end of September 2025", "by the end of September 2025",
     by_month(2025, 9), "promise", "the United States and Iraq"),
   C("keep operating from the northern Kurdistan region until the end of September 2026",
     "until the end of September 2026", by_month(2026, 9), "promise", "the United States and Iraq"),
   C("who faces a parliamentary election next year", "next year", in_year(2025), "event", None,
     real="2025-11-11")],
  "US-Iraq joint statement of 27 September 2024; Iraq's parliamentary election was held on 11 November 2025. The "
  "statement's 'until September 2026' is written 'until the end of September 2026' so that the README's 'by'/'until the "
  "end of' rule (last day) applies unambiguously.",
  ["same-sentence-claims", "month-period", "year-period", "number-like-date", "said-on-day", "past-weekday",
   "multi-claim"])

P("world-sharaa-constitution-2024", "2024-12-30 09:00", "Asia/Damascus",
  "DAMASCUS - Syria's de facto leader Ahmed al-Sharaa said it could take up to three years to draft a new "
  "constitution and up to four years to hold elections, in his first major interview since his rebel alliance "
  "toppled Bashar al-Assad on Dec. 8. Any meaningful vote would require a full census, he told Al Arabiya "
  "television in remarks broadcast on Sunday. His Islamist group, Hayat Tahrir al-Sham, will be dissolved at a "
  "national dialogue conference, he said, without giving a date.",
  [],
  "Al Arabiya interview broadcast on 29 December 2024; Assad fell on 8 December 2024 (a past date: 'Dec. 8' must "
  "not resolve to December 2025). The durations are possibilities without a date.",
  ["no-claim", "hypothetical", "duration", "explicit-past-date", "said-on-day", "undated-future"])


# ===========================================================================
# The UN, alliances and summits

P("world-un-settlements-vote-2016", "2016-12-23 09:30", "America/New_York",
  "UNITED NATIONS (Reuters) - The UN Security Council will vote on Friday on a draft resolution demanding that "
  "Israel halt settlement building in occupied Palestinian territory, after New Zealand, Malaysia, Senegal and "
  "Venezuela took up the text that Egypt had shelved under pressure from Israel and US President-elect Donald Trump. "
  "A vote had originally been called for Thursday afternoon. Diplomats said the Obama administration may abstain "
  "rather than use its veto, which would allow the measure to pass. Trump said on Twitter that the resolution "
  "should be vetoed.",
  [C("The UN Security Council will vote on Friday", "on Friday", wd("Friday"), "event", None, real="2016-12-23")],
  "Resolution 2334 adopted on Friday 23 December 2016 (14-0, US abstaining); Egypt had postponed the vote set for "
  "22 December.",
  ["by-weekday-same-day", "same-day-future", "cancelled-date", "may-verb", "hypothetical", "past-weekday"])

P("world-finland-joins-nato-2023", "2023-04-03 16:00", "Europe/Helsinki",
  "BRUSSELS, April 3 (Reuters) - Finland will become the 31st member of NATO on Tuesday, Secretary-General Jens "
  "Stoltenberg said on Monday, more than doubling the length of the alliance's land border with Russia. Turkey's "
  "parliament ratified the Nordic country's accession on Thursday, clearing the last hurdle, and the Finnish flag "
  "will be raised outside the alliance's headquarters during Tuesday's ceremony. NATO foreign ministers hold a "
  "two-day meeting in Brussels on Tuesday and Wednesday. Sweden, which applied alongside Finland in May last year, is still waiting "
  "for approval from Turkey and Hungary. He said he was confident that Sweden would be a member by the time of the "
  "alliance's summit in Vilnius in July.",
  [C("Finland will become the 31st member of NATO on Tuesday", "on Tuesday", wd("Tuesday"), "event",
     "Jens Stoltenberg", real="2023-04-04"),
   C("NATO foreign ministers hold a two-day meeting in Brussels on Tuesday and Wednesday", "on Tuesday and Wednesday",
     span_wd("Tuesday", "Wednesday"), "event", None, real="2023-04-04"),
   C("Sweden would be a member by the time of the alliance's summit in Vilnius in July",
     "by the time of the alliance's summit in Vilnius in July", in_month(2023, 7), "prediction",
     "Jens Stoltenberg")],
  "Finland joined NATO on 4 April 2023, during the foreign ministers' meeting of 4-5 April; Turkey ratified on "
  "30 March; the Vilnius summit was on 11-12 July 2023 (Sweden joined only in March 2024). 'Tuesday's ceremony' "
  "repeats the first claim. 'He' is Jens Stoltenberg. The dateline 'April 3' is the publication day.",
  ["repeated-claim", "range", "pronoun-speaker", "month-period", "may-verb", "past-month", "past-weekday",
   "said-on-day", "number-like-date", "multi-claim"])

P("world-brics-expansion-2023", "2023-08-24 15:00", "Africa/Johannesburg",
  "JOHANNESBURG - The BRICS group of emerging economies has invited Argentina, Egypt, Ethiopia, Iran, Saudi Arabia "
  "and the United Arab Emirates to become full members, South African President Cyril Ramaphosa said on Thursday, "
  "more than doubling the size of a bloc that has sought to counter Western influence. Their membership will take "
  "effect on Jan. 1, he told reporters at the close of the three-day summit. China's Xi Jinping called the "
  "expansion historic, while Russian President Vladimir Putin, who addressed the summit by video link on Wednesday "
  "because of an international arrest warrant, said Russia would host next year's summit in the city of Kazan in "
  "October.",
  [C("Their membership will take effect on Jan. 1", "on Jan. 1", md(1, 1), "event", "Cyril Ramaphosa",
     real="2024-01-01"),
   C("Russia would host next year's summit in the city of Kazan in October", "in October", in_month(2024, 10),
     "event", "Vladimir Putin", real="2024-10-22")],
  "BRICS Johannesburg summit, 22-24 August 2023; expansion effective 1 January 2024 (Argentina later declined); "
  "Putin announced the Kazan summit for October 2024 on 23 August; it opened on 22 October 2024. 'He' is Cyril "
  "Ramaphosa.",
  ["year-inference", "pronoun-speaker", "explicit-date", "month-period", "past-weekday", "said-on-day",
   "multi-claim"])

P("world-uk-palestine-recognition-2025", "2025-07-29 19:30", "Europe/London",
  "LONDON - Britain will recognise a Palestinian state in September unless Israel agrees to a ceasefire in Gaza and "
  "takes other \"substantive steps\" to end the suffering there, Prime Minister Keir Starmer said on Tuesday after "
  "recalling his cabinet from its summer break. The decision follows an announcement last Thursday by French "
  "President Emmanuel Macron, who said France would formally recognise Palestine at the UN General Assembly in New "
  "York in September. Israeli Prime Minister Benjamin Netanyahu said Starmer was rewarding Hamas's monstrous "
  "terrorism.",
  [C("Britain will recognise a Palestinian state in September", "in September", in_month(2025, 9), "deadline",
     "Keir Starmer", real="2025-09-21"),
   C("France would formally recognise Palestine at the UN General Assembly in New York in September",
     "in September", in_month(2025, 9), "promise", "Emmanuel Macron", real="2025-09-22")],
  "Starmer's statement of 29 July 2025 (recognition on 21 September 2025); Macron's announcement of 24 July 2025 "
  "(recognition at the UN on 22 September). Starmer's conditional ultimatum is labelled a deadline.",
  ["conditional-threat", "month-period", "past-weekday", "said-on-day", "multi-claim"])


# ===========================================================================
# Elections abroad

P("world-iran-runoff-2024", "2024-06-29 15:00", "Asia/Tehran",
  "DUBAI (Reuters) - Iran will hold a runoff presidential election next Friday between the low-profile reformist "
  "Masoud Pezeshkian and the hardline former nuclear negotiator Saeed Jalili, after no candidate won a majority in "
  "Friday's vote, the interior ministry said on Saturday. Turnout was about 40%, a record low for a presidential "
  "election since the 1979 revolution. Will the reformist camp's supporters, many of whom stayed home, turn out in "
  "greater numbers next week? The snap vote was called after President Ebrahim Raisi was killed in a helicopter "
  "crash in May.",
  [C("Iran will hold a runoff presidential election next Friday", "next Friday", next_wd("Friday"), "event",
     "the interior ministry", real="2024-07-05")],
  "First round on Friday 28 June 2024; runoff on 5 July 2024 (both readings of 'next Friday' from Saturday "
  "29 June give 5 July). The question is not a claim.",
  ["next-weekday", "past-weekday", "question", "may-verb", "past-month", "number-like-date", "said-on-day"])

P("world-palestinian-vote-postponed-2021", "2021-04-30 08:00", "Asia/Hebron",
  "RAMALLAH, West Bank - Palestinian President Mahmoud Abbas has postponed the parliamentary election that had been "
  "due on May 22, the first in 15 years, saying late on Thursday that the vote could not go ahead unless Israel "
  "guaranteed that Palestinians in East Jerusalem could take part. The decree also puts off a presidential vote that "
  "had been planned for July 31. Abbas did not set a new date. Hamas, which won the last legislative election in "
  "2006, called the move a \"coup\", and analysts said it may deepen the rift between the two main Palestinian "
  "factions.",
  [],
  "Abbas's decree of 29 April 2021 postponing the 22 May legislative and 31 July presidential elections.",
  ["no-claim", "cancelled-date", "may-verb", "undated-future", "past-weekday", "number-like-date"])

P("world-libya-vote-delayed-2021", "2021-12-22 17:00", "Africa/Tripoli",
  "TRIPOLI - Libya's first presidential election, due to be held on Friday, will not take place as planned, a "
  "parliamentary committee said on Wednesday, dealing a blow to a UN-backed effort to unify the country after a "
  "decade of chaos. Disputes over the rules and over the eligibility of leading candidates, including Saif "
  "al-Islam Gaddafi, a son of the late leader, and interim Prime Minister Abdulhamid Dbeibah, had made the vote "
  "impossible, officials said. No new date has been agreed.",
  [],
  "Libya's 24 December 2021 presidential election was abandoned on 22 December 2021.",
  ["no-claim", "cancelled-date", "said-on-day", "undated-future"])


# ===========================================================================
# Disasters and refugees

P("world-typhoon-hagibis-2019", "2019-10-10 19:00", "Asia/Tokyo",
  "TOKYO - Typhoon Hagibis, which forecasters say could be one of the strongest storms to hit Japan in years, is "
  "expected to make landfall on the main island of Honshu on Saturday, the Japan Meteorological Agency said on "
  "Thursday. Rugby World Cup organisers cancelled two matches that had been scheduled for Saturday, England against "
  "France in Yokohama and New Zealand against Italy in Toyota, the first cancellations in the tournament's history. "
  "Japan's decisive pool game against Scotland remains set for Sunday in Yokohama, though organisers said it may yet "
  "be called off, with a decision to be made on the morning of the match.",
  [C("is expected to make landfall on the main island of Honshu on Saturday", "on Saturday", wd("Saturday"),
     "prediction", "the Japan Meteorological Agency", real="2019-10-12"),
   C("remains set for Sunday in Yokohama", "for Sunday", wd("Sunday"), "event", None, real="2019-10-13")],
  "Hagibis made landfall on the Izu peninsula on the evening of 12 October 2019; World Rugby cancelled the two "
  "Saturday matches on 10 October; Japan beat Scotland on 13 October. The cancelled Saturday matches are not "
  "labelled; the Sunday game is still scheduled (a possible cancellation does not cancel it, as in home-rwc-hagibis); "
  "'the morning of the match' refers back to Sunday.",
  ["cancelled-date", "may-verb", "hypothetical", "said-on-day", "multi-claim"])

P("world-nepal-earthquake-2015", "2015-04-28 13:00", "Asia/Kathmandu",
  "KATHMANDU (Reuters) - The death toll from Saturday's earthquake in Nepal climbed above 5,000 on Tuesday as "
  "rescue teams reached villages near the epicentre that had been cut off by landslides, and Prime Minister Sushil "
  "Koirala said it could reach 10,000. A powerful aftershock of magnitude 6.7 on Sunday sent thousands of people "
  "fleeing into the streets of Kathmandu, where many have now spent three nights sleeping in the open. The United "
  "Nations said 8 million people had been affected, more than a quarter of the population.",
  [],
  "Gorkha earthquake of 25 April 2015; 6.7 aftershock on 26 April; Koirala's 10,000 estimate of 28 April.",
  ["no-claim", "past-weekday", "hypothetical", "number-like-date"])

P("world-sri-lanka-easter-attacks-2019", "2019-04-23 18:00", "Asia/Colombo",
  "COLOMBO - Sri Lanka held a national day of mourning on Tuesday for the more than 320 people killed in Sunday's "
  "suicide bombings of churches and luxury hotels, as Islamic State claimed responsibility for the attacks. A state "
  "of emergency giving police and the military sweeping powers to detain and question suspects took effect at "
  "midnight on Monday. Officials have acknowledged that warnings of possible attacks were received in the weeks "
  "before Easter. President Maithripala Sirisena promised a sweeping overhaul of the leadership of the security "
  "forces.",
  [],
  "Easter Sunday bombings of 21 April 2019; emergency from midnight on 22 April; mourning and IS claim on 23 April. "
  "'Easter' and 'midnight on Monday' are past.",
  ["no-claim", "holiday", "midnight", "past-weekday", "undated-future", "number-like-date"])

P("world-unhcr-syria-returns-2024", "2024-12-17 14:00", "Europe/Zurich",
  "GENEVA - The United Nations refugee agency expects about a million Syrians to return home in the first half of "
  "2025 following the fall of President Bashar al-Assad, a senior official said on Tuesday, urging governments not "
  "to push people back before conditions allow. Philippe Leclerc, UNHCR's regional director for Europe, told "
  "reporters that thousands of refugees had already crossed back from neighbouring countries since Dec. 8, when "
  "rebels seized Damascus. Several European countries, including Germany and Austria, have suspended decisions on "
  "Syrian asylum claims.",
  [C("expects about a million Syrians to return home in the first half of 2025", "in the first half of 2025",
     half(2025, 1), "prediction", "the United Nations refugee agency")],
  "UNHCR briefing of 17 December 2024 (about one million returns expected January-June 2025). 'Dec. 8' is past "
  "(8 December 2024).",
  ["half", "explicit-past-date", "said-on-day"])


# ===========================================================================
# Nuclear diplomacy

P("world-iran-talks-extended-2015", "2015-07-07 23:00", "Europe/Vienna",
  "VIENNA - Iran and six world powers extended the interim accord governing their nuclear talks until Friday, the "
  "State Department said late on Tuesday, after negotiators missed a June 30 target and then a July 7 deadline. "
  "Officials said sharp differences remained over a United Nations arms embargo on Tehran and the pace of sanctions "
  "relief, and some warned the talks may yet collapse. Secretary of State John Kerry said on Sunday that real "
  "progress had been made but that Washington was prepared to walk away if Iran would not move. Under a law passed "
  "by Congress in May, lawmakers must be given time to review any agreement before US sanctions are lifted.",
  [C("extended the interim accord governing their nuclear talks until Friday", "until Friday", wd("Friday"),
     "deadline", "the State Department", real="2015-07-10")],
  "Interim JPOA extended on 7 July 2015 to 10 July; the JCPOA was concluded on 14 July 2015. The June 30 and "
  "July 7 deadlines are superseded and not labelled.",
  ["superseded-date", "explicit-past-date", "may-verb", "hypothetical", "said-on-day", "past-weekday"])

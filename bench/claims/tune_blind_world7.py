"""Tuning passages written blind: world affairs and diplomacy (summits, wars and ceasefires, sanctions, treaties, elections, UN and EU decisions, hostage and prisoner deals, disasters and aid) written as wire copy with datelines, analysis, explainers and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    holiday,
    in_days,
    in_month,
    in_months,
    in_year,
    in_years,
    md,
    md_span,
    midnight_on,
    month_named_end,
    next_wd,
    no_claim_adder,
    passage_adder,
    span_wd,
    this_year_end,
    wd,
    wd_next_week,
    ymd,
    ymd_span,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Climate and environment diplomacy

P(
    "t4-cop27-loss-damage-fund-2022",
    "2022-11-20 14:00",
    "Africa/Cairo",
    "SHARM EL-SHEIKH, Egypt (Reuters) - Nearly 200 countries agreed in the early hours of Sunday to set up a fund to "
    "help poor nations cope with the cost of climate disasters, a breakthrough on a demand that vulnerable states had "
    "pressed for three decades, although the final COP27 text did little to push for deeper cuts in emissions. Who "
    "pays into the 'loss and damage' fund, and who can draw from it, was left to a transitional committee that is to "
    "present its recommendations at next year's summit, COP28, which the United Arab Emirates will host in Dubai from "
    "Nov. 30 to Dec. 12, 2023. The talks had been due to end on Friday but ran into a second night of overtime. "
    "Pakistan's climate minister Sherry Rehman, whose country lost more than 1,700 people to floods this summer, "
    "called the deal a down payment on climate justice. EU climate chief Frans Timmermans said the bloc was "
    "disappointed that the text did not commit countries to phase down all fossil fuels.",
    [
        C(
            "which the United Arab Emirates will host in Dubai from Nov. 30 to Dec. 12, 2023",
            "from Nov. 30 to Dec. 12, 2023",
            ymd_span(2023, 11, 30, 2023, 12, 12),
            "event",
            None,
            real="2023-11-30",
        ),
    ],
    "COP27 closing plenary in Sharm el-Sheikh in the early hours of Sunday 20 November 2022 (scheduled end Friday 18 "
    "November); loss and damage fund agreed, details left to a transitional committee reporting to COP28, held in "
    "Dubai from 30 November to 13 December 2023 (it ran a day over, so the opening day is recorded as real). "
    "'next year's summit' is the same event as the labelled COP28 dates (one claim). The UAE hosts but does not "
    "announce the dates in this sentence, so the scheduled event has no speaker. Pakistan's 2022 flood toll was "
    "over 1,700. A local helper spans the two explicit dates of 2023 (md_span would place Nov. 30 in 2022).",
    [
        "explicit-date",
        "range",
        "past-weekday",
        "cancelled-date",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "t4-kigali-hfc-amendment-2016",
    "2016-10-15 16:00",
    "Africa/Kigali",
    "KIGALI (AP) - Negotiators from more than 170 countries agreed on Saturday to phase down hydrofluorocarbons, "
    "the potent greenhouse gases used in refrigerators and air conditioners, in an amendment to the 1987 Montreal "
    "Protocol that US Secretary of State John Kerry described as perhaps the single most important step the world "
    "could take this year to limit warming. Under the deal, the United States, the European Union and other rich "
    "economies will start cutting their use of HFCs in 2019. China, the largest producer, and more than 100 "
    "developing nations will freeze consumption in 2024, while India, Pakistan, Iran, Iraq and the Gulf states won "
    "a later start and will freeze theirs in 2028. The amendment enters into force on Jan. 1, 2019, provided at "
    "least 20 parties have ratified it. Environmental groups said the accord could avert up to 0.5 degrees Celsius "
    "of warming by the end of the century.",
    [
        C(
            "other rich economies will start cutting their use of HFCs in 2019",
            "in 2019",
            in_year(2019),
            "promise",
            None,
            real="2019-01-01",
        ),
        C(
            "more than 100 developing nations will freeze consumption in 2024",
            "in 2024",
            in_year(2024),
            "promise",
            None,
        ),
        C(
            "will freeze theirs in 2028",
            "in 2028",
            in_year(2028),
            "promise",
            None,
        ),
        C(
            "The amendment enters into force on Jan. 1, 2019",
            "on Jan. 1, 2019",
            ymd(2019, 1, 1),
            "event",
            None,
            real="2019-01-01",
        ),
    ],
    "Kigali Amendment to the Montreal Protocol, adopted early on Saturday 15 October 2016: developed countries begin "
    "the HFC phase-down in 2019, most developing countries (China among them) freeze in 2024, a second group (India, "
    "Pakistan, Iran, Iraq, Gulf states) in 2028; entry into force 1 January 2019 once 20 parties had ratified (the "
    "threshold was met in November 2017 and it entered into force on that day; a dated entry into force with a "
    "ratification condition is labelled, like a conditional strike start). The commitments are stated 'under "
    "the deal' with no one attributing them in their sentences, so the speaker is null (a reader could name the "
    "committing countries). 'could avert ... by the end of the century' is a possibility, not a claim; 'this year' "
    "only qualifies Kerry's praise.",
    [
        "year-period",
        "same-sentence-claims",
        "number-like-date",
        "hypothetical",
        "explicit-date",
        "said-on-day",
    ],
)

# ===========================================================================
# UN agencies and treaties

P(
    "t4-us-unesco-withdrawal-2017",
    "2017-10-12 18:30",
    "Europe/Paris",
    "PARIS (Reuters) - The United States said on Thursday it would pull out of UNESCO, accusing the Paris-based UN "
    "cultural agency of anti-Israel bias and of needing fundamental reform, and Israel said within hours that it "
    "would follow. The withdrawal will take effect on Dec. 31, 2018, State Department spokeswoman Heather Nauert "
    "said, adding that Washington wanted to stay involved as a non-member observer. The United States stopped "
    "funding the agency in 2011 after it admitted Palestine as a full member, and has since run up more than $500 "
    "million in unpaid dues. UNESCO's 58-member executive board, meanwhile, is deadlocked over the choice of a new "
    "director-general and holds its final round of voting on Friday, with France's Audrey Azoulay and Qatar's Hamad "
    "bin Abdulaziz al-Kawari among those still in the running.",
    [
        C(
            "The withdrawal will take effect on Dec. 31, 2018",
            "on Dec. 31, 2018",
            ymd(2018, 12, 31),
            "event",
            "Heather Nauert",
            real="2018-12-31",
        ),
        C(
            "holds its final round of voting on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2017-10-13",
        ),
    ],
    "US State Department announcement of Thursday 12 October 2017 (withdrawal effective 31 December 2018, observer "
    "status sought; it took effect that day). Israel announced its own withdrawal the same day, undated in the text. "
    "The executive board's run-offs ended on Friday 13 October 2017 with Azoulay's election. A withdrawal taking "
    "effect on a date is read like a measure taking effect (event), attributed by the sentence to Nauert. Funding "
    "was cut in 2011.",
    [
        "said-on-day",
        "explicit-date",
        "number-like-date",
        "undated-future",
        "multi-claim",
    ],
)

P(
    "t4-russia-ctbt-revocation-2023",
    "2023-10-18 17:00",
    "Europe/Moscow",
    "MOSCOW (Reuters) - Russia's lower house of parliament voted unanimously on Wednesday to withdraw ratification "
    "of the global treaty banning nuclear tests, a step Western arms control experts fear could pave the way for "
    "Moscow to resume testing. The bill now goes to the Federation Council, the upper house, which will take it up "
    "at its session on Wednesday next week, Speaker Valentina Matviyenko said, before it is sent to President "
    "Vladimir Putin for his signature. Deputy Foreign Minister Sergei Ryabkov said Russia would test a nuclear "
    "weapon only if the United States did so first. Moscow signed the Comprehensive Nuclear-Test-Ban Treaty in 1996 "
    "and ratified it in 2000, while Washington signed but never ratified it; no nuclear test has been carried out "
    "on Russian soil since 1990, when the country was still part of the Soviet Union.",
    [
        C(
            "which will take it up at its session on Wednesday next week",
            "on Wednesday next week",
            wd_next_week("Wednesday"),
            "event",
            "Valentina Matviyenko",
            real="2023-10-25",
        ),
    ],
    "State Duma vote of Wednesday 18 October 2023 (412-0, all readings); the Federation Council approved the bill on "
    "Wednesday 25 October 2023 and Putin signed it on 2 November. 'Wednesday next week' in a Wednesday article is "
    "the Wednesday of the following Monday-Sunday week. Putin's signature is undated; Ryabkov's condition has no "
    "date. Treaty signed 1996, ratified by Russia 2000; last Soviet test 1990.",
    [
        "next-week-weekday",
        "past-weekday",
        "hypothetical",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "t4-pompeo-inf-60-days-2018",
    "2018-12-04 19:00",
    "Europe/Brussels",
    "BRUSSELS (Reuters) - The United States will suspend its obligations under a landmark Cold War arms control "
    "treaty in 60 days unless Russia returns to full compliance, Secretary of State Mike Pompeo said on Tuesday, "
    "putting Moscow on notice at a meeting of NATO foreign ministers. Washington says Russia's 9M729 cruise missile "
    "breaches the 1987 Intermediate-Range Nuclear Forces Treaty, which bans land-based missiles with ranges of 500 "
    "to 5,500 km; Moscow denies it. A suspension would then start a six-month withdrawal process, Pompeo told "
    "reporters. President Donald Trump said in October that he intended to leave the pact, and NATO allies issued a "
    "statement on Tuesday backing Washington's finding that Russia was in material breach. The Kremlin has said it "
    "would respond in kind if new US missiles were deployed in Europe.",
    [
        C(
            "will suspend its obligations under a landmark Cold War arms control treaty in 60 days unless Russia "
            "returns to full compliance",
            "in 60 days",
            in_days(60),
            "deadline",
            "Mike Pompeo",
            real="2019-02-02",
        ),
    ],
    "Pompeo's ultimatum at the NATO foreign ministers' meeting, Tuesday 4 December 2018: 4 December + 60 days = "
    "2 February 2019; the US announced the suspension on 1 February, effective 2 February 2019. A government's "
    "'X unless Y' is a deadline. The six-month withdrawal process is a duration hanging on a suspension that had "
    "not happened yet (no anchor date). Trump's statement in October 2018 is background.",
    [
        "conditional-threat",
        "duration",
        "number-like-date",
        "past-month",
        "said-on-day",
        "hypothetical",
    ],
)

N(
    "t4-plastics-talks-busan-2024",
    "2024-12-02 09:00",
    "Asia/Seoul",
    "BUSAN, South Korea (AP) - Talks on the world's first treaty to curb plastic pollution broke up overnight "
    "without agreement, after a week in which oil- and petrochemical-producing states led by Saudi Arabia blocked "
    "proposals to limit the production of new plastic. Negotiators agreed only to suspend the process and resume it "
    "at a later session, with the date and venue still to be decided. Luis Vayas Valdivieso, the Ecuadorian diplomat "
    "who chaired the talks, said his revised draft would serve as the starting point next time. More than 100 "
    "countries had backed a production cap, and Panama's delegate Juan Carlos Monterrey Gomez accused a handful of "
    "nations of holding the rest hostage. The UN Environment Assembly agreed in March 2022 to negotiate a binding "
    "treaty and had set a goal of finishing by the end of 2024, a target negotiators now concede is out of reach.",
    "Fifth session of the intergovernmental negotiating committee (INC-5), Busan, 25 November-1 December 2024, "
    "ended without a treaty; a resumed session (INC-5.2, held in Geneva in August 2025) had no date or venue at the "
    "time. The end-2024 goal set by UNEA in March 2022 is named only to be ruled out, so it is not a claim. 'next "
    "time' and 'a later session' are undated.",
    [
        "cancelled-date",
        "undated-future",
        "year-end",
        "past-month",
        "number-like-date",
    ],
)

# ===========================================================================
# Europe, Russia and Ukraine

P(
    "t4-brexit-flextension-2019",
    "2019-10-28 13:00",
    "Europe/Brussels",
    "BRUSSELS (Reuters) - European Union governments agreed on Monday to delay Britain's departure from the bloc "
    "until Jan. 31, the third postponement of Brexit, European Council President Donald Tusk said, removing the risk "
    "of a no-deal exit on Thursday. Under the so-called flextension, Britain could leave on Dec. 1 or Jan. 1 if "
    "parliament ratifies Prime Minister Boris Johnson's divorce deal before then. Johnson, who had vowed to take "
    "Britain out on Oct. 31 'do or die', will ask lawmakers later on Monday to back an early election, a motion that "
    "needs the support of two-thirds of the House of Commons. EU diplomats also urged London to put forward a "
    "candidate for the next European Commission, which is due to take office on Dec. 1.",
    [
        C(
            "agreed on Monday to delay Britain's departure from the bloc until Jan. 31",
            "until Jan. 31",
            md(1, 31),
            "deadline",
            "Donald Tusk",
            real="2020-01-31",
        ),
        C(
            "will ask lawmakers later on Monday to back an early election",
            "later on Monday",
            wd("Monday"),
            "event",
            None,
            real="2019-10-28",
        ),
        C(
            "which is due to take office on Dec. 1",
            "on Dec. 1",
            md(12, 1),
            "event",
            None,
            real="2019-12-01",
        ),
    ],
    "EU27 agreement of Monday 28 October 2019 on the Article 50 extension to 31 January 2020 (the UK left that day), "
    "announced by Tusk; the Commons voted on Johnson's early-election motion that evening (it failed; a bill passed "
    "the next day). The von der Leyen Commission took office on 1 December 2019. The superseded Oct. 31 date "
    "('on Thursday', a no-deal exit now removed) and the conditional early exits on Dec. 1 or Jan. 1 ('could ... if') "
    "are not claims; 'Jan. 31' in an October article falls in 2020. 'agreed on Monday' is past; the claim is the "
    "new end date. The Commons vote is a scheduled activity (event); Johnson is its subject, not an attributing "
    "source, so no speaker.",
    [
        "superseded-date",
        "hypothetical",
        "year-inference",
        "same-day-future",
        "said-on-day",
        "explicit-date",
        "same-sentence-claims",
    ],
)

P(
    "t4-eu-ukraine-moldova-talks-open-2024",
    "2024-06-21 16:00",
    "Europe/Brussels",
    "BRUSSELS (Reuters) - European Union governments on Friday approved the negotiating frameworks for Ukraine and "
    "Moldova, clearing the way for membership talks with both countries to open formally in Luxembourg next Tuesday, "
    "the Belgian presidency of the EU said. Hungary, which had held up the process for months, dropped its "
    "objections after the frameworks took up its concerns about the rights of the ethnic Hungarian minority in "
    "western Ukraine. Budapest takes over the EU's rotating presidency on July 1 for six months, and diplomats said "
    "the timing had been chosen partly so that the talks would not begin under Hungarian stewardship. EU leaders "
    "agreed in December to open negotiations, in a vote Prime Minister Viktor Orban sat out by leaving the room.",
    [
        C(
            "clearing the way for membership talks with both countries to open formally in Luxembourg next Tuesday",
            "next Tuesday",
            next_wd("Tuesday"),
            "event",
            "the Belgian presidency of the EU",
            real="2024-06-25",
        ),
        C(
            "Budapest takes over the EU's rotating presidency on July 1 for six months",
            "on July 1",
            md(7, 1),
            "event",
            None,
            real="2024-07-01",
        ),
    ],
    "EU ambassadors approved the frameworks on Friday 21 June 2024; the intergovernmental conferences with Ukraine "
    "and Moldova opened in Luxembourg on Tuesday 25 June 2024. 'next Tuesday' from a Friday: the first Tuesday "
    "after (25 June) already lies in the following week, so both readings coincide. Hungary's presidency began on "
    "1 July 2024 ('for six months' is part of the same claim). 'agreed in December' is the December 2023 summit "
    "(past; not next December).",
    [
        "next-weekday",
        "past-month",
        "said-on-day",
        "duration",
        "explicit-date",
    ],
)

P(
    "t4-zelensky-christmas-withdrawal-2022",
    "2022-12-12 20:00",
    "Europe/Kyiv",
    "KYIV (Reuters) - President Volodymyr Zelenskiy told leaders of the Group of Seven on Monday that Russia should "
    "begin withdrawing its troops from Ukraine by Christmas, calling it a step that could lead to a lasting "
    "de-escalation, and asked them for modern tanks, artillery and long-range weapons. Speaking by video link, he "
    "also urged the G7 to help Kyiv secure an extra 2 billion cubic metres of gas for a winter in which Russian "
    "missile strikes have knocked out much of the power grid. The leaders, in a call chaired by German Chancellor "
    "Olaf Scholz, said they remained committed to meeting Ukraine's urgent need for air defence. Ministers and aid "
    "officials from about 70 countries and organisations gather in Paris on Tuesday for a conference hosted by "
    "President Emmanuel Macron to raise emergency winter aid for Ukraine's energy, water and health systems. Moscow "
    "has dismissed any proposal that starts with a withdrawal.",
    [
        C(
            "Russia should begin withdrawing its troops from Ukraine by Christmas",
            "by Christmas",
            holiday("Christmas"),
            "deadline",
            "Volodymyr Zelenskiy",
        ),
        C(
            "gather in Paris on Tuesday for a conference hosted by President Emmanuel Macron",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2022-12-13",
        ),
    ],
    "Zelenskiy's video address to the G7 leaders' call of Monday 12 December 2022, proposing that Russia start "
    "withdrawing by Christmas (read as 25 December: he was addressing Western leaders, and his remarks were reported "
    "that way; Russia did not). A target set for another party is a deadline. The Paris conference 'Standing with "
    "the Ukrainian people' took place on Tuesday 13 December 2022; Macron hosts it, which does not attribute the "
    "schedule, so no speaker.",
    [
        "holiday",
        "said-on-day",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "t4-navalny-return-flight-2021",
    "2021-01-17 11:00",
    "Europe/Moscow",
    "MOSCOW (Reuters) - Kremlin critic Alexei Navalny is due to land at Moscow's Vnukovo airport at 7:20 p.m. on "
    "Sunday on a budget flight from Berlin, returning to Russia for the first time since he was poisoned with a "
    "nerve agent in August, despite a warning from the prison service that he will be arrested. Navalny announced on "
    "Wednesday that he would come home, saying he had never considered staying abroad. The Federal Penitentiary "
    "Service says he broke the terms of a suspended sentence while he was recovering in Germany; it had given him "
    "until Dec. 29 to report to its officers, and said on Thursday it was obliged to detain him. Thousands of "
    "supporters have said on social media that they plan to meet him at the airport, and police have warned that "
    "any such gathering would be unauthorised.",
    [
        C(
            "is due to land at Moscow's Vnukovo airport at 7:20 p.m. on Sunday",
            "at 7:20 p.m. on Sunday",
            wd("Sunday", "19:20"),
            "event",
            None,
            real="2021-01-17",
        ),
    ],
    "Navalny's Pobeda flight from Berlin on Sunday 17 January 2021 was scheduled to land at Vnukovo at 19:20 and was "
    "diverted to Sheremetyevo, where he was detained that evening (same date). He announced his return on Wednesday "
    "13 January. The FSIN deadline of 29 December 2020 is past (a year-less 'Dec. 29' would otherwise resolve to "
    "December 2021); the FSIN statement was on Thursday 14 January (past weekday); poisoned on 20 August 2020. "
    "The planned welcome refers back to the landing.",
    [
        "by-weekday-same-day",
        "time-local",
        "past-weekday",
        "explicit-past-date",
        "past-month",
        "said-on-day",
    ],
)

N(
    "t4-burgenstock-communique-2024",
    "2024-06-16 18:00",
    "Europe/Zurich",
    "BÜRGENSTOCK, Switzerland (Reuters) - Most of the roughly 90 countries at a summit on peace in Ukraine backed a "
    "final communique on Sunday that made Ukraine's territorial integrity the basis of any settlement, but several "
    "major developing nations, including India, Saudi Arabia and South Africa, declined to sign it. The document, "
    "endorsed by 80 countries and four organisations, also called for Kyiv to regain control of the Zaporizhzhia "
    "nuclear plant and for all prisoners of war and deported Ukrainian children to be returned. Russia was not "
    "invited, and China stayed away. President Volodymyr Zelenskiy said a second summit could be held within months, "
    "but neither he nor the Swiss hosts said where or when, and several delegates said Moscow would have to be "
    "involved next time. On Friday, Vladimir Putin had set out his own terms for talks, demanding that Ukraine "
    "withdraw from four regions and drop its bid to join NATO.",
    "Summit on Peace in Ukraine, Bürgenstock, 15-16 June 2024; 80 countries and four organisations endorsed the "
    "communique on Sunday 16 June. Putin's conditions were set out on Friday 14 June. A possible second summit "
    "'within months' is both hypothetical ('could') and undated.",
    [
        "hypothetical",
        "undated-future",
        "past-weekday",
        "said-on-day",
        "number-like-date",
    ],
)

N(
    "t4-dutch-ukraine-referendum-2016",
    "2016-04-07 11:00",
    "Europe/Amsterdam",
    "AMSTERDAM (Reuters) - Dutch voters rejected a European Union association agreement with Ukraine in a "
    "referendum on Wednesday, an embarrassment for Prime Minister Mark Rutte's government at a time when the "
    "Netherlands holds the EU's rotating presidency. About 61% of those who voted said no, and turnout of around "
    "32% cleared the 30% threshold needed for the result to count, though the vote is only advisory. Rutte said the "
    "government could not simply go ahead with ratification as planned and would take time, possibly weeks, to "
    "consult parliament and its EU partners. The trade part of the accord, which every other member state has "
    "ratified, has been applied provisionally since January, and Ukrainian President Petro Poroshenko said Kyiv would "
    "keep implementing it. Would Brussels find a way to accommodate Dutch concerns without reopening the treaty?",
    "Dutch advisory referendum of Wednesday 6 April 2016 (61.1% against, turnout 32.3%); the DCFTA had applied "
    "provisionally since 1 January 2016. Rutte's 'possibly weeks' is undated; the closing question is not a claim. "
    "'since January' is past.",
    [
        "past-weekday",
        "past-month",
        "undated-future",
        "question",
        "number-like-date",
        "said-on-day",
    ],
)

# ===========================================================================
# Middle East

P(
    "t4-syria-cessation-of-hostilities-2016",
    "2016-02-22 23:00",
    "Asia/Damascus",
    "BEIRUT (Reuters) - A nationwide cessation of hostilities in Syria will take effect at midnight Damascus time "
    "(2200 GMT) on Friday, the United States and Russia said in a joint statement on Monday, the most serious "
    "attempt yet to halt a war that has killed more than 250,000 people. Government forces and rebel groups must "
    "tell Washington or Moscow by noon on Friday whether they accept the terms, which do not apply to Islamic State "
    "or the Nusra Front, according to the statement. President Barack Obama and President Vladimir Putin discussed "
    "the plan by telephone, the Kremlin said. A similar understanding reached in Munich on Feb. 12 had called for a "
    "truce within a week, but fighting around Aleppo intensified instead. The main opposition High Negotiations "
    "Committee said it would accept a temporary truce only if Russia and the government stopped bombing civilians "
    "and lifted sieges.",
    [
        C(
            "will take effect at midnight Damascus time (2200 GMT) on Friday",
            "at midnight Damascus time (2200 GMT) on Friday",
            midnight_on("Friday"),
            "event",
            "the United States and Russia",
            real="2016-02-27",
        ),
        C(
            "must tell Washington or Moscow by noon on Friday whether they accept the terms",
            "by noon on Friday",
            wd("Friday", "12:00"),
            "deadline",
            "the United States and Russia",
            real="2016-02-26",
        ),
    ],
    "US-Russian joint statement of Monday 22 February 2016: cessation of hostilities from 00:00 Damascus time on 27 "
    "February (midnight at the end of Friday 26 February), parties to confirm acceptance by 12:00 Damascus time on "
    "Friday 26 February. Damascus time is the passage's zone (UTC+2 in February), so nothing is converted; midnight "
    "accepts Friday or Saturday. 'according to the statement' attributes the deadline to the two co-chairs. The "
    "Munich 'within a week' of 12 February is past; the HNC condition is undated.",
    [
        "midnight",
        "time-local",
        "explicit-past-date",
        "duration",
        "hypothetical",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t4-iran-snap-election-date-2024",
    "2024-05-20 21:00",
    "Asia/Tehran",
    "DUBAI (Reuters) - Iran will hold an election on June 28 to choose a successor to President Ebrahim Raisi, who "
    "was killed when his helicopter crashed in fog-shrouded mountains near the border with Azerbaijan on Sunday, "
    "state media reported on Monday. Candidates can register from May 30 to June 3, and campaigning will run from "
    "June 12 until June 27, the day before the vote, under a timetable agreed by the heads of the judiciary, the "
    "government and parliament. First Vice President Mohammad Mokhber, 68, has taken over as interim president with "
    "the approval of Supreme Leader Ayatollah Ali Khamenei, who declared five days of national mourning. Funeral "
    "ceremonies will begin in the northwestern city of Tabriz on Tuesday, before a procession in Tehran and burial "
    "in Raisi's home city of Mashhad.",
    [
        C(
            "Iran will hold an election on June 28",
            "on June 28",
            md(6, 28),
            "event",
            None,
            real="2024-06-28",
        ),
        C(
            "Candidates can register from May 30 to June 3",
            "from May 30 to June 3",
            md_span(5, 30, 6, 3),
            "event",
            None,
            real="2024-05-30",
        ),
        C(
            "campaigning will run from June 12 until June 27",
            "from June 12 until June 27",
            md_span(6, 12, 6, 27),
            "event",
            None,
            real="2024-06-12",
        ),
        C(
            "Funeral ceremonies will begin in the northwestern city of Tabriz on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2024-05-21",
        ),
    ],
    "Timetable announced on Monday 20 May 2024 after Raisi's death in the crash of Sunday 19 May: registration 30 "
    "May-3 June, campaign 12-27 June, vote 28 June 2024 (held; runoff 5 July). Funeral rites in Tabriz on Tuesday "
    "21 May, Tehran on Wednesday, burial at the Imam Reza shrine in Mashhad on Thursday 23 May. 'state media "
    "reported' and 'under a timetable agreed by' name the channel and the setters without a 'said', so the "
    "scheduled events have no speaker. 'the day before the vote' refers back to the labelled election; 'five days' "
    "of mourning is an unanchored duration; the Tehran procession and the Mashhad burial are undated in the text. "
    "The registration window and the campaign are one activity each (one claim each).",
    [
        "range",
        "same-sentence-claims",
        "past-weekday",
        "said-on-day",
        "duration",
        "explicit-date",
    ],
)

N(
    "t4-israel-iran-ceasefire-holding-2025",
    "2025-06-24 16:00",
    "Asia/Jerusalem",
    "JERUSALEM (Reuters) - A ceasefire between Israel and Iran brokered by US President Donald Trump appeared to be "
    "holding on Tuesday afternoon, hours after Trump publicly scolded both countries for breaching it almost as soon "
    "as it took effect. Trump had announced the truce on social media late on Monday, Washington time, saying it "
    "would bring an end to what he called the 12 Day War, and Prime Minister Benjamin Netanyahu's office said on "
    "Tuesday that Israel had agreed after achieving its goals. Israel said it had struck a radar installation near "
    "Tehran in response to missiles fired after the truce began, which Iran denied firing. The war began on June 13 "
    "with Israeli strikes on nuclear and military sites; US B-2 bombers hit Fordow, Natanz and Isfahan on Sunday, and "
    "Iran fired missiles at a US air base in Qatar on Monday. Neither side has said when, or whether, talks on "
    "Iran's nuclear programme will resume.",
    "Israel-Iran ceasefire announced by Trump on Monday 23 June 2025 (evening, US Eastern time) and in force on the "
    "morning of Tuesday 24 June; US strikes on the night of 21-22 June (Sunday in the region); Iran's missile attack "
    "on Al Udeid on 23 June. The war began on 13 June (past; 'June 13' would otherwise resolve to 2026). Nuclear "
    "talks are undated.",
    [
        "past-weekday",
        "explicit-past-date",
        "said-on-day",
        "undated-future",
        "question",
        "number-like-date",
    ],
)

N(
    "t4-mahsa-amini-protests-2022",
    "2022-09-22 12:00",
    "Asia/Tehran",
    "DUBAI (Reuters) - Protests over the death of a young woman in the custody of Iran's morality police spread to "
    "dozens of cities overnight, state media reported on Thursday, as the authorities restricted access to Instagram "
    "and WhatsApp and rights groups said several protesters had been killed. Mahsa Amini, a 22-year-old Kurdish "
    "woman, died on Sept. 16, three days after she was detained in Tehran for allegedly wearing her headscarf "
    "improperly; her family says she was beaten, which police deny. President Ebrahim Raisi, who addressed the UN "
    "General Assembly in New York on Wednesday, did not mention the unrest in his speech, though he had earlier "
    "ordered an investigation. Will the protests, the biggest since 2019, force the clerical establishment to ease "
    "the dress code? Few analysts expect it, and the Revolutionary Guards warned on Thursday that they would confront "
    "what they called sedition.",
    "Protests after Mahsa Amini's death on 16 September 2022 (detained on 13 September); Instagram and WhatsApp "
    "restricted from 21 September; Raisi spoke at the UNGA on Wednesday 21 September. The question and the Guards' "
    "undated warning are not claims; 'Sept. 16' is past (a year-less reading would give 2023).",
    [
        "question",
        "explicit-past-date",
        "past-weekday",
        "said-on-day",
        "undated-future",
        "number-like-date",
    ],
)

P(
    "t4-biden-kadhimi-combat-mission-2021",
    "2021-07-26 18:00",
    "America/New_York",
    "WASHINGTON (Reuters) - President Joe Biden said on Monday that the US combat mission in Iraq would be over by "
    "the end of the year, sealing an agreement with Prime Minister Mustafa al-Kadhimi that will shift the roughly "
    "2,500 American troops there to training and advising Iraqi forces. The two leaders met in the Oval Office less "
    "than three months before Iraq's parliamentary elections on Oct. 10, which Kadhimi has promised will be free and "
    "fair, and the United States said it would give $5.2 million to support a UN monitoring mission. Washington will "
    "also send Iraq 500,000 doses of the Pfizer-BioNTech vaccine in the coming weeks, the White House said. US "
    "forces left Iraq in 2011 and returned in 2014 at Baghdad's invitation to fight Islamic State.",
    [
        C(
            "the US combat mission in Iraq would be over by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Joe Biden",
            real="2021-12-09",
            real_le=True,
        ),
        C(
            "less than three months before Iraq's parliamentary elections on Oct. 10",
            "on Oct. 10",
            md(10, 10),
            "event",
            None,
            real="2021-10-10",
        ),
    ],
    "Biden-Kadhimi meeting of Monday 26 July 2021: the combat mission to end by 31 December 2021 (Iraq declared it "
    "over on 9 December 2021, met early); Iraqi parliamentary elections held on 10 October 2021. The vaccine "
    "shipment 'in the coming weeks' is undated; Kadhimi's promise of a fair vote refers back to the labelled "
    "election. 2011 and 2014 are background.",
    [
        "year-end",
        "undated-future",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

# ===========================================================================
# Asia-Pacific

P(
    "t4-yoon-verdict-date-2025",
    "2025-04-01 10:30",
    "Europe/London",
    "SEOUL (Reuters) - South Korea's Constitutional Court will deliver its verdict on whether to remove President "
    "Yoon Suk Yeol from office at 11 a.m. local time on Friday, the court said on Tuesday, ending weeks of waiting "
    "that have deepened the country's political divide. Yoon was impeached by parliament on Dec. 14 over his "
    "short-lived declaration of martial law and has been suspended from his duties since; in January he became the "
    "first sitting South Korean president to be arrested. If at least six of the eight justices uphold the "
    "impeachment he will be removed immediately, and a presidential election must then be held within 60 days. "
    "Police said they would put the entire force on the highest alert on the day of the ruling.",
    [
        C(
            "will deliver its verdict on whether to remove President Yoon Suk Yeol from office at 11 a.m. local time "
            "on Friday",
            "at 11 a.m. local time on Friday",
            zoned(wd("Friday"), "11:00", "Asia/Seoul"),
            "event",
            "the Constitutional Court",
            real="2025-04-04",
        ),
    ],
    "Constitutional Court announcement of Tuesday 1 April 2025; the ruling (removing Yoon) was read at 11:00 KST on "
    "Friday 4 April = 03:00 BST the same day in this London-published copy. Impeachment vote 14 December 2024 (past; "
    "'Dec. 14' would otherwise resolve to December 2025); arrest 15 January 2025. The 60-day election is conditional "
    "('If ...'), so not a claim; 'on the day of the ruling' refers back to the labelled verdict.",
    [
        "time-converted",
        "explicit-past-date",
        "past-month",
        "hypothetical",
        "repeated-claim",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t4-trump-xi-busan-2025",
    "2025-10-29 08:00",
    "America/New_York",
    "WASHINGTON - President Donald Trump and Chinese leader Xi Jinping will meet in the South Korean city of Busan at "
    "11 a.m. local time on Thursday (10 p.m. ET Wednesday), the White House said, in their first face-to-face talks "
    "since Trump returned to office in January. Trump, who flew to South Korea from Tokyo on Wednesday, has predicted "
    "a deal that would ease his threatened 100% tariff and China's curbs on rare-earth exports. Treasury Secretary "
    "Scott Bessent said after talks with Chinese negotiators in Kuala Lumpur on Sunday that the extra tariff, which "
    "Trump had said would take effect on Nov. 1, was now effectively off the table. Xi is then due to attend the "
    "Asia-Pacific Economic Cooperation leaders' meeting in Gyeongju on Friday and Saturday, which Trump will skip.",
    [
        C(
            "will meet in the South Korean city of Busan at 11 a.m. local time on Thursday (10 p.m. ET Wednesday)",
            "at 11 a.m. local time on Thursday (10 p.m. ET Wednesday)",
            zoned(wd("Thursday"), "11:00", "Asia/Seoul"),
            "event",
            "the White House",
            real="2025-10-29",
        ),
        C(
            "Xi is then due to attend the Asia-Pacific Economic Cooperation leaders' meeting in Gyeongju on Friday "
            "and Saturday",
            "on Friday and Saturday",
            span_wd("Friday", "Saturday"),
            "event",
            None,
            real="2025-10-31",
        ),
    ],
    "Trump-Xi meeting at Gimhae air base, Busan, Thursday 30 October 2025 from about 11:00 KST = 22:00 EDT on "
    "Wednesday 29 October, so the due date in this New York passage is 29 October (date-crossing conversion; the "
    "text gives both). APEC Economic Leaders' Meeting in Gyeongju on 31 October-1 November 2025 (one two-day "
    "meeting, one claim); Trump left after meeting Xi. The threatened Nov. 1 tariff is called off in the same "
    "sentence (not a claim); Trump's predicted deal is undated; the Kuala Lumpur talks ended on Sunday 26 October.",
    [
        "time-converted",
        "date-crossing-conversion",
        "cancelled-date",
        "past-weekday",
        "said-on-day",
        "range",
        "number-like-date",
    ],
)

P(
    "t4-anutin-elected-pm-2025",
    "2025-09-05 19:00",
    "Asia/Bangkok",
    "BANGKOK (Reuters) - Thailand's parliament elected Anutin Charnvirakul as prime minister on Friday, a week after "
    "the Constitutional Court removed Paetongtarn Shinawatra over a leaked phone call with Cambodia's former leader "
    "Hun Sen. Anutin, 58, won 311 votes with the backing of the opposition People's Party, which extracted a pledge "
    "that he would dissolve the House within four months and put a rewrite of the constitution to a referendum. He "
    "still needs a royal endorsement, which his Bhumjaithai Party expects as early as Sunday. The vote came a day "
    "after Paetongtarn's father, former Prime Minister Thaksin Shinawatra, flew to Dubai ahead of a Supreme Court "
    "ruling on Tuesday on whether his months in a hospital wing should count as time served.",
    [
        C(
            "he would dissolve the House within four months",
            "within four months",
            in_months(4),
            "promise",
            "Anutin Charnvirakul",
            real="2025-12-12",
            real_le=True,
        ),
        C(
            "which his Bhumjaithai Party expects as early as Sunday",
            "as early as Sunday",
            wd("Sunday"),
            "prediction",
            "the Bhumjaithai Party",
            real="2025-09-07",
        ),
        C(
            "ahead of a Supreme Court ruling on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2025-09-09",
        ),
    ],
    "Parliament elected Anutin on Friday 5 September 2025 (311 votes); Paetongtarn was removed on 29 August. "
    "Pledge to the People's Party: dissolve the House within four months (5 September + 4 months = 5 January 2026; "
    "he dissolved it on 12 December 2025, met early). Royal endorsement came on Sunday 7 September. Thaksin flew "
    "to Dubai on 4 September and returned; the Supreme Court ruled on Tuesday 9 September 2025 that he must serve "
    "one year. 'on Friday' (past vote in a Friday article) and the undated referendum are not claims.",
    [
        "past-weekday",
        "duration",
        "number-like-date",
        "undated-future",
        "said-on-day",
    ],
)

N(
    "t4-warmbier-released-2017",
    "2017-06-14 09:00",
    "America/New_York",
    "CINCINNATI (Reuters) - Otto Warmbier, the American student sentenced to 15 years of hard labour in North Korea "
    "last year, was flown home to Ohio late on Tuesday in a coma, more than 17 months after he was detained at "
    "Pyongyang airport. Secretary of State Rex Tillerson said on Tuesday that the State Department had secured his "
    "release at President Donald Trump's direction and was still discussing the cases of three other Americans held "
    "by Pyongyang. North Korean officials told the US envoy Joseph Yun that Warmbier had fallen ill with botulism "
    "and slipped into a coma after taking a sleeping pill shortly after his trial in March 2016, an account his "
    "parents said they did not believe. Doctors at the University of Cincinnati Medical Center will assess him over "
    "the coming days, the hospital said. Whether the case derails any future talks with Pyongyang remains unclear.",
    "Warmbier was released on 13 June 2017 and flown to Cincinnati that night; he was detained on 2 January 2016 and "
    "sentenced in March 2016 (he died on 19 June 2017). Tillerson's statement of Tuesday 13 June. The doctors' "
    "assessment 'over the coming days' and any future talks are undated; 'last year' and 'March 2016' are past.",
    [
        "past-weekday",
        "said-on-day",
        "undated-future",
        "past-month",
        "duration",
        "number-like-date",
    ],
)

# ===========================================================================
# Africa

P(
    "t4-madagascar-randrianirina-sworn-2025",
    "2025-10-15 18:00",
    "Indian/Antananarivo",
    "ANTANANARIVO (Reuters) - Colonel Michael Randrianirina, the commander of an elite army unit that sided with "
    "youth-led protesters, will be sworn in as Madagascar's president on Friday at the High Constitutional Court, "
    "the presidency said on Wednesday, a day after he announced that the military was taking power. Randrianirina "
    "has said a committee of army and police officers, working alongside a civilian prime minister, will run the "
    "Indian Ocean island for up to two years before holding a referendum on a new constitution and then elections. "
    "The African Union suspended Madagascar on Wednesday. President Andry Rajoelina, who left the country at the "
    "weekend and was impeached by lawmakers on Tuesday, denounced the takeover as illegal from an undisclosed "
    "location. The protests, over water and power cuts, began on Sept. 25.",
    [
        C(
            "will be sworn in as Madagascar's president on Friday at the High Constitutional Court",
            "on Friday",
            wd("Friday"),
            "event",
            "the presidency",
            real="2025-10-17",
        ),
        C(
            "will run the Indian Ocean island for up to two years before holding a referendum on a new constitution "
            "and then elections",
            "for up to two years",
            in_years(2),
            "promise",
            "Michael Randrianirina",
        ),
    ],
    "Randrianirina announced the military takeover on Tuesday 14 October 2025 after the National Assembly voted to "
    "impeach Rajoelina, and was sworn in on Friday 17 October. His transition of up to two years, ending in a "
    "referendum and elections, is read as a commitment dated at most two years from publication (15 October 2027; "
    "not yet due). The AU suspension (Wednesday, same day) is past; the protests began on 25 September 2025 (past; "
    "a year-less reading would give 2026).",
    [
        "past-weekday",
        "explicit-past-date",
        "duration",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t4-monusco-drawdown-vote-2023",
    "2023-12-19 21:00",
    "Africa/Kinshasa",
    "KINSHASA (Reuters) - The UN Security Council voted unanimously on Tuesday to begin withdrawing peacekeepers "
    "from the Democratic Republic of Congo, where President Felix Tshisekedi, who had demanded that the mission "
    "leave, is seeking a second term. The resolution extends the mandate of the MONUSCO force until Dec. 20, 2024, "
    "and endorses a plan under which its troops are to leave South Kivu province by the end of April. Tshisekedi had "
    "wanted the drawdown to start this month, accusing the force, first deployed in 1999, of failing to protect "
    "civilians from armed groups in the east. More than 44 million people are registered to vote in Wednesday's "
    "general election, though delays in delivering ballots have raised fears that some polling stations will open "
    "late.",
    [
        C(
            "extends the mandate of the MONUSCO force until Dec. 20, 2024",
            "until Dec. 20, 2024",
            ymd(2024, 12, 20),
            "deadline",
            "the UN Security Council",
        ),
        C(
            "its troops are to leave South Kivu province by the end of April",
            "by the end of April",
            month_named_end(4),
            "promise",
            "the UN Security Council",
        ),
        C(
            "are registered to vote in Wednesday's general election",
            "Wednesday's",
            wd("Wednesday"),
            "event",
            None,
            real="2023-12-20",
        ),
    ],
    "UNSC resolution 2717 of Tuesday 19 December 2023: MONUSCO mandate to 20 December 2024 (a mandate lapsing on a "
    "date is a deadline; it was renewed, so no real date), and a disengagement plan starting with withdrawal from "
    "South Kivu by the end of April 2024 (year-less April in a December article = 2024; the pull-out finished in "
    "June, so no real date). The withdrawal is the UN's own course of action, endorsed by the Council: read as a "
    "promise. DRC general election on Wednesday 20 December 2023. Tshisekedi's wish for a December start is "
    "superseded; 1999 is background.",
    [
        "same-sentence-claims",
        "year-inference",
        "end-of-month",
        "superseded-date",
        "explicit-date",
        "number-like-date",
    ],
)

# ===========================================================================
# Elections and transitions elsewhere

P(
    "t4-turkey-referendum-result-2017",
    "2017-04-17 09:00",
    "Europe/Istanbul",
    "ISTANBUL (Reuters) - President Tayyip Erdogan won Sunday's referendum on sweeping new powers by a narrower margin "
    "than he had hoped, with 51.4% of the votes cast, and the main opposition party said it would challenge the "
    "result over a last-minute decision to accept unstamped ballots. Most of the changes, which abolish the post of "
    "prime minister and let the president rule by decree in many areas, will only take effect after presidential "
    "and parliamentary elections scheduled for November 2019. The cabinet, chaired by Erdogan, meets on Monday "
    "evening and is expected to extend the state of emergency imposed after last July's failed coup, Deputy Prime "
    "Minister Numan Kurtulmus said. Erdogan told cheering supporters late on Sunday that he would discuss restoring "
    "the death penalty with party leaders, and would sign it into law if parliament approved it.",
    [
        C(
            "presidential and parliamentary elections scheduled for November 2019",
            "for November 2019",
            in_month(2019, 11),
            "event",
            None,
        ),
        C(
            "The cabinet, chaired by Erdogan, meets on Monday evening",
            "on Monday evening",
            wd("Monday"),
            "event",
            "Numan Kurtulmus",
            real="2017-04-17",
        ),
    ],
    "Turkish constitutional referendum of Sunday 16 April 2017 (51.41% yes); the cabinet met on Monday 17 April "
    "and extended the state of emergency (imposed after the July 2016 coup attempt) by three months. The elections "
    "then scheduled for 3 November 2019 were later brought forward to 24 June 2018, so no real date is recorded. "
    "The death-penalty pledge is undated and conditional; the CHP challenge is undated.",
    [
        "same-day-future",
        "month-period",
        "last-month",
        "past-weekday",
        "hypothetical",
        "number-like-date",
    ],
)

# ===========================================================================
# Disasters and aid

P(
    "t4-amatrice-state-funeral-2016",
    "2016-08-26 12:00",
    "Europe/Rome",
    "AMATRICE, Italy (Reuters) - Italy will hold a state funeral on Saturday in the town of Ascoli Piceno for victims "
    "of Wednesday's earthquake, which killed at least 267 people, Prime Minister Matteo Renzi's office said, and the "
    "day will be one of national mourning. Rescuers kept digging through the rubble of Amatrice, Accumoli and "
    "Pescara del Tronto on Friday, though officials said the chances of finding more survivors were slim more than "
    "48 hours after the 6.2 magnitude quake struck at 3:36 a.m. The cabinet on Thursday declared a state of emergency "
    "and released an initial 50 million euros for the stricken area. Renzi has promised to rebuild every town, and "
    "said a national plan to make homes and schools safer against earthquakes would be presented in the coming "
    "weeks.",
    [
        C(
            "Italy will hold a state funeral on Saturday in the town of Ascoli Piceno",
            "on Saturday",
            wd("Saturday"),
            "event",
            "Matteo Renzi",
            real="2016-08-27",
        ),
    ],
    "Central Italy earthquake of Wednesday 24 August 2016 (03:36); state of emergency and 50 million euros on "
    "Thursday 25 August; state funeral in Ascoli Piceno with a national day of mourning on Saturday 27 August 2016 "
    "('the day' refers back to the labelled funeral: one claim). The statement comes from Renzi's office, so Renzi "
    "speaks. 'on Friday' (present rescue work in a Friday article), the 48 hours and the plan 'in the coming weeks' "
    "are not claims.",
    [
        "past-weekday",
        "repeated-claim",
        "undated-future",
        "duration",
        "number-like-date",
        "said-on-day",
    ],
)

P(
    "t4-hurricane-melissa-jamaica-live-2025",
    "2025-10-27 11:05",
    "America/Jamaica",
    "11:05 a.m. — Melissa strengthened overnight into a Category 5 hurricane with maximum sustained winds near 160 "
    "mph, the US National Hurricane Center said in its latest advisory, and it is now forecast to make landfall on "
    "Jamaica's south coast on Tuesday, later than some models had suggested at the weekend. Forecasters warned of "
    "catastrophic flash flooding and landslides, with up to 30 inches of rain possible in some areas. Prime Minister "
    "Andrew Holness said on Sunday that the island's international airports had shut and urged people in low-lying "
    "communities to move to shelters. After crossing Jamaica, the slow-moving storm is expected to reach eastern "
    "Cuba late on Tuesday or early on Wednesday.",
    [
        C(
            "it is now forecast to make landfall on Jamaica's south coast on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "prediction",
            "the US National Hurricane Center",
            real="2025-10-28",
        ),
        C(
            "the slow-moving storm is expected to reach eastern Cuba late on Tuesday or early on Wednesday",
            "late on Tuesday or early on Wednesday",
            span_wd("Tuesday", "Wednesday"),
            "prediction",
            None,
            real="2025-10-29",
        ),
    ],
    "Live entry of Monday 27 October 2025: Melissa became a Category 5 hurricane that morning, made landfall near "
    "New Hope, Jamaica, on Tuesday 28 October and reached eastern Cuba early on Wednesday 29 October. Alternatives "
    "'late on Tuesday or early on Wednesday' are one claim spanning both days; the Cuba forecast is unattributed "
    "(null). Holness's statement of Sunday 26 October is past.",
    [
        "past-weekday",
        "said-on-day",
        "range",
        "number-like-date",
        "multi-claim",
    ],
)

N(
    "t4-ecuador-earthquake-toll-2016",
    "2016-04-18 12:00",
    "America/Guayaquil",
    "PEDERNALES, Ecuador (Reuters) - The death toll from Ecuador's most powerful earthquake in decades rose to 350 on "
    "Monday, President Rafael Correa said, as rescuers with sniffer dogs dug through collapsed hotels and homes along "
    "the Pacific coast. The magnitude 7.8 quake struck shortly before 7 p.m. on Saturday, flattening much of the "
    "beach town of Pedernales and wrecking the control tower at the airport in the port city of Manta. Correa, who "
    "cut short a trip to Italy, warned that rebuilding would cost billions of dollars and take years, and said the "
    "toll was likely to rise. Aftershocks shook the coast again on Sunday. Rescue teams from Colombia, Mexico and "
    "Venezuela have arrived, and the government said hundreds of people were still missing.",
    "Ecuador earthquake of Saturday 16 April 2016 at 18:58 local time (M7.8); Correa's toll of 350 on Monday 18 "
    "April. Rebuilding 'will take years' and a rising toll are undated forecasts; the times and weekdays are past.",
    [
        "past-weekday",
        "said-on-day",
        "undated-future",
        "time-local",
        "number-like-date",
    ],
)

N(
    "t4-haiti-henry-resignation-2024",
    "2024-03-12 10:00",
    "America/Jamaica",
    "KINGSTON, Jamaica (AP) - Haitian Prime Minister Ariel Henry has agreed to resign once a transitional "
    "presidential council is set up, bowing to weeks of pressure from Washington and Caribbean leaders as armed gangs "
    "tightened their grip on Port-au-Prince. The announcement came late on Monday after closed-door talks in "
    "Kingston, where US Secretary of State Antony Blinken pledged another $100 million for a planned Kenyan-led "
    "security mission and $33 million in humanitarian aid. Henry, who travelled to Kenya late last month to press for the "
    "deployment, has been stranded in Puerto Rico since March 5 because gangs have shut the capital's main airport. "
    "It was unclear when the council would be formed or when Kenyan police officers would arrive; a Kenyan official "
    "said on Tuesday that the deployment was on hold until a new government was in place.",
    "Kingston meeting of CARICOM leaders, Blinken and others on Monday 11 March 2024; Henry's resignation pledge "
    "announced that night (he resigned formally on 25 April). Henry visited Nairobi around 1 March and has been in "
    "Puerto Rico since 5 March (past; 'March 5' would otherwise resolve to 2025). The council, the Kenyan "
    "deployment (paused on Tuesday 12 March) and 'until a new government was in place' are undated.",
    [
        "undated-future",
        "explicit-past-date",
        "past-month",
        "past-weekday",
        "said-on-day",
        "number-like-date",
    ],
)

P(
    "t4-pope-francis-funeral-date-2025",
    "2025-04-22 13:00",
    "Europe/Rome",
    "VATICAN CITY (AP) - Pope Francis's funeral Mass will be celebrated in St Peter's Square at 10 a.m. on Saturday, "
    "the Vatican said on Tuesday, after cardinals held their first meeting since the Argentine pontiff died on "
    "Easter Monday at the age of 88. The dean of the College of Cardinals, Cardinal Giovanni Battista Re, will lead "
    "the rite. Francis's body will be carried into St Peter's Basilica at 9 a.m. on Wednesday so that the faithful "
    "can pay their respects, and he will then be buried in the Basilica of St Mary Major, as he asked in a will "
    "released on Monday. The cardinals gave no date for the conclave that will choose his successor.",
    [
        C(
            "Pope Francis's funeral Mass will be celebrated in St Peter's Square at 10 a.m. on Saturday",
            "at 10 a.m. on Saturday",
            wd("Saturday", "10:00"),
            "event",
            "the Vatican",
            real="2025-04-26",
        ),
        C(
            "Francis's body will be carried into St Peter's Basilica at 9 a.m. on Wednesday",
            "at 9 a.m. on Wednesday",
            wd("Wednesday", "09:00"),
            "event",
            None,
            real="2025-04-23",
        ),
    ],
    "Vatican announcement of Tuesday 22 April 2025 after the first general congregation: funeral at 10:00 on "
    "Saturday 26 April; transfer of the body to St Peter's Basilica at 09:00 on Wednesday 23 April; burial at Santa "
    "Maria Maggiore. Francis died on Easter Monday, 21 April 2025 (past holiday). 'St' is written without a full "
    "stop so that the scorer's sentence rule does not cut after it. The burial 'then' and the conclave are "
    "undated.",
    [
        "time-local",
        "past-weekday",
        "said-on-day",
        "undated-future",
        "multi-claim",
    ],
)

P(
    "t4-mattis-resignation-syria-pullout-2018",
    "2018-12-21 07:00",
    "America/New_York",
    "WASHINGTON (Reuters) - Defense Secretary Jim Mattis said on Thursday he would step down at the end of February, "
    "in a resignation letter that laid bare his differences with President Donald Trump a day after Trump ordered "
    "all 2,000 US troops out of Syria. Mattis wrote that staying on until then would give time for a successor to be "
    "nominated and confirmed and would let him represent the department at congressional budget hearings and at a "
    "meeting of NATO defence ministers in February. US officials have said the withdrawal from Syria is expected to "
    "be completed within 60 to 100 days. Trump, who declared on Wednesday that Islamic State had been defeated, "
    "said on Twitter that a new defense secretary would be named shortly.",
    [
        C(
            "he would step down at the end of February",
            "at the end of February",
            month_named_end(2),
            "promise",
            "Jim Mattis",
        ),
        C(
            "at a meeting of NATO defence ministers in February",
            "in February",
            in_month(2019, 2),
            "event",
            "Jim Mattis",
            real="2019-02-13",
        ),
        C(
            "the withdrawal from Syria is expected to be completed within 60 to 100 days",
            "within 60 to 100 days",
            in_days(60, 100),
            "prediction",
            None,
        ),
    ],
    "Mattis's resignation letter of Thursday 20 December 2018 gave 28 February 2019 as his last day (Trump moved "
    "his departure to 1 January on 23 December, so no real date); the NATO defence ministerial was held on 13-14 "
    "February 2019. 'until then' refers back to the end of February. Unnamed 'US officials' are anonymous (null) "
    "for the 60-100 day forecast (21 December + 60..100 = 19 February..31 March 2019; US troops stayed). Trump's "
    "order was on Wednesday 19 December; 'shortly' is undated.",
    [
        "range",
        "end-of-month",
        "year-inference",
        "month-period",
        "past-weekday",
        "said-on-day",
        "undated-future",
        "number-like-date",
    ],
)

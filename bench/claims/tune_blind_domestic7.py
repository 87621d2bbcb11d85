"""Tuning passages written blind: national politics and society in many countries (legislation and votes, budgets and shutdown deadlines, court rulings and hearings, elections and campaigns, public health, policing, education, transport and weather) written as wire copy, political reporting, local news and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_holiday,
    in_days,
    in_month,
    in_year,
    md,
    md_span,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_month,
    span_wd,
    this_year_end,
    wd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# United Kingdom and Ireland

P(
    "t6-england-a-level-u-turn-2020",
    "2020-08-17 18:30",
    "Europe/London",
    "LONDON - Tens of thousands of A-level students in England will have their grades raised after the government "
    "abandoned a statistical model that had marked down almost 40% of teachers' predictions, a reversal that came six "
    "days after Scotland made the same move and four days after results day. Education Secretary Gavin Williamson said "
    "on Monday that pupils would receive the grade their school had estimated, or the model's grade if that was "
    "higher. GCSE results, which were produced by the same method, will still be published on Thursday but will also "
    "reflect teachers' assessments, the exams regulator Ofqual said. 'We are sorry for the distress this has caused,' "
    "Ofqual chair Roger Taylor said in a statement. Universities warned that they may not have room for every student "
    "who now meets an offer, and it was not clear how quickly revised grades would reach admissions offices.",
    [
        C(
            "will still be published on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            "Ofqual",
            real="2020-08-20",
        ),
    ],
    "Williamson's U-turn of Monday 17 August 2020 (centre-assessed grades for A-levels and GCSEs); Scotland's U-turn "
    "was on Tuesday 11 August and A-level results day on Thursday 13 August; GCSE results came out on Thursday 20 "
    "August 2020. 'on Monday' tags when Williamson spoke; 'how quickly' is an undated future.",
    ["said-on-day", "may-verb", "undated-future", "number-like-date"],
)

P(
    "t6-yousaf-resigns-snap-nominations-2024",
    "2024-04-29 17:00",
    "Europe/London",
    "EDINBURGH - Humza Yousaf announced on Monday that he would resign as Scotland's first minister, four days after he "
    "tore up his Scottish National Party's power-sharing deal with the Greens and left himself facing a vote of no "
    "confidence he seemed certain to lose. Speaking at Bute House, his official residence, Yousaf said he had "
    "underestimated the hurt he caused to the Greens and would stay in post until his successor was chosen. The SNP "
    "said nominations to replace him as party leader would close at noon next Monday, with a ballot of members to "
    "follow only if more than one candidate came forward. Should Holyrood fail to choose a new first minister within "
    "28 days of his formal resignation, an early Scottish election would have to be called. John Swinney, who led the "
    "party from 2000 to 2004, said he was giving serious thought to standing.",
    [
        C(
            "nominations to replace him as party leader would close at noon next Monday",
            "at noon next Monday",
            next_wd("Monday", "12:00"),
            "deadline",
            "the SNP",
            real="2024-05-06",
        ),
    ],
    "Yousaf's resignation statement of Monday 29 April 2024; he ended the Bute House Agreement on Thursday 25 April. "
    "SNP nominations closed at noon on Monday 6 May 2024 and Swinney was the only candidate. The 28-day rule is "
    "hypothetical and has no anchor date; 'until his successor was chosen' is undated.",
    ["next-weekday", "time-local", "hypothetical", "duration", "said-on-day", "number-like-date", "undated-future"],
)

P(
    "t6-stormont-return-legislation-2024",
    "2024-01-31 19:00",
    "Europe/London",
    "BELFAST - Northern Ireland's power-sharing government could be back in business within days after the British "
    "government on Wednesday published the deal that persuaded the Democratic Unionist Party to end a boycott of the "
    "devolved institutions that began in February 2022. Northern Ireland Secretary Chris Heaton-Harris said the two "
    "pieces of legislation underpinning the agreement would be put to MPs on Thursday. The Assembly is expected to sit "
    "on Saturday, when Sinn Féin's Michelle O'Neill is set to become the first nationalist first minister in the "
    "region's history. DUP leader Jeffrey Donaldson, whose party executive backed the deal at a late-night meeting on "
    "Monday, said it removed checks on goods moving from Great Britain that stay in Northern Ireland. A £3.3 billion "
    "financial package for Stormont's stretched public services is waiting for the new executive.",
    [
        C(
            "would be put to MPs on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            "Chris Heaton-Harris",
            real="2024-02-01",
        ),
        C(
            "The Assembly is expected to sit on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2024-02-03",
        ),
    ],
    "Command paper 'Safeguarding the Union' published Wednesday 31 January 2024; the Commons approved the two "
    "statutory instruments on Thursday 1 February; the Assembly sat on Saturday 3 February and elected Michelle "
    "O'Neill first minister. The DUP executive met on the night of Monday 29 January (past weekday). 'X is expected to "
    "sit on <day>' reports a schedule (event, no attribution in its sentence). 'within days' is undated.",
    ["past-weekday", "said-on-day", "number-like-date", "undated-future", "explicit-past-date", "multi-claim"],
)

P(
    "t6-post-office-horizon-law-2024",
    "2024-01-10 15:30",
    "Europe/London",
    "LONDON - Prime Minister Rishi Sunak promised on Wednesday to pass a new law that would quickly clear hundreds of "
    "sub-postmasters wrongly convicted on the strength of the faulty Horizon accounting system, calling the scandal one "
    "of the greatest miscarriages of justice in the nation's history. Post Office minister Kevin Hollinrake told MPs "
    "that the government hoped to have the law in force, and the victims exonerated, by the end of the year, and that "
    "those who took part in the 2019 group legal action would be offered an upfront payment of £75,000. Former Post "
    "Office boss Paula Vennells said on Tuesday that she would hand back her CBE. Executives from Fujitsu, which built "
    "the system, will give evidence to the Commons business and trade committee next Tuesday, alongside campaigner "
    "Alan Bates, whose fight was dramatised in an ITV series broadcast last week.",
    [
        C(
            "the government hoped to have the law in force, and the victims exonerated, by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Kevin Hollinrake",
            real="2024-05-24",
            real_le=True,
        ),
        C(
            "will give evidence to the Commons business and trade committee next Tuesday",
            "next Tuesday",
            next_wd("Tuesday"),
            "event",
            None,
            real="2024-01-16",
        ),
    ],
    "Sunak's announcement at Prime Minister's Questions on Wednesday 10 January 2024 and Hollinrake's Commons "
    "statement the same day; the Post Office (Horizon System) Offences Act received royal assent on 24 May 2024. "
    "Fujitsu's Paul Patterson and Alan Bates gave evidence on Tuesday 16 January 2024. 'next Tuesday' from a Wednesday "
    "has one reading (16 January). Vennells returned her CBE on Tuesday 9 January (past weekday); the ITV drama aired "
    "1-4 January. A target for the government's own law is a promise.",
    ["next-weekday", "year-end", "past-weekday", "said-on-day", "number-like-date", "multi-claim"],
)

P(
    "t6-ireland-election-called-nov-2024",
    "2024-11-08 16:00",
    "Europe/Dublin",
    "DUBLIN - Ireland will hold a general election on November 29, Taoiseach Simon Harris said on Friday after "
    "President Michael D Higgins agreed to dissolve the Dáil, ending weeks of speculation about whether the vote would "
    "wait until the new year. The new Dáil will meet on December 18 to elect a taoiseach, although coalition talks "
    "could drag on far longer, as they did after the February 2020 election, when it took almost five months to form a "
    "government. Harris, who succeeded Leo Varadkar as Fine Gael leader in March, is seeking a second term for the "
    "coalition of his party, Fianna Fáil and the Greens, buoyed by a €10.5 billion budget package unveiled on October "
    "1. Sinn Féin, which topped the poll in 2020, has slipped in recent surveys.",
    [
        C(
            "Ireland will hold a general election on November 29",
            "on November 29",
            md(11, 29),
            "event",
            "Simon Harris",
            real="2024-11-29",
        ),
        C(
            "The new Dáil will meet on December 18",
            "on December 18",
            md(12, 18),
            "event",
            None,
            real="2024-12-18",
        ),
    ],
    "Harris sought the dissolution of the 33rd Dáil on Friday 8 November 2024; polling day Friday 29 November; the "
    "34th Dáil first met on 18 December 2024. 'the new year' is part of a rejected alternative, not a claim; the 2020 "
    "election (8 February) and the budget (1 October 2024) are background. The election announcement is attributed to "
    "Harris in its sentence.",
    ["explicit-date", "explicit-past-date", "past-month", "hypothetical", "number-like-date", "said-on-day"],
)

P(
    "t6-ofsted-single-word-grades-scrapped-2024",
    "2024-09-02 08:00",
    "Europe/London",
    "LONDON - Ofsted inspections of schools in England will no longer end with a single-word verdict such as "
    "'outstanding' or 'inadequate', Education Secretary Bridget Phillipson said on Monday, scrapping with immediate "
    "effect a grading system that head teachers' unions say has driven staff to breaking point. The headline grades "
    "will be replaced by report cards that rate schools across several areas, which she said the government would "
    "introduce from September 2025 after a consultation. Until then, inspectors will still give separate judgements "
    "in four sub-areas such as behaviour and leadership. Campaigners have pressed for change since the death of Ruth "
    "Perry, a Reading head teacher who took her own life in January 2023 after an inspection downgraded her school. "
    "Will parents find the new report cards easier to read?",
    [
        C(
            "which she said the government would introduce from September 2025 after a consultation",
            "from September 2025",
            in_month(2025, 9),
            "promise",
            "Bridget Phillipson",
        ),
    ],
    "Phillipson's announcement of Monday 2 September 2024; report cards were first promised for September 2025 and "
    "later pushed back to November 2025, so no real date is recorded. 'she' is Phillipson (pronoun speaker); 'Until "
    "then' refers back to the labelled date; the question is not a claim.",
    ["pronoun-speaker", "month-period", "question", "explicit-past-date", "said-on-day"],
)

P(
    "t6-uk-first-red-heat-warning-2022",
    "2022-07-15 13:00",
    "Europe/London",
    "LONDON - The Met Office issued its first ever red warning for extreme heat on Friday, saying temperatures in "
    "parts of England could reach 40C for the first time and that the heat posed a risk to life even for fit and "
    "healthy people. The warning is in force on Monday and Tuesday across an area stretching from London to Manchester "
    "and York, and temperatures are expected to peak on Tuesday in the east of the country, the Met Office said. The "
    "previous British record, 38.7C, was set in Cambridge in July 2019. Network Rail warned passengers to travel only if "
    "necessary as tracks could buckle, and ministers held an emergency Cobra meeting this week. Head teachers were told "
    "it was up to them whether to close early for the summer holidays.",
    [
        C(
            "The warning is in force on Monday and Tuesday",
            "on Monday and Tuesday",
            span_wd("Monday", "Tuesday"),
            "event",
            "the Met Office",
            real="2022-07-18",
        ),
        C(
            "temperatures are expected to peak on Tuesday in the east of the country",
            "on Tuesday",
            wd("Tuesday"),
            "prediction",
            "the Met Office",
            real="2022-07-19",
        ),
    ],
    "First red extreme-heat warning, issued Friday 15 July 2022 for Monday 18 and Tuesday 19 July; 40.3C was recorded "
    "at Coningsby, Lincolnshire, on Tuesday 19 July. One warning over two consecutive days is one claim spanning both "
    "days; the forecast peak is a separate prediction in the same sentence. 'could reach 40C' has no date of its own.",
    ["same-sentence-claims", "range", "hypothetical", "explicit-past-date", "said-on-day", "number-like-date", "multi-claim"],
)

N(
    "t6-kaba-officer-acquitted-2024",
    "2024-10-21 17:00",
    "Europe/London",
    "LONDON - A London police marksman who shot dead Chris Kaba, an unarmed 24-year-old Black man, through the "
    "windscreen of a car in Streatham Hill in September 2022 was found not guilty of murder at the Old Bailey on Monday "
    "after the jury deliberated for about three hours. Sergeant Martyn Blake had told the trial that he fired because "
    "he believed a colleague's life was in danger as Kaba tried to ram his way out of a police block. Kaba's family "
    "said they were devastated and would keep fighting for justice, while Metropolitan Police Commissioner Mark Rowley "
    "said armed officers needed greater legal protection. The police watchdog will now consider whether Blake should "
    "face a misconduct hearing, and the government has promised to look again at how firearms officers are held to "
    "account.",
    "Verdict of Monday 21 October 2024 in R v Blake; Kaba was shot on 5 September 2022. The watchdog's decision and "
    "the government review are undated futures; 'on Monday' is the day of the verdict.",
    ["said-on-day", "explicit-past-date", "undated-future", "number-like-date"],
)

N(
    "t6-dublin-riot-aftermath-2023",
    "2023-11-24 12:00",
    "Europe/Dublin",
    "DUBLIN - Irish police arrested 34 people after rioters set fire to buses, a tram and a police car and looted shops "
    "in central Dublin on Thursday night, hours after a man stabbed three young children and a care worker outside a "
    "school on Parnell Square. Garda Commissioner Drew Harris blamed a hooligan faction driven by far-right ideology "
    "and said about 400 officers had been deployed to restore order. Taoiseach Leo Varadkar said on Friday that the "
    "rioters had brought shame on Ireland and that the government would modernise the law on incitement to hatred "
    "within weeks. A five-year-old girl remained in a critical condition in hospital. The suspect, a man in his 50s who "
    "was also injured, had not been charged by Friday morning.",
    "Parnell Square stabbing and riot of Thursday 23 November 2023; Varadkar's remarks of Friday 24 November. "
    "'within weeks' is an undated future; 'by Friday morning' in a Friday noon article is a past cut-off in a "
    "past-tense clause.",
    ["past-weekday", "said-on-day", "undated-future", "by-weekday-same-day", "number-like-date"],
)


# ===========================================================================
# Europe

P(
    "t6-bayrou-confidence-vote-called-2025",
    "2025-08-26 08:30",
    "Europe/Paris",
    "PARIS - French Prime Minister François Bayrou has staked his government's survival on his plan to cut 44 billion "
    "euros from next year's budget, announcing on Monday that he would ask the National Assembly for a vote of "
    "confidence on September 8, with parliament recalled from its summer break for an extraordinary session that day. "
    "Within hours, the far-right National Rally, the hard-left France Unbowed and the Greens said they would vote "
    "against him, making his defeat likely unless the Socialists abstain. Bayrou, appointed in December after Michel "
    "Barnier's government was toppled, unveiled the savings in July, including scrapping two public holidays, "
    "and has pledged to bring the deficit down to 4.6% of economic output in 2026. A loosely "
    "organised movement calling itself 'Bloquons tout' (Let's block everything) has urged people to bring the country "
    "to a standstill on September 10. Would President Emmanuel Macron dissolve parliament again if Bayrou falls?",
    [
        C(
            "he would ask the National Assembly for a vote of confidence on September 8",
            "on September 8",
            md(9, 8),
            "event",
            "François Bayrou",
            real="2025-09-08",
        ),
        C(
            "has urged people to bring the country to a standstill on September 10",
            "on September 10",
            md(9, 10),
            "event",
            "Bloquons tout",
            real="2025-09-10",
        ),
        C(
            "has pledged to bring the deficit down to 4.6% of economic output in 2026",
            "in 2026",
            in_year(2026),
            "promise",
            "François Bayrou",
        ),
    ],
    "Bayrou's press conference of Monday 25 August 2025; he lost the confidence vote on 8 September 2025. 'that day' "
    "(the extraordinary session) refers back to the labelled vote and is not labelled again. The 'Bloquons tout' day "
    "of action took place on 10 September 2025 (an unconditional protest call: event, attributed to the movement). "
    "The 4.6% deficit target for 2026 is Bayrou's commitment for his own government (promise; 'in <year>' is the whole "
    "year; no real date since he fell). 'next year's budget', Barnier's fall (4 December 2024) and the July plan are background; the question is not a "
    "claim.",
    ["repeated-claim", "question", "hypothetical", "said-on-day", "past-month", "year-period", "number-like-date", "multi-claim"],
)

P(
    "t6-poland-runoff-set-2025",
    "2025-05-19 09:00",
    "Europe/Warsaw",
    "WARSAW - Warsaw mayor Rafał Trzaskowski, the candidate of Prime Minister Donald Tusk's governing coalition, and "
    "conservative historian Karol Nawrocki will face each other in a runoff on June 1 after neither came close to a "
    "majority in Sunday's first round of Poland's presidential election. Final results published by the electoral "
    "commission on Monday gave Trzaskowski 31.4% and Nawrocki, who is backed by the opposition Law and Justice party, "
    "29.5%, a far narrower gap than polls had suggested. Far-right candidates Sławomir Mentzen and Grzegorz Braun "
    "together won more than 21%, and their voters may decide the outcome. The winner will be sworn in on August 6, when "
    "President Andrzej Duda's second and final term ends. Duda has vetoed or blocked several of the bills Tusk's "
    "government has passed since it took office in December 2023.",
    [
        C(
            "will face each other in a runoff on June 1",
            "on June 1",
            md(6, 1),
            "event",
            None,
            real="2025-06-01",
        ),
        C(
            "The winner will be sworn in on August 6",
            "on August 6",
            md(8, 6),
            "event",
            None,
            real="2025-08-06",
        ),
    ],
    "First round Sunday 18 May 2025 (Trzaskowski 31.36%, Nawrocki 29.54%); runoff 1 June 2025, won by Nawrocki; he was "
    "sworn in on 6 August 2025, the day Duda's term ended (one claim: the end of the term is the same moment in the "
    "same clause). 'Sunday's first round' is past; 'may decide' is the modal.",
    ["past-weekday", "may-verb", "said-on-day", "explicit-past-date", "number-like-date", "multi-claim"],
)

P(
    "t6-merz-first-ballot-fails-live-2025",
    "2025-05-06 14:30",
    "Europe/Berlin",
    "14:25 CEST - Friedrich Merz failed to win election as Germany's chancellor in the first round of voting in the "
    "Bundestag this morning, winning 310 votes, six short of the majority he needed, even though his conservatives and "
    "the Social Democrats hold 328 of the 630 seats; no post-war chancellor candidate has lost a first ballot before. "
    "Parliament will now hold a second vote at 4:15 p.m. on Tuesday, after the Greens and the Left agreed to waive the "
    "rules that would otherwise have pushed it back by days. Under the constitution, the Bundestag has 14 days to elect "
    "a chancellor by an absolute majority; after that, the most votes would suffice. Merz's first foreign trips as "
    "chancellor, to Paris and Warsaw, had been planned for Wednesday, and his office would not say whether they would "
    "go ahead.",
    [
        C(
            "Parliament will now hold a second vote at 4:15 p.m. on Tuesday",
            "at 4:15 p.m. on Tuesday",
            wd("Tuesday", "16:15"),
            "event",
            None,
            real="2025-05-06",
        ),
        C(
            "the Bundestag has 14 days to elect a chancellor by an absolute majority",
            "14 days",
            in_days(14),
            "deadline",
            None,
        ),
    ],
    "Bundestag chancellor vote of Tuesday 6 May 2025: 310 votes in the first round, elected with 325 in the second "
    "ballot at about 16:15 the same day. 'on Tuesday' in a Tuesday article is that day (same-day future). The 14-day "
    "window of Article 63(3) Basic Law is a statutory cut-off counted from publication. The Paris and Warsaw trips "
    "(which did take place on 7 May) are reported as planned and uncertain, so not labelled.",
    ["same-day-future", "time-local", "duration", "hypothetical", "superseded-date", "number-like-date", "multi-claim"],
)

N(
    "t6-spain-blackout-investigation-2025",
    "2025-04-29 16:00",
    "Europe/Madrid",
    "MADRID - Spain's electricity grid was almost fully restored by Tuesday morning, the operator Red Eléctrica said, "
    "after a blackout that began at 12:33 p.m. on Monday cut power to tens of millions of people across Spain and "
    "Portugal, halting trains and metro systems, knocking out traffic lights and trapping people in lifts. Prime "
    "Minister Pedro Sánchez said on Tuesday that the government would set up a commission to investigate and that no "
    "hypothesis was being ruled out, although Red Eléctrica said there were no signs of a cyberattack. About 15 "
    "gigawatts of generation, roughly 60% of demand at that moment, vanished in five seconds, Sánchez said. Why the "
    "grid collapsed so quickly is the question engineers now have to answer. Rail operator Renfe said long-distance "
    "services would resume gradually.",
    "Iberian blackout of Monday 28 April 2025 (12:33 CEST); Sánchez's remarks of Tuesday 29 April. Every date is past "
    "or tags a statement; the commission and the resumption of services are undated.",
    ["past-weekday", "said-on-day", "undated-future", "time-local", "question", "number-like-date"],
)


# ===========================================================================
# United States

P(
    "t6-jan6-committee-primetime-2022",
    "2022-06-06 07:00",
    "America/Los_Angeles",
    "WASHINGTON - The House committee investigating the Jan. 6, 2021, attack on the Capitol will open its public "
    "hearings in prime time at 8 p.m. ET on Thursday, presenting what its chairman, Representative Bennie Thompson, has "
    "promised will be previously unseen material about Donald Trump's efforts to overturn his 2020 election defeat. A "
    "second hearing will follow at 10 a.m. Eastern on Monday, June 13, the committee said. The panel, formed last July, "
    "has interviewed more than 1,000 witnesses. Republican leaders, who pulled their members off the committee after "
    "Speaker Nancy Pelosi rejected two of their picks, have dismissed it as partisan.",
    [
        C(
            "will open its public hearings in prime time at 8 p.m. ET on Thursday",
            "at 8 p.m. ET on Thursday",
            zoned(wd("Thursday"), "20:00", "America/New_York"),
            "event",
            None,
            real="2022-06-09",
        ),
        C(
            "A second hearing will follow at 10 a.m. Eastern on Monday, June 13",
            "at 10 a.m. Eastern on Monday, June 13",
            zoned(md(6, 13), "10:00", "America/New_York"),
            "event",
            "the House Jan. 6 committee",
            real="2022-06-13",
        ),
    ],
    "Select committee hearings of Thursday 9 June 2022 (8 p.m. EDT = 5 p.m. PDT) and Monday 13 June 2022 (10 a.m. EDT "
    "= 7 a.m. PDT), as published by a Los Angeles outlet. Jan. 6, 2021, 2020 and 'last July' (1 July 2021) are "
    "background. Scorer note: 'p.m. ET on' does not split (lower case follows), but 'a.m. Eastern' does, so the second "
    "quote spans two scorer sentences.",
    ["time-converted", "number-like-date", "explicit-past-date", "past-month", "multi-claim"],
)

P(
    "t6-jackson-hearings-week-2022",
    "2022-03-20 12:00",
    "America/New_York",
    "WASHINGTON - Ketanji Brown Jackson, President Joe Biden's choice to become the first Black woman on the Supreme "
    "Court, goes before the Senate Judiciary Committee on Monday for four days of confirmation hearings. Senators will "
    "question her on Tuesday and Wednesday, committee chairman Dick Durbin said, before outside witnesses testify. "
    "Senate Majority Leader Chuck Schumer wants her confirmed before Easter, and with Democrats controlling the 50-50 "
    "chamber through Vice President Kamala Harris's tie-breaking vote, Republicans have little power to stop her. "
    "Jackson, 51, would replace Justice Stephen Breyer, who announced in January that he would retire when the court's "
    "current term ends. Republicans have said they will ask about her sentencing record as a trial judge.",
    [
        C(
            "goes before the Senate Judiciary Committee on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2022-03-21",
        ),
        C(
            "Senators will question her on Tuesday and Wednesday",
            "on Tuesday and Wednesday",
            span_wd("Tuesday", "Wednesday"),
            "event",
            "Dick Durbin",
            real="2022-03-22",
        ),
        C(
            "Senate Majority Leader Chuck Schumer wants her confirmed before Easter",
            "before Easter",
            before_holiday("Easter"),
            "promise",
            "Chuck Schumer",
            real="2022-04-07",
            real_le=True,
        ),
    ],
    "Jackson hearings Monday 21 - Thursday 24 March 2022, questioning on Tuesday 22 and Wednesday 23 March (one "
    "activity over two consecutive days: one claim); confirmed by the Senate on Thursday 7 April 2022, before Easter "
    "(17 April). Schumer's target for his own chamber is a promise. 'four days' is a duration without its own date; "
    "Breyer's retirement 'when the current term ends' is undated; 'in January' is past.",
    ["holiday", "range", "duration", "past-month", "undated-future", "number-like-date", "multi-claim"],
)

P(
    "t6-texas-democrats-quorum-break-2025",
    "2025-08-03 21:00",
    "America/Chicago",
    "AUSTIN, Texas - Texas Governor Greg Abbott threatened on Sunday to have Democratic state lawmakers removed from "
    "office if they did not return to the Capitol by 3 p.m. on Monday, hours after more than 50 of them flew to "
    "Illinois to deny Republicans the quorum they need to pass a new congressional map. The map, drawn at President "
    "Donald Trump's urging, could give Republicans five more US House seats in next year's midterm elections. Under "
    "House rules adopted in 2023, each absent member can be fined $500 a day. Gene Wu, the Democratic caucus leader, "
    "said the lawmakers were prepared to stay away as long as necessary. The 30-day special session that Abbott called "
    "began on July 21 and can run no later than August 19, although the governor can call another one as soon as it "
    "ends.",
    [
        C(
            "threatened on Sunday to have Democratic state lawmakers removed from office if they did not return to the "
            "Capitol by 3 p.m. on Monday",
            "by 3 p.m. on Monday",
            wd("Monday", "15:00"),
            "deadline",
            "Greg Abbott",
            real="2025-08-04",
        ),
        C(
            "can run no later than August 19",
            "no later than August 19",
            md(8, 19),
            "deadline",
            None,
        ),
    ],
    "Texas House Democrats left the state on Sunday 3 August 2025; Abbott's statement set 3 p.m. on Monday 4 August "
    "as the deadline to return (a conditional threat). The first special session began on 21 July 2025 and could last "
    "30 days, to 19 August; Abbott ended it on 15 August and called a second, so no real date is recorded for the "
    "statutory cut-off. 'next year's midterm elections' sits in a 'could' clause (hypothetical).",
    ["conditional-threat", "time-local", "hypothetical", "duration", "past-month", "number-like-date", "said-on-day", "multi-claim"],
)

P(
    "t6-us-laddered-stopgap-senate-2023",
    "2023-11-16 08:00",
    "America/New_York",
    "WASHINGTON - The US Senate passed a stopgap spending bill late on Wednesday by 87 votes to 11, sending it to "
    "President Joe Biden and all but ending the threat of a partial government shutdown this weekend. The measure, "
    "which cleared the House on Tuesday with more Democratic than Republican votes, keeps funding for agriculture, "
    "veterans' programmes, transportation, housing and energy until January 19 and for the rest of the government, "
    "including the Pentagon, until February 2. House Speaker Mike Johnson, in the job for barely three weeks, devised "
    "the two-step approach to win over conservatives who wanted to avoid a single huge year-end spending package. "
    "Biden is expected to sign it before funding runs out at midnight on Friday.",
    [
        C(
            "keeps funding for agriculture, veterans' programmes, transportation, housing and energy until January 19",
            "until January 19",
            md(1, 19),
            "deadline",
            None,
        ),
        C(
            "for the rest of the government, including the Pentagon, until February 2",
            "until February 2",
            md(2, 2),
            "deadline",
            None,
        ),
        C(
            "Biden is expected to sign it before funding runs out at midnight on Friday",
            "at midnight on Friday",
            midnight_on("Friday"),
            "prediction",
            None,
            real="2023-11-16",
            real_le=True,
        ),
    ],
    "Laddered continuing resolution (H.R. 6363): House passage Tuesday 14 November 2023 (336-95), Senate Wednesday 15 "
    "November (87-11), signed by Biden on Thursday 16 November, before the 17 November midnight lapse. New cut-offs "
    "19 January 2024 (four bills) and 2 February 2024 (the other eight): year-less dates in a November article fall in "
    "the next year; these deadlines were later extended, so no real dates. 'this weekend' sits in an averted-threat "
    "clause and is not labelled. 'expected to sign' forecasts an outcome (prediction, no speaker).",
    ["year-inference", "same-sentence-claims", "midnight", "past-weekday", "number-like-date", "multi-claim"],
)

N(
    "t6-l-train-shutdown-called-off-2019",
    "2019-01-03 17:00",
    "America/New_York",
    "NEW YORK - Governor Andrew Cuomo said on Thursday that a 15-month shutdown of the L train's tunnel under the East "
    "River, which had been due to begin on April 27, would not be necessary after a panel of engineering experts he "
    "convened proposed a new way to repair damage left by Hurricane Sandy in 2012. Instead, the work would be done on "
    "nights and weekends, with one of the tunnel's two tubes closed at a time, Cuomo said, calling the design a first "
    "in the United States. About 225,000 riders use the line on an average weekday to travel between Brooklyn and "
    "Manhattan. Transit advocates, who spent almost three years preparing for the closure, asked how long the new "
    "work would take and whether it had been properly reviewed. The Metropolitan Transportation Authority's board is "
    "expected to take up the plan in the coming weeks.",
    "Cuomo's announcement of Thursday 3 January 2019 cancelling the full Canarsie Tunnel closure planned from 27 April "
    "2019. The April 27 start is cancelled in the main clause; 'nights and weekends' is a habit; the board review is an "
    "undated future.",
    ["cancelled-date", "said-on-day", "undated-future", "duration", "number-like-date", "explicit-past-date"],
)

N(
    "t6-texas-measles-first-death-2025",
    "2025-02-26 19:00",
    "America/Chicago",
    "LUBBOCK, Texas - A school-age child who had not been vaccinated has died of measles in West Texas, state health "
    "officials said on Wednesday, the first death from the disease in the United States since 2015. The child had been "
    "treated at a hospital in Lubbock and had no known underlying conditions, hospital officials said. The outbreak, "
    "centred on Gaines County, a rural area near the New Mexico border with a large Mennonite community, had grown to "
    "124 cases since late January, the Texas Department of State Health Services said on Tuesday. Kennedy, the health "
    "secretary, told reporters at the White House that measles outbreaks happen every year. Officials said more cases "
    "were likely and urged families to make sure their children were vaccinated.",
    "First death of the 2025 West Texas measles outbreak, announced Wednesday 26 February 2025; 124 cases reported on "
    "Tuesday 25 February. All dates are past or tag statements; 'more cases were likely' has no date.",
    ["said-on-day", "past-weekday", "undated-future", "past-month", "number-like-date"],
)

N(
    "t6-maui-lahaina-toll-2023",
    "2023-08-14 08:00",
    "Pacific/Honolulu",
    "LAHAINA, Hawaii - The death toll from the wildfire that destroyed the historic town of Lahaina rose to 96 on "
    "Sunday, making it the deadliest US wildfire in more than a century, and Governor Josh Green warned it would climb "
    "further as search teams with cadaver dogs worked through the ruins. Only about 3% of the burn area had been "
    "searched by Saturday, officials said. The fire broke out on Tuesday, fanned by winds from a hurricane passing far "
    "to the south, and many residents said they heard no warning from the island's sirens. Hawaii's attorney general, "
    "Anne Lopez, has opened a review of how officials responded. Green said rebuilding could take years and that he "
    "wanted to stop outside buyers from snapping up land in Lahaina while families grieved.",
    "Lahaina fire of Tuesday 8 August 2023; toll of 96 announced Sunday 13 August. Every weekday is past in a Monday "
    "article; 'could take years' is a hypothetical duration.",
    ["past-weekday", "said-on-day", "hypothetical", "undated-future", "number-like-date"],
)


# ===========================================================================
# Canada, Latin America, Africa

P(
    "t6-canada-liberal-race-rules-2025",
    "2025-01-10 07:00",
    "America/Toronto",
    "OTTAWA - Canada's governing Liberal Party will name Justin Trudeau's successor on March 9, the party said late on "
    "Thursday, setting a compressed race that gives would-be leaders less than two weeks to enter. Candidates have "
    "until January 23 to declare and must pay an entry fee of C$350,000, and only those registered as Liberal "
    "supporters by January 27 will be able to vote, party president Sachit Mehra said. Parliament, which Trudeau had "
    "suspended on Monday when he announced he would step down once a new leader was chosen, is not due to return until "
    "March 24. Former Bank of Canada governor Mark Carney and former finance minister Chrystia Freeland are seen as the "
    "front-runners, though neither has formally declared.",
    [
        C(
            "will name Justin Trudeau's successor on March 9",
            "on March 9",
            md(3, 9),
            "event",
            "the Liberal Party",
            real="2025-03-09",
        ),
        C(
            "Candidates have until January 23 to declare",
            "until January 23",
            md(1, 23),
            "deadline",
            "Sachit Mehra",
        ),
        C(
            "only those registered as Liberal supporters by January 27 will be able to vote",
            "by January 27",
            md(1, 27),
            "deadline",
            "Sachit Mehra",
        ),
        C(
            "is not due to return until March 24",
            "until March 24",
            md(3, 24),
            "event",
            None,
        ),
    ],
    "Liberal Party rules announced Thursday 9 January 2025: leader named 9 March 2025 (Carney), declarations by 23 "
    "January, supporter registration by 27 January; Trudeau announced his resignation and the prorogation on Monday 6 "
    "January. Parliament closed until 24 March counts as its reopening (event), but it was dissolved on 23 March "
    "before it sat, so no real date. 'less than two weeks' is an unanchored duration.",
    ["same-sentence-claims", "past-weekday", "said-on-day", "duration", "number-like-date", "multi-claim"],
)

N(
    "t6-nigeria-unions-suspend-strike-2023",
    "2023-06-06 09:00",
    "Africa/Lagos",
    "ABUJA - Nigeria's main labour unions have suspended a nationwide strike that had been set to begin on Wednesday, "
    "after late-night talks on Monday with President Bola Tinubu's government over the end of a petrol subsidy that "
    "has nearly tripled pump prices. The Nigeria Labour Congress and the Trade Union Congress said a joint committee "
    "with the government would look at a wage increase and other ways to soften the blow. Earlier on Monday, the "
    "National Industrial Court had ordered the unions not to strike. Tinubu declared that the subsidy was gone in his "
    "inaugural speech on May 29, and the state oil company raised prices to as much as 557 naira a litre two days "
    "later. When the committee would report was not made clear.",
    "NLC/TUC suspension of the strike planned from Wednesday 7 June 2023, announced after talks on Monday 5 June; "
    "Tinubu's inauguration 29 May 2023. The strike date is named in an aside and called off in the main clause; the "
    "committee's work is undated.",
    ["cancelled-date", "past-weekday", "explicit-past-date", "undated-future", "number-like-date"],
)

N(
    "t6-bolsonaro-sentenced-2025",
    "2025-09-11 21:00",
    "America/Sao_Paulo",
    "BRASÍLIA - Brazil's Supreme Court sentenced former President Jair Bolsonaro to 27 years and three months in prison "
    "on Thursday after a panel of five justices voted 4-1 to convict him of plotting a coup to overturn his defeat in "
    "the 2022 election. Justice Cármen Lúcia cast the decisive vote in the afternoon; Justice Luiz Fux, who spoke for "
    "almost 12 hours on Wednesday in favour of acquittal, was the only dissenter. Bolsonaro, 70, who has been under "
    "house arrest in Brasília since August, will not go to prison immediately, because his lawyers can appeal once the "
    "ruling is published, and it is unclear when he would begin serving the sentence. His allies in Congress are "
    "pushing a bill that could grant amnesty to those convicted over the Jan. 8, 2023, riots in the capital.",
    "STF First Panel verdict and sentence of Thursday 11 September 2025; Fux's vote on Wednesday 10 September; house "
    "arrest since 4 August 2025. The appeal and the start of the sentence are undated; the amnesty bill is "
    "hypothetical.",
    ["past-weekday", "said-on-day", "undated-future", "hypothetical", "explicit-past-date", "number-like-date", "duration"],
)


# ===========================================================================
# Asia and the Pacific

P(
    "t6-takaichi-diet-vote-tuesday-2025",
    "2025-10-17 18:00",
    "Asia/Tokyo",
    "TOKYO - Parliament will convene an extraordinary session on Tuesday to choose Japan's next prime minister, with "
    "Liberal Democratic Party leader Sanae Takaichi closing in on a deal with the opposition Japan Innovation Party "
    "that would all but guarantee she becomes the first woman to hold the post. The LDP's partner of 26 years, Komeito, "
    "quit the coalition on Oct. 10, six days after Takaichi won the party leadership, leaving her short of a majority "
    "in both chambers. The vote had been expected as early as Oct. 15 before the rupture. The Innovation Party, known "
    "as Ishin, has said it will back her only if the LDP agrees to cut the number of lawmakers. US President Donald "
    "Trump is due to visit Tokyo later this month, giving the new leader little time to prepare.",
    [
        C(
            "Parliament will convene an extraordinary session on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2025-10-21",
        ),
        C(
            "is due to visit Tokyo later this month",
            "later this month",
            rest_of_month(),
            "event",
            None,
            real="2025-10-27",
        ),
    ],
    "Extraordinary Diet session convened Tuesday 21 October 2025, when Takaichi was elected prime minister; Trump "
    "visited Tokyo 27-29 October 2025. Komeito left the coalition on 10 October (past), Takaichi won the LDP vote on 4 "
    "October; the earlier expected date of 15 October is superseded. Ishin's condition is undated.",
    ["superseded-date", "later-this-period", "explicit-past-date", "number-like-date", "multi-claim"],
)

P(
    "t6-bihar-poll-schedule-2025",
    "2025-10-06 18:00",
    "Asia/Kolkata",
    "NEW DELHI - Bihar will vote in two phases on November 6 and November 11, with votes counted on November 14, Chief "
    "Election Commissioner Gyanesh Kumar announced on Monday, setting up a contest in one of India's poorest and most "
    "populous states. The 243-member assembly's term ends on November 22. Chief Minister Nitish Kumar, whose Janata Dal "
    "(United) governs in alliance with Prime Minister Narendra Modi's Bharatiya Janata Party, faces an opposition bloc "
    "led by Tejashwi Yadav of the Rashtriya Janata Dal. It will be the first election held after the commission's "
    "special intensive revision of the electoral rolls, which cut about 4.7 million names and drew challenges in the "
    "Supreme Court. The model code of conduct took effect immediately.",
    [
        C(
            "Bihar will vote in two phases on November 6",
            "on November 6",
            md(11, 6),
            "event",
            "Gyanesh Kumar",
            real="2025-11-06",
        ),
        C(
            "and November 11",
            "November 11",
            md(11, 11),
            "event",
            "Gyanesh Kumar",
            real="2025-11-11",
        ),
        C(
            "with votes counted on November 14",
            "on November 14",
            md(11, 14),
            "event",
            "Gyanesh Kumar",
            real="2025-11-14",
        ),
        C(
            "The 243-member assembly's term ends on November 22",
            "on November 22",
            md(11, 22),
            "deadline",
            None,
            real="2025-11-22",
        ),
    ],
    "Election Commission of India schedule of Monday 6 October 2025: polling 6 and 11 November (two separate phases, "
    "two claims), counting 14 November; the assembly's term expired on 22 November 2025 (statutory cut-off). The "
    "roll revision (final roll 30 September 2025) is background.",
    ["same-sentence-claims", "explicit-date", "said-on-day", "number-like-date", "multi-claim"],
)

P(
    "t6-paetongtarn-suspended-court-2025",
    "2025-07-01 19:00",
    "Asia/Bangkok",
    "BANGKOK - Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra from duty on Tuesday "
    "while it considers a petition seeking her removal over a leaked phone call with Cambodia's former leader Hun Sen, "
    "in which she called him 'uncle' and criticised a Thai army commander. The judges voted unanimously to take up the "
    "case brought by 36 senators, voted 7-2 to suspend her and gave her 15 days to respond. Deputy Prime Minister Suriya Juangroongruangkit will run "
    "the government in the meantime. Paetongtarn, 38, apologised again and said she would fight the case. In an odd "
    "twist, she is due to be sworn in on Thursday as culture minister in a reshuffled cabinet, put together after the "
    "Bhumjaithai party quit her coalition last month.",
    [
        C(
            "gave her 15 days to respond",
            "15 days",
            in_days(15),
            "deadline",
            "Thailand's Constitutional Court",
        ),
        C(
            "she is due to be sworn in on Thursday as culture minister",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2025-07-03",
        ),
    ],
    "Constitutional Court order of Tuesday 1 July 2025 (case accepted 9-0, suspension 7-2), 15 days to answer the senators' petition (counted from "
    "publication); she was sworn in as culture minister with the reshuffled cabinet on Thursday 3 July 2025 and "
    "removed by the court on 29 August. The leaked call was on 15 June; Bhumjaithai left on 18 June ('last month'). "
    "'The judges' speak for the court.",
    ["duration", "said-on-day", "last-month", "undated-future", "number-like-date", "multi-claim"],
)

P(
    "t6-sri-lanka-snap-poll-gazette-2024",
    "2024-09-25 09:00",
    "Asia/Colombo",
    "COLOMBO - Sri Lanka's new president, Anura Kumara Dissanayake, dissolved parliament late on Tuesday and called a "
    "snap general election for November 14, almost a year before it was due, seeking a mandate for his "
    "anti-corruption agenda. His National People's Power alliance holds only three of the 225 seats. Nominations will "
    "be accepted from October 4 to October 11, and the new parliament will convene on November 21, according to a "
    "gazette notice signed by the president. Dissanayake, a Marxist-leaning outsider who was sworn in on Monday, had "
    "earlier named university lecturer Harini Amarasuriya as prime minister, the first woman in the post in 24 years. "
    "He has said he will keep to the $2.9 billion IMF bailout agreed in 2023 while seeking to ease its terms.",
    [
        C(
            "called a snap general election for November 14",
            "for November 14",
            md(11, 14),
            "event",
            "Anura Kumara Dissanayake",
            real="2024-11-14",
        ),
        C(
            "Nominations will be accepted from October 4 to October 11",
            "from October 4 to October 11",
            md_span(10, 4, 10, 11),
            "event",
            "Anura Kumara Dissanayake",
            real="2024-10-04",
        ),
        C(
            "the new parliament will convene on November 21",
            "on November 21",
            md(11, 21),
            "event",
            "Anura Kumara Dissanayake",
            real="2024-11-21",
        ),
    ],
    "Gazette of Tuesday 24 September 2024 dissolving parliament: nominations 4-11 October, election Thursday 14 November, "
    "new parliament 21 November 2024 (all held on those dates). 'according to a gazette notice signed by the "
    "president' attributes the timetable to Dissanayake. The nomination window is one activity over a span (one "
    "claim). Sworn in Monday 23 September (past weekday); IMF programme of March 2023.",
    ["range", "same-sentence-claims", "past-weekday", "explicit-date", "number-like-date", "multi-claim"],
)

P(
    "t6-hong-kong-article-23-passed-2024",
    "2024-03-19 18:00",
    "Asia/Hong_Kong",
    "HONG KONG - Hong Kong's legislature unanimously passed a new national security law on Tuesday, 11 days after the "
    "bill was introduced, fulfilling a requirement of Article 23 of the city's mini-constitution that had been shelved "
    "since half a million people marched against it in 2003. Chief Executive John Lee said the Safeguarding National "
    "Security Ordinance would take effect on Saturday, when it is published in the government gazette. The law, which "
    "carries penalties of up to life imprisonment for treason and insurrection, supplements the sweeping security law "
    "that Beijing imposed on the city in 2020. Britain, the United States and the European Union have criticised its "
    "broad definitions of state secrets and foreign interference.",
    [
        C(
            "the Safeguarding National Security Ordinance would take effect on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            "John Lee",
            real="2024-03-23",
        ),
    ],
    "Legislative Council vote of Tuesday 19 March 2024 (89-0); the ordinance was gazetted and took effect on Saturday "
    "23 March 2024. An ordered measure taking effect is an event with the person who ordered it as speaker; 'when it is "
    "published' is the same date. Bill introduced 8 March 2024; 2003 protests and the 2020 law are background.",
    ["number-like-date", "said-on-day", "explicit-past-date"],
)

P(
    "t6-typhoon-shanshan-kyushu-2024",
    "2024-08-28 19:00",
    "Asia/Tokyo",
    "TOKYO - The Japan Meteorological Agency issued a rare emergency warning for Kagoshima prefecture on Wednesday as "
    "Typhoon Shanshan, one of the strongest storms to threaten the country in years, crawled towards the southern "
    "island of Kyushu with gusts of up to 252 kph. The typhoon is expected to make landfall on Kyushu on Thursday and "
    "then move slowly east along the main islands, bringing torrential rain as far as Tokyo, the agency said. Toyota "
    "Motor halted production at all of its domestic assembly plants, and hundreds of thousands of residents were told "
    "to evacuate. How long the disruption to flights and bullet trains would last was unclear, because the storm's "
    "track could still shift.",
    [
        C(
            "The typhoon is expected to make landfall on Kyushu on Thursday",
            "on Thursday",
            wd("Thursday"),
            "prediction",
            "the Japan Meteorological Agency",
            real="2024-08-29",
        ),
    ],
    "JMA special warning for Kagoshima issued Wednesday 28 August 2024; Shanshan made landfall near Satsumasendai on "
    "the morning of Thursday 29 August. 'expected to make landfall' forecasts an outcome (prediction by the agency, "
    "named in its sentence). The disruption is undated; 'could still shift' is hypothetical.",
    ["said-on-day", "hypothetical", "undated-future", "number-like-date"],
)

P(
    "t6-nz-hikoi-treaty-bill-2024",
    "2024-11-15 10:00",
    "Pacific/Auckland",
    "WELLINGTON - Thousands of people marching the length of the North Island against a bill that would redefine the "
    "principles of the Treaty of Waitangi are due to reach Parliament on Tuesday, after a raucous first reading on "
    "Thursday in which Te Pāti Māori MP Hana-Rawhiti Maipi-Clarke tore up a copy of the bill and led a haka that "
    "forced the Speaker to suspend the House. The hīkoi set off from Cape Reinga on Sunday. The bill, drafted by ACT "
    "leader David Seymour, passed its first reading only because National and New Zealand First agreed to back it that "
    "far under their coalition deal, and both have said they will vote it down at its second reading. It now goes to "
    "a select committee, which will hear public submissions. Seymour said on Friday that the bill would start a "
    "national conversation about equal rights.",
    [
        C(
            "are due to reach Parliament on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2024-11-19",
        ),
    ],
    "Treaty Principles Bill first reading on Thursday 14 November 2024; the Hīkoi mō te Tiriti left Te Rerenga Wairua "
    "(Cape Reinga) on Sunday 10 November and reached Parliament on Tuesday 19 November 2024. Sunday and Thursday are "
    "past weekdays; the second reading and the select committee are undated; 'on Friday' in a Friday article tags a "
    "statement.",
    ["past-weekday", "said-on-day", "undated-future", "by-weekday-same-day"],
)

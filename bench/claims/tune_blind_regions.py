"""Tuning passages written blind: regional news from outside the US and Western Europe (South and East Asia, Africa, Latin America, the Middle East, Oceania) in the style of local English-language papers and wire copy such as the Times of India, the Straits Times, the Nation (Kenya), Buenos Aires Times, Al Jazeera and ABC Australia: polling phases, budgets, court orders, fuel-price changes, cyclone and monsoon warnings, strikes and shutdowns, with local time zones and day-first dates such as 15 March. Written on 2026-11-27 (see tune_blind.py)."""

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
    in_month,
    in_year,
    md,
    mid_year,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_month,
    span_wd,
    this_end_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def first_half_of_month(y, m):
    """'any day in the first half of April 2026': the 1st to the 15th of that month, computed with datetime."""

    def f(p):
        lo, hi = dt.date(y, m, 1), dt.date(y, m, 15)
        return _res(lo, hi, f"first half of {y}-{m:02d} = {lo}..{hi}")

    return f


# ===========================================================================
# Africa

P(
    "tr-sa-lockdown-2020",
    "2020-03-24 07:30",
    "Africa/Johannesburg",
    "JOHANNESBURG (Reuters) - South Africa will go into a 21-day nationwide lockdown from midnight on Thursday, "
    "President Cyril Ramaphosa said in a televised address on Monday night, ordering most of the country's 57 "
    "million people to stay at home as confirmed coronavirus cases jumped to 402 from 274 a day earlier. Soldiers "
    "will be deployed to help the police enforce the restrictions, and only essential workers such as health staff, "
    "pharmacists and supermarket employees will be exempt, he said. Ramaphosa warned that without decisive action "
    "infections could climb into the hundreds of thousands within weeks, and said schools, which closed on 18 March, "
    "would stay shut and that a fund would be set up to support small businesses hit by the shutdown. South Africa, which recorded its first case on 5 March, has "
    "more confirmed infections than any other country on the continent.",
    [
        C(
            "South Africa will go into a 21-day nationwide lockdown from midnight on Thursday",
            "from midnight on Thursday",
            midnight_on("Thursday"),
            "event",
            "Cyril Ramaphosa",
            real="2020-03-26",
        )
    ],
    "Ramaphosa's address of Monday 23 March 2020: a 21-day national lockdown from midnight (23:59) on Thursday 26 "
    "March 2020; 402 cases reported on 23 March (274 on 22 March); schools closed from 18 March; first case 5 March. "
    "The claim is an ordered measure taking effect (event, the person who ordered it as speaker).",
    [
        "midnight",
        "said-on-day",
        "explicit-past-date",
        "number-like-date",
        "undated-future",
        "hypothetical",
    ],
)

P(
    "tr-senegal-vote-delay-2024",
    "2024-02-06 09:00",
    "Africa/Dakar",
    "DAKAR (AFP) - Senegal's presidential election, which had been due on 25 February, will now take place on 15 "
    "December after lawmakers voted late on Monday to postpone it, in a session from which gendarmes had forcibly "
    "removed opposition deputies. The bill, backed by 105 of the 165 members of the National Assembly, also keeps "
    "President Macky Sall in office until his successor is installed, although his mandate was set to expire on 2 "
    "April. Sall, who announced the delay in an address to the nation on Saturday, has denied that he wants to "
    "cling to power. The turmoil comes as the West African country prepares to join the ranks of oil producers, "
    "with the Australian operator Woodside Energy expecting first oil from the offshore Sangomar field by mid-year.",
    [
        C("will now take place on 15 December", "on 15 December", md(12, 15), "event", None),
        C(
            "Woodside Energy expecting first oil from the offshore Sangomar field by mid-year",
            "by mid-year",
            mid_year(2024),
            "prediction",
            "Woodside Energy",
            real="2024-06-11",
        ),
    ],
    "Sall announced the postponement of the 25 February 2024 election on Saturday 3 February; the National Assembly "
    "voted 105 of 165 late on Monday 5 February to move it to 15 December 2024 and extend Sall's mandate (due to end "
    "2 April 2024). The Constitutional Council later annulled the delay and the vote was held on 24 March 2024, so "
    "15 December has no real date. The 25 February and 2 April dates are superseded in the passage, not claims. "
    "Woodside announced first oil at Sangomar on 11 June 2024.",
    ["superseded-date", "explicit-date", "past-weekday", "mid-year", "number-like-date"],
)

P(
    "tr-nlc-strike-2024",
    "2024-06-01 11:00",
    "Africa/Lagos",
    "ABUJA - The Nigeria Labour Congress (NLC) said on Friday that workers would begin an indefinite nationwide "
    "strike on Monday unless the federal government raised its offer of a 60,000 naira ($40) monthly minimum wage "
    "and reversed a recent increase in electricity tariffs. The Trade Union Congress (TUC), the country's other "
    "main labour federation, said it would join the action, which union leaders warned would shut hospitals, "
    "airports and the national grid. NLC president Joe Ajaero told reporters in Abuja that workers could no longer "
    "live on the current wage. The unions had given the government until 31 May to conclude talks on a new minimum "
    "to replace the 30,000 naira fixed in 2019, and are demanding several times the official offer.",
    [
        C(
            "workers would begin an indefinite nationwide strike on Monday unless the federal government raised its offer",
            "on Monday",
            wd("Monday"),
            "promise",
            "the Nigeria Labour Congress",
            real="2024-06-03",
        )
    ],
    "NLC and TUC announced on Friday 31 May 2024 an indefinite general strike from Monday 3 June 2024 over the "
    "minimum wage (government offer 60,000 naira) and the April electricity tariff rise; the strike began on 3 June "
    "and was suspended late on 4 June. Their earlier 31 May ultimatum is a past date. A union's strike conditional on "
    "bargaining is a promise; the TUC's 'join the action' only refers back to it.",
    ["conditional-threat", "said-on-day", "explicit-past-date", "number-like-date"],
)

N(
    "tr-kenya-finance-bill-withdrawn-2024",
    "2024-06-26 21:00",
    "Africa/Nairobi",
    "NAIROBI (Reuters) - Kenyan President William Ruto said on Wednesday he would not sign a finance bill containing "
    "tax increases worth about 346 billion shillings ($2.7 billion), a day after protesters stormed parliament and "
    "police opened fire, killing at least 22 people across the country, according to the state-funded rights "
    "commission. The Finance Bill 2024, whose measures had been due to take effect on 1 July, the start of the new "
    "financial year, will be sent back to lawmakers with a recommendation that all its clauses be deleted. Ruto said "
    'in a televised address from State House that he had "listened keenly" to Kenyans and conceded, adding that he '
    "would open talks with young people in the coming days. The demonstrations, organised largely online by young "
    "Kenyans, began in Nairobi on Tuesday last week and have since spread to most of the country's 47 counties.",
    "Ruto's withdrawal of the Finance Bill 2024 on Wednesday 26 June 2024, after parliament was stormed on Tuesday 25 "
    "June; KNCHR counted 22 dead. The 1 July start date is cancelled; the talks are undated; the protests began on "
    "18 June 2024.",
    ["cancelled-date", "said-on-day", "past-weekday", "number-like-date", "undated-future"],
)

N(
    "tr-morocco-earthquake-2023",
    "2023-09-10 19:00",
    "Africa/Casablanca",
    "MARRAKECH, Morocco (AP) - Rescuers dug through the rubble of mountain villages in the High Atlas on Sunday as the "
    "death toll from Morocco's strongest earthquake in more than a century rose above 2,100, the Interior Ministry "
    "said. The magnitude 6.8 quake struck at 11:11 p.m. on Friday, with its epicentre in Al Haouz province about 70 "
    "kilometres south-west of Marrakech, and was felt as far away as Portugal and Algeria. Morocco said on Sunday it "
    "had accepted offers of search-and-rescue teams from Spain, Britain, Qatar and the United Arab Emirates, and "
    "officials said the next few days would be critical for finding survivors. Many families spent a second night "
    "sleeping in the streets of Marrakech's old city, where the 12th-century Koutoubia mosque was damaged.",
    "Al Haouz earthquake, 23:11 on Friday 8 September 2023, M6.8; the toll passed 2,100 on Sunday 10 September; "
    "Morocco accepted teams from Spain, the UK, Qatar and the UAE. Past events and an undated future only.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "tr-egypt-float-2024",
    "2024-03-07 10:00",
    "Africa/Cairo",
    "CAIRO - Egypt's central bank raised interest rates by a record 600 basis points on Wednesday and let the pound "
    "fall by more than a third against the dollar, to about 49.5 per dollar, in a long-awaited move that paved the "
    "way for an expanded $8 billion loan programme with the International Monetary Fund. The shift came two weeks "
    "after the United Arab Emirates agreed on 23 February to invest $35 billion in the Ras El Hekma peninsula on the "
    "Mediterranean coast, easing a foreign currency shortage that had throttled imports. Will the bank need to "
    "tighten again when its monetary policy committee next meets, or has it done enough to tame inflation that hit "
    "38% last September? Analysts said it may now be able to clear a backlog of goods stuck at the ports in the "
    "coming weeks.",
    "Central Bank of Egypt decision of Wednesday 6 March 2024 (+600 bp, float, pound near 49.5); IMF programme raised "
    "to $8 billion the same day; Ras El Hekma deal signed 23 February 2024; urban inflation peaked at 38.0% in "
    "September 2023. Only past dates, a question and undated futures.",
    [
        "question",
        "past-weekday",
        "explicit-past-date",
        "last-month",
        "may-verb",
        "number-like-date",
        "undated-future",
    ],
)


# ===========================================================================
# Latin America

P(
    "tr-cgt-strike-2024",
    "2024-01-22 19:00",
    "America/Argentina/Buenos_Aires",
    "BUENOS AIRES - Argentina's largest union federation, the CGT, will hold a 12-hour general strike starting at "
    "noon on Wednesday against President Javier Milei's sweeping deregulation decree and his omnibus reform bill, "
    "the earliest walkout called against any government since the return of democracy in 1983. Bus, train and "
    "subway services will keep running for part of the day so that workers can join a rally outside Congress, while "
    "Aerolineas Argentinas has already cancelled hundreds of flights. Security Minister Patricia Bullrich has "
    "warned that strikers who block streets will face the anti-picket protocol she unveiled in December. Can "
    "Milei's small bloc of lawmakers get the bill through the lower house at all?",
    [
        C(
            "will hold a 12-hour general strike starting at noon on Wednesday",
            "at noon on Wednesday",
            wd("Wednesday", at="12:00"),
            "event",
            None,
            real="2024-01-24",
        )
    ],
    "CGT general strike of Wednesday 24 January 2024, 12:00 to midnight, called on 28 December 2023, 45 days into "
    "Milei's term; Bullrich's protocol was announced on 14 December 2023. An unconditional strike is an event with no "
    "attribution in its sentence; the closing question is not a claim.",
    ["time-local", "question", "past-month", "number-like-date"],
)

P(
    "tr-chile-plebiscite-2022",
    "2022-09-01 20:00",
    "America/Santiago",
    "SANTIAGO (AFP) - Chileans go to the polls on Sunday to accept or reject a new constitution drafted by an elected "
    "convention to replace the charter imposed in 1980 under Augusto Pinochet, with the last opinion polls published "
    "before a two-week blackout showing the 'reject' camp ahead. Voting is compulsory for the roughly 15 million "
    "people on the electoral roll, and polling stations will be open from 8 a.m. to 6 p.m. President Gabriel Boric, "
    "who campaigned for the new text, has said that if it is voted down a fresh drafting process would have to "
    "begin. Official results are expected within a few hours of the polls closing on Sunday night, the electoral "
    "service Servel said.",
    [
        C(
            "Chileans go to the polls on Sunday to accept or reject a new constitution",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2022-09-04",
        ),
        C(
            "Official results are expected within a few hours of the polls closing on Sunday night",
            "on Sunday night",
            wd("Sunday"),
            "prediction",
            "Servel",
            real="2022-09-04",
        ),
    ],
    "Chile's constitutional plebiscite of Sunday 4 September 2022 (compulsory vote, 15.1 million voters, the text "
    "rejected by 62%; results known that night). The opening hours only refer back to the vote; Boric's redrafting "
    "is a hypothetical.",
    ["hypothetical", "number-like-date", "explicit-past-date"],
)

N(
    "tr-brazil-floods-2024",
    "2024-05-09 20:00",
    "America/Sao_Paulo",
    "PORTO ALEGRE, Brazil - President Luiz Inacio Lula da Silva announced a 50.9 billion reais ($10 billion) aid "
    "package on Thursday for Rio Grande do Sul, where floods that began late last month have killed at least 107 "
    "people and driven more than 160,000 from their homes. The Guaiba river in the state capital, Porto Alegre, "
    "peaked at a record of more than 5.3 metres on Sunday, and the city's international airport remains closed "
    "indefinitely with its runway under water. It is the state's second deadly disaster in less than a year, after "
    "an extratropical cyclone killed more than 50 people last September. Forecasters expect more heavy rain, and "
    "the state's civil defence agency said rivers could rise again.",
    "Rio Grande do Sul floods from late April 2024; Lula's R$50.9 billion package of Thursday 9 May 2024; the Guaiba "
    "peaked on Sunday 5 May; Salgado Filho airport closed indefinitely; the September 2023 cyclone killed 50+. "
    "No dated future.",
    ["last-month", "past-weekday", "said-on-day", "hypothetical", "number-like-date"],
)


# ===========================================================================
# South Asia

P(
    "tr-rbi-2000-deadline-2023",
    "2023-09-30 18:30",
    "Asia/Kolkata",
    "MUMBAI: The Reserve Bank of India on Saturday extended the deadline for exchanging or depositing Rs 2,000 "
    "banknotes by a week to 7 October, saying a review had shown that most of the notes withdrawn in May had already "
    "come back to the banking system. The 30 September deadline, announced when the central bank pulled the notes "
    "from circulation on 19 May, would otherwise have lapsed at the close of business on Saturday. From 8 October, "
    "banks will stop accepting the notes and people will only be able to exchange them at the RBI's 19 issue "
    "offices, the central bank said in a statement. Of the Rs 3.56 lakh crore worth of Rs 2,000 notes in "
    "circulation on 19 May, Rs 3.42 lakh crore, or about 96%, had been returned by 29 September.",
    [
        C(
            "extended the deadline for exchanging or depositing Rs 2,000 banknotes by a week to 7 October",
            "to 7 October",
            md(10, 7),
            "deadline",
            "the Reserve Bank of India",
            real="2023-10-07",
        ),
        C(
            "From 8 October, banks will stop accepting the notes",
            "From 8 October",
            md(10, 8),
            "event",
            "the Reserve Bank of India",
            real="2023-10-08",
        ),
    ],
    "RBI circular of Saturday 30 September 2023: the Rs 2,000 exchange/deposit window extended from 30 September to "
    "7 October 2023; from 8 October only the 19 RBI issue offices. The 30 September deadline (the publication day) "
    "is superseded; 19 May and 29 September are past dates.",
    [
        "superseded-date",
        "said-on-day",
        "explicit-date",
        "explicit-past-date",
        "past-month",
        "number-like-date",
    ],
)

P(
    "tr-haryana-poll-moved-2024",
    "2024-08-31 21:00",
    "Asia/Kolkata",
    "NEW DELHI: The Election Commission on Saturday pushed back polling in Haryana by four days to 5 October, from 1 "
    "October, so that members of the Bishnoi community can take part in the Asoj Amavasya festival, and deferred the "
    "counting of votes in both Haryana and Jammu and Kashmir to 8 October. Counting in the two places had been "
    "scheduled for 4 October. The three-phase election in Jammu and Kashmir, the first since the region lost its "
    "special status under Article 370 in 2019, will otherwise go ahead as planned. The last date for filing "
    "nominations in Haryana is 12 September, the commission said, adding that it had received representations from "
    "the All India Bishnoi Mahasabha and from political parties.",
    [
        C(
            "pushed back polling in Haryana by four days to 5 October",
            "to 5 October",
            md(10, 5),
            "event",
            "the Election Commission",
            real="2024-10-05",
        ),
        C(
            "deferred the counting of votes in both Haryana and Jammu and Kashmir to 8 October",
            "to 8 October",
            md(10, 8),
            "event",
            "the Election Commission",
            real="2024-10-08",
        ),
        C(
            "The last date for filing nominations in Haryana is 12 September",
            "12 September",
            md(9, 12),
            "deadline",
            "the Election Commission",
            real="2024-09-12",
        ),
    ],
    "ECI press note of Saturday 31 August 2024: Haryana poll moved from 1 to 5 October 2024 for the Bishnoi Asoj "
    "Amavasya festival; counting for Haryana and J&K moved from 4 to 8 October 2024; Haryana nominations closed on "
    "12 September 2024. The 1 and 4 October dates are superseded.",
    ["superseded-date", "same-sentence-claims", "explicit-date", "said-on-day", "number-like-date"],
)

P(
    "tr-cyclone-remal-2024",
    "2024-05-25 14:00",
    "Asia/Kolkata",
    "KOLKATA: Cyclone Remal, the first of the pre-monsoon season over the Bay of Bengal, is very likely to cross the "
    "coasts of West Bengal and Bangladesh between Sagar Island and Khepupara around midnight on Sunday as a severe "
    "cyclonic storm, the India Meteorological Department said on Saturday. Wind speeds may touch 110-120 km/h, "
    "gusting to 135 km/h, and the IMD has warned of a storm surge of up to 1.5 metres in low-lying parts of the South "
    "and North 24 Parganas districts. Kolkata airport said it would suspend flight operations for 21 hours from noon "
    "on Sunday, while Eastern Railway cancelled several suburban services. Cyclone Amphan, which struck the same "
    "coast in May 2020, killed dozens of people in the state.",
    [
        C(
            "is very likely to cross the coasts of West Bengal and Bangladesh between Sagar Island and Khepupara around "
            "midnight on Sunday",
            "around midnight on Sunday",
            midnight_on("Sunday"),
            "prediction",
            "the India Meteorological Department",
            real="2024-05-26",
        ),
        C(
            "Kolkata airport said it would suspend flight operations for 21 hours from noon on Sunday",
            "from noon on Sunday",
            wd("Sunday", at="12:00"),
            "event",
            "Kolkata airport",
            real="2024-05-26",
        ),
    ],
    "IMD bulletins of Saturday 25 May 2024: Remal to cross between Sagar Island and Khepupara around midnight of 26 "
    "May as a severe cyclonic storm (110-120 km/h gusting 135); landfall began on the evening of 26 May. Kolkata "
    "airport suspended flights from 12:00 on 26 May to 09:00 on 27 May (an ordered suspension: event).",
    ["midnight", "time-local", "may-verb", "said-on-day", "number-like-date", "past-month"],
)

P(
    "tr-pakistan-imf-board-2024",
    "2024-09-19 18:00",
    "Asia/Karachi",
    "ISLAMABAD - The International Monetary Fund's executive board is scheduled to take up Pakistan's request for a "
    "$7 billion loan on Wednesday next week, more than two months after the two sides reached a staff-level "
    "agreement on 12 July. Approval had been held up while Islamabad sought fresh financing assurances from China, "
    "Saudi Arabia and the United Arab Emirates, its main bilateral creditors. Finance Minister Muhammad Aurangzeb "
    "said on Thursday the government had completed all the prior actions demanded by the Fund. He told reporters he "
    "expected the first tranche, of around $1 billion, to reach the central bank by the end of the month.",
    [
        C(
            "scheduled to take up Pakistan's request for a $7 billion loan on Wednesday next week",
            "on Wednesday next week",
            wd_next_week("Wednesday"),
            "event",
            None,
            real="2024-09-25",
        ),
        C(
            "expected the first tranche, of around $1 billion, to reach the central bank by the end of the month",
            "by the end of the month",
            this_end_of_month(),
            "prediction",
            "Muhammad Aurangzeb",
            real="2024-09-27",
            real_le=True,
        ),
    ],
    "IMF board meeting on Pakistan's 37-month $7 billion EFF, Wednesday 25 September 2024 (approved; about $1.03 "
    "billion disbursed within days); staff-level agreement 12 July 2024. 'He' is Aurangzeb.",
    [
        "next-week-weekday",
        "end-of-month",
        "pronoun-speaker",
        "said-on-day",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "tr-bangladesh-yunus-2025",
    "2025-06-06 22:30",
    "Asia/Dhaka",
    "DHAKA - Bangladesh will hold its next general election on any day in the first half of April 2026, interim "
    "leader Muhammad Yunus said in a televised address on Friday, ruling out the December vote sought by the "
    "Bangladesh Nationalist Party. Speaking on the eve of Eid al-Adha, the Nobel laureate said the Election "
    'Commission would publish a detailed roadmap "at the appropriate time" and that reforms of the judiciary and '
    "the police had to be completed first. The BNP, whose acting chairman Tarique Rahman lives in London, said it "
    "was disappointed by the timetable. Yunus, who took charge three days after Sheikh "
    "Hasina fled to India on 5 August last year, had said in December that the vote could be held between late 2025 "
    "and the first half of 2026.",
    [
        C(
            "Bangladesh will hold its next general election on any day in the first half of April 2026",
            "in the first half of April 2026",
            first_half_of_month(2026, 4),
            "promise",
            "Muhammad Yunus",
        )
    ],
    "Yunus's address of Friday 6 June 2025 (eve of Eid al-Adha): election in the first half of April 2026; the BNP "
    "wanted December 2025 (ruled out, not a claim); his December 2024 range is a past possibility. The election was "
    "later held in February 2026, so no real date is recorded.",
    [
        "cancelled-date",
        "said-on-day",
        "hypothetical",
        "explicit-past-date",
        "range",
        "undated-future",
    ],
)

N(
    "tr-sri-lanka-local-polls-2023",
    "2023-02-24 19:00",
    "Asia/Colombo",
    "COLOMBO - Sri Lanka's Election Commission said on Friday that local council elections due on 9 March could not "
    "be held as planned because the Treasury had not released the money needed to print ballot papers and pay "
    "polling staff, and that a new date would be announced later. Opposition parties accused President Ranil "
    "Wickremesinghe of using the economic crisis as an excuse to put off the first nationwide vote since the 2022 "
    "protests that forced his predecessor, Gotabaya Rajapaksa, to flee. Wickremesinghe's government, which is "
    "negotiating a $2.9 billion bailout with the International Monetary Fund, has said it cannot afford the roughly "
    "10 billion rupees the poll would cost. The Supreme Court has been asked to order the release of the funds.",
    "Sri Lanka's Election Commission announced on Friday 24 February 2023 that the 9 March 2023 local polls could "
    "not go ahead; the date is cancelled and the new one undated.",
    ["cancelled-date", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "tr-india-budget-2025",
    "2025-01-17 19:00",
    "Asia/Kolkata",
    "NEW DELHI: Finance Minister Nirmala Sitharaman will present the Union Budget for 2025-26 on 1 February, a "
    "Saturday, Parliamentary Affairs Minister Kiren Rijiju said on Friday, adding that the Budget Session would open "
    "with President Droupadi Murmu's address to a joint sitting of both Houses. The Economic Survey, which reviews the "
    "state of the economy over the past year, will be tabled later this month. It will be Sitharaman's eighth "
    "consecutive Budget, and economists expect her to offer income-tax relief to the salaried middle class as growth "
    "slows to a four-year low.",
    [
        C(
            "Finance Minister Nirmala Sitharaman will present the Union Budget for 2025-26 on 1 February",
            "on 1 February",
            md(2, 1),
            "event",
            "Kiren Rijiju",
            real="2025-02-01",
        ),
        C(
            "The Economic Survey, which reviews the state of the economy over the past year, will be tabled later this "
            "month",
            "later this month",
            rest_of_month(),
            "event",
            None,
            real="2025-01-31",
        ),
    ],
    "Rijiju's announcement of Friday 17 January 2025: Budget session from 31 January, Economic Survey tabled on 31 "
    "January, Union Budget 2025-26 on Saturday 1 February 2025. The tax-relief expectation is undated.",
    ["later-this-period", "said-on-day", "explicit-date", "number-like-date", "undated-future"],
)


# ===========================================================================
# East and South-East Asia

P(
    "tr-singapore-wong-2024",
    "2024-04-15 20:30",
    "Asia/Singapore",
    "SINGAPORE - Deputy Prime Minister Lawrence Wong will be sworn in as Singapore's fourth prime minister at 8pm on "
    "15 May at the Istana, the Prime Minister's Office said on Monday, ending months of speculation over the timing "
    "of the leadership transition. Prime Minister Lee Hsien Loong, 72, who took office in August 2004, said in a "
    "Facebook post that he would step down on the same day and asked Singaporeans to give Mr Wong and his team their "
    "full support. The handover comes ahead of a general election that must be held by November 2025, which analysts "
    "expect Mr Wong to call well before then to secure his own mandate.",
    [
        C(
            "Lawrence Wong will be sworn in as Singapore's fourth prime minister at 8pm on 15 May",
            "at 8pm on 15 May",
            md(5, 15, at="20:00"),
            "event",
            "the Prime Minister's Office",
            real="2024-05-15",
        ),
        C(
            "a general election that must be held by November 2025",
            "by November 2025",
            by_month(2025, 11),
            "deadline",
            None,
            real="2025-05-03",
            real_le=True,
        ),
    ],
    "PMO announcement of Monday 15 April 2024: Wong sworn in at 20:00 on 15 May 2024 at the Istana; Lee stepped down "
    "the same day ('on the same day' only refers back). GE2025 was due by November 2025 and held on 3 May 2025.",
    ["time-local", "said-on-day", "explicit-date", "past-month", "repeated-claim"],
)

P(
    "tr-malaysia-nominations-2022",
    "2022-11-05 07:30",
    "Asia/Kuala_Lumpur",
    "KUALA LUMPUR - Candidates in Malaysia's 15th general election have until 10am on Saturday to file their "
    "nomination papers, with 222 parliamentary seats at stake and the Election Commission expecting a record number "
    "of multi-cornered fights. Early voting for police, soldiers and their spouses will be held on 15 November, four "
    "days before polling day on 19 November, the commission's chairman Abdul Ghani Salleh said. Prime Minister "
    "Ismail Sabri Yaakob dissolved parliament on 10 October under pressure from his party, UMNO, despite warnings "
    "that the vote would coincide with the annual monsoon floods. Opposition leader Anwar Ibrahim, 75, is contesting "
    "in Tambun, in Perak, rather than in his Port Dickson seat.",
    [
        C(
            "have until 10am on Saturday to file their nomination papers",
            "until 10am on Saturday",
            wd("Saturday", at="10:00"),
            "deadline",
            None,
            real="2022-11-05",
        ),
        C(
            "Early voting for police, soldiers and their spouses will be held on 15 November",
            "on 15 November",
            md(11, 15),
            "event",
            "Abdul Ghani Salleh",
            real="2022-11-15",
        ),
        C(
            "four days before polling day on 19 November",
            "on 19 November",
            md(11, 19),
            "event",
            "Abdul Ghani Salleh",
            real="2022-11-19",
        ),
    ],
    "Malaysia GE15: nomination day Saturday 5 November 2022 (09:00-10:00), early voting 15 November, polling 19 "
    "November 2022; parliament dissolved on 10 October 2022. Published on the Saturday morning itself.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "same-sentence-claims",
        "explicit-date",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "tr-china-quarantine-end-2022",
    "2022-12-27 09:00",
    "Asia/Shanghai",
    "BEIJING (Reuters) - China will stop requiring inbound travellers to go into quarantine from 8 January, the "
    "National Health Commission said late on Monday, dismantling one of the last pillars of a zero-COVID policy that "
    "has kept its borders largely shut for almost three years. Arrivals will still need a negative PCR test taken "
    "within 48 hours before departure, and the commission said outbound travel by Chinese citizens would resume "
    '"in an orderly manner", without giving a date. From the same day, COVID-19 will be managed as a Class B rather '
    "than a Class A infectious disease, stripping local authorities of the power to lock down patients and their "
    "close contacts. Quarantine for international arrivals had already been cut to five days in a hotel and three at "
    "home in November.",
    [
        C(
            "China will stop requiring inbound travellers to go into quarantine from 8 January",
            "from 8 January",
            md(1, 8),
            "event",
            "the National Health Commission",
            real="2023-01-08",
        )
    ],
    "NHC notice of Monday 26 December 2022: from 8 January 2023 no quarantine for arrivals and COVID-19 downgraded "
    "to Class B ('from the same day' only refers back); outbound travel to resume without a date; quarantine cut to "
    "5+3 days on 11 November 2022.",
    [
        "year-inference",
        "said-on-day",
        "undated-future",
        "duration",
        "past-month",
        "number-like-date",
    ],
)

P(
    "tr-hk-mangkhut-2018",
    "2018-09-15 17:00",
    "Asia/Hong_Kong",
    "HONG KONG - The Hong Kong Observatory said on Saturday it expected to raise the No. 8 gale signal in the early "
    "hours of Sunday as Super Typhoon Mangkhut, the strongest storm of the year, bore down on the southern Chinese "
    "coast after killing at least a dozen people in the Philippines. The storm smashed into the northern tip of Luzon "
    "before dawn on Saturday, tearing roofs off houses and setting off landslides across the Cordillera region. In "
    "neighbouring Macau, the government ordered all 42 casinos to close from 11 p.m. on Saturday, the first such "
    "shutdown in the gambling hub's history, a year after Typhoon Hato killed 10 people there. The observatory said "
    "the signal could be raised further, and urged residents to stay away from the shoreline.",
    [
        C(
            "it expected to raise the No. 8 gale signal in the early hours of Sunday",
            "in the early hours of Sunday",
            wd("Sunday"),
            "prediction",
            "the Hong Kong Observatory",
            real="2018-09-16",
        ),
        C(
            "the government ordered all 42 casinos to close from 11 p.m. on Saturday",
            "from 11 p.m. on Saturday",
            wd("Saturday", at="23:00"),
            "event",
            "the Macau government",
            real="2018-09-15",
        ),
    ],
    "Typhoon Mangkhut: landfall in Cagayan, Luzon, early on Saturday 15 September 2018; HKO issued signal No. 8 at "
    "01:10 and No. 10 at 09:40 on Sunday 16 September; Macau's casinos were ordered shut from 23:00 on 15 September, a "
    "first. The casino closure is an ordered measure (event) later on the publication day.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "past-weekday",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "tr-thai-digital-wallet-2024",
    "2024-04-10 19:00",
    "Asia/Bangkok",
    "BANGKOK - Thailand will open registration for its flagship 10,000-baht digital wallet handout in the third "
    "quarter and start transferring the money to around 50 million people in the fourth quarter, Prime Minister "
    "Srettha Thavisin said on Wednesday, after months of delay caused by doubts over how to pay for it. The 500 "
    "billion baht ($13.7 billion) scheme will be financed from the 2024 and 2025 budgets and by the state-owned Bank "
    "for Agriculture and Agricultural Cooperatives, he told a news conference. Critics, including former central "
    "bank governors, have warned that the stimulus may strain public finances, while the Bank of Thailand expects "
    "inflation, negative for six straight months, to return to its 1-3% target range by the end of the year. The "
    "ruling Pheu Thai party had originally promised to start the handouts in February.",
    [
        C(
            "will open registration for its flagship 10,000-baht digital wallet handout in the third quarter",
            "in the third quarter",
            quarter(2024, 3),
            "promise",
            "Srettha Thavisin",
            real="2024-08-01",
        ),
        C(
            "start transferring the money to around 50 million people in the fourth quarter",
            "in the fourth quarter",
            quarter(2024, 4),
            "promise",
            "Srettha Thavisin",
        ),
        C(
            "the Bank of Thailand expects inflation, negative for six straight months, to return to its 1-3% target range "
            "by the end of the year",
            "by the end of the year",
            this_year_end(),
            "prediction",
            "the Bank of Thailand",
        ),
    ],
    "Srettha's digital-wallet committee announcement of Wednesday 10 April 2024: registration in Q3 2024 (it opened "
    "on 1 August 2024), spending in Q4 2024; the Bank of Thailand expected inflation back in 1-3% by end-2024 after "
    "negative prints from October 2023 to March 2024. The original February 2024 start is past.",
    [
        "quarter",
        "same-sentence-claims",
        "said-on-day",
        "may-verb",
        "year-end",
        "past-month",
        "number-like-date",
    ],
)

P(
    "tr-vietnam-rail-2024",
    "2024-11-30 18:00",
    "Asia/Ho_Chi_Minh",
    "HANOI (Reuters) - Vietnam's National Assembly on Saturday approved a $67 billion high-speed railway linking Hanoi "
    "and Ho Chi Minh City, the country's most expensive infrastructure project, with construction due to start in "
    "2027. The 1,541-km line, with trains running at up to 350 km per hour, would cut the journey between the two "
    "cities to about five hours, and the government aims to complete it before 2035. Lawmakers had rejected a "
    "similar plan in 2010 because of its cost, and some economists warned this week that the project may strain "
    "public debt, which stood at about 37% of GDP last year.",
    [
        C("with construction due to start in 2027", "in 2027", in_year(2027), "event", None),
        C(
            "the government aims to complete it before 2035",
            "before 2035",
            before_year(2035),
            "promise",
            "the government",
        ),
    ],
    "Vietnam's National Assembly approved the North-South high-speed railway ($67 billion, 1,541 km, 350 km/h) on "
    "Saturday 30 November 2024; construction targeted for 2027 and completion by 2035; a 2010 plan was rejected.",
    [
        "year-period",
        "before-year",
        "past-weekday",
        "may-verb",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "tr-pacquiao-thurman-2019",
    "2019-07-20 09:00",
    "Asia/Manila",
    "MANILA - Senator Manny Pacquiao, 40, will fight Keith Thurman for the WBA 'super' welterweight title at the MGM "
    "Grand in Las Vegas on Saturday night, with the pay-per-view card due to start at 6 p.m. Pacific time. Thurman, "
    "30 and unbeaten in 29 fights, has promised to end the career of the Filipino, who made his professional debut in "
    "1995 and has won world titles in eight weight divisions. Both men made the 147-pound limit at Friday's "
    "weigh-in, and Pacquiao told reporters he was ready to give fans back home, where the bout will be shown live on "
    "Sunday morning, a good fight.",
    [
        C(
            "will fight Keith Thurman for the WBA 'super' welterweight title at the MGM Grand in Las Vegas on Saturday "
            "night, with the pay-per-view card due to start at 6 p.m. Pacific time",
            "on Saturday night ... at 6 p.m. Pacific time",
            zoned(wd("Saturday"), "18:00", "America/Los_Angeles"),
            "event",
            None,
            real="2019-07-21",
        )
    ],
    "Pacquiao-Thurman, MGM Grand, Las Vegas, Saturday 20 July 2019 (Fox PPV from 18:00 PDT = 09:00 Sunday 21 July in "
    "Manila); weigh-in on Friday 19 July (Las Vegas); published on Saturday morning in Manila, Friday evening in Las "
    "Vegas, so 'Saturday' (resolved in the named zone) is 20 July there. The converted Manila date is the gold; 'shown live on Sunday "
    "morning' is the same bout mentioned again (labelled once).",
    [
        "time-converted",
        "date-crossing-conversion",
        "repeated-claim",
        "past-weekday",
        "number-like-date",
    ],
)

N(
    "tr-change5-launch-2020",
    "2020-11-24 12:00",
    "Asia/Shanghai",
    "WENCHANG, China (Reuters) - China launched an unmanned spacecraft to the moon at 4:30 a.m. on Tuesday to bring "
    "back lunar rocks, the first attempt by any country to retrieve samples from the moon's surface since the Soviet "
    "Union's Luna 24 mission in 1976. The Chang'e-5 probe was carried aloft by a Long March 5, the country's largest "
    "carrier rocket, which returned to flight last December after a failed launch grounded it for more than two "
    "years. Once it lands, the probe is expected to spend about two days collecting around 2 kg of material before an "
    "ascent module lifts off for a rendezvous in lunar orbit. If it succeeds, China will become only the third "
    "country, after the United States and the former Soviet Union, to bring moon rocks back to Earth.",
    "Chang'e-5 launched on a Long March 5 at 04:30 Beijing time on Tuesday 24 November 2020; the rocket's return to "
    "flight was 27 December 2019 after the July 2017 failure. The two-day surface stay has no anchor date.",
    ["march-noun", "last-month", "past-weekday", "duration", "hypothetical", "number-like-date"],
)


# ===========================================================================
# Middle East

P(
    "tr-saudi-vat-2020",
    "2020-05-11 11:00",
    "Asia/Riyadh",
    "RIYADH (Reuters) - Saudi Arabia will triple value-added tax to 15% from 1 July and suspend a monthly "
    "cost-of-living allowance for state employees from June, Finance Minister Mohammed al-Jadaan said on Monday, as "
    "the kingdom grapples with a collapse in oil prices and the coronavirus pandemic. The government will also cut or "
    "delay about 100 billion riyals ($26.6 billion) of spending, including on some Vision 2030 projects, he said in a "
    "statement carried by the state news agency. The allowance of 1,000 riyals a month was introduced in January "
    "2018, the same month the kingdom first imposed VAT at 5%.",
    [
        C(
            "Saudi Arabia will triple value-added tax to 15% from 1 July",
            "from 1 July",
            md(7, 1),
            "promise",
            "Mohammed al-Jadaan",
            real="2020-07-01",
        ),
        C(
            "suspend a monthly cost-of-living allowance for state employees from June",
            "from June",
            in_month(2020, 6),
            "promise",
            "Mohammed al-Jadaan",
            real="2020-06-01",
        ),
    ],
    "Saudi austerity measures announced early on Monday 11 May 2020: VAT 5% -> 15% from 1 July 2020; the cost-of-living "
    "allowance suspended from 1 June 2020; 100 billion riyals of spending cut. The government's commitments to its own "
    "measures are labelled promises.",
    [
        "same-sentence-claims",
        "month-period",
        "said-on-day",
        "explicit-date",
        "past-month",
        "number-like-date",
    ],
)

P(
    "tr-knesset-dissolved-2022",
    "2022-06-30 17:00",
    "Asia/Jerusalem",
    "JERUSALEM (AP) - Israel's parliament voted to dissolve itself on Thursday, sending the country to its fifth "
    "election in less than four years on 1 November and bringing down the ideologically diverse coalition that "
    "ended Benjamin Netanyahu's 12-year rule a year ago. Foreign Minister Yair Lapid will take over from Naftali "
    "Bennett as caretaker prime minister at midnight, under the terms of their power-sharing deal. The bill passed "
    "92-0, and Bennett, who announced last week that his fragile alliance could no longer hold, said he would not run "
    "in the election. Parties have until 15 September to submit their lists of candidates.",
    [
        C(
            "sending the country to its fifth election in less than four years on 1 November",
            "on 1 November",
            md(11, 1),
            "event",
            None,
            real="2022-11-01",
        ),
        C(
            "Yair Lapid will take over from Naftali Bennett as caretaker prime minister at midnight",
            "at midnight",
            midnight_on("Thursday"),
            "event",
            None,
            real="2022-07-01",
        ),
        C(
            "Parties have until 15 September to submit their lists of candidates",
            "until 15 September",
            md(9, 15),
            "deadline",
            None,
            real="2022-09-15",
        ),
    ],
    "Knesset dissolution vote (92-0) on Thursday 30 June 2022; election on 1 November 2022; Lapid became prime "
    "minister at 00:01 on 1 July 2022 ('at midnight' on the publication day: 30 June or 1 July); party lists closed "
    "on 15 September 2022.",
    ["midnight", "same-day-future", "past-weekday", "explicit-date", "number-like-date"],
)


# ===========================================================================
# Oceania

P(
    "tr-cyclone-alfred-2025",
    "2025-03-05 16:00",
    "Australia/Brisbane",
    "Tropical Cyclone Alfred is forecast to cross the south-east Queensland coast early on Friday, most likely between "
    "Noosa and Coolangatta, the Bureau of Meteorology says, which would make it the first cyclone to hit the region "
    "since Zoe in 1974. Hundreds of state schools across the south-east will close on Thursday and Friday, Premier "
    "David Crisafulli said, and public transport in Brisbane may be suspended once the winds strengthen. Mr "
    "Crisafulli urged residents to treat the storm as a rare event and to prepare for days without power. Supermarket shelves were stripped bare on "
    "Tuesday as residents stocked up on food, water and sandbags.",
    [
        C(
            "Tropical Cyclone Alfred is forecast to cross the south-east Queensland coast early on Friday",
            "early on Friday",
            wd("Friday"),
            "prediction",
            "the Bureau of Meteorology",
        ),
        C(
            "Hundreds of state schools across the south-east will close on Thursday and Friday",
            "on Thursday and Friday",
            span_wd("Thursday", "Friday"),
            "event",
            "David Crisafulli",
            real="2025-03-06",
        ),
    ],
    "Cyclone Alfred, March 2025: on Wednesday 5 March the BoM forecast a crossing early on Friday 7 March (it stalled "
    "and crossed on Saturday 8 March as a tropical low, so no real date for the forecast); Queensland closed schools "
    "in the south-east on Thursday 6 and Friday 7 March (one closure over consecutive days: one span claim).",
    ["range", "may-verb", "past-weekday", "number-like-date"],
)

P(
    "tr-nsw-election-2023",
    "2023-03-18 16:00",
    "Australia/Sydney",
    "Pre-polling centres opened across New South Wales on Saturday, with more than 5.5 million people enrolled to vote "
    "in the state election next Saturday, when Premier Dominic Perrottet will try to win the Coalition a fourth "
    "consecutive term. Labor leader Chris Minns, who needs to pick up nine seats to govern in his own right, has "
    "promised to write a ban on privatising Sydney Water into the state constitution and to scrap the public sector "
    "wage cap. Polls suggest a hung parliament is possible, in which case the independents elected in 2019 and "
    "since could decide who forms government. The NSW Electoral Commission said it expected a record number of early "
    "votes.",
    [
        C(
            "more than 5.5 million people enrolled to vote in the state election next Saturday",
            "next Saturday",
            next_wd("Saturday"),
            "event",
            None,
            real="2023-03-25",
        )
    ],
    "NSW state election of Saturday 25 March 2023 (early voting opened Saturday 18 March); 'next Saturday' on a "
    "Saturday: both readings give 25 March. Minns' pledges are undated; the hung-parliament case is hypothetical.",
    ["next-weekday", "hypothetical", "number-like-date", "undated-future"],
)

N(
    "tr-victoria-games-withdrawn-2023",
    "2023-07-18 18:00",
    "Australia/Melbourne",
    "Victoria has pulled out of hosting the 2026 Commonwealth Games, which had been due to be held in Geelong, "
    "Ballarat, Bendigo, Gippsland and Shepparton from 17 to 29 March 2026, after Premier Daniel Andrews said on "
    "Tuesday that the cost had blown out to as much as $7 billion. The state government had budgeted $2.6 billion for "
    "the event when it agreed in April last year to step in as host. Mr Andrews told reporters he would not spend "
    "$6 billion to $7 billion on a 12-day sporting event. Commonwealth Games Australia called the decision "
    "disappointing and said it would look at other options in the weeks ahead.",
    "Andrews' announcement of Tuesday 18 July 2023 cancelling Victoria's 2026 Games (planned 17-29 March 2026; "
    "budget A$2.6 billion, estimate up to A$7 billion); Victoria had agreed to host in April 2022. The March 2026 "
    "dates are cancelled; the options are undated.",
    ["cancelled-date", "said-on-day", "explicit-past-date", "number-like-date", "undated-future"],
)

N(
    "tr-png-landslide-2024",
    "2024-05-27 15:00",
    "Pacific/Port_Moresby",
    "PORT MORESBY (Reuters) - More than 2,000 people may have been buried alive by the landslide that hit Yambali "
    "village in Papua New Guinea's remote Enga province on Friday, the country's disaster centre said in a letter to "
    "the United Nations on Monday, far above a UN estimate of about 670 issued on Sunday. Rescuers using shovels, "
    "sticks and their bare hands have recovered only a handful of bodies, and heavy machinery has yet to reach the "
    "site, which lies on a highway that was cut by the slide. Officials warned that if the debris, in places eight "
    "metres deep, shifted again, it could bury the teams working on top of it. The government said it would decide "
    "in the coming days whether to formally request more international help.",
    "Enga landslide, early on Friday 24 May 2024; the IOM estimate of 670 dead on Sunday 26 May; the National Disaster "
    "Centre's letter of Monday 27 May put the number buried above 2,000. Past events, a hypothetical and undated "
    "futures only.",
    [
        "past-weekday",
        "said-on-day",
        "hypothetical",
        "may-verb",
        "undated-future",
        "number-like-date",
    ],
)

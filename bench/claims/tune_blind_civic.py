"""Tuning passages written blind: local and state news in the US, UK, Canada and Australia (city councils, school boards, transit and roadworks, local elections and ballot measures, council budgets, police appeals, weather closures, hospitals and public-health campaigns), as local papers and public broadcasters write it. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_year,
    by_month,
    early_year,
    in_days,
    in_month,
    in_months,
    in_year,
    md,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_year,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)




# ---------------------------------------------------------------------------
# Transport, roads and charges

P(
    "tq-ulez-all-boroughs-2023",
    "2023-08-28 07:00",
    "Europe/London",
    "LONDON — Drivers of older petrol and diesel cars across every corner of the capital will have to pay "
    "£12.50 a day from Tuesday, when the ultra-low emission zone is extended to all 32 London boroughs despite "
    "a last-ditch campaign by five Conservative-run councils. Their legal challenge was thrown out by the High "
    "Court on July 28, and Transport for London has since widened its £160 million scrappage scheme so that "
    "every Londoner can apply for up to £2,000 towards replacing a non-compliant vehicle. Sadiq Khan, who has "
    'called the expansion "a difficult decision", will defend it at the mayoral election next May, when his '
    "Conservative challenger Susan Hall has vowed to scrap it on her first day in office.",
    [
        C(
            "will have to pay £12.50 a day from Tuesday",
            "from Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2023-08-29",
        ),
        C(
            "will defend it at the mayoral election next May",
            "next May",
            in_month(2024, 5),
            "event",
            None,
            real="2024-05-02",
        ),
    ],
    "ULEZ expanded London-wide on Tuesday 29 August 2023 after the High Court dismissed the challenge by five "
    "councils (Hillingdon, Bexley, Bromley, Harrow and Surrey County Council) on 28 July 2023; scrappage scheme "
    "GBP 160m, widened to all Londoners from 21 August. The mayoral election was held on 2 May 2024; Susan Hall's "
    "'day one' pledge is undated (a promise conditional on winning), so not a claim.",
    [
        "explicit-past-date",
        "month-period",
        "number-like-date",
        "undated-future",
        "hypothetical",
        "multi-claim",
    ],
)

P(
    "tq-bee-network-wigan-bolton-2023",
    "2023-09-22 10:00",
    "Europe/London",
    "MANCHESTER — Yellow buses carrying the Bee Network livery will begin running in Wigan and Bolton on "
    "Sunday, the first routes in England outside London to be brought back under public control since bus "
    "services were deregulated in 1986. Transport for Greater Manchester said fares would be capped at £2 for "
    "a single adult journey, with services in Bury, Oldham, Rochdale and parts of Salford joining the network in "
    "March and the rest of the city-region's buses by January 2025. Mayor Andy Burnham, who has staked much of "
    "his second term on the scheme, said the prize was a London-style system with trams, buses and local trains "
    "on one ticket. He said he wanted the first suburban rail lines folded into it before the end of the decade.",
    [
        C(
            "will begin running in Wigan and Bolton on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2023-09-24",
        ),
        C(
            "joining the network in March",
            "in March",
            in_month(2024, 3),
            "promise",
            "Transport for Greater Manchester",
            real="2024-03-24",
        ),
        C(
            "the rest of the city-region's buses by January 2025",
            "by January 2025",
            by_month(2025, 1),
            "promise",
            "Transport for Greater Manchester",
            real="2025-01-05",
            real_le=True,
        ),
        C(
            "wanted the first suburban rail lines folded into it before the end of the decade",
            "before the end of the decade",
            before_year(2030),
            "promise",
            "Andy Burnham",
        ),
    ],
    "Bee Network franchising: tranche 1 (Wigan, Bolton and parts of Salford and Bury) from Sunday 24 September "
    "2023, tranche 2 (Bury, Oldham, Rochdale, parts of Salford and north Manchester) from 24 March 2024, tranche "
    "3 from 5 January 2025. Burnham's aim of bringing rail into the network by 2030. 'By the end of the decade' "
    "takes both readings (end of 2029 or 2030).",
    [
        "same-sentence-claims",
        "month-period",
        "before-year",
        "pronoun-speaker",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-ottawa-confederation-line-2019",
    "2019-08-23 15:00",
    "America/Toronto",
    "OTTAWA — The city's $2.1-billion Confederation Line will open to passengers at 2 p.m. on Sept. 14, Mayor "
    "Jim Watson announced on Friday, ending a saga in which the builder, Rideau Transit Group, blew through a "
    "May 2018 handover date and then two more deadlines, the last of them March 31. Rides will be free for the "
    "first weekend. OC Transpo will then overhaul its bus network on Oct. 6, cutting express routes that now run "
    "downtown and feeding riders into the 13 stations of the east-west LRT.",
    [
        C(
            "will open to passengers at 2 p.m. on Sept. 14",
            "at 2 p.m. on Sept. 14",
            md(9, 14, "14:00"),
            "event",
            "Jim Watson",
            real="2019-09-14",
        ),
        C(
            "will then overhaul its bus network on Oct. 6",
            "on Oct. 6",
            md(10, 6),
            "event",
            "OC Transpo",
            real="2019-10-06",
        ),
    ],
    "Ottawa's O-Train Confederation Line opened to the public at 2 p.m. on Saturday 14 September 2019 (date "
    "announced on Friday 23 August 2019); RTG missed the May 2018, November 2018 and 31 March 2019 dates; the "
    "new OC Transpo bus network started on 6 October 2019. 'Rides will be free for the first weekend' refers "
    "back to the opening and is not a separate claim.",
    [
        "explicit-date",
        "time-local",
        "superseded-date",
        "explicit-past-date",
        "said-on-day",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-i95-philadelphia-2023",
    "2023-06-14 18:00",
    "America/New_York",
    "PHILADELPHIA (AP) — Pennsylvania Governor Josh Shapiro said on Wednesday that the collapsed stretch of "
    "Interstate 95 in northeast Philadelphia would reopen to traffic within two weeks, with crews filling the "
    "gap with a lightweight recycled-glass aggregate and paving three lanes in each direction over it. The "
    "elevated section gave way early on Sunday after a tanker truck carrying about 8,500 gallons of gasoline "
    "crashed and caught fire on an exit ramp beneath it, killing the driver. A permanent bridge will be built "
    "afterwards, a job state officials expect to take months.",
    [
        C(
            "would reopen to traffic within two weeks",
            "within two weeks",
            in_days(14),
            "promise",
            "Josh Shapiro",
            real="2023-06-23",
            real_le=True,
        )
    ],
    "I-95 collapse at Cottman Avenue, Sunday 11 June 2023; Shapiro's two-week target; the temporary roadway "
    "reopened on Friday 23 June 2023, early, so real_le. The permanent rebuild ('take months') is undated.",
    ["duration", "past-weekday", "said-on-day", "number-like-date", "undated-future"],
)

P(
    "tq-sydney-metro-city-2024",
    "2024-08-16 10:00",
    "Australia/Sydney",
    "Driverless metro trains will start carrying passengers under Sydney Harbour on Monday, when the "
    "$21.6 billion City section of Sydney Metro opens between Chatswood and Sydenham with new stations at "
    "Crows Nest, Victoria Cross, Barangaroo, Martin Place, Gadigal, Central and Waterloo. The first stage of the "
    "line, to Tallawong in the north-west, opened in May 2019. Transport Minister Jo Haylen said the T3 "
    "Bankstown line would be closed between Sydenham and Bankstown later this year so it could be converted to "
    "metro, with rail replacement buses running in the meantime. Metro services on the converted line are expected "
    "to start next year.",
    [
        C(
            "will start carrying passengers under Sydney Harbour on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2024-08-19",
        ),
        C(
            "would be closed between Sydenham and Bankstown later this year",
            "later this year",
            rest_of_year(),
            "event",
            "Jo Haylen",
            real="2024-09-30",
        ),
        C(
            "Metro services on the converted line are expected to start next year",
            "next year",
            in_year(2025),
            "prediction",
            None,
        ),
    ],
    "Sydney Metro City section (Chatswood-Sydenham) opened on Monday 19 August 2024; Metro North West opened "
    "on 26 May 2019; the Bankstown line closed for conversion on 30 September 2024. The 2025 start forecast was later moved "
    "to 2026, so no real date.",
    ["later-this-period", "year-period", "past-month", "number-like-date", "multi-claim"],
)

P(
    "tq-queensland-election-eve-2024",
    "2024-10-24 17:00",
    "Australia/Sydney",
    "BRISBANE — Queenslanders choose a government on Saturday, with polls closing at 6pm AEST, and every "
    "published survey points to Labor losing power after nine years. More than a million people have already "
    "voted since pre-polling centres opened on Monday last week. The Electoral Commission of Queensland said "
    "postal votes would be counted only if they reach it by November 5, so a close result in some seats may "
    "take days to settle. Opposition leader David Crisafulli has promised to keep the 50-cent public transport "
    "fares that Premier Steven Miles introduced in August.",
    [
        C(
            "Queenslanders choose a government on Saturday, with polls closing at 6pm AEST",
            "on Saturday, with polls closing at 6pm AEST",
            zoned(wd("Saturday"), "18:00", "Australia/Brisbane"),
            "event",
            None,
            real="2024-10-26",
        ),
        C(
            "postal votes would be counted only if they reach it by November 5",
            "by November 5",
            md(11, 5),
            "deadline",
            "the Electoral Commission of Queensland",
        ),
    ],
    "Queensland state election on Saturday 26 October 2024 (LNP won); polls closed at 6 p.m. AEST, 7 p.m. AEDT "
    "in Sydney, which is the passage's zone (the time is converted). Postal votes had to arrive within ten days "
    "of polling day. Pre-poll voting opened Monday 14 October; 50-cent fares began 5 August 2024.",
    [
        "time-converted",
        "explicit-date",
        "past-month",
        "past-weekday",
        "may-verb",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-edinburgh-visitor-levy-2025",
    "2025-01-24 16:00",
    "Europe/London",
    "EDINBURGH — Edinburgh will become the first place in Scotland to charge a tourist tax after councillors "
    "voted on Friday for a 5% levy on the first five nights of any paid overnight stay in the city. The charge "
    "will apply to stays from July 24, 2026, including those booked from Oct. 1, the City of Edinburgh Council said, giving hotels, "
    "guest houses and short-term lets about 18 months to prepare. Holyrood gave councils the power to set such "
    "levies in the Visitor Levy (Scotland) Act last May, and Glasgow and Aberdeen are drawing up their own "
    "schemes.",
    [
        C(
            "will apply to stays from July 24, 2026",
            "from July 24, 2026",
            ymd(2026, 7, 24),
            "event",
            "the City of Edinburgh Council",
            real="2026-07-24",
        ),
        C(
            "including those booked from Oct. 1",
            "from Oct. 1",
            md(10, 1),
            "event",
            "the City of Edinburgh Council",
            real="2025-10-01",
        ),
    ],
    "City of Edinburgh Council approved its 5% visitor levy on Friday 24 January 2025: stays from 24 July 2026, "
    "bookings made from 1 October 2025. Visitor Levy (Scotland) Act passed on 28 May 2024. '18 months' is a "
    "duration that only describes the same date.",
    [
        "explicit-date",
        "same-sentence-claims",
        "last-month",
        "past-weekday",
        "said-on-day",
        "duration",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-ny-plastic-bag-ban-2020",
    "2020-02-28 12:00",
    "America/New_York",
    "ALBANY, N.Y. — New York's ban on single-use plastic carryout bags takes effect on Sunday, but the state "
    "Department of Environmental Conservation will not start enforcing it until April 1, the agency said on "
    "Friday, after a bag manufacturer and several store owners sued to block the 2019 law. Shoppers may still "
    "be handed plastic bags at some checkouts through March while retailers use up their stock, officials said. "
    "Counties and cities can also opt in to a 5-cent fee on paper bags.",
    [
        C("takes effect on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2020-03-01"),
        C(
            "will not start enforcing it until April 1",
            "until April 1",
            md(4, 1),
            "event",
            "the Department of Environmental Conservation",
        ),
    ],
    "New York's Bag Waste Reduction Act took effect on Sunday 1 March 2020; the DEC agreed to hold off "
    "enforcement until 1 April 2020 after a lawsuit by Poly-Pak and bodega owners (enforcement was later pushed "
    "to 19 October 2020 because of the pandemic, so no real date). 'may still be handed ... through March' is a "
    "possibility, not a claim.",
    ["may-verb", "said-on-day", "number-like-date", "hypothetical", "multi-claim"],
)

# ---------------------------------------------------------------------------
# Elections and ballot measures

P(
    "tq-toronto-mayor-byelection-2023",
    "2023-06-21 18:00",
    "America/Toronto",
    "TORONTO — Voters choose a successor to John Tory next Monday in a by-election with a record 102 names on "
    "the ballot, four months after Tory quit over an affair with a former staffer, less than four months into "
    "the term he won in October 2022. Former MP Olivia Chow has led every public poll, with Ana Bailão, Mark "
    "Saunders and Josh Matlow trailing. She has said she would table her first budget early next year, and that "
    "it would raise property taxes. Whoever wins Monday's vote will inherit a structural deficit of close to "
    "$1 billion and Ontario's new strong-mayor powers.",
    [
        C(
            "Voters choose a successor to John Tory next Monday",
            "next Monday",
            next_wd("Monday"),
            "event",
            None,
            real="2023-06-26",
        ),
        C(
            "she would table her first budget early next year",
            "early next year",
            early_year(2024),
            "promise",
            "Olivia Chow",
            real="2024-01-09",
        ),
    ],
    "Toronto mayoral by-election, Monday 26 June 2023 (Olivia Chow won); Tory resigned on 17 February 2023 "
    "after winning a third term on 24 October 2022. Chow's first budget was launched on 9 January 2024 and "
    "adopted on 14 February. 'Monday's vote' repeats the election claim.",
    [
        "next-weekday",
        "repeated-claim",
        "early-year",
        "pronoun-speaker",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-boudin-recall-2022",
    "2022-06-06 17:00",
    "America/Los_Angeles",
    "SAN FRANCISCO — San Francisco voters decide on Tuesday whether to recall District Attorney Chesa Boudin, a "
    "former public defender elected in 2019 on a promise to end mass incarceration, in a race that has become a "
    "national referendum on progressive prosecutors. Polls have shown the recall leading comfortably, and ballots mailed by election day will be counted if "
    "they arrive by June 14. In "
    "February, voters threw three members of the city's school board out of office by wide margins. If Boudin "
    "is removed, Mayor London Breed will appoint an interim district attorney, but would that appointee face "
    "voters as soon as November?",
    [
        C(
            "San Francisco voters decide on Tuesday whether to recall District Attorney Chesa Boudin",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2022-06-07",
        ),
        C(
            "will be counted if they arrive by June 14",
            "by June 14",
            md(6, 14),
            "deadline",
            None,
            real="2022-06-14",
        ),
    ],
    "Boudin recall (Proposition H) on Tuesday 7 June 2022, passed with about 55%; school board recall on 15 "
    "February 2022; Breed appointed Brooke Jenkins on 7 July 2022, who then ran in November 2022. California counts mail "
    "ballots postmarked by election day that arrive within seven days (14 June). The appointment is conditional and the November election is only raised in a question.",
    ["hypothetical", "question", "past-month", "number-like-date"],
)

P(
    "tq-ohio-issue-one-2023",
    "2023-08-02 09:00",
    "America/New_York",
    "COLUMBUS, Ohio (AP) — Turnout in early voting for next Tuesday's special election has already outstripped "
    "that of a typical midterm primary, with more than 500,000 Ohioans casting ballots since July 11 on Issue 1, "
    "a Republican-backed measure that would raise the threshold for amending the state constitution from a "
    "simple majority to 60%. The vote was made possible only after the Legislature revived August elections, "
    "which it had abolished last December, and under a law that took effect in April mail ballots must be "
    "postmarked by Monday. Both sides see it as a dress rehearsal for the abortion-rights "
    "amendment that will be on the Nov. 7 ballot.",
    [
        C(
            "for next Tuesday's special election",
            "next Tuesday",
            next_wd("Tuesday"),
            "event",
            None,
            real="2023-08-08",
        ),
        C(
            "mail ballots must be postmarked by Monday",
            "by Monday",
            wd("Monday"),
            "deadline",
            None,
            real="2023-08-07",
        ),
        C(
            "the abortion-rights amendment that will be on the Nov. 7 ballot",
            "on the Nov. 7 ballot",
            md(11, 7),
            "event",
            None,
            real="2023-11-07",
        ),
    ],
    "Ohio Issue 1 special election, Tuesday 8 August 2023 (rejected 57-43); early voting began 11 July; the "
    "Legislature had eliminated most August special elections in December 2022 (HB 458) and revived one in May "
    "2023; HB 458 (in force 7 April 2023) requires mail ballots postmarked by the day before the election, "
    "Monday 7 August. Issue 1 (reproductive rights) passed on 7 November 2023.",
    [
        "next-weekday",
        "explicit-date",
        "explicit-past-date",
        "last-month",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-nyc-mayoral-primary-2025",
    "2025-06-23 08:00",
    "Europe/London",
    "New Yorkers vote on Tuesday in a Democratic mayoral primary that has narrowed to a contest between former "
    "governor Andrew Cuomo and Zohran Mamdani, a 33-year-old state assemblyman. Nearly 385,000 people voted early "
    "in the nine days to Sunday, the city's Board of Elections said. Polls close at 9pm New York time on Tuesday, "
    "but because the race uses ranked-choice voting only first preferences will be known on election night, and "
    "the board plans to run its first full tabulation of later rankings on 1 July. The incumbent, Eric Adams, "
    "announced in April that he would skip the primary and run as an independent.",
    [
        C(
            "New Yorkers vote on Tuesday in a Democratic mayoral primary",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2025-06-24",
        ),
        C(
            "Polls close at 9pm New York time on Tuesday",
            "at 9pm New York time on Tuesday",
            zoned(wd("Tuesday"), "21:00", "America/New_York"),
            "event",
            None,
            real="2025-06-25",
        ),
        C(
            "the board plans to run its first full tabulation of later rankings on 1 July",
            "on 1 July",
            md(7, 1),
            "event",
            "the Board of Elections",
            real="2025-07-01",
        ),
    ],
    "New York City Democratic primary, Tuesday 24 June 2025; polls closed at 9 p.m. EDT, 02:00 BST on 25 June "
    "in London, the passage's zone (the converted date). Early voting ran 14-22 June. The first ranked-choice "
    "tabulation was released on 1 July 2025. The vote (a day in the passage's zone) and the close of polls (a "
    "moment in New York) are separate claims. Adams's April announcement is past and undated as to the "
    "general election.",
    [
        "time-converted",
        "date-crossing-conversion",
        "same-sentence-claims",
        "explicit-date",
        "past-weekday",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

# ---------------------------------------------------------------------------
# Budgets, schools and strikes

P(
    "tq-birmingham-council-tax-2024",
    "2024-03-05 08:00",
    "Europe/London",
    "BIRMINGHAM — Councillors in Birmingham will vote on Tuesday on a budget that would raise council tax by "
    "21% over two years and cut £300 million from services, six months after Europe's largest local authority "
    "declared itself effectively bankrupt. Under the plan, bills will go up by 9.99% in April and by the same "
    "again in April 2025, nearly double the usual 4.99% cap, which ministers agreed to lift. Under the law every "
    "English council must set a balanced budget by March 11. Government-appointed commissioners have run the "
    "city's finances since the section 114 notice was issued in September.",
    [
        C(
            "will vote on Tuesday on a budget",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2024-03-05",
        ),
        C(
            "bills will go up by 9.99% in April",
            "in April",
            in_month(2024, 4),
            "event",
            None,
            real="2024-04-01",
        ),
        C(
            "by the same again in April 2025",
            "in April 2025",
            in_month(2025, 4),
            "event",
            None,
            real="2025-04-01",
        ),
        C("must set a balanced budget by March 11", "by March 11", md(3, 11), "deadline", None),
    ],
    "Birmingham City Council budget meeting on Tuesday 5 March 2024 (approved): council tax +9.99% in 2024/25 "
    "and 2025/26 with government permission; section 114 notice of 5 September 2023. English councils must set "
    "their budget before 11 March. The April rises depend on the vote but are stated as the plan.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "month-period",
        "same-sentence-claims",
        "explicit-date",
        "past-month",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-chicago-teachers-strike-2019",
    "2019-10-16 08:00",
    "America/Chicago",
    "CHICAGO — The Chicago Teachers Union said its 25,000 members would walk off the job on Thursday unless a "
    "deal is reached, setting up the city's first major teachers' strike since 2012. About 7,500 support staff "
    "represented by SEIU Local 73 have said they too will strike on Thursday if talks fail. Mayor Lori "
    "Lightfoot said on Tuesday that the district had already offered a 16% raise over five years and could not "
    "afford the union's demands on class sizes and staffing. Chicago Public Schools has told parents that its "
    "buildings will stay open during any strike.",
    [
        C(
            "would walk off the job on Thursday unless a deal is reached",
            "on Thursday",
            wd("Thursday"),
            "promise",
            "the Chicago Teachers Union",
            real="2019-10-17",
        ),
        C(
            "have said they too will strike on Thursday if talks fail",
            "on Thursday",
            wd("Thursday"),
            "promise",
            "SEIU Local 73",
            real="2019-10-17",
        ),
    ],
    "Chicago teachers' strike began Thursday 17 October 2019 (lasted 11 school days), alongside SEIU Local 73 "
    "support staff. A union's strike conditional on bargaining is a promise. Lightfoot spoke on Tuesday 15 "
    "October; the buildings-open plan is undated.",
    ["conditional-threat", "past-weekday", "said-on-day", "number-like-date", "multi-claim"],
)

P(
    "tq-ambulance-strikes-2022",
    "2022-12-19 09:00",
    "Europe/London",
    "Thousands of ambulance workers in England and Wales will strike on Wednesday and GMB members will walk out "
    "again on December 28, leaving only life-threatening calls guaranteed a response, after talks with Health "
    "Secretary Steve Barclay broke up without a deal on Monday. Nurses in the Royal College of Nursing, who held "
    "the first national strike in the union's history on Thursday, will stage a second walkout on Tuesday. About "
    "750 military personnel have been trained to drive ambulances, the government said.",
    [
        C(
            "will strike on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2022-12-21",
        ),
        C(
            "GMB members will walk out again on December 28",
            "on December 28",
            md(12, 28),
            "event",
            None,
            real="2022-12-28",
        ),
        C(
            "will stage a second walkout on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2022-12-20",
        ),
    ],
    "Ambulance strikes by GMB, Unison and Unite on Wednesday 21 December 2022, GMB again on 28 December; RCN "
    "strikes on Thursday 15 and Tuesday 20 December 2022. Unconditional strikes are events; separate days of "
    "action are separate claims. The Monday talks are past.",
    ["same-sentence-claims", "explicit-date", "past-weekday", "number-like-date", "multi-claim"],
)

P(
    "tq-philadelphia-soda-tax-2016",
    "2016-06-17 06:00",
    "America/New_York",
    "PHILADELPHIA — Philadelphia became the first major American city to tax sugary and diet drinks on "
    "Thursday, when the City Council voted 13-4 to approve a levy of 1.5 cents an ounce that Mayor Jim Kenney "
    "wants to pay for pre-kindergarten places, community schools and park repairs. The tax takes effect on "
    "Jan. 1 and is expected to raise about $91 million a year. The American Beverage Association, which spent "
    "millions on advertising against it, said it would take the fight to court.",
    [C("The tax takes effect on Jan. 1", "on Jan. 1", md(1, 1), "event", None, real="2017-01-01")],
    "Philadelphia beverage tax passed 13-4 on Thursday 16 June 2016, in force 1 January 2017 (year inferred); "
    "the ABA sued in September 2016 (undated here).",
    ["year-inference", "past-weekday", "number-like-date", "undated-future"],
)

# ---------------------------------------------------------------------------
# Public health, hospitals and police

P(
    "tq-london-polio-boosters-2022",
    "2022-08-10 12:00",
    "Europe/London",
    "Every child in London between the ages of one and nine is to be offered a polio vaccine dose after the "
    "virus was found in 116 sewage samples, the UK Health Security Agency said on Wednesday. Officials believe "
    "poliovirus may have been spreading in parts of north and east London since at least February, although no "
    "cases of paralysis have been reported. The NHS in London said it would begin contacting parents within a "
    "month, starting in the boroughs where the virus was detected, and urged families who had missed routine "
    "jabs to come forward now.",
    [
        C(
            "it would begin contacting parents within a month",
            "within a month",
            in_months(1),
            "promise",
            "the NHS in London",
        )
    ],
    "UKHSA announcement of Wednesday 10 August 2022 (booster for 1-9-year-olds in London after poliovirus was "
    "detected in sewage from Beckton since February 2022). 'within a month' counted from publication.",
    ["duration", "may-verb", "past-month", "said-on-day", "number-like-date"],
)

P(
    "tq-royal-adelaide-hospital-2017",
    "2017-08-31 11:00",
    "Australia/Adelaide",
    "ADELAIDE — The new Royal Adelaide Hospital will take its first patients on Tuesday next week, Health "
    "Minister Peter Malinauskas said on Thursday, ending a saga of delays that saw an opening date of April "
    "2016 abandoned. The $2.3 billion hospital, built under a public-private partnership, has been dogged by "
    "faults in its emergency department and disputes with the builder. Patients will be transferred from the "
    "old North Terrace site by ambulance over two days.",
    [
        C(
            "will take its first patients on Tuesday next week",
            "on Tuesday next week",
            wd_next_week("Tuesday"),
            "event",
            "Peter Malinauskas",
            real="2017-09-05",
        )
    ],
    "The new Royal Adelaide Hospital opened on Tuesday 5 September 2017 (patients moved on 5-6 September); its "
    "original April 2016 opening was abandoned. The transfer 'over two days' refers back to the opening.",
    ["next-week-weekday", "cancelled-date", "past-month", "said-on-day", "number-like-date"],
)

P(
    "tq-melbourne-lockdown-end-2021",
    "2021-10-17 14:00",
    "Australia/Melbourne",
    "MELBOURNE — Melbourne's sixth lockdown will end at 11.59pm on Thursday, Premier Daniel Andrews said on "
    "Sunday, with 70 per cent of Victorians aged 16 and over expected to be fully vaccinated by then. The city "
    "has spent 262 days under stay-at-home orders since March 2020, more than anywhere else in the world, and "
    "this lockdown began on August 5. Mr Andrews said Victoria was on track to reach 80 per cent double-dose "
    "coverage around November 5, when retail, gyms and more venues would reopen. Authorised workers who leave home for their jobs "
    "must be fully vaccinated by November 26 to keep working on site.",
    [
        C(
            "will end at 11.59pm on Thursday",
            "at 11.59pm on Thursday",
            wd("Thursday", "23:59"),
            "event",
            "Daniel Andrews",
            real="2021-10-21",
        ),
        C(
            "on track to reach 80 per cent double-dose coverage around November 5",
            "around November 5",
            md(11, 5),
            "prediction",
            "Daniel Andrews",
        ),
        C(
            "must be fully vaccinated by November 26",
            "by November 26",
            md(11, 26),
            "deadline",
            None,
            real="2021-11-26",
        ),
    ],
    "Andrews announced on Sunday 17 October 2021 that Melbourne's lockdown would end at 11:59 p.m. on Thursday "
    "21 October; the sixth lockdown began on 5 August 2021; 262 cumulative days. The 80% milestone was reached "
    "earlier (restrictions eased on 29 October), so no real date for the forecast. 'by then' refers back. Victoria's authorised-worker "
    "mandate: first dose by 15 October, second by 26 November 2021 (a target set for others: deadline).",
    [
        "time-local",
        "explicit-date",
        "explicit-past-date",
        "duration",
        "past-month",
        "said-on-day",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-quebec-curfew-2021",
    "2021-01-07 08:00",
    "America/Toronto",
    "MONTREAL — Quebec will become the first province to impose a curfew during the pandemic, with residents "
    "barred from leaving home between 8 p.m. and 5 a.m. starting on Saturday, Premier François Legault said on "
    "Wednesday. Police will be able to hand out fines of $1,000 to $6,000 to anyone out without a valid reason. "
    "Legault said elementary schools would reopen as planned on Monday and high schools on Jan. 18, calling "
    "classrooms an essential service.",
    [
        C(
            "barred from leaving home between 8 p.m. and 5 a.m. starting on Saturday",
            "between 8 p.m. and 5 a.m. starting on Saturday",
            wd("Saturday", "20:00"),
            "event",
            "François Legault",
            real="2021-01-09",
        ),
        C(
            "elementary schools would reopen as planned on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "François Legault",
            real="2021-01-11",
        ),
        C(
            "high schools on Jan. 18",
            "on Jan. 18",
            md(1, 18),
            "event",
            "François Legault",
            real="2021-01-18",
        ),
    ],
    "Legault announced on Wednesday 6 January 2021 a curfew from 8 p.m. on Saturday 9 January to 5 a.m. (until "
    "8 February); elementary schools reopened on 11 January and high schools on 18 January 2021. The curfew "
    "starts at 8 p.m. on Saturday, so the time is set.",
    [
        "time-local",
        "same-sentence-claims",
        "explicit-date",
        "said-on-day",
        "past-weekday",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tq-zombie-knife-ban-2024",
    "2024-09-20 10:00",
    "Europe/London",
    "People in England and Wales who still own zombie-style knives or machetes have until midnight on Monday to "
    "hand them in at a police station in return for compensation, the Home Office said. From Tuesday, "
    "possessing one, even at home, will be a criminal offence carrying a sentence of up to six months, after "
    "the weapons were added to the list of offensive weapons under section 141 of the Criminal Justice Act 1988. "
    "The surrender scheme opened on August 26, and policing minister Diana Johnson said thousands of blades had "
    "already been collected.",
    [
        C(
            "have until midnight on Monday to hand them in",
            "until midnight on Monday",
            midnight_on("Monday"),
            "deadline",
            "the Home Office",
            real="2024-09-23",
        ),
        C(
            "From Tuesday, possessing one, even at home, will be a criminal offence",
            "From Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2024-09-24",
        ),
    ],
    "Zombie-style knife and machete surrender scheme 26 August - 23 September 2024; possession banned from "
    "Tuesday 24 September 2024.",
    ["midnight", "explicit-past-date", "number-like-date", "multi-claim"],
)

# ---------------------------------------------------------------------------
# Weather closures

P(
    "tq-la-fires-schools-2025",
    "2025-01-08 21:30",
    "America/Los_Angeles",
    "LOS ANGELES — The Los Angeles Unified School District said on Wednesday night that all of its campuses "
    "would be closed on Thursday, as wind-driven wildfires that erupted in Pacific Palisades on Tuesday morning "
    "and near Altadena hours later forced more than 100,000 people from their homes. Smoke had already shut "
    "dozens of schools on Wednesday. The National Weather Service said the strongest Santa Ana gusts should "
    "ease on Thursday, but warned that dry conditions would keep the fire danger high for days.",
    [
        C(
            "all of its campuses would be closed on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            "the Los Angeles Unified School District",
            real="2025-01-09",
        ),
        C(
            "the strongest Santa Ana gusts should ease on Thursday",
            "on Thursday",
            wd("Thursday"),
            "prediction",
            "the National Weather Service",
        ),
    ],
    "Palisades fire broke out on Tuesday 7 January 2025, Eaton fire that evening; LAUSD closed all schools on "
    "Thursday 9 January. 'into next week' is a vague period, not a claim.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date", "multi-claim"],
)

P(
    "tq-beast-from-east-scotland-2018",
    "2018-02-28 08:00",
    "Europe/London",
    "GLASGOW — The Met Office has issued its first red warning for snow in central Scotland, in force from 3pm "
    "on Wednesday, telling people in Glasgow, Edinburgh and Stirling to expect a risk to life from drifting snow "
    "and blizzards. Hundreds of schools across the central belt stayed shut, ScotRail cut services and Police "
    "Scotland urged drivers to stay off the roads. Forecasters said Storm Emma, moving up from the Atlantic, would "
    "bring heavy snow and gales to south-west England and Wales on Thursday as it meets the cold air from Russia.",
    [
        C(
            "in force from 3pm on Wednesday",
            "from 3pm on Wednesday",
            wd("Wednesday", "15:00"),
            "event",
            "the Met Office",
            real="2018-02-28",
        ),
        C(
            "would bring heavy snow and gales to south-west England and Wales on Thursday",
            "on Thursday",
            wd("Thursday"),
            "prediction",
            None,
            real="2018-03-01",
        ),
    ],
    "Met Office red warning for snow in central Scotland from 3 p.m. on Wednesday 28 February 2018 (first for "
    "snow in Scotland); Storm Emma reached south-west England on Thursday 1 March 2018. 'Forecasters' unnamed: "
    "no speaker.",
    ["same-day-future", "by-weekday-same-day", "time-local", "multi-claim"],
)

# ---------------------------------------------------------------------------
# No claims

N(
    "tq-nyc-measles-emergency-2019",
    "2019-04-09 18:00",
    "America/New_York",
    "NEW YORK — Mayor Bill de Blasio declared a public health emergency in parts of Williamsburg on Tuesday, "
    "ordering unvaccinated people living in four ZIP codes, 11205, 11206, 11211 and 11249, to get the measles, "
    "mumps and rubella vaccine or face fines of up to $1,000. The outbreak, concentrated in the Orthodox Jewish "
    "community, has infected 285 people since October, most of them children. City health officials said the "
    "order would stay in place until the outbreak is over and that inspectors would check vaccination records "
    "of anyone who had been exposed.",
    "New York City measles emergency declared on Tuesday 9 April 2019 (ZIP codes 11205, 11206, 11211, 11249; "
    "fines up to $1,000; 285 cases since October 2018). No dated future claim.",
    ["number-like-date", "past-month", "past-weekday", "said-on-day", "undated-future"],
)

N(
    "tq-calgary-feeder-main-2024",
    "2024-06-15 10:00",
    "America/Edmonton",
    "CALGARY — Calgarians will have to live with a ban on outdoor watering for weeks rather than days, city "
    "officials said, after crews repairing the ruptured Bearspaw south feeder main found five more sections of "
    "the pipe in urgent need of work. When the line burst on the evening of June 5, Mayor Jyoti Gondek first "
    "said repairs could take three to five days, an estimate that now looks badly optimistic. Residents have "
    "been asked to cut indoor use by a quarter, and the city has set no date for lifting Stage 4 restrictions. "
    "How long can a city of 1.6 million keep its taps running on half its supply?",
    "Calgary's Bearspaw south feeder main broke on 5 June 2024; the first 3-5 day estimate was replaced on 14 "
    "June by 3-5 weeks (not stated here as a duration). No dated future claim: superseded estimate, undated "
    "future, a question.",
    ["superseded-date", "explicit-past-date", "undated-future", "question", "number-like-date"],
)

N(
    "tq-eglinton-crosstown-delay-2023",
    "2023-02-23 16:00",
    "America/Toronto",
    "TORONTO — Metrolinx still cannot say when the Eglinton Crosstown LRT will open, chief executive Phil Verster "
    "told the provincial transit agency's board on Thursday, though the $12.8-billion line was once due to carry "
    "passengers in 2020 and then in September 2021. The target was later pushed to 2022 and then quietly "
    "dropped, and Verster declined to offer a new one, saying the builder, Crosslinx Transit Solutions, had yet "
    "to fix hundreds of defects. Asked whether riders could expect trains by the end of the year, he said only "
    "that the agency would announce a date once it was confident in it.",
    "Eglinton Crosstown LRT (first due September 2021, then 2022) had no opening date in early 2023; Verster "
    "refused to give one. 'by the end of the year' is only in a question; 'once it was confident' is undated.",
    [
        "superseded-date",
        "cancelled-date",
        "question",
        "undated-future",
        "past-weekday",
        "said-on-day",
        "number-like-date",
    ],
)

N(
    "tq-seattle-head-tax-repeal-2018",
    "2018-06-12 19:00",
    "America/Los_Angeles",
    "SEATTLE — The Seattle City Council voted 7-2 on Tuesday to repeal a tax on the city's biggest employers "
    "that it had passed unanimously on May 14, a stunning reversal after Amazon and other companies bankrolled a "
    "campaign for a referendum in November that the repeal now makes moot. The tax of $275 per employee a year, which was to take "
    "effect in January, would have raised about $47 million annually for homeless services and affordable housing. "
    "Mayor Jenny Durkan, who signed the original ordinance, said the fight had become a prolonged and expensive "
    "political battle that would not build a single unit of housing.",
    "Seattle's employee-hours ('head') tax was passed 9-0 on 14 May 2018 and repealed 7-2 on Tuesday 12 June "
    "2018; it was due to start in January 2019 and a referendum was planned for November 2018. Both dates are "
    "cancelled by the repeal.",
    ["cancelled-date", "past-weekday", "explicit-past-date", "hypothetical", "number-like-date"],
)

N(
    "tq-cps-classes-cancelled-2022",
    "2022-01-05 07:00",
    "America/Chicago",
    "CHICAGO — Chicago Public Schools cancelled classes for Wednesday after the Chicago Teachers Union voted on "
    "Tuesday night to stop teaching in person and switch to remote instruction because of the Omicron surge. "
    "Mayor Lori Lightfoot called the vote an illegal walkout and said the district would not offer remote "
    "classes, leaving the parents of some 340,000 students scrambling for child care. The union wants testing "
    "expanded and a return to buildings only when cases fall. Will children be back at their desks by next "
    "week, or will the standoff drag on as it did in 2019?",
    "CTU voted on Tuesday 4 January 2022 to work remotely; CPS cancelled classes from Wednesday 5 January "
    "(classes resumed on 12 January). Cancelled classes, an undated return, a question.",
    ["cancelled-date", "past-weekday", "question", "undated-future", "number-like-date"],
)

N(
    "tq-moscow-idaho-appeal-2022",
    "2022-12-08 12:00",
    "America/Los_Angeles",
    "MOSCOW, Idaho (AP) — Police investigating the stabbing deaths of four University of Idaho students asked the "
    "public on Wednesday for information about a white 2011-2013 Hyundai Elantra that was seen near the rental "
    "home in the early hours of Nov. 13. Investigators have received more than 9,000 tips and conducted about 150 "
    "interviews but have yet to name a suspect or find a weapon. The Moscow Police Department said it would keep "
    "releasing information when it could do so without compromising the case.",
    "Moscow, Idaho, police appeal of Wednesday 7 December 2022 for the white 2011-2013 Hyundai Elantra; the "
    "killings were on 13 November 2022. No dated future claim.",
    ["number-like-date", "explicit-past-date", "past-weekday", "said-on-day", "undated-future"],
)

N(
    "tq-minneapolis-question-two-2021",
    "2021-11-03 07:00",
    "America/Chicago",
    "MINNEAPOLIS — Minneapolis voters on Tuesday rejected a proposal to replace the city's police department with "
    "a new Department of Public Safety, turning down Question 2 by about 56% to 44% a year and a half after "
    "George Floyd was murdered by an officer. Had the amendment passed, the charter's requirement for a minimum "
    "number of police officers would have been removed and the department's future left to the council and the "
    "mayor. Supporters said they would keep pressing for changes to policing.",
    "Minneapolis City Question 2 rejected on Tuesday 2 November 2021 (about 56-44). Past results, a "
    "counterfactual and an undated intention.",
    ["hypothetical", "past-weekday", "number-like-date", "undated-future"],
)

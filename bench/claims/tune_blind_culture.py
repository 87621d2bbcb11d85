"""Tuning passages written blind: culture, entertainment, media and consumer technology written as features and news analysis with long background paragraphs (film and album releases, award ceremonies, festivals and tours, streaming and game launches, publishing, museums, broadcasting rights), where most dates are background and only some look ahead. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    early_year,
    holiday,
    in_month,
    in_year,
    in_years,
    md,
    md_span,
    midnight_on,
    month_named_end,
    next_wd,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_year,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)



# ===========================================================================
# Film and awards

P(
    "ty-no-time-to-die-april-2021",
    "2020-10-02 21:00",
    "Europe/London",
    "LONDON (Reuters) - No Time to Die, Daniel Craig's fifth and final outing as James Bond, will now open in "
    "cinemas on April 2, 2021, Eon Productions said on Friday, abandoning a November release in another blow to a "
    "cinema industry already reeling from the coronavirus pandemic. The 25th Bond film had originally been due out "
    "in April this year before it became the first Hollywood blockbuster to be postponed over the outbreak, with MGM "
    "and Universal moving it to Nov. 12 in Britain and Nov. 20 in the United States. 'We understand the delay will "
    "be disappointing to our fans, but we now look forward to sharing No Time to Die next year,' the producers said "
    "on the series' official Twitter account. Cinema operators such as Cineworld, which reopened its screens in "
    "Britain and the United States in July and August, had been counting on Bond to lure audiences back, and "
    "analysts said the chain may now have to close its venues again.",
    [
        C(
            "will now open in cinemas on April 2, 2021",
            "on April 2, 2021",
            ymd(2021, 4, 2),
            "event",
            "Eon Productions",
        ),
    ],
    "No Time to Die moved from November 2020 (12 Nov UK / 20 Nov US) to 2 April 2021 on Friday 2 October 2020; "
    "it was delayed again in January 2021 and finally opened on 30 September 2021 in the UK, so no real date is "
    "recorded. 'next year' in the producers' quote refers back to the labelled release. Cineworld reopened UK "
    "cinemas on 31 July and Regal US cinemas on 21 August 2020.",
    [
        "superseded-date",
        "said-on-day",
        "number-like-date",
        "may-verb",
        "past-month",
        "repeated-claim",
        "explicit-date",
    ],
)

P(
    "ty-oscars-2021-postponed",
    "2020-06-16 07:00",
    "America/Los_Angeles",
    "LOS ANGELES (Reuters) - Hollywood will have to wait two months longer than usual for its biggest night. The 93rd "
    "Academy Awards, which had been scheduled for Feb. 28, will be held on April 25, the Academy of Motion Picture "
    "Arts and Sciences said on Monday, the first postponement of the ceremony since 1981, when it was pushed back by "
    "a day after the attempted assassination of President Ronald Reagan. Because the pandemic has kept cinemas "
    "closed since March, films released as late as Feb. 28 will be eligible, instead of the usual cut-off of Dec. "
    "31, and nominations will be announced on March 15, the academy said. 'Our hope, in extending the eligibility "
    "period and our awards date, is to provide the flexibility filmmakers need,' academy President David Rubin and "
    "Chief Executive Dawn Hudson said in a joint statement.",
    [
        C(
            "will be held on April 25",
            "on April 25",
            md(4, 25),
            "event",
            "the Academy of Motion Picture Arts and Sciences",
            real="2021-04-25",
        ),
        C(
            "films released as late as Feb. 28 will be eligible",
            "as late as Feb. 28",
            md(2, 28),
            "deadline",
            "the Academy of Motion Picture Arts and Sciences",
            real="2021-02-28",
        ),
        C(
            "nominations will be announced on March 15",
            "on March 15",
            md(3, 15),
            "event",
            "the Academy of Motion Picture Arts and Sciences",
            real="2021-03-15",
        ),
    ],
    "Academy announcement of Monday 15 June 2020: 93rd Oscars moved from 28 February to 25 April 2021, eligibility "
    "window extended to 28 February 2021, nominations on 15 March 2021 (all held on those dates). The superseded "
    "ceremony date (Feb. 28, first mention) and the usual Dec. 31 cut-off are not claims; year-less dates in a June "
    "2020 article fall in 2021.",
    [
        "year-inference",
        "superseded-date",
        "same-sentence-claims",
        "said-on-day",
        "number-like-date",
        "past-month",
        "explicit-date",
    ],
)

P(
    "ty-oscar-nomination-voting-2020",
    "2020-01-07 08:00",
    "America/Los_Angeles",
    "LOS ANGELES - Members of the Academy of Motion Picture Arts and Sciences have until 5 p.m. on Tuesday to cast "
    "their ballots for this year's Oscar nominations, a window squeezed by the decision to hold the ceremony on Feb. "
    "9, the earliest date in the awards' history. Actors Issa Rae and John Cho will read out the nominees on Monday "
    "morning, leaving studios less than a month to campaign. Sam Mendes's First World War drama 1917, which won the "
    "Golden Globe for best drama film on Sunday, has emerged as a late challenger to Quentin Tarantino's Once Upon a "
    "Time in Hollywood and Martin Scorsese's The Irishman. Netflix, which released The Irishman in November after a "
    "brief run in cinemas, has never won best picture.",
    [
        C(
            "have until 5 p.m. on Tuesday to cast their ballots",
            "until 5 p.m. on Tuesday",
            wd("Tuesday", "17:00"),
            "deadline",
            None,
            real="2020-01-07",
        ),
        C(
            "the decision to hold the ceremony on Feb. 9",
            "on Feb. 9",
            md(2, 9),
            "event",
            None,
            real="2020-02-09",
        ),
        C(
            "will read out the nominees on Monday morning",
            "on Monday morning",
            wd("Monday"),
            "event",
            None,
            real="2020-01-13",
        ),
    ],
    "Oscar nomination voting 2-7 January 2020, closing 5 p.m. PT on Tuesday 7 January; nominations announced by "
    "Issa Rae and John Cho on Monday 13 January; 92nd Academy Awards on 9 February 2020. 1917 won the Golden Globe "
    "on Sunday 5 January (past). 'less than a month' is an unanchored duration.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "same-sentence-claims",
        "past-weekday",
        "number-like-date",
        "past-month",
        "explicit-date",
    ],
)

P(
    "ty-oscars-ist-naatu-naatu-2023",
    "2023-03-10 10:00",
    "Asia/Kolkata",
    "MUMBAI - India's best hope of an Oscar in years rests on a foot-stomping dance number: Naatu Naatu, from SS "
    "Rajamouli's Telugu action epic RRR, is nominated for best original song at the 95th Academy Awards. The "
    "ceremony at the Dolby Theatre in Los Angeles begins at 8pm Eastern time on Sunday, with Jimmy Kimmel hosting "
    "for the third time, and composer MM Keeravani and lyricist Chandrabose will be in the audience. The song, which "
    "won a Golden Globe in January, will also be performed live at the ceremony by singers Rahul Sipligunj and Kaala "
    "Bhairava, with Deepika Padukone among the presenters. Two Indian documentaries, The Elephant Whisperers and All "
    "That Breathes, are also in contention.",
    [
        C(
            "begins at 8pm Eastern time on Sunday",
            "at 8pm Eastern time on Sunday",
            zoned(wd("Sunday"), "20:00", "America/New_York"),
            "event",
            None,
            real="2023-03-13",
        ),
    ],
    "95th Academy Awards, Sunday 12 March 2023, 8 p.m. EDT (US clocks changed that morning) = 05:30 IST Monday "
    "13 March. 'will also be performed live at the ceremony' refers back to the labelled ceremony. Naatu Naatu won "
    "the Golden Globe on 10 January 2023 and the Oscar on the night.",
    [
        "time-converted",
        "date-crossing-conversion",
        "repeated-claim",
        "past-month",
        "number-like-date",
    ],
)

P(
    "ty-emmys-moved-to-january-2024",
    "2023-08-11 06:00",
    "America/Los_Angeles",
    "The 75th Primetime Emmy Awards, which had been due to air on Fox on Sept. 18, will instead take place on Jan. "
    "15, the Television Academy said on Thursday, the first time the ceremony has been postponed since the Sept. 11 "
    "attacks in 2001. With writers on strike since early May and actors joining them on July 14, the nominated stars "
    "would have been barred by union rules from promoting their work or appearing on the broadcast. The Creative Arts "
    "Emmys, which honour technical crafts and guest performances, will be handed out over two nights, on Jan. 6 and "
    "7, at the Peacock Theater in downtown Los Angeles. HBO's Succession leads the field with 27 nominations.",
    [
        C(
            "will instead take place on Jan. 15",
            "on Jan. 15",
            md(1, 15),
            "event",
            "the Television Academy",
            real="2024-01-15",
        ),
        C(
            "will be handed out over two nights, on Jan. 6 and 7",
            "on Jan. 6 and 7",
            md_span(1, 6, 1, 7),
            "event",
            None,
            real="2024-01-06",
        ),
    ],
    "Fox and the Television Academy announced on Thursday 10 August 2023 that the 75th Emmys would move from 18 "
    "September 2023 to Monday 15 January 2024; Creative Arts Emmys on 6-7 January 2024 (one two-night event, one "
    "claim). WGA strike from 2 May, SAG-AFTRA from 14 July 2023. Year-less January dates in an August article "
    "fall in 2024.",
    [
        "superseded-date",
        "year-inference",
        "range",
        "explicit-past-date",
        "number-like-date",
        "said-on-day",
        "past-month",
        "explicit-date",
    ],
)

P(
    "ty-warner-hbo-max-slate-2020",
    "2020-12-04 07:00",
    "America/Los_Angeles",
    "LOS ANGELES (Reuters) - Warner Bros will release every film it has scheduled for next year, 17 in all and "
    "including Dune, The Matrix 4 and Godzilla vs Kong, on its HBO Max streaming service on the same day they open in "
    "cinemas, parent company WarnerMedia said on Thursday, upending the decades-old practice of giving theatres an "
    "exclusive run. Each film will stay on HBO Max for a month at no extra cost to subscribers before leaving the "
    "service and continuing in cinemas. The studio is already testing the model with Wonder Woman 1984, which "
    "debuts in US theaters and on HBO Max on Christmas Day. 'No one wants to see films back on the big screen more "
    "than we do,' WarnerMedia Chief Executive Jason Kilar said, calling it a one-year plan for a pandemic that has "
    "kept most cinemas in New York and Los Angeles shut since March. Shares of cinema chains, led by AMC "
    "Entertainment, fell sharply on Thursday.",
    [
        C(
            "will release every film it has scheduled for next year",
            "next year",
            in_year(2021),
            "promise",
            "WarnerMedia",
        ),
        C(
            "debuts in US theaters and on HBO Max on Christmas Day",
            "on Christmas Day",
            holiday("Christmas"),
            "event",
            None,
            real="2020-12-25",
        ),
    ],
    "WarnerMedia announcement of Thursday 3 December 2020 (the 2021 'Project Popcorn' slate of 17 films day-and-date "
    "on HBO Max for 31 days; Dune, The Matrix Resurrections and Godzilla vs. Kong were all released that way in "
    "2021). Wonder Woman 1984 opened on 25 December 2020 (announced 18 November). 'for a month' is a duration "
    "without an anchor.",
    ["year-period", "holiday", "said-on-day", "number-like-date", "past-month", "duration"],
)

P(
    "ty-barbie-billion-japan-2023",
    "2023-08-04 09:00",
    "America/Los_Angeles",
    "Warner Bros expects Barbie to pass $1 billion at the worldwide box office by Sunday, according to people "
    "familiar with the studio's projections, which would make Greta Gerwig the first woman to direct a "
    "billion-dollar film on her own. The comedy, which opened on July 21 on the same weekend as Christopher Nolan's "
    "Oppenheimer, is already the year's second-highest-grossing film behind The Super Mario Bros Movie. In Japan, "
    "where the studio's local arm apologised this week for the US Barbie account's cheerful replies to fan-made "
    "'Barbenheimer' images that drew on the atomic bombing of Hiroshima, the film opens on Aug. 11.",
    [
        C(
            "expects Barbie to pass $1 billion at the worldwide box office by Sunday",
            "by Sunday",
            wd("Sunday"),
            "prediction",
            "Warner Bros",
            real="2023-08-06",
        ),
        C("the film opens on Aug. 11", "on Aug. 11", md(8, 11), "event", None, real="2023-08-11"),
    ],
    "Barbie crossed $1 billion on Sunday 6 August 2023 (Warner Bros announcement); released 21 July 2023; Warner "
    "Bros Japan apologised on 31 July; Japanese release 11 August 2023. The forecast is Warner Bros' own, reported "
    "through anonymous sources, so the principal keeps the speaker.",
    ["explicit-past-date", "number-like-date", "explicit-date"],
)

N(
    "ty-cannes-2020-postponed",
    "2020-03-19 19:00",
    "Europe/Paris",
    "CANNES, France (AFP) - The Cannes Film Festival, which had been due to run from May 12 to May 23, cannot go "
    "ahead as planned because of the coronavirus epidemic, its organisers said on Thursday, the first time since 1968 "
    "that the world's most glamorous film event has been thrown off its schedule. One option under study, they said, "
    "was a postponement to the end of June or the beginning of July, but only if the health situation in France "
    "allowed it. France has been under a nationwide lockdown since Tuesday, and its cinemas have been dark since the "
    "weekend. Whether the 73rd edition, whose jury Spike Lee was to lead, may still be held in some form this year "
    "is far from certain.",
    "Cannes statement of Thursday 19 March 2020: the 12-23 May festival could not be held as planned; a "
    "postponement to late June or early July was one option studied (only a possibility; the festival was "
    "eventually not held). French lockdown from Tuesday 17 March 2020; the 1968 festival was halted in May 1968.",
    [
        "cancelled-date",
        "hypothetical",
        "may-verb",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "undated-future",
    ],
)

N(
    "ty-trump-foreign-film-tariff-2025",
    "2025-05-05 09:00",
    "America/Los_Angeles",
    "President Donald Trump said on Sunday he had authorised the Commerce Department and the US Trade Representative "
    "to begin the process of imposing a 100% tariff on films 'produced in Foreign Lands', declaring on social media "
    "that the American movie industry was 'dying a very fast death'. Commerce Secretary Howard Lutnick replied on X: "
    "'We're on it.' But neither man said when such a levy might take effect, or how it could be applied to a product "
    "that is largely intellectual property and often reaches audiences by streaming rather than through a port. "
    "Would it hit Hollywood's own studios, which shoot blockbusters in Britain, Canada and Australia to tap generous "
    "tax breaks? Australian Home Affairs Minister Tony Burke, who also holds the arts portfolio, said his government "
    "would stand up for its screen industry.",
    "Trump's Truth Social post of Sunday 4 May 2025 and Lutnick's reply; no date was ever set and no tariff had "
    "been imposed by the end of 2025.",
    [
        "past-weekday",
        "said-on-day",
        "undated-future",
        "question",
        "hypothetical",
        "number-like-date",
    ],
)

# ===========================================================================
# Music, festivals and tours

P(
    "ty-eurovision-liverpool-2023",
    "2023-05-09 07:30",
    "Europe/London",
    "LIVERPOOL, England (AP) - Liverpool, chosen last October to host the Eurovision Song Contest on behalf of "
    "war-torn Ukraine, throws open the doors of its riverside arena on Tuesday night, when 15 countries compete in "
    "the first of two semi-finals for places in the grand final. The final, in which 26 acts will perform before a "
    "television audience that last year topped 160 million, starts at 8pm on Saturday. Ukraine won the right to "
    "host after Kalush Orchestra triumphed in Turin last May, but the European Broadcasting Union ruled in June that "
    "the contest could not safely be staged there, and the BBC, whose entrant Sam Ryder had finished second, stepped "
    "in. Bookmakers make Sweden's Loreen, the 2012 winner with Euphoria, the favourite to triumph again on Saturday, "
    "which would make her only the second performer to win the contest twice. Tickets for Saturday's final sold out "
    "in less than an hour when they went on sale in March.",
    [
        C(
            "throws open the doors of its riverside arena on Tuesday night",
            "on Tuesday night",
            wd("Tuesday"),
            "event",
            None,
            real="2023-05-09",
        ),
        C(
            "starts at 8pm on Saturday",
            "at 8pm on Saturday",
            wd("Saturday", "20:00"),
            "event",
            None,
            real="2023-05-13",
        ),
        C(
            "the favourite to triumph again on Saturday",
            "on Saturday",
            wd("Saturday"),
            "prediction",
            "bookmakers",
            real="2023-05-13",
        ),
    ],
    "Eurovision 2023 at the Liverpool Arena: first semi-final Tuesday 9 May, final Saturday 13 May 2023 at 20:00 "
    "BST; Loreen won. Liverpool chosen 7 October 2022; Kalush Orchestra won in Turin on 14 May 2022; EBU ruling 17 "
    "June 2022; tickets on sale 7 March 2023. 'Saturday's final' repeats the labelled final.",
    [
        "same-day-future",
        "time-local",
        "last-month",
        "past-month",
        "repeated-claim",
        "number-like-date",
    ],
)

P(
    "ty-adele-30-announced-2021",
    "2021-10-14 07:00",
    "Europe/London",
    "Adele will release 30, her first album in six years, on Nov. 19, the singer said on Wednesday, ending a wait "
    "that began when 25 sold a record 3.38 million copies in its first week in the United States in 2015. In a "
    "message to fans on Instagram, the 33-year-old Londoner described the record as the work of 'the most turbulent "
    "period of my life', written as she went through a divorce and tried to explain it to her young son. Its first "
    "single, Easy On Me, premieres on radio around the world on Friday, two weeks after a mysterious '30' was "
    "projected onto buildings in several cities in a teaser campaign. The song is widely expected to go straight to "
    "number one when the UK's Official Charts Company publishes its weekly list next Friday.",
    [
        C(
            "will release 30, her first album in six years, on Nov. 19",
            "on Nov. 19",
            md(11, 19),
            "event",
            "Adele",
            real="2021-11-19",
        ),
        C(
            "premieres on radio around the world on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2021-10-15",
        ),
        C(
            "is widely expected to go straight to number one",
            "next Friday",
            next_wd("Friday"),
            "prediction",
            None,
            real="2021-10-22",
        ),
    ],
    "Adele announced 30 on Wednesday 13 October 2021; Easy On Me released 15 October; it topped the UK Official "
    "Singles Chart published on Friday 22 October; 30 released 19 November 2021. 'next Friday' in a Thursday "
    "article: both readings (15 or 22 October) accepted.",
    ["number-like-date", "said-on-day", "next-weekday", "explicit-date"],
)

N(
    "ty-swift-vienna-cancelled-2024",
    "2024-08-08 08:00",
    "Europe/Vienna",
    "VIENNA (Reuters) - Taylor Swift's three sold-out concerts in Vienna, which had been due to take place at the "
    "Ernst Happel Stadium from Thursday to Saturday, were called off late on Wednesday after Austrian police arrested "
    "two men suspected of planning an Islamist attack on the events. Promoter Barracuda Music said on Instagram that "
    "government officials had confirmed a planned terrorist attack at the stadium and that it had no choice but to "
    "cancel the shows for everyone's safety. The main suspect, a 19-year-old Austrian who had pledged allegiance to "
    "Islamic State, was detained on Wednesday morning in the town of Ternitz, south of the capital, where police said "
    "they found chemicals at his home. About 65,000 fans had been expected at each show, with up to 20,000 more "
    "gathering outside. Ticket holders will be refunded automatically, the promoter said.",
    "Eras Tour shows of 8-10 August 2024 in Vienna cancelled on the evening of Wednesday 7 August 2024 after the "
    "arrests in Ternitz and Vienna. The cancelled Thursday-Saturday dates are not claims.",
    ["cancelled-date", "past-weekday", "said-on-day", "number-like-date", "undated-future"],
)

N(
    "ty-rolling-stones-tour-postponed-2019",
    "2019-03-30 20:00",
    "America/New_York",
    "The Rolling Stones have postponed the North American leg of their No Filter tour, which had been due to open "
    "at Hard Rock Stadium near Miami on April 20, because Mick Jagger needs medical treatment, the band said on "
    "Saturday. Doctors had advised the 75-year-old singer that he could not tour at this time but expected him to "
    "make a complete recovery so that he could return to the stage as soon as possible, the statement said. 'I'm "
    "devastated for having to postpone the tour,' Jagger wrote on Twitter, apologising to fans in the United States "
    "and Canada. Ticket holders were asked to keep their tickets, which will be honoured for rescheduled dates that "
    "the band said it would announce shortly.",
    "Postponement announced Saturday 30 March 2019 (Jagger later had heart-valve surgery; the leg resumed on 21 June "
    "2019 in Chicago). The cancelled April 20 opening is not a claim; the rescheduled dates are undated.",
    ["cancelled-date", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "ty-spotify-neil-young-2022",
    "2022-01-27 08:00",
    "America/New_York",
    "Spotify began removing Neil Young's music from its service on Wednesday, two days after the 76-year-old musician "
    "demanded that the company choose between him and Joe Rogan, whose podcast he accused of spreading false "
    "information about COVID-19 vaccines. 'They can have Rogan or Young. Not both,' Young had written in an open "
    "letter to his manager and record label that was later taken down from his website. Spotify, which reportedly "
    "paid more than $100 million in 2020 for exclusive rights to The Joe Rogan Experience, said it regretted Young's "
    "decision and hoped to welcome him back soon. The dispute followed an open letter this month from 270 doctors, "
    "scientists and other health professionals urging the company to act against misinformation on the show.",
    "Young's letter of Monday 24 January 2022; Spotify began removing his catalogue on Wednesday 26 January; the "
    "270-signatory letter was published on 10 January 2022. The ultimatum is past and undated.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "ty-spotify-investor-day-2022",
    "2022-06-08 18:00",
    "America/New_York",
    "Spotify Technology SA wants 1 billion people using its service by 2030, more than double today's audience, and "
    "is aiming for annual revenue of $100 billion within a decade, Chief Executive Daniel Ek told investors on "
    "Wednesday at the company's first investor day since its 2018 listing. Ek said Spotify would keep spending "
    "heavily on podcasts and audiobooks, which he said could one day help lift its gross margin to 40%, and on "
    "markets such as India and Indonesia, where most listeners use its free, advertising-funded tier. The "
    "Stockholm-based company had 422 million monthly users at the end of March, 182 million of them paying "
    "subscribers. Its shares have lost more than half their value this year as investors have soured on "
    "loss-making technology companies.",
    [
        C(
            "wants 1 billion people using its service by 2030",
            "by 2030",
            by_year(2030),
            "promise",
            "Daniel Ek",
        ),
        C(
            "is aiming for annual revenue of $100 billion within a decade",
            "within a decade",
            in_years(10),
            "promise",
            "Daniel Ek",
        ),
    ],
    "Spotify investor day of Wednesday 8 June 2022 (targets of 1 billion users by 2030 and $100 billion revenue "
    "in ten years; 40% gross margin long term). Q1 2022: 422 million MAU, 182 million subscribers. 'within a "
    "decade' is ten years from the publication day, the day it was said.",
    ["duration", "same-sentence-claims", "said-on-day", "number-like-date", "past-month"],
)

# ===========================================================================
# Games and consumer technology

P(
    "ty-gta6-delayed-may-2026",
    "2025-05-02 16:00",
    "America/New_York",
    "NEW YORK (Reuters) - Grand Theft Auto VI, the most anticipated video game in years, will be released on May 26, "
    "2026, Rockstar Games said on Friday, pushing it out of the autumn 2025 window the studio had promised since the "
    "game's first trailer in December 2023. 'We are very sorry that this is later than you expected,' the studio "
    "said, adding that the extra months would let it deliver the polish players deserved. Shares of parent Take-Two "
    "Interactive Software, which reports quarterly results on May 15, fell on Friday. Analysts said the delay may "
    "also weigh on sales of Sony's and Microsoft's consoles, which had been expected to get a lift from the game this "
    "holiday season. Grand Theft Auto V, released in 2013, has sold more than 210 million copies.",
    [
        C(
            "will be released on May 26, 2026",
            "on May 26, 2026",
            ymd(2026, 5, 26),
            "event",
            "Rockstar Games",
        ),
        C(
            "which reports quarterly results on May 15",
            "on May 15",
            md(5, 15),
            "event",
            None,
            real="2025-05-15",
        ),
    ],
    "Rockstar announcement of Friday 2 May 2025 (GTA VI moved from fall 2025 to 26 May 2026; in November 2025 it "
    "was delayed again to 19 November 2026, so no real date is recorded). Take-Two reported fiscal Q4 2025 results "
    "on Thursday 15 May 2025. The autumn 2025 window is superseded; the console-sales remark is a possibility.",
    [
        "superseded-date",
        "may-verb",
        "number-like-date",
        "said-on-day",
        "past-month",
        "explicit-date",
    ],
)

P(
    "ty-nintendo-switch-launch-2017",
    "2017-01-13 16:00",
    "Asia/Tokyo",
    "TOKYO (Reuters) - Nintendo Co Ltd will launch its Switch console, a hybrid of a home machine and a handheld, "
    "on March 3 at a price of 29,980 yen in Japan and $299.99 in the United States, the Kyoto-based company said on "
    "Friday, more than many analysts had expected. President Tatsumi Kimishima told a presentation in Tokyo that "
    "Nintendo aimed to ship about 2 million units worldwide by the end of March, when its financial year closes, a "
    "modest goal after the Wii U sold only about 13.5 million units in more than four years. The Legend of Zelda: "
    "Breath of the Wild will be available on launch day, while Super Mario Odyssey, a new 3D adventure for the "
    "company's best-known character, is due out later this year.",
    [
        C(
            "will launch its Switch console",
            "on March 3",
            md(3, 3),
            "event",
            "Nintendo",
            real="2017-03-03",
        ),
        C(
            "Nintendo aimed to ship about 2 million units worldwide by the end of March",
            "by the end of March",
            month_named_end(3),
            "promise",
            "Tatsumi Kimishima",
            real="2017-03-31",
            real_le=True,
        ),
        C(
            "is due out later this year",
            "later this year",
            rest_of_year(),
            "event",
            None,
            real="2017-10-27",
        ),
    ],
    "Nintendo Switch presentation of Friday 13 January 2017: launch 3 March 2017 at 29,980 yen / $299.99; "
    "Kimishima's target of about 2 million units shipped by 31 March 2017 (2.74 million were shipped); Zelda at "
    "launch ('launch day' refers back); Super Mario Odyssey released 27 October 2017.",
    [
        "end-of-month",
        "later-this-period",
        "number-like-date",
        "said-on-day",
        "repeated-claim",
        "explicit-date",
    ],
)

P(
    "ty-epic-apple-developer-cutoff-2020",
    "2020-08-18 08:00",
    "America/New_York",
    "Apple Inc has threatened to cut Epic Games off from the software tools it needs to build programs for the "
    "iPhone and Mac on Aug. 28 unless the Fortnite maker removes a direct-payment option that bypasses Apple's 30% "
    "commission, Epic said in a court filing on Monday. That would cripple the Unreal Engine, graphics software "
    "that Epic licenses to hundreds of other game developers, the company said, asking a federal judge in Oakland, "
    "California, to stop Apple from retaliating. Apple pulled Fortnite from its App Store last Thursday, hours after "
    "Epic switched on the payment option, and Epic sued the same day. US District Judge Yvonne Gonzalez Rogers will "
    "hear arguments on Epic's request for a temporary restraining order on Monday, according to the court's docket.",
    [
        C(
            "has threatened to cut Epic Games off from the software tools it needs to build programs for the iPhone "
            "and Mac on Aug. 28",
            "on Aug. 28",
            md(8, 28),
            "deadline",
            "Apple",
            real="2020-08-28",
        ),
        C(
            "will hear arguments on Epic's request for a temporary restraining order on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2020-08-24",
        ),
    ],
    "Epic v. Apple: Epic's TRO motion filed Monday 17 August 2020 disclosed Apple's threat to terminate its "
    "developer accounts on 28 August (Apple terminated the Epic account that day); Fortnite removed Thursday 13 "
    "August; TRO hearing Monday 24 August 2020. The ultimatum is Apple's, reported by Epic.",
    ["conditional-threat", "past-weekday", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "ty-indonesia-platform-registration-2022",
    "2022-07-18 16:00",
    "Asia/Jakarta",
    "JAKARTA (Reuters) - Indonesia will block search engines, social media platforms, games stores and other online "
    "services that have not registered with the communications ministry by Wednesday, Semuel Abrijani Pangerapan, a "
    "senior ministry official, said on Monday. The registration rules, set out in a 2020 ministerial regulation "
    "known as MR5, let the authorities demand user data and order platforms to take down content deemed to disturb "
    "public order within four hours in urgent cases, powers that digital-rights groups say could be used to silence "
    "critics. Pangerapan told reporters that services blocked for failing to register would be restored once they "
    "complied. Several of the biggest global platforms had yet to appear on the ministry's public list of registered "
    "companies on Monday.",
    [
        C(
            "that have not registered with the communications ministry by Wednesday",
            "by Wednesday",
            wd("Wednesday"),
            "deadline",
            "Semuel Abrijani Pangerapan",
            real="2022-07-20",
        ),
    ],
    "Kominfo's registration deadline for private electronic system operators (PSE) of Wednesday 20 July 2022 under "
    "Ministerial Regulation 5/2020; Steam, Epic Games, PayPal and others were blocked at the end of July. 'within "
    "four hours' has no anchor date.",
    ["conditional-threat", "number-like-date", "said-on-day", "duration"],
)

N(
    "ty-ipod-touch-discontinued-2022",
    "2022-05-11 07:00",
    "America/Los_Angeles",
    "Apple Inc said on Tuesday it would stop making the iPod touch, bringing down the curtain on a line of music "
    "players that Steve Jobs unveiled in October 2001 with the promise of putting '1,000 songs in your pocket'. The "
    "last remaining model, which had not been updated since 2019, will be sold while supplies last, the company said. "
    "'Music has always been part of our core at Apple,' Greg Joswiak, its senior vice president of worldwide "
    "marketing, said, adding that the spirit of the iPod lived on in the iPhone and the Apple Watch. The iPod, which "
    "helped turn Apple from a niche computer maker into the world's most valuable company, may have sold as many as "
    "450 million units before Apple stopped reporting its sales in 2015.",
    "Apple newsroom post of Tuesday 10 May 2022; the first iPod was unveiled on 23 October 2001. 'while supplies "
    "last' is undated.",
    ["said-on-day", "past-month", "number-like-date", "undated-future", "may-verb"],
)

# ===========================================================================
# Streaming and broadcasting

P(
    "ty-netflix-q2-2022-ad-tier",
    "2022-07-19 15:30",
    "America/Los_Angeles",
    "LOS GATOS, California (Reuters) - Netflix Inc lost 970,000 subscribers in the April-June quarter, less than "
    "half the 2 million it had warned of in April, as the final episodes of the fourth season of Stranger Things, "
    "released on July 1, helped the world's biggest streaming service hold on to viewers. The company forecast it "
    "would add 1 million customers in the third quarter and said it aimed to launch a cheaper plan with advertising "
    "early next year, probably in a handful of markets where ad spending is high, with Microsoft selling the ads. "
    "Shares rose about 7% after the bell. Netflix, which raised prices in the United States and Canada in January, "
    "had lost 200,000 subscribers in the first three months of the year, its first decline in more than a decade.",
    [
        C(
            "would add 1 million customers in the third quarter",
            "in the third quarter",
            quarter(2022, 3),
            "prediction",
            "Netflix",
        ),
        C(
            "aimed to launch a cheaper plan with advertising early next year",
            "early next year",
            early_year(2023),
            "promise",
            "Netflix",
        ),
    ],
    "Netflix Q2 2022 letter of Tuesday 19 July 2022 (-970,000; Q3 guidance +1 million, actual +2.41 million; "
    "ad tier 'around the beginning of 2023', in fact launched 3 November 2022, so no real date). Stranger Things 4 "
    "volume 2 was released on 1 July 2022 (past).",
    [
        "quarter",
        "early-year",
        "same-sentence-claims",
        "explicit-past-date",
        "past-month",
        "number-like-date",
    ],
)

P(
    "ty-stranger-things-final-season-2025",
    "2025-11-24 09:00",
    "Europe/London",
    "After a wait of more than three years, the final season of Stranger Things arrives this week, with the first "
    "four episodes landing on Netflix at 5pm Pacific time on Wednesday. Three more follow on Christmas Day and the "
    "finale on New Year's Eve, when it will also be shown in hundreds of cinemas across the United States and "
    "Canada. The Duffer brothers' series about a group of friends in a small Indiana town, which began in July 2016 "
    "with a then little-known cast led by Millie Bobby Brown, became one of the most-watched shows in the streaming "
    "service's history. Its fourth season sent Kate Bush's 1985 song Running Up That Hill to the top of the UK "
    "singles chart in June 2022, 37 years after it was first released.",
    [
        C(
            "the first four episodes landing on Netflix at 5pm Pacific time on Wednesday",
            "at 5pm Pacific time on Wednesday",
            zoned(wd("Wednesday"), "17:00", "America/Los_Angeles"),
            "event",
            None,
            real="2025-11-27",
        ),
        C(
            "Three more follow on Christmas Day",
            "on Christmas Day",
            holiday("Christmas"),
            "event",
            None,
            real="2025-12-25",
        ),
        C(
            "the finale on New Year's Eve",
            "on New Year's Eve",
            md(12, 31),
            "event",
            None,
            real="2025-12-31",
        ),
    ],
    "Stranger Things 5: volume 1 on Wednesday 26 November 2025 at 17:00 PST = 01:00 GMT Thursday 27 November in "
    "London; volume 2 on 25 December and the finale on 31 December 2025 (both at 17:00 PT; no time is given in the "
    "text for them, so the dates as written), the finale also in US and Canadian cinemas. Running Up That Hill "
    "reached UK number one on 17 June 2022.",
    [
        "time-converted",
        "date-crossing-conversion",
        "holiday",
        "same-sentence-claims",
        "past-month",
        "number-like-date",
    ],
)

P(
    "ty-disney-plus-investor-day-2019",
    "2019-04-11 20:00",
    "America/Los_Angeles",
    "BURBANK, California (Reuters) - Walt Disney Co will launch its Disney+ streaming service in the United States on "
    "Nov. 12 at a price of $6.99 a month, well below Netflix's most popular plan, the company told investors on "
    "Thursday, staking its future on a direct challenge to the market leader. Kevin Mayer, who runs Disney's "
    "direct-to-consumer business, said the service would roll out across Western Europe and the Asia-Pacific region "
    "early next year and that he expected it to be available in nearly all major markets within two years. It will "
    "carry all of Disney's new films, including those from Marvel, Pixar and Lucasfilm, as well as a live-action Star "
    "Wars series, The Mandalorian. Disney said it hoped to sign up 60 million to 90 million subscribers worldwide, "
    "roughly a third of them in the United States and Canada.",
    [
        C(
            "will launch its Disney+ streaming service in the United States on Nov. 12",
            "on Nov. 12",
            md(11, 12),
            "event",
            "Walt Disney Co",
            real="2019-11-12",
        ),
        C(
            "the service would roll out across Western Europe and the Asia-Pacific region early next year",
            "early next year",
            early_year(2020),
            "promise",
            "Kevin Mayer",
            real="2020-03-24",
        ),
        C(
            "he expected it to be available in nearly all major markets within two years",
            "within two years",
            in_years(2),
            "prediction",
            "Kevin Mayer",
        ),
    ],
    "Disney investor day of Thursday 11 April 2019 (published that evening, so 'within two years' runs from the day it was said): Disney+ launched in the US on 12 November 2019; Western Europe "
    "launch 24 March 2020; 'nearly all major markets within two years'. The subscriber target (60-90 million by "
    "fiscal 2024) is given here without a date.",
    [
        "early-year",
        "duration",
        "same-sentence-claims",
        "pronoun-speaker",
        "said-on-day",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "ty-bbc-licence-fee-freeze-2022",
    "2022-01-17 18:00",
    "Europe/London",
    "LONDON - The BBC licence fee will stay at 159 pounds a year, with increases in line with inflation resuming "
    "from April 2024, Culture Secretary Nadine Dorries told parliament on Monday, a settlement the broadcaster said "
    "would leave it facing difficult choices. Dorries, who became culture secretary last September, wrote on Twitter "
    "on Sunday that this would be the last licence fee announcement, and she told MPs it was time to debate how the "
    "BBC should be paid for in future. The corporation's current royal charter runs until the end of 2027. Will the "
    "fee survive beyond that? The BBC said the freeze would leave a 285 million pound hole in its finances by 2027.",
    [
        C(
            "with increases in line with inflation resuming from April 2024",
            "from April 2024",
            in_month(2024, 4),
            "event",
            "Nadine Dorries",
            real="2024-04-01",
        ),
        C(
            "The corporation's current royal charter runs until the end of 2027",
            "until the end of 2027",
            by_year(2027),
            "deadline",
            None,
        ),
        C(
            "the freeze would leave a 285 million pound hole in its finances by 2027",
            "by 2027",
            by_year(2027),
            "prediction",
            "the BBC",
        ),
    ],
    "Licence fee settlement announced by Nadine Dorries in the Commons on Monday 17 January 2022 (frozen at £159 "
    "to 31 March 2024, rising with inflation from 1 April 2024, when it went to £169.50); her tweet of Sunday 16 "
    "January; appointed 15 September 2021. The BBC's charter runs to 31 December 2027; the BBC put the shortfall "
    "at £285 million by 2027. The question is not a claim.",
    [
        "month-period",
        "last-month",
        "past-weekday",
        "said-on-day",
        "question",
        "year-end",
        "number-like-date",
    ],
)

# ===========================================================================
# Publishing and prizes

P(
    "ty-dylan-skips-nobel-ceremony-2016",
    "2016-11-17 09:00",
    "Europe/Stockholm",
    "STOCKHOLM (Reuters) - Bob Dylan will not come to Stockholm to collect his Nobel Prize in Literature, the Swedish "
    "Academy said on Wednesday, reading from a letter in which the 75-year-old songwriter said 'pre-existing "
    "commitments' made the trip impossible. Dylan, the first musician to win the prize, ignored the academy's "
    "attempts to reach him for about two weeks after the Oct. 13 announcement, prompting one member, Per Wastberg, "
    "to call him impolite and arrogant. The other laureates will receive their medals from King Carl XVI Gustaf at "
    "the Stockholm Concert Hall on Dec. 10, the anniversary of Alfred Nobel's death in 1896. The academy's permanent "
    "secretary, Sara Danius, wrote on her blog that it was unusual but not unheard of for a laureate to stay away. "
    "She said Dylan must still deliver a lecture, which could take almost any form, by June 10 to receive the prize "
    "money of 8 million crowns ($870,000).",
    [
        C(
            "will receive their medals from King Carl XVI Gustaf at the Stockholm Concert Hall on Dec. 10",
            "on Dec. 10",
            md(12, 10),
            "event",
            None,
            real="2016-12-10",
        ),
        C(
            "Dylan must still deliver a lecture, which could take almost any form, by June 10",
            "by June 10",
            md(6, 10),
            "deadline",
            "Sara Danius",
            real="2017-06-05",
            real_le=True,
        ),
    ],
    "Swedish Academy statement of Wednesday 16 November 2016; the prize was announced on 13 October 2016; Nobel "
    "ceremony on 10 December 2016; under the Nobel Foundation's rules the lecture had to be given within six months "
    "of 10 December, and Dylan's recorded lecture reached the academy on 5 June 2017. 'June 10' in a November "
    "article falls in 2017.",
    [
        "year-inference",
        "pronoun-speaker",
        "said-on-day",
        "explicit-past-date",
        "number-like-date",
        "explicit-date",
        "hypothetical",
    ],
)

P(
    "ty-cursed-child-midnight-2016",
    "2016-07-29 10:00",
    "Europe/London",
    "LONDON - Bookshops across Britain will open their doors at midnight on Saturday to sell the script of Harry "
    "Potter and the Cursed Child, the first new Potter story in nine years, as the boy wizard's 36th birthday "
    "begins. The two-part play, written by Jack Thorne from a story he devised with JK Rowling and director John "
    "Tiffany, has its official opening at the Palace Theatre in London's West End on Saturday evening, after previews "
    "that began on June 7 with audiences asked to keep its secrets. Set 19 years after the final chapter of the "
    "seventh novel, it follows an adult Harry, now an overworked official at the Ministry of Magic, and his younger "
    "son Albus. Scholastic, its US publisher, has ordered a first printing of 4.5 million copies, its largest since "
    "Harry Potter and the Deathly Hallows in 2007.",
    [
        C(
            "will open their doors at midnight on Saturday",
            "at midnight on Saturday",
            midnight_on("Saturday"),
            "event",
            None,
            real="2016-07-31",
        ),
        C(
            "has its official opening at the Palace Theatre in London's West End on Saturday evening",
            "on Saturday evening",
            wd("Saturday"),
            "event",
            None,
            real="2016-07-30",
        ),
    ],
    "Cursed Child script published at 00:01 BST on Sunday 31 July 2016 (Harry's birthday); gala opening at the "
    "Palace Theatre on Saturday 30 July 2016; previews from 7 June 2016; Scholastic's first US printing 4.5 million.",
    ["midnight", "explicit-past-date", "number-like-date", "past-month"],
)

# ===========================================================================
# Museums

P(
    "ty-louvre-reopens-after-heist-2025",
    "2025-10-21 19:00",
    "Europe/Paris",
    "PARIS (AFP) - The Louvre will reopen to visitors on Wednesday, the French culture ministry said on Tuesday, three "
    "days after thieves used a furniture lift to reach a first-floor window, smashed two display cases in the Apollo "
    "Gallery and escaped on scooters with eight pieces of the French crown jewels. Paris prosecutor Laure Beccuau "
    "said the haul was worth an estimated 88 million euros ($102 million), a figure that she stressed did not capture "
    "its historical value. The world's most visited museum, which drew 8.7 million people last year, stayed shut on "
    "Sunday after the seven-minute raid and again on Monday, and it is always closed on Tuesdays. Its director, "
    "Laurence des Cars, will be questioned by the Senate's culture committee on Wednesday afternoon, the day the "
    "galleries reopen. About 100 investigators are hunting the four-member gang.",
    [
        C(
            "The Louvre will reopen to visitors on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "the French culture ministry",
            real="2025-10-22",
        ),
        C(
            "will be questioned by the Senate's culture committee on Wednesday afternoon",
            "on Wednesday afternoon",
            wd("Wednesday"),
            "event",
            None,
            real="2025-10-22",
        ),
    ],
    "Louvre jewel theft of Sunday 19 October 2025; reopening on Wednesday 22 October 2025; Beccuau's 88 million "
    "euro estimate of Tuesday 21 October; des Cars before the Senate culture committee on 22 October. 'the day the "
    "galleries reopen' refers back to the labelled reopening.",
    ["past-weekday", "said-on-day", "repeated-claim", "number-like-date"],
)

P(
    "ty-nmaahc-opening-2016",
    "2016-09-20 06:00",
    "America/New_York",
    "WASHINGTON (AP) - A century after black veterans of the Civil War first proposed a national memorial to African "
    "American achievement, the Smithsonian's National Museum of African American History and Culture opens on the "
    "National Mall on Saturday, with President Barack Obama due to speak at the dedication ceremony. Representative "
    "John Lewis, whose graphic-novel memoir March recounts his beating by Alabama state troopers on the Edmund Pettus "
    "Bridge in 1965, first introduced a bill to create the museum in 1988 and kept doing so until Congress approved "
    "it in 2003. The bronze-latticed building, designed by a team led by David Adjaye, cost about $540 million, half "
    "of it from private donors, among them Oprah Winfrey, who gave $21 million. Free timed passes for the opening "
    "weekend ran out within hours, and the museum's founding director, Lonnie Bunch, has warned that visitors may "
    "face long waits for months to come.",
    [
        C(
            "opens on the National Mall on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2016-09-24",
        ),
    ],
    "NMAAHC dedicated and opened on Saturday 24 September 2016 with a speech by Barack Obama; Lewis's bills from "
    "1988, the 2003 act; the March trilogy (2013-2016). 'for months to come' is undated.",
    ["march-noun", "number-like-date", "undated-future", "may-verb"],
)

P(
    "ty-grand-egyptian-museum-opening-2025",
    "2025-10-28 12:00",
    "Africa/Cairo",
    "CAIRO - Egypt will formally inaugurate the Grand Egyptian Museum beside the pyramids of Giza on Saturday, with "
    "dozens of heads of state and royals expected at a ceremony that caps more than two decades of construction and "
    "delay. The museum, whose foundation stone was laid in 2002 and whose cost has topped $1 billion, had been due to "
    "open on July 3 before the government put the event off when war broke out between Israel and Iran. Its "
    "galleries will open to the public on Tuesday next week, when visitors will for the first time see all of the "
    "more than 5,000 objects found in Tutankhamun's tomb displayed together, the tourism ministry said. The "
    "government, which is counting on the museum to draw visitors back after years of regional turmoil, aims to "
    "attract 30 million tourists a year by 2028, roughly double the 15.7 million who came last year.",
    [
        C(
            "will formally inaugurate the Grand Egyptian Museum beside the pyramids of Giza on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2025-11-01",
        ),
        C(
            "Its galleries will open to the public on Tuesday next week",
            "on Tuesday next week",
            wd_next_week("Tuesday"),
            "event",
            "the tourism ministry",
            real="2025-11-04",
        ),
        C(
            "aims to attract 30 million tourists a year by 2028",
            "by 2028",
            by_year(2028),
            "promise",
            "the Egyptian government",
        ),
    ],
    "Grand Egyptian Museum: inauguration ceremony on Saturday 1 November 2025, public opening on Tuesday 4 November "
    "2025; the 3 July 2025 opening was postponed in June during the Israel-Iran war (superseded). Egypt's target of "
    "30 million tourists by 2028; 15.7 million arrivals in 2024.",
    ["superseded-date", "next-week-weekday", "number-like-date", "explicit-past-date"],
)

N(
    "ty-british-museum-fischer-quits-2023",
    "2023-08-26 10:00",
    "Europe/London",
    "LONDON - Hartwig Fischer, director of the British Museum, said on Friday he would step down as soon as interim "
    "leadership was in place, conceding that the museum had not responded as comprehensively as it should have to "
    "warnings in 2021 that items from its collection were being offered for sale online. The museum disclosed last "
    "week that gold jewellery and gems of semi-precious stone and glass dating from the 15th century BC to the 19th "
    "century AD had been found to be missing, stolen or damaged, and that a member of staff had been sacked. "
    "Fischer, a German art historian who has led the museum since 2016, had already announced in July that he "
    "planned to leave next year. Chairman George Osborne, the former finance minister, said the trustees would 'fix "
    "what has gone wrong', and deputy director Jonathan Williams has agreed to step back from his normal duties until "
    "an independent review is complete.",
    "Fischer's resignation statement of Friday 25 August 2023; the thefts were disclosed on 16 August 2023. His "
    "earlier plan (announced in July 2023) to leave in 2024 is superseded; 'as soon as interim leadership was in "
    "place' and 'until an independent review is complete' are undated.",
    ["superseded-date", "said-on-day", "past-month", "undated-future", "number-like-date"],
)

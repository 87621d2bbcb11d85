"""Tuning passages written blind: science, health, space, climate and sport written in AP, Reuters, BBC and ESPN style (launch windows, clinical-trial readouts, drug-approval decision dates, climate summits and pledges, tournaments, fixtures and transfer deadlines, weather warnings). Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_month,
    by_year,
    early_year,
    holiday,
    in_month,
    in_year,
    in_years,
    md,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    quarter,
    rest_of_month,
    span_wd,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)

# ===========================================================================
# Space

P(
    "tx-new-horizons-pluto-2015",
    "2015-07-12 11:00",
    "America/New_York",
    "LAUREL, Maryland (Reuters) - NASA's New Horizons spacecraft, launched on Jan. 19, 2006, and now about 3 billion "
    "miles (4.8 billion km) from Earth, will make its closest approach to Pluto at 7:49 a.m. on Tuesday (1149 GMT), "
    "the space agency said on Sunday. The piano-sized probe will be too busy gathering data to talk to Earth during "
    "the flyby, so scientists at the Johns Hopkins University Applied Physics Laboratory here will not know whether it "
    'survived until a signal arrives about 13 hours later. "We\'re going to be biting our nails," principal '
    "investigator Alan Stern told reporters, promising that the first close-up pictures of the dwarf planet's surface "
    "would be released on Wednesday. Pluto, discovered in 1930, was demoted from full planetary status in 2006, the "
    "year the spacecraft left Cape Canaveral.",
    [
        C(
            "will make its closest approach to Pluto at 7:49 a.m. on Tuesday",
            "at 7:49 a.m. on Tuesday",
            wd("Tuesday", "07:49"),
            "event",
            "NASA",
            real="2015-07-14",
        ),
        C(
            "the first close-up pictures of the dwarf planet's surface would be released on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "promise",
            "Alan Stern",
            real="2015-07-15",
        ),
    ],
    "New Horizons Pluto flyby, closest approach 14 July 2015 at 07:49 EDT (11:49 GMT); launched 19 January 2006; "
    "the phone-home signal came about 13 hours later; the first close-up images were released on 15 July 2015.",
    ["time-local", "explicit-past-date", "said-on-day", "number-like-date", "duration"],
)

P(
    "tx-juno-jupiter-orbit-2016",
    "2016-07-01 13:00",
    "Europe/London",
    "Nasa's Juno probe, which has travelled 1.7 billion miles since its launch from Florida in August 2011, faces a "
    "make-or-break engine burn that must slow it enough to be captured by Jupiter's gravity. The 35-minute burn is "
    "due to start at 23:18 EDT on Monday, and controllers at the Jet Propulsion Laboratory in California will learn "
    "about 48 minutes later, the time radio signals take to cross the gulf, whether it has worked. The plan is for "
    "the $1.1bn spacecraft to loop around the planet 37 times, studying its core and its auroras, before it is "
    "steered into Jupiter's clouds in February 2018, a deliberate plunge designed to avoid contaminating the icy moon "
    "Europa. Its camera, JunoCam, will be switched off during the arrival, mission scientists said on Thursday.",
    [
        C(
            "The 35-minute burn is due to start at 23:18 EDT on Monday",
            "at 23:18 EDT on Monday",
            zoned(wd("Monday"), "23:18", "America/New_York"),
            "event",
            None,
            real="2016-07-05",
        ),
        C(
            "before it is steered into Jupiter's clouds in February 2018",
            "in February 2018",
            in_month(2018, 2),
            "event",
            None,
        ),
    ],
    "Juno orbit insertion: the burn began at 23:18 EDT on 4 July 2016 = 04:18 BST on 5 July in London. The original "
    "mission plan ended with a deorbit in February 2018 (the mission was later extended).",
    [
        "time-converted",
        "date-crossing-conversion",
        "month-period",
        "past-month",
        "number-like-date",
        "said-on-day",
        "duration",
    ],
)

P(
    "tx-chandrayaan2-landing-2019",
    "2019-09-05 18:30",
    "Asia/Kolkata",
    "BENGALURU: India's Chandrayaan-2 lander, Vikram, will begin its powered descent towards the lunar south pole "
    "region between 1.30 am and 2.30 am on Saturday, ISRO chairman K Sivan said on Thursday, describing the final 15 "
    "minutes as terrifying. Prime Minister Narendra Modi will watch the landing from the agency's mission control "
    "centre here along with about 70 schoolchildren selected through an online quiz, officials said. The \u20b9978-crore "
    "mission was launched on a GSLV Mk III rocket from Sriharikota on July 22, and the lander separated from the "
    "orbiter on Monday. If Vikram touches down safely, the six-wheeled rover Pragyan is expected to roll out a few "
    "hours later and work for one lunar day, or about 14 Earth days. Sivan has said the agency plans to fly the first "
    "uncrewed test of its Gaganyaan human spaceflight programme by December 2020.",
    [
        C(
            "will begin its powered descent towards the lunar south pole region between 1.30 am and 2.30 am on Saturday",
            "between 1.30 am and 2.30 am on Saturday",
            wd("Saturday", "01:30"),
            "event",
            "K Sivan",
            real="2019-09-07",
        ),
        C(
            "plans to fly the first uncrewed test of its Gaganyaan human spaceflight programme by December 2020",
            "by December 2020",
            by_month(2020, 12),
            "promise",
            "K Sivan",
        ),
    ],
    "Chandrayaan-2: launched 22 July 2019; Vikram separated from the orbiter on Monday 2 September; the landing "
    "attempt came at about 01:50 IST on 7 September 2019 and contact was lost. The first Gaganyaan uncrewed flight, "
    "then targeted for December 2020, slipped by years.",
    [
        "time-local",
        "said-on-day",
        "past-weekday",
        "explicit-past-date",
        "number-like-date",
        "hypothetical",
        "duration",
    ],
)

P(
    "tx-hayabusa2-capsule-2020",
    "2020-12-04 19:00",
    "Asia/Tokyo",
    "TOKYO -- The Hayabusa2 probe will release a small capsule holding samples from the asteroid Ryugu on Saturday "
    "afternoon, about 220,000 kilometers from Earth, the Japan Aerospace Exploration Agency said on Friday. JAXA "
    "expects the heat-shielded capsule to streak through the atmosphere and parachute into the Woomera desert in "
    "South Australia early on Sunday, Japan time, where a team that has been in quarantine since arriving last month "
    "will search for it with antennas and a helicopter. Hayabusa2, which left Japan in December 2014 and touched down "
    "twice on Ryugu last year, will not come home itself: after dropping the capsule it will set off on an extended "
    "mission to the tiny asteroid 1998 KY26, which it is scheduled to reach in July 2031. Project manager Yuichi Tsuda "
    'told a news conference that the team wanted to bring the "treasure box" back safely.',
    [
        C(
            "will release a small capsule holding samples from the asteroid Ryugu on Saturday afternoon",
            "on Saturday afternoon",
            wd("Saturday"),
            "event",
            "the Japan Aerospace Exploration Agency",
            real="2020-12-05",
        ),
        C(
            "parachute into the Woomera desert in South Australia early on Sunday, Japan time",
            "early on Sunday, Japan time",
            wd("Sunday"),
            "prediction",
            "the Japan Aerospace Exploration Agency",
            real="2020-12-06",
        ),
        C(
            "which it is scheduled to reach in July 2031",
            "in July 2031",
            in_month(2031, 7),
            "event",
            None,
        ),
    ],
    "Hayabusa2 released its return capsule on 5 December 2020 (about 14:30 JST); the capsule landed near Woomera "
    "in the early hours of 6 December 2020 JST. Extended mission to 1998 KY26, arrival planned for July 2031.",
    ["said-on-day", "month-period", "number-like-date", "explicit-past-date"],
)

P(
    "tx-change5-launch-2020",
    "2020-11-23 20:00",
    "Asia/Shanghai",
    "WENCHANG, Hainan (Reuters) - China is set to launch an unmanned probe to the moon in the early hours of Tuesday "
    "on a Long March 5, its most powerful rocket, in the first attempt by any country to bring back lunar rock since "
    "the Soviet Union's Luna 24 mission in 1976. The Chang'e-5 spacecraft is expected to enter lunar orbit later this "
    "month, after which a lander will set down on a volcanic plain known as Oceanus Procellarum to scoop and drill "
    "about 2 kg (4.4 lb) of material, according to the China National Space Administration. A capsule carrying the "
    "samples is scheduled to come down in the grasslands of Inner Mongolia in December, and Chinese scientists will "
    "then share some of them with foreign researchers.",
    [
        C(
            "China is set to launch an unmanned probe to the moon in the early hours of Tuesday",
            "in the early hours of Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2020-11-24",
        ),
        C(
            "is expected to enter lunar orbit later this month",
            "later this month",
            rest_of_month(),
            "prediction",
            "the China National Space Administration",
            real="2020-11-28",
        ),
        C(
            "is scheduled to come down in the grasslands of Inner Mongolia in December",
            "in December",
            in_month(2020, 12),
            "event",
            None,
            real="2020-12-17",
        ),
    ],
    "Chang'e-5 launched at 04:30 Beijing time on 24 November 2020, entered lunar orbit on 28 November, landed on "
    "1 December; the return capsule landed in Siziwang Banner, Inner Mongolia, on 17 December 2020.",
    ["march-noun", "later-this-period", "month-period", "number-like-date", "undated-future"],
)

P(
    "tx-eclipse-dallas-2024",
    "2024-04-05 14:00",
    "America/Chicago",
    "DALLAS (AP) \u2014 The National Weather Service said Friday that clouds are likely to hang over much of Texas on "
    "Monday, threatening to spoil the view for hundreds of thousands of visitors who have booked hotel rooms along "
    "the path of the total solar eclipse. In Dallas, the moon will completely cover the sun at 1:40 p.m. on Monday "
    "and totality will last just under four minutes, according to NASA. Forecasters at the agency's office in Fort "
    "Worth said the cloud cover may yet thin out, since predictions made this far ahead often change. After Monday, "
    "the next total eclipse visible from the contiguous United States will not come until Aug. 23, 2044.",
    [
        C(
            "clouds are likely to hang over much of Texas on Monday",
            "on Monday",
            wd("Monday"),
            "prediction",
            "the National Weather Service",
            real="2024-04-08",
        ),
        C(
            "the moon will completely cover the sun at 1:40 p.m. on Monday",
            "at 1:40 p.m. on Monday",
            wd("Monday", "13:40"),
            "event",
            "NASA",
            real="2024-04-08",
        ),
        C(
            "the next total eclipse visible from the contiguous United States will not come until Aug. 23, 2044",
            "until Aug. 23, 2044",
            ymd(2044, 8, 23),
            "event",
            None,
            real="2044-08-23",
        ),
    ],
    "Total solar eclipse of 8 April 2024; totality in Dallas from about 13:40 CDT for 3 min 51 s; the next total "
    "eclipse in the contiguous US is on 23 August 2044.",
    ["said-on-day", "time-local", "explicit-date", "hypothetical", "duration"],
)

# ===========================================================================
# Health: trials, approvals, vaccines, restrictions

P(
    "tx-leqembi-fda-2022",
    "2022-11-30 09:00",
    "Asia/Tokyo",
    "Detailed results presented overnight in San Francisco showed that lecanemab, the Alzheimer's drug Eisai is "
    "developing with Biogen, slowed cognitive decline by 27% over 18 months in a trial of 1,795 patients, the Japanese "
    "drugmaker said on Wednesday. The US Food and Drug Administration has set Jan. 6 as the target date for its "
    "decision on an accelerated approval. The company said it plans to file for full approval in the United States, Japan and Europe early "
    "next year. The data, published at the same time in the New England Journal of Medicine, also showed brain swelling "
    "or bleeding in about a fifth of patients, and at least two deaths among people taking the drug have drawn "
    "scrutiny.",
    [
        C(
            "has set Jan. 6 as the target date for its decision on an accelerated approval",
            "Jan. 6",
            md(1, 6),
            "event",
            None,
            real="2023-01-06",
        ),
        C(
            "it plans to file for full approval in the United States, Japan and Europe early next year",
            "early next year",
            early_year(2023),
            "promise",
            "Eisai",
            real="2023-01-06",
        ),
    ],
    "Clarity AD results at CTAD, San Francisco, 29 November 2022 (US time); FDA accelerated approval of Leqembi on "
    "6 January 2023; Eisai filed for traditional US approval on 6 January 2023, in the EU on 9 January and in Japan "
    "on 16 January 2023.",
    ["year-inference", "early-year", "said-on-day", "number-like-date", "pronoun-speaker"],
)

P(
    "tx-aduhelm-decision-2021",
    "2021-06-04 16:30",
    "America/New_York",
    "The Food and Drug Administration is scheduled to announce on Monday whether it will approve aducanumab, Biogen's "
    "experimental Alzheimer's treatment, a decision that was pushed back from March after the company submitted "
    "additional analyses. An outside panel of experts advising the agency voted last November that the data did not "
    "convincingly show the drug worked, and several of its members have since urged the FDA to reject it. The agency "
    "may still grant a so-called accelerated approval, which would require Biogen to run a further study, analysts "
    "said, and the company has said it would be ready to ship the drug within weeks of a green light.",
    [
        C(
            "is scheduled to announce on Monday whether it will approve aducanumab",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2021-06-07",
        )
    ],
    "FDA decision on aducanumab (Aduhelm), originally due 7 March 2021, extended to 7 June 2021, when it was granted "
    "accelerated approval; the advisory committee voted against it on 6 November 2020.",
    ["superseded-date", "last-month", "may-verb", "hypothetical", "undated-future", "duration"],
)

P(
    "tx-oxford-vaccine-rollout-2020",
    "2020-12-30 13:00",
    "Europe/London",
    "LONDON (Reuters) - Britain became the first country to approve the COVID-19 vaccine developed by Oxford University "
    "and AstraZeneca on Wednesday, and Health Secretary Matt Hancock said the first doses would be given on Monday, "
    "Jan. 4. Hancock told Sky News the approval, which came three weeks after the country began immunising people with "
    "the Pfizer-BioNTech shot on Dec. 8, meant the end of the pandemic was in sight. The regulator also backed giving "
    "the second dose up to 12 weeks after the first, rather than the three or four weeks tested in trials, so that more "
    "people can get some protection quickly; Britain has ordered 100 million doses of the Oxford shot.",
    [
        C(
            "the first doses would be given on Monday, Jan. 4",
            "on Monday, Jan. 4",
            md(1, 4),
            "promise",
            "Matt Hancock",
            real="2021-01-04",
        )
    ],
    "MHRA approval of the Oxford/AstraZeneca vaccine on 30 December 2020; first doses given on 4 January 2021; the "
    "Pfizer-BioNTech rollout began on 8 December 2020.",
    ["year-inference", "said-on-day", "explicit-past-date", "number-like-date", "duration"],
)

P(
    "tx-novo-cagrisema-2024",
    "2024-11-06 11:30",
    "Europe/Copenhagen",
    "COPENHAGEN, Nov 6 (Reuters) - Novo Nordisk narrowed its full-year outlook on Wednesday and now expects sales to "
    "grow by 23% to 27% this year at constant exchange rates, after third-quarter sales of its weight-loss drug Wegovy "
    "rose 79% to 17.3 billion Danish crowns. The Danish drugmaker said headline results from REDEFINE 1, the "
    "first late-stage trial of its next-generation obesity treatment CagriSema, remained on track for release in the "
    "fourth quarter, "
    "a readout investors see as crucial after Eli Lilly's rival Zepbound took market share in the United States. Chief "
    "Executive Lars Fruergaard Jorgensen told reporters that supplies of Wegovy in the US had improved but declined to "
    "say when all shortages would end.",
    [
        C(
            "now expects sales to grow by 23% to 27% this year",
            "this year",
            in_year(2024),
            "prediction",
            "Novo Nordisk",
        ),
        C(
            "remained on track for release in the fourth quarter",
            "in the fourth quarter",
            quarter(2024, 4),
            "event",
            "Novo Nordisk",
            real="2024-12-20",
        ),
    ],
    "Novo Nordisk Q3 2024 results, 6 November 2024 (sales growth guidance 23-27% at CER); REDEFINE 1 topline results "
    "published on 20 December 2024.",
    ["year-period", "quarter", "said-on-day", "number-like-date", "undated-future"],
)

P(
    "tx-england-freedom-day-2021",
    "2021-07-12 19:00",
    "Europe/London",
    "Boris Johnson confirmed on Monday that most remaining legal coronavirus restrictions in England will be lifted "
    "next Monday, four weeks later than first planned, but urged people to proceed with caution with cases running "
    "above 30,000 a day. Under the plan he set out, nightclubs will be allowed to reopen from midnight on Sunday and "
    'limits on how many people can meet indoors will go, although the government still "expects and recommends" face '
    'coverings in crowded places. "This pandemic is not over," the prime minister told a Downing Street news '
    "conference, adding that the original June 21 date had been pushed back to give more time for second doses. Health "
    "Secretary Sajid Javid said last week that fully vaccinated adults would no longer have to self-isolate after "
    "contact with a positive case from Aug. 16.",
    [
        C(
            "most remaining legal coronavirus restrictions in England will be lifted next Monday",
            "next Monday",
            next_wd("Monday"),
            "event",
            "Boris Johnson",
            real="2021-07-19",
        ),
        C(
            "nightclubs will be allowed to reopen from midnight on Sunday",
            "from midnight on Sunday",
            midnight_on("Sunday"),
            "event",
            "Boris Johnson",
            real="2021-07-19",
        ),
        C(
            "fully vaccinated adults would no longer have to self-isolate after contact with a positive case from Aug. 16",
            "from Aug. 16",
            md(8, 16),
            "event",
            "Sajid Javid",
            real="2021-08-16",
        ),
    ],
    "England's step 4 ('Freedom Day'), confirmed on 12 July 2021, took effect on 19 July 2021 (nightclubs reopened "
    "at 00:00); originally planned for 21 June. Self-isolation exemption for double-jabbed contacts from 16 August "
    "2021, announced on 6 July.",
    [
        "next-weekday",
        "midnight",
        "superseded-date",
        "explicit-date",
        "pronoun-speaker",
        "said-on-day",
        "number-like-date",
        "duration",
    ],
)

# ===========================================================================
# Weather and climate

P(
    "tx-ida-landfall-2021",
    "2021-08-27 16:00",
    "America/Chicago",
    "NEW ORLEANS (AP) \u2014 Ida is forecast to strike Louisiana as a major hurricane on Sunday, the National Hurricane "
    "Center said Friday, 16 years to the day after Hurricane Katrina devastated the Gulf Coast on Aug. 29, 2005. "
    "Governor John Bel Edwards told residents they had until nightfall on Saturday to get to wherever they intended to "
    "ride out the storm, warning that Ida could bring winds of 140 mph and a storm surge of up to 11 feet. New Orleans "
    "Mayor LaToya Cantrell ordered a mandatory evacuation for areas outside the city's levee system, but said there was "
    "not enough time to organise one for the whole city. Sunday's landfall will be the sternest test yet of the $14.5 "
    "billion flood defences built after Katrina, officials said.",
    [
        C(
            "Ida is forecast to strike Louisiana as a major hurricane on Sunday",
            "on Sunday",
            wd("Sunday"),
            "prediction",
            "the National Hurricane Center",
            real="2021-08-29",
        ),
        C(
            "they had until nightfall on Saturday to get to wherever they intended to ride out the storm",
            "until nightfall on Saturday",
            wd("Saturday"),
            "deadline",
            "John Bel Edwards",
            real="2021-08-28",
        ),
    ],
    "Hurricane Ida made landfall near Port Fourchon, Louisiana, on 29 August 2021, the 16th anniversary of Katrina "
    "(29 August 2005).",
    ["said-on-day", "explicit-past-date", "repeated-claim", "hypothetical", "number-like-date"],
)

P(
    "tx-eunice-red-warning-2022",
    "2022-02-17 15:00",
    "Europe/London",
    "The Met Office has issued a rare red weather warning, meaning a danger to life, for parts of south-west England "
    "and south Wales, saying Storm Eunice will bring gusts of up to 90mph on Friday. The warning, covering the coasts of "
    "Cornwall, Devon, Somerset and south Wales, is in force from 07:00 GMT until noon on Friday, the forecaster said, "
    "while an amber wind warning covers most of the rest of England and Wales for much of the day. Transport for Wales "
    "said no trains would run anywhere on its network on Friday, and several English operators urged passengers not to "
    "travel, a day after Storm Dudley brought down trees and cut power to thousands of homes in northern England and "
    "Scotland on Wednesday night. Paul Gundersen, the Met Office's chief meteorologist, said people in the red zone "
    "should avoid travelling altogether.",
    [
        C(
            "Storm Eunice will bring gusts of up to 90mph on Friday",
            "on Friday",
            wd("Friday"),
            "prediction",
            "the Met Office",
            real="2022-02-18",
        ),
        C(
            "is in force from 07:00 GMT until noon on Friday",
            "from 07:00 GMT until noon on Friday",
            wd("Friday", "07:00"),
            "event",
            "the Met Office",
            real="2022-02-18",
        ),
        C(
            "no trains would run anywhere on its network on Friday",
            "on Friday",
            wd("Friday"),
            "promise",
            "Transport for Wales",
            real="2022-02-18",
        ),
    ],
    "Storm Eunice, 18 February 2022: red wind warning for the south-west coasts 07:00-12:00 GMT (issued on 17 "
    "February; London and the south-east were added early on the 18th); Transport for Wales suspended all services "
    "on 18 February. Storm Dudley struck on the night of 16 February.",
    ["time-local", "past-weekday", "pronoun-speaker", "number-like-date"],
)

P(
    "tx-cop24-katowice-2018",
    "2018-12-14 13:00",
    "Europe/Warsaw",
    "KATOWICE, Poland (Reuters) - UN climate talks in Poland looked set to overrun their Friday deadline as ministers "
    "from nearly 200 countries remained split over how to count emissions cuts and how to welcome a scientific report "
    "on limiting warming to 1.5 degrees Celsius. Michal Kurtyka, the Polish deputy environment minister presiding over "
    "the conference, said he would publish a new draft of the rulebook for the 2015 Paris Agreement on Friday evening "
    'and aimed to close the meeting on Saturday. "We are in the final stretch," he told delegates at a stocktaking '
    "session, adding that no one would get everything they wanted. Under the Paris pact, governments are supposed to "
    "submit tougher national emissions pledges by 2020. The two-week conference opened on Dec. 2 in the heart of "
    "Poland's coal country.",
    [
        C(
            "he would publish a new draft of the rulebook for the 2015 Paris Agreement on Friday evening",
            "on Friday evening",
            wd("Friday"),
            "promise",
            "Michal Kurtyka",
        ),
        C(
            "aimed to close the meeting on Saturday",
            "on Saturday",
            wd("Saturday"),
            "promise",
            "Michal Kurtyka",
            real="2018-12-15",
        ),
        C(
            "governments are supposed to submit tougher national emissions pledges by 2020",
            "by 2020",
            by_year(2020),
            "deadline",
            None,
        ),
    ],
    "COP24, Katowice, 2-14 December 2018, overran and closed late on Saturday 15 December 2018 with the Paris "
    "rulebook; updated NDCs were due by 2020 under the Paris decision.",
    [
        "superseded-date",
        "same-day-future",
        "same-sentence-claims",
        "explicit-past-date",
        "number-like-date",
        "by-weekday-same-day",
    ],
)

P(
    "tx-leaders-climate-summit-2021",
    "2021-04-21 18:00",
    "America/New_York",
    "WASHINGTON \u2014 President Joe Biden will host 40 world leaders at a virtual climate summit on Thursday and "
    "Friday, and is expected to pledge that the United States will cut its greenhouse gas emissions by 50 to 52 percent "
    "from 2005 levels by 2030, according to two people familiar with the plans. The gathering, which will include "
    "China's Xi Jinping and Russia's Vladimir Putin, is meant to show that Washington is back in the fight against "
    "global warming after former President Donald Trump pulled the country out of the Paris accord. Biden's climate "
    "envoy, John Kerry, has said the summit is a stepping stone to the United Nations talks in Glasgow in November, "
    "where nations are expected to bring tougher targets.",
    [
        C(
            "will host 40 world leaders at a virtual climate summit on Thursday and Friday",
            "on Thursday and Friday",
            span_wd("Thursday", "Friday"),
            "event",
            None,
            real="2021-04-22",
        ),
        C(
            "the United States will cut its greenhouse gas emissions by 50 to 52 percent from 2005 levels by 2030",
            "by 2030",
            by_year(2030),
            "promise",
            "Joe Biden",
        ),
        C(
            "the United Nations talks in Glasgow in November",
            "in November",
            in_month(2021, 11),
            "event",
            "John Kerry",
            real="2021-11-01",
        ),
    ],
    "Leaders Summit on Climate, 22-23 April 2021; the US 2030 target (50-52% below 2005) was announced on 22 April "
    "after being reported by anonymous sources on 21 April; COP26 ran from 31 October to 13 November 2021 (leaders' "
    "segment 1-2 November).",
    ["range", "same-sentence-claims", "month-period", "number-like-date"],
)

P(
    "tx-may-net-zero-2019",
    "2019-06-12 07:00",
    "Europe/London",
    "Britain will become the first major economy to legally commit to ending its contribution to global warming by "
    "2050, Theresa May announced on Wednesday, in one of her last big policy moves before she leaves Downing Street. A "
    "statutory instrument amending the 2008 Climate Change Act is due to be laid before Parliament on Wednesday, "
    "replacing the existing target of an 80 percent cut in emissions from 1990 levels with one of net zero. Chancellor "
    "Philip Hammond has warned that the shift may cost more than 1 trillion pounds, a figure disputed by the Committee "
    "on Climate Change, whose advice last month paved the way for the decision. May, who will stay on as prime "
    "minister until the Conservative Party picks a new leader, said reaching net zero was a duty owed to the next "
    "generation and promised a review within five years to confirm that other countries were taking similar action.",
    [
        C(
            "legally commit to ending its contribution to global warming by 2050",
            "by 2050",
            by_year(2050),
            "promise",
            "Theresa May",
        ),
        C(
            "is due to be laid before Parliament on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2019-06-12",
        ),
        C(
            "promised a review within five years to confirm that other countries were taking similar action",
            "within five years",
            in_years(5),
            "promise",
            "Theresa May",
        ),
    ],
    "Net zero 2050 announced by Theresa May on 12 June 2019, statutory instrument laid the same day (signed into law "
    "27 June 2019); the Committee on Climate Change advised on 2 May 2019.",
    [
        "may-verb",
        "said-on-day",
        "same-day-future",
        "by-weekday-same-day",
        "number-like-date",
        "undated-future",
        "duration",
    ],
)

# ===========================================================================
# Sport

P(
    "tx-nba-season-dates-2020",
    "2020-11-10 19:00",
    "America/New_York",
    "The NBA will open its 2020-21 season on Dec. 22 and stage its traditional slate of games on Christmas Day, "
    "according to a statement from the league, after the players' union agreed on Monday night to a 72-game schedule. "
    "Training camps may open as early as Dec. 1, and the regular season is set to end on May 16, leaving time for a "
    "play-in tournament before the playoffs begin. The Los Angeles Lakers won the last title on Oct. 11 inside the "
    "league's bubble at Walt Disney World near Orlando, and commissioner Adam Silver has said he hopes some fans can "
    "return to arenas as the season goes on.",
    [
        C(
            "will open its 2020-21 season on Dec. 22",
            "on Dec. 22",
            md(12, 22),
            "event",
            "the NBA",
            real="2020-12-22",
        ),
        C(
            "stage its traditional slate of games on Christmas Day",
            "on Christmas Day",
            holiday("Christmas"),
            "event",
            "the NBA",
            real="2020-12-25",
        ),
        C(
            "the regular season is set to end on May 16",
            "on May 16",
            md(5, 16),
            "event",
            None,
            real="2021-05-16",
        ),
    ],
    "NBA 2020-21 season: NBPA approved on 9 November 2020; season opened 22 December 2020 with Christmas Day games; "
    "regular season ended 16 May 2021. The Lakers won the 2020 title on 11 October 2020.",
    [
        "explicit-date",
        "holiday",
        "year-inference",
        "may-verb",
        "same-sentence-claims",
        "past-weekday",
        "explicit-past-date",
        "number-like-date",
        "hypothetical",
    ],
)

P(
    "tx-abu-dhabi-f1-2021",
    "2021-12-10 18:00",
    "Asia/Tokyo",
    "Max Verstappen and Lewis Hamilton go into the Abu Dhabi Grand Prix level on 369.5 points, the first time since "
    "1974 that the two leading drivers have started a Formula One season finale tied. The race at the Yas Marina "
    "circuit starts at 5 p.m. on Sunday, Abu Dhabi time, after qualifying on Saturday, and Honda's engineers will be "
    "watching from Sakura what is also their last grand prix as Red Bull's engine supplier. Verstappen, 24, would "
    "become the first Dutch world champion with a win, while Hamilton is chasing a record eighth title after taking "
    "victory in Saudi Arabia on Sunday.",
    [
        C(
            "The race at the Yas Marina circuit starts at 5 p.m. on Sunday, Abu Dhabi time",
            "at 5 p.m. on Sunday, Abu Dhabi time",
            zoned(wd("Sunday"), "17:00", "Asia/Dubai"),
            "event",
            None,
            real="2021-12-12",
        ),
        C(
            "after qualifying on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2021-12-11",
        ),
    ],
    "Abu Dhabi Grand Prix, 12 December 2021, 17:00 GST (13:00 GMT) = 22:00 JST; qualifying 11 December. Hamilton "
    "won in Saudi Arabia on 5 December 2021.",
    ["time-converted", "same-sentence-claims", "past-weekday", "hypothetical", "number-like-date"],
)

P(
    "tx-djokovic-federal-court-2022",
    "2022-01-15 13:00",
    "Australia/Melbourne",
    "MELBOURNE (Reuters) - Novak Djokovic's challenge to the cancellation of his Australian visa will be heard by a "
    "full bench of the Federal Court at 9:30 a.m. on Sunday, the court said after a brief procedural hearing on "
    "Saturday. The unvaccinated Serb was interviewed by immigration officials on Saturday morning and was expected to "
    "spend the night in detention, after Immigration Minister Alex Hawke used his personal powers on Friday to cancel "
    "the visa on public interest grounds. The world number one is drawn to play fellow Serbian Miomir Kecmanovic on "
    "Monday, the opening day of the Australian Open, but if he loses the case he could also face a three-year ban from "
    "entering the country.",
    [
        C(
            "will be heard by a full bench of the Federal Court at 9:30 a.m. on Sunday",
            "at 9:30 a.m. on Sunday",
            wd("Sunday", "09:30"),
            "event",
            "the Federal Court",
            real="2022-01-16",
        ),
        C(
            "is drawn to play fellow Serbian Miomir Kecmanovic on Monday, the opening day of the Australian Open",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2022-01-17",
        ),
    ],
    "Djokovic's appeal was heard by the Full Federal Court on Sunday 16 January 2022 from 09:30 AEDT and dismissed; "
    "he was deported that evening. The Australian Open began on Monday 17 January 2022; Hawke cancelled the visa on "
    "Friday 14 January.",
    ["time-local", "said-on-day", "past-weekday", "hypothetical", "duration"],
)

P(
    "tx-mlb-lockout-deadline-2022",
    "2022-02-27 21:00",
    "America/New_York",
    "JUPITER, Florida (AP) \u2014 Major League Baseball has told the players' union that it will start cancelling "
    "regular-season games if the two sides have not reached a new labor contract by the end of Monday, raising the "
    "stakes in a lockout that began on Dec. 2. Opening day is scheduled for March 31, and the league has said that any "
    "games wiped out would not be made up, meaning players would lose pay. Bargainers met for more than six hours on "
    "Sunday at the Roger Dean Stadium complex, where spring training games had been due to begin on Saturday before "
    "they were called off.",
    [
        C(
            "it will start cancelling regular-season games if the two sides have not reached a new labor contract by the end "
            "of Monday",
            "by the end of Monday",
            wd("Monday"),
            "deadline",
            "Major League Baseball",
            real="2022-02-28",
        ),
        C("Opening day is scheduled for March 31", "March 31", md(3, 31), "event", None),
    ],
    "MLB lockout from 2 December 2021; the league's deadline of 28 February 2022 was extended to 1 March, when the first "
    "two series were cancelled (opening day later moved to 7 April). Spring training games had been scheduled to "
    "start on 26 February.",
    [
        "conditional-threat",
        "cancelled-date",
        "past-weekday",
        "explicit-date",
        "explicit-past-date",
        "hypothetical",
    ],
)

P(
    "tx-messi-unveil-2023",
    "2023-07-15 16:00",
    "America/New_York",
    'Inter Miami will present Lionel Messi to its fans at a ceremony billed as "The Unveil" at its stadium in Fort '
    "Lauderdale on Sunday night, the Major League Soccer club said on Saturday as it formally confirmed the signing of "
    "the Argentina captain. Co-owner Jorge Mas told reporters he expected Messi, 36, to make his debut against Mexico's "
    "Cruz Azul in the Leagues Cup on July 21. The club must register him before the league's secondary transfer window "
    "closes on Aug. 2. Inter Miami, bottom of the Eastern Conference, did not disclose terms, but Messi's contract runs "
    "for two and a half years and includes an option to take a stake in the team when he retires, according to people "
    "familiar with the deal.",
    [
        C(
            'will present Lionel Messi to its fans at a ceremony billed as "The Unveil" at its stadium in Fort Lauderdale '
            "on Sunday night",
            "on Sunday night",
            wd("Sunday"),
            "event",
            "Inter Miami",
            real="2023-07-16",
        ),
        C(
            "he expected Messi, 36, to make his debut against Mexico's Cruz Azul in the Leagues Cup on July 21",
            "on July 21",
            md(7, 21),
            "prediction",
            "Jorge Mas",
            real="2023-07-21",
        ),
        C(
            "before the league's secondary transfer window closes on Aug. 2",
            "on Aug. 2",
            md(8, 2),
            "deadline",
            None,
        ),
    ],
    "Messi's Inter Miami signing confirmed 15 July 2023, 'The Unveil' at DRV PNK Stadium on 16 July, debut against "
    "Cruz Azul on 21 July 2023; MLS 2023 secondary transfer window closed on 2 August.",
    ["said-on-day", "explicit-date", "duration", "undated-future"],
)

P(
    "tx-transfer-deadline-day-2023",
    "2023-09-01 08:00",
    "Europe/London",
    "Premier League clubs have until 11pm on Friday to complete their summer signings, with spending already close "
    "to a record \u00a32bn, while clubs in Saudi Arabia, who have lured Neymar, Karim Benzema and Sadio Mane, can keep "
    "buying until their window shuts on 7 September. Deals agreed before the deadline can still go through if a "
    '"deal sheet" is lodged, which gives clubs up to two extra hours to finish the paperwork. Chelsea, who have spent '
    "more than \u00a3400m since May, were still trying to trim a squad of more than 30 senior players on Thursday. "
    "Tottenham sold Harry Kane to Bayern Munich on 12 August and have yet to replace him.",
    [
        C(
            "Premier League clubs have until 11pm on Friday to complete their summer signings",
            "until 11pm on Friday",
            wd("Friday", "23:00"),
            "deadline",
            None,
            real="2023-09-01",
        ),
        C(
            "can keep buying until their window shuts on 7 September",
            "on 7 September",
            md(9, 7),
            "deadline",
            None,
            real="2023-09-07",
        ),
    ],
    "Premier League summer 2023 window closed at 23:00 BST on 1 September 2023; Saudi Pro League window closed on "
    "7 September 2023; Kane joined Bayern on 12 August 2023.",
    [
        "by-weekday-same-day",
        "time-local",
        "explicit-date",
        "same-sentence-claims",
        "explicit-past-date",
        "past-month",
        "number-like-date",
        "duration",
        "past-weekday",
    ],
)

P(
    "tx-womens-world-cup-final-2023",
    "2023-08-17 07:30",
    "Europe/London",
    "England will face Spain in the Women's World Cup final at Stadium Australia at 8pm Sydney time on Sunday after "
    "beating the co-hosts 3-1 at the same ground on Wednesday, with goals from Ella Toone, Lauren Hemp and Alessia "
    "Russo. Spain reached their first final by beating Sweden 2-1 on Tuesday, and the beaten semi-finalists will meet "
    "in the third-place play-off in Brisbane on Saturday. Sarina Wiegman, who took the Netherlands to the 2019 final "
    "and England to the Euro 2022 title, said her players would enjoy the win before turning their minds to Spain. "
    "Asked whether Monday would be made an extra bank holiday if England won, Downing Street said on Wednesday that "
    "there were no plans for one.",
    [
        C(
            "England will face Spain in the Women's World Cup final at Stadium Australia at 8pm Sydney time on Sunday",
            "at 8pm Sydney time on Sunday",
            zoned(wd("Sunday"), "20:00", "Australia/Sydney"),
            "event",
            None,
            real="2023-08-20",
        ),
        C(
            "the beaten semi-finalists will meet in the third-place play-off in Brisbane on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2023-08-19",
        ),
    ],
    "FIFA Women's World Cup 2023: semi-finals 15 and 16 August; third-place play-off Sweden v Australia in Brisbane "
    "on 19 August; final Spain v England, Sydney, 20 August 2023 at 20:00 AEST = 11:00 BST.",
    [
        "time-converted",
        "past-weekday",
        "hypothetical",
        "question",
        "said-on-day",
        "number-like-date",
    ],
)

# ===========================================================================
# Passages with no claim

N(
    "tx-wimbledon-cancelled-2020",
    "2020-04-02 09:00",
    "Europe/London",
    "Wimbledon has been cancelled for the first time since the Second World War, the All England Club announced on "
    "Wednesday, after concluding that the coronavirus pandemic made it impossible to stage the grass-court "
    "championships safely. The tournament had been due to start on June 29, and organisers said that pushing it back "
    "to later in the summer was not an option because of the fading daylight and the condition of the grass. The club "
    "is one of the few sporting bodies to hold pandemic insurance, reportedly paying about $2 million a year for cover "
    "that could be worth more than $100 million. Chief executive Richard Lewis said it was a decision the club had not "
    "taken lightly.",
    "Wimbledon 2020 (due 29 June - 12 July) cancelled on 1 April 2020; first cancellation since 1945.",
    ["cancelled-date", "past-weekday", "said-on-day", "number-like-date", "hypothetical"],
)

N(
    "tx-lytton-heat-record-2021",
    "2021-06-30 10:00",
    "America/Vancouver",
    "LYTTON, British Columbia \u2014 The temperature in this village of 250 people reached 49.6 degrees Celsius (121.3 "
    "Fahrenheit) on Tuesday afternoon, Environment Canada said, breaking the national record for a third straight day "
    "under a heat dome that has smothered the Pacific Northwest. Before Sunday, the highest temperature ever recorded "
    "in Canada was 45C, set in two Saskatchewan towns on July 5, 1937. Police in the Vancouver area said they had "
    "responded to more than 130 sudden deaths since Friday, most of them elderly people living alone, and the "
    "forecaster said relief would come only gradually in the coming days.",
    "Lytton reached 49.6C on 29 June 2021 (records on 27, 28 and 29 June); the previous record, 45.0C, was set at "
    "Midale and Yellow Grass on 5 July 1937.",
    ["past-weekday", "said-on-day", "explicit-past-date", "number-like-date", "undated-future"],
)

N(
    "tx-hurricane-lee-uncertain-2023",
    "2023-09-08 11:00",
    "America/New_York",
    "MIAMI (AP) \u2014 Hurricane Lee weakened slightly on Friday after exploding into a Category 5 storm overnight, but "
    "forecasters said it was still far too early to know whether it would threaten the US East Coast, Bermuda or "
    "Atlantic Canada next week. Lee jumped from a Category 1 to a Category 5 hurricane in about 24 hours over "
    "unusually warm water hundreds of miles east of the northern Leeward Islands, which it is forecast to pass well to "
    "the north of. If it turns north, as most computer models suggest, it could bring dangerous surf and rip currents "
    "to much of the coast, the National Hurricane Center said, though its path after that remains highly uncertain.",
    "Hurricane Lee reached Category 5 late on 7 September 2023; on 8 September the NHC said its long-range track and "
    "any US impact were uncertain (it made landfall in Nova Scotia on 16 September).",
    ["hypothetical", "question", "undated-future", "number-like-date", "duration"],
)

N(
    "tx-premier-league-restart-2020",
    "2020-04-24 18:00",
    "Europe/London",
    "Premier League clubs held a video conference on Friday to discuss how the suspended season might be completed, "
    "but no date for a return was agreed, the league said in a statement. Play has been halted since March 13, and the "
    "government extended its lockdown on April 16. Could the remaining 92 fixtures be squeezed into June and July, as "
    "some executives hope, or would they have to be played at a handful of neutral grounds behind closed doors? The "
    "league said it would return only when it was safe to do so and with the full support of the government.",
    "Premier League shareholders' meeting of 24 April 2020 during 'Project Restart'; play suspended on 13 March 2020; "
    "the UK lockdown was extended on 16 April 2020; the season resumed on 17 June 2020.",
    [
        "question",
        "hypothetical",
        "explicit-past-date",
        "said-on-day",
        "undated-future",
        "number-like-date",
        "past-weekday",
    ],
)

N(
    "tx-ebola-kivu-over-2020",
    "2020-06-25 17:00",
    "Africa/Kinshasa",
    "KINSHASA (Reuters) - Democratic Republic of Congo declared an end on Thursday to the Ebola epidemic in its "
    "eastern provinces, almost two years after it began and 42 days after the last patient tested negative for a "
    "second time. The outbreak, declared on Aug. 1, 2018, infected 3,470 people and killed 2,287, making it the "
    "second-deadliest on record after the West Africa epidemic of 2013-2016, the World Health Organization said. Health "
    "Minister Eteni Longondo warned that the country still faced a separate Ebola outbreak in the western province of "
    "Equateur, where more than 20 cases have been recorded since June 1, as well as measles and COVID-19.",
    "End of the Kivu Ebola outbreak declared on 25 June 2020 (began 1 August 2018); the Equateur outbreak was declared "
    "on 1 June 2020.",
    ["said-on-day", "explicit-past-date", "duration", "number-like-date", "past-weekday"],
)

N(
    "tx-ariane5-final-flight-2023",
    "2023-07-06 10:00",
    "Europe/Paris",
    "PARIS (Reuters) - Europe's Ariane 5 rocket flew for the last time on Wednesday evening, lifting off from Kourou in "
    "French Guiana with a French military communications satellite and a German one, and closing a 27-year career "
    "that included launching the James Webb Space Telescope. Its successor, Ariane 6, was originally due to make its "
    "debut in 2020, but the first flight has slipped repeatedly and the European Space Agency has yet to set a new "
    "date, leaving Europe temporarily without its own access to space for heavy payloads. ESA Director General Josef "
    "Aschbacher said on Wednesday that a new timetable would be announced once a series of test firings was complete.",
    "Final Ariane 5 launch (VA261) on 5 July 2023; Ariane 6, first planned for 2020, flew on 9 July 2024.",
    ["past-weekday", "superseded-date", "undated-future", "number-like-date", "said-on-day"],
)

N(
    "tx-biles-withdraws-2021",
    "2021-07-28 20:00",
    "Asia/Tokyo",
    "TOKYO (AP) \u2014 Simone Biles has pulled out of the individual all-around final at the Tokyo Olympics to focus on "
    "her mental health, USA Gymnastics said on Wednesday, a day after she withdrew from the team competition following "
    "a single vault. The governing body said she would be evaluated daily by medical staff to determine whether she "
    "will take part in the individual apparatus events later in the Games. Jade Carey, who finished ninth in "
    "qualifying, will take her place.",
    "Biles withdrew from the team final on 27 July 2021 and from the all-around final (29 July) on 28 July 2021.",
    ["past-weekday", "said-on-day", "undated-future"],
)

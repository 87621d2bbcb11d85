"""Tuning passages written blind: regional and local news in AP / regional-paper style: city councils, school boards, state courts, police, transport closures, weather warnings, health services, science missions, sport fixtures and leagues. Written on 2026-11-27 (see tune_blind.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    half,
    holiday,
    in_days_anchored,
    in_month,
    md,
    md_span,
    midnight_on,
    month_named_end,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


N = no_claim_adder(P)


# ---------------------------------------------------------------------------
# Weather warnings and storms

P("tl-ian-tampa-airport-2022", "2022-09-26 12:30", "America/New_York",
  "TAMPA, Fla. (AP) — Ian strengthened into a hurricane early on Monday near the Cayman Islands and was "
  "forecast to cross western Cuba before turning toward Florida's Gulf Coast, where the National "
  "Hurricane Center expects it to make landfall on Wednesday as a major hurricane. Tampa International Airport "
  "said it would suspend operations at 5 p.m. on Tuesday, and Hillsborough County began ordering residents of "
  "low-lying neighborhoods to leave. Governor Ron DeSantis, who widened a state of emergency to all 67 counties "
  "on Saturday, warned that the storm surge could reach 10 feet in parts of Tampa Bay and urged people not to "
  "wait for the rain to start before heading inland.",
  [C("expects it to make landfall on Wednesday", "on Wednesday", wd("Wednesday"), "prediction",
     "the National Hurricane Center", real="2022-09-28"),
   C("said it would suspend operations at 5 p.m. on Tuesday", "at 5 p.m. on Tuesday", wd("Tuesday", "17:00"),
     "promise", "Tampa International Airport", real="2022-09-27")],
  "Hurricane Ian, 2022: became a hurricane early on Monday 26 September, crossed western Cuba on Tuesday 27 "
  "September, made landfall at Cayo Costa, Florida, on Wednesday 28 September; Tampa International Airport "
  "suspended operations from 5 p.m. on Tuesday 27 September; statewide emergency widened on Saturday 24 September.",
  ["past-weekday", "time-local", "hypothetical", "number-like-date", "multi-claim"])

P("tl-biparjoy-jakhau-2023", "2023-06-13 20:00", "Asia/Kolkata",
  "AHMEDABAD: Cyclone Biparjoy is likely to cross the Saurashtra and Kutch coast near Jakhau Port as a very "
  "severe cyclonic storm by the evening of June 15, with sustained winds of 125-135 km/h gusting to 150 km/h, "
  "the India Meteorological Department said on Tuesday. The state government has begun shifting about 30,000 "
  "people living within 10 km of the shoreline in eight districts to relief camps, while the Western Railway "
  "has cancelled or short-terminated dozens of trains into Kutch and Saurashtra. The storm has also stalled "
  "the southwest monsoon, which the IMD now expects to reach Mumbai later this month, roughly two weeks behind "
  "its normal onset date of June 11.",
  [C("near Jakhau Port as a very severe cyclonic storm by the evening of June 15", "by the evening of June 15",
     md(6, 15), "prediction", "the India Meteorological Department", real="2023-06-15"),
   C("which the IMD now expects to reach Mumbai later this month", "later this month", rest_of_month(),
     "prediction", "the India Meteorological Department", real="2023-06-25")],
  "Cyclone Biparjoy made landfall near Jakhau Port, Kutch, on the evening of 15 June 2023; IMD bulletins of "
  "13 June gave that track. The monsoon reached Mumbai on 25 June 2023 (normal onset 11 June).",
  ["explicit-date", "later-this-period", "said-on-day", "number-like-date", "multi-claim"])

# ---------------------------------------------------------------------------
# Transport

P("tl-key-bridge-channel-2024", "2024-05-03 09:00", "America/New_York",
  "BALTIMORE (AP) — The Army Corps of Engineers still expects to reopen the Port of Baltimore's main "
  "shipping channel to its full 700-foot width and 50-foot depth by the end of May, more than five weeks after "
  "the container ship Dali lost power and struck the Francis Scott Key Bridge. The collapse on March 26 killed "
  "six members of a road crew who were filling potholes on the span, and the bodies of two of them have yet to "
  "be found. A replacement bridge will cost between $1.7 billion and $1.9 billion and should be open to "
  "traffic by 2028, the Maryland Transportation Authority said on Thursday.",
  [C("reopen the Port of Baltimore's main shipping channel to its full 700-foot width and 50-foot depth by the "
     "end of May", "by the end of May", month_named_end(5), "prediction", "the Army Corps of Engineers"),
   C("should be open to traffic by 2028", "by 2028", by_year(2028), "prediction",
     "the Maryland Transportation Authority")],
  "Key Bridge collapse of 26 March 2024. The Corps targeted end of May for the full federal channel (it "
  "reopened on 10 June 2024, so no real date is recorded); on 2 May 2024 the MDTA estimated $1.7-1.9 billion "
  "and completion in fall 2028.",
  ["end-of-month", "year-period", "explicit-past-date", "said-on-day", "number-like-date", "multi-claim"])

P("tl-crossrail-first-half-2022", "2020-08-21 14:00", "Europe/London",
  "LONDON (Reuters) - Crossrail, the east-west railway beneath London that was supposed to open in December "
  "2018, will now open its central section in the first half of 2022, the company said on Friday, adding that "
  "it could need as much as 1.1 billion pounds more to finish the job. Chief Executive Mark Wild said the "
  "coronavirus lockdown had halted work in tunnels and stations for weeks in the spring, delaying the testing "
  "of trains and signalling software. The setback adds to the strain on Transport for London, whose 1.6 "
  "billion pound emergency funding deal with the government, agreed in May, expires on Oct. 17.",
  [C("will now open its central section in the first half of 2022", "in the first half of 2022", half(2022, 1),
     "promise", "Crossrail", real="2022-05-24"),
   C("expires on Oct. 17", "on Oct. 17", md(10, 17), "deadline", None, real="2020-10-17")],
  "Crossrail update of 21 August 2020 (central section in the first half of 2022, up to GBP 1.1bn more); the "
  "Elizabeth line opened on 24 May 2022. TfL's May 2020 GBP 1.6bn rescue ran to 17 October 2020.",
  ["half", "explicit-date", "past-month", "said-on-day", "hypothetical", "number-like-date", "multi-claim"])

P("tl-grand-central-madison-2022", "2022-10-13 10:00", "America/New_York",
  "NEW YORK (AP) — The Long Island Rail Road expects to begin running trains into a new terminal deep beneath "
  "Grand Central Terminal by the end of the year, Metropolitan Transportation Authority Chair Janno Lieber "
  "said, bringing a project known as East Side Access close to completion more than a decade behind schedule "
  "and at a cost of about $11.1 billion. When it was approved in the late 1990s, the link was meant to be "
  "carrying commuters by 2009. Lieber said the station would cut travel times for tens of thousands of Long "
  "Islanders who work on Manhattan's East Side.",
  [C("expects to begin running trains into a new terminal deep beneath Grand Central Terminal by the end of the "
     "year", "by the end of the year", this_year_end(), "prediction", "Janno Lieber")],
  "East Side Access / Grand Central Madison: the MTA said in autumn 2022 that service would start by the end of "
  "2022; it opened on 25 January 2023 (late, so no real date is recorded).",
  ["year-end", "number-like-date"])

P("tl-ber-airport-opening-2019", "2019-11-29 15:00", "Europe/Berlin",
  "BERLIN (Reuters) - Berlin's new airport will finally open on Oct. 31, airport chief Engelbert Luetke "
  "Daldrup said on Friday, nine years later than first planned and billions of euros over budget. The opening "
  "of Berlin Brandenburg Willy Brandt airport, which was called off weeks before a planned inauguration in June "
  "2012 after inspectors found serious flaws in its fire protection system, has become a byword for German "
  "planning failures. The city's cramped Tegel airport, which handled more than 20 million passengers last "
  "year, will shut once the move is complete, he said.",
  [C("will finally open on Oct. 31", "on Oct. 31", md(10, 31), "event", "Engelbert Luetke Daldrup",
     real="2020-10-31")],
  "BER opening date of 31 October 2020 announced by Engelbert Luetke Daldrup on 29 November 2019; the "
  "June 2012 opening was cancelled in May 2012.",
  ["year-inference", "said-on-day", "cancelled-date", "past-month", "undated-future"])

P("tl-delhi-odd-even-2019", "2019-11-01 19:00", "Asia/Kolkata",
  "NEW DELHI: With the capital's air quality sliding into the 'severe plus' category on Friday, the Supreme "
  "Court-appointed Environment Pollution (Prevention and Control) Authority declared a public health emergency "
  "and banned construction work, and the Delhi government shut schools. Chief Minister Arvind Kejriwal said "
  "the odd-even road rationing scheme would run from November 4 to November 15 as planned, allowing private "
  "cars on the roads on alternate days depending on whether their registration numbers end in an odd or an "
  "even digit. Two-wheelers, vehicles driven by women and cars carrying schoolchildren will be exempt, he said, "
  "adding that the government would distribute five million masks in schools.",
  [C("would run from November 4 to November 15", "from November 4 to November 15", md_span(11, 4, 11, 15),
     "event", "Arvind Kejriwal", real="2019-11-04")],
  "Delhi's third odd-even scheme ran from 4 to 15 November 2019; EPCA declared a public health emergency on "
  "1 November 2019. One activity over consecutive days, so one claim spanning both ends.",
  ["range", "explicit-date", "past-weekday", "number-like-date"])

# ---------------------------------------------------------------------------
# Courts and police

P("tl-chauvin-sentencing-2021", "2021-06-21 09:00", "America/Chicago",
  "MINNEAPOLIS (AP) — Derek Chauvin, the former Minneapolis police officer convicted in April of murder and "
  "manslaughter in George Floyd's death, is scheduled to be sentenced at 1:30 p.m. on Friday by Hennepin County "
  "Judge Peter Cahill, with prosecutors asking for 30 years in prison and the defense seeking probation. The "
  "hearing had originally been set for June 16 but was pushed back by nine days. Chauvin's three former "
  "colleagues, who are charged with aiding and abetting, are due to stand trial in state court in March.",
  [C("is scheduled to be sentenced at 1:30 p.m. on Friday", "at 1:30 p.m. on Friday", wd("Friday", "13:30"),
     "event", None, real="2021-06-25"),
   C("are due to stand trial in state court in March", "in March", in_month(2022, 3), "event", None)],
  "Chauvin was sentenced to 22.5 years on Friday 25 June 2021 (first set for 16 June). The state trial of "
  "Thao, Kueng and Lane was then set for 7 March 2022 (later moved, so no real date is recorded).",
  ["time-local", "superseded-date", "explicit-past-date", "past-month", "month-period", "year-inference", "number-like-date",
   "multi-claim"])

P("tl-mcafee-willis-ruling-2024", "2024-03-02 09:00", "America/New_York",
  "ATLANTA (AP) — Fulton County Superior Court Judge Scott McAfee said at the close of Friday's hearing that "
  "he would rule within two weeks on whether District Attorney Fani Willis must be removed from the election "
  "interference case against Donald Trump over her romantic relationship with Nathan Wade, the special "
  "prosecutor she hired. Defense lawyers argued that Willis profited from the relationship through vacations "
  "Wade paid for, while her office said they had offered no proof. The case has been largely on hold since the "
  "motion was filed in January.",
  [C("he would rule within two weeks", "within two weeks", in_days_anchored(14, "Friday"), "promise",
     "Scott McAfee", real="2024-03-15")],
  "Closing arguments on Friday 1 March 2024; McAfee ruled on 15 March 2024 (Willis could stay if Wade left). "
  "The duration is anchored to the Friday hearing, so both anchors are accepted.",
  ["duration", "past-weekday", "said-on-day", "past-month"])

P("tl-louisville-curfew-2020", "2020-09-23 16:00", "America/Kentucky/Louisville",
  "LOUISVILLE, Ky. (AP) — A Kentucky grand jury on Wednesday indicted one of the three officers involved in "
  "the March raid that killed Breonna Taylor, charging former detective Brett Hankison with wanton endangerment "
  "for firing into a neighboring apartment, while no charges were brought against the two officers who shot "
  "her. Mayor Greg Fischer ordered a 72-hour curfew beginning at 9 p.m. on Wednesday, and police blocked off "
  "much of downtown ahead of expected protests. Attorney General Daniel Cameron said the officers who fired "
  "into Taylor's apartment were justified because her boyfriend had shot first.",
  [C("ordered a 72-hour curfew beginning at 9 p.m. on Wednesday", "at 9 p.m. on Wednesday",
     wd("Wednesday", "21:00"), "event", "Greg Fischer", real="2020-09-23")],
  "Grand jury decision of Wednesday 23 September 2020; Louisville curfew from 9 p.m. that day for 72 hours. "
  "An ordered measure taking effect: event, with the mayor who ordered it as speaker.",
  ["same-day-future", "by-weekday-same-day", "time-local", "past-weekday", "past-month", "number-like-date"])

P("tl-uvalde-board-arredondo-2022", "2022-08-19 12:00", "America/Chicago",
  "UVALDE, Texas (AP) — The Uvalde school board will meet on Wednesday next week to decide whether to fire Pete "
  "Arredondo, the district's police chief, who has been widely blamed for the delayed law enforcement response "
  "to the May 24 massacre at Robb Elementary School, the Uvalde Consolidated Independent School District said. "
  "Arredondo has been on administrative leave since June 22. A Texas House committee report released in July "
  "found that nearly 400 officers converged on the school but waited more than an hour to confront the gunman "
  "who killed 19 children and two teachers.",
  [C("will meet on Wednesday next week", "on Wednesday next week", wd_next_week("Wednesday"), "event",
     "the Uvalde Consolidated Independent School District", real="2022-08-24")],
  "The Uvalde CISD board fired Pete Arredondo on Wednesday 24 August 2022; shooting of 24 May 2022; leave from "
  "22 June; Texas House report of 17 July 2022 (376 officers, 77 minutes).",
  ["next-week-weekday", "explicit-past-date", "past-month", "number-like-date"])

P("tl-texas-sb8-midnight-2021", "2021-08-31 12:00", "America/Chicago",
  "AUSTIN, Texas (AP) — A Texas law banning most abortions after about six weeks of pregnancy is set to take "
  "effect at midnight on Tuesday, and by midday the Supreme Court had yet to act on an emergency request, filed "
  "on Monday by abortion providers, to block it. The measure, known as Senate Bill 8, leaves enforcement to "
  "private citizens, who can sue anyone who performs an abortion or helps a patient obtain one and collect at "
  "least $10,000 if they win. Clinic operators said they had been turning away patients whose appointments "
  "fell too close to the deadline.",
  [C("is set to take effect at midnight on Tuesday", "at midnight on Tuesday", midnight_on("Tuesday"), "event",
     None, real="2021-09-01")],
  "Texas SB 8 took effect on 1 September 2021 (midnight Tuesday 31 August); providers' emergency application "
  "was filed on Monday 30 August.",
  ["midnight", "same-day-future", "by-weekday-same-day", "past-weekday", "number-like-date"])

# ---------------------------------------------------------------------------
# City halls, school boards, elections

P("tl-nyc-schools-phased-2020", "2020-09-17 15:00", "America/New_York",
  "NEW YORK (AP) — Mayor Bill de Blasio on Thursday delayed the return to classrooms for most of the city's "
  "1.1 million public school students for the second time, four days before in-person learning had been due "
  "to start across the system. Under the new timetable, children in 3-K and pre-kindergarten and students in "
  "District 75 special education programs will still report to their buildings on Monday, elementary schools "
  "will open on Sept. 29 and middle and high schools will follow on Oct. 1, de Blasio said. Remote instruction "
  "for every student begins on Monday as planned. The union representing the city's principals had warned that "
  "schools did not have enough teachers to staff online and in-person classes at the same time.",
  [C("will still report to their buildings on Monday", "on Monday", wd("Monday"), "event", "Bill de Blasio",
     real="2020-09-21"),
   C("elementary schools will open on Sept. 29", "on Sept. 29", md(9, 29), "event", "Bill de Blasio",
     real="2020-09-29"),
   C("middle and high schools will follow on Oct. 1", "on Oct. 1", md(10, 1), "event", "Bill de Blasio",
     real="2020-10-01"),
   C("Remote instruction for every student begins on Monday as planned", "on Monday", wd("Monday"), "event",
     None, real="2020-09-21")],
  "De Blasio's phased reopening announced Thursday 17 September 2020: 3-K/pre-K and District 75 on 21 September, "
  "elementary on 29 September, middle and high schools on 1 October; remote learning for all began on "
  "21 September. The superseded all-student in-person start (Monday 21 September) is only referred to by a "
  "duration ('four days before').",
  ["said-on-day", "superseded-date", "same-sentence-claims", "explicit-date", "number-like-date",
   "multi-claim"])

P("tl-nyc-worker-vaccine-2021", "2021-10-20 14:00", "America/New_York",
  "NEW YORK (AP) — All New York City municipal workers, including police officers and firefighters, must show "
  "proof that they have received at least one dose of a COVID-19 vaccine by 5 p.m. on Oct. 29, Mayor Bill de "
  "Blasio said on Wednesday, ending the option of weekly testing. Employees who have not complied will be placed "
  "on unpaid leave starting Nov. 1, he said, while those who get a first shot at a city-run site before the "
  "deadline will receive an extra $500 in their paychecks. About 71% of the city's roughly 160,000 affected "
  "workers have had at least one dose, according to City Hall figures.",
  [C("by 5 p.m. on Oct. 29", "by 5 p.m. on Oct. 29", md(10, 29, "17:00"), "deadline", "Bill de Blasio",
     real="2021-10-29"),
   C("will be placed on unpaid leave starting Nov. 1", "starting Nov. 1", md(11, 1), "deadline",
     "Bill de Blasio", real="2021-11-01")],
  "NYC municipal worker mandate announced Wednesday 20 October 2021: first dose by 5 p.m. on 29 October, unpaid "
  "leave from 1 November, $500 bonus. A government's 'comply or else': deadline.",
  ["explicit-date", "time-local", "conditional-threat", "pronoun-speaker", "said-on-day", "number-like-date",
   "multi-claim"])

P("tl-chicago-mayor-runoff-2023", "2023-03-31 12:00", "America/Chicago",
  "CHICAGO (AP) — Brandon Johnson, a Cook County commissioner backed by the Chicago Teachers Union, and Paul "
  "Vallas, a former schools chief campaigning on public safety, crisscrossed the city on Thursday in the final "
  "stretch before next Tuesday's mayoral runoff. Early voting at sites in all 50 wards ends on Monday, the "
  "Chicago Board of Election Commissions said, and analysts said turnout may again be low after only about 36% "
  "of registered voters cast ballots in the Feb. 28 first round, when Mayor Lori Lightfoot became the first "
  "elected incumbent in 40 years to lose a bid for another term. The winner will be sworn in on May 15.",
  [C("before next Tuesday's mayoral runoff", "next Tuesday", next_wd("Tuesday"), "event", None,
     real="2023-04-04"),
   C("Early voting at sites in all 50 wards ends on Monday", "on Monday", wd("Monday"), "deadline",
     "the Chicago Board of Election Commissions", real="2023-04-03"),
   C("The winner will be sworn in on May 15", "on May 15", md(5, 15), "event", None, real="2023-05-15")],
  "Chicago mayoral runoff of Tuesday 4 April 2023 (Johnson won); early voting ran to Monday 3 April; first "
  "round 28 February 2023 (turnout about 36%); inauguration 15 May 2023.",
  ["next-weekday", "past-weekday", "explicit-past-date", "explicit-date", "may-verb", "number-like-date",
   "multi-claim"])

P("tl-utla-strike-monday-2019", "2019-01-11 17:00", "America/Los_Angeles",
  "LOS ANGELES (AP) — Teachers in the nation's second-largest school district will go on strike on Monday if "
  "no agreement is reached over the weekend, United Teachers Los Angeles President Alex Caputo-Pearl said on "
  "Friday, after the union rejected the district's latest offer on class sizes and support staff. The walkout "
  "had been set to begin on Thursday but was postponed amid a legal dispute over whether the union had given "
  "proper notice. Superintendent Austin Beutner has said schools will stay open during any strike, staffed by "
  "administrators and substitutes.",
  [C("will go on strike on Monday", "on Monday", wd("Monday"), "promise", "Alex Caputo-Pearl",
     real="2019-01-14")],
  "UTLA strike began Monday 14 January 2019, postponed from Thursday 10 January. A union's strike conditional "
  "on bargaining: promise.",
  ["conditional-threat", "superseded-date", "past-weekday", "said-on-day", "hypothetical"])

P("tl-tokyo-solar-ordinance-2022", "2022-12-15 18:00", "Asia/Tokyo",
  "TOKYO -- The Tokyo Metropolitan Assembly on Thursday approved an ordinance that will require major "
  "housebuilders to install solar panels on most new homes from April 2025, the first such mandate in Japan. "
  "The rule applies to about 50 large builders that supply the bulk of new detached houses in the capital. "
  "Governor Yuriko Koike, who has vowed to "
  "halve the city's greenhouse gas emissions by 2030 from 2000 levels, told reporters that homes were one of "
  "the few areas where Tokyo still had room to cut.",
  [C("install solar panels on most new homes from April 2025", "from April 2025", in_month(2025, 4), "event",
     None, real="2025-04-01"),
   C("halve the city's greenhouse gas emissions by 2030", "by 2030", by_year(2030), "promise", "Yuriko Koike")],
  "Tokyo solar ordinance passed on 15 December 2022, in force from 1 April 2025; Koike's 'Carbon Half' target "
  "(50% below 2000 levels by 2030).",
  ["month-period", "year-period", "past-weekday", "number-like-date", "multi-claim"])

# ---------------------------------------------------------------------------
# Health services

P("tl-rcn-strike-dates-2022", "2022-11-25 13:00", "Europe/London",
  "Nurses in England, Wales and Northern Ireland will walk out on 15 December and again on 20 December unless "
  "the government opens formal talks on pay, the Royal College of Nursing said on Friday, announcing what would "
  "be the first national strike in the union's 106-year history. \"Nursing staff have had enough of being taken "
  "for granted,\" said Pat Cullen, the RCN's general secretary, adding that the action could be called off if "
  "ministers came to the table. The health secretary, Steve Barclay, said the union's demand for a rise of 5% "
  "above RPI inflation was unaffordable.",
  [C("will walk out on 15 December", "on 15 December", md(12, 15), "promise", "the Royal College of Nursing",
     real="2022-12-15"),
   C("again on 20 December", "on 20 December", md(12, 20), "promise", "the Royal College of Nursing",
     real="2022-12-20")],
  "RCN announced on Friday 25 November 2022 strikes on 15 and 20 December 2022, conditional on talks (a union's "
  "conditional strike: promise); two separate days of action, so two claims.",
  ["conditional-threat", "same-sentence-claims", "explicit-date", "said-on-day", "hypothetical",
   "number-like-date", "multi-claim"])

P("tl-auckland-level4-2021", "2021-08-17 19:00", "Pacific/Auckland",
  "WELLINGTON (Reuters) - New Zealand will go into a strict nationwide lockdown from 11:59 p.m. on Tuesday after "
  "the country's first locally acquired COVID-19 case in six months was found in Auckland, Prime Minister "
  "Jacinda Ardern said. The 58-year-old man had visited the Coromandel peninsula at the weekend, and health "
  "officials are treating the infection as the Delta variant until genome sequencing confirms it. Cabinet will "
  "review the alert level settings on Friday, she told a news conference, adding that going hard and early had "
  "served the country well before.",
  [C("will go into a strict nationwide lockdown from 11:59 p.m. on Tuesday", "from 11:59 p.m. on Tuesday",
     wd("Tuesday", "23:59"), "event", "Jacinda Ardern", real="2021-08-17"),
   C("Cabinet will review the alert level settings on Friday", "on Friday", wd("Friday"), "event",
     "Jacinda Ardern", real="2021-08-20")],
  "Alert level 4 from 11:59 p.m. on Tuesday 17 August 2021; Cabinet reviewed the settings on Friday 20 August. "
  "Ordered measure: event, speaker the prime minister who ordered it.",
  ["same-day-future", "by-weekday-same-day", "time-local", "pronoun-speaker", "number-like-date",
   "multi-claim"])

P("tl-macys-parade-tv-2020", "2020-09-14 13:00", "America/New_York",
  "NEW YORK (AP) — The Macy's Thanksgiving Day Parade will go ahead on Thanksgiving morning this year, but as a "
  "made-for-television event with no spectators along the route and about 75% fewer participants, Macy's said "
  "on Monday. The giant character balloons will be flown by specially rigged vehicles rather than by the usual "
  "teams of 80 to 100 handlers, and the traditional 2.5-mile march through Manhattan has been scrapped in favor "
  "of a staging area around Herald Square. It will be the parade's 94th edition.",
  [C("will go ahead on Thanksgiving morning this year", "on Thanksgiving morning", holiday("Thanksgiving"),
     "event", "Macy's", real="2020-11-26")],
  "Macy's announced the TV-only 2020 parade on 14 September 2020; it was held on Thursday 26 November 2020.",
  ["holiday", "march-noun", "said-on-day", "number-like-date"])

# ---------------------------------------------------------------------------
# Science missions

P("tl-dart-impact-london-2022", "2022-09-25 18:00", "Europe/London",
  "Nasa's Dart spacecraft, launched from California last November, is due to slam into the asteroid moonlet "
  "Dimorphos at 7.14pm US Eastern time on Monday, travelling at about 14,000mph, in the first test of whether "
  "humanity could nudge a dangerous space rock off course. Dimorphos, roughly 160 metres across, orbits a larger "
  "asteroid called Didymos every 11 hours and 55 minutes and poses no threat to Earth. Hera, a European Space "
  "Agency probe due to launch in October 2024, will later survey the crater left behind.",
  [C("is due to slam into the asteroid moonlet Dimorphos at 7.14pm US Eastern time on Monday",
     "at 7.14pm US Eastern time on Monday", zoned(wd("Monday"), "19:14", "America/New_York"), "event", None,
     real="2022-09-27"),
   C("due to launch in October 2024", "in October 2024", in_month(2024, 10), "event", None, real="2024-10-07")],
  "DART struck Dimorphos at 19:14 EDT on 26 September 2022 = 00:14 BST on 27 September in London; launched "
  "24 November 2021 from Vandenberg. ESA's Hera launched on 7 October 2024.",
  ["date-crossing-conversion", "time-converted", "last-month", "month-period", "number-like-date",
   "multi-claim"])

# ---------------------------------------------------------------------------
# Sport fixtures and leagues

P("tl-stanley-cup-game7-2024", "2024-06-22 10:00", "America/Edmonton",
  "EDMONTON, Alberta — The Oilers, who lost the first three games of the Stanley Cup Final, have pulled level "
  "with the Florida Panthers and forced a Game 7, which starts at 8 p.m. on Monday, Eastern time, in Sunrise, "
  "Florida. Edmonton routed Florida 5-1 at Rogers Place on Friday night to become only the third team in Final "
  "history to force a deciding game after trailing 3-0. Monday's game will be the first Game 7 of a Stanley Cup "
  "Final since 2019, when the Blues beat the Bruins in Boston, and a win would make Edmonton the first Canadian "
  "champion since Montreal in 1993.",
  [C("forced a Game 7, which starts at 8 p.m. on Monday, Eastern time", "at 8 p.m. on Monday, Eastern time",
     zoned(wd("Monday"), "20:00", "America/New_York"), "event", None, real="2024-06-24")],
  "Stanley Cup Final Game 7, Panthers 2 Oilers 1, Monday 24 June 2024 at 8 p.m. ET (6 p.m. in Edmonton); "
  "Game 6 won 5-1 by Edmonton on Friday 21 June. 'Monday's game' repeats the claim and is not labelled again.",
  ["time-converted", "past-weekday", "repeated-claim", "hypothetical", "number-like-date"])

P("tl-bills-patriots-hamlin-2023", "2023-01-05 20:00", "America/New_York",
  "The NFL said on Thursday that the Buffalo Bills' game at Cincinnati, suspended in the first quarter on Monday "
  "night after safety Damar Hamlin went into cardiac arrest on the field, will not be resumed, and that team "
  "owners will vote on Friday on a plan that could send a potential AFC championship game to a neutral site. "
  "Doctors at the University of Cincinnati Medical Center said earlier in the day that Hamlin, 24, was awake and "
  "appeared to be neurologically intact. Buffalo returns to the field at 1 p.m. on Sunday against the New "
  "England Patriots at Highmark Stadium, and the wild-card round of the playoffs begins on Jan. 14.",
  [C("team owners will vote on Friday", "on Friday", wd("Friday"), "event", "the NFL", real="2023-01-06"),
   C("Buffalo returns to the field at 1 p.m. on Sunday", "at 1 p.m. on Sunday", wd("Sunday", "13:00"), "event",
     None, real="2023-01-08"),
   C("the wild-card round of the playoffs begins on Jan. 14", "on Jan. 14", md(1, 14), "event", None,
     real="2023-01-14")],
  "NFL announcement of Thursday 5 January 2023 (Bills-Bengals no contest); owners approved the playoff "
  "resolution on Friday 6 January; Bills-Patriots on Sunday 8 January at 1 p.m. ET; wild-card round from "
  "Saturday 14 January.",
  ["said-on-day", "past-weekday", "time-local", "explicit-date", "hypothetical", "same-sentence-claims",
   "multi-claim"])

P("tl-nba-trade-deadline-durant-2023", "2023-02-07 11:00", "America/New_York",
  "NEW YORK — The Brooklyn Nets, who agreed on Sunday to send Kyrie Irving to the Dallas Mavericks after he "
  "asked to be traded, now face questions over whether Kevin Durant will follow him out the door before the "
  "league's trade deadline at 3 p.m. on Thursday. Durant, who has been sidelined since Jan. 8 with a sprained "
  "knee ligament, has not publicly asked to be moved. Would Brooklyn really rebuild around a 34-year-old forward, or cash him in for young players "
  "and draft picks before Thursday?",
  [C("before the league's trade deadline at 3 p.m. on Thursday", "at 3 p.m. on Thursday", wd("Thursday", "15:00"),
     "deadline", None, real="2023-02-09")],
  "NBA trade deadline of Thursday 9 February 2023, 3 p.m. ET; Irving trade agreed Sunday 5 February; Durant "
  "(MCL sprain on 8 January) was traded to Phoenix late on 8 February. The closing question repeats the date "
  "and is not a claim.",
  ["time-local", "past-weekday", "explicit-past-date", "question", "number-like-date"])

# ---------------------------------------------------------------------------
# Passages with no dated claim

N("tl-cavalcante-captured-2023", "2023-09-13 15:00", "America/New_York",
  "PHOENIXVILLE, Pa. (AP) — Danelo Cavalcante, the convicted murderer who escaped from a suburban Philadelphia "
  "jail on Aug. 31, was captured on Wednesday morning in a wooded area of Chester County after a police dog "
  "brought him down, ending a two-week manhunt that had kept residents behind locked doors. George Bivens, a "
  "lieutenant colonel with the Pennsylvania State Police, said an aircraft with heat-sensing equipment had "
  "picked up his signal overnight and tactical teams closed in at first light. Cavalcante, who was sentenced "
  "last month to life in prison for stabbing his former girlfriend to death, will be moved to a state prison "
  "and is expected to face new charges over the escape, officials said.",
  "Cavalcante escaped on 31 August 2023 and was captured on Wednesday 13 September 2023; only past events, an "
  "unanchored duration and undated futures.",
  ["past-weekday", "explicit-past-date", "duration", "undated-future", "past-month"])

N("tl-east-palestine-return-2023", "2023-02-09 10:00", "America/New_York",
  "EAST PALESTINE, Ohio — Residents were allowed back into their homes on Wednesday, five days after a Norfolk "
  "Southern freight train carrying vinyl chloride derailed on the edge of this village of about 4,700 people "
  "near the Pennsylvania line. Officials lifted the evacuation order after air monitoring showed contaminant "
  "levels had returned to normal, two days after crews deliberately released and burned the chemical from five "
  "tanker cars to head off an uncontrolled explosion. Norfolk Southern said it would keep testing the air and "
  "water in the coming weeks, and the National Transportation Safety Board, which has pointed to a possible "
  "mechanical problem with a rail car axle, is investigating the cause.",
  "East Palestine derailment of Friday 3 February 2023; controlled release on Monday 6 February; evacuation "
  "lifted on Wednesday 8 February. Only past events and undated futures.",
  ["past-weekday", "undated-future", "duration", "number-like-date"])

N("tl-ipl-suspended-2021", "2021-05-04 16:00", "Asia/Kolkata",
  "MUMBAI: The BCCI on Tuesday suspended this season's Indian Premier League with immediate effect after "
  "players and staff from four franchises tested positive for Covid-19 inside the tournament's bio-bubble, a day "
  "after Monday's match between Kolkata Knight Riders and Royal Challengers Bangalore was called off. BCCI vice-"
  "president Rajeev Shukla said the remaining 31 matches had been postponed, not cancelled, and would be played "
  "at a later date. The final had been scheduled for May 30 at the Narendra Modi Stadium in Ahmedabad. Officials "
  "said the rest of the season may be moved to the UAE, which staged the 2020 edition, if a window can be found "
  "around the T20 World Cup.",
  "IPL 2021 suspended on Tuesday 4 May 2021 (the final had been set for 30 May); resumed in the UAE in "
  "September. Cancelled date, undated future and a possibility only.",
  ["cancelled-date", "may-verb", "undated-future", "hypothetical", "said-on-day", "past-weekday",
   "number-like-date"])

N("tl-seine-triathlon-question-2024", "2024-07-29 14:00", "Europe/Paris",
  "PARIS (AFP) - Will the Seine be clean enough for the Olympic triathletes to swim in on Tuesday? Organisers "
  "cancelled a familiarisation swim for the second day running on Monday after heavy rain at the weekend pushed "
  "bacteria levels above safe limits, and said they would decide in the coming hours. If the water fails its "
  "tests, the men's race could be pushed back by a day, or the triathlon could even be turned into a duathlon "
  "of running and cycling. Paris has spent 1.4 billion euros cleaning up the river, and Mayor Anne Hidalgo "
  "swam in it on July 17 to show it was safe.",
  "Paris 2024: familiarisation swims of 28 and 29 July cancelled; the men's triathlon was postponed from "
  "30 to 31 July; Hidalgo swam on 17 July 2024. A question, hypotheticals and past dates only.",
  ["question", "hypothetical", "cancelled-date", "past-weekday", "explicit-past-date", "undated-future",
   "number-like-date"])

N("tl-nashville-bombing-id-2020", "2020-12-27 12:00", "America/Chicago",
  "NASHVILLE, Tenn. (AP) — Investigators said on Sunday that DNA from human remains found at the scene matched "
  "Anthony Quinn Warner, a 63-year-old Nashville-area man they believe was behind the Christmas morning "
  "explosion that tore through downtown. The recreational vehicle had blared a recorded warning telling people "
  "to leave before it blew up at 6:30 a.m. on Friday outside an AT&T building on Second Avenue, injuring three "
  "people and damaging dozens of buildings. AT&T said phone and internet service, which was knocked out across "
  "parts of Tennessee, Kentucky and Alabama, would be fully restored in the coming days.",
  "Nashville bombing of Friday 25 December 2020; Warner identified on Sunday 27 December. Past events (a "
  "past holiday and a past time of day) and an undated future.",
  ["holiday", "past-weekday", "said-on-day", "undated-future", "number-like-date"])

N("tl-march-madness-cancelled-2020", "2020-03-12 18:00", "America/Indiana/Indianapolis",
  "INDIANAPOLIS (AP) — The NCAA on Thursday canceled the men's and women's Division I basketball tournaments, "
  "wiping out March Madness for the first time since the event began in 1939 as the coronavirus outbreak shut "
  "down sports across the United States. The 68-team men's bracket was to have been unveiled on Sunday, with the "
  "opening games in Dayton, Ohio, on Tuesday, and the Final Four had been scheduled for April 4 and 6 in Atlanta. "
  "NCAA President Mark Emmert said holding any of the association's remaining winter and spring championships "
  "had become impossible.",
  "NCAA cancelled its tournaments on Thursday 12 March 2020; Selection Sunday (15 March), the First Four "
  "(17 March) and the Final Four (4 and 6 April) were all cancelled.",
  ["march-noun", "cancelled-date", "said-on-day", "number-like-date"])

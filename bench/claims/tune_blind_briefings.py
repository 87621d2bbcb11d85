"""Tuning passages written blind: press briefings, interviews and live updates reported in wire style (government and central-bank statements, ministers' and CEOs' interviews, police and emergency briefings, live blogs with timestamped entries such as '10:42 GMT -'), heavy with quotation and reported speech. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    in_days,
    in_days_anchored,
    in_month,
    in_year,
    md,
    md_span,
    month_named_end,
    next_wd,
    no_claim_adder,
    passage_adder,
    span_wd,
    this_year_end,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Government statements and emergency briefings

P(
    "tz-wuhan-transport-halt-2020",
    "2020-01-23 04:30",
    "Asia/Shanghai",
    "WUHAN, China (Reuters) - Wuhan, the central Chinese city of 11 million people at the heart of a new coronavirus "
    "outbreak, will suspend all buses, subway trains and ferries from 10 a.m. on Thursday and close departure routes at "
    "its airport and railway stations, the municipal government said in a notice issued in the early hours. Residents "
    "should not leave the city without a special reason, the notice said, without saying how long the restrictions "
    "would last. The virus, first reported at the end of December, has killed 17 people and infected more than 570, "
    "most of them in Hubei province. An emergency committee of the World Health Organization, which met in Geneva on "
    "Wednesday without reaching a decision, will reconvene on Thursday to consider whether the outbreak amounts to a "
    "global health emergency.",
    [
        C(
            "will suspend all buses, subway trains and ferries from 10 a.m. on Thursday",
            "from 10 a.m. on Thursday",
            wd("Thursday", "10:00"),
            "event",
            "the Wuhan municipal government",
            real="2020-01-23",
        ),
        C(
            "will reconvene on Thursday to consider whether the outbreak amounts to a global health emergency",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2020-01-23",
        ),
    ],
    "Wuhan's epidemic-control headquarters issued its notice at about 2 a.m. on Thursday 23 January 2020: public "
    "transport suspended and outbound airport and rail routes closed from 10:00 that day. 17 deaths and 571 cases as "
    "of 22 January. The WHO Emergency Committee met on 22 January and reconvened on 23 January (no PHEIC declared "
    "until 30 January). The ordered transport halt is an event with the body that ordered it as speaker; 'how long "
    "the restrictions would last' is undated.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "time-local",
        "past-weekday",
        "past-month",
        "undated-future",
        "number-like-date",
    ],
)

P(
    "tz-westminster-attack-statement-2017",
    "2017-03-22 22:15",
    "Europe/London",
    "LONDON (Reuters) - Parliament will sit at its normal time on Thursday, Prime Minister Theresa May said on "
    "Wednesday night, hours after a man drove a car into pedestrians on Westminster Bridge and stabbed a police "
    'officer to death inside the gates of the parliamentary estate before being shot dead. "We will meet as normal," '
    "May said in a statement outside Downing Street after chairing a meeting of the government's COBRA emergency "
    'committee, calling the attack "sick and depraved". The national threat level, which has stood at severe since '
    "August 2014, will not be raised, she said. Mark Rowley, Britain's most senior counter-terrorism officer, told "
    "reporters that police were treating the attack as terrorism and may release more information about the attacker, "
    "who they believe acted alone, in the coming days.",
    [
        C(
            "Parliament will sit at its normal time on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            "Theresa May",
            real="2017-03-23",
        )
    ],
    "Westminster attack, Wednesday 22 March 2017; May's statement outside No 10 after COBR that evening; the Commons "
    "sat on Thursday 23 March 2017. 'We will meet as normal' repeats the labelled claim without a date; the threat "
    "level (severe since 29 August 2014) was left unchanged; Rowley's 'may release ... in the coming days' is modal and "
    "undated.",
    ["may-verb", "said-on-day", "repeated-claim", "past-month", "undated-future"],
)

P(
    "tz-nissan-ghosn-board-2018",
    "2018-11-20 09:30",
    "Asia/Tokyo",
    "YOKOHAMA, Japan (Reuters) - Nissan Motor Co's board will meet on Thursday to consider removing Carlos Ghosn as "
    "chairman, Chief Executive Hiroto Saikawa said at a late-night news conference on Monday, hours after Tokyo "
    "prosecutors arrested the industry's best-known executive on suspicion of under-reporting his pay by about 5 "
    "billion yen ($44 million) over five years. An internal investigation prompted by a whistleblower had also found "
    "that Ghosn used company money for personal purposes, Saikawa said, adding that too much authority had been "
    "concentrated in one person. Renault SA, which owns 43.4 percent of Nissan, said its board would convene in Paris "
    "later on Tuesday, while Mitsubishi Motors Corp, the third member of the alliance Ghosn built, said it would move "
    "promptly to dismiss him as its chairman.",
    [
        C(
            "Nissan Motor Co's board will meet on Thursday to consider removing Carlos Ghosn as chairman",
            "on Thursday",
            wd("Thursday"),
            "event",
            "Hiroto Saikawa",
            real="2018-11-22",
        ),
        C(
            "said its board would convene in Paris later on Tuesday",
            "later on Tuesday",
            wd("Tuesday"),
            "event",
            "Renault",
            real="2018-11-20",
        ),
    ],
    "Ghosn was arrested in Tokyo on Monday 19 November 2018; Saikawa's news conference that night in Yokohama; the "
    "Nissan board removed him on Thursday 22 November; Renault's board met on the evening of Tuesday 20 November "
    "(Paris), i.e. the publication day; Mitsubishi Motors' 'promptly' is undated (its board met on 26 November).",
    [
        "same-day-future",
        "by-weekday-same-day",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "tz-boeing-muilenburg-ousted-2019",
    "2019-12-23 11:30",
    "America/Chicago",
    "CHICAGO (AP) \u2014 Boeing fired Chief Executive Dennis Muilenburg on Monday, saying a change in leadership was "
    "needed to restore confidence in the company as it tries to repair its relationships with regulators, customers "
    "and suppliers after two deadly crashes of its 737 Max. Chairman David Calhoun will take over as chief executive "
    "on Jan. 13, the company said in a statement, with Chief Financial Officer Greg Smith running the business in the "
    "meantime. Boeing had hoped to win regulatory approval for the Max to fly again before the end of the year, a "
    "target the Federal Aviation Administration ruled out this month, and last week the company said it would suspend "
    "production of the plane in January. The shake-up came a day after Boeing's Starliner capsule landed in the New "
    "Mexico desert at the end of a test flight on which it failed to reach the International Space Station.",
    [
        C(
            "Chairman David Calhoun will take over as chief executive on Jan. 13",
            "on Jan. 13",
            md(1, 13),
            "event",
            "Boeing",
            real="2020-01-13",
        ),
        C(
            "the company said it would suspend production of the plane in January",
            "in January",
            in_month(2020, 1),
            "promise",
            "Boeing",
        ),
    ],
    "Boeing's announcement of Monday 23 December 2019: Muilenburg out, Calhoun CEO from 13 January 2020, Smith "
    "interim. The production pause was announced on 16 December 2019 for January 2020. The earlier goal of a return "
    "to service before the end of 2019 was ruled out by the FAA (Dickson, 12 December) and is not a claim. Starliner "
    "landed at White Sands on Sunday 22 December 2019.",
    ["year-inference", "superseded-date", "number-like-date", "month-period", "said-on-day"],
)

P(
    "tz-zanu-pf-mugabe-ultimatum-2017",
    "2017-11-19 18:40",
    "Africa/Harare",
    "Zimbabwe's political crisis, live: 1405 CAT - ZANU-PF's central committee has voted to dismiss Robert Mugabe as "
    "party leader and replace him with Emmerson Mnangagwa, the vice president whom Mugabe sacked on Nov. 6, delegates "
    "leaving the meeting in Harare say. 1520 CAT - The party gives Mugabe, 93, until noon on Monday to resign as head "
    "of state or face impeachment proceedings when parliament resumes, according to the resolution read out at party "
    "headquarters. 1645 CAT - Chris Mutsvangwa, leader of the influential war veterans, tells reporters the former "
    "guerrillas will bring the country to a standstill if Mugabe refuses to go, but gives no date. 1830 CAT - Mugabe "
    "is due to address the nation on state television later on Sunday after meeting the generals who seized power on "
    "Wednesday.",
    [
        C(
            "The party gives Mugabe, 93, until noon on Monday to resign as head of state or face impeachment proceedings",
            "until noon on Monday",
            wd("Monday", "12:00"),
            "deadline",
            "ZANU-PF",
            real="2017-11-20",
        ),
        C(
            "Mugabe is due to address the nation on state television later on Sunday",
            "later on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2017-11-19",
        ),
    ],
    "ZANU-PF central committee, Sunday 19 November 2017: Mugabe removed as party leader, Mnangagwa (sacked as vice "
    "president on 6 November) named; deadline to resign by noon (10:00 GMT) on Monday 20 November or face impeachment. "
    "Mugabe's televised address from State House that Sunday evening (he did not resign; he resigned on 21 November as "
    "impeachment began). The army took over on Wednesday 15 November. The war veterans' threat is undated.",
    [
        "conditional-threat",
        "time-local",
        "same-day-future",
        "by-weekday-same-day",
        "past-weekday",
        "explicit-past-date",
        "number-like-date",
        "hypothetical",
        "undated-future",
    ],
)

P(
    "tz-nz-alert-level-4-2020",
    "2020-03-23 15:00",
    "Pacific/Auckland",
    "WELLINGTON (Reuters) - New Zealand will go into a nationwide lockdown at 11:59 p.m. on Wednesday, closing all "
    "non-essential businesses and ordering people to stay at home, Prime Minister Jacinda Ardern said on Monday, as the "
    'number of confirmed coronavirus cases in the country rose by 36 to 102. "We currently have 102 cases, but so did '
    'Italy once," Ardern told reporters in Parliament, announcing that the country would move to the second-highest '
    "of four alert levels immediately. Schools will close to most pupils from Tuesday, staying open only for the "
    "children of essential workers until the lockdown begins, she said.",
    [
        C(
            "New Zealand will go into a nationwide lockdown at 11:59 p.m. on Wednesday",
            "at 11:59 p.m. on Wednesday",
            wd("Wednesday", "23:59"),
            "event",
            "Jacinda Ardern",
            real="2020-03-25",
        ),
        C(
            "Schools will close to most pupils from Tuesday",
            "from Tuesday",
            wd("Tuesday"),
            "event",
            "Jacinda Ardern",
            real="2020-03-24",
        ),
    ],
    "Ardern's announcement of Monday 23 March 2020: Alert Level 3 immediately, Level 4 from 23:59 on Wednesday 25 "
    "March; schools closed from Tuesday 24 March except for children of essential workers. 36 new cases, 102 in "
    "total. Ordered measures: events with the person who ordered them; 'until the lockdown begins' only refers back.",
    ["time-local", "said-on-day", "pronoun-speaker", "number-like-date"],
)

P(
    "tz-hollande-versailles-2015",
    "2015-11-16 19:30",
    "Europe/Paris",
    "VERSAILLES, France (AFP) - President Francois Hollande asked parliament on Monday to extend France's state of "
    "emergency by three months and said a bill to do so would go before the cabinet on Wednesday, in a rare address "
    "to both houses at the Palace of Versailles three days after gunmen and suicide bombers killed 129 people in "
    'Paris. "France is at war," Hollande told lawmakers, who rose to sing the Marseillaise at the end of a speech in '
    "which he also announced 5,000 extra police and gendarmerie posts and said he would meet Barack Obama and Vladimir "
    "Putin in the coming days. Under the parliamentary timetable, the National Assembly is due to vote on the "
    "extension on Thursday and the Senate on Friday. It was the most solemn display of national unity since the "
    "Republican March that brought some 1.5 million people onto the streets of the capital after the Charlie Hebdo "
    "attacks in January.",
    [
        C(
            "said a bill to do so would go before the cabinet on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Francois Hollande",
            real="2015-11-18",
        ),
        C(
            "the National Assembly is due to vote on the extension on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2015-11-19",
        ),
        C("and the Senate on Friday", "on Friday", wd("Friday"), "event", None, real="2015-11-20"),
    ],
    "Hollande's address to Congress at Versailles, Monday 16 November 2015 (129 dead at the time); the bill went to "
    "the cabinet on Wednesday 18 November, the Assembly voted on Thursday 19 November and the Senate on Friday 20 "
    "November. 'by three months' is a requested extension with no stated start, not a dated claim; the meetings with "
    "Obama and Putin are undated ('in the coming days'). The Republican March was on 11 January 2015.",
    [
        "same-sentence-claims",
        "march-noun",
        "past-month",
        "said-on-day",
        "number-like-date",
        "undated-future",
        "duration",
    ],
)

P(
    "tz-india-canada-diplomats-2023",
    "2023-10-03 10:00",
    "Asia/Kolkata",
    "NEW DELHI - India has told Canada to withdraw about 40 of its diplomats from the country by Oct. 10, according to "
    "a person familiar with the matter, in a sharp escalation of a row over the killing of a Sikh separatist leader in "
    "British Columbia in June. Canadian diplomats who remain after that date would lose their diplomatic immunity, the "
    'person said. Prime Minister Justin Trudeau told parliament on Sept. 18 that Canada was pursuing "credible '
    'allegations" linking agents of the Indian government to the murder of Hardeep Singh Nijjar, an accusation New '
    "Delhi has rejected as absurd, and India suspended visa services for Canadians days later. Canada's foreign "
    "minister, Melanie Joly, told reporters in Ottawa that her government took the matter seriously and believed "
    "private conversations with India were the best way forward.",
    [
        C(
            "India has told Canada to withdraw about 40 of its diplomats from the country by Oct. 10",
            "by Oct. 10",
            md(10, 10),
            "deadline",
            None,
        )
    ],
    "Report of 3 October 2023 (first by the FT, citing people familiar) that India set an October 10 deadline for "
    "Canada to cut about 41 diplomats; Canada withdrew 41 diplomats on 19 October after India's threat to revoke "
    "immunity (so no real date is recorded). An anonymous source is no speaker. Nijjar was killed on 18 June 2023; "
    "Trudeau's statement on 18 September; visas suspended on 21 September. 'after that date' refers back.",
    ["explicit-date", "explicit-past-date", "past-month", "conditional-threat"],
)

# ===========================================================================
# Central banks

P(
    "tz-boe-emergency-cut-2020",
    "2020-03-11 08:15",
    "Europe/London",
    "LONDON (Reuters) - The Bank of England cut interest rates by half a percentage point to 0.25% in an emergency "
    "move on Wednesday and unveiled cheap funding for banks that lend to small firms, hours before finance minister "
    "Rishi Sunak presents his first budget to parliament at around 12:30 p.m. The coronavirus could deliver an "
    'economic shock that was "large and sharp" but should prove temporary, Governor Mark Carney told a news '
    "conference, flanked by Andrew Bailey, who takes over from him on Monday. Investors are betting on a further cut, "
    "to 0.1%, by the time of the Bank's next scheduled policy announcement on March 26.",
    [
        C(
            "Rishi Sunak presents his first budget to parliament at around 12:30 p.m.",
            "at around 12:30 p.m.",
            wd("Wednesday", "12:30"),
            "event",
            None,
            real="2020-03-11",
        ),
        C(
            "who takes over from him on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2020-03-16",
        ),
        C(
            "Investors are betting on a further cut, to 0.1%, by the time of the Bank's next scheduled policy announcement "
            "on March 26",
            "by the time of the Bank's next scheduled policy announcement on March 26",
            md(3, 26),
            "prediction",
            "investors",
            real="2020-03-19",
            real_le=True,
        ),
    ],
    "BoE emergency cut announced at 07:00 on Wednesday 11 March 2020 (Bank Rate 0.25%, TFSME); Sunak's budget "
    "followed PMQs at about 12:30 the same day; Bailey succeeded Carney on Monday 16 March 2020; the next scheduled MPC "
    "announcement was 26 March, but the Bank cut to 0.1% at an emergency meeting on 19 March (met early). The "
    "time text of the first claim carries no weekday: the budget is on the publication day.",
    [
        "same-day-future",
        "time-local",
        "said-on-day",
        "number-like-date",
        "explicit-date",
        "hypothetical",
    ],
)

P(
    "tz-ecb-pepp-launch-2020",
    "2020-03-19 07:30",
    "Europe/Berlin",
    "FRANKFURT (Reuters) - The European Central Bank launched a 750 billion euro emergency bond-buying scheme late on "
    "Wednesday, pledging to keep buying government and corporate debt until at least the end of the year as it "
    'scrambled to contain the economic fallout of the coronavirus pandemic. "Extraordinary times require '
    'extraordinary action," ECB President Christine Lagarde said on Twitter after the unscheduled evening call of '
    'policymakers, adding: "There are no limits to our commitment to the euro." The move came a week after the '
    "bank's March 12 meeting, when Lagarde's remark that the ECB was \"not here to close spreads\" sent Italian bond "
    "yields soaring, and well ahead of its next regular policy meeting on April 30.",
    [
        C(
            "pledging to keep buying government and corporate debt until at least the end of the year",
            "until at least the end of the year",
            this_year_end(),
            "promise",
            "the European Central Bank",
        ),
        C(
            "well ahead of its next regular policy meeting on April 30",
            "on April 30",
            md(4, 30),
            "event",
            None,
            real="2020-04-30",
        ),
    ],
    "PEPP announced late on Wednesday 18 March 2020 (EUR 750bn, purchases until the end of 2020 and in any case until "
    "the crisis phase is over; later extended); Lagarde's tweet the same night; the 12 March 2020 meeting and the "
    "'not here to close spreads' remark; next scheduled meeting 30 April 2020.",
    ["year-end", "explicit-date", "explicit-past-date", "past-weekday", "number-like-date"],
)

P(
    "tz-ecb-draghi-last-package-2019",
    "2019-09-12 15:40",
    "Europe/Berlin",
    "ECB policy decision - as it happened. 1145 GMT - The European Central Bank cuts its deposit rate by 10 basis "
    "points to a record low of minus 0.5% and says it will restart net bond purchases at a pace of 20 billion euros a "
    "month from Nov. 1, for as long as necessary. 1210 GMT - ECB staff now see euro zone inflation at 1.0% next year, "
    "down from 1.4% in their June projections. 1255 GMT - Mario Draghi, who hands over to Christine Lagarde at the end "
    'of October, tells his news conference that "now is the time for fiscal policy to take charge" and declines to '
    "say whether the Governing Council could cut rates further.",
    [
        C(
            "says it will restart net bond purchases at a pace of 20 billion euros a month from Nov. 1",
            "from Nov. 1",
            md(11, 1),
            "promise",
            "the European Central Bank",
            real="2019-11-01",
        ),
        C(
            "ECB staff now see euro zone inflation at 1.0% next year",
            "next year",
            in_year(2020),
            "prediction",
            "ECB staff",
        ),
        C(
            "who hands over to Christine Lagarde at the end of October",
            "at the end of October",
            month_named_end(10),
            "event",
            None,
            real="2019-10-31",
        ),
    ],
    "ECB decision of Thursday 12 September 2019 (13:45 CEST = 11:45 GMT): deposit rate -0.50%, APP restarted at EUR "
    "20bn a month from 1 November 2019; staff projections: HICP 1.0% in 2020 (June: 1.4%). Draghi's term ended on 31 "
    "October 2019, Lagarde took office on 1 November. The further cut is a possibility, not a claim. The entry "
    "timestamps are times of posting, not claims.",
    [
        "end-of-month",
        "year-period",
        "explicit-date",
        "number-like-date",
        "hypothetical",
        "past-month",
    ],
)

# ===========================================================================
# Palaces, summits, diplomacy

P(
    "tz-prince-philip-funeral-2021",
    "2021-04-10 22:30",
    "Australia/Sydney",
    "LONDON (AAP) - Prince Philip will be laid to rest at St George's Chapel in Windsor Castle at 3pm UK time next "
    "Saturday in a ceremony scaled back to 30 mourners because of coronavirus restrictions, Buckingham Palace has "
    "announced. The Duke of Edinburgh, who died at Windsor on Friday aged 99, had asked for a funeral without fuss, and "
    "the palace urged the public not to gather at royal residences. Prince Harry will fly in from California for the "
    "service, but his pregnant wife Meghan has been advised by her doctor not to travel, a palace spokesman said. Gun "
    "salutes of 41 rounds were fired at noon on Saturday in London, Cardiff, Edinburgh, Belfast and Gibraltar and from "
    "Royal Navy ships at sea.",
    [
        C(
            "Prince Philip will be laid to rest at St George's Chapel in Windsor Castle at 3pm UK time next Saturday",
            "at 3pm UK time next Saturday",
            zoned(next_wd("Saturday"), "15:00", "Europe/London"),
            "event",
            "Buckingham Palace",
            real="2021-04-18",
        )
    ],
    "Funeral of the Duke of Edinburgh, Saturday 17 April 2021 at 15:00 BST (14:00 GMT) = 00:00 AEST on Sunday 18 "
    "April in Sydney; announced on Saturday 10 April; he died on Friday 9 April 2021; 41-round salutes at noon on 10 "
    "April. 'next Saturday' in a Saturday article: both readings are 17 April in London.",
    [
        "next-weekday",
        "time-converted",
        "date-crossing-conversion",
        "past-weekday",
        "number-like-date",
    ],
)

P(
    "tz-trump-kim-hanoi-2019",
    "2019-02-06 14:00",
    "Asia/Seoul",
    "SEOUL (Yonhap) - U.S. President Donald Trump said he would hold his second summit with North Korean leader Kim "
    "Jong Un in Vietnam on Feb. 27 and 28, using his State of the Union address in Washington on Tuesday night to "
    "announce the dates of a meeting both sides have been preparing since their first encounter in Singapore last "
    'June. "Much work remains to be done, but my relationship with Kim Jong Un is a good one," Trump told Congress, '
    "adding that without his diplomacy the United States would now be at war with North Korea. Stephen Biegun, the "
    "U.S. special representative for North Korea, travels to Pyongyang on Wednesday for talks on the summit agenda "
    "with his counterpart Kim Hyok Chol.",
    [
        C(
            "would hold his second summit with North Korean leader Kim Jong Un in Vietnam on Feb. 27 and 28",
            "on Feb. 27 and 28",
            md_span(2, 27, 2, 28),
            "event",
            "Donald Trump",
            real="2019-02-27",
        ),
        C(
            "travels to Pyongyang on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2019-02-06",
        ),
    ],
    "State of the Union, Tuesday 5 February 2019 at 21:00 EST (Wednesday 6 February 11:00 KST): second summit in "
    "Vietnam on 27-28 February 2019 (Hanoi); Biegun travelled to Pyongyang on Wednesday 6 February (State Department "
    "announcement of 4 February). The Singapore summit was on 12 June 2018. 'would now be at war' is hypothetical.",
    [
        "range",
        "last-month",
        "past-weekday",
        "same-day-future",
        "by-weekday-same-day",
        "hypothetical",
        "said-on-day",
    ],
)

P(
    "tz-new-start-expiry-2021",
    "2021-01-22 15:00",
    "Europe/Moscow",
    "MOSCOW (Reuters) - The Kremlin said on Friday it welcomed a U.S. proposal to extend New START, the last remaining "
    "treaty limiting the two countries' deployed nuclear arsenals, and was waiting to see the details from Washington. "
    "The 2010 pact, which caps each side at 1,550 deployed strategic warheads, expires on Feb. 5, leaving little time "
    "to complete the formalities of an extension, Kremlin spokesman Dmitry Peskov told reporters on a conference call. "
    "President Joe Biden's administration said on Thursday, a day after his inauguration, that it would seek to "
    "extend the treaty, reversing the stance of Donald Trump, whose officials had made an extension conditional on "
    "China joining a new arms-control deal.",
    [C("expires on Feb. 5", "on Feb. 5", md(2, 5), "deadline", "Dmitry Peskov")],
    "New START was due to expire on 5 February 2021; the Biden White House said on 21 January 2021 it would seek an "
    "extension; the Kremlin (Peskov) welcomed it on 22 January; the extension was completed on 3 February 2021, so "
    "the expiry has no real date. A treaty expiry is a statutory cut-off (deadline); the sentence attributes it to "
    "Peskov.",
    ["explicit-date", "number-like-date", "said-on-day", "past-weekday"],
)

P(
    "tz-pla-drills-pelosi-2022",
    "2022-08-03 08:30",
    "Asia/Taipei",
    "TAIPEI (AFP) - U.S. House Speaker Nancy Pelosi is scheduled to meet President Tsai Ing-wen on Wednesday and to "
    "address Taiwan's legislature, hours after she landed in Taipei late on Tuesday in defiance of repeated warnings "
    "from Beijing. China's military responded by announcing live-fire drills in six zones encircling the island from "
    "Thursday to Sunday, some of them within 20 kilometres of Taiwan's coast, a move Taipei's defence ministry said "
    'amounted to a blockade of its ports and cities. "Those who play with fire will perish by it," China\'s foreign '
    "ministry said in a statement, warning that Washington would pay the price.",
    [
        C(
            "Nancy Pelosi is scheduled to meet President Tsai Ing-wen on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2022-08-03",
        ),
        C(
            "announcing live-fire drills in six zones encircling the island from Thursday to Sunday",
            "from Thursday to Sunday",
            span_wd("Thursday", "Sunday"),
            "event",
            "China's military",
            real="2022-08-04",
        ),
    ],
    "Pelosi landed in Taipei at about 22:45 on Tuesday 2 August 2022 and met Tsai on Wednesday 3 August; the PLA "
    "announced drills in six zones from noon Thursday 4 August to noon Sunday 7 August (one activity over consecutive "
    "days: one claim spanning them). 'pay the price' is undated.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "past-weekday",
        "range",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "tz-rouhani-60-day-ultimatum-2019",
    "2019-05-08 14:00",
    "Asia/Tehran",
    "DUBAI (Reuters) - Iran will stop observing some restrictions on its nuclear programme agreed under the 2015 deal "
    "with world powers and has given the remaining signatories 60 days to shield its oil and banking sectors from U.S. "
    "sanctions, President Hassan Rouhani said in a televised address on Wednesday, exactly a year after Donald Trump "
    "pulled the United States out of the pact. If Britain, China, France, Germany and Russia fail to act within that "
    "window, Iran will also stop complying with limits on the purity to which it enriches uranium, Rouhani said, "
    "adding that Tehran remained ready to negotiate within the framework of the deal. The announcement came as a U.S. "
    "aircraft carrier strike group, whose deployment to the Middle East the White House announced on Sunday, headed "
    "toward the region.",
    [
        C(
            "has given the remaining signatories 60 days to shield its oil and banking sectors from U.S. sanctions",
            "60 days",
            in_days(60),
            "deadline",
            "Hassan Rouhani",
            real="2019-07-07",
        )
    ],
    "Rouhani's address of Wednesday 8 May 2019, a year after the US withdrawal of 8 May 2018: Iran stopped selling "
    "surplus enriched uranium and heavy water and set a 60-day deadline (8 May + 60 = 7 July 2019), after which Iran "
    "announced on 7 July that it would exceed the 3.67% cap. Bolton announced the Abraham Lincoln deployment on Sunday "
    "5 May. A government's 'X unless Y' is a deadline; 'within that window' refers back.",
    [
        "duration",
        "conditional-threat",
        "said-on-day",
        "number-like-date",
        "past-weekday",
        "hypothetical",
    ],
)

P(
    "tz-qatar-13-demands-2017",
    "2017-06-23 16:00",
    "Asia/Qatar",
    "DOHA (Reuters) - Saudi Arabia, the United Arab Emirates, Bahrain and Egypt have given Qatar 10 days to meet a "
    "list of 13 demands, including shutting down Al Jazeera television and closing a Turkish military base, according "
    "to a copy of the list handed to Doha by Kuwaiti mediators on Thursday. The four Arab states, which cut diplomatic "
    "and transport ties with Qatar on June 5, accuse it of financing terrorism and of cosying up to their regional foe "
    "Iran, charges Doha denies. Turkey's defence minister, Fikri Isik, said on Friday that Ankara had no plans to "
    "review its agreement on the base, while a Qatari government spokesman said the demands were neither reasonable "
    "nor actionable.",
    [
        C(
            "have given Qatar 10 days to meet a list of 13 demands",
            "10 days",
            in_days_anchored(10, "Thursday"),
            "deadline",
            "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt",
            real="2017-07-02",
        )
    ],
    "The 13 demands were delivered through Kuwait on Thursday 22 June 2017 with a 10-day deadline; it expired on "
    "Sunday 2 July and was extended by 48 hours. Both anchors accepted (22 June + 10 = 2 July, publication + 10 = 3 "
    "July). Ties were cut on 5 June 2017; Isik's comment on 23 June.",
    ["duration", "explicit-past-date", "past-weekday", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Ministers and chief executives

P(
    "tz-sitharaman-goa-2019",
    "2019-09-20 12:30",
    "Asia/Kolkata",
    "PANAJI, India (Reuters) - Finance Minister Nirmala Sitharaman on Friday cut the base corporate tax rate to 22% "
    "from 30%, backdated to April 1, in a surprise move to revive growth that has slowed to a six-year low, sending "
    "Indian shares soaring. New manufacturing companies will pay a rate of just 15% provided they begin production by "
    "March 31, 2023, she told a news conference in Goa, where the Goods and Services Tax (GST) Council, chaired by the "
    "minister and made up of state finance ministers, meets later on Friday. The cuts will cost the government about "
    "1.45 trillion rupees ($20.5 billion) a year in lost revenue, Sitharaman said.",
    [
        C(
            "provided they begin production by March 31, 2023",
            "by March 31, 2023",
            ymd(2023, 3, 31),
            "deadline",
            "Nirmala Sitharaman",
        ),
        C(
            "the Goods and Services Tax (GST) Council, chaired by the minister and made up of state finance ministers, "
            "meets later on Friday",
            "later on Friday",
            wd("Friday"),
            "event",
            None,
            real="2019-09-20",
        ),
    ],
    "Sitharaman's announcement in Goa on Friday 20 September 2019: base rate 22% (effective from 1 April 2019, the "
    "start of FY2019-20: a past date, not a claim), 15% for new manufacturing firms starting production on or before "
    "31 March 2023; cost Rs 1.45 lakh crore; 37th GST Council meeting in Goa the same day. Q1 FY20 growth 5.0%, a "
    "six-year low.",
    [
        "same-sentence-claims",
        "same-day-future",
        "by-weekday-same-day",
        "explicit-date",
        "explicit-past-date",
        "number-like-date",
        "pronoun-speaker",
    ],
)

P(
    "tz-abe-emergency-declaration-2020",
    "2020-04-06 21:00",
    "Asia/Tokyo",
    "TOKYO (Kyodo) - Prime Minister Shinzo Abe said on Monday he would declare a state of emergency on Tuesday for "
    "Tokyo, Osaka and five other prefectures, giving governors the legal backing to ask residents to stay at home as "
    "coronavirus infections in the capital accelerate. The measure will remain in force until May 6, the last day of "
    "the Golden Week holidays, he told reporters at his office, stressing that there would be no lockdown of the kind "
    "imposed in European cities and that trains would keep running. Abe also said his cabinet would approve a stimulus "
    "package worth 108 trillion yen ($990 billion), equal to about 20% of gross domestic product, to cushion the blow "
    "to households and businesses.",
    [
        C(
            "he would declare a state of emergency on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "promise",
            "Shinzo Abe",
            real="2020-04-07",
        ),
        C(
            "The measure will remain in force until May 6",
            "until May 6",
            md(5, 6),
            "event",
            "Shinzo Abe",
        ),
    ],
    "Abe's remarks of Monday 6 April 2020; the emergency was declared on Tuesday 7 April for seven prefectures until "
    "6 May (extended on 4 May to 31 May, so no real end date); stimulus of 108 trillion yen (undated approval). An "
    "ordered measure's end is an event with the person who ordered it.",
    ["pronoun-speaker", "explicit-date", "number-like-date", "said-on-day"],
)

P(
    "tz-tesla-semi-pepsi-2022",
    "2022-10-07 06:30",
    "America/Los_Angeles",
    "AUSTIN, Texas (Reuters) - Tesla Inc has started production of its long-delayed Semi electric truck and will "
    "deliver the first units to PepsiCo Inc on Dec. 1, Chief Executive Elon Musk said on Twitter late on Thursday, "
    "five years after unveiling the vehicle. Musk had originally promised that the Class 8 truck would enter production "
    "in 2019, a target that slipped repeatedly because of battery supply constraints. Investors will look for an update "
    "on the Semi's production plans when Tesla reports its third-quarter results on Oct. 19, less than three weeks "
    "after it posted record deliveries of 343,830 vehicles for the July-September period that nonetheless fell short "
    "of analysts' estimates.",
    [
        C(
            "will deliver the first units to PepsiCo Inc on Dec. 1",
            "on Dec. 1",
            md(12, 1),
            "promise",
            "Elon Musk",
            real="2022-12-01",
        ),
        C(
            "when Tesla reports its third-quarter results on Oct. 19",
            "on Oct. 19",
            md(10, 19),
            "event",
            None,
            real="2022-10-19",
        ),
    ],
    "Musk's tweet of Thursday 6 October 2022 (Semi production started, deliveries to Pepsi on 1 December; the handover "
    "event was held on 1 December 2022). The Semi was unveiled in November 2017 with production promised for 2019 (a "
    "superseded past target). Q3 2022 results on 19 October 2022; Q3 deliveries of 343,830 reported on 2 October.",
    ["superseded-date", "explicit-date", "number-like-date", "said-on-day", "past-month"],
)

P(
    "tz-microsoft-carbon-negative-2020",
    "2020-01-17 08:00",
    "America/Los_Angeles",
    "REDMOND, Wash. (Bloomberg) - Microsoft Corp. pledged on Thursday to become carbon negative by 2030, removing more "
    "carbon dioxide from the atmosphere than it emits, and said that by 2050 it would have removed all the carbon it "
    'has released, directly or through its electricity use, since it was founded in 1975. "While the world will need '
    'to reach net zero, those of us who can afford to move faster and go further should do so," President Brad Smith '
    "said at an event at the company's headquarters with Chief Executive Satya Nadella. Starting in July, the software "
    "maker will extend the internal carbon fee it charges its business units to cover the emissions of its supply "
    "chain, and it will put $1 billion into a new climate innovation fund.",
    [
        C(
            "pledged on Thursday to become carbon negative by 2030",
            "by 2030",
            by_year(2030),
            "promise",
            "Microsoft",
        ),
        C(
            "said that by 2050 it would have removed all the carbon it has released",
            "by 2050",
            by_year(2050),
            "promise",
            "Microsoft",
        ),
        C(
            "Starting in July, the software maker will extend the internal carbon fee",
            "Starting in July",
            in_month(2020, 7),
            "promise",
            "Microsoft",
        ),
    ],
    "Microsoft's announcement of Thursday 16 January 2020 (Smith, Nadella, Hood in Redmond): carbon negative by 2030, "
    "historical emissions since its 1975 founding removed by 2050, internal carbon fee extended to Scope 3 from July "
    "2020, USD 1bn Climate Innovation Fund (undated). 'pledged on Thursday' is the day of the pledge, not a claim.",
    [
        "same-sentence-claims",
        "year-period",
        "month-period",
        "said-on-day",
        "number-like-date",
        "past-weekday",
    ],
)

# ===========================================================================
# Live updates: storms and fires

P(
    "tz-camp-fire-briefing-2018",
    "2018-11-16 20:30",
    "America/Los_Angeles",
    "OROVILLE, Calif. (Reuters) - The list of people unaccounted for after the deadliest wildfire in California's "
    "history swelled to more than 1,000 on Friday, Butte County Sheriff Kory Honea told an evening briefing, cautioning "
    "that the roster was raw and probably included many people who had fled safely without telling anyone. At least 71 "
    "people have been confirmed dead in and around the town of Paradise, and President Donald Trump will tour the "
    "devastation on Saturday. Cal Fire said the Camp Fire, which has charred more than 140,000 "
    "acres since it broke out on Nov. 8, was half contained and that it expected to have it fully contained by Nov. "
    "30. Forecasters said rain was likely to arrive on Wednesday, the day before Thanksgiving, bringing relief from the "
    "smoke but raising the risk of mudslides on slopes stripped bare by the flames.",
    [
        C(
            "President Donald Trump will tour the devastation on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2018-11-17",
        ),
        C(
            "it expected to have it fully contained by Nov. 30",
            "by Nov. 30",
            md(11, 30),
            "prediction",
            "Cal Fire",
            real="2018-11-25",
            real_le=True,
        ),
        C(
            "rain was likely to arrive on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "prediction",
            "forecasters",
            real="2018-11-21",
        ),
    ],
    "Camp Fire briefing of Friday 16 November 2018 (1,011 names on the missing list, 71 dead); Trump visited Paradise "
    "on Saturday 17 November; Cal Fire's projected full containment date of 30 November (reached on 25 November); "
    "rain arrived on Wednesday 21 November, the eve of Thanksgiving (22 November), which only describes the Wednesday. "
    "The fire started on 8 November.",
    ["said-on-day", "explicit-date", "explicit-past-date", "holiday", "number-like-date"],
)

P(
    "tz-harvey-landfall-live-2017",
    "2017-08-25 11:00",
    "America/Chicago",
    "Hurricane Harvey live updates: 0710 CDT - Harvey has strengthened into a Category 2 hurricane overnight and is "
    "expected to become a major Category 3 storm before it makes landfall on the middle Texas coast late on Friday or "
    "early on Saturday, the National Hurricane Center says in its latest advisory. 0845 CDT - Forecasters warn of "
    "rainfall totals of 15 to 25 inches, with isolated amounts of 35 inches, through next Wednesday as the storm "
    "stalls over south-east Texas. 1020 CDT - Houston Mayor Sylvester Turner tells a news conference the city will not "
    "order an evacuation, saying that putting millions of people on the road at once could be more dangerous than "
    "riding out the storm.",
    [
        C(
            "makes landfall on the middle Texas coast late on Friday or early on Saturday",
            "late on Friday or early on Saturday",
            span_wd("Friday", "Saturday"),
            "prediction",
            "the National Hurricane Center",
            real="2017-08-25",
        ),
        C(
            "Forecasters warn of rainfall totals of 15 to 25 inches, with isolated amounts of 35 inches, through next "
            "Wednesday",
            "through next Wednesday",
            next_wd("Wednesday"),
            "prediction",
            "forecasters",
        ),
    ],
    "Harvey, Friday 25 August 2017: NHC forecast landfall on the middle Texas coast late Friday or early Saturday "
    "(landfall near Rockport at about 22:00 CDT on 25 August as a Category 4); rainfall forecast 15-25 inches, "
    "isolated 35, through Wednesday 30 August ('next Wednesday' in a Friday article: both readings 30 August). "
    "Turner declined to order an evacuation. The entry times are posting times, not claims.",
    [
        "next-weekday",
        "range",
        "by-weekday-same-day",
        "same-day-future",
        "number-like-date",
        "hypothetical",
    ],
)

# ===========================================================================
# No claim

N(
    "tz-manchester-arena-threat-critical-2017",
    "2017-05-23 23:30",
    "Europe/London",
    "LONDON (Reuters) - Britain raised its terrorism threat level to critical, its highest, on Tuesday, meaning a "
    "further attack may be imminent, Prime Minister Theresa May said after police named 22-year-old Salman Abedi as "
    "the suicide bomber who killed 22 people at a pop concert in Manchester. Soldiers will be deployed to guard key "
    "sites, freeing up armed police for patrols, May said in a televised statement from Downing Street, warning that "
    "a wider group of individuals may have been involved. Greater Manchester Police Chief Constable Ian Hopkins told "
    "reporters earlier on Tuesday that the priority was to establish whether Abedi had acted alone, and that the force "
    "would update the public as the investigation progressed. Campaigning for the general election was suspended "
    "after the blast late on Monday at the end of a concert by the US singer Ariana Grande.",
    "Manchester Arena bombing, late on Monday 22 May 2017 (22 killed); threat level raised to critical on Tuesday 23 "
    "May; Operation Temperer (soldiers deployed, undated); Hopkins' briefings on 23 May. Theresa May and the modal "
    "'may' sit beside past weekdays only; nothing is dated in the future.",
    ["may-verb", "past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "tz-las-vegas-lombardo-2017",
    "2017-10-02 21:00",
    "America/Los_Angeles",
    "LAS VEGAS (AP) \u2014 A 64-year-old retiree who opened fire from the 32nd floor of the Mandalay Bay casino hotel on "
    "Sunday night killed at least 59 people and wounded more than 500 attending a country music festival below, Clark "
    "County Sheriff Joseph Lombardo said on Monday, calling it the deadliest mass shooting in modern U.S. history. "
    "Police found more than a dozen guns in the gunman's suite and more at his home in Mesquite, Lombardo told "
    "reporters, adding that investigators had no idea yet what motivated Stephen Paddock, who killed himself before "
    'officers burst in. "I can\'t get into the mind of a psychopath," the sheriff said at one of several briefings '
    "through the day, promising to release more details as detectives worked through the hotel room, the house and "
    "the gunman's car. The FBI said it had found no connection so far between Paddock and any international terrorist "
    "group, despite a claim of responsibility by Islamic State.",
    "Las Vegas shooting, Sunday 1 October 2017 (initial count: 59 dead including the gunman, 527 wounded); Lombardo's "
    "briefings on Monday 2 October. Only past events and undated promises ('release more details').",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "tz-japan-yen-intervention-2022",
    "2022-09-22 21:00",
    "Asia/Tokyo",
    "TOKYO (Reuters) - Japan intervened in the currency market on Thursday to prop up the yen for the first time since "
    "1998, hours after the Bank of Japan kept interest rates pinned near zero and the currency slid past 145 per "
    'dollar. "The government is concerned about excessive moves in the currency market, and we have just taken '
    'decisive action," Finance Minister Shunichi Suzuki told reporters, while top currency diplomat Masato Kanda '
    "declined to say how much had been spent. Kanda said Tokyo may step in again if speculative selling persisted, "
    "though analysts noted that the gap between Japanese and U.S. interest rates, which has driven the yen's slide "
    "this year, was unlikely to narrow soon. Bank of Japan Governor Haruhiko Kuroda told a separate news conference "
    "that there was no need to raise rates or change the bank's dovish guidance any time soon.",
    "Japan's first yen-buying intervention since June 1998, Thursday 22 September 2022, after the BoJ decision of the "
    "same day; the yen hit about 145.9. Modal 'may', hypotheticals and undated futures only; 'this year' is "
    "background.",
    [
        "may-verb",
        "hypothetical",
        "undated-future",
        "said-on-day",
        "past-weekday",
        "number-like-date",
    ],
)

N(
    "tz-powell-patient-2019",
    "2019-01-30 16:30",
    "America/New_York",
    "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday and dropped its long-standing "
    'promise of "further gradual increases," saying it would be "patient" before moving again as global growth '
    'slows and trade tensions with China simmer. "The case for raising rates has weakened somewhat," Fed Chair Jerome '
    "Powell told a news conference after the two-day meeting, adding that the central bank was also ready to adjust the "
    "pace at which it shrinks its $4 trillion balance sheet. The Fed raised rates four times last year, most recently "
    "last December, when Powell's comments were read as ignoring a slide in stock markets. Will policymakers raise "
    "rates again at their March meeting? Futures traders now see almost no chance of that, and a partial government "
    "shutdown that ended last Friday could weigh on first-quarter growth.",
    "FOMC of 29-30 January 2019 (rates held at 2.25-2.50%, 'patient'); four hikes in 2018, the last on 19 December "
    "2018; the shutdown ended on Friday 25 January 2019. The March meeting is only asked about; 'could weigh' is a "
    "possibility.",
    ["question", "last-month", "past-weekday", "hypothetical", "number-like-date", "said-on-day"],
)

N(
    "tz-nice-state-emergency-2016",
    "2016-07-15 08:00",
    "Europe/Paris",
    "NICE, France (AFP) - President Francois Hollande said early on Friday that France's state of emergency, which had "
    "been due to end on July 26, would be extended after a man drove a 19-tonne truck into a crowd watching Bastille "
    "Day fireworks on the Nice seafront, killing at least 84 people. Speaking in a televised address from the Elysee "
    "Palace at about 4 a.m., Hollande said he would ask parliament to approve the extension and that military "
    "reservists would be called up to relieve police and soldiers who have been stretched since the Paris attacks of "
    "November 2015. Only hours earlier, in his traditional July 14 interview, the president had said the emergency "
    "measures would be lifted at the end of the month. Prosecutors said the driver, a 31-year-old Tunisian-born "
    "resident of Nice, was shot dead by police after the truck travelled almost 2 km along the Promenade des Anglais.",
    "Nice attack, 14 July 2016 (84 dead); Hollande's address at about 04:00 on Friday 15 July: the state of emergency "
    "due to end on 26 July would be extended (parliament later extended it by six months). The 26 July end and the "
    "'end of the month' lifting are superseded; the request to parliament and the call-up are undated.",
    [
        "superseded-date",
        "end-of-month",
        "explicit-past-date",
        "said-on-day",
        "past-month",
        "number-like-date",
        "undated-future",
    ],
)

N(
    "tz-chogm-kigali-postponed-2020",
    "2020-04-22 10:00",
    "Africa/Kigali",
    "KIGALI (Reuters) - The Commonwealth Heads of Government Meeting, which had been due to take place in Kigali in the "
    "week of June 22, has been postponed because of the coronavirus pandemic, the Commonwealth Secretariat and the "
    'Rwandan government said in a joint statement. A new date will be announced "in due course", Secretary-General '
    "Patricia Scotland said, adding that the health of delegates and of the people of Rwanda had to come first. Prince "
    "Charles had been expected to represent Queen Elizabeth at the summit, the first in Africa since Uganda played host "
    "in 2007. Rwanda, which has confirmed about 150 coronavirus cases and no deaths, imposed a strict lockdown on March "
    "21, one of the first on the continent.",
    "CHOGM 2020 in Kigali (planned for the week of 22 June 2020) was postponed in April 2020 (held in June 2022). The "
    "June date is cancelled; the new date is undated; Rwanda's lockdown began on 21 March 2020.",
    ["cancelled-date", "undated-future", "explicit-past-date", "number-like-date"],
)

N(
    "tz-dimon-hurricane-2022",
    "2022-06-01 17:30",
    "America/New_York",
    "NEW YORK (Bloomberg) - JPMorgan Chase & Co. Chief Executive Jamie Dimon said on Wednesday that an economic "
    '"hurricane" was bearing down on the United States and that the bank was bracing itself, little more than a week '
    'after he described the outlook as one of storm clouds. "Right now it\'s kind of sunny, things are doing fine," '
    'Dimon told an investor conference in New York, but "that hurricane is right out there, down the road, coming our '
    'way." He said he did not know whether it would be "a minor one or Superstorm Sandy", pointing to the Federal '
    "Reserve's shrinking of its balance sheet, which began on Wednesday, and to the effect of the war in Ukraine on "
    'commodity prices. JPMorgan would be "very conservative" with its own balance sheet, he said.',
    "Dimon at the Bernstein Strategic Decisions Conference, Wednesday 1 June 2022 (storm clouds: investor day, 23 "
    "May); the Fed's balance-sheet runoff began on 1 June. Hypotheticals and undated futures only.",
    ["said-on-day", "past-weekday", "hypothetical", "undated-future"],
)

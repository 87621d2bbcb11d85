"""Tuning passages written blind: world affairs and diplomacy (summits, wars and ceasefires, sanctions, treaties, elections, UN and EU decisions, hostage and prisoner deals, disasters and aid) as wire copy with datelines, analysis, explainers and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    in_days,
    in_days_anchored,
    in_months,
    in_years,
    md,
    md_span,
    midnight_on,
    month_named_end,
    no_claim_adder,
    passage_adder,
    span_wd,
    wd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def in_months_range(n, m):
    """'over four to six months': publication day + n months .. + m months (build.in_months at both ends)."""
    lo, hi = in_months(n), in_months(m)

    def f(p):
        a, b = lo(p), hi(p)
        return {"due": a["due"], "due_max": b["due_max"], "time": None, "desc": f"{a['desc']} .. {b['desc']}"}

    return f


# ===========================================================================
# Europe: crises, elections, coalitions

P(
    "tc-rousseff-senate-trial-2016",
    "2016-08-24 19:00",
    "America/Sao_Paulo",
    "BRASILIA - Brazil's Senate opens the impeachment trial of suspended President Dilma Rousseff on Thursday, "
    "days after the Rio de Janeiro Olympics closed on Sunday, with Supreme Court Chief Justice Ricardo "
    "Lewandowski presiding. Her lawyer, former justice minister Jose Eduardo Cardozo, said on Wednesday that Rousseff "
    "would go to the Senate on Monday to defend herself in person and answer senators' questions. The final vote is "
    "expected on Aug. 30 or 31, and at least 54 of the 81 senators must back removal for it to pass. Rousseff, "
    "accused of breaking budget laws to mask a widening deficit before her 2014 re-election, was suspended on May "
    "12, and interim President Michel Temer would serve out her term until the end of 2018 if she is convicted.",
    [
        C("Brazil's Senate opens the impeachment trial of suspended President Dilma Rousseff on Thursday",
          "on Thursday", wd("Thursday"), "event", None, real="2016-08-25"),
        C("Rousseff would go to the Senate on Monday to defend herself in person", "on Monday", wd("Monday"),
          "event", "Jose Eduardo Cardozo", real="2016-08-29"),
        C("The final vote is expected on Aug. 30 or 31", "on Aug. 30 or 31", md_span(8, 30, 8, 31), "event", None,
          real="2016-08-31"),
    ],
    "Rousseff's Senate trial opened on Thursday 25 August 2016; she testified on Monday 29 August; the Senate "
    "removed her on 31 August 2016 (61-20). 'Aug. 30 or 31' is one claim spanning both days (alternatives of one "
    "unit). Temer serving 'until the end of 2018' is conditional on conviction, so not a claim; the Olympics closing "
    "on Sunday 21 August is a past weekday.",
    ["past-weekday", "hypothetical", "explicit-past-date", "number-like-date", "said-on-day", "range",
     "explicit-date"],
)

P(
    "tc-knesset-dissolves-2019",
    "2019-05-30 08:00",
    "Asia/Jerusalem",
    "JERUSALEM - Israel will hold its second election of the year on Sept. 17 after lawmakers voted 74-45 shortly "
    "after midnight to dissolve the Knesset, a stunning setback for Prime Minister Benjamin Netanyahu just weeks "
    "after he appeared to have won the April 9 ballot. Netanyahu failed to form a coalition before his deadline "
    "expired at midnight on Wednesday, when former defence minister Avigdor Liberman refused to drop his demand for "
    "a law on military service for ultra-Orthodox men. Rather than let President Reuven Rivlin ask another lawmaker "
    "to try, Netanyahu pushed through the dissolution bill. White House adviser Jared Kushner, in the region to "
    "promote a US peace plan, is due to meet him in Jerusalem later on Thursday. The September vote will cost the "
    "state hundreds of millions of shekels.",
    [
        C("Israel will hold its second election of the year on Sept. 17", "on Sept. 17", md(9, 17), "event", None,
          real="2019-09-17"),
        C("is due to meet him in Jerusalem later on Thursday", "later on Thursday", wd("Thursday"), "event", None,
          real="2019-05-30"),
    ],
    "Knesset dissolved early on Thursday 30 May 2019 (74-45) after Netanyahu's coalition deadline expired at "
    "midnight on Wednesday 29 May; new election held on 17 September 2019; Kushner met Netanyahu in Jerusalem on "
    "the evening of 30 May. 'The September vote' repeats the election claim (labelled once); the midnight-Wednesday "
    "deadline is past.",
    ["repeated-claim", "same-day-future", "midnight", "past-weekday", "explicit-past-date", "number-like-date",
     "explicit-date"],
)

# ===========================================================================
# Africa and the Middle East

P(
    "tc-zuma-no-confidence-thursday-2018",
    "2018-02-14 14:00",
    "Africa/Johannesburg",
    "CAPE TOWN - South Africa's ruling ANC will back an opposition motion of no confidence in Jacob Zuma in "
    "parliament on Thursday unless he resigns before then, treasurer-general Paul Mashatile told reporters on "
    "Wednesday, stepping up pressure on the president a day after the party formally recalled him. The motion, "
    "brought by the Economic Freedom Fighters, had been scheduled for Feb. 22 and has now been brought forward. "
    "Zuma, 75, has faced more than 700 corruption charges that were dropped in 2009. Parliament postponed his "
    "state of the nation address, which had been due on Feb. 8, and no new date has been set. ANC leader Cyril "
    "Ramaphosa would be elected president by lawmakers if Zuma goes.",
    [
        C("will back an opposition motion of no confidence in Jacob Zuma in parliament on Thursday unless he "
          "resigns before then", "on Thursday", wd("Thursday"), "deadline", "Paul Mashatile"),
    ],
    "Mashatile's announcement of Wednesday 14 February 2018; the ANC had recalled Zuma on Tuesday 13 February; Zuma "
    "resigned late on 14 February, so the motion set for Thursday 15 February was never put (no real date; "
    "Ramaphosa was elected on the 15th). The superseded EFF date of 22 February, the postponed 8 February address and "
    "Ramaphosa's conditional election are not claims.",
    ["conditional-threat", "superseded-date", "cancelled-date", "hypothetical", "said-on-day", "explicit-past-date",
     "number-like-date"],
)

P(
    "tc-saudi-canada-ambassador-2018",
    "2018-08-06 20:00",
    "Asia/Riyadh",
    "RIYADH - Saudi Arabia has given Canada's ambassador 24 hours to leave the kingdom and frozen all new trade and "
    "investment with Canada, its foreign ministry said late on Sunday, in retaliation for Ottawa's call for the "
    "release of jailed women's rights activists. The ministry said a tweet posted by Canada's foreign ministry on "
    "Friday amounted to blatant interference in the kingdom's internal affairs. State airline Saudia said on Monday it would "
    "suspend all flights to and from Toronto from Aug. 13. In Ottawa, a spokeswoman for Foreign Minister "
    "Chrystia Freeland said Canada would always stand up for human rights, giving no sign of backing down. Among those "
    "detained last week was Samar Badawi, sister of the blogger Raif Badawi.",
    [
        C("has given Canada's ambassador 24 hours to leave the kingdom", "24 hours", in_days_anchored(1, "Sunday"), "deadline",
          "Saudi Arabia's foreign ministry"),
        C("would suspend all flights to and from Toronto from Aug. 13", "from Aug. 13", md(8, 13), "promise",
          "Saudia", real="2018-08-13"),
    ],
    "Saudi foreign ministry statement late on Sunday 5 August 2018 expelling ambassador Dennis Horak (24 hours) "
    "after Global Affairs Canada's tweet of Friday 3 August; Saudia announced on Monday 6 August that it would "
    "suspend Toronto flights from 13 August 2018. '24 hours' is anchored to the Sunday statement, so both anchors "
    "are accepted (Sunday + 1 = Monday 6 August, publication + 1 = Tuesday 7 August). Freeland's stance is "
    "undated.",
    ["duration", "past-weekday", "said-on-day", "number-like-date", "explicit-date", "same-day-future"],
)

P(
    "tc-unsc-ghouta-vote-2018",
    "2018-02-24 13:00",
    "Asia/Beirut",
    "BEIRUT/UNITED NATIONS - The UN Security Council is due to vote at noon New York time on Saturday on a "
    "resolution demanding a 30-day ceasefire across Syria, after Russia forced the vote to be put off on Thursday "
    "and again late on Friday while it sought changes to the text drafted by Sweden and Kuwait. More than 460 people "
    "have been killed in the rebel-held enclave of Eastern Ghouta since government forces began a heavy bombardment "
    "on Sunday, according to the Syrian Observatory for Human Rights. Russian Ambassador Vassily Nebenzia said on "
    "Friday that a truce was impossible without guarantees from the militants. Aid convoys have been waiting for "
    "days to enter the area.",
    [
        C("is due to vote at noon New York time on Saturday", "at noon New York time on Saturday",
          zoned(wd("Saturday"), "12:00", "America/New_York"), "event", None, real="2018-02-24"),
    ],
    "Security Council vote on resolution 2401 (adopted unanimously on Saturday 24 February 2018), after "
    "postponements on Thursday 22 and Friday 23 February. Noon EST = 17:00 GMT = 19:00 in Beirut (UTC+2), same day. "
    "The 30-day ceasefire is an undated duration; 'since Sunday' is a past weekday.",
    ["time-converted", "superseded-date", "past-weekday", "said-on-day", "by-weekday-same-day", "duration",
     "number-like-date"],
)

P(
    "tc-yemen-hodeidah-truce-2018",
    "2018-12-17 16:00",
    "Asia/Aden",
    "ADEN - A ceasefire in Yemen's Red Sea port city of Hodeidah is due to take effect at one minute past midnight "
    "on Tuesday, officials on both sides said, four days after the Saudi-backed government and the Houthi movement "
    "agreed to it at UN-sponsored talks in Sweden. Residents reported intermittent clashes on the city's southern "
    "and eastern edges on Monday. Under the accord reached on Thursday in Rimbo, both sides are to pull their forces "
    "out of the city and three ports within weeks, leaving them to local forces under UN supervision. UN envoy Martin "
    "Griffiths said the next round of talks would be held by the end of January. Hodeidah is the entry point for "
    "most of Yemen's imports and aid.",
    [
        C("is due to take effect at one minute past midnight on Tuesday", "at one minute past midnight on Tuesday",
          wd("Tuesday", "00:01"), "event", None, real="2018-12-18"),
        C("the next round of talks would be held by the end of January", "by the end of January",
          month_named_end(1), "event", "Martin Griffiths"),
    ],
    "Stockholm Agreement of Thursday 13 December 2018; the Hodeidah ceasefire began at 00:01 local time on Tuesday "
    "18 December 2018. The planned second round never took place (no real date). 'officials on both sides' are "
    "unnamed (speaker null); 'within weeks' is undated. The end of January in a December article is in 2019.",
    ["year-inference", "time-local", "midnight", "past-weekday", "end-of-month", "undated-future", "number-like-date"],
)

P(
    "tc-edan-alexander-release-live-2025",
    "2025-05-11 23:30",
    "Asia/Jerusalem",
    "23:30 - Edan Alexander, the last living hostage in Gaza with US citizenship, is expected to be handed over on "
    "Monday, according to an Israeli official. 22:45 - Hamas said on Sunday evening that it would free the 21-year-old "
    "soldier from New Jersey as a goodwill gesture after direct contacts with Washington, and President Donald Trump "
    "called it a step taken in good faith. 22:20 - Netanyahu's office said Israel had not agreed to a ceasefire or "
    "to release Palestinian prisoners in return, but would allow a safe corridor for the handover. 22:05 - Trump "
    "leaves Washington on Monday and arrives in Riyadh on Tuesday, the first stop of a Gulf tour that also takes in "
    "Qatar and the United Arab Emirates. Alexander was abducted from his base near the Gaza border on Oct. 7, 2023.",
    [
        C("is expected to be handed over on Monday", "on Monday", wd("Monday"), "prediction", None, real="2025-05-12"),
        C("Trump leaves Washington on Monday", "on Monday", wd("Monday"), "event", None, real="2025-05-12"),
        C("arrives in Riyadh on Tuesday", "on Tuesday", wd("Tuesday"), "event", None, real="2025-05-13"),
    ],
    "Hamas announcement of Sunday 11 May 2025; Alexander was handed to the Red Cross on Monday 12 May 2025; Trump "
    "flew out on 12 May and landed in Riyadh on Tuesday 13 May 2025. The handover date comes from an unnamed Israeli "
    "official (speaker null); 'is expected to be handed over on Monday' is the 'expected to <verb>' form, read as a "
    "forecast of an outcome (prediction) under the README, though it also reports a planned handover. Hamas's 'would "
    "free' carries no date of its own. Departure and arrival are separate scheduled activities on different days, "
    "two claims in one sentence. Live-blog entries are newest first.",
    ["said-on-day", "same-sentence-claims", "explicit-past-date", "number-like-date", "past-weekday"],
)

# ===========================================================================
# Asia and the Pacific

P(
    "tc-south-china-sea-award-2016",
    "2016-07-08 20:00",
    "Asia/Manila",
    "MANILA - An international tribunal in The Hague will rule at 11 a.m. local time on Tuesday (1700 Manila time) on "
    "the Philippines' challenge to China's claims to most of the South China Sea, the Permanent Court of Arbitration "
    "has said. Manila brought the case in January 2013 under the UN Convention on the Law of the Sea; Beijing has "
    "boycotted the proceedings and says it will neither accept nor recognise any ruling. Foreign Secretary Perfecto "
    "Yasay said on Friday that the government of President Rodrigo Duterte, who took office on June 30, would study "
    "the award carefully before responding. Chinese naval drills that began on Tuesday around the Paracel Islands "
    "are scheduled to end on Monday.",
    [
        C("will rule at 11 a.m. local time on Tuesday (1700 Manila time)", "at 11 a.m. local time on Tuesday",
          zoned(wd("Tuesday"), "11:00", "Europe/Amsterdam"), "event", "the Permanent Court of Arbitration",
          real="2016-07-12"),
        C("are scheduled to end on Monday", "on Monday", wd("Monday"), "event", None, real="2016-07-11"),
    ],
    "PCA award in Philippines v. China issued on Tuesday 12 July 2016 at about 11:00 CEST (17:00 in Manila); the "
    "PCA had announced the date on 29 June. Chinese navy exercises around the Paracels ran 5-11 July 2016. "
    "'began on Tuesday' (5 July) is a past weekday beside the coming Tuesday; Yasay's undated response is not a "
    "claim.",
    ["time-converted", "past-weekday", "explicit-past-date", "said-on-day", "number-like-date", "undated-future"],
)

P(
    "tc-north-korea-satellite-window-2023",
    "2023-05-29 18:00",
    "Asia/Tokyo",
    "TOKYO - North Korea has told Japan's coast guard that it plans to launch a satellite between May 31 and June "
    "11, prompting Defence Minister Yasukazu Hamada to order the military to shoot down any rocket or debris that "
    "threatens Japanese territory. The notice, received early on Monday, covers a zone in the Yellow Sea and waters "
    "east of the Philippine island of Luzon. Pyongyang has never said when it would put its first military "
    "reconnaissance satellite into orbit, though leader Kim Jong Un inspected the finished spacecraft on May 16. "
    "Japan has kept Patriot missile batteries in Okinawa since April, and Prime Minister Fumio Kishida urged "
    "Pyongyang to call the launch off.",
    [
        C("it plans to launch a satellite between May 31 and June 11", "between May 31 and June 11",
          md_span(5, 31, 6, 11), "event", "North Korea", real="2023-05-31"),
    ],
    "North Korea's notice to the Japan Coast Guard of Monday 29 May 2023 gave a window of 31 May-11 June; the "
    "Chollima-1 launch failed on 31 May 2023. Hamada's destruction order is conditional and undated; Kim's 16 May "
    "inspection and the April deployment are past. A launch attempt is an event; the window is one claim.",
    ["range", "hypothetical", "explicit-past-date", "past-month", "explicit-date"],
)

# ===========================================================================
# Disasters and aid; Russia, Ukraine and the Sahel

P(
    "tc-haiti-quake-grace-2021",
    "2021-08-15 19:00",
    "America/Port-au-Prince",
    "LES CAYES, Haiti - Rescuers and neighbours dug through collapsed homes with their hands on Sunday as the death "
    "toll from Saturday's magnitude 7.2 earthquake in southwestern Haiti rose to 1,297, the civil protection agency "
    "said. Prime Minister Ariel Henry, who flew over the worst-hit towns of Les Cayes and Jeremie, declared a state "
    "of emergency and appealed for international help. Tropical Depression Grace is "
    "forecast to reach the southern peninsula on Monday night with up to 15 inches of rain in places, the US "
    "National Hurricane Center said, raising the risk of flash floods and mudslides that could bury survivors. "
    "Hospitals already overwhelmed by the Covid-19 pandemic were treating the injured in courtyards. The quake struck "
    "11 years after the January 2010 disaster that killed more than 200,000 people.",
    [
        C("Tropical Depression Grace is forecast to reach the southern peninsula on Monday night", "on Monday night",
          wd("Monday"), "prediction", "the US National Hurricane Center", real="2021-08-16"),
    ],
    "Earthquake of Saturday 14 August 2021 (toll 1,297 on Sunday 15 August); Grace passed over southern Haiti on the "
    "night of Monday 16 August 2021. The mudslides are a possibility ('could'); 2010 is background.",
    ["hypothetical", "past-weekday", "said-on-day", "explicit-past-date", "number-like-date"],
)

P(
    "tc-leopard-tanks-decision-2023",
    "2023-01-25 17:00",
    "Europe/Berlin",
    "BERLIN - Germany will send 14 Leopard 2 A6 tanks to Ukraine and allow other countries to re-export theirs, "
    "Chancellor Olaf Scholz told the Bundestag on Wednesday, ending weeks of hesitation that had strained relations "
    "with allies. Defence Minister Boris Pistorius said he expected the first German tanks to reach Ukraine within "
    "about three months, and training of Ukrainian crews to start in Germany very soon. US President Joe Biden "
    "is due to announce later on Wednesday that Washington will supply M1 Abrams tanks, a move Berlin had privately "
    "sought as cover. Poland, which asked for permission on Tuesday to send its own Leopards, welcomed the decision.",
    [
        C("he expected the first German tanks to reach Ukraine within about three months", "within about three months",
          in_months(3), "prediction", "Boris Pistorius", real="2023-03-27", real_le=True),
        C("is due to announce later on Wednesday", "later on Wednesday", wd("Wednesday"), "event", None,
          real="2023-01-25"),
    ],
    "Scholz's Leopard decision of Wednesday 25 January 2023; the first 18 Leopard 2 A6 (Germany and Portugal) "
    "reached Ukraine on 27 March 2023; Biden announced 31 Abrams tanks on the afternoon of 25 January (Washington "
    "time, evening in Berlin). 'within about three months' -> publication + 3 months = 25 April 2023 (met early). "
    "'he expected ... to reach' forecasts an arrival (prediction). Crew training 'very soon' is undated; Poland's "
    "request (Tuesday 24 January) is past.",
    ["duration", "same-day-future", "past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "tc-barkhane-mali-withdrawal-2022",
    "2022-02-17 11:00",
    "Europe/Paris",
    "PARIS - France and its European allies will pull their troops out of Mali, President Emmanuel Macron announced "
    "on Thursday, nine years after French soldiers first deployed to drive back Islamist fighters, as relations with "
    "the ruling junta have collapsed. He said the withdrawal of the Barkhane and Takuba forces would take four to six "
    "months and be carried out in an orderly way, with some of the troops moving to neighbouring Niger. The junta, "
    "which seized power in August 2020 and again in May 2021, expelled the French ambassador last month. Macron "
    "then heads to a summit of the European Union and the African Union in Brussels that opens on Thursday evening "
    "and ends on Friday.",
    [
        C("the withdrawal of the Barkhane and Takuba forces would take four to six months", "four to six months",
          in_months_range(4, 6), "promise", "Emmanuel Macron", real="2022-08-15"),
        C("a summit of the European Union and the African Union in Brussels that opens on Thursday evening and ends on "
          "Friday", "opens on Thursday evening and ends on Friday", span_wd("Thursday", "Friday"), "event", None, real="2022-02-17"),
    ],
    "Macron's announcement of Thursday 17 February 2022; the last Barkhane troops left Mali on 15 August 2022; the "
    "EU-AU summit in Brussels was held on 17-18 February 2022 (one activity over two days, one claim). 'four to six "
    "months' from the publication day -> 17 June..17 August 2022 (README duration rule, months). The pronoun 'He' "
    "is Macron. The coups and the ambassador's expulsion (31 January) are past.",
    ["range", "duration", "pronoun-speaker", "same-day-future", "past-month", "last-month", "number-like-date"],
)

# ===========================================================================
# Treaties and sanctions

P(
    "tc-tpnw-entry-into-force-2020",
    "2020-10-25 10:00",
    "America/New_York",
    "UNITED NATIONS (AP) - A UN treaty banning nuclear weapons will enter into force on Jan. 22, 90 days after "
    "Honduras became the 50th country to ratify it on Saturday, the world body said. Secretary-General Antonio "
    "Guterres called it the culmination of a worldwide movement to draw attention to the catastrophic "
    "humanitarian consequences of any use of nuclear weapons. None of the nine nuclear-armed states has signed, and "
    "the United States had written to signatories this month urging them to withdraw their ratifications. Adopted "
    "by the General Assembly in July 2017, the pact won the campaign group ICAN the Nobel Peace Prize that year.",
    [
        C("will enter into force on Jan. 22, 90 days after Honduras became the 50th country to ratify it",
          "on Jan. 22", md(1, 22), "event", "the United Nations", real="2021-01-22"),
    ],
    "Honduras's ratification on Saturday 24 October 2020 (UN Day) triggered entry into force of the Treaty on the "
    "Prohibition of Nuclear Weapons on 22 January 2021. 'Jan. 22' in an October 2020 article is in 2021; the '90 "
    "days' restates the same date. The US letter and the 2017 adoption are past.",
    ["year-inference", "number-like-date", "past-weekday", "explicit-past-date", "duration"],
)

P(
    "tc-venezuela-oil-license-lapse-2024",
    "2024-04-17 20:00",
    "America/New_York",
    "WASHINGTON - The United States will let a license easing sanctions on Venezuela's oil sector expire at "
    "midnight on Wednesday, the State Department said, accusing President Nicolas Maduro of failing to honour an "
    "election deal signed in Barbados in October. The Treasury Department gave companies doing business with state "
    "oil firm PDVSA until May 31 to wind down their operations, though officials said firms could still apply for "
    "individual licenses. Venezuela holds its presidential election on July 28, and opposition candidate Maria "
    "Corina Machado remains barred from running. The license had been in force since Oct. 18.",
    [
        C("will let a license easing sanctions on Venezuela's oil sector expire at midnight on Wednesday",
          "at midnight on Wednesday", midnight_on("Wednesday"), "deadline", "the State Department",
          real="2024-04-18"),
        C("gave companies doing business with state oil firm PDVSA until May 31 to wind down their operations",
          "until May 31", md(5, 31), "deadline", "the Treasury Department", real="2024-05-31"),
        C("Venezuela holds its presidential election on July 28", "on July 28", md(7, 28), "event", None,
          real="2024-07-28"),
    ],
    "State Department announcement of Wednesday 17 April 2024: General License 44 lapsed at 12:01 a.m. ET on 18 "
    "April; GL 44A allowed a wind-down until 31 May 2024; the Venezuelan presidential election was held on 28 July "
    "2024. The Barbados agreement (17 October 2023) and the license's start on 18 October 2023 are past. A "
    "sanctions relief lapsing by the government's own decision is labelled a deadline (a measure in force that "
    "lapses on a date), with the State Department as speaker.",
    ["midnight", "by-weekday-same-day", "same-day-future", "past-month", "explicit-past-date", "explicit-date"],
)

# ===========================================================================
# More diplomacy, treaties and conflicts

P(
    "tc-mariupol-surrender-ultimatum-2022",
    "2022-03-20 23:00",
    "Europe/Kyiv",
    "KYIV - Russia demanded on Sunday that Ukrainian forces defending the besieged port of Mariupol lay down their "
    "arms, with Colonel General Mikhail Mizintsev of the defence ministry giving Kyiv until 5 a.m. Moscow time on "
    "Monday to reply in writing. He said that if the defenders surrendered, humanitarian corridors out of the city "
    "would open at 10 a.m. Moscow time. City officials said on Sunday that Russian bombs had hit an art school where "
    "about 400 people were sheltering, four days after an air strike destroyed the drama theatre on Wednesday. "
    "President Volodymyr Zelenskiy said he was ready to negotiate with Vladimir Putin, warning that failure could "
    "mean a third world war.",
    [
        C("giving Kyiv until 5 a.m. Moscow time on Monday to reply in writing", "until 5 a.m. Moscow time on Monday",
          zoned(wd("Monday"), "05:00", "Europe/Moscow"), "deadline", "Mikhail Mizintsev", real="2022-03-21"),
    ],
    "Mizintsev's Mariupol ultimatum of Sunday 20 March 2022 (answer by 05:00 Moscow time on Monday 21 March; Kyiv "
    "refused). Moscow was UTC+3 and Kyiv UTC+2 (before the 27 March clock change), so 05:00 Moscow = 04:00 Kyiv, "
    "same day. The 10 a.m. corridors are conditional on surrender (hypothetical, not a claim); the theatre strike "
    "(Wednesday 16 March) is past; Zelenskiy's warning is hypothetical.",
    ["time-converted", "conditional-threat", "hypothetical", "past-weekday", "said-on-day",
     "number-like-date"],
)

P(
    "tc-cptpp-in-force-dec30-2018",
    "2018-10-31 18:00",
    "Australia/Sydney",
    "CANBERRA - The Comprehensive and Progressive Agreement for Trans-Pacific Partnership will take effect on Dec. "
    "30 after Australia became the sixth country to ratify it on Wednesday, Trade Minister Simon Birmingham said. "
    "He said Australian exporters would get a second round of tariff cuts on Jan. 1, just two days later, in "
    "markets such as Canada and Mexico where Australia has no free trade agreement. The 11-nation pact was salvaged "
    "after President Donald Trump pulled the United States out of the original deal in January 2017, three days "
    "after taking office, and was signed in Santiago in March. Mexico, Japan, Singapore, New Zealand and Canada had "
    "already ratified it, while Vietnam, Peru, Chile, Malaysia and Brunei have yet to do so.",
    [
        C("will take effect on Dec. 30 after Australia became the sixth country to ratify it", "on Dec. 30",
          md(12, 30), "event", "Simon Birmingham", real="2018-12-30"),
        C("Australian exporters would get a second round of tariff cuts on Jan. 1", "on Jan. 1", md(1, 1), "event",
          "Simon Birmingham", real="2019-01-01"),
    ],
    "Australia's ratification on Wednesday 31 October 2018 triggered CPTPP entry into force on 30 December 2018 "
    "(60 days after the sixth ratification), with the second annual tariff cut for most members on 1 January 2019. "
    "'Jan. 1' in an October article is next year; the second speaker is given by pronoun. Trump's withdrawal "
    "(23 January 2017) and the Santiago signing (8 March 2018) are past. A tariff cut scheduled under the treaty is "
    "an event.",
    ["year-inference", "pronoun-speaker", "past-month", "explicit-past-date", "number-like-date", "march-noun",
     "explicit-date"],
)

P(
    "tc-sweden-nato-hungary-vote-2024",
    "2024-02-23 19:00",
    "Europe/Budapest",
    "BUDAPEST - Hungary's parliament will vote on Sweden's NATO membership on Monday, Prime Minister Viktor Orban "
    "said on Friday after hosting his Swedish counterpart Ulf Kristersson, removing the last obstacle to the Nordic "
    "country joining the alliance. The two leaders also agreed that Hungary would buy four more Saab Gripen fighter "
    "jets. Turkey's parliament approved Sweden's bid in January, 20 months after Stockholm applied in May 2022 "
    "alongside Finland, which joined last April. Lawmakers will also elect a new head of state on Monday, after "
    "President Katalin Novak resigned this month over a pardon granted in a child abuse case. Sweden becomes a "
    "member once its accession document is deposited in Washington.",
    [
        C("Hungary's parliament will vote on Sweden's NATO membership on Monday", "on Monday", wd("Monday"), "event",
          "Viktor Orban", real="2024-02-26"),
        C("Lawmakers will also elect a new head of state on Monday", "on Monday", wd("Monday"), "event", None,
          real="2024-02-26"),
    ],
    "Kristersson's visit to Budapest on Friday 23 February 2024; the Hungarian parliament ratified Sweden's accession "
    "and elected Tamas Sulyok president on Monday 26 February 2024; Sweden joined on 7 March 2024 (undated here). "
    "Turkey's ratification (23 January), Finland's accession (4 April 2023) and Novak's resignation (10 February) "
    "are past. The Gripen purchase is undated.",
    ["last-month", "past-month", "explicit-past-date", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "tc-trump-kim-dmz-2019",
    "2019-06-30 21:00",
    "Asia/Seoul",
    "PANMUNJOM, South Korea - Donald Trump became the first sitting US president to set foot in North Korea on "
    "Sunday, stepping across the concrete line at the border village of Panmunjom to shake hands with Kim Jong Un "
    "before the two held nearly an hour of talks. Trump told reporters afterwards that he expected negotiating teams "
    "from both sides to start meeting within two to three weeks, led on the US side by envoy Stephen Biegun. Their "
    "last summit, in Hanoi in February, broke up without a deal. Trump also said he had invited Kim to the White "
    "House at the right time, before flying home later on Sunday.",
    [
        C("he expected negotiating teams from both sides to start meeting within two to three weeks",
          "within two to three weeks", in_days(14, 21), "prediction", "Donald Trump"),
    ],
    "Trump-Kim meeting at Panmunjom on Sunday 30 June 2019. 'within two to three weeks' -> publication + 14..21 days "
    "(14-21 July); working-level talks only took place in Stockholm on 5 October 2019, so no real date is recorded. "
    "The White House invitation is undated; the Hanoi summit (27-28 February 2019) is past.",
    ["range", "duration", "past-weekday", "past-month", "undated-future", "said-on-day"],
)

P(
    "tc-sudan-bashir-ousted-2019",
    "2019-04-11 18:00",
    "Africa/Khartoum",
    "KHARTOUM - Sudan's military ousted President Omar al-Bashir on Thursday after 30 years in power, and Defence "
    "Minister Awad Ibn Auf said in a televised address that the army would oversee a two-year transitional period, "
    "after which elections would be held. Ibn Auf also announced a nightly curfew from 10 p.m. to 4 a.m., starting on "
    "Thursday night, and suspended the constitution. Thousands of protesters who have camped outside the defence "
    "ministry since Saturday rejected the announcement and vowed to stay until power was handed to civilians. "
    "Bashir, who is wanted by the International Criminal Court over the Darfur conflict, was being held in a safe "
    "place, the minister said.",
    [
        C("the army would oversee a two-year transitional period, after which elections would be held", "two-year",
          in_years(2), "promise", "Awad Ibn Auf"),
        C("a nightly curfew from 10 p.m. to 4 a.m., starting on Thursday night", "starting on Thursday night",
          wd("Thursday", "22:00"), "event", "Awad Ibn Auf", real="2019-04-11"),
    ],
    "Ibn Auf's statement of Thursday 11 April 2019; the curfew began that night at 22:00. The two-year transition "
    "runs from the announcement (publication day), so the promised elections fall due on 11 April 2021; Ibn Auf "
    "quit the next day and no election was held, so no real date. The curfew is an ordered measure (event, the "
    "one who ordered it speaking). The sit-in since Saturday 6 April is past; 'until power was handed to "
    "civilians' is undated.",
    ["duration", "time-local", "same-day-future", "past-weekday", "said-on-day", "undated-future",
     "number-like-date"],
)

P(
    "tc-cuba-embassies-reopen-2015",
    "2015-07-01 14:00",
    "America/New_York",
    "WASHINGTON - The United States and Cuba will reopen embassies in each other's capitals on July 20, restoring "
    "diplomatic relations broken off in January 1961, President Barack Obama announced on Wednesday in the White "
    "House Rose Garden. Secretary of State John Kerry will travel to Havana to raise the flag over the US embassy, "
    "Obama said, though no date has been set. The two governments exchanged letters earlier in the day, and Cuba's "
    "foreign ministry said its embassy in Washington would open on the same date. Obama and Cuban President Raul "
    "Castro announced their rapprochement in December and met in Panama in April. The trade embargo can only be "
    "lifted by Congress, where many Republicans remain opposed.",
    [
        C("will reopen embassies in each other's capitals on July 20", "on July 20", md(7, 20), "event",
          "Barack Obama", real="2015-07-20"),
    ],
    "Obama's announcement of Wednesday 1 July 2015; both embassies formally reopened on 20 July 2015. Cuba's "
    "'on the same date' only refers back to the labelled date; Kerry's trip is undated here (he raised the flag on "
    "14 August 2015). The 1961 break, the December 2014 announcement and the April 2015 Panama meeting are past.",
    ["repeated-claim", "undated-future", "past-month", "explicit-past-date", "said-on-day", "number-like-date",
     "explicit-date"],
)

P(
    "tc-tsai-reelected-2020",
    "2020-01-12 10:00",
    "Asia/Taipei",
    "TAIPEI - Taiwan's President Tsai Ing-wen won a second term by a landslide on Saturday, taking a record 8.17 "
    "million votes, or 57 percent, on a promise to stand up to Beijing after months of protests in Hong Kong. Her "
    "Kuomintang rival, Kaohsiung Mayor Han Kuo-yu, conceded on Saturday night. Tsai will be sworn in for her second "
    "four-year term on May 20, and her Democratic Progressive Party also kept its majority in the legislature, "
    "whose new session begins on Feb. 1. China's Taiwan Affairs Office responded that it would stick to its 'one "
    "country, two systems' formula for the island. Beijing cut off official contact with Tsai's government in 2016, "
    "the year she first took office.",
    [
        C("Tsai will be sworn in for her second four-year term on May 20", "on May 20", md(5, 20), "event", None,
          real="2020-05-20"),
        C("whose new session begins on Feb. 1", "on Feb. 1", md(2, 1), "event", None, real="2020-02-01"),
    ],
    "Taiwan's presidential and legislative elections of Saturday 11 January 2020; Tsai's second inauguration on 20 "
    "May 2020; the 10th Legislative Yuan convened on 1 February 2020. 'four-year term' is an unanchored duration; "
    "2016 is background.",
    ["same-sentence-claims", "past-weekday", "number-like-date", "duration", "explicit-date"],
)

P(
    "tc-south-sudan-unity-deadline-2019",
    "2019-11-08 09:00",
    "Africa/Juba",
    "JUBA - South Sudan's President Salva Kiir and rebel leader Riek Machar now have until Feb. 22 to form a unity "
    "government, after agreeing at talks in Uganda on Thursday to push back a Nov. 12 deadline by 100 days, "
    "mediators said. The two men will meet again in 50 days to review progress on merging their armed forces and "
    "settling the number of states, the main sticking points. It is the second time the deadline set by last year's "
    "peace deal has been extended; the first delay, in May, gave the parties six more months. Machar, who lives in "
    "exile in Khartoum, has said he will not return to Juba until the security arrangements are in place. The civil "
    "war that began in December 2013 killed an estimated 400,000 people.",
    [
        C("now have until Feb. 22 to form a unity government", "until Feb. 22", md(2, 22), "deadline", None,
          real="2020-02-22"),
        C("The two men will meet again in 50 days to review progress", "in 50 days", in_days_anchored(50, "Thursday"),
          "event", None),
    ],
    "Entebbe summit of Thursday 7 November 2019 hosted by Yoweri Museveni; the unity government was formed on 22 "
    "February 2020, the last day of the extension. The superseded 12 November deadline is not a claim. The 50-day "
    "review is anchored to the Thursday summit, so both anchors are accepted (27 December from Thursday 7 November, 28 December "
    "from publication); no real date recorded. The mediators are unnamed (speaker null). The May 2019 delay and "
    "the 2013 war are past.",
    ["superseded-date", "year-inference", "duration", "past-weekday", "past-month", "said-on-day",
     "number-like-date", "explicit-date"],
)

# ===========================================================================
# No dated forward-looking claim

N(
    "tc-ps752-iran-admits-2020",
    "2020-01-11 18:00",
    "America/Toronto",
    "OTTAWA - Iran's armed forces admitted on Saturday that they had unintentionally shot down the Ukraine "
    "International Airlines jet that crashed just after take-off from Tehran on Wednesday, killing all 176 people on "
    "board, including 57 Canadians. Prime Minister Justin Trudeau said Canada expected Tehran's full cooperation and "
    "wanted answers for the families, while President Hassan Rouhani called the downing an unforgivable mistake. "
    "Will Iran hand over the flight recorders? Ukrainian President Volodymyr Zelenskiy demanded a full apology and "
    "compensation, and investigators from Canada's Transportation Safety Board are expected to travel to Iran in the "
    "coming days. The missile was fired hours after Iran struck two bases in Iraq housing US troops.",
    "Iran's admission of Saturday 11 January 2020 that it shot down flight PS752 on Wednesday 8 January. The TSB "
    "trip is undated ('in the coming days'); the question carries no date.",
    ["question", "undated-future", "past-weekday", "said-on-day", "number-like-date"],
)

N(
    "tc-ethiopia-eritrea-peace-2018",
    "2018-07-09 19:00",
    "Africa/Addis_Ababa",
    "ADDIS ABABA - Ethiopia and Eritrea declared an end to two decades of hostility on Monday, signing a joint "
    "declaration in Asmara that says the state of war between them is over. Ethiopian Prime Minister Abiy Ahmed, "
    "who flew to the Eritrean capital on Sunday for the first such visit in 20 years, agreed with President Isaias "
    "Afwerki to reopen embassies, restore flights and let Ethiopia use Eritrean ports, though neither gave a "
    "timetable. Phone lines between the two countries were restored during the visit, and families separated since the "
    "1998-2000 border war, which killed some 80,000 people, rang each other for the first time in years. Abiy "
    "said flights would resume soon.",
    "Abiy-Isaias joint declaration of Monday 9 July 2018 in Asmara; Abiy arrived on Sunday 8 July. Flights and "
    "embassies are undated ('soon', 'no timetable'); Ethiopian Airlines' first Asmara flight (18 July) is not "
    "mentioned.",
    ["undated-future", "past-weekday", "said-on-day", "number-like-date", "duration"],
)

N(
    "tc-thai-cave-options-2018",
    "2018-07-04 12:00",
    "Asia/Bangkok",
    "CHIANG RAI - Thai rescuers weighed on Wednesday how to bring out 12 boys and their football coach found alive on "
    "Monday night deep inside a flooded cave, nine days after they went missing. The boys may have to learn to dive, "
    "or they could wait inside for up to four months until the monsoon floods recede, the army said. Chiang Rai "
    "governor Narongsak Osottanakorn said no one would be rushed out before it was safe, and that pumps were lowering "
    "the water level by about a centimetre an hour. Navy divers and a doctor are staying with the group, who have "
    "been given food, medicine and foil blankets. How long can the pumps keep ahead of the rain?",
    "Tham Luang cave, Chiang Rai: boys found on Monday 2 July 2018, rescued 8-10 July. The four-month wait is a "
    "hypothetical, unanchored duration; the question and 'before it was safe' carry no date.",
    ["hypothetical", "question", "may-verb", "duration", "past-weekday", "said-on-day", "undated-future"],
)

N(
    "tc-trevor-reed-freed-2022",
    "2022-04-27 19:00",
    "America/New_York",
    "WASHINGTON - Former US Marine Trevor Reed was freed by Russia on Wednesday in a prisoner exchange for Konstantin "
    "Yaroshenko, a Russian pilot serving a 20-year US sentence for drug smuggling, the two men crossing paths on an "
    "airport tarmac in Turkey. Reed, 30, had been sentenced in July 2020 to nine years for assaulting a police officer "
    "in Moscow, a charge his family called absurd. President Joe Biden, who met Reed's parents at the White House on "
    "March 30, said the negotiations had required difficult decisions and that his administration would keep pushing "
    "for the release of Paul Whelan, another former Marine held in Russia since 2018. The swap came as relations "
    "between Washington and Moscow are at their lowest point since the Cold War.",
    "Reed-Yaroshenko swap of Wednesday 27 April 2022 in Ankara. All dates are past; the Whelan effort is undated.",
    ["past-month", "explicit-past-date", "said-on-day", "number-like-date", "undated-future"],
)

N(
    "tc-sentsov-prisoner-swap-2019",
    "2019-09-07 20:00",
    "Europe/Kyiv",
    "KYIV - Russia and Ukraine exchanged 35 prisoners each on Saturday, bringing home filmmaker Oleg Sentsov and 24 "
    "sailors seized by Russia in the Kerch Strait last November in the biggest swap since the war in the east began "
    "in 2014. President Volodymyr Zelenskiy met the freed Ukrainians on the tarmac at Kyiv's Boryspil airport and "
    "called the exchange a first step towards ending the war. Among those handed to Moscow was Volodymyr Tsemakh, a "
    "separatist commander wanted by Dutch prosecutors over the downing of flight MH17 in July 2014. Vladimir Putin "
    "had said on Thursday that the exchange would be significant. A summit of the Normandy Four leaders could follow, "
    "but no date has been set.",
    "35-for-35 exchange of Saturday 7 September 2019; Putin's remark of Thursday 5 September. The Normandy summit "
    "(finally 9 December 2019) is hypothetical and undated here.",
    ["hypothetical", "last-month", "past-weekday", "said-on-day", "number-like-date", "explicit-past-date"],
)

N(
    "tc-mosul-victory-2017",
    "2017-07-10 21:00",
    "Asia/Baghdad",
    "MOSUL - Iraqi Prime Minister Haider al-Abadi declared victory over Islamic State in Mosul on Monday, nearly nine "
    "months after government forces backed by a US-led coalition launched the offensive on Oct. 17. Abadi, dressed "
    "in a black military uniform, congratulated troops in the city where the group's leader Abu Bakr al-Baghdadi "
    "proclaimed a caliphate from the Grand al-Nuri Mosque in 2014, a landmark the militants blew up in June. Pockets "
    "of fighters were still holding out in the Old City on Monday evening. Officials said rebuilding the city would "
    "cost billions of dollars and take years, and commanders said they would next turn to Tal Afar, to the west.",
    "Abadi's victory declaration of Monday 10 July 2017; the offensive began on 17 October 2016 and the mosque was "
    "destroyed on 21 June 2017. Rebuilding and the Tal Afar offensive are undated ('take years', 'next').",
    ["explicit-past-date", "past-month", "duration", "undated-future", "said-on-day", "number-like-date"],
)

N(
    "tc-baghdadi-killed-2019",
    "2019-10-27 17:00",
    "America/New_York",
    "WASHINGTON - Islamic State leader Abu Bakr al-Baghdadi is dead, President Donald Trump announced on Sunday, "
    "saying he blew himself up with a suicide vest after being cornered in a tunnel by US special forces in Syria's "
    "Idlib province on Saturday night. Trump, speaking at the White House, said three of Baghdadi's children died "
    "with him and that no US personnel were killed. He thanked Russia, Turkey, Syria, Iraq and Syrian Kurdish "
    "fighters for their help, and said the raid had been weeks in the planning. Islamic State has not confirmed the "
    "death. Who will lead the group now? US officials said they were watching for any attempt at revenge attacks.",
    "Trump's announcement of Sunday 27 October 2019 of the Barisha raid on the night of Saturday 26 October. All "
    "dates are past; the question and the watch for revenge attacks are undated.",
    ["question", "past-weekday", "said-on-day", "duration", "undated-future"],
)

N(
    "tc-kim-jong-nam-killed-2017",
    "2017-02-15 20:00",
    "Asia/Kuala_Lumpur",
    "KUALA LUMPUR - Malaysian police arrested a woman carrying a Vietnamese passport on Wednesday over the death of "
    "Kim Jong Nam, the estranged half-brother of North Korean leader Kim Jong Un, who collapsed at Kuala Lumpur "
    "airport on Monday after being attacked as he waited for a flight to Macau. South Korea's spy agency told "
    "lawmakers in Seoul on Wednesday that two women had poisoned him and that Pyongyang had been trying to kill him "
    "for five years. A post-mortem was carried out on Wednesday despite objections from North Korean diplomats, and "
    "police said more arrests may follow. Kim, 45, had lived in exile for years and once spoke out against his "
    "family's dynastic rule.",
    "Kim Jong Nam attacked at klia2 on Monday 13 February 2017; Doan Thi Huong arrested on Wednesday 15 February. "
    "All dates are past; 'more arrests may follow' is an undated possibility.",
    ["may-verb", "past-weekday", "said-on-day", "duration", "undated-future", "hypothetical", "number-like-date"],
)

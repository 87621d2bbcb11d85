"""Tuning passages written blind: world affairs and diplomacy (summits, wars and ceasefires, sanctions, treaties, elections, UN and EU decisions, hostage and prisoner deals, disasters and aid) as wire copy with datelines, analysis, explainers and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    half,
    in_days,
    in_days_anchored,
    in_months,
    in_months_anchored,
    in_year,
    in_years,
    md,
    month_named_end,
    months_span,
    no_claim_adder,
    passage_adder,
    span_wd,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Summits, diplomacy and talks

P(
    "t1-osaka-g20-trump-xi-2019",
    "2019-06-27 08:00",
    "America/New_York",
    "WASHINGTON (Reuters) - President Donald Trump heads into the Group of 20 summit in Osaka with the trade war "
    "against China at the top of his agenda. Leaders of the world's biggest economies meet in the Japanese city on "
    "Friday and Saturday, and Trump will sit down with Chinese President Xi Jinping at 11:30 a.m. on Saturday, Osaka time, "
    "the White House said, their first meeting since a dinner in Buenos Aires on Dec. 1. Negotiations collapsed in "
    "May, when Washington accused Beijing of backtracking on commitments and raised tariffs on $200 billion of "
    "Chinese goods to 25%. Trump told Fox Business Network on Wednesday that he could put tariffs on most of the "
    "remaining Chinese imports if the talks went nowhere. He also meets Russian President Vladimir Putin on Friday, "
    "their first formal talks since Helsinki last July.",
    [
        C(
            "meet in the Japanese city on Friday and Saturday",
            "on Friday and Saturday",
            span_wd("Friday", "Saturday"),
            "event",
            None,
            real="2019-06-28",
        ),
        C(
            "Trump will sit down with Chinese President Xi Jinping at 11:30 a.m. on Saturday, Osaka time",
            "at 11:30 a.m. on Saturday, Osaka time",
            zoned(wd("Saturday"), "11:30", "Asia/Tokyo"),
            "event",
            "the White House",
            real="2019-06-28",
        ),
        C(
            "He also meets Russian President Vladimir Putin on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2019-06-28",
        ),
    ],
    "G20 Osaka summit 28-29 June 2019 (one two-day event, one claim); Trump-Xi meeting on Saturday 29 June 2019 "
    "late morning in Osaka (reported as 11:30 JST), which is Friday 28 June 22:30 in New York; Trump-Putin meeting "
    "Friday 28 June. Buenos Aires dinner 1 December 2018; tariff increase to 25% on 10 May 2019; Fox Business "
    "interview Wednesday 26 June (a conditional threat with no date, not a claim); Helsinki summit 16 July 2018.",
    [
        "time-converted",
        "date-crossing-conversion",
        "same-sentence-claims",
        "range",
        "past-month",
        "past-weekday",
        "hypothetical",
        "number-like-date",
        "explicit-past-date",
    ],
)

P(
    "t1-riyadh-us-russia-talks-explainer-2025",
    "2025-02-17 13:00",
    "Asia/Riyadh",
    "RIYADH - What happens next in Washington's push to end the war in Ukraine? According to the State Department, "
    "Secretary of State Marco Rubio, national security adviser Mike Waltz and envoy Steve Witkoff hold talks with "
    "Russian Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov in the Saudi capital on Tuesday, the first "
    "meeting of its kind since Russia's full-scale invasion in February 2022. No Ukrainian official will be at the "
    "table. President Volodymyr Zelensky, who was in the United Arab Emirates on Monday, said Kyiv would not recognise "
    "any agreement reached without it, and that he would travel to Saudi Arabia on Wednesday after a stop in Turkey. "
    "European leaders, alarmed at being sidelined, gather in Paris later on Monday for emergency talks called by "
    "Emmanuel Macron. Donald Trump, for his part, has said he could meet Vladimir Putin very soon.",
    [
        C(
            "hold talks with Russian Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov in the Saudi capital on "
            "Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            "the State Department",
            real="2025-02-18",
        ),
        C(
            "he would travel to Saudi Arabia on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Volodymyr Zelensky",
        ),
        C(
            "gather in Paris later on Monday for emergency talks",
            "later on Monday",
            wd("Monday"),
            "event",
            None,
            real="2025-02-17",
        ),
    ],
    "US-Russia talks in Riyadh on Tuesday 18 February 2025 (Rubio, Waltz, Witkoff; Lavrov, Ushakov). Zelensky was in "
    "the UAE on Monday 17 February, in Ankara on the 18th, and announced a Saudi visit for Wednesday 19 February, "
    "which he then postponed to March, so no real date is recorded. Macron's emergency meeting of European leaders "
    "in Paris on Monday 17 February (same day). 'very soon' is an undated future; 'could meet' a possibility.",
    [
        "same-day-future",
        "question",
        "undated-future",
        "past-month",
        "pronoun-speaker",
        "hypothetical",
    ],
)

N(
    "t1-biarritz-g7-rouhani-meeting-2019",
    "2019-08-26 19:00",
    "Europe/Paris",
    "BIARRITZ, France - President Donald Trump said on Monday he would be willing to meet Iran's President Hassan "
    "Rouhani 'if the circumstances were correct', a day after Iranian Foreign Minister Mohammad Javad Zarif flew into "
    "the G7 summit at the invitation of its host, Emmanuel Macron. Standing beside Trump at the closing news "
    "conference, Macron said he hoped such a meeting could take place in the coming weeks. In Tehran, Rouhani said "
    "that if he knew a meeting with someone would solve his country's problems, he would not hesitate. Could it "
    "happen at the UN General Assembly in New York in September? Neither side would say. Trump pulled the United "
    "States out of the 2015 nuclear deal in May 2018 and has since reimposed sweeping sanctions on Iranian oil.",
    "G7 Biarritz summit, 24-26 August 2019; Zarif's visit on Sunday 25 August; Trump-Macron news conference on Monday "
    "26 August. 'in the coming weeks' is undated; a Trump-Rouhani meeting is hypothetical; the UN General Assembly "
    "in September appears only inside a question, so it is not labelled. US exit from the JCPOA on 8 May 2018.",
    ["hypothetical", "question", "undated-future", "said-on-day", "past-month", "number-like-date"],
)

P(
    "t1-dutch-election-wilders-next-steps-2023",
    "2023-11-23 12:00",
    "Europe/Amsterdam",
    "THE HAGUE - Geert Wilders's anti-Islam Party for Freedom won 37 of the 150 seats in the lower house in "
    "Wednesday's election, more than doubling the 17 it took in 2021, and now has to find partners to govern. "
    "Leaders of the parties that won seats will meet the speaker of the lower house, Vera Bergkamp, on Friday to "
    "choose a scout to explore possible coalitions. The electoral council will declare the final result on Dec. 1, "
    "and the newly elected members will be sworn in on Dec. 6. Frans Timmermans, whose Labour-Green alliance came "
    "second with 25 seats, has ruled out governing with Wilders. Mark Rutte, who announced in July that "
    "he would leave politics after his fourth cabinet collapsed, stays on as caretaker until a new government is "
    "formed; after the 2021 vote, that took a record 299 days.",
    [
        C(
            "will meet the speaker of the lower house, Vera Bergkamp, on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2023-11-24",
        ),
        C(
            "The electoral council will declare the final result on Dec. 1",
            "on Dec. 1",
            md(12, 1),
            "event",
            None,
            real="2023-12-01",
        ),
        C(
            "the newly elected members will be sworn in on Dec. 6",
            "on Dec. 6",
            md(12, 6),
            "event",
            None,
            real="2023-12-06",
        ),
    ],
    "Dutch general election of Wednesday 22 November 2023 (PVV 37 seats, GL-PvdA 25); party leaders met Speaker Vera "
    "Bergkamp on Friday 24 November (scout Gom van der Wee appointed); Kiesraad declared the result on 1 December; "
    "new Tweede Kamer installed on 6 December 2023. Rutte announced his departure on 10 July 2023; 2021 formation "
    "took 299 days. 'until a new government is formed' is undated.",
    [
        "same-sentence-claims",
        "past-weekday",
        "past-month",
        "undated-future",
        "number-like-date",
        "explicit-date",
        "duration",
    ],
)

P(
    "t1-naruhito-parade-postponed-2019",
    "2019-10-18 18:00",
    "Asia/Tokyo",
    "TOKYO (Kyodo) - Japan will hold the motorcade parade celebrating Emperor Naruhito's enthronement on Nov. 10 "
    "rather than on Tuesday as planned, out of consideration for the victims of Typhoon Hagibis, Chief Cabinet "
    "Secretary Yoshihide Suga said on Friday. The ceremony in which the emperor proclaims his accession before some "
    "2,000 guests from about 180 countries will go ahead at the Imperial Palace on Tuesday, which the government has "
    "made a one-off public holiday. Hagibis, which struck eastern Japan on Oct. 12, killed dozens of people and left "
    "thousands in evacuation shelters, and Suga told reporters the government would keep doing everything it could "
    "for the disaster areas. Naruhito, 59, took the throne on May 1, a day after his father Akihito became the first "
    "Japanese monarch to abdicate in about two centuries.",
    [
        C(
            "will hold the motorcade parade celebrating Emperor Naruhito's enthronement on Nov. 10",
            "on Nov. 10",
            md(11, 10),
            "event",
            "Yoshihide Suga",
            real="2019-11-10",
        ),
        C(
            "will go ahead at the Imperial Palace on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2019-10-22",
        ),
    ],
    "Government decision announced by Suga on Friday 18 October 2019: the Shukuga-Onretsu-no-Gi parade moved from "
    "Tuesday 22 October to Sunday 10 November 2019; the Sokuirei-Seiden-no-Gi ceremony held on 22 October as planned. "
    "The first 'on Tuesday' is the superseded parade date and is not a claim. Hagibis landfall 12 October; abdication "
    "30 April, accession 1 May 2019.",
    [
        "superseded-date",
        "said-on-day",
        "explicit-past-date",
        "past-month",
        "may-verb",
        "number-like-date",
        "undated-future",
        "explicit-date",
    ],
)

P(
    "t1-china-20th-congress-date-2022",
    "2022-08-30 21:00",
    "Asia/Shanghai",
    "BEIJING - China's ruling Communist Party will open its 20th national congress in Beijing on Oct. 16, the "
    "25-member Politburo decided on Tuesday at a meeting chaired by Xi Jinping, state news agency Xinhua reported. The "
    "gathering of some 2,300 delegates, held once every five years, is widely expected to hand Xi a third term as "
    "party general secretary, breaking with the two-term practice followed by his predecessors since the 1990s. Xi, "
    "69, took over the party in 2012 and had presidential term limits scrapped from the constitution in 2018. The "
    "last congress, in October 2017, wrote his political philosophy into the party charter.",
    [
        C(
            "will open its 20th national congress in Beijing on Oct. 16",
            "on Oct. 16",
            md(10, 16),
            "event",
            "the Politburo",
            real="2022-10-16",
        ),
    ],
    "Politburo meeting of Tuesday 30 August 2022 set the opening of the 20th CPC National Congress for 16 October "
    "2022 (Xinhua). 'widely expected to hand Xi a third term' refers back to the labelled congress and is not labelled "
    "separately. Background: 2012, 2018 term-limit amendment, 19th congress October 2017.",
    ["said-on-day", "number-like-date", "past-month", "explicit-date", "year-period"],
)

# ===========================================================================
# Wars, ceasefires and security

P(
    "t1-goma-eac-summit-48-hours-2025",
    "2025-01-27 15:00",
    "Africa/Nairobi",
    "NAIROBI - Kenyan President William Ruto, who chairs the East African Community, said on Monday he would convene "
    "an extraordinary summit of the bloc's heads of state within the next 48 hours, after M23 rebels said they had "
    "captured Goma, the largest city in eastern Congo. The Rwandan-backed rebels had given Congolese soldiers in the "
    "city until 3 a.m. on Monday to lay down their weapons. Ruto said Congolese President Felix Tshisekedi and Rwandan "
    "President Paul Kagame had both agreed to take part. At an emergency meeting of the UN Security Council on Sunday, "
    "Congo's Foreign Minister Therese Kayikwamba Wagner called Rwanda's actions a declaration of war.",
    [
        C(
            "he would convene an extraordinary summit of the bloc's heads of state within the next 48 hours",
            "within the next 48 hours",
            in_days(2),
            "event",
            "William Ruto",
            real="2025-01-29",
        ),
    ],
    "Ruto's statement of Monday 27 January 2025; the virtual EAC extraordinary summit was held on Wednesday 29 "
    "January (Tshisekedi did not join). '48 hours' from the publication day = 29 January. The M23 ultimatum (until 3 "
    "a.m. Monday, 27 January) had already expired and is past; UN Security Council meeting on Sunday 26 January.",
    ["duration", "past-weekday", "said-on-day", "time-local"],
)

P(
    "t1-unsc-bab-al-hawa-expiry-2023",
    "2023-07-10 20:00",
    "Europe/Istanbul",
    "ISTANBUL - The UN authorisation that lets aid convoys cross from Turkey into rebel-held northwest Syria through "
    "the Bab al-Hawa crossing expires on Monday, with the Security Council still divided over how long to renew it. "
    "A vote that had been expected on Monday will now take place on Tuesday, diplomats said, as Brazil and "
    "Switzerland, which drafted the resolution, looked for a compromise with Russia. Secretary-General Antonio "
    "Guterres and aid groups have asked for a 12-month extension, while Moscow has tabled a rival text that would "
    "allow only six. More than 4 million people live in the area, and their needs grew after the earthquakes of Feb. "
    "6 destroyed thousands of buildings on both sides of the border.",
    [
        C(
            "the Bab al-Hawa crossing expires on Monday",
            "on Monday",
            wd("Monday"),
            "deadline",
            None,
            real="2023-07-10",
        ),
        C(
            "will now take place on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2023-07-11",
        ),
    ],
    "Resolution 2672 (9 January 2023, six months) expired on Monday 10 July 2023; the council voted on Tuesday 11 "
    "July (Russia vetoed the Brazil-Swiss text; its own six-month draft failed). The authorisation lapsing is a "
    "deadline (an agreement lapsing on a date). The Monday vote date is superseded; 'diplomats' are anonymous, so the "
    "vote has no speaker. 12-month and six-month extensions are durations of a proposal, not dates; earthquakes of "
    "6 February 2023 are past.",
    [
        "superseded-date",
        "by-weekday-same-day",
        "same-day-future",
        "duration",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "t1-gaza-pier-60-days-2024",
    "2024-03-08 17:00",
    "America/New_York",
    "WASHINGTON (AP) - Building the temporary pier that President Joe Biden has ordered off the coast of Gaza would "
    "take as long as 60 days and involve about 1,000 US troops, none of whom would go ashore, Pentagon spokesman Major "
    "General Pat Ryder said on Friday. Biden announced the plan in his State of the Union address on Thursday night, "
    "days after the first US airdrops of food over the enclave. In Larnaca, European Commission President Ursula von "
    "der Leyen said she hoped a sea corridor from Cyprus to Gaza would open this Sunday. Aid groups said neither "
    "airdrops nor ships could replace trucks, and the United Nations has warned that a quarter of Gaza's 2.3 million "
    "people are one step away from famine.",
    [
        C(
            "would take as long as 60 days",
            "as long as 60 days",
            in_days(60),
            "prediction",
            "Pat Ryder",
        ),
        C(
            "she hoped a sea corridor from Cyprus to Gaza would open this Sunday",
            "this Sunday",
            wd("Sunday"),
            "prediction",
            "Ursula von der Leyen",
        ),
    ],
    "Pentagon briefing of Friday 8 March 2024 (up to 60 days, about 1,000 troops); State of the Union on Thursday 7 "
    "March; first US airdrops on Saturday 2 March. The 60-day estimate is read like 'within 60 days' from the "
    "publication day (7 May); the pier first delivered aid on 17 May, so no real date is recorded. Von der Leyen in "
    "Larnaca on 8 March hoped the corridor would open on Sunday 10 March; the first ship (Open Arms) sailed on 12 "
    "March, so no real date. 'days after' and 'one step away' are not claims.",
    ["duration", "past-weekday", "pronoun-speaker", "said-on-day", "number-like-date"],
)

P(
    "t1-tunisia-saied-freeze-curfew-2021",
    "2021-07-26 14:00",
    "Africa/Tunis",
    "TUNIS - Soldiers blocked the speaker of Tunisia's parliament, Rached Ghannouchi, from entering the building on "
    "Monday, hours after President Kais Saied announced that he was freezing the assembly for 30 days and dismissing "
    "Prime Minister Hichem Mechichi. Ghannouchi, whose Islamist Ennahda party is the largest in parliament, called it "
    "a coup. Saied, citing Article 80 of the 2014 constitution, said he would govern with a new prime minister of his "
    "own choosing. In a decree published on Monday, he also imposed a nightly curfew from 7 p.m. to 6 a.m. that will "
    "remain in force until Aug. 27, and banned gatherings of more than three people in public places. The moves came on "
    "Sunday, the 64th anniversary of the republic, after protests over the government's handling of the pandemic.",
    [
        C(
            "he was freezing the assembly for 30 days",
            "for 30 days",
            in_days_anchored(30, "Sunday"),
            "deadline",
            "Kais Saied",
        ),
        C(
            "remain in force until Aug. 27",
            "until Aug. 27",
            md(8, 27),
            "deadline",
            "Kais Saied",
        ),
    ],
    "Saied's announcement of Sunday night 25 July 2021 (Article 80: parliament frozen for 30 days, Mechichi dismissed); "
    "curfew decree of Monday 26 July, 19:00-06:00 until 27 August 2021. Both are measures in force by order lapsing on "
    "a date (deadline, README). The 30 days are anchored to the reported Sunday and to publication: 24-25 August. On "
    "23 August Saied extended the freeze indefinitely, so no real date is recorded. 'a new prime minister' has no "
    "date. Republic proclaimed 25 July 1957.",
    [
        "duration",
        "past-weekday",
        "said-on-day",
        "number-like-date",
        "undated-future",
        "explicit-date",
    ],
)

P(
    "t1-kosovo-plates-fines-delay-2022",
    "2022-11-22 10:00",
    "Europe/Belgrade",
    "PRISTINA (Reuters) - Kosovo Prime Minister Albin Kurti agreed late on Monday to a US request to hold off for 48 "
    "hours on fining ethnic Serb drivers who still use Serbian-issued licence plates, fines of 150 euros that had been "
    "due to start on Tuesday. The concession came hours after EU foreign policy chief Josep Borrell said talks he had "
    "hosted in Brussels between Kurti and Serbian President Aleksandar Vucic had failed, and put most of the blame on "
    "Kurti. Under the government's phased plan, drivers have until April 21 to re-register their cars with Kosovo "
    "plates. Serbs in the north quit the police, the courts and local councils on Nov. 5 in protest, and Western "
    "diplomats fear the dispute could turn violent.",
    [
        C(
            "to hold off for 48 hours on fining ethnic Serb drivers",
            "for 48 hours",
            in_days(2),
            "promise",
            "Albin Kurti",
        ),
        C(
            "drivers have until April 21 to re-register their cars with Kosovo plates",
            "until April 21",
            md(4, 21),
            "deadline",
            "the Kosovo government",
        ),
    ],
    "Borrell's failed Brussels talks of Monday 21 November 2022; Kurti accepted the US request that night to delay by "
    "48 hours the EUR 150 fines due from Tuesday 22 November (Tuesday + 48 hours = Thursday 24 November); a deal on "
    "23 November made the fines moot, so no real date. Holding off is Kurti's commitment to his own government's "
    "course (promise). The re-registration cut-off of 21 April falls in 2023 (year-less date after a November "
    "article). The Tuesday start is superseded. Serb walk-out on 5 November.",
    [
        "superseded-date",
        "year-inference",
        "duration",
        "explicit-past-date",
        "number-like-date",
        "hypothetical",
        "explicit-date",
    ],
)

# ===========================================================================
# Sanctions, EU and UN decisions

P(
    "t1-venezuela-barbados-relief-conditions-2023",
    "2023-10-19 09:00",
    "America/Caracas",
    "CARACAS - Analysis: The deal Nicolas Maduro's government signed with the opposition in Barbados on Tuesday "
    "commits both sides to holding the presidential election in the second half of 2024, with international "
    "observers. Washington rewarded Caracas within a day: the Treasury on Wednesday issued a license allowing "
    "transactions with the oil and gas sector for six months, and lifted a ban on trading Venezuelan bonds. But "
    "Secretary of State Antony Blinken made clear the relief could be withdrawn. By the end of November, he said, "
    "Maduro's government must set out a timeline for reinstating all barred candidates and begin releasing wrongfully "
    "detained Americans and political prisoners, or the United States would reverse course. The opposition holds its "
    "own primary on Sunday, and polls suggest it will be won by Maria Corina Machado, who was banned from office for "
    "15 years in June.",
    [
        C(
            "commits both sides to holding the presidential election in the second half of 2024",
            "in the second half of 2024",
            half(2024, 2),
            "promise",
            "the Venezuelan government and the opposition",
            real="2024-07-28",
        ),
        C(
            "allowing transactions with the oil and gas sector for six months",
            "for six months",
            in_months_anchored(6, "Wednesday"),
            "deadline",
            "the US Treasury",
            real="2024-04-18",
        ),
        C(
            "By the end of November, he said, Maduro's government must set out a timeline",
            "By the end of November",
            month_named_end(11),
            "deadline",
            "Antony Blinken",
        ),
        C(
            "The opposition holds its own primary on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2023-10-22",
        ),
    ],
    "Barbados agreement of Tuesday 17 October 2023 (election in the second half of 2024; held 28 July 2024). OFAC "
    "General License 44 of Wednesday 18 October, valid six months to 18 April 2024 (anchored to Wednesday and to "
    "publication: 18-19 April). Blinken's statement of 18 October: steps by the end of November or the relief would "
    "be reversed (conditional threat; partly met, so no real date). Opposition primary on Sunday 22 October 2023, "
    "won by Machado. 'polls suggest it will be won' refers back to the primary. Machado's 15-year ban of 30 June "
    "2023 is past.",
    [
        "half",
        "conditional-threat",
        "end-of-month",
        "duration",
        "pronoun-speaker",
        "past-weekday",
        "past-month",
        "number-like-date",
        "hypothetical",
    ],
)

P(
    "t1-unga-russia-human-rights-council-vote-2022",
    "2022-04-07 08:00",
    "Europe/Zurich",
    "GENEVA - The UN General Assembly is set to decide whether to suspend Russia from the Geneva-based Human Rights "
    "Council over reports of gross and systematic violations by its troops in Ukraine. The 193-member assembly meets "
    "at 10 a.m. in New York on Thursday to vote on the US-drafted resolution, which needs a two-thirds majority of the "
    "countries voting yes or no; abstentions do not count. US Ambassador Linda Thomas-Greenfield announced the push on "
    "Monday in Bucharest, after images emerged of civilians killed in the town of Bucha. Only one country, Libya in "
    "2011, has ever been suspended from the 47-member council. Moscow has warned governments that a yes vote or an "
    "abstention would be seen as an unfriendly gesture.",
    [
        C(
            "meets at 10 a.m. in New York on Thursday to vote on the US-drafted resolution",
            "at 10 a.m. in New York on Thursday",
            zoned(wd("Thursday"), "10:00", "America/New_York"),
            "event",
            None,
            real="2022-04-07",
        ),
    ],
    "UNGA emergency special session vote of Thursday 7 April 2022 (93 for, 24 against, 58 abstentions), meeting at "
    "10:00 EDT = 16:00 in Geneva (New York local time, converted to the passage's zone). Thomas-Greenfield's announcement on Monday 4 April; Libya "
    "suspended in 2011.",
    [
        "time-converted",
        "same-day-future",
        "past-weekday",
        "number-like-date",
        "said-on-day",
    ],
)

P(
    "t1-poland-article-7-three-months-2017",
    "2017-12-20 17:00",
    "Europe/Brussels",
    "BRUSSELS - The European Commission on Wednesday triggered Article 7 of the EU treaty against Poland for the first "
    "time in the bloc's history, saying 13 laws adopted over two years had put the country's courts under the political "
    "control of the ruling Law and Justice party. First Vice-President Frans Timmermans said Warsaw had three months to "
    "act on the Commission's recommendations, and that if it did, the Commission was ready to reconsider. The "
    "procedure could ultimately strip Poland of its voting rights in the EU, but that step needs unanimity, and "
    "Hungary's Viktor Orban has said he would block it. Hours later, President Andrzej Duda signed two of the most "
    "contested laws, on the Supreme Court and the body that appoints judges. The Commission first raised its concerns "
    "with Warsaw in January 2016.",
    [
        C(
            "Warsaw had three months to act on the Commission's recommendations",
            "three months",
            in_months(3),
            "deadline",
            "Frans Timmermans",
        ),
    ],
    "Commission reasoned proposal under Article 7(1) TEU of Wednesday 20 December 2017, with a three-month window for "
    "Poland to implement its recommendations (20 March 2018); Poland replied with a white paper in March 2018 but the "
    "procedure continued, so no real date. Duda signed the Supreme Court and KRS laws on 20 December. The voting-rights "
    "sanction is a possibility ('could'); the rule-of-law dialogue opened in January 2016.",
    ["conditional-threat", "duration", "hypothetical", "number-like-date", "past-month", "said-on-day"],
)

P(
    "t1-russia-constitution-vote-july1-2020",
    "2020-06-02 11:00",
    "Europe/Moscow",
    "MOSCOW - President Vladimir Putin on Monday set July 1 as the date for a nationwide vote on constitutional "
    "amendments, reviving a plebiscite that had been scheduled for April 22 before the coronavirus epidemic forced its "
    "postponement. The changes would reset his presidential terms to zero, allowing him to run twice more and, in "
    "theory, stay in the Kremlin until 2036. Putin, who last week ordered that the Victory Day parade postponed "
    "from May 9 be held on Red Square on June 24, said the epidemic was receding in most regions. Central Election "
    "Commission chief Ella Pamfilova said voters would be able to cast ballots over several days to avoid crowds.",
    [
        C(
            "set July 1 as the date for a nationwide vote on constitutional amendments",
            "July 1",
            md(7, 1),
            "event",
            "Vladimir Putin",
            real="2020-07-01",
        ),
        C(
            "be held on Red Square on June 24",
            "on June 24",
            md(6, 24),
            "event",
            "Vladimir Putin",
            real="2020-06-24",
        ),
    ],
    "Putin's decision of Monday 1 June 2020 (meeting with Pamfilova) setting the all-Russian vote for 1 July 2020; "
    "the 22 April date was postponed on 25 March (superseded). Victory Day parade, called off on 9 May, rescheduled on "
    "26 May to 24 June 2020. Staying until 2036 is a possibility, not a claim; 'over several days' is undated.",
    [
        "superseded-date",
        "cancelled-date",
        "hypothetical",
        "may-verb",
        "pronoun-speaker",
        "undated-future",
        "explicit-date",
        "number-like-date",
    ],
)

N(
    "t1-eu-mercosur-deal-concluded-2024",
    "2024-12-06 18:00",
    "America/Montevideo",
    "MONTEVIDEO - The European Union and the South American Mercosur bloc concluded negotiations on Friday on a "
    "free-trade agreement covering more than 700 million people, a quarter of a century after talks began in 1999. "
    "European Commission President Ursula von der Leyen called it a win-win deal as she stood alongside the "
    "presidents of Brazil, Argentina, Paraguay and Uruguay. But the text still has to win over EU governments and the "
    "European Parliament, and French President Emmanuel Macron's office said on Friday that it remained "
    "unacceptable in its current form. A political agreement reached in 2019 stalled over concerns about Amazon "
    "deforestation. When ratification votes will be held is not yet clear, and Paris is trying to build a blocking "
    "minority among member states.",
    "EU-Mercosur conclusion in Montevideo on Friday 6 December 2024 (von der Leyen with Lula, Milei, Pena and Lacalle "
    "Pou); Elysee statement the same day. No date is given for ratification; 1999 and 2019 are background years; 'a "
    "quarter of a century' is a duration.",
    ["said-on-day", "undated-future", "number-like-date", "duration"],
)

# ===========================================================================
# Elections and transitions

P(
    "t1-zimbabwe-election-day-live-2018",
    "2018-07-30 10:00",
    "Africa/Harare",
    "HARARE, July 30 (Live) - 09:40: Long queues have formed outside polling stations since voting opened at 7 a.m. in "
    "Zimbabwe's first election since the military pushed Robert Mugabe from power in November. 09:55: Polling "
    "stations close at 7 p.m. on Monday, and under the electoral law the Zimbabwe Electoral Commission must announce "
    "the presidential result within five days. 10:00: President Emmerson Mnangagwa, 75, cast his ballot in Kwekwe and "
    "said he was confident of winning; his main challenger, Nelson Chamisa, 40, said victory was certain. If no "
    "candidate wins more than half of the vote, a runoff would be held on Sept. 8.",
    [
        C(
            "Polling stations close at 7 p.m. on Monday",
            "at 7 p.m. on Monday",
            wd("Monday", "19:00"),
            "event",
            None,
            real="2018-07-30",
        ),
        C(
            "must announce the presidential result within five days",
            "within five days",
            in_days(5),
            "deadline",
            None,
            real="2018-08-03",
            real_le=True,
        ),
    ],
    "Zimbabwe general election of Monday 30 July 2018; polls 07:00-19:00; ZEC announced Mnangagwa's win early on 3 "
    "August, within the statutory five days (pub + 5 = 4 August). The Sept. 8 runoff was conditional ('if no "
    "candidate wins') and is a hypothetical, not a claim (an editor would not list it as scheduled). 'opened at 7 "
    "a.m.' is past; Mugabe ousted November 2017.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "time-local",
        "duration",
        "hypothetical",
        "past-month",
        "number-like-date",
    ],
)

P(
    "t1-bangladesh-yunus-oath-thursday-2024",
    "2024-08-07 19:00",
    "Asia/Dhaka",
    "DHAKA - Nobel laureate Muhammad Yunus will be sworn in as head of Bangladesh's interim government at 8 p.m. on "
    "Thursday, army chief General Waker-uz-Zaman said on Wednesday, two days after Prime Minister Sheikh Hasina "
    "resigned and fled to India. Yunus, 84, who has been in Paris, is due to land in Dhaka on Thursday afternoon. "
    "President Mohammed Shahabuddin dissolved parliament on Tuesday, and the constitution requires a general election "
    "within 90 days of a dissolution, a timetable that the student leaders who led the uprising want set aside until "
    "reforms are in place. About 300 people were killed in weeks of protests that began over quotas for government "
    "jobs and ended Hasina's 15 years in power.",
    [
        C(
            "will be sworn in as head of Bangladesh's interim government at 8 p.m. on Thursday",
            "at 8 p.m. on Thursday",
            wd("Thursday", "20:00"),
            "event",
            "Waker-uz-Zaman",
            real="2024-08-08",
        ),
        C(
            "is due to land in Dhaka on Thursday afternoon",
            "on Thursday afternoon",
            wd("Thursday"),
            "event",
            None,
            real="2024-08-08",
        ),
        C(
            "the constitution requires a general election within 90 days of a dissolution",
            "within 90 days",
            in_days_anchored(90, "Tuesday"),
            "deadline",
            None,
        ),
    ],
    "Waker-uz-Zaman's announcement of Wednesday 7 August 2024; Yunus landed on the afternoon of Thursday 8 August and "
    "was sworn in that evening. Parliament dissolved on Tuesday 6 August; the 90-day constitutional window is anchored "
    "to the reported Tuesday and to publication (4-5 November 2024); no election was held, so no real date. Hasina "
    "resigned on Monday 5 August.",
    ["time-local", "duration", "past-weekday", "said-on-day", "number-like-date"],
)

N(
    "t1-chagos-sovereignty-deal-2024",
    "2024-10-03 18:00",
    "Europe/London",
    "LONDON - Britain agreed on Thursday to hand sovereignty over the Chagos Islands to Mauritius, ending more than "
    "half a century of dispute, while keeping the US-UK military base on Diego Garcia under an initial 99-year "
    "arrangement. Prime Minister Keir Starmer and his Mauritian counterpart Pravind Jugnauth said in a joint statement "
    "that they would finalise a treaty as quickly as possible. Britain split the archipelago from Mauritius in 1965, "
    "three years before Mauritian independence, and expelled as many as 2,000 islanders to make way for the base. In "
    "2019 the International Court of Justice advised that Britain should end its administration rapidly, and the UN "
    "General Assembly gave it six months to withdraw, a deadline London ignored. Chagossian groups said they had been "
    "left out of the talks.",
    "UK-Mauritius joint statement of Thursday 3 October 2024. 'as quickly as possible' is undated; 99 years is a "
    "duration with no stated date; the UNGA's six-month deadline (May 2019) is past. Background years 1965, 1968 and "
    "2019.",
    ["undated-future", "duration", "number-like-date", "said-on-day", "explicit-past-date"],
)

# ===========================================================================
# Hostages and prisoner deals

P(
    "t1-petronin-freed-villacoublay-2020",
    "2020-10-09 08:30",
    "Europe/Paris",
    "PARIS - Sophie Petronin, the last French hostage held anywhere in the world, is due to land at the Villacoublay "
    "military air base outside Paris on Friday afternoon, where President Emmanuel Macron will greet her, the Elysee "
    "said. The 75-year-old aid worker, who was seized in the northern Malian city of Gao on Dec. 24, 2016, was freed "
    "on Thursday together with Malian opposition leader Soumaila Cisse and two Italians, days after Mali's transitional "
    "authorities released about 200 prisoners, many of them suspected jihadists. Macron thanked the Malian "
    "authorities and said the fight against terrorism in the Sahel would continue.",
    [
        C(
            "is due to land at the Villacoublay military air base outside Paris on Friday afternoon",
            "on Friday afternoon",
            wd("Friday"),
            "event",
            "the Elysee",
            real="2020-10-09",
        ),
    ],
    "Petronin, kidnapped in Gao on 24 December 2016, was freed on Thursday 8 October 2020 and landed at Villacoublay "
    "on Friday 9 October, where Macron met her. 'on Friday' in a Friday article is that day. 'would continue' is "
    "undated.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "past-weekday",
        "explicit-past-date",
        "number-like-date",
        "undated-future",
    ],
)

N(
    "t1-haqqani-king-weeks-swap-2019",
    "2019-11-19 20:00",
    "Asia/Kabul",
    "KABUL - An American and an Australian teacher held hostage by the Taliban since 2016 were freed on Tuesday in "
    "exchange for three senior militants, among them Anas Haqqani, a week after President Ashraf Ghani announced the "
    "swap. Kevin King and Timothy Weeks, who taught at the American University of Afghanistan, were seized outside the "
    "campus in Kabul in August 2016. They were handed over to US forces in the southern province of Zabul, officials "
    "said, while the three Taliban commanders were flown to Qatar. The exchange had been expected last week but was "
    "delayed for reasons that were not made public. Ghani's office said it hoped the deal would open the way to direct "
    "talks with the Taliban, which the insurgents have long refused.",
    "King and Weeks freed on Tuesday 19 November 2019; Ghani announced the conditional release of Anas Haqqani and "
    "two others on Tuesday 12 November. 'had been expected last week' is past and superseded; direct talks are an "
    "undated hope.",
    ["past-weekday", "undated-future", "superseded-date", "past-month", "number-like-date"],
)

N(
    "t1-kankara-schoolboys-freed-2020",
    "2020-12-18 09:00",
    "Africa/Lagos",
    "KATSINA, Nigeria - More than 340 schoolboys abducted from a boarding school in northwest Nigeria a week ago "
    "were freed on Thursday, Katsina state Governor Aminu Bello Masari said. Gunmen on motorcycles stormed the "
    "Government Science Secondary School in Kankara late last Friday, and Boko Haram claimed the kidnapping on "
    "Tuesday, although officials blamed local bandits. Masari said no ransom had been paid. The boys would be "
    "reunited with their families after medical checks, he said, but it is not clear when schools across the state, "
    "closed after the raid, will reopen. The abduction revived memories of the 2014 kidnapping of 276 girls from "
    "Chibok, about 100 of whom are still missing.",
    "Kankara abduction of Friday 11 December 2020; Boko Haram claim on Tuesday 15 December; 344 boys freed on "
    "Thursday 17 December. Reunions 'after medical checks' and school reopening are undated; Chibok 2014 is "
    "background.",
    ["past-weekday", "undated-future", "said-on-day", "number-like-date", "duration"],
)

N(
    "t1-japan-korea-comfort-women-deal-2015",
    "2015-12-28 20:00",
    "Asia/Seoul",
    "SEOUL - Japan and South Korea reached an agreement on Monday to settle the dispute over Korean women forced to "
    "work in Japanese military brothels during World War Two, with Tokyo offering an apology and 1 billion yen for a "
    "foundation to support the survivors. Foreign Minister Fumio Kishida, speaking alongside his South Korean "
    "counterpart Yun Byung-se in Seoul, said Prime Minister Shinzo Abe expressed his most sincere apologies and "
    "remorse. Both governments called the deal final and irreversible, provided Japan carries out its part. Only 46 "
    "of the 238 women registered with Seoul are still alive. South Korea said it would try to address Japan's "
    "concerns about a statue of a girl that activists put up outside the Japanese embassy in 2011. Will the survivors, "
    "several of whom denounced the deal on Monday, accept it?",
    "Japan-South Korea agreement of Monday 28 December 2015 (1 billion yen; the foundation opened in July 2016, not "
    "mentioned). No dated future step: 'would try to address' is undated, 2011 is background, and the passage ends "
    "with a question.",
    ["question", "undated-future", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Disasters and aid

P(
    "t1-mayotte-chido-live-2024",
    "2024-12-17 12:00",
    "Europe/Paris",
    "LIVE - Cyclone Chido in Mayotte. 11:40: Emmanuel Macron will travel to Mayotte on Thursday, the Elysee said, "
    "five days after Cyclone Chido tore through the French Indian Ocean territory, France's poorest department. The "
    "president has also declared a day of national mourning for Monday, when flags will fly at half-mast on public "
    "buildings. 11:55: Interior Minister Bruno Retailleau, who toured the ruined capital Mamoudzou on Monday, said a "
    "curfew would be imposed from 10 p.m. to 4 a.m. local time starting on Tuesday to prevent looting. 12:00: The "
    "official toll stands at 22 dead and more than 1,300 injured, but the prefect said on Sunday that it could reach "
    "several hundred, perhaps thousands.",
    [
        C(
            "Emmanuel Macron will travel to Mayotte on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            "the Elysee",
            real="2024-12-19",
        ),
        C(
            "declared a day of national mourning for Monday",
            "for Monday",
            wd("Monday"),
            "event",
            "Emmanuel Macron",
            real="2024-12-23",
        ),
        C(
            "a curfew would be imposed from 10 p.m. to 4 a.m. local time starting on Tuesday",
            "from 10 p.m. to 4 a.m. local time starting on Tuesday",
            zoned(wd("Tuesday"), "22:00", "Indian/Mayotte"),
            "event",
            "Bruno Retailleau",
            real="2024-12-17",
        ),
    ],
    "Cyclone Chido hit Mayotte on Saturday 14 December 2024. Macron visited on Thursday 19 December; national mourning "
    "on Monday 23 December (an ordered measure: event, with Macron as speaker); curfew 22:00-04:00 Mayotte time (UTC+3) "
    "from Tuesday 17 December = 20:00 Paris the same day. Retailleau toured Mamoudzou on Monday 16 December (past); "
    "the prefect's Sunday estimate is a possibility ('could').",
    [
        "time-converted",
        "same-day-future",
        "past-weekday",
        "said-on-day",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "t1-valencia-dana-mourning-2024",
    "2024-10-30 21:00",
    "Europe/Madrid",
    "VALENCIA, Spain - Rescuers searched cars piled up in flooded streets and underpasses on Wednesday after torrential "
    "rain killed at least 95 people in the Valencia region, Spain's deadliest flooding in decades. Prime Minister Pedro "
    "Sanchez's government declared three days of official mourning from Thursday to Saturday. Sanchez, who will visit "
    "the regional emergency coordination centre on Thursday, told the country in a televised address that all of "
    "Spain was weeping with Valencia and that the emergency was not over. In some towns more rain fell in eight hours "
    "on Tuesday than in a normal year, and residents complained that the regional authorities' mobile phone alert "
    "arrived after 8 p.m. on Tuesday, when many streets were already under water.",
    [
        C(
            "declared three days of official mourning from Thursday to Saturday",
            "from Thursday to Saturday",
            span_wd("Thursday", "Saturday"),
            "event",
            "the Spanish government",
            real="2024-10-31",
        ),
        C(
            "who will visit the regional emergency coordination centre on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2024-10-31",
        ),
    ],
    "DANA floods of Tuesday 29 October 2024. The cabinet on Wednesday 30 October declared official mourning from "
    "Thursday 31 October to Saturday 2 November (one ordered measure over consecutive days: one claim spanning them, "
    "event with the government as speaker). Sanchez visited the CECOPI in L'Eliana on Thursday 31 October (not "
    "attributed in its clause: no speaker). The ES-Alert was sent at 20:11 on Tuesday (past); 'not over' is undated.",
    ["range", "past-weekday", "time-local", "number-like-date", "undated-future"],
)

N(
    "t1-herat-earthquake-aftershock-2023",
    "2023-10-11 17:00",
    "Asia/Kabul",
    "HERAT, Afghanistan - Another magnitude 6.3 earthquake struck western Afghanistan on Wednesday morning, four days "
    "after a quake of the same strength and a series of powerful aftershocks flattened villages in Herat province's "
    "Zinda Jan district on Saturday. The Taliban administration has put the death toll from Saturday's disaster at "
    "more than 2,000, making it one of the deadliest in the country in two decades. Survivors have been sleeping in "
    "the open as the nights grow colder, and aid groups warned that winter, only weeks away, would make rebuilding far "
    "harder. How long can families stay in tents? Nobody in Zinda Jan could say.",
    "Herat earthquakes of Saturday 7 October 2023 and Wednesday 11 October 2023 (same-day past). The toll was later "
    "revised down. 'only weeks away' is undated; the passage ends with a question; 6.3 and 2,000 are numbers, not "
    "dates.",
    ["past-weekday", "undated-future", "question", "number-like-date", "said-on-day"],
)

N(
    "t1-otis-acapulco-toll-2023",
    "2023-10-26 13:00",
    "America/Mexico_City",
    "ACAPULCO, Mexico - Hurricane Otis killed at least 27 people when it slammed into Acapulco early on Wednesday as "
    "a Category 5 storm, President Andres Manuel Lopez Obrador said on Thursday, as residents of the Pacific resort "
    "picked through shattered hotels and shops. Otis grew from a tropical storm into a Category 5 hurricane in about 12 "
    "hours on Tuesday, catching forecasters and the city's roughly 850,000 people by surprise. Lopez Obrador, who "
    "reached the city by road on Wednesday after his vehicle got stuck in the mud, promised to rebuild but did not say "
    "when electricity and water would be restored. The storm was far stronger than Hurricane Pauline, which killed more "
    "than 200 people in the region in 1997.",
    "Otis made landfall at about 00:25 on Wednesday 25 October 2023; Lopez Obrador gave the toll at his Thursday 26 "
    "October news conference. The rebuilding promise and restoration of services are undated; Pauline 1997 is "
    "background.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date", "duration"],
)

P(
    "t1-ipc-gaza-famine-imminent-2024",
    "2024-03-18 14:00",
    "Europe/Rome",
    "ROME - Famine is imminent in northern Gaza and is projected to occur at any time between mid-March and May, the "
    "Integrated Food Security Phase Classification, the UN-backed global hunger monitor, said on Monday. It found that "
    "1.1 million people, half the enclave's population, face catastrophic hunger. UN Secretary-General Antonio "
    "Guterres called it an entirely man-made disaster, and the EU's foreign policy chief, Josep Borrell, told "
    "ministers in Brussels that starvation was being used as a weapon of war. In its previous report, in December, "
    "the monitor had warned of a risk of famine by February if hostilities continued.",
    [
        C(
            "is projected to occur at any time between mid-March and May",
            "between mid-March and May",
            months_span(2024, 3, 2024, 5),
            "prediction",
            "the Integrated Food Security Phase Classification",
        ),
    ],
    "IPC special snapshot of Monday 18 March 2024 (famine projected between mid-March and May 2024 in the northern "
    "governorates). Alternatives of one unit: the whole span March-May 2024 is accepted. Guterres and Borrell spoke "
    "the same day. The December 2023 report's 'by February' warning was conditional and is past.",
    ["range", "month-period", "past-month", "hypothetical", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Pledges and treaties

P(
    "t1-g7-carbis-bay-vaccine-pledges-2021",
    "2021-06-11 07:00",
    "Europe/London",
    "CARBIS BAY, England (Reuters) - President Joe Biden said on Thursday that the United States would buy 500 million "
    "doses of the Pfizer-BioNTech vaccine and donate them to 92 poorer countries and the African Union, with 200 "
    "million to be shipped this year and 300 million in the first half of next year. 'We're going to help lead the "
    "world out of this pandemic,' he said on the eve of the Group of Seven summit in Cornwall. Prime Minister Boris "
    "Johnson, the host, pledged that Britain would give away 100 million surplus doses within the next year, five "
    "million of them by the end of September. Campaigners said the richest countries had bought up far more doses "
    "than they needed, and G7 leaders are expected to commit to sharing at least a billion.",
    [
        C(
            "with 200 million to be shipped this year",
            "this year",
            in_year(2021),
            "promise",
            "Joe Biden",
        ),
        C(
            "300 million in the first half of next year",
            "in the first half of next year",
            half(2022, 1),
            "promise",
            "Joe Biden",
        ),
        C(
            "Britain would give away 100 million surplus doses within the next year",
            "within the next year",
            in_years(1),
            "promise",
            "Boris Johnson",
        ),
        C(
            "five million of them by the end of September",
            "by the end of September",
            month_named_end(9),
            "promise",
            "Boris Johnson",
        ),
    ],
    "Biden's announcement in St Ives on Thursday 10 June 2021 (500 million Pfizer doses: 200 million in 2021, 300 "
    "million in the first half of 2022); Johnson's pledge released overnight before the summit opened on Friday 11 "
    "June (100 million within a year, 5 million by the end of September 2021). 'within the next year' = publication "
    "+ one year. 'expected to commit to ... a billion' has no date. Delivery dates not verified, so no real dates.",
    [
        "same-sentence-claims",
        "year-period",
        "half",
        "end-of-month",
        "duration",
        "said-on-day",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "t1-jubilee-bull-holy-door-2024",
    "2024-05-09 20:00",
    "Europe/Rome",
    "VATICAN CITY - Pope Francis formally proclaimed the 2025 Holy Year on Thursday, decreeing that it will open on "
    "Dec. 24, Christmas Eve, when he pushes open the Holy Door of St Peter's Basilica, and close on Jan. 6, 2026, the "
    "feast of the Epiphany. In the papal bull, read out in the basilica, the 87-year-old pontiff urged wealthy nations "
    "to forgive the debts of countries that can never repay them and asked governments to consider amnesties for "
    "prisoners, adding that he wished to open a Holy Door in a prison himself. The Vatican expects more than 30 "
    "million pilgrims to visit Rome in 2025, and the city is racing to finish building works in time. The last "
    "ordinary jubilee was held in 2000.",
    [
        C(
            "it will open on Dec. 24, Christmas Eve",
            "on Dec. 24, Christmas Eve",
            md(12, 24),
            "event",
            "Pope Francis",
            real="2024-12-24",
        ),
        C(
            "close on Jan. 6, 2026",
            "on Jan. 6, 2026",
            ymd(2026, 1, 6),
            "event",
            "Pope Francis",
        ),
        C(
            "expects more than 30 million pilgrims to visit Rome in 2025",
            "in 2025",
            in_year(2025),
            "prediction",
            "the Vatican",
        ),
    ],
    "Bull of indiction 'Spes non confundit', read in St Peter's on Thursday 9 May 2024 (Ascension): Holy Door opened "
    "on 24 December 2024; the jubilee's closing set for 6 January 2026 (no real date recorded here). The Vatican's "
    "pilgrim forecast for 2025 (about 30-35 million) is a prediction for the whole year. The prison Holy Door "
    "(opened at Rebibbia on 26 December) has no date in the text; 'in time' is undated; 2000 is background.",
    [
        "holiday",
        "same-sentence-claims",
        "year-inference",
        "year-period",
        "explicit-date",
        "number-like-date",
        "undated-future",
    ],
)

"""Tuning passages written blind: security, defence and elections outside the United States and Britain (ceasefires and truces, hostage and prisoner exchanges, sanctions packages, UN Security Council votes, national elections and runoffs, coups and transitions, peace talks) as wire copy, live blogs and explainers from many regions. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    in_days,
    in_months,
    md,
    midnight_on,
    no_claim_adder,
    passage_adder,
    this_end_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Ceasefires, truces and withdrawals

P(
    "ts-karabakh-kalbajar-delay-2020",
    "2020-11-16 10:00",
    "Asia/Baku",
    "BAKU - Azerbaijan has agreed to give Armenia 10 more days to pull out of the Kalbajar district, which Armenian "
    "forces had been due to hand over on Sunday under the Russian-brokered deal that ended six weeks of fighting over "
    "Nagorno-Karabakh. Kalbajar must now be returned by Nov. 25, Hikmet Hajiyev, an aide to President Ilham Aliyev, "
    "said on Sunday, citing the hardship of moving people and property along the only mountain road out of the "
    "district as winter sets in. Ethnic Armenian residents set fire to their houses over the weekend before leaving. "
    "Under the agreement signed shortly after midnight on Nov. 10, Armenia must also withdraw from the Aghdam district "
    "by Nov. 20 and from Lachin by Dec. 1, while some 2,000 Russian peacekeepers patrol the areas still held by "
    "Armenians. Prime Minister Nikol Pashinyan, facing protests in Yerevan that demand his resignation, has called the "
    "deal painful but unavoidable.",
    [
        C(
            "Kalbajar must now be returned by Nov. 25",
            "by Nov. 25",
            md(11, 25),
            "deadline",
            "Hikmet Hajiyev",
            real="2020-11-25",
        ),
        C(
            "Armenia must also withdraw from the Aghdam district by Nov. 20",
            "by Nov. 20",
            md(11, 20),
            "deadline",
            None,
            real="2020-11-20",
        ),
        C(
            "and from Lachin by Dec. 1",
            "by Dec. 1",
            md(12, 1),
            "deadline",
            None,
            real="2020-12-01",
        ),
    ],
    "Trilateral statement of 9-10 November 2020 (signed around 01:00 Moscow time on 10 November). On Sunday 15 "
    "November Azerbaijan granted Armenia's request to delay the Kalbajar handover from 15 to 25 November (superseded "
    "date: 'due to hand over on Sunday'); Azerbaijani forces entered Kalbajar on 25 November, Aghdam on 20 November "
    "and Lachin on 1 December 2020. The Aghdam and Lachin deadlines are set by the agreement and attributed to no "
    "speaker in their sentence (null). '10 more days' and 'six weeks' are durations restating the labelled date or "
    "the past.",
    [
        "superseded-date",
        "said-on-day",
        "past-weekday",
        "explicit-past-date",
        "same-sentence-claims",
        "explicit-date",
        "number-like-date",
        "duration",
    ],
)

P(
    "ts-yemen-two-month-truce-2022",
    "2022-04-01 21:00",
    "Asia/Aden",
    "AMMAN - Yemen's warring parties have agreed to a two-month nationwide truce that will take effect at 7 p.m. on "
    "Saturday, as the holy month of Ramadan begins, UN envoy Hans Grundberg said on Friday, the first countrywide halt "
    "to the fighting in six years. Under the deal, the Saudi-led coalition and the Houthi movement will stop all "
    "offensive military operations inside Yemen and across its borders, fuel ships will be allowed into the port of "
    "Hodeidah and some commercial flights will resume from Sanaa airport to destinations in the region. The truce is "
    "due to expire on June 2 unless both sides agree to renew it, Grundberg said. The coalition, which intervened in "
    "March 2015 after the Houthis drove the government out of the capital, had declared a unilateral pause in its "
    "operations on Tuesday, days after the Houthis set an Aramco fuel depot in Jeddah ablaze ahead of a Formula One "
    "race in the city.",
    [
        C(
            "will take effect at 7 p.m. on Saturday",
            "at 7 p.m. on Saturday",
            wd("Saturday", "19:00"),
            "event",
            "Hans Grundberg",
            real="2022-04-02",
        ),
        C(
            "The truce is due to expire on June 2 unless both sides agree to renew it",
            "on June 2",
            md(6, 2),
            "deadline",
            "Hans Grundberg",
        ),
    ],
    "UN announcement of Friday 1 April 2022: truce from 19:00 Yemen time on Saturday 2 April 2022 for two months. "
    "The expiry on 2 June is a statutory cut-off (deadline); the truce was renewed on that day, so no real date is "
    "recorded for it. 'two-month' and 'in six years' are durations; the coalition's unilateral pause was announced "
    "on Tuesday 29 March and the Jeddah depot attack was on 25 March 2022 (past).",
    [
        "time-local",
        "said-on-day",
        "past-weekday",
        "past-month",
        "duration",
        "undated-future",
        "explicit-date",
        "number-like-date",
    ],
)

P(
    "ts-lebanon-withdrawal-extended-2025",
    "2025-01-27 09:00",
    "Asia/Beirut",
    "BEIRUT - Israel now has until Feb. 18 to withdraw its troops from southern Lebanon, the White House said late on "
    "Sunday, after the 60-day deadline set in November's ceasefire with Hezbollah passed with Israeli forces still "
    "occupying a string of border villages. Lebanon's caretaker prime minister, Najib Mikati, confirmed the extension "
    "and said Beirut would also start talks on the return of Lebanese prisoners detained since Oct. 7, 2023. At least "
    "22 people were killed by Israeli fire on Sunday as thousands of residents tried to return to their homes in the "
    "south, the health ministry said. Israel has accused the Lebanese army of deploying too slowly to take over from "
    "its troops, while President Joseph Aoun, elected by parliament on Jan. 9, urged the truce's sponsors to hold "
    "Israel to its commitments.",
    [
        C(
            "Israel now has until Feb. 18 to withdraw its troops from southern Lebanon",
            "until Feb. 18",
            md(2, 18),
            "deadline",
            "the White House",
        ),
    ],
    "White House statement of Sunday 26 January 2025 extending the arrangement of the 27 November 2024 ceasefire to "
    "18 February 2025; Israel withdrew from most areas on 18 February but kept five hilltop positions, so no real "
    "date is recorded. The expired 60-day deadline (26 January) is past; the prisoner talks are undated; Aoun was "
    "elected on 9 January 2025.",
    [
        "superseded-date",
        "past-weekday",
        "explicit-past-date",
        "undated-future",
        "number-like-date",
        "duration",
        "explicit-date",
    ],
)

P(
    "ts-thailand-cambodia-ceasefire-2025",
    "2025-07-28 20:30",
    "Asia/Kuala_Lumpur",
    "PUTRAJAYA, Malaysia - Thailand and Cambodia have agreed to an immediate and unconditional ceasefire that will "
    "take effect at midnight on Monday, Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two "
    "countries' leaders, ending five days of the deadliest fighting along their border in more than a decade. Anwar, "
    "who chairs ASEAN this year, said regional military commanders from both sides would meet at 7 a.m. on Tuesday, "
    "and that Cambodia would host a meeting of the General Border Committee on Aug. 4. Cambodian Prime Minister Hun "
    "Manet and Thailand's acting premier, Phumtham Wechayachai, shook hands at the end of the talks, which were "
    "attended by the US and Chinese ambassadors. At least 35 people have been killed and more than 260,000 displaced "
    "since clashes erupted on Thursday near disputed ancient temples. US President Donald Trump had telephoned both "
    "leaders on Saturday, warning that he would not conclude trade deals with either country while they kept "
    "fighting.",
    [
        C(
            "will take effect at midnight on Monday",
            "at midnight on Monday",
            midnight_on("Monday"),
            "event",
            "Anwar Ibrahim",
            real="2025-07-29",
        ),
        C(
            "regional military commanders from both sides would meet at 7 a.m. on Tuesday",
            "at 7 a.m. on Tuesday",
            wd("Tuesday", "07:00"),
            "event",
            "Anwar Ibrahim",
            real="2025-07-29",
        ),
        C(
            "Cambodia would host a meeting of the General Border Committee on Aug. 4",
            "on Aug. 4",
            md(8, 4),
            "event",
            "Anwar Ibrahim",
            real="2025-08-04",
        ),
    ],
    "Putrajaya talks of Monday 28 July 2025: ceasefire from midnight (00:00 on 29 July, Monday night); commanders' "
    "meeting at 07:00 on Tuesday 29 July; the General Border Committee met from 4 August 2025 (moved to Kuala "
    "Lumpur). Midnight on Monday, said on a Monday evening, accepts Monday or Tuesday. Fighting began on Thursday 24 "
    "July; Trump's calls were on Saturday 26 July (past). The truce is an ordered measure announced by Anwar, who "
    "speaks for it in the sentence.",
    [
        "midnight",
        "same-day-future",
        "time-local",
        "same-sentence-claims",
        "past-weekday",
        "explicit-date",
        "number-like-date",
    ],
)

P(
    "ts-gaza-hostages-noon-monday-2025",
    "2025-10-10 15:30",
    "Asia/Jerusalem",
    "JERUSALEM - A ceasefire in Gaza took effect at noon on Friday, the Israeli military said, hours after the "
    "government approved the first phase of a US-brokered deal to end two years of war. Under the agreement, Hamas has "
    "until noon on Monday to free the 20 hostages believed to be still alive, in exchange for about 250 Palestinians "
    "serving life sentences and 1,700 people detained in Gaza since the war began, the military said. Israeli troops "
    "pulled back to agreed lines that leave Israel in control of about 53% of the enclave, and tens of thousands of "
    "displaced Palestinians were walking north along the coastal road on Friday afternoon. US President Donald Trump "
    "said he planned to leave for the Middle East on Sunday and would address the Knesset in Jerusalem on Monday, "
    "before attending a summit on Gaza in Egypt. The war began with the Hamas-led attack on southern Israel on Oct. "
    "7, 2023, in which about 1,200 people were killed.",
    [
        C(
            "Hamas has until noon on Monday to free the 20 hostages believed to be still alive",
            "until noon on Monday",
            wd("Monday", "12:00"),
            "deadline",
            "the Israeli military",
            real="2025-10-13",
        ),
        C(
            "said he planned to leave for the Middle East on Sunday",
            "on Sunday",
            wd("Sunday"),
            "promise",
            "Donald Trump",
            real="2025-10-12",
        ),
        C(
            "would address the Knesset in Jerusalem on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "Donald Trump",
            real="2025-10-13",
        ),
    ],
    "Gaza ceasefire in force from 12:00 on Friday 10 October 2025 (past by publication); the 72-hour window for the "
    "release of living hostages ended at noon on Monday 13 October, and all 20 were freed that morning. Trump left "
    "Washington on Sunday 12 October and addressed the Knesset on Monday 13 October before the Sharm el-Sheikh "
    "summit. 'two years of war' is a duration; Oct. 7, 2023 is background.",
    [
        "time-local",
        "same-sentence-claims",
        "explicit-past-date",
        "duration",
        "number-like-date",
        "undated-future",
    ],
)

# ===========================================================================
# Ultimatums and coups

P(
    "ts-gambia-jammeh-noon-deadline-2017",
    "2017-01-20 07:30",
    "Africa/Banjul",
    "DAKAR/BANJUL - West African troops who crossed into Gambia on Thursday have halted their advance to give Yahya "
    "Jammeh one last chance to give up power, with the regional bloc ECOWAS setting him a deadline of noon on Friday "
    "to leave the country. 'If by midday he does not agree to leave Gambia, with or without an agreement, we will "
    "really intervene militarily,' Marcel Alain de Souza, president of the ECOWAS Commission, told reporters late on "
    "Thursday. Guinea's President Alpha Condé and Mauritania's Mohamed Ould Abdel Aziz fly to Banjul on Friday "
    "morning for a final attempt at mediation. Jammeh, who seized power in a 1994 coup, lost the Dec. 1 "
    "election to Adama Barrow and refused to step aside after reversing his initial concession days later. Barrow was "
    "sworn in as president on Thursday at the Gambian embassy in Dakar, and the UN Security Council unanimously backed "
    "the regional effort hours later.",
    [
        C(
            "setting him a deadline of noon on Friday to leave the country",
            "noon on Friday",
            wd("Friday", "12:00"),
            "deadline",
            "ECOWAS",
        ),
        C(
            "fly to Banjul on Friday morning",
            "on Friday morning",
            wd("Friday"),
            "event",
            None,
            real="2017-01-20",
        ),
    ],
    "ECOWAS ultimatum to Yahya Jammeh, noon (GMT) on Friday 20 January 2017, after Senegalese-led troops entered "
    "Gambia on Thursday 19 January; the deadline was later pushed to 16:00 and Jammeh agreed to go that night, so "
    "no real date is recorded. De Souza's 'by midday' repeats the labelled deadline (a conditional threat, labelled "
    "once at its first mention). Condé and Ould Abdel Aziz flew to Banjul on 20 January. Barrow was sworn in in "
    "Dakar on 19 January; resolution 2337 passed the same day.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "conditional-threat",
        "repeated-claim",
        "time-local",
        "past-weekday",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "ts-venezuela-eight-day-ultimatum-2019",
    "2019-01-26 14:00",
    "Europe/Madrid",
    "MADRID - Spain will recognise opposition leader Juan Guaidó as Venezuela's interim president unless Nicolás "
    "Maduro calls a free and fair presidential election within eight days, Prime Minister Pedro Sánchez said on "
    "Saturday, in an ultimatum issued within the hour in near-identical terms by France, Germany and Britain. "
    "Speaking at the Moncloa palace, he said he would also push for a common position among the European Union's 28 "
    "members when their foreign ministers meet informally in Bucharest on Thursday next week. Guaidó, the 35-year-old head of the opposition-controlled National Assembly, declared himself interim "
    "president on Wednesday and was recognised within hours by the United States, Canada and most of Latin America. "
    "The UN Security Council holds an open meeting on the crisis in New York later on Saturday at Washington's "
    "request. Maduro, sworn in for a second term on Jan. 10 after a 2018 vote boycotted by most of the opposition, "
    "retains the backing of the armed forces, Russia and China.",
    [
        C(
            "unless Nicolás Maduro calls a free and fair presidential election within eight days",
            "within eight days",
            in_days(8),
            "deadline",
            "Pedro Sánchez",
            real="2019-02-03",
        ),
        C(
            "when their foreign ministers meet informally in Bucharest on Thursday next week",
            "on Thursday next week",
            wd_next_week("Thursday"),
            "event",
            "Pedro Sánchez",
            real="2019-01-31",
        ),
        C(
            "The UN Security Council holds an open meeting on the crisis in New York later on Saturday",
            "later on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2019-01-26",
        ),
    ],
    "Sánchez's statement of Saturday 26 January 2019: eight days from publication = Sunday 3 February, when the "
    "ultimatum expired (Spain recognised Guaidó on 4 February). The informal (Gymnich) meeting of EU foreign ministers in Bucharest opened on Thursday 31 January 2019, the Thursday of the Monday-Sunday week after publication; it is attributed to Sánchez by 'he said' (pronoun speaker). The Security Council met on 26 January 2019 at the "
    "US request. Guaidó's declaration was on Wednesday 23 January; Maduro's inauguration on 10 January 2019.",
    [
        "conditional-threat",
        "duration",
        "same-day-future",
        "said-on-day",
        "past-weekday",
        "explicit-past-date",
        "pronoun-speaker",
        "next-week-weekday",
        "number-like-date",
    ],
)

P(
    "ts-gabon-oligui-sworn-in-2023",
    "2023-08-31 13:00",
    "Africa/Libreville",
    "LIBREVILLE - General Brice Oligui Nguema, the commander of Gabon's republican guard who led Wednesday's coup, will "
    "be sworn in as transitional president before the Constitutional Court on Monday, the Committee for the "
    "Transition and Restoration of Institutions said in a statement read on state television. Soldiers seized power "
    "early on Wednesday, minutes after the electoral authority declared Ali Bongo Ondimba the winner of Saturday's "
    "disputed election with 64% of the vote, ending his family's 56-year hold on the oil-producing country. Bongo, "
    "under house arrest since the takeover, appeared in a video appealing to friends around the world to 'make "
    "noise' on his behalf. The African Union's Peace and Security Council meets on Thursday to discuss the crisis, "
    "the eighth coup in West and Central Africa since 2020. France, which keeps about 400 troops in Gabon, "
    "condemned the takeover.",
    [
        C(
            "will be sworn in as transitional president before the Constitutional Court on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "the Committee for the Transition and Restoration of Institutions",
            real="2023-09-04",
        ),
        C(
            "The African Union's Peace and Security Council meets on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2023-08-31",
        ),
    ],
    "Gabon coup of Wednesday 30 August 2023 after the Saturday 26 August election; Oligui Nguema was sworn in on "
    "Monday 4 September 2023; the AU Peace and Security Council met and suspended Gabon on Thursday 31 August "
    "(same-day future in a Thursday article). 'Wednesday's coup' and 'Saturday's disputed election' are past.",
    [
        "by-weekday-same-day",
        "same-day-future",
        "past-weekday",
        "number-like-date",
    ],
)

P(
    "ts-abhinandan-release-2019",
    "2019-02-28 18:30",
    "Asia/Karachi",
    "ISLAMABAD - Pakistan will release the Indian Air Force pilot it captured on Wednesday as a gesture of peace, "
    "Prime Minister Imran Khan told a joint session of parliament on Thursday, offering a way out of the worst crisis "
    "between the nuclear-armed neighbours in decades. Wing Commander Abhinandan Varthaman will be handed over on "
    "Friday, Khan said, without giving details; Indian officials expect him to cross at the Wagah border post near "
    "Lahore. His MiG-21 was shot down in an aerial clash a day after Indian jets struck what New Delhi called a "
    "militant training camp near Balakot on Tuesday, the first such raid across the frontier since the 1971 war. "
    "India says the strike answered the Feb. 14 suicide bombing in Pulwama, Kashmir, which killed 40 paramilitary "
    "police and was claimed by the Pakistan-based group Jaish-e-Mohammad. Khan said he had tried to call Prime "
    "Minister Narendra Modi on Wednesday to offer talks.",
    [
        C(
            "Wing Commander Abhinandan Varthaman will be handed over on Friday",
            "on Friday",
            wd("Friday"),
            "promise",
            "Imran Khan",
            real="2019-03-01",
        ),
    ],
    "Imran Khan's announcement of Thursday 28 February 2019 (he said 'tomorrow'); the pilot crossed at Wagah on the "
    "evening of Friday 1 March 2019. 'captured on Wednesday' (27 February) sits in the release sentence but is past; "
    "the Balakot strike was on Tuesday 26 February, the Pulwama attack on 14 February.",
    [
        "past-weekday",
        "said-on-day",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "ts-iran-saudi-beijing-deal-2023",
    "2023-03-10 20:00",
    "Asia/Riyadh",
    "RIYADH - Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within "
    "two months, in a deal brokered by China that could reshape alliances in a region where the two rivals have "
    "backed opposing sides in wars from Yemen to Syria. A joint statement issued in Beijing after four days of "
    "previously undisclosed talks said the two foreign ministers would meet to arrange the return of ambassadors, "
    "and that a security cooperation agreement signed in 2001 would be revived. Riyadh cut ties with Tehran in "
    "January 2016 after protesters stormed its embassy there following the execution of a prominent Shi'ite cleric. "
    "Ali Shamkhani, secretary of Iran's Supreme National Security Council, signed for Tehran and national security "
    "adviser Musaed Al-Aiban for the kingdom. Washington said it welcomed any effort that helped end the war in "
    "Yemen.",
    [
        C(
            "reopen their embassies within two months",
            "within two months",
            in_months(2),
            "promise",
            "Saudi Arabia and Iran",
        ),
    ],
    "Saudi-Iranian-Chinese joint statement of Friday 10 March 2023 ('within a period not exceeding two months'); "
    "two calendar months from publication = 10 May 2023. Iran reopened its embassy in Riyadh on 6 June and Saudi "
    "Arabia its embassy in Tehran in August 2023, so no real date is recorded. The commitment is made jointly by "
    "both governments about their own action (promise, two speakers named together). The ministers' meeting is "
    "undated; 2001 and January 2016 are background.",
    [
        "duration",
        "said-on-day",
        "past-month",
        "undated-future",
        "hypothetical",
        "number-like-date",
    ],
)

# ===========================================================================
# Peace talks, UN and regional bodies

P(
    "ts-tigray-pretoria-talks-2022",
    "2022-10-25 17:00",
    "Africa/Johannesburg",
    "PRETORIA - Peace talks between Ethiopia's federal government and Tigrayan forces opened in South Africa on "
    "Tuesday, the first formal negotiations in a war that has killed tens of thousands since it erupted in November "
    "2020. The African Union-led talks are expected to run until Sunday, said Vincent Magwenya, a spokesman for "
    "President Cyril Ramaphosa, who declined to give details of the venue or the agenda. The mediators are former "
    "Nigerian president Olusegun Obasanjo, former Kenyan president Uhuru Kenyatta and South Africa's former deputy "
    "president Phumzile Mlambo-Ngcuka. The talks had first been due to start on Oct. 8 but were put off for "
    "logistical reasons, and fighting resumed in late August when a five-month truce collapsed. Ethiopian and "
    "Eritrean troops took the Tigrayan town of Shire last week, raising fears for civilians.",
    [
        C(
            "The African Union-led talks are expected to run until Sunday",
            "until Sunday",
            wd("Sunday"),
            "prediction",
            "Vincent Magwenya",
        ),
    ],
    "AU-led Pretoria talks opened Tuesday 25 October 2022; Ramaphosa's spokesman said they would run to Sunday 30 "
    "October. They ran over and ended with the cessation-of-hostilities agreement of 2 November 2022, so no real date "
    "is recorded. The cancelled 8 October start, the August collapse of the truce and the capture of Shire (17-18 "
    "October) are past.",
    [
        "cancelled-date",
        "past-weekday",
        "explicit-past-date",
        "past-month",
        "duration",
        "number-like-date",
    ],
)

P(
    "ts-minusma-termination-vote-2023",
    "2023-06-30 21:00",
    "Africa/Bamako",
    "BAMAKO - The UN Security Council voted unanimously on Friday to end its peacekeeping mission in Mali, bowing to "
    "the demand of the country's military rulers that the 13,000-strong force leave after a decade. Under the "
    "French-drafted resolution, the mission known as MINUSMA will cease operations and begin handing over its tasks "
    "on July 1, and must complete the withdrawal of its troops and civilian staff by Dec. 31. Mali's foreign "
    "minister, Abdoulaye Diop, told the council on June 16 that the mission had become part of the problem and "
    "demanded that it leave without delay. More than 300 peacekeepers have been killed since it was deployed in 2013, "
    "making it the deadliest current UN mission. The junta, which took power in coups in 2020 and 2021, has turned "
    "to Russia's Wagner group to fight jihadist insurgents.",
    [
        C(
            "will cease operations and begin handing over its tasks on July 1",
            "on July 1",
            md(7, 1),
            "event",
            "the UN Security Council",
            real="2023-07-01",
        ),
        C(
            "must complete the withdrawal of its troops and civilian staff by Dec. 31",
            "by Dec. 31",
            md(12, 31),
            "deadline",
            "the UN Security Council",
            real="2023-12-31",
        ),
    ],
    "Resolution 2690 of Friday 30 June 2023: MINUSMA to cease operations from 1 July and complete its withdrawal "
    "by 31 December 2023 (the mission formally ended that day). Both measures are ordered by the council, the body "
    "that voted in the passage. Diop's speech of 16 June 2023 and the 2013 deployment are past.",
    [
        "same-sentence-claims",
        "said-on-day",
        "explicit-past-date",
        "number-like-date",
        "explicit-date",
        "year-end",
    ],
)

P(
    "ts-gsomia-expiry-eve-2019",
    "2019-11-21 17:00",
    "Asia/Seoul",
    "SEOUL - South Korea's military intelligence-sharing pact with Japan will expire at midnight on Friday unless "
    "Tokyo backs down in a bitter trade dispute, a presidential official said on Thursday, despite intense pressure "
    "from Washington to keep the three-year-old agreement alive. The National Security Council will meet on Friday "
    "afternoon to make a final decision, the official added. Seoul announced in August that it would let the General "
    "Security of Military Information Agreement lapse after Japan tightened exports to South Korea of chemicals used "
    "to make chips and displays and then struck it off a list of trusted trading partners. US Defense Secretary Mark "
    "Esper urged President Moon Jae-in to reconsider during a visit to Seoul last Friday. Moon said on Tuesday that "
    "Seoul could review its decision if Japan lifted its export curbs.",
    [
        C(
            "will expire at midnight on Friday unless Tokyo backs down in a bitter trade dispute",
            "at midnight on Friday",
            midnight_on("Friday"),
            "deadline",
            None,
        ),
        C(
            "The National Security Council will meet on Friday afternoon",
            "on Friday afternoon",
            wd("Friday"),
            "event",
            None,
            real="2019-11-22",
        ),
    ],
    "GSOMIA was due to lapse at 00:00 on 23 November 2019 (midnight on Friday 22 November); Seoul suspended the "
    "termination on the Friday evening, so the expiry has no real date. The National Security Council met on Friday "
    "22 November. Both claims come from an unnamed presidential official, so the speaker is null. Esper's visit was "
    "on Friday 15 November; Moon's remark on Tuesday 19 November is a hypothetical.",
    [
        "midnight",
        "conditional-threat",
        "past-weekday",
        "said-on-day",
        "hypothetical",
        "past-month",
        "number-like-date",
    ],
)

P(
    "ts-nato-vilnius-live-2023",
    "2023-07-11 19:10",
    "Europe/Vilnius",
    "NATO summit in Vilnius: live. 19:05 Communiqué agreed. Allied leaders have signed off on the summit communiqué, "
    "which says Ukraine will be invited to join 'when allies agree and conditions are met', wording that Kyiv had "
    "lobbied hard to change. 17:40 Zelensky to meet allies. Volodymyr Zelensky, who landed in Vilnius this afternoon "
    "after calling the lack of a timeline for membership absurd, will sit down with all 31 allied leaders at the first "
    "meeting of the new NATO-Ukraine Council on Wednesday. 15:10 G7 pledge. The Group of Seven will unveil a joint "
    "declaration on long-term security commitments for Ukraine on Wednesday, a senior G7 official told reporters. "
    "12:30 Sweden's path. Turkish officials said parliament could ratify "
    "Sweden's membership when it returns from its summer recess in October, a day after President Tayyip Erdogan "
    "dropped his objections following talks with Swedish Prime Minister Ulf Kristersson and Secretary General Jens "
    "Stoltenberg.",
    [
        C(
            "will sit down with all 31 allied leaders at the first meeting of the new NATO-Ukraine Council on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2023-07-12",
        ),
        C(
            "The Group of Seven will unveil a joint declaration on long-term security commitments for Ukraine on "
            "Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2023-07-12",
        ),
    ],
    "Vilnius summit, Tuesday 11 July 2023: the inaugural NATO-Ukraine Council with Zelensky and the G7 Joint "
    "Declaration of Support for Ukraine both came on Wednesday 12 July. The G7 event is sourced to an anonymous "
    "official (speaker null). Erdogan's agreement came on Monday 10 July; the October ratification is only a "
    "possibility ('could'; Turkey ratified in January 2024), and 'when allies agree and conditions are met' is "
    "undated. Live-blog timestamps are times of posting, not claims; 'this afternoon' is past.",
    [
        "hypothetical",
        "undated-future",
        "past-month",
        "number-like-date",
    ],
)

# ===========================================================================
# Sanctions

P(
    "ts-eu-sixth-package-adopted-2022",
    "2022-06-03 16:00",
    "Europe/Brussels",
    "BRUSSELS - The European Union formally adopted its sixth package of sanctions against Russia on Friday, "
    "including a ban on Russian oil shipped by sea that will apply to crude from Dec. 5 and to refined products such "
    "as diesel from Feb. 5, after a month of wrangling with Hungary. Prime Minister Viktor Orbán won an exemption for "
    "oil delivered by pipeline, about a third of the bloc's Russian imports, and on Thursday forced the removal of "
    "Patriarch Kirill, head of the Russian Orthodox Church, from the list of sanctioned individuals. Three more "
    "Russian banks, among them the country's largest lender, Sberbank, will be cut off from the SWIFT messaging "
    "system from June 14. Commission President Ursula von der Leyen has said the embargo will cut around 90% of the "
    "EU's oil imports from Russia by the end of the year. The first sanctions over the war were adopted on Feb. 23, "
    "the day before the invasion.",
    [
        C(
            "will apply to crude from Dec. 5",
            "from Dec. 5",
            md(12, 5),
            "event",
            None,
            real="2022-12-05",
        ),
        C(
            "to refined products such as diesel from Feb. 5",
            "from Feb. 5",
            md(2, 5),
            "event",
            None,
            real="2023-02-05",
        ),
        C(
            "will be cut off from the SWIFT messaging system from June 14",
            "from June 14",
            md(6, 14),
            "event",
            None,
            real="2022-06-14",
        ),
        C(
            "the embargo will cut around 90% of the EU's oil imports from Russia by the end of the year",
            "by the end of the year",
            this_year_end(),
            "prediction",
            "Ursula von der Leyen",
        ),
    ],
    "Sixth sanctions package adopted Friday 3 June 2022: seaborne crude banned from 5 December 2022, petroleum "
    "products from 5 February 2023 (a year-less February date in a June article falls next year); Sberbank, Credit "
    "Bank of Moscow and Rosselkhozbank removed from SWIFT from 14 June 2022. Von der Leyen's forecast of 31 May 2022 "
    "(end of 2022; no real date). Kirill was dropped on Thursday 2 June; the first package on 23 February 2022.",
    [
        "year-inference",
        "same-sentence-claims",
        "year-end",
        "past-weekday",
        "explicit-past-date",
        "number-like-date",
        "explicit-date",
        "month-period",
    ],
)

# ===========================================================================
# Elections

P(
    "ts-nigeria-vote-postponed-2019",
    "2019-02-16 09:00",
    "Africa/Lagos",
    "ABUJA - Nigeria's presidential and parliamentary elections, which were due to open at 8 a.m. on Saturday, have "
    "been pushed back by a week to Feb. 23, the Independent National Electoral Commission announced less than six "
    "hours before polling stations were to open, citing problems in delivering ballot papers and result sheets. "
    "Governorship and state assembly votes will move from March 2 to March 9, commission chairman Mahmood Yakubu told "
    "reporters at around 3 a.m. in Abuja. He called it a difficult but necessary decision and said the commission "
    "would brief political parties and observers at 2 p.m. on Saturday. President Muhammadu Buhari, seeking a second "
    "term against former vice president Atiku Abubakar, said he was deeply disappointed and urged Nigerians to stay "
    "calm. About 84 million people are registered to vote in Africa's most populous country.",
    [
        C(
            "have been pushed back by a week to Feb. 23",
            "to Feb. 23",
            md(2, 23),
            "event",
            "the Independent National Electoral Commission",
            real="2019-02-23",
        ),
        C(
            "Governorship and state assembly votes will move from March 2 to March 9",
            "to March 9",
            md(3, 9),
            "event",
            "Mahmood Yakubu",
            real="2019-03-09",
        ),
        C(
            "would brief political parties and observers at 2 p.m. on Saturday",
            "at 2 p.m. on Saturday",
            wd("Saturday", "14:00"),
            "event",
            "Mahmood Yakubu",
            real="2019-02-16",
        ),
    ],
    "INEC postponement announced around 02:45-03:00 on Saturday 16 February 2019: presidential and National Assembly "
    "elections to Saturday 23 February, governorship and state assembly from 2 to 9 March 2019 (both held then); a "
    "stakeholders' meeting the same Saturday afternoon. The 8 a.m. Saturday opening and March 2 are cancelled or "
    "superseded dates; 'by a week' restates the labelled date. 'He' is Yakubu (pronoun speaker).",
    [
        "cancelled-date",
        "superseded-date",
        "by-weekday-same-day",
        "same-day-future",
        "time-local",
        "pronoun-speaker",
        "explicit-date",
        "number-like-date",
    ],
)

P(
    "ts-bolivia-vote-delayed-2020",
    "2020-07-23 19:00",
    "America/La_Paz",
    "LA PAZ - Bolivia's Supreme Electoral Tribunal on Thursday pushed back the country's presidential election by six "
    "weeks to Oct. 18, citing expert advice that coronavirus infections would peak in late August and early "
    "September. The vote, meant to replace the interim government of Jeanine Áñez, had been set for Sept. 6 after an "
    "earlier date of May 3 was scrapped when the pandemic struck. Tribunal president Salvador Romero said the new "
    "date was final and would not be moved again. Evo Morales's Movement for Socialism, whose candidate Luis Arce "
    "leads the polls, accused the tribunal of bowing to pressure from the government and threatened street protests. "
    "Morales resigned and went into exile last November after a disputed October election set off weeks of deadly "
    "unrest.",
    [
        C(
            "pushed back the country's presidential election by six weeks to Oct. 18",
            "to Oct. 18",
            md(10, 18),
            "event",
            "Bolivia's Supreme Electoral Tribunal",
            real="2020-10-18",
        ),
    ],
    "TSE decision of Thursday 23 July 2020 moving the general election from 6 September to 18 October 2020 (held "
    "that day). 6 September is a superseded future date, 3 May a cancelled past one; 'the new date was final' refers "
    "back to the labelled claim. The August-September infection peak is a forecast without a day; the 2019 "
    "election and Morales's resignation (10 November 2019) are past.",
    [
        "superseded-date",
        "cancelled-date",
        "repeated-claim",
        "past-month",
        "last-month",
        "explicit-date",
        "undated-future",
    ],
)

P(
    "ts-romania-rerun-calendar-2025",
    "2025-01-16 18:00",
    "Europe/Bucharest",
    "BUCHAREST - Romania will hold the first round of its rerun presidential election on May 4, with a runoff two "
    "weeks later on May 18, under a timetable approved by the government on Thursday, six weeks after the "
    "Constitutional Court annulled the original vote. What happens next: candidates must file their nominations with "
    "the Central Electoral Bureau by March 15, and campaigning opens on April 4. The court scrapped the Nov. 24 first "
    "round, won by far-right outsider Calin Georgescu, two days before the Dec. 8 runoff, after declassified "
    "intelligence documents pointed to a coordinated social media campaign and suspected Russian interference. "
    "President Klaus Iohannis, whose term would have ended in December, is staying in office until a successor is "
    "sworn in. Georgescu has said he intends to run again, though it is unclear whether the electoral authorities "
    "will let him.",
    [
        C(
            "will hold the first round of its rerun presidential election on May 4",
            "on May 4",
            md(5, 4),
            "event",
            "the Romanian government",
            real="2025-05-04",
        ),
        C(
            "with a runoff two weeks later on May 18",
            "on May 18",
            md(5, 18),
            "event",
            "the Romanian government",
            real="2025-05-18",
        ),
        C(
            "candidates must file their nominations with the Central Electoral Bureau by March 15",
            "by March 15",
            md(3, 15),
            "deadline",
            None,
            real="2025-03-15",
        ),
        C(
            "campaigning opens on April 4",
            "on April 4",
            md(4, 4),
            "event",
            None,
            real="2025-04-04",
        ),
    ],
    "Romanian government decision of Thursday 16 January 2025: first round on 4 May, runoff on 18 May 2025 (both "
    "held), candidacies due by 15 March, campaign from 4 April. The cancelled Nov. 24 round and Dec. 8 runoff "
    "(annulled on 6 December 2024) are past; Iohannis's term 'would have ended in December' (21 December 2024) is a "
    "past counterfactual; 'until a successor is sworn in' is undated.",
    [
        "cancelled-date",
        "same-sentence-claims",
        "explicit-past-date",
        "undated-future",
        "explicit-date",
    ],
)

P(
    "ts-argentina-runoff-preview-2023",
    "2023-11-17 19:00",
    "Europe/Madrid",
    "BUENOS AIRES - Argentines choose their next president on Sunday in a runoff between Economy Minister Sergio Massa "
    "and libertarian economist Javier Milei, with polls showing the two in a dead heat after a bitter campaign "
    "dominated by annual inflation above 140%. The National Electoral Directorate expects to publish the first "
    "provisional results at around 9 p.m. Buenos Aires time on Sunday, 1 a.m. on Monday in Spain. Massa, whose "
    "Peronist coalition came first in the Oct. 22 first round with almost 37% of the vote, has promised a government "
    "of national unity, while Milei, who took 30%, has won the backing of former president Mauricio Macri and "
    "third-placed Patricia Bullrich. The campaign officially ended at 8 a.m. on Friday, when an electoral blackout "
    "took effect. The winner will be sworn in on Dec. 10 for a four-year term.",
    [
        C(
            "Argentines choose their next president on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2023-11-19",
        ),
        C(
            "expects to publish the first provisional results at around 9 p.m. Buenos Aires time on Sunday",
            "at around 9 p.m. Buenos Aires time on Sunday",
            zoned(wd("Sunday"), "21:00", "America/Argentina/Buenos_Aires"),
            "prediction",
            "the National Electoral Directorate",
        ),
        C(
            "The winner will be sworn in on Dec. 10",
            "on Dec. 10",
            md(12, 10),
            "event",
            None,
            real="2023-12-10",
        ),
    ],
    "Argentine runoff of Sunday 19 November 2023 (Milei won); first round 22 October 2023; inauguration Sunday 10 "
    "December 2023. 21:00 in Buenos Aires (UTC-3) on Sunday 19 November = 01:00 CET on Monday 20 November in a "
    "Madrid passage, so the converted due date is the Monday (the text itself gives the Spanish time); no real time "
    "is recorded. The blackout began at 08:00 on Friday 17 November (same day, past). 'four-year term' is a "
    "duration.",
    [
        "time-converted",
        "date-crossing-conversion",
        "past-weekday",
        "explicit-past-date",
        "duration",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "ts-pakistan-election-date-2023",
    "2023-11-03 11:00",
    "Asia/Karachi",
    "ISLAMABAD - Pakistan will hold its delayed general election on Feb. 8, the Election Commission told the Supreme "
    "Court on Thursday after its officials met President Arif Alvi, ending months of uncertainty over when voters "
    "would choose a new parliament. Chief Justice Qazi Faez Isa said the date must be honoured and that nobody would "
    "be allowed to derail the vote. The commission said it would finish redrawing constituency boundaries to reflect "
    "this year's census by the end of the month, the main reason it gave for missing the constitutional requirement "
    "to hold elections within 90 days of the National Assembly's dissolution on Aug. 9. Former prime minister Imran "
    "Khan, whose party won the most seats in 2018, remains in jail facing charges of leaking state secrets, and his "
    "aides say he is being kept out of the race.",
    [
        C(
            "Pakistan will hold its delayed general election on Feb. 8",
            "on Feb. 8",
            md(2, 8),
            "event",
            "the Election Commission of Pakistan",
            real="2024-02-08",
        ),
        C(
            "would finish redrawing constituency boundaries to reflect this year's census by the end of the month",
            "by the end of the month",
            this_end_of_month(),
            "promise",
            "the Election Commission of Pakistan",
            real="2023-11-30",
        ),
    ],
    "Supreme Court hearing of Thursday 2 November 2023: the ECP, after meeting President Alvi, fixed Thursday 8 "
    "February 2024 (a year-less February date in a November article is next year; polls held then); the final "
    "delimitation was published on 30 November 2023. 'within 90 days of ... Aug. 9' is a past-anchored duration "
    "(the limit lapsed in early November); 'the date must be honoured' refers back to the labelled election.",
    [
        "year-inference",
        "end-of-month",
        "repeated-claim",
        "said-on-day",
        "explicit-past-date",
        "duration",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "ts-indonesia-quick-count-2024",
    "2024-02-15 10:00",
    "Asia/Jakarta",
    "JAKARTA - Defence Minister Prabowo Subianto claimed victory in Indonesia's presidential election on Wednesday "
    "night after unofficial quick counts showed him winning close to 58% of the vote, enough to avoid a runoff in "
    "June. The General Elections Commission has until March 20 to announce the official result of a count that "
    "covers more than 800,000 polling stations across the archipelago. His rivals, former Jakarta governor Anies "
    "Baswedan and former Central Java governor Ganjar Pranowo, said they would wait for the official tally, and "
    "Anies's camp alleged irregularities. Prabowo, a former special forces commander who lost to President Joko "
    "Widodo in 2014 and 2019, picked Widodo's 36-year-old son, Gibran Rakabuming Raka, as his running mate. The new "
    "president is due to be sworn in on Oct. 20.",
    [
        C(
            "has until March 20 to announce the official result",
            "until March 20",
            md(3, 20),
            "deadline",
            None,
            real="2024-03-20",
        ),
        C(
            "The new president is due to be sworn in on Oct. 20",
            "on Oct. 20",
            md(10, 20),
            "event",
            None,
            real="2024-10-20",
        ),
    ],
    "Indonesian election of Wednesday 14 February 2024; the KPU's statutory deadline of 20 March 2024 (it declared "
    "the result that day); inauguration on 20 October 2024. The June runoff was avoided (a hypothetical date, not a "
    "claim); 2014 and 2019 are background; 'wait for the official tally' is undated.",
    [
        "hypothetical",
        "cancelled-date",
        "past-weekday",
        "number-like-date",
        "explicit-date",
        "undated-future",
    ],
)

P(
    "ts-kenya-election-annulled-2017",
    "2017-09-01 16:00",
    "Africa/Nairobi",
    "NAIROBI - Kenya's Supreme Court on Friday annulled President Uhuru Kenyatta's victory in last month's election and "
    "ordered a new vote within 60 days, the first time a court in Africa has overturned the re-election of a sitting "
    "president. Chief Justice David Maraga said the Aug. 8 poll had not been conducted in accordance with the "
    "constitution, and that the court's full reasoning would be published within 21 days. Opposition leader Raila "
    "Odinga, who brought the challenge, hailed a historic day for the people of Kenya. Kenyatta said in a televised "
    "address that he disagreed with the ruling but would respect it, and appealed for calm. The electoral commission "
    "had declared him the winner with 54% of the vote.",
    [
        C(
            "ordered a new vote within 60 days",
            "within 60 days",
            in_days(60),
            "deadline",
            "Kenya's Supreme Court",
            real="2017-10-26",
            real_le=True,
        ),
        C(
            "the court's full reasoning would be published within 21 days",
            "within 21 days",
            in_days(21),
            "promise",
            "David Maraga",
            real="2017-09-20",
            real_le=True,
        ),
    ],
    "Supreme Court ruling of Friday 1 September 2017: fresh presidential election within 60 days (pub + 60 = 31 "
    "October; the rerun was held on 26 October 2017, inside the limit); detailed judgment within 21 days (pub + 21 = "
    "22 September; delivered 20 September). The 8 August 2017 poll is past; 'last month' tags the past election.",
    [
        "duration",
        "said-on-day",
        "explicit-past-date",
        "last-month",
        "number-like-date",
    ],
)

# ===========================================================================
# Passages without a dated forward-looking claim

N(
    "ts-istanbul-prisoner-deal-2025",
    "2025-05-16 19:00",
    "Europe/Istanbul",
    "ISTANBUL - Russian and Ukrainian negotiators agreed on Friday to exchange 1,000 prisoners of war each, the only "
    "concrete result of their first face-to-face talks since March 2022, which broke up after less than two hours at "
    "the Dolmabahce palace. Kremlin aide Vladimir Medinsky, who led Moscow's delegation, said each side would set out "
    "its vision of a possible ceasefire in detail and that Russia was ready to continue contacts. Ukraine's defence "
    "minister, Rustem Umerov, said the swap would take place in the near future and that Kyiv had asked for a "
    "meeting between Presidents Volodymyr Zelensky and Vladimir Putin. Zelensky, who had flown to Ankara on Thursday "
    "to meet President Tayyip Erdogan, sent a lower-level team only after Putin declined to come in person. European "
    "leaders accused Moscow of stalling and said tougher sanctions could follow if it kept rejecting a 30-day "
    "ceasefire.",
    "Istanbul talks of Friday 16 May 2025 (1,000-for-1,000 exchange agreed; carried out 23-25 May 2025, a date not "
    "given in the text). 'in the near future', 'continue contacts' and the possible presidents' meeting are undated; "
    "'30-day ceasefire' is a duration in a hypothetical; March 2022 and Thursday 15 May are past.",
    ["said-on-day", "past-weekday", "undated-future", "hypothetical", "duration", "number-like-date"],
)

N(
    "ts-ankara-prisoner-swap-2024",
    "2024-08-02 15:00",
    "Europe/Berlin",
    "BERLIN - Vadim Krasikov, the Russian assassin freed by Germany in Thursday's prisoner exchange, was met with a red "
    "carpet and an embrace from President Vladimir Putin when he landed in Moscow late that night, hours after the "
    "largest East-West swap since the Cold War. Krasikov had been serving a life sentence for the 2019 killing of a "
    "Georgian citizen of Chechen origin in a Berlin park, a murder a German court ruled in 2021 had been ordered by "
    "the Russian state. Chancellor Olaf Scholz, who greeted three freed Germans at Cologne-Bonn airport, said the "
    "decision had not been an easy one. In all, 26 people were exchanged on the tarmac in Ankara, among them the "
    "American reporter Evan Gershkovich, sentenced to 16 years on July 19, and the Russian opposition politician "
    "Vladimir Kara-Murza. The Kremlin said on Friday that Putin would award state honours to the returned Russians.",
    "Ankara exchange of Thursday 1 August 2024. Gershkovich's sentence of 19 July 2024, the 2019 killing of Zelimkhan "
    "Khangoshvili and the 2021 verdict are past; the state honours are undated; '16 years' and 'life sentence' are "
    "sentences, not dates.",
    ["past-weekday", "said-on-day", "explicit-past-date", "undated-future", "number-like-date", "duration"],
)

N(
    "ts-georgia-election-dispute-2024",
    "2024-10-29 12:00",
    "Asia/Tbilisi",
    "TBILISI - Tens of thousands of Georgians rallied outside parliament on Monday night at the call of President "
    "Salome Zourabichvili, who refuses to recognise the official result of Saturday's parliamentary election and "
    "accuses Russia of helping the ruling Georgian Dream party to rig it. The Central Election Commission says Georgian "
    "Dream won almost 54% of the vote, enough to govern alone for another four years. Will the European Union, which "
    "put Georgia's membership bid on hold this summer after parliament passed a Russian-style 'foreign agents' law, go "
    "further and suspend visa-free travel for Georgians? EU officials said a decision could come once international "
    "observers deliver their final report, and that all options were on the table. Hungarian Prime Minister Viktor "
    "Orbán, who congratulated the party before the count was complete, arrived in Tbilisi on Monday on a visit that "
    "the EU's foreign policy chief, Josep Borrell, said was not made on the bloc's behalf.",
    "Georgian parliamentary election of Saturday 26 October 2024; Tbilisi rally of Monday 28 October; Orbán's visit of "
    "28-29 October. The question and 'could come once observers deliver their final report' are undated "
    "hypotheticals; 'another four years' is a duration.",
    ["question", "hypothetical", "past-weekday", "undated-future", "duration", "number-like-date"],
)

N(
    "ts-kursk-incursion-2024",
    "2024-08-13 11:00",
    "Europe/Kyiv",
    "KYIV - Ukraine's top commander, Oleksandr Syrskyi, said on Monday that his forces controlled about 1,000 square "
    "kilometres of Russia's Kursk region, a week after launching the biggest foreign incursion into Russian territory "
    "since the Second World War. President Volodymyr Zelensky has said Russia brought the war to other people's land "
    "and must now feel what it has done. Chairing a meeting of security officials on Monday, Russian President "
    "Vladimir Putin said the enemy would receive a worthy response and accused Kyiv of seeking a stronger hand in "
    "possible future talks. More than 120,000 people have been evacuated from the region, its acting governor, Alexei "
    "Smirnov, said. Kyiv has not said how long it intends to hold the captured ground.",
    "Kursk incursion from 6 August 2024; Syrskyi's report and Putin's meeting on Monday 12 August. 'a worthy "
    "response', 'possible future talks' and how long the ground is held are undated; 'a week after' and 'since the "
    "Second World War' are past.",
    ["said-on-day", "past-weekday", "undated-future", "hypothetical", "number-like-date", "duration"],
)

N(
    "ts-north-korea-troops-nis-2024",
    "2024-10-18 17:00",
    "Asia/Seoul",
    "SEOUL - North Korea has sent about 1,500 special forces troops to Russia to fight in the war against Ukraine, "
    "South Korea's National Intelligence Service said on Friday, the first time Pyongyang's soldiers have been "
    "confirmed to be joining the conflict. The spy agency said Russian navy ships carried the troops from North Korean "
    "ports to Vladivostok between Oct. 8 and 13, and that a total of about 12,000 soldiers could eventually be "
    "deployed. They are likely to be sent to the front after training and acclimatisation in the coming weeks, it "
    "said. President Yoon Suk Yeol convened an emergency security meeting and called the deployment a grave threat. "
    "Asked whether Seoul would reconsider its refusal to send weapons directly to Ukraine, officials said all options "
    "were under review.",
    "NIS statement of Friday 18 October 2024. The 8-13 October shipments are past; 'could eventually be deployed' and "
    "'in the coming weeks' are undated; the weapons question is a hypothetical.",
    ["said-on-day", "explicit-past-date", "undated-future", "hypothetical", "question", "number-like-date"],
)

N(
    "ts-unsc-gaza-abstention-2024",
    "2024-03-26 10:00",
    "Asia/Jerusalem",
    "JERUSALEM - Prime Minister Benjamin Netanyahu called off a visit to Washington by two of his senior aides after "
    "the United States on Monday abstained rather than veto a UN Security Council resolution demanding an immediate "
    "ceasefire in Gaza and the unconditional release of all hostages. The text, drafted by the council's 10 elected "
    "members, passed with 14 votes in favour after a vote planned for Saturday was put off at Washington's request. "
    "Russia and China had vetoed a US-drafted resolution on Friday, saying it did not go far enough. The White House "
    "said it was perplexed by the cancellation and that its policy had not changed. Israeli officials said the army "
    "would press on with preparations for a ground offensive in Rafah, but gave no date.",
    "Resolution 2728 of Monday 25 March 2024 (US abstention); the Saturday 23 March vote was postponed (a cancelled "
    "past date); the Russian and Chinese vetoes were on Friday 22 March. The Rafah offensive is undated.",
    ["past-weekday", "cancelled-date", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "ts-prigozhin-crash-2023",
    "2023-08-24 19:00",
    "Europe/Moscow",
    "MOSCOW - President Vladimir Putin on Thursday offered condolences to the families of those killed in a plane "
    "crash that Russian aviation authorities say killed Wagner mercenary chief Yevgeny Prigozhin, describing him as a "
    "talented man who had made serious mistakes in his life. The Embraer business jet came down in the Tver region "
    "on Wednesday evening on a flight from Moscow to St Petersburg, exactly two months after Prigozhin led a "
    "short-lived mutiny against the army's top brass. Putin said investigators would get to the bottom of what "
    "happened but that it would take time. Ten people were on board, among them Wagner co-founder Dmitry Utkin. No "
    "date has been set for the funerals.",
    "Crash of Wednesday 23 August 2023; Putin's remarks of Thursday 24 August. 'exactly two months after' refers back "
    "to the mutiny of 23-24 June; the investigation and funerals are undated.",
    ["said-on-day", "past-weekday", "undated-future", "duration", "number-like-date"],
)

N(
    "ts-burkina-traore-coup-2022",
    "2022-10-03 15:00",
    "Africa/Ouagadougou",
    "OUAGADOUGOU - Lieutenant Colonel Paul-Henri Sandaogo Damiba agreed on Sunday to step down as Burkina Faso's "
    "leader, two days after being ousted by army captain Ibrahim Traoré in the country's second coup this year, "
    "religious and community leaders who mediated said. Damiba, who had himself seized power in January, set seven "
    "conditions for his departure, including guarantees for his safety and a pledge that the new rulers would honour "
    "commitments made to the West African bloc ECOWAS. He has since left for neighbouring Togo. Traoré, 34, told "
    "state media he would only handle current affairs until a national conference chose a new transitional "
    "president, without saying when that would be. Crowds, some waving Russian flags, attacked the French embassy in "
    "Ouagadougou on Saturday, accusing Paris of sheltering the deposed leader.",
    "Coup of Friday 30 September 2022; Damiba's resignation on Sunday 2 October; Togo confirmed his arrival on 3 "
    "October. The January 2022 coup and the Saturday embassy attack are past; the national conference (held 14-15 "
    "October) is undated in the text.",
    ["past-weekday", "past-month", "undated-future", "number-like-date"],
)

"""Tuning passages written blind: world affairs and diplomacy (summits, wars and ceasefires, sanctions, treaties, elections, UN and EU decisions, hostage and prisoner deals, disasters and aid) written as wire copy with datelines, analysis, explainers and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    in_days_anchored,
    in_month,
    in_months,
    in_months_anchored,
    in_years,
    md,
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

_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ===========================================================================
# Wars, ceasefires and peace deals

P(
    "tu-doha-us-taliban-deal-2020",
    "2020-03-01 16:00",
    "Asia/Kabul",
    "ANALYSIS - What the US-Taliban deal signed in Doha on Saturday actually commits each side to is spelled out "
    "in a four-page text that diplomats in Kabul spent Sunday picking apart. Under the agreement the United States "
    "will cut its forces in Afghanistan to 8,600 within 135 days and pull out all remaining troops within 14 months, "
    "provided the Taliban keep their counter-terrorism commitments, and Afghan negotiations on a political "
    "settlement are to open on March 10. That last date already looks shaky: President Ashraf Ghani said on Sunday "
    "his government had made no promise to free up to 5,000 Taliban prisoners before the talks, a swap the text "
    "treats as a precondition. Secretary of State Mike Pompeo, who watched the signing, said Washington would not "
    "hesitate to void the deal if the Taliban failed to honour it, while Defense Secretary Mark Esper warned from "
    "Kabul that the drawdown would be conditions-based. Nearly 2,400 US service members have been killed since the "
    "2001 invasion.",
    [
        C(
            "the United States will cut its forces in Afghanistan to 8,600 within 135 days",
            "within 135 days",
            in_days_anchored(135, "Saturday"),
            "promise",
            "the United States",
        ),
        C(
            "pull out all remaining troops within 14 months",
            "within 14 months",
            in_months_anchored(14, "Saturday"),
            "promise",
            "the United States",
        ),
        C(
            "Afghan negotiations on a political settlement are to open on March 10",
            "on March 10",
            md(3, 10),
            "event",
            None,
        ),
    ],
    "US-Taliban agreement signed in Doha on Saturday 29 February 2020; 135-day drawdown to 8,600 (met by mid-June "
    "2020), full withdrawal within 14 months (the 1 May 2021 deadline, later moved by Biden to September); "
    "intra-Afghan talks were due on 10 March 2020 but only opened on 12 September 2020, so no real date is recorded "
    "for them. Both durations are anchored to the Saturday signing as well as to the Sunday publication, as the "
    "README allows. 'the talks' in the Ghani sentence refers back to the labelled March 10 claim; Pompeo's threat is "
    "conditional and undated. The speaker of the two troop commitments is the United States (the committing party "
    "under the agreement); the talks are a scheduled event attributed to no one.",
    ["duration", "same-sentence-claims", "past-weekday", "said-on-day", "number-like-date", "hypothetical",
     "explicit-date", "range"],
)

P(
    "tu-colombia-ceasefire-after-no-vote-2016",
    "2016-10-05 07:30",
    "America/Bogota",
    "BOGOTA - President Juan Manuel Santos said the bilateral ceasefire with the FARC rebels would remain in force "
    "until Oct. 31, giving negotiators less than four weeks to salvage a peace deal that voters narrowly rejected in "
    "Sunday's referendum. The announcement late on Tuesday drew an anxious reply from the rebel commander Rodrigo "
    "Londono, known as Timochenko, who asked on Twitter whether the war would resume once the date passed. Santos "
    "is due to meet former President Alvaro Uribe, who led the No campaign, at the presidential palace on "
    "Wednesday, their first face-to-face talks in years, and government negotiators were heading back to Havana. "
    "The accord signed in Cartagena on Sept. 26 had ended more than half a century of conflict on paper, but the No "
    "side won 50.2 percent of the vote.",
    [
        C(
            "the bilateral ceasefire with the FARC rebels would remain in force until Oct. 31",
            "until Oct. 31",
            md(10, 31),
            "deadline",
            "Juan Manuel Santos",
        ),
        C(
            "Santos is due to meet former President Alvaro Uribe, who led the No campaign, at the presidential palace "
            "on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2016-10-05",
        ),
    ],
    "Colombia's 2 October 2016 plebiscite rejected the FARC accord (50.2 % No); Santos announced on Tuesday 4 "
    "October that the ceasefire would last until 31 October (extended on 13 October to 31 December, so no real date "
    "is recorded). A ceasefire in force by agreement that lapses on a date is a deadline; Santos stated it. Santos met "
    "Uribe at the Casa de Narino on Wednesday 5 October 2016, the publication day (same-day future, unattributed "
    "schedule). Timochenko's reported question and 'less than four weeks' are not claims; 'the date' refers back.",
    ["past-weekday", "said-on-day", "question", "same-day-future", "explicit-past-date", "duration",
     "number-like-date"],
)

P(
    "tu-idlib-sochi-demilitarised-zone-2018",
    "2018-09-18 15:00",
    "Europe/Istanbul",
    "ANKARA - Turkey and Russia will set up a demilitarised zone in Syria's Idlib province from which radical rebel "
    "groups must withdraw by Oct. 15, President Vladimir Putin said after talks with Tayyip Erdogan in the Black Sea "
    "resort of Sochi on Monday, a deal that appears to have averted a Syrian government offensive for now. The "
    "zone, 15 to 20 km deep along the line separating rebels from government forces, would be patrolled by Turkish "
    "and Russian military units, and all tanks, rocket launchers and mortars must be pulled out of it by Oct. 10, "
    "according to the text of the memorandum. Erdogan said the agreement would prevent a humanitarian disaster in a "
    "province home to about 3 million people. Damascus welcomed the deal on Tuesday, but some rebel factions said "
    "they were studying it.",
    [
        C(
            "radical rebel groups must withdraw by Oct. 15",
            "by Oct. 15",
            md(10, 15),
            "deadline",
            "Vladimir Putin",
        ),
        C(
            "all tanks, rocket launchers and mortars must be pulled out of it by Oct. 10",
            "by Oct. 10",
            md(10, 10),
            "deadline",
            None,
        ),
    ],
    "Sochi memorandum of Monday 17 September 2018: heavy weapons out of the 15-20 km zone by 10 October, radical "
    "groups out by 15 October (Putin announced the zone and the 15 October date at the joint news conference). "
    "Turkey said the heavy weapons were withdrawn by 10 October but the jihadist groups did not leave, so no real "
    "dates are recorded. Both are cut-offs set for others (deadline). The 10 October clause is attributed only to "
    "'the text of the memorandum', a document rather than a person or body, so its speaker is null (editor's "
    "reading). '15 to 20 km' and '3 million' are number-like; Monday and Tuesday are past.",
    ["past-weekday", "said-on-day", "number-like-date", "explicit-date", "multi-claim"],
)

P(
    "tu-drc-rwanda-washington-explainer-2025",
    "2025-06-28 10:00",
    "Africa/Kinshasa",
    "EXPLAINER - What Congo and Rwanda signed in Washington. The foreign ministers of the two countries, Therese "
    "Kayikwamba Wagner and Olivier Nduhungirehe, signed a peace agreement at the State Department on Friday in the "
    "presence of Secretary of State Marco Rubio, after talks that began in April. Under the text, a joint security "
    "coordination mechanism is to be set up within 30 days, and Rwanda is to lift its 'defensive measures' in "
    "eastern Congo within 90 days, a phrase diplomats read as the withdrawal of its troops. The deal does not name "
    "the M23 rebels, who seized Goma in January and Bukavu in February, and separate talks with them in Qatar are "
    "continuing. President Donald Trump said he expected Presidents Felix Tshisekedi and Paul Kagame to come to "
    "Washington in the coming weeks to sign a further accord.",
    [
        C(
            "a joint security coordination mechanism is to be set up within 30 days",
            "within 30 days",
            in_days_anchored(30, "Friday"),
            "deadline",
            None,
        ),
        C(
            "Rwanda is to lift its 'defensive measures' in eastern Congo within 90 days",
            "within 90 days",
            in_days_anchored(90, "Friday"),
            "deadline",
            None,
        ),
    ],
    "DRC-Rwanda peace agreement signed in Washington on Friday 27 June 2025; the joint security coordination "
    "mechanism was to be formed within 30 days (it first met in early August) and Rwandan 'defensive measures' lifted "
    "within 90 days; no real dates recorded. Durations are anchored to the Friday signing and to the Saturday "
    "publication. Obligations written into the agreement are labelled deadlines with no speaker: the sentence "
    "attributes them to 'the text', not to a party (editor's reading; the README does not cover treaty clauses "
    "binding both signatories). Trump's 'in the coming weeks' is undated; April, January and February are past.",
    ["duration", "range", "past-weekday", "past-month", "undated-future", "same-sentence-claims"],
)

P(
    "tu-syria-caretaker-until-march-live-2024",
    "2024-12-10 19:00",
    "Asia/Damascus",
    "Syria live: 16:40 - Mohammed al-Bashir, who ran the rebels' Salvation Government in Idlib, will head a "
    "caretaker government until March 1, he told Al Jazeera, two days after Bashar al-Assad fled to Moscow. 17:15 - "
    "Israel's military says it has carried out hundreds of strikes on Syrian military sites since Sunday, and its "
    "troops remain in the buffer zone on the Golan Heights, which Prime Minister Benjamin Netanyahu says they will "
    "hold until a new arrangement is reached. 18:05 - The UN Security Council met behind closed doors on Monday at "
    "Russia's request but did not agree on a statement. 18:40 - Hayat Tahrir al-Sham leader Ahmed al-Sharaa, who "
    "until last week used the nom de guerre Abu Mohammed al-Jolani, says officials accused of torturing detainees "
    "will be pursued and will not be pardoned.",
    [
        C(
            "will head a caretaker government until March 1",
            "until March 1",
            md(3, 1),
            "promise",
            "Mohammed al-Bashir",
        ),
    ],
    "Bashir was named caretaker prime minister on Tuesday 10 December 2024 and said the interim government would "
    "serve until 1 March 2025 (the new government was only formed on 29 March 2025, so no real date is recorded). "
    "A year-less March date in a December article falls in the next year. An actor keeping its own arrangement until "
    "a date is a promise. Assad fell on Sunday 8 December; the Security Council met on Monday 9 December. "
    "Netanyahu's 'until a new arrangement' and the pursuit of torturers are undated.",
    ["year-inference", "past-weekday", "undated-future", "explicit-date"],
)

P(
    "tu-karachi-no-confidence-ruling-2022",
    "2022-04-07 23:00",
    "Asia/Karachi",
    "ISLAMABAD - Pakistan's Supreme Court on Thursday ruled that Prime Minister Imran Khan's move to dissolve "
    "parliament was unconstitutional and ordered the National Assembly to reconvene at 10:30 a.m. on Saturday to hold "
    "the no-confidence vote that Khan had blocked on Sunday. The five-member bench also struck down the deputy "
    "speaker's ruling that the motion was part of a foreign conspiracy, which voids the early election Khan had "
    "sought within 90 days. Khan, who chaired a cabinet meeting after the verdict, said he would address the nation "
    "on Friday and would 'fight until the last ball'. The opposition says it has the 172 votes needed to remove him.",
    [
        C(
            "ordered the National Assembly to reconvene at 10:30 a.m. on Saturday",
            "at 10:30 a.m. on Saturday",
            wd("Saturday", "10:30"),
            "event",
            "Pakistan's Supreme Court",
            real="2022-04-09",
        ),
        C(
            "said he would address the nation on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "Imran Khan",
            real="2022-04-08",
        ),
    ],
    "Supreme Court ruling of Thursday 7 April 2022; the assembly sat from 10:30 on Saturday 9 April and removed Khan "
    "after midnight; Khan addressed the nation on Friday 8 April. The ordered sitting is an event with the court "
    "that ordered it as speaker; an address is an event whoever announces it. Sunday (3 April) is past; the election "
    "'within 90 days' was voided (cancelled) and is not a claim; 172 is number-like.",
    ["time-local", "past-weekday", "cancelled-date", "number-like-date", "duration"],
)

P(
    "tu-chile-plebiscite-postponed-2020",
    "2020-03-20 10:00",
    "America/Santiago",
    "SANTIAGO - Chile's referendum on whether to replace its dictatorship-era constitution, which had been "
    "scheduled for April 26, will now be held on Oct. 25 because of the coronavirus outbreak, under an agreement "
    "reached by the government and parties across the political spectrum on Thursday. The election of the "
    "convention that would draft a new charter, which had been planned for this October, moves to April 11, 2021. "
    "Congress still has to approve a constitutional amendment to make the change. The referendum was the main "
    "concession that President Sebastian Pinera made to end the protests that began last October, in which more "
    "than 30 people died.",
    [
        C(
            "will now be held on Oct. 25",
            "on Oct. 25",
            md(10, 25),
            "event",
            None,
            real="2020-10-25",
        ),
        C(
            "moves to April 11, 2021",
            "to April 11, 2021",
            ymd(2021, 4, 11),
            "event",
            None,
        ),
    ],
    "Cross-party agreement of Thursday 19 March 2020 moving Chile's constitutional plebiscite from 26 April to 25 "
    "October 2020 (held that day, 78 % Approve) and the convention election from October 2020 to 11 April 2021 (it "
    "was postponed again, to 15-16 May 2021, so no real date). The convention election depends on an Approve vote "
    "but is written as a fixed calendar date, so it is labelled as a scheduled event (editor's reading). April 26 and "
    "'this October' are superseded; 'last October' (2019) is past. The sentences name no announcer, so both "
    "speakers are null.",
    ["superseded-date", "explicit-date", "year-period", "last-month", "past-weekday", "number-like-date"],
)

P(
    "tu-amphan-landfall-live-2020",
    "2020-05-19 15:00",
    "Asia/Kolkata",
    "Cyclone Amphan live: 1:10 PM - The India Meteorological Department says the super cyclonic storm is expected to "
    "cross the West Bengal and Bangladesh coasts between Digha and Hatiya islands on Wednesday afternoon or evening, "
    "with wind speeds of 155-165 km/h gusting to 185 km/h. 1:45 PM - Odisha has moved more than 100,000 people from "
    "low-lying areas, and teams of the National Disaster Response Force were sent to both states on Monday. 2:20 PM "
    "- Bangladesh has raised the danger signal at its Mongla and Payra ports to the highest level and opened "
    "thousands of cyclone shelters, with extra space between families because of the coronavirus. 2:50 PM - The "
    "storm, the strongest over the Bay of Bengal since the 1999 Odisha super cyclone, weakened slightly overnight, "
    "the IMD said, but the sea could rise by up to five metres in the Sundarbans.",
    [
        C(
            "the super cyclonic storm is expected to cross the West Bengal and Bangladesh coasts between Digha and "
            "Hatiya islands on Wednesday afternoon or evening",
            "on Wednesday afternoon or evening",
            wd("Wednesday"),
            "prediction",
            "the India Meteorological Department",
            real="2020-05-20",
        ),
    ],
    "IMD forecast of Tuesday 19 May 2020; Amphan made landfall near the Sundarbans on the afternoon of Wednesday 20 "
    "May 2020. A landfall forecast is a prediction; 'afternoon or evening' gives no clock time. Monday is past, "
    "'overnight' is past, the surge 'could' rise (possibility, undated), and 155-165 and 1999 are number-like.",
    ["past-weekday", "number-like-date", "hypothetical"],
)

# ===========================================================================
# Summits and diplomacy

P(
    "tu-xi-trump-mar-a-lago-preview-2017",
    "2017-04-04 07:00",
    "America/New_York",
    "WASHINGTON - President Donald Trump will host Chinese President Xi Jinping at his Mar-a-Lago resort in Palm "
    "Beach, Florida, on Thursday and Friday, the White House said, in a first meeting that officials expect to be "
    "dominated by trade and North Korea. Trump, who accused China during last year's campaign of 'raping' the US "
    "economy, tweeted last week that the talks would be 'very difficult' given the trade deficit and lost jobs. In an "
    "interview published on Sunday, he said the United States was prepared to deal with Pyongyang alone if Beijing "
    "would not help. A senior administration official told reporters the leaders would get to know each other, but "
    "played down hopes of a breakthrough. Xi arrives after a stop in Finland.",
    [
        C(
            "will host Chinese President Xi Jinping at his Mar-a-Lago resort in Palm Beach, Florida, on Thursday and "
            "Friday",
            "on Thursday and Friday",
            span_wd("Thursday", "Friday"),
            "event",
            "the White House",
            real="2017-04-06",
        ),
    ],
    "Trump-Xi summit at Mar-a-Lago on 6-7 April 2017 (Xi visited Finland on 4-6 April on the way). One meeting over "
    "two consecutive days is one claim spanning both. Trump's 'very difficult' tweet was on 30 March; the Financial "
    "Times interview ran on Sunday 2 April; the 'deal with Pyongyang alone' line is conditional. 'last year's "
    "campaign' is background.",
    ["past-weekday", "said-on-day", "hypothetical", "undated-future"],
)

P(
    "tu-hariri-paris-independence-day-2017",
    "2017-11-18 14:00",
    "Europe/Paris",
    "PARIS - Lebanese Prime Minister Saad Hariri arrived in Paris on Saturday morning with his wife, two weeks after "
    "he stunned his country by announcing his resignation in a televised speech from the Saudi capital, Riyadh. After "
    "lunch with President Emmanuel Macron at the Elysee Palace, Hariri told reporters he would travel to Beirut in "
    "the coming days and attend Independence Day celebrations there on Wednesday, when he would make his position "
    "known after meeting President Michel Aoun. Aoun has refused to accept the resignation, announced on Nov. 4, "
    "until Hariri explains it in person, and Lebanese officials have accused Riyadh of holding him against his will, "
    "a charge Saudi Arabia denies. Macron, who invited Hariri to France after a visit to Riyadh last week, said he "
    "would not comment on Lebanese politics.",
    [
        C(
            "attend Independence Day celebrations there on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Saad Hariri",
            real="2017-11-22",
        ),
    ],
    "Hariri reached Paris on Saturday 18 November 2017, flew to Beirut late on 21 November via Cairo and Cyprus and "
    "attended the Independence Day parade on Wednesday 22 November, when he suspended his resignation. A scheduled "
    "attendance is an event; Hariri announced it. 'in the coming days' is undated; 'when he would make his position "
    "known' refers back to the labelled Wednesday. 4 November and Macron's 9 November Riyadh stop are past.",
    ["past-weekday", "undated-future", "explicit-past-date", "repeated-claim"],
)

P(
    "tu-kim-putin-vladivostok-2019",
    "2019-04-23 17:00",
    "Asia/Seoul",
    "SEOUL - North Korean leader Kim Jong Un will hold his first summit with Russian President Vladimir Putin on "
    "Thursday in Vladivostok, Kremlin foreign policy aide Yuri Ushakov said on Tuesday, as Pyongyang looks for "
    "friends after its talks with Washington stalled. Kim is expected to arrive in the Pacific port aboard his "
    "armoured train on Wednesday, Yonhap news agency reported, and the two leaders will meet at a university campus "
    "on Russky Island. Ushakov said no joint statement or agreements were planned. Kim's second summit with US "
    "President Donald Trump, in Hanoi in February, ended without a deal, and Kim said this month that he would wait "
    "until the end of the year for Washington to come up with a more flexible approach.",
    [
        C(
            "will hold his first summit with Russian President Vladimir Putin on Thursday in Vladivostok",
            "on Thursday",
            wd("Thursday"),
            "event",
            "Yuri Ushakov",
            real="2019-04-25",
        ),
        C(
            "Kim is expected to arrive in the Pacific port aboard his armoured train on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Yonhap",
            real="2019-04-24",
        ),
        C(
            "he would wait until the end of the year for Washington to come up with a more flexible approach",
            "until the end of the year",
            this_year_end(),
            "deadline",
            "Kim Jong Un",
        ),
    ],
    "Kim-Putin summit at the Far Eastern Federal University on Thursday 25 April 2019, announced by Ushakov on "
    "Tuesday 23 April; Kim arrived on Wednesday 24 April. 'is expected to arrive on <date>' reports a schedule "
    "(event), attributed to Yonhap. Kim's 12 April 2019 speech to the Supreme People's Assembly set Washington a "
    "year-end deadline (an ultimatum to others, reported with a pronoun); it lapsed on 31 December 2019 without a "
    "US offer, so no real date. Hanoi (February) is past.",
    ["said-on-day", "past-month", "pronoun-speaker", "year-end", "multi-claim"],
)

P(
    "tu-alula-gcc-summit-2021",
    "2021-01-04 22:30",
    "Asia/Riyadh",
    "RIYADH - Saudi Arabia reopened its airspace and its land and sea border with Qatar on Monday evening, Kuwait's "
    "foreign minister, Sheikh Ahmad Nasser al-Sabah, said in a televised statement, the first break in a rift that "
    "began in June 2017. The announcement came on the eve of a Gulf Cooperation Council summit that opens in the "
    "desert city of AlUla on Tuesday, where leaders are expected to sign a declaration ending the boycott. Qatar's "
    "emir, Sheikh Tamim bin Hamad Al Thani, will attend, his office said. Saudi Arabia, the United Arab Emirates, "
    "Bahrain and Egypt cut ties with Doha three and a half years ago, accusing it of backing terrorism, which Qatar "
    "denies.",
    [
        C(
            "a Gulf Cooperation Council summit that opens in the desert city of AlUla on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2021-01-05",
        ),
    ],
    "Kuwait announced the reopening on Monday 4 January 2021; the 41st GCC summit and the AlUla declaration were on "
    "Tuesday 5 January 2021. The emir's attendance and the expected signing refer to the same summit without a date "
    "of their own, so the summit is labelled once with no speaker (the sentence attributes it to no one). Monday "
    "evening is past at publication; June 2017 and 'three and a half years ago' are background.",
    ["past-weekday", "said-on-day", "repeated-claim", "past-month"],
)

P(
    "tu-open-skies-notice-2020",
    "2020-05-22 08:00",
    "America/New_York",
    "WASHINGTON - The United States will formally notify the other signatories of the Open Skies Treaty on Friday "
    "that it is pulling out of the pact, which allows unarmed surveillance flights over member countries, Secretary "
    "of State Mike Pompeo said. The withdrawal takes effect six months after that notice, Pompeo said in a statement "
    "on Thursday, accusing Russia of flagrantly violating the 1992 accord by barring flights over Kaliningrad and "
    "near its border with Georgia. President Donald Trump told reporters there was 'a very good chance we'll make a "
    "deal' to keep the treaty alive if Moscow complied, but European allies, including France and Germany, urged "
    "Washington to reconsider. Russia's deputy foreign minister said Moscow had not broken the treaty.",
    [
        C(
            "will formally notify the other signatories of the Open Skies Treaty on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "Mike Pompeo",
            real="2020-05-22",
        ),
        C(
            "The withdrawal takes effect six months after that notice",
            "six months after that notice",
            in_months(6),
            "event",
            "Mike Pompeo",
            real="2020-11-22",
        ),
    ],
    "Pompeo's statement of Thursday 21 May 2020; notice delivered on Friday 22 May (the publication day, 'on Friday' "
    "in a Friday article); US withdrawal effective on 22 November 2020. The six months run from the Friday notice, "
    "which is the publication day, so in_months(6) from publication gives 22 November. A withdrawal taking effect "
    "is an event (like a law taking effect), attributed to Pompeo. Trump's deal 'if Moscow complied' is "
    "hypothetical; 1992 is background.",
    ["by-weekday-same-day", "duration", "said-on-day", "hypothetical", "number-like-date"],
)

P(
    "tu-vatican-china-accord-renewed-2020",
    "2020-10-22 14:00",
    "Europe/Rome",
    "VATICAN CITY - The Vatican and China have extended for another two years a provisional agreement on the "
    "appointment of Catholic bishops, the Holy See said on Thursday, the day the original accord was due to expire. "
    "The deal, signed in Beijing on Sept. 22, 2018, gives the pope the final say over bishops proposed through a "
    "process involving the Chinese authorities, and the Vatican said it wanted to pursue a respectful and "
    "constructive dialogue. US Secretary of State Mike Pompeo had urged the Vatican last month not to renew it, "
    "saying it had failed to protect Catholics from persecution. Only two bishops have been ordained under the "
    "arrangement.",
    [
        C(
            "have extended for another two years a provisional agreement on the appointment of Catholic bishops",
            "for another two years",
            in_years(2),
            "deadline",
            "the Holy See",
            real="2022-10-22",
        ),
    ],
    "Renewal announced on Thursday 22 October 2020, the day the 2018 accord expired; the renewed accord ran to 22 "
    "October 2022, when it was renewed again. An agreement that lapses on a date is a deadline (like a contract "
    "expiry), stated by the Holy See. The expiry 'on Thursday' is superseded by the renewal; 22 September 2018 and "
    "Pompeo's September article are past.",
    ["duration", "superseded-date", "said-on-day", "explicit-past-date", "last-month"],
)

# ===========================================================================
# Elections and governments

P(
    "tu-rajapaksa-to-quit-wednesday-2022",
    "2022-07-10 10:00",
    "Asia/Colombo",
    "COLOMBO - Sri Lankan President Gotabaya Rajapaksa will step down on Wednesday, parliamentary Speaker Mahinda "
    "Yapa Abeywardena said late on Saturday, hours after tens of thousands of protesters overran the president's "
    "official residence and set fire to the prime minister's private home. Rajapaksa, whose whereabouts were not "
    "known, had told the Speaker he would resign to ensure a peaceful handover of power, Abeywardena said in a video "
    "statement. Prime Minister Ranil Wickremesinghe, who was appointed only in May and has warned that the hardship "
    "will last until at least the end of 2023, has also offered to quit once an all-party government is in place. "
    "Protesters, who have camped outside the presidential secretariat since April, said they would stay until both "
    "men were gone. The island of 22 million has run short of fuel, food and medicine since the start of the year.",
    [
        C(
            "Sri Lankan President Gotabaya Rajapaksa will step down on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "promise",
            "Gotabaya Rajapaksa",
        ),
        C(
            "has warned that the hardship will last until at least the end of 2023",
            "until at least the end of 2023",
            by_year(2023),
            "prediction",
            "Ranil Wickremesinghe",
        ),
    ],
    "Protesters stormed the President's House on Saturday 9 July 2022; the Speaker announced that night that "
    "Rajapaksa would resign on Wednesday 13 July. He fled to the Maldives on the 13th and his resignation letter "
    "arrived on 14 July, so no real date is recorded. A spokesperson (here the Speaker) reporting a principal's "
    "commitment: the principal speaks. Wickremesinghe told parliament on 5 July that difficulties would continue "
    "into 2023 (a forecast, 'until at least the end of 2023' read as 31 December 2023). 'once an all-party "
    "government is in place' is undated; May and April are past.",
    ["past-weekday", "said-on-day", "past-month", "undated-future", "number-like-date", "year-end"],
)

P(
    "tu-israel-unity-government-sunday-2020",
    "2020-05-14 19:30",
    "Asia/Jerusalem",
    "JERUSALEM - The swearing-in of Israel's new unity government, which had been due to take place in the Knesset "
    "on Thursday, was put off until Sunday after Prime Minister Benjamin Netanyahu asked for more time to hand out "
    "cabinet posts to disgruntled members of his Likud party. It was the second delay this week: the ceremony had "
    "first been set for Wednesday but was pushed back a day because of a visit by US Secretary of State Mike Pompeo. "
    "Under the coalition deal signed on April 20, Netanyahu will serve as prime minister for 18 months and then hand "
    "the job to his rival-turned-partner Benny Gantz in November 2021, with Gantz serving as defence minister until "
    "then. The agreement ended more than a year of political deadlock and three inconclusive elections, the last "
    "held on March 2.",
    [
        C(
            "was put off until Sunday",
            "until Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2020-05-17",
        ),
        C(
            "hand the job to his rival-turned-partner Benny Gantz in November 2021",
            "in November 2021",
            in_month(2021, 11),
            "promise",
            "Benjamin Netanyahu",
        ),
    ],
    "The 35th government was sworn in on Sunday 17 May 2020 after delays from Wednesday 13 May (Pompeo's visit) and "
    "Thursday 14 May (the publication day, superseded). Coalition deal of 20 April 2020: Gantz to take over in "
    "November 2021 (17 November); the government fell in December 2020, so the rotation never happened and no real "
    "date is recorded. Handing over office is a commitment to a course of action (promise) by Netanyahu. '18 "
    "months' is the same rotation as a duration; 'until then' refers back; 20 April and 2 March are past.",
    ["superseded-date", "past-weekday", "month-period", "explicit-past-date", "duration", "number-like-date"],
)

P(
    "tu-nigeria-vote-postponed-2015",
    "2015-02-08 09:00",
    "Africa/Lagos",
    "ABUJA - Nigeria's presidential and parliamentary elections, which had been due to take place on Feb. 14, will "
    "now be held on March 28, the head of the electoral commission, Attahiru Jega, said on Saturday, citing advice "
    "from security chiefs that troops could not protect voters in the northeast while fighting Boko Haram. "
    "Governorship and state assembly polls have been moved from Feb. 28 to April 11, he said. The six-week delay "
    "angered supporters of opposition candidate Muhammadu Buhari, who accused President Goodluck Jonathan's "
    "government of trying to buy time, and US Secretary of State John Kerry said he was deeply disappointed. Jega "
    "said the new dates were final and that the commission would not tolerate further interference.",
    [
        C(
            "will now be held on March 28",
            "on March 28",
            md(3, 28),
            "event",
            "Attahiru Jega",
            real="2015-03-28",
        ),
        C(
            "Governorship and state assembly polls have been moved from Feb. 28 to April 11",
            "to April 11",
            md(4, 11),
            "event",
            "Attahiru Jega",
            real="2015-04-11",
        ),
    ],
    "INEC announcement of Saturday 7 February 2015: presidential vote moved from 14 February to 28 March, "
    "governorship polls from 28 February to 11 April (both held on those dates). Feb. 14 and Feb. 28 are superseded "
    "future dates and not claims; 'the new dates' refers back; 'six-week delay' is a duration. The second claim's "
    "speaker is given by a pronoun ('he said').",
    ["superseded-date", "said-on-day", "pronoun-speaker", "explicit-date", "duration", "repeated-claim"],
)

P(
    "tu-ecuador-muerte-cruzada-explainer-2023",
    "2023-05-18 13:00",
    "America/Guayaquil",
    "EXPLAINER: What happens next after Ecuador's president dissolved Congress. President Guillermo Lasso on "
    "Wednesday invoked a never-before-used constitutional clause, known as 'cross death', to dissolve the "
    "opposition-controlled National Assembly as it moved toward impeaching him over alleged embezzlement, which he "
    "denies. Under the clause, he can govern by decree on economic matters for up to six months, subject to review "
    "by the Constitutional Court. The National Electoral Council said a snap presidential and legislative election "
    "will be held on Aug. 20, with a second round between the top two candidates scheduled for Oct. 15. Whoever wins "
    "will serve only the rest of the current term, which ends in May 2025, and Lasso has not said whether he will "
    "run.",
    [
        C(
            "a snap presidential and legislative election will be held on Aug. 20",
            "on Aug. 20",
            md(8, 20),
            "event",
            "the National Electoral Council",
            real="2023-08-20",
        ),
        C(
            "a second round between the top two candidates scheduled for Oct. 15",
            "for Oct. 15",
            md(10, 15),
            "event",
            "the National Electoral Council",
            real="2023-10-15",
        ),
        C(
            "the current term, which ends in May 2025",
            "in May 2025",
            in_month(2025, 5),
            "deadline",
            None,
            real="2025-05-24",
        ),
    ],
    "Lasso dissolved the assembly on Wednesday 17 May 2023; the CNE set the first round for 20 August and the "
    "runoff for 15 October 2023 (both held). The truncated term ended on 24 May 2025, a statutory cut-off "
    "(deadline) attributed to no one. 'for up to six months' is a limit with a modal ('can'), not a dated claim; "
    "whether Lasso will run is undated.",
    ["same-sentence-claims", "past-weekday", "month-period", "duration", "explicit-date"],
)

P(
    "tu-moldova-runoff-sandu-2024",
    "2024-10-21 11:00",
    "Europe/Chisinau",
    "CHISINAU - Moldovan President Maia Sandu will face former prosecutor general Alexandr Stoianoglo, backed by the "
    "pro-Russian Socialists, in a runoff on Nov. 3 after falling short of a majority in Sunday's first round, "
    "near-complete results showed on Monday. A referendum held the same day on enshrining the goal of European "
    "Union membership in the constitution passed by a razor-thin margin of about 50.4 percent, far below what "
    "pre-vote polls had suggested. Sandu, who has pledged to bring Moldova into the EU by 2030, said criminal groups "
    "working with 'foreign forces' had tried to buy up to 300,000 votes, and she vowed to challenge the fraud in the "
    "courts. Moscow denies interfering. Brussels opened accession talks with Chisinau in June.",
    [
        C(
            "in a runoff on Nov. 3",
            "on Nov. 3",
            md(11, 3),
            "event",
            None,
            real="2024-11-03",
        ),
        C(
            "who has pledged to bring Moldova into the EU by 2030",
            "by 2030",
            by_year(2030),
            "promise",
            "Maia Sandu",
        ),
    ],
    "First round and EU referendum on Sunday 20 October 2024; runoff on 3 November 2024 (Sandu won). Sandu's goal "
    "of EU membership by 2030 is her own government's pledge, labelled a promise (editor's reading: accession also "
    "depends on the EU, but the sentence reports her commitment). 'the same day' refers to Sunday; June (accession "
    "talks opened 25 June 2024) is past; 50.4 and 300,000 are number-like.",
    ["past-weekday", "said-on-day", "past-month", "number-like-date", "explicit-date", "year-period"],
)

P(
    "tu-thailand-pita-vote-preview-2023",
    "2023-07-12 19:00",
    "Asia/Bangkok",
    "BANGKOK - Thailand's parliament meets on Thursday to choose a prime minister, and Move Forward leader Pita "
    "Limjaroenrat, whose party won the most seats in the May 14 election, is the only declared candidate. He needs "
    "376 votes in a joint sitting of the 500-member House and the 250 military-appointed senators, and his "
    "eight-party coalition controls 312 of them. His path narrowed on Wednesday when the Election Commission asked "
    "the Constitutional Court to suspend him over shares he held in a defunct media company, a case he says has no "
    "merit. If he falls short, House Speaker Wan Muhamad Noor Matha has said further rounds of voting could follow, "
    "but he has not set dates for them. Pita has said he will not give up.",
    [
        C(
            "Thailand's parliament meets on Thursday to choose a prime minister",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2023-07-13",
        ),
    ],
    "Joint sitting of Thursday 13 July 2023 (Pita got 324 votes and fell short); the Election Commission referred his "
    "case to the Constitutional Court on Wednesday 12 July, the publication day (past). Further rounds are "
    "conditional and undated; 14 May is past; 376, 500, 250 and 312 are number-like.",
    ["past-weekday", "hypothetical", "explicit-past-date", "number-like-date", "undated-future"],
)

P(
    "tu-unga-palestine-vote-ramallah-2024",
    "2024-05-09 21:00",
    "Asia/Hebron",
    "RAMALLAH - The UN General Assembly will vote at 10 a.m. New York time on Friday on a resolution that would "
    "recognise the Palestinians as qualified for full UN membership and urge the Security Council to reconsider their "
    "bid, three weeks after the United States vetoed it there on April 18. Palestinian officials expect a large "
    "majority, and the Palestinian ambassador to the UN, Riyad Mansour, has said the vote will show which countries "
    "stand with the Palestinian people. Israel's envoy, Gilad Erdan, has called the draft a violation of the UN "
    "Charter. Any new application would again need Security Council approval, where a second US veto is likely.",
    [
        C(
            "The UN General Assembly will vote at 10 a.m. New York time on Friday",
            "at 10 a.m. New York time on Friday",
            zoned(wd("Friday"), "10:00", "America/New_York"),
            "event",
            None,
            real="2024-05-10",
        ),
    ],
    "The General Assembly adopted resolution ES-10/23 on Friday 10 May 2024 (143-9-25) at a meeting called for 10 "
    "a.m. in New York, 17:00 in Ramallah (same date after conversion); the US veto in the Security Council was on 18 "
    "April 2024. 'the vote will show ...' refers back to the labelled vote; 'a second US veto is likely' and the "
    "large majority are undated forecasts; 'would' describes the draft's content.",
    ["time-converted", "explicit-past-date", "repeated-claim", "hypothetical", "undated-future"],
)

P(
    "tu-rohingya-repatriation-thursday-2018",
    "2018-11-14 16:00",
    "Asia/Dhaka",
    "COX'S BAZAR, Bangladesh - Bangladesh will begin sending the first Rohingya refugees back to Myanmar on Thursday, "
    "the country's refugee relief and repatriation commissioner, Mohammad Abul Kalam, said on Wednesday, even as many "
    "of the 2,260 people on the initial list went into hiding in the camps. Kalam said no one would be forced to "
    "return. The UN refugee agency said conditions in Myanmar's Rakhine state were not yet conducive to returns, and "
    "UN human rights chief Michelle Bachelet on Tuesday urged Dhaka to halt the plan. More than 720,000 Rohingya fled "
    "to Bangladesh after a military crackdown that began in August 2017, and the two governments agreed on "
    "repatriation in November that year.",
    [
        C(
            "Bangladesh will begin sending the first Rohingya refugees back to Myanmar on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            "Mohammad Abul Kalam",
        ),
    ],
    "Repatriation of a first list of 2,260 Rohingya was due to start on Thursday 15 November 2018; no refugee agreed "
    "to go and it did not start, so no real date is recorded. The scheduled start of an activity is an event, "
    "announced by the commissioner. Bachelet's appeal (Tuesday 13 November), August 2017 and November 2017 are past.",
    ["past-weekday", "said-on-day", "past-month", "number-like-date"],
)

# ===========================================================================
# No dated forward-looking claim

N(
    "tu-morales-resigns-2019",
    "2019-11-11 09:00",
    "America/La_Paz",
    "LA PAZ - Bolivian President Evo Morales resigned on Sunday after nearly 14 years in power, hours after the "
    "Organization of American States said it had found serious irregularities in the Oct. 20 election and the head "
    "of the armed forces urged him to step down. Morales, who had earlier on Sunday offered to hold a new vote, "
    "called his departure a coup and said he had done nothing wrong. Several officials in the line of succession also "
    "quit, leaving it unclear who would lead the country until fresh elections, which have yet to be scheduled. "
    "Opposition Senator Jeanine Anez, the most senior remaining lawmaker, said she would take over the presidency and "
    "call elections as soon as possible.",
    "Morales resigned on Sunday 10 November 2019 after the OAS audit of the 20 October vote; Anez took office on 12 "
    "November. Every future here is undated ('fresh elections', 'as soon as possible'); Sunday and 20 October are "
    "past.",
    ["past-weekday", "explicit-past-date", "undated-future", "said-on-day", "duration"],
)

N(
    "tu-moise-assassinated-2021",
    "2021-07-07 15:00",
    "America/Port-au-Prince",
    "PORT-AU-PRINCE - Haitian President Jovenel Moise was shot dead at his private residence in the hills above the "
    "capital at about 1 a.m. on Wednesday by a group of gunmen, interim Prime Minister Claude Joseph said. His wife, "
    "Martine, was wounded and was later flown to Miami for treatment. Joseph, who had been due to hand over to Ariel "
    "Henry, named by Moise on Monday, declared a state of siege and said the police and army were in control. Moise "
    "had ruled by decree since January 2020, and opposition leaders said his term had ended on Feb. 7. Will the "
    "constitutional referendum planned for later this year still go ahead? Nobody in the capital could say.",
    "Moise was killed early on Wednesday 7 July 2021 (the publication day, past); Henry had been named on Monday 5 "
    "July. The referendum 'later this year' sits inside a question and is not a claim; Joseph's handover was "
    "undated and overtaken; January 2020 and 7 February are past.",
    ["question", "past-weekday", "time-local", "explicit-past-date", "said-on-day", "later-this-period"],
)

N(
    "tu-kherson-retaken-live-2022",
    "2022-11-11 20:00",
    "Europe/Kyiv",
    "Ukraine war live: 19:40 - Ukrainian troops entered the centre of Kherson on Friday, hours after Russia's defence "
    "ministry said it had completed the withdrawal of its forces across the Dnipro river, pulling out more than "
    "30,000 soldiers. Crowds waving blue-and-yellow flags gathered in the city's main square, and President "
    "Volodymyr Zelenskiy said in a video message that Kherson was 'ours'. Kremlin spokesman Dmitry Peskov said the "
    "region remained part of Russia, which claimed to annex it in September, and that the withdrawal changed "
    "nothing. Ukrainian officials warned that clearing mines and restoring power and water would take weeks, and "
    "Defence Minister Oleksii Reznikov said the war was far from over as winter approached.",
    "Russia announced the completion of its withdrawal from the right bank on Friday 11 November 2022; Ukrainian "
    "forces entered Kherson that day. 'would take weeks' is a duration with no anchor; September (annexation on 30 "
    "September) is past; 30,000 is number-like.",
    ["past-weekday", "said-on-day", "past-month", "duration", "undated-future", "number-like-date"],
)

N(
    "tu-zaghari-ratcliffe-home-2022",
    "2022-03-17 10:00",
    "Europe/London",
    "LONDON - Nazanin Zaghari-Ratcliffe landed at RAF Brize Norton shortly after 1 a.m. on Thursday and was reunited "
    "with her husband Richard and their seven-year-old daughter Gabriella, ending almost six years of detention in "
    "Iran. Her release, together with that of fellow British-Iranian Anoosheh Ashoori, came after Britain settled a "
    "debt of nearly 400 million pounds dating back to the 1970s over an unfulfilled order for Chieftain tanks, "
    "Foreign Secretary Liz Truss said on Wednesday. Zaghari-Ratcliffe was arrested at Tehran airport in April 2016 "
    "and accused of plotting against the government, which she always denied. Her family said she would take time to "
    "recover before speaking publicly, and a third detainee, Morad Tahbaz, remains in Iran on furlough.",
    "Release on Wednesday 16 March 2022; arrival at Brize Norton early on Thursday 17 March. The 1970s tank debt "
    "(393.8 million pounds), April 2016 and the durations are background; 'take time to recover' is undated.",
    ["past-weekday", "said-on-day", "time-local", "explicit-past-date", "duration", "number-like-date",
     "undated-future"],
)

N(
    "tu-who-ends-covid-emergency-2023",
    "2023-05-05 18:00",
    "Europe/Zurich",
    "GENEVA - The World Health Organization declared on Friday that COVID-19 no longer represents a global health "
    "emergency, more than three years after it first sounded the alarm on Jan. 30, 2020. Director-General Tedros "
    "Adhanom Ghebreyesus said the decision followed a recommendation on Thursday from the agency's emergency "
    "committee, which has met 15 times, but warned that the virus was still killing someone every three minutes. "
    "'The worst thing any country could do now is to use this news as a reason to let down its guard,' he said. "
    "Tedros said he would not hesitate to convene another committee if the virus put the world in peril again, and "
    "the WHO plans to publish longer-term recommendations in the coming months.",
    "WHO ended the COVID-19 public health emergency of international concern on Friday 5 May 2023 after the "
    "committee's 15th meeting on Thursday 4 May; declared on 30 January 2020. The new committee is conditional and "
    "'in the coming months' is undated.",
    ["said-on-day", "past-weekday", "explicit-past-date", "hypothetical", "undated-future", "number-like-date"],
)

N(
    "tu-palu-tsunami-2018",
    "2018-10-01 13:00",
    "Asia/Makassar",
    "PALU, Indonesia - Rescue workers began burying victims in a mass grave on Monday as the death toll from the "
    "earthquake and tsunami that struck Sulawesi on Friday evening rose to 844, the national disaster agency said. "
    "President Joko Widodo, who visited the devastated city of Palu on Sunday, said the government had agreed to "
    "accept international help, and agency spokesman Sutopo Purwo Nugroho said the toll was likely to rise as teams "
    "reached cut-off areas. Some victims may still be buried in mud in Balaroa and Petobo, where liquefaction "
    "swallowed entire neighbourhoods. The 7.5-magnitude quake was followed by waves up to six metres high.",
    "Earthquake and tsunami of Friday 28 September 2018; Widodo visited on Sunday 30 September; toll of 844 "
    "announced on Monday 1 October. The rising toll is an undated forecast; 'may' is a modal.",
    ["past-weekday", "said-on-day", "may-verb", "undated-future", "number-like-date"],
)

N(
    "tu-icc-putin-warrant-2023",
    "2023-03-18 11:00",
    "Europe/Amsterdam",
    "THE HAGUE - The International Criminal Court issued an arrest warrant on Friday for Russian President Vladimir "
    "Putin, accusing him of the war crime of unlawfully deporting Ukrainian children, and a second for Russia's "
    "children's rights commissioner, Maria Lvova-Belova. Kremlin spokesman Dmitry Peskov said the court's decisions "
    "were null and void for Moscow, which does not recognise its jurisdiction. The warrant obliges the court's 123 "
    "member states to arrest Putin if he sets foot on their territory, which raises an awkward question for South "
    "Africa: will he attend the BRICS summit in Johannesburg in August? ICC President Piotr Hofmanski said on Friday "
    "that executing the warrants depended on international cooperation.",
    "ICC warrants of Friday 17 March 2023. The BRICS summit (22-24 August 2023, attended by Putin by video) appears "
    "only inside a question and is not labelled, per the README's rule on questions; the arrest obligation is "
    "conditional ('if he sets foot').",
    ["question", "hypothetical", "past-weekday", "said-on-day", "number-like-date", "month-period"],
)

N(
    "tu-mexico-earthquake-2017",
    "2017-09-20 08:00",
    "America/Mexico_City",
    "MEXICO CITY - Rescuers dug through the night for survivors after a 7.1-magnitude earthquake killed at least 217 "
    "people in central Mexico on Tuesday, 32 years to the day after the 1985 quake that devastated the capital. Hours "
    "before it struck, millions had taken part in a nationwide evacuation drill held every Sept. 19 to mark that "
    "disaster. At the Enrique Rebsamen school in the south of the city, soldiers and volunteers were searching for "
    "children trapped under a collapsed classroom wing. President Enrique Pena Nieto declared national mourning and "
    "said the priority was to save lives.",
    "Puebla earthquake of Tuesday 19 September 2017 on the anniversary of the 1985 quake. 'every Sept. 19' names a "
    "recurring drill that has already taken place this year; the rest is past.",
    ["past-weekday", "explicit-past-date", "number-like-date"],
)

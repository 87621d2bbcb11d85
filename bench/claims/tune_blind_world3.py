"""Tuning passages written blind: world affairs and diplomacy (summits, wars and ceasefires, sanctions, treaties, elections, UN and regional decisions, prisoner cases, disasters and aid) written as wire copy with datelines, analysis, explainers and live updates. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    early_year,
    in_days,
    in_month,
    in_months,
    in_months_anchored,
    md,
    md_span,
    midnight_on,
    months_span,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_year,
    this_year_end,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Wars, ceasefires and security

P(
    "tv-kazakhstan-csto-pullout-2022",
    "2022-01-11 16:00",
    "Asia/Almaty",
    "ALMATY, Kazakhstan (Reuters) - The Russian-led troops flown into Kazakhstan last week will begin leaving in "
    "two days, President Kassym-Jomart Tokayev told parliament on Tuesday, declaring that their mission had been "
    "successfully completed. The pullout of the roughly 2,000-strong Collective Security Treaty Organization force "
    "would be gradual and take no more than 10 days, he said in a video address to the lower house, which later "
    "approved his choice of Alikhan Smailov as prime minister. The first troops landed on Thursday, after protests "
    "against a fuel price rise that began on Jan. 2 in the oil town of Zhanaozen turned into the worst unrest since "
    "independence in 1991, with government buildings in Almaty set ablaze. Almost 8,000 people have been detained, "
    "the interior ministry said on Monday, and Tokayev, who on Friday authorised security forces to fire without "
    "warning, has called the violence an attempted coup backed by foreign-trained terrorists, without offering "
    "evidence.",
    [
        C(
            "will begin leaving in two days",
            "in two days",
            in_days(2),
            "event",
            "Kassym-Jomart Tokayev",
            real="2022-01-13",
        ),
        C(
            "would be gradual and take no more than 10 days",
            "no more than 10 days",
            in_days(10, 12),
            "promise",
            "Kassym-Jomart Tokayev",
            real="2022-01-19",
            real_le=True,
        ),
    ],
    "Tokayev's address to the Mazhilis on Tuesday 11 January 2022: the CSTO withdrawal would start in two days "
    "(it began on 13 January) and take no more than 10 days (the Russian defence ministry said the last troops left "
    "on 19 January). The 10 days are read as a 'by' limit: from publication (21 January) or from the start of the "
    "pullout two days later (23 January), both accepted. The scheduled start of the pullout is an event; the "
    "completion limit is read as Tokayev's commitment on the mission's end (promise), an interpretation. Troops "
    "first landed Thursday 6 January; protests began in Zhanaozen on 2 January; shoot-without-warning order Friday "
    "7 January; Smailov approved 11 January.",
    ["duration", "range", "past-weekday", "said-on-day", "explicit-past-date", "number-like-date"],
)

P(
    "tv-idlib-moscow-ceasefire-2020",
    "2020-03-05 21:30",
    "Europe/Istanbul",
    "21:30 - Turkey and Russia have agreed to halt the fighting in Syria's Idlib region after more than six hours "
    "of talks in the Kremlin between Tayyip Erdogan and Vladimir Putin, whose forces back opposite sides in the war. "
    "The ceasefire will take hold from midnight on Thursday along the existing front lines, Erdogan told reporters, "
    "warning that Turkey kept the right to retaliate with all its strength against any attack by Syrian government "
    "troops. Under the deal, read out by the two foreign ministers, a security corridor will run 6 km either side of "
    "the M4 highway, and Turkish and Russian troops will start joint patrols along the road on March 15. The summit "
    "followed an air strike last Thursday that killed 34 Turkish soldiers, and an offensive that has driven nearly "
    "a million people from their homes since December. Earlier truces in the province, including the one agreed in "
    "Sochi in 2018, collapsed within weeks.",
    [
        C(
            "The ceasefire will take hold from midnight on Thursday",
            "from midnight on Thursday",
            midnight_on("Thursday"),
            "event",
            "Tayyip Erdogan",
            real="2020-03-06",
        ),
        C(
            "Turkish and Russian troops will start joint patrols along the road on March 15",
            "on March 15",
            md(3, 15),
            "event",
            None,
            real="2020-03-15",
        ),
    ],
    "Putin-Erdogan talks in Moscow on Thursday 5 March 2020; the ceasefire took effect at 00:01 on 6 March; joint "
    "patrols on the M4 began on 15 March 2020. The live-blog time stamp (21:30) only dates the entry. The truce is "
    "an ordered measure taking effect (event) with Erdogan, who announced it, as speaker; the patrol sentence names "
    "the foreign ministers only as readers of the text, so it is treated as an unattributed scheduled event. 'last "
    "Thursday' is the 27 February strike; the Sochi deal is of September 2018.",
    ["midnight", "past-weekday", "number-like-date", "explicit-date", "past-month"],
)

P(
    "tv-myanmar-quake-truce-2025",
    "2025-04-03 09:00",
    "Asia/Yangon",
    "YANGON - Myanmar's military government will halt operations against its armed opponents until April 22 to "
    "speed relief after last week's earthquake, state television said late on Wednesday, though it warned that it "
    "would respond to any attack. The move followed a pause in fighting declared on Tuesday by the Three Brotherhood "
    "Alliance of ethnic armies, and reports from rights groups that the army kept up air strikes even in the hours "
    "after Friday's 7.7-magnitude quake, which has killed more than 3,000 people. Junta chief Min Aung Hlaing flies "
    "to Bangkok on Thursday for a summit of Bay of Bengal nations on Friday, a rare trip abroad. He said last month "
    "that elections would be held in December or January, a vote his opponents have dismissed as a sham.",
    [
        C(
            "will halt operations against its armed opponents until April 22",
            "until April 22",
            md(4, 22),
            "promise",
            "Myanmar's military government",
        ),
        C(
            "Min Aung Hlaing flies to Bangkok on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2025-04-03",
        ),
        C(
            "for a summit of Bay of Bengal nations on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2025-04-04",
        ),
        C(
            "elections would be held in December or January",
            "in December or January",
            months_span(2025, 12, 2026, 1),
            "event",
            "Min Aung Hlaing",
            real="2025-12-28",
        ),
    ],
    "Junta statement of Wednesday 2 April 2025: temporary ceasefire from 2 to 22 April (later extended, so no real "
    "date is recorded); the military keeping its own measure until a date is a promise, announced through state "
    "television for the principal. Min Aung Hlaing travelled to Bangkok on Thursday 3 April for the BIMSTEC summit "
    "of Friday 4 April 2025. On 8 March 2025 he said elections would be held in December 2025 or January 2026 "
    "(alternatives of one unit, one claim over both months; first phase held 28 December 2025). Quake of Friday "
    "28 March; rebel pause announced Tuesday 1 April.",
    ["same-day-future", "same-sentence-claims", "past-weekday", "said-on-day", "year-inference", "number-like-date",
     "month-period", "explicit-date", "pronoun-speaker"],
)

P(
    "tv-lebanon-president-session-2025",
    "2025-01-03 16:00",
    "Asia/Beirut",
    "BEIRUT - Lebanon's parliament will meet on Thursday next week for a 13th attempt to elect a president, a post "
    "that has been vacant since Michel Aoun's term ended in October 2022. Speaker Nabih Berri set the date in late "
    "November, a day after a ceasefire halted more than a year of fighting between Israel and Hezbollah. Army "
    "commander Joseph Aoun, who is not related to the former president, is widely seen as the front-runner, though "
    "electing a serving commander may require a constitutional amendment. Under the truce, Israeli troops have until "
    "Jan. 26 to withdraw from south Lebanon, a deadline Israeli officials have suggested could slip. US envoy Amos "
    "Hochstein is due in Beirut on Monday to chair a meeting of the committee monitoring the ceasefire.",
    [
        C(
            "Lebanon's parliament will meet on Thursday next week",
            "on Thursday next week",
            wd_next_week("Thursday"),
            "event",
            None,
            real="2025-01-09",
        ),
        C(
            "Israeli troops have until Jan. 26 to withdraw from south Lebanon",
            "until Jan. 26",
            md(1, 26),
            "deadline",
            None,
        ),
        C(
            "US envoy Amos Hochstein is due in Beirut on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2025-01-06",
        ),
    ],
    "Berri called the 9 January 2025 session on 28 November 2024, the day after the Israel-Hezbollah ceasefire "
    "took effect; Joseph Aoun was elected on Thursday 9 January. The 60-day withdrawal window of the truce ended on "
    "26 January 2025 (a cut-off set by the agreement, deadline, no speaker; it was later extended to 18 February, "
    "so no real date). Hochstein arrived in Beirut on Monday 6 January. 'may require' and 'could slip' are "
    "possibilities; Michel Aoun's term ended on 31 October 2022.",
    ["next-week-weekday", "may-verb", "hypothetical", "past-month", "number-like-date", "explicit-date"],
)

P(
    "tv-armenia-azerbaijan-white-house-2025",
    "2025-08-07 21:00",
    "Asia/Yerevan",
    "YEREVAN - President Donald Trump said on Thursday he would host the leaders of Armenia and Azerbaijan at the "
    "White House on Friday for what he called a historic peace summit, a step toward ending nearly four decades of "
    "conflict between the South Caucasus neighbours. Prime Minister Nikol Pashinyan and President Ilham Aliyev are "
    "expected to sign a joint declaration as well as bilateral deals with Washington, including one that would give "
    "the United States development rights to a transit route across southern Armenia. The two sides agreed the text "
    "of a peace treaty in March, but Baku insists that Armenia first remove a claim to Nagorno-Karabakh from its "
    "constitution, which would require a referendum. Azerbaijan retook the enclave in a lightning offensive in "
    "September 2023, and almost all of its roughly 100,000 ethnic Armenians fled. Pashinyan, whose Civil Contract "
    "party faces a parliamentary election in June next year, has staked his political future on a settlement.",
    [
        C(
            "he would host the leaders of Armenia and Azerbaijan at the White House on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "Donald Trump",
            real="2025-08-08",
        ),
        C(
            "faces a parliamentary election in June next year",
            "in June next year",
            in_month(2026, 6),
            "event",
            None,
        ),
    ],
    "Trump's Truth Social announcement of Thursday 7 August 2025; the Aliyev-Pashinyan-Trump summit and signing "
    "took place at the White House on Friday 8 August 2025 (Washington and Yerevan dates agree). The signing "
    "sentence refers back to the labelled summit. The peace treaty text was agreed on 13 March 2025; Armenia's "
    "parliamentary election is scheduled for June 2026 (whole month accepted). 'would require a referendum' is "
    "undated.",
    ["said-on-day", "month-period", "year-inference", "past-month", "number-like-date", "hypothetical"],
)

P(
    "tv-s400-f35-letter-2019",
    "2019-06-08 10:00",
    "Europe/Istanbul",
    "ANKARA (Reuters) - The United States has told Turkey that its pilots training on the F-35 stealth fighter must "
    "leave the country by July 31 unless Ankara abandons its purchase of Russia's S-400 air defence system, in a "
    "letter from acting US Defense Secretary Patrick Shanahan that was made public on Friday. 'You still have the "
    "option to change course on the S-400,' Shanahan wrote to Defence Minister Hulusi Akar, adding that no new "
    "Turkish students would start training and that Turkey would be left out of a meeting of F-35 partners on June "
    "12. President Tayyip Erdogan has called the $2.5 billion Russian deal, signed in late 2017, a done deal, and "
    "Turkish officials expect the first S-400 units to arrive in July. Erdogan is due to meet President Donald Trump "
    "at the Group of 20 summit in Osaka on June 28-29, where Ankara hopes to defuse the row.",
    [
        C(
            "its pilots training on the F-35 stealth fighter must leave the country by July 31 unless Ankara abandons "
            "its purchase of Russia's S-400 air defence system",
            "by July 31",
            md(7, 31),
            "deadline",
            "Patrick Shanahan",
        ),
        C(
            "Turkey would be left out of a meeting of F-35 partners on June 12",
            "on June 12",
            md(6, 12),
            "promise",
            "Patrick Shanahan",
            real="2019-06-12",
        ),
        C(
            "Turkish officials expect the first S-400 units to arrive in July",
            "in July",
            in_month(2019, 7),
            "prediction",
            None,
            real="2019-07-12",
        ),
        C(
            "Erdogan is due to meet President Donald Trump at the Group of 20 summit in Osaka on June 28-29",
            "on June 28-29",
            md_span(6, 28, 6, 29),
            "event",
            None,
            real="2019-06-29",
        ),
    ],
    "Shanahan's letter to Akar dated 6 June 2019, reported on Friday 7 June: Turkish F-35 trainees to leave the US "
    "by 31 July 2019 unless Turkey dropped the S-400 (a conditional ultimatum, deadline; Turkey was suspended from "
    "the programme on 17 July, so no real date); Turkey excluded from the F-35 CEO roundtable of 12 June (the US "
    "committing to its own action, promise). First S-400 parts landed at Murted on 12 July 2019 (forecast by "
    "unnamed officials: null speaker). Erdogan met Trump in Osaka on 29 June 2019 during the 28-29 June G20 summit "
    "(one claim spanning both days). The $2.5 billion contract was signed in December 2017.",
    ["conditional-threat", "month-period", "range", "number-like-date", "said-on-day", "explicit-date"],
)

P(
    "tv-unsc-north-korea-vote-2017",
    "2017-09-10 13:00",
    "America/New_York",
    "UNITED NATIONS (Reuters) - The UN Security Council votes on Monday on a US-drafted resolution that would impose "
    "new sanctions on North Korea over its sixth and largest nuclear test, though the text has been watered down to "
    "win over China and Russia, diplomats said. The version to be put to the vote drops a proposed full oil embargo "
    "and an asset freeze on leader Kim Jong Un, and instead caps the country's imports of refined petroleum and bans "
    "its textile exports. Diplomats said they expected both Beijing and Moscow to back it on Monday. Washington had "
    "pushed for a vote within a week of the Sept. 3 test, and US Ambassador Nikki Haley said last Monday that "
    "Pyongyang was begging for war. North Korea marked its founding anniversary on Saturday without the missile "
    "launch that South Korean officials had feared.",
    [
        C(
            "The UN Security Council votes on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2017-09-11",
        ),
        C(
            "Diplomats said they expected both Beijing and Moscow to back it on Monday",
            "on Monday",
            wd("Monday"),
            "prediction",
            None,
            real="2017-09-11",
        ),
    ],
    "Resolution 2375, adopted unanimously on Monday 11 September 2017 after the 3 September test; the US had "
    "requested the vote on Friday 8 September. China and Russia voted in favour. The forecast comes from unnamed "
    "diplomats (null speaker). 'within a week of the Sept. 3 test' is past; Haley spoke on Monday 4 September; the "
    "anniversary was Saturday 9 September.",
    ["past-weekday", "explicit-past-date", "number-like-date", "multi-claim"],
)

# ===========================================================================
# Elections, transitions and treaties

P(
    "tv-colombia-runoff-2022",
    "2022-05-30 08:00",
    "America/Bogota",
    "BOGOTA (AP) - Colombians will choose between a former guerrilla and a populist construction magnate in a "
    "runoff on June 19, after neither candidate won a majority in Sunday's first round. Gustavo Petro, a senator and "
    "ex-mayor of Bogota seeking to become the country's first leftist president, took 40.3% of the vote, while "
    "Rodolfo Hernandez, a 77-year-old businessman who ran a largely social-media campaign against corruption, "
    "surprised pollsters with 28.2%. Federico Gutierrez, the favourite of the conservative establishment, finished "
    "third with 23.9% and said on Sunday night he would back Hernandez to keep Petro out. The winner will be sworn "
    "in on Aug. 7, succeeding President Ivan Duque, who is barred from seeking re-election and whose ratings have "
    "languished since the mass protests of 2021.",
    [
        C(
            "in a runoff on June 19",
            "on June 19",
            md(6, 19),
            "event",
            None,
            real="2022-06-19",
        ),
        C(
            "The winner will be sworn in on Aug. 7",
            "on Aug. 7",
            md(8, 7),
            "event",
            None,
            real="2022-08-07",
        ),
    ],
    "Colombian first round of Sunday 29 May 2022 (Petro 40.3%, Hernandez 28.2%, Gutierrez 23.9%); runoff on 19 June "
    "2022 (Petro won); inauguration on 7 August 2022. Gutierrez's endorsement on Sunday night is past.",
    ["past-weekday", "said-on-day", "number-like-date", "explicit-date"],
)

P(
    "tv-sudan-declaration-initialled-2019",
    "2019-08-04 18:00",
    "Africa/Khartoum",
    "KHARTOUM - What happens next? Sudan's ruling generals and the main protest coalition initialled a "
    "constitutional declaration on Sunday that is meant to steer the country through a little over three years of "
    "joint civilian-military rule, four months after the army ousted Omar al-Bashir. African Union mediator "
    "Mohamed Hassan Lebatt said the final signing would take place on Aug. 17 in the presence of regional leaders. "
    "A sovereign council of five officers and six civilians will be named on Aug. 18, a prime minister on Aug. 20 "
    "and a cabinet on Aug. 28, according to people with knowledge of the talks. Elections are due only at the end "
    "of the transition, and the protest leaders have yet to say whom they will put forward as prime minister.",
    [
        C(
            "the final signing would take place on Aug. 17",
            "on Aug. 17",
            md(8, 17),
            "event",
            "Mohamed Hassan Lebatt",
            real="2019-08-17",
        ),
        C(
            "A sovereign council of five officers and six civilians will be named on Aug. 18",
            "on Aug. 18",
            md(8, 18),
            "event",
            None,
        ),
        C(
            "a prime minister on Aug. 20",
            "on Aug. 20",
            md(8, 20),
            "event",
            None,
        ),
        C(
            "a cabinet on Aug. 28",
            "on Aug. 28",
            md(8, 28),
            "event",
            None,
        ),
    ],
    "Constitutional declaration initialled in Khartoum on Sunday 4 August 2019 by Mohamed Hamdan Dagalo and Ahmed "
    "Rabie; the AU mediator said the formal signing would be on 17 August (held that day). Reuters' sources gave "
    "the timetable: sovereign council 18 August (named 20 August, sworn in 21 August), prime minister 20 August "
    "(Abdalla Hamdok sworn in 21 August), cabinet 28 August (named 5 September); all slipped, so no real dates. "
    "Anonymous sources: null speaker; the elliptical clauses 'a prime minister on Aug. 20' and 'a cabinet on Aug. "
    "28' are separate appointments, one claim each. 'at the end of the transition' is undated. Explainer opening "
    "with a question.",
    ["same-sentence-claims", "question", "said-on-day", "undated-future", "explicit-date"],
)

P(
    "tv-prespa-name-deal-2018",
    "2018-06-12 21:00",
    "Europe/Athens",
    "ATHENS (Reuters) - Greece and Macedonia struck a deal on Tuesday to end a 27-year dispute over the former "
    "Yugoslav republic's name, agreeing that it will be called the Republic of North Macedonia, Prime Minister Alexis "
    "Tsipras said in a televised address. The two foreign ministers will sign the accord next Sunday at Lake Prespa, "
    "where the borders of the two countries meet Albania's, he said. In Skopje, Prime Minister Zoran Zaev told "
    "reporters that a referendum on the change would be held later this year, and under the deal the country must "
    "complete the constitutional amendments by the end of the year before the Greek parliament ratifies it. Athens "
    "has blocked its neighbour's bids to join NATO and the European Union since the 1990s, arguing that the name "
    "implied a claim on its own northern province of Macedonia, and diplomats said Skopje could be invited to start "
    "accession talks at NATO's next summit if the deal holds.",
    [
        C(
            "The two foreign ministers will sign the accord next Sunday at Lake Prespa",
            "next Sunday",
            next_wd("Sunday"),
            "event",
            "Alexis Tsipras",
            real="2018-06-17",
        ),
        C(
            "a referendum on the change would be held later this year",
            "later this year",
            rest_of_year(),
            "event",
            "Zoran Zaev",
            real="2018-09-30",
        ),
        C(
            "the country must complete the constitutional amendments by the end of the year",
            "by the end of the year",
            this_year_end(),
            "deadline",
            None,
        ),
    ],
    "Tsipras-Zaev announcement of Tuesday 12 June 2018; the Prespa agreement was signed on Sunday 17 June 2018 "
    "('next Sunday' in a Tuesday article: both readings, 17 and 24 June, accepted). Zaev's referendum was held on 30 "
    "September 2018. The deal's timetable for the constitutional changes (end of 2018) is a cut-off set by the "
    "agreement (deadline, no speaker in that clause); they were completed on 11 January 2019, so no real date. "
    "'he said' after Tsipras is a pronoun speaker. NATO's 'next summit' and 'could be invited' are undated and "
    "hypothetical.",
    ["next-weekday", "pronoun-speaker", "later-this-period", "year-end", "hypothetical", "same-sentence-claims",
     "number-like-date", "said-on-day"],
)

P(
    "tv-iaea-iran-roadmap-2015",
    "2015-07-14 19:00",
    "Europe/Vienna",
    "VIENNA (Reuters) - Hours after Iran and six world powers sealed a nuclear deal on Tuesday, the head of the UN "
    "atomic watchdog set out a timetable for settling questions about Tehran's past work on weapons design. Under a "
    "road-map signed with Iranian nuclear chief Ali Akbar Salehi, Iran must provide the information the agency has "
    "sought for years by Aug. 15, International Atomic Energy Agency Director General Yukiya Amano told reporters. "
    "He said the agency would deliver its final assessment to its board by Dec. 15. The talks, which had been meant "
    "to end by June 30, ran through three further deadlines before the parties finally agreed at a Vienna hotel "
    "after more than two weeks of round-the-clock bargaining. Sanctions on Iran's oil and banking sectors will be "
    "lifted only once the IAEA verifies that Tehran has scaled back its programme, and US officials said they "
    "expected that to happen early next year.",
    [
        C(
            "Iran must provide the information the agency has sought for years by Aug. 15",
            "by Aug. 15",
            md(8, 15),
            "deadline",
            "Yukiya Amano",
        ),
        C(
            "the agency would deliver its final assessment to its board by Dec. 15",
            "by Dec. 15",
            md(12, 15),
            "promise",
            "Yukiya Amano",
            real="2015-12-02",
            real_le=True,
        ),
        C(
            "US officials said they expected that to happen early next year",
            "early next year",
            early_year(2016),
            "prediction",
            None,
            real="2016-01-16",
        ),
    ],
    "JCPOA concluded in Vienna on Tuesday 14 July 2015; Amano and Salehi signed the IAEA road-map the same day: "
    "Iran to provide information by 15 August, the IAEA's final assessment by 15 December 2015 (issued 2 December, "
    "a 'by' deadline met early). 'He said' is a pronoun speaker (Amano). The June 30 target and its extensions are "
    "past and superseded. Sanctions were lifted on Implementation Day, 16 January 2016; the forecast is by unnamed "
    "US officials (null speaker).",
    ["pronoun-speaker", "superseded-date", "early-year", "said-on-day", "explicit-past-date", "number-like-date"],
)

P(
    "tv-nepal-karki-six-months-2025",
    "2025-09-14 19:00",
    "Asia/Kathmandu",
    "KATHMANDU (AFP) - Nepal's interim prime minister Sushila Karki pledged on Sunday to hand power to an elected "
    "government within six months, as she formally took charge of a country reeling from its deadliest unrest in "
    "decades. 'We will not stay more than six months in any case,' Karki, 73, told officials in her first public "
    "remarks since being sworn in on Friday night. Hours after her appointment, President Ram Chandra Paudel "
    "dissolved the House of Representatives and set a general election for March 5. The youth-led protests erupted "
    "on Monday over a ban on 26 social media platforms, and after police opened fire outside parliament that day, "
    "Prime Minister KP Sharma Oli resigned on Tuesday; at least 72 people died in two days of violence. Karki, a "
    "former anti-corruption campaigner, became Nepal's first woman chief justice in 2016.",
    [
        C(
            "pledged on Sunday to hand power to an elected government within six months",
            "within six months",
            in_months(6),
            "promise",
            "Sushila Karki",
        ),
        C(
            "set a general election for March 5",
            "for March 5",
            md(3, 5),
            "event",
            "Ram Chandra Paudel",
        ),
    ],
    "Karki was sworn in on Friday 12 September 2025 and formally took office on Sunday 14 September, saying the "
    "interim government would not stay more than six months (six months from publication = 14 March 2026; the "
    "quoted repetition is the same claim, labelled once). Paudel dissolved the House on 12 September and set the "
    "election for 5 March 2026 (a year-less date in a September article falls next year); the election is after the "
    "reporting period, so no real date is recorded. Protests from Monday 8 September, Oli resigned Tuesday 9 "
    "September.",
    ["repeated-claim", "year-inference", "past-weekday", "said-on-day", "duration", "number-like-date",
     "explicit-date"],
)

P(
    "tv-ecowas-guinea-six-months-2021",
    "2021-09-16 21:00",
    "Africa/Accra",
    "ACCRA (Reuters) - West African leaders on Thursday demanded that Guinea's new military rulers hold presidential "
    "and legislative elections within six months and immediately free deposed President Alpha Conde, threatening "
    "tougher measures if they fail to comply. At an emergency summit in the Ghanaian capital, the Economic Community "
    "of West African States imposed travel bans and asset freezes on members of the junta and their relatives, "
    "ECOWAS Commission president Jean-Claude Kassi Brou told reporters. The bloc also insisted that neighbouring "
    "Mali's military government keep its pledge to hold elections on Feb. 27, 2022, amid signs that the vote could "
    "slip. Colonel Mamady Doumbouya's special forces seized Conde on Sept. 5, less than a year after the 83-year-old "
    "won a disputed third term, and ECOWAS suspended Guinea three days later; leaders will review progress at their "
    "next ordinary summit.",
    [
        C(
            "hold presidential and legislative elections within six months",
            "within six months",
            in_months(6),
            "deadline",
            "ECOWAS",
        ),
        C(
            "keep its pledge to hold elections on Feb. 27, 2022",
            "on Feb. 27, 2022",
            ymd(2022, 2, 27),
            "deadline",
            "ECOWAS",
        ),
    ],
    "ECOWAS extraordinary summit in Accra on Thursday 16 September 2021: Guinea's junta to hold elections within six "
    "months (16 March 2022; not met), travel bans and asset freezes on junta members; Mali told to keep the 27 "
    "February 2022 election date (not held). Both are targets set by the bloc for others (deadlines), with an "
    "undated threat of further measures. Brou speaks for the bloc, so the principal (ECOWAS) is the speaker. Coup "
    "of 5 September 2021; suspension 8 September; the next ordinary summit is undated in the text.",
    ["conditional-threat", "duration", "said-on-day", "explicit-past-date", "number-like-date", "explicit-date",
     "same-sentence-claims"],
)

P(
    "tv-chad-deby-funeral-2021",
    "2021-04-21 10:00",
    "Africa/Ndjamena",
    "N'DJAMENA (Reuters) - Chad will hold a state funeral on Friday for President Idriss Deby, who died of wounds "
    "suffered while visiting troops fighting rebels in the north, the army said, a day after announcing that a "
    "military council led by his son would govern for 18 months. Deby, 68, who seized power in 1990, had been "
    "declared the winner of an April 11 election on Monday, giving him a sixth term; the army announced his death "
    "on Tuesday. The council, headed by 37-year-old Mahamat Idriss Deby, dissolved the government and parliament, "
    "imposed an evening curfew and closed the borders, and has promised free and democratic elections at the end of "
    "the transition. Opposition parties called the takeover a coup, while France, which counted Deby as a key ally "
    "against Islamist militants in the Sahel, said it had taken note of the council's commitment.",
    [
        C(
            "Chad will hold a state funeral on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "the Chadian army",
            real="2021-04-23",
        ),
        C(
            "a military council led by his son would govern for 18 months",
            "for 18 months",
            in_months_anchored(18, "Tuesday"),
            "promise",
            "the Chadian army",
        ),
    ],
    "Deby's death was announced on Tuesday 20 April 2021, the day after provisional results of the 11 April "
    "election were declared; the state funeral was held in N'Djamena on Friday 23 April 2021. The 18-month "
    "transition (announced Tuesday, reported a day later) runs to 20 October 2022 from the announcement or 21 "
    "October 2022 from publication, both accepted; the council keeping its own arrangement for a set term is read as "
    "a promise (it was extended in October 2022, so no real date). 'at the end of the transition' refers back and is "
    "not labelled again.",
    ["duration", "past-weekday", "explicit-past-date", "number-like-date", "said-on-day"],
)

P(
    "tv-kurdistan-referendum-eve-2017",
    "2017-09-24 20:00",
    "Asia/Baghdad",
    "ERBIL, Iraq (Reuters) - Iraqi Kurdish leader Masoud Barzani refused on Sunday to call off an independence "
    "referendum despite warnings from Baghdad, Ankara and Tehran and a last-ditch appeal from Washington, saying a "
    "yes vote would open negotiations rather than bring an immediate declaration of statehood. Polling stations open "
    "at 8 a.m. on Monday and close at 6 p.m., and the region's electoral commission expects to announce final results "
    "within 72 hours of the polls closing. Turkey's parliament on Saturday extended by a year a mandate allowing troops "
    "to be sent into Iraq and Syria, and Iran halted flights to and from the Kurdish region on Sunday at Baghdad's "
    "request. Iraq's supreme court last Monday ordered the vote suspended, a ruling the Kurdish authorities ignored.",
    [
        C(
            "Polling stations open at 8 a.m. on Monday",
            "at 8 a.m. on Monday",
            wd("Monday", "08:00"),
            "event",
            None,
            real="2017-09-25",
        ),
        C(
            "the region's electoral commission expects to announce final results within 72 hours of the polls closing",
            "within 72 hours of the polls closing",
            in_days(3, 4),
            "prediction",
            "the region's electoral commission",
            real="2017-09-27",
        ),
    ],
    "Kurdistan independence referendum of Monday 25 September 2017 (polls 08:00-18:00); final results (92.7% yes) "
    "were announced on Wednesday 27 September. The 72 hours are anchored to the close of polls on Monday (Thursday "
    "28 September); from publication they end on Wednesday 27 September; both accepted (in_days(3, 4) from a Sunday "
    "article). 'expects to announce' is read as a forecast (prediction, as in the README's 'expected to announce "
    "the results'), with the commission as speaker. 'last Monday' is 18 September; Turkey's vote was Saturday 23 "
    "September.",
    ["time-local", "duration", "range", "past-weekday", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Diplomacy, prisoners and disputes

P(
    "tv-brunson-izmir-hearing-2018",
    "2018-10-12 07:30",
    "Europe/Istanbul",
    "IZMIR, Turkey (AP) - An American pastor whose two-year detention has driven relations between Ankara and "
    "Washington to their lowest point in decades returns to court on Friday, amid reports that a deal for his "
    "release is within reach. Andrew Brunson, an evangelical minister from North Carolina who ran a small church in "
    "this Aegean city for more than 20 years, was detained in October 2016, later charged with terrorism and "
    "espionage, which he denies, and moved to house arrest on July 25. A week later Washington sanctioned Turkey's justice and "
    "interior ministers, and on Aug. 10 President Donald Trump doubled tariffs on Turkish steel and aluminium, "
    "deepening a slide in the lira. NBC News reported on Thursday, citing two senior US officials, that Ankara had "
    "agreed to free him in exchange for an easing of economic pressure, though the Turkish government insists its "
    "courts are independent.",
    [
        C(
            "returns to court on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2018-10-12",
        ),
    ],
    "Brunson's fourth hearing at the Aliaga court near Izmir on Friday 12 October 2018, at which he was convicted, "
    "sentenced to time served and released. Arrest 7 October 2016 (charged later), house arrest 25 July 2018, US "
    "sanctions on ministers Gul and Soylu 1 August, steel and aluminium tariffs doubled 10 August 2018. NBC's report "
    "of Thursday 11 October gives no date for the release (undated).",
    ["by-weekday-same-day", "same-day-future", "said-on-day", "explicit-past-date", "past-month", "number-like-date",
     "undated-future"],
)

P(
    "tv-khashoggi-erdogan-speech-2018",
    "2018-10-21 20:00",
    "Europe/Istanbul",
    "ISTANBUL (Reuters) - President Tayyip Erdogan said on Sunday he would reveal the naked truth about the killing "
    "of Saudi journalist Jamal Khashoggi in a speech to his party's lawmakers on Tuesday, as Western allies pressed "
    "Riyadh to explain how a critic of the crown prince died inside its Istanbul consulate. Saudi Arabia acknowledged "
    "early on Saturday, after more than two weeks of denials, that Khashoggi had died there on Oct. 2, saying he was "
    "killed in a fight, an account greeted with scepticism in Washington, London and Berlin. Foreign Minister Adel "
    "al-Jubeir called it a tremendous mistake in an interview broadcast on Sunday. The same Tuesday, Crown Prince "
    "Mohammed bin Salman's flagship investment conference opens in Riyadh, although a string of bankers, executives "
    "and ministers, including US Treasury Secretary Steven Mnuchin, have pulled out.",
    [
        C(
            "he would reveal the naked truth about the killing of Saudi journalist Jamal Khashoggi in a speech to his "
            "party's lawmakers on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            "Tayyip Erdogan",
            real="2018-10-23",
        ),
        C(
            "The same Tuesday, Crown Prince Mohammed bin Salman's flagship investment conference opens in Riyadh",
            "The same Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2018-10-23",
        ),
    ],
    "Erdogan's remarks of Sunday 21 October 2018; his speech to the AKP parliamentary group was given on Tuesday 23 "
    "October, the opening day of the Future Investment Initiative in Riyadh (23-25 October). Saudi statement early "
    "on Saturday 20 October; Khashoggi killed on 2 October; al-Jubeir's Fox News interview aired Sunday 21 October; "
    "Mnuchin withdrew on Thursday 18 October. An address is an event whoever gives it.",
    ["past-weekday", "said-on-day", "explicit-past-date", "number-like-date"],
)

P(
    "tv-libya-berlin-conference-2020",
    "2020-01-14 17:00",
    "Europe/Berlin",
    "BERLIN (dpa) - Chancellor Angela Merkel will host a summit on Libya in Berlin on Sunday, the German government "
    "said on Tuesday, hours after eastern commander Khalifa Haftar left Moscow without signing a ceasefire agreement "
    "that his rival in Tripoli had accepted on Monday. Invitations have gone to the leaders of Russia, Turkey, "
    "France, Britain, Italy, Egypt and the United Arab Emirates, as well as to Haftar and Prime Minister Fayez "
    "al-Serraj, head of the UN-recognised government. A truce brokered by Moscow and Ankara has largely held since "
    "it took effect on Jan. 12, although each side accuses the other of breaches. Turkish President Tayyip Erdogan, "
    "who began sending troops to support Serraj this month, warned that Turkey would teach Haftar a lesson if his "
    "forces resumed their attacks. Haftar launched his offensive on Tripoli last April.",
    [
        C(
            "Chancellor Angela Merkel will host a summit on Libya in Berlin on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            "the German government",
            real="2020-01-19",
        ),
    ],
    "German government announcement of Tuesday 14 January 2020; the Berlin Conference on Libya was held on Sunday "
    "19 January 2020. Serraj signed in Moscow on Monday 13 January; Haftar left without signing; the truce took "
    "effect on 12 January. Erdogan's warning is conditional and undated. Haftar's Tripoli offensive began in April "
    "2019 ('last April').",
    ["last-month", "past-weekday", "said-on-day", "hypothetical", "explicit-past-date", "number-like-date"],
)

P(
    "tv-venezuela-aid-cucuta-2019",
    "2019-02-22 09:00",
    "America/Bogota",
    "CUCUTA, Colombia (Reuters) - Some of Latin America's biggest stars take the stage on Friday at the unopened "
    "Tienditas bridge for Venezuela Aid Live, a concert organised by British billionaire Richard Branson, who expects "
    "it to raise $100 million for Venezuelans within 60 days. Opposition leader Juan Guaido, recognised as interim "
    "president by the United States and dozens of other countries since Jan. 23, has vowed that aid stockpiled in "
    "warehouses here will cross the border on Saturday with the help of thousands of volunteers. President Nicolas "
    "Maduro, who calls the aid a pretext for a US invasion, ordered the border with Brazil closed from Thursday night "
    "and said he was considering shutting the Colombian frontier as well. Will the troops guarding the crossings let "
    "the lorries through?",
    [
        C(
            "take the stage on Friday at the unopened Tienditas bridge",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2019-02-22",
        ),
        C(
            "who expects it to raise $100 million for Venezuelans within 60 days",
            "within 60 days",
            in_days(60),
            "prediction",
            "Richard Branson",
        ),
        C(
            "aid stockpiled in warehouses here will cross the border on Saturday",
            "on Saturday",
            wd("Saturday"),
            "promise",
            "Juan Guaido",
        ),
    ],
    "Venezuela Aid Live, Cucuta, Friday 22 February 2019; Branson aimed to raise $100 million within 60 days "
    "(about $2.5 million was raised online in the first days; not reached, so no real date). Guaido's vow that the "
    "aid would enter on Saturday 23 February (the attempt was made that day but the convoys were blocked and some "
    "lorries burned, so no real date is recorded for the promise). Maduro closed the Brazilian border from 20:00 on "
    "Thursday 21 February (past). The closing question is not a claim.",
    ["by-weekday-same-day", "same-day-future", "same-sentence-claims", "duration", "question", "past-weekday",
     "number-like-date", "explicit-past-date"],
)

# ===========================================================================
# Aid, climate and prizes

P(
    "tv-pakistan-floods-geneva-2023",
    "2023-01-06 13:00",
    "Asia/Karachi",
    "ISLAMABAD - Pakistan will ask donors for billions of dollars to rebuild after last summer's catastrophic floods "
    "at a conference in Geneva on Monday, co-hosted by Prime Minister Shehbaz Sharif and UN Secretary-General "
    "Antonio Guterres. The government puts the cost of recovery and reconstruction at $16.3 billion and says it will "
    "cover about half from its own budget. Monsoon rains that began in mid-June left a third of the country under "
    "water at their peak in late August, killed more than 1,700 people and caused damage and losses that a joint "
    "assessment put at over $30 billion, and aid agencies said on Thursday that millions were still living near "
    "stagnant water as winter set in. Islamabad's finances are stretched: talks with the IMF on its ninth loan review "
    "have stalled since November, and central bank reserves have fallen below $6 billion.",
    [
        C(
            "at a conference in Geneva on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2023-01-09",
        ),
    ],
    "International Conference on Climate Resilient Pakistan, Geneva, Monday 9 January 2023 (pledges of over $9 "
    "billion). The 2022 floods began in mid-June and peaked in late August; the post-disaster needs assessment "
    "(October 2022) put damage and losses above $30 billion. 'said on Thursday' dates a statement; the IMF review "
    "had stalled since November 2022; half the $16.3 billion from its own budget is undated.",
    ["past-month", "said-on-day", "number-like-date", "undated-future"],
)

P(
    "tv-cop21-final-text-2015",
    "2015-12-11 22:30",
    "Europe/Paris",
    "LE BOURGET, France (AFP) - The Paris climate conference blew through its Friday deadline as negotiators from 195 "
    "nations argued late into the night over money and ambition, and French Foreign Minister Laurent Fabius, who is "
    "presiding, said he would present a final draft on Saturday morning. 'I am sure it will be approved,' Fabius told "
    "reporters, after the talks overran a scheduled 6 p.m. close on Friday. The sticking points remain how to share "
    "the burden between rich and poor countries and how to honour developed countries' 2009 pledge to mobilise $100 "
    "billion a year by 2020 to help poorer nations cope with global warming. Island states want the deal to name a "
    "1.5C ceiling, not only the 2C limit endorsed in Copenhagen. Could the accord still unravel?",
    [
        C(
            "he would present a final draft on Saturday morning",
            "on Saturday morning",
            wd("Saturday"),
            "event",
            "Laurent Fabius",
            real="2015-12-12",
        ),
        C(
            "developed countries' 2009 pledge to mobilise $100 billion a year by 2020",
            "by 2020",
            by_year(2020),
            "promise",
            "developed countries",
        ),
    ],
    "COP21 overran its scheduled close (18:00 on Friday 11 December 2015); Fabius presented the final text on "
    "Saturday 12 December, and the Paris Agreement was adopted that evening. The 2009 Copenhagen pledge of $100 "
    "billion a year by 2020 is a standing commitment of the developed countries (promise; not met in 2020, so no "
    "real date). The missed Friday deadline is past/superseded; the closing question is not a claim.",
    ["superseded-date", "question", "number-like-date", "year-period"],
)

P(
    "tv-nobel-peace-preview-addis-2019",
    "2019-10-11 08:00",
    "Africa/Addis_Ababa",
    "ADDIS ABABA - Ethiopians will be watching closely as the Norwegian Nobel Committee names this year's peace "
    "laureate at 11 a.m. Oslo time on Friday, with Prime Minister Abiy Ahmed among the names most often mentioned. "
    "Abiy, 43, took office in April last year and within months had ended two decades of hostility with Eritrea "
    "that followed the 1998-2000 border war, freed thousands of political prisoners and welcomed exiled opposition "
    "groups home. Bookmakers make Swedish climate activist Greta Thunberg, 16, the favourite to win on Friday, with "
    "Abiy close behind among 301 candidates. Critics note that border crossings reopened with fanfare in September "
    "last year have since been shut again, and that ethnic violence has displaced millions. Whoever wins will "
    "receive the prize at a ceremony in Oslo on Dec. 10, the anniversary of Alfred Nobel's death.",
    [
        C(
            "names this year's peace laureate at 11 a.m. Oslo time on Friday",
            "at 11 a.m. Oslo time on Friday",
            zoned(wd("Friday"), "11:00", "Europe/Oslo"),
            "event",
            None,
            real="2019-10-11",
        ),
        C(
            "Bookmakers make Swedish climate activist Greta Thunberg, 16, the favourite to win on Friday",
            "on Friday",
            wd("Friday"),
            "prediction",
            "bookmakers",
        ),
        C(
            "will receive the prize at a ceremony in Oslo on Dec. 10",
            "on Dec. 10",
            md(12, 10),
            "event",
            None,
            real="2019-12-10",
        ),
    ],
    "2019 Nobel Peace Prize announced in Oslo at 11:00 CEST on Friday 11 October 2019 (12:00 in Addis Ababa, same "
    "day); Abiy Ahmed won, so the bookmakers' forecast for Thunberg has no real date. Award ceremony in Oslo on 10 "
    "December 2019. Abiy took office on 2 April 2018; the Ethiopia-Eritrea border crossings reopened on 11 "
    "September 2018.",
    ["time-converted", "by-weekday-same-day", "same-day-future", "last-month", "number-like-date", "explicit-date"],
)

# ===========================================================================
# No dated forward-looking claim

N(
    "tv-haiti-vote-postponed-matthew-2016",
    "2016-10-06 09:00",
    "America/Port-au-Prince",
    "PORT-AU-PRINCE (Reuters) - Haiti's electoral council has postponed the presidential election that had been due "
    "on Sunday, after Hurricane Matthew tore across the country's southwestern peninsula, killing scores of people and "
    "cutting off towns from the capital. Council president Leopold Berlanger said on Wednesday that a new date would "
    "be announced once officials had assessed the damage to polling stations and voter lists, but gave no timetable. "
    "The vote was meant to rerun an October 2015 first round that was annulled over fraud allegations, and Jocelerme "
    "Privert has served as interim president since February. Matthew, which came ashore near Les Anglais on Tuesday "
    "as a Category 4 storm with 145 mph winds, was the strongest hurricane to hit Haiti in more than 50 years. Could "
    "the delay stretch into next year?",
    "Hurricane Matthew made landfall on Tuesday 4 October 2016; the CEP postponed the 9 October election on "
    "Wednesday 5 October and later set 20 November (not in the text). The cancelled Sunday date, the undated "
    "'new date', the question about next year and the background dates are all not claims.",
    ["cancelled-date", "said-on-day", "question", "undated-future", "past-weekday", "number-like-date"],
)

N(
    "tv-trump-iran-strike-called-off-2019",
    "2019-06-21 13:00",
    "America/New_York",
    "WASHINGTON (Reuters) - President Donald Trump said on Friday he had called off military strikes on Iran with 10 "
    "minutes to spare on Thursday night after being told that about 150 people could die, a response he judged out "
    "of proportion to the downing of an unmanned US drone. 'I am in no hurry,' Trump wrote on Twitter, adding that "
    "sanctions were biting and that more had been added overnight. Iran's Revolutionary Guards shot down the Global "
    "Hawk surveillance drone early on Thursday, saying it had violated Iranian airspace near the Strait of Hormuz, "
    "while Washington says it was over international waters. Would a new strike order follow if Tehran struck again? "
    "The Federal Aviation Administration has barred US airlines from the airspace over the Strait and the Gulf of "
    "Oman until further notice.",
    "Trump's tweets of Friday 21 June 2019 about the strikes called off on Thursday night 20 June; the RQ-4 Global "
    "Hawk was downed early on 20 June. 'until further notice' is undated; the question and 'could die' are "
    "hypothetical; all weekdays are past.",
    ["past-weekday", "said-on-day", "question", "hypothetical", "undated-future", "number-like-date"],
)

N(
    "tv-soleimani-killed-baghdad-2020",
    "2020-01-03 18:00",
    "Asia/Tehran",
    "TEHRAN (AFP) - Iran's supreme leader Ayatollah Ali Khamenei vowed severe revenge on Friday after a US drone "
    "strike at Baghdad airport killed Major General Qassem Soleimani, the commander of the Revolutionary Guards' "
    "foreign operations arm and the architect of Iran's regional influence. Also killed was Abu Mahdi al-Muhandis, "
    "deputy head of Iraq's Popular Mobilisation Forces, in a strike the Pentagon said had been ordered by President "
    "Donald Trump. Khamenei named Soleimani's deputy, Esmail Qaani, to replace him. The attack came three days after "
    "supporters of an Iran-backed militia stormed the US embassy compound in Baghdad, and the State Department urged "
    "Americans to leave Iraq immediately. When and where Iran might retaliate was unclear, and analysts said Tehran "
    "could choose targets across the region in the months to come.",
    "US strike of early Friday 3 January 2020; the embassy attack began on Tuesday 31 December 2019 ('three days "
    "after'). No date is given for retaliation ('in the months to come' is undated and hypothetical).",
    ["said-on-day", "undated-future", "hypothetical", "duration"],
)

N(
    "tv-derna-floods-2023",
    "2023-09-13 14:00",
    "Africa/Tripoli",
    "13:40 - Rescuers are still digging through mud and rubble in the eastern Libyan city of Derna, where officials "
    "say thousands of people died and at least 10,000 are missing after two dams upstream burst under the torrential "
    "rains of Storm Daniel late on Sunday, sweeping whole neighbourhoods into the sea. The city's mayor, Abdulmenam "
    "al-Ghaithi, told Al Arabiya on Wednesday that the toll could reach 18,000 to 20,000, given the number of "
    "districts destroyed. Aid from Egypt, Turkey, the United Arab Emirates and Qatar began arriving on Tuesday, but "
    "the split between rival governments in Tripoli and the east since 2014 has slowed relief. The dams, built in the "
    "1970s, had not been maintained despite warnings, including a study published last year. UN agencies say more "
    "teams will be deployed in the coming days.",
    "Storm Daniel struck on the night of Sunday 10 September 2023; the mayor's estimate was given on Wednesday 13 "
    "September; the IFRC gave the 10,000 missing figure on Tuesday 12 September. The live-blog stamp (13:40) dates "
    "the entry; 'in the coming days' is undated; the toll estimate is a possibility.",
    ["past-weekday", "said-on-day", "undated-future", "hypothetical", "number-like-date"],
)

N(
    "tv-mh17-jit-findings-2016",
    "2016-09-28 17:00",
    "Europe/Amsterdam",
    "NIEUWEGEIN, Netherlands (Reuters) - The missile that destroyed Malaysia Airlines flight MH17 over eastern "
    "Ukraine in July 2014 was fired from a Russian-made Buk launcher that had been brought in from Russia and taken "
    "back across the border the same night, international prosecutors said on Wednesday. The Dutch-led Joint "
    "Investigation Team said the launcher was fired from a farm field near the village of Pervomaiskyi, in territory "
    "then held by pro-Russian separatists, and that it had identified about 100 people linked to the transport or "
    "the launch. Prosecutors said it was too early to name suspects and would not say when charges might be brought. "
    "All 298 people aboard the Amsterdam-Kuala Lumpur flight were killed, 196 of them Dutch. Russia's defence "
    "ministry released radar data on Monday that it said showed no missile had come from the east.",
    "JIT presentation of Wednesday 28 September 2016; MH17 was shot down on 17 July 2014; Russia's radar data "
    "release was on Monday 26 September. No charge date is given.",
    ["said-on-day", "past-weekday", "undated-future", "number-like-date"],
)

N(
    "tv-dorian-bahamas-2019",
    "2019-09-04 12:00",
    "America/Nassau",
    "NASSAU, Bahamas (AP) - Rescuers in helicopters and boats reached flooded neighbourhoods of Grand Bahama and the "
    "Abaco Islands on Wednesday as Hurricane Dorian finally pulled away after pounding them for nearly two days, and "
    "Prime Minister Hubert Minnis said the confirmed death toll had risen to 20. He warned that the number would "
    "climb. Dorian came ashore on the Abacos on Sunday as a Category 5 storm with sustained winds of 185 mph, tying "
    "the record for the strongest Atlantic hurricane to make landfall, then stalled over Grand Bahama through Monday "
    "and much of Tuesday. The Red Cross estimated that some 13,000 homes had been badly damaged or destroyed, and the "
    "UN's World Food Programme said it was sending ready-to-eat meals and satellite phones. How long will it take to "
    "rebuild?",
    "Dorian made landfall on the Abacos on Sunday 1 September 2019 and stalled over Grand Bahama until Tuesday 3 "
    "September; Minnis gave the toll of 20 on Wednesday 4 September. 'would climb' is undated; the question is not "
    "a claim.",
    ["past-weekday", "said-on-day", "question", "undated-future", "number-like-date"],
)

N(
    "tv-chibok-21-girls-freed-2016",
    "2016-10-13 19:00",
    "Africa/Lagos",
    "ABUJA (Reuters) - Twenty-one of the schoolgirls kidnapped by Boko Haram from the northeastern town of Chibok in "
    "April 2014 were freed on Thursday after talks brokered by the International Committee of the Red Cross and the "
    "Swiss government, the Nigerian presidency said. Presidential spokesman Garba Shehu said negotiations would "
    "continue to secure the release of the others, but would not say whether a ransom had been paid or prisoners "
    "exchanged. Of the 276 girls seized from their dormitories, 57 escaped within hours and one was found in May. "
    "President Muhammadu Buhari, elected last year on a promise to defeat the insurgency, had given his commanders "
    "until December 2015 to crush Boko Haram. Relatives asked on Thursday whether their daughters might be home by "
    "Christmas.",
    "Release of 21 Chibok girls on Thursday 13 October 2016; abduction of 14 April 2014; Amina Ali found on 17 May "
    "2016. Buhari's December 2015 deadline is past; 'would continue' is undated; 'home by Christmas' sits inside a "
    "reported question (not a commitment).",
    ["said-on-day", "explicit-past-date", "past-month", "question", "holiday", "undated-future", "number-like-date"],
)

N(
    "tv-stena-impero-seized-2019",
    "2019-07-21 12:00",
    "Europe/London",
    "LONDON (Reuters) - Britain is weighing its response to Iran's seizure of a British-flagged oil tanker in the "
    "Strait of Hormuz, after Foreign Secretary Jeremy Hunt warned of serious consequences if the Stena Impero and its "
    "23 crew were not released. Iran's Revolutionary Guards surrounded the vessel with speedboats and a helicopter on "
    "Friday and took it to the port of Bandar Abbas, saying it had broken maritime rules, an account London rejects. "
    "Tehran had threatened retaliation ever since British Royal Marines helped seize the Iranian tanker Grace 1 off "
    "Gibraltar on July 4 on suspicion of carrying oil to Syria. Ministers met in the government's Cobra emergency "
    "committee on Saturday, and Prime Minister Theresa May, in her final days in office, may yet approve sanctions. "
    "Would her successor take a softer line?",
    "Stena Impero seized on Friday 19 July 2019; Grace 1 detained off Gibraltar on 4 July 2019; Cobra met on "
    "Saturday 20 July. Hunt's threat is conditional and undated; 'may yet approve' is a possibility; the question is "
    "not a claim.",
    ["may-verb", "conditional-threat", "past-weekday", "explicit-past-date", "question", "hypothetical",
     "number-like-date"],
)

"""Tuning passages written blind: world affairs and diplomacy (summits, wars and ceasefires, sanctions, treaties, elections, UN and EU decisions, hostage and prisoner deals) written as wire copy with datelines, analysis, explainers and live-blog entries. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_month,
    in_month,
    in_months,
    md,
    md_span,
    midnight_on,
    month_named_end,
    next_month,
    no_claim_adder,
    passage_adder,
    quarter,
    span_wd,
    wd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def before_ymd(y, m, d):
    """'before Jan. 20, 2025', 'prior to January 20, 2025': like build.before_holiday ('before
    Christmas' -> 24 or 25 December), the eve or the day itself (both readings)."""
    def f(p):
        x = dt.date(y, m, d)
        lo = x - dt.timedelta(days=1)
        return {"due": lo, "due_max": x, "time": None, "desc": f"before {x}: {lo}..{x}"}
    return f


# ===========================================================================
# Nuclear diplomacy and sanctions

P(
    "tg-jcpoa-implementation-day-2016",
    "2016-01-15 15:00",
    "Europe/Vienna",
    "VIENNA - Secretary of State John Kerry and Iran's foreign minister, Mohammad Javad Zarif, will meet in Vienna "
    "on Saturday as the nuclear deal struck in this city last July nears its most consequential step. Diplomats said "
    "the International Atomic Energy Agency was expected to publish on Saturday its report confirming that Tehran has "
    "curbed its programme, a finding that would trigger the lifting of UN, US and EU sanctions on Iran's oil exports "
    "and banks. Iran shipped more than 25,000 pounds of low-enriched uranium to Russia on Dec. 28 and has since "
    "removed the core of its Arak reactor, Iranian officials said this week. The meeting follows the brief detention "
    "of 10 US Navy sailors by the Revolutionary Guards, who released them on Wednesday. Whether the release of "
    "billions of dollars in frozen assets will revive Iran's economy quickly is another matter.",
    [
        C("will meet in Vienna on Saturday", "on Saturday", wd("Saturday"), "event", None, real="2016-01-16"),
        C("the International Atomic Energy Agency was expected to publish on Saturday its report", "on Saturday",
          wd("Saturday"), "prediction", None, real="2016-01-16"),
    ],
    "JCPOA Implementation Day, Saturday 16 January 2016: Kerry, Zarif and Mogherini met in Vienna and the IAEA "
    "report certifying Iran's steps was issued the same day, after which sanctions were lifted. The shipment of "
    "about 11 tonnes (25,000 pounds) of LEU to Russia was announced on 28 December 2015; the Arak calandria was "
    "removed around 11 January. Ten US sailors were held on 12 January and released on Wednesday 13 January "
    "(past). The diplomats are anonymous, so the IAEA forecast has no speaker. 'would trigger the lifting' refers "
    "back to the Saturday report and is not labelled again.",
    ["past-weekday", "said-on-day", "explicit-past-date", "last-month", "hypothetical", "number-like-date"],
)

P(
    "tg-iran-sanctions-snapback-nov-2018",
    "2018-11-03 11:00",
    "Asia/Tehran",
    "TEHRAN - US sanctions on Iran's oil exports, shipping and banks will come back into force at 12:01 a.m. Eastern "
    "time on Monday, the Trump administration said on Friday, completing the reimposition that began in August after "
    "President Donald Trump quit the 2015 nuclear deal in May. Secretary of State Mike Pompeo told reporters that "
    "eight countries would be allowed to keep buying Iranian crude for a time, and that he would name them on "
    "Monday. Tehran has dismissed the measures, and rallies are planned on Sunday outside the former US embassy, "
    "where Iranians mark each year the anniversary of its seizure in 1979. Iran's oil exports have already fallen "
    "sharply from about 2.5 million barrels a day in the spring, according to tanker-tracking data.",
    [
        C("will come back into force at 12:01 a.m. Eastern time on Monday", "at 12:01 a.m. Eastern time on Monday",
          zoned(wd("Monday"), "00:01", "America/New_York"), "event", "the Trump administration", real="2018-11-05"),
        C("he would name them on Monday", "on Monday", wd("Monday"), "promise", "Mike Pompeo", real="2018-11-05"),
        C("rallies are planned on Sunday outside the former US embassy", "on Sunday", wd("Sunday"), "event", None,
          real="2018-11-04"),
    ],
    "Second tranche of US sanctions on Iran, effective Monday 5 November 2018 (announced by Pompeo and Mnuchin on "
    "Friday 2 November; Pompeo said the eight waiver jurisdictions would be named on Monday, and they were: China, "
    "India, Italy, Greece, Japan, South Korea, Taiwan, Turkey). 00:01 EST on 5 November (US clocks went back on 4 "
    "November) is 08:31 in Tehran the same day. The annual 13 Aban rally at the former embassy was held on Sunday "
    "4 November 2018. Pompeo is named in the sentence before the pronoun 'he'.",
    ["time-converted", "said-on-day", "past-month", "number-like-date", "pronoun-speaker"],
)

P(
    "tg-swift-russian-banks-2022",
    "2022-03-02 18:30",
    "Europe/Brussels",
    "BRUSSELS - The European Union on Wednesday formally cut seven Russian banks, including VTB, off the SWIFT "
    "financial messaging system, with the exclusion taking effect on March 12, the EU said. Sberbank and Gazprombank, "
    "which handle much of the payment for Russian oil and gas, were left out because several member states depend "
    "on those flows. Commission President Ursula von der Leyen had announced the SWIFT measure on Saturday night "
    "together with the United States, Britain and Canada. The EU also banned the state-backed broadcasters RT and "
    "Sputnik, with immediate effect. EU leaders will meet in Versailles on March 10 and 11 to discuss how to cut the "
    "bloc's dependence on Russian energy.",
    [
        C("with the exclusion taking effect on March 12", "on March 12", md(3, 12), "event", "the European Union",
          real="2022-03-12"),
        C("EU leaders will meet in Versailles on March 10 and 11", "on March 10 and 11", md_span(3, 10, 3, 11),
          "event", None, real="2022-03-10"),
    ],
    "Council Regulation of Wednesday 2 March 2022 removing VTB, Otkritie, Novikombank, Promsvyazbank, Rossiya, "
    "Sovcombank and VEB from SWIFT, applicable from 12 March 2022; RT/Sputnik broadcast ban adopted the same day "
    "with immediate effect (past/present, not a claim). The SWIFT step was announced on Saturday 26 February "
    "(past). Informal European Council at Versailles, 10-11 March 2022: one meeting over two consecutive days, one "
    "claim spanning both. 'the EU said' attributes the effective date.",
    ["past-weekday", "said-on-day", "explicit-date", "range"],
)

P(
    "tg-belarus-tactical-nuclear-2023",
    "2023-03-26 13:00",
    "Europe/Moscow",
    "MOSCOW - Russia will finish building a storage facility for tactical nuclear weapons in Belarus by July 1, "
    "President Vladimir Putin said in a television interview broadcast on Saturday, the first time since the mid-1990s "
    "that Moscow would base such arms outside its borders. Training of Belarusian crews will begin on April 3, he "
    "said, adding that Russia had already handed Minsk an Iskander missile system and helped convert 10 Belarusian "
    "aircraft to carry nuclear bombs. Putin said the move broke no international agreement and compared it with the "
    "American weapons stationed in Europe for decades. He tied the decision to Britain's announcement last week that "
    "it would send Ukraine tank shells containing depleted uranium. Kyiv called for an urgent meeting of the UN "
    "Security Council.",
    [
        C("Russia will finish building a storage facility for tactical nuclear weapons in Belarus by July 1", "by July 1",
          md(7, 1), "promise", "Vladimir Putin"),
        C("Training of Belarusian crews will begin on April 3", "on April 3", md(4, 3), "promise", "Vladimir Putin"),
    ],
    "Putin's interview with Rossiya-24, aired Saturday 25 March 2023: storage facility in Belarus to be completed by "
    "1 July, crew training from 3 April, Iskander system and 10 aircraft already provided; linked to the UK minister "
    "Annabel Goldie's statement of 20 March on depleted-uranium rounds. Both are Russia's commitments to its own "
    "action (promise); the second is attributed by 'he said'. No real completion date is recorded. Kyiv's call for a "
    "Security Council meeting is undated.",
    ["pronoun-speaker", "said-on-day", "explicit-date", "past-weekday", "number-like-date", "undated-future"],
)

# ===========================================================================
# Wars, ceasefires and hostages

P(
    "tg-gaza-ceasefire-may-2021",
    "2021-05-20 23:30",
    "Asia/Jerusalem",
    "JERUSALEM - A ceasefire between Israel and Hamas brokered by Egypt will take effect at 2 a.m. on Friday, "
    "Israel's security cabinet said late on Thursday after voting unanimously to accept it. A Hamas official in "
    "Beirut said the group would observe the truce as long as Israel did. The agreement would end 11 days of fighting "
    "that began on May 10, when Hamas fired rockets toward Jerusalem, and in which at least 232 Palestinians and 12 "
    "people in Israel have been killed, according to health officials on both sides. President Joe Biden had urged "
    "Prime Minister Benjamin Netanyahu on Wednesday to seek a significant de-escalation that same day. Sirens still "
    "sounded in southern Israel in the hour after the announcement.",
    [
        C("will take effect at 2 a.m. on Friday", "at 2 a.m. on Friday", wd("Friday", "02:00"), "event",
          "Israel's security cabinet", real="2021-05-21"),
    ],
    "Egyptian-brokered Israel-Hamas ceasefire accepted by the Israeli security cabinet on Thursday 20 May 2021, in "
    "force from 02:00 on Friday 21 May after 11 days of fighting (from 10 May). Biden's call of Wednesday 19 May is "
    "past. The truce is an ordered measure taking effect, attributed in the sentence to the security cabinet. "
    "Hamas's conditional pledge is undated.",
    ["time-local", "said-on-day", "past-weekday", "explicit-past-date", "number-like-date", "hypothetical"],
)

P(
    "tg-sudan-72-hour-truce-2023",
    "2023-04-24 23:30",
    "Africa/Khartoum",
    "KHARTOUM - Sudan's army and the paramilitary Rapid Support Forces have agreed to a nationwide ceasefire lasting "
    "72 hours from midnight on Monday, US Secretary of State Antony Blinken said, after two days of intense "
    "negotiations. Fighting that erupted on April 15 has killed at least 427 people, according to the World Health "
    "Organization, and earlier truces, including one declared for the Eid al-Fitr holiday on Friday, collapsed within "
    "hours. The United States flew its embassy staff out of Khartoum on Saturday night, and European and Arab "
    "governments evacuated hundreds of their citizens by air and road over the weekend. The UN Security Council is "
    "due to discuss the crisis on Tuesday. Secretary-General Antonio Guterres has warned that the violence could "
    "engulf the whole region.",
    [
        C("have agreed to a nationwide ceasefire lasting 72 hours from midnight on Monday", "from midnight on Monday",
          midnight_on("Monday"), "event", "Antony Blinken", real="2023-04-25"),
        C("The UN Security Council is due to discuss the crisis on Tuesday", "on Tuesday", wd("Tuesday"), "event", None,
          real="2023-04-25"),
    ],
    "Blinken's statement of Monday 24 April 2023: SAF and RSF agreed to a 72-hour nationwide ceasefire 'starting at "
    "midnight on April 24' (00:00 on 25 April in Khartoum); the Security Council was briefed on Sudan on Tuesday 25 "
    "April. The 72 hours run from the labelled start; their end is not labelled separately. The Eid truce of Friday "
    "21 April, the US evacuation of 22-23 April and the 15 April outbreak are past. WHO toll of 427 as of 24 April. "
    "The ceasefire is an ordered measure announced by Blinken, who is named as its speaker.",
    ["midnight", "duration", "past-weekday", "explicit-past-date", "number-like-date", "undated-future"],
)

P(
    "tg-putin-syria-drawdown-2016",
    "2016-03-14 21:00",
    "Europe/Moscow",
    "MOSCOW - President Vladimir Putin on Monday ordered the main part of Russia's forces in Syria to start leaving "
    "from Tuesday, saying the air campaign launched on Sept. 30 had largely achieved its goals. The announcement, made "
    "at a Kremlin meeting with Defence Minister Sergei Shoigu and Foreign Minister Sergei Lavrov, took Western "
    "governments by surprise; Russia will keep its air base at Hmeimim and its naval facility at Tartus. It came as "
    "UN-brokered peace talks between the Syrian government and the opposition resumed in Geneva on Monday. UN envoy "
    "Staffan de Mistura has said this round will run until March 24, after which the delegations will take a break "
    "of a week to 10 days.",
    [
        C("ordered the main part of Russia's forces in Syria to start leaving from Tuesday", "from Tuesday",
          wd("Tuesday"), "event", "Vladimir Putin", real="2016-03-15"),
        C("this round will run until March 24", "until March 24", md(3, 24), "event", "Staffan de Mistura",
          real="2016-03-24"),
    ],
    "Putin's order of Monday 14 March 2016 to begin withdrawing the main part of the Russian contingent 'from "
    "tomorrow' (Tuesday 15 March; the first aircraft left that day). Geneva talks resumed on 14 March; de Mistura "
    "said the round would last until 24 March, and it ended that day. 'Sept. 30' (start of the air campaign, 2015) "
    "is past. The break of 'a week to 10 days' runs from a labelled date, not from publication, and is not labelled. "
    "An ordered measure taking effect is an event with the person who ordered it as speaker.",
    ["past-weekday", "said-on-day", "explicit-past-date", "explicit-date", "duration"],
)

P(
    "tg-gaza-truce-extended-2023",
    "2023-11-27 23:10",
    "Asia/Qatar",
    "23:05 Doha - Eleven Israeli hostages freed on Monday have crossed from Gaza into Egypt, the fourth group to be "
    "released since the truce began on Friday. A fifth exchange is expected on Tuesday afternoon, the first under the "
    "extension. 20:40 Doha - The truce in Gaza has been extended by two days. Qatar's foreign ministry spokesman "
    "Majed al-Ansari said Israel and Hamas had agreed to prolong the pause, which had been due to expire on Tuesday "
    "morning, so that it now runs until 7 a.m. Gaza time on Thursday. Under the terms agreed last week, Hamas is to "
    "free 10 hostages for each extra day, with Israel releasing three times as many Palestinian prisoners.",
    [
        C("A fifth exchange is expected on Tuesday afternoon", "on Tuesday afternoon", wd("Tuesday"), "prediction",
          None, real="2023-11-28"),
        C("so that it now runs until 7 a.m. Gaza time on Thursday", "until 7 a.m. Gaza time on Thursday",
          zoned(wd("Thursday"), "07:00", "Asia/Gaza"), "deadline", "Majed al-Ansari"),
    ],
    "Live-blog entries (newest first) of Monday 27 November 2023: Qatar announced a two-day extension of the "
    "Israel-Hamas truce that began at 07:00 on Friday 24 November and had been due to end on Tuesday morning 28 "
    "November (superseded, not a claim); the extended pause ran to 07:00 on Thursday 30 November (Gaza, UTC+2), "
    "08:00 in Doha (it was extended again that morning, so no real date is recorded). The fifth exchange took place "
    "on Tuesday 28 November. The truce's end is labelled as a deadline (an expiry, like a contract expiry in the "
    "README's kinds); speaker is the Qatari spokesman who announced it (editor's choice: Israel and Hamas agreed, "
    "Qatar stated). The unattributed 'is expected' forecast has no speaker.",
    ["superseded-date", "time-converted", "past-weekday", "number-like-date", "duration"],
)

P(
    "tg-trump-hostages-all-hell-2024",
    "2024-12-03 08:00",
    "Asia/Jerusalem",
    "JERUSALEM - President-elect Donald Trump has warned that there will be 'all hell to pay' in the Middle East if "
    "the hostages held in Gaza are not released before Jan. 20, 2025. In a post on his Truth Social platform on "
    "Monday, Trump, who is sworn in next month, said those responsible would be hit harder than anybody in the long "
    "history of the United States, but gave no details. About 100 hostages seized in the Oct. 7, 2023, attack remain "
    "in Gaza, and Israeli officials believe at least a third of them are dead. Talks mediated by Qatar and Egypt have "
    "stalled since a one-week truce collapsed a year ago; on Saturday Hamas released a video of Edan Alexander, an "
    "Israeli-American soldier held since the attack. Could the threat revive them?",
    [
        C("there will be 'all hell to pay' in the Middle East if the hostages held in Gaza are not released before "
          "Jan. 20, 2025", "before Jan. 20, 2025", before_ymd(2025, 1, 20), "deadline", "Donald Trump"),
        C("Trump, who is sworn in next month", "next month", next_month(), "event", None, real="2025-01-20"),
    ],
    "Trump's Truth Social post of Monday 2 December 2024: 'ALL HELL TO PAY' if the hostages are not released "
    "'prior to January 20, 2025'. 'before <date>' is read like the README's 'before Christmas': the eve or the day "
    "(local rule before_ymd). A conditional threat with a consequence set for others: deadline, speaker Trump. The "
    "inauguration (20 January 2025) is a scheduled event given only as 'next month'. The Edan Alexander video "
    "(Saturday 30 November), 7 October 2023 and the collapse of the November 2023 truce are past; the closing "
    "question is not a claim. A ceasefire with the first hostage releases followed on 19 January 2025.",
    ["conditional-threat", "said-on-day", "past-weekday", "explicit-past-date", "question", "month-period",
     "number-like-date"],
)

P(
    "tg-tsikhanouskaya-peoples-ultimatum-2020",
    "2020-10-25 10:00",
    "Europe/Minsk",
    "MINSK - The 'people's ultimatum' that exiled opposition leader Sviatlana Tsikhanouskaya issued to Alexander "
    "Lukashenko expires on Sunday. Unless he announces his resignation, ends the violence against protesters and "
    "frees political prisoners by then, she has said, a nationwide general strike will begin on Monday, with workers "
    "walking out of state factories and roads blocked. Organisers have called another march through Minsk for Sunday "
    "afternoon, the latest of the weekly protests that began after the disputed Aug. 9 election, which officials say "
    "Lukashenko won with 80% of the vote. Tsikhanouskaya, who fled to Lithuania two days after the vote, set the "
    "deadline on Oct. 13. Lukashenko, in power since 1994, visited jailed opponents in a KGB detention centre on Oct. "
    "10 but has given no sign that he will go.",
    [
        C("The 'people's ultimatum' that exiled opposition leader Sviatlana Tsikhanouskaya issued to Alexander "
          "Lukashenko expires on Sunday", "on Sunday", wd("Sunday"), "deadline", "Sviatlana Tsikhanouskaya",
          real="2020-10-25"),
        C("a nationwide general strike will begin on Monday", "on Monday", wd("Monday"), "promise",
          "Sviatlana Tsikhanouskaya", real="2020-10-26"),
        C("Organisers have called another march through Minsk for Sunday afternoon", "for Sunday afternoon",
          wd("Sunday"), "event", None, real="2020-10-25"),
    ],
    "Tsikhanouskaya's ultimatum of 13 October 2020: if Lukashenko did not resign, stop the violence and free "
    "political prisoners by 25 October, a national strike would start on 26 October; the 'People's Ultimatum' march "
    "was held on Sunday 25 October and the strike call began on Monday 26 October. Published on the Sunday itself "
    "(the deadline day, same-day future). The strike conditional on the ultimatum is the opposition's own "
    "commitment (promise), attributed by 'she has said'; 'by then' refers back to the labelled deadline. The march "
    "organisers are unnamed, so no speaker. Past: 9 August election, 10 and 13 October.",
    ["by-weekday-same-day", "same-day-future", "conditional-threat", "pronoun-speaker", "explicit-past-date",
     "number-like-date", "repeated-claim"],
)

# ===========================================================================
# Peace talks and transitions

P(
    "tg-intra-afghan-talks-doha-2020",
    "2020-09-11 18:00",
    "Asia/Kabul",
    "KABUL - Afghan government negotiators flew to Qatar on Friday for peace talks with the Taliban that open in Doha "
    "on Saturday, six months after the date envisaged in the February deal between the insurgents and the United "
    "States. That agreement, signed in Doha on Feb. 29, had set March 10 for the start of talks, but a disputed "
    "exchange of 5,000 Taliban prisoners for 1,000 government captives dragged on until this week. Secretary of State "
    "Mike Pompeo said on Thursday that he would travel to Doha for the opening ceremony. Abdullah Abdullah, who heads "
    "the government's High Council for National Reconciliation, said before leaving that his team would press for a "
    "lasting ceasefire. Under the February deal, Washington is to withdraw all its troops by May 2021 if the Taliban "
    "keep their counterterrorism commitments.",
    [
        C("peace talks with the Taliban that open in Doha on Saturday", "on Saturday", wd("Saturday"), "event", None,
          real="2020-09-12"),
        C("Washington is to withdraw all its troops by May 2021", "by May 2021", by_month(2021, 5), "promise",
          "Washington"),
    ],
    "Intra-Afghan negotiations opened in Doha on Saturday 12 September 2020; the Kabul delegation left on Friday 11 "
    "September and Pompeo announced on Thursday 10 September that he would attend. The US-Taliban deal of 29 "
    "February 2020 had set 10 March for talks (a past date) and committed the US to withdraw within 14 months (by "
    "May 2021), conditional on Taliban commitments: a commitment to its own action, so a promise with the capital "
    "as speaker. 'by May 2021' is the last day of May; no real date is recorded (the withdrawal was later moved to "
    "August). Pompeo's trip refers back to the Saturday opening; Abdullah's aim is undated.",
    ["past-weekday", "said-on-day", "explicit-past-date", "superseded-date", "month-period", "number-like-date"],
)

P(
    "tg-yunus-sworn-in-2024",
    "2024-08-07 21:00",
    "Asia/Dhaka",
    "DHAKA - Nobel peace laureate Muhammad Yunus will be sworn in as head of Bangladesh's interim government at 8 p.m. "
    "on Thursday, army chief General Waker-Uz-Zaman told reporters on Wednesday. Yunus, 84, is expected to fly in from "
    "Paris, where he had a minor medical procedure, landing in Dhaka on Thursday afternoon. Prime Minister Sheikh "
    "Hasina resigned and fled to India on Monday after weeks of student-led protests in which more than 300 people "
    "were killed, and President Mohammed Shahabuddin dissolved parliament on Tuesday. Student leaders, who proposed "
    "Yunus for the job, want elections held quickly, but no timetable has been set.",
    [
        C("will be sworn in as head of Bangladesh's interim government at 8 p.m. on Thursday", "at 8 p.m. on Thursday",
          wd("Thursday", "20:00"), "event", "Waker-Uz-Zaman", real="2024-08-08"),
        C("is expected to fly in from Paris, where he had a minor medical procedure, landing in Dhaka on Thursday "
          "afternoon", "on Thursday afternoon", wd("Thursday"), "prediction", None, real="2024-08-08"),
    ],
    "Bangladesh's interim government: the army chief said on Wednesday 7 August 2024 that it would be sworn in at "
    "8 p.m. on Thursday; Yunus landed from Paris on the afternoon of Thursday 8 August and took the oath that "
    "evening. Hasina resigned on Monday 5 August and parliament was dissolved on Tuesday 6 August (past weekdays). "
    "Title dropped from the speaker. 'elections held quickly' is undated.",
    ["time-local", "past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

# ===========================================================================
# Summits, the EU and NATO

P(
    "tg-windsor-framework-stormont-brake-2023",
    "2023-03-20 19:30",
    "Europe/London",
    "LONDON - MPs will vote on Wednesday on the 'Stormont brake', the first part of Rishi Sunak's Windsor Framework "
    "for Northern Ireland trade to come before the Commons. The Democratic Unionist Party said on Monday that its "
    "eight MPs would oppose the measure, which lets 30 members of the Northern Ireland Assembly from at least two "
    "parties object to new EU rules, but Labour's support should make Wednesday's vote a comfortable win for the "
    "government. Foreign Secretary "
    "James Cleverly and European Commission Vice-President Maros Sefcovic will then formally adopt the framework at a "
    "meeting of the joint committee in London on Friday. The deal was unveiled at Windsor on Feb. 27, more than three "
    "years after Boris Johnson agreed the Northern Ireland Protocol in October 2019. New customs arrangements, "
    "including a 'green lane' for goods staying in Northern Ireland, take effect in October, the British government "
    "has said.",
    [
        C("MPs will vote on Wednesday on the 'Stormont brake'", "on Wednesday", wd("Wednesday"), "event", None,
          real="2023-03-22"),
        C("will then formally adopt the framework at a meeting of the joint committee in London on Friday",
          "on Friday", wd("Friday"), "event", None, real="2023-03-24"),
        C("take effect in October, the British government has said", "in October", in_month(2023, 10), "event",
          "the British government", real="2023-10-01"),
    ],
    "Commons vote on the Stormont brake regulations on Wednesday 22 March 2023 (passed 515-29); the DUP announced "
    "its opposition on Monday 20 March; the UK-EU Joint Committee (Cleverly, Sefcovic) formally adopted the Windsor "
    "Framework in London on Friday 24 March; the green lane arrangements began on 1 October 2023. "
    "\"Wednesday's vote\" in the next sentence refers back to the labelled vote and is not labelled again. Past: 27 "
    "February 2023, October 2019.",
    ["said-on-day", "explicit-past-date", "past-month", "month-period", "number-like-date", "repeated-claim"],
)

P(
    "tg-eu-ukraine-facility-summit-2024",
    "2024-01-29 11:00",
    "Europe/Brussels",
    "BRUSSELS - European Union leaders return to Brussels on Thursday for an emergency summit aimed at overcoming "
    "Hungary's veto of a 50 billion euro aid package for Ukraine, six weeks after Prime Minister Viktor Orban blocked "
    "it at their December meeting. Orban has demanded an annual vote on continuing the payments, which would hand him "
    "a veto every year; diplomats said on Monday that the other 26 governments were ready to go ahead without him if "
    "necessary. The European Commission has said it wants to pay a first instalment to Kyiv in the first quarter, "
    "as Ukraine relies heavily on foreign money to pay pensions and public wages. Will Orban fold? Officials in "
    "Brussels say they do not know. The leaders' next regular summit is scheduled for March.",
    [
        C("European Union leaders return to Brussels on Thursday for an emergency summit", "on Thursday",
          wd("Thursday"), "event", None, real="2024-02-01"),
        C("The European Commission has said it wants to pay a first instalment to Kyiv in the first quarter",
          "in the first quarter", quarter(2024, 1), "promise", "the European Commission"),
        C("The leaders' next regular summit is scheduled for March", "for March", in_month(2024, 3), "event", None,
          real="2024-03-21"),
    ],
    "Special European Council of Thursday 1 February 2024, which agreed the 50 billion euro Ukraine Facility after "
    "Orban's veto at the 14-15 December 2023 summit; the first tranche (about 4.5 billion euros) was paid in March "
    "2024 (day not recorded). Regular European Council of 21-22 March 2024. A month named without a year in a "
    "January article falls in the same year. The go-ahead 'without him if necessary' is a hypothetical; the "
    "question is not a claim.",
    ["quarter", "month-period", "question", "hypothetical", "said-on-day", "past-month", "number-like-date"],
)

P(
    "tg-nato-washington-summit-2024",
    "2024-07-08 07:00",
    "Asia/Tokyo",
    "TOKYO - Prime Minister Fumio Kishida will represent Japan at NATO's 75th-anniversary summit in Washington, the third "
    "year in a row that a Japanese leader has joined the alliance's annual gathering. The summit runs from Tuesday to "
    "Thursday, and Kishida is expected to join the leaders of Australia, New Zealand and South Korea at a session "
    "with the 32 allies on Thursday. Japan's prime minister first attended in Madrid in June 2022, months after "
    "Russia's full-scale invasion of Ukraine, and Tokyo has since argued that the security of Europe and the "
    "Indo-Pacific cannot be separated. The meeting is the last for Secretary-General Jens Stoltenberg, who has led "
    "the alliance since 2014 and hands over to former Dutch Prime Minister Mark Rutte on Oct. 1.",
    [
        C("The summit runs from Tuesday to Thursday", "from Tuesday to Thursday", span_wd("Tuesday", "Thursday"),
          "event", None, real="2024-07-09"),
        C("Kishida is expected to join the leaders of Australia, New Zealand and South Korea at a session with the 32 "
          "allies on Thursday", "on Thursday", wd("Thursday"), "prediction", None, real="2024-07-11"),
        C("hands over to former Dutch Prime Minister Mark Rutte on Oct. 1", "on Oct. 1", md(10, 1), "event", None,
          real="2024-10-01"),
    ],
    "NATO Washington summit, 9-11 July 2024 (one gathering over consecutive days, one claim spanning both ends, "
    "resolved in the Tokyo zone as no clock time is given); the session with the Indo-Pacific partners was on "
    "Thursday 11 July; Rutte took office on 1 October 2024. Kishida's attendance in the first sentence is an "
    "undated future that only points at the summit. Past: Madrid June 2022, 2014.",
    ["same-sentence-claims", "range", "explicit-date", "past-month", "number-like-date"],
)

P(
    "tg-aukus-submarines-2021",
    "2021-09-16 10:00",
    "Australia/Sydney",
    "SYDNEY - Australia will build at least eight nuclear-powered submarines with US and British technology under a "
    "new security pact announced early on Thursday, tearing up a 2016 contract with France's Naval Group for 12 "
    "conventional boats. Prime Minister Scott Morrison said the three governments would spend the next 18 months "
    "working out the best way to deliver the submarines, which will be built in Adelaide. He stressed that Australia "
    "was not seeking nuclear weapons. Beijing called the pact extremely irresponsible, and Paris, which had counted "
    "on a contract worth tens of billions of euros, reacted with fury. Morrison travels to Washington next week for "
    "the first in-person summit of Quad leaders at the White House on Sept. 24.",
    [
        C("the three governments would spend the next 18 months working out the best way to deliver the submarines",
          "the next 18 months", in_months(18), "promise", "Scott Morrison", real="2023-03-13", real_le=True),
        C("the first in-person summit of Quad leaders at the White House on Sept. 24", "on Sept. 24", md(9, 24),
          "event", None, real="2021-09-24"),
    ],
    "AUKUS announced on 16 September 2021 (Sydney morning): an 18-month consultation period to find the optimal "
    "pathway, delivered early at the San Diego announcement of 13 March 2023 (real_le). Duration from the "
    "publication day: 16 March 2023. First in-person Quad leaders' summit at the White House on Friday 24 September "
    "2021 ('next week' is the same trip, labelled once at its explicit date). The 2016 Naval Group contract is "
    "background.",
    ["duration", "explicit-date", "number-like-date", "pronoun-speaker"],
)

# ===========================================================================
# UN, treaties and elections

P(
    "tg-unga-emergency-session-2022",
    "2022-02-28 09:00",
    "Asia/Tokyo",
    "TOKYO - The UN General Assembly will open a rare emergency special session on Russia's invasion of Ukraine at 10 "
    "a.m. New York time on Monday, after the Security Council voted on Sunday to refer the crisis to the 193-member "
    "body. Russia could not veto the procedural resolution, which passed with 11 votes in favour; China, India and "
    "the United Arab Emirates abstained. It is the first time in four decades that the council has called such a "
    "session. Diplomats expect the assembly to vote on Wednesday on a resolution demanding that Russia withdraw its "
    "forces, which Japan is co-sponsoring. Separately, Ukrainian and Russian delegations are due to hold their first "
    "talks on Monday at the Belarusian border, though Kyiv has played down hopes of a breakthrough.",
    [
        C("will open a rare emergency special session on Russia's invasion of Ukraine at 10 a.m. New York time on "
          "Monday", "at 10 a.m. New York time on Monday", zoned(wd("Monday"), "10:00", "America/New_York"), "event",
          None),
        C("Diplomats expect the assembly to vote on Wednesday", "on Wednesday", wd("Wednesday"), "prediction", None,
          real="2022-03-02"),
        C("Ukrainian and Russian delegations are due to hold their first talks on Monday at the Belarusian border",
          "on Monday", wd("Monday"), "event", None, real="2022-02-28"),
    ],
    "Security Council resolution 2623 of Sunday 27 February 2022 (11-1-3) called the 11th emergency special session, "
    "the first called by the council since 1982; it opened on Monday 28 February at 10:00 EST, which is 00:00 on "
    "Tuesday 1 March in Tokyo (date-crossing conversion; no real date recorded because the Tokyo date sits exactly "
    "at midnight). The assembly adopted ES-11/1 on Wednesday 2 March. The first Ukraine-Russia talks were held near "
    "Gomel on Monday 28 February (same day). The diplomats are anonymous, so no speaker.",
    ["date-crossing-conversion", "time-converted", "same-day-future", "past-weekday", "number-like-date"],
)

P(
    "tg-who-pandemic-agreement-2025",
    "2025-05-19 20:00",
    "Europe/Zurich",
    "GENEVA - Governments approved the world's first pandemic agreement in a committee vote at the World Health "
    "Assembly on Monday, clearing the way for its formal adoption by the full assembly on Tuesday. The text, "
    "negotiated for more than three years after COVID-19 exposed the scramble for vaccines, passed with 124 votes in "
    "favour, none against and 11 abstentions, including Poland, Israel, Italy and Russia. It cannot be opened for "
    "signature until countries agree an annex on sharing pathogen samples and the benefits that flow from them, and "
    "the assembly gave negotiators until next year's session, in May 2026, to finish that work. The United States "
    "took no part: President Donald Trump ordered its withdrawal from the WHO on his first day back in office, a move "
    "that takes effect in January 2026.",
    [
        C("clearing the way for its formal adoption by the full assembly on Tuesday", "on Tuesday", wd("Tuesday"),
          "event", None, real="2025-05-20"),
        C("the assembly gave negotiators until next year's session, in May 2026, to finish that work",
          "in May 2026", in_month(2026, 5), "deadline", "the World Health Assembly"),
        C("a move that takes effect in January 2026", "in January 2026", in_month(2026, 1), "event", "Donald Trump",
          real="2026-01-22"),
    ],
    "WHA78: Committee A approved the WHO Pandemic Agreement on Monday 19 May 2025 (124-0-11); the plenary adopted it "
    "on Tuesday 20 May. The resolution set up a working group to negotiate the pathogen access and benefit-sharing "
    "annex for WHA79 in May 2026: a cut-off set for others, so a deadline, with the assembly as its setter; the "
    "assembly is held during May, so the whole month is accepted. The US withdrawal ordered on 20 January 2025 took "
    "effect on 22 January 2026: an ordered measure taking effect, speaker Trump.",
    ["said-on-day", "month-period", "year-period", "number-like-date"],
)

P(
    "tg-high-seas-treaty-in-force-2025",
    "2025-09-20 10:00",
    "America/New_York",
    "UNITED NATIONS - The first global treaty to protect marine life on the high seas will enter into force on Jan. "
    "17, according to the United Nations, after the 60th ratification was deposited at UN headquarters on Friday. "
    "The agreement, finalised in New York in March 2023 after nearly two decades of talks, allows countries to create "
    "protected areas in waters beyond national jurisdiction, which cover nearly two-thirds of the ocean. Under its "
    "terms, the first conference of the parties must be convened no later than January 2027. Secretary-General "
    "Antonio Guterres hailed a historic achievement for the ocean, but the United States, which signed the treaty in "
    "2023, has not ratified it.",
    [
        C("will enter into force on Jan. 17, according to the United Nations", "on Jan. 17", md(1, 17), "event",
          "the United Nations", real="2026-01-17"),
        C("the first conference of the parties must be convened no later than January 2027",
          "no later than January 2027", by_month(2027, 1), "deadline", None),
    ],
    "The BBNJ (high seas) agreement reached 60 ratifications on Friday 19 September 2025 and entered into force 120 "
    "days later, on 17 January 2026 (a year-less January date in a September article falls in the next year). "
    "Article 47 requires the first COP within one year of entry into force, i.e. by 17 January 2027; 'no later than "
    "January 2027' is read as a 'by' period (last day of January). The cut-off is set by the treaty text, not a "
    "person, so no speaker. Past: March 2023, 2023 US signature.",
    ["year-inference", "explicit-date", "past-weekday", "said-on-day", "past-month", "number-like-date"],
)

P(
    "tg-occupied-regions-referendums-2022",
    "2022-09-20 22:00",
    "Europe/Kyiv",
    "KYIV - Russian-installed authorities in four occupied regions of Ukraine announced on Tuesday that they would "
    "hold referendums on joining Russia, with Denis Pushilin, the Moscow-backed leader in Donetsk, saying voting would "
    "run from Sept. 23 to 27. Kyiv and Western governments dismissed the plans as a sham, and German Chancellor Olaf "
    "Scholz said the results would never be accepted. The announcements came little more than a week after Ukrainian "
    "forces recaptured most of the Kharkiv region in a lightning counteroffensive. Russian media had said President "
    "Vladimir Putin would address the nation on Tuesday evening, but no speech was broadcast and the Kremlin gave no "
    "new time. President Volodymyr Zelensky, who is addressing the UN General Assembly by video on Wednesday, said "
    "the votes would change nothing.",
    [
        C("saying voting would run from Sept. 23 to 27", "from Sept. 23 to 27", md_span(9, 23, 9, 27), "event",
          "Denis Pushilin", real="2022-09-23"),
        C("who is addressing the UN General Assembly by video on Wednesday", "on Wednesday", wd("Wednesday"), "event",
          None, real="2022-09-21"),
    ],
    "Announcements of Tuesday 20 September 2022 by the Russian-installed authorities of Donetsk, Luhansk, Kherson "
    "and Zaporizhzhia: votes on 23-27 September (held on those days). The Putin address trailed for Tuesday evening "
    "did not take place that evening (it aired on Wednesday morning, announced later): a cancelled date, not a "
    "claim. Zelensky's video address to the UN General Assembly was on Wednesday 21 September; the relative clause "
    "is unattributed, so no speaker. The Kharkiv counteroffensive (early September) is past.",
    ["cancelled-date", "past-weekday", "said-on-day", "explicit-date", "range"],
)

P(
    "tg-italy-election-meloni-2022",
    "2022-09-23 17:00",
    "Europe/Rome",
    "ROME - Italians vote on Sunday in an election that opinion polls say will hand power to a right-wing alliance "
    "led by Giorgia Meloni, whose Brothers of Italy won barely 4% in 2018. Campaigning must stop at midnight on "
    "Friday, and no polls have been published since Sept. 10 under a blackout covering the final two weeks. The new "
    "parliament will sit for the first time on Oct. 13, after which President Sergio Mattarella will consult party "
    "leaders before naming a prime minister. Most analysts expect a government to be sworn in by the end of October, "
    "faster than after the 2018 vote, when coalition talks dragged on for almost three months. The snap election was "
    "called in July, when Mario Draghi's national unity coalition collapsed.",
    [
        C("Italians vote on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2022-09-25"),
        C("Campaigning must stop at midnight on Friday", "at midnight on Friday", midnight_on("Friday"), "deadline",
          None),
        C("The new parliament will sit for the first time on Oct. 13", "on Oct. 13", md(10, 13), "event", None,
          real="2022-10-13"),
        C("Most analysts expect a government to be sworn in by the end of October", "by the end of October",
          month_named_end(10), "prediction", None, real="2022-10-22", real_le=True),
    ],
    "Italian general election of Sunday 25 September 2022; the campaign silence began at midnight between Friday 23 "
    "and Saturday 24 September (published on the Friday: 'at midnight on Friday' accepts both days); polls could not "
    "be published after 10 September; the new chambers first met on 13 October; the Meloni government was sworn in "
    "on 22 October. The campaign cut-off is statutory, with no named setter. 'after which' refers back to 13 "
    "October; the unnamed analysts give no speaker. Past: 2018, July 2022.",
    ["by-weekday-same-day", "midnight", "explicit-date", "past-month", "number-like-date", "same-day-future"],
)

P(
    "tg-mexico-election-sheinbaum-2024",
    "2024-05-31 08:00",
    "Europe/London",
    "LONDON - Mexicans vote on Sunday in an election that polls say former Mexico City mayor Claudia Sheinbaum will "
    "win comfortably, making her the country's first woman president. Campaigning ended on Wednesday after one of the "
    "most violent election seasons in recent memory, with dozens of candidates killed. Polling stations in central "
    "Mexico close at 6 p.m. Mexico City time on Sunday, and the National Electoral Institute plans to publish a quick "
    "count later that night. The winner will take office on Oct. 1 rather than in December, under a 2014 "
    "constitutional reform that shortened the transition. Sheinbaum's main rival, Xochitl Galvez, has promised a "
    "tougher line on the cartels.",
    [
        C("Mexicans vote on Sunday", "on Sunday", wd("Sunday"), "event", None, real="2024-06-02"),
        C("Polling stations in central Mexico close at 6 p.m. Mexico City time on Sunday",
          "at 6 p.m. Mexico City time on Sunday", zoned(wd("Sunday"), "18:00", "America/Mexico_City"), "event", None,
          real="2024-06-03"),
        C("The winner will take office on Oct. 1", "on Oct. 1", md(10, 1), "event", None, real="2024-10-01"),
    ],
    "Mexican general election of Sunday 2 June 2024; campaigns closed on Wednesday 29 May (past); polls closed at "
    "18:00 in the central zone (UTC-6, no daylight saving since 2022), which is 01:00 on Monday 3 June in London "
    "(date-crossing conversion; the real closing converted to London is recorded). The quick count 'later that "
    "night' refers back to the Sunday claim. Sheinbaum took office on 1 October 2024 under the 2014 reform; 'rather "
    "than in December' is the superseded practice, not a claim. Galvez's promise is undated.",
    ["date-crossing-conversion", "time-converted", "past-weekday", "explicit-date", "cancelled-date",
     "number-like-date", "undated-future"],
)

# ===========================================================================
# No-claim passages

N(
    "tg-griner-bout-swap-2022",
    "2022-12-08 17:00",
    "America/New_York",
    "WASHINGTON - Brittney Griner was freed on Thursday in exchange for the Russian arms dealer Viktor Bout, in a swap "
    "carried out on the tarmac of Abu Dhabi airport nearly 10 months after the basketball star was arrested at a "
    "Moscow airport with vape cartridges containing cannabis oil. 'She's safe, she's on a plane, she's on her way "
    "home,' President Joe Biden said at the White House. Griner had been sentenced in August to nine years in a penal "
    "colony; Bout, once nicknamed the 'Merchant of Death', was serving a 25-year sentence handed down in 2012. The "
    "deal left behind Paul Whelan, a former Marine held in Russia since December 2018, and Biden said the "
    "administration would keep negotiating for his release. Will Moscow now raise its price for him?",
    "Griner-Bout exchange at Abu Dhabi on Thursday 8 December 2022. Griner was detained on 17 February 2022 and "
    "sentenced on 4 August to nine years; Bout was sentenced in New York in 2012; Whelan was detained in December "
    "2018. 'on her way home' and the pledge on Whelan are undated; the sentences are durations without a future "
    "anchor; the closing question is not a claim.",
    ["past-weekday", "said-on-day", "undated-future", "question", "duration", "past-month", "number-like-date"],
)

N(
    "tg-us-iran-prisoner-deal-funds-2023",
    "2023-09-11 16:00",
    "Asia/Dubai",
    "DUBAI - Five Americans detained in Iran could be freed in the coming days after the Biden administration cleared "
    "the way for about $6 billion in frozen Iranian oil revenue to be moved from South Korea to banks in Qatar, "
    "according to a notice sent to Congress. Secretary of State Antony Blinken signed the sanctions waiver late last "
    "week. The Americans, among them businessman Siamak Namazi, who was first detained in 2015, were moved from "
    "Tehran's Evin prison to house arrest in August. Iran's foreign ministry spokesman Nasser Kanaani said on Monday "
    "that the exchange would take place in the near future, and that five Iranians held in the United States would "
    "be released as part of it. Republicans say the money, which Washington insists can be spent only on "
    "humanitarian goods, amounts to a ransom.",
    "US-Iran prisoner deal: the waiver for moving about $6 billion from South Korea to Qatar was notified to "
    "Congress on Monday 11 September 2023 (signed the previous week); the five Americans, moved to house arrest on "
    "10 August, were freed on 18 September. Every future here is undated ('in the coming days', 'in the near "
    "future') or a possibility ('could be freed').",
    ["undated-future", "hypothetical", "said-on-day", "past-month", "number-like-date"],
)

N(
    "tg-trump-zelensky-oval-office-2025",
    "2025-03-01 10:00",
    "Europe/Kyiv",
    "KYIV - A minerals agreement that Ukraine hoped would bind the United States to its future was left unsigned on "
    "Friday after President Volodymyr Zelensky's meeting with Donald Trump in the Oval Office collapsed into a "
    "shouting match in front of the cameras. A joint news conference and the signing ceremony planned for that "
    "afternoon were cancelled, and Zelensky was asked to leave the White House after Vice-President JD Vance accused "
    "him of disrespect. Trump later wrote that the Ukrainian leader could come back when he was ready for peace. In "
    "an interview with Fox News on Friday evening, Zelensky declined to apologise but said the relationship could "
    "still be saved. Is the minerals deal dead? Officials in Kyiv say they do not know, and European leaders, who "
    "rushed to voice support for Zelensky, have yet to offer a plan of their own.",
    "Oval Office meeting of Friday 28 February 2025; the minerals deal signing and the joint news conference planned "
    "for that afternoon were cancelled (past, cancelled). Trump's 'come back when he is ready' and the possible "
    "rescue of the relationship are undated or hypothetical; the question is not a claim.",
    ["cancelled-date", "past-weekday", "said-on-day", "undated-future", "question", "hypothetical"],
)

N(
    "tg-sahel-juntas-quit-ecowas-2024",
    "2024-01-29 09:00",
    "Africa/Lagos",
    "ABUJA - The military rulers of Mali, Burkina Faso and Niger said on Sunday that their countries were leaving the "
    "Economic Community of West African States with immediate effect, accusing the bloc of doing the bidding of "
    "foreign powers. ECOWAS said it had not been formally notified and remained open to a negotiated solution. The "
    "bloc's 1993 treaty requires a departing member to give a year's written notice, and it is unclear whether the "
    "three juntas, which seized power in coups between 2020 and July last year, intend to respect it. Their departure "
    "would shrink the 15-member community's population by about 70 million people and could complicate trade for "
    "landlocked states that rely on ports in Ivory Coast, Ghana and Benin. The three formed a defence pact, the "
    "Alliance of Sahel States, in September.",
    "Joint announcement of Sunday 28 January 2024 by the juntas of Mali, Burkina Faso and Niger. Article 91 of the "
    "revised ECOWAS treaty (1993) requires one year's written notice; the passage gives no notice date, so the year "
    "is a duration without an anchor and the exit date is not stated (editor's reading: no dated claim). Coups of "
    "2020-2023 (Niger 26 July 2023) and the Alliance of Sahel States (16 September 2023) are past; 'would shrink' "
    "and 'could complicate' are hypotheticals.",
    ["duration", "hypothetical", "said-on-day", "past-month", "last-month", "number-like-date"],
)

N(
    "tg-solomon-islands-china-pact-2022",
    "2022-04-21 12:00",
    "Australia/Sydney",
    "SYDNEY - Solomon Islands Prime Minister Manasseh Sogavare told parliament on Wednesday that his government's new "
    "security pact with China would not allow Beijing to build a military base, a day after China's foreign ministry "
    "said the agreement had been signed. Canberra, the islands' main security partner since it led a regional "
    "intervention in 2003, said it was deeply disappointed, and the opposition Labor party called the deal the worst "
    "Australian foreign policy failure in the Pacific since the end of the Second World War. Could Chinese warships "
    "one day refuel in Honiara? A leaked draft of the text, circulated online last month, would let Chinese ships make "
    "stopovers and replenish there. A senior US delegation led by White House Indo-Pacific coordinator Kurt Campbell "
    "is heading to the region.",
    "China's foreign ministry announced the signing on Tuesday 19 April 2022; Sogavare addressed parliament on "
    "Wednesday 20 April. RAMSI began in 2003; the draft leaked in late March 2022. The question and the draft's "
    "provisions are hypothetical; the Campbell trip is undated ('is heading').",
    ["said-on-day", "past-weekday", "question", "hypothetical", "undated-future", "past-month", "number-like-date"],
)

N(
    "tg-istanbul-talks-kyiv-drawdown-2022",
    "2022-03-29 20:00",
    "Europe/Istanbul",
    "ISTANBUL - Russia said on Tuesday it would drastically scale back military activity around Kyiv and the northern "
    "city of Chernihiv, after peace talks with Ukraine at the Dolmabahce palace that both sides described as "
    "constructive. Ukraine's negotiators proposed a neutral status under which a group of countries, including Turkey "
    "and the permanent members of the UN Security Council, would guarantee its security, and suggested that the "
    "status of Crimea be discussed separately over 15 years. Vladimir Medinsky, the head of Russia's delegation, said "
    "a meeting between presidents Vladimir Putin and Volodymyr Zelensky could take place once a treaty was ready for "
    "them to sign. The talks, opened by President Tayyip Erdogan, lasted several hours. The previous face-to-face "
    "round was held in Belarus on March 7, and US officials said they had seen no sign of a genuine Russian "
    "withdrawal.",
    "Istanbul round of Tuesday 29 March 2022: Russia's deputy defence minister Alexander Fomin announced the cut in "
    "activity near Kyiv and Chernihiv (undated); Ukraine's proposal included 15 years of consultations on Crimea (a "
    "duration with no start date); Medinsky's presidential meeting is conditional ('could'). The third round in "
    "Belarus on 7 March is past.",
    ["said-on-day", "undated-future", "hypothetical", "duration", "explicit-past-date", "number-like-date"],
)

N(
    "tg-putin-kim-vostochny-2023",
    "2023-09-13 21:00",
    "Asia/Vladivostok",
    "VLADIVOSTOK - Vladimir Putin hosted Kim Jong Un at the Vostochny cosmodrome in Russia's Far East on Wednesday, "
    "signalling that Moscow would help Pyongyang build satellites as Washington warned against any arms deal between "
    "the two. Kim, who arrived by armoured train on Tuesday after crossing the border at Khasan, pledged full support "
    "for what he called Russia's sacred fight. The Kremlin said Kim had invited Putin to visit North Korea at a "
    "convenient time and that Putin had accepted. Kim will go on to Komsomolsk-on-Amur, where fighter jets are built, "
    "and to Vladivostok to see the Pacific Fleet, Putin told reporters. North Korea fired two ballistic missiles into "
    "the sea hours before the summit, the leaders' first meeting since April 2019.",
    "Putin-Kim summit at Vostochny on Wednesday 13 September 2023; Kim crossed at Khasan on Tuesday 12 September; "
    "the invitation 'at a convenient time' and Kim's onward visits (Komsomolsk-on-Amur on 15 September, Vladivostok "
    "on 16-17 September) are given without dates in the text; the previous summit was in Vladivostok in April 2019.",
    ["past-weekday", "said-on-day", "undated-future", "past-month", "number-like-date"],
)

N(
    "tg-unhrc-russia-suspended-2022",
    "2022-04-08 08:00",
    "America/New_York",
    "UNITED NATIONS - The UN General Assembly voted on Thursday to suspend Russia from the Human Rights Council over "
    "reports of killings by its troops in Ukraine, only the second suspension since the council was created in 2006. "
    "The US-drafted resolution passed with 93 votes in favour, 24 against and 58 abstentions, comfortably clearing "
    "the two-thirds majority required of those voting. Russia's deputy ambassador, Gennady Kuzmin, said immediately "
    "afterwards that Moscow had decided to leave the council before the end of its term, which was due to run until "
    "the end of 2023. Libya was the only country previously suspended, in 2011. Images of bodies in the streets of "
    "Bucha, near Kyiv, emerged at the start of the month after Russian forces withdrew.",
    "UNGA resolution ES-11/3 of Thursday 7 April 2022 (93-24-58); Russia announced the same day that it was quitting "
    "the council, so its term 'due to run until the end of 2023' is a cancelled date, not a claim. Libya was "
    "suspended in 2011; the council dates from 2006; the Bucha images emerged on 2-3 April.",
    ["cancelled-date", "said-on-day", "past-weekday", "number-like-date", "year-end"],
)

"""Held-out test passages (second batch): world affairs: diplomacy, wars and ceasefires, sanctions, summits, elections abroad, the UN, refugees and migration, disasters. Written blind on 2026-11-27 (see holdout.py)."""

from __future__ import annotations

import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    _res,
    _wd_index,
    by_year,
    in_days,
    in_year,
    md,
    md_span,
    midnight_on,
    month_named_end,
    next_month,
    next_wd,
    passage_adder,
    rest_of_month,
    span_wd,
    this_end_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

D = dt.date
TD = dt.timedelta


def _add_months(d0: D, n: int) -> D:
    """The same day n calendar months after d0 (clamped to the month's last day)."""
    y, m = divmod(d0.month - 1 + n, 12)
    y, m = d0.year + y, m + 1
    for day in (d0.day, 30, 29, 28):
        try:
            return D(y, m, day)
        except ValueError:
            continue
    raise ValueError(d0)


def in_months(n):
    """'within six months', 'in 18 months': the same day n months after publication."""

    def f(p):
        d0 = p.date()
        x = _add_months(d0, n)
        return _res(x, x, f"{d0} + {n} months = {x}")

    return f


def in_months_anchored(n, anchor_wd):
    """'in four months' reported after a meeting held on <weekday>: n months from that day
    or from publication (both anchors accepted, as README's in_days_anchored)."""

    def f(p):
        d0 = p.date()
        k = (d0.weekday() - _wd_index(anchor_wd)) % 7
        a = d0 - TD(k)
        lo, hi = _add_months(a, n), _add_months(d0, n)
        return _res(lo, hi, f"{n} months from {anchor_wd} {a} or from publication {d0}: {lo}..{hi}")

    return f


def rest_of_week():
    """'later this week': the publication day .. the Sunday that ends its Monday-Sunday week."""

    def f(p):
        d0 = p.date()
        end = d0 + TD(6 - d0.weekday())
        return _res(d0, end, f"rest of the week from {d0} {d0:%a} = {d0}..{end}")

    return f


PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)


# ===========================================================================
# Wars and ceasefires

P(
    "w2-minsk-ceasefire-2015",
    "2015-02-12 15:00",
    "Europe/Minsk",
    "MINSK (Reuters) - The leaders of Russia, Ukraine, Germany and France agreed on Thursday, after some 16 hours of "
    "overnight talks in the Belarusian capital, on a package of measures to end the war in eastern Ukraine, "
    'including a ceasefire that will take effect at midnight on Saturday. "We have managed to agree on the main '
    'things," Russian President Vladimir Putin told reporters, adding that both sides would pull heavy weapons back '
    "from the front line. The 13-point plan, which builds on a truce signed in the same city last September that "
    "never took hold, also requires Kiev to adopt a new constitution giving more autonomy to the rebel-held east by "
    "the end of the year. German Chancellor Angela Merkel said she had no illusions and that a great deal of work "
    "lay ahead. Separately, IMF chief Christine Lagarde announced a new $17.5 billion loan programme for Ukraine and "
    "said she expected the fund's board to approve it next month.",
    [
        C(
            "including a ceasefire that will take effect at midnight on Saturday",
            "at midnight on Saturday",
            midnight_on("Saturday"),
            "event",
            None,
            real="2015-02-15",
        ),
        C(
            "also requires Kiev to adopt a new constitution giving more autonomy to the rebel-held east by the end of "
            "the year",
            "by the end of the year",
            this_year_end(),
            "deadline",
            None,
        ),
        C(
            "said she expected the fund's board to approve it next month",
            "next month",
            next_month(),
            "prediction",
            "Christine Lagarde",
            real="2015-03-11",
        ),
    ],
    "Minsk II ('Package of Measures') agreed on Thursday 12 February 2015; the ceasefire began at 00:00 Kyiv time on "
    "15 February (01:00 in Minsk), i.e. midnight between Saturday 14 and Sunday 15 February. The new constitution was "
    "to be adopted by the end of 2015 (it was not). The IMF board approved the $17.5 billion EFF on 11 March 2015. "
    "'Last September' is the Minsk Protocol of 5 September 2014. The deadline is set by the package for Kiev; "
    "no person states it, so no speaker.",
    ["midnight", "last-month", "year-end", "month-period", "number-like-date", "multi-claim"],
)

P(
    "w2-normandy-summit-2019",
    "2019-12-10 11:00",
    "Europe/Paris",
    "PARIS - Vladimir Putin and Volodymyr Zelenskiy agreed at their first face-to-face meeting to swap all remaining "
    "prisoners from the war in eastern Ukraine and to restore a ceasefire there, though talks that ran late into "
    "Monday night at the Elysee Palace produced no breakthrough on the region's political future. The exchange is to "
    "be completed by the end of the year, Zelenskiy told reporters afterwards, adding that he had hoped to achieve "
    "more. The leaders of France, Germany, Russia and Ukraine, who last met in this format in Berlin in October 2016, "
    "will hold another summit in four months. The current gas transit contract "
    "between Moscow and Kyiv expires at the end of the month, and Zelenskiy said the two sides were still far apart "
    "on a new one.",
    [
        C(
            "The exchange is to be completed by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "Volodymyr Zelenskiy",
            real="2019-12-29",
            real_le=True,
        ),
        C(
            "will hold another summit in four months",
            "in four months",
            in_months_anchored(4, "Monday"),
            "event",
            None,
        ),
        C(
            "The current gas transit contract between Moscow and Kyiv expires at the end of the month",
            "at the end of the month",
            this_end_of_month(),
            "deadline",
            None,
            real="2019-12-31",
        ),
    ],
    "Normandy-format summit in Paris on Monday 9 December 2019; the all-for-all exchange took place on 29 December "
    "2019; the follow-up summit 'in four months' never happened (no real date). The Russia-Ukraine gas transit "
    "contract expired on 31 December 2019 (a new one was signed on 30 December). The previous Normandy summit was in "
    "Berlin on 19 October 2016. 'In four months' counts from the Monday summit or from publication: both accepted. "
    "The follow-up summit is an unattributed scheduled event: no speaker.",
    [
        "year-end",
        "end-of-month",
        "duration",
        "past-month",
        "past-weekday",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-karabakh-humanitarian-truce-2020",
    "2020-10-10 04:30",
    "Asia/Baku",
    "BAKU/YEREVAN - Armenia and Azerbaijan agreed to a humanitarian ceasefire in Nagorno-Karabakh from noon on "
    "Saturday, Russian Foreign Minister Sergei Lavrov said after more than 10 hours of talks in Moscow, the first "
    "diplomatic breakthrough since heavy fighting erupted on Sept. 27. The pause is meant to let the two sides swap "
    "prisoners and recover the bodies of the dead with the help of the International Committee of the Red Cross, "
    "Lavrov said, reading a joint statement to reporters shortly after 3 a.m. in Moscow. The details will be agreed "
    "separately, and substantive talks on a settlement are to follow later under the mediation of the OSCE Minsk "
    "Group. Hundreds of people, civilians among them, have been killed in two weeks of fighting, the worst in the "
    "region since the 1990s.",
    [
        C(
            "agreed to a humanitarian ceasefire in Nagorno-Karabakh from noon on Saturday",
            "from noon on Saturday",
            wd("Saturday", at="12:00"),
            "event",
            "Sergei Lavrov",
            real="2020-10-10",
        )
    ],
    "Moscow talks of 9-10 October 2020; Lavrov read the statement around 03:00 Moscow time (04:00 in Baku); the "
    "humanitarian ceasefire took effect at 12:00 local time (08:00 GMT) on Saturday 10 October 2020 and soon broke "
    "down. The war began on 27 September 2020 (a past date). 'On Saturday' in a Saturday article is that day; the "
    "noon is local to the passage's zone. An agreed truce announced by the mediator: Lavrov is the speaker.",
    [
        "same-day-future",
        "by-weekday-same-day",
        "time-local",
        "explicit-past-date",
        "undated-future",
        "number-like-date",
    ],
)

P(
    "w2-zaporizhzhia-iaea-mission-2022",
    "2022-08-29 12:00",
    "Europe/Vienna",
    "VIENNA - A team of UN nuclear inspectors led by Rafael Grossi set off on Monday for the Zaporizhzhia nuclear "
    "power plant in southern Ukraine, Europe's largest, which has been held by Russian troops since early March and "
    'has come under repeated shelling in recent weeks. "The day has come," Grossi, the director general of the '
    "International Atomic Energy Agency, wrote on Twitter, saying the 14-member mission would arrive at the site "
    "later this week. Kyiv and Moscow blame each other for the shelling, which has damaged buildings and power lines "
    "and raised fears of a radiation leak. The agency has not said how long the inspectors will stay, and it is "
    "unclear whether Russian forces will allow a permanent presence.",
    [
        C(
            "saying the 14-member mission would arrive at the site later this week",
            "later this week",
            rest_of_week(),
            "promise",
            "Rafael Grossi",
            real="2022-09-01",
        )
    ],
    "IAEA Support and Assistance Mission to Zaporizhzhia left Vienna on Monday 29 August 2022 and reached the plant "
    "on Thursday 1 September 2022; two inspectors stayed on. The plant was seized on 4 March 2022. 'Later this week' "
    "is the publication day to the Sunday of its week. The IAEA's own mission: a promise by Grossi.",
    ["later-this-period", "past-month", "undated-future", "number-like-date"],
)

P(
    "w2-victory-day-truce-2025",
    "2025-04-28 13:00",
    "Europe/Moscow",
    "MOSCOW (Reuters) - President Vladimir Putin has ordered a three-day ceasefire in the war in Ukraine from May 8 "
    "to May 10 to mark the 80th anniversary of the Soviet victory over Nazi Germany, the Kremlin said on Monday, "
    "calling on Kyiv to follow suit. Chinese President Xi Jinping and more than 20 other foreign leaders are due to "
    "attend a military parade on Red Square on May 9, the Kremlin has said. Ukraine's foreign minister, Andrii "
    "Sybiha, said that if Russia truly wanted peace it should stop firing immediately rather than wait until May 8, "
    "and repeated Kyiv's call for a truce of at least 30 days. A 30-hour Easter truce that Putin declared earlier "
    "this month was marred by accusations of violations on both sides.",
    [
        C(
            "has ordered a three-day ceasefire in the war in Ukraine from May 8 to May 10",
            "from May 8 to May 10",
            md_span(5, 8, 5, 10),
            "event",
            "Vladimir Putin",
            real="2025-05-08",
        ),
        C(
            "are due to attend a military parade on Red Square on May 9",
            "on May 9",
            md(5, 9),
            "event",
            "the Kremlin",
            real="2025-05-09",
        ),
    ],
    "Kremlin statement of Monday 28 April 2025: ceasefire from 00:00 on 8 May to 00:00 on 11 May 2025 (Moscow "
    "time), i.e. 8-10 May; Xi attended the Victory Day parade on 9 May 2025. An ordered truce: Putin is the speaker. "
    "Sybiha's 'wait until May 8' is inside a conditional and refers back to the truce; the 30 days have no anchor; "
    "the Easter truce (19-20 April 2025) is past.",
    [
        "range",
        "explicit-date",
        "said-on-day",
        "hypothetical",
        "duration",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-inf-treaty-suspension-2019",
    "2019-02-01 13:00",
    "America/New_York",
    "WASHINGTON (Reuters) - The United States will suspend its obligations under the 1987 Intermediate-Range "
    "Nuclear Forces Treaty on Saturday and formally withdraw from the pact on Aug. 2 unless Russia destroys its "
    "9M729 cruise missiles, Secretary of State Mike Pompeo said on Friday. Russia had jeopardised American security "
    "and Washington could no longer be bound by a treaty that Moscow was violating, Pompeo told reporters at the "
    "State Department. NATO allies backed the decision in a statement, placing the blame for the treaty's likely "
    "demise on Moscow. Russian officials deny that the missile, which they say has a range of less than 500 km, "
    "breaches the 1987 accord, and accuse Washington of looking for a pretext to leave it.",
    [
        C(
            "will suspend its obligations under the 1987 Intermediate-Range Nuclear Forces Treaty on Saturday",
            "on Saturday",
            wd("Saturday"),
            "promise",
            "Mike Pompeo",
            real="2019-02-02",
        ),
        C(
            "formally withdraw from the pact on Aug. 2 unless Russia destroys its 9M729 cruise missiles",
            "on Aug. 2",
            md(8, 2),
            "deadline",
            "Mike Pompeo",
            real="2019-08-02",
        ),
    ],
    "Pompeo's announcement of Friday 1 February 2019: suspension effective 2 February, withdrawal after six months, "
    "on 2 August 2019, unless Russia returned to compliance (it did not; the US left on 2 August). A government's "
    "'X unless Y' is a deadline. '1987', '9M729' and '500 km' are not dates.",
    [
        "conditional-threat",
        "same-sentence-claims",
        "explicit-date",
        "said-on-day",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-kakhovka-dam-2023",
    "2023-06-06 18:00",
    "Europe/Kiev",
    "KYIV - Floodwaters surged through dozens of towns and villages along the lower Dnipro river on Tuesday after the "
    "Kakhovka dam, held by Russian forces since the first days of the invasion, was destroyed in the early hours, "
    "forcing thousands of people to flee their homes. Ukraine accused Russia of blowing up the dam from the inside to "
    "hamper its long-awaited counteroffensive, while Moscow blamed Ukrainian shelling. The reservoir behind the dam, "
    "which had reached a record level in May, supplies cooling water to the Zaporizhzhia nuclear plant upstream, but "
    "the International Atomic Energy Agency said there was no immediate risk and that a pond at the site may hold "
    "enough water for several months. Officials warned that the water may not recede for days and that repairing "
    "the damage to farmland and drinking water supplies could take years.",
    [],
    "Destruction of the Kakhovka dam early on Tuesday 6 June 2023. The reservoir peaked in May 2023 (a past month "
    "beside the modal 'may'); every future is a possibility or an unanchored duration.",
    [
        "no-claim",
        "may-verb",
        "past-month",
        "past-weekday",
        "hypothetical",
        "duration",
        "undated-future",
    ],
)

P(
    "w2-turkey-coup-aftermath-2016",
    "2016-07-17 15:00",
    "Europe/Istanbul",
    "ISTANBUL - Turkish authorities have detained about 6,000 people, among them nearly 3,000 soldiers and senior "
    "judges, after a failed coup attempt on Friday night, Justice Minister Bekir Bozdag said on Sunday, vowing that "
    "the purge would go on. Speaking at a funeral in Istanbul for victims of the uprising, President Tayyip Erdogan "
    "told crowds chanting for executions that parliament could consider bringing back the death penalty, which "
    "Turkey abolished in 2004 as part of its bid to join the European Union. Would Ankara really restore capital "
    "punishment, and what would become of its membership talks with Brussels if it did? European officials have "
    "said such a step would end them. Erdogan has demanded that Washington hand over the US-based cleric Fethullah "
    "Gulen, whom he blames for the plot; the United States says it needs evidence first.",
    [],
    "Coup attempt of Friday 15 - Saturday 16 July 2016; Bozdag's figure of 17 July; Erdogan at a funeral in "
    "Istanbul on 17 July. Past events, a possibility, a question and undated demands only.",
    ["no-claim", "past-weekday", "said-on-day", "hypothetical", "question", "number-like-date"],
)


# ===========================================================================
# Sanctions, arms control, expulsions

P(
    "w2-iran-snapback-claim-2020",
    "2020-09-18 13:00",
    "Asia/Tehran",
    "DUBAI - The United States will treat all United Nations sanctions on Iran as restored from 8 p.m. on Saturday, "
    "New York time, Secretary of State Mike Pompeo said, a month after he triggered the so-called snapback process "
    "at the Security Council, where 13 of the 15 members have said the move has no legal force. A UN conventional "
    "arms embargo on Tehran, which Washington failed to get extended in a vote last month, is due to expire on "
    "Oct. 18 under Resolution 2231, the council measure that endorsed the 2015 nuclear deal. Iranian Foreign "
    "Minister Mohammad Javad Zarif said on Thursday that the Americans were isolated and that Iran would respond to "
    "any illegal attempt at enforcement. Any move by US forces to stop Iranian cargoes at sea could trigger a "
    "confrontation, analysts said.",
    [
        C(
            "will treat all United Nations sanctions on Iran as restored from 8 p.m. on Saturday, New York time",
            "from 8 p.m. on Saturday, New York time",
            zoned(wd("Saturday"), "20:00", "America/New_York"),
            "promise",
            "Mike Pompeo",
            real="2020-09-20",
        ),
        C(
            "is due to expire on Oct. 18 under Resolution 2231",
            "on Oct. 18",
            md(10, 18),
            "deadline",
            None,
            real="2020-10-18",
        ),
    ],
    "Pompeo's position that UN sanctions snapped back at 20:00 EDT on Saturday 19 September 2020 (00:00 GMT on 20 "
    "September = 04:30 IRDT on Sunday 20 September in Tehran, so the converted date moves); the arms embargo lapsed "
    "on 18 October 2020 under UNSCR 2231. The snapback notification was made on 20 August; the embargo extension "
    "failed on 14 August. The embargo's expiry is a statutory cut-off: deadline. 'Resolution 2231' and '2015' "
    "are not dates.",
    [
        "time-converted",
        "date-crossing-conversion",
        "explicit-date",
        "said-on-day",
        "past-weekday",
        "past-month",
        "hypothetical",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-skripal-expulsions-2018",
    "2018-03-14 15:00",
    "Europe/London",
    "LONDON (Reuters) - Prime Minister Theresa May said on Wednesday that Britain would expel 23 Russian diplomats, "
    "the biggest such expulsion in more than 30 years, after Moscow ignored her deadline of midnight on Tuesday to "
    "explain how a Soviet-designed nerve agent came to be used against a former spy in Salisbury on March 4. The "
    "diplomats, whom May identified as undeclared intelligence officers, have one week to leave, she told "
    "parliament. Britain will also suspend high-level contacts with Moscow, and no ministers or members of the royal "
    "family will attend the World Cup in Russia. The UN Security Council will discuss the attack at Britain's "
    "request later on Wednesday, days before Russia's presidential election next Sunday, in which Vladimir Putin is "
    "seeking a fourth term.",
    [
        C(
            "have one week to leave",
            "one week",
            in_days(7),
            "deadline",
            "Theresa May",
            real="2018-03-20",
            real_le=True,
        ),
        C(
            "The UN Security Council will discuss the attack at Britain's request later on Wednesday",
            "later on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2018-03-14",
        ),
        C(
            "days before Russia's presidential election next Sunday",
            "next Sunday",
            next_wd("Sunday"),
            "event",
            None,
            real="2018-03-18",
        ),
    ],
    "May's Commons statement of Wednesday 14 March 2018: 23 diplomats given a week to leave (they left on 20 "
    "March); the Security Council met on 14 March (afternoon in New York, evening in London); Russia voted on "
    "Sunday 18 March 2018. 'Next Sunday' from a Wednesday: 18 or 25 March accepted. The midnight-Tuesday deadline "
    "(13 March) and the 4 March attack are past. 'She' is Theresa May; 'May' is a name, not the month.",
    [
        "may-verb",
        "pronoun-speaker",
        "duration",
        "same-day-future",
        "next-weekday",
        "explicit-past-date",
        "past-weekday",
        "said-on-day",
        "same-sentence-claims",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-nato-turkey-jet-2015",
    "2015-11-24 14:30",
    "Europe/Brussels",
    "BRUSSELS - NATO ambassadors will hold an extraordinary meeting at 5 p.m. on Tuesday at Turkey's request, an "
    "alliance official said, hours after Turkish F-16s shot down a Russian Su-24 bomber near the Syrian border. "
    "Ankara said the jet had violated its airspace 10 times in five minutes despite warnings; Moscow said it never "
    "left Syria. Vladimir Putin, speaking before talks with Jordan's King Abdullah in Sochi, called the downing a "
    "stab in the back by the accomplices of terrorists and warned of serious consequences for relations with "
    "Turkey. Foreign Minister Sergei Lavrov, who had been due in Istanbul on Wednesday for talks with his Turkish "
    "counterpart, has called off the trip.",
    [
        C(
            "NATO ambassadors will hold an extraordinary meeting at 5 p.m. on Tuesday",
            "at 5 p.m. on Tuesday",
            wd("Tuesday", at="17:00"),
            "event",
            None,
            real="2015-11-24",
        )
    ],
    "North Atlantic Council extraordinary meeting at 17:00 CET (16:00 GMT) on Tuesday 24 November 2015 after the "
    "Su-24 shoot-down that morning. Lavrov's visit to Turkey of Wednesday 25 November was cancelled (not a claim). "
    "The official is anonymous: no speaker. 'F-16', 'Su-24' and '10 times' are not dates.",
    ["same-day-future", "by-weekday-same-day", "time-local", "cancelled-date", "number-like-date"],
)


# ===========================================================================
# Summits, diplomacy and the UN

P(
    "w2-panmunjom-summit-2018",
    "2018-04-26 06:00",
    "America/New_York",
    "SEOUL/WASHINGTON - North Korean leader Kim Jong Un will step across the military demarcation line into South "
    "Korea at 9:30 a.m. on Friday, Seoul time, becoming the first leader of the North to set foot in the South since "
    "the 1950-53 Korean War, South Korean officials said on Thursday. President Moon Jae-in will greet him at the "
    "line before talks at the Peace House in the truce village of Panmunjom, and the two leaders are expected to "
    "sign a joint declaration on Friday before Kim returns home, Moon's chief of staff Im Jong-seok told a briefing. "
    "US President Donald Trump, who has said he may meet Kim himself in May or early June, told reporters at the "
    "White House on Tuesday that the North Korean leader had been very open. Whether Pyongyang is ready to give up "
    "weapons it has spent decades building is far from clear.",
    [
        C(
            "will step across the military demarcation line into South Korea at 9:30 a.m. on Friday, Seoul time",
            "at 9:30 a.m. on Friday, Seoul time",
            zoned(wd("Friday"), "09:30", "Asia/Seoul"),
            "event",
            None,
            real="2018-04-26",
        ),
        C(
            "the two leaders are expected to sign a joint declaration on Friday before Kim returns home",
            "on Friday",
            wd("Friday"),
            "prediction",
            "Im Jong-seok",
            real="2018-04-27",
        ),
    ],
    "Inter-Korean summit at Panmunjom: Kim crossed the MDL at 09:30 KST on Friday 27 April 2018 = 20:30 EDT on "
    "Thursday 26 April in the passage's zone (the converted date moves back a day); the Panmunjom Declaration was "
    "signed on the afternoon of 27 April KST (early on Friday 27 April in New York). Im Jong-seok's briefing was on "
    "26 April KST. Trump's 'may meet Kim in May or early June' is a possibility, not a claim. The officials of the "
    "first sentence are unnamed: no speaker.",
    [
        "time-converted",
        "date-crossing-conversion",
        "may-verb",
        "said-on-day",
        "past-weekday",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-nato-london-leaders-2019",
    "2019-11-28 09:00",
    "Europe/London",
    "LONDON - Donald Trump will arrive in London on Monday for a NATO gathering marking the alliance's 70th "
    "anniversary, a meeting overshadowed by Emmanuel Macron's remark this month that NATO was suffering \"brain "
    'death". Leaders will be received by Queen Elizabeth at Buckingham Palace on Tuesday evening and will hold '
    "their formal talks at a hotel near Watford on Wednesday next week, according to a programme published by the "
    "alliance. The working session has been cut to about three hours and there will be no lengthy communique, "
    "diplomats said. Allies have also agreed to reduce the US share of NATO's common budget, with Germany paying "
    "more, officials said this week.",
    [
        C(
            "Donald Trump will arrive in London on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2019-12-02",
        ),
        C(
            "Leaders will be received by Queen Elizabeth at Buckingham Palace on Tuesday evening",
            "on Tuesday evening",
            wd("Tuesday"),
            "event",
            "NATO",
            real="2019-12-03",
        ),
        C(
            "will hold their formal talks at a hotel near Watford on Wednesday next week",
            "on Wednesday next week",
            wd_next_week("Wednesday"),
            "event",
            "NATO",
            real="2019-12-04",
        ),
    ],
    "NATO Leaders' Meeting in London: Trump arrived on Monday 2 December 2019, Buckingham Palace reception on 3 "
    "December, session at The Grove, Watford, on 4 December. Macron's Economist interview was published on 7 "
    "November 2019. Published on a Thursday: 'Wednesday next week' is 4 December. The programme is the alliance's, "
    "so NATO is the speaker of that sentence's two claims.",
    ["next-week-weekday", "same-sentence-claims", "number-like-date", "multi-claim"],
)

P(
    "w2-g7-camp-david-postponed-2020",
    "2020-05-31 09:00",
    "America/New_York",
    "WASHINGTON - President Donald Trump said on Saturday he would postpone the Group of Seven summit he had hoped to "
    "host in person at Camp David next month, calling the grouping very outdated and saying he wanted to invite "
    "Russia, Australia, South Korea and India. The meeting, originally planned for June 10 to 12 before the "
    "coronavirus pandemic pushed the White House towards a video conference, could now take place in September, "
    "around the UN General Assembly, or perhaps after the US presidential election, Trump told reporters aboard Air "
    "Force One. German Chancellor Angela Merkel had said on Friday that she would not travel to Washington in "
    "person under current circumstances. Whether other members would accept Russia's return, six years after it was "
    "suspended over the annexation of Crimea, is far from certain.",
    [],
    "Trump's remarks aboard Air Force One on Saturday 30 May 2020; the Camp David G7 of 10-12 June 2020 was "
    "postponed and in the end never held. The June dates are cancelled; September is only a possibility; Merkel's "
    "refusal (29 May) is past.",
    [
        "no-claim",
        "cancelled-date",
        "hypothetical",
        "said-on-day",
        "past-weekday",
        "number-like-date",
    ],
)

P(
    "w2-trump-denmark-visit-off-2019",
    "2019-08-21 12:00",
    "Europe/Copenhagen",
    "COPENHAGEN - Denmark's royal household said on Wednesday it was surprised by Donald Trump's decision to call off "
    "a state visit, after the US president abruptly postponed the trip because Prime Minister Mette Frederiksen had "
    "dismissed as absurd his idea of buying Greenland. Trump had been due to arrive in Copenhagen on Sept. 2 for two "
    "days of meetings with Queen Margrethe and Frederiksen, who said on Wednesday she was disappointed and "
    "surprised but that relations between the two allies remained strong. In a tweet late on Tuesday, Trump said he "
    "would put the meeting off to another time. Greenland, a self-governing Danish territory, is home to a US air "
    "base at Thule and has drawn growing interest from China and Russia.",
    [],
    "Trump's tweet of Tuesday 20 August 2019 postponing the 2-3 September 2019 state visit; reactions of 21 August. "
    "The 2 September date is cancelled and the new one undated.",
    ["no-claim", "cancelled-date", "past-weekday", "said-on-day", "undated-future"],
)

P(
    "w2-syria-vienna-timetable-2015",
    "2015-11-14 20:00",
    "Europe/Vienna",
    "VIENNA (AP) - Foreign ministers from 17 countries agreed on Saturday on a timetable for ending Syria's civil "
    "war, a day after gunmen and suicide bombers killed at least 129 people in Paris in attacks claimed by Islamic "
    "State. Under the plan, the United Nations will bring Syrian government and opposition representatives together "
    "for formal negotiations by Jan. 1, US Secretary of State John Kerry told reporters. A transitional government "
    "should be in place within six months and free elections should be held within 18 months, the International "
    "Syria Support Group said in a statement after the talks. A nationwide ceasefire would take effect as soon as "
    "the two sides took the first steps towards a transition, but the ministers remained divided over the fate of "
    "President Bashar al-Assad.",
    [
        C(
            "the United Nations will bring Syrian government and opposition representatives together for formal "
            "negotiations by Jan. 1",
            "by Jan. 1",
            md(1, 1),
            "deadline",
            "John Kerry",
        ),
        C(
            "A transitional government should be in place within six months",
            "within six months",
            in_months(6),
            "deadline",
            "the International Syria Support Group",
        ),
        C(
            "free elections should be held within 18 months",
            "within 18 months",
            in_months(18),
            "deadline",
            "the International Syria Support Group",
        ),
    ],
    "Vienna statement of the International Syria Support Group, Saturday 14 November 2015: a target date of 1 "
    "January 2016 for formal talks (they opened only on 29 January 2016, so no real date), governance within six "
    "months, elections within 18 months. 'Jan. 1' falls in the next year. Targets set for others: deadlines. The "
    "ceasefire is conditional and undated. '129' and '17' are counts.",
    [
        "year-inference",
        "duration",
        "same-sentence-claims",
        "hypothetical",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-un-sdgs-pope-2015",
    "2015-09-25 07:00",
    "America/New_York",
    "UNITED NATIONS (Reuters) - Pope Francis will address the UN General Assembly on Friday, the first stop on a "
    "packed day in New York that also includes a service at the September 11 memorial and an evening Mass at "
    "Madison Square Garden. Later on Friday, the 193 UN member states will formally adopt 17 Sustainable "
    "Development Goals, with 169 targets, to succeed the Millennium Development Goals agreed in 2000. The "
    "most ambitious of the targets calls for extreme poverty, defined as living on less than $1.25 a day, to be "
    "eradicated everywhere by 2030. Aid groups say meeting the goals will cost trillions of dollars a year.",
    [
        C(
            "Pope Francis will address the UN General Assembly on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2015-09-25",
        ),
        C(
            "Later on Friday, the 193 UN member states will formally adopt 17 Sustainable Development Goals",
            "Later on Friday",
            wd("Friday"),
            "event",
            None,
            real="2015-09-25",
        ),
        C(
            "calls for extreme poverty, defined as living on less than $1.25 a day, to be eradicated everywhere by 2030",
            "by 2030",
            by_year(2030),
            "deadline",
            None,
        ),
    ],
    "Pope Francis addressed the General Assembly on the morning of Friday 25 September 2015; the 2030 Agenda was "
    "adopted at the opening of the Sustainable Development Summit the same day. The 2030 poverty goal is a target "
    "set for every country (a deadline) and no person states it in the sentence. 'The September 11 memorial' names "
    "a place; '2000' (the MDGs) is a past year.",
    ["by-weekday-same-day", "same-day-future", "number-like-date", "multi-claim"],
)

P(
    "w2-guterres-sworn-in-2016",
    "2016-12-12 17:00",
    "America/New_York",
    "UNITED NATIONS - Antonio Guterres, the former Portuguese prime minister who ran the UN refugee agency for a "
    "decade, was sworn in on Monday as the ninth secretary-general of the United Nations and will take office on "
    "Jan. 1. Guterres, whom the General Assembly appointed by acclamation on Oct. 13, told the 193-nation body that "
    "the organisation must be ready to change and promised to reach gender parity in its senior ranks. He succeeds "
    "Ban Ki-moon of South Korea, who has served two five-year terms and has been criticised for the UN's slow "
    "response to crises from Syria to South Sudan.",
    [C("will take office on Jan. 1", "on Jan. 1", md(1, 1), "event", None, real="2017-01-01")],
    "Guterres took the oath on Monday 12 December 2016 and took office on 1 January 2017 (year inferred); the "
    "General Assembly appointed him on 13 October 2016 (a past date). The gender-parity promise is undated.",
    ["year-inference", "explicit-past-date", "undated-future", "number-like-date"],
)

P(
    "w2-unga-jerusalem-vote-2017",
    "2017-12-22 09:00",
    "America/New_York",
    "UNITED NATIONS (Reuters) - The UN General Assembly voted 128 to 9 on Thursday, with 35 abstentions, to demand "
    "that the United States withdraw its Dec. 6 recognition of Jerusalem as Israel's capital, defying threats by "
    "President Donald Trump to cut off aid to countries that backed the resolution. The vote is not binding, and US "
    "Ambassador Nikki Haley told the assembly that Washington would remember the day and that the US embassy would "
    "move to Jerusalem regardless. It was not clear whether Trump would follow through on the threat he made at a "
    "cabinet meeting on Wednesday, or how he would decide which countries to punish. A spokesman for Palestinian "
    "President Mahmoud Abbas called the result a victory for Palestine.",
    [],
    "General Assembly emergency session of Thursday 21 December 2017 (resolution ES-10/19); Trump's recognition of "
    "6 December 2017 (a past date that must not resolve to December 2018); his aid threat at the cabinet meeting of "
    "20 December. The embassy move is undated; the punishment is hypothetical.",
    [
        "no-claim",
        "explicit-past-date",
        "past-weekday",
        "hypothetical",
        "undated-future",
        "number-like-date",
    ],
)

P(
    "w2-beirut-donor-conference-2020",
    "2020-08-07 19:00",
    "Europe/Paris",
    "PARIS (Reuters) - France will co-host an international video conference with the United Nations on Sunday to "
    "raise emergency aid for Lebanon, where Tuesday's explosion at Beirut port killed at least 150 people and left "
    "some 300,000 homeless, the Elysee said on Friday. President Emmanuel Macron, who toured the devastated Gemmayzeh "
    "district on Thursday, has said the money will go directly to the Lebanese people and not through a government "
    "that many protesters blame for the disaster. He also promised to return to Beirut on Sept. 1, the centenary of "
    "the founding of the modern Lebanese state, to check on progress with reforms. Investigators are trying to "
    "establish how 2,750 tonnes of ammonium nitrate came to be stored at the port for six years.",
    [
        C(
            "France will co-host an international video conference with the United Nations on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            "the Elysee",
            real="2020-08-09",
        ),
        C(
            "He also promised to return to Beirut on Sept. 1",
            "on Sept. 1",
            md(9, 1),
            "promise",
            "Emmanuel Macron",
            real="2020-09-01",
        ),
    ],
    "Elysee announcement of Friday 7 August 2020; the donor conference was held on Sunday 9 August 2020; Macron "
    "visited Beirut on Thursday 6 August and returned on 31 August - 1 September 2020 for the Greater Lebanon "
    "centenary. The port explosion was on Tuesday 4 August (past). 'He' is Emmanuel Macron.",
    [
        "pronoun-speaker",
        "past-weekday",
        "said-on-day",
        "explicit-date",
        "number-like-date",
        "multi-claim",
    ],
)


# ===========================================================================
# Elections abroad

P(
    "w2-austria-italy-sunday-votes-2016",
    "2016-11-30 10:00",
    "Europe/Vienna",
    "VIENNA - Austrians vote on Sunday in a presidential run-off that could make Norbert Hofer of the Freedom Party "
    "the first far-right head of state in western Europe since the Second World War. The rerun of May's contest, "
    "which the Greens-backed Alexander Van der Bellen won by fewer than 31,000 votes before the Constitutional Court "
    "annulled the result over irregularities in the handling of postal ballots, had been set for Oct. 2 but was "
    "postponed after envelopes were found whose glue would not stick. Italians also go to the polls on Sunday, in a "
    "referendum on Prime Minister Matteo Renzi's plan to curb the powers of the Senate. Renzi has said he will step "
    "down if he loses, and a defeat could unsettle markets still digesting Britain's vote to leave the European "
    "Union.",
    [
        C(
            "Austrians vote on Sunday in a presidential run-off",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2016-12-04",
        ),
        C(
            "Italians also go to the polls on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2016-12-04",
        ),
    ],
    "Austrian presidential re-run and Italian constitutional referendum, both on Sunday 4 December 2016. The 22 May "
    "run-off was annulled on 1 July; the re-run first set for 2 October was postponed in September (a superseded, "
    "now past date). Renzi's resignation is conditional and undated.",
    ["superseded-date", "explicit-past-date", "hypothetical", "number-like-date", "multi-claim"],
)

P(
    "w2-dutch-election-week-2017",
    "2017-03-13 08:00",
    "Europe/Amsterdam",
    "THE HAGUE - Prime Minister Mark Rutte and the anti-Islam politician Geert Wilders will face each other in a "
    "televised debate on Monday evening, their first head-to-head clash of a campaign overshadowed by a diplomatic "
    "row with Turkey. Dutch police on Saturday escorted a Turkish minister to the German border after she tried to "
    "address a rally in Rotterdam, and President Tayyip Erdogan has since called the Netherlands a remnant of "
    "Nazism. Polling stations open at 7:30 a.m. on Wednesday, and the latest surveys show Rutte's Liberals narrowly "
    "ahead of Wilders' Freedom Party, with 28 parties on the ballot. Whatever Wednesday's result, forming a coalition "
    "is expected to take months.",
    [
        C(
            "will face each other in a televised debate on Monday evening",
            "on Monday evening",
            wd("Monday"),
            "event",
            None,
            real="2017-03-13",
        ),
        C(
            "Polling stations open at 7:30 a.m. on Wednesday",
            "at 7:30 a.m. on Wednesday",
            wd("Wednesday", at="07:30"),
            "event",
            None,
            real="2017-03-15",
        ),
    ],
    "Rutte-Wilders debate of Monday 13 March 2017; Dutch general election of Wednesday 15 March 2017 (polls open "
    "07:30-21:00); the Turkish family minister was escorted out on the night of Saturday 11 March. 'Wednesday's "
    "result' repeats the election claim and is labelled once; the coalition talks are undated.",
    [
        "same-day-future",
        "time-local",
        "past-weekday",
        "repeated-claim",
        "undated-future",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-catalonia-direct-rule-2017",
    "2017-10-28 12:00",
    "Europe/Madrid",
    "MADRID (Reuters) - Spain took direct control of Catalonia on Saturday, a day after Prime Minister Mariano Rajoy "
    "sacked the regional government, dissolved its parliament and called a snap regional election for Dec. 21 in "
    "response to a unilateral declaration of independence. The measures, the first use of Article 155 of the 1978 "
    "constitution, were published in the official gazette overnight, and Deputy Prime Minister Soraya Saenz de "
    "Santamaria will run the region until a new government is formed. In a televised address, ousted leader Carles "
    "Puigdemont called on Catalans to oppose direct rule peacefully but did not say whether he would stand in the "
    "December vote. The state prosecutor is expected to seek rebellion charges against him, which carry a sentence "
    "of up to 30 years.",
    [
        C(
            "called a snap regional election for Dec. 21",
            "for Dec. 21",
            md(12, 21),
            "event",
            "Mariano Rajoy",
            real="2017-12-21",
        )
    ],
    "Rajoy's measures of Friday 27 October 2017 under Article 155; direct rule took effect on 28 October; the "
    "Catalan election was held on 21 December 2017. 'The December vote' refers back to it and is labelled once. "
    "'Article 155', '1978' and '30 years' are not dates; the charges are undated.",
    ["explicit-date", "repeated-claim", "number-like-date", "undated-future", "duration"],
)

P(
    "w2-zelenskiy-landslide-2019",
    "2019-04-22 09:00",
    "Europe/Kiev",
    "KYIV - Volodymyr Zelenskiy, a comedian with no political experience, won Ukraine's presidential election by a "
    "landslide on Sunday, taking about 73 percent of the vote against the incumbent, Petro Poroshenko, according to "
    "near-complete results. Zelenskiy, 41, who plays a president in a popular television series, has given few "
    "details of his plans but said on Sunday night that he would keep pushing for peace talks to end the war with "
    "Russian-backed separatists in the east. He must be sworn in within 30 days of the official result, which the "
    "central election commission has yet to declare. Will he call an early parliamentary election to win a "
    "majority, and will the International Monetary Fund keep lending if he does? Analysts said both questions could "
    "be answered within weeks.",
    [],
    "Run-off of Sunday 21 April 2019; the result was declared on 30 April and Zelenskiy was inaugurated on 20 May "
    "2019. The 30 days run from an undeclared result (no anchor); the rest is past, a question or undated.",
    [
        "no-claim",
        "past-weekday",
        "said-on-day",
        "question",
        "duration",
        "undated-future",
        "hypothetical",
        "number-like-date",
    ],
)

P(
    "w2-warsaw-independence-march-2018",
    "2018-11-09 08:00",
    "Europe/Warsaw",
    "WARSAW (Reuters) - A Warsaw court on Thursday overturned the mayor's ban on the annual Independence March, "
    "clearing nationalist groups to walk through the capital on Sunday, the 100th anniversary of Poland regaining "
    "its statehood, though City Hall said it would appeal. Mayor Hanna Gronkiewicz-Waltz had cited the risk of "
    "violence and hate speech at past marches, which have drawn tens of thousands of people and far-right groups "
    "from across Europe. President Andrzej Duda, who announced a separate state-organised march after the ban was "
    "imposed on Wednesday, urged Poles to celebrate together under the national flag. In Paris, some 70 world "
    "leaders, including Donald Trump and Vladimir Putin, will gather at the Arc de Triomphe on Sunday to mark the "
    "centenary of the armistice that ended World War One.",
    [
        C(
            "clearing nationalist groups to walk through the capital on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2018-11-11",
        ),
        C(
            "will gather at the Arc de Triomphe on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2018-11-11",
        ),
    ],
    "Warsaw district court ruling of Thursday 8 November 2018 lifting the ban imposed on Wednesday 7 November; the "
    "Independence March and the state march went ahead together on Sunday 11 November 2018; the Paris armistice "
    "centenary ceremony was held the same day. 'Independence March' is a name, not the month; '100th' and 'World "
    "War One' are not dates.",
    ["march-noun", "past-weekday", "number-like-date", "multi-claim"],
)


# ===========================================================================
# Refugees and migration

P(
    "w2-eu-turkey-migrant-deal-2016",
    "2016-03-18 19:00",
    "Europe/Brussels",
    "BRUSSELS - European Union leaders and Turkey sealed a deal on Friday under which migrants who cross the Aegean "
    "to Greece illegally will be sent back, a bid to shut a route used by more than a million people since the start "
    "of last year. The arrangement applies to anyone reaching the Greek islands from Sunday, European Council "
    "President Donald Tusk told a news conference. The first returns to Turkey are due on April 4, and for every "
    "Syrian sent back the EU will resettle another from Turkish camps, up to a ceiling of 72,000. Turkish Prime "
    "Minister Ahmet Davutoglu hailed a historic day for relations with Europe. He said he expected Turks to be able "
    "to travel to the passport-free Schengen zone without visas by the end of June, a reward the EU has tied to "
    "Ankara meeting 72 conditions.",
    [
        C(
            "The arrangement applies to anyone reaching the Greek islands from Sunday",
            "from Sunday",
            wd("Sunday"),
            "event",
            "Donald Tusk",
            real="2016-03-20",
        ),
        C(
            "The first returns to Turkey are due on April 4",
            "on April 4",
            md(4, 4),
            "event",
            None,
            real="2016-04-04",
        ),
        C(
            "He said he expected Turks to be able to travel to the passport-free Schengen zone without visas by the end "
            "of June",
            "by the end of June",
            month_named_end(6),
            "prediction",
            "Ahmet Davutoglu",
        ),
    ],
    "EU-Turkey statement of Friday 18 March 2016: applies to arrivals from Sunday 20 March; returns began on Monday "
    "4 April 2016; visa liberalisation 'by the end of June 2016 at the latest' (it never came, so no real date). An "
    "agreed measure announced by Tusk: event with Tusk as speaker. 'He' is Ahmet Davutoglu.",
    [
        "pronoun-speaker",
        "explicit-date",
        "end-of-month",
        "said-on-day",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-germany-asylum-forecast-2015",
    "2015-08-19 14:00",
    "Europe/Berlin",
    "BERLIN (Reuters) - Germany expects as many as 800,000 asylum seekers to arrive this year, four times the 2014 "
    "figure and the most in the country's post-war history, Interior Minister Thomas de Maiziere said on Wednesday. "
    "The new estimate nearly doubles the 450,000 the ministry forecast in May, and de Maiziere urged other European "
    "Union states to take in more refugees, saying the bloc's rules on where asylum claims are handled were not "
    "working. Applications may slow in the winter months, he said, but he would not say when the influx might peak. "
    "Towns have turned sports halls and tents into emergency shelters, and attacks on refugee homes have risen "
    "sharply this year.",
    [
        C(
            "Germany expects as many as 800,000 asylum seekers to arrive this year",
            "this year",
            in_year(2015),
            "prediction",
            "Thomas de Maiziere",
        )
    ],
    "De Maiziere's forecast of Wednesday 19 August 2015 (about 890,000 arrived in 2015); the previous forecast of "
    "450,000 dated from May 2015. The modal 'may' sits beside a past 'in May'; the winter slowdown is a "
    "possibility; the attacks 'this year' are past. '2014' is not a date.",
    ["year-period", "may-verb", "past-month", "said-on-day", "hypothetical", "number-like-date"],
)

P(
    "w2-canada-syrian-refugees-2015",
    "2015-11-24 14:00",
    "America/Toronto",
    "OTTAWA (Reuters) - Canada will resettle 10,000 Syrian refugees by the end of the year and another 15,000 by the "
    "end of February, Immigration Minister John McCallum said on Tuesday, backing away from Prime Minister Justin "
    "Trudeau's campaign pledge to bring in all 25,000 by Jan. 1. McCallum said the extra two months were needed to "
    "do the job properly after the Paris attacks raised public concern about security screening, and that "
    "unaccompanied men would not be admitted for now. Canadian military aircraft could be used to fly refugees from "
    "Jordan, Lebanon and Turkey if commercial charters were not available.",
    [
        C(
            "Canada will resettle 10,000 Syrian refugees by the end of the year",
            "by the end of the year",
            this_year_end(),
            "promise",
            "John McCallum",
        ),
        C(
            "another 15,000 by the end of February",
            "by the end of February",
            month_named_end(2),
            "promise",
            "John McCallum",
        ),
    ],
    "McCallum's announcement of Tuesday 24 November 2015; about 6,000 had arrived by 31 December 2015 and the "
    "25,000th arrived at the end of February 2016 (no real date recorded for either). 'The end of February' falls "
    "in 2016 (29 February, a leap year). The campaign target of 1 January is superseded and not labelled; the "
    "military flights are conditional.",
    [
        "same-sentence-claims",
        "year-end",
        "end-of-month",
        "year-inference",
        "superseded-date",
        "said-on-day",
        "hypothetical",
        "duration",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "w2-marrakech-migration-compact-2018",
    "2018-12-07 11:00",
    "Europe/Zurich",
    "GENEVA - Government delegations are due to gather in Marrakech on Monday and Tuesday to adopt the first global "
    "agreement on managing migration, even as a growing list of countries, from Australia to Hungary, say they will "
    "stay away. The non-binding Global Compact for Safe, Orderly and Regular Migration was finalised in July after "
    "18 months of negotiations, which the United States quit last December, arguing that the pact could undermine "
    "its sovereignty. German Chancellor Angela Merkel, whose party has been divided over the text, will travel to "
    "Morocco to speak at the opening session on Monday, her spokesman said. The UN General Assembly is expected to "
    "endorse the compact in a vote later this month.",
    [
        C(
            "Government delegations are due to gather in Marrakech on Monday and Tuesday",
            "on Monday and Tuesday",
            span_wd("Monday", "Tuesday"),
            "event",
            None,
            real="2018-12-10",
        ),
        C(
            "will travel to Morocco to speak at the opening session on Monday",
            "on Monday",
            wd("Monday"),
            "promise",
            "Angela Merkel",
            real="2018-12-10",
        ),
        C(
            "The UN General Assembly is expected to endorse the compact in a vote later this month",
            "later this month",
            rest_of_month(),
            "prediction",
            None,
            real="2018-12-19",
        ),
    ],
    "Intergovernmental conference in Marrakech, Monday 10 - Tuesday 11 December 2018 (one event over two days); "
    "Merkel spoke there on 10 December; the General Assembly endorsed the compact on 19 December 2018 (152-5). The "
    "text was finalised on 13 July 2018; the US withdrew on 2 December 2017 ('last December' in a December "
    "article). A spokesman reporting Merkel's own plan: Merkel is the speaker.",
    ["range", "last-month", "later-this-period", "past-month", "duration", "multi-claim"],
)

P(
    "w2-pylos-shipwreck-2023",
    "2023-06-16 12:00",
    "Europe/Athens",
    "KALAMATA, Greece - Greek authorities on Thursday arrested nine Egyptian men suspected of smuggling the hundreds "
    "of migrants who were aboard a fishing trawler that capsized and sank off the south-west coast early on "
    "Wednesday, in what could prove the deadliest shipwreck in the Mediterranean in years. Only 104 people were "
    "pulled alive from the water and 78 bodies have been recovered, but survivors have told investigators that as "
    "many as 750 were on board, many of them women and children kept below deck. The coast guard has rejected "
    "accusations that it ignored warnings for hours while the boat drifted, saying those on board had refused help "
    "and insisted on sailing on to Italy. Hopes of finding more survivors are fading, and it is unclear whether the "
    "wreck, which lies in one of the deepest parts of the sea, will ever be raised.",
    [],
    "Sinking of the Adriana off Pylos early on Wednesday 14 June 2023; nine suspects arrested on Thursday 15 June. "
    "Past events, a possibility and an undated question only.",
    ["no-claim", "past-weekday", "hypothetical", "undated-future", "number-like-date"],
)

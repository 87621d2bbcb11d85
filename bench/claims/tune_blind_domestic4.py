"""Tuning passages written blind: national politics and society in many countries (legislation and votes, budgets, court rulings and hearings, elections, public health, policing, education, transport and weather), written as wire copy, political reporting, local news and briefs. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_year,
    holiday,
    in_days,
    in_month,
    md,
    midnight_on,
    month_named_end,
    no_claim_adder,
    passage_adder,
    quarter,
    this_end_of_month,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


# ===========================================================================
# Elections and referendums

P(
    "ti-italy-renzi-referendum-2016",
    "2016-12-01 18:00",
    "Europe/Rome",
    "ROME (Reuters) - Italians vote on Sunday in a referendum on Prime Minister Matteo Renzi's plan to shrink the "
    "Senate and claw back powers from the regions, a reform that parliament approved in April after two years of "
    "wrangling. Renzi, who took office in February 2014, has said he would step down if voters reject it, and the last "
    "opinion polls published before a blackout that began on Nov. 19 showed the No camp ahead by several points. "
    "Campaigning must end at midnight on Friday, when Italy's rules on electoral silence take effect, and party leaders "
    "were squeezing in final television interviews on Thursday. Investors fear that a defeat could open the door to "
    "early elections and to the anti-euro 5-Star Movement, whose founder Beppe Grillo has campaigned hard for a No "
    "vote. 'Will Italy wake up on Monday with a government?' one Milan banker asked.",
    [
        C(
            "Italians vote on Sunday in a referendum",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2016-12-04",
        ),
        C(
            "Campaigning must end at midnight on Friday",
            "at midnight on Friday",
            midnight_on("Friday"),
            "deadline",
            None,
        ),
    ],
    "Italian constitutional referendum of Sunday 4 December 2016 (reform rejected; Renzi resigned). Italian law bars "
    "publishing polls in the last 15 days (from 19 November) and campaigning on the eve of the vote, so campaigning "
    "ended at midnight at the end of Friday 2 December (midnight rule: Friday or Saturday). Renzi's pledge to resign "
    "is conditional and undated (hypothetical); the banker's question about Monday is not a claim. The Chamber gave "
    "final approval to the reform on 12 April 2016.",
    ["midnight", "hypothetical", "question", "explicit-past-date", "past-month", "past-weekday", "number-like-date"],
)

P(
    "ti-philippines-election-eve-2022",
    "2022-05-08 18:00",
    "Asia/Manila",
    "MANILA - More than 65 million Filipinos are registered to vote in an election that opinion polls suggest will "
    "return the Marcos family to the presidential palace 36 years after a popular uprising drove the dictator "
    "Ferdinand Marcos into exile. His son and namesake, Ferdinand 'Bongbong' Marcos Jr, led Vice President Leni "
    "Robredo by more than 30 points in the last Pulse Asia survey, taken in April, and his running mate is Sara "
    "Duterte, daughter of the outgoing president, Rodrigo Duterte, who is barred by the constitution from seeking a "
    "second six-year term. Polling stations close at 7 p.m. on Monday, an hour later than in past elections to ease "
    "crowding during the pandemic, the Commission on Elections said on Sunday, and an unofficial count is expected "
    "to show a clear leader within hours. Under the constitution, the winner will be sworn in at noon on June 30.",
    [
        C(
            "Polling stations close at 7 p.m. on Monday",
            "at 7 p.m. on Monday",
            wd("Monday", "19:00"),
            "event",
            "the Commission on Elections",
            real="2022-05-09",
        ),
        C(
            "the winner will be sworn in at noon on June 30",
            "at noon on June 30",
            md(6, 30, "12:00"),
            "event",
            None,
            real="2022-06-30",
        ),
    ],
    "Philippine general election of Monday 9 May 2022 (polls 6 a.m.-7 p.m., one hour longer than in 2019); Marcos Jr "
    "won and was inaugurated at noon on 30 June 2022, the constitutional date. Pulse Asia's April 2022 survey had "
    "Marcos 56%, Robredo 23%. 'within hours' is an undated future; the People Power uprising was in 1986.",
    ["time-local", "said-on-day", "past-month", "undated-future", "number-like-date", "explicit-date"],
)

P(
    "ti-portugal-snap-election-called-2023",
    "2023-11-09 22:30",
    "Europe/Lisbon",
    "LISBON (Reuters) - Portuguese President Marcelo Rebelo de Sousa said on Thursday he would dissolve parliament and "
    "call an early election for March 10, two days after Prime Minister António Costa resigned over an investigation "
    "into alleged illegal lobbying for lithium and hydrogen projects. In a televised address, Rebelo de Sousa said he "
    "would wait until parliament gives final approval to the 2024 budget on Nov. 29 before formally dissolving the "
    "assembly, so that the country would not begin the year without a spending plan. Costa, a Socialist who has "
    "governed since 2015 and won an outright majority in January last year, has denied any wrongdoing and said he "
    "would not seek office again. He will stay on as caretaker prime minister until a new government is sworn in.",
    [
        C(
            "call an early election for March 10",
            "for March 10",
            md(3, 10),
            "event",
            "Marcelo Rebelo de Sousa",
            real="2024-03-10",
        ),
        C(
            "parliament gives final approval to the 2024 budget on Nov. 29",
            "on Nov. 29",
            md(11, 29),
            "event",
            "Marcelo Rebelo de Sousa",
            real="2023-11-29",
        ),
    ],
    "Rebelo de Sousa's address of Thursday 9 November 2023 after Costa resigned on Tuesday 7 November; final budget "
    "vote on 29 November 2023; snap election held on 10 March 2024 (March 10 in a November article falls in 2024). "
    "The dissolution itself (decreed in January) and the caretaker period are undated. The budget vote is a scheduled "
    "event attributed in the sentence to the president.",
    ["year-inference", "said-on-day", "number-like-date", "past-month", "explicit-date", "past-weekday"],
)

P(
    "ti-varadkar-resigns-2024",
    "2024-03-20 19:00",
    "Europe/Dublin",
    "DUBLIN - Leo Varadkar said on Wednesday he would step down as leader of Fine Gael with immediate effect and as "
    "Taoiseach once a successor is chosen, a surprise announcement that came less than three months before local and "
    "European elections on June 7. Varadkar, 45, who first became Ireland's youngest prime minister in 2017 and "
    "returned to the job in December 2022 under a rotation deal with Fianna Fáil leader Micheál Martin, said his "
    "reasons were both personal and political. Fine Gael will hold its ard fheis in Athlone on April 6, "
    "the party said, and the Dáil is expected to elect the new party leader as Taoiseach after the Easter recess. The "
    "announcement came less than two weeks after voters heavily rejected two constitutional amendments on the family "
    "and care, which Varadkar had championed, in referendums on March 8.",
    [
        C(
            "less than three months before local and European elections on June 7",
            "on June 7",
            md(6, 7),
            "event",
            None,
            real="2024-06-07",
        ),
        C(
            "Fine Gael will hold its ard fheis in Athlone on April 6",
            "on April 6",
            md(4, 6),
            "event",
            "Fine Gael",
            real="2024-04-06",
        ),
    ],
    "Varadkar's resignation statement of Wednesday 20 March 2024; Irish local and European elections on Friday 7 June "
    "2024; Fine Gael ard fheis in Athlone on Saturday 6 April 2024, Simon Harris's first as leader (the only "
    "nominee, he was confirmed on 24 March); the Dáil elected Harris Taoiseach on 9 April, "
    "'after the Easter recess' being undated. The family and care referendums were held on 8 March 2024 (past).",
    ["explicit-past-date", "said-on-day", "undated-future", "number-like-date", "explicit-date", "past-month"],
)

P(
    "ti-lula-inauguration-eve-2022",
    "2022-12-31 11:00",
    "America/Sao_Paulo",
    "BRASILIA (Reuters) - Luiz Inácio Lula da Silva will be sworn in as Brazil's president for a third time on Sunday, "
    "completing a comeback that few thought possible when he was jailed for corruption in 2018; he spent 580 days in "
    "prison, and the Supreme Court annulled his convictions in 2021. His far-right predecessor, Jair Bolsonaro, who "
    "has never explicitly conceded his defeat in the Oct. 30 runoff, flew to Florida on Friday, and it was unclear who "
    "would hand Lula the presidential sash. Security has been tightened in the capital since police found an "
    "explosive device on a fuel truck near Brasilia's airport on Dec. 24. Lula has pledged to end deforestation in the "
    "Amazon by 2030, and he has named the veteran environmentalist Marina Silva to lead the effort.",
    [
        C(
            "will be sworn in as Brazil's president for a third time on Sunday",
            "on Sunday",
            wd("Sunday"),
            "event",
            None,
            real="2023-01-01",
        ),
        C(
            "Lula has pledged to end deforestation in the Amazon by 2030",
            "by 2030",
            by_year(2030),
            "promise",
            "Luiz Inácio Lula da Silva",
        ),
    ],
    "Lula inaugurated on Sunday 1 January 2023 (the article is dated Saturday 31 December 2022, so 'on Sunday' crosses "
    "the year end). Bolsonaro left for Florida on Friday 30 December; the fuel-truck bomb was found on 24 December; "
    "runoff of 30 October 2022. Lula's zero-deforestation pledge for 2030 was made at COP27. Marina Silva's "
    "appointment is undated.",
    ["past-weekday", "explicit-past-date", "year-period", "number-like-date", "undated-future"],
)

P(
    "ti-malawi-election-annulled-2020",
    "2020-02-03 21:00",
    "Africa/Blantyre",
    "LILONGWE (Reuters) - Malawi's Constitutional Court on Monday annulled President Peter Mutharika's narrow "
    "re-election last May, citing widespread irregularities including the use of correction fluid on tally sheets, and "
    "ordered a fresh presidential vote within 150 days. The five judges took most of the day to read out their "
    "ruling, which was only the second time a court in Africa had overturned a presidential election result, after "
    "Kenya's Supreme Court did so in 2017. Opposition leaders Lazarus Chakwera and Saulos Chilima, who had brought the "
    "case, called it a victory for democracy, and their supporters celebrated in the streets of Lilongwe. Mutharika's "
    "Democratic Progressive Party said it would appeal to the Supreme Court, without saying when.",
    [
        C(
            "ordered a fresh presidential vote within 150 days",
            "within 150 days",
            in_days(150),
            "deadline",
            "the Constitutional Court",
            real="2020-06-23",
            real_le=True,
        ),
    ],
    "Constitutional Court ruling of Monday 3 February 2020 (the 'Tipp-Ex election' of 21 May 2019); 150 days from the "
    "publication day (the day of the ruling) is 2 July 2020; the rerun was held on 23 June 2020 and won by Chakwera. "
    "The DPP's appeal is undated. The court ordering an election by others is a deadline.",
    ["duration", "last-month", "past-weekday", "number-like-date"],
)


# ===========================================================================
# Courts, hearings and resignations

P(
    "ti-dobbs-oral-argument-2021",
    "2021-11-30 07:00",
    "America/New_York",
    "WASHINGTON - The Supreme Court hears arguments at 10 a.m. on Wednesday in the most direct challenge in decades to "
    "Roe v. Wade, the 1973 ruling that established a constitutional right to abortion. At issue is a 2018 Mississippi "
    "law banning most abortions after 15 weeks of pregnancy, which lower courts blocked before it could take effect. "
    "The justices, six of whom were appointed by Republican presidents, declined on Sept. 1 to block a separate Texas "
    "law that bars abortions after about six weeks, and they heard arguments over that measure on Nov. 1. A decision "
    "in the Mississippi case is expected by the end of June, when the court usually finishes its term. Mississippi's "
    "attorney general, Lynn Fitch, has asked the justices to overturn Roe outright, while the Biden administration has "
    "argued that doing so would be an unprecedented contraction of individual rights.",
    [
        C(
            "hears arguments at 10 a.m. on Wednesday",
            "at 10 a.m. on Wednesday",
            wd("Wednesday", "10:00"),
            "event",
            None,
            real="2021-12-01",
        ),
        C(
            "A decision in the Mississippi case is expected by the end of June",
            "by the end of June",
            month_named_end(6),
            "event",
            None,
            real="2022-06-24",
            real_le=True,
        ),
    ],
    "Dobbs v. Jackson Women's Health Organization argued on Wednesday 1 December 2021 at 10 a.m.; decided on 24 June "
    "2022. 'is expected by the end of June' reports the court's schedule (README: 'X is expected on <date>' is an "
    "event), last day of June 2022. The court refused to block Texas SB8 on 1 September 2021 and heard the SB8 cases "
    "on 1 November 2021 (past). The scorer's splitter cuts after 'Roe v.'; the quotes are not affected.",
    ["time-local", "explicit-past-date", "year-inference", "number-like-date", "end-of-month"],
)

P(
    "ti-lehrmann-judgment-date-2024",
    "2024-04-12 16:30",
    "Australia/Sydney",
    "SYDNEY - Federal Court Justice Michael Lee will deliver his judgment in Bruce Lehrmann's defamation case against "
    "Network Ten at 10:15 a.m. on Monday, and the proceedings will be streamed live, the court said on Friday. "
    "Lehrmann, a former Liberal Party staffer, sued the broadcaster and presenter Lisa Wilkinson over a 2021 interview "
    "on The Project in which Brittany Higgins alleged she had been raped in Parliament House in 2019; he was not named "
    "in the program and has always denied the allegation. His criminal trial in Canberra was abandoned in October 2022 "
    "because of juror misconduct, and prosecutors later dropped the charge, citing the risk to Higgins's mental "
    "health. The civil trial, which heard from dozens of witnesses, ended in December.",
    [
        C(
            "will deliver his judgment in Bruce Lehrmann's defamation case against Network Ten at 10:15 a.m. on Monday",
            "at 10:15 a.m. on Monday",
            wd("Monday", "10:15"),
            "event",
            "the Federal Court",
            real="2024-04-15",
        ),
    ],
    "Justice Lee's judgment (Lehrmann v Network Ten) delivered and streamed on Monday 15 April 2024 at 10:15 a.m. AEST; "
    "the ACT criminal trial was aborted on 27 October 2022 and the charge dropped on 2 December 2022. The listing is "
    "attributed in the sentence to the court. Past dates and years are background.",
    ["time-local", "said-on-day", "past-month", "number-like-date"],
)

P(
    "ti-eric-adams-indicted-2024",
    "2024-09-26 13:30",
    "America/New_York",
    "NEW YORK (AP) - Mayor Eric Adams is due to appear in federal court in Manhattan on Friday after prosecutors on "
    "Thursday unsealed a five-count indictment accusing him of accepting illegal campaign contributions and luxury "
    "travel from Turkish officials and businesspeople who sought his influence. Adams, a Democrat and former police "
    "captain elected in 2021, is the first sitting mayor of the city to be charged with a crime, and he told reporters "
    "outside Gracie Mansion on Wednesday night that he would not resign. Damian Williams, the top federal prosecutor "
    "in Manhattan, said the scheme dated back to 2014, when Adams was Brooklyn borough president. Governor Kathy Hochul "
    "has the power to remove the mayor, but she has not said whether she would consider it.",
    [
        C(
            "is due to appear in federal court in Manhattan on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2024-09-27",
        ),
    ],
    "Adams indictment unsealed on Thursday 26 September 2024; initial appearance in Manhattan federal court on Friday "
    "27 September 2024. His refusal to resign and Hochul's power of removal are undated (hypothetical). The 2014 "
    "start of the scheme is background.",
    ["past-weekday", "hypothetical", "number-like-date", "said-on-day"],
)

P(
    "ti-cuomo-resignation-2021",
    "2021-08-10 16:00",
    "America/New_York",
    "NEW YORK - Governor Andrew Cuomo said on Tuesday he would resign, with the move taking effect in 14 days, a week "
    "after a report by state Attorney General Letitia James concluded that he had sexually harassed 11 women. Cuomo, a "
    "Democrat in his third term, again denied touching anyone inappropriately, but said that fighting the findings "
    "would consume the state government at a time of crisis. Lieutenant Governor Kathy Hochul, a former congresswoman "
    "from the Buffalo area, will become New York's first female governor when the resignation takes effect. Hochul "
    "will speak to reporters in Albany on Wednesday, her office said. The state Assembly had been moving toward "
    "impeachment, and it was not immediately clear whether lawmakers would press ahead.",
    [
        C(
            "with the move taking effect in 14 days",
            "in 14 days",
            in_days(14),
            "promise",
            "Andrew Cuomo",
            real="2021-08-24",
        ),
        C(
            "will speak to reporters in Albany on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            "Kathy Hochul",
            real="2021-08-11",
        ),
    ],
    "Cuomo announced his resignation on Tuesday 10 August 2021 (the James report was released on 3 August); it took "
    "effect at 12:01 a.m. on 24 August, when Hochul was sworn in. 'when the resignation takes effect' refers back to "
    "the labelled claim. Hochul's Albany news conference was on Wednesday 11 August; it is attributed to her office, "
    "so the principal speaks. Impeachment is undated.",
    ["duration", "repeated-claim", "said-on-day", "undated-future", "number-like-date"],
)

P(
    "ti-title-42-expiry-2023",
    "2023-05-11 09:00",
    "America/Denver",
    "EL PASO, Texas - Pandemic-era border restrictions known as Title 42, which have let US authorities quickly expel "
    "migrants more than 2.8 million times since March 2020, expire at 11:59 p.m. Eastern time on Thursday, and "
    "shelters in this border city say they are already full. The Biden administration plans to replace them with rules "
    "that bar most migrants from asylum if they crossed another country without seeking protection there or did not "
    "book an appointment through the CBP One phone app, and Homeland Security Secretary Alejandro Mayorkas has warned "
    "that the coming months will be difficult. El Paso's mayor, Oscar Leeser, declared a state of emergency late last "
    "month, and about 1,500 active-duty troops began arriving along the border on Wednesday to help with logistics.",
    [
        C(
            "expire at 11:59 p.m. Eastern time on Thursday",
            "at 11:59 p.m. Eastern time on Thursday",
            zoned(wd("Thursday"), "23:59", "America/New_York"),
            "deadline",
            None,
            real="2023-05-11",
        ),
    ],
    "Title 42 expired at 11:59 p.m. EDT on Thursday 11 May 2023 = 21:59 MDT the same day in El Paso (converted; the "
    "date does not move). A public health order lapsing is a deadline. Leeser's emergency declaration was on 30 April; "
    "the troops began arriving on 10 May. 'the coming months' is undated. The scorer's splitter cuts after 'p.m.'; "
    "the quote spans both parts.",
    ["time-converted", "past-weekday", "past-month", "number-like-date", "undated-future"],
)


# ===========================================================================
# Public health and pandemic rules

P(
    "ti-england-plan-b-ends-2022",
    "2022-01-19 14:00",
    "Europe/London",
    "LONDON - Face masks will no longer be compulsory in shops and on public transport in England, and COVID passes "
    "will not be needed for nightclubs and large events, once the Plan B restrictions expire on Thursday next week, "
    "Prime Minister Boris Johnson told parliament on Wednesday. Guidance to work from home was dropped with immediate "
    "effect, and secondary school pupils will no longer have to wear masks in classrooms from Thursday, he said. "
    "Johnson, who is fighting for his job over lockdown parties held in Downing Street, also said the legal requirement "
    "to self-isolate after a positive test expires on March 24 and that he did not expect to renew it; it could end "
    "even earlier if the data allowed. Infections have fallen sharply since the Omicron wave peaked in early January.",
    [
        C(
            "once the Plan B restrictions expire on Thursday next week",
            "on Thursday next week",
            wd_next_week("Thursday"),
            "deadline",
            "Boris Johnson",
            real="2022-01-27",
        ),
        C(
            "secondary school pupils will no longer have to wear masks in classrooms from Thursday",
            "from Thursday",
            wd("Thursday"),
            "event",
            "Boris Johnson",
            real="2022-01-20",
        ),
        C(
            "the legal requirement to self-isolate after a positive test expires on March 24",
            "on March 24",
            md(3, 24),
            "deadline",
            "Boris Johnson",
            real="2022-02-24",
            real_le=True,
        ),
    ],
    "Johnson's Commons statement of Wednesday 19 January 2022: Plan B regulations lapsed on Thursday 27 January "
    "('Thursday next week' = the Thursday of the following Monday-Sunday week); classroom masks dropped from Thursday 20 "
    "January (the coming Thursday; an ordered measure taking effect, event); the self-isolation law was due to expire "
    "on 24 March but was ended early on 24 February 2022 (a law lapsing on a date is a deadline). 'even earlier' is a "
    "possibility, not a claim. 'he said' gives Johnson as speaker of the second claim.",
    ["next-week-weekday", "pronoun-speaker", "hypothetical", "said-on-day", "explicit-date", "past-month"],
)

P(
    "ti-nz-traffic-light-2021",
    "2021-11-22 17:00",
    "Pacific/Auckland",
    "WELLINGTON (Reuters) - New Zealand will move to a new 'traffic light' system for managing COVID-19 at 11:59 p.m. "
    "on Thursday, Dec. 2, Prime Minister Jacinda Ardern said on Monday, letting bars, restaurants and gyms in Auckland "
    "reopen to vaccinated customers after more than three months of lockdown. The country's largest city has been "
    "under restrictions since Aug. 17, when a single case of the Delta variant was detected, and Ardern abandoned her "
    "elimination strategy in October as infections kept rising. Auckland will start in red, the strictest setting, "
    "and the boundary around the city will be lifted on Dec. 15, allowing vaccinated residents to travel elsewhere "
    "for the summer holidays, she said. About 83% of eligible New Zealanders are now fully vaccinated.",
    [
        C(
            "will move to a new 'traffic light' system for managing COVID-19 at 11:59 p.m. on Thursday, Dec. 2",
            "at 11:59 p.m. on Thursday, Dec. 2",
            md(12, 2, "23:59"),
            "event",
            "Jacinda Ardern",
            real="2021-12-02",
        ),
        C(
            "the boundary around the city will be lifted on Dec. 15",
            "on Dec. 15",
            md(12, 15),
            "event",
            "Jacinda Ardern",
            real="2021-12-15",
        ),
    ],
    "Ardern's announcement of Monday 22 November 2021: COVID-19 Protection Framework from 11:59 p.m. on Thursday 2 "
    "December 2021; Auckland boundary lifted on 15 December 2021. Both are ordered measures taking effect (events, "
    "speaker the prime minister; 'she said' for the second). Auckland's lockdown began on 17 August 2021 (past). The "
    "scorer's splitter cuts after 'p.m.'; the first quote spans both parts.",
    ["time-local", "pronoun-speaker", "explicit-past-date", "past-month", "explicit-date", "number-like-date"],
)

P(
    "ti-cdc-eviction-moratorium-2021",
    "2021-06-24 17:00",
    "America/New_York",
    "WASHINGTON - The Centers for Disease Control and Prevention on Thursday extended a nationwide ban on evictions by "
    "one month, to July 31, and said it did not expect to extend it again. The moratorium, first imposed in September "
    "2020 to stop the spread of COVID-19 by keeping people in their homes, had been due to expire at the end of June. "
    "Housing advocates warned that millions of renters who are behind on their payments could lose their homes once it "
    "ends, while landlords, who have challenged the ban in court, said it had left them carrying billions of dollars "
    "in unpaid rent. The White House urged states to speed up the distribution of federal rental aid, of which only a "
    "small fraction has reached tenants so far.",
    [
        C(
            "extended a nationwide ban on evictions by one month, to July 31",
            "to July 31",
            md(7, 31),
            "deadline",
            "the Centers for Disease Control and Prevention",
            real="2021-07-31",
        ),
    ],
    "CDC extension of Thursday 24 June 2021: moratorium extended from 30 June to 31 July 2021, billed as the final "
    "extension (it lapsed on 31 July; a new, narrower order followed on 3 August). An order lapsing on a date is a "
    "deadline. The superseded end of June is not a claim; 'once it ends' refers back.",
    ["superseded-date", "repeated-claim", "past-month", "duration", "explicit-date"],
)

P(
    "ti-canada-border-measures-end-2022",
    "2022-09-26 16:00",
    "America/Toronto",
    "OTTAWA - Canada will drop its COVID-19 vaccine requirement for people entering the country and stop requiring "
    "travellers to submit health information through the ArriveCAN app starting Oct. 1, the federal government said "
    "on Monday, lifting some of the last pandemic border restrictions in the Group of Seven. Masks will also no longer "
    "be mandatory on planes and trains from the same date, although Health Minister Jean-Yves Duclos said people were "
    "still strongly advised to wear them. The emergency order under the Quarantine Act that imposed the measures will "
    "be allowed to expire at the end of the month, officials said. ArriveCAN, which was introduced in April 2020 and "
    "drew complaints from travellers and tourism businesses, will remain available as an optional tool for customs "
    "declarations at some airports.",
    [
        C(
            "stop requiring travellers to submit health information through the ArriveCAN app starting Oct. 1",
            "starting Oct. 1",
            md(10, 1),
            "promise",
            "the Canadian government",
            real="2022-10-01",
        ),
        C(
            "will be allowed to expire at the end of the month",
            "at the end of the month",
            this_end_of_month(),
            "deadline",
            None,
            real="2022-09-30",
        ),
    ],
    "Canadian government announcement of Monday 26 September 2022: border vaccine mandate, mandatory ArriveCAN and "
    "masks on planes and trains ended on 1 October 2022 (the government's commitment to stop its own requirements, "
    "a promise, because the sentence makes the government the subject of 'stop'; compare the classroom-mask event "
    "in ti-england-plan-b-ends-2022, where the measure itself is the subject); the Quarantine Act emergency order lapsed at the end of 30 September (a measure lapsing, deadline; "
    "unnamed officials, so no speaker). 'from the same date' refers back to the first claim. ArriveCAN launched in "
    "April 2020.",
    ["end-of-month", "repeated-claim", "said-on-day", "past-month", "undated-future", "explicit-date"],
)

P(
    "ti-japan-paper-health-cards-2024",
    "2024-11-29 18:00",
    "Asia/Tokyo",
    "TOKYO - Hospitals and pharmacies across Japan will start treating the My Number identity card as the main proof "
    "of health insurance when new paper insurance cards stop being issued on Monday, a shift the health ministry says "
    "will cut administrative costs and reduce errors in medical records. Existing paper cards can still be used until "
    "they expire, or until Dec. 1, 2025 at the latest, and people who have not linked their My Number card to their "
    "insurance will be sent a substitute certificate. The switch was pushed by Taro Kono when he was digital minister, "
    "despite a string of data errors that surfaced last year, including cases in which one person's medical records "
    "were linked to another's card. Only about 15% of patients used the cards at clinics in October, according to "
    "ministry data.",
    [
        C(
            "new paper insurance cards stop being issued on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2024-12-02",
        ),
        C(
            "Existing paper cards can still be used until they expire, or until Dec. 1, 2025 at the latest",
            "until Dec. 1, 2025 at the latest",
            ymd(2025, 12, 1),
            "deadline",
            None,
            real="2025-12-01",
        ),
    ],
    "Japan stopped issuing paper health insurance cards on Monday 2 December 2024; existing cards stayed valid until "
    "their expiry or 1 December 2025 at the latest. The My Number data-linking errors surfaced in 2023; October 2024 "
    "usage about 15%. The health ministry's view is undated.",
    ["explicit-date", "past-month", "number-like-date"],
)


# ===========================================================================
# Legislation, budgets, transport and cities

P(
    "ti-uk-spring-statement-2022",
    "2022-03-23 15:30",
    "Europe/London",
    "LONDON - Finance minister Rishi Sunak said on Wednesday that fuel duty would be cut by 5 pence a litre from 6 p.m. "
    "that evening, the biggest cut to the tax on record, as he tried to ease a cost-of-living squeeze that the "
    "government's budget forecasters expect to bring the largest fall in living standards since the 1950s. He also "
    "said the threshold at which workers start paying National Insurance would rise by 3,000 pounds to 12,570 pounds "
    "in July, and promised to cut the basic rate of income tax to 19 pence in April 2024, shortly before the next "
    "election is due. The Office for Budget Responsibility forecast that inflation would peak at close to 9% in the "
    "fourth quarter of this year. Opposition Labour lawmakers said the measures did little to offset a 1.25 "
    "percentage point rise in National Insurance that Sunak has refused to scrap.",
    [
        C(
            "fuel duty would be cut by 5 pence a litre from 6 p.m. that evening",
            "from 6 p.m. that evening",
            wd("Wednesday", "18:00"),
            "promise",
            "Rishi Sunak",
            real="2022-03-23",
        ),
        C(
            "the threshold at which workers start paying National Insurance would rise by 3,000 pounds to 12,570 pounds "
            "in July",
            "in July",
            in_month(2022, 7),
            "promise",
            "Rishi Sunak",
            real="2022-07-06",
        ),
        C(
            "promised to cut the basic rate of income tax to 19 pence in April 2024",
            "in April 2024",
            in_month(2024, 4),
            "promise",
            "Rishi Sunak",
        ),
        C(
            "inflation would peak at close to 9% in the fourth quarter of this year",
            "in the fourth quarter of this year",
            quarter(2022, 4),
            "prediction",
            "the Office for Budget Responsibility",
        ),
    ],
    "Spring Statement of Wednesday 23 March 2022: 5p fuel duty cut from 6 p.m. that day; NI primary threshold raised "
    "to £12,570 from 6 July 2022; basic rate to 19p promised for April 2024 (later brought forward, then scrapped, so "
    "no real date); OBR forecast CPI peaking near 9% in Q4 2022. The 1.25-point National Insurance rise is "
    "mentioned without a date. 'He also said' and 'promised' carry Sunak as "
    "speaker.",
    ["time-local", "same-day-future", "same-sentence-claims", "quarter", "month-period", "pronoun-speaker",
     "number-like-date"],
)

P(
    "ti-deutschlandticket-approved-2023",
    "2023-03-31 15:00",
    "Europe/Berlin",
    "BERLIN - Germany's upper house of parliament on Friday approved a 49-euro monthly ticket valid on local and "
    "regional buses and trains across the country, clearing the last hurdle for a scheme that Transport Minister "
    "Volker Wissing has called the biggest reform of public transport in the country's history. The Deutschlandticket "
    "will be valid from May 1, and sales through transport operators' apps and ticket offices will begin on Monday, "
    "Wissing said. It follows last summer's 9-euro ticket, of which some 52 million were sold between June and August "
    "2022, and which transport associations credited with taking cars off the road. The federal government and the "
    "16 states have agreed to share the cost, but it remains unclear whether the price can be held at 49 euros beyond "
    "this year.",
    [
        C(
            "The Deutschlandticket will be valid from May 1",
            "from May 1",
            md(5, 1),
            "event",
            "Volker Wissing",
            real="2023-05-01",
        ),
        C(
            "sales through transport operators' apps and ticket offices will begin on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            "Volker Wissing",
            real="2023-04-03",
        ),
    ],
    "Bundesrat approval of Friday 31 March 2023; the 49-euro Deutschlandticket started on 1 May 2023 and sales began "
    "on Monday 3 April 2023. Both are attributed to Wissing in one sentence. The 9-euro ticket ran June-August 2022 "
    "(past). Holding the price 'beyond this year' is an open question, not a claim.",
    ["same-sentence-claims", "said-on-day", "past-month", "number-like-date", "explicit-date"],
)

P(
    "ti-mexico-dst-abolished-2022",
    "2022-10-27 12:00",
    "America/Mexico_City",
    "MEXICO CITY - Mexico's Senate voted on Wednesday to abolish daylight saving time, which means most of the country "
    "will turn its clocks back one hour at 2 a.m. on Sunday for the last time. The bill, which passed the lower house "
    "in September, was backed by President Andrés Manuel López Obrador, who argued that the savings in electricity "
    "were minimal and that the twice-yearly change harmed people's health. Municipalities along the border with the "
    "United States, such as Tijuana and Ciudad Juárez, will be allowed to keep changing their clocks in step with "
    "their neighbours across the frontier. The law takes effect the day after it is published in the official "
    "gazette, which officials said would happen soon.",
    [
        C(
            "will turn its clocks back one hour at 2 a.m. on Sunday for the last time",
            "at 2 a.m. on Sunday",
            wd("Sunday", "02:00"),
            "event",
            None,
            real="2022-10-30",
        ),
    ],
    "Mexican Senate vote of Wednesday 26 October 2022; the last fall-back was at 02:00 on Sunday 30 October 2022. The "
    "Chamber of Deputies passed the bill on 28 September 2022 (past). The gazette publication ('soon') and the "
    "day-after entry into force are undated.",
    ["time-local", "past-weekday", "past-month", "undated-future"],
)

P(
    "ti-paris-scooter-ban-2023",
    "2023-04-03 11:00",
    "Europe/Paris",
    "PARIS - Rental electric scooters will disappear from the streets of Paris by Sept. 1, Mayor Anne Hidalgo said "
    "late on Sunday, after almost 90% of those who took part in a city-wide vote that day backed a ban. Turnout was "
    "only about 7.5%, and the operators, Lime, Dott and Tier, complained that polling stations had been too few and "
    "that younger residents had stayed away. The city's contracts with the three companies, which together run about "
    "15,000 scooters, expire at the end of August and will not be renewed, Hidalgo said. Privately owned scooters are "
    "not affected, and shared electric bicycles will remain.",
    [
        C(
            "Rental electric scooters will disappear from the streets of Paris by Sept. 1",
            "by Sept. 1",
            md(9, 1),
            "promise",
            "Anne Hidalgo",
            real="2023-09-01",
            real_le=True,
        ),
        C(
            "The city's contracts with the three companies, which together run about 15,000 scooters, expire at the end "
            "of August",
            "at the end of August",
            month_named_end(8),
            "deadline",
            "Anne Hidalgo",
            real="2023-08-31",
        ),
    ],
    "Paris consultation of Sunday 2 April 2023 (89% for a ban, turnout 7.46%); the operators' licences expired on 31 "
    "August 2023 and the last rental scooters left the streets by 1 September. A contract expiry is a deadline; both "
    "claims are attributed to Hidalgo; the removal is the city's commitment to its own action, so a promise "
    "(editor's reading), not an event. 'that day' tags the past vote.",
    ["said-on-day", "past-weekday", "end-of-month", "number-like-date", "explicit-date"],
)

# ===========================================================================
# Weather and schools

P(
    "ti-buffalo-blizzard-warning-2022",
    "2022-12-22 17:00",
    "America/New_York",
    "BUFFALO, N.Y. - The National Weather Service has issued a blizzard warning for Buffalo and the rest of Erie County "
    "from Friday morning, forecasting wind gusts of up to 65 mph, whiteout conditions and dangerous wind chills that "
    "it expects to last through Christmas Day. Governor Kathy Hochul declared a state of emergency across New York on "
    "Thursday, and Erie County Executive Mark Poloncarz urged residents to finish their holiday errands and be off the "
    "roads by Friday morning. Parts of the county were buried under more than 6 feet of lake-effect snow only last "
    "month, and older residents are comparing the forecast with the blizzard of 1977. Dozens of flights out of Buffalo "
    "Niagara International Airport have already been cancelled ahead of one of the busiest travel weekends of the "
    "year.",
    [
        C(
            "has issued a blizzard warning for Buffalo and the rest of Erie County from Friday morning",
            "from Friday morning",
            wd("Friday"),
            "event",
            "the National Weather Service",
            real="2022-12-23",
        ),
        C(
            "dangerous wind chills that it expects to last through Christmas Day",
            "through Christmas Day",
            holiday("Christmas"),
            "prediction",
            "the National Weather Service",
            real="2022-12-25",
        ),
        C(
            "urged residents to finish their holiday errands and be off the roads by Friday morning",
            "by Friday morning",
            wd("Friday"),
            "deadline",
            "Mark Poloncarz",
        ),
    ],
    "Buffalo blizzard of 23-25 December 2022: NWS blizzard warning from Friday morning 23 December; conditions lasted "
    "through Christmas Day. Hochul's emergency declaration on Thursday 22 December; Poloncarz's call to be off the "
    "roads before the storm is a target set for others (deadline). November 2022 lake-effect storm and the 1977 "
    "blizzard are background. 'it expects' is the weather service (pronoun).",
    ["holiday", "pronoun-speaker", "same-sentence-claims", "past-weekday", "past-month", "number-like-date"],
)

P(
    "ti-japan-school-closures-2020",
    "2020-02-28 12:00",
    "Asia/Tokyo",
    "TOKYO - Schools across Japan began preparing on Friday to shut after Prime Minister Shinzo Abe asked every "
    "elementary, junior high and high school to close from Monday until the spring holidays to slow the spread of the "
    "coronavirus, leaving working parents scrambling for childcare. Abe's request on Thursday evening caught even some "
    "of his own ministers off guard, and Education Minister Koichi Hagiuda said local authorities could decide how to "
    "apply it. Japan has confirmed more than 200 infections, not counting about 700 on the Diamond Princess cruise ship "
    "quarantined in Yokohama, and Hokkaido Governor Naomichi Suzuki will declare a state of emergency for the island "
    "later on Friday, his office said. Organisers of the Tokyo Olympics, due to open on July 24, insist the Games will "
    "go ahead as planned.",
    [
        C(
            "asked every elementary, junior high and high school to close from Monday until the spring holidays",
            "from Monday",
            wd("Monday"),
            "event",
            "Shinzo Abe",
            real="2020-03-02",
        ),
        C(
            "Hokkaido Governor Naomichi Suzuki will declare a state of emergency for the island later on Friday",
            "later on Friday",
            wd("Friday"),
            "event",
            "Naomichi Suzuki",
            real="2020-02-28",
        ),
        C(
            "due to open on July 24",
            "on July 24",
            md(7, 24),
            "event",
            None,
        ),
    ],
    "Abe's request of Thursday 27 February 2020 to close schools from Monday 2 March; Suzuki declared Hokkaido's state "
    "of emergency on the evening of Friday 28 February (reported through his office, so the principal speaks; a "
    "declaration is a scheduled announcement, event). The Olympics were then due to open on 24 July 2020 and were "
    "postponed in March, so no real date. 'until the spring holidays' is undated.",
    ["same-day-future", "past-weekday", "said-on-day", "number-like-date", "explicit-date"],
)


# ===========================================================================
# Passages without a dated forward-looking claim

N(
    "ti-scotland-gender-bill-blocked-2023",
    "2023-01-17 10:00",
    "Europe/London",
    "EDINBURGH - Scotland's First Minister Nicola Sturgeon vowed to fight in the courts after the British government "
    "blocked a Scottish law making it easier for people to change their legally recognised gender, calling the move "
    "late on Monday a full-frontal attack on the Scottish parliament. Scottish Secretary Alister Jack said on Monday "
    "that he would use, for the first time, Section 35 of the 1998 Scotland Act, which lets London stop a devolved "
    "bill it believes would affect laws that apply across Britain, such as the 2010 Equality Act. The Gender "
    "Recognition Reform Bill, passed by lawmakers in Edinburgh on Dec. 22 by 86 votes to 39, would have let people "
    "obtain a gender recognition certificate from the age of 16 rather than 18 and without a medical diagnosis. "
    "Sturgeon did not say when a legal challenge would be lodged, and ministers in London said they were open to "
    "discussing amendments.",
    "UK government's Section 35 order announced on Monday 16 January 2023 against the bill passed on 22 December 2022; "
    "Sturgeon's response the same evening. The court challenge is undated ('did not say when'); ages, 'Section 35', "
    "1998 and 2010 are number-like, Dec. 22 is past.",
    ["past-weekday", "said-on-day", "explicit-past-date", "undated-future", "number-like-date"],
)

N(
    "ti-rutte-leaves-politics-2023",
    "2023-07-10 12:00",
    "Europe/Amsterdam",
    "THE HAGUE - Mark Rutte, the Netherlands' longest-serving prime minister, said on Monday he would leave politics "
    "once a new government takes office after fresh elections, three days after his four-party coalition collapsed in "
    "a dispute over how to limit the number of asylum seekers. Rutte, 56, told parliament during a debate on the "
    "government's fall that he would not lead his liberal VVD party into the vote and that the decision had come to him "
    "over the weekend. He has led four governments since October 2010, surviving a childcare benefits scandal that "
    "brought down his third cabinet in January 2021. The electoral council is expected to set a date for the election "
    "in the coming days, and Rutte's cabinet will stay on in a caretaker role until a successor is sworn in.",
    "Rutte's announcement of Monday 10 July 2023; the coalition fell on Friday 7 July 2023; the election (22 November "
    "2023) had not yet been dated in the passage. Leaving politics, the election and the caretaker period are all "
    "undated futures.",
    ["undated-future", "said-on-day", "past-month", "duration", "number-like-date"],
)

N(
    "ti-india-cbse-exams-cancelled-2021",
    "2021-06-02 09:00",
    "Asia/Kolkata",
    "NEW DELHI - The Class 12 board examinations of the Central Board of Secondary Education have been cancelled because "
    "of the pandemic, Prime Minister Narendra Modi's government said on Tuesday evening, ending months of uncertainty "
    "for about 1.4 million students. Results will be drawn up on the basis of well-defined objective criteria and in a "
    "time-bound manner, the government said, without giving a date, and students who are unhappy with their marks may "
    "sit the exams when conditions allow. The exams had been scheduled to begin on May 4 before they were postponed in "
    "April as a devastating second wave of infections swept the country. Will universities abroad accept the assessed "
    "grades? Education consultants in Delhi said most were likely to.",
    "Decision of Tuesday 1 June 2021 to cancel the 2021 CBSE Class 12 exams (originally from 4 May, postponed on 14 "
    "April). The timing of results and of optional exams is undated; the question is not a claim.",
    ["said-on-day", "explicit-past-date", "past-month", "question", "may-verb", "undated-future", "number-like-date"],
)

N(
    "ti-germany-ahr-floods-2021",
    "2021-07-16 14:00",
    "Europe/Berlin",
    "BAD NEUENAHR-AHRWEILER, Germany - The death toll from flooding in western Germany climbed past 100 on Friday, "
    "police said, after torrents of water swept through villages in the Ahr valley on Wednesday night and Thursday, "
    "tearing away houses and bridges and cutting power and telephone lines. Hundreds of people were still unaccounted "
    "for in the Ahrweiler district alone, and rescuers said it could take days to reach some areas. Chancellor Angela "
    "Merkel, speaking in Washington on Thursday during what was likely to be her last official visit there, said she "
    "was shocked by the scale of the disaster and promised that victims would not be left alone. Meteorologists said "
    "the rain was easing, but warned that more storms could hit the south of the country in the coming days.",
    "Ahr valley floods of 14-15 July 2021; Merkel met Joe Biden in Washington on Thursday 15 July. The promise of help "
    "and the storm warning are undated; 'take days' is a duration without an anchor.",
    ["past-weekday", "said-on-day", "undated-future", "hypothetical", "duration"],
)

N(
    "ti-uk-alevel-u-turn-2020",
    "2020-08-17 18:00",
    "Europe/London",
    "LONDON - Students in England will be awarded A-level grades based on their teachers' assessments rather than a "
    "computer model, Education Secretary Gavin Williamson said on Monday, reversing course four days after nearly 40% "
    "of predicted grades were marked down by the algorithm when results were published on Thursday. Williamson "
    "apologised for the distress caused, and so did Roger Taylor, chair of the exams regulator Ofqual. "
    "Universities were asked to honour offers where they could, but many popular courses are already full, and it was "
    "unclear how soon students who had lost places would learn whether they could take them up. Scotland made a "
    "similar reversal last week, and Wales and Northern Ireland followed on Monday.",
    "Williamson's U-turn of Monday 17 August 2020 after A-level results on Thursday 13 August; Scotland reversed on "
    "11 August. All forward-looking parts ('how soon', honouring offers) are undated.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "ti-met-casey-review-2023",
    "2023-03-21 13:00",
    "Europe/London",
    "LONDON - Britain's biggest police force is institutionally racist, misogynistic and homophobic, a review "
    "commissioned after the murder of Sarah Everard by a serving officer concluded on Tuesday, warning that the "
    "Metropolitan Police could be broken up if it failed to reform. Louise Casey, who spent a year examining the "
    "force's culture and standards, said the Met had repeatedly failed to root out officers who should never have "
    "worn the uniform. Commissioner Mark Rowley, who took charge last September, accepted the findings but declined to "
    "use the word institutional. Wayne Couzens, who abducted Everard in south London in March 2021, was sentenced to "
    "a whole-life term that September, and another officer, David Carrick, admitted dozens of rapes in January.",
    "Casey review published on Tuesday 21 March 2023. Break-up is a conditional possibility without a date; "
    "'last September' (September 2022), March 2021 and January 2023 are past.",
    ["hypothetical", "last-month", "past-month", "said-on-day"],
)

N(
    "ti-uvalde-house-report-2022",
    "2022-07-17 19:00",
    "America/Chicago",
    "UVALDE, Texas - Nearly 400 law enforcement officers converged on Robb Elementary School during the May 24 "
    "massacre yet waited more than an hour before confronting the gunman who killed 19 children and two teachers, a "
    "Texas House committee said in a report released on Sunday. The 77-page report found systemic failures and poor "
    "decision-making at every level and said no one had taken charge of the scene. The committee, led by Republican "
    "Representative Dustin Burrows, presented its findings to families in Uvalde earlier in the day, and the city's "
    "mayor, Don McLaughlin, said afterwards that the acting police chief on the day of the shooting had been placed on "
    "leave. Will anyone be held accountable? The school district has yet to decide the future of its police chief, "
    "Pete Arredondo, who has been on leave since June 22.",
    "Texas House investigative committee report of Sunday 17 July 2022 (376 officers, 77 minutes); Mariano Pargas "
    "placed on leave that day; Arredondo on leave since 22 June 2022. The question and the district's pending decision "
    "are undated.",
    ["question", "explicit-past-date", "said-on-day", "undated-future", "number-like-date"],
)

N(
    "ti-kumagaya-heat-record-2018",
    "2018-07-23 20:00",
    "Asia/Tokyo",
    "TOKYO - The city of Kumagaya, north of Tokyo, recorded a temperature of 41.1 degrees Celsius on Monday, the "
    "highest ever measured in Japan, as a heat wave that has killed dozens of people in the past week tightened its "
    "grip. The Japan Meteorological Agency, which described the heat as a threat to life on the level of a disaster, "
    "said temperatures would stay high in the coming days and urged people to use air conditioning and drink water "
    "often. The previous record of 41.0 degrees was set in Shimanto, in Kochi prefecture, in August 2013, and the Ome "
    "district of western Tokyo topped 40 degrees on Monday for the first time on record. The heat comes two weeks after "
    "torrential rain in western Japan killed more than 200 people.",
    "Kumagaya 41.1 C on Monday 23 July 2018; JMA's 'disaster' warning of the same day; Shimanto record of 12 August "
    "2013; western Japan floods of early July 2018. The forecast is undated ('in the coming days').",
    ["past-weekday", "undated-future", "past-month", "duration", "number-like-date"],
)

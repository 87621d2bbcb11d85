"""Tuning passages written blind: courts, policing, regulation and labour written as court reporting and agency notices (sentencing dates, hearings, filing and comment deadlines, rules taking effect, recalls, strike ballots and contract expiries, extraditions, public inquiries), with quoted judges, lawyers, prosecutors, regulators and union leaders. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    by_month,
    by_year,
    early_year,
    in_month,
    in_months,
    in_year,
    md,
    md_span,
    midnight_on,
    next_wd,
    no_claim_adder,
    passage_adder,
    quarter,
    span_wd,
    wd,
    wd_next_week,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)



# ---------------------------------------------------------------------------
# Sentencing, trials and rulings

P(
    "tj-holmes-sentencing-2022",
    "2022-11-16 17:30",
    "America/Los_Angeles",
    "SAN JOSE, Calif. (Reuters) - Elizabeth Holmes, the Theranos founder who was convicted in January of "
    "defrauding investors in her blood-testing startup, is scheduled to be sentenced on Friday by federal judge "
    "Edward Davila, who has turned down her requests for a new trial. Prosecutors have asked for 15 years "
    "in prison and about $804 million in restitution, while her lawyers, pointing to her young family and her "
    "charity work, argued in a filing that 18 months of home confinement would be punishment enough. Her former "
    'boyfriend and Theranos president, Ramesh "Sunny" Balwani, who was found guilty on all 12 counts against '
    "him in July, will be sentenced on Dec. 7 after his hearing, originally set for this week, was pushed back.",
    [
        C(
            "is scheduled to be sentenced on Friday by federal judge Edward Davila",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2022-11-18",
        ),
        C("will be sentenced on Dec. 7", "on Dec. 7", md(12, 7), "event", None, real="2022-12-07"),
    ],
    "Elizabeth Holmes, convicted on 3 January 2022 on four fraud counts, was sentenced by Judge Edward Davila "
    "on Friday 18 November 2022 to 11 years and 3 months; prosecutors had sought 15 years and about $804 "
    "million in restitution. Ramesh Balwani, convicted on all 12 counts on 7 July 2022, had his sentencing "
    "moved from 15 November to 7 December 2022, when he received 12 years and 11 months.",
    ["past-month", "number-like-date", "explicit-date", "multi-claim"],
)

P(
    "tj-murdaugh-sentencing-2023",
    "2023-03-02 22:45",
    "America/New_York",
    "WALTERBORO, S.C. (AP) \u2014 Alex Murdaugh, the disbarred South Carolina lawyer whose family ran the local "
    "prosecutor's office for most of a century, was convicted on Thursday of murdering his wife and younger son "
    "after jurors deliberated for less than three hours at the end of a six-week trial. Judge Clifton Newman said "
    "he would pronounce the sentence at 9:30 a.m. on Friday, when Murdaugh, 54, faces a minimum of 30 years in "
    "prison and prosecutors intend to ask for life without parole. Maggie and Paul Murdaugh were shot near the "
    "dog kennels on the family's hunting estate on June 7, 2021, and the defense had argued that investigators "
    "fixed on Murdaugh from the first night and never seriously looked at anyone else.",
    [
        C(
            "Judge Clifton Newman said he would pronounce the sentence at 9:30 a.m. on Friday",
            "at 9:30 a.m. on Friday",
            wd("Friday", "09:30"),
            "event",
            "Clifton Newman",
            real="2023-03-03",
        )
    ],
    "Alex Murdaugh was found guilty on Thursday 2 March 2023 of the murders of Maggie and Paul Murdaugh "
    "(killed 7 June 2021); Judge Clifton Newman sentenced him to two consecutive life terms at a hearing that "
    "began at 9:30 a.m. on Friday 3 March 2023.",
    ["past-weekday", "time-local", "explicit-past-date", "number-like-date"],
)

P(
    "tj-assange-saipan-plea-2024",
    "2024-06-25 06:30",
    "America/New_York",
    "WASHINGTON (Reuters) - WikiLeaks founder Julian Assange, who walked out of London's Belmarsh prison on "
    "Monday after more than five years behind bars, has agreed to plead guilty to a single U.S. espionage charge "
    "in a deal that would let him return home to Australia, according to court papers filed late on Monday. He "
    "is due to appear before a federal judge in Saipan, the capital of the Northern Mariana Islands, at 9 a.m. "
    "on Wednesday, Saipan time, the Justice Department said in a letter to the court, which noted his opposition "
    "to travelling to the mainland United States. Prosecutors will ask for a sentence of 62 months, matching the "
    "time he has already spent in custody in Britain, which means he could fly on to Canberra as soon as the "
    "hearing ends.",
    [
        C(
            "is due to appear before a federal judge in Saipan, the capital of the Northern Mariana Islands, at 9 a.m. "
            "on Wednesday, Saipan time",
            "at 9 a.m. on Wednesday, Saipan time",
            zoned(wd("Wednesday"), "09:00", "Pacific/Saipan"),
            "event",
            "the Justice Department",
            real="2024-06-25",
        )
    ],
    "Julian Assange left Belmarsh on Monday 24 June 2024; the Justice Department's letter to Chief Judge "
    "Ramona Manglona set the plea and sentencing hearing for 9 a.m. on Wednesday 26 June 2024 in Saipan "
    "(UTC+10), which is 7 p.m. on Tuesday 25 June in Washington. He was sentenced to the 62 months already "
    "served and flew to Canberra the same day.",
    [
        "time-converted",
        "date-crossing-conversion",
        "past-weekday",
        "number-like-date",
        "hypothetical",
    ],
)

N(
    "tj-duterte-icc-hearing-postponed-2025",
    "2025-09-08 21:00",
    "Europe/Amsterdam",
    "THE HAGUE (AFP) - Judges at the International Criminal Court on Monday postponed the hearing to confirm "
    "crimes-against-humanity charges against former Philippine president Rodrigo Duterte, which had been due to "
    "open on September 23, so that they can first rule on his lawyers' claim that he is not fit to take part. "
    "The 80-year-old was arrested at Manila airport on March 11 and put on a plane to the Netherlands the same "
    "day to answer charges over killings carried out during his 'war on drugs'. In a written decision, the "
    "pre-trial chamber said it would set a new date once the question of his fitness had been settled, and his "
    "defence said an independent panel of medical experts may be needed first. If the judges find him unfit, "
    "the case could be suspended indefinitely.",
    "ICC Pre-Trial Chamber I postponed on Monday 8 September 2025 the confirmation-of-charges hearing set for "
    "23 September 2025, pending a ruling on Duterte's fitness; Duterte was arrested in Manila on 11 March 2025.",
    [
        "cancelled-date",
        "said-on-day",
        "explicit-past-date",
        "undated-future",
        "may-verb",
        "hypothetical",
    ],
)

P(
    "tj-yamagami-trial-2025",
    "2025-10-24 18:00",
    "Asia/Tokyo",
    "NARA, Japan -- The trial of Tetsuya Yamagami, the man accused of shooting former Prime Minister Shinzo Abe "
    "with a homemade gun during an election speech in July 2022, opens at the Nara District Court on Tuesday next "
    "week, more than three years after a killing that stunned a country with some of the world's strictest "
    "firearm laws. Yamagami, 45, is expected to admit to murder, and his lawyers will instead seek leniency by "
    "describing how his family was ruined after his mother gave about 100 million yen to the Unification Church. "
    "Prosecutors are expected to make their sentencing request in December, and the ruling is scheduled for "
    "Jan. 21. The Tokyo District Court ordered the church to be dissolved in March, a decision it is appealing.",
    [
        C(
            "opens at the Nara District Court on Tuesday next week",
            "on Tuesday next week",
            wd_next_week("Tuesday"),
            "event",
            None,
            real="2025-10-28",
        ),
        C(
            "Prosecutors are expected to make their sentencing request in December",
            "in December",
            in_month(2025, 12),
            "prediction",
            None,
            real="2025-12-18",
        ),
        C("the ruling is scheduled for Jan. 21", "Jan. 21", md(1, 21), "event", None),
    ],
    "The trial of Tetsuya Yamagami (Abe shot on 8 July 2022) opened at the Nara District Court on Tuesday 28 "
    "October 2025; prosecutors sought life imprisonment on 18 December 2025 and the ruling was set for "
    "21 January 2026. The Tokyo District Court ordered the Unification Church dissolved on 25 March 2025.",
    [
        "next-week-weekday",
        "month-period",
        "year-inference",
        "explicit-date",
        "past-month",
        "number-like-date",
        "same-sentence-claims",
        "multi-claim",
    ],
)

P(
    "tj-ayodhya-verdict-2019",
    "2019-11-08 22:15",
    "Asia/Kolkata",
    "NEW DELHI: A five-judge Constitution bench of the Supreme Court headed by Chief Justice Ranjan Gogoi will "
    "pronounce its verdict in the Ram Janmabhoomi-Babri Masjid title dispute at 10:30 am on Saturday, according "
    "to a notice posted on the court's website late on Friday. The bench had reserved its judgment on October 16 "
    "after 40 days of hearings on the ownership of the 2.77-acre site in Ayodhya, where a 16th-century mosque was "
    "torn down by Hindu activists in 1992. The Uttar Pradesh government ordered all schools, colleges and "
    "training institutes in the state shut from Saturday to Monday, and thousands of paramilitary personnel have "
    "been moved into Ayodhya ahead of Saturday's verdict. Gogoi, who retires on November 17, met the state's "
    "chief secretary and police chief on Friday to review security.",
    [
        C(
            "will pronounce its verdict in the Ram Janmabhoomi-Babri Masjid title dispute at 10:30 am on Saturday",
            "at 10:30 am on Saturday",
            wd("Saturday", "10:30"),
            "event",
            "the Supreme Court",
            real="2019-11-09",
        ),
        C(
            "ordered all schools, colleges and training institutes in the state shut from Saturday to Monday",
            "from Saturday to Monday",
            span_wd("Saturday", "Monday"),
            "event",
            "the Uttar Pradesh government",
            real="2019-11-09",
        ),
        C(
            "Gogoi, who retires on November 17",
            "on November 17",
            md(11, 17),
            "event",
            None,
            real="2019-11-17",
        ),
    ],
    "The Supreme Court delivered the Ayodhya verdict at 10:30 a.m. on Saturday 9 November 2019 (notice issued "
    "on the evening of Friday 8 November); hearings had ended on 16 October 2019. Uttar Pradesh closed "
    "educational institutions from 9 to 11 November. Chief Justice Gogoi retired on 17 November 2019.",
    [
        "time-local",
        "explicit-past-date",
        "explicit-date",
        "number-like-date",
        "repeated-claim",
        "past-weekday",
        "said-on-day",
        "multi-claim",
    ],
)

# ---------------------------------------------------------------------------
# Extraditions

P(
    "tj-mallya-extradition-ruling-2018",
    "2018-12-10 21:30",
    "Asia/Kolkata",
    "LONDON/NEW DELHI: A London court on Monday ruled that liquor baron Vijay Mallya can be extradited to India "
    "to face fraud and money-laundering charges over roughly Rs 9,000 crore in unpaid loans to his defunct "
    "Kingfisher Airlines, sending the case to British Home Secretary Sajid Javid. Chief Magistrate Emma "
    "Arbuthnot found that Mallya had a case to answer, and Javid now has two months to decide whether to sign "
    "the extradition order. Officials in New Delhi said they expected the order to be signed early next year, "
    "though Mallya, who left India in March 2016 and has been on bail in Britain since April 2017, can still "
    "seek leave to appeal to the High Court. He told reporters outside Westminster Magistrates' Court that his "
    "lawyers would study the judgment, and repeated last week's offer to repay the principal to the banks.",
    [
        C(
            "Javid now has two months to decide whether to sign the extradition order",
            "two months",
            in_months(2),
            "deadline",
            None,
            real="2019-02-03",
            real_le=True,
        ),
        C(
            "Officials in New Delhi said they expected the order to be signed early next year",
            "early next year",
            early_year(2019),
            "prediction",
            None,
            real="2019-02-03",
        ),
    ],
    "Westminster Magistrates' Court (Chief Magistrate Emma Arbuthnot) ruled on Monday 10 December 2018 that "
    "Vijay Mallya could be extradited; the home secretary then had two months to decide, and Sajid Javid signed "
    "the order on 3 February 2019. Mallya left India on 2 March 2016 and was arrested in London in April 2017; "
    "he offered on 5 December 2018 to repay the principal.",
    [
        "duration",
        "early-year",
        "past-month",
        "past-weekday",
        "number-like-date",
        "hypothetical",
        "multi-claim",
    ],
)

P(
    "tj-meng-wanzhou-deal-2021",
    "2021-09-24 14:30",
    "America/Vancouver",
    "VANCOUVER (Reuters) - Huawei Technologies' chief financial officer Meng Wanzhou reached a deal with U.S. "
    "prosecutors on Friday to end the bank fraud case that has kept her in Canada for nearly three years, and "
    "she is expected to fly home to China later on Friday, according to a person familiar with the matter. Under "
    "the deferred prosecution agreement, which runs until Dec. 1, 2022, the fourth anniversary of her arrest at "
    "Vancouver airport, the Justice Department will drop the charges if she sticks to its terms, which include "
    "admitting that she misled HSBC about Huawei's business in Iran. Meng appeared by video link before a judge "
    "in Brooklyn, and the extradition case against her in British Columbia is expected to be withdrawn.",
    [
        C(
            "she is expected to fly home to China later on Friday",
            "later on Friday",
            wd("Friday"),
            "prediction",
            None,
            real="2021-09-24",
        ),
        C(
            "which runs until Dec. 1, 2022",
            "until Dec. 1, 2022",
            ymd(2022, 12, 1),
            "deadline",
            None,
        ),
    ],
    "Meng Wanzhou's deferred prosecution agreement was entered in Brooklyn federal court on Friday 24 September "
    "2021; it ran to 1 December 2022, four years after her arrest in Vancouver on 1 December 2018. She flew to "
    "Shenzhen that Friday evening.",
    [
        "same-day-future",
        "explicit-date",
        "said-on-day",
        "hypothetical",
        "undated-future",
        "multi-claim",
    ],
)

N(
    "tj-rana-extradited-2025",
    "2025-04-10 20:30",
    "Asia/Kolkata",
    "NEW DELHI: Tahawwur Hussain Rana, a Pakistani-born Canadian businessman accused of helping plan the 2008 "
    "Mumbai attacks, was flown into Delhi on a special flight on Thursday afternoon, days after the US Supreme "
    "Court turned down his last attempt to block his extradition. Officers of the National Investigation Agency "
    "formally arrested him at Palam airport, and he will be produced before a special NIA court, where the agency "
    "is expected to seek his custody for questioning. Rana, 64, is accused of helping his childhood friend David "
    "Coleman Headley scout targets for the attacks, in which 166 people were killed over nearly 60 hours in "
    "November 2008. Home Minister Amit Shah said the extradition showed that those who attacked India would be "
    "brought to justice, however long it took.",
    "Tahawwur Rana was extradited from the United States and arrived in Delhi on Thursday 10 April 2025, after "
    "the US Supreme Court denied his application earlier that week; the 26 November 2008 Mumbai attacks killed "
    "166 people.",
    ["past-weekday", "undated-future", "number-like-date", "past-month"],
)

P(
    "tj-hong-kong-extradition-bill-suspended-2019",
    "2019-06-15 20:30",
    "Asia/Hong_Kong",
    "HONG KONG (Reuters) - Hong Kong leader Carrie Lam said on Saturday she would indefinitely suspend a bill "
    "that would allow extraditions to mainland China, a stunning retreat after the city's biggest protests in "
    "decades, but she stopped short of withdrawing it altogether. Her government had hoped to push the bill "
    "through the Legislative Council before the summer recess in July, and Lam said there was now no timetable "
    "for resuming the debate. March organisers from the Civil Human Rights Front said Sunday's rally would go "
    "ahead as planned, to demand that Lam scrap the bill and step down and to condemn the police's use of rubber "
    "bullets and tear gas against protesters on Wednesday.",
    [
        C(
            "March organisers from the Civil Human Rights Front said Sunday's rally would go ahead as planned",
            "Sunday's",
            wd("Sunday"),
            "event",
            "the Civil Human Rights Front",
            real="2019-06-16",
        )
    ],
    "Carrie Lam suspended the extradition bill on Saturday 15 June 2019 (it had been meant to pass before the "
    "July recess); the Civil Human Rights Front's march went ahead on Sunday 16 June 2019; police fired rubber "
    "bullets and tear gas on Wednesday 12 June.",
    ["march-noun", "cancelled-date", "said-on-day", "past-weekday", "undated-future"],
)

# ---------------------------------------------------------------------------
# Public inquiries

P(
    "tj-grenfell-final-report-2024",
    "2024-08-30 17:00",
    "Europe/London",
    "The Grenfell Tower Inquiry will publish its final report next Wednesday, more than seven years after the "
    "fire in west London that killed 72 people, and its chairman, Sir Martin Moore-Bick, is expected to set out "
    "who was to blame for the cladding that turned a kitchen fire into the deadliest residential blaze in Britain "
    "since the Second World War. The inquiry's first report, published in October 2019, found that the London "
    "Fire Brigade's 'stay put' advice had cost lives. The Metropolitan Police has said it will hand its files to "
    "prosecutors by the end of 2025, leaving any decision on criminal charges far in the future, a timetable "
    "that bereaved families have called an insult. Will anyone ever stand trial?",
    [
        C(
            "will publish its final report next Wednesday",
            "next Wednesday",
            next_wd("Wednesday"),
            "event",
            None,
            real="2024-09-04",
        ),
        C(
            "has said it will hand its files to prosecutors by the end of 2025",
            "by the end of 2025",
            by_year(2025),
            "promise",
            "the Metropolitan Police",
        ),
    ],
    "The Grenfell Tower Inquiry's phase 2 report was published on Wednesday 4 September 2024 (fire of 14 June "
    "2017, 72 deaths; phase 1 report 30 October 2019). The Metropolitan Police said it expected to pass its "
    "files to the Crown Prosecution Service by the end of 2025, with charging decisions not before late 2026.",
    ["next-weekday", "year-end", "past-month", "number-like-date", "question", "multi-claim"],
)

P(
    "tj-infected-blood-report-2024",
    "2024-05-19 09:00",
    "Europe/London",
    "The chairman of Britain's infected blood inquiry, Sir Brian Langstaff, will publish his final report on "
    "Monday, ending a seven-year investigation into how tens of thousands of NHS patients were given blood and "
    "blood products contaminated with HIV and hepatitis C in the 1970s and 1980s. Rishi Sunak will make a "
    "statement in the House of Commons on Monday afternoon, Downing Street said. The Cabinet Office minister John "
    "Glen is expected to set out the details of a compensation scheme likely to cost more than £10 billion on "
    "Tuesday. The inquiry was ordered by Theresa May in July 2017, and in October 2022 about 4,000 surviving "
    "victims and bereaved partners received interim payments of £100,000 each.",
    [
        C(
            "will publish his final report on Monday",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2024-05-20",
        ),
        C(
            "Rishi Sunak will make a statement in the House of Commons on Monday afternoon",
            "on Monday afternoon",
            wd("Monday"),
            "event",
            "Downing Street",
            real="2024-05-20",
        ),
        C(
            "is expected to set out the details of a compensation scheme likely to cost more than £10 billion on "
            "Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "prediction",
            None,
            real="2024-05-21",
        ),
    ],
    "The Infected Blood Inquiry's final report was published on Monday 20 May 2024; Rishi Sunak apologised in "
    "the Commons that afternoon, and John Glen announced the compensation scheme (about £10 billion) on Tuesday "
    "21 May. Theresa May announced the inquiry in July 2017; interim payments of £100,000 were made in October "
    "2022.",
    ["may-verb", "past-month", "number-like-date", "multi-claim"],
)

P(
    "tj-banking-royal-commission-2019",
    "2019-02-01 18:30",
    "Australia/Sydney",
    "CANBERRA - Commissioner Kenneth Hayne handed the final report of the royal commission into misconduct in "
    "Australia's banking, superannuation and financial services industry to the Governor-General on Friday, but "
    "the government is not making it public straight away. Treasurer Josh Frydenberg said the "
    "government would release the report at 4.10pm on Monday, after the sharemarket closes, together with its "
    "response to every recommendation. The inquiry, which Malcolm Turnbull's government resisted for more than a "
    "year before announcing it in November 2017, heard evidence of fees charged to customers who had died, and of "
    "bribery and forged documents at some of the country's biggest lenders.",
    [
        C(
            "the government would release the report at 4.10pm on Monday",
            "at 4.10pm on Monday",
            wd("Monday", "16:10"),
            "event",
            "Josh Frydenberg",
            real="2019-02-04",
        )
    ],
    "Kenneth Hayne gave the final report to the Governor-General on Friday 1 February 2019; the government "
    "released it at 4:10 p.m. on Monday 4 February 2019, after the ASX close. The commission was announced on "
    "30 November 2017.",
    ["time-local", "past-weekday", "past-month", "said-on-day"],
)

N(
    "tj-robodebt-report-2023",
    "2023-07-07 19:00",
    "Australia/Sydney",
    "CANBERRA - The royal commission into Robodebt, the unlawful scheme that used averaged income data to raise "
    "welfare debts against hundreds of thousands of Australians, delivered a scathing report on Friday that "
    'called it "crude and cruel" and "neither fair nor legal". Commissioner Catherine Holmes referred several '
    "people for possible civil or criminal action in a sealed chapter that was not made public, and Prime "
    "Minister Anthony Albanese said the government would respond to all 57 recommendations in due course. The "
    "scheme ran from 2016 to 2019, and the Commonwealth agreed in 2020 to a class-action settlement worth A$1.8 "
    "billion including wiped debts; Scott Morrison, who was social services minister when it was designed, "
    "rejected the findings against him.",
    "Robodebt Royal Commission report tabled on Friday 7 July 2023 (57 recommendations, sealed referral "
    "chapter); the 2020 class-action settlement was valued at about A$1.8 billion.",
    ["said-on-day", "past-weekday", "number-like-date", "undated-future"],
)

# ---------------------------------------------------------------------------
# Labour: strikes, ballots and lockouts

P(
    "tj-nj-transit-engineers-strike-2025",
    "2025-05-15 17:30",
    "America/New_York",
    "NEWARK, N.J. (AP) \u2014 New Jersey Transit's roughly 450 locomotive engineers will walk off the job at "
    "12:01 a.m. on Friday unless negotiators reach a deal in talks that resumed on Thursday afternoon, the "
    "engineers' union said, threatening to halt commuter trains used by hundreds of thousands of people across "
    "the state and into New York City. Tom Haas, general chairman of the Brotherhood of Locomotive Engineers and "
    "Trainmen, said his members were among the lowest-paid engineers in the region and had overwhelmingly rejected a tentative "
    "agreement in March. NJ Transit told commuters to work from home if they could and said the limited extra "
    "bus service it had arranged with private carriers would start on Monday.",
    [
        C(
            "will walk off the job at 12:01 a.m. on Friday unless negotiators reach a deal",
            "at 12:01 a.m. on Friday",
            wd("Friday", "00:01"),
            "promise",
            "the Brotherhood of Locomotive Engineers and Trainmen",
            real="2025-05-16",
        ),
        C(
            "the limited extra bus service it had arranged with private carriers would start on Monday",
            "on Monday",
            wd("Monday"),
            "promise",
            "NJ Transit",
        ),
    ],
    "The BLET strike at NJ Transit began at 12:01 a.m. on Friday 16 May 2025 and ended with a tentative deal "
    "on Sunday 18 May; members had rejected a tentative agreement in March 2025. NJ Transit's contingency plan "
    "had limited private-carrier buses starting on Monday 19 May.",
    ["conditional-threat", "time-local", "past-month", "past-weekday", "multi-claim"],
)

P(
    "tj-air-canada-attendants-2025",
    "2025-08-13 19:00",
    "America/Toronto",
    "MONTREAL (Reuters) - The Canadian Union of Public Employees, which represents about 10,000 Air Canada flight "
    "attendants, issued a 72-hour strike notice on Wednesday, saying its members would walk off the job at 12:58 "
    "a.m. on Saturday, Eastern time, if the airline did not improve its offer, and Air Canada answered within hours "
    "with a notice that it would lock them out from 1:30 a.m. on Saturday. The carrier said it would begin a "
    "gradual wind-down of its operations on Thursday, cancelling flights step by step so as not to strand "
    "passengers abroad, after the union rejected its proposal to send the dispute to binding arbitration. Wesley "
    "Lesosky, president of the union's Air Canada component, said the company still refused to pay attendants "
    "for the hours they work on the ground before take-off.",
    [
        C(
            "saying its members would walk off the job at 12:58 a.m. on Saturday, Eastern time, if the airline did "
            "not improve its offer",
            "at 12:58 a.m. on Saturday, Eastern time",
            wd("Saturday", "00:58"),
            "promise",
            "the Canadian Union of Public Employees",
            real="2025-08-16",
        ),
        C(
            "with a notice that it would lock them out from 1:30 a.m. on Saturday",
            "from 1:30 a.m. on Saturday",
            wd("Saturday", "01:30"),
            "promise",
            "Air Canada",
            real="2025-08-16",
        ),
        C(
            "The carrier said it would begin a gradual wind-down of its operations on Thursday",
            "on Thursday",
            wd("Thursday"),
            "promise",
            "Air Canada",
            real="2025-08-14",
        ),
    ],
    "CUPE's Air Canada component gave 72-hour strike notice on Wednesday 13 August 2025 for 12:58 a.m. ET on "
    "Saturday 16 August; Air Canada gave lockout notice for 1:30 a.m. ET the same day and began winding down "
    "flights on Thursday 14 August. The strike began as scheduled.",
    [
        "time-local",
        "conditional-threat",
        "same-sentence-claims",
        "said-on-day",
        "number-like-date",
        "multi-claim",
    ],
)

P(
    "tj-ontario-education-walkout-2022",
    "2022-11-03 19:00",
    "America/Toronto",
    "TORONTO \u2014 Ontario's Progressive Conservative government passed legislation on Thursday imposing a "
    "four-year contract on 55,000 school support workers and banning them from striking, invoking the "
    "Constitution's notwithstanding clause to shield the law from court challenges. The Canadian Union of Public "
    "Employees said its education workers, from custodians to early childhood educators, would walk off the job "
    "on Friday regardless and stay out until further notice, exposing each of them to fines of up to $4,000 a day "
    "under Bill 28. The Toronto District School Board, the country's largest, said its schools would be closed "
    "to students on Friday, and Education Minister Stephen Lecce said the province would ask the Ontario Labour "
    "Relations Board to declare the walkout illegal.",
    [
        C(
            "would walk off the job on Friday regardless and stay out until further notice",
            "on Friday",
            wd("Friday"),
            "event",
            "the Canadian Union of Public Employees",
            real="2022-11-04",
        ),
        C(
            "said its schools would be closed to students on Friday",
            "on Friday",
            wd("Friday"),
            "event",
            "the Toronto District School Board",
            real="2022-11-04",
        ),
    ],
    "Ontario passed Bill 28 (Keeping Students in Class Act) on Thursday 3 November 2022; CUPE education workers "
    "walked out on Friday 4 November, when the TDSB closed its schools; the province applied to the OLRB.",
    ["past-weekday", "number-like-date", "undated-future", "multi-claim"],
)

P(
    "tj-france-pension-strike-2019",
    "2019-12-03 18:30",
    "Europe/Paris",
    "PARIS (Reuters) - French unions will launch an open-ended strike on Thursday against President Emmanuel "
    "Macron's plan to fold the country's 42 separate pension schemes into a single points-based system, in what "
    "union leaders say could be the biggest walkout since the 1995 protests that forced a government climbdown. "
    "The Paris transport operator RATP forecast that 10 of its 16 metro lines would be completely shut on "
    "Thursday, and the national railway SNCF warned that nine in ten high-speed trains would be cancelled. Prime "
    "Minister Edouard Philippe, who met union leaders last week, has said he will set out the details of the "
    "reform once the consultations are over.",
    [
        C(
            "will launch an open-ended strike on Thursday",
            "on Thursday",
            wd("Thursday"),
            "event",
            None,
            real="2019-12-05",
        ),
        C(
            "The Paris transport operator RATP forecast that 10 of its 16 metro lines would be completely shut on "
            "Thursday",
            "on Thursday",
            wd("Thursday"),
            "prediction",
            "the RATP",
            real="2019-12-05",
        ),
    ],
    "The open-ended strike against the pension reform began on Thursday 5 December 2019; the RATP closed 10 of "
    "16 metro lines and the SNCF cancelled about 90% of TGVs that day. Edouard Philippe presented the plan on "
    "11 December 2019.",
    ["number-like-date", "hypothetical", "undated-future", "multi-claim"],
)

P(
    "tj-neu-strike-dates-2023",
    "2023-01-16 19:00",
    "Europe/London",
    "Teachers in England and Wales will stage their first national strike in years on Feb. 1, and a series of "
    "walkouts after it, unless the government makes an improved pay offer, the National Education Union said on Monday, after members voted "
    "overwhelmingly for action in a ballot that opened last October. The union, which represents more than "
    "300,000 teachers and support staff, also named two further days of national walkouts in England, on March "
    "15 and 16, with regional strikes in between, and said about 23,400 schools could be affected. Joint general "
    "secretary Kevin Courtney accused Education Secretary Gillian Keegan of refusing to talk about this year's "
    "pay, and said many schools could not afford the 5% award they had been told to fund.",
    [
        C(
            "will stage their first national strike in years on Feb. 1",
            "on Feb. 1",
            md(2, 1),
            "promise",
            "the National Education Union",
            real="2023-02-01",
        ),
        C(
            "also named two further days of national walkouts in England, on March 15 and 16",
            "on March 15 and 16",
            md_span(3, 15, 3, 16),
            "promise",
            "the National Education Union",
            real="2023-03-15",
        ),
    ],
    "The NEU announced on Monday 16 January 2023 (ballot opened 28 October 2022) strikes on 1 February 2023 in "
    "England and Wales, regional strikes in February and early March, and national strikes in England on 15 and "
    "16 March 2023.",
    [
        "explicit-date",
        "range",
        "last-month",
        "said-on-day",
        "number-like-date",
        "conditional-threat",
        "multi-claim",
    ],
)

N(
    "tj-ufbu-strike-deferred-2025",
    "2025-03-21 21:00",
    "Asia/Kolkata",
    "MUMBAI: The United Forum of Bank Unions on Friday deferred the two-day nationwide strike it had called for "
    "March 24 and 25, after the Indian Banks' Association agreed to take up its demands, including a five-day "
    "working week and more recruitment, at further talks. The forum, an umbrella body of nine unions representing "
    "about eight lakh employees, said in a statement that the demands remained live and that it may revive the "
    "strike if the talks did not produce results. The decision followed a conciliation meeting with the chief "
    "labour commissioner and finance ministry officials in New Delhi.",
    "The UFBU deferred on Friday 21 March 2025 the strike it had called for 24-25 March 2025, after a meeting "
    "with the chief labour commissioner; demands included a five-day week and recruitment.",
    ["cancelled-date", "may-verb", "hypothetical", "said-on-day", "number-like-date"],
)

# ---------------------------------------------------------------------------
# Regulation: rules, deadlines, recalls

N(
    "tj-ftc-noncompete-blocked-2024",
    "2024-08-21 08:00",
    "America/New_York",
    "DALLAS (Reuters) - A federal judge in Texas on Tuesday struck down the Federal Trade Commission's nationwide "
    "ban on non-compete agreements, two weeks before the rule, which the agency said would lift the average "
    "worker's earnings by $524 a year, was due to take effect on Sept. 4. Judge Ada Brown, ruling "
    "in a lawsuit brought by tax services firm Ryan LLC and joined by the Chamber of Commerce, found that "
    "the FTC had exceeded its authority when it adopted the rule by a 3-2 vote in April. The agency said it was "
    "seriously considering an appeal and may still go after individual non-competes case by case.",
    "Judge Ada Brown (N.D. Tex.) set aside the FTC non-compete rule on Tuesday 20 August 2024; it had been due "
    "to take effect on 4 September 2024; the FTC voted 3-2 on 23 April 2024.",
    [
        "cancelled-date",
        "said-on-day",
        "past-weekday",
        "past-month",
        "number-like-date",
        "may-verb",
        "undated-future",
    ],
)

P(
    "tj-fcc-reply-comments-extended-2017",
    "2017-08-11 16:00",
    "America/New_York",
    "WASHINGTON - The Federal Communications Commission on Friday gave the public two more weeks to answer the "
    "record 22 million comments filed on its plan to unwind the Obama-era net neutrality rules, moving the "
    "deadline for reply comments to Aug. 30 from Aug. 16. The agency's wireline bureau said in an order that the "
    "extra time, sought by groups including the National Hispanic Media Coalition, would let parties respond to "
    "the unusually large volume of filings in docket 17-108. Chairman Ajit Pai, who wants to reverse the 2015 "
    "decision that classified internet providers as common carriers, has not said when the commission will vote "
    "on a final order.",
    [
        C(
            "moving the deadline for reply comments to Aug. 30 from Aug. 16",
            "to Aug. 30",
            md(8, 30),
            "deadline",
            "the Federal Communications Commission",
            real="2017-08-30",
        )
    ],
    "On Friday 11 August 2017 the FCC's Wireline Competition Bureau extended the reply-comment deadline in WC "
    "Docket 17-108 (Restoring Internet Freedom) from 16 August to 30 August 2017.",
    ["superseded-date", "explicit-date", "said-on-day", "number-like-date", "undated-future"],
)

P(
    "tj-uk-online-safety-age-checks-2025",
    "2025-07-23 07:00",
    "Europe/London",
    'Websites and apps that allow pornography or other content harmful to children must have "highly '
    'effective" age checks in place by Friday, the communications regulator Ofcom said, as the most contested '
    "part of the 2023 Online Safety Act comes into force. Companies that fail to comply may be fined up to £18 "
    "million or 10% of their worldwide revenue, whichever is greater, and in the most serious cases Ofcom can ask "
    "the courts to have their services blocked in the UK. Ofcom's chief executive, Melanie Dawes, said on "
    "Tuesday that the regulator was ready to open investigations into sites that ignored the rules.",
    [
        C(
            'must have "highly effective" age checks in place by Friday',
            "by Friday",
            wd("Friday"),
            "deadline",
            "Ofcom",
            real="2025-07-25",
        )
    ],
    "Ofcom's age-assurance duties under the Online Safety Act 2023 (Protection of Children Codes) took effect "
    "on Friday 25 July 2025; penalties up to £18 million or 10% of qualifying worldwide revenue.",
    ["may-verb", "number-like-date", "said-on-day", "undated-future"],
)

P(
    "tj-christchurch-buyback-ends-2019",
    "2019-12-20 08:00",
    "Pacific/Auckland",
    "WELLINGTON - New Zealand's six-month firearms buyback and amnesty ends at midnight on Friday, and police "
    "said that more than 50,000 newly banned semi-automatic weapons had been handed in since collections began "
    "in July. Parliament outlawed most military-style semi-automatics less than a month after the March 15 "
    "attacks, when a gunman killed 51 worshippers at two Christchurch mosques. Police Minister Stuart Nash said "
    "anyone still holding a prohibited firearm after the deadline would face up to five years in prison, while "
    "gun owners' groups questioned how many weapons were still in circulation.",
    [
        C(
            "buyback and amnesty ends at midnight on Friday",
            "at midnight on Friday",
            midnight_on("Friday"),
            "deadline",
            None,
            real="2019-12-20",
        )
    ],
    "The New Zealand buyback and amnesty ran from 13 July to 20 December 2019 (about 56,000 firearms "
    "collected); the Arms (Prohibited Firearms) Amendment Act passed on 10 April 2019 after the 15 March 2019 "
    "mosque attacks.",
    ["midnight", "by-weekday-same-day", "explicit-past-date", "past-month", "number-like-date"],
)

P(
    "tj-737-max-ungrounded-2020",
    "2020-11-18 12:00",
    "America/New_York",
    "WASHINGTON (Reuters) - The Federal Aviation Administration on Wednesday lifted its 20-month grounding of "
    "the Boeing 737 MAX, clearing the jet to fly again once airlines have installed new flight-control software, "
    "rerouted some wiring and retrained their pilots. American Airlines said it would restart commercial 737 MAX "
    "flights on Dec. 29 with a daily round trip between Miami and New York, while United Airlines said it planned "
    "to put its MAX jets back into service in the first quarter of 2021. Europe's aviation regulator, EASA, has "
    "signalled that it could clear the plane in January, and Boeing expects to deliver about half of the roughly "
    "450 MAX jets parked in its inventory next year. The grounding followed two crashes in Indonesia and "
    "Ethiopia that killed 346 people.",
    [
        C(
            "American Airlines said it would restart commercial 737 MAX flights on Dec. 29",
            "on Dec. 29",
            md(12, 29),
            "promise",
            "American Airlines",
            real="2020-12-29",
        ),
        C(
            "United Airlines said it planned to put its MAX jets back into service in the first quarter of 2021",
            "in the first quarter of 2021",
            quarter(2021, 1),
            "promise",
            "United Airlines",
            real="2021-02-11",
        ),
        C(
            "Boeing expects to deliver about half of the roughly 450 MAX jets parked in its inventory next year",
            "next year",
            in_year(2021),
            "prediction",
            "Boeing",
        ),
    ],
    "FAA rescinded the 737 MAX grounding order on Wednesday 18 November 2020; American Airlines flew the first "
    "US commercial MAX flight on 29 December 2020; United resumed on 11 February 2021; EASA cleared the jet on "
    "27 January 2021. Lion Air (2018) and Ethiopian (2019) crashes killed 346.",
    [
        "number-like-date",
        "explicit-date",
        "quarter",
        "year-period",
        "hypothetical",
        "said-on-day",
        "same-sentence-claims",
        "multi-claim",
    ],
)

P(
    "tj-google-adtech-trial-2024",
    "2024-09-06 18:00",
    "America/New_York",
    "ALEXANDRIA, Va. (Reuters) - Alphabet's Google goes on trial on Monday in a second U.S. antitrust case, this "
    "time accused by the Justice Department and a group of states of illegally dominating the technology that "
    "decides which online ads appear on websites and at what price. The case will be heard without a jury by "
    "Judge Leonie Brinkema, a month after a judge in Washington ruled on Aug. 5 that Google had "
    "unlawfully monopolized online search. In that case, Judge Amit Mehta said at a hearing on "
    "Friday that he would hold a trial on remedies in April and aimed to issue his decision by August 2025. He "
    "also ordered the Justice Department to file its proposed remedies by Nov. 20.",
    [
        C(
            "Google goes on trial on Monday in a second U.S. antitrust case",
            "on Monday",
            wd("Monday"),
            "event",
            None,
            real="2024-09-09",
        ),
        C(
            "he would hold a trial on remedies in April",
            "in April",
            in_month(2025, 4),
            "event",
            "Amit Mehta",
            real="2025-04-21",
        ),
        C(
            "aimed to issue his decision by August 2025",
            "by August 2025",
            by_month(2025, 8),
            "promise",
            "Amit Mehta",
        ),
        C(
            "ordered the Justice Department to file its proposed remedies by Nov. 20",
            "by Nov. 20",
            md(11, 20),
            "deadline",
            "Amit Mehta",
            real="2024-11-20",
        ),
    ],
    "The ad tech trial (United States v. Google, E.D. Va., Judge Leonie Brinkema) opened on Monday 9 September "
    "2024. In the search case, Judge Amit Mehta ruled on 5 August 2024; at a status conference on Friday 6 "
    "September 2024 he set a remedies trial for April 2025 (it began 21 April 2025), aimed to rule by August "
    "2025, and set 20 November 2024 for the Justice Department's proposal.",
    [
        "year-inference",
        "month-period",
        "same-sentence-claims",
        "pronoun-speaker",
        "explicit-past-date",
        "explicit-date",
        "said-on-day",
        "multi-claim",
    ],
)

P(
    "tj-hyundai-kia-park-outside-2023",
    "2023-09-27 12:00",
    "America/New_York",
    "DETROIT (AP) \u2014 Hyundai and Kia are telling the owners of nearly 3.4 million vehicles in the United "
    "States to park them outdoors because the anti-lock brake control module can leak fluid, short-circuit and "
    "start a fire, even when the engine is switched off. The recalls, posted by the National Highway Traffic "
    "Safety Administration on Wednesday, cover older models including the Hyundai Elantra and the Kia Optima, and "
    "the automakers said they knew of dozens of fires and melting incidents but no injuries. Dealers will replace "
    "a fuse at no cost, and the companies said they would begin mailing letters to owners in November.",
    [
        C(
            "the companies said they would begin mailing letters to owners in November",
            "in November",
            in_month(2023, 11),
            "promise",
            "Hyundai and Kia",
            real="2023-11-14",
        )
    ],
    "Hyundai (about 1.64 million) and Kia (about 1.73 million) recalls of 27 September 2023 over ABS module "
    "fires, with a park-outside advisory; owner notification letters were scheduled from mid-November 2023 "
    "(Hyundai 14 November, Kia 21 November).",
    ["month-period", "said-on-day", "number-like-date"],
)

# ---------------------------------------------------------------------------
# Policing

P(
    "tj-kenya-police-haiti-2024",
    "2024-06-24 19:00",
    "Africa/Nairobi",
    "NAIROBI (Reuters) - The first contingent of Kenyan police officers bound for Haiti will leave Nairobi on "
    "Tuesday, two government officials said, almost nine months after the U.N. Security Council approved a "
    "Kenyan-led mission to help Haitian authorities take back a capital largely overrun by armed gangs. Kenya has "
    "pledged 1,000 officers to the force, and the government signed a reciprocal agreement with Haiti in March to "
    "get around a High Court ruling in January that had declared the deployment unconstitutional. The departure "
    "coincides with a vote in parliament on Tuesday on the contested 2024 finance bill, which has drawn thousands "
    "of young protesters onto the streets of Nairobi.",
    [
        C(
            "will leave Nairobi on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2024-06-25",
        ),
        C(
            "a vote in parliament on Tuesday on the contested 2024 finance bill",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2024-06-25",
        ),
    ],
    "About 400 Kenyan officers left Nairobi on Tuesday 25 June 2024 and arrived in Port-au-Prince on 25 June; "
    "the UNSC approved the mission on 2 October 2023; the High Court ruled on 26 January 2024; the reciprocal "
    "agreement was signed on 1 March 2024. Parliament passed the Finance Bill 2024 on Tuesday 25 June 2024.",
    ["past-month", "number-like-date", "multi-claim"],
)

N(
    "tj-uk-riots-fast-track-2024",
    "2024-08-08 10:00",
    "Europe/London",
    "Courts in England sat into the evening on Wednesday to deal with people charged over a week of "
    "anti-immigration riots, and the first defendants have been jailed for up to three years, as thousands of "
    "counter-protesters turned out in towns where far-right rallies had been expected but largely failed to "
    "materialise. The Crown Prosecution Service said more than 100 people had been charged so far and that many "
    "more would appear in court in the coming days and weeks. Prime Minister Keir Starmer, who chaired another "
    'emergency Cobra meeting on Wednesday, warned that anyone who took part in the disorder would "feel the full '
    'force of the law", and police chiefs said thousands of specialist officers would stay on standby.',
    "UK riots of late July and early August 2024; on Wednesday 7 August 2024 the first rioters were jailed "
    "(up to three years) and expected far-right gatherings were outnumbered by counter-protesters.",
    ["past-weekday", "undated-future", "number-like-date", "said-on-day"],
)

N(
    "tj-sarkozy-first-night-2025",
    "2025-10-22 09:00",
    "Europe/Paris",
    "PARIS (AFP) - Nicolas Sarkozy spent his first night in a cell at La Sant\u00e9 prison on Tuesday, becoming "
    "the first former French president to be jailed since the Second World War, after a Paris court sentenced "
    "him on Sept. 25 to five years for criminal conspiracy over alleged Libyan funding of his 2007 campaign. His "
    "lawyers filed a request for his release pending appeal within minutes of his arrival, and the appeals court "
    "will rule on it in the coming weeks. Could he be home before Christmas? His lawyers say they are "
    "confident, but prosecutors have not said whether they will oppose the request.",
    "Nicolas Sarkozy entered La Sant\u00e9 prison on Tuesday 21 October 2025 after his 25 September 2025 "
    "conviction; a release request was filed that day (he was released under judicial supervision on 10 "
    "November 2025).",
    [
        "past-weekday",
        "explicit-past-date",
        "undated-future",
        "question",
        "holiday",
        "number-like-date",
    ],
)

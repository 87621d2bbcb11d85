"""Tuning passages written blind: technology, transport and infrastructure (product launches and shutdowns, antitrust and privacy rules with compliance dates, aviation, rail, roads and bridges, space missions, telecom auctions and network switch-offs, car recalls and EV plans, outages), written as tech-press news, wire copy, newsletters and consumer explainers. Written on 2026-11-27 (see tune_blind.py)."""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import datetime as _dt

from build import (
    C,
    by_month,
    by_year,
    half,
    in_days,
    in_days_anchored,
    in_month,
    in_months,
    in_year,
    md,
    month_named_end,
    no_claim_adder,
    passage_adder,
    quarter,
    this_year_end,
    wd,
    ymd,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)
N = no_claim_adder(P)


def months_span(y, m1, m2):
    """'in May or June' (of year y): from the first day of m1 to the last day of m2."""
    def f(p):
        lo = _dt.date(y, m1, 1)
        nxt = _dt.date(y + (m2 == 12), m2 % 12 + 1, 1)
        hi = nxt - _dt.timedelta(days=1)
        return {"due": lo, "due_max": hi, "time": None, "desc": f"months {y}-{m1:02d}..{y}-{m2:02d} = {lo}..{hi}"}
    return f


# ===========================================================================
# Privacy, antitrust and platform rules

P(
    "tt-ccpa-takes-effect-2020",
    "2019-12-31 15:00",
    "America/Los_Angeles",
    "SAN FRANCISCO - California's Consumer Privacy Act, the toughest data-privacy law in the United States, takes "
    "effect on Wednesday, giving the state's 40 million residents the right to find out what personal information "
    "companies hold about them, to have it deleted and to stop businesses from selling it. Companies with more than "
    "$25 million in annual revenue, or that trade in the data of at least 50,000 people, will have to put a 'Do Not "
    "Sell My Personal Information' link on their home pages. But Attorney General Xavier Becerra, whose office has "
    "yet to finalise the rules for the law, has said he will not begin enforcing it until July 1, although companies "
    "that break it in the meantime could still be held to account later. Lawmakers passed the act in June 2018 in a "
    "hurry to head off a stricter ballot measure, and the tech industry has spent the months since lobbying to water "
    "it down. Microsoft said in November that it would extend the law's core rights to all of its US customers.",
    [
        C(
            "takes effect on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2020-01-01",
        ),
        C(
            "has said he will not begin enforcing it until July 1",
            "until July 1",
            md(7, 1),
            "promise",
            "Xavier Becerra",
            real="2020-07-01",
        ),
    ],
    "CCPA in force on Wednesday 1 January 2020; Attorney General Becerra's office said enforcement would start on "
    "1 July 2020 (it did). Thresholds of $25 million revenue or 50,000 consumers; act passed 28 June 2018; "
    "Microsoft's pledge of 11 November 2019. 'could still be held to account later' is a possibility with no date. "
    "A year-less July date in a December article falls in the next year.",
    ["year-inference", "hypothetical", "number-like-date", "past-month", "explicit-date"],
)

P(
    "tt-garante-chatgpt-deadlines-2023",
    "2023-04-13 08:00",
    "Europe/Rome",
    "ROME - OpenAI has until April 30 to meet a list of demands from Italy's data protection authority, known as the "
    "Garante, if it wants ChatGPT to be available in the country again, the regulator said on Wednesday, nearly two "
    "weeks after it had the chatbot blocked over privacy concerns. The Garante wants the company to publish a notice "
    "explaining how it processes people's data, to let users and non-users correct or delete information about them, "
    "and to ask users' age before they can sign up. OpenAI must also present a plan for proper age verification by "
    "May 31 and have a system running by Sept. 30 to keep out children under 13, the watchdog said. It had imposed "
    "its temporary ban at the end of March, accusing the Microsoft-backed company of having no legal basis for the "
    "mass collection of personal data used to train its algorithms. OpenAI Chief Executive Sam Altman has said he "
    "believes the company complies with all privacy laws.",
    [
        C(
            "OpenAI has until April 30 to meet a list of demands from Italy's data protection authority",
            "until April 30",
            md(4, 30),
            "deadline",
            "the Garante",
            real="2023-04-28",
            real_le=True,
        ),
        C(
            "present a plan for proper age verification by May 31",
            "by May 31",
            md(5, 31),
            "deadline",
            "the Garante",
        ),
        C(
            "have a system running by Sept. 30 to keep out children under 13",
            "by Sept. 30",
            md(9, 30),
            "deadline",
            "the Garante",
        ),
    ],
    "Garante order announced Wednesday 12 April 2023: measures by 30 April 2023 (ChatGPT was restored in Italy on "
    "28 April), an age-verification plan by 31 May and a working system by 30 September 2023. The ban was ordered on "
    "30 March and announced on 31 March 2023 ('the end of March', past). Conditional ultimatum from a regulator: "
    "deadline.",
    [
        "conditional-threat",
        "same-sentence-claims",
        "said-on-day",
        "past-month",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "tt-meta-dpc-transfer-fine-2023",
    "2023-05-22 13:00",
    "Europe/Dublin",
    "DUBLIN - Meta Platforms was fined a record 1.2 billion euros by Ireland's Data Protection Commission on Monday "
    "and given five months to stop transferring the personal data of Facebook users in the European Union to the "
    "United States. The regulator, which oversees the company on behalf of the whole bloc because Meta's European "
    "headquarters are in Dublin, also gave it six months to stop storing data that had already been sent across the "
    "Atlantic unlawfully. The penalty tops the 746 million euros imposed on Amazon by Luxembourg in 2021. Meta said "
    "it would appeal, and its president of global affairs, Nick Clegg, said there was no immediate disruption to "
    "Facebook in Europe. Much now depends on a new EU-US data pact: European Justice Commissioner Didier Reynders "
    "has said he expects it to be in place by July, which could make the suspension order moot.",
    [
        C(
            "given five months to stop transferring the personal data of Facebook users",
            "five months",
            in_months(5),
            "deadline",
            "the Data Protection Commission",
        ),
        C(
            "also gave it six months to stop storing data",
            "six months",
            in_months(6),
            "deadline",
            "the Data Protection Commission",
        ),
        C(
            "has said he expects it to be in place by July",
            "by July",
            month_named_end(7),
            "prediction",
            "Didier Reynders",
            real="2023-07-10",
            real_le=True,
        ),
    ],
    "Irish DPC decision of Monday 22 May 2023: EUR 1.2 billion fine, suspension of transfers within five months and "
    "end of unlawful storage within six months (from notification; read from publication). The EU-US Data Privacy "
    "Framework adequacy decision was adopted on 10 July 2023, making the orders moot, so no real compliance date. "
    "Amazon's EUR 746 million fine was in July 2021 (background).",
    ["duration", "hypothetical", "said-on-day", "number-like-date", "end-of-month"],
)

P(
    "tt-google-search-remedies-timetable-2024",
    "2024-09-06 18:00",
    "America/New_York",
    "WASHINGTON - US District Judge Amit Mehta on Friday set out a timetable for deciding how to remedy Google's "
    "illegal monopoly in online search, saying he aimed to rule by August 2025. The Justice Department must file its "
    "proposed remedies by Nov. 20, and Google will have until Dec. 20 to put forward its own, the judge said at a "
    "hearing in Washington. A trial on the competing proposals, which could range from banning Google's "
    "multibillion-dollar payments to Apple for default placement on iPhones to a forced sale of its Chrome browser "
    "or Android operating system, would then begin in April. Mehta ruled on Aug. 5 that Google had broken antitrust "
    "law by paying about $26 billion a year to be the default search engine on smartphones and web browsers, and "
    "the company has said it will appeal.",
    [
        C(
            "saying he aimed to rule by August 2025",
            "by August 2025",
            by_month(2025, 8),
            "promise",
            "Amit Mehta",
        ),
        C(
            "The Justice Department must file its proposed remedies by Nov. 20",
            "by Nov. 20",
            md(11, 20),
            "deadline",
            "Amit Mehta",
            real="2024-11-20",
        ),
        C(
            "Google will have until Dec. 20 to put forward its own",
            "until Dec. 20",
            md(12, 20),
            "deadline",
            "Amit Mehta",
            real="2024-12-20",
        ),
        C(
            "would then begin in April",
            "in April",
            in_month(2025, 4),
            "event",
            None,
            real="2025-04-21",
        ),
    ],
    "Scheduling hearing of Friday 6 September 2024 in US v. Google (search): DOJ proposal due 20 November 2024, "
    "Google's 20 December 2024 (both filed on time), remedies trial from 21 April 2025, decision targeted by August "
    "2025 (Mehta ruled on 2 September 2025, so no real date for the promise). Liability ruling of 5 August 2024 "
    "(past). 'would then begin in April' reports the set schedule (not a hypothetical); 'April' in a September "
    "article is the next April. The list of possible remedies is hypothetical.",
    [
        "year-inference",
        "same-sentence-claims",
        "hypothetical",
        "explicit-past-date",
        "number-like-date",
        "said-on-day",
        "month-period",
        "explicit-date",
    ],
)

P(
    "tt-uk-huawei-5g-ban-2020",
    "2020-07-14 17:00",
    "Europe/London",
    "LONDON - Britain will ban mobile operators from buying new Huawei equipment for their 5G networks after 31 "
    "December and will require them to strip all of the Chinese company's kit from those networks by 2027, Culture "
    "Secretary Oliver Dowden told parliament on Tuesday, reversing a decision taken in January to give Huawei a "
    "limited role. The U-turn follows sanctions imposed by Washington in May that cut Huawei off from chips made "
    "with US technology, which the National Cyber Security Centre said meant it could no longer vouch for the "
    "security of the company's products. Dowden said the decision would set back the rollout of 5G by two to three "
    "years and add up to 2 billion pounds to its cost. Huawei's UK spokesman, Ed Brewster, called it bad news for "
    "anyone in Britain with a mobile phone and urged the government to reconsider.",
    [
        C(
            "will ban mobile operators from buying new Huawei equipment for their 5G networks after 31 December",
            "after 31 December",
            md(12, 31),
            "deadline",
            "Oliver Dowden",
            real="2020-12-31",
        ),
        C(
            "will require them to strip all of the Chinese company's kit from those networks by 2027",
            "by 2027",
            by_year(2027),
            "deadline",
            "Oliver Dowden",
        ),
    ],
    "Dowden's Commons statement of Tuesday 14 July 2020: no new Huawei 5G equipment bought after 31 December 2020, "
    "all Huawei kit out of 5G networks by the end of 2027. The January 2020 decision (35% cap) and the US sanctions "
    "of May 2020 are past; 'two to three years' is a delay with no anchor date. Rules set for operators by the "
    "government: deadlines.",
    ["same-sentence-claims", "duration", "past-month", "said-on-day", "number-like-date", "year-period"],
)

# ===========================================================================
# Product launches, shutdowns and platforms

P(
    "tt-internet-explorer-retired-2022",
    "2022-06-14 09:00",
    "America/Los_Angeles",
    "Microsoft will pull the plug on Internet Explorer on Wednesday, ending 27 years of a browser that once carried "
    "more than 90% of the world's web traffic but became a byword for sluggishness and security holes. From then on, "
    "most Windows 10 users who try to open the desktop app will be sent to Microsoft Edge instead, the company said, "
    "although Edge's built-in IE mode, meant for businesses whose old internal websites still depend on the older "
    "browser, will be supported through at least 2029. Explorer made its debut in August 1995 as an add-on for "
    "Windows 95 and was later bundled with the operating system, a practice at the heart of the US government's "
    "antitrust case against Microsoft in the late 1990s. Separately, Windows 8.1 will stop receiving security "
    "updates on Jan. 10, and the company has been nudging those customers to upgrade.",
    [
        C(
            "will pull the plug on Internet Explorer on Wednesday",
            "on Wednesday",
            wd("Wednesday"),
            "event",
            None,
            real="2022-06-15",
        ),
        C(
            "will be supported through at least 2029",
            "through at least 2029",
            by_year(2029),
            "promise",
            "Microsoft",
        ),
        C(
            "Windows 8.1 will stop receiving security updates on Jan. 10",
            "on Jan. 10",
            md(1, 10),
            "event",
            None,
            real="2023-01-10",
        ),
    ],
    "IE 11 desktop app retired on Wednesday 15 June 2022; Microsoft committed to IE mode in Edge through at least "
    "2029; Windows 8.1 extended support ended on 10 January 2023 (year-less January date in a June article). "
    "'From then on' refers back to Wednesday. IE launched in August 1995. 'Windows 95', 'Windows 10' and 'Windows "
    "8.1' are number-like traps.",
    ["year-inference", "number-like-date", "past-month", "duration", "year-period", "explicit-date"],
)

P(
    "tt-google-plus-shutdown-brought-forward-2018",
    "2018-12-10 14:00",
    "America/Los_Angeles",
    "Google will shut down the consumer version of its Google+ social network in April, four months earlier than "
    "planned, after discovering a second software bug that exposed the profile data of 52.5 million users to app "
    "developers, the company said on Monday. The flaw was introduced in a software update in November and fixed "
    "within a week, and Google said it had found no evidence that developers had misused the data. The Alphabet unit "
    "had announced in October that it would close Google+ for consumers in August 2019, after disclosing an earlier "
    "bug affecting up to 500,000 accounts that it had kept quiet for months. All of the network's developer APIs "
    "will be switched off within the next 90 days, David Thacker, a vice-president of product management, wrote in a "
    "blog post. The disclosure comes a day before Chief Executive Sundar Pichai is due to testify before the House "
    "Judiciary Committee on Tuesday, where lawmakers are expected to press him on privacy and alleged political "
    "bias.",
    [
        C(
            "will shut down the consumer version of its Google+ social network in April",
            "in April",
            in_month(2019, 4),
            "promise",
            "Google",
            real="2019-04-02",
        ),
        C(
            "All of the network's developer APIs will be switched off within the next 90 days",
            "within the next 90 days",
            in_days(90),
            "promise",
            "David Thacker",
            real="2019-03-07",
            real_le=True,
        ),
        C(
            "is due to testify before the House Judiciary Committee on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2018-12-11",
        ),
    ],
    "Google blog post of Monday 10 December 2018 (David Thacker): consumer Google+ to close in April 2019 instead of "
    "August 2019 (superseded), APIs within 90 days (shut down 7 March 2019); consumer Google+ closed on 2 April 2019. "
    "Pichai testified on Tuesday 11 December 2018; 'lawmakers are expected to press him' refers back to that "
    "hearing. 'April' in a December article is the next April.",
    [
        "superseded-date",
        "year-inference",
        "duration",
        "past-month",
        "said-on-day",
        "number-like-date",
        "month-period",
    ],
)

P(
    "tt-microsoft-copilot-dates-2023",
    "2023-09-21 16:00",
    "America/New_York",
    "NEW YORK - Microsoft will start building its Copilot AI assistant into Windows 11 on Sept. 26 through a free "
    "update, the company said at an event in New York on Thursday, as it races to turn its multibillion-dollar bet "
    "on OpenAI into products that customers will pay for. Microsoft 365 Copilot, which drafts documents, summarises "
    "email threads and builds slide decks inside Word, Outlook and PowerPoint, becomes available to enterprise "
    "customers on Nov. 1 at $30 per user a month on top of their existing subscriptions. Consumer chief Yusuf Mehdi "
    "said Copilot would also come to the Bing search engine and the Edge browser, which will get OpenAI's newest "
    "image generator, DALL-E 3, at a later date. Microsoft first showed the Office assistant in March and has been "
    "testing it with about 600 corporate customers.",
    [
        C(
            "will start building its Copilot AI assistant into Windows 11 on Sept. 26",
            "on Sept. 26",
            md(9, 26),
            "event",
            "Microsoft",
            real="2023-09-26",
        ),
        C(
            "becomes available to enterprise customers on Nov. 1",
            "on Nov. 1",
            md(11, 1),
            "event",
            None,
            real="2023-11-01",
        ),
    ],
    "Microsoft event in New York on Thursday 21 September 2023: Windows 11 update with Copilot from 26 September "
    "2023; Microsoft 365 Copilot generally available to enterprises on 1 November 2023 at $30 a user a month. "
    "'at a later date' is undated; 'Windows 11', 'Microsoft 365', 'DALL-E 3' are number-like traps.",
    ["number-like-date", "undated-future", "said-on-day", "past-month", "explicit-date"],
)

P(
    "tt-us-3g-switch-offs-2022",
    "2022-02-21 10:00",
    "America/New_York",
    "AT&T will switch off its 3G network on Tuesday, the first of the big US carriers to retire the technology that "
    "powered the early smartphone boom, and millions of older devices, from flip phones and early Kindle e-readers to "
    "home alarm panels and some cars' emergency-call buttons, will lose service. T-Mobile has said it will shut down "
    "the old Sprint 3G network it inherited in the 2020 merger on March 31, while Verizon has promised to keep its "
    "own 3G network running until the end of the year. The Alarm Industry Communications Committee asked the Federal "
    "Communications Commission last year to make AT&T wait until December, but the agency did not step in. Carriers "
    "say they need the airwaves for 5G; AT&T, which shut down its 2G network in January 2017, has been warning "
    "customers for about three years.",
    [
        C(
            "AT&T will switch off its 3G network on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2022-02-22",
        ),
        C(
            "will shut down the old Sprint 3G network it inherited in the 2020 merger on March 31",
            "on March 31",
            md(3, 31),
            "promise",
            "T-Mobile",
            real="2022-03-31",
        ),
        C(
            "has promised to keep its own 3G network running until the end of the year",
            "until the end of the year",
            this_year_end(),
            "promise",
            "Verizon",
            real="2022-12-31",
        ),
    ],
    "AT&T 3G shutdown on Tuesday 22 February 2022; T-Mobile closed Sprint's CDMA 3G network on 31 March 2022; "
    "Verizon's 3G ran until 31 December 2022. The alarm industry's petition (November 2021) asked for a delay to "
    "December 2022 and was not granted (a request, not a claim). AT&T's 2G shutdown was on 1 January 2017.",
    [
        "same-sentence-claims",
        "year-end",
        "cancelled-date",
        "number-like-date",
        "past-month",
        "duration",
        "explicit-date",
    ],
)

P(
    "tt-lucid-churchill-spac-2021",
    "2021-02-22 18:00",
    "America/New_York",
    "Electric-car startup Lucid Motors agreed on Monday to go public by merging with Churchill Capital Corp IV, a "
    "blank-check company led by former Citigroup banker Michael Klein, in a deal that values the combined company at "
    "about $24 billion and will give Lucid around $4.4 billion in cash to build its Air luxury sedan. Chief "
    "Executive Peter Rawlinson, who oversaw engineering of Tesla's Model S, said Lucid would begin deliveries of the "
    "Air from its new factory in Casa Grande, Arizona, in the second half of this year. Lucid and Churchill expect "
    "the merger to close in the second quarter. Shares of Churchill, which had more than quintupled since January on "
    "speculation about the deal, fell about 40% in extended trading, as investors balked at a valuation below what "
    "many had hoped for. Lucid is backed by Saudi Arabia's Public Investment Fund, which invested more than $1 "
    "billion in 2018.",
    [
        C(
            "said Lucid would begin deliveries of the Air from its new factory in Casa Grande, Arizona, in the second "
            "half of this year",
            "in the second half of this year",
            half(2021, 2),
            "promise",
            "Peter Rawlinson",
            real="2021-10-30",
        ),
        C(
            "expect the merger to close in the second quarter",
            "in the second quarter",
            quarter(2021, 2),
            "prediction",
            "Lucid and Churchill",
        ),
    ],
    "Lucid/Churchill Capital IV merger announced Monday 22 February 2021 (about $24 billion pro forma equity value, "
    "$4.4 billion cash); first Lucid Air deliveries on 30 October 2021; the merger closed on 23 July 2021 (third "
    "quarter, so no real date for the forecast). PIF invested in 2018 (past). 'Corp IV', 'Model S' are "
    "number-like traps.",
    ["half", "quarter", "past-month", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Telecoms: auctions, 5G, outages

P(
    "tt-fcc-c-band-auction-opens-2020",
    "2020-12-07 11:00",
    "America/New_York",
    "WASHINGTON - The Federal Communications Commission opens bidding on Tuesday in its auction of C-band airwaves, "
    "the most important sale of mid-band spectrum for 5G mobile service in the United States so far. Fifty-seven "
    "qualified bidders, including Verizon, AT&T and T-Mobile, will compete for 280 megahertz of spectrum now used by "
    "satellite companies to beam television programmes to cable networks, and analysts expect bidding to run into "
    "January. Under rules adopted in February, satellite operators that clear the lower part of the band in 46 of "
    "the largest markets by Dec. 5, 2021 will share up to $9.7 billion in accelerated relocation payments. FCC "
    "Chairman Ajit Pai, who pushed to bring the airwaves to market quickly, announced last week that he would step "
    "down on Jan. 20, the day President-elect Joe Biden is sworn in.",
    [
        C(
            "opens bidding on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2020-12-08",
        ),
        C(
            "analysts expect bidding to run into January",
            "into January",
            in_month(2021, 1),
            "prediction",
            "analysts",
            real="2021-01-15",
        ),
        C(
            "satellite operators that clear the lower part of the band in 46 of the largest markets by Dec. 5, 2021",
            "by Dec. 5, 2021",
            ymd(2021, 12, 5),
            "deadline",
            "the Federal Communications Commission",
        ),
        C(
            "announced last week that he would step down on Jan. 20",
            "on Jan. 20",
            md(1, 20),
            "promise",
            "Ajit Pai",
            real="2021-01-20",
        ),
    ],
    "FCC Auction 107 (3.7-3.98 GHz): bidding began Tuesday 8 December 2020, the clock phase ended on 15 January "
    "2021; accelerated-relocation Phase I deadline of 5 December 2021 under the February 2020 order; Pai announced "
    "on 30 November 2020 that he would leave on 20 January 2021 (he did). 'the day ... is sworn in' refers back to "
    "Jan. 20. Year-less January in a December article is the next year.",
    [
        "year-inference",
        "month-period",
        "past-month",
        "number-like-date",
        "explicit-date",
    ],
)

P(
    "tt-c-band-5g-delay-airlines-2022",
    "2022-01-04 07:00",
    "America/New_York",
    "AT&T and Verizon agreed late on Monday to hold off switching on their new C-band 5G service until Jan. 19, "
    "bowing to pressure from Transportation Secretary Pete Buttigieg and Federal Aviation Administration chief Steve "
    "Dickson, who had warned that the signals could interfere with the radio altimeters that help planes land in poor "
    "visibility. The launch had been due to go ahead on Wednesday, after the carriers had already put it off once "
    "from Dec. 5. In a letter on Sunday the two companies' chief executives had rejected the government's request "
    "for a delay, offering instead to limit transmissions near airports for six months, as is done in France, and "
    "that offer stands as part of the deal. Airlines for America, the industry's main lobby group, has warned that "
    "thousands of flights could be disrupted if the service goes ahead without safeguards.",
    [
        C(
            "agreed late on Monday to hold off switching on their new C-band 5G service until Jan. 19",
            "until Jan. 19",
            md(1, 19),
            "promise",
            "AT&T and Verizon",
            real="2022-01-19",
        ),
    ],
    "AT&T and Verizon agreed on the evening of Monday 3 January 2022 to a two-week delay, from Wednesday 5 January "
    "to 19 January 2022 (service launched that day); the first postponement from 5 December 2021 was in November. "
    "The Wednesday and Dec. 5 dates are superseded; 'for six months' is a buffer-zone duration with no anchor; the "
    "airlines' warning is a possibility. A commitment to the carriers' own action: promise.",
    [
        "superseded-date",
        "past-weekday",
        "duration",
        "hypothetical",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "tt-rogers-outage-orders-2022",
    "2022-07-12 17:00",
    "America/Toronto",
    "OTTAWA - Canada's telecom regulator on Tuesday ordered Rogers Communications to explain within 10 days why its "
    "network collapsed on Friday, an outage that cut internet and wireless service for millions of people for most of "
    "the day, blocked some 911 calls and froze the Interac debit system used by shops across the country. The "
    "Canadian Radio-television and Telecommunications Commission said Rogers must answer detailed questions about "
    "the cause, how it handled the crisis and what it will do to prevent a repeat. A day earlier, Industry Minister "
    "François-Philippe Champagne summoned the chief executives of the country's big carriers and called the outage "
    "unacceptable. He gave them 60 days to draw up formal agreements to provide emergency roaming for each other's "
    "customers, help one another during outages and keep the public informed. Rogers, which blamed a maintenance "
    "update in its core network, has said it will credit customers with five days of service, an offer Chief "
    "Executive Tony Staffieri made in an open letter on Saturday.",
    [
        C(
            "ordered Rogers Communications to explain within 10 days",
            "within 10 days",
            in_days(10),
            "deadline",
            "the Canadian Radio-television and Telecommunications Commission",
            real="2022-07-22",
        ),
        C(
            "He gave them 60 days to draw up formal agreements",
            "60 days",
            in_days_anchored(60, "Monday"),
            "deadline",
            "François-Philippe Champagne",
        ),
    ],
    "Rogers outage of Friday 8 July 2022; CRTC letter of Tuesday 12 July giving Rogers 10 days (Rogers filed its "
    "answers on 22 July 2022); Champagne's meeting of Monday 11 July with the 60-day instruction, anchored 'a day "
    "earlier', so both 9 and 10 September are accepted. Staffieri's letter of Saturday 9 July; the five-day credit is "
    "undated. Speaker of the 60-day deadline given by pronoun.",
    ["pronoun-speaker", "duration", "past-weekday", "said-on-day", "number-like-date"],
)

# ===========================================================================
# Aviation and airports

P(
    "tt-heathrow-substation-fire-closure-2025",
    "2025-03-21 07:30",
    "Europe/London",
    "Heathrow, Europe's busiest airport, will remain closed until 23:59 on Friday after a fire at a nearby electrical "
    "substation cut its power supply overnight, the airport said, warning passengers not to travel there under any "
    "circumstances. The blaze at the North Hyde substation in Hayes, west London, broke out late on Thursday and was "
    "still burning in the early hours, with about 70 firefighters at the scene and thousands of homes in the area "
    "left without electricity. Flight-tracking service Flightradar24 said at least 1,350 flights to and from "
    "Heathrow would be affected, and several long-haul services that had already taken off were turned back or "
    "diverted to Gatwick, Shannon and Paris. The airport said it expected significant disruption over the coming "
    "days, and airlines including British Airways said they could not yet say when normal schedules would resume.",
    [
        C(
            "will remain closed until 23:59 on Friday",
            "until 23:59 on Friday",
            wd("Friday", "23:59"),
            "event",
            "Heathrow",
            real="2025-03-21",
        ),
    ],
    "North Hyde substation fire late on Thursday 20 March 2025; Heathrow closed until 23:59 on Friday 21 March (the "
    "first flights resumed on Friday evening). A closure ordered by the airport: event with the airport as speaker. "
    "'over the coming days' and the unknown return of normal schedules are undated.",
    ["by-weekday-same-day", "same-day-future", "time-local", "undated-future", "past-weekday", "number-like-date"],
)

N(
    "tt-haneda-runway-collision-2024",
    "2024-01-03 22:00",
    "Asia/Tokyo",
    "TOKYO - Investigators from the Japan Transport Safety Board began examining the burnt-out wreckage of a Japan "
    "Airlines Airbus A350 at Haneda airport on Wednesday, a day after it collided with a coast guard plane on landing "
    "and burst into flames. All 367 passengers and 12 crew escaped down emergency slides, but five of the six people "
    "on the smaller Bombardier Dash 8, which was to have carried relief supplies to areas hit by Monday's earthquake "
    "on the Noto Peninsula, were killed, and its captain was badly injured. Air traffic control transcripts released "
    "by the transport ministry on Wednesday suggested the coast guard crew had not been cleared to enter the runway. "
    "The accident closed runway C, one of Haneda's four, and hundreds of flights were cancelled; the ministry did not "
    "say when it would reopen. Police are also investigating whether professional negligence caused the deaths.",
    "JAL 516 / coast guard collision at Haneda on Tuesday 2 January 2024; transcripts released Wednesday 3 January; "
    "Noto earthquake on Monday 1 January 2024. Runway C reopened on 8 January, but the passage gives no date.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date"],
)

# ===========================================================================
# Rail, roads and bridges

P(
    "tt-hzmb-bridge-opening-2018",
    "2018-10-22 10:00",
    "Asia/Hong_Kong",
    "HONG KONG - The world's longest sea crossing, a 55-km chain of bridges, artificial islands and an undersea tunnel "
    "linking Hong Kong with Macau and the mainland city of Zhuhai, will be formally opened at a ceremony in Zhuhai on "
    "Tuesday, nearly nine years after construction began and about two years behind schedule. The Hong Kong-Zhuhai-"
    "Macau Bridge will then open to traffic at 9 a.m. on Wednesday, the Hong Kong government said, although only "
    "holders of special permits and passengers on shuttle buses will be able to use it. Critics have questioned its "
    "cost, estimated at about $20 billion, and the safety record of its building sites. Chinese state media have "
    "hailed it as a symbol of Beijing's plan, first set out by Premier Li Keqiang in March last year, to knit the "
    "cities of the Pearl River Delta into a Greater Bay Area to rival Silicon Valley.",
    [
        C(
            "will be formally opened at a ceremony in Zhuhai on Tuesday",
            "on Tuesday",
            wd("Tuesday"),
            "event",
            None,
            real="2018-10-23",
        ),
        C(
            "will then open to traffic at 9 a.m. on Wednesday",
            "at 9 a.m. on Wednesday",
            wd("Wednesday", "09:00"),
            "event",
            "the Hong Kong government",
            real="2018-10-24",
        ),
    ],
    "Opening ceremony attended by Xi Jinping on Tuesday 23 October 2018; public traffic from 09:00 on Wednesday 24 "
    "October 2018. Construction began in December 2009; the Greater Bay Area plan was announced in the March 2017 "
    "government work report (past).",
    ["time-local", "last-month", "duration", "number-like-date"],
)

P(
    "tt-atal-setu-mthl-opening-2024",
    "2024-01-11 19:00",
    "Asia/Kolkata",
    "MUMBAI - Prime Minister Narendra Modi will on Friday inaugurate India's longest sea bridge, the 21.8-km Mumbai "
    "Trans Harbour Link, which connects Sewri in south Mumbai with Nhava Sheva on the mainland and is expected to "
    "cut the journey to Navi Mumbai from up to two hours to about 20 minutes. The six-lane bridge, named Atal Setu "
    "after former prime minister Atal Bihari Vajpayee, will open to motorists on Saturday morning, the Mumbai "
    "Metropolitan Region Development Authority said. Cars will pay a one-way toll of Rs 250, a figure the state "
    "cabinet approved last week despite complaints from commuters. Modi laid the foundation stone for the Rs "
    "17,840-crore project in December 2016, and work was slowed by the pandemic. Two-wheelers, auto-rickshaws and "
    "tractors will not be allowed on it.",
    [
        C(
            "will on Friday inaugurate India's longest sea bridge",
            "on Friday",
            wd("Friday"),
            "event",
            None,
            real="2024-01-12",
        ),
        C(
            "will open to motorists on Saturday morning",
            "on Saturday morning",
            wd("Saturday"),
            "event",
            "the Mumbai Metropolitan Region Development Authority",
            real="2024-01-13",
        ),
    ],
    "Atal Setu (MTHL) inaugurated by Modi on Friday 12 January 2024, open to traffic from Saturday 13 January 2024. "
    "Toll approved by the Maharashtra cabinet on 4 January 2024; foundation stone December 2016. 'is expected to cut "
    "the journey' is an undated forecast; travel-time durations have no anchor.",
    ["duration", "number-like-date", "past-month", "undated-future"],
)

P(
    "tt-hokuriku-shinkansen-tsuruga-2024",
    "2024-03-15 09:00",
    "Asia/Tokyo",
    "TOKYO - The Hokuriku Shinkansen will be extended by 125 km from Kanazawa to Tsuruga in Fukui prefecture on "
    "Saturday, putting Fukui's main cities on the bullet-train network for the first time and bringing the fastest "
    "trip from Tokyo to Fukui under three hours. The opening goes ahead as planned despite the magnitude 7.6 "
    "earthquake that struck the Noto Peninsula on New Year's Day, killing more than 240 people, and local officials "
    "hope the new line will help lure back tourists who have cancelled trips to the region. The extension, "
    "originally due to open in the spring of 2023, was pushed back by a year because of construction problems and "
    "rising costs. A further extension from Tsuruga to Shin-Osaka is planned, but construction has not begun, and "
    "the route under Kyoto remains disputed.",
    [
        C(
            "will be extended by 125 km from Kanazawa to Tsuruga in Fukui prefecture on Saturday",
            "on Saturday",
            wd("Saturday"),
            "event",
            None,
            real="2024-03-16",
        ),
    ],
    "Hokuriku Shinkansen Kanazawa-Tsuruga section opened on Saturday 16 March 2024 (originally planned for spring "
    "2023, superseded). Noto earthquake of 1 January 2024 (past). The Shin-Osaka extension is undated.",
    ["superseded-date", "undated-future", "number-like-date", "year-period"],
)

# ===========================================================================
# Space

P(
    "tt-falcon-heavy-debut-sydney-2018",
    "2018-02-06 09:00",
    "Australia/Sydney",
    "SpaceX will attempt the maiden launch of its Falcon Heavy, the most powerful rocket in operation, from the same "
    "Florida pad that sent Apollo 11 to the moon, with a two-and-a-half-hour window opening at 1:30 p.m. on Tuesday "
    "Florida time, or 5:30 a.m. on Wednesday in Sydney. Built from three Falcon 9 first stages strapped together, the "
    "rocket will carry Elon Musk's own cherry-red Tesla Roadster, with a dummy in a spacesuit at the wheel, on a path "
    "towards the orbit of Mars. Musk has said there is a good chance the rocket will not make it to orbit, and that "
    "he would count it a success if it cleared the pad without destroying it. The mission has slipped repeatedly "
    "since Musk first promised it for 2013, and a static test firing of its 27 engines took place only on January "
    "24. If it works, SpaceX plans to try landing all three boosters, two of them back at Cape Canaveral and the "
    "core stage on a drone ship in the Atlantic.",
    [
        C(
            "with a two-and-a-half-hour window opening at 1:30 p.m. on Tuesday Florida time, or 5:30 a.m. on "
            "Wednesday in Sydney",
            "at 1:30 p.m. on Tuesday Florida time, or 5:30 a.m. on Wednesday in Sydney",
            zoned(wd("Tuesday"), "13:30", "America/New_York"),
            "event",
            None,
            real="2018-02-07",
        ),
    ],
    "Falcon Heavy test flight from LC-39A: window 13:30-16:00 EST on Tuesday 6 February 2018 (Monday evening in "
    "Florida when published), i.e. 05:30 AEDT on Wednesday 7 February; it lifted off at 15:45 EST = 07:45 AEDT on 7 "
    "February. 'Tuesday' is resolved in Florida's zone. The 2013 target and the 24 January static fire are past; "
    "booster landings are conditional and refer to the same flight.",
    [
        "time-converted",
        "date-crossing-conversion",
        "hypothetical",
        "explicit-past-date",
        "number-like-date",
    ],
)

P(
    "tt-ingenuity-first-flight-2021",
    "2021-04-17 12:00",
    "America/Los_Angeles",
    "PASADENA, California - NASA's Ingenuity helicopter will attempt the first powered, controlled flight on another "
    "planet no earlier than Monday, when it is due to lift off from the floor of Jezero Crater on Mars at about "
    "12:30 a.m., California time, the agency said on Saturday. The flight had been planned for April 11, but it was called "
    "off after a command sequence ended early during a high-speed test of the rotors, and engineers have since "
    "rewritten part of the helicopter's flight software. A live broadcast from the Jet Propulsion Laboratory, where "
    "the team will receive the first data from the flight hours later, begins at 3:15 a.m. on Monday. The "
    "1.8-kg aircraft, which hitched a ride to Mars under the belly of the Perseverance rover and landed with it in "
    "February, is meant to climb about 3 metres, hover for 30 seconds and set down again.",
    [
        C(
            "will attempt the first powered, controlled flight on another planet no earlier than Monday",
            "no earlier than Monday",
            wd("Monday", "00:30"),
            "event",
            "NASA",
            real="2021-04-19",
        ),
        C(
            "begins at 3:15 a.m. on Monday",
            "at 3:15 a.m. on Monday",
            wd("Monday", "03:15"),
            "event",
            None,
            real="2021-04-19",
        ),
    ],
    "NASA/JPL update of Saturday 17 April 2021: first flight no earlier than Monday 19 April at about 00:30 PDT, "
    "broadcast of the data downlink from 03:15 PDT; Ingenuity flew at 00:34 PDT that day. The 11 April attempt is "
    "superseded; Perseverance landed on 18 February 2021 (past).",
    ["superseded-date", "time-local", "explicit-past-date", "past-month", "said-on-day", "number-like-date"],
)

P(
    "tt-perseverance-landing-tokyo-2021",
    "2021-02-17 18:00",
    "Asia/Tokyo",
    "TOKYO - NASA's Perseverance rover is due to land on Mars at about 3:55 p.m. on Thursday, US Eastern time, or "
    "just before 6 a.m. on Friday in Japan, according to NASA, ending a journey of nearly seven months that began "
    "with its launch from Florida on July 30. Its target, Jezero Crater, is thought to have held a lake some 3.5 "
    "billion years ago, and the rover will collect rock samples that NASA and the European Space Agency hope to bring "
    "back to Earth one day. The United Arab Emirates' Hope probe went into orbit around Mars on Feb. 9, and China's "
    "Tianwen-1 followed a day later; the China National Space Administration plans to try to put a rover on the "
    "surface in May or June. Japan's own Martian Moons eXploration probe, which aims to bring back soil from the "
    "moon Phobos, is scheduled for launch in 2024.",
    [
        C(
            "is due to land on Mars at about 3:55 p.m. on Thursday, US Eastern time",
            "at about 3:55 p.m. on Thursday, US Eastern time",
            zoned(wd("Thursday"), "15:55", "America/New_York"),
            "event",
            "NASA",
            real="2021-02-19",
        ),
        C(
            "plans to try to put a rover on the surface in May or June",
            "in May or June",
            months_span(2021, 5, 6),
            "promise",
            "the China National Space Administration",
            real="2021-05-15",
        ),
        C(
            "is scheduled for launch in 2024",
            "in 2024",
            in_year(2024),
            "event",
            None,
        ),
    ],
    "Perseverance landed on Thursday 18 February 2021 at about 15:55 EST = 05:55 JST on Friday 19 February. Hope "
    "entered orbit on 9 February, Tianwen-1 on 10 February 2021; the Zhurong rover landed on 15 May 2021. MMX was "
    "then scheduled for JFY2024 (later delayed to 2026, so no real date). Launch of 30 July 2020 (past); 'one day' "
    "is undated.",
    [
        "time-converted",
        "date-crossing-conversion",
        "range",
        "year-period",
        "explicit-past-date",
        "number-like-date",
        "undated-future",
    ],
)

P(
    "tt-juice-launch-scrubbed-2023",
    "2023-04-13 16:00",
    "Europe/Paris",
    "KOUROU, French Guiana - The launch of the European Space Agency's Jupiter Icy Moons Explorer, or Juice, was "
    "called off on Thursday minutes before lift-off because of the risk of lightning, and Arianespace said it would "
    "make a new attempt on Friday at 14:14 Paris time. Friday's window is instantaneous, so any hold in the countdown "
    "would mean another day's delay. Once on its way, the 1.6 billion euro probe, riding on one of the last Ariane 5 "
    "rockets, will use the gravity of Earth, Venus and the moon to build up speed, beginning with a flyby of the moon "
    "and the Earth in August 2024. It is due to reach Jupiter in July 2031 and to spend more than three years "
    "studying Ganymede, Callisto and Europa, three moons believed to hide oceans beneath their icy crusts.",
    [
        C(
            "it would make a new attempt on Friday at 14:14 Paris time",
            "on Friday at 14:14 Paris time",
            wd("Friday", "14:14"),
            "event",
            "Arianespace",
            real="2023-04-14",
        ),
        C(
            "beginning with a flyby of the moon and the Earth in August 2024",
            "in August 2024",
            in_month(2024, 8),
            "event",
            None,
            real="2024-08-20",
        ),
        C(
            "It is due to reach Jupiter in July 2031",
            "in July 2031",
            in_month(2031, 7),
            "event",
            None,
        ),
    ],
    "Juice launch scrubbed on Thursday 13 April 2023 for lightning risk; launched on Friday 14 April 2023 at 14:14 "
    "CEST (12:14 UTC) on Ariane 5 VA260. Lunar-Earth flyby on 19-20 August 2024; Jupiter arrival planned for July "
    "2031. 'Friday's window' refers back to the labelled attempt; the delay after a hold is hypothetical.",
    [
        "superseded-date",
        "repeated-claim",
        "hypothetical",
        "time-local",
        "month-period",
        "past-weekday",
        "number-like-date",
    ],
)

P(
    "tt-bezos-new-shepard-seat-2021",
    "2021-06-07 15:00",
    "America/New_York",
    "Jeff Bezos said on Monday that he will ride into space aboard the first crewed flight of New Shepard, the "
    "suborbital rocket built by his company Blue Origin, with his brother Mark at his side. 'On July 20th, I will "
    "take that journey with my brother,' the Amazon founder wrote on Instagram, picking the 52nd anniversary of the "
    "Apollo 11 moon landing. A third seat on the 11-minute flight from West Texas is being sold in an online auction "
    "that has drawn bids of $2.8 million so far and will end with a live auction on June 12. Bezos, 57, will hand "
    "over the chief executive's job at Amazon to Andy Jassy on July 5, a date he said last month had been chosen "
    "because it is the anniversary of the company's founding in 1994. Whether Richard Branson, whose Virgin Galactic "
    "is also preparing to carry passengers, will try to get there first is unclear.",
    [
        C(
            "On July 20th, I will take that journey with my brother",
            "On July 20th",
            md(7, 20),
            "promise",
            "Jeff Bezos",
            real="2021-07-20",
        ),
        C(
            "will end with a live auction on June 12",
            "on June 12",
            md(6, 12),
            "event",
            None,
            real="2021-06-12",
        ),
        C(
            "will hand over the chief executive's job at Amazon to Andy Jassy on July 5",
            "on July 5",
            md(7, 5),
            "promise",
            "Jeff Bezos",
            real="2021-07-05",
        ),
    ],
    "Bezos's Instagram post of Monday 7 June 2021 (flight on 20 July 2021, which took place); Blue Origin's seat "
    "auction ended with a live auction on 12 June 2021 ($28 million); Bezos named 5 July 2021 for the handover at "
    "Amazon's shareholder meeting on 26 May. The Branson sentence is an undated question.",
    ["question", "said-on-day", "number-like-date", "past-month", "explicit-date"],
)

# ===========================================================================
# No-claim passages

N(
    "tt-facebook-six-hour-outage-2021",
    "2021-10-06 08:00",
    "America/Los_Angeles",
    "Facebook blamed a faulty configuration change for the outage that took down its services worldwide for about "
    "six hours on Monday, saying in a blog post late that night that the change had severed the connections between "
    "its data centres and cascaded through its network. Facebook, Instagram, WhatsApp and Messenger, used by more "
    "than 3.5 billion people, went dark shortly before noon on the East Coast, and engineers were slowed because the "
    "same failure locked them out of internal tools and even some buildings. Santosh Janardhan, the company's vice "
    "president of infrastructure, said there was no evidence that user data had been compromised. The disruption, one "
    "of the longest in the company's history, came as it faced a storm in Washington, where former product manager "
    "Frances Haugen told a Senate subcommittee on Tuesday that its products harm children. Facebook said it would "
    "study what happened so that it could make its systems more resilient.",
    "Facebook outage of Monday 4 October 2021 (about 15:40-21:30 UTC); Janardhan's engineering post; Haugen's "
    "testimony on Tuesday 5 October 2021. The resilience work is undated; 'six hours' is a past duration.",
    ["past-weekday", "said-on-day", "undated-future", "duration", "number-like-date"],
)

N(
    "tt-tesla-autopilot-recall-2023",
    "2023-12-13 12:00",
    "America/New_York",
    "DETROIT - Tesla is recalling more than 2 million vehicles in the United States, nearly every car it has sold "
    "there, to add safeguards to its Autopilot driver-assistance system after a two-year investigation by the National "
    "Highway Traffic Safety Administration found its controls were not enough to prevent misuse, the agency said on "
    "Wednesday. The fix, an over-the-air software update that adds more prominent alerts and limits where the feature "
    "can be switched on, began reaching some cars on Tuesday, with the rest to follow later, according to documents "
    "Tesla filed with the regulator. NHTSA opened its investigation in August 2021 after a series of crashes in which "
    "Teslas using Autopilot hit parked emergency vehicles, and said it would keep the probe open while it checks "
    "whether the remedy works. The recall covers the Model S, Model X, Model 3 and Model Y, with some cars built "
    "as far back as 2012.",
    "NHTSA recall of 2,031,220 Teslas announced on Wednesday 13 December 2023; the OTA remedy began rolling out on "
    "Tuesday 12 December; the investigation opened in August 2021. The rest of the rollout and the open probe are "
    "undated; 'two-year' is a past duration.",
    ["past-weekday", "said-on-day", "undated-future", "number-like-date", "past-month", "duration"],
)

N(
    "tt-cruise-pauses-driverless-2023",
    "2023-10-27 10:00",
    "America/Los_Angeles",
    "SAN FRANCISCO - General Motors' Cruise said late on Thursday that it was pausing all of its driverless operations "
    "across the United States, two days after California's Department of Motor Vehicles suspended its permits to run "
    "robotaxis without safety drivers in San Francisco. The regulator said Cruise had not initially shown it the full "
    "video of an Oct. 2 crash in which one of its cars dragged a pedestrian, who had been thrown into its path by a "
    "hit-and-run driver, about 20 feet. Cruise, which said its cars with safety drivers would keep running, gave no "
    "date for resuming driverless service in Phoenix, Houston, Austin and other cities. GM Chief Executive Mary Barra "
    "told analysts on Tuesday that the company remained confident in Cruise, which lost $732 million in the third "
    "quarter.",
    "California DMV suspension of Tuesday 24 October 2023; Cruise paused driverless operations nationwide on the "
    "evening of Thursday 26 October; crash of 2 October 2023; GM's third-quarter results of 24 October. No resumption "
    "date.",
    ["past-weekday", "said-on-day", "explicit-past-date", "undated-future", "number-like-date", "quarter"],
)

N(
    "tt-vine-discontinued-2016",
    "2016-10-28 09:00",
    "America/New_York",
    "Twitter said on Thursday that it would discontinue the Vine mobile app in the coming months, abandoning the "
    "six-second video service it bought for a reported $30 million in October 2012, before the app had even "
    "launched. The company promised that users would be able to download their videos before anything changed, but "
    "gave no date. The announcement came hours after Twitter said it would cut about 9% of its workforce, or roughly "
    "350 jobs, as it reported a third-quarter loss of $103 million. Vine, which launched in January 2013 and once "
    "claimed 200 million monthly users, had lost many of its biggest stars to Instagram and Snapchat. Whether anyone "
    "would step in to buy the app instead was unclear.",
    "Twitter announcement of Thursday 27 October 2016 alongside Q3 results; Vine was bought in October 2012 and "
    "launched in January 2013. 'in the coming months' and the download promise are undated (the app was converted "
    "in January 2017).",
    ["said-on-day", "undated-future", "past-month", "number-like-date", "hypothetical", "duration"],
)

N(
    "tt-h3-rocket-destroyed-2023",
    "2023-03-08 09:00",
    "Asia/Tokyo",
    "TOKYO - Japan's new flagship H3 rocket was destroyed on Tuesday after its second-stage engine failed to ignite, "
    "the second setback in less than a month for a programme meant to halve launch costs and help Japan compete with "
    "SpaceX. Controllers at the Tanegashima Space Center sent the self-destruct command minutes after lift-off, "
    "losing the ALOS-3 Earth-observation satellite it was carrying. The Japan Aerospace Exploration Agency had called "
    "off the rocket's first launch attempt on Feb. 17, when its solid rocket boosters did not ignite. JAXA President "
    "Hiroshi Yamakawa apologised at a news conference on Tuesday evening and said the agency would investigate the "
    "cause as quickly as possible. Officials could not say when the H3 would fly again, or whether the failure would "
    "delay missions it is due to carry, including a new cargo craft for the International Space Station.",
    "H3 Test Flight 1 failure on Tuesday 7 March 2023 (ALOS-3 lost); the 17 February 2023 attempt was aborted. The "
    "next flight and HTV-X are undated (H3 flew successfully on 17 February 2024).",
    ["past-weekday", "explicit-past-date", "said-on-day", "undated-future", "number-like-date", "question"],
)

N(
    "tt-optus-nationwide-outage-2023",
    "2023-11-09 08:00",
    "Australia/Sydney",
    "SYDNEY - Optus, Australia's second-largest telecommunications company, said its network had been fully restored "
    "after an outage that cut phone and internet services to more than 10 million customers and 400,000 businesses "
    "for up to 12 hours on Wednesday, stopping trains in Melbourne, shutting hospital phone lines and leaving some "
    "people unable to call emergency services. Chief Executive Kelly Bayer Rosmarin apologised but said the company "
    "still did not know exactly what had caused the failure, which began at about 4 a.m. on Wednesday. "
    "Communications Minister Michelle Rowland said on Wednesday night that the government would review the outage and "
    "that she expected Optus to consider compensating customers. The company, owned by Singapore Telecommunications, "
    "is still dealing with the fallout from a cyber attack in September last year that exposed the personal data of "
    "nearly 10 million people. Will customers get refunds? Optus said it would have more to say in the coming days.",
    "Optus outage of Wednesday 8 November 2023 (from about 04:00 AEDT, roughly 12 hours); Rowland's post-incident "
    "review announced that evening; the cyber attack of September 2022. The review and compensation are undated.",
    ["past-weekday", "said-on-day", "question", "undated-future", "time-local", "last-month", "number-like-date"],
)

N(
    "tt-amazon-irobot-deal-abandoned-2024",
    "2024-01-29 17:00",
    "America/New_York",
    "Amazon and iRobot said on Monday that they had abandoned Amazon's planned $1.4 billion purchase of the Roomba "
    "maker because the deal had no path to approval in the European Union, a blow to the struggling vacuum-cleaner "
    "company. Amazon will pay iRobot a $94 million termination fee. iRobot said it would cut about 350 jobs, or 31% of "
    "its workforce, and that Colin Angle, who co-founded the company in 1990, had stepped down as chairman and chief "
    "executive. The European Commission, which warned Amazon in November that the takeover could hurt rival makers "
    "of robot vacuum cleaners, had been due to rule by Feb. 14 and was widely expected to block it. The deal was "
    "first announced in August 2022.",
    "Termination of the Amazon-iRobot merger on Monday 29 January 2024; EU statement of objections of 27 November "
    "2023; the Commission's deadline of 14 February 2024 is cancelled by the abandonment; deal announced 5 August "
    "2022. The termination fee is paid with no date given.",
    ["cancelled-date", "said-on-day", "past-month", "number-like-date", "explicit-past-date"],
)

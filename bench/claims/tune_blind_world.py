"""Tuning passages written blind: world affairs: diplomacy, wars and ceasefires, sanctions, summits, elections abroad, the UN, climate talks, migration, disasters, international sport. Written on 2026-11-27 (see tune_blind.py)."""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import (
    C,
    before_holiday,
    before_year,
    by_month,
    early_year,
    half,
    in_days,
    in_year,
    md,
    md_span,
    mid_year,
    midnight_on,
    next_month,
    next_wd,
    no_claim_adder,
    passage_adder,
    rest_of_month,
    this_year_end,
    wd,
    wd_next_week,
    zoned,
)

PASSAGES: list[dict] = []
P = passage_adder(PASSAGES)




N = no_claim_adder(P)


# ===========================================================================
# Elections abroad

P("tw-colombia-peace-signing-2016", "2016-09-25 20:00", "America/Bogota",
  "CARTAGENA, Colombia (AP) - President Juan Manuel Santos and FARC commander Rodrigo Londono, better known by "
  "his nom de guerre Timochenko, will sign a peace accord in this Caribbean port on Monday, formally ending a "
  "52-year conflict that has killed more than 220,000 people. About 2,500 guests, including UN "
  "Secretary-General Ban Ki-moon and more than a dozen Latin American heads of state, are expected at the "
  "ceremony, where the two men will use pens made from recycled bullets. Rebel delegates voted unanimously to "
  "back the deal on Friday at a conference on the southern plains. The agreement must still be ratified by "
  "Colombians in a plebiscite on Oct. 2, and polls suggest the 'yes' camp will win comfortably.",
  [C("will sign a peace accord in this Caribbean port on Monday", "on Monday", wd("Monday"), "event", None,
     real="2016-09-26"),
   C("ratified by Colombians in a plebiscite on Oct. 2", "on Oct. 2", md(10, 2), "event", None, real="2016-10-02")],
  "Santos-FARC accord signed in Cartagena on 26 September 2016; FARC's tenth conference endorsed it on Friday "
  "23 September; the plebiscite of 2 October 2016 rejected it.",
  ["explicit-date", "past-weekday", "number-like-date"])

P("tw-france-runoff-2017", "2017-05-04 08:00", "Europe/Paris",
  "PARIS - Emmanuel Macron emerged from a bruising televised debate with Marine Le Pen on Wednesday night still "
  "comfortably ahead in the polls, days before French voters choose between the centrist former economy minister "
  "and the far-right leader in Sunday's runoff. Macron topped the first round on April 23 with 24% of the vote, "
  "ahead of Le Pen on 21.3%, and surveys now give him about 60% of the second-round vote. Le Pen's aides said "
  "she may yet close the gap if left-wing voters stay at home. Whoever wins Sunday's vote will then need a "
  "working majority in the National Assembly, which is elected in two rounds on June 11 and June 18.",
  [C("French voters choose between the centrist former economy minister and the far-right leader in Sunday's "
     "runoff", "Sunday's runoff", wd("Sunday"), "event", None, real="2017-05-07"),
   C("elected in two rounds on June 11", "on June 11", md(6, 11), "event", None, real="2017-06-11"),
   C("June 18", "June 18", md(6, 18), "event", None, real="2017-06-18")],
  "Macron-Le Pen debate of 3 May 2017; runoff 7 May 2017; legislative rounds 11 and 18 June 2017. 'Sunday's "
  "vote' in the last sentence refers back to the runoff and is not labelled again.",
  ["repeated-claim", "may-verb", "past-weekday", "explicit-past-date", "explicit-date", "same-sentence-claims",
   "hypothetical", "number-like-date"])

P("tw-indonesia-election-2019", "2019-04-15 17:00", "Asia/Jakarta",
  "JAKARTA - More than 190 million Indonesians are eligible to vote on Wednesday in the world's biggest "
  "single-day election, choosing a president, national and regional lawmakers at more than 800,000 polling "
  "stations strung across the archipelago. President Joko Widodo, who is seeking a second five-year term, holds a "
  "double-digit lead over former general Prabowo Subianto in most surveys, though his campaign has said turnout "
  "may decide the margin. Private pollsters will publish quick counts within hours of the polls closing, but the "
  "General Elections Commission has until May 22 to announce the official tally. Prabowo, who lost to Widodo in "
  "2014 and challenged that result in court, has said he will not accept an outcome marred by fraud.",
  [C("eligible to vote on Wednesday", "on Wednesday", wd("Wednesday"), "event", None, real="2019-04-17"),
   C("has until May 22 to announce the official tally", "until May 22", md(5, 22), "deadline", None,
     real="2019-05-21", real_le=True)],
  "Indonesian general election of 17 April 2019; the KPU's statutory deadline was 22 May and it announced the "
  "result early on 21 May 2019.",
  ["may-verb", "explicit-date", "undated-future", "hypothetical", "number-like-date"])

P("tw-imran-khan-long-march-2022", "2022-10-25 19:00", "Asia/Karachi",
  "LAHORE, Pakistan - Former prime minister Imran Khan said on Tuesday that his supporters would set off on a "
  "'long march' to Islamabad from Lahore's Liberty Chowk on Friday to press the government into calling an early "
  "general election. Khan, who was ousted in a parliamentary no-confidence vote in April, told a news conference "
  "that the march would be peaceful and would stay within the law. The announcement came days after the Election "
  "Commission of Pakistan disqualified him from holding public office on Friday for failing to declare proceeds "
  "from the sale of state gifts, a ruling his party is challenging in court. Prime Minister Shehbaz Sharif's "
  "government has said elections will be held on schedule.",
  [C("would set off on a 'long march' to Islamabad from Lahore's Liberty Chowk on Friday", "on Friday",
     wd("Friday"), "promise", "Imran Khan", real="2022-10-28")],
  "Khan announced on 25 October 2022 that the march would start on 28 October; the ECP disqualified him on "
  "Friday 21 October 2022 (Toshakhana case).",
  ["march-noun", "past-weekday", "said-on-day", "past-month", "undated-future"])

P("tw-scholz-before-christmas-2021", "2021-09-27 14:00", "Europe/Berlin",
  "BERLIN (Reuters) - Social Democrat Olaf Scholz said on Monday he wanted to have a new government in place "
  "before Christmas, after his party narrowly beat Angela Merkel's conservatives in Sunday's election to end 16 "
  "years of conservative-led rule. The SPD won 25.7% of the vote against 24.1% for the CDU/CSU bloc, whose "
  "candidate Armin Laschet has also said he will try to form a coalition. Both men are courting the Greens and "
  "the liberal Free Democrats, who plan to sound each other out first. Merkel will stay on as caretaker chancellor "
  "until a successor is sworn in, a process that could take months.",
  [C("he wanted to have a new government in place before Christmas", "before Christmas",
     before_holiday("Christmas"), "promise", "Olaf Scholz", real="2021-12-08", real_le=True)],
  "Scholz on 27 September 2021, the day after the Bundestag election; he was elected chancellor on 8 December "
  "2021.",
  ["holiday", "past-weekday", "said-on-day", "hypothetical", "undated-future", "number-like-date"])

P("tw-eu-ukraine-talks-2023", "2023-12-15 09:00", "Europe/Brussels",
  "BRUSSELS (Reuters) - European Union leaders agreed on Thursday to open membership talks with Ukraine after "
  "Hungarian Prime Minister Viktor Orban left the room for the decision, but Budapest then vetoed a 50 billion "
  "euro package of financial aid for Kyiv in the early hours of Friday. European Council President Charles "
  "Michel said leaders would return to the aid package at a special summit early next year. Leaders asked the "
  "Commission to report by March on whether Kyiv has met the remaining conditions on minority rights and "
  "corruption, and diplomats expect the first formal round of negotiations in the first "
  "half of 2024. Orban called the decision senseless and said Hungary had not wanted to take part in it.",
  [C("leaders would return to the aid package at a special summit early next year", "early next year",
     early_year(2024), "event", "Charles Michel", real="2024-02-01"),
   C("asked the Commission to report by March", "by March", by_month(2024, 3), "deadline",
     "European Union leaders"),
   C("diplomats expect the first formal round of negotiations in the first half of 2024",
     "in the first half of 2024", half(2024, 1), "prediction", "diplomats", real="2024-06-25")],
  "European Council of 14-15 December 2023 (its conclusions invite the Commission to report by March 2024); special summit on 1 February 2024 agreed the aid; the first "
  "intergovernmental conference with Ukraine was held on 25 June 2024.",
  ["early-year", "half", "year-inference", "same-sentence-claims", "past-weekday", "number-like-date"])

# ===========================================================================
# Wars, ceasefires, sanctions

P("tw-afghan-violence-reduction-2020", "2020-02-21 16:00", "Asia/Kabul",
  "KABUL (Reuters) - A seven-day 'reduction in violence' across Afghanistan will start at midnight on Friday, a "
  "test of whether the Taliban can rein in their fighters before they sign a deal with the United States. The "
  "insurgents said in a statement that the two sides would sign the agreement on Feb. 29 in the presence of "
  "international observers, while US Secretary of State Mike Pompeo said on Friday that the signing was expected "
  "to go ahead if the week passed off peacefully. The deal would open the way for a withdrawal of US troops and "
  "for talks between the Taliban and the Afghan government, though diplomats caution that such negotiations "
  "could drag on for years.",
  [C("will start at midnight on Friday", "at midnight on Friday", midnight_on("Friday"), "event", None,
     real="2020-02-22"),
   C("the two sides would sign the agreement on Feb. 29", "on Feb. 29", md(2, 29), "promise", "the Taliban",
     real="2020-02-29")],
  "The reduction in violence began at 00:00 Kabul time on 22 February 2020; the US-Taliban agreement was signed "
  "in Doha on 29 February 2020. Pompeo's conditional refers back to the same signing and is not labelled.",
  ["midnight", "by-weekday-same-day", "same-day-future", "said-on-day", "explicit-date", "hypothetical",
   "repeated-claim"])

P("tw-iran-oil-waivers-2019", "2019-04-22 15:00", "America/New_York",
  "WASHINGTON (Reuters) - The United States will stop granting exemptions from sanctions to buyers of Iranian "
  "oil, the White House said on Monday, telling China, India, Japan, South Korea and Turkey that they must halt "
  "their purchases when the current waivers expire on May 2 or face penalties themselves. The decision, announced "
  "by Secretary of State Mike Pompeo, aims to push Iran's oil exports, which stood at about 2.5 million barrels a "
  "day before Washington quit the 2015 nuclear deal last May, down to zero. Oil prices jumped more than 3% on the "
  "news. A senior Iranian commander said Tehran may close the Strait of Hormuz if it is prevented from using the "
  "waterway, a threat it has made before without following through.",
  [C("must halt their purchases when the current waivers expire on May 2", "on May 2", md(5, 2), "deadline",
     "the White House", real="2019-05-02")],
  "White House and Pompeo announcement of 22 April 2019; the waivers ended on 2 May 2019. The US left the JCPOA "
  "on 8 May 2018.",
  ["conditional-threat", "last-month", "may-verb", "said-on-day", "explicit-date", "hypothetical",
   "number-like-date"])

P("tw-rusal-deadline-extended-2018", "2018-04-23 19:00", "America/New_York",
  "WASHINGTON - The US Treasury on Monday gave investors more time to unwind their dealings with Rusal, pushing "
  "back a June 5 deadline for the aluminium giant's customers to wind down contracts to Oct. 23, and said it could "
  "lift the sanctions altogether if Oleg Deripaska gave up control of the company. The penalties, imposed on "
  "April 6 on Deripaska and other Russians close to the Kremlin, sent aluminium prices to their highest in almost "
  "seven years and rattled carmakers and can makers from Germany to Japan. Treasury Secretary Steven Mnuchin said "
  "the company was suffering because of its ties to Deripaska, not because of its own conduct.",
  [C("to wind down contracts to Oct. 23", "to Oct. 23", md(10, 23), "deadline", "the US Treasury")],
  "OFAC general licence for Rusal amended on 23 April 2018 (later extended again). The superseded June 5 date and "
  "the hypothetical lifting are not claims.",
  ["superseded-date", "explicit-date", "explicit-past-date", "hypothetical", "said-on-day"])

P("tw-turkey-syria-pause-2019", "2019-10-18 16:00", "Europe/Istanbul",
  "ISTANBUL (Reuters) - Turkey will resume its offensive in northeast Syria when a US-brokered pause expires at "
  "10 p.m. on Tuesday unless Kurdish-led fighters have pulled back from the border, President Recep Tayyip "
  "Erdogan said on Friday, a day after agreeing the 120-hour halt with US Vice President Mike Pence in Ankara. The "
  "Turkish leader will travel to the Black Sea resort of Sochi on Tuesday for talks with Russian President Vladimir Putin, whose "
  "forces have moved into towns vacated by US troops, he told reporters after Friday prayers. Kurdish "
  "commander Mazloum Abdi said his forces would respect the truce but accused Ankara of continuing to shell the "
  "border town of Ras al-Ain.",
  [C("when a US-brokered pause expires at 10 p.m. on Tuesday", "at 10 p.m. on Tuesday", wd("Tuesday", "22:00"),
     "deadline", "Recep Tayyip Erdogan", real="2019-10-22"),
   C("will travel to the Black Sea resort of Sochi on Tuesday", "on Tuesday", wd("Tuesday"), "event",
     "Recep Tayyip Erdogan", real="2019-10-22")],
  "Pence-Erdogan pause of 17 October 2019, expiring at 22:00 local time on 22 October; Erdogan met Putin in "
  "Sochi on 22 October 2019.",
  ["conditional-threat", "time-local", "said-on-day", "pronoun-speaker", "number-like-date"])

P("tw-putin-easter-truce-2025", "2025-04-19 15:45", "Europe/London",
  "LONDON - Russian President Vladimir Putin on Saturday declared an Easter truce in the war in Ukraine, ordering "
  "his forces to halt all military activity from 1800 Moscow time (1500 GMT) on Saturday for the rest of the "
  "Orthodox Easter weekend. Speaking at a meeting with his chief of the general staff, Valery Gerasimov, Putin "
  "said Moscow assumed Kyiv would follow its example but that troops must be ready to repel any violations. "
  "Ukrainian President Volodymyr Zelensky said on social media that Russian assaults were continuing along the "
  "front. The announcement came a day after US Secretary of State Marco Rubio warned that Washington could walk "
  "away from peace efforts within days if there was no progress.",
  [C("halt all military activity from 1800 Moscow time (1500 GMT) on Saturday",
     "from 1800 Moscow time (1500 GMT) on Saturday", zoned(wd("Saturday"), "18:00", "Europe/Moscow"), "event",
     "Vladimir Putin", real="2025-04-19")],
  "Putin's Easter truce of 19-20 April 2025 (18:00 MSK Saturday = 16:00 BST); Rubio spoke in Paris on 18 April "
  "2025.",
  ["time-converted", "same-day-future", "by-weekday-same-day", "said-on-day", "hypothetical",
   "undated-future"])

P("tw-mali-expels-ambassador-2022", "2022-01-31 21:00", "Africa/Bamako",
  "BAMAKO (Reuters) - Mali's military-led government on Monday gave France's ambassador 72 hours to leave the "
  "country over what it called hostile and outrageous remarks by French officials, the sharpest escalation yet "
  "in a feud between Bamako and its former colonial ruler. The expulsion of Joel Meyer follows comments last week "
  "by French Foreign Minister Jean-Yves Le Drian, who called the junta illegitimate, and the forced departure of "
  "Danish special forces who had arrived only this month. France, which has about 4,300 troops in the Sahel, has "
  "said it will decide with its European partners in the coming weeks whether to stay.",
  [C("gave France's ambassador 72 hours to leave the country", "72 hours", in_days(3), "deadline",
     "Mali's military-led government", real="2022-02-02", real_le=True)],
  "Malian government statement of 31 January 2022; ambassador Joel Meyer left on 2 February 2022.",
  ["duration", "said-on-day", "undated-future", "number-like-date"])

P("tw-rafah-crossing-aid-2023", "2023-10-19 20:00", "Africa/Cairo",
  "CAIRO/RAFAH, Egypt - Aid trucks lined up on the Egyptian side of the Rafah crossing on Thursday as Egyptian "
  "security sources said they expected the border with Gaza to open for humanitarian deliveries on Friday, once "
  "roads damaged by Israeli air strikes had been repaired. UN Secretary-General Antonio Guterres will visit the "
  "crossing on Friday, his spokesman said. US President Joe Biden, who visited Israel on Wednesday, said Egypt had "
  "agreed to let in up to 20 trucks, though aid agencies say far more are needed for Gaza's 2.3 million people. "
  "Israel has said it will not allow aid in from its own territory until the hostages seized by Hamas on Oct. 7 "
  "are freed.",
  [C("expected the border with Gaza to open for humanitarian deliveries on Friday", "on Friday", wd("Friday"),
     "prediction", None),
   C("will visit the crossing on Friday", "on Friday", wd("Friday"), "event", "Antonio Guterres",
     real="2023-10-20")],
  "Guterres visited the Rafah crossing on 20 October 2023; the first aid trucks entered Gaza on 21 October, a day "
  "later than the sources expected. Anonymous sources: no speaker; the spokesman reports Guterres's own plan.",
  ["past-weekday", "explicit-past-date", "undated-future", "number-like-date"])

# ===========================================================================
# Diplomacy, summits, the UN, climate and migration

P("tw-abraham-accords-next-week-2020", "2020-09-08 21:00", "Asia/Jerusalem",
  "JERUSALEM - Israel and the United Arab Emirates will formally sign their agreement to normalise relations at a "
  "White House ceremony hosted by President Donald Trump on Tuesday next week, officials in both countries said. "
  "Prime Minister Benjamin Netanyahu, who announced on Twitter that he would lead the Israeli delegation, called "
  "it a historic day for peace. The first commercial flight between Tel Aviv and Abu Dhabi landed on Aug. 31, "
  "carrying Israeli and US officials led by Jared Kushner after Saudi Arabia opened its airspace for the journey. "
  "The Palestinian leadership has denounced the deal as a betrayal.",
  [C("hosted by President Donald Trump on Tuesday next week", "on Tuesday next week", wd_next_week("Tuesday"),
     "event", None, real="2020-09-15")],
  "White House ceremony of 15 September 2020, announced on 8 September. Unnamed officials: no speaker; "
  "Netanyahu's plan to lead the delegation refers back to the ceremony.",
  ["next-week-weekday", "explicit-past-date", "repeated-claim"])

P("tw-pope-iraq-visit-2020", "2020-12-07 15:00", "Europe/Rome",
  "VATICAN CITY (AP) - Pope Francis will travel to Iraq from March 5 to 8, the Vatican said on Monday, in the "
  "first papal visit to the country and his first trip abroad since the coronavirus pandemic grounded him more "
  "than a year ago. He will visit Baghdad, the northern city of Erbil, the plain of Ur associated with the "
  "prophet Abraham, and Mosul and Qaraqosh, towns devastated by the Islamic State group. Vatican spokesman Matteo "
  "Bruni said the programme would take account of the pandemic and may change. Pope John Paul II had hoped to go "
  "to Ur in 2000, but the pilgrimage was called off after talks with Saddam Hussein's government broke down.",
  [C("will travel to Iraq from March 5 to 8", "from March 5 to 8", md_span(3, 5, 3, 8), "event", "the Vatican",
     real="2021-03-05")],
  "Vatican announcement of 7 December 2020; the visit took place on 5-8 March 2021.",
  ["range", "year-inference", "may-verb", "said-on-day", "number-like-date"])

P("tw-repowereu-2022", "2022-03-08 17:00", "Europe/Brussels",
  "BRUSSELS (Reuters) - The European Union will cut its imports of Russian gas by two-thirds before the end of "
  "the year and end its reliance on Russian fossil fuels well before 2030, the European Commission said on "
  "Tuesday, setting out how the war in Ukraine is forcing a rethink of the bloc's energy policy. The Commission "
  "will propose legislation by April requiring "
  "member states to fill their underground gas storage to at least 90% of capacity ahead of each winter, "
  "Commission President Ursula von der Leyen said. Russia supplied about 40% of the EU's gas last year. She told "
  "a news conference that Europe could not go on relying on a supplier that openly threatened it.",
  [C("cut its imports of Russian gas by two-thirds before the end of the year",
     "before the end of the year", this_year_end(), "promise", "the European Commission"),
   C("end its reliance on Russian fossil fuels well before 2030", "well before 2030", before_year(2030),
     "promise", "the European Commission"),
   C("The Commission will propose legislation by April", "by April", by_month(2022, 4), "promise", "Ursula von der Leyen",
     real="2022-03-23", real_le=True)],
  "REPowerEU communication of 8 March 2022; the gas storage regulation was proposed on 23 March 2022.",
  ["year-end", "before-year", "same-sentence-claims", "said-on-day", "number-like-date"])

P("tw-un-population-8bn-2022", "2022-07-11 10:00", "America/New_York",
  "UNITED NATIONS (AP) - The world's population is projected to reach 8 billion on Nov. 15, and India will "
  "overtake China as the most populous nation next year, the United Nations said on Monday. The UN's World "
  "Population Prospects report, released on World Population Day, found that growth had slowed to below 1% in "
  "2020 for the first time since 1950. It projected that the global population would climb to about 9.7 billion "
  "in 2050 before peaking at around 10.4 billion later in the century, with more than half of the increase "
  "concentrated in just eight countries.",
  [C("projected to reach 8 billion on Nov. 15", "on Nov. 15", md(11, 15), "prediction", "the United Nations",
     real="2022-11-15"),
   C("India will overtake China as the most populous nation next year", "next year", in_year(2023), "prediction",
     "the United Nations"),
   C("would climb to about 9.7 billion in 2050", "in 2050", in_year(2050), "prediction", "the United Nations")],
  "UN World Population Prospects 2022, published 11 July 2022. 'later in the century' is undated.",
  ["explicit-date", "year-period", "same-sentence-claims", "said-on-day", "undated-future", "number-like-date"])

P("tw-eu-migration-pact-2024", "2024-05-14 16:00", "Europe/Brussels",
  "BRUSSELS - European Union governments gave final approval on Tuesday to an overhaul of the bloc's asylum and "
  "migration rules, ending nearly a decade of bitter argument over how to share responsibility for people "
  "arriving on Europe's shores. Hungary and Poland voted against the package, which will be published in the "
  "EU's Official Journal later this month and will apply from mid-2026, giving governments time to build new "
  "border screening centres. The vote may be the last big legislative act before next month's European "
  "Parliament elections, in which anti-immigration parties are expected to make gains. The reform was first "
  "proposed by the European Commission in September 2020, after a fire destroyed the overcrowded Moria camp on "
  "the Greek island of Lesbos.",
  [C("will be published in the EU's Official Journal later this month", "later this month", rest_of_month(),
     "event", None, real="2024-05-22"),
   C("will apply from mid-2026", "from mid-2026", mid_year(2026), "event", None, real="2026-06-12"),
   C("before next month's European Parliament elections", "next month's", next_month(), "event", None,
     real="2024-06-06")],
  "Council adoption of the Pact on Migration and Asylum, 14 May 2024; published in the Official Journal on 22 May "
  "2024; applies from 12 June 2026; European Parliament elections 6-9 June 2024.",
  ["later-this-period", "mid-year", "month-period", "same-sentence-claims", "may-verb", "past-month",
   "number-like-date"])

# ===========================================================================
# Disasters

P("tw-cyclone-fani-2019", "2019-05-01 18:00", "Asia/Kolkata",
  "BHUBANESWAR, India - Cyclone Fani, the strongest storm to threaten India's east coast in two decades, is "
  "expected to make landfall near the temple town of Puri on Friday afternoon, the India Meteorological Department "
  "said on Wednesday, with winds gusting up to 200 km per hour. Authorities in Odisha will move more than 800,000 "
  "people from low-lying areas into cyclone shelters by Thursday, the state's special relief commissioner "
  "Bishnupada Sethi told reporters. The storm may also bring heavy rain to neighbouring Andhra Pradesh and West "
  "Bengal, and the navy has put ships and aircraft on standby. In 1999 a super cyclone that struck the same coast "
  "killed nearly 10,000 people.",
  [C("expected to make landfall near the temple town of Puri on Friday afternoon", "on Friday afternoon",
     wd("Friday"), "prediction", "the India Meteorological Department", real="2019-05-03"),
   C("will move more than 800,000 people from low-lying areas into cyclone shelters by Thursday", "by Thursday",
     wd("Thursday"), "promise", "Bishnupada Sethi")],
  "IMD forecast of 1 May 2019; Fani made landfall near Puri on 3 May 2019; Odisha's evacuation ran to 2 May.",
  ["may-verb", "said-on-day", "number-like-date"])

# ===========================================================================
# International sport

P("tw-world-cup-2018-moscow", "2018-06-12 11:00", "Europe/Moscow",
  "MOSCOW (Reuters) - FIFA's 211 member associations will choose the host of the 2026 World Cup at their annual "
  "congress in Moscow on Wednesday, with a joint bid from the United States, Canada and Mexico favoured over "
  "Morocco. A day later the 2018 tournament kicks off, with hosts Russia facing Saudi Arabia at the Luzhniki "
  "Stadium at 6 p.m. on Thursday, and the final will be played at the same ground on July 15. President Vladimir "
  "Putin will attend the opening match, the Kremlin has said. Russia has spent more than $11 billion preparing for "
  "the event, according to government figures.",
  [C("at their annual congress in Moscow on Wednesday", "on Wednesday", wd("Wednesday"), "event", None,
     real="2018-06-13"),
   C("hosts Russia facing Saudi Arabia at the Luzhniki Stadium at 6 p.m. on Thursday", "at 6 p.m. on Thursday",
     wd("Thursday", "18:00"), "event", None, real="2018-06-14"),
   C("the final will be played at the same ground on July 15", "on July 15", md(7, 15), "event", None,
     real="2018-07-15")],
  "FIFA Congress of 13 June 2018 (United 2026 bid chosen); Russia 5-0 Saudi Arabia on 14 June 2018, 18:00 MSK; "
  "final on 15 July 2018. Putin's attendance refers back to the opening match and is not labelled again.",
  ["time-local", "explicit-date", "same-sentence-claims", "repeated-claim", "number-like-date"])

P("tw-rwc-final-2023-auckland", "2023-10-26 09:00", "Pacific/Auckland",
  "AUCKLAND - The All Blacks will meet South Africa in the Rugby World Cup final at the Stade de France at 9pm "
  "Paris time on Saturday, a rematch of the 1995 final that the Springboks won in Johannesburg. South Africa edged "
  "England 16-15 in their semi-final on Saturday thanks to a late Handre Pollard penalty, while New Zealand "
  "thrashed Argentina 44-6. England and Argentina play for third place at the same stadium at 9pm Paris time on "
  "Friday. It will be Ian Foster's last match as All Blacks coach before Scott Robertson takes over.",
  [C("in the Rugby World Cup final at the Stade de France at 9pm Paris time on Saturday",
     "at 9pm Paris time on Saturday", zoned(wd("Saturday"), "21:00", "Europe/Paris"), "event", None,
     real="2023-10-29"),
   C("play for third place at the same stadium at 9pm Paris time on Friday", "at 9pm Paris time on Friday",
     zoned(wd("Friday"), "21:00", "Europe/Paris"), "event", None, real="2023-10-28")],
  "RWC 2023: bronze final 27 October 21:00 CEST (08:00 NZDT 28 October), final 28 October 21:00 CEST (08:00 NZDT "
  "29 October); semi-final South Africa 16-15 England on 21 October.",
  ["time-converted", "date-crossing-conversion", "past-weekday", "number-like-date", "undated-future"])

P("tw-beijing-olympics-opening-2022", "2022-02-02 18:00", "Asia/Shanghai",
  "BEIJING (Reuters) - The Winter Olympics open on Friday with a ceremony at the National Stadium starting at "
  "8 p.m., watched by a small invited audience because of strict COVID-19 curbs. Chinese President Xi Jinping "
  "will hold talks with Russian President Vladimir Putin on Friday afternoon before the ceremony, China's foreign "
  "ministry has said, making Putin the most prominent foreign guest at a Games shunned by US, British and "
  "Canadian officials in a diplomatic boycott. Beijing, which hosted the 2008 Summer Games in the same stadium, "
  "becomes the first city to stage both summer and winter Olympics, and the event closes on Feb. 20.",
  [C("open on Friday with a ceremony at the National Stadium starting at 8 p.m.", "on Friday ... at 8 p.m.",
     wd("Friday", "20:00"), "event", None, real="2022-02-04"),
   C("will hold talks with Russian President Vladimir Putin on Friday afternoon", "on Friday afternoon",
     wd("Friday"), "event", "China's foreign ministry", real="2022-02-04"),
   C("the event closes on Feb. 20", "on Feb. 20", md(2, 20), "event", None, real="2022-02-20")],
  "Beijing 2022 opening ceremony 4 February 2022 at 20:00 CST; Xi-Putin talks the same afternoon; closing "
  "ceremony 20 February 2022.",
  ["time-local", "explicit-date", "number-like-date"])

P("tw-fifa-2034-next-wednesday", "2024-12-05 11:00", "Europe/Zurich",
  "ZURICH (Reuters) - FIFA's 211 member associations will confirm Saudi Arabia as host of the 2034 World Cup at "
  "an online congress next Wednesday, voting by acclamation on a single-bid process that human rights groups "
  "have condemned. The same congress will hand the 2030 tournament to Morocco, Portugal and Spain, "
  "with three opening matches in Uruguay, Argentina and Paraguay to mark the competition's centenary. FIFA's "
  "evaluation report, published last week, gave the Saudi bid the highest score in the organisation's history, "
  "although it may have to move the tournament to the winter to avoid extreme heat. Amnesty International said "
  "the decision would put migrant workers' lives at risk.",
  [C("confirm Saudi Arabia as host of the 2034 World Cup at an online congress next Wednesday", "next Wednesday", next_wd("Wednesday"), "event",
     None, real="2024-12-11")],
  "FIFA extraordinary congress of 11 December 2024 (2030 and 2034 hosts). 'The same congress' refers back to it.",
  ["next-weekday", "may-verb", "repeated-claim", "number-like-date", "hypothetical"])

# ===========================================================================
# Passages with no dated claim

N("tw-camp-david-taliban-cancelled-2019", "2019-09-08 11:00", "Asia/Kabul",
  "KABUL (Reuters) - US President Donald Trump said on Saturday he had called off a secret meeting with Taliban "
  "leaders and Afghan President Ashraf Ghani that had been planned for Sunday at the Camp David presidential "
  "retreat, after the insurgents claimed a car bomb in Kabul on Thursday that killed an American soldier and 11 "
  "other people. Trump also said he was ending the peace negotiations that US envoy Zalmay Khalilzad had led for "
  "nearly a year. A Taliban spokesman said on Sunday that the decision would cost more American lives and that "
  "the group remained committed to fighting.",
  "Trump's tweets of 7 September 2019 cancelling the Camp David meeting set for 8 September; Kabul bombing of 5 "
  "September 2019. The Sunday meeting is cancelled, so not a claim.",
  ["cancelled-date", "past-weekday", "said-on-day", "undated-future", "number-like-date"])

N("tw-sweden-nato-question-2023", "2023-06-15 12:00", "Europe/Stockholm",
  "STOCKHOLM - Swedish, Finnish and Turkish officials met in Ankara on Wednesday for another round of talks on "
  "Stockholm's stalled bid to join NATO, more than a year after the two Nordic neighbours applied together in "
  "May 2022. Finland became the alliance's 31st member in April, but Turkey says Sweden has not done enough to "
  "act against Kurdish militants. Can Sweden still get in before alliance leaders gather in Vilnius in July? "
  "Secretary-General Jens Stoltenberg has said it is still possible, though Turkish President Recep Tayyip "
  "Erdogan may not send the accession protocol to parliament for months.",
  "Ankara talks of 14 June 2023; Vilnius summit of 11-12 July 2023 is mentioned only inside a question.",
  ["question", "may-verb", "past-month", "past-weekday", "hypothetical", "number-like-date"])

N("tw-cyclone-idai-2019", "2019-03-18 20:00", "Africa/Maputo",
  "MAPUTO (Reuters) - More than 1,000 people may have died in Mozambique after Cyclone Idai smashed into the port "
  "city of Beira on Thursday night, President Filipe Nyusi said on Monday after flying over the flooded region. "
  "Rivers burst their banks across central Mozambique and in neighbouring Zimbabwe and Malawi, and the Red Cross "
  "said 90% of Beira had been damaged or destroyed. Aid agencies said they would step up food drops in the coming "
  "days but warned that many roads remained cut off.",
  "Idai made landfall near Beira late on 14 March 2019; Nyusi spoke on 18 March 2019.",
  ["may-verb", "past-weekday", "said-on-day", "undated-future", "number-like-date"])

N("tw-tonga-eruption-2022", "2022-01-18 16:00", "Pacific/Auckland",
  "WELLINGTON - Two New Zealand navy ships left Auckland for Tonga on Tuesday carrying water, survey teams and a "
  "helicopter, three days after a huge undersea volcanic eruption blanketed the Pacific kingdom in ash and sent "
  "tsunami waves across its islands. Communications remain patchy because the only undersea cable linking Tonga "
  "to the outside world was severed, and the company that owns it said repairs could take four weeks or more. "
  "Tonga's government said on Tuesday that three people had been confirmed dead. Foreign Minister Nanaia Mahuta "
  "said aid deliveries would be contactless because Tonga has so far kept out COVID-19.",
  "Hunga Tonga-Hunga Ha'apai eruption of 15 January 2022; HMNZS Wellington and Aotearoa sailed on 18 January. "
  "'four weeks or more' has no anchor and is a possibility.",
  ["duration", "hypothetical", "said-on-day", "past-weekday", "number-like-date"])

N("tw-greece-turkey-border-2020", "2020-03-01 13:00", "Europe/Athens",
  "KASTANIES, Greece (Reuters) - Greek police fired tear gas on Sunday at migrants trying to force their way "
  "across the border from Turkey for a third day, after Ankara said it would no longer stop refugees heading for "
  "Europe. Turkish President Recep Tayyip Erdogan said on Saturday that 18,000 migrants had already crossed "
  "towards Europe and that Turkey would not close its gates in the coming days. The European Union, which agreed "
  "a 6 billion euro deal with Ankara in 2016 to stem the flow, said it was following events with concern and "
  "could send more border guards if Athens asked for them.",
  "Turkey opened its border on 28 February 2020; Erdogan spoke on 29 February 2020.",
  ["past-weekday", "said-on-day", "undated-future", "hypothetical", "number-like-date"])

N("tw-chile-cop25-cancelled-2019", "2019-10-30 17:00", "America/Santiago",
  "SANTIAGO (Reuters) - Chile will no longer host the APEC summit planned for Nov. 16-17 or the UN climate "
  "conference that had been due to open in Santiago on Dec. 2, President Sebastian Pinera said on Wednesday, as "
  "the country reels from nearly two weeks of protests in which at least 18 people have died. Pinera said the "
  "decision had been painful but that restoring public order had to come first. The UN's climate chief Patricia "
  "Espinosa said her office was exploring alternative options for hosting the COP25 talks.",
  "Pinera's announcement of 30 October 2019; COP25 later moved to Madrid. Both dates are cancelled.",
  ["cancelled-date", "said-on-day", "undated-future", "number-like-date"])

N("tw-myanmar-coup-2021", "2021-02-02 10:00", "Asia/Yangon",
  "YANGON (Reuters) - Myanmar's army seized power on Monday and detained Aung San Suu Kyi and other leaders of her "
  "National League for Democracy, hours before a parliament elected last November had been due to sit for the "
  "first time. The military, which has alleged fraud in the vote that the NLD won by a landslide, declared a state "
  "of emergency, handed power to commander-in-chief Min Aung Hlaing and promised a new election without saying "
  "when it would be held. US President Joe Biden threatened to reimpose sanctions, and diplomats said the UN "
  "Security Council would discuss the crisis in the coming days.",
  "Coup of 1 February 2021; the NLD won the election of 8 November 2020.",
  ["last-month", "cancelled-date", "past-weekday", "undated-future", "hypothetical"])

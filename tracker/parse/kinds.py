"""What sort of claim a forward-looking sentence makes, and what it says will follow.

The cues are read in the clause that holds the date (a sentence may hold two claims:
"the first round on June 30 and a runoff on July 7", "must comply by Thursday, while the
fine is expected on Monday"), then in the whole sentence. In order: a cut-off ("deadline",
"or face", "has until", "expires", "unless ... by"), a promise verb, a forecast verb, a
commitment reported by its maker ("said it would begin ... next month"), a scheduled event,
a bare "by <date>" (a cut-off), a hedged forecast ("may"), and last a bare future ("will"),
read as an event. No cue at all: the sentence is not forward-looking.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.parse.alternation import alternatives, case_blind_switch, case_blind_words
from tracker.parse.lexicon import CONJUNCTIONS, NAME_PARTICLE_RE, REPORTED, SAID
from tracker.parse.types import ClaimKind, Grain

_I = re.I
_PROMISE = re.compile(
    r"\b(?<!-)"
    + case_blind_words(
        r"promis(?:e|es|ed|ing)|pledg\w*|vow\w*|commit(?:s|ted)?\s+to|committed|"
        # "is all but guaranteed to win" is a certainty, not a pledge
        r"guarantees?|guaranteed(?!\s+to\b)|on\s+track\s+to|aim(?:s|ed|ing)?\s+(?:to|for)|"
        # "will deliver", but not a scheduled verdict or speech
        r"will\s+deliver(?!\s+(?:its|his|her|their|the|a)\s+(?:[\w-]+\s+){0,5}?"
        r"(?:verdict|ruling|decision|judge?ment|speech|address|budget|statement|report))|"
        r"would\s+aim|(?<!its\s)(?<!the\s)(?<!a\s)(?<!%\s)target(?:s|ing|ed)?"
    )
    + r"\b"
    # a slot on the clock is a schedule: "targeting 8:30 a.m. on Monday for the launch"
    r"(?!\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))",
    _I,
)
# a promise made in so many words, which outweighs the cut-off it may name: "he has
# promised that the lockdown will expire on Dec. 2"
_PROMISED = re.compile(
    r"(?<!-)\b(?:(?:promis|pledg|vow)(?:ed|ing)"
    r"|(?:he|she|it|they|we|I)\s+(?:promis|pledg|vow)e?s)\b",
    _I,
)
# a quantity forecast needs a quantity: "will rise to 3%", not "will double its lending"
_QUANTITY = (
    r"\b(?:would|will)\s+(?:fall|rise|reach|climb|drop|grow|exceed|hit|top|double|decline|"
    r"increase|shrink)\s+(?:\w+ly\s+)?(?:to|by|about|around|nearly|almost|more|less|above|below|"
    r"over|under|between|a\s+record|[$€£]?\d)"
)
# the weather, and storms by name: "Storm Ida", "Hurricane Ian"
_WEATHER = (
    r"(?:storm|hurricane|typhoon|cyclone|tornado)(?:\s+(?-i:[A-Z])[\w-]+)?|rain|rainfall|snow|"
    r"showers|winds|gusts|gales|heatwave|heat|weather|floodwaters|temperatures?"
)
# what a measure, or the weather, will do is a forecast, not its commitment: "inflation
# will ease in 2025", "Storm Ida will bring heavy rain on Sunday"
_MEASURE = (
    r"\b(?:inflation|demand|prices?|sales|growth|output|production|rates?|unemployment|"
    r"jobless\s+rate|costs?|exports?|imports?|profits?|earnings|revenues?|shares|stocks|"
    r"economy|supply|spending|investment|wages|consumption|yields?|" + _WEATHER + r")\s+"
    r"(?:will|would|is\s+set\s+to|are\s+set\s+to)\s+"
    r"(?!(?:\w+ly\s+)?(?:be\s+(?:held|announced|published)|take\s+effect|apply|come\s+into|start|"
    r"begin)\b)"
)
# those whose word on the future is a forecast, speaking: "Forecasters said", "economists warn"
_FORECASTER = re.compile(
    r"\b"
    + case_blind_words(
        r"forecasters?|meteorologists?|economists?|analysts?|strategists?|pollsters?"
    )
    + r"(?:\s+[\w'’-]+){0,4}?\s+(?:said|say|says|warn\w*|predict\w*|expect\w*)\b",
    _I,
)
# what an "anticipated" used as a verb goes on with: an article, a pronoun, a preposition,
# a comparative ("anticipated higher prices")
_NOT_A_NOUN = (
    r"(?:a|an|the|that|this|these|those|it|its|their|his|her|our|your|my|some|any|no|such|"
    r"what|whether|how|to|by|in|on|at|for|of|from|with|about|as|and|or|but|when|then|"
    r"would|will|could|should|might|may|be|being|more|less|much|further|fewer|higher|lower|"
    r"greater|stronger|weaker|slower|faster|better|worse|him|them|us|you|me)"
)
# a sum: "$4 billion", "£300 a year", "2% of output", "billions of dollars"
_AMOUNT = (
    r"(?:[\w'’-]+\s+){0,3}?(?:[$€£¥]\s?\d[\d,.]*|\d[\d,.]*(?:\s*(?:bn|billion|million|trillion|"
    r"pounds|dollars|euros|yen|per\s*cent|percent)|(?=\s*%))|(?:billions|millions)\s+of)"
)
_FORECAST_CUES = (
    r"forecasts?|forecaster\w*|predict\w*|projected|projects|projections?|expects?|"
    # "anticipated" before a noun is an adjective, not a forecast: "the most anticipated game",
    # "a hotly anticipated sequel", but "anticipated a loss", "anticipated that"
    r"anticipat(?!ed\s+(?!" + _NOT_A_NOUN + r"\b)[a-z])\w*|"
    r"estimat\w*|likely|outlook|tipped|favou?rites?\s+to|odds-on|"
    # the word first, then the lookbehinds: cheaper where the word is not
    r"(?=bet)(?<!['’]s\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)bet(?:s|ting)?|"
    r"(?=see)(?<!could\s)(?<!would\s)(?<!will\s)(?<!may\s)(?<!might\s)(?<!or\s)(?<!to\s)sees?"
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?as\b)|"  # "see it as a dress rehearsal" is a view, not a forecast
    r"pric(?:e|es|ed|ing)\s+in|pencil+ed\s+in|hop(?:e|es|ed|ing)\s+(?:that\s+)?(?!to\b)|"
    r"working\s+assumption|(?:he|she|they|we|I|it)\s+(?:still\s+|now\s+|had\s+)?expected|"
    r"unable\s+to|expected\s+(?:by|before|within|no\s+later\s+than)|"
    # what a thing should be by then: "the new bridge should be open by 2028"
    r"should\s+(?:\w+ly\s+)?be\s+(?:open|ready|completed?|finished|operational|back)|"
    # "expected the deal to"
    r"expected\s+(?!to\b)(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?to|"
    r"(?:would|will)\s+(?:overtake|surpass|outstrip)|"
    # what a policy will do to others: "the freeze would leave a hole in its finances"
    # and what it will cost or save, in so many words: "the cut would cost $4 billion"
    r"(?:measure|plan|policy|package|deal|step|reform|freeze|cut|tax|tariff|ban|hike|"
    r"increase)s?\s+(?:that\s+)?(?:\w+\s+){0,2}?"
    r"(?:would|will)\s+(?:help|leave|(?:cost|save)\s+" + _AMOUNT + r")"
)
_EXPECTED_TO = (
    r"\bexpected\s+to\s+(?!meet|visit|hold|sign|travel|attend|arrive|host|vote|testify|speak|"
    r"launch|be\s+held)"
)
# ``\b(?:cues)\b|quantity|measure|expected to``: every branch starts at a word boundary
_FORECAST = re.compile(
    r"\b"
    + case_blind_switch(
        [(None, rf"{cue}\b") for cue in alternatives(_FORECAST_CUES)]
        + [(None, cue.removeprefix(r"\b")) for cue in (_QUANTITY, _MEASURE, _EXPECTED_TO)]
    ),
    _I,
)
# "forecasts" as the thing released, not a forecast: "will publish its updated forecasts"
_FORECAST_NOUN = re.compile(
    r"\b(?:releas|publish|present|issu|unveil|updat|announc)\w*\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:forecasts?|projections?|outlook)\b"
    r"|\b(?:forecasts?|projections?|outlook)\s+(?:will|would|are|is|were|was)\s+(?:be\s+)?"
    r"(?:releas|publish|present|issu|unveil|updat|announc)\w*",
    _I,
)
# a change that starts on a set day is scheduled, not forecast: "will rise to 9% effective May 1"
_STARTS_ON = re.compile(r"\b(?:effective|starting|beginning|as\s+of)\s+$", _I)
# a requirement that applies from the date on takes effect then: "must fit meters from 2026"
_APPLIES_FROM = re.compile(r"\b(?:from|effective|starting|beginning|as\s+of)\s+$", _I)
# "before" a body is a place, not a time: "will be laid before Parliament on Wednesday"
_BEFORE_BODY = (
    r"(?!\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:parliament|congress|senate|house|assembly|court|"
    r"judge|magistrates?|tribunal|committee|panel|jury|lawmakers|legislators|MPs|voters|"
    r"cabinet)\b)"
)
_CUTOFF_NEAR = re.compile(
    r"\b(?:by|no\s+later\s+than|until|till|before" + _BEFORE_BODY + r"|deadline\s+of|cut-?off\s+of)"
    r"\s+(?:the\s+)?"
    r"(?:[\w.:]+\s+){0,4}?$",
    _I,
)
# a date with a preposition of its own is not the object of an earlier "by": "rise by 5% in
# April", "approved by the board on Friday", but "by the close of trading on Friday"
_OWN_PREPOSITION = re.compile(
    r"\b(?:in|on|at|during|from|for|over|through|after)\s+(?:the\s+)?$", _I
)
_PERIOD_EDGE = re.compile(r"\b(?:end|close|start|beginning|middle)\s+of\b", _I)
# "will not come until 2044" says when it happens; "in force from 07:00 until noon", a span
_NOT_OR_FROM_UNTIL = re.compile(
    r"(?:\bnot\b|n['’]t\b|\bfrom\b)[^,;.]{0,60}\b(?:until|till)\s+(?:the\s+)?(?:[\w.:]+\s+){0,4}?$",
    _I,
)
# what a sanction imposes: "would face fines", "penalties"
_PENALTIES = r"penalt\w+|fines?|sanctions"
_CUTOFF = re.compile(
    r"\b"
    + case_blind_words(
        r"deadline|ultimatum|or\s+face|or\s+else|must|cut-?off|(?:has|have)\s+until"
        r"|expires?|expiry|lapses?|runs\s+out|unless|comply|or\s+(?:see|risk|lose)"
        r"|or\s+(?:else\s+)?(?:he|she|it|we|they|I)\s+(?:would|will)"
        r"|gave\s+(?:[\w'’-]+\s+){1,5}?until"  # "gave striking doctors until Thursday"
        # debt falling due: "a bond that matures on Monday", "two loans fall due in April"
        r"|(?:\w*bonds?|notes?|loans?|debts?|securities|bills|debentures|tranches?)\s+"
        r"(?:that\s+|which\s+|will\s+)?(?:matures?|maturing)|(?:falls?|comes?)\s+due"
    )
    + r"\b"
    # the penalty an ultimatum names: "those who stay away would face suspensions"
    r"|\b(?:would|will)\s+face\s+(?:[\w-]+\s+){0,2}?(?:" + _PENALTIES + r"|suspensions?|"
    r"prosecution|charges|arrest|dismissal|disciplinary|contempt|consequences|legal\s+action)\b",
    _I,
)
# a term that ends in the date's clause, as a cut-off for something before it: "before his
# term ends on Tuesday", not "the summer term ends on July 18" (an event)
_TERM_ENDS = re.compile(
    r"\bbefore\s+(?:[\w'’-]+\s+){0,3}?"
    + case_blind_words(r"term|mandate|tenure|contract|lease|licen[cs]e|charter|franchise")
    + r"s?\s+(?:ends|will\s+end)\b",
    _I,
)
# a cut-off imposed on others, for the dates that follow it: "ordered the firm to sell
# ... within 60 days", not "will propose rules by April requiring states to ..."
_IMPOSED = re.compile(
    r"\b(?<!be\s)"
    + case_blind_words(
        r"order(?:s|ed)|forc(?:es|ed|ing)|requir(?:e|es|ed|ing)|direct(?:s|ed)|"
        r"(?<=(?:was|ere|een)\s)told|instructed"
    )
    + r"\s+"
    r"(?:[\w.'’,-]+\s+){0,5}?to\s+(?!be\b)\w+"  # "ordered the firm to sell ... within 60 days"
    r"|\bdemand\w*\b[^.;]{0,80}?\bthat\b",  # "the demand ... that the rebels withdraw ..."
    _I,
)
_DEMAND = re.compile(r"\b(?:demand\w*|ultimatum)\b", _I)
# an outcome the speaker wants by a date is its own goal: "he wanted the bill passed by
# Friday", not "wanted the rebels to withdraw by Friday" (a demand on others), nor a thing
# wanted of others by a date: "the unions want a meeting with the minister by Friday"
_GOAL = re.compile(
    r"\bwant(?:s|ed)?\s+(?:to\s+(?:have|see|get)\s+)?(?:(?!to\b)[\w,'’-]+\s+){1,10}?"
    r"(?:in\s+place|ready|done|over|finished|running|open|[a-z]+ed)"
    # what follows the participle: "folded into the network"
    r"(?:\s+(?!(?:by|before|to)\b)[\w'’-]+){0,4}?\s+"
    r"(?:by|before|no\s+later\s+than|within)\s",
    _I,
)
# a duty with a cut-off: "member states are supposed to file their plans by 2025"
_OBLIGED = re.compile(r"\b(?:supposed|obliged|obligated|required)\s+to\b", _I)
# those who have not (yet) done something: "drivers who have not registered"
_HAVE_NOT = (
    r"\b"
    + case_blind_words(r"who|that|which")
    + r"\s+(?:have|has|do|does)\s*(?:not\b|n['’]t\b)(?:\s+yet)?"
)
# those who have not complied by the date face what the sentence says: "will fine drivers
# who have not registered their cars by June 30"
_UNMET = re.compile(
    _HAVE_NOT
    + r"[^,;]*?\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?(?:[\w.:]+\s+){0,4}?[\w.:]+$",
    _I,
)
# or have not complied at all, when the clause names a sanction: "staff who have not complied
# will be put on leave from Nov. 1", not "fans who have not paid can watch on Saturday"
_UNMET_DUTY = re.compile(
    _HAVE_NOT + r"\s+(?:compl|regist|pa[iy]|fil|submit|renew|vaccinat|enrol)\w*",
    _I,
)
_SANCTION = re.compile(
    rf"\b(?:{_PENALTIES}|fin(?:ed|ing)|barred|banned|suspended|fac(?:e|es|ing)|"
    r"(?:put|placed)\s+on\s+(?:unpaid\s+)?leave|dismissed|fired|evicted|struck\s+off|"
    r"cut\s+off|disconnected|deregistered|lose|excluded|prosecuted|sanction\w*)\b",
    _I,
)
# a term to be met within a period: "troops are to withdraw within 60 days"
_TERM_WITHIN = re.compile(r"\b(?:is|are)\s+to\s+(?:\w+\s+){1,8}?within\b", _I)
# a window that closes: "residents can claim the refund until May 31"
_WINDOW = re.compile(
    r"\b(?:can|able\s+to|allowed\s+to|eligible|permitted\s+to)\b"
    # a consultation: "will take public comments on the draft until June 1"
    r"|\b(?:take|taking|accept\w*|receiv\w*|invit\w*|seek\w*|solicit\w*)\s+(?:[\w-]+\s+)?"
    r"(?:comments|feedback|submissions|applications|bids|entries|nominations|objections)\b",
    _I,
)
# who is owed a payout is fixed on a record date: "to holders of record on May 2"
_RECORD = re.compile(r"\b(?:of\s+record|record\s+date)\b[^,;]{0,40}$", _I)
# a window for the public that closes on the date: "early voting ends on Monday"
_WINDOW_CLOSES = re.compile(
    r"\b"
    + case_blind_words(
        r"voting|registration|enrol+ment|applications|sign-?ups|nominations|submissions|"
        r"bidding|subscriptions?|consultation|comment\s+period|ticket\s+sales|amnesty|"
        r"buy-?back|grace\s+period|window"
    )
    + r"\b(?:\s+[\w'’-]+){0,6}?\s+(?:ends|closes|will\s+(?:end|close))\b",
    _I,
)
# what only lasts until the date: "the curfew would stay in place until June 2"
_STATE = re.compile(
    r"\b(?:would|will)\s+(?:\w+ly\s+)?(?:stay|remain|be\s+in\s+(?:place|force)|last|apply|know|"
    r"learn|hear)\b",
    _I,
)
# a consequence under a negative condition, anywhere in the sentence: "would be evicted on
# Sept. 1 if the rent is not paid", "if Russia does not agree by Friday, it would face
# sanctions", "unless Mexico stops the flow, ... rising to 25% in October"
_ULTIMATUM = re.compile(
    r"\b(?:would|will)\b[^;]{0,150}?\bif\b[^;]{0,60}?(?:\bnot\b|n['’]t\b|\bfail\w*|\brefus\w*)"
    r"|\bif\b[^;]{0,60}?(?:\bnot\b|n['’]t\b|\bfail\w*|\brefus\w*)[^;]{0,150}?\b(?:would|will)\b"
    r"|\bunless\b",
    _I,
)
_EVENT = re.compile(
    r"\b"
    + case_blind_words(
        r"set\s+to|scheduled|slated|due\s+to|is\s+to|are\s+to|planning\s+to|"
        r"plans?\s+to\s+(?!(?:the|a|an|its|their|his|her)\b)|"
        r"intends?\s+to|will\s+(?:hold|meet|visit|travel|host|sign|attend|announce|vote|begin|"
        r"start|open|release|launch|take\s+place|be\s+held)|expected\s+to|summit|to\s+be\s+held|"
        r"upcoming|meets|opens|begins|starts|ends|closes|takes\s+effect|taking\s+effect|follows|"
        r"gathers?|convenes?|resumes|kicks\s+off|goes\s+on\s+sale|takes?\s+office|sworn\s+in"
    )
    + r"\b",
    _I,
)
_CONDITION = re.compile(
    r"\b(?:if|unless|needs?\s+to|has\s+to|have\s+to|asked|told|demand\w*|want\w*|should)\b",
    _I,
)
_HEDGED = re.compile(r"\b(?:may|might)\b")  # lower case: not Theresa May, not the month
_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|would|going\s+to|threaten\w*|warn\w*|aims?\s+to)\b", _I
)
# what a speaker commits to doing itself ("said it would begin shrinking its balance sheet")
_REPORTED = re.compile(
    r"\b" + case_blind_words(REPORTED + r"|declared|stated|insisted|added|wrote") + r"\b"
    r"(?:[^.;]|(?<=[A-Z])\.)*\b(?:would|will|plans?\s+to|intends?\s+to)\b"
    r"|[“\"](?:We|I)\s+(?:will|shall|would|are\s+going\s+to|am\s+going\s+to)\b",
    _I,
)
_REPORTED_AFTER = re.compile(
    rf"^,\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+(?:{REPORTED}|added)\b"
    r"|^,\s+(?!(?:and|but|while|as|although|though|which|who|when|after|before)\b)"
    rf"(?:the\s+)?[\w'’-]+(?:\s+[\w.'’-]+){{0,6}}?\s+(?:{REPORTED})\b"
)
# an attribution that closes the sentence covers all its clauses: "..., and X, Jo Lee,
# chief executive of Acme, said in a statement."
_REPORTED_END = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:,\s+[^,;]{1,80},)?\s+"
    rf"(?:{REPORTED})\b[^,;]{{0,40}}$"
)
_INTENT = re.compile(
    r"\b(?:plans?|intends?|aims?|agree[sd]?(?:\s+on\s+[A-Z]\w+day)?)\s+to\b(?!\s+(?:a|an|the)\b)",
    _I,
)
# a crowd expected at a scheduled event: "expect thousands to join the march on Saturday"
_TURNOUT = re.compile(
    r"\bexpect\w*\s+(?:[\w,'’-]+\s+){0,6}?to\s+(?:join|attend|take\s+part|turn\s+out|"
    r"participate|gather|march|flock|line\s+the|watch)\b",
    _I,
)
_OWN_ACTION = re.compile(
    r"\b(?:would|will|plans?\s+to|to)\s+(?:\w+ly\s+)?(?:begin|start|end|stop|impose|cut|raise|"
    r"sell|buy|deliver|complete|name|decide|step\s+down|resign|quit|take\s+\w+\s+out|put|"
    r"introduce|phase|shrink|stage|strike|close|scrap|rebuild|build|invest|hire|pay|repay|"
    r"return|withdraw|leave|exit|hand\s+over|ship|supply|provide|bring\s+back|require|"
    r"reinstate|restore|ban|charge|lay\s+off|be\s+(?:completed|rebuilt|finished|done|built|ready|"
    r"frozen|capped|scrapped|withdrawn|phased\s+out))\b",
    _I,
)
_MADE_PUBLIC = ("announc", "unveil", "releas", "publish")


def _unperfect(stem: str) -> str:
    """``stem``, not after "has", "have" or "had"; the lookbehinds after the word, so that
    the word's first letter picks the branch."""
    return stem + "".join(rf"(?<!{aux}\s{stem})" for aux in ("has", "have", "had"))


_SCHEDULED_THING = re.compile(
    r"\b"
    + case_blind_words(
        r"election|votes?|poll|referendum|ballot|runoff|round|summit|meeting|hearing|talks|"
        r"negotiations|debate|conference|symposium|forum|congress|convention|festival|"
        r"inauguration|trial|ceremony|final|match|race|launch|held|meet|travel|visit|fly|land|"
        r"flight|leave\s+for|landing|go\s+on\s+sale|play(?:ed)?|decision|ruling|verdict|results|"
        r"take\s+the\s+stage|sentenc(?:e|ed|ing)|polling|to\s+the\s+polls|"
        # what will be made public, not what has been: "all the carbon it has released"
        + "|".join(_unperfect(stem) + r"(?:e|es|ed|s)?" for stem in _MADE_PUBLIC)
        + "|"
        # a set-piece address: "will make a statement", "address the nation", "deliver the budget"
        r"(?:give|make|deliver|read)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?"
        r"(?:statement|speech|address)|"
        r"address\s+(?:parliament|congress|the\s+(?:nation|country|assembly|house|senate|"
        r"parliament|congress|conference|summit))|deliver\s+(?:(?:the|a|his|her|its)\s+)?budget"
    )
    + r"\b",
    _I,
)
# a scheduled activity starting on a set day: "will begin debating on Friday", "would start
# selling it on Monday", a transport service resuming ("will resume flights to Guam on July 1");
# by a period it is a commitment ("would begin selling its van next month")
_ACTIVITY_STARTS = re.compile(
    r"\b"
    + case_blind_words(
        r"(?:begin|start)\s+(?:debating|voting|deliberating|selling(?!\s+off\b|\s+down\b|"
        r"\s+(?:[\w-]+\s+){0,2}?(?:stakes?|shares|assets|units|holdings|bonds|businesses)\b)|"
        r"hearing|taking\s+(?:pre-?)?orders|"
        r"accepting\s+(?:applications|orders|bookings|pre-?orders))|"
        r"(?:resume|restart)\s+(?:(?:its|their|the|all|some|direct|daily|weekly|[A-Z][\w-]*)\s+)"
        r"{0,3}(?:flights|services?|routes?|sailings)"
    )
    + r"\b",
    _I,
)
# a scheduled thing named by its date: "Sunday's runoff", "next month's European elections"
_DATED_EVENT = re.compile(
    r"['’]s\s+(?:[A-Z][\w.-]*\s+|[a-z-]+\s+){0,3}?"
    r"(?:elections?|votes?|primary|primaries|runoff|referendum|ballot|polls|summit|meeting|talks|"
    r"debate|hearing|trial|final|match|game|race|launch|ceremony|conference|inauguration|"
    r"session|parade|rally|auction|opening|congress|convention|festival)\b"
)
# a scheduled thing that lasts until the date: "the fair, which runs until Friday"
_RUNS_UNTIL = re.compile(
    r"\b(?:runs|lasts|continues|goes\s+on)\s+(?:(?:until|till|through)\s+)?$", _I
)
# but an agreement that runs until the date expires then: "the deal, which runs until May 1"
_TERM_RUNS = re.compile(
    r"\b"
    + case_blind_words(
        r"agreements?|contracts?|deals?|accords?|pacts?|treaty|licen[cs]es?|leases?|mandates?|"
        r"waivers?|exemptions?|permits?|charters?|franchises?|concessions?"
    )
    + r"(?:\s+[\w'’-]+){0,4}?,?(?:\s+(?:which|that))?\s+"
    r"(?:runs|lasts|is\s+valid|remains\s+valid)\s+(?:until|till|through)\s+$",
    _I,
)
# a measure in force that lapses on the date: "The pilot runs until Jan. 31", "a ban on short
# selling takes effect on Monday and will run until June 30" (not "the festival runs until")
_MEASURES = (
    r"bans?|moratorium|curfew|lockdown|restrictions|curbs|measures|exemptions?|pilot|"
    r"scheme|subsid(?:y|ies)|freeze|suspension|state\s+of\s+emergency|relief|tax\s+break|"
    r"waivers?"
)
_IN_FORCE_UNTIL = re.compile(
    r"\b"
    + case_blind_words(_MEASURES)
    + r"\b[^.;,]{0,100}?\b(?:runs|will\s+run|lasts|will\s+last|(?:will\s+)?remains?\s+in\s+"
    r"(?:force|place|effect)|(?:is|will\s+be)\s+valid)\s+(?:until|till|through)\s+(?:the\s+)?$",
    _I,
)
# the actor's own measure, which it keeps (a promise): "its hiring freeze will remain in place
# until", "OPEC+'s curbs will run until"
_OWN_MEASURE = re.compile(
    r"(?:\b(?:its|their|our|his|her)|['’]s)\s+(?:[\w-]+\s+){0,2}?(?:" + _MEASURES + r")\b"
    r"[^.;,]{0,100}?$",
    _I,
)
# industrial action: "will go on strike", "would stage a walkout", "a strike would begin"
_NOT_A_DEAL = (
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|accords?|pacts?|bargains?|balance|tone)\b)"
)
_STRIKE = re.compile(
    r"\b"
    + case_blind_words(
        r"go(?:es)?\s+on\s+strike|walk\s+(?:out|off(?:\s+the\s+job)?)|"
        r"lock\s+(?:[\w-]+\s+){0,2}?out|"
        rf"will\s+strike{_NOT_A_DEAL}|would\s+strike{_NOT_A_DEAL}|to\s+strike{_NOT_A_DEAL}|"
        r"(?:stage|begin|start|launch)\s+(?:[\w-]+\s+){0,3}?(?:strikes?|walkouts?|stoppages?)|"
        r"(?:strike|walkout|stoppage|lockout)s?\s+(?:would|will)\s+(?:\w+ly\s+)?(?:begin|start)"
    )
    + r"\b",
    _I,
)
# who stops work: a strike by them is industrial action wherever it is held
_LABOUR = re.compile(
    r"\b"
    + case_blind_words(
        r"unions?|workers|staff|employees|members|nurses|doctors|teachers|pilots|drivers|"
        r"dockers|miners|crews?|walkouts?|picket\w*|pay\s+(?:talks|deal|offer|dispute)"
    )
    + r"\b",
    _I,
)
# a strike on a target is an attack, or a storm's landfall: "will begin strikes on Gaza on",
# "air strikes", "to strike Florida on"
_STRIKE_TARGET = re.compile(
    r"\s*(?:(?:on|against|at|in|into)\s+)?(?:the\s+|a\s+|an\s+)?(?-i:[A-Z])[\w'’-]*\s"
    r"|\s*(?:on|against)\s+(?:the\s+)?(?!(?:[\w-]+\s+)?$)"
    r"|\s*(?:the|a|an)\s"
)
_SAID = re.compile(rf"\b(?:{REPORTED}|say|warned|added|that)\b", _I)
_ATTACK = re.compile(r"\b(?:air|missile|drone|military|retaliatory|rocket)\b", _I)
_STORM = re.compile(rf"\b(?:{_WEATHER})\b", _I)
_IF = re.compile(r"\b(?:if|unless)\b", _I)
# what puts the date in another clause than the strike: "will strike if no deal is reached by"
_STRIKE_CUT = re.compile(r"\b(?:if|unless|before|after|when|until)\b", _I)
_COARSE = {Grain.MONTH, Grain.QUARTER, Grain.HALF, Grain.SEASON, Grain.YEAR, Grain.DECADE}
# a lower-case particle inside a name: "Mohammed al-Amin", "Ursula von der Leyen"
_PARTICLE = rf"(?:(?:{NAME_PARTICLE_RE})(?:-|\s+))"
# where a clause ends inside a sentence
_CLAUSE_CUT = re.compile(
    rf";|,\s+(?:{CONJUNCTIONS}|with|after|before|as|when|which|who)\b"
    # a second clause, with its own verb, not a second noun: "the BSE and the NSE on Oct. 22"
    r"|\s+(?:and|while|whereas)\s+(?=(?:a|an|the|its|his|her|their|it|they|he|she)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:will|would|shall|is|are|was|were|has|have|had|must|can|could|"
    r"may|might|[a-z]+(?:s|ed))\b)"
    r"|,\s+(?=(?!including\b)[a-z]+(?:ing)\b)|,\s+where\b"
    rf"|,\s+(?=[A-Z][a-z]+\s+(?:{SAID}|warned|added)\b)"
    rf"|,\s+(?=(?:the\s+)?[A-Z][\w.'’-]*(?:\s+{_PARTICLE}{{0,2}}[A-Z][\w.'’-]*)*"
    rf"\s+(?:{SAID})\b)"
    rf"|,\s+(?=the\s+[\w'’-]+(?:\s+[\w'’-]+){{0,6}}?\s+(?:{SAID})\b)"
    # a new subject and its verb after an opening phrase: "With X pledging ..., the government is"
    r"|,\s+(?=the\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:is|are|will|would)\b)"
    r"|,\s+(?=(?:[\w-]+\s+){0,3}ahead\s+of\b)"  # ", two days ahead of a March 3 deadline"
    r"|,\s+(?=(?:[\w-]+\s+){1,3}(?:days?|weeks?|months?)\s+(?:before|after)\b)"
    # a subordinate clause with its own subject and verb: "... before his term expires on"
    r"|\s+(?=(?:before|after|until)\s+(?:the|its|his|her|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:will|is|are|[a-z]+s)\b)"
    r"|\s+(?=when\s+(?!asked\b|it\s+comes\b)\w)"  # "... when parliament convenes on Tuesday"
    r"|\s+(?=(?:on\s+|about\s+)?whether\b)"  # the question ruled on is not the claim's cue
    r"|,?\s+(?=(?:at|in|during)\s+which\b)"  # "a meeting on Tuesday at which they are expected to"
)
_ACTOR_NOUN = (
    r"(?:company|companies|union|government|ministry|party|board|firm|group|carmaker|automaker|"
    r"bank|agency|administration|authorities|regulators?|council|commission|bloc|alliance|"
    r"country|countries|leaders|allies|executive|fund|campaign|department|office|"
    # a business by its trade: "the software maker", "the airline", "the broadcaster"
    r"[a-z]*makers?|operators?|retailers?|airlines?|insurers?|lenders?|studios?|broadcasters?|"
    r"developers?|producers?|utility|network)"
)
# not the object of a preposition ("the discharge into the Pacific will start"), and from
# the first word of a name on
_GOVERNORS = """in of at to from for on by with into onto across over under near about against
    between among than like the""".split()  # noqa: SIM905
# one lookbehind per word length, not one per word: fewer to try at every word
_NOT_AFTER = "".join(
    rf"(?<!\b(?:{'|'.join(w for w in _GOVERNORS if len(w) == size)})\s)"
    for size in sorted({len(w) for w in _GOVERNORS})
)
# Who commits to what: an actor (a pronoun, a name, "the government") and the verb it
# will carry out ("it would replace", "Vexa planned to retire", "the board will review").
_COMMIT = re.compile(
    # what a subject can start with, tested first: the lookbehinds are slow at every position
    r"(?=(?-i:[A-Z])|\b(?:he|she|it|we|they|the)\b)"
    rf"{_NOT_AFTER}(?<!(?-i:[A-Z])[\w.'’&+-]\s)"
    r"(?:\b(?:he|she|it|we|they|I)\b"
    r"|(?:\bthe\s+)?(?-i:[A-Z][\w.'’&+-]*(?:\s+[A-Z][\w.'’&+-]*){0,3})"
    rf"|\bthe\s+(?:[a-z-]+\s+){{0,2}}{_ACTOR_NOUN})"
    r"\s+(?:(?:still|also|now|then|soon|first|itself)\s+)?"
    r"(?P<aux>would|will|shall|plan(?:s|ned)?\s+to|planning\s+to|intend(?:s|ed)?\s+to|"
    r"aim(?:s|ed|ing)?\s+to|agreed\s+to)\s+(?:\w+ly\s+|also\s+|still\s+|not\s+|then\s+)?(?P<verb>[a-z]+)\b",
    _I,
)
_SUBORDINATE = re.compile(
    r"[;:]|\b(?:because|since|although|though|while|whereas|unless|if|which|who)\b", _I
)
# the date of a "within" period: "within two weeks"
_WITHIN = re.compile(r"within\b", _I)
# what an actor does on a set day is scheduled (an event); what only lasts, or comes
# "next", is no commitment
_SCHEDULED_VERBS = frozenset(
    """hold meet visit tour travel announce release publish present unveil attend host launch
    convene reconvene brief""".split()  # noqa: SIM905
)
_NOT_COMMITTED = _SCHEDULED_VERBS | frozenset(
    """fly vote testify speak address report open reopen sit sign debate rule discuss set share
    deliver attempt try be remain stay have know take apply go come enter face see get need
    last expire happen next""".split()  # noqa: SIM905
)
# opening on a set day is scheduled; by or within a period, a commitment
_OPENS = frozenset(("open", "reopen"))
# ... and so is being in a state by a period or a cut-off: "Microsoft will be carbon negative
# by 2030", not a state imposed ("would be forced to sell by March") or one that lasts
# "until" the date (a closure, a grace period)
_IMPOSED_STATE = re.compile(
    r"\s+(?:too|forced|required|given|obliged|expected|asked|told|allowed|closed|shut|"
    r"unable)\b",
    _I,
)
_LASTS_UNTIL = re.compile(r"\b(?:until|till|before)\b", _I)


def _state_by(sentence: str, be_end: int, date_at: int) -> bool:
    """Whether "will be" ending at ``be_end`` names a state its subject sets out to reach by
    the date at ``date_at``."""
    return (
        sentence[be_end - 2 : be_end].lower() == "be"
        and not _IMPOSED_STATE.match(sentence, be_end)
        and not _LASTS_UNTIL.search(sentence, be_end, date_at)
    )


# Every date in a sentence is classified by reading that sentence again, with the same
# patterns: remembering the recent answers keeps a sentence dense with dates linear. They are
# keyed by the pattern's id (all are module constants): a compiled pattern hashes its whole
# program at every lookup.
_FOUND: dict[tuple[int, str], bool] = {}
_FOUND_MAX = 1024


def _has(pattern: re.Pattern[str], text: str) -> bool:
    key = (id(pattern), text)
    found = _FOUND.get(key)
    if found is None:
        if len(_FOUND) >= _FOUND_MAX:
            _FOUND.clear()
        clues = _CLUES.get(id(pattern))
        found = not (clues and _lacks(clues, text)) and pattern.search(text) is not None
        _FOUND[key] = found
    return found


# the letters that re, ignoring case, equates with an ASCII one ("\u0131" with "i", the Kelvin
# sign with "k") but str.lower() does not turn into it
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _lacks(clues: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` holds none of ``clues`` (lower case) in any case: then a pattern
    each of whose matches holds one cannot match, and a substring test is far cheaper."""
    low = _lowered(text)
    if low is None:
        return False
    return all(clue not in low for clue in clues)


@lru_cache(maxsize=256)
def _lowered(text: str) -> str | None:
    """``text`` in lower case, for substring tests; None if it has an odd letter."""
    return None if _ODD_CASE.search(text) else text.lower()


def _lapses(head: str) -> bool:
    """Whether a measure in force runs until the date that ends ``head``, not one its owner
    keeps (which is a promise)."""
    return _has(_IN_FORCE_UNTIL, head) and not _has(_OWN_MEASURE, head)


# A word each match of a pattern holds, by the pattern's id, tested before it
_CLUES = {
    id(pattern): tuple(words.split())
    for pattern, words in (
        (_PROMISE, "promis pledg vow commit guarantee track aim deliver target"),
        (_PROMISED, "promis pledg vow"),
        (_IMPOSED, "order forc requir direct told instructed demand"),
        (_ULTIMATUM, "if unless"),
        (_WINDOW_CLOSES, "end close"),
        (_FORECASTER, "forecaster meteorologist economist analyst strategist pollster"),
        (_INTENT, "plan intend aim agree"),
        (_TERM_RUNS, "runs lasts valid"),
        (_IN_FORCE_UNTIL, "run last remain valid"),
        (_OWN_MEASURE, "its their our his her 's ’s"),
        (_TERM_WITHIN, "within"),
        (_UNMET, "not n't n’t"),
        (_UNMET_DUTY, "not n't n’t"),
        (_TURNOUT, "expect"),
        (_RECORD, "record"),
        (_GOAL, "want"),
        (_RUNS_UNTIL, "runs lasts continues goes"),
        (_ACTIVITY_STARTS, "begin start resume restart"),
    )
}
_FORECAST_NOUN_CLUES = ("forecast", "projection", "outlook")
_STRIKE_CLUES = ("strike", "walk", "lock", "stoppage")
_COMMIT_CLUES = ("would", "will", "shall", "plan", "intend", "aim", "agreed")
_OTHERWISE_CLUES = ("otherwise", "failing", "else")


@lru_cache(maxsize=64)
def _clause_cuts(sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _CLAUSE_CUT.finditer(sentence))


# the words of a date put first: "Starting in", "By the end of"
_FRONTED = re.compile(r"(?:[A-Z][a-z]*\s+(?:[a-z]+\s+){0,3})?")


def clause_span(sentence: str, date_at: int, date_end: int) -> tuple[int, int]:
    """[start, end) of the clause of ``sentence`` holding the date at [date_at, date_end)."""
    left, right = 0, len(sentence)
    for cut_start, cut_end in _clause_cuts(sentence):
        if cut_end <= date_at:
            left = cut_end
        elif cut_start >= date_end:
            right = cut_start
            break
    while left < right and sentence[left] in " ,":
        left += 1
    return left, right


def happens_until(head: str) -> bool:
    """Whether the "until" that ends ``head`` says when something happens or how long a span
    runs ("will not come until", "in force from 07:00 until"), not a cut-off."""
    return _has(_NOT_OR_FROM_UNTIL, head)


_WHO_WHICH = re.compile(r"(?:who|which)\b", _I)
_WHEN = re.compile(r"when\b", _I)


def classify(
    sentence: str, date_at: int, date_end: int | None = None, grain: Grain | None = None
) -> tuple[ClaimKind, float] | None:
    """The kind of claim ``sentence`` makes about the date at offset ``date_at``, with a
    confidence for the cue; None when nothing in it looks forward.

    The cues that lead up to the date in its clause count first, then the rest of the
    clause, then the rest of the sentence."""
    date_end = date_at + 1 if date_end is None else date_end
    lo, hi = clause_span(sentence, date_at, date_end)
    if _FRONTED.fullmatch(sentence, lo, date_at) and not sentence[date_end:hi].strip(" ,"):
        # a date put first is the next clause's: "Starting in July, the firm will extend"
        hi = clause_span(sentence, hi + 1, hi + 1)[1]
    clause, lead = sentence[lo:hi], sentence[lo:date_end]
    head = sentence[max(0, date_at - 40) : date_at]
    cut_near = (
        _has(_CUTOFF_NEAR, head)
        and not happens_until(head)
        and (not _has(_OWN_PREPOSITION, head) or _has(_PERIOD_EDGE, head))
    )
    if _DATED_EVENT.match(sentence, date_end):  # "Saturday's primary", "next month's elections"
        return ClaimKind.EVENT, 0.8
    if _has(_PROMISED, lead):  # "has vowed that his members will strike on Aug. 1 if ..."
        return ClaimKind.PROMISE, 0.8
    # a strike threatened on a condition is the union's promise
    if _strike_dated(sentence, lo, date_at):
        return (ClaimKind.PROMISE, 0.8) if _has(_IF, sentence) else (ClaimKind.EVENT, 0.8)
    takes_effect = _takes_effect(sentence, head, date_at)
    imposed = not takes_effect and _imposed(sentence, lo, date_at)
    term_ends = "before" in clause.lower() and _has(_TERM_ENDS, clause)
    if _has(_CUTOFF, clause) or term_ends or imposed:
        return ClaimKind.DEADLINE, 0.8
    if _has(_ULTIMATUM, sentence) and not _has(_FORECAST, clause):
        return ClaimKind.DEADLINE, 0.75
    if _has(_RECORD, sentence[max(0, date_at - 60) : date_at]):
        return ClaimKind.DEADLINE, 0.8
    if (cut_near and _has(_WINDOW, sentence[:date_end])) or _has(_WINDOW_CLOSES, lead):
        return ClaimKind.DEADLINE, 0.75
    if _has(_TERM_WITHIN, lead) or (cut_near and _has(_OBLIGED, lead)) or _unmet(lead, clause):
        return ClaimKind.DEADLINE, 0.75
    if _has(_GOAL, lead):
        return ClaimKind.PROMISE, 0.75
    relative = _WHO_WHICH.match(clause) is not None  # "Kim, who takes office ..."
    # what is forecast for a scheduled occasion: "markets expect a cut when the bank meets on"
    if _WHEN.match(clause) and _forecast(sentence[:lo], head):
        return ClaimKind.PREDICTION, 0.7
    before = None if relative else _REPORTED.search(sentence[:hi])
    # ", the ministry said" after the clause: a commitment only by a period or a cut-off
    reported = before or (
        None
        if relative
        else _REPORTED_AFTER.match(sentence[hi:]) or _REPORTED_END.search(sentence, hi)
    )
    if _has(_TERM_RUNS, sentence[max(0, date_at - 80) : date_at]) or _lapses(
        sentence[max(0, date_at - 160) : date_at]
    ):
        return ClaimKind.DEADLINE, 0.7
    if _has(_TURNOUT, lead) or _has(_RUNS_UNTIL, head):
        return ClaimKind.EVENT, 0.7
    target = (cut_near or grain in _COARSE or _WITHIN.match(sentence, date_at) is not None) and (
        not _has(_APPLIES_FROM, head)
    )
    # "Forecasters said Storm Emma, ..., would bring"; but what a forecaster says is scheduled
    # is still scheduled: "analysts said the company will report results on Aug. 20"
    if _has(_FORECASTER, sentence[:date_at]) and not _has(_SCHEDULED_THING, clause):
        return ClaimKind.PREDICTION, 0.7
    if not target and _has(_ACTIVITY_STARTS, lead):
        return ClaimKind.EVENT, 0.75
    for part_end, part in ((date_end, lead), (hi, clause)):
        if _has(_PROMISE, part):
            return ClaimKind.PROMISE, 0.8
        if _forecast(part, head):
            return ClaimKind.PREDICTION, 0.7
        if not relative and _commits(sentence, (lo, part_end, date_at), bool(reported), target):
            return ClaimKind.PROMISE, 0.75
        if _has(_SCHEDULED_THING, part) and (_has(_EVENT, part) or _has(_FUTURE, part)):
            return ClaimKind.EVENT, 0.8
        if (
            (reported or _has(_INTENT, part))
            and (
                _own_action(
                    sentence[
                        (before.start() if target else max(before.start(), lo))
                        if before
                        else lo : hi
                    ]
                    if before or not reported or _has(_INTENT, part)
                    else "",  # "X will start on Thursday, the ministry said": scheduled
                    sentence,
                )
                or (target and not _has(_SCHEDULED_THING, clause) and not _has(_STATE, clause))
                or (before is not None and before.group()[:1] in '“"')  # “We will open ...”
            )
        ):
            return ClaimKind.PROMISE, 0.7
        if cut_near and not _has(_SCHEDULED_THING, part) and _any_future(sentence):
            return ClaimKind.DEADLINE, 0.7
        if _has(_EVENT, part):
            return ClaimKind.EVENT, 0.8
    if _has(_PROMISE, sentence[:lo]) and not _has(_SCHEDULED_THING, clause):
        return ClaimKind.PROMISE, 0.7
    if _has(_SCHEDULED_THING, clause):  # "..., and the premier has called a vote for May 3"
        return ClaimKind.EVENT, 0.6
    if cut_near and _any_future(sentence):
        return ClaimKind.DEADLINE, 0.7
    if _has(_FUTURE, lead):  # the date's own clause says what happens: not another's cut-off
        return ClaimKind.EVENT, 0.6
    if _has(_CUTOFF, sentence) or (_has(_IMPOSED, sentence[:date_at]) and not takes_effect):
        return ClaimKind.DEADLINE, 0.6
    if _has(_FUTURE, sentence[:date_end]):
        return ClaimKind.EVENT, 0.6
    if _forecast(sentence, head):
        return ClaimKind.PREDICTION, 0.6
    if _has(_EVENT, sentence):
        return ClaimKind.EVENT, 0.7
    if _has(_HEDGED, clause):
        return ClaimKind.PREDICTION, 0.5
    if _has(_FUTURE, sentence):
        return ClaimKind.EVENT, 0.5
    return None


# a clause that carries on the one before it: "..., rising to 60% by 2030"
_CONTINUES = re.compile(r"(?:and\s+)?[a-z]+ing\b")


def _unmet(lead: str, clause: str) -> bool:
    """Whether the date's clause is a cut-off for those who have not complied: by the date,
    or at all when the clause names what they face."""
    return _has(_UNMET, lead) or (_has(_UNMET_DUTY, lead) and _has(_SANCTION, clause))


def _imposed(sentence: str, lo: int, date_at: int) -> bool:
    """Whether a cut-off imposed on others leads up to the date: in its clause, or in the
    clause it carries on."""
    start = 0 if _CONTINUES.match(sentence, lo) else lo
    return _has(_IMPOSED, sentence[start:date_at])


def _takes_effect(sentence: str, head: str, date_at: int) -> bool:
    """Whether the date is when a rule starts to apply ("will require builders to fit panels
    from April"), not a cut-off; a demand stays an ultimatum whenever it starts."""
    return _has(_APPLIES_FROM, head) and not _has(_DEMAND, sentence[:date_at])


def _strike_dated(sentence: str, lo: int, date_at: int) -> bool:
    """Whether the date at ``date_at`` is when industrial action starts, not the cut-off in
    the condition it hangs on, nor an attack or a storm striking a place."""
    if _lacks(_STRIKE_CLUES, sentence[lo:date_at]):
        return False
    strikes = list(_STRIKE.finditer(sentence, lo, date_at))
    last = strikes[-1] if strikes else None
    if last is None or _has(_STRIKE_CUT, sentence[last.end() : date_at]):
        return False
    if _has(_STORM, sentence[lo : last.start()]) or _has(_ATTACK, last.group()):
        return False
    gap = sentence[last.end() : date_at]
    # who strikes is named before the strike, after whoever reports it: "Staff at the embassy
    # said Israel would strike Iran" is no industrial action
    striker = sentence[lo : last.start()]
    said = list(_SAID.finditer(striker))
    if said:
        striker = striker[said[-1].end() :]
    return _has(_LABOUR, striker) or _STRIKE_TARGET.match(gap) is None


_QUANTITY_OR_MEASURE = re.compile(rf"{_QUANTITY}|{_MEASURE}", _I)


def _forecast(text: str, head: str) -> bool:
    """A forecast cue in ``text``, leaving out forecasts that are only released ("will
    publish its forecasts") and changes that start on the date ("rise 5% starting April")."""
    return _forecast_in(text, _STARTS_ON.search(head) is not None)


@lru_cache(maxsize=256)
def _forecast_in(text: str, starts_on: bool) -> bool:
    """``_forecast``, remembered: a sentence's clauses are read again for each of its dates."""
    if not _lacks(_FORECAST_NOUN_CLUES, text):
        text = _FORECAST_NOUN.sub(" ", text)
    if starts_on:
        text = _QUANTITY_OR_MEASURE.sub(" ", text)
    return _FORECAST.search(text) is not None


def _commits(sentence: str, at: tuple[int, int, int], reported: bool, target: bool) -> bool:
    """Whether the actor of the clause (``at``: its start, the end of the part read, the
    date) commits to an action of its own: reported ("said it would replace ..."), planned
    ("Vexa planned to retire ..."), or aimed at a period or a cut-off ("the board will review
    it in 2029", "would reopen within two weeks", not "will reopen on Wednesday")."""
    lo, hi, date_at = at
    reported = reported or target
    if _lacks(_COMMIT_CLUES, sentence[:hi]):
        return False
    for m in _COMMIT.finditer(sentence, 0, hi):
        verb = m.group("verb").lower()
        if m.start("verb") < lo or (
            verb in _NOT_COMMITTED
            and not (target and (verb in _OPENS or _state_by(sentence, m.end("verb"), date_at)))
        ):
            continue
        if _has(_SUBORDINATE, sentence[m.end() : date_at]):
            continue  # "Little will change, because a transition keeps ... until ..."
        if m.group("aux").lower() not in ("would", "will", "shall"):
            return True  # "plans to", "aims to"
        if reported and not _has(_SCHEDULED_THING, sentence[m.start("verb") : hi]):
            return True
    return False


# what is scheduled starts and ends by itself: "the walkout would end at 6 a.m."
_EVENT_SUBJECT = re.compile(
    r"\b(?:strike|walkout|stoppage|meeting|talks|vote|session|summit|ceasefire|truce|"
    r"programme|program|scheme|festival|match|tournament|trial|hearing)\s+(?:would|will)\s+"
    r"(?:\w+ly\s+)?(?:begin|start|end|close|open)\b",
    _I,
)
_FIRST_VERB = re.compile(r"\b(?:would|will)\s+(?:\w+ly\s+|also\s+|still\s+)?(?P<verb>[a-z]+)", _I)


def _own_action(region: str, sentence: str) -> bool:
    """An action the speaker takes itself in ``region``; not what a scheduled thing does
    (unless the sentence sets a condition on it: "a walkout would begin ... if members reject
    the offer"), nor an action named inside a scheduled one ("would present its plan to cut
    ...")."""
    if not _has(_OWN_ACTION, region):
        return False
    if _has(_EVENT_SUBJECT, region) and not _IF.search(sentence):
        return False
    first = _FIRST_VERB.search(region)
    return not (first and first.group("verb").lower() in _SCHEDULED_VERBS)


def _any_future(sentence: str) -> bool:
    return any(_has(p, sentence) for p in (_FUTURE, _CUTOFF, _IMPOSED, _EVENT, _HEDGED, _CONDITION))


_OR_FACE = re.compile(r"\bor\s+(?:else\s+)?(?P<c>(?:face|risk|lose|be)\b[^.;]*)", _I)
_OTHERWISE = re.compile(r"\b(?:otherwise|failing\s+which|or\s+else)\s*,?\s+(?P<c>[^.;]+)", _I)
_THEN = re.compile(
    r",\s*(?:then\s+)?(?P<c>[^,]*?\b(?:would|will|could)\s+(?:face|be|lose|see)\b[^.;]*)", _I
)


# an attribution or a closing quote after the consequence is not part of it: "..., Trump
# warned", "...,” she said on Monday", "..., said Jo Kim"
_TRAILING_SAYER = re.compile(
    r"(?:[,”\"]\s*)+(?:"
    # "..., the envoy said on Monday", "..., Trump warned in a post"
    r"(?:the\s+|a\s+|an\s+)?(?:(?!(?:which|that|who|what|and|but|or)\b)[\w.'’-]+\s+){0,6}?"
    rf"(?:{REPORTED}|warned|added|threatened)(?:\s+(?:on|in|at|during|to|late|earlier)\b[^,;]*)?"
    # "..., said Jo Kim, the regulator"
    rf"|(?:{REPORTED}|warned|added)\s+(?:the\s+)?(?-i:[A-Z])[^;]*)$",
    _I,
)


def consequence(sentence: str, date_end: int) -> str | None:
    """What the sentence says will follow if the claim fails: "or face X", "if ..., X"."""
    for pattern in (_OR_FACE, _OTHERWISE):
        if pattern is _OTHERWISE and _lacks(_OTHERWISE_CLUES, sentence):
            continue
        m = pattern.search(sentence)
        if m:
            return _without_sayer(m.group("c"))
    if _IF.search(sentence, 0, date_end):
        m = _THEN.search(sentence, date_end)
        if m:
            return _without_sayer(m.group("c"))
    return None


def _without_sayer(text: str) -> str:
    """``text`` without a trailing attribution, closing quote or full stop."""
    text = text.strip().rstrip(".")
    if "," in text or "”" in text or '"' in text:
        text = _TRAILING_SAYER.sub("", text)
    return text.strip().rstrip('.,”"')
